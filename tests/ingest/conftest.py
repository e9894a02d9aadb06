"""Fixtures for ingestion: the project's small news inputs, a WARC built from them, the CLI, a local web server."""

from __future__ import annotations

import contextlib
import io
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clirun import newsgraph

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
CRAWL_DATE = "2025-01-15T03:04:05Z"  # when the pages were archived: never their publication date

# (target URI, page file): the three HTML responses of the test WARC
WARC_PAGES = (
    ("https://nsenergy.example/articles/offshore-wind-approval?ref=rss", "wind-farm.html"),
    ("https://riversidepost.example/2024/04/13/city-museum-reopens", "museum-reopens.html"),
    ("https://lakelandgazette.example/education/school-meals", "school-meals.html"),
)

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def cli() -> Runner:
    return newsgraph


def summary_numbers(stdout: str) -> dict[str, int]:
    """The numbers of the summary `newsgraph ingest` prints, by label."""
    numbers = {}
    for line in stdout.splitlines():
        key, _, value = line.partition(":")
        first = value.split()[0] if value.split() else ""
        if first.isdigit():
            numbers[key.strip()] = int(first)
    return numbers


def _http_response(writer: WARCWriter, uri: str, status: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], "HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": CRAWL_DATE}
    )
    writer.write_record(record)


def write_warc(path: Path, gzip: bool = True) -> Path:
    """Write a crawl of three news pages, with the records a real crawl also holds around them."""
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsgraph tests", "format": "WARC"}))
        for uri, name in WARC_PAGES:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request)
            )
            _http_response(writer, uri, "200 OK", "text/html; charset=utf-8", (DATA / "warc-pages" / name).read_bytes())
            metadata = writer.create_warc_record(
                uri, "metadata", payload=io.BytesIO(b"outlinks: 12\n"), warc_content_type="text/plain"
            )
            writer.write_record(metadata)
        site = "https://riversidepost.example"
        _http_response(writer, f"{site}/images/hall.jpg", "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200))
        not_found = b"<html><body><h1>Page not found</h1><p>Try the search box.</p></body></html>"
        _http_response(writer, f"{site}/missing", "404 Not Found", "text/html", not_found)
        _http_response(writer, f"{site}/app.js", "200 OK", "application/javascript", b"console.log(1);")
    return path


@pytest.fixture
def warc_path(tmp_path: Path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz")


@dataclass(frozen=True)
class Crawl:
    """What the test WARC holds, and how to write another copy of it."""

    pages: tuple[tuple[str, str], ...]
    date: str
    write: Callable[..., Path]


@pytest.fixture(scope="session")
def crawl() -> Crawl:
    return Crawl(WARC_PAGES, CRAWL_DATE, write_warc)


@dataclass
class LocalSite:
    """A web server on 127.0.0.1 serving fixed routes; it remembers the user agents it saw."""

    base: str
    user_agents: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    declared_length: bool = True


@contextlib.contextmanager
def serve(routes: dict[str, dict[str, Any]]) -> Iterator[LocalSite]:
    """Serve ``routes`` (path → Route fields) on a free local port, in a thread, until the block ends."""
    served = {path: Route(**fields) for path, fields in routes.items()}
    site = LocalSite("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.user_agents.append(self.headers.get("User-Agent", ""))
            route = served.get(self.path, Route(b"<html><body>not here</body></html>", status=404))
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.declared_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            # the client may give up (a timeout, a size cap): that is the point of those tests
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def web_server() -> Callable[[dict[str, dict[str, Any]]], contextlib.AbstractContextManager[LocalSite]]:
    """Start a local web server: ``with web_server({"/a.html": {"body": b"..."}}) as site``."""
    return serve
