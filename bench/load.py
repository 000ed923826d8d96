"""Load and fault run against a real `quotewire serve` on loopback: bounded in count and time.

    python bench/load.py [--workers 2] [--seconds 30] [--fuzz 10000] [--hostile-sizes 1000,12000,50000]
                         [--memory-cap 6GiB] [--json OUT]

1. Load: N concurrent clients send PolNeAR dev articles (the seed article if PolNeAR is absent) for a fixed time,
   at 1x and 2x capacity (capacity = workers), then a flood at 8x that must be refused, not queued without end.
2. Fault: during a further load phase one worker is killed with SIGKILL; its call is answered (UNAVAILABLE,
   retried by the client) and the worker is replaced.
3. Fuzz: at least --fuzz malformed requests (raw junk bytes, invalid UTF-8, truncated messages, empty and
   whitespace text, oversize text, binary text, other scripts, other languages, pathological quoting) from
   16 threads.

4. Burst: 64 calls at once with 120 s deadlines: all should be answered OK (queued, not refused); then a stream
   sent while both workers are busy, which should complete; then 2,000 short calls at once on a plain channel
   without retries, each of which must be answered (OK, or RESOURCE_EXHAUSTED at once), none CANCELLED.
5. Deadline: every worker busy with a long article whose 3 s deadline passes: how long until each worker stops
   (asked to stop, killed if still busy a second later), and until a short article sent at the deadline is answered.
6. Hostile: pathological articles (tests/hostile_texts.py: deep and odd nesting, walls of marks of each kind, one
   endless sentence, names and pronouns, long tokens, mixed scripts) at each of --hostile-sizes, one after another
   while normal load runs. Each one's time, its ratio to a normal article of the same length (PolNeAR text cut to
   that length), its status; the workers' peak resident memory (the kernel's high-water mark, VmHWM); and normal
   traffic's p99 during the phase against the 1x phase's.

The server runs under an address-space cap (--memory-cap, like `prlimit --as`) so that a regression cannot take
the machine down. For each phase it prints throughput, p50/p99 latency, counts by status code, worker restarts, and
"lost": calls that got no answer from the server (a client-side deadline or a broken connection). Every phase
should show lost 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import grpc

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
SEEDS = ROOT / "seeds"
METHOD = "/quotewire.v1.QuoteAttributionService/AttributeArticle"
CALL_TIMEOUT_S = 120.0
sys.path.insert(0, str(ROOT / "tests"))  # hostile_texts: the same pathological articles the fast tests use


@dataclass
class Phase:
    """What one phase saw."""

    name: str
    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    codes: Counter[str] = field(default_factory=Counter)
    lost: int = 0
    restarts: float = 0.0

    def row(self) -> dict[str, object]:
        ok = sorted(self.latencies)
        return {
            "phase": self.name, "clients": self.clients, "calls": sum(self.codes.values()),
            "ok_per_s": round(len(ok) / self.seconds, 2) if self.seconds else 0.0,
            "p50_ms": round(1000 * statistics.median(ok)) if ok else None,
            "p99_ms": round(1000 * ok[min(len(ok) - 1, int(0.99 * len(ok)))]) if ok else None,
            "codes": dict(self.codes.most_common()), "worker_restarts": self.restarts, "lost": self.lost,
        }


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_DEV.glob("*.txt"))] if POLNEAR_DEV.is_dir() else []
    return texts or [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


class Server:
    """A `quotewire serve` process on free loopback ports, with its metrics."""

    def __init__(self, workers: int, max_queue: int | None, memory_cap: int | None = None) -> None:
        cmd = [sys.executable, "-m", "quotewire.cli", "serve", "--port", "0", "--metrics-port", "0",
               "--workers", str(workers), "--log-format", "json", "--grace", "30"]
        if max_queue is not None:
            cmd += ["--max-queue", str(max_queue)]
        def cap() -> None:
            if memory_cap is not None:
                resource.setrlimit(resource.RLIMIT_AS, (memory_cap, memory_cap))

        self.process = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                        preexec_fn=cap)
        self.messages: list[str] = []
        self.arrivals: list[tuple[float, str]] = []  # (time.monotonic() when read, message)
        self._ready = threading.Event()
        self.port = self.metrics_port = 0
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(300):
            self.stop()
            raise SystemExit("the server did not start; its log:\n" + "\n".join(self.messages[-20:]))

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            try:
                message = str(json.loads(line).get("message", ""))
            except json.JSONDecodeError:
                message = line.rstrip()
            self.messages.append(message)
            self.arrivals.append((time.monotonic(), message))
            if match := re.search(r"metrics on http://[\d.]+:(\d+)", message):
                self.metrics_port = int(match.group(1))
            if match := re.search(r"listening on [\d.]+:(\d+)", message):
                self.port = int(match.group(1))
            if "serving with models" in message:
                self._ready.set()

    def metric(self, name: str) -> float:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=10) as reply:
            lines = reply.read().decode().splitlines()
        return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith(name))

    def worker_pids(self) -> dict[int, int]:
        pids = {}
        for message in list(self.messages):
            if match := re.search(r"worker (\d+) ready \(pid (\d+)\)", message):
                pids[int(match.group(1))] = int(match.group(2))
        return pids

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def peak_memory(pid: int) -> int:
    """A process's peak resident bytes so far (VmHWM), 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def classify(error: grpc.RpcError, lost_codes: set[grpc.StatusCode]) -> tuple[str, bool]:
    """The status name, and whether the call counts as lost (no answer from the server)."""
    code = error.code()
    details = error.details() or ""
    no_answer = code in lost_codes and ("Deadline Exceeded" in details or "failed to connect" in details.lower()
                                        or "Socket closed" in details or "Connection reset" in details)
    return code.name, no_answer


def load_phase(server: Server, name: str, clients: int, seconds: float, texts: list[str],
               during: Callable[[], None] | None = None) -> Phase:
    """`clients` threads, each sending one article after another until time is up."""
    from quotewire.client import QuotewireClient
    from quotewire.errors import QuotewireError

    phase = Phase(name, clients)
    restarts_before = server.metric("quotewire_worker_restarts_total")
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=CALL_TIMEOUT_S) as client:

        def run(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop_at:
                text = rng.choice(texts)
                started = time.monotonic()
                try:
                    client.attribute(text)
                    code, lost = "OK", False
                except QuotewireError as exc:
                    code = exc.code.name if exc.code is not None else "UNKNOWN"
                    lost = code == "DEADLINE_EXCEEDED" or "failed to connect" in exc.message.lower()
                    if code == "RESOURCE_EXHAUSTED":
                        time.sleep(0.05)  # a real client backs off
                with lock:
                    phase.codes[code] += 1
                    phase.lost += lost
                    if code == "OK":
                        phase.latencies.append(time.monotonic() - started)

        started = time.monotonic()
        threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        if during is not None:
            during()
        for thread in threads:
            thread.join()
        phase.seconds = time.monotonic() - started
    phase.restarts = server.metric("quotewire_worker_restarts_total") - restarts_before
    return phase


def fuzz_requests(count: int, max_chars: int, rng: random.Random) -> list[bytes]:
    """Serialized AttributeArticleRequests (and non-requests) that the server must refuse or survive."""
    from quotewire.v1 import quotewire_service_pb2 as service_pb

    def request(text: str, language: str = "") -> bytes:
        return service_pb.AttributeArticleRequest(
            article={"id": "fuzz", "text": text, "language": language}).SerializeToString()

    def raw_text(data: bytes) -> bytes:
        # field 1 (article), length-delimited, holding field 2 (text) with bytes that need not be UTF-8
        inner = b"\x12" + _varint(len(data)) + data
        return b"\x0a" + _varint(len(inner)) + inner

    makers: list[Callable[[], bytes]] = [
        lambda: rng.randbytes(rng.randint(1, 400)),                                   # junk bytes
        lambda: raw_text(b"He said \xff\xfe \xc3\x28 " * rng.randint(1, 50)),       # invalid UTF-8
        lambda: request("A quote, " * 30)[: rng.randint(1, 40)],                     # truncated message
        lambda: request(""),                                                         # empty
        lambda: request(" \n\t " * rng.randint(1, 100)),                              # whitespace
        lambda: request("x" * (max_chars + rng.randint(1, 1000))),                   # oversize
        lambda: request(rng.randbytes(rng.randint(50, 2000)).decode("latin-1")),       # binary as text
        lambda: request("Путин сказал, что «это неприемлемо», — сообщает агентство. " * 5),  # other script
        lambda: request("The minister said it.", language=rng.choice(["fr", "de", "zh-Hans", "xx!"])),
        lambda: request('"' * rng.randint(1, 300)),                                   # only quote marks
        lambda: request("“" * 200 + "He said." + "”" * 3),                            # unbalanced curly quotes
    ]
    # a few malformed-but-acceptable texts reach the engine: keep them short so the pass stays bounded
    engine_cases: list[Callable[[], bytes]] = [
        lambda: request('He said "' * rng.randint(5, 40) + 'end.'),
        lambda: request("'" + "“nested ‘quote’ ” " * rng.randint(5, 30) + "she said."),
    ]
    out = []
    for i in range(count):
        maker = rng.choice(engine_cases) if i % 100 == 0 else rng.choice(makers)
        out.append(maker())
    return out


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def fuzz_phase(server: Server, count: int, max_chars: int) -> Phase:
    """Send every fuzz request as raw bytes through the real method, from 16 threads."""
    phase = Phase(f"fuzz x{count}", 16)
    payloads = fuzz_requests(count, max_chars, random.Random(7))
    restarts_before = server.metric("quotewire_worker_restarts_total")
    lock = threading.Lock()
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}",
                                    options=[("grpc.max_send_message_length", 8 * 1024 * 1024)])
    # no (de)serializers: raw bytes in and out
    call: grpc.UnaryUnaryMultiCallable[bytes, bytes] = channel.unary_unary(METHOD, request_serializer=None,
                                                                          response_deserializer=None)

    def one(payload: bytes) -> None:
        started = time.monotonic()
        try:
            call(payload, timeout=CALL_TIMEOUT_S)
            code, lost = "OK", False
        except grpc.RpcError as exc:
            code, lost = classify(exc, {grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNAVAILABLE})
        with lock:
            phase.codes[code] += 1
            phase.lost += lost
            phase.latencies.append(time.monotonic() - started)

    started = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, payloads))
    phase.seconds = time.monotonic() - started
    channel.close()
    phase.restarts = server.metric("quotewire_worker_restarts_total") - restarts_before
    return phase


def burst_phase(server: Server, texts: list[str], calls: int = 64) -> tuple[Phase, dict[str, object]]:
    """`calls` unary calls at once, 120 s deadlines, through the project's client; then a stream while busy."""
    from quotewire.client import QuotewireClient
    from quotewire.errors import QuotewireError

    phase = Phase(f"burst {calls}", calls)

    def one(n: int) -> None:
        started = time.monotonic()
        try:
            client.attribute(texts[n % len(texts)], timeout=120)
            phase.codes["OK"] += 1
            phase.latencies.append(time.monotonic() - started)
        except QuotewireError as exc:
            phase.codes[exc.code.name if exc.code is not None else "UNKNOWN"] += 1

    started = time.monotonic()
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=CALL_TIMEOUT_S) as client, \
            ThreadPoolExecutor(calls) as pool:
        list(pool.map(one, range(calls)))
        phase.seconds = time.monotonic() - started
        busy = [pool.submit(client.attribute, texts[n % len(texts)], timeout=120) for n in range(8)]
        time.sleep(0.5)
        entries = list(client.attribute_many(texts[:30], timeout=600))
        for call in busy:
            call.exception()
    stream = {"articles": 30, "results": sum(e.WhichOneof("outcome") == "result" for e in entries),
              "errors": [e.error.message for e in entries if e.WhichOneof("outcome") == "error"][:3]}
    return phase, stream


def big_burst_phase(server: Server, calls: int = 2000) -> Phase:
    """`calls` short articles at once on one plain channel without retries: every one must be answered, OK or
    RESOURCE_EXHAUSTED (refused at once), none CANCELLED or left to its deadline."""
    from quotewire.v1 import quotewire_service_pb2 as service_pb
    from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc

    phase = Phase(f"burst {calls} raw", calls)
    text = "The mayor said the bridge would reopen on Monday. \"We are ready,\" she said."
    request = service_pb.AttributeArticleRequest(article={"id": "burst", "text": text})
    started = time.monotonic()
    with grpc.insecure_channel(f"127.0.0.1:{server.port}", options=[("grpc.enable_retries", 0)]) as channel:
        stub = service_grpc.QuoteAttributionServiceStub(channel)
        answered_at: dict[int, float] = {}
        futures = []
        for n in range(calls):
            future = stub.AttributeArticle.future(request, timeout=CALL_TIMEOUT_S)
            future.add_done_callback(lambda _, n=n: answered_at.__setitem__(n, time.monotonic()))
            futures.append(future)
        for n, future in enumerate(futures):
            try:
                future.result()
                phase.codes["OK"] += 1
                phase.latencies.append(answered_at.get(n, time.monotonic()) - started)
            except grpc.RpcError as exc:
                code, lost = classify(exc, {grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.UNAVAILABLE,
                                            grpc.StatusCode.CANCELLED})
                phase.codes[code] += 1
                phase.lost += lost or code == "CANCELLED"
    phase.seconds = time.monotonic() - started
    return phase


def deadline_phase(server: Server, workers: int, texts: list[str]) -> dict[str, object]:
    """Every worker busy with a long article whose deadline passes; when do they stop, and when is a short article
    sent at the deadline answered?"""
    from quotewire.client import QuotewireClient
    from quotewire.errors import QuotewireError

    long_text = "\n\n".join(texts)[:180_000]
    deadline_s = 3.0
    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=CALL_TIMEOUT_S) as client, \
            ThreadPoolExecutor(workers) as pool:
        seen_before = len(server.arrivals)
        sent = time.monotonic()
        calls = [pool.submit(client.attribute, long_text, timeout=deadline_s) for _ in range(workers)]
        time.sleep(max(0.0, sent + deadline_s - time.monotonic()))
        passed = time.monotonic()
        client.attribute(texts[0], timeout=120)
        short_answered = time.monotonic() - passed
        codes = []
        for call in calls:
            try:
                call.result()
                codes.append("OK")
            except QuotewireError as exc:
                codes.append(exc.code.name if exc.code is not None else "UNKNOWN")
    give_up_at = time.monotonic() + 10
    while True:  # every worker's "stopped" line, or 10 s
        stops = [when - passed for when, message in server.arrivals[seen_before:] if "its caller gave up" in message]
        if len(stops) >= workers or time.monotonic() > give_up_at:
            break
        time.sleep(0.05)
    return {"workers_busy": workers, "deadline_s": deadline_s, "codes": codes,
            "worker_stopped_s": [round(x, 2) for x in stops],
            "short_article_answered_s": round(short_answered, 2)}


def normal_of_length(texts: list[str], size: int) -> str:
    """News text cut to `size` characters at a paragraph break where it can be."""
    joined = "\n\n".join(texts)
    while len(joined) < size:
        joined += "\n\n" + joined
    cut = joined.rfind("\n\n", 0, size)
    return joined[:cut if cut > size // 2 else size]


def hostile_phase(server: Server, texts: list[str], sizes: list[int], baseline_p99_ms: float | None,
                  background: int) -> dict[str, object]:
    """Each pathological article at each size, while `background` clients send normal articles."""
    from hostile_texts import MAKERS

    from quotewire.client import QuotewireClient
    from quotewire.errors import QuotewireError

    rows: list[dict[str, object]] = []
    pids: set[int] = set(server.worker_pids().values())
    peak = max((peak_memory(pid) for pid in pids), default=0)
    done = threading.Event()
    normal = Phase("normal during hostile", background)
    lock = threading.Lock()

    def timed(client: QuotewireClient, text: str) -> tuple[float, str]:
        started = time.monotonic()
        try:
            client.attribute(text, timeout=600)
            code = "OK"
        except QuotewireError as exc:
            code = exc.code.name if exc.code is not None else "UNKNOWN"
        return time.monotonic() - started, code

    with QuotewireClient(f"127.0.0.1:{server.port}", timeout=600) as client:
        baseline: dict[int, float] = {}

        def load(seed: int) -> None:
            rng = random.Random(seed)
            while not done.is_set():
                seconds, code = timed(client, rng.choice(texts))
                with lock:
                    normal.codes[code] += 1
                    if code == "OK":
                        normal.latencies.append(seconds)

        threads = [threading.Thread(target=load, args=(i,)) for i in range(background)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        try:
            for size in sizes:
                # the normal article of this length, under the same background load as the hostile ones
                baseline[size] = timed(client, normal_of_length(texts, size))[0]
                for name, make in MAKERS.items():
                    text = make(size)
                    seconds, code = timed(client, text)
                    pids |= set(server.worker_pids().values())
                    peak = max([peak, *(peak_memory(pid) for pid in pids)])
                    rows.append({"text": name, "chars": len(text), "seconds": round(seconds, 2),
                                 "ratio": round(seconds / baseline[size], 2), "code": code})
                    print(f"  {name:<20}{len(text):>8} chars {seconds:>7.2f} s  x{seconds / baseline[size]:>5.2f}"
                          f"  {code}", flush=True)
        finally:
            done.set()
            for thread in threads:
                thread.join()
        normal.seconds = time.monotonic() - started
    normal_row = normal.row()
    return {
        "sizes": sizes, "normal_seconds": {str(k): round(v, 2) for k, v in baseline.items()}, "articles": rows,
        "worst_ratio": max(float(str(r["ratio"])) for r in rows),
        "codes": dict(Counter(str(r["code"]) for r in rows)),
        "peak_worker_memory_mib": round(peak / 2**20),
        "normal_traffic": normal_row,
        "normal_p99_ratio": (round(float(str(normal_row["p99_ms"])) / baseline_p99_ms, 2)
                             if baseline_p99_ms and normal_row["p99_ms"] else None),
        "workers_killed_by_os": sum("was killed by SIGKILL" in m for m in server.messages),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-queue", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each load phase")
    parser.add_argument("--fuzz", type=int, default=10_000, help="malformed requests in the fuzz pass")
    parser.add_argument("--hostile-sizes", default="1000,12000,50000",
                        help="sizes of the pathological articles, comma-separated (up to 200000)")
    parser.add_argument("--memory-cap", type=float, default=6.0, help="GiB of address space the server may map")
    parser.add_argument("--only", choices=["all", "burst", "hostile"], default="all",
                        help="run only the burst and deadline phases, or only the hostile phase")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    texts = articles()
    server = Server(args.workers, args.max_queue, int(args.memory_cap * 2**30))
    phases: list[Phase] = []
    extra: dict[str, object] = {}
    try:
        if args.only != "all":
            baseline = load_phase(server, "load 1x", args.workers, min(10.0, args.seconds), texts)
            phases.append(baseline)
            if args.only == "burst":
                burst, extra["stream_while_busy"] = burst_phase(server, texts)
                phases.append(burst)
                phases.append(big_burst_phase(server))
                extra["deadline"] = deadline_phase(server, args.workers, texts)
            else:
                extra["hostile"] = hostile_phase(server, texts, [int(x) for x in args.hostile_sizes.split(",")],
                                                 baseline.row()["p99_ms"], args.workers)  # type: ignore[arg-type]
            return

        capacity = args.workers
        phases.append(load_phase(server, "load 1x", capacity, args.seconds, texts))
        phases.append(load_phase(server, "load 2x", 2 * capacity, args.seconds, texts))
        phases.append(load_phase(server, "flood 8x", 8 * capacity, args.seconds / 2, texts))

        def kill_one() -> None:
            time.sleep(args.seconds / 3)
            pid = server.worker_pids().get(0)
            if pid:
                os.kill(pid, signal.SIGKILL)

        phases.append(load_phase(server, "worker killed", 2 * capacity, args.seconds, texts, during=kill_one))
        phases.append(fuzz_phase(server, args.fuzz, 200_000))
        burst, extra["stream_while_busy"] = burst_phase(server, texts)
        phases.append(burst)
        phases.append(big_burst_phase(server))
        extra["deadline"] = deadline_phase(server, args.workers, texts)
        extra["hostile"] = hostile_phase(server, texts, [int(x) for x in args.hostile_sizes.split(",")],
                                         phases[0].row()["p99_ms"], args.workers)  # type: ignore[arg-type]
        healthy = load_phase(server, "after all", capacity, min(10.0, args.seconds), texts)
        phases.append(healthy)
    finally:
        exit_code = server.stop()
        report(args, phases, extra, exit_code)


def _commit() -> str:
    """The checkout's commit, with "+" when it has changes, for the JSON record of a run."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True,
                               timeout=10).stdout.strip()
    except OSError:
        return ""
    return commit + ("+" if dirty else "")


def report(args: argparse.Namespace, phases: list[Phase], extra: dict[str, object], exit_code: int) -> None:
    """Print every phase's figures, write them as JSON, and fail the run when a call was lost."""
    rows = [phase.row() for phase in phases]
    print(f"quotewire serve --workers {args.workers} on loopback, under a {args.memory_cap:g} GiB address-space cap")
    print(f"{'phase':<15}{'clients':>8}{'calls':>8}{'ok/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'restarts':>10}{'lost':>6}"
          "  codes")
    for row in rows:
        print(f"{row['phase']:<15}{row['clients']:>8}{row['calls']:>8}{row['ok_per_s']:>8}{row['p50_ms']!s:>9}"
              f"{row['p99_ms']!s:>9}{row['worker_restarts']:>10.0f}{row['lost']:>6}  {row['codes']}")
    for key in ("stream_while_busy", "deadline"):
        if key in extra:
            print(f"{key}: {extra[key]}")
    hostile = extra.get("hostile")
    if isinstance(hostile, dict):
        print(f"hostile: worst ratio to a normal article x{hostile['worst_ratio']}, codes {hostile['codes']}, "
              f"peak worker memory {hostile['peak_worker_memory_mib']} MiB, normal p99 during the phase "
              f"{hostile['normal_traffic']['p99_ms']} ms (x{hostile['normal_p99_ratio']} of load 1x), workers "
              f"killed by the OS {hostile['workers_killed_by_os']}")
    lost = sum(phase.lost for phase in phases)
    print(f"lost: {lost}; server exit code after SIGTERM: {exit_code}")
    if args.json:
        run = {"commit": _commit(), "date": time.strftime("%Y-%m-%d"), "workers": args.workers,
               "memory_cap_gib": args.memory_cap}
        args.json.write_text(json.dumps({"run": run, "phases": rows, **extra, "lost": lost, "exit_code": exit_code},
                                        indent=2) + "\n")
    if lost or exit_code != 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
