"""Where a feature built after the window puts its widgets: into a row or column already laid out."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget


def box_layout(widget: QWidget | None) -> QBoxLayout:
    """The box layout of ``widget`` (Qt types ``layout()`` as any layout, or none)."""
    layout = widget.layout() if widget is not None else None
    if not isinstance(layout, QBoxLayout):
        raise TypeError(f"{widget!r} is not laid out in a row or column")
    return layout
