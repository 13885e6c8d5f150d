"""Fixtures for the web tests: the record (see webrecord.py), the app over
it, a test client, and the app under uvicorn on loopback for the browser."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from webrecord import build_record, free_port


@pytest.fixture(scope="session")
def record_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_record(tmp_path_factory.mktemp("web-record"))


@pytest.fixture(scope="session")
def app(record_url: str):  # type: ignore[no-untyped-def]
    from minutebook.web.app import create_app

    return create_app(record_url)


@pytest.fixture(scope="session")
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app under uvicorn on a free loopback port, in a thread, for the browser."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
