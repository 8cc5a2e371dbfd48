"""Paint highlights onto the rendered page, over the entity highlights, readable in both themes.

The look, decided once: a highlight is its colour at about 45 % over the page
(so body text keeps full contrast) with a solid underline in the full colour
(so it still shows where the colour is faint, and for colour-blind readers);
an entity inside a highlight gives up its own background to the highlight and
shows its kind as text colour instead, and stays clickable (its anchor is kept).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.reading.selection import BodyMap
from reader.app.theme import Palette
from reader.store.annotations import Annotation

# Full-strength colours per theme; the dark ones are a little deeper so light text stays legible.
STRONG: dict[str, dict[str, str]] = {
    "light": {
        "yellow": "#f5c400",
        "red": "#e8595a",
        "green": "#3fae5a",
        "blue": "#3d8fe0",
        "purple": "#9a6ce0",
    },
    "dark": {
        "yellow": "#d9a800",
        "red": "#d04848",
        "green": "#2f9a4a",
        "blue": "#2f7fd0",
        "purple": "#8a5cd0",
    },
}
ALPHA = 0.45


class _Translated(Mapping[str, str]):
    """Labels looked up in the user's language each time they are read."""

    def __init__(self, context: str, sources: dict[str, str]) -> None:
        self.context, self.sources = context, sources

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self.context, self.sources[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


COLOR_LABELS = _Translated(
    "Colours",
    {
        "yellow": QT_TRANSLATE_NOOP("Colours", "Yellow"),
        "red": QT_TRANSLATE_NOOP("Colours", "Red"),
        "green": QT_TRANSLATE_NOOP("Colours", "Green"),
        "blue": QT_TRANSLATE_NOOP("Colours", "Blue"),
        "purple": QT_TRANSLATE_NOOP("Colours", "Purple"),
    },
)


def strong(color: str, palette: Palette) -> QColor:
    return QColor(STRONG["dark" if palette.name == "dark" else "light"].get(color, "#f5c400"))


def wash(color: str, palette: Palette, alpha: float = ALPHA) -> QColor:
    """The highlight colour blended onto the page background (a solid colour: Qt text has no alpha)."""
    top, page = strong(color, palette), QColor(palette.background)
    pairs = ((top.red(), page.red()), (top.green(), page.green()), (top.blue(), page.blue()))
    mix = [round(alpha * a + (1 - alpha) * b) for a, b in pairs]
    return QColor(*mix)


def entity_ink(kind_background: str, palette: Palette) -> QColor:
    """An entity's kind as a text colour: its background hue, darkened (light) or lightened (dark)."""
    colour = QColor(kind_background)
    return colour.lighter(190) if palette.name == "dark" else colour.darker(260)


def paint(
    document: QTextDocument,
    body: BodyMap,
    annotations: Iterable[Annotation],
    palette: Palette,
    mention_kinds: dict[str, str],
) -> int:
    """Merge highlight formats into ``document``; returns how many highlights were placed.

    ``mention_kinds`` maps an entity anchor's href (``m:<n>``) to its kind, so an
    entity inside a highlight can keep its kind colour as ink.
    """
    placed = 0
    for annotation in annotations:
        if annotation.orphaned or annotation.start is None or annotation.end is None:
            continue
        cursor = body.cursor(document, annotation.start, annotation.end)
        if cursor is None:
            continue
        fmt = QTextCharFormat()
        fmt.setBackground(wash(annotation.color, palette))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(strong(annotation.color, palette))
        fmt.setProperty(QTextCharFormat.Property.UserProperty, annotation.uid)
        cursor.mergeCharFormat(fmt)
        _ink_entities(document, cursor, palette, mention_kinds)
        placed += 1
    return placed


def _ink_entities(
    document: QTextDocument, cursor: QTextCursor, palette: Palette, mention_kinds: dict[str, str]
) -> None:
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            lo, hi = fragment.position(), fragment.position() + fragment.length()
            if href in mention_kinds and hi > start and lo < end:
                piece = QTextCursor(document)
                piece.setPosition(max(lo, start))
                piece.setPosition(min(hi, end), QTextCursor.MoveMode.KeepAnchor)
                ink = QTextCharFormat()
                ink.setForeground(entity_ink(palette.entities.get(mention_kinds[href], palette.hit), palette))
                ink.setFontWeight(600)
                piece.mergeCharFormat(ink)
            it += 1
        block = block.next()


def uid_at(document: QTextDocument, position: int) -> str | None:
    """The uid of the highlight painted at a document position (the character after it, else before)."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    candidates = []
    if not cursor.atBlockEnd():
        after = QTextCursor(cursor)
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)  # charFormat() is the one before
        candidates.append(after)
    if not cursor.atBlockStart():
        candidates.append(cursor)
    for probe in candidates:
        value = probe.charFormat().property(QTextCharFormat.Property.UserProperty)
        if isinstance(value, str) and value:
            return value
    return None
