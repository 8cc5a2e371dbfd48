"""The six kinds of entity, in the order the legend shows them, and the recogniser's version.

Importing this loads no jieba, so the window and the store can use it freely."""

KINDS = ("person", "position", "place", "organization", "date", "quantity")

RECOGNISER_VERSION = "5"
"""Raised whenever the recogniser's output changes: ``reader reindex`` then tags every article again."""
