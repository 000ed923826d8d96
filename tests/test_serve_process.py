"""`quotewire serve` as a real process: NOT_SERVING while loading, then SERVING; SIGTERM drains and exits 0; with
--no-fast-paths (plain Stanza) it gives the very same answers."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from quotewire import errors
from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.convert import attribution_to_proto

pytestmark = pytest.mark.e2e

LISTENING = re.compile(r"listening on [\d.]+:(\d+)")
START_TIMEOUT_S = 180.0


@pytest.fixture
def serve_process(request: pytest.FixtureRequest) -> Iterator[tuple[subprocess.Popen[str], queue.Queue[str]]]:
    """Start the server on a free port (with any extra options the test is parametrized with); its log lines arrive
    on a queue."""
    extra = list(getattr(request, "param", ()))
    process = subprocess.Popen(
        [sys.executable, "-m", "quotewire.cli", "serve", "--port", "0", "--grace", "60", *extra],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str] = queue.Queue()
    stderr = process.stderr
    assert stderr is not None

    def read() -> None:
        for line in stderr:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    yield process, lines
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    reader.join(timeout=30)
    stderr.close()


def wait_for_port(lines: queue.Queue[str]) -> int:
    """The port the server logged, since it asked for port 0."""
    give_up_at = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < give_up_at:
        match = LISTENING.search(lines.get(timeout=START_TIMEOUT_S))
        if match:
            return int(match.group(1))
    raise AssertionError("the server never logged its port")


def health_history(client: QuotewireClient) -> list[str]:
    """Distinct health statuses seen, in order, until SERVING."""
    seen: list[str] = []
    give_up_at = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < give_up_at:
        try:
            status = client.health()
        except errors.ServerUnavailableError:
            status = "UNREACHABLE"
        if not seen or seen[-1] != status:
            seen.append(status)
        if status == "SERVING":
            return seen
        time.sleep(0.05)
    raise AssertionError(f"never SERVING; saw {seen}")


def test_serve_reports_loading_then_drains_on_sigterm(
        serve_process: tuple[subprocess.Popen[str], queue.Queue[str]], seed_text: str) -> None:
    process, lines = serve_process
    port = wait_for_port(lines)
    with QuotewireClient(f"127.0.0.1:{port}", timeout=120) as client:
        assert health_history(client)[-2:] == ["NOT_SERVING", "SERVING"]
        with ThreadPoolExecutor(max_workers=1) as pool:
            in_flight = pool.submit(client.attribute, seed_text)
            time.sleep(0.5)  # the call is on the server now
            process.send_signal(signal.SIGTERM)
            assert in_flight.result().quotes, "the in-flight call was not allowed to finish"
    assert process.wait(timeout=60) == 0


@pytest.mark.parametrize("serve_process", [("--no-fast-paths", "--workers", "1")], indirect=True)
def test_plain_stanza_serves_the_same_answers(serve_process: tuple[subprocess.Popen[str], queue.Queue[str]],
                                              engine: Engine, seed_text: str) -> None:
    _process, lines = serve_process
    port = wait_for_port(lines)
    with QuotewireClient(f"127.0.0.1:{port}", timeout=120) as client:
        give_up_at = time.monotonic() + START_TIMEOUT_S
        while client.health() != "SERVING" and time.monotonic() < give_up_at:
            time.sleep(0.2)
        served = client.attribute(seed_text, article_id="seed")
    logged = []
    while not lines.empty():
        logged.append(lines.get())
    assert any("fast paths are off" in line for line in logged), logged
    expected = attribution_to_proto(engine.attribute(seed_text), article_id="seed", model_version=served.model_version)
    assert served == expected
