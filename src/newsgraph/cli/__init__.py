"""The ``newsgraph`` command: parse arguments, call the library, print.

Data goes to standard output, progress and problems to standard error. Exit
codes: 0 all went well, 1 some inputs failed (the rest was processed), 2 usage
error. Each verb lives in a module of this package and registers itself on
``main``.
"""

from __future__ import annotations

from newsgraph.cli import actors, articles, eval, events, export, ingest, load, quotes, serve  # noqa: F401  (registers the verbs)
from newsgraph.cli.common import main

__all__ = ["main"]
