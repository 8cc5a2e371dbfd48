"""Pick the parser for a text: the most specific layout whose signature is present, else the fallback."""

from __future__ import annotations

from reader.importer.layouts import markdown_feature, newspaper_page, toc_bulletin


def detect_layout(text: str) -> str:
    """One of ``toc_bulletin``, ``markdown_feature``, ``newspaper_page``, ``fallback``."""
    if toc_bulletin.looks_like(text):
        return toc_bulletin.LAYOUT
    if markdown_feature.looks_like(text):
        return markdown_feature.LAYOUT
    if newspaper_page.looks_like(text):
        return newspaper_page.LAYOUT
    return "fallback"
