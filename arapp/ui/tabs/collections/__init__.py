"""The Collections tab (催收): the queue (its model in arapp.ui.models.collections), the
customer's collection file (detail), the buttons that work a task (actions) and the
tab that holds them together; the dialogs are in arapp.ui.dialogs.collection."""

from arapp.ui.tabs.collections.tab import CollectionsTab

__all__ = ["CollectionsTab"]
