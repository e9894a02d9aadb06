"""Bad input through the real command: every case reported on one line, the rest stored, nothing lost."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Texts long enough for encoding detection to have something to go on, as real articles do.
LEGACY_TEXTS = {
    "latin1.txt": (
        "latin-1",
        "Caf\u00e9 owners in Montr\u00e9al protested on Monday against a new tax on terraces, organisers said.\n\n"
        "The city\u00b4s mayor, Val\u00e9rie Plante, said the tax would fund street repairs. "
        "\u00ab\u00c7a suffit\u00bb, read one banner held by a waiter from the Plateau district, "
        "where dozens of caf\u00e9s closed for an hour.",
    ),
    "cp1252.txt": (
        "cp1252",
        "Fuel prices rose by \u20ac0.12 a litre on Tuesday \u2013 the biggest weekly jump this year \u2013 the "
        "transport ministry said.\n\n\u201cFamilies can\u2019t absorb another rise like this,\u201d said Ana "
        "Ferreira of the drivers\u2019 association, who called for a temporary cut in fuel duty\u2026",
    ),
    "utf16.txt": (
        "utf-16",
        "Rescue teams reached the village of \u015eirince on Wednesday after a landslide cut its only road, "
        "the governor\u2019s office said.\n\nResidents told reporters that 40 homes had been evacuated and "
        "nobody was hurt. Engineers expect to reopen the road \u2013 the D550 \u2013 by the weekend.",
    ),
}


def build_inputs(folder: Path, sample: Path, data_dir: Path) -> None:
    """One folder holding every kind of bad input beside good ones."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(sample.read_bytes())[:-200])
    for name, (encoding, text) in LEGACY_TEXTS.items():
        (folder / name).write_bytes(text.encode(encoding))  # Python's utf-16 codec writes a BOM
    (folder / "malformed.rss").write_bytes(
        b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n<item><title>Half an item</ti'
    )
    good = json.loads((data_dir / "county-briefs.jsonl").read_text(encoding="utf-8").splitlines()[0])
    other = {**good, "text": "A different story, told in one line."}
    lines = [json.dumps(good), '{"title": "Broken", "text": "no closing brace"', json.dumps(other)]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "blob.txt").write_text(("word " * 60_000).strip() + "\n", encoding="utf-8")
    (folder / "broken-link.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sample.txt").write_bytes(sample.read_bytes())


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory, sample_path: Path, data_dir: Path, cli: Any) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("bad")
    db = root / "news.db"
    before = cli("--db", str(db), "ingest", str(data_dir / "harbour-desk.atom"))
    assert before.returncode == 0, before.stderr
    folder = root / "inputs"
    build_inputs(folder, sample_path, data_dir)
    result = cli("--db", str(db), "ingest", str(folder), "--max-article-chars", "50000")
    return {"result": result, "db": db, "folder": folder}


def stderr_lines(run: dict[str, Any]) -> list[str]:
    return [line for line in run["result"].stderr.splitlines() if line.strip()]


def test_the_run_goes_on_and_exits_with_1(bad_run: dict[str, Any]) -> None:
    result = bad_run["result"]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "reason", "words"),
    [
        ("empty.txt", "empty", "the input is empty"),
        ("binary.bin", "not text", "binary data, not text"),
        ("truncated.txt.gz", "unreadable", "gzip data is truncated or corrupt"),
        ("malformed.rss", "malformed", "not a well-formed RSS or Atom feed"),
        ("records.jsonl:2", "malformed", "not valid JSON"),
        ("blob.txt", "too large", "with no article boundary"),
        ("broken-link.txt", "unreadable", "cannot open (No such file or directory)"),
        ("loop-a.txt", "unreadable", "cannot open (Too many levels of symbolic links)"),
        ("loop-b.txt", "unreadable", "cannot open (Too many levels of symbolic links)"),
    ],
)
def test_each_failure_is_one_line_naming_the_input_and_its_reason(
    bad_run: dict[str, Any], name: str, reason: str, words: str
) -> None:
    prefix = f"newsgraph: cannot read {bad_run['folder'] / name}: "
    (line,) = [line for line in stderr_lines(bad_run) if line.startswith(prefix)]
    assert words in line
    assert line.endswith(f"[{reason}]")


def test_there_is_no_other_failure_line_and_the_summary_counts_them_by_reason(bad_run: dict[str, Any]) -> None:
    assert len(stderr_lines(bad_run)) == 9
    summary = bad_run["result"].stdout
    assert "failed:           9 (empty: 1, malformed: 2, not text: 1, too large: 1, unreadable: 4)" in summary


@pytest.mark.parametrize("name", sorted(LEGACY_TEXTS))
def test_legacy_encodings_are_detected_and_stored_exactly(bad_run: dict[str, Any], name: str) -> None:
    _, text = LEGACY_TEXTS[name]
    with sqlite3.connect(f"file:{bad_run['db']}?mode=ro", uri=True) as db:
        (stored,) = db.execute("SELECT text FROM articles WHERE origin_path = ?", (str(bad_run["folder"] / name),))
    assert stored[0] == text


def test_good_inputs_are_stored_and_what_was_stored_before_is_kept(bad_run: dict[str, Any]) -> None:
    with sqlite3.connect(f"file:{bad_run['db']}?mode=ro", uri=True) as db:
        paths = [Path(row[0]).name for row in db.execute("SELECT origin_path FROM articles")]
        (check,) = db.execute("PRAGMA integrity_check").fetchone()
        (summary,) = db.execute("SELECT summary FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert check == "ok"
    assert sorted(paths) == sorted(
        ["harbour-desk.atom"] * 2 + ["sample.txt"] * 4 + ["records.jsonl"] * 2 + list(LEGACY_TEXTS)
    )
    recorded = json.loads(summary)
    assert recorded["stored"] == 4 + 2 + 3
    assert recorded["failed"] == {"empty": 1, "malformed": 2, "not text": 1, "too large": 1, "unreadable": 4}


# Runs in a child process so its peak resident memory is this reading alone.
MEMORY_PROBE = """
import json, resource, sys
from newsgraph.ingest.read import InputRead, read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
articles, done, failures = 0, None, []
for event in read_articles([sys.argv[1]], Settings()):
    if isinstance(event, Article):
        articles += 1
    elif isinstance(event, InputRead):
        done = event.articles
    else:
        failures.append(event.message)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"articles": articles, "done": done, "failures": failures, "growth_kb": after - before}))
"""


@pytest.mark.slow
def test_a_200_mb_dump_streams_in_bounded_memory(tmp_path: Path, sample_path: Path) -> None:
    """Reader level, without NLP: peak memory grows by a small fraction of the file's size."""
    big = tmp_path / "big.txt"
    dump = sample_path.read_text(encoding="utf-8")
    size = 200 * 1024 * 1024
    copies = 0
    with big.open("w", encoding="utf-8") as output:
        while output.tell() < size:
            # a distinct headline per copy, so every copy is four articles of its own
            output.write(dump.replace("Kyiv", f"Kyiv {copies}") + "\n")
            copies += 1
    assert big.stat().st_size >= size
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(big)], capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["failures"] == []
    assert figures["articles"] == figures["done"] == 4 * copies
    assert figures["growth_kb"] * 1024 < size / 10
