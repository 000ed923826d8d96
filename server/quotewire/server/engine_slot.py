"""The engine as the server sees it: empty while models load, one call at a time once there, health-aware.

This is the seam for worker processes: anything with `attribute(text)` and `model_version` can fill the slot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from quotewire.engine.model import Attribution


class Attributor(Protocol):
    """What the server needs of an engine (quotewire.engine.Engine is one)."""

    @property
    def model_version(self) -> str: ...

    def attribute(self, text: str) -> Attribution: ...


class NotReadyError(Exception):
    """The slot is still empty: the models are loading."""


class GaveUpError(Exception):
    """The call's deadline passed, or it was cancelled, before the engine was free."""


class EngineSlot:
    """Holds the engine and serialises calls to it, because a Stanza pipeline is not thread-safe."""

    def __init__(self, engine: Attributor | None = None) -> None:
        self._engine = engine
        self._serving = engine is not None
        self._call_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._watchers: list[Callable[[bool], None]] = []

    @property
    def model_version(self) -> str:
        """The engine's label, or empty while loading."""
        engine = self._engine
        return engine.model_version if engine is not None else ""

    def fill(self, engine: Attributor) -> None:
        """Put the loaded engine in and announce that the server is serving."""
        self._engine = engine
        self._set_serving(True)

    def close(self) -> None:
        """Announce shutdown; calls already admitted still run to the end."""
        self._set_serving(False)

    def watch(self, callback: Callable[[bool], None]) -> None:
        """Call back now and on each change with whether the server should be reported as serving."""
        with self._state_lock:
            self._watchers.append(callback)
            callback(self._serving)

    def attribute(self, text: str, *, timeout: float | None = None,
                  still_wanted: Callable[[], bool] = lambda: True) -> Attribution:
        """Run the engine once it is free, unless the caller's time runs out or it gives up while waiting."""
        engine = self._engine
        if engine is None:
            raise NotReadyError
        # gRPC reports "no deadline" as None or as a time far beyond what a lock wait accepts.
        wait = -1 if timeout is None or timeout >= threading.TIMEOUT_MAX else max(timeout, 0.0)
        if not self._call_lock.acquire(timeout=wait):
            raise GaveUpError
        try:
            if not still_wanted():
                raise GaveUpError
            return engine.attribute(text)
        finally:
            self._call_lock.release()

    def _set_serving(self, serving: bool) -> None:
        """Record the state and tell every watcher, in order, under one lock so updates never interleave."""
        with self._state_lock:
            self._serving = serving
            for callback in self._watchers:
                callback(serving)
