"""Qt table models over the reports' plain results (paged lists, short lists, the
aging table, the collection queue, a receipt's allocation, any ReportTable)."""
