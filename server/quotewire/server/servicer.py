"""The gRPC servicer, kept thin: check the request, queue it for an engine, convert the answer.

Failures leave as statuses; every article is counted, timed and logged once, under the call's request id.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

import grpc

from quotewire.server import failures
from quotewire.server.call_threads import overflowing
from quotewire.server.convert import attribution_to_proto
from quotewire.server.engine_slot import (
    EngineSlot,
    GaveUpError,
    Job,
    NotReadyError,
    OverloadedError,
    TooCostlyError,
    WorkerLostError,
)
from quotewire.server.handlers import Undecodable
from quotewire.server.metrics import ServerMetrics
from quotewire.server.validation import Limits, check_article
from quotewire.transport import MAX_RESPONSE_BYTES
from quotewire.v1 import article_pb2
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc

log = logging.getLogger(__name__)
access_log = logging.getLogger("quotewire.access")
ArticleRequest = service_pb.AttributeArticleRequest | service_pb.AttributeArticlesRequest
REQUEST_ID_KEY = "x-request-id"


def request_id(context: grpc.ServicerContext) -> str:
    """The caller's x-request-id if it sent one (so logs join up across services), else a fresh one."""
    for key, value in context.invocation_metadata() or ():
        if key == REQUEST_ID_KEY and isinstance(value, str) and 0 < len(value) <= 128:
            return value
    return uuid.uuid4().hex[:16]


@dataclass
class _Article:
    """One article of a call, from arrival to answer."""

    rpc: str
    request_id: str
    index: int
    article_id: str = ""
    chars: int = 0
    started: float = 0.0
    job: Job | None = None


class QuoteAttributionServicer(service_grpc.QuoteAttributionServiceServicer):
    """Answers AttributeArticle and AttributeArticles from one EngineSlot."""

    def __init__(self, slot: EngineSlot, limits: Limits, metrics: ServerMetrics | None = None,
                 max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self._slot = slot
        self._limits = limits
        self._metrics = metrics
        self._max_response_bytes = max_response_bytes

    def AttributeArticle(  # noqa: N802 (the name is the RPC's)
        self, request: service_pb.AttributeArticleRequest | Undecodable, context: grpc.ServicerContext
    ) -> service_pb.AttributeArticleResponse:
        """Unary: a refused or failed article aborts the call with its status and details."""
        article = _Article("AttributeArticle", self._begin(context), 0)
        try:
            self._submit(article, request, context)
            assert article.job is not None
            try:
                attribution = article.job.wait(remaining_wait(context.time_remaining()))
            except Exception as error:
                raise self._failure(error, article, context) from None
            response = self._collect(article, attribution)
        except failures.StatusError as failure:
            self._done(article, failure)
            context.abort_with_status(failure.as_grpc_status((REQUEST_ID_KEY, article.request_id)))
            raise  # abort_with_status always raises; this line only tells type checkers so
        self._done(article, None)
        context.set_trailing_metadata(((REQUEST_ID_KEY, article.request_id),))
        return response

    def AttributeArticles(  # noqa: N802 (the name is the RPC's)
        self, request_iterator: Iterator[service_pb.AttributeArticlesRequest | Undecodable],
        context: grpc.ServicerContext,
    ) -> Iterator[service_pb.AttributeArticlesResponse]:
        """Streaming: articles run side by side (one per engine), each answered as it finishes, in any order.

        Every article gets a result or an error entry (match them by `index`); one bad article never ends the stream.
        """
        rid = self._begin(context)
        if overflowing():  # a stream holds its thread for as long as it runs: refuse it whole, before reading it
            article = _Article("AttributeArticles", rid, 0, started=time.monotonic())
            failure = self._no_thread()
            self._done(article, failure)
            context.abort_with_status(failure.as_grpc_status((REQUEST_ID_KEY, rid)))
        finished: queue.Queue[_Article | int] = queue.Queue()  # finished articles, then how many there were
        window = threading.Semaphore(max(1, self._slot.runners))  # articles of this call in the engines at once

        def read() -> None:
            """Take requests as the window allows; an article refused before queueing is finished at once."""
            count = 0
            try:
                for index, request in enumerate(request_iterator):
                    window.acquire()
                    if not context.is_active():
                        return
                    article = _Article("AttributeArticles", rid, index)
                    try:
                        self._submit(article, request, context, stream=True)
                    except failures.StatusError as failure:
                        article.job = Job("", None, lambda: False)
                        article.job.finish(error=failure)
                    assert article.job is not None
                    count += 1
                    article.job.add_done_callback(partial(_put_article, finished, article))
            except grpc.RpcError:
                pass  # the client went away mid-stream
            finally:
                finished.put(count)

        reader = threading.Thread(target=read, name=f"quotewire-stream-{rid}", daemon=True)
        reader.start()
        answered, total = 0, None
        while total is None or answered < total:
            try:
                item = finished.get(timeout=remaining_wait(context.time_remaining()))
            except queue.Empty:
                return  # the deadline passed: gRPC ends the call with DEADLINE_EXCEEDED
            if isinstance(item, int):
                total = item
                continue
            answered += 1
            window.release()
            yield self._entry(item, context)
        context.set_trailing_metadata(((REQUEST_ID_KEY, rid),))

    def _begin(self, context: grpc.ServicerContext) -> str:
        """Give the call its request id; the caller gets it in the trailers.

        Not in the headers: a call whose headers have arrived is committed, and gRPC would no longer retry it
        on UNAVAILABLE (models still loading).
        """
        return request_id(context)

    def _submit(self, article: _Article, request: ArticleRequest | Undecodable,
                context: grpc.ServicerContext, *, stream: bool = False) -> None:
        """Check the request and queue it; every refusal becomes a failures.StatusError.

        A stream's article waits for room in the queue rather than being refused, and is still taken while the
        server drains (the stream was open before the server began to stop)."""
        article.started = time.monotonic()
        if isinstance(request, Undecodable):
            raise failures.undecodable(request.reason)
        checked: article_pb2.Article | None = request.article if request.HasField("article") else None
        article.article_id = checked.id if checked is not None else ""
        violations = check_article(checked, self._limits)
        if violations or checked is None:
            raise failures.invalid_article(violations)
        article.chars = len(checked.text)
        if overflowing():
            raise self._no_thread()
        try:
            article.job = self._slot.submit(checked.text, timeout=context.time_remaining(),
                                            still_wanted=context.is_active, wait_for_room=stream, draining_ok=stream)
        except NotReadyError as refused:
            raise failures.not_ready(refused.shutting_down) from None
        except OverloadedError as refused:
            raise failures.overloaded(refused.reason, refused.retry_after, retry_now=refused.queue_full) from None
        except GaveUpError:
            raise self._gave_up(context) from None

    def _collect(self, article: _Article, attribution: object) -> service_pb.AttributeArticleResponse:
        from quotewire.engine.model import Attribution

        assert isinstance(attribution, Attribution)
        response = attribution_to_proto(attribution, article_id=article.article_id,
                                        model_version=self._slot.model_version)
        size = response.ByteSize()
        if size > self._max_response_bytes:  # refused here, with a reason and no retry, not by gRPC as it sends
            raise failures.too_costly(f"the answer would be {size:,} bytes, over the limit of "
                                      f"{self._max_response_bytes:,}; send the article in parts")
        return response

    def _entry(self, article: _Article, context: grpc.ServicerContext) -> service_pb.AttributeArticlesResponse:
        """One finished article of a stream as its response entry."""
        entry = service_pb.AttributeArticlesResponse(index=article.index, article_id=article.article_id)
        job = article.job
        assert job is not None
        failure: failures.StatusError | None = None
        if job.error is None:
            assert job.result is not None
            try:
                entry.result.CopyFrom(self._collect(article, job.result))
            except failures.StatusError as too_large:
                failure = too_large
                entry.error.CopyFrom(failure.as_article_error())
        else:
            failure = self._failure(job.error, article, context)
            entry.error.CopyFrom(failure.as_article_error())
        self._done(article, failure)
        return entry

    def _failure(self, error: BaseException, article: _Article,
                 context: grpc.ServicerContext) -> failures.StatusError:
        """What a job's error means to the caller."""
        if isinstance(error, failures.StatusError):
            return error
        if isinstance(error, GaveUpError):
            return self._gave_up(context)
        if isinstance(error, WorkerLostError):
            return failures.worker_lost(str(error))
        if isinstance(error, TooCostlyError):
            log.warning("article %r (%d characters) refused: %s", article.article_id, article.chars, error)
            return failures.too_costly(str(error))
        if isinstance(error, Exception):
            log.error("engine failed on article %r (%d characters): %s", article.article_id, article.chars, error,
                      exc_info=error)
            return failures.engine_failed(error, article.article_id)
        raise error

    def _no_thread(self) -> failures.StatusError:
        """The refusal of a call that arrived while every call thread was taken (call_threads.py)."""
        return failures.overloaded("the server is at capacity (every call thread is taken)", self._slot.wait_ahead())

    def _gave_up(self, context: grpc.ServicerContext) -> failures.StatusError:
        remaining = context.time_remaining()
        return failures.out_of_time() if remaining is not None and remaining <= 0 else failures.cancelled()

    def _done(self, article: _Article, failure: failures.StatusError | None) -> None:
        """Count, time and log one article."""
        code = grpc.StatusCode.OK if failure is None else failure.code
        seconds = time.monotonic() - article.started if article.started else 0.0
        if self._metrics is not None:
            self._metrics.article_done(article.rpc, code.name, seconds)
        fields = {"request_id": article.request_id, "rpc": article.rpc, "index": article.index,
                  "article_id": article.article_id, "chars": article.chars, "code": code.name,
                  "ms": round(seconds * 1000)}
        if failure is not None:
            fields["reason"] = failure.status.message
        access_log.info("%s", " ".join(f"{key}={value!r}" if isinstance(value, str) and key != "code" else
                                       f"{key}={value}" for key, value in fields.items()), extra=fields)


def _put_article(finished: queue.Queue[_Article | int], article: _Article, _job: Job) -> None:
    finished.put(article)


def remaining_wait(remaining: float | None) -> float | None:
    """A wait bound from gRPC's time_remaining(), which says "no deadline" as None or as a huge number."""
    if remaining is None or remaining >= threading.TIMEOUT_MAX:
        return None
    return max(0.0, remaining)
