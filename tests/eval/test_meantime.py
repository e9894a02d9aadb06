"""MEANTIME: text rebuilt from tokens with offsets that line up, creation times, timex scores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.eval.meantime import iso_value, parse_meantime, rebuild_text, score_meantime
from newsgraph.eval.system import SysMark
from newsgraph.eval.text import Span

MEANTIME = Path(__file__).resolve().parents[1] / "data" / "meantime-en"
DOC = b"""<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en" url="u">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">'s</token>
<token number="2" sentence="0" t_id="3">iPod</token>
<token number="3" sentence="1" t_id="4">June</token>
<token number="4" sentence="1" t_id="5">9</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2008</token>
<token number="7" sentence="2" t_id="8">Jobs</token>
<token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">``</token>
<token number="10" sentence="2" t_id="11">today</token>
<token number="11" sentence="2" t_id="12">''</token>
<token number="12" sentence="2" t_id="13">(</token>
<token number="13" sentence="2" t_id="14">Monday</token>
<token number="14" sentence="2" t_id="15">)</token>
<token number="15" sentence="2" t_id="16">it</token>
<token number="16" sentence="2" t_id="17">costs</token>
<token number="17" sentence="2" t_id="18">$</token>
<token number="18" sentence="2" t_id="19">5</token>
<token number="19" sentence="2" t_id="20">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-06-09">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="2" type="DATE" value="2008-06-09">
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="3" type="DATE" value="2008-06-09">
<token_anchor t_id="14"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="4" type="DURATION" value="P1D">
</TIMEX3>
</Markables>
</Document>
"""


def test_text_is_rebuilt_as_printed_with_its_timexes_in_place() -> None:
    doc = parse_meantime(DOC, "x.xml")
    assert doc.text == 'Apple\'s iPod\n\nJune 9, 2008\n\nJobs said "today" (Monday) it costs $5.'
    assert doc.dct == "2008-06-09"
    assert [(t.text, t.value, t.type) for t in doc.timexes] == [
        ("June 9, 2008", "2008-06-09", "DATE"),
        ("today", "2008-06-09", "DATE"),
        ("Monday", "2008-06-09", "DATE"),
    ]


def test_creation_time_falls_back_to_the_timex_others_are_anchored_to() -> None:
    doc = parse_meantime(DOC.replace(b'"CREATION_TIME"', b'"NONE"'), "x.xml")
    assert doc.dct == "2008-06-09"


@pytest.mark.parametrize("data", [b"<html></html>", b"not xml at all", b"<Document></Document>"])
def test_not_a_meantime_document_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(UsageError, match="MEANTIME"):
        parse_meantime(data, "bad.xml")


def test_every_bundled_document_rebuilds_with_aligned_offsets() -> None:
    files = sorted(MEANTIME.rglob("*.xml"))
    assert len(files) == 120
    total = 0
    for path in files:
        doc = parse_meantime(path.read_bytes(), path.name)
        date.fromisoformat(doc.dct)  # every creation time is a day the system can be given
        for timex in doc.timexes:
            assert doc.text[timex.span.start : timex.span.end] == timex.text
        total += len(doc.timexes)
    assert total == 488


def test_token_offsets_index_the_rebuilt_text() -> None:
    tokens = [("1", 0, "A"), ("2", 0, "``"), ("3", 0, "quote"), ("4", 0, "''"), ("5", 0, "n't"), ("6", 1, "x")]
    text, offsets = rebuild_text(tokens)
    assert text == 'A "quote"n\'t\n\nx'
    assert [text[s.start : s.end] for s in offsets.values()] == ["A", '"', "quote", '"', "n't", "x"]


def mark(doc_text: str, text: str, value: str, kind: str = "DATE") -> SysMark:
    start = doc_text.index(text)
    return SysMark(Span(start, start + len(text)), text, value, kind)


def test_timex_scores_on_hand_built_output() -> None:
    doc = parse_meantime(DOC, "x.xml")
    system = [
        mark(doc.text, "June 9, 2008", "2008-06-09"),  # exact span, right value
        mark(doc.text, '"today"', "2008-06-10"),  # overlapping span, wrong value
        mark(doc.text, "iPod", "XXXX", "SET"),  # not a timex
    ]
    metrics = score_meantime([(doc, system)], "test").metrics()
    assert metrics["meantime.timexes.overlap.precision"] == pytest.approx(2 / 3)
    assert metrics["meantime.timexes.overlap.recall"] == pytest.approx(2 / 3)
    assert metrics["meantime.timexes.exact.recall"] == pytest.approx(1 / 3)
    assert metrics["meantime.timexes.value.accuracy"] == pytest.approx(1 / 3)
    assert metrics["meantime.timexes.type.accuracy"] == pytest.approx(2 / 3)
    assert metrics["meantime.timexes.by_type.DATE.recall"] == pytest.approx(2 / 3)
    assert metrics["meantime.timexes.by_type.DURATION.recall"] == 0.0


def test_empty_output_scores_zero() -> None:
    doc = parse_meantime(DOC, "x.xml")
    assert set(score_meantime([(doc, [])], "test").metrics().values()) == {0.0}


@pytest.mark.parametrize(
    ("value", "iso"),
    [("03-02-2009", "2009-02-03"), ("2009-02-03", "2009-02-03"), ("P1D", "P1D"), ("PRESENT_REF", "PRESENT_REF")],
)
def test_day_month_year_values_are_put_in_iso_order(value: str, iso: str) -> None:
    assert iso_value(value) == iso
