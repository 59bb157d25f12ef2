"""Import and export: Excel and CSV files in and out of the books."""
