"""Find files shipped in ``resources/`` and the sample ``library/``.

In a wheel or a frozen app they live inside the package (``reader/resources``,
``reader/sample_library``: see ``force-include`` in pyproject.toml); in a source
checkout they sit beside the package.  Both are found relative to the package,
never to the working folder.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _locate(packaged: str, in_checkout: str) -> Traversable:
    inside = resources.files("reader") / packaged
    if inside.is_dir():
        return inside
    return _SOURCE_ROOT / in_checkout


def resource(*parts: str) -> Traversable:
    """A file or folder under ``resources/``."""
    node = _locate("resources", "resources")
    for part in parts:
        node = node / part
    return node


def sample_library() -> Path:
    """The folder of sample bulletins that ships with the app."""
    return Path(str(_locate("sample_library", "library")))
