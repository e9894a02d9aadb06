"""Quotes stored by ingestion and listed by ``newsgraph quotes``, on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import newsgraph
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.read import read_articles
from newsgraph.model import Actor, Analysis, Article, Published, Quote, Speaker
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.queries import quotes_page


@pytest.fixture(scope="module")
def sample_db(sample_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "sample.db"
    with open_store(str(path)) as store:
        ingest([str(sample_path)], store, Settings(db=str(path)))
    return path


def dated_analysis(day: str, speaker: str, actor: Actor | None) -> Analysis:
    words = "We will not back down"
    text = f'"{words}," {speaker} said on {day}.'
    article = ArticleDraft([text], "made.txt").finish(Published(day, "day", "option"))
    at = text.index(speaker)
    said_by = Speaker(actor.id if actor else None, speaker, at, at + len(speaker))
    quote = Quote(1, 1 + len(words), words, True, said_by, "said")
    return Analysis(article, actors=(actor,) if actor else (), quotes=(quote,))


def test_ingest_stores_every_quote_of_the_sample(sample_db: Path, sample_path: Path) -> None:
    settings = Settings()
    articles = [a for a in read_articles([str(sample_path)], settings) if isinstance(a, Article)]
    with open_store(str(sample_db), read_only=True) as store:
        stored = [store.load(a.id) for a in articles]
        listed = quotes_page(store, limit=1000)
    assert listed.total == sum(len(s.quotes) for s in stored if s) > 30
    for analysis in stored:
        assert analysis is not None
        for quote in analysis.quotes:
            assert analysis.article.text[quote.start : quote.end] == quote.text


def test_quotes_verb_prints_speaker_article_and_date(sample_db: Path) -> None:
    # the article spells him Sybiga; the actor's canonical name is Sybiha, with Sybiga an alias
    result = newsgraph("--db", str(sample_db), "quotes", "--speaker", "Sybiga")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("2025-12-30  ")
    assert "Andriy Sybiha via X: \u201cAlmost a day passed" in line
    assert line.endswith("\u2014 Kyiv: Russia Shows No Proof of Alleged Drone Attack on Putin Home")


def test_quotes_verb_lists_newest_first_and_undated_last(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", "--limit", "1000")
    dates = [line.split()[0] for line in result.stdout.splitlines()]
    assert dates == sorted(dates, key=lambda d: (d == "unknown", [-ord(c) for c in d]))
    assert dates[-1] == "unknown" and dates[0] == "2025-12-30"
    assert "[reported]" in result.stdout


def test_quotes_verb_json_has_the_output_fields_and_the_article(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", "--speaker", "peskov", "--direct", "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 3 and all(r["direct"] for r in records)
    for record in records:
        assert set(record) >= {"start", "end", "text", "direct", "speaker", "cue", "channel", "fragment", "article"}
        assert {"id", "title", "published"} <= set(record["article"])
        assert record["speaker"]["name"] == "Dmitry Peskov"


def test_quotes_verb_since_leaves_out_undated_and_older_articles(sample_db: Path) -> None:
    recent = newsgraph("--db", str(sample_db), "quotes", "--since", "2025-12-30", "--limit", "1000").stdout
    later = newsgraph("--db", str(sample_db), "quotes", "--since", "2025-12-31").stdout
    assert recent and all(line.startswith("2025-12-30") for line in recent.splitlines())
    assert later == ""


def test_quotes_verb_filters_by_actor_code_and_codes_under_it(tmp_path: Path) -> None:
    db = tmp_path / "codes.db"
    kremlin = Actor("a1", "Dmitry Peskov", "person", "RUSGOV", "RUS", "GOV")
    kyiv = Actor("a1", "Andriy Sybiga", "person", "UKRGOV", "UKR", "GOV")
    with open_store(str(db)) as store:
        for analysis in (
            dated_analysis("2025-12-29", "Dmitry Peskov", kremlin),
            dated_analysis("2025-12-30", "Andriy Sybiga", kyiv),
            dated_analysis("2025-12-31", "a resident", None),
        ):
            store.save(analysis, None, [])
    by_country = newsgraph("--db", str(db), "quotes", "--actor", "rus", "--json").stdout.splitlines()
    assert [json.loads(line)["speaker_actor"]["code"] for line in by_country] == ["RUSGOV"]
    everyone = newsgraph("--db", str(db), "quotes").stdout.splitlines()
    assert [line[:10] for line in everyone] == ["2025-12-31", "2025-12-30", "2025-12-29"]


@pytest.mark.parametrize("args", [["--since", "30/12/2025"], ["--actor", "R-U-S"], ["--limit", "0"]])
def test_quotes_verb_rejects_bad_filters_as_usage_errors(sample_db: Path, args: list[str]) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", *args)
    assert result.returncode == 2
    assert result.stderr.strip()


def test_extract_emits_quotes_as_in_the_output_contract() -> None:
    text = 'Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n"There will be no talks," he said.\n'
    result = newsgraph("extract", "--as-is", "--published", "2025-12-30", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    (quote,) = record["quotes"]
    start, pronoun = text.index("There will"), text.index("he said")
    assert {k: quote[k] for k in ("start", "end", "text", "direct", "cue", "channel", "fragment")} == {
        "start": start,
        "end": start + len("There will be no talks"),
        "text": "There will be no talks",
        "direct": True,
        "cue": "said",
        "channel": None,
        "fragment": False,
    }
    assert quote["speaker"]["name"] == "Dmitry Peskov"
    assert (quote["speaker"]["start"], quote["speaker"]["end"]) == (pronoun, pronoun + 2)
