"""Who a quote is attributed to in the text: the cue, the words naming the speaker, the channel.

Attribution reads the parse around a cue (a speech verb such as "said", or "according
to") and returns the stretch of text that names the speaker: a name, a title and name,
a pronoun, an institution ("the ministry") or a statement ("the statement added").
Turning that stretch into a name or an actor is ``speakers``' job.

The channel is kept apart from the speaker: "told AFP" (AFP is the addressee), "in a
post on X", "according to a readout by the official Xinhua news agency", "the state
TASS news agency cited Kremlin spokesman Dmitry Peskov as saying".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from newsgraph.extract.layout import Layout
from newsgraph.extract.quote_marks import MarkedQuote
from newsgraph.lexicon.speech import SpeechCues

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "advmod", "quantmod"})
PLATFORM_PREPS = frozenset({"on", "with", "to", "by", "from", "via", "of"})
# arcs along which a cue without a subject of its own inherits its governor's subject:
# "met with Li, saying ...", "admitted ... but claimed ...", "Peskov, who said ..."
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "relcl"})
_CLIMB_LIMIT = 4
_ANCESTOR_LIMIT = 12


@dataclass(frozen=True)
class SpeakerRef:
    """The words in an attribution that name or point at a speaker."""

    head: int  # token index of the noun phrase's head
    start: int
    end: int
    media: bool = False  # a news medium: a channel, when someone else is named as speaker


@dataclass(frozen=True)
class Attribution:
    """A cue, the speaker it names (if any), and the channel it names (if any)."""

    cue: str
    cue_at: int
    speaker: SpeakerRef | None
    channel: str | None = None


def is_cue(token: Token, cues: SpeechCues) -> bool:
    """Tell whether a token is a speech verb or the start of "according to"."""
    if is_according(token, cues):
        return True
    if not (token.pos_ == "VERB" or token.tag_.startswith("VB")):
        return False
    return token.lemma_.lower() in cues.verbs or token.lower_ in cues.forms


def cue_tokens(layout: Layout, cues: SpeechCues, start: int, end: int) -> list[Token]:
    """The cues that start inside ``[start, end)`` and outside every direct quote."""
    return [t for t in layout.tokens(start, end) if not layout.quoted(t.idx) and is_cue(t, cues)]


def attribution(layout: Layout, cues: SpeechCues, cue: Token, adjacent: bool = True) -> Attribution:
    """Read the speaker and channel a cue names.

    With ``adjacent`` a cue whose parse gives no subject takes the noun phrase right
    after or before it ("said the spokesman"); without it only the parse counts.
    """
    if is_according(cue, cues):
        return _according(layout, cues, cue)
    quoting = _quoting_verb(layout, cues, cue)
    if quoting is not None:
        return _quoted_as_saying(layout, cues, quoting, cue)
    subject = _subject(layout, cues, cue, adjacent)
    speaker = reference(layout, cues, subject) if subject is not None else None
    return Attribution(cue.text, cue.idx, speaker, _channel(layout, cues, cue))


def attribute_direct(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> Attribution | None:
    """Find the attribution of a direct quote: the cue governing it, after it, or before it."""
    candidates = [attribution(layout, cues, cue, adjacent=False) for cue in _ancestor_cues(layout, cues, quote)]
    candidates += [attribution(layout, cues, cue) for cue in _trailing_cues(layout, cues, quote)]
    candidates += [attribution(layout, cues, cue) for cue in _leading_cues(layout, cues, quote)]
    return choose(layout, candidates)


def choose(layout: Layout, candidates: list[Attribution]) -> Attribution | None:
    """Pick the first attribution naming a speaker, preferring a person over a medium."""
    named = [a for a in candidates if a.speaker is not None]
    channels = [a.channel for a in candidates if (a.speaker is None or a.speaker.media) and a.channel]
    if not named:
        return replace(candidates[0], channel=channels[0]) if channels else None
    best = named[0]
    assert best.speaker is not None
    if best.speaker.media:
        other = next((a for a in named[1:] if a.speaker is not None and not a.speaker.media), None)
        if other is not None:
            medium = noun_phrase_name(layout, layout.doc[best.speaker.head])
            return replace(other, channel=other.channel or medium)
    if best.channel is None and channels:
        return replace(best, channel=channels[0])
    return best


def _ancestor_cues(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> list[Token]:
    """Cues outside the quote that govern its words in the parse, the closest governor first."""
    found: dict[int, tuple[int, int]] = {}
    for token in layout.tokens(quote.start, quote.end):
        current: Token | None = token
        for step in range(_ANCESTOR_LIMIT):
            current = layout.head_in_paragraph(current) if current is not None else None
            if current is None:
                break
            if not layout.quoted(current.idx) and is_cue(current, cues):
                distance = min(abs(current.idx - quote.start), abs(current.idx - quote.end))
                found[current.i] = min(found.get(current.i, (step, distance)), (step, distance))
    return [layout.doc[i] for i in sorted(found, key=lambda i: found[i])]


def _trailing_cues(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> list[Token]:
    """Cues in the rest of the sentence after the quote ("…," Lavrov said), in order."""
    paragraph = layout.paragraph(quote.end)
    after = quote.after
    tokens = layout.tokens(after, paragraph.end)
    if not tokens:
        return []
    ends_sentence = layout.text[quote.start : quote.end].rstrip()[-1:] in (".", "!", "?", "…")
    first_word = next((t for t in tokens if not t.is_punct), None)
    if first_word is None or (ends_sentence and first_word.is_sent_start):
        return []
    sentence_end = layout.sentence(first_word.idx)[1]
    next_quote = layout.next_quote_start(after)
    end = min(sentence_end, paragraph.end, next_quote if next_quote is not None else paragraph.end)
    return cue_tokens(layout, cues, after, end)


def _leading_cues(layout: Layout, cues: SpeechCues, quote: MarkedQuote) -> list[Token]:
    """Cues earlier in the sentence that opens with the quote's attribution, nearest first."""
    paragraph = layout.paragraph(quote.opened)
    before = layout.previous_char(quote.opened, paragraph.start)
    if not before or before in ".!?…":
        return []
    at = quote.opened - 1
    while at > paragraph.start and layout.text[at].isspace():
        at -= 1
    start = max(layout.sentence(at)[0], paragraph.start)
    return list(reversed(cue_tokens(layout, cues, start, quote.opened)))


def is_according(token: Token, cues: SpeechCues) -> bool:
    if token.lower_ not in cues.according_starts:
        return False
    for phrase in cues.according:
        if token.lower_ == phrase[0] and all(
            token.i + k < len(token.doc) and token.doc[token.i + k].lower_ == word for k, word in enumerate(phrase)
        ):
            return True
    return False


def _according(layout: Layout, cues: SpeechCues, cue: Token) -> Attribution:
    """ "according to X": X speaks, unless X is a channel ("a readout by Xinhua")."""
    doc = cue.doc
    phrase = next(p for p in cues.according if doc[cue.i : cue.i + len(p)].text.lower().split() == list(p))
    last = doc[cue.i + len(phrase) - 1]
    source = next((c for c in last.children if c.dep_ == "pobj"), None)
    if source is None and cue.i + len(phrase) < len(doc):
        source = _noun_phrase_head(doc[cue.i + len(phrase)])
    text = doc[cue.i : cue.i + len(phrase)].text
    if source is None or not layout.same_paragraph(source.idx, cue.idx) or layout.quoted(source.idx):
        return Attribution(text, cue.idx, None)
    if source.lemma_.lower() in cues.not_speakers or source.lower_ in cues.not_speakers:
        return Attribution(text, cue.idx, None)
    if _is_channel_noun(cues, source):
        agent = _platform(layout, cues, source)
        if agent is None:
            return Attribution(text, cue.idx, None, _np_text(source))
        channel = noun_phrase_name(layout, agent)
        if is_medium(cues, agent):
            return Attribution(text, cue.idx, None, channel)
        # the readout's author speaks only when no one else in the sentence does
        relay = replace(reference(layout, cues, agent), media=True)
        return Attribution(text, cue.idx, relay, channel)
    return Attribution(text, cue.idx, reference(layout, cues, source))


def _quoting_verb(layout: Layout, cues: SpeechCues, cue: Token) -> Token | None:
    """The "cited"/"quoted" of "<channel> cited <speaker> as saying", from either verb."""
    if cue.lemma_.lower() in cues.quoting and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        return cue
    head = layout.head_in_paragraph(cue)
    if head is not None and head.lower_ == "as":
        verb = layout.head_in_paragraph(head)
        if verb is not None and verb.lemma_.lower() in cues.quoting:
            return verb
    return None


def _quoted_as_saying(layout: Layout, cues: SpeechCues, verb: Token, cue: Token) -> Attribution:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    speaker_deps = ("nsubjpass",) if passive else ("dobj",)
    speaker = next((c for c in verb.children if c.dep_ in speaker_deps), None)
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        medium = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        medium = next((c for c in subjects if c.ent_type_ == "ORG"), subjects[0] if subjects else None)
    ref = reference(layout, cues, speaker) if speaker is not None else None
    channel = noun_phrase_name(layout, medium) if medium is not None else None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    saying = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None) if prep is not None else None
    written = f"{verb.text} … as {saying.text}" if saying is not None else verb.text
    return Attribution(written, verb.idx, ref, channel)


def _subject(layout: Layout, cues: SpeechCues, cue: Token, adjacent: bool) -> Token | None:
    """The subject of a cue: its own, its governor's, or the noun phrase next to it."""
    current = cue
    for _ in range(_CLIMB_LIMIT):
        subjects = [c for c in current.children if c.dep_ == "nsubj" and _usable(layout, c, cue)]
        named = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
        if named:
            return named[0]  # "tankers that the Treasury said …": the Treasury, not "that"
        if subjects:
            # "Peskov, who said …": the noun the relative clause hangs on
            return layout.head_in_paragraph(current) if current.dep_ == "relcl" else None
        head = layout.head_in_paragraph(current)
        if head is None:
            break
        if current.dep_ == "acl":
            if head.lemma_.lower() not in cues.channels:
                break  # "a reaction to Ottawa declaring …": the noun does not speak
            current = layout.head_in_paragraph(head) or head  # "a paper calling for …": the paper's issuer
            continue
        if current.dep_ not in _CLIMB_DEPS:
            break
        current = head
    return _adjacent_noun(layout, cue) if adjacent else None


def _adjacent_noun(layout: Layout, cue: Token) -> Token | None:
    """The noun phrase right after the cue ("said the spokesman") or right before it ("Lavrov said")."""
    doc = cue.doc
    for step in (1, -1):
        at = cue.i + step
        while 0 <= at < len(doc) and (doc[at].dep_ in ("advmod", "aux", "neg") or doc[at].lower_ in ("also",)):
            at += step
        if not 0 <= at < len(doc):
            continue
        token = doc[at]
        if token.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or not _usable(layout, token, cue):
            continue
        head = _noun_phrase_head(token)
        if head is not None and _usable(layout, head, cue) and head.ent_type_ not in TIME_LABELS:
            return head
    return None


def _noun_phrase_head(token: Token) -> Token | None:
    current = token
    while current.dep_ in NP_LEFT_DEPS and current.head.i > current.i:
        current = current.head
    return current if current.pos_ in ("PROPN", "NOUN", "PRON") else None


def _usable(layout: Layout, token: Token, cue: Token) -> bool:
    return layout.same_paragraph(token.idx, cue.idx) and not layout.quoted(token.idx) and not token.is_punct


def _channel(layout: Layout, cues: SpeechCues, cue: Token) -> str | None:
    """The medium a cue names: "in a statement", "in a post on X", "told AFP", "said on Telegram"."""
    for child in cue.children:
        if not _usable(layout, child, cue):
            continue
        if child.dep_ == "prep":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if child.lower_ in ("in", "during") and _is_channel_noun(cues, obj):
                platform = _platform(layout, cues, obj)
                return noun_phrase_name(layout, platform) if platform is not None else _np_text(obj)
            if child.lower_ in ("on", "via") and obj.ent_type_ not in TIME_LABELS and _is_outlet(cues, obj):
                return noun_phrase_name(layout, obj)
        if child.dep_ == "ccomp" and media_report(layout, cues, child):
            subject = next(c for c in child.children if c.dep_ == "nsubj")
            return noun_phrase_name(layout, subject)  # "Officials said …, state media reported"
        addressee = child.dep_ in ("dobj", "dative") and child.ent_type_ != "PERSON"
        if cue.lemma_.lower() == "tell" and addressee and _is_outlet(cues, child):
            return noun_phrase_name(layout, child)
    return None


def media_report(layout: Layout, cues: SpeechCues, verb: Token) -> bool:
    """Tell whether a clause is only "<medium> reported", with no complement of its own."""
    if not is_cue(verb, cues) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_medium(cues, subject)


def _is_channel_noun(cues: SpeechCues, token: Token) -> bool:
    return token.lemma_.lower() in cues.channels or token.lower_ in cues.channels


def _platform(layout: Layout, cues: SpeechCues, channel: Token) -> Token | None:
    """The named platform or author of a channel noun: "a post on X", "a readout by Xinhua".

    The author may also hang off a participle: "a readout published by the Kremlin".
    """
    preps = [c for c in channel.children if c.dep_ in ("prep", "agent")]
    preps += [p for c in channel.children if c.dep_ == "acl" for p in c.children if p.dep_ in ("prep", "agent")]
    for prep in preps:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in PLATFORM_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in TIME_LABELS and (obj.ent_type_ or obj.text[:1].isupper()):
                return obj
            if obj is not None and is_medium(cues, obj):
                return obj
    return None


def _is_outlet(cues: SpeechCues, token: Token) -> bool:
    return token.ent_type_ == "ORG" or (token.pos_ == "PROPN" and not token.ent_type_) or is_medium(cues, token)


def is_medium(cues: SpeechCues, token: Token) -> bool:
    """Tell whether a noun phrase names a news medium ("the state TASS news agency", "state media")."""
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "appos"))]
    words += [c for w in list(words) if w.dep_ == "appos" for c in w.children if c.dep_ == "compound"]
    return any(w.lemma_.lower() in cues.media or w.lower_ in cues.media for w in words)


def reference(layout: Layout, cues: SpeechCues, token: Token) -> SpeakerRef:
    """The stretch naming a speaker whose noun phrase is headed by ``token``."""
    entity = _entity(layout, token) or _appositive_entity(layout, token)
    media = is_medium(cues, token)
    if entity is not None:
        start, end = _trimmed(entity)
        return SpeakerRef(entity.root.i, start, end, media)
    if token.pos_ == "PRON":
        return SpeakerRef(token.i, token.idx, token.idx + len(token), media)
    edges = [c.left_edge for c in token.lefts if c.dep_ in NP_LEFT_DEPS and layout.same_paragraph(c.idx, token.idx)]
    left = min(edges, key=lambda t: t.i) if edges else token
    while left.i < token.i and left.lower_ in DETERMINERS:
        left = token.doc[left.i + 1]
    return SpeakerRef(token.i, left.idx, token.idx + len(token), media)


def _entity(layout: Layout, token: Token) -> TokenSpan | None:
    if token.ent_type_ not in NAME_LABELS:
        return None
    return layout.entity_of(token)


def _appositive_entity(layout: Layout, token: Token) -> TokenSpan | None:
    """The name given in apposition to a common noun: "the spokesman, Dmitry Peskov", "the state TASS agency"."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "appos" and layout.same_paragraph(child.idx, token.idx):
            for word in child.subtree:
                entity = _entity(layout, word)
                if entity is not None and word.i <= child.i:
                    return entity
    return None


def _trimmed(entity: TokenSpan) -> tuple[int, int]:
    """An entity's offsets without a leading "the" and a trailing possessive."""
    tokens = list(entity)
    while len(tokens) > 1 and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].lower_ in ("'s", "’s", "'"):
        tokens = tokens[:-1]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def noun_phrase_name(layout: Layout, token: Token) -> str:
    """The best short name of a noun phrase: a name inside it, else its words without determiners."""
    entity = _entity(layout, token) or _appositive_entity(layout, token)
    if entity is None:
        words = [w for c in token.children if c.dep_ in ("compound", "appos") for w in c.subtree]
        entity = next((e for w in words if (e := _entity(layout, w)) is not None and e.label_ == "ORG"), None)
    if entity is None:
        return _without_abbreviation_stop(_np_text(token))
    proper = [t for t in entity if t.pos_ == "PROPN"]
    if proper and len(proper) < len(entity) and proper[-1].i - proper[0].i + 1 == len(proper):
        return _without_abbreviation_stop(" ".join(t.text for t in proper))  # "Xinhua news agency" -> "Xinhua"
    start, end = _trimmed(entity)
    return _without_abbreviation_stop(layout.text[start:end])


def _without_abbreviation_stop(name: str) -> str:
    """Drop a full stop the tokenizer glued to a one-word name at a sentence end ("on X.")."""
    if name.endswith(".") and "." not in name[:-1] and " " not in name:
        return name[:-1]
    return name


def _np_text(token: Token) -> str:
    words = [w for w in token.lefts if w.dep_ in NP_LEFT_DEPS and w.lower_ not in DETERMINERS and w.dep_ != "poss"]
    words = [w for w in words if w.dep_ != "case"]
    return " ".join([*(w.text for w in words), token.text])
