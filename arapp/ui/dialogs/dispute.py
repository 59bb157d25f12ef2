"""Open a dispute of an invoice (the customer contests it: it leaves the dunning) and
resolve one (how it ended: the invoice is dunned again if still owed).

Both are reason dialogs (arapp.ui.dialogs.collection.ReasonDialog) over
services.collections.open_dispute and close_dispute, run as operations; ``message``
then says what was done, for the status bar. They open from the invoice detail window
and from the collection file.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from arapp.services import collections as svc
from arapp.ui.dialogs.collection import ReasonDialog, Write
from arapp.ui.operations import Operations


class OpenDisputeDialog(ReasonDialog):
    """Record that the customer disputes one invoice: ``invoices`` is [(invoice id,
    label)]; with more than one the user chooses (``selected`` first)."""

    def __init__(self, parent: QWidget | None, invoices: list[tuple[int, str]], on: _dt.date, *,
                 selected: int | None = None, ops: Operations | None = None):
        t = self.tr
        dialog = self

        def act(reason: str) -> Write:
            invoice_id = dialog.choice.currentData() if len(invoices) > 1 else invoices[0][0]
            return Write(svc.open_dispute, (invoice_id, reason), {"on": on}, lambda res: t(
                "Invoice {number} disputed: it leaves the dunning until the dispute is resolved").format(
                number=res.invoice_number))

        text = t("The customer disputes the invoice (quantity, price, quality…). While the dispute is open "
                 "the invoice is left out of the dunning. What does the customer say?")
        if len(invoices) == 1:
            text = t("Invoice {invoice}.").format(invoice=invoices[0][1]) + " " + text
        super().__init__(parent, t("Open dispute"), text, t("Reason"), act,
                         choices=invoices if len(invoices) > 1 else None, choice_label=t("Invoice"), ops=ops)
        self.fields["invoice"] = self.choice
        if selected is not None and len(invoices) > 1:
            self.choice.setCurrentIndex(max(0, self.choice.findData(selected)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(t("Open dispute"))
        self.resize(520, self.sizeHint().height())


class ResolveDisputeDialog(ReasonDialog):
    """Close an open dispute with how it ended (the resolution)."""

    def __init__(self, parent: QWidget | None, dispute_id: int, invoice_number: str, reason: str, on: _dt.date, *,
                 ops: Operations | None = None):
        t = self.tr

        def act(resolution: str) -> Write:
            return Write(svc.close_dispute, (dispute_id, resolution), {"on": on}, lambda res: t(
                "Dispute on invoice {number} resolved; the invoice is dunned again if still owed").format(
                number=res.invoice_number))

        super().__init__(parent, t("Resolve dispute"), t(
            "Invoice {number} is disputed: {reason}. How was it resolved (credit note issued, customer "
            "accepted, …)?").format(number=invoice_number, reason=reason), t("Resolution"), act, ops=ops)
        self.fields["resolution"] = self.reason
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(t("Resolve"))
        self.resize(520, self.sizeHint().height())
