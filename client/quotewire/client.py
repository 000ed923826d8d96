"""A small, reusable client for the quotewire service: one channel, a default deadline, quotewire errors."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from quotewire import errors
from quotewire.articles import ArticleLike, make_article, read_article, to_article
from quotewire.credentials import PathLike, channel_credentials, check_token
from quotewire.transport import (
    DEFAULT_TARGET,
    MAX_MESSAGE_BYTES,
    SERVICE_NAME,
    channel_target,
    client_options,
    is_address_list,
)
from quotewire.v1 import article_pb2
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc

__all__ = ["QuotewireClient"]


class QuotewireClient:
    """Talks to quotewire servers over one channel, reused for every call until close()."""

    def __init__(
        self,
        target: str | Sequence[str] = DEFAULT_TARGET,
        *,
        timeout: float | None = 60.0,
        credentials: grpc.ChannelCredentials | None = None,
        tls: bool = False,
        ca_file: PathLike | None = None,
        cert_file: PathLike | None = None,
        key_file: PathLike | None = None,
        token: str | None = None,
        server_name: str | None = None,
        max_message_bytes: int = MAX_MESSAGE_BYTES,
        options: Sequence[tuple[str, Any]] = (),
    ) -> None:
        """`timeout` is the default deadline of each unary call, in seconds; None waits forever.

        `target` is one server or several (a list, or comma-separated IP `host:port`s, or `dns:///name:port`);
        calls take turns over them (round robin). TLS is on with `tls` (the system's CAs), a `ca_file`, or a
        client `cert_file` + `key_file` (or `credentials`, for anything else). `token` is sent as
        `authorization: Bearer <token>` on every call. `server_name` is the name the servers' certificates must
        carry when it is not the target's host; TLS to several servers by IP address needs it. A malformed
        target raises ValueError; an unreadable certificate or key, quotewire.credentials.CredentialsError.
        """
        self.target = channel_target(target)
        self.timeout = timeout
        channel_options = [*client_options(max_message_bytes), *options]
        if credentials is None and (tls or ca_file is not None or cert_file is not None or key_file is not None):
            credentials = channel_credentials(ca_file, cert_file, key_file)
        if credentials is None:
            self._channel = grpc.insecure_channel(self.target, options=channel_options)
        else:
            if server_name is not None:
                channel_options.append(("grpc.ssl_target_name_override", server_name))
            elif is_address_list(self.target):
                raise ValueError("TLS to several servers by IP address needs server_name: the name on their "
                                 "certificates (gRPC would check the whole list against them)")
            self._channel = grpc.secure_channel(self.target, credentials, options=channel_options)
        # Plain metadata rather than call credentials: gRPC sends call credentials over TLS only, and the token
        # must also reach a plaintext server inside a cluster or on loopback.
        self._metadata: tuple[tuple[str, str], ...] = ()
        if token is not None:
            self._metadata = (("authorization", f"Bearer {check_token(token, 'the token given')}"),)
        self._stub = service_grpc.QuoteAttributionServiceStub(self._channel)
        self._health: Any = health_pb2_grpc.HealthStub(self._channel)  # its typing stubs omit the methods

    def __enter__(self) -> QuotewireClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release the channel; the client cannot be used afterwards."""
        self._channel.close()

    def attribute(
        self,
        text_or_article: str | article_pb2.Article,
        *,
        article_id: str = "",
        title: str = "",
        language: str = "",
        timeout: float | None = None,
    ) -> service_pb.AttributeArticleResponse:
        """Attribute one article given as text or as an Article; raises a QuotewireError subclass on failure."""
        article = make_article(text_or_article, article_id=article_id, title=title, language=language)
        request = service_pb.AttributeArticleRequest(article=article)
        try:
            response: service_pb.AttributeArticleResponse = self._stub.AttributeArticle(
                request, timeout=self._deadline(timeout), metadata=self._metadata)
        except grpc.RpcError as exc:
            raise errors.from_rpc_error(exc) from None
        return response

    def attribute_file(self, path: str | os.PathLike[str], *,
                       timeout: float | None = None) -> service_pb.AttributeArticleResponse:
        """Attribute a UTF-8 text file; the article id is the path as given."""
        return self.attribute(read_article(path), timeout=timeout)

    def attribute_many(self, articles: Iterable[ArticleLike], *,
                       timeout: float | None = None) -> Iterator[service_pb.AttributeArticlesResponse]:
        """Attribute a batch over one stream, yielding each result as it finishes (match them by `index`).

        A failed article arrives as an entry with `error` set (see errors.from_article_error) and the stream goes
        on. Inputs are read before the stream opens, so an unreadable file fails here, naming the file. `timeout`
        bounds the whole stream; by default it has none, since a batch's length is the caller's to know.
        """
        requests = [service_pb.AttributeArticlesRequest(article=to_article(item)) for item in articles]
        try:
            yield from self._stub.AttributeArticles(iter(requests), timeout=timeout, metadata=self._metadata)
        except grpc.RpcError as exc:
            raise errors.from_rpc_error(exc) from None

    def health(self, *, service: str = SERVICE_NAME, timeout: float | None = 5.0) -> str:
        """The server's health status name ("SERVING", "NOT_SERVING", ...) from the standard health service."""
        try:
            reply = self._health.Check(health_pb2.HealthCheckRequest(service=service), timeout=timeout,
                                       metadata=self._metadata)
        except grpc.RpcError as exc:
            raise errors.from_rpc_error(exc) from None
        name: str = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
        return name

    def _deadline(self, timeout: float | None) -> float | None:
        """A per-call timeout overrides the client's default."""
        return self.timeout if timeout is None else timeout
