"""Find the files that ship inside the package: ``reader/data`` (dictionaries, icons, styles) and
``reader/data/samples`` (the sample bulletins).

They live inside the package, so the same lookup (``importlib.resources``) finds them in a source
checkout, an installed wheel and the frozen app, never relative to the working folder.
"""

from __future__ import annotations

import importlib.readers  # noqa: F401  # ``files()`` imports it on first use: not in the window's first frame (≈ 2 ms)
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def resource(*parts: str) -> Traversable:
    """A file or folder under ``reader/data``."""
    node = resources.files("reader") / "data"
    for part in parts:
        node = node / part
    return node


def sample_library() -> Path:
    """The folder of sample bulletins that ships with the app."""
    return Path(str(resource("samples")))
