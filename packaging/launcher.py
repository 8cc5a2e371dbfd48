"""Entry point of the frozen app: ``reader.entry.main`` (the CLI, or a link a desktop launcher passed)."""

from __future__ import annotations

import multiprocessing

from reader.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # big imports parse in spawned worker processes
    main()
