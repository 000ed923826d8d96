"""Shared fixtures: the real engine, loaded once, behind a real server on a free port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.app import create_server
from samples import SEED


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
