"""``newsgraph export``: every format round-trips with exactly the columns docs/EXPORTS.md documents."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from eventcorpus import realistic_corpus, save_all
from newsgraph.cli import main
from newsgraph.export import flat, gdelt

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "EXPORTS.md").read_text(encoding="utf-8")
DOC_TYPES = {"string": "str", "int64": "int", "float64": "float", "list": "list"}


def documented(heading: str) -> list[list[str]]:
    """The rows of the first table under the '## heading' section of docs/EXPORTS.md."""
    section = DOC.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `") and cells:
            rows.append([cells[0].strip("`"), *cells[1:]])
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_all(tmp_path_factory.mktemp("export") / "corpus.db", realistic_corpus())


def export(db: Path, tmp_path: Path, *arguments: str) -> tuple[Path, str]:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--db", str(db), "export", *arguments, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_documented_flat_columns_are_the_exported_columns() -> None:
    rows = documented("Flat tables")
    assert [r[0] for r in rows] == list(flat.COLUMN_NAMES)
    assert [DOC_TYPES[r[1]] for r in rows] == [kind for _, kind in flat.COLUMNS]


def test_documented_gdelt_columns_are_the_exported_columns() -> None:
    assert [r[0] for r in documented("gdelt")] == list(gdelt.COLUMNS)


def test_jsonl_export_reloads_into_pandas_with_the_documented_columns(db: Path, tmp_path: Path) -> None:
    out, messages = export(db, tmp_path, "--format", "jsonl")
    frame = pd.read_json(out, lines=True, dtype=False)
    assert list(frame.columns) == list(flat.COLUMN_NAMES)
    assert len(frame) == 28 and "exported 28 events" in messages
    lavrov = frame[frame["source_names"].apply(lambda names: names == ["Sergei Lavrov"])].iloc[0]
    assert lavrov["source_codes"] == ["RUSGOV"] and lavrov["type"] == "ACCUSE"
    assert frame["evidence_text"].str.len().min() > 0


def test_parquet_export_reloads_into_pandas_with_typed_documented_columns(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "parquet")
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(flat.COLUMN_NAMES)
    assert len(frame) == 28
    assert str(frame["lat"].dtype) == "float64" and str(frame["evidence_start"].dtype) == "int64"
    tehran = frame[frame["location_name"] == "Tehran"]
    assert len(tehran) == 4 and tehran["lat"].iloc[0] == pytest.approx(35.6944)
    assert list(frame[frame["type"] == "CONSULT"]["source_names"].iloc[0]) == ["Egypt", "Israel", "Hamas"]
    assert frame["date"].isna().sum() == 6  # unknown dates stay unknown


def test_parquet_export_of_nothing_still_has_the_columns(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "parquet", "--actor", "ZZZ")
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(flat.COLUMN_NAMES) and frame.empty


def test_csv_export_has_a_header_and_joined_lists(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "csv", "--type", "CONSULT")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == list(flat.COLUMN_NAMES)
    assert len(rows) == 1 and rows[0]["source_codes"] == "EGYGOV; ISRGOV; PSEREB"
    assert rows[0]["target_codes"] == ""


def read_gdelt(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == list(gdelt.COLUMNS)
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_gdelt_export_holds_asserted_events_only_unless_asked(db: Path, tmp_path: Path) -> None:
    out, messages = export(db, tmp_path, "--format", "gdelt")
    rows = read_gdelt(out)
    assert {r["Modality"] for r in rows} == {"asserted"}
    assert "asserted events only" in messages
    claimed, _ = export(db, tmp_path, "--format", "gdelt", "--modality", "claimed")
    assert {r["Modality"] for r in read_gdelt(claimed)} == {"claimed"}


def test_gdelt_export_counts_mentions_sources_and_articles_of_a_cluster(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "gdelt", "--all-modalities", "--type", "ASSAULT")
    rows = {r["Actor1Name"] + ">" + r["Actor2Name"]: r for r in read_gdelt(out)}
    drone = rows["UKRAINE>VLADIMIR PUTIN"]  # four mentions in two articles, one of them a denial
    assert (drone["NumMentions"], drone["NumArticles"], drone["NumSources"]) == ("4", "2", "2")
    assert drone["Modality"] == "claimed;denied"
    assert (drone["SQLDATE"], drone["MonthYear"], drone["Year"]) == ("20251229", "202512", "2025")
    assert (drone["Actor1Code"], drone["Actor1CountryCode"], drone["Actor1Type1Code"]) == ("UKRGOV", "UKR", "GOV")
    assert (drone["EventCode"], drone["EventRootCode"], drone["QuadClass"]) == ("18", "18", "4")
    assert drone["ActionGeo_FullName"] == "Novgorod Oblast" and drone["ActionGeo_Lat"] == "58.5000"
    assert drone["SOURCEURL"] == "https://news.example.org/2025/12/29/drone-claim"
    assert re.fullmatch(r"\d{14}", drone["DATEADDED"])


def test_gdelt_export_splits_compound_actors_and_keeps_unknowns_empty(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "gdelt", "--all-modalities")
    rows = read_gdelt(out)
    talks = [r for r in rows if r["PloverType"] == "CONSULT"]
    assert sorted(r["Actor1Code"] for r in talks) == ["EGYGOV", "ISRGOV", "PSEREB"]
    assert {r["Actor2Code"] for r in talks} == {""}
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)
    aid = next(r for r in rows if r["PloverType"] == "AID")  # dated to the month only
    assert (aid["SQLDATE"], aid["MonthYear"], aid["FractionDate"]) == ("", "202601", "")
    undated = next(r for r in rows if r["PloverType"] == "RETREAT")
    assert (undated["SQLDATE"], undated["Year"]) == ("", "")
    eu = next(r for r in rows if r["PloverType"] == "SANCTION" and r["Actor1Code"] == "EUR")
    assert eu["SOURCEURL"] == "brussels-dump.txt"  # no URL: the input it came from


def test_gdelt_ids_are_stable_across_exports(db: Path, tmp_path: Path) -> None:
    first, _ = export(db, tmp_path, "--format", "gdelt")
    ids = [r["GLOBALEVENTID"] for r in read_gdelt(first)]
    second, _ = export(db, tmp_path, "--format", "gdelt")
    assert [r["GLOBALEVENTID"] for r in read_gdelt(second)] == ids


def test_plover_export_writes_plover_records(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "plover", "--actor-name", "Sergei Lavrov", "--role", "source")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1
    record = records[0]
    expected = [r[0] for r in documented("plover")]
    assert list(record) == expected
    assert record["actor"] == [
        {
            "code": "RUS",
            "sector": "GOV",
            "actor_text": "Sergei Lavrov",
            "office": "Foreign Minister",
            "full_code": "RUSGOV",
        }
    ]
    assert record["recipient"][0]["actor_text"] == "Ukraine"
    assert (record["event"], record["quad_code"], record["event_text"]) == ("ACCUSE", 3, ["said"])
    assert record["event_loc"] == {"name": "Moscow", "cc3": "RUS", "latitude": 55.7522, "longitude": 37.6156}
    assert record["cite_info"]["url"].endswith("/drone-claim") and record["modality"] == "asserted"
    assert record["text"].startswith("Russian Foreign Minister")
    assert record["text_info"]["end"] - record["text_info"]["start"] == len(record["text"])


def test_plover_export_keeps_claims_as_claims(db: Path, tmp_path: Path) -> None:
    out, _ = export(db, tmp_path, "--format", "plover", "--type", "ASSAULT", "--modality", "claimed")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3 and {r["modality"] for r in records} == {"claimed"}
    # the three mentions are one real-world event across articles: one cluster id
    (link,) = {r["link"] for r in records}
    assert link.endswith(":c-ukr-drone-attack-putin")


def test_export_to_standard_output(db: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "jsonl", "--country", "EGY"])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert [json.loads(line)["type"] for line in lines] == ["CONSULT"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "csv", "--since", "last week"], "--since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--format", "csv", "--type", "BOMBING"], "--type: expected one of AGREE"),
        (["--format", "csv", "--dyad", "R U", "-"], "--dyad: expected an actor code"),
        (["--format", "csv", "-o", "/nonexistent/folder/out.csv"], "folder /nonexistent/folder does not exist"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_bad_export_options_are_usage_errors(db: Path, arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["--db", str(db), "export", *arguments])
    assert result.exit_code == 2
    assert message in result.output


def test_export_of_a_missing_database_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "export", "--format", "csv"])
    assert result.exit_code == 1 and "run `newsgraph ingest` first" in result.output
