"""`quotewire batch` against `quotewire serve`: the same PolNeAR dev articles, the same number of engines.

    python bench/batch.py [--limit N] [--workers 1 2] [--repeat N] [--batch-size N] [--models DIR] [--json OUT]

For each worker count: a real server (bench/polnear_score.py's run_server) fed two calls per worker at a time
after one warm-up call each, as bench/speed.py measures it; then a batch run (quotewire.batch.run_batch, the
code behind `quotewire batch`, on a fresh local Ray) over the articles as .txt files into a fresh output folder.
Reported: articles/s of each (the server from its first call to its last answer; the batch from the first batch
its engines began, models loaded and warmed up, to the last they finished), the batch's whole wall time and
Ray's start-up apart, and whether every article's quotes (tables.quote_rows) are the server's. With --repeat N,
server and batch run in turn N times and the run of median articles/s of each is reported. The targets:
batch >= 0.95 x the server at each worker count, 2 batch workers >= 1.8 x one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT / "bench"))

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
    from bench.polnear_score import load, run_server
else:
    from polnear_score import load, run_server

BATCH_TARGET = 0.95  # batch articles/s over the server's, same workers
SCALING_TARGET = 1.8  # batch articles/s with 2 workers over 1

Rows = dict[str, list[dict[str, Any]]]  # article id -> its quote rows


def through_server(models: Path | None, workers: int, articles: dict[str, str]) -> tuple[dict[str, float], Rows]:
    """A real `quotewire serve` with `workers` workers, two calls per worker in flight; (figures, quotes)."""
    from concurrent.futures import ThreadPoolExecutor

    from quotewire.batch.tables import quote_rows
    from quotewire.client import QuotewireClient

    servers = run_server(models, workers=workers)
    target, _ = next(servers)
    try:
        with QuotewireClient(target, timeout=600) as client:
            for text in list(articles.values())[: 2 * workers]:
                client.attribute(text)  # warm up every worker

            def one(item: tuple[str, str]) -> list[dict[str, Any]]:
                return quote_rows(client.attribute(item[1], article_id=item[0]))

            started = time.perf_counter()
            with ThreadPoolExecutor(2 * workers) as pool:
                rows = dict(zip(articles, pool.map(one, articles.items()), strict=True))
            seconds = time.perf_counter() - started
    finally:
        servers.close()
    return {"articles_per_s": round(len(articles) / seconds, 3), "seconds": round(seconds, 2)}, rows


def through_batch(models: Path | None, workers: int, batch_size: int | None, folder: Path,
                  output: Path) -> tuple[dict[str, float], Rows, int]:
    """`quotewire batch` over `folder` into `output` on a Ray started for it; (figures, quotes, articles done)."""
    import pyarrow.parquet as pq
    import ray

    from quotewire.batch import run_batch

    summary = run_batch([folder], output, workers=workers, batch_size=batch_size, models_dir=models)
    ray.shutdown()  # the next run starts its own, and its start-up is timed again
    rows: Rows = defaultdict(list)
    for row in pq.read_table(output / "quotes").to_pylist():
        rows[row["article_id"]].append(row)
    articles = pq.read_table(output / "articles", columns=["status"]).column("status").to_pylist()
    figures = {
        "articles_per_s": round(summary.articles_per_s, 3), "seconds": round(summary.work_s, 2),
        "wall_s": round(summary.wall_s, 2), "ray_start_s": round(summary.start_s, 2),
        "done": summary.done, "errors": summary.errors, "quotes": summary.quotes, "batch_size": summary.batch_size,
    }
    return figures, rows, articles.count("done")


def median_run(figures: list[dict[str, float]]) -> dict[str, float]:
    """The run of median articles/s (the lower middle one of an even number)."""
    ordered = sorted(figures, key=lambda f: f["articles_per_s"])
    return ordered[(len(ordered) - 1) // 2]


def in_text_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: (row["start"], row["end"], row["quote_id"]))


def differences(batch: Rows, server: Rows) -> list[str]:
    """The articles whose quotes differ in any field (the batch's parts hold them in no particular order)."""
    return sorted(i for i in set(batch) | set(server)
                  if in_text_order(batch.get(i, [])) != in_text_order(server.get(i, [])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N dev articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per batch [default: the CLI's]")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each, in turn; the run of median articles/s is reported [default: 1]")
    parser.add_argument("--models", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    articles = {f"{a.name}.txt": a.text for a in load("dev", args.limit)}
    words = sum(len(t.split()) for t in articles.values())
    results: dict[str, dict[str, float]] = {}
    runs: dict[str, dict[str, list[float]]] = {}
    mismatched: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="qw-bench-batch-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for name, text in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
        for workers in args.workers:
            label = f"{workers} worker{'s' if workers > 1 else ''}"
            servers: list[dict[str, float]] = []
            batches: list[dict[str, float]] = []
            mismatched[label] = []
            for run in range(args.repeat):  # server and batch in turn, so a slower spell of the machine hits both
                figures, served = through_server(args.models, workers, articles)
                servers.append(figures)
                figures, batched, done = through_batch(args.models, workers, args.batch_size, folder,
                                                       Path(tmp) / f"out-{workers}-{run}")
                batches.append(figures)
                mismatched[label] += [i for i in differences(batched, served) if i not in mismatched[label]]
                if done != len(articles):
                    mismatched[label].append(f"run {run + 1}: {len(articles) - done} articles not done")
            results[f"server, {label}"] = median_run(servers)
            results[f"batch, {label}"] = median_run(batches)
            runs[label] = {"server": [r["articles_per_s"] for r in servers],
                           "batch": [r["articles_per_s"] for r in batches]}

    ratios: dict[str, float] = {}
    for workers in args.workers:
        label = f"{workers} worker{'s' if workers > 1 else ''}"
        ratios[f"batch / server, {label}"] = round(
            results[f"batch, {label}"]["articles_per_s"] / results[f"server, {label}"]["articles_per_s"], 3)
    if 1 in args.workers and 2 in args.workers:
        ratios["batch, 2 workers / 1"] = round(
            results["batch, 2 workers"]["articles_per_s"] / results["batch, 1 worker"]["articles_per_s"], 3)
    identical = not any(mismatched.values())

    print(f"{len(articles)} PolNeAR dev articles, {words} words")
    print(f"{'':<20}{'articles/s':>12}{'seconds':>10}{'wall s':>10}{'Ray start s':>13}{'batch size':>12}")
    for name, row in results.items():
        print(f"{name:<20}{row['articles_per_s']:>12}{row['seconds']:>10}{row.get('wall_s', ''):>10}"
              f"{row.get('ray_start_s', ''):>13}{row.get('batch_size', ''):>12}")
    for name, ratio in ratios.items():
        target = SCALING_TARGET if "/ 1" in name else BATCH_TARGET
        print(f"{name}: {ratio:.3f} ({'meets' if ratio >= target else 'below'} the target {target})")
    print("every article's quotes identical to the server's" if identical else
          f"quotes that differ from the server's: {json.dumps(mismatched)}")
    if args.json:
        args.json.write_text(json.dumps({
            "articles": len(articles), "words": words, "repeat": args.repeat, "results": results, "runs": runs,
            "ratios": ratios, "identical": identical, "mismatched": mismatched}, indent=2) + "\n")


if __name__ == "__main__":
    main()
