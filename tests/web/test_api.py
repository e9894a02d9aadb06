"""The REST API against the real app and a real SQLite file: listings, records, errors, safety."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventcorpus import Draft, save_all
from newsgraph.api import create_app
from newsgraph.settings import Settings
from newsgraph.store import open_store

OUTPUT_EVENT_FIELDS = {
    "id", "cluster", "type", "mode", "context", "cameo", "quad", "goldstein", "source", "target", "modality",
    "date", "location", "evidence", "trigger", "confidence",
}  # fmt: skip


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code and body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/actors", "/api/quotes"])
def test_listings_page_with_limit_offset_and_total(client: TestClient, path: str) -> None:
    whole = client.get(path, params={"limit": 1000}).json()
    first = client.get(path, params={"limit": 3}).json()
    second = client.get(path, params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == whole["total"] == len(whole["items"]) > 6
    assert first["items"] + second["items"] == whole["items"][:6]
    assert (first["limit"], first["offset"], first["next_offset"]) == (3, 0, 3)
    assert whole["next_offset"] is None


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({}, 28),
        ({"actor": "RUS"}, 13),
        ({"actor": "rusgov", "role": "source"}, 6),
        ({"actor_name": "Vladimir Putin"}, 3),
        ({"dyad_source": "UKR", "dyad_target": "RUS"}, 5),
        ({"dyad_source": "UKR", "dyad_target": "RUS", "both_directions": "true"}, 8),
        ({"type": ["ASSAULT", "COERCE"]}, 6),
        ({"modality": "claimed"}, 3),
        ({"since": "2025-12", "until": "2025-12"}, 15),
        ({"since": "2026-01-15"}, 1),
        ({"place": "tehran"}, 4),
        ({"country": "RUS"}, 3),
        ({"text": "drone"}, 7),
        ({"quad": 1}, 2),
        ({"actor": "RUS", "type": "ASSAULT", "modality": "claimed"}, 2),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, Any], total: int) -> None:
    response = client.get("/api/events", params={**params, "limit": 100})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == total == len(response.json()["items"])


@pytest.mark.parametrize("url", ["/api/events?role=&actor=", "/api/actors?kind=&code=", "/api/quotes?since=&speaker="])
def test_empty_parameters_mean_no_filter(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200  # found by the schemathesis run


def test_event_records_speak_the_output_contract(client: TestClient) -> None:
    item = client.get("/api/events", params={"actor_name": "Sergei Lavrov", "role": "source"}).json()["items"][0]
    assert set(item) >= OUTPUT_EVENT_FIELDS
    assert item["source"] == ["a1"] and item["source_actors"][0]["name"] == "Sergei Lavrov"
    assert item["article"]["title"].startswith("Russia says")
    assert item["evidence"]["text"].startswith("Russian Foreign Minister")
    article_id, event_id = item["key"].split("/")
    assert client.get(f"/api/events/{article_id[:8]}/{event_id}").json() == item


def test_one_article_holds_everything_extracted_from_it(client: TestClient, corpus_db: Path) -> None:
    listed = client.get("/api/articles", params={"q": "Taiwan"}).json()["items"]
    assert len(listed) == 1
    record = client.get(f"/api/articles/{listed[0]['id'][:7]}").json()
    with open_store(str(corpus_db), read_only=True) as store:
        analysis = store.load(listed[0]["id"])
        origins = store.origins(listed[0]["id"])
    assert analysis is not None
    assert record == json.loads(json.dumps({**analysis.to_dict(), "origins": origins}))
    assert len(record["events"]) == 3 and len(record["quotes"]) == 2


def test_article_search_counts_every_hit(client: TestClient) -> None:
    body = client.get("/api/articles", params={"q": "drone", "limit": 1}).json()
    assert body["total"] == 2 and len(body["items"]) == 1 and body["next_offset"] == 1


def test_actor_profile(client: TestClient) -> None:
    body = client.get("/api/actors/Russia").json()  # the only code the name carries is chosen
    assert (body["name"], body["code"], body["articles"], body["mentions"]) == ("Russia", "RUSGOV", 3, 6)
    assert body["events_as_source"]["total"] == 4 and body["events_as_target"]["total"] == 3
    assert {p["name"] for p in body["partners"]} >= {"Ukraine", "European Union", "United States"}
    speaker = client.get("/api/actors/andrii sybiha", params={"code": "UKRGOV"}).json()
    assert speaker["quotes"]["items"][0]["text"] == "another lie designed to undermine peace talks."
    assert speaker["roles"] == [{"role": "Foreign Minister", "count": 1}]
    assert client.get("/api/actors/Analysts", params={"code": "-"}).json()["code"] is None


def test_an_ambiguous_actor_name_asks_for_a_code(tmp_path: Path) -> None:
    drafts = []
    for index, code in enumerate(("CHNGOV", "CHN")):
        draft = Draft(f"Story {index}", [f"Beijing said {index} things."], "2025-12-01", index=index)
        draft.actor("a1", "Beijing", "country", code, "Beijing")
        drafts.append(draft.build())
    db = save_all(tmp_path / "two.db", drafts)
    with TestClient(create_app(Settings(db=str(db)))) as client:
        error = assert_error(client.get("/api/actors/Beijing"), 422, "ambiguous_actor")
        assert "CHN, CHNGOV" in error["message"]
        assert client.get("/api/actors/Beijing", params={"code": "chn"}).json()["code"] == "CHN"


def test_quotes_stats_and_locations(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "pigott"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker_actor"]["code"] == "USAGOV"
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 28 and stats["undated_events"] == 6
    assert stats["top_dyads"][0] == {"source": "UKRGOV", "target": "RUSGOV", "events": 5}
    claimed = client.get("/api/stats", params={"modality": "claimed"}).json()
    assert claimed["events_by_type"] == {"ASSAULT": 3}
    places = client.get("/api/locations", params={"type": "PROTEST"}).json()
    assert [(p["name"], p["events"]) for p in places] == [("Tehran", 1)]


@pytest.mark.parametrize(
    ("method", "url", "status", "code", "expected"),
    [
        ("GET", "/api/events?limit=0", 422, "invalid_parameter", "limit: expected a number of at least 1"),
        ("GET", "/api/events?limit=5000", 422, "invalid_parameter", "limit: expected a number of at most 1000"),
        ("GET", "/api/events?limit=ten", 422, "invalid_parameter", "limit: expected an integer, got 'ten'"),
        ("GET", "/api/events?since=yesterday", 422, "invalid_parameter", "since: expected a date as YYYY"),
        ("GET", "/api/events?until=2025-02-30", 422, "invalid_parameter", "until: expected a date as YYYY"),
        ("GET", "/api/events?since=2026&until=2025", 422, "invalid_parameter", "since: expected a date on or before"),
        ("GET", "/api/events?type=BOMBING", 422, "invalid_parameter", "type: expected one of 'AGREE', 'CONSULT'"),
        ("GET", "/api/events?modality=perhaps", 422, "invalid_parameter", "modality: expected one of 'asserted'"),
        ("GET", "/api/events?country=Iran", 422, "invalid_parameter", "country: expected an ISO 3166-1 alpha-3"),
        ("GET", "/api/events?actor=R%20U", 422, "invalid_parameter", "actor: expected an actor code"),
        ("GET", "/api/events?quad=9", 422, "invalid_parameter", "quad: expected a number of at most 4"),
        ("GET", "/api/actors?order=random", 422, "invalid_parameter", "order: expected events, mentions"),
        ("GET", "/api/articles/ffffffffffff", 404, "not_found", "no article with id 'ffffffffffff'"),
        ("GET", "/api/articles/not-hex", 404, "not_found", "no article with id 'not-hex'"),
        ("GET", "/api/actors/Nobody", 404, "not_found", "no actor named 'Nobody'"),
        ("GET", "/api/actors/Russia?code=USA", 404, "not_found", "no actor named 'Russia'"),
        ("GET", "/api/nowhere", 404, "not_found", "nothing at /api/nowhere"),
        ("DELETE", "/api/events", 405, "method_not_allowed", "DELETE is not allowed on /api/events"),
    ],
)
def test_errors_have_one_shape_and_say_what_was_expected(
    client: TestClient, method: str, url: str, status: int, code: str, expected: str
) -> None:
    error = assert_error(client.request(method, url), status, code)
    assert expected in error["message"]
    if code == "invalid_parameter":
        detail = error["details"][0]
        assert detail["parameter"] in url and detail["expected"] in error["message"]


def test_unknown_event_of_a_known_article_is_a_404(client: TestClient) -> None:
    key = client.get("/api/events", params={"limit": 1}).json()["items"][0]["key"]
    error = assert_error(client.get(f"/api/events/{key.split('/')[0]}/e999"), 404, "not_found")
    assert "no event 'e999'" in error["message"]


def test_method_not_allowed_keeps_the_allow_header(client: TestClient) -> None:
    assert "GET" in client.delete("/api/stats").headers["allow"]


def test_browsers_get_error_pages_and_the_api_gets_json(client: TestClient) -> None:
    page = client.get("/no/such/page", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "nothing at /no/such/page" in page.text
    api = client.get("/api/nothing", headers={"accept": "text/html"})
    assert_error(api, 404, "not_found")


def test_openapi_describes_every_endpoint_and_the_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/events/{article_id}/{event_id}",
        "/api/actors",
        "/api/actors/{name}",
        "/api/quotes",
        "/api/stats",
        "/api/locations",
    } <= set(paths)
    assert set(paths["/api/articles"]) == {"get", "post"}
    assert not [p for p in paths if not p.startswith("/api/")]  # pages are not API endpoints
    for path, operations in paths.items():
        for operation in operations.values():
            schema = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, path
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert spec["components"]["securitySchemes"]["APIKeyHeader"]["name"] == "X-API-Key"


def test_the_api_never_writes_the_database(corpus_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    before = db.read_bytes()
    with TestClient(create_app(Settings(db=str(db)))) as client:
        for url in ("/api/articles?q=drone", "/api/events", "/api/actors", "/api/actors/Russia", "/api/quotes"):
            assert client.get(url).status_code == 200
        assert client.get("/api/stats").status_code == 200
        assert client.post("/api/articles?filename=x.txt", content=b"text").status_code == 403
    assert db.read_bytes() == before
    assert not (tmp_path / "uploads").exists()


def test_a_missing_database_is_a_clear_503(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(db=str(tmp_path / "none.db")))) as client:
        error = assert_error(client.get("/api/events"), 503, "unavailable")
        assert "run `newsgraph ingest` first" in error["message"]


def test_no_cors_unless_configured(corpus_db: Path, client: TestClient) -> None:
    origin = {"origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/stats", headers=origin).headers
    settings = Settings(db=str(corpus_db), cors_origins="https://elsewhere.example, https://two.example")
    with TestClient(create_app(settings)) as allowed:
        response = allowed.get("/api/stats", headers=origin)
        assert response.headers["access-control-allow-origin"] == "https://elsewhere.example"
        other = allowed.get("/api/stats", headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("url", ["/", "/api/stats", "/articles", "/static/app.js"])
def test_responses_carry_a_strict_content_security_policy(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


# --- uploads ---------------------------------------------------------------------------


@pytest.fixture
def upload_db(corpus_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "upload.db"
    shutil.copy(corpus_db, db)
    return db


def uploader(db: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(db=str(db), **settings)))


STORY = {
    "title": "Parliament approves budget after long debate",
    "text": "The parliament in Oslo approved the national budget on Friday after a debate that lasted two days.",
    "published": "2025-12-12",
    "url": "https://example.org/budget",
}


def test_uploads_are_off_without_an_api_key(upload_db: Path) -> None:
    with uploader(upload_db) as client:
        error = assert_error(client.post("/api/articles?filename=a.jsonl", content=b"{}"), 403, "ingest_disabled")
        assert "NEWSGRAPH_API_KEY" in error["message"]


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"X-API-Key": "wrong"}, 401)])
def test_uploads_need_the_configured_key(upload_db: Path, headers: dict[str, str], status: int) -> None:
    with uploader(upload_db, api_key="s3cret") as client:
        response = client.post("/api/articles?filename=a.jsonl", content=b"{}", headers=headers)
        assert_error(response, status, "unauthorized")
        assert response.headers["www-authenticate"] == "ApiKey"


def test_an_upload_is_ingested_and_kept(upload_db: Path) -> None:
    body = json.dumps(STORY).encode("utf-8") + b"\n"
    with uploader(upload_db, api_key="s3cret") as client:
        response = client.post("/api/articles?filename=../../news.jsonl", content=body, headers={"X-API-Key": "s3cret"})
        assert response.status_code == 201, response.text
        result = response.json()
        assert (result["stored"], result["articles_found"], result["failures"]) == (1, 1, [])
        article = client.get(f"/api/articles/{result['articles'][0]}").json()["article"]
        assert article["title"] == STORY["title"] and article["published"]["value"] == "2025-12-12"
        again = client.post("/api/articles?filename=news.jsonl", content=body, headers={"X-API-Key": "s3cret"})
        assert again.status_code == 201 and again.json()["exact_duplicates"] == 1
        assert again.json()["articles"] == result["articles"]
    kept = list((upload_db.parent / "uploads").iterdir())
    assert len(kept) == 1 and kept[0].name.endswith("-news.jsonl")  # same bytes, one file; the path cut to its name
    assert kept[0].read_bytes() == body


@pytest.mark.parametrize(
    ("query", "body", "status", "code"),
    [
        ("filename=a.txt", b"x" * 300, 413, "too_large"),
        ("filename=a.txt", b"", 422, "empty_upload"),
        ("filename=a.bin", b"\x00\x01\x02\xff" * 20, 422, "unreadable_upload"),
        ("filename=a.txt&format=pdf", b"text", 422, "invalid_parameter"),
        ("filename=a.txt&published=30.12.2025", b"text", 422, "invalid_parameter"),
        ("format=text", b"text", 422, "invalid_parameter"),
    ],
)
def test_bad_uploads_are_refused_and_leave_nothing(
    upload_db: Path, query: str, body: bytes, status: int, code: str
) -> None:
    before = open_store(str(upload_db), read_only=True)
    count = before.stats()["articles"]
    before.close()
    with uploader(upload_db, api_key="k", upload_max_bytes=200) as client:
        assert_error(client.post(f"/api/articles?{query}", content=body, headers={"X-API-Key": "k"}), status, code)
    with open_store(str(upload_db), read_only=True) as store:
        assert store.stats()["articles"] == count
    uploads = upload_db.parent / "uploads"
    assert not uploads.exists() or not [p for p in uploads.iterdir() if p.name.endswith(".part")]


# --- pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", "Events over time, by quad class"),
        ("/events?actor=RUS&type=ASSAULT", "Vladimir Putin"),
        ("/articles?q=drone", "Moscow repeats drone attack accusation"),
        ("/actors?q=kallas", "Kaja Kallas"),
        ("/actors/Russia?code=RUSGOV", "Interactions"),
        ("/quotes?speaker=sybiha", "another lie designed to undermine peace talks."),
        ("/map?type=PROTEST", "Tehran"),
        ("/search?q=tehran", "Shopkeepers strike in Tehran as currency slumps"),
        ("/docs", "GET /api/events"),
    ],
)
def test_pages_render(client: TestClient, url: str, expected: str) -> None:
    page = client.get(url, headers={"accept": "text/html"})
    assert page.status_code == 200, page.text
    assert expected in page.text


@pytest.mark.parametrize("url", ["/events?since=yesterday", "/map?quad=7", "/quotes?since=soon"])
def test_a_bad_filter_on_a_page_shows_the_form_with_the_message(client: TestClient, url: str) -> None:
    page = client.get(url, headers={"accept": "text/html"})
    assert page.status_code == 422
    assert 'class="filters"' in page.text and "expected" in page.text


def test_every_page_escapes_article_text(hostile_db: Path) -> None:
    with TestClient(create_app(Settings(db=str(hostile_db)))) as client:
        article = client.get("/api/articles", params={"q": "convoy"}).json()["items"][0]["id"]
        actor = client.get("/api/actors", params={"q": "group"}).json()["items"][0]
        urls = [
            "/",
            "/events",
            "/articles",
            f"/articles/{article}?event=e1",
            "/actors",
            f"/actors/{actor['name']}?code={actor['code']}",
            "/quotes",
            "/map",
            "/search?q=convoy",
        ]
        for url in urls:
            html = client.get(url, headers={"accept": "text/html"}).text
            assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html, url
            assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", ""), url
        assert "&lt;script&gt;window.__xss" in client.get(f"/articles/{article}").text
