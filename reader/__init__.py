"""Bulletin Reader: import, read, search and annotate Chinese local-government bulletins."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bulletin-reader")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
