"""The web app over a PostgreSQL record: the same pages, and the same refusal to write."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from webrecord import RESOLUTION_LINE, hostile_document

pytestmark = pytest.mark.postgres
PG_ENV = "MINUTEBOOK_TEST_PG"


@pytest.fixture(scope="module")
def pg_record(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from minutebook.store import open_store

    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://USER:PASS@HOST:PORT/DB (set by .ci/run)")
    base = server.rsplit("/", 1)[0]
    admin = create_engine(
        base.replace("postgresql://", "postgresql+psycopg://", 1) + "/postgres", isolation_level="AUTOCOMMIT"
    )
    name = f"mb_web_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {server} is not reachable: {str(exc.orig).strip().splitlines()[0]}")
    url = f"{base}/{name}"
    try:
        with open_store(url) as store:
            store.ingest(hostile_document(tmp_path_factory.mktemp("pg-web")))
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_pages_search_and_read_only_on_postgresql(pg_record):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from minutebook.web.app import create_app

    app = create_app(pg_record)
    try:
        client = TestClient(app, raise_server_exceptions=False)
        html = client.get("/meetings/1").text
        assert "that the revised opening hours for rural libraries be approved" in html
        assert f"text?line={RESOLUTION_LINE}#L{RESOLUTION_LINE}" in html
        html = client.get("/search?q=libraries").text
        assert "<mark>libraries</mark>" in html.lower() and "Borsetshire County Council" in html
        # (PostgreSQL's text parser drops words inside tags, so search near them, not for them)
        html = client.get("/search?q=consultation").text
        assert "<mark>consultation</mark>" in html and "<script" not in html and "&lt;" in html
        assert "school <mark>transport</mark> policy" in client.get("/decisions?q=transport").text
        assert client.get("/decisions?since=2024-02-30").status_code == 400
        with app.state.store.engine.connect() as conn, pytest.raises(DBAPIError):
            conn.execute(text("DELETE FROM councils"))
    finally:
        app.state.store.close()
