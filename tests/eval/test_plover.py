"""PLOVER GSR: old type names mapped, codes made ISO, top-type accuracy and dyad scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.eval.plover import GsrRecord, parse_gsr, score_plover, top_event
from newsgraph.eval.system import SysEvent

GSR = Path(__file__).resolve().parents[1] / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"


def gsr(*records: dict[str, object]) -> bytes:
    return json.dumps([{"id": "doc", "event": "DOCUMENT", "eventText": "notes"}, *records]).encode()


def record(event: str = "AGREE", **fields: object) -> dict[str, object]:
    return {
        "id": "r1",
        "event": event,
        "text": "Hungary and Romania agreed.",
        "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}],
        "target": [{"actorText": "Tokyo", "code": "JAP"}],
        **fields,
    }


def test_the_bundled_file_has_322_event_records_in_the_16_current_types() -> None:
    records = parse_gsr(GSR.read_bytes(), str(GSR))
    assert len(records) == 322
    assert len({r.type for r in records}) == 16
    assert not {r.type for r in records} & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    codes = {c for r in records for c in (*r.source, *r.target)}
    assert not {c for c in codes if c[:3] in {"JAP", "ITL", "VTN"}}


@pytest.mark.parametrize(
    ("old", "new", "mode"),
    [
        ("DEMAND", "REQUEST", None),
        ("DISAPPROVE", "ACCUSE", None),
        ("INVESTIGATE", "ACCUSE", "investigate"),
        ("FIGHT", "ASSAULT", None),
        ("AGREE", "AGREE", None),
    ],
)
def test_old_type_names_are_mapped(old: str, new: str, mode: str | None) -> None:
    (parsed,) = parse_gsr(gsr(record(old)), "gsr.json")
    assert (parsed.type, parsed.mode) == (new, mode)


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ({"code": "HUN", "sector": "GOV"}, "HUNGOV"),
        ({"code": "JAP", "sector": "GOV"}, "JPNGOV"),
        ({"code": "ITL"}, "ITA"),
        ({"code": "SRB", "sector": "CVLalb"}, "SRBCVL"),
        ({"code": "PHL", "sector": "REBMOS"}, "PHLREB"),
        ({"code": "ISR", "sector": "***"}, "ISR"),
        ({"code": "IGO", "sector": "REF"}, "IGOREF"),
    ],
)
def test_gold_actor_code_is_iso_country_and_primary_sector(actor: dict[str, str], code: str) -> None:
    (parsed,) = parse_gsr(gsr(record(source=[actor])), "gsr.json")
    assert parsed.source == (code,)


@pytest.mark.parametrize("target", ["", "diplomatic", None, []])
def test_a_missing_side_is_empty(target: object) -> None:
    (parsed,) = parse_gsr(gsr(record(target=target)), "gsr.json")
    assert parsed.target == ()


@pytest.mark.parametrize("data", [b"{}", b"not json", b"[1, 2]", json.dumps([{"event": "AGREE"}]).encode()])
def test_not_a_gsr_file_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(UsageError, match=r"PLOVER|record"):
        parse_gsr(data, "gsr.json")


def event(
    kind: str, source: tuple[str, ...] = ("HUNGOV",), target: tuple[str, ...] = ("JPN",), confidence: float = 0.5
) -> SysEvent:
    return SysEvent(kind, source, target, "asserted", None, None, "", confidence)


GOLD = GsrRecord("r1", "Hungary and Romania agreed.", "AGREE", None, ("HUNGOV", "ROUGOV"), ("JPN",))
OTHER = GsrRecord("r2", "Iraq rejected it.", "REJECT", None, ("IRQGOV",), ())


def figures(items: list[tuple[GsrRecord, list[SysEvent]]]) -> dict[str, float]:
    return {k.removeprefix("plover.events."): round(v, 4) for k, v in score_plover(items, "t").metrics().items()}


def test_perfect_output_scores_one() -> None:
    metrics = figures([(GOLD, [event("AGREE")]), (OTHER, [event("REJECT", ("IRQGOV",), ())])])
    assert set(metrics.values()) == {1.0}


def test_empty_output_scores_zero() -> None:
    assert set(figures([(GOLD, []), (OTHER, [])]).values()) == {0.0}


def test_top_type_is_the_most_confident_event() -> None:
    metrics = figures([(GOLD, [event("REJECT", confidence=0.4), event("AGREE", confidence=0.9)]), (OTHER, [])])
    assert metrics["top_type.accuracy"] == 0.5
    metrics = figures([(GOLD, [event("REJECT", confidence=0.9), event("AGREE", confidence=0.4)]), (OTHER, [])])
    assert metrics["top_type.accuracy"] == 0.0
    assert (metrics["type.precision"], metrics["type.recall"]) == (0.5, 0.5)  # the AGREE event is still found


@pytest.mark.parametrize(
    ("system", "dyad_recall"),
    [
        (event("AGREE"), 1.0),
        (event("AGREE", source=("ROUGOV",)), 1.0),  # either compound actor
        (event("AGREE", source=("HUN",)), 0.0),  # a full gold code needs the full code
        (event("AGREE", target=("JPNGOV",)), 1.0),  # a country-only gold code accepts any JPN… code
        (event("AGREE", target=("CHN",)), 0.0),
        (event("REJECT"), 0.0),
    ],
)
def test_dyad_uses_the_code_matching_rule(system: SysEvent, dyad_recall: float) -> None:
    assert figures([(GOLD, [system])])["dyad.recall"] == dyad_recall


def test_per_type_figures() -> None:
    metrics = figures([(GOLD, [event("AGREE"), event("REJECT")]), (OTHER, [event("REJECT", ("USAGOV",))])])
    assert metrics["by_type.AGREE.top_type_accuracy"] == 1.0
    assert (metrics["by_type.AGREE.dyad_p"], metrics["by_type.AGREE.dyad_r"]) == (1.0, 1.0)
    assert (metrics["by_type.REJECT.dyad_p"], metrics["by_type.REJECT.dyad_r"]) == (0.0, 0.0)
    assert (metrics["dyad.precision"], metrics["dyad.recall"]) == (0.3333, 0.5)


def test_top_event_prefers_the_first_of_equals() -> None:
    first, second = event("AGREE"), event("REJECT")
    assert top_event([first, second]) is first
    assert top_event([]) is None
