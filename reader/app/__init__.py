"""The desktop window (PySide6).  Qt is imported only inside this package, so the core runs without it."""

from reader.app.qt_binding import guard_none

guard_none()  # before any Qt call: see reader.app.qt_binding
