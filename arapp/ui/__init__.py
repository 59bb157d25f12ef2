"""The PySide6 desktop window: the only package in arapp that imports Qt."""
