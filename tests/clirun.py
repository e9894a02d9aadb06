"""The real ``newsgraph`` command in a child process, as a user runs it: the tests' one way to call it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def newsgraph(
    *args: str, stdin: str | bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newsgraph ARGS`` and return what it printed and its exit status."""
    text = stdin.decode() if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], input=text, capture_output=True, text=True, cwd=cwd, timeout=600
    )
