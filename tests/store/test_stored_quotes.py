"""Quotes stored and listed: the store query and the ``newsgraph quotes`` verb on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.read import read_articles
from newsgraph.model import Actor, Analysis, Article, Published, Quote, Speaker
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.quotes import list_quotes


def newsgraph(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], input=stdin, capture_output=True, text=True, timeout=600
    )


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
        stored = {a.id: store.load(a.id) for a in articles}
        assert len(list_quotes(store, limit=1000)) == sum(len(s.quotes) for s in stored.values() if s)
        for analysis in stored.values():
            assert analysis is not None
            for quote in analysis.quotes:
                assert analysis.article.text[quote.start : quote.end] == quote.text


def test_listing_is_newest_first_with_unknown_dates_last(sample_db: Path) -> None:
    with open_store(str(sample_db), read_only=True) as store:
        rows = list_quotes(store, limit=1000)
    dates = [r.published for r in rows]
    known = [d for d in dates if d is not None]
    assert known == sorted(known, reverse=True)
    assert dates.index(None) == len(known)  # the undated article's quotes come last


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        pytest.param("peskov", {"Dmitry Peskov"}, id="surname-any-case"),
        pytest.param("Li Qiang", {"Li Qiang"}, id="full-name"),
        pytest.param("ministry", {"Iranian foreign ministry"}, id="institution"),
        pytest.param("100%_", set(), id="wildcards-are-literal"),
    ],
)
def test_speaker_filter_matches_part_of_the_name(sample_db: Path, speaker: str, expected: set[str]) -> None:
    with open_store(str(sample_db), read_only=True) as store:
        rows = list_quotes(store, speaker=speaker, limit=1000)
    assert {r.quote.speaker.name for r in rows if r.quote.speaker} == expected


def test_direct_only_and_since_filters(sample_db: Path) -> None:
    with open_store(str(sample_db), read_only=True) as store:
        everything = list_quotes(store, limit=1000)
        direct = list_quotes(store, direct_only=True, limit=1000)
        recent = list_quotes(store, since="2025-12-30", limit=1000)
        later = list_quotes(store, since="2025-12-31", limit=1000)
    assert direct and all(r.quote.direct for r in direct) and len(direct) < len(everything)
    assert recent and all(r.published == "2025-12-30" for r in recent)
    assert later == []


def test_actor_code_filter_takes_the_code_and_codes_under_it(tmp_path: Path) -> None:
    kremlin = Actor("a1", "Dmitry Peskov", "person", "RUSGOV", "RUS", "GOV")
    kyiv = Actor("a1", "Andriy Sybiga", "person", "UKRGOV", "UKR", "GOV")
    with open_store(str(tmp_path / "codes.db")) as store:
        save(store, dated_analysis("2025-12-29", "Dmitry Peskov", kremlin))
        save(store, dated_analysis("2025-12-30", "Andriy Sybiga", kyiv))
        save(store, dated_analysis("2025-12-31", "a resident", None))
        by_country = list_quotes(store, actor_code="rus")
        by_full_code = list_quotes(store, actor_code="UKRGOV")
        everyone = list_quotes(store)
    assert [(r.quote.speaker.name if r.quote.speaker else None, r.speaker_code) for r in by_country] == [
        ("Dmitry Peskov", "RUSGOV")
    ]
    assert [r.speaker_code for r in by_full_code] == ["UKRGOV"]
    assert [r.published for r in everyone] == ["2025-12-31", "2025-12-30", "2025-12-29"]


def save(store: Store, analysis: Analysis) -> None:
    store.save(analysis, None, [])


def test_quotes_verb_prints_speaker_article_and_date(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", "--speaker", "Sybiga")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("2025-12-30  ")
    assert "Andriy Sybiga via X: \u201cAlmost a day passed" in line
    assert line.endswith("\u2014 Kyiv: Russia Shows No Proof of Alleged Drone Attack on Putin Home")


def test_quotes_verb_json_has_the_output_fields_and_the_article(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", "--speaker", "Peskov", "--direct", "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["direct"] for r in records)
    for record in records:
        assert set(record) >= {"start", "end", "text", "direct", "speaker", "cue", "channel", "fragment", "article"}
        assert set(record["article"]) == {"id", "title", "published"}
        assert record["speaker"]["name"] == "Dmitry Peskov"


def test_quotes_verb_rejects_a_malformed_day(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "quotes", "--since", "30/12/2025")
    assert result.returncode == 2
    assert "--since expects a day as YYYY-MM-DD" in result.stderr


def test_extract_emits_quotes_as_in_the_output_contract() -> None:
    text = 'Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n"There will be no talks," he said.\n'
    result = newsgraph("extract", "--as-is", "--published", "2025-12-30", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    (quote,) = record["quotes"]
    start, pronoun = text.index("There will"), text.index("he said")
    assert quote == {
        "start": start,
        "end": start + len("There will be no talks"),
        "text": "There will be no talks",
        "direct": True,
        "speaker": {"actor": None, "name": "Dmitry Peskov", "start": pronoun, "end": pronoun + 2},
        "cue": "said",
        "channel": None,
        "fragment": False,
    }
    assert text[quote["start"] : quote["end"]] == quote["text"]
