"""Optional TLS and bearer-token authentication for the server; both are off unless asked for.

Health and reflection stay open, so load balancers and Kubernetes probes need no token.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import grpc

from quotewire.credentials import CredentialsError, PathLike, check_token, read_pem

__all__ = ["OPEN_SERVICES", "BearerTokenInterceptor", "CredentialsError", "RefusalWarnings", "server_credentials"]

log = logging.getLogger(__name__)

OPEN_SERVICES = frozenset({
    "grpc.health.v1.Health",
    "grpc.reflection.v1alpha.ServerReflection",
    "grpc.reflection.v1.ServerReflection",
})
MISSING = "this server needs a bearer token: send the metadata 'authorization: Bearer <token>'"
MALFORMED = "the authorization metadata must be 'Bearer <token>'"
WRONG = "the bearer token is not valid for this server"


def server_credentials(cert_file: PathLike, key_file: PathLike,
                       client_ca_file: PathLike | None = None) -> grpc.ServerCredentials:
    """TLS from PEM files; a client CA turns on mutual TLS (clients must present a certificate it signed)."""
    certificate = read_pem(cert_file, "server certificate")
    key = read_pem(key_file, "server key")
    client_ca = read_pem(client_ca_file, "client CA") if client_ca_file is not None else None
    return grpc.ssl_server_credentials([(key, certificate)], root_certificates=client_ca,
                                       require_client_auth=client_ca is not None)


def presented_token(metadata: Iterable[tuple[str, str | bytes]] | None) -> tuple[str | None, str]:
    """The token a call carries, or None and why not."""
    values = [value for key, value in metadata or () if key == "authorization"]
    if not values:
        return None, MISSING
    scheme, _, token = str(values[0]).strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None, MALFORMED
    return token.strip(), ""


def refusal(handler: grpc.RpcMethodHandler[Any, Any], message: str) -> grpc.RpcMethodHandler[Any, Any]:
    """A handler of the same shape as `handler` that answers UNAUTHENTICATED without reading the request."""

    def refuse(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(grpc.StatusCode.UNAUTHENTICATED, message)

    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(refuse)
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler(refuse)
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(refuse)
    return grpc.unary_unary_rpc_method_handler(refuse)


class RefusalWarnings:
    """Warns of refused calls at most once per `every_s` seconds, saying how many it kept quiet about: a client
    without a token (or an attacker guessing) must not flood the log."""

    def __init__(self, every_s: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._every_s = every_s
        self._clock = clock
        self._lock = threading.Lock()
        self._last: float | None = None
        self._quiet = 0

    def warn(self, method: str, problem: str) -> bool:
        """Log this refusal unless one was logged less than `every_s` ago; True when it was logged."""
        with self._lock:
            now = self._clock()
            if self._last is not None and now - self._last < self._every_s:
                self._quiet += 1
                return False
            quiet, self._quiet, self._last = self._quiet, 0, now
        more = f" ({quiet} more refused since the last warning)" if quiet else ""
        log.warning("refused a call to %s: %s%s", method, problem, more)
        return True


class BearerTokenInterceptor(grpc.ServerInterceptor):
    """Every call outside OPEN_SERVICES must carry `authorization: Bearer <token>` with the server's token."""

    def __init__(self, token: str) -> None:
        self._expected = check_token(token, "the server's token").encode("ascii")
        self._warnings = RefusalWarnings()

    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], grpc.RpcMethodHandler[Any, Any] | None],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        """Pass the call on when it is to an open service or its token matches; otherwise refuse it."""
        method = handler_call_details.method
        handler = continuation(handler_call_details)
        if handler is None or method.lstrip("/").partition("/")[0] in OPEN_SERVICES:
            return handler
        token, problem = presented_token(handler_call_details.invocation_metadata)
        if token is not None:
            # Constant time, so the answer's timing says nothing about how much of a guess was right.
            if hmac.compare_digest(token.encode("utf-8"), self._expected):
                return handler
            problem = WRONG
        self._warnings.warn(method, problem)
        return refusal(handler, problem)
