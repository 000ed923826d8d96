"""Health follows the engine: NOT_SERVING while models load, SERVING once in, NOT_SERVING on shutdown."""

from __future__ import annotations

import pytest

from quotewire import errors
from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.app import create_server
from quotewire.server.engine_slot import EngineSlot
from samples import SHORT_ARTICLE


def test_health_tracks_the_engine_slot(engine: Engine) -> None:
    slot = EngineSlot()
    server, port = create_server("127.0.0.1:0", slot)
    server.start()
    try:
        with QuotewireClient(f"127.0.0.1:{port}", timeout=30) as client:
            assert client.health() == "NOT_SERVING"
            with pytest.raises(errors.ServerUnavailableError, match="still loading"):
                client.attribute(SHORT_ARTICLE)

            slot.fill(engine)
            assert client.health() == "SERVING"
            assert client.attribute(SHORT_ARTICLE).model_version == engine.model_version

            slot.close()
            assert client.health() == "NOT_SERVING"
    finally:
        server.stop(grace=None)


def test_engine_failure_message_has_no_traceback() -> None:
    from quotewire.server.failures import engine_failed

    failure = engine_failed(ValueError("deep\nTraceback (most recent call last): ..."), "a1")
    assert failure.status.code == 13  # INTERNAL
    assert failure.status.message == "the engine failed on article 'a1' (ValueError); the server log has the details"
