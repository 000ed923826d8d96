"""Channel settings both ends must agree on (keepalive, message size), kept in one place so they cannot drift."""

from __future__ import annotations

import json
from typing import Any

SERVICE_NAME = "quotewire.v1.QuoteAttributionService"
DEFAULT_PORT = 50051
DEFAULT_TARGET = f"localhost:{DEFAULT_PORT}"
# 200,000 characters of text are at most 800 KB of UTF-8; the rest is headroom for titles and responses.
MAX_MESSAGE_BYTES = 4 * 1024 * 1024

# The client pings an idle-looking connection during a long call; the server must tolerate that rate,
# or it answers with GOAWAY "too_many_pings".
CLIENT_KEEPALIVE_MS = 60_000
KEEPALIVE_TIMEOUT_MS = 20_000
SERVER_MIN_PING_INTERVAL_MS = CLIENT_KEEPALIVE_MS // 2
RECONNECT_BACKOFF_MS = (250, 5_000)

# Retries happen inside gRPC, with backoff, only for UNAVAILABLE: the server was not there or is still loading.
RETRY_POLICY: dict[str, Any] = {
    "maxAttempts": 4,
    "initialBackoff": "0.25s",
    "maxBackoff": "2s",
    "backoffMultiplier": 2,
    "retryableStatusCodes": ["UNAVAILABLE"],
}
SERVICE_CONFIG = json.dumps({"methodConfig": [{"name": [{"service": SERVICE_NAME}], "retryPolicy": RETRY_POLICY}]})


def client_options(max_message_bytes: int = MAX_MESSAGE_BYTES) -> list[tuple[str, Any]]:
    """Channel arguments for QuotewireClient: retries, keepalive and message size matching the server's."""
    return [
        ("grpc.enable_retries", 1),
        ("grpc.service_config", SERVICE_CONFIG),
        ("grpc.keepalive_time_ms", CLIENT_KEEPALIVE_MS),
        ("grpc.keepalive_timeout_ms", KEEPALIVE_TIMEOUT_MS),
        ("grpc.keepalive_permit_without_calls", 0),
        # Notice a restarted server within seconds, not gRPC's default of up to two minutes.
        ("grpc.initial_reconnect_backoff_ms", RECONNECT_BACKOFF_MS[0]),
        ("grpc.max_reconnect_backoff_ms", RECONNECT_BACKOFF_MS[1]),
        ("grpc.max_send_message_length", max_message_bytes),
        ("grpc.max_receive_message_length", max_message_bytes),
    ]


def server_options(max_message_bytes: int = MAX_MESSAGE_BYTES) -> list[tuple[str, Any]]:
    """Server arguments: accept the client's keepalive pings and cap message size on both directions."""
    return [
        # gRPC shares ports by default: a second server on a taken port would start silently.
        ("grpc.so_reuseport", 0),
        ("grpc.http2.min_ping_interval_without_data_ms", SERVER_MIN_PING_INTERVAL_MS),
        ("grpc.keepalive_permit_without_calls", 0),
        ("grpc.max_send_message_length", max_message_bytes),
        ("grpc.max_receive_message_length", max_message_bytes),
    ]
