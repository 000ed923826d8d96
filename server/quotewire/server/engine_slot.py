"""The engines as the server sees them: empty while models load, then one bounded queue in front of N runners.

A runner is one engine that takes one article at a time: the engine itself, in this process (tests, `--workers 0`),
or a worker process with its own engine (quotewire.server.workers). Every runner has a thread here that takes the
next article from the one shared queue when it is free, so a busy runner is never handed more work.

Admission: a call waits in the queue when its article can be finished before its deadline (quotewire.server.
admission estimates the wait from the work queued and the runners' recent speed); one that cannot, or one past the
queue's bound, is refused at once (OverloadedError) with the time after which trying again makes sense. A stream's
articles wait for room instead of being refused. After close() new calls are refused, but the articles of streams
already open are still taken while the server drains.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from quotewire import defaults
from quotewire.engine.errors import StoppedError
from quotewire.engine.model import Attribution
from quotewire.server.admission import ServiceTimes, expected_wait

log = logging.getLogger(__name__)

DEFAULT_QUEUE_PER_RUNNER = defaults.QUEUE_PER_WORKER
IDLE_CHECK_S = 1.0


class Attributor(Protocol):
    """What the server needs of an engine (quotewire.engine.Engine is one)."""

    @property
    def model_version(self) -> str: ...

    def attribute(self, text: str, should_stop: Callable[[], bool] = ...) -> Attribution: ...


class Runner(Attributor, Protocol):
    """An attributor the slot can also restart and shut down (a worker process)."""

    def ensure_ready(self) -> bool:
        """Replace the engine if it died; True when it did."""
        ...

    def close(self) -> None: ...


class NotReadyError(Exception):
    """The slot takes no work: its models are still loading, or the server is shutting down."""

    def __init__(self, shutting_down: bool = False) -> None:
        self.shutting_down = shutting_down
        super().__init__("shutting down" if shutting_down else "loading")


class GaveUpError(Exception):
    """The call's deadline passed, or it was cancelled, before its article was finished."""


class OverloadedError(Exception):
    """The article cannot be taken now: the queue is full, or the work ahead of it outlasts its deadline.

    `retry_after` is how many seconds from now the work queued ahead of it should be done.
    """

    def __init__(self, reason: str, retry_after: float, *, queue_full: bool = True) -> None:
        self.reason = reason
        self.retry_after = retry_after
        self.queue_full = queue_full
        super().__init__(f"{reason}; retry in {retry_after:.1f} s")


class WorkerLostError(Exception):
    """The worker process running the article died (killed, out of memory); it is being replaced."""


class TooCostlyError(Exception):
    """The article needed more memory than a worker may use; its worker is being replaced. Retrying cannot help."""


class SlotObserver(Protocol):
    """What the slot reports as it works (quotewire.server.metrics implements it)."""

    def queue_depth(self, depth: int) -> None: ...

    def worker_restarted(self) -> None: ...


class _NoObserver:
    def queue_depth(self, depth: int) -> None:
        pass

    def worker_restarted(self) -> None:
        pass


@dataclass(eq=False)
class Job:
    """One article on its way through the slot; the caller waits on it."""

    text: str
    deadline: float | None  # time.monotonic() by which the caller wants an answer
    still_wanted: Callable[[], bool]
    number: int = 0
    cost: float = 0.0  # the expected seconds on a runner, at admission
    started: float | None = None  # time.monotonic() when a runner took it
    result: Attribution | None = None
    error: BaseException | None = None
    _done: threading.Event = field(default_factory=threading.Event)
    _abandoned: bool = False
    _callbacks: list[Callable[[Job], None]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def unwanted(self) -> bool:
        """True once the caller gave up, went away, or ran out of time."""
        if self._abandoned:
            return True
        if self.deadline is not None and time.monotonic() >= self.deadline:
            return True
        return not self.still_wanted()

    def abandon(self) -> None:
        """The caller no longer wants the answer: skip it if queued, stop it if running."""
        self._abandoned = True

    def finish(self, result: Attribution | None = None, error: BaseException | None = None) -> None:
        with self._lock:
            self.result, self.error = result, error
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(self)

    def add_done_callback(self, callback: Callable[[Job], None]) -> None:
        """Call back (on the runner's thread) when the job finishes; at once if it already has."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    def wait(self, timeout: float | None = None) -> Attribution:
        """The attribution; GaveUpError when the caller's time runs out first, else the runner's error."""
        if not self._done.wait(timeout):
            self._abandoned = True  # the runner that holds it stops at its next step
            raise GaveUpError
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


class _InProcess:
    """An engine in this process as a runner: nothing to restart, nothing to close."""

    def __init__(self, engine: Attributor) -> None:
        self._engine = engine

    @property
    def model_version(self) -> str:
        return self._engine.model_version

    def attribute(self, text: str, should_stop: Callable[[], bool] = lambda: False) -> Attribution:
        return self._engine.attribute(text, should_stop)

    def ensure_ready(self) -> bool:
        return False

    def close(self) -> None:
        pass


def _as_runner(engine: Attributor | Runner) -> Runner:
    if hasattr(engine, "ensure_ready") and hasattr(engine, "close"):
        return engine  # type: ignore[return-value]
    return _InProcess(engine)


class EngineSlot:
    """Holds the runners, queues the articles for them, and tells health watchers whether it is serving."""

    def __init__(self, engine: Attributor | None = None, *, max_queue: int | None = None,
                 observer: SlotObserver | None = None) -> None:
        self._max_queue = max_queue
        self._queue: queue.Queue[Job | None] | None = None
        self._runners: list[Runner] = []
        self._threads: list[threading.Thread] = []
        self._observer: SlotObserver = observer or _NoObserver()
        self._numbers = itertools.count(1)
        self._serving = False
        self._closed = False
        self._capacity = 0
        self._admitted: set[Job] = set()
        self._admit_lock = threading.Condition()
        self.service_times = ServiceTimes()
        self._state_lock = threading.Lock()
        self._watchers: list[Callable[[bool], None]] = []
        if engine is not None:
            self.fill(engine)

    @property
    def model_version(self) -> str:
        """The engines' label, or empty while loading."""
        return self._runners[0].model_version if self._runners else ""

    @property
    def runners(self) -> int:
        return len(self._runners)

    def fill(self, *engines: Attributor | Runner) -> None:
        """Put the loaded engines in, start a thread for each, and announce that the server is serving."""
        if not engines:
            raise ValueError("fill() needs at least one engine")
        self._runners = [_as_runner(e) for e in engines]
        self._capacity = self.capacity_for(len(self._runners))
        self._queue = queue.Queue()
        for index, runner in enumerate(self._runners):
            thread = threading.Thread(target=self._serve_runner, args=(runner,), name=f"quotewire-runner-{index}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)
        self._set_serving(True)

    def capacity_for(self, runners: int) -> int:
        """How many articles may be admitted at once (running plus waiting) with `runners` runners."""
        waiting = self._max_queue if self._max_queue is not None else DEFAULT_QUEUE_PER_RUNNER * runners
        return runners + max(1, waiting)

    def close(self) -> None:
        """Announce shutdown and take no new work; what was admitted still runs (see shutdown)."""
        self._closed = True
        self._set_serving(False)

    def shutdown(self, timeout: float | None = None) -> None:
        """Close, let the runners finish what was admitted (up to `timeout` each), then stop them."""
        self.close()
        if self._queue is None:
            return
        for _ in self._threads:
            self._queue.put(None)  # after every admitted job: each runner thread stops at one of these
        for thread in self._threads:
            thread.join(timeout)
        for runner in self._runners:
            runner.close()

    def watch(self, callback: Callable[[bool], None]) -> None:
        """Call back now and on each change with whether the server should be reported as serving."""
        with self._state_lock:
            self._watchers.append(callback)
            callback(self._serving)

    def submit(self, text: str, *, timeout: float | None = None, still_wanted: Callable[[], bool] = lambda: True,
               wait_for_room: bool = False, draining_ok: bool = False) -> Job:
        """Queue an article.

        NotReadyError while loading, or after close() unless `draining_ok` (the next article of a stream that was
        open before). OverloadedError when the queue is full, or when the work ahead of the article would outlast
        its deadline; with `wait_for_room` (a stream's articles) the call waits for room instead, up to its
        deadline, and is then admitted whatever its expected wait.
        """
        work = self._queue
        if self._closed and not draining_ok:
            raise NotReadyError(shutting_down=True)
        if work is None or (not self._serving and not self._closed):
            raise NotReadyError
        # gRPC reports "no deadline" as None or as a time far beyond any wait.
        deadline = None if timeout is None or timeout >= threading.TIMEOUT_MAX else time.monotonic() + timeout
        job = Job(text, deadline, still_wanted, next(self._numbers), cost=self.service_times.cost(len(text)))
        with self._admit_lock:
            while len(self._admitted) >= self._capacity:
                if not wait_for_room:
                    raise OverloadedError("the server is at capacity (its queue is full)", self._wait_ahead())
                left = None if deadline is None else deadline - time.monotonic()
                if (left is not None and left <= 0) or not still_wanted():
                    raise GaveUpError
                self._admit_lock.wait(min(1.0, left) if left is not None else 1.0)
            if not wait_for_room and deadline is not None:
                wait = self._wait_ahead()
                if wait > 0 and wait + job.cost > deadline - time.monotonic():
                    raise OverloadedError(f"the server's queue holds about {wait:.1f} s of work, more than the "
                                          "call's deadline leaves", wait, queue_full=False)
            self._admitted.add(job)
        job.add_done_callback(self._release)
        work.put(job)
        self._observer.queue_depth(work.qsize())
        return job

    def wait_ahead(self) -> float:
        """Seconds until a runner is free for the next article admitted now."""
        with self._admit_lock:
            return self._wait_ahead()

    def _wait_ahead(self) -> float:
        """Seconds until a runner is free for the next article admitted (call with _admit_lock held)."""
        if len(self._admitted) < len(self._runners):
            return 0.0  # a runner is idle
        now = time.monotonic()
        ahead = sum(job.cost if job.started is None else max(0.0, job.cost - (now - job.started))
                    for job in self._admitted)
        return expected_wait(ahead, len(self._runners))

    def _release(self, job: Job) -> None:
        with self._admit_lock:
            self._admitted.discard(job)
            self._admit_lock.notify_all()

    def attribute(self, text: str, *, timeout: float | None = None,
                  still_wanted: Callable[[], bool] = lambda: True) -> Attribution:
        """Queue an article and wait for it (see submit and Job.wait)."""
        job = self.submit(text, timeout=timeout, still_wanted=still_wanted)
        wait = None if job.deadline is None else max(0.0, job.deadline - time.monotonic())
        return job.wait(wait)

    def _serve_runner(self, runner: Runner) -> None:
        """One runner's loop: take the next job, skip it if nobody wants it any more, run it, report back.

        A worker that died while idle is replaced within a second, before it is handed anything.
        """
        assert self._queue is not None
        while True:
            try:
                job = self._queue.get(timeout=IDLE_CHECK_S)
            except queue.Empty:
                self._restore(runner)
                continue
            if job is None:
                return
            self._observer.queue_depth(self._queue.qsize())
            self._restore(runner)
            if job.unwanted():
                job.finish(error=GaveUpError())
                continue
            job.started = time.monotonic()
            try:
                result = runner.attribute(job.text, job.unwanted)
                self.service_times.observe(len(job.text), time.monotonic() - job.started)
                job.finish(result)
            except StoppedError as stopped:
                log.info("article %d stopped after %s: its caller gave up", job.number, stopped.after)
                job.finish(error=GaveUpError())
            except Exception as error:  # the servicer logs it and answers with a status
                job.finish(error=error)

    def _restore(self, runner: Runner) -> None:
        """Make sure the runner can take the next job, retrying with backoff; the other runners carry on meanwhile."""
        backoff = 1.0
        while True:
            try:
                if runner.ensure_ready():
                    self._observer.worker_restarted()
                return
            except Exception:
                log.exception("a worker could not be restarted; retrying in %.0f s", backoff)
                time.sleep(backoff)
                backoff = min(backoff * 2, 30.0)

    def _set_serving(self, serving: bool) -> None:
        """Record the state and tell every watcher, in order, under one lock so updates never interleave."""
        with self._state_lock:
            self._serving = serving
            for callback in self._watchers:
                callback(serving)
