"""The FastAPI application: the JSON API under /api and the web UI, from one settings object.

``create_app(settings)`` builds the app that ``newsgraph serve`` runs: the database
is opened read-only for each request; the upload endpoint writes only when an API
key is configured; CORS is off unless ``cors_origins`` names origins; every page
and asset is served by the app itself (nothing from a CDN), under a Content
Security Policy that allows no inline script.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsgraph import __version__
from newsgraph.settings import Settings
from newsgraph.web import api_routes, pages, upload
from newsgraph.web.errors import install_error_handlers
from newsgraph.web.templating import configure

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

DESCRIPTION = """\
Read-only access to a newsgraph database: articles with everything extracted from
them, events (PLOVER types with modality, evidence and CAMEO-style fields), actors
across articles, quotes and statistics.

Listings take `limit` and `offset` and answer with `items` and the `total` that
matched. Every error is `{"error": {"code", "message", "details"}}`. Uploading
(POST /api/articles) needs the configured API key in the `X-API-Key` header.
"""


def create_app(settings: Settings) -> FastAPI:
    """Build the web application over the database named in ``settings``."""
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's docs pages load scripts from a CDN; /api describes the API instead
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    folder = Path(str(resources.files("newsgraph.web")))
    app.state.templates = configure(Jinja2Templates(directory=str(folder / "templates")))
    install_error_handlers(app)
    app.include_router(api_routes.router)
    app.include_router(upload.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(folder / "static")), name="static")
    origins = [o.strip() for o in (settings.cors_origins or "").split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["X-API-Key", "Content-Type"],
        )

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def openapi_spec(settings: Settings) -> dict[str, Any]:
    """The OpenAPI document of the app (for tests and for `newsgraph serve --openapi`)."""
    return create_app(settings).openapi()
