"""Width and case folding that keeps every character in place.

Search must let ``２０２４`` find ``2024`` and ``ＡＢＣ`` find ``abc``, yet every
hit offset has to point into the text as the store keeps it.  Folding is
therefore one character in, one character out: an offset in folded text is the
same offset in the original.  Only three things change:

* full-width ASCII forms U+FF01–U+FF5E become U+0021–U+007E;
* the ideographic space U+3000 becomes an ordinary space;
* ASCII letters are lower-cased (after the width mapping, so ``Ａ`` → ``a``).

Nothing else is touched: no Unicode case folding (it can change lengths and
would merge Greek or Cyrillic letters the reader never asked for), no NFKC.
"""

from __future__ import annotations

_FULLWIDTH_START = 0xFF01
_FULLWIDTH_END = 0xFF5E
_WIDTH_SHIFT = 0xFF01 - 0x21


def _folded_char(code: int) -> int:
    if _FULLWIDTH_START <= code <= _FULLWIDTH_END:
        code -= _WIDTH_SHIFT
    elif code == 0x3000:
        code = 0x20
    if 0x41 <= code <= 0x5A:
        code += 0x20
    return code


def _build_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for code in [*range(0x41, 0x5B), *range(_FULLWIDTH_START, _FULLWIDTH_END + 1), 0x3000]:
        table[code] = _folded_char(code)
    return table


FOLD_TABLE: dict[int, int] = _build_table()
"""``str.translate`` table: code point → folded code point (only the ones that change)."""


def fold(s: str) -> str:
    """Return ``s`` folded for matching; ``len(fold(s)) == len(s)`` always."""
    return s.translate(FOLD_TABLE)


def fold_char(char: str) -> str:
    """Fold one character (the per-character form the search index is built from)."""
    return chr(_folded_char(ord(char)))
