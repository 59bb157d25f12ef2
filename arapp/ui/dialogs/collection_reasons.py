"""Reasons for not paying (未付款原因), per month: the contacts logged in a month by the
reason the customer gave, read on a worker, with an Excel export written on a worker.
The table is the same ``ReportTable`` the command line and the Reports menu use."""

from __future__ import annotations

from arapp.reports.table import ReportTable
from arapp.ui.dialogs.collector_performance import CollectorPerformanceDialog


class NonpaymentReasonsDialog(CollectorPerformanceDialog):
    """未付款原因: pick a month, see the contacts by reason, export them to Excel."""

    FILE_STEM = "nonpayment-reasons"

    @staticmethod
    def build(month: str) -> ReportTable:
        from arapp.reports.collections import nonpayment_reasons_table

        return nonpayment_reasons_table(month)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.resize(720, 400)

    def window_title(self) -> str:
        return self.tr("Reasons for not paying")
