"""The window's dialogs: each reads what it shows through reports and writes through
services as an operation (arapp.ui.operations)."""
