"""Scoring newsgraph against gold data: the seed gold, MEANTIME and the PLOVER GSR.

The scorers (``score_*``, ``seed``, ``meantime``, ``plover``) are pure: they
compare gold records with system records and return a ``Report``. Reading files
and running the pipeline live apart, in ``datasets`` and ``runs``. Every figure
of a report has a stable name, and the quality gate (``tests/quality``) pins a
floor to each.
"""

from __future__ import annotations

from newsgraph.eval.datasets import detect_gold, evaluate
from newsgraph.eval.report import Report, render_table

__all__ = ["Report", "detect_gold", "evaluate", "render_table"]
