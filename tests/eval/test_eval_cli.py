"""`newsgraph eval` as a user runs it: a real process, the real pipeline, clear errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clirun import newsgraph
from newsgraph.errors import UsageError
from newsgraph.eval.datasets import detect_gold, find_documents, read_system_file

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed.gold.jsonl"


def test_seed_gold_prints_every_section_on_the_current_pipeline(tmp_path: Path, sample_path: Path) -> None:
    # the gold's document is found in ../sample/ beside the gold, as in the shared folder
    (tmp_path / "gold").mkdir()
    (tmp_path / "sample").mkdir()
    shutil.copy(SEED, tmp_path / "gold" / "seed.gold.jsonl")
    shutil.copy(sample_path, tmp_path / "sample" / sample_path.name)
    done = newsgraph("eval", str(tmp_path / "gold" / "seed.gold.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    titles = [line.split()[0] for line in done.stdout.splitlines() if line and not line.startswith((" ", "seed"))]
    assert titles == ["articles", "publication", "events", "events", "quotes", "timexes", "places"]
    assert "  segmentation      1.000   1.000  1.000" in done.stdout
    assert "  published          1.000      1.000   correct 4  unknown 0  wrong 0  gold 4" in done.stdout


def test_json_report_names_every_figure(sample_path: Path) -> None:
    done = newsgraph("eval", str(SEED), "--inputs", str(sample_path.parent), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["metrics"]["seed.articles.segmentation.f1"] == 1.0
    assert report["metrics"]["seed.dates.published.correct"] == 1.0
    assert {s["key"] for s in report["sections"]} >= {"articles", "dates", "events", "events.by_type", "quotes"}


def test_saved_extract_output_scores_like_the_pipeline(sample_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    extracted = newsgraph("extract", str(sample_path))
    output.write_text(extracted.stdout, encoding="utf-8")
    saved = json.loads(newsgraph("eval", str(SEED), "--system", str(output), "--json").stdout)
    direct = json.loads(newsgraph("eval", str(SEED), "--inputs", str(sample_path.parent), "--json").stdout)
    assert saved["metrics"] == direct["metrics"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# notes\n", "cannot tell what gold"),
        ('{"doc": "missing.txt", "article": 1, "title": "T"}\n', "cannot find missing.txt"),
        ('{"doc": "x.txt", "article": 1, "title": "T"}\nnot json\n', ":2: not JSON"),
        ('{"doc": "x.txt", "article": "first", "title": "T"}\n', ":1: not a gold article"),
    ],
)
def test_bad_gold_is_a_usage_error(tmp_path: Path, content: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    (tmp_path / "x.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    done = newsgraph("eval", str(gold), cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_bad_system_output_names_the_line(tmp_path: Path) -> None:
    system = tmp_path / "out.jsonl"
    system.write_text('{"article": {"text": "x"}}\n{"events": []}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"out.jsonl:2: not an analysis record"):
        read_system_file(system)


def test_missing_stages_read_as_empty(tmp_path: Path) -> None:
    system = tmp_path / "out.jsonl"
    system.write_text('{"article": {"text": "Body."}}\n', encoding="utf-8")
    (article,) = read_system_file(system)
    assert (article.events, article.quotes, article.timexes, article.places) == ((), (), (), ())


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (SEED, "seed"),
        (DATA / "meantime-en", "meantime"),
        (next((DATA / "meantime-en").rglob("*.xml")), "meantime"),
        (DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.json", "plover"),
        (DATA / "plover-gsr", "plover"),
    ],
)
def test_gold_kind_is_told_by_content(path: Path, kind: str) -> None:
    assert detect_gold(path)[0] == kind


def test_documents_are_looked_for_in_the_usual_places(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="pass --inputs DIR"):
        find_documents(tmp_path / "gold.jsonl", ["nowhere.txt"], None)
    (tmp_path / "here.txt").write_text("x", encoding="utf-8")
    assert find_documents(tmp_path / "g" / "gold.jsonl", ["here.txt"], tmp_path) == [tmp_path / "here.txt"]


def test_loosely_shaped_records_are_read(tmp_path: Path) -> None:
    record = {
        "article": {"text": "Russia accused Ukraine.", "published": "2025-12-30", "captions": ["A photo. (EPA)"]},
        "events": [{"type": "accuse", "source": "RUSGOV", "target": ["UKR"], "evidence": None}],
    }
    system = tmp_path / "out.jsonl"
    system.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_system_file(system)
    assert article.published == "2025-12-30"
    assert article.captions[0].text == "A photo. (EPA)"
    assert (article.events[0].type, article.events[0].source, article.events[0].target) == (
        "ACCUSE",
        ("RUSGOV",),
        ("UKR",),
    )
