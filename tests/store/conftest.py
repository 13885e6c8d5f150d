"""Both back ends for the store tests: a SQLite file per test, and a fresh
PostgreSQL database per test on the server named by MINUTEBOOK_TEST_PG
(`.ci/run` starts one); without it the PostgreSQL cases skip saying why."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutebook.model import ParsedDocument
from minutebook.parse import parse_path

PG_ENV = "MINUTEBOOK_TEST_PG"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _pg_server() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://USER:PASS@HOST:PORT/DB (set by .ci/run)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards, so runs never share state."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    server = _pg_server()
    base = server.rsplit("/", 1)[0]
    admin_url = base.replace("postgresql://", "postgresql+psycopg://", 1) + "/postgres"
    name = f"mb_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {server} is not reachable: {str(exc.orig).strip().splitlines()[0]}")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs once per back end."""
    if request.param == "sqlite":
        return str(tmp_path / "record.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def parsed_samples() -> list[ParsedDocument]:
    """The shipped samples, parsed once for the whole run."""
    from minutebook.paths import expand_paths

    return [parse_path(p) for p in expand_paths([SAMPLES])]
