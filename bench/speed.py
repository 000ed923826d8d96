"""How fast quotewire is on this machine, over PolNeAR dev articles.

    python bench/speed.py [--limit N] [--models DIR] [--torch-threads 1] [--json OUT]

Prints articles/s, words/s and p50/p99 latency per article for (a) the raw Stanza pipeline, (b) the engine
in-process (Stanza plus the attribution stages), (c) a real server through gRPC with 1 worker and with 2 workers
(two calls in flight per worker, so none idles), and with --with-peer (d) the peer, textacy's direct_quotations
on spaCy (bench/peer.py); plus the share of the engine's time spent after Stanza, and peak RSS.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT / "bench"))

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
    from bench.polnear_score import load, run_server
else:
    from polnear_score import load, run_server


def figures(latencies: list[float], words: int) -> dict[str, float]:
    total = sum(latencies)
    ordered = sorted(latencies)
    return {
        "articles_per_s": round(len(latencies) / total, 2),
        "words_per_s": round(words / total),
        "p50_ms": round(1000 * statistics.median(ordered)),
        "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]),
    }


def throughput(latencies: list[float], wall: float, words: int) -> dict[str, float]:
    """Figures for calls made side by side: rates over the wall time, latency per call."""
    ordered = sorted(latencies)
    return {
        "articles_per_s": round(len(latencies) / wall, 2),
        "words_per_s": round(words / wall),
        "p50_ms": round(1000 * statistics.median(ordered)),
        "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]),
    }


def through_server(models: Path | None, workers: int, texts: list[str], words: int) -> tuple[dict[str, float], float]:
    """A real server with `workers` workers, fed by 2 calls per worker at a time; (figures, server peak RSS)."""
    from concurrent.futures import ThreadPoolExecutor

    from quotewire.client import QuotewireClient

    servers = run_server(models, workers=workers)
    target, pid = next(servers)
    try:
        with QuotewireClient(target, timeout=600) as client:
            for text in texts[: 2 * workers]:
                client.attribute(text)  # warm up every worker

            def one(text: str) -> float:
                t0 = time.perf_counter()
                client.attribute(text)
                return time.perf_counter() - t0

            started = time.perf_counter()
            with ThreadPoolExecutor(2 * workers) as pool:
                latencies = list(pool.map(one, texts))
            wall = time.perf_counter() - started
        return throughput(latencies, wall, words), tree_rss_mib(pid)
    finally:
        servers.close()


def tree_rss_mib(pid: int) -> float:
    """Peak RSS of the server and its worker processes together."""
    import psutil  # type: ignore[import-untyped]  # no inline types; types-psutil is not a dev dependency

    total = server_rss_mib(pid)
    for child in psutil.Process(pid).children(recursive=True):
        with contextlib.suppress(FileNotFoundError, StopIteration):
            total += server_rss_mib(child.pid)
    return round(total, 1)


def timed(fn: Callable[[str], object], texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        fn(text)
        out.append(time.perf_counter() - t0)
    return out


def server_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    peak = next(line for line in status.splitlines() if line.startswith("VmHWM"))
    return round(int(peak.split()[1]) / 1024, 1)


def main() -> None:
    from quotewire.engine import Engine
    from quotewire.engine.engine import attribute_document
    from quotewire.engine.rules.quotes import text_for_parsing

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N dev articles")
    parser.add_argument("--models", type=Path)
    parser.add_argument("--torch-threads", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--with-peer", action="store_true", help="also time textacy on spaCy (bench/peer.py)")
    args = parser.parse_args()
    texts = [a.text for a in load("dev", args.limit)]
    words = sum(len(t.split()) for t in texts)
    engine = Engine.load(args.models, torch_threads=args.torch_threads)
    engine.attribute(texts[0])  # warm up

    results: dict[str, dict[str, float]] = {}
    analyses = []

    def raw(text: str) -> None:
        analyses.append(engine.analyse(text_for_parsing(text)))

    results["stanza pipeline"] = figures(timed(raw, texts), words)
    t0 = time.perf_counter()
    for text, analysis in zip(texts, analyses, strict=True):
        attribute_document(text, analysis)
    stages = time.perf_counter() - t0
    results["engine in-process"] = figures(timed(engine.attribute, texts), words)

    server_rss = {}
    for workers in (1, 2):
        results[f"server, {workers} worker{'s' if workers > 1 else ''}"], server_rss[workers] = \
            through_server(args.models, workers, texts, words)
    if args.with_peer:
        if TYPE_CHECKING:
            from bench.peer import load_peer, time_peer
        else:
            from peer import load_peer, time_peer

        nlp = load_peer()
        time_peer(nlp, texts[:1])
        results["peer: textacy + spaCy sm"] = figures(time_peer(nlp, texts), words)
    stanza_total = len(texts) / results["stanza pipeline"]["articles_per_s"]
    summary = {
        "articles": len(texts), "words": words, "torch_threads": args.torch_threads,
        "attribution_share_of_stanza": round(stages / stanza_total, 4),
        "peak_rss_mib_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_mib_server": server_rss,
    }
    print(f"{len(texts)} PolNeAR dev articles, {words} words, torch threads {args.torch_threads}")
    keys = list(next(iter(results.values())))
    print(f"{'':<26}" + "".join(f"{k:>16}" for k in keys))
    for name, row in results.items():
        print(f"{name:<26}" + "".join(f"{row[k]:>16}" for k in keys))
    print(f"attribution stages after Stanza: {100 * summary['attribution_share_of_stanza']:.2f} % of Stanza's time")
    print(f"peak RSS: this process (engine + Stanza) {summary['peak_rss_mib_this_process']} MiB; server with its "
          f"workers: {server_rss[1]} MiB (1 worker), {server_rss[2]} MiB (2 workers)")
    if args.json:
        args.json.write_text(json.dumps({"results": results, **summary}, indent=2) + "\n")


if __name__ == "__main__":
    main()
