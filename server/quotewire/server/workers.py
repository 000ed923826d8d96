"""Worker processes, each with its own engine, so attribution uses every core (Stanza holds the GIL).

Each WorkerProcess is one child process and a pipe to it; the EngineSlot gives it one article at a time. Children
come from a fork server started before gRPC (forking a process that runs gRPC's threads is unsafe), which imports
torch and Stanza once, so a replacement for a dead worker is ready in about the time its models take to load.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from quotewire.engine.errors import ModelsError
from quotewire.engine.model import Attribution
from quotewire.server.engine_slot import WorkerLostError

log = logging.getLogger(__name__)

LOAD_TIMEOUT_S = 300.0
POLL_S = 0.05  # how often a running call's cancellation is checked
PRELOAD = ["torch", "stanza", "quotewire.engine"]


class WorkerFailedError(Exception):
    """The engine in a worker raised; carries the original error's type name and message."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(f"{kind}: {message}")


def exit_reason(code: int | None) -> str:
    """How a child ended, in words."""
    if code is None:
        return "stopped answering"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def worker_context() -> BaseContext:
    """The fork-server context, with the heavy imports preloaded once for every worker."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _child_main(conn: Connection, models_dir: str | None, torch_threads: int, stop: Event, log_format: str) -> None:
    """Inside the worker: load the engine, then attribute what the pipe brings until told to stop."""
    from quotewire.engine import Engine, StoppedError
    from quotewire.server.logs import configure_logging

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server decides
    configure_logging(log_format)
    try:
        engine = Engine.load(models_dir, torch_threads=torch_threads)
    except Exception as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", engine.model_version))
    while True:
        try:
            text = conn.recv()
        except EOFError:  # the server is gone
            return
        if text is None:
            return
        try:
            conn.send(("ok", engine.attribute(text, stop.is_set)))
        except StoppedError as stopped:
            conn.send(("stopped", stopped.after))
        except Exception as exc:
            logging.getLogger("quotewire.worker").exception("engine failed on a %d-character article", len(text))
            conn.send(("error", (type(exc).__name__, str(exc))))


class WorkerProcess:
    """One worker: starts its child, hands it articles, notices its death and starts another on request."""

    def __init__(self, index: int, models_dir: Path | None, *, torch_threads: int = 1,
                 context: BaseContext | None = None, log_format: str = "text") -> None:
        self.index = index
        self._models_dir = str(models_dir) if models_dir is not None else None
        self._torch_threads = torch_threads
        self._log_format = log_format
        self._context = context or worker_context()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._stop: Event = self._context.Event()
        self._model_version = ""
        self.starts = 0

    @property
    def model_version(self) -> str:
        return self._model_version

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def launch(self) -> None:
        """Start the child; it loads its models in the background (see wait_ready)."""
        parent_end, child_end = self._context.Pipe()
        process: Any = self._context.Process(  # type: ignore[attr-defined]
            target=_child_main, args=(child_end, self._models_dir, self._torch_threads, self._stop, self._log_format),
            name=f"quotewire-worker-{self.index}", daemon=True)
        process.start()
        child_end.close()
        self._process, self._conn = process, parent_end
        self.starts += 1

    def wait_ready(self, timeout: float = LOAD_TIMEOUT_S) -> None:
        """Block until the child has its models; ModelsError if it cannot load them or dies trying."""
        assert self._process is not None
        assert self._conn is not None
        ready = wait([self._conn, self._process.sentinel], timeout)
        if self._conn not in ready:
            self._discard()
            reason = "died while loading its models" if ready else f"took over {timeout:.0f} s to load its models"
            raise ModelsError(self._models_dir, f"worker {self.index} {reason}")
        try:
            kind, payload = self._conn.recv()
        except EOFError:
            kind, payload = "failed", "died while loading its models (see its log above)"
        if kind != "ready":
            self._discard()
            raise ModelsError(self._models_dir, f"worker {self.index}: {payload}")
        self._model_version = payload
        log.info("worker %d ready (pid %s)", self.index, self.pid)

    def ensure_ready(self) -> bool:
        """Replace a dead child (True); a live one is left alone (False)."""
        if self.alive():
            return False
        if self._process is not None:
            log.error("worker %d (pid %s) died: %s", self.index, self.pid, exit_reason(self._process.exitcode))
        self._discard()
        log.warning("starting a replacement for worker %d", self.index)
        self.launch()
        self.wait_ready()
        return True

    def attribute(self, text: str, should_stop: Callable[[], bool] = lambda: False) -> Attribution:
        """Run one article in the child. Cancellation reaches it between pipeline steps; death is WorkerLostError."""
        process, conn = self._process, self._conn
        if process is None or conn is None or not process.is_alive():
            raise WorkerLostError(f"worker {self.index} is not running")
        self._stop.clear()
        try:
            conn.send(text)
            while True:
                ready = wait([conn, process.sentinel], POLL_S)
                if conn in ready:
                    kind, payload = conn.recv()
                    break
                if ready:  # only the sentinel: the child is gone
                    raise EOFError
                if not self._stop.is_set() and should_stop():
                    self._stop.set()
        except (EOFError, OSError):
            process.join(timeout=5)
            how = exit_reason(process.exitcode)
            log.error("worker %d (pid %s) %s while attributing an article", self.index, process.pid, how)
            self._discard()
            raise WorkerLostError(f"the worker process running this article {how}; it is being replaced") from None
        if kind == "ok":
            result: Attribution = payload
            return result
        if kind == "stopped":
            from quotewire.engine import StoppedError

            raise StoppedError(after=f"{payload} in worker {self.index}")
        error_kind, message = payload
        raise WorkerFailedError(error_kind, message)

    def close(self, timeout: float = 5.0) -> None:
        """Ask the child to finish, then make sure it has."""
        process, conn = self._process, self._conn
        if process is None:
            return
        try:
            if conn is not None and process.is_alive():
                conn.send(None)
        except OSError:
            pass
        process.join(timeout)
        self._discard()

    def _discard(self) -> None:
        """Forget the current child, killing it if it still runs."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)

