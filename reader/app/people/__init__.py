"""People, places and organisations up close: detail view with a chart of mentions."""
