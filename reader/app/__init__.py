"""The desktop window (PySide6).  Qt is imported only inside this package, so the core runs without it."""
