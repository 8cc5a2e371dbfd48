"""The career ledger: who held which post, where and when, from the articles themselves.

Pure code over an article's text and whatever mentions the entity recogniser stored (no
SQL, no Qt), so it works with any recogniser: ``posts`` reads a post phrase (place, level,
organisation, title), ``claims`` finds dated person–post claims (post+name, leader lists,
appointment and removal notices), ``identity`` tells namesakes apart and applies the user's
merges and splits, ``ledger`` sums claims into careers and the posts × periods table.
``reader.careers.update`` ties them to the store.
"""
