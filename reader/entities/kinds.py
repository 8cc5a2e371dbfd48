"""The six kinds of entity (``reader.mentions``) and the recogniser's version.

Importing this loads no jieba, so the window can use it freely."""

from reader.mentions import KINDS

__all__ = ["KINDS", "RECOGNISER_VERSION"]

RECOGNISER_VERSION = "29"
"""Raised whenever the recogniser's output changes: ``reader reindex`` then tags every article again."""
