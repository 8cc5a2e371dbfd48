"""The reading pane: an article set like a newspaper page, with highlighted entities and hits."""
