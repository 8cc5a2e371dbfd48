"""The research views: concordance (KWIC), phrases over time, saved searches (see ``feature``)."""
