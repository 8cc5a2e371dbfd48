"""Highlights, notes and tags in the window: panel, toolbar, annotations view, undo wiring."""
