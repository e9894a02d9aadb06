"""Photo captions: separate the credit, flag archive photos, find the photo's date."""

from __future__ import annotations

import re

from newsgraph.dates import find_dates
from newsgraph.model import Caption

_TRAILING_PARENS = re.compile(r"\s*\(([^()]{1,120})\)\s*$")
_ARCHIVE_WORDS = re.compile(
    r"^(?:archives?|file(?:\s+(?:photo|picture|image))?|archive\s+(?:photo|picture|image)|stock(?:\s+photo)?)$",
    re.IGNORECASE,
)
_ARCHIVE_PREFIX = re.compile(r"^(?:FILE(?:\s+PHOTO)?|ARCHIVE(?:\s+PHOTO)?)\s*[:\-\u2013\u2014]\s*")
_CREDIT_SHAPE = re.compile(
    r"(?:\u00a9|\bvia\b|\bphoto(?:graph)?s?\b|\bimages?\b|\bcredit\b|\bhandout\b|\bpool\b|"
    r"\bstaff\b|/|\b(?:Inc|PBC|Ltd|LLC)\b|^(?:19|20)\d\d\s+[A-Z])",
    re.IGNORECASE,
)
_PHOTO_BY = re.compile(r"\s*(?:Photo|Picture|Image|Credit)s?\s*(?:by|:)\s*(?P<credit>[^.]{2,80})\.?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+")
_AGENCY = re.compile(
    r"^(?:[A-Z][A-Z&.\-]{1,12}|Reuters|Getty Images|Xinhua|Anadolu(?: Agency)?|Sputnik|Bloomberg|"
    r"Associated Press|Shutterstock|Alamy|Handout)$"
)


def parse_caption(line: str) -> Caption:
    """Split a caption line into its text, credit, archive flag and the photo's date.

    ``"Xi and Mishustin attend talks on Thursday. (EPA)"`` → text without ``(EPA)``,
    credit ``EPA``; a trailing ``(archive)`` or ``(File photo)`` or a leading
    ``FILE PHOTO:`` marks an archive photo, whose date says nothing of the story's.
    """
    text = " ".join(line.split())
    archive = False
    credits: list[str] = []
    prefix = _ARCHIVE_PREFIX.match(text)
    if prefix:
        archive = True
        text = text[prefix.end() :]
    while (match := _TRAILING_PARENS.search(text)) is not None:
        inner = match.group(1).strip()
        if _ARCHIVE_WORDS.match(inner):
            archive = True
        elif _is_credit(inner):
            credits.insert(0, inner)
        else:
            break
        text = text[: match.start()].rstrip()
    if not credits:
        text, tail_credit = _split_tail_credit(text)
        if tail_credit:
            credits.append(tail_credit)
    dates = [d.as_date() for d in find_dates(text) if d.year is not None]
    photo_date = next((d.isoformat() for d in dates if d is not None), None)
    return Caption(
        text=text,
        credit=" / ".join(credits) if credits else None,
        date=photo_date,
        archive=archive,
    )


def _is_credit(inner: str) -> bool:
    words = inner.split()
    if len(words) > 12:
        return False
    return bool(_CREDIT_SHAPE.search(inner) or _AGENCY.match(inner)) and not inner.endswith(".")


def _split_tail_credit(text: str) -> tuple[str, str | None]:
    """Split "… on August 31, 2023. 2025 Planet Labs PBC, via Reuters" at its credit."""
    photo_by = _PHOTO_BY.search(text)
    if photo_by and photo_by.start() > 0:
        return text[: photo_by.start()].rstrip(), photo_by["credit"].strip()
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return text, None
    last = ends[-1]
    tail = text[last.end() :].strip()
    if not tail or tail.endswith((".", "!", "?")) or len(tail.split()) > 10:
        return text, None
    if _CREDIT_SHAPE.search(tail):
        return text[: last.end()].rstrip(), tail
    return text, None


def caption_with_credit(caption: Caption) -> str:
    """Return the caption as printed: its text followed by its credit in parentheses."""
    if caption.credit:
        return f"{caption.text} ({caption.credit})"
    return caption.text
