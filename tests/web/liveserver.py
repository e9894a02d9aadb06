"""Run ``newsgraph serve`` for real, on a free port, for the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(db: Path, **settings: str) -> Iterator[str]:
    """Run ``newsgraph serve`` on a free port; yield its base URL once it listens."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}
    env.update({"NEWSGRAPH_DB": str(db), **{f"NEWSGRAPH_{k.upper()}": v for k, v in settings.items()}})
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "serve", "--port", str(free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        cwd=db.parent,
    )
    assert process.stdout is not None and process.stderr is not None
    url = process.stdout.readline().strip()  # the verb prints its URL once the socket is bound
    if not url:
        process.wait(timeout=30)
        raise RuntimeError(f"newsgraph serve did not start: {process.stderr.read()}")
    try:
        yield url.rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
