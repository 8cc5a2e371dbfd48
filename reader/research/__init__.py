"""Research tools on the text: concordance (KWIC) and phrases over time.

Pure computations only — no SQL (``reader.store.research`` fetches), no Qt
(``reader.app.research`` shows).  Matching follows the library search exactly:
``matching`` finds every occurrence of a query's terms the way
``reader.store.search`` decides that an article matches.
"""
