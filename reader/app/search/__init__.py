"""Library-wide search: a query field, filters and a lazily paged list of hits."""
