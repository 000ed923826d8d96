"""The output folder: two Parquet tables (quotes/, articles/) written a part at a time, so a run stopped at any
moment, even by SIGKILL, leaves only whole parts, and the next run on the same folder does only what is left.

Each finished batch writes its quotes part, then its articles part, each to a hidden temporary name and renamed
into place; an article counts as done once its articles part is there. At the start of a run, temporary files
and quotes parts whose articles part never came are removed, and the ids of the articles table are what to skip.
A part's name comes from its articles' ids, so a batch retried after its engine died writes over its own part.
While a batch runs, a small file says which article its engine is on (Attempts): an article its engine died on
twice is an error row when the batch is tried again, so one article that kills engines cannot stop the run.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from quotewire.batch.tables import ARTICLES, QUOTES

QUOTES_DIR = "quotes"
ARTICLES_DIR = "articles"
ATTEMPTS_DIR = ".attempts"
LOCK_NAME = ".quotewire-batch.lock"
DEATHS_ALLOWED = 2  # engines an article may take down with it before it is an error row
PART_GLOB = "part-*.parquet"
TEMP_PREFIX = "."  # readers (pyarrow, pandas, DuckDB's part-*.parquet glob) skip hidden files


class OutputError(Exception):
    """The output folder cannot be used: another run holds it, or a part in it cannot be read."""


def part_name(ids: Sequence[str]) -> str:
    """The part's file name, the same for the same articles."""
    digest = hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:24]
    return f"part-{digest}.parquet"


def _temporary(path: Path) -> Path:
    return path.with_name(f"{TEMP_PREFIX}{path.name}.{os.getpid()}.tmp")


def write_atomically(table: pa.Table, path: Path) -> None:
    """Write under a hidden name, then rename: the part is either all there or not there."""
    temporary = _temporary(path)
    pq.write_table(table, temporary)
    os.replace(temporary, path)


class Attempts:
    """Which article of a batch its engine is on, kept on disk beside the output, and how many engines died on
    each article of it in earlier tries (an article the last try was on when it ended died with its engine)."""

    def __init__(self, output: Path, name: str) -> None:
        self.path = output / ATTEMPTS_DIR / f"{name}.json"
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state = {}
        self.deaths: dict[str, int] = dict(state.get("deaths", {}))
        if state.get("on") is not None:
            self.deaths[state["on"]] = self.deaths.get(state["on"], 0) + 1

    def too_deadly(self, article_id: str) -> int:
        """How many engines died on the article, when that is too many to try it again; else 0."""
        deaths = self.deaths.get(article_id, 0)
        return deaths if deaths >= DEATHS_ALLOWED else 0

    def on(self, article_id: str) -> None:
        """The engine starts on this article."""
        self.path.parent.mkdir(exist_ok=True)
        temporary = _temporary(self.path)
        temporary.write_text(json.dumps({"on": article_id, "deaths": self.deaths}), encoding="utf-8")
        os.replace(temporary, self.path)

    def finished(self) -> None:
        """The batch's parts are written: nothing to remember."""
        self.path.unlink(missing_ok=True)


def write_part(output: Path, articles: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> str:
    """One finished batch: its quotes (if any), then its articles, which mark it done. Returns the part's name."""
    name = part_name([a["id"] for a in articles])
    if quotes:
        write_atomically(pa.Table.from_pylist(quotes, schema=QUOTES), output / QUOTES_DIR / name)
    write_atomically(pa.Table.from_pylist(articles, schema=ARTICLES), output / ARTICLES_DIR / name)
    return name


@contextmanager
def claimed(output: Path) -> Iterator[str]:
    """Hold the output folder (made if new, then tidied) for this run alone, through a lock file inside it that
    also names the run: its engines write only while it does (see still_ours). Yields the run's name."""
    for table in (QUOTES_DIR, ARTICLES_DIR):
        (output / table).mkdir(parents=True, exist_ok=True)
    with open(output / LOCK_NAME, "a+b") as lock:  # not truncated before it is held
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{output}: another quotewire batch is writing here; wait for it or use another "
                              "--output") from None
        run = uuid.uuid4().hex
        lock.truncate(0)
        lock.write(run.encode("ascii"))
        lock.flush()
        tidy(output)
        yield run


def still_ours(output: Path, run: str) -> bool:
    """Whether the run that started this engine still holds the output: an engine that outlives its run (whose
    driver was killed) must not write parts that the next run may be doing again."""
    try:
        return (output / LOCK_NAME).read_bytes().decode("ascii", "replace") == run
    except OSError:
        return False


def tidy(output: Path) -> list[Path]:
    """Remove what a stopped run left half-written: temporary files, and quotes parts without their articles
    part (their articles are not done, so they will be attributed again). Returns what was removed."""
    removed = [p for table in (QUOTES_DIR, ARTICLES_DIR) for p in (output / table).glob(f"{TEMP_PREFIX}*.tmp")]
    removed += list((output / ATTEMPTS_DIR).glob("*"))  # batches of a stopped run: this run's are made anew
    done = {p.name for p in (output / ARTICLES_DIR).glob(PART_GLOB)}
    removed += [p for p in (output / QUOTES_DIR).glob(PART_GLOB) if p.name not in done]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def done_ids(output: Path) -> frozenset[str]:
    """The ids of every article the output already holds, done or refused: a run skips them."""
    ids: set[str] = set()
    for path in sorted((output / ARTICLES_DIR).glob(PART_GLOB)):
        try:
            ids.update(pq.read_table(path, columns=["id"]).column("id").to_pylist())
        except (OSError, pa.ArrowException) as exc:
            raise OutputError(f"{path}: cannot be read ({exc}); remove it and its quotes part to redo its "
                              "articles") from None
    return frozenset(ids)
