"""A property-based run against the OpenAPI spec (schemathesis): no request makes the API fail.

Schemathesis generates requests from /openapi.json, valid and invalid, for every
operation, sends them to the real app over a real SQLite file, and checks that no
answer is a server error, that invalid requests are refused, and that every answer
matches the spec (status codes, content types and JSON schemas, errors included).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from newsgraph.api import create_app
from newsgraph.settings import Settings

# the spec does not depend on the data, so the operations are known at collection time
OPERATIONS = [
    (method, path) for path, methods in create_app(Settings()).openapi()["paths"].items() for method in methods
]


@pytest.fixture(scope="module")
def api_schema(corpus_db: Path) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(db=str(corpus_db))))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p in OPERATIONS])
def test_no_request_makes_the_api_fail(api_schema: Any, method: str, path: str, mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        # A request can fit the spec and still mean nothing (since after until, 30 February): the
        # API answers it with 422, which "positive data acceptance" would count as a failure.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()
