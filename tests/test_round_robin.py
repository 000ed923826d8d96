"""One client, several real servers: calls take turns over them, and a stopped server drops out of the turn."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from click.testing import CliRunner

from pki import make_pki
from quotewire.cli import cli
from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.app import create_server
from quotewire.server.security import server_credentials
from quotewire.transport import channel_target
from samples import SHORT_ARTICLE


class CallCounter(grpc.ServerInterceptor):
    """Counts the calls that reach one server, by method name; it changes nothing about them."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self._lock = threading.Lock()

    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], grpc.RpcMethodHandler[Any, Any] | None],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        with self._lock:
            self.calls[handler_call_details.method.rsplit("/", 1)[-1]] += 1
        return continuation(handler_call_details)


class Servers:
    """Two servers on two ports, sharing the session's engine; calls to them never overlap in these tests."""

    def __init__(self, engine: Engine, credentials: grpc.ServerCredentials | None = None) -> None:
        self.counters = [CallCounter(), CallCounter()]
        self.servers: list[grpc.Server] = []
        self.addresses: list[str] = []
        for counter in self.counters:
            server, port = create_server("127.0.0.1:0", engine, credentials=credentials, interceptors=[counter])
            server.start()
            self.servers.append(server)
            self.addresses.append(f"127.0.0.1:{port}")

    def checks(self) -> list[int]:
        return [counter.calls["Check"] for counter in self.counters]

    def attributions(self) -> list[int]:
        return [counter.calls["AttributeArticle"] for counter in self.counters]

    def stop(self) -> None:
        for server in self.servers:
            server.stop(grace=None)


def health_until_both_answer(client: QuotewireClient, servers: Servers, within: float = 30.0) -> list[int]:
    """Health checks until each server has answered one, or `within` seconds pass; the checks each one saw.

    Round robin turns only over the connections that are ready, and a channel's connections become ready one by
    one: the first calls may all reach the server that finished its handshake first (a TLS handshake on a busy
    machine can outlast several calls). Once both are ready, calls take turns; with one server in the turn
    forever (no round robin at all), this returns with a zero in it.
    """
    give_up = time.monotonic() + within
    while min(servers.checks()) == 0 and time.monotonic() < give_up:
        assert client.health() == "SERVING"
        time.sleep(0.02)
    return servers.checks()


@pytest.fixture
def servers(engine: Engine) -> Iterator[Servers]:
    both = Servers(engine)
    yield both
    both.stop()


def test_calls_from_one_client_reach_both_servers(servers: Servers) -> None:
    with QuotewireClient(servers.addresses, timeout=120) as client:
        assert client.target == "ipv4:" + ",".join(servers.addresses)
        assert min(health_until_both_answer(client, servers)) >= 1, servers.checks()
        responses = [client.attribute(SHORT_ARTICLE) for _ in range(4)]
    assert all(response.quotes for response in responses)
    assert sum(servers.attributions()) == 4
    assert min(servers.attributions()) >= 1, servers.attributions()


def test_a_stopped_server_drops_out(servers: Servers) -> None:
    with QuotewireClient(",".join(servers.addresses), timeout=120) as client:
        client.attribute(SHORT_ARTICLE)
        client.attribute(SHORT_ARTICLE)
        servers.servers[0].stop(grace=None)
        before = servers.attributions()
        responses = [client.attribute(SHORT_ARTICLE) for _ in range(3)]
    assert all(response.quotes for response in responses)
    after = servers.attributions()
    assert after[0] == before[0]
    assert after[1] == before[1] + 3


def test_round_robin_over_tls_checks_the_certificates_name(engine: Engine, tmp_path: Path) -> None:
    pki = make_pki(tmp_path)
    both = Servers(engine, server_credentials(pki.server_cert, pki.server_key))
    try:
        with pytest.raises(ValueError, match="needs server_name"):
            QuotewireClient(both.addresses, ca_file=pki.ca)
        with QuotewireClient(both.addresses, ca_file=pki.ca, server_name="localhost") as client:
            checks = health_until_both_answer(client, both)
    finally:
        both.stop()
    assert min(checks) >= 1, checks


def test_cli_server_option_takes_several_servers(servers: Servers) -> None:
    runner = CliRunner(env={"QUOTEWIRE_SERVER": None})
    for args in (["--server", ",".join(servers.addresses)],
                 ["--server", servers.addresses[0], "--server", servers.addresses[1]]):
        for _ in range(2):
            result = runner.invoke(cli, ["health", *args])
            assert (result.exit_code, result.stdout) == (0, "SERVING\n"), result.stderr
    refused = runner.invoke(cli, ["health", "--server", "localhost:1,localhost:2"])
    assert refused.exit_code == 2
    assert "several servers must be given by IP address" in refused.stderr


@pytest.mark.parametrize(("servers", "target"), [
    ("localhost:50051", "localhost:50051"),
    ("dns:///quotewire.newsroom.svc.cluster.local:50051", "dns:///quotewire.newsroom.svc.cluster.local:50051"),
    ("ipv4:10.0.0.1:50051,10.0.0.2:50051", "ipv4:10.0.0.1:50051,10.0.0.2:50051"),
    ("10.0.0.1:50051, 10.0.0.2:50052", "ipv4:10.0.0.1:50051,10.0.0.2:50052"),
    (["10.0.0.1:50051", "10.0.0.2:50051,10.0.0.3:50051"], "ipv4:10.0.0.1:50051,10.0.0.2:50051,10.0.0.3:50051"),
    ("[::1]:5001,[fd00::2]:5002", "ipv6:[::1]:5001,[fd00::2]:5002"),
])
def test_channel_target(servers: str | list[str], target: str) -> None:
    assert channel_target(servers) == target


@pytest.mark.parametrize(("servers", "message"), [
    ("", "no server address given"),
    ("news-a:50051,news-b:50051", "give one dns:///news-a:50051"),
    ("10.0.0.1:50051,[::1]:50051", "all be IPv4 or all be IPv6"),
    (["dns:///quotewire:50051", "10.0.0.1:50051"], "stands alone"),
    ("10.0.0.1,10.0.0.2:50051", "is not host:port"),
])
def test_channel_target_refuses(servers: str | list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        channel_target(servers)
