"""Channel settings both ends must agree on (keepalive, message size), kept in one place so they cannot drift."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable
from typing import Any

from quotewire import defaults

SERVICE_NAME = "quotewire.v1.QuoteAttributionService"
DEFAULT_PORT = defaults.PORT
DEFAULT_TARGET = f"localhost:{DEFAULT_PORT}"
# 200,000 characters of text are at most 800 KB of UTF-8; the rest is headroom for titles and responses.
MAX_MESSAGE_BYTES = 4 * 1024 * 1024  # a request (an article), either way
# A response may be larger than its article: every quote, every mention of every speaker. A 200,000-character
# article of 9,000 short quotes answers in 7 MiB; both ends allow this much for answers.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
SERVER_MAX_PENDING_CALLS = 10_000

# The client pings an idle-looking connection during a long call; the server must tolerate that rate,
# or it answers with GOAWAY "too_many_pings".
CLIENT_KEEPALIVE_MS = 60_000
KEEPALIVE_TIMEOUT_MS = 20_000
SERVER_MIN_PING_INTERVAL_MS = CLIENT_KEEPALIVE_MS // 2
RECONNECT_BACKOFF_MS = (250, 5_000)

# Retries happen inside gRPC, with backoff, within the call's deadline: for UNAVAILABLE (the server was not there
# or is still loading) and RESOURCE_EXHAUSTED (its queue was full). A server that refuses sends the wait it expects
# in the grpc-retry-pushback-ms trailer, which gRPC honours in place of the backoff; a refusal that no retry can
# cure (the deadline is shorter than the queued work, the article too costly) carries a negative one: no retry.
RETRY_POLICY: dict[str, Any] = {
    "maxAttempts": 5,
    "initialBackoff": "0.25s",
    "maxBackoff": "5s",
    "backoffMultiplier": 2,
    "retryableStatusCodes": ["UNAVAILABLE", "RESOURCE_EXHAUSTED"],
}
# Every address the target resolves to (a list, or a headless Kubernetes service behind dns:///) gets a
# connection, and calls take turns over the ready ones; a server that goes away drops out of the turn.
SERVICE_CONFIG = json.dumps({
    "loadBalancingConfig": [{"round_robin": {}}],
    "methodConfig": [{"name": [{"service": SERVICE_NAME}], "retryPolicy": RETRY_POLICY}],
})
# Servers close each connection after this long (calls in flight finish first), so clients resolve names again
# and spread over servers that started after they connected.
SERVER_MAX_CONNECTION_AGE_MS = 5 * 60_000
# gRPC target URIs pass through whole; anything else is host:port, or several of them separated by commas.
URI_SCHEMES = ("dns:", "ipv4:", "ipv6:", "unix:", "unix-abstract:", "vsock:", "xds:")


def channel_target(servers: str | Iterable[str]) -> str:
    """One gRPC target for one server or several: `host:port`, `dns:///name:port`, or IP `host:port` list items.

    gRPC has no static list of host names, so several servers must be IP addresses (they become an `ipv4:` or
    `ipv6:` target); a name that resolves to several addresses is given once, as `dns:///name:port`.
    """
    entries = [servers] if isinstance(servers, str) else list(servers)
    addresses: list[str] = []
    for entry in entries:
        entry = entry.strip()
        if entry.startswith(URI_SCHEMES):
            addresses.append(entry)
        else:
            addresses.extend(part.strip() for part in entry.split(",") if part.strip())
    if not addresses:
        raise ValueError("no server address given")
    if len(addresses) == 1:
        return addresses[0]
    if any(address.startswith(URI_SCHEMES) for address in addresses):
        raise ValueError("a gRPC target URI (dns:///..., ipv4:...) stands alone; it cannot be listed with others")
    hosts = [split_host_port(address) for address in addresses]
    versions = {host.version for host, _ in hosts}
    if versions == {4}:
        return "ipv4:" + ",".join(f"{host}:{port}" for host, port in hosts)
    if versions == {6}:
        return "ipv6:" + ",".join(f"[{host}]:{port}" for host, port in hosts)
    raise ValueError("several servers must all be IPv4 or all be IPv6 addresses")


def is_address_list(target: str) -> bool:
    """Whether channel_target made `target` from several addresses."""
    return target.startswith(("ipv4:", "ipv6:")) and "," in target


def split_host_port(address: str) -> tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]:
    """An `ip:port` or `[ipv6]:port` list item; a host name is refused with what to do instead."""
    host, colon, port = address.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not colon or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{address!r} is not host:port")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{address!r}: several servers must be given by IP address; for a name with several "
                         f"addresses (a headless Kubernetes service) give one dns:///{address}") from None
    return ip, int(port)


def client_options(max_message_bytes: int = MAX_MESSAGE_BYTES) -> list[tuple[str, Any]]:
    """Channel arguments for QuotewireClient: retries, keepalive and message sizes matching the server's."""
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
        ("grpc.max_receive_message_length", max(max_message_bytes, MAX_RESPONSE_BYTES)),
    ]


def server_options(max_message_bytes: int = MAX_MESSAGE_BYTES) -> list[tuple[str, Any]]:
    """Server arguments: accept the client's keepalive pings, cap requests at `max_message_bytes` and responses at
    MAX_RESPONSE_BYTES."""
    return [
        # gRPC shares ports by default: a second server on a taken port would start silently.
        ("grpc.so_reuseport", 0),
        ("grpc.http2.min_ping_interval_without_data_ms", SERVER_MIN_PING_INTERVAL_MS),
        ("grpc.keepalive_permit_without_calls", 0),
        ("grpc.max_connection_age_ms", SERVER_MAX_CONNECTION_AGE_MS),
        ("grpc.max_send_message_length", max(max_message_bytes, MAX_RESPONSE_BYTES)),
        ("grpc.max_receive_message_length", max_message_bytes),
        # Calls that arrive faster than the server takes them wait in gRPC's core; past its default of 1,000 it
        # cancelled the excess unanswered (CANCELLED, at once, logged nowhere). Each waits with at most one flow
        # control window (64 KiB) buffered; past this many, calls get RESOURCE_EXHAUSTED, which clients retry.
        ("grpc.server.max_pending_requests", SERVER_MAX_PENDING_CALLS),
    ]
