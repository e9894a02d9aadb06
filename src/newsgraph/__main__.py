"""Allow ``python -m newsgraph``."""

from __future__ import annotations

from newsgraph.cli import main

if __name__ == "__main__":
    main()
