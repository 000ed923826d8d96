"""Shared fixtures: the real engine, loaded once, behind a real server on a free port.

The tests come in layers, told apart by markers (`pytest -m "not models"` runs the fast layer alone):
- unmarked: rules over hand-built documents, the quote finder, conversions, validation, packaging; no models;
- `models`: anything that loads the bundled models (every test using the `engine`, `client`, `server_address` or
  `server` fixture is marked so here), including the Stanza equivalence tests;
- `e2e`: real `quotewire serve` processes and worker processes (also `models`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.app import create_server
from samples import SEED

MODEL_FIXTURES = frozenset({"engine", "server_address", "client", "server"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the models, by the fixtures it uses; e2e modules mark themselves."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.models)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """Loading models takes seconds, so every test shares one engine; missing models are an error, not a skip."""
    return Engine.load()


@pytest.fixture(scope="session")
def server_address(engine: Engine) -> Iterator[str]:
    """A real gRPC server on a free loopback port, for the whole session."""
    server, port = create_server("127.0.0.1:0", engine)
    server.start()
    yield f"127.0.0.1:{port}"
    server.stop(grace=None)


@pytest.fixture
def client(server_address: str) -> Iterator[QuotewireClient]:
    """A client over a fresh channel to the session server."""
    with QuotewireClient(server_address, timeout=120.0) as client:
        yield client


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, the project's reference case."""
    return SEED.read_text(encoding="utf-8")
