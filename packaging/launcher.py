"""Entry point of the frozen app: the ``reader`` command, plus what a desktop launcher passes.

A menu entry or a clicked ``bulletin-reader://`` link runs ``bulletin-reader %u``: a link or a
file path where the command line expects a subcommand.  Those go to the URL handler (hand over
to the running window, or start one there); everything else is the ordinary CLI.
"""

from __future__ import annotations

import multiprocessing
import sys

from reader.app.url_handler import launch_argument


def run() -> None:
    args = sys.argv[1:]
    if launch_argument(args) is not None:
        from reader.app.url_handler import main as open_link

        sys.exit(open_link(args))
    from reader.cli import main

    main()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # big imports parse in spawned worker processes
    run()
