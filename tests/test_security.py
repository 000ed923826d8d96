"""TLS, mutual TLS and bearer tokens against real servers on the real engine, through the library and the CLI."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import grpc
import pytest
from click.testing import CliRunner
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase

from pki import Pki, make_pki
from quotewire import errors
from quotewire.cli import cli
from quotewire.client import QuotewireClient
from quotewire.credentials import TOKEN_ENV, CredentialsError, read_token
from quotewire.engine import Engine
from quotewire.server.app import create_server
from quotewire.server.security import BearerTokenInterceptor, server_credentials
from quotewire.transport import SERVICE_NAME
from samples import SHORT_ARTICLE
from test_serve_process import health_history, wait_for_port

TOKEN = "kanaani-2024-strikes"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def running(engine: Engine, *, credentials: grpc.ServerCredentials | None = None,
            interceptors: Sequence[grpc.ServerInterceptor] = ()) -> Iterator[str]:
    """A real server on a free loopback port for as long as the generator is open."""
    server, port = create_server("127.0.0.1:0", engine, credentials=credentials, interceptors=interceptors)
    server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.stop(grace=None)


@pytest.fixture(scope="module")
def tls_address(engine: Engine, pki: Pki) -> Iterator[str]:
    yield from running(engine, credentials=server_credentials(pki.server_cert, pki.server_key))


@pytest.fixture(scope="module")
def mtls_address(engine: Engine, pki: Pki) -> Iterator[str]:
    yield from running(engine, credentials=server_credentials(pki.server_cert, pki.server_key, pki.ca))


@pytest.fixture(scope="module")
def token_address(engine: Engine) -> Iterator[str]:
    yield from running(engine, interceptors=[BearerTokenInterceptor(TOKEN)])


@pytest.fixture(scope="module")
def tls_token_address(engine: Engine, pki: Pki) -> Iterator[str]:
    yield from running(engine, credentials=server_credentials(pki.server_cert, pki.server_key),
                       interceptors=[BearerTokenInterceptor(TOKEN)])


def test_tls_call_with_the_ca(tls_address: str, pki: Pki) -> None:
    with QuotewireClient(tls_address, ca_file=pki.ca, timeout=120) as client:
        response = client.attribute(SHORT_ARTICLE)
    assert any(quote.text.startswith("The presence of America") for quote in response.quotes)


@pytest.mark.parametrize("tls", [True, False], ids=["system-cas", "plaintext"])
def test_tls_server_refuses_a_client_without_the_ca(tls_address: str, tls: bool) -> None:
    with QuotewireClient(tls_address, tls=tls, timeout=10) as client, \
            pytest.raises(errors.ServerUnavailableError):
        client.health()


def test_mutual_tls_lets_in_a_certificate_from_the_ca(mtls_address: str, pki: Pki) -> None:
    with QuotewireClient(mtls_address, ca_file=pki.ca, cert_file=pki.client_cert, key_file=pki.client_key) as client:
        assert client.health() == "SERVING"


@pytest.mark.parametrize("who", ["no certificate", "stranger"])
def test_mutual_tls_refuses_other_clients(mtls_address: str, pki: Pki, who: str) -> None:
    cert, key = (None, None) if who == "no certificate" else (pki.stranger_cert, pki.stranger_key)
    with QuotewireClient(mtls_address, ca_file=pki.ca, cert_file=cert, key_file=key, timeout=10) as client, \
            pytest.raises(errors.ServerUnavailableError):
        client.health()


@pytest.mark.parametrize(("token", "message"), [
    (None, "this server needs a bearer token: send the metadata 'authorization: Bearer <token>'"),
    ("not-the-token", "the bearer token is not valid for this server"),
    (TOKEN + "x", "the bearer token is not valid for this server"),
])
def test_token_server_refuses_calls_without_the_token(token_address: str, token: str | None, message: str) -> None:
    with QuotewireClient(token_address, token=token) as client:
        with pytest.raises(errors.AuthenticationError) as unary:
            client.attribute(SHORT_ARTICLE)
        with pytest.raises(errors.AuthenticationError) as stream:
            list(client.attribute_many([SHORT_ARTICLE]))
    for refused in (unary.value, stream.value):
        assert refused.code is grpc.StatusCode.UNAUTHENTICATED
        assert refused.message == message


def test_token_server_refuses_another_scheme(token_address: str) -> None:
    with grpc.insecure_channel(token_address) as channel:
        attribute: Any = channel.unary_unary(f"/{SERVICE_NAME}/AttributeArticle")
        with pytest.raises(grpc.RpcError) as refused:
            attribute(b"", metadata=(("authorization", f"Basic {TOKEN}"),), timeout=10)
    assert refused.value.code() is grpc.StatusCode.UNAUTHENTICATED
    assert refused.value.details() == "the authorization metadata must be 'Bearer <token>'"


def test_token_server_answers_with_the_token(token_address: str) -> None:
    with QuotewireClient(token_address, token=TOKEN, timeout=120) as client:
        response = client.attribute(SHORT_ARTICLE)
        [entry] = client.attribute_many([SHORT_ARTICLE])
    assert response.quotes
    assert entry.result.quotes == response.quotes


def test_health_and_reflection_need_no_token(token_address: str) -> None:
    with QuotewireClient(token_address) as client:
        assert client.health() == "SERVING"
        assert client.health(service="") == "SERVING"
    with grpc.insecure_channel(token_address) as channel:
        assert SERVICE_NAME in ProtoReflectionDescriptorDatabase(channel).get_services()


def test_cli_over_tls_with_a_token_file(tls_token_address: str, pki: Pki, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    runner = CliRunner(env={TOKEN_ENV: None})
    ok = runner.invoke(cli, ["attribute", "--server", tls_token_address, "--ca", str(pki.ca),
                             "--token-file", str(token_file), "--format", "jsonl", str(article)])
    assert ok.exit_code == 0, ok.stderr
    assert '"speaker_id"' in ok.stdout
    refused = runner.invoke(cli, ["attribute", "--server", tls_token_address, "--ca", str(pki.ca), str(article)])
    assert refused.exit_code == 1
    assert refused.stderr == "Error: this server needs a bearer token: send the metadata 'authorization: Bearer " \
                             "<token>'\n"
    health = runner.invoke(cli, ["health", "--server", tls_token_address, "--ca", str(pki.ca)])
    assert (health.exit_code, health.stdout) == (0, "SERVING\n")


def test_cli_takes_the_token_from_the_environment(tls_token_address: str, pki: Pki, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    result = CliRunner(env={TOKEN_ENV: TOKEN}).invoke(
        cli, ["attribute", "--server", tls_token_address, "--ca", str(pki.ca), str(article)])
    assert result.exit_code == 0, result.stderr
    assert "Nasser Kanaani" in result.stdout


def test_missing_and_malformed_files_are_named(pki: Pki, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.crt"
    with pytest.raises(CredentialsError, match=f"cannot read the server certificate {missing}: No such file"):
        server_credentials(missing, pki.server_key)
    not_pem = tmp_path / "server.key"
    not_pem.write_text("just words", encoding="utf-8")
    with pytest.raises(CredentialsError, match=f"the server key {not_pem} is not a PEM file"):
        server_credentials(pki.server_cert, not_pem)
    with pytest.raises(CredentialsError, match=f"cannot read the client CA {missing}"):
        server_credentials(pki.server_cert, pki.server_key, missing)
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(CredentialsError, match=f"the bearer token in the token file {empty} is empty"):
        read_token(empty)
    with pytest.raises(CredentialsError, match="needs its private key"):
        QuotewireClient("127.0.0.1:1", cert_file=pki.client_cert)


@pytest.mark.parametrize(("args", "message"), [
    (["--tls-key", "{key}"], "--tls-cert and --tls-key go together"),
    (["--tls-client-ca", "{ca}"], "--tls-client-ca needs --tls-cert and --tls-key"),
])
def test_serve_refuses_half_a_tls_setup(pki: Pki, args: list[str], message: str) -> None:
    args = [arg.format(key=pki.server_key, ca=pki.ca) for arg in args]
    result = CliRunner().invoke(cli, ["serve", "--port", "0", *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_serve_process_with_tls_and_a_token(pki: Pki, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "quotewire.cli", "serve", "--port", "0", "--tls-cert", str(pki.server_cert),
         "--tls-key", str(pki.server_key), "--token-file", str(token_file)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env={**os.environ, TOKEN_ENV: ""})
    stderr = process.stderr
    assert stderr is not None
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stderr:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        address = f"localhost:{wait_for_port(lines)}"
        with QuotewireClient(address, ca_file=pki.ca, timeout=120) as client:
            assert health_history(client)[-1] == "SERVING"
            with pytest.raises(errors.AuthenticationError):
                client.attribute(SHORT_ARTICLE)
        with QuotewireClient(address, ca_file=pki.ca, token=TOKEN, timeout=120) as client:
            assert client.attribute(SHORT_ARTICLE).quotes
        with QuotewireClient(address, token=TOKEN, timeout=10) as plaintext, \
                pytest.raises(errors.ServerUnavailableError):
            plaintext.health()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        reader.join(timeout=30)
        stderr.close()
