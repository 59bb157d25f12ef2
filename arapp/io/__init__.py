"""Imports into the books: bank statements and Excel onboarding files (parse → validate
→ plan → apply through the services). Writing report files is :mod:`arapp.exports`."""
