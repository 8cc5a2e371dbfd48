"""Which articles are the same story: near-duplicate detection across the library.

Pure code (no SQL, no Qt): ``signature`` turns texts into MinHash signatures of character
shingles and LSH band keys, ``similarity`` is the exact check and the character diff,
``clusters`` groups checked pairs, ``sources`` reads ``原载…`` notes.  ``reader.reprints.index``
ties them to the store.
"""
