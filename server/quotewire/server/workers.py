"""Worker processes, each with its own engine, so attribution uses every core (Stanza holds the GIL).

Each WorkerProcess is one child process and a pipe to it; the EngineSlot gives it one article at a time. Children
come from a fork server started before gRPC (forking a process that runs gRPC's threads is unsafe), which imports
torch and Stanza once, so a replacement for a dead worker is ready in about the time its models take to load.

Bounds, whatever the article: a worker's resident memory may not pass `memory_limit` (the parent watches it while
an article runs, and the child's address space is capped a little above it, so an allocation past it fails inside
the child instead of reaching the host's OOM killer); an article that needs more fails alone with TooCostlyError,
and its worker is replaced. A call that is cancelled or runs out of time asks the child to stop at its next step;
a child still busy STOP_GRACE_S later is killed and replaced, so the runner is free again within about a second.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from quotewire import defaults
from quotewire.engine.errors import ModelsError
from quotewire.engine.model import Attribution
from quotewire.server.engine_slot import TooCostlyError, WorkerLostError

log = logging.getLogger(__name__)

LOAD_TIMEOUT_S = 300.0
POLL_S = 0.05  # how often a running call's cancellation and its worker's memory are checked
STOP_GRACE_S = 1.0  # how long a worker asked to stop may go on before it is killed
DEFAULT_MEMORY_LIMIT = defaults.WORKER_MEMORY_MIB * 2**20  # bytes of resident memory per worker
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
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


def memory_of(pid: int | None) -> tuple[int, int] | None:
    """(virtual, resident) bytes of a process, from /proc; None where that cannot be read (not Linux, gone)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            size, resident = statm.read().split()[:2]
    except (OSError, ValueError):
        return None
    return int(size) * PAGE_BYTES, int(resident) * PAGE_BYTES


def cap_address_space(memory_limit: int) -> int | None:
    """Inside the worker, after its models load: cap its address space at what it holds now plus `memory_limit`, so
    an allocation past that fails with MemoryError here instead of growing until the host kills something.
    Returns the cap, or None where it cannot be set."""
    import resource

    held = memory_of(os.getpid())
    if held is None:
        return None
    cap = held[0] + memory_limit
    try:
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    except (ValueError, OSError):
        return None
    return cap


def is_out_of_memory(error: BaseException) -> bool:
    """The error, or one it was raised from, is an allocation that failed (Python's or torch's)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, MemoryError):
            return True
        if isinstance(seen, RuntimeError) and "allocate" in str(seen) and "memory" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def worker_context() -> BaseContext:
    """The fork-server context, with the heavy imports preloaded once for every worker."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _child_main(conn: Connection, models_dir: str | None, torch_threads: int, stop: Event, log_format: str,
                memory_limit: int | None) -> None:
    """Inside the worker: load the engine, cap its memory, then attribute what the pipe brings until told to stop.

    An article whose allocation fails is answered ("memory", why) and the worker ends: the parent replaces it,
    rather than go on in a process that may have been left half-way through anything."""
    from quotewire.engine import Engine, StoppedError
    from quotewire.server.logs import configure_logging

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server decides
    configure_logging(log_format)
    try:
        engine = Engine.load(models_dir, torch_threads=torch_threads)
    except Exception as exc:
        conn.send(("failed", str(exc)))
        return
    gc.freeze()  # the models and modules live as long as the worker: full collections no longer walk them
    if memory_limit is not None:
        cap_address_space(memory_limit + memory_limit // 2)  # the parent's watch on resident memory comes first
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
            if is_out_of_memory(exc):
                conn.send(("memory", f"a {len(text)}-character article ran out of the worker's memory"))
                return
            logging.getLogger("quotewire.worker").exception("engine failed on a %d-character article", len(text))
            conn.send(("error", (type(exc).__name__, str(exc))))


class WorkerProcess:
    """One worker: starts its child, hands it articles, notices its death and starts another on request."""

    def __init__(self, index: int, models_dir: Path | None, *, torch_threads: int = 1,
                 context: BaseContext | None = None, log_format: str = "text",
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> None:
        """`memory_limit`: the resident bytes the worker may hold (None: no limit)."""
        self.index = index
        self.memory_limit = memory_limit
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
            target=_child_main,
            args=(child_end, self._models_dir, self._torch_threads, self._stop, self._log_format, self.memory_limit),
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
        """Run one article in the child.

        When `should_stop()` turns true the child is asked to stop at its next step (StoppedError), and killed if
        it has not within STOP_GRACE_S. Past its memory limit it is killed (TooCostlyError); its death is
        WorkerLostError. A killed child is replaced before the next article (ensure_ready).
        """
        process, conn = self._process, self._conn
        if process is None or conn is None or not process.is_alive():
            raise WorkerLostError(f"worker {self.index} is not running")
        self._stop.clear()
        stop_asked: float | None = None
        try:
            conn.send(text)
            while True:
                ready = wait([conn, process.sentinel], POLL_S)
                if conn in ready:
                    kind, payload = conn.recv()
                    break
                if ready:  # only the sentinel: the child is gone
                    raise EOFError
                self._watch_memory(process, len(text))
                if stop_asked is None:
                    if should_stop():
                        self._stop.set()
                        stop_asked = time.monotonic()
                elif time.monotonic() - stop_asked > STOP_GRACE_S:
                    from quotewire.engine import StoppedError

                    log.warning("worker %d (pid %s) was still busy %.0f s after it was asked to stop; killing it",
                                self.index, process.pid, STOP_GRACE_S)
                    self._discard()
                    raise StoppedError(after=f"a step it did not leave, so it was killed, in worker {self.index}")
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
        if kind == "memory":
            self._discard()
            raise TooCostlyError(f"{payload}; the article needs more memory than a worker may use")
        error_kind, message = payload
        raise WorkerFailedError(error_kind, message)

    def _watch_memory(self, process: BaseProcess, chars: int) -> None:
        """Kill the child when its resident memory passes the limit (TooCostlyError)."""
        if self.memory_limit is None:
            return
        held = memory_of(process.pid)
        if held is not None and held[1] > self.memory_limit:
            log.error("worker %d (pid %s) held %.0f MiB on a %d-character article, over its limit of %.0f MiB; "
                      "killing it", self.index, process.pid, held[1] / 2**20, chars, self.memory_limit / 2**20)
            self._discard()
            raise TooCostlyError(f"a {chars}-character article needs more memory than a worker may use "
                                 f"({self.memory_limit / 2**20:.0f} MiB)")

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

