"""What the window remembers between runs for this user, behind typed accessors over ``QSettings``.

Only the person's preferences (layout, theme, font, language): what belongs to one library (the
article last open, whether its samples were offered) is kept in that library
(``reader.app.library_state``), so ``--db other.db`` never reopens a foreign article.

Keeping the keys in one place stops two widgets from spelling the same
setting differently, and lets tests redirect everything to a temporary
INI file with ``Settings(path)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reader.app.theme import DEFAULT_FONT_SIZE, DEFAULT_KINDS, ENTITY_KINDS, THEMES

ORGANISATION = "bulletin-reader"
APPLICATION = "Bulletin Reader"
FONT_RANGE = (9, 32)


class Settings:
    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(ORGANISATION, APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any) -> Any:
        value = self._qs.value(key, default)
        return default if value is None else value

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._get(key, default))
        except (TypeError, ValueError):
            return default

    def sync(self) -> None:
        self._qs.sync()

    # window layout
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def splitter_sizes(self) -> list[int]:
        raw = self._get("window/splitter", [])
        if isinstance(raw, str):
            raw = [raw]
        try:
            return [int(size) for size in raw]
        except (TypeError, ValueError):
            return []

    def set_splitter_sizes(self, sizes: list[int]) -> None:
        self._qs.setValue("window/splitter", [str(size) for size in sizes])

    # reading position

    # comfort
    def font_size(self) -> int:
        low, high = FONT_RANGE
        return min(high, max(low, self._int("reading/font_size", DEFAULT_FONT_SIZE)))

    def set_font_size(self, size: int) -> None:
        self._qs.setValue("reading/font_size", int(size))

    def theme(self) -> str:
        value = str(self._get("appearance/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self._qs.setValue("appearance/theme", theme)

    def entity_kinds(self) -> set[str]:
        raw = self._get("reading/entity_kinds", ",".join(DEFAULT_KINDS))
        if isinstance(raw, list):
            raw = ",".join(str(item) for item in raw)
        return {kind for kind in str(raw).split(",") if kind in ENTITY_KINDS}

    def set_entity_kinds(self, kinds: set[str]) -> None:
        self._qs.setValue("reading/entity_kinds", ",".join(k for k in ENTITY_KINDS if k in kinds) or "-")

    # panels and language
    def panel_visible(self, name: str) -> bool:
        return str(self._get(f"window/{name}_visible", "true")).lower() == "true"

    def set_panel_visible(self, name: str, visible: bool) -> None:
        self._qs.setValue(f"window/{name}_visible", "true" if visible else "false")

    def language(self) -> str:
        """``system`` (follow the locale), ``zh_CN`` or ``en``."""
        value = str(self._get("appearance/language", "system"))
        return value if value in ("system", "zh_CN", "en") else "system"

    def set_language(self, language: str) -> None:
        self._qs.setValue("appearance/language", language)
