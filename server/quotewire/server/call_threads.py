"""The threads that run gRPC calls, and what happens to a call that arrives when every one of them is taken.

grpcio runs each call's handler on a thread of the executor it is given. A handler that queues an article holds
its thread until the article is done, so a burst larger than the thread count would wait unanswered in the
executor's queue (or, with grpcio's `maximum_concurrent_rpcs`, be refused by grpcio itself: no reason the caller
can act on, and nothing in the access log). CallThreads instead hands such a call to a few overflow threads
marked as such: the servicer sees `overflowing()` and answers RESOURCE_EXHAUSTED at once, with a retry pushback,
and logs it like any other call. Health checks and reflection on an overflow thread are answered as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

OVERFLOW_THREADS = 4

_local = threading.local()


def overflowing() -> bool:
    """True on a thread that runs a call which arrived while every call thread was taken."""
    return bool(getattr(_local, "overflow", False))


def _on_overflow(call: Callable[[], T]) -> T:
    _local.overflow = True
    try:
        return call()
    finally:
        _local.overflow = False


class CallThreads(ThreadPoolExecutor):
    """`threads` threads for calls; a call past them runs on an overflow thread, where overflowing() is true."""

    def __init__(self, threads: int, overflow_threads: int = OVERFLOW_THREADS) -> None:
        super().__init__(max_workers=threads, thread_name_prefix="quotewire-rpc")
        self.threads = threads
        self._overflow = ThreadPoolExecutor(max_workers=overflow_threads, thread_name_prefix="quotewire-overflow")
        self._lock = threading.Lock()
        self._held = 0  # calls given to the call threads and not yet finished

    @property
    def held(self) -> int:
        """Calls on (or waiting for) a call thread now."""
        return self._held

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self._lock:
            room = self._held < self.threads
            if room:
                self._held += 1
        if not room:
            return self._overflow.submit(_on_overflow, partial(fn, *args, **kwargs))
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._release()
            raise
        future.add_done_callback(self._release)
        return future

    def _release(self, _future: Any = None) -> None:
        with self._lock:
            self._held -= 1

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait, cancel_futures=cancel_futures)
        self._overflow.shutdown(wait, cancel_futures=cancel_futures)
