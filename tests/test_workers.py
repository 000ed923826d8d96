"""`quotewire serve --workers 2` as a real process: work spreads over both workers, a killed worker costs only its
own call and is replaced, a flood past the queue gets RESOURCE_EXHAUSTED at once with a pushback the client
honours, a stream waits for room, a cancelled call stops its worker, and metrics and JSON logs say so. Then single
workers: past its memory limit, or still busy after it was asked to stop, a worker is killed and replaced; and a
server told to stop lets an open stream finish."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import grpc
import psutil  # type: ignore[import-untyped]  # no inline types; types-psutil is not a dev dependency
import pytest

from quotewire import errors
from quotewire.client import QuotewireClient
from quotewire.engine import StoppedError
from quotewire.server import workers
from quotewire.server.engine_slot import TooCostlyError
from quotewire.server.workers import WorkerProcess, memory_of
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc
from samples import SHORT_ARTICLE

pytestmark = pytest.mark.e2e

START_TIMEOUT_S = 240.0
QUEUE = 2


@dataclass
class ServerProcess:
    """A running `quotewire serve` and what it has logged (JSON lines) so far."""

    process: subprocess.Popen[str]
    lines: queue.Queue[dict[str, object]]
    seen: list[dict[str, object]] = field(default_factory=list)
    port: int = 0
    metrics_port: int = 0

    def wait_for(self, pattern: str, timeout: float = START_TIMEOUT_S) -> re.Match[str]:
        """The first log message (from now on, or already seen and not yet matched) matching `pattern`."""
        give_up_at = time.monotonic() + timeout
        while True:
            for record in self.seen:
                match = re.search(pattern, str(record.get("message", "")))
                if match:
                    self.seen.remove(record)
                    return match
            left = give_up_at - time.monotonic()
            if left <= 0:
                raise AssertionError(f"the server never logged {pattern!r}")
            try:
                self.seen.append(self.lines.get(timeout=left))
            except queue.Empty:
                continue

    def wait_record(self, **fields: object) -> dict[str, object]:
        """The first record with these field values, waiting for the log to catch up."""
        give_up_at = time.monotonic() + 60
        while time.monotonic() < give_up_at:
            for record in self.records():
                if all(record.get(key) == value for key, value in fields.items()):
                    return record
            time.sleep(0.1)
        raise AssertionError(f"the server never logged a record with {fields}")

    def records(self) -> list[dict[str, object]]:
        """Everything logged so far."""
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                return list(self.seen)

    def metric(self, name: str) -> float:
        """One sample's value from /metrics (summed over its labels)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=10) as reply:
            text = reply.read().decode()
        values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                  if line.startswith(name) and not line.startswith("#")]
        assert values, f"no {name} in /metrics"
        return sum(values)

    def worker_pids(self) -> dict[int, int]:
        """Worker index -> pid, as logged when each became ready (the latest one wins)."""
        pids = {}
        for record in self.records():
            match = re.search(r"worker (\d+) ready \(pid (\d+)\)", str(record.get("message", "")))
            if match:
                pids[int(match.group(1))] = int(match.group(2))
        return pids


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    """Two workers, a queue of two, metrics on, JSON logs; shared by this module's tests."""
    process = subprocess.Popen(
        [sys.executable, "-m", "quotewire.cli", "serve", "--port", "0", "--workers", "2", "--max-queue", str(QUEUE),
         "--metrics-port", "0", "--log-format", "json", "--grace", "30"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines: queue.Queue[dict[str, object]] = queue.Queue()
    stderr = process.stderr
    assert stderr is not None

    def read() -> None:
        for line in stderr:
            try:
                lines.put(json.loads(line))
            except json.JSONDecodeError:
                lines.put({"message": line, "not_json": True})

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    running = ServerProcess(process, lines)
    try:
        running.metrics_port = int(running.wait_for(r"metrics on http://[\d.]+:(\d+)/metrics").group(1))
        running.port = int(running.wait_for(r"listening on [\d.]+:(\d+)").group(1))
        running.wait_for("serving with models")
        yield running
    finally:
        tree = psutil.Process(process.pid).children(recursive=True) if process.poll() is None else []
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait(timeout=30)
        reader.join(timeout=30)
        stderr.close()
        _gone, alive = psutil.wait_procs(tree, timeout=30)
        for leftover in alive:
            leftover.kill()
        assert code == 0, f"serve exited with {code}"
        assert not alive, f"processes left behind after shutdown: {alive}"


# A worker asked to stop stops at its next pipeline step, or, where that step runs past STOP_GRACE_S (a parse of a
# long article on a slow machine), is killed and replaced: either way its runner is free again within a second.
WORKER_FREED = (r"stopped after .+ in worker \d: its caller gave up"
                r"|worker \d \(pid \d+\) was still busy .+ after it was asked to stop")


def long_article(seed_text: str, copies: int) -> str:
    """A long but ordinary article: the seed, several times over."""
    return "\n\n".join([seed_text] * copies)


def test_both_workers_answer_and_logs_are_json_with_request_ids(server: ServerProcess, seed_text: str) -> None:
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=120) as client, ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: client.attribute(seed_text), range(4)))
    assert all(len(answer.quotes) == len(answers[0].quotes) > 0 for answer in answers)
    assert server.metric("quotewire_workers") == 2
    access: list[dict[str, object]] = []
    give_up_at = time.monotonic() + 60
    while len(access) < 4 and time.monotonic() < give_up_at:  # the log may trail the answers a little
        time.sleep(0.1)
        access = [r for r in server.records() if r.get("logger") == "quotewire.access"]
    assert len(access) == 4
    assert all(r["code"] == "OK" and re.fullmatch(r"[0-9a-f]{16}", str(r["request_id"])) for r in access)
    assert not [r for r in server.records() if r.get("not_json")]


def test_request_id_from_the_caller_comes_back_and_is_logged(server: ServerProcess) -> None:
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        stub = service_grpc.QuoteAttributionServiceStub(channel)
        request = service_pb.AttributeArticleRequest(article={"id": "rid-check", "text": SHORT_ARTICLE})
        _, call = stub.AttributeArticle.with_call(request, timeout=60, metadata=(("x-request-id", "trace-42"),))
    assert ("x-request-id", "trace-42") in tuple(call.trailing_metadata() or ())
    logged = server.wait_record(request_id="trace-42")
    assert (logged["article_id"], logged["code"]) == ("rid-check", "OK")
    assert "request_id='trace-42'" in str(logged["message"])


def test_a_killed_worker_fails_only_its_own_call_and_is_replaced(server: ServerProcess, seed_text: str) -> None:
    before = server.worker_pids()
    restarts = server.metric("quotewire_worker_restarts_total")
    article = long_article(seed_text, 30)  # long enough that both calls are still running at the kill
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=300) as client, ThreadPoolExecutor(2) as pool:
        calls = [pool.submit(client.attribute, article, article_id=f"long-{i}") for i in range(2)]
        time.sleep(3)  # both workers are busy with them now
        os.kill(before[0], signal.SIGKILL)
        # the killed worker's call is answered UNAVAILABLE, which the client's retry policy sends again
        answers = [call.result() for call in calls]
        give_up_at = time.monotonic() + START_TIMEOUT_S
        while server.worker_pids()[0] == before[0] and time.monotonic() < give_up_at:
            time.sleep(0.2)  # until the replacement logs that it is ready
        after = server.worker_pids()
        assert after[0] != before[0]
        assert after[1] == before[1]
        assert client.attribute(SHORT_ARTICLE).quotes  # the server is whole again
    assert len(answers[0].quotes) == len(answers[1].quotes) > 0
    server.wait_record(code="UNAVAILABLE")
    lost = [r for r in server.records() if r.get("code") == "UNAVAILABLE"]
    assert len(lost) == 1
    assert "killed by SIGKILL" in str(lost[0]["reason"])
    assert str(lost[0]["article_id"]).startswith("long-")
    assert server.metric("quotewire_worker_restarts_total") == restarts + 1


def test_a_flood_past_the_queue_is_refused_at_once_with_a_pushback(server: ServerProcess, seed_text: str) -> None:
    flood = 16
    request = service_pb.AttributeArticleRequest(article={"id": "flood", "text": seed_text})
    # a plain channel without retries: what the server itself answers
    with grpc.insecure_channel(f"127.0.0.1:{server.port}", options=[("grpc.enable_retries", 0)]) as channel:
        stub = service_grpc.QuoteAttributionServiceStub(channel)
        calls = [stub.AttributeArticle.future(request, timeout=300) for _ in range(flood)]
        outcomes: list[tuple[str, str]] = []
        for call in calls:
            try:
                call.result()
                outcomes.append(("OK", ""))
            except grpc.RpcError as refused:
                # (key, value) pairs; str() of a value is what the f-string below would show of it anyway
                trailers = {item.key: str(item.value) for item in refused.trailing_metadata() or ()}
                outcomes.append((refused.code().name, f"{refused.details()} {trailers.get('grpc-retry-pushback-ms')}"))
    codes = Counter(code for code, _ in outcomes)
    assert sum(codes.values()) == flood
    assert codes["RESOURCE_EXHAUSTED"] >= flood - 2 * (2 + QUEUE), codes  # at most workers + queue are admitted
    assert codes["OK"] >= 2, codes
    for code, detail in outcomes:
        if code != "OK":
            assert re.fullmatch(r".*at capacity.*retry in \d+\.\d s or add servers \d+", detail), detail


def test_the_client_waits_out_the_pushback_and_gets_through(server: ServerProcess) -> None:
    flood = 8  # twice what the server admits at once
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=300) as client, ThreadPoolExecutor(flood) as pool:
        answers = list(pool.map(lambda n: client.attribute(SHORT_ARTICLE, article_id=f"retried-{n}"), range(flood)))
    assert [answer.article_id for answer in answers] == [f"retried-{n}" for n in range(flood)]


def test_a_stream_sent_while_the_server_is_saturated_completes(server: ServerProcess, seed_text: str) -> None:
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=300) as client, ThreadPoolExecutor(6) as pool:
        busy = [pool.submit(client.attribute, long_article(seed_text, 3)) for _ in range(6)]
        entries = list(client.attribute_many([SHORT_ARTICLE] * 12))
        for call in busy:
            # past the queue even after retries is allowed: the stream's articles are what this test is about
            with contextlib.suppress(errors.ResourceExhaustedError):
                call.result()
    assert sorted(entry.index for entry in entries) == list(range(12))
    assert all(entry.WhichOneof("outcome") == "result" for entry in entries), [e.error for e in entries]


def test_a_cancelled_call_stops_its_worker(server: ServerProcess, seed_text: str) -> None:
    article = long_article(seed_text, 20)
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        stub = service_grpc.QuoteAttributionServiceStub(channel)
        request = service_pb.AttributeArticleRequest(article={"id": "to-cancel", "text": article})
        future = stub.AttributeArticle.future(request, timeout=300)
        time.sleep(2)  # the worker has started on it
        assert future.cancel()
    server.wait_for(WORKER_FREED, timeout=120)
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=120) as client:
        assert client.attribute(SHORT_ARTICLE).quotes


def test_a_deadline_that_passes_mid_article_stops_its_worker(server: ServerProcess, seed_text: str) -> None:
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=120) as client:
        with pytest.raises(errors.DeadlineExceededError):
            client.attribute(long_article(seed_text, 20), article_id="too-slow", timeout=2.0)
        server.wait_for(WORKER_FREED, timeout=120)
        assert client.attribute(SHORT_ARTICLE).quotes


@pytest.mark.parametrize(("payload", "expected"), [
    (service_pb.AttributeArticleRequest(article={"text": ""}).SerializeToString(), "is empty"),
    (service_pb.AttributeArticleRequest(article={"text": " \n\t"}).SerializeToString(), "only whitespace"),
    (service_pb.AttributeArticleRequest(article={"text": "x" * 200_001}).SerializeToString(), "the limit is 200,000"),
    (service_pb.AttributeArticleRequest(article={"text": "\x00\x01\x02\x03" * 100}).SerializeToString(), "binary"),
    (service_pb.AttributeArticleRequest(article={"text": "Путин сказал, что это неприемлемо. " * 5})
     .SerializeToString(), "does not look like English"),
    (b"\x0a\x06\x12\x04\xff\xfe\xfd\xfc", "could not be parsed"),  # a text field that is not UTF-8
    (b"\xde\xad\xbe\xef" * 8, "could not be parsed"),
], ids=["empty", "whitespace", "oversize", "binary", "cyrillic", "invalid-utf8", "junk-bytes"])
def test_bad_input_gets_invalid_argument_from_the_server_process(
        server: ServerProcess, payload: bytes, expected: str) -> None:
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        call: grpc.UnaryUnaryMultiCallable[bytes, bytes] = channel.unary_unary(
            "/quotewire.v1.QuoteAttributionService/AttributeArticle")
        with pytest.raises(grpc.RpcError) as caught:
            call(payload, timeout=30)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert expected in (caught.value.details() or "")
    trailers = [item.key for item in caught.value.trailing_metadata() or ()]
    assert "grpc-status-details-bin" in trailers  # the BadRequest details


def test_an_article_past_the_worker_memory_limit_fails_alone_and_its_worker_is_replaced(seed_text: str) -> None:
    worker = WorkerProcess(0, None, memory_limit=None)
    worker.launch()
    try:
        worker.wait_ready()
        held = memory_of(worker.pid)
        assert held is not None
        worker.memory_limit = held[1] + 32 * 2**20  # the models and a little more
        with pytest.raises(TooCostlyError, match="needs more memory than a worker may use"):
            worker.attribute(long_article(seed_text, 30))
        assert not worker.alive()
        assert worker.ensure_ready()
        worker.memory_limit = None
        assert worker.attribute(SHORT_ARTICLE).quotes
    finally:
        worker.close()


def test_a_worker_still_busy_after_it_was_asked_to_stop_is_killed(monkeypatch: pytest.MonkeyPatch,
                                                                   seed_text: str) -> None:
    monkeypatch.setattr(workers, "STOP_GRACE_S", 0.0)  # no step ends within no time
    worker = WorkerProcess(0, None)
    worker.launch()
    try:
        worker.wait_ready()
        give_up_at = time.monotonic() + 0.3  # inside the first step, tokenizing 160,000 characters
        with pytest.raises(StoppedError) as stopped:
            worker.attribute(long_article(seed_text, 30), lambda: time.monotonic() > give_up_at)
        assert "killed, in worker 0" in str(stopped.value), stopped.value
        assert not worker.alive()
        assert worker.ensure_ready()
        assert worker.attribute(SHORT_ARTICLE).quotes
    finally:
        worker.close()


def test_sigterm_lets_an_open_stream_finish_within_the_grace_period(seed_text: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "quotewire.cli", "serve", "--port", "0", "--workers", "1", "--grace", "120"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    stderr = process.stderr
    assert stderr is not None
    drain = threading.Thread(target=lambda: [None for _ in stderr], daemon=True)
    try:
        port = 0
        for line in stderr:
            match = re.search(r"listening on [\d.]+:(\d+)", line)
            port = int(match.group(1)) if match else port
            if "serving with models" in line:
                break
        drain.start()
        batch = [seed_text] * 8
        with QuotewireClient(f"127.0.0.1:{port}", timeout=300) as client:
            entries: list[service_pb.AttributeArticlesResponse] = []
            for entry in client.attribute_many(batch):
                if not entries:
                    process.send_signal(signal.SIGTERM)  # one article done, seven to go
                entries.append(entry)
        assert sorted(entry.index for entry in entries) == list(range(8))
        assert all(entry.WhichOneof("outcome") == "result" for entry in entries), [e.error for e in entries]
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        if drain.is_alive():
            drain.join(timeout=30)
        stderr.close()
