"""Scoring system records against a seed-style gold file: the whole report.

System articles are grouped by the input file they came from (``origin.path``)
and paired with gold articles by title; a gold article whose title no system
article carries is paired by position in its document (``origin.index``), so a
wrong title still lets its events, quotes, timexes and places be scored.
Segmentation itself counts titles only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.eval.gold import GoldArticle
from newsgraph.eval.matching import PRF, ratio
from newsgraph.eval.report import Report, Row, Section, prf_row
from newsgraph.eval.score_articles import Pairing, body_rows, captions, date_row, same_title, segmentation
from newsgraph.eval.score_events import LEVELS, NO_EVENTS, EventScores, score_article_events
from newsgraph.eval.score_marks import (
    NO_PLACES,
    NO_TIMEXES,
    GoldMark,
    PlaceScores,
    TimexScores,
    score_places,
    score_timexes,
)
from newsgraph.eval.score_quotes import NO_QUOTES, QuoteScores, score_article_quotes
from newsgraph.eval.system import SystemArticle
from newsgraph.eval.text import FoldedText, anchor


@dataclass(frozen=True)
class Alignment:
    """Gold articles paired with system articles, and what was left over."""

    pairs: tuple[Pairing, ...]
    extra: tuple[SystemArticle, ...]  # system articles of the gold's inputs paired with no gold article
    scored: tuple[SystemArticle, ...]  # every system article of the gold's inputs
    unrelated: int  # system articles from inputs the gold does not cover


def align(gold: Sequence[GoldArticle], system: Sequence[SystemArticle]) -> Alignment:
    """Pair gold articles with system articles, document by document."""
    docs = {g.doc for g in gold}
    only_doc = next(iter(docs)) if len(docs) == 1 else None
    scored = [s for s in system if s.doc in docs or (s.doc is None and only_doc is not None)]
    pairs: list[Pairing] = []
    used: set[int] = set()
    for g in gold:
        candidates = [i for i, s in enumerate(scored) if _doc_of(s, only_doc) == g.doc and i not in used]
        titled = [i for i in candidates if same_title(g, scored[i])]
        placed = [
            i
            for i in candidates
            if scored[i].position == g.position - 1 and not any(same_title(other, scored[i]) for other in gold)
        ]
        chosen = next(iter(titled or placed), None)
        if chosen is not None:
            used.add(chosen)
        pairs.append(Pairing(g, scored[chosen] if chosen is not None else None))
    extra = tuple(s for i, s in enumerate(scored) if i not in used)
    return Alignment(tuple(pairs), extra, tuple(scored), len(system) - len(scored))


def _doc_of(article: SystemArticle, only_doc: str | None) -> str | None:
    return article.doc if article.doc is not None else only_doc


def score_seed(gold: Sequence[GoldArticle], system: Sequence[SystemArticle], description: str) -> Report:
    """Score system articles against gold articles; return the full report."""
    alignment = align(gold, system)
    events, quotes, timexes, places = NO_EVENTS, NO_QUOTES, NO_TIMEXES, NO_PLACES
    for pair in alignment.pairs:
        article = pair.system
        body = FoldedText(article.text) if article else None
        events += score_article_events(pair.gold.events, article.events if article else (), body)
        quotes += score_article_quotes(pair.gold.quotes, article.quotes if article else (), body)
        gold_timexes = [GoldMark(anchor(body, t.text, t.context), t.value) for t in pair.gold.timexes]
        timexes += score_timexes(gold_timexes, article.timexes if article else ())
        gold_places = [
            GoldMark(anchor(body, p.text, p.context), p.country, None, p.context is None) for p in pair.gold.places
        ]
        places += score_places(gold_places, article.places if article else ())
    for extra in alignment.extra:
        # articles the gold does not know (a split or spurious one): what they claim is wrong
        events += score_article_events((), extra.events, None)
        quotes += score_article_quotes((), extra.quotes, None)
        places += score_places((), extra.places)
    sections = (
        _article_section(gold, alignment),
        Section("dates", "publication dates", (date_row(alignment.pairs),), ("wrong is worse than unknown",)),
        *_event_sections(gold, events),
        _quote_section(quotes),
        _timex_section(timexes),
        _place_section(places),
    )
    notes = []
    if alignment.unrelated:
        notes.append(f"{alignment.unrelated} system article(s) from inputs the gold does not cover were not scored")
    return Report("seed", description, sections, tuple(notes))


def _article_section(gold: Sequence[GoldArticle], alignment: Alignment) -> Section:
    docs = sorted({g.doc for g in gold})
    split = [
        segmentation([g for g in gold if g.doc == doc], [s for s in alignment.scored if s.doc in (doc, None)])
        for doc in docs
    ]
    total = sum(split, PRF(0, 0, 0))
    return Section(
        "articles",
        "articles",
        (
            prf_row("segmentation", total),
            prf_row("captions", captions(alignment.pairs, alignment.extra)),
            *body_rows(alignment.pairs),
        ),
        ("segmentation: exactly one system article with the gold title; captions: each once, credit included",),
    )


def _event_sections(gold: Sequence[GoldArticle], scores: EventScores) -> tuple[Section, Section]:
    levels = Section(
        "events",
        "events",
        tuple(prf_row(level, scores.levels[level]) for level in LEVELS),
        ("type: type + evidence; dyad: + source and target codes; full: + modality and date",),
    )
    gold_types = sorted({e.types[0] for g in gold for e in g.events if e.required and e.types})
    rows = []
    for kind in gold_types:
        per_level = scores.by_type.get(kind, {})
        figures: dict[str, float] = {}
        for level in LEVELS:
            prf = per_level.get(level, PRF(0, 0, 0))
            figures |= {f"{level}_p": prf.precision, f"{level}_r": prf.recall, f"{level}_f1": prf.f1}
        type_level = per_level.get("type", PRF(0, 0, 0))
        rows.append(Row(kind, figures, {"gold": type_level.gold, "system": type_level.system}))
    others = {k: v["type"].system for k, v in scores.by_type.items() if k not in gold_types and "type" in v}
    notes = ["a gold event counts under its first listed type, a system event under its own"]
    if others:
        listed = ", ".join(f"{k} {n}" for k, n in sorted(others.items()) if n)
        if listed:
            notes.append(f"system events of types the gold does not use: {listed}")
    return levels, Section("events.by_type", "events by type", tuple(rows), tuple(notes))


def _quote_section(scores: QuoteScores) -> Section:
    matched = scores.found.matched
    return Section(
        "quotes",
        "quotes",
        (
            prf_row("detection", scores.found),
            Row(
                "attribution",
                {"accuracy": ratio(scores.attributed, matched)},
                {"right": scores.attributed, "matched": matched},
            ),
        ),
        ("a quote matches when the texts overlap by half the shorter; attribution over matched quotes",),
    )


def _timex_section(scores: TimexScores) -> Section:
    gold = scores.found.gold
    return Section(
        "timexes",
        "timexes",
        (
            Row("detection", {"hit_rate": scores.found.recall}, {"hits": scores.found.matched, "gold": gold}),
            Row("value", {"accuracy": ratio(scores.right_value, gold)}, {"right": scores.right_value, "gold": gold}),
        ),
        ("the gold lists selected timexes, not all, so precision is not scored here; MEANTIME scores it",),
    )


def _place_section(scores: PlaceScores) -> Section:
    return Section(
        "places",
        "places",
        (
            prf_row("detection", scores.found),
            Row(
                "country",
                {"accuracy": ratio(scores.right_country, scores.located)},
                {"right": scores.right_country, "located": scores.located},
            ),
        ),
        ("hit: overlaps the gold text and has the gold country; the gold lists selected places",),
    )
