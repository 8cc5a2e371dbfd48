"""Bulletin Reader: import, read, search and annotate Chinese local-government bulletins."""

from importlib.metadata import PackageNotFoundError, version

from reader import compiled as _compiled

try:
    __version__ = version("bulletin-reader")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

COMPILED_IMPORTER = _compiled.use_compiled(__path__)
"""Whether ``reader.importer`` runs compiled (``reader.compiled``)."""
