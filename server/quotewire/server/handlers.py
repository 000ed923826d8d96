"""Register the service with request parsing that never fails, so bad bytes get INVALID_ARGUMENT, not INTERNAL.

gRPC answers a request its deserializer cannot parse (invalid UTF-8 in a string, truncated bytes) with
INTERNAL "Exception deserializing request!"; parsing here hands the servicer a marker it refuses clearly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import grpc
from google.protobuf.message import DecodeError, Message

from quotewire.transport import SERVICE_NAME
from quotewire.v1 import quotewire_service_pb2 as service_pb

M = TypeVar("M", bound=Message)


@dataclass(frozen=True)
class Undecodable:
    """Stands in for a request whose bytes did not parse; says why."""

    reason: str


def lenient(message_class: type[M]) -> Callable[[bytes], M | Undecodable]:
    """A deserializer that returns Undecodable instead of raising."""

    def parse(data: bytes) -> M | Undecodable:
        try:
            return message_class.FromString(data)
        except DecodeError as exc:
            return Undecodable(str(exc))

    return parse


def add_service(servicer: Any, server: grpc.Server) -> None:
    """What the generated add_..._to_server does, with lenient request parsing."""
    handlers: dict[str, grpc.RpcMethodHandler[Any, Any]] = {
        "AttributeArticle": grpc.unary_unary_rpc_method_handler(
            servicer.AttributeArticle,
            request_deserializer=lenient(service_pb.AttributeArticleRequest),
            response_serializer=service_pb.AttributeArticleResponse.SerializeToString,
        ),
        "AttributeArticles": grpc.stream_stream_rpc_method_handler(
            servicer.AttributeArticles,
            request_deserializer=lenient(service_pb.AttributeArticlesRequest),
            response_serializer=service_pb.AttributeArticlesResponse.SerializeToString,
        ),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE_NAME, handlers),))
    server.add_registered_method_handlers(SERVICE_NAME, handlers)
