"""The gRPC servicer, kept thin: check the request, call the engine, convert the answer; failures leave as statuses."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import grpc
from grpc_status import rpc_status

from quotewire.server import failures
from quotewire.server.convert import attribution_to_proto
from quotewire.server.engine_slot import EngineSlot, GaveUpError, NotReadyError
from quotewire.server.handlers import Undecodable
from quotewire.server.validation import Limits, check_article
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc

log = logging.getLogger(__name__)
ArticleRequest = service_pb.AttributeArticleRequest | service_pb.AttributeArticlesRequest


class QuoteAttributionServicer(service_grpc.QuoteAttributionServiceServicer):
    """Answers AttributeArticle and AttributeArticles from one EngineSlot."""

    def __init__(self, slot: EngineSlot, limits: Limits) -> None:
        self._slot = slot
        self._limits = limits

    def AttributeArticle(  # noqa: N802 (the name is the RPC's)
        self, request: service_pb.AttributeArticleRequest | Undecodable, context: grpc.ServicerContext
    ) -> service_pb.AttributeArticleResponse:
        """Unary: a refused or failed article aborts the call with its status and details."""
        try:
            return self._answer(request, context)
        except failures.StatusError as failure:
            context.abort_with_status(rpc_status.to_status(failure.status))
            raise  # abort_with_status always raises; this line only tells type checkers so

    def AttributeArticles(  # noqa: N802 (the name is the RPC's)
        self, request_iterator: Iterator[service_pb.AttributeArticlesRequest | Undecodable],
        context: grpc.ServicerContext,
    ) -> Iterator[service_pb.AttributeArticlesResponse]:
        """Streaming: each article gets a result or an error entry, and one bad article never ends the stream."""
        for index, request in enumerate(request_iterator):
            if not context.is_active():
                return
            entry = service_pb.AttributeArticlesResponse(index=index)
            if not isinstance(request, Undecodable):
                entry.article_id = request.article.id
            try:
                entry.result.CopyFrom(self._answer(request, context))
            except failures.StatusError as failure:
                entry.error.CopyFrom(failure.as_article_error())
            yield entry

    def _answer(self, request: ArticleRequest | Undecodable, context: grpc.ServicerContext
                ) -> service_pb.AttributeArticleResponse:
        """One article, start to end; every way it can fail becomes a failures.StatusError."""
        if isinstance(request, Undecodable):
            raise failures.undecodable(request.reason)
        article = request.article if request.HasField("article") else None
        violations = check_article(article, self._limits)
        if violations or article is None:
            raise failures.invalid_article(violations)
        try:
            attribution = self._slot.attribute(article.text, timeout=context.time_remaining(),
                                               still_wanted=context.is_active)
        except NotReadyError:
            raise failures.not_ready() from None
        except GaveUpError:
            remaining = context.time_remaining()
            raise (failures.out_of_time() if remaining is not None and remaining <= 0
                   else failures.cancelled()) from None
        except Exception as error:
            log.exception("engine failed on article %r (%d characters)", article.id, len(article.text))
            raise failures.engine_failed(error, article.id) from None
        return attribution_to_proto(attribution, article_id=article.id, model_version=self._slot.model_version)
