"""The ``actors`` verb and the actors in ``extract``: the real command, run in this process.

Running in-process (click's runner) keeps the model loaded between invocations;
everything else is as a user runs it, on a real SQLite file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def newsgraph(*args: str, stdin: str | None = None) -> Run:
    result = CliRunner().invoke(main, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> Path:
    db = tmp_path_factory.mktemp("actors") / "news.db"
    result = newsgraph("--db", str(db), "ingest", str(sample_path))
    assert result.returncode == 0, result.stderr
    return db


def test_actors_lists_codes_and_mention_counts(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "actors")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    lavrov = next(line for line in lines if "Sergei Lavrov" in line)
    assert lavrov.split()[0] == "RUSGOV"
    assert "(Foreign Minister)" in lavrov


def test_actors_are_counted_across_articles(sample_db: Path) -> None:
    rows = [json.loads(line) for line in newsgraph("--db", str(sample_db), "actors", "--json").stdout.splitlines()]
    putin = next(r for r in rows if r["name"] == "Vladimir Putin")
    assert putin["code"] == "RUSGOV"
    assert putin["articles"] == 2
    assert putin["mentions"] >= 3


def test_actors_filtered_by_code_prefix(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "actors", "--code", "irn", "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["code"].startswith("IRN") for r in rows)
    assert {"IRNMIL", "IRNGOV", "IRNEDU", "IRNBUS", "IRNJRN"} <= {r["code"] for r in rows}


def test_actors_of_one_article(sample_db: Path) -> None:
    articles = [
        json.loads(line) for line in newsgraph("--db", str(sample_db), "articles", "--json").stdout.splitlines()
    ]
    navy = next(a for a in articles if "Royal Canadian Navy" in (a["title"] or ""))
    result = newsgraph("--db", str(sample_db), "actors", "--article", navy["id"][:8], "--json")
    names = {json.loads(line)["name"] for line in result.stdout.splitlines()}
    assert "Royal Canadian Navy" in names
    assert "Sergei Lavrov" not in names


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--code", "R1"], "--code expects letters"), (["--article", "zzzz"], "no article with id")],
)
def test_actors_usage_errors(sample_db: Path, args: list[str], message: str) -> None:
    result = newsgraph("--db", str(sample_db), "actors", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_extract_emits_actors_and_mentions() -> None:
    text = "Russian Foreign Minister Sergei Lavrov said on Tuesday that the West was to blame. Lavrov spoke in Ankara."
    result = newsgraph("extract", "--as-is", "--published", "2025-06-10", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    lavrov = next(a for a in record["actors"] if a["name"] == "Sergei Lavrov")
    assert lavrov == {
        "id": lavrov["id"], "name": "Sergei Lavrov", "kind": "person", "code": "RUSGOV", "country": "RUS",
        "sector": "GOV", "role": "Foreign Minister", "aliases": ["Lavrov"],
    }  # fmt: skip
    mentions = [m for m in record["mentions"] if m["actor"] == lavrov["id"]]
    assert [(m["text"], m["label"]) for m in mentions] == [("Sergei Lavrov", "PERSON"), ("Lavrov", "PERSON")]
    for mention in record["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_user_lexicon_flag_changes_the_code(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(
        "people:\n  - {name: Amina Odhiambo, country: KEN, roles: [{role: Governor, sector: GOV, start: 2022}]}\n",
        encoding="utf-8",
    )
    text = "Amina Odhiambo said the county would appeal."
    plain = json.loads(newsgraph("extract", "--as-is", "-", stdin=text).stdout)
    mine = json.loads(newsgraph("extract", "--as-is", "--lexicon", str(lexicon), "-", stdin=text).stdout)
    assert [a["code"] for a in plain["actors"] if a["name"] == "Amina Odhiambo"] == [None]
    assert [a["code"] for a in mine["actors"] if a["name"] == "Amina Odhiambo"] == ["KENGOV"]
    globally = json.loads(newsgraph("--lexicon", str(lexicon), "extract", "--as-is", "-", stdin=text).stdout)
    assert [a["code"] for a in globally["actors"] if a["name"] == "Amina Odhiambo"] == ["KENGOV"]


def test_bad_user_lexicon_is_a_usage_error(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.yaml"
    lexicon.write_text("organizations: [{name: X, code: XYZ123}]\n", encoding="utf-8")
    result = newsgraph("extract", "--as-is", "--lexicon", str(lexicon), "-", stdin="Text.")
    assert result.returncode == 2
    assert "bad.yaml" in result.stderr and result.stderr.count("\n") == 1
