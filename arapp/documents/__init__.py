"""Printed documents (ReportLab PDFs) and charts (matplotlib Figures, never pyplot)."""
