"""Why a call failed, as a google.rpc.Status: one place, so a unary call and a stream entry say the same thing."""

from __future__ import annotations

from collections.abc import Sequence

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from quotewire.server.validation import Violation
from quotewire.v1 import quotewire_service_pb2 as service_pb


class StatusError(Exception):
    """Raised inside the servicer to end one article's attribution with a status for the caller."""

    def __init__(self, code: grpc.StatusCode, message: str, *details: any_pb2.Any,
                 trailers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.status = status_pb2.Status(code=code.value[0], message=message, details=list(details))
        self.trailers = trailers

    def as_grpc_status(self, *metadata: tuple[str, str]) -> grpc.Status:
        """The status to end a call with, its details, its own trailers and `metadata` in the trailers."""
        status = rpc_status.to_status(self.status)
        return status._replace(trailing_metadata=(*status.trailing_metadata, *self.trailers, *metadata))  # type: ignore[attr-defined,no-any-return]

    def as_article_error(self) -> service_pb.ArticleError:
        """The same status as a stream entry."""
        return service_pb.ArticleError(code=self.status.code, message=self.status.message,
                                       details=self.status.details)


def invalid_article(violations: Sequence[Violation], message: str = "") -> StatusError:
    """INVALID_ARGUMENT with every violation in a BadRequest, and (by default) all of them in the message."""
    bad_request = error_details_pb2.BadRequest(field_violations=[
        error_details_pb2.BadRequest.FieldViolation(field=v.field, description=v.description) for v in violations
    ])
    detail = any_pb2.Any()
    detail.Pack(bad_request)
    message = message or "; ".join(f"{v.field} {v.description}" for v in violations)
    return StatusError(grpc.StatusCode.INVALID_ARGUMENT, message, detail)


def undecodable(reason: str) -> StatusError:
    """INVALID_ARGUMENT for bytes that are not a valid request, e.g. a string field that is not UTF-8."""
    return invalid_article([Violation("article", reason)], f"the request could not be parsed: {reason}")


def not_ready(shutting_down: bool = False) -> StatusError:
    """UNAVAILABLE, which clients retry: the models are still loading, or this server is going away."""
    if shutting_down:
        return StatusError(grpc.StatusCode.UNAVAILABLE, "the server is shutting down; retry on another")
    return StatusError(grpc.StatusCode.UNAVAILABLE, "the server is still loading its models; retry shortly")


def out_of_time() -> StatusError:
    """The caller's deadline passed while the article waited or ran (an engine stops when it passes)."""
    return StatusError(grpc.StatusCode.DEADLINE_EXCEEDED, "the deadline passed before the article was attributed")


def cancelled() -> StatusError:
    """The caller went away; nothing was attributed."""
    return StatusError(grpc.StatusCode.CANCELLED, "the call was cancelled; its article was not attributed")


# gRPC clients with a retry policy wait this long (milliseconds) before trying again; a negative value: never.
PUSHBACK_KEY = "grpc-retry-pushback-ms"


def _retry_info(seconds: float) -> any_pb2.Any:
    info = error_details_pb2.RetryInfo()
    info.retry_delay.FromMilliseconds(max(0, round(seconds * 1000)))
    detail = any_pb2.Any()
    detail.Pack(info)
    return detail


def overloaded(reason: str, retry_after: float, *, retry_now: bool = True) -> StatusError:
    """RESOURCE_EXHAUSTED at once, with when to try again (RetryInfo), rather than a wait nobody can bound or one
    that outlasts the caller's deadline. With `retry_now` gRPC clients retry the call by themselves after that
    time (the pushback trailer); without it (the call's own deadline is too short) they do not."""
    delay = max(50, round(retry_after * 1000))
    return StatusError(grpc.StatusCode.RESOURCE_EXHAUSTED,
                       f"{reason}; retry in {delay / 1000:.1f} s or add servers",
                       _retry_info(delay / 1000), trailers=((PUSHBACK_KEY, str(delay) if retry_now else "-1"),))


def too_costly(reason: str) -> StatusError:
    """RESOURCE_EXHAUSTED that no retry will cure: the article itself needs more than a worker may use."""
    return StatusError(grpc.StatusCode.RESOURCE_EXHAUSTED, reason, trailers=((PUSHBACK_KEY, "-1"),))


def worker_lost(reason: str) -> StatusError:
    """UNAVAILABLE, which clients may retry: the process running the article died."""
    return StatusError(grpc.StatusCode.UNAVAILABLE, reason)


def engine_failed(error: Exception, article_id: str) -> StatusError:
    """INTERNAL with a one-line reason; the traceback stays in the server log."""
    label = f"article '{article_id}'" if article_id else "the article"
    kind = getattr(error, "kind", type(error).__name__)  # a worker's error carries its original type's name
    return StatusError(grpc.StatusCode.INTERNAL,
                       f"the engine failed on {label} ({kind}); the server log has the details")
