"""Admission by expected wait: a call is queued when its article can be done before its deadline, refused at once
with the time to retry after when it cannot or when the queue is full; a stream's articles wait for room; after
close() only the articles of streams already open are taken. Real engine, real articles, in this process."""

from __future__ import annotations

import threading
import time

import pytest

from quotewire.engine import Engine
from quotewire.server import failures
from quotewire.server.admission import FIXED_S, PRIOR_S_PER_KCHAR, ServiceTimes, expected_wait
from quotewire.server.engine_slot import EngineSlot, Job, NotReadyError, OverloadedError
from samples import SHORT_ARTICLE


def test_the_cost_of_an_article_grows_with_its_length() -> None:
    times = ServiceTimes()
    assert times.cost(0) == FIXED_S
    assert times.cost(10_000) == pytest.approx(FIXED_S + 10 * PRIOR_S_PER_KCHAR)


def test_finished_articles_move_the_estimate_towards_their_speed() -> None:
    times = ServiceTimes()
    for _ in range(100):
        times.observe(10_000, FIXED_S + 3.0)  # 0.3 s per 1,000 characters
    assert times.s_per_kchar == pytest.approx(0.3, rel=0.01)


def test_work_ahead_is_shared_over_the_runners() -> None:
    assert expected_wait(8.0, 2) == 4.0
    assert expected_wait(-1.0, 2) == 0.0


def _busy(slot: EngineSlot, text: str) -> Job:
    """Submit a long article and wait until a runner holds it."""
    job = slot.submit(text)
    while job.started is None:
        time.sleep(0.01)
    return job


def test_a_call_whose_deadline_the_queued_work_outlasts_is_refused_at_once(engine: Engine, seed_text: str) -> None:
    slot = EngineSlot(engine)
    try:
        long_job = _busy(slot, seed_text * 20)  # about 10 s of work by the prior estimate
        began = time.monotonic()
        with pytest.raises(OverloadedError) as refused:
            slot.submit(SHORT_ARTICLE, timeout=1.0)
        assert time.monotonic() - began < 0.5  # at once, not after waiting for the deadline
        assert refused.value.retry_after > 1.0
        assert not refused.value.queue_full
        # the same article with time enough waits its turn and is answered
        assert slot.submit(SHORT_ARTICLE, timeout=120).wait(120).quotes
        assert long_job.wait(120).quotes
    finally:
        slot.shutdown(timeout=0)


def test_the_refusal_tells_grpc_clients_whether_to_retry_by_themselves() -> None:
    queue_full = failures.overloaded("the queue is full", 2.5)
    assert dict(queue_full.trailers)[failures.PUSHBACK_KEY] == "2500"
    too_late = failures.overloaded("the deadline is too short", 2.5, retry_now=False)
    assert dict(too_late.trailers)[failures.PUSHBACK_KEY] == "-1"
    assert too_late.status.message.endswith("retry in 2.5 s or add servers")
    assert dict(failures.too_costly("too big").trailers)[failures.PUSHBACK_KEY] == "-1"


def test_past_the_queue_bound_a_call_is_refused_and_a_stream_article_waits(engine: Engine, seed_text: str) -> None:
    slot = EngineSlot(engine, max_queue=1)
    try:
        running = _busy(slot, seed_text * 4)
        queued = slot.submit(SHORT_ARTICLE)
        with pytest.raises(OverloadedError) as refused:
            slot.submit(SHORT_ARTICLE)
        assert refused.value.queue_full
        assert refused.value.retry_after > 0
        waited: list[Job] = []
        stream_article = threading.Thread(target=lambda: waited.append(slot.submit(SHORT_ARTICLE, wait_for_room=True)))
        stream_article.start()
        stream_article.join(0.3)
        assert stream_article.is_alive()  # no room yet: it waits rather than fail
        assert running.wait(120).quotes
        stream_article.join(120)
        assert waited[0].wait(120).quotes
        assert queued.wait(120).quotes
    finally:
        slot.shutdown(timeout=0)


def test_a_closing_slot_takes_only_the_articles_of_streams_already_open(engine: Engine) -> None:
    slot = EngineSlot(engine)
    try:
        slot.close()
        with pytest.raises(NotReadyError) as refused:
            slot.submit(SHORT_ARTICLE)
        assert refused.value.shutting_down
        assert slot.submit(SHORT_ARTICLE, draining_ok=True).wait(120).quotes
    finally:
        slot.shutdown(timeout=0)
