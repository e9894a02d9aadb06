"""One error shape for every failure the API reports, and HTML pages for browsers.

Every API error is ``{"error": {"code": ..., "message": ..., "details": ...}}``:
``code`` is a stable word a program can test, ``message`` says what was expected
and what arrived, ``details`` (a list, or null) names each bad parameter. Pages
under ``/api`` (and clients that do not ask for HTML) get JSON; browsers get the
same message on an HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.errors import InvalidParameter, StoreError, UsageError
from newsgraph.web.deps import PATTERN_MEANINGS

log = logging.getLogger("newsgraph.api")

STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error the API answers with its status, code and message."""

    def __init__(self, status: int, code: str, message: str, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def wants_html(request: Request) -> bool:
    """Browsers asking for a page get HTML; the API and other clients get JSON."""
    path = request.url.path
    if path.startswith("/api") or path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    details: list[dict[str, Any]] | None,
    headers: dict[str, str] | None = None,
) -> Response:
    headers = {**(headers or {}), **({"WWW-Authenticate": "ApiKey"} if status == 401 else {})} or None
    if wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(  # type: ignore[no-any-return]
            request,
            "error.html",
            {"status": status, "code": code, "message": message, "details": details or []},
            status_code=status,
            headers=headers,
        )
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


_EXPECTED = {
    "int_parsing": "an integer",
    "int_type": "an integer",
    "float_parsing": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "missing": "a value (it is required)",
    "string_type": "a string",
    "int_from_float": "an integer",
}


def describe_validation_error(error: dict[str, Any]) -> dict[str, Any]:
    """Turn one pydantic error into {location, parameter, expected, got} in plain words."""
    location = [str(part) for part in error.get("loc", ())]
    where = location[0] if location else "request"
    parameter = ".".join(part for part in location[1:] if not part.isdigit()) or where  # type.0 is "type"
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
    elif kind == "greater_than_equal":
        expected = f"a number of at least {context.get('ge')}"
    elif kind == "less_than_equal":
        expected = f"a number of at most {context.get('le')}"
    elif kind == "greater_than":
        expected = f"a number above {context.get('gt')}"
    elif kind == "less_than":
        expected = f"a number below {context.get('lt')}"
    elif kind in ("literal_error", "enum"):
        expected = f"one of {context.get('expected')}"
    elif kind == "string_too_long":
        expected = f"at most {context.get('max_length')} characters"
    elif kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern"))
        expected = PATTERN_MEANINGS.get(pattern, f"text matching {pattern}")
    else:
        expected = str(error.get("msg", "a valid value")).lower()
    got = error.get("input")
    if isinstance(got, dict):
        got = None
    return {"location": where, "parameter": parameter, "expected": expected, "got": _printable(got)}


def _printable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, expected or not, in the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return _respond(request, error.status, error.code, error.message, error.details)

    @app.exception_handler(InvalidParameter)
    async def invalid_parameter(request: Request, error: InvalidParameter) -> Response:
        detail = {"location": "query", "parameter": error.parameter, "expected": error.expected, "got": error.got}
        return _respond(request, 422, "invalid_parameter", str(error), [_clean(detail)])

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, error: UsageError) -> Response:
        return _respond(request, 422, "invalid_request", str(error), None)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        log.error("database unavailable: %s", error)
        return _respond(request, 503, "unavailable", f"the database is unavailable: {error}", None)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        details = [describe_validation_error(dict(e)) for e in error.errors()]
        message = "; ".join(f"{d['parameter']}: expected {d['expected']}, got {d['got']!r}" for d in details)
        return _respond(request, 422, "invalid_parameter", message or "invalid request", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        code = STATUS_CODES.get(error.status_code, "error")
        message = str(error.detail) if error.detail else code.replace("_", " ")
        if error.status_code == 404 and error.detail == "Not Found":
            message = f"nothing at {request.url.path}; the API is described at /openapi.json"
        if error.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return _respond(request, error.status_code, code, message, None, dict(error.headers or {}))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        message = "newsgraph failed to answer this request; the server log has the details"
        return _respond(request, 500, "internal_error", message, None)


def _clean(detail: dict[str, Any]) -> dict[str, Any]:
    return {**detail, "got": _printable(detail.get("got"))}
