"""The one endpoint that writes: POST /api/articles ingests an uploaded file.

It is off unless an API key is configured (``api_key`` in the settings, or
``NEWSGRAPH_API_KEY``), and then every request must carry it in ``X-API-Key``.
The file is the request body, capped at ``upload_max_bytes``; it is kept in an
``uploads`` folder beside the database, named by its content hash, so every stored
article's origin points at the bytes it came from, and it goes through the same
pipeline as ``newsgraph ingest``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Security
from fastapi.security import APIKeyHeader
from starlette.concurrency import run_in_threadpool

from newsgraph.ingest.sniff import FORMATS
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.queries import articles_from_origin
from newsgraph.web.api_routes import ERRORS
from newsgraph.web.errors import ApiError
from newsgraph.web.schemas import ErrorResponse, IngestOut

router = APIRouter(prefix="/api")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the configured api_key")

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BODY_TYPES = ("application/octet-stream", "text/plain", "text/html", "application/x-ndjson", "application/gzip")


def uploads_folder(settings: Settings) -> Path:
    """Where uploaded files are kept: an ``uploads`` folder beside a SQLite database, else ./uploads."""
    if "://" in settings.db and not settings.db.startswith("sqlite:///"):
        return Path("uploads")
    return Path(settings.db.removeprefix("sqlite:///")).resolve().parent / "uploads"


def safe_filename(name: str) -> str:
    """A file name that cannot leave its folder: the last path part, odd characters replaced."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).lstrip(".")[:100]
    return cleaned or "upload"


def check_key(settings: Settings, given: str | None) -> None:
    """Refuse uploads unless a key is configured and the request carries exactly it."""
    if not settings.api_key:
        raise ApiError(
            403,
            "ingest_disabled",
            "uploads are turned off; start the server with an API key (NEWSGRAPH_API_KEY or api_key in "
            "newsgraph.toml) to accept them",
        )
    if not given:
        raise ApiError(401, "unauthorized", "uploads need the API key in the X-API-Key header")
    if not hmac.compare_digest(given.encode("utf-8"), settings.api_key.encode("utf-8")):
        raise ApiError(401, "unauthorized", "the X-API-Key header does not hold the configured API key")


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestOut,
    tags=["articles"],
    responses={
        **ERRORS,
        401: {"model": ErrorResponse, "description": "Missing or wrong API key"},
        403: {"model": ErrorResponse, "description": "Uploads are turned off (no API key configured)"},
        413: {"model": ErrorResponse, "description": "The upload is larger than upload_max_bytes"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the file's bytes: a text dump, HTML, an RSS/Atom feed, WARC or JSON Lines (may be gzip)",
            "content": {kind: {"schema": {"type": "string", "format": "binary"}} for kind in _BODY_TYPES},
        }
    },
)
async def upload_file(
    request: Request,
    filename: Annotated[str, Query(min_length=1, max_length=200, description="the file's name (its extension helps)")],
    api_key: Annotated[str | None, Security(api_key_header)] = None,
    format: Annotated[str | None, Query(max_length=10, description="text, html, feed, warc or jsonl")] = None,
    published: Annotated[
        str | None, Query(max_length=10, description="YYYY-MM-DD for articles that state no date")
    ] = None,
) -> dict[str, Any]:
    """Ingest an uploaded file (needs the API key); answer with what was stored."""
    settings: Settings = request.app.state.settings
    check_key(settings, api_key)
    if format is not None and format not in FORMATS:
        raise ApiError(422, "invalid_parameter", f"format: expected one of {', '.join(FORMATS)}, got {format!r}")
    if published is not None and not _DAY.match(published):
        raise ApiError(422, "invalid_parameter", f"published: expected a date as YYYY-MM-DD, got {published!r}")
    path = await _receive(request, settings, safe_filename(filename))
    overrides = {"format": format, "published": published}
    return await run_in_threadpool(_ingest, settings.with_overrides(overrides), path, filename)


async def _receive(request: Request, settings: Settings, name: str) -> Path:
    """Stream the body into the uploads folder, refusing it past the size cap; return the file."""
    cap = settings.upload_max_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise _too_large(cap, int(declared))
    folder = uploads_folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{uuid.uuid4().hex}-{name}.part"
    digest = hashlib.sha256()
    size = 0
    try:
        with partial.open("wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > cap:
                    raise _too_large(cap, size)
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise ApiError(422, "empty_upload", "the request body is empty; send the file's bytes as the body")
        # named by content: the same bytes uploaded twice are one file, and one origin
        final = folder / f"{digest.hexdigest()[:16]}-{name}"
        partial.replace(final)
    finally:
        partial.unlink(missing_ok=True)
    return final


def _too_large(cap: int, size: int) -> ApiError:
    return ApiError(
        413,
        "too_large",
        f"the upload has more than {cap} bytes (got {size} so far); split the file, or raise upload_max_bytes",
    )


def _ingest(settings: Settings, path: Path, filename: str) -> dict[str, Any]:
    with open_store(settings.db) as store:
        summary = ingest([str(path)], store, settings)
        articles = articles_from_origin(store, str(path))
    failures = [{"where": f.where, "reason": f.reason.value, "detail": f.detail} for f in summary.failures]
    if summary.articles_found == 0:
        reasons = "; ".join(f"{f['detail']} [{f['reason']}]" for f in failures) or "no article found"
        raise ApiError(422, "unreadable_upload", f"nothing could be read from {filename!r}: {reasons}")
    return {
        "filename": filename,
        "articles_found": summary.articles_found,
        "stored": summary.stored,
        "exact_duplicates": summary.exact_duplicates,
        "near_duplicates": summary.near_duplicates,
        "failures": failures,
        "articles": articles,
    }
