"""Batch attribution on Ray Data: a pool of actors, each holding one engine, over a Dataset of articles.

Ray starts locally when it is not running (or joins the cluster at `address`); the same code runs on a laptop
and on a cluster, where every node needs quotewire-server[batch] and the input and output paths.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotewire.batch.attributor import PartWriter, QuoteFinder
from quotewire.batch.inputs import articles_dataset, find_inputs
from quotewire.batch.parts import claimed, done_ids
from quotewire.engine.errors import DeviceError
from quotewire.engine.nlp.device import CPU, choose_device
from quotewire.engine.nlp.resources import read_resources, resolve_models_dir
from quotewire.server.validation import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    import ray.data

# Articles per batch, and per part of the output, unless given: enough batches per engine that none waits long
# for the others at the end (a part per article on a few dozen), at most MAX_BATCH_SIZE (parts of a useful size
# on millions).
BATCHES_PER_ENGINE = 24
MAX_BATCH_SIZE = 64
IN_FLIGHT = 2  # batches an engine holds: the next is there when it finishes one, as a server worker's queue is

# A Ray started here runs on a machine whose work is these engines: they run at the command's own priority (Ray
# would start them at niceness 15, below its own daemons and the driver, so that every wake-up of those takes the
# engines' CPU), and no workers are started ahead of the actors (those would lack the engines' thread limits,
# a runtime_env of their own, and only sit idle). A cluster's own settings are its operator's.
# (Set as Ray's environment settings: its _system_config would warn of an unstable API on every run.)
LOCAL_RAY_SETTINGS = {"RAY_worker_niceness": "0", "RAY_enable_worker_prestart": "false"}

Progress = Callable[[int], AbstractContextManager[Callable[[int], None]]]  # total -> advance(n)


@dataclass
class Summary:
    """What one run did. `articles` = `done` + `errors` (this run); `skipped` were in the output already."""

    articles: int = 0
    done: int = 0
    errors: int = 0
    quotes: int = 0
    skipped: int = 0
    start_s: float = 0.0  # starting Ray (0 when it was running already)
    work_s: float = 0.0  # from the first batch an engine began to the last it finished
    wall_s: float = 0.0  # the whole run, engines' model loading included
    workers: int = 0
    batch_size: int = 0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.work_s if self.work_s > 0 else 0.0

    def line(self) -> str:
        if not self.articles:
            return f"nothing left to do: the output holds all {self.skipped:,} articles ({self.wall_s:.1f} s)"
        skipped = f", {self.skipped:,} done before" if self.skipped else ""
        return (f"{self.articles:,} articles in {self.work_s:.1f} s ({self.articles_per_s:.2f} articles/s; "
                f"{self.wall_s:.1f} s in all, {self.start_s:.1f} s of it starting Ray): {self.done:,} done, "
                f"{self.errors:,} errors, {self.quotes:,} quotes{skipped}")


def quiet_ray() -> None:
    """Ray's logs and progress bars kept to warnings: the command draws its own bar and prints one summary line."""
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # Ray Data's actors log an error that is not one
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.enable_auto_log_stats = False
    levels = {"ray": logging.WARNING, "ray.data": logging.WARNING, "ray.data._internal.progress": logging.ERROR,
              "ray._private.authentication": logging.ERROR}  # a token for a Ray only this machine reaches
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@contextmanager
def small_blocks() -> Iterator[None]:
    """Ray Data cuts what each step makes into blocks of one article while this holds (the datasets made in it
    keep that), so the engines get batches of exactly --batch-size articles, whatever the input's shape, and
    none waits while another has a long queue. Restored after: the setting is process-wide."""
    from ray.data import DataContext

    context = DataContext.get_current()
    saved = context.target_max_block_size, context.target_min_block_size
    context.target_max_block_size = context.target_min_block_size = 1
    try:
        yield
    finally:
        context.target_max_block_size, context.target_min_block_size = saved


def start_ray(address: str | None = None) -> float:
    """Join the cluster at `address`, or start Ray on this machine, unless it is running; the seconds it took."""
    import ray

    quiet_ray()
    if ray.is_initialized():
        return 0.0
    started = time.perf_counter()
    local: dict[str, Any] = {}
    if not address:  # a Ray on this machine
        local["include_dashboard"] = False
        for name, value in LOCAL_RAY_SETTINGS.items():
            os.environ.setdefault(name, value)  # read by the raylet this starts; a user's own setting stands
    ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False, **local)
    return time.perf_counter() - started


def engine_resources(workers: int | None, device: str, torch_threads: int) -> tuple[int, float, float | None]:
    """How many actors (by default one per CPU, or per GPU on cuda), and the CPUs and GPUs each asks for, so that
    all of them fit the cluster at once."""
    import ray

    cluster = ray.cluster_resources()
    cpus = float(cluster.get("CPU", 1.0))
    gpus = float(cluster.get("GPU", 0.0))
    if device != CPU and gpus <= 0:
        raise DeviceError(device, "is not available: the Ray cluster has no GPU; use --device cpu")
    if workers is None:
        workers = max(1, int(gpus if device != CPU else cpus // torch_threads))
    return workers, min(float(torch_threads), cpus / workers), min(1.0, gpus / workers) if device != CPU else None


def batch_size_for(articles: int, workers: int) -> int:
    """The batch size when none is given (BATCHES_PER_ENGINE, MAX_BATCH_SIZE)."""
    return max(1, min(MAX_BATCH_SIZE, math.ceil(articles / (workers * BATCHES_PER_ENGINE))))


def attribute_with(dataset: ray.data.Dataset, actor: type, *, workers: int | None, device: str,
                   batch_size: int | None, torch_threads: int, articles: int = 0, **kwargs: Any) -> ray.data.Dataset:
    """`dataset` (about `articles` rows, when known) through a pool of `workers` actors of class `actor`,
    `batch_size` rows per call. Ray replaces an actor that dies and retries its batches (PartWriter makes an
    article that kills engines an error row)."""
    from ray.data import ActorPoolStrategy

    size, cpus, gpus = engine_resources(workers, device, torch_threads)
    return dataset.map_batches(
        actor, batch_format="pyarrow", batch_size=batch_size or batch_size_for(articles, size),
        # One call at a time, run on the actor's own thread: Ray Data's default hands each call to a thread of
        # its own, where glibc's per-thread heap gives memory back and faults it in again (a tenth of the time).
        compute=ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=IN_FLIGHT,
                                  max_concurrent_calls_per_actor=1, enable_true_multi_threading=True),
        fn_constructor_kwargs={"device": device, "torch_threads": torch_threads, **kwargs},
        num_cpus=cpus, num_gpus=gpus, runtime_env={"env_vars": thread_limits(torch_threads)})


def thread_limits(threads: int) -> dict[str, str]:
    """Each engine's math libraries on its own threads only: more, on a busy machine, make an article take many
    times longer (see nlp/pipeline.py)."""
    return {name: str(threads) for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}


def attribute_dataset(articles: ray.data.Dataset, *, workers: int | None = None, device: str = CPU,
                      batch_size: int = MAX_BATCH_SIZE, models_dir: str | os.PathLike[str] | None = None,
                      torch_threads: int = 1, max_chars: int = DEFAULT_MAX_CHARS) -> ray.data.Dataset:
    """The quotes (tables.QUOTES rows) in a Ray Dataset of articles: columns id and text, optionally title, url,
    publish_time and language. Lazy, like any Dataset. An article the server would refuse, or that the engine
    fails on, has no quotes: `run_batch` (`quotewire batch`) keeps a row for each article, with the reason.
    An engine takes a whole block at a time: blocks of about `batch_size` rows share the work evenly."""
    start_ray()
    return attribute_with(articles, QuoteFinder, workers=workers, device=device, batch_size=batch_size,
                          torch_threads=torch_threads, models_dir=os.fspath(models_dir) if models_dir else None,
                          max_chars=max_chars)


@contextmanager
def _no_progress(total: int) -> Iterator[Callable[[int], None]]:
    yield lambda n: None


def _attribute_into(folder: Path, run: str, dataset: ray.data.Dataset, skip: frozenset[str], summary: Summary,
                    advance: Callable[[int], None], **options: Any) -> None:
    """Run the dataset through the engines, each batch written as a part of `folder`; count into `summary`."""
    import ray

    skip_ref: Any = ray.put(skip) if skip else frozenset()  # large: through the object store, once per engine
    summary.workers = engine_resources(options["workers"], options["device"], options["torch_threads"])[0]
    summary.batch_size = options["batch_size"] or batch_size_for(options.pop("articles"), summary.workers)
    options.update(workers=summary.workers, batch_size=summary.batch_size)
    batches = attribute_with(dataset, PartWriter, output=str(folder), run=run, skip=skip_ref, **options)
    first, last = float("inf"), 0.0
    for block in batches.iter_batches(batch_size=None, batch_format="pyarrow"):
        for row in block.to_pylist():  # type: ignore[union-attr]  # pyarrow batches are tables
            for name in ("articles", "done", "errors", "quotes", "skipped"):
                setattr(summary, name, getattr(summary, name) + row[name])
            if row["articles"]:
                first, last = min(first, row["started"]), max(last, row["finished"])
            advance(row["articles"] + row["skipped"])
    summary.work_s = max(0.0, last - first)


def run_batch(inputs: Sequence[str | os.PathLike[str]], output: str | os.PathLike[str], *, workers: int | None = None,
              device: str = CPU, batch_size: int | None = None, address: str | None = None,
              models_dir: str | os.PathLike[str] | None = None, torch_threads: int = 1,
              max_chars: int = DEFAULT_MAX_CHARS, progress: Progress | None = None) -> Summary:
    """Attribute every article of `inputs` (folders of .txt files, .jsonl, .parquet) into `output` (Parquet:
    quotes/ and articles/), skipping those the output holds already. Stops on Ctrl-C with what is done kept.
    `batch_size`: articles per batch and per part (default: batch_size_for the articles left and the engines)."""
    wall = time.perf_counter()
    models = os.fspath(models_dir) if models_dir else None
    if address is None:  # on this machine: a missing GPU or models dir is one error now, not one per engine
        device = choose_device(device)
        read_resources(resolve_models_dir(models))
    found = find_inputs(inputs)
    total = found.count()
    summary = Summary()
    folder = Path(output)
    with claimed(folder) as run, (progress or _no_progress)(total) as advance:
        done = done_ids(folder)
        skip = frozenset(i for i, _ in found.texts if i in done)
        summary.skipped = len(skip)
        advance(summary.skipped)
        if summary.skipped < total:
            summary.start_s = start_ray(address)
            with small_blocks():
                dataset = articles_dataset(found, skip)
                if dataset is not None:
                    _attribute_into(folder, run, dataset, done - skip, summary, advance, workers=workers,
                                    device=device, batch_size=batch_size, articles=max(1, total - len(done)),
                                    torch_threads=torch_threads, models_dir=models, max_chars=max_chars)
    summary.wall_s = time.perf_counter() - wall
    return summary
