"""A call that arrives while every call thread is taken is answered at once, RESOURCE_EXHAUSTED with a pushback, and
logged like any other; health checks are still answered."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from quotewire.engine import Engine
from quotewire.server.app import create_server
from quotewire.server.call_threads import CallThreads, overflowing
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc
from samples import SHORT_ARTICLE


def test_a_call_past_the_threads_runs_on_an_overflow_thread_that_says_so() -> None:
    threads = CallThreads(2)
    release = threading.Event()

    def held() -> bool:
        release.wait(10)
        return overflowing()

    try:
        first, second = threads.submit(held), threads.submit(held)
        third = threads.submit(overflowing)
        assert third.result(timeout=5) is True  # answered while the two call threads are still held
        assert threads.held == 2
        release.set()
        assert (first.result(timeout=5), second.result(timeout=5)) == (False, False)
        time.sleep(0.1)  # the done callbacks run just after the results are set
        assert threads.held == 0
        assert threads.submit(overflowing).result(timeout=5) is False
    finally:
        release.set()
        threads.shutdown()


def test_a_call_past_the_call_threads_is_refused_with_a_pushback_and_logged(
        engine: Engine, seed_text: str, caplog: pytest.LogCaptureFixture) -> None:
    server, port = create_server("127.0.0.1:0", engine, max_workers=2)
    server.start()
    long_article = "\n\n".join([seed_text] * 10)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            stub = service_grpc.QuoteAttributionServiceStub(channel)
            holding = [stub.AttributeArticle.future(
                service_pb.AttributeArticleRequest(article={"id": f"long-{n}", "text": long_article}), timeout=120)
                for n in range(2)]
            time.sleep(1.0)  # both calls are on the two call threads, one running and one queued
            third = service_pb.AttributeArticleRequest(article={"id": "third", "text": SHORT_ARTICLE})
            with caplog.at_level(logging.INFO, logger="quotewire.access"), pytest.raises(grpc.RpcError) as refused:
                stub.AttributeArticle(third, timeout=10)
            health_stub: Any = health_pb2_grpc.HealthStub(channel)  # its typing stubs omit the methods
            health = health_stub.Check(health_pb2.HealthCheckRequest(), timeout=10)
            for call in holding:
                call.cancel()
    finally:
        server.stop(grace=None)
    assert refused.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "every call thread is taken" in (refused.value.details() or "")
    trailers = {item.key: str(item.value) for item in refused.value.trailing_metadata() or ()}
    pushback = trailers.get("grpc-retry-pushback-ms")
    assert pushback is not None
    assert int(pushback) > 0
    assert health.status == health_pb2.HealthCheckResponse.SERVING
    logged = [record for record in caplog.records if getattr(record, "article_id", None) == "third"]
    assert [getattr(record, "code", None) for record in logged] == ["RESOURCE_EXHAUSTED"]
