"""Ctrl-C during ingest: a real process, a real signal, a consistent database, and a re-run that completes it."""

from __future__ import annotations

import json
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ARTICLES = 400


def write_articles(folder: Path, sample: Path) -> None:
    """One short article per file, of words drawn at random from the sample, so no two are alike."""
    words = sorted(set(re.findall(r"[A-Za-z]{3,}", sample.read_text(encoding="utf-8"))))
    rng = random.Random(20251230)
    folder.mkdir()
    for number in range(ARTICLES):
        sentences = [" ".join(rng.choice(words) for _ in range(8)).capitalize() + "." for _ in range(4)]
        body = f"{sentences[0]} {sentences[1]}\n\n{sentences[2]} {sentences[3]}"
        (folder / f"{number:05d}.txt").write_text(f"Dispatch number {number} from the news desk\n\n{body}\n")


def stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


@pytest.mark.slow
def test_ctrl_c_keeps_a_consistent_database_and_a_rerun_completes_it(
    tmp_path: Path, sample_path: Path, cli: Any
) -> None:
    folder = tmp_path / "dispatches"
    write_articles(folder, sample_path)
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "newsgraph", "--db", str(db), "ingest", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while stored_count(db) == 0 and process.poll() is None:
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    match = re.search(r"interrupted: (\d+) new articles were stored and are kept; run the same command again", stderr)
    assert match, stderr
    kept = stored_count(db)
    assert 0 < kept < ARTICLES
    assert int(match.group(1)) <= kept
    assert "stored:" in stdout

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finished, summary = connection.execute("SELECT finished_at, summary FROM runs ORDER BY id DESC").fetchone()
    assert finished is not None
    assert json.loads(summary)["interrupted"] is True

    rerun = cli("--db", str(db), "ingest", str(folder))
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored:           {ARTICLES - kept}\n" in rerun.stdout
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        articles = connection.execute("SELECT COUNT(*), COUNT(DISTINCT origin_path) FROM articles").fetchone()
        origins = connection.execute("SELECT path, COUNT(*) FROM article_origins GROUP BY path").fetchall()
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert articles == (ARTICLES, ARTICLES)
    assert len(origins) == ARTICLES
    assert {count for _, count in origins} == {1}
