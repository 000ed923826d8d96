"""What can go wrong in a call, as Python exceptions: one class per thing a caller would handle differently."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from quotewire.v1 import quotewire_service_pb2 as service_pb


class FieldViolation(NamedTuple):
    """One reason the server refused an article: which field, and what is wrong with it."""

    field: str
    description: str


class QuotewireError(Exception):
    """Base of every error the client raises; `code` is the gRPC status, None for a local failure."""

    def __init__(self, message: str, *, code: grpc.StatusCode | None = None,
                 violations: Iterable[FieldViolation] = (), retry_after: float | None = None) -> None:
        """`retry_after`: the seconds after which the server expects it could take the call (google.rpc.RetryInfo),
        when it said so."""
        super().__init__(message)
        self.message = message
        self.code = code
        self.violations = tuple(violations)
        self.retry_after = retry_after


class InvalidArticleError(QuotewireError):
    """The article was refused (empty, too long, not English, not text): fix the input, do not retry."""


class ServerUnavailableError(QuotewireError):
    """No server answered at the target, or it is still loading its models: retry later."""


class DeadlineExceededError(QuotewireError):
    """The call ran out of time: raise the timeout or send a shorter article."""


class ResourceExhaustedError(QuotewireError):
    """The call hit a limit: the message size, the server's capacity (see `retry_after`), a deadline shorter than
    the work queued ahead of it, or the memory a worker may use on one article."""


class AuthenticationError(QuotewireError):
    """The server wants a valid bearer token (or client certificate): fix the credentials, do not retry."""


class ServerError(QuotewireError):
    """The server failed on this article; its log has the details."""


ERROR_CLASSES: dict[grpc.StatusCode, type[QuotewireError]] = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArticleError,
    grpc.StatusCode.UNAVAILABLE: ServerUnavailableError,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceededError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    grpc.StatusCode.UNAUTHENTICATED: AuthenticationError,
    grpc.StatusCode.PERMISSION_DENIED: AuthenticationError,
    grpc.StatusCode.INTERNAL: ServerError,
    grpc.StatusCode.UNKNOWN: ServerError,
    grpc.StatusCode.UNIMPLEMENTED: ServerError,
}
CODES_BY_NUMBER: dict[int, grpc.StatusCode] = {code.value[0]: code for code in grpc.StatusCode}


def violations_in(details: Iterable[any_pb2.Any]) -> list[FieldViolation]:
    """The BadRequest field violations among a status's details, ignoring detail types we do not know."""
    found: list[FieldViolation] = []
    for detail in details:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad_request = error_details_pb2.BadRequest()
            detail.Unpack(bad_request)
            found.extend(FieldViolation(v.field, v.description) for v in bad_request.field_violations)
    return found


def retry_after_in(details: Iterable[any_pb2.Any]) -> float | None:
    """The delay of a google.rpc.RetryInfo among a status's details, in seconds; None when there is none."""
    for detail in details:
        if detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            info = error_details_pb2.RetryInfo()
            detail.Unpack(info)
            return float(info.retry_delay.ToMilliseconds()) / 1000
    return None


def from_status(code: grpc.StatusCode, message: str, details: Iterable[any_pb2.Any] = ()) -> QuotewireError:
    """Build the matching error from a status code, the server's message and its rich details."""
    error_class = ERROR_CLASSES.get(code, QuotewireError)
    details = list(details)
    return error_class(message or code.name.lower().replace("_", " "), code=code, violations=violations_in(details),
                       retry_after=retry_after_in(details))


def from_rpc_error(error: grpc.RpcError) -> QuotewireError:
    """Translate a failed call, reading google.rpc details (BadRequest) when the server sent them."""
    if not isinstance(error, grpc.Call):
        return QuotewireError(str(error))
    code = error.code()
    message = error.details() or ""
    status = rpc_status.from_call(error)
    return from_status(code, message, status.details if status is not None else ())


def from_article_error(error: service_pb.ArticleError) -> QuotewireError:
    """Translate one failed article of a stream, which carries the same code and details as a unary call."""
    code = CODES_BY_NUMBER.get(error.code, grpc.StatusCode.UNKNOWN)
    return from_status(code, error.message, error.details)
