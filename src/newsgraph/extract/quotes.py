"""Quotes: who said what, with the speaker resolved.

``quotes_in`` finds direct quotes from their marks (``quote_marks``), reported speech
from the parse (``reported``), the cue, speaker words and channel of each
(``attribution``), and names each speaker (``speakers``), mapping it to an actor when
the actor extractor's mentions are passed in.

Choices a user should know:

- A quote split by its attribution (``"X," he said, "Y."``) gives two records with the
  same speaker: the text of a record is always one stretch of the article.
- A quote continued over paragraphs (newspaper style: each paragraph re-opens with a
  mark, only the last closes) is one record; its ``text`` leaves out the re-opening
  marks, so it is ``article.text[start:end]`` without those characters.
- A quote nested in another (single marks inside double ones) stays inside the outer
  quote: it is the speaker's words, quoting someone else.
- A fragment (``fragment: true``) is a short quote (at most five words) that does not
  open a sentence: scare quotes and quoted phrases ("the West's "dominance"").
  Its speaker comes only from a cue in its own sentence.
- A direct quote with no cue of its own takes the speaker of the nearest attributed
  quote in its paragraph when it opens a sentence (``"…," Li said. "…"``), or, when
  its paragraph holds nothing but quotes, the speaker of the paragraph before if
  that paragraph quotes someone. Its ``cue`` is then null.
- Reported speech ("Peskov said Russia would …") has ``direct: false`` and the reported
  clause as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.extract.attribution import (
    Attribution,
    attribute_direct,
    attribution,
    choose,
    is_cue,
    noun_phrase_name,
)
from newsgraph.extract.layout import Layout
from newsgraph.extract.quote_marks import ALL_MARKS, MarkedQuote, marked_quotes
from newsgraph.extract.reported import ReportedClause, reported_clauses
from newsgraph.extract.speakers import Resolved, SpeakerResolver
from newsgraph.lexicon.speech import SpeechCues, default_speech_cues
from newsgraph.model import Actor, Mention, Quote, Speaker
from newsgraph.nlp import Document

FRAGMENT_MAX_WORDS = 5  # longer quoted stretches are someone's words, not a quoted phrase
ATTRIBUTION_REACH = 4  # words between a cue and the comma or colon that hands over to the quote
SENTENCE_ENDS = ".!?…:"


@dataclass
class _Item:
    """A quote being built: where it is, how it is attributed, and who turned out to speak."""

    start: int
    end: int
    text: str
    direct: bool
    paragraph: int
    attribution: Attribution | None
    fragment: bool = False
    opens_sentence: bool = False
    speaker: Resolved | None = None
    channel: str | None = None
    cue: str | None = None


def quotes_in(
    document: Document,
    actors: Sequence[Actor] = (),
    mentions: Sequence[Mention] = (),
    cues: SpeechCues | None = None,
) -> list[Quote]:
    """Return the direct quotes and reported speech of an analysed article, in text order.

    ``actors`` and ``mentions`` come from the actor extractor; without them speakers
    are named from the text alone and ``Speaker.actor`` is null.
    """
    cues = cues if cues is not None else default_speech_cues()
    article = document.article
    marked = marked_quotes(article.text, article.paragraphs, cues.forms)
    layout = Layout(article.text, document.doc, article.paragraphs, [(q.opened, q.after) for q in marked])
    items = [_direct_item(layout, cues, quote) for quote in marked]
    items += _reported_items(layout, cues, reported_clauses(layout, cues))
    items.sort(key=lambda item: (item.start, item.end))
    resolver = SpeakerResolver(layout, cues, actors, mentions)
    for item in items:
        _attribute(layout, cues, resolver, item)
    for item in items:
        if item.speaker is None and item.direct and not item.fragment:
            _inherit(layout, items, item)
    return [_record(item) for item in items]


def _direct_item(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> _Item:
    paragraph = layout.paragraph_index(quote.opened)
    opens = _opens_sentence(layout, quote)
    short = quote.word_count(layout.text) <= FRAGMENT_MAX_WORDS
    fragment = short and not opens and not _follows_attribution(layout, cues, quote)
    found = attribute_direct(layout, cues, quote)
    if fragment and found is not None and not _same_sentence(layout, quote, found):
        found = None
    text = quote.text(layout.text)
    return _Item(quote.start, quote.end, text, True, paragraph, found, fragment, opens)


def _reported_items(layout: Layout, cues: SpeechCues, clauses: list[ReportedClause]) -> list[_Item]:
    items = []
    for clause in clauses:
        found = choose(layout, [attribution(layout, cues, clause.cue)])
        if found is None:
            continue
        text = layout.text[clause.start : clause.end]
        items.append(_Item(clause.start, clause.end, text, False, layout.paragraph_index(clause.start), found))
    return _without_relayed(layout, cues, items)


def _without_relayed(layout: Layout, cues: SpeechCues, items: list[_Item]) -> list[_Item]:
    """Drop a medium's report of someone's reported words, keeping the medium as their channel.

    "Novak told a forum that supplies would rise, state media reported" is Novak's
    speech through state media, not state media's speech about Novak.
    """
    dropped: set[int] = set()
    for number, outer in enumerate(items):
        ref = outer.attribution.speaker if outer.attribution else None
        if ref is None:
            continue
        medium = noun_phrase_name(layout, layout.doc[ref.head]) if ref.media else None
        for inner in items:
            found = inner.attribution
            if inner is outer or found is None or not outer.start <= found.cue_at < outer.end:
                continue
            relayed = found.speaker is not None and found.speaker.media
            if medium is not None and not relayed:
                dropped.add(number)  # "Novak told a forum that …, state media reported"
                inner.channel = inner.channel or medium
            elif relayed and not ref.media and found.speaker is not None:
                # "Officials said the border would reopen, state media reported", parsed the other way round
                dropped.add(items.index(inner))
                outer.channel = outer.channel or noun_phrase_name(layout, layout.doc[found.speaker.head])
                _end_before(layout, outer, min(found.cue_at, layout.doc[found.speaker.head].left_edge.idx))
    return [item for number, item in enumerate(items) if number not in dropped]


def _end_before(layout: Layout, item: _Item, limit: int) -> None:
    """Cut a reported clause before ``limit``, without the punctuation that led up to it."""
    end = min(item.end, limit)
    while end > item.start and (layout.text[end - 1].isspace() or layout.text[end - 1] in ",;:—–-"):
        end -= 1
    if end > item.start:
        item.end = end
        item.text = layout.text[item.start : end]


def _attribute(layout: Layout, cues: SpeechCues, resolver: SpeakerResolver, item: _Item) -> None:
    found = item.attribution
    if found is None:
        return
    item.cue = found.cue
    item.channel = item.channel or found.channel
    if found.speaker is None:
        return
    head = layout.doc[found.speaker.head]
    if item.channel is None and head.lemma_.lower() in cues.channels and not head.ent_type_:
        item.channel = head.lemma_.lower()  # "the statement added": the statement is the channel
    item.speaker = resolver.resolve(found.speaker)
    if item.speaker is not None:
        resolver.remember(item.speaker, item.channel)


def _inherit(layout: Layout, items: list[_Item], item: _Item) -> None:
    """Give a cue-less direct quote the speaker of the quote it continues."""
    source: _Item | None = None
    if item.opens_sentence:
        neighbours = [i for i in items if i.direct and i.paragraph == item.paragraph and i.speaker is not None]
        before = [i for i in neighbours if i.start < item.start]
        after = [i for i in neighbours if i.start > item.start]
        source = before[-1] if before else (after[0] if after else None)
    if source is None and _only_quotes(layout, items, item.paragraph) and item.paragraph > 0:
        previous = [i for i in items if i.paragraph == item.paragraph - 1]
        if any(i.direct for i in previous):
            spoken = [i for i in previous if i.speaker is not None]
            source = spoken[-1] if spoken else None
    if source is not None:
        item.speaker = source.speaker
        item.channel = item.channel or source.channel


def _only_quotes(layout: Layout, items: list[_Item], paragraph: int) -> bool:
    """Tell whether a paragraph holds nothing but direct quotes (and punctuation)."""
    span = layout.paragraphs[paragraph]
    inside = [(i.start, i.end) for i in items if i.direct and i.paragraph == paragraph]
    for at in range(span.start, span.end):
        if layout.text[at].isalnum() and not any(s <= at < e for s, e in inside):
            return False
    return bool(inside)


def _opens_sentence(layout: Layout, quote: MarkedQuote) -> bool:
    """Tell whether a quote starts its sentence (after a full stop, a colon or the paragraph start)."""
    paragraph = layout.paragraph(quote.opened)
    before = layout.text[paragraph.start : quote.opened].rstrip().rstrip(ALL_MARKS).rstrip()
    return not before or before[-1] in SENTENCE_ENDS


def _follows_attribution(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> bool:
    """Tell whether a quote comes right after "he said," or "she told reporters:" (the speaker's words)."""
    paragraph = layout.paragraph(quote.opened)
    if layout.previous_char(quote.opened, paragraph.start) not in (",", ":"):
        return False
    before = [t for t in layout.tokens(paragraph.start, quote.opened) if not t.is_punct and not t.is_space]
    return any(is_cue(t, cues) and not layout.quoted(t.idx) for t in before[-ATTRIBUTION_REACH:])


def _same_sentence(layout: Layout, quote: MarkedQuote, found: Attribution) -> bool:
    low = layout.sentence(quote.opened)[0]
    high = layout.sentence(max(quote.end - 1, quote.start))[1]
    return low <= found.cue_at < high


def _record(item: _Item) -> Quote:
    speaker = None
    if item.speaker is not None:
        speaker = Speaker(item.speaker.actor, item.speaker.name, item.speaker.start, item.speaker.end)
    return Quote(item.start, item.end, item.text, item.direct, speaker, item.cue, item.channel, item.fragment)
