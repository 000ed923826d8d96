"""One engine per Ray actor: each batch of input rows in, quotes and article rows out.

An article is checked exactly as the server checks it (server/validation.py), refused with the server's own
message, and its quotes come from the same engine and the same conversion (server/convert.py) as the server's
answer. An engine that raises on one article fails that article alone, with the reason.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from quotewire.batch.parts import Attempts, part_name, still_ours, write_part
from quotewire.batch.tables import DONE, ERROR, QUOTES, article_row, quote_rows
from quotewire.server.convert import attribution_to_proto
from quotewire.server.failures import invalid_article
from quotewire.server.validation import DEFAULT_MAX_CHARS, Limits, Violation, check_language, check_text

if TYPE_CHECKING:
    from quotewire.engine import Engine

# An engine's first articles cost more (torch sizes its buffers, Python fills its caches): each engine reads this
# article of a few paragraphs first, as long as a short news story, so the archive's articles all run warm.
WARM_UP = """The city council voted on Tuesday to rebuild the old river bridge, ending a debate of three years.

"We have waited long enough for this," said Mayor Ana Reyes, who has pushed for the plan since her election. "The
bridge carries twelve thousand cars a day, and every one of them deserves a safe crossing."

Council member Tom Hale, who voted against the plan, said the cost would fall on families who never use the
bridge. He told reporters that the council had not looked at cheaper repairs.

The state transport agency said in a statement that it would pay half of the cost. Work is to begin in spring
and to last two years, according to the agency's chief engineer, Lena Ruiz. "Traffic will keep moving," she said.
"""

# What each finished batch reports to the driver (progress, the summary).
SUMMARY = pa.schema([
    ("articles", pa.int64()),
    ("done", pa.int64()),
    ("errors", pa.int64()),
    ("quotes", pa.int64()),
    ("skipped", pa.int64()),
    ("started", pa.float64()),  # wall-clock seconds since the epoch, when the engine began the batch
    ("finished", pa.float64()),
])


class RunOverError(Exception):
    """An engine outlived the run that started it (its driver was killed); another run may hold the output."""


def refusal(row: dict[str, Any], limits: Limits) -> str | None:
    """Why the server would refuse this article (its INVALID_ARGUMENT message), or why it is no article at all."""
    if row.get("problem"):
        return str(invalid_article([Violation("article", row["problem"])]).status.message)
    violations = check_language(row.get("language") or "")
    violations.extend(check_text(row.get("text") or "", limits))
    return str(invalid_article(violations).status.message) if violations else None


class Attributor:
    """A loaded engine and the limits the server would apply; Ray Data makes one per actor."""

    def __init__(self, *, models_dir: str | None = None, device: str | None = None, torch_threads: int = 1,
                 max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.limits = Limits(max_chars=max_chars)
        self.models_dir, self.device, self.torch_threads = models_dir, device, torch_threads
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The engine, loaded on first use (a resumed run whose articles are all done loads no models), with torch
        on `torch_threads` threads in the calling thread: Ray may run each call in a thread of its own, and
        OpenMP's thread count is a per-thread setting, so a new thread would otherwise run on every core."""
        import torch

        if self._engine is None:
            from quotewire.engine import Engine

            logging.getLogger("stanza").setLevel(logging.WARNING)
            self._engine = Engine.load(self.models_dir, torch_threads=self.torch_threads, device=self.device)
            self._engine.attribute(WARM_UP)  # so the first real article is timed like the others
            gc.freeze()  # the models and modules live as long as the actor: full collections no longer walk them
        torch.set_num_threads(self.torch_threads)
        return self._engine

    def attribute(self, row: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One INPUTS row: its ARTICLES row and its QUOTES rows."""
        refused = refusal(row, self.limits)
        if refused is not None:
            return article_row(row, status=ERROR, error_code="INVALID_ARGUMENT", error=refused), []
        started = time.perf_counter()
        try:
            attribution = self.engine.attribute(row["text"])
        except Exception as exc:  # one article's failure is that article's error row, and the batch goes on
            logging.getLogger(__name__).exception("the engine failed on article %r", row["id"])
            return article_row(row, status=ERROR, error_code="INTERNAL",
                               error=f"the engine failed on this article ({type(exc).__name__}: {exc})"), []
        response = attribution_to_proto(attribution, article_id=row["id"], model_version=self.engine.model_version)
        seconds = time.perf_counter() - started
        return article_row(row, status=DONE, response=response, seconds=seconds), quote_rows(response)

    def attribute_all(self, rows: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        articles: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        for row in rows:
            article, found = self.attribute(row)
            articles.append(article)
            quotes.extend(found)
        return articles, quotes


class PartWriter(Attributor):
    """For `quotewire batch`: writes each batch as a part of the output and returns its summary row."""

    def __init__(self, *, output: str, run: str, skip: Any = frozenset(), **engine: Any) -> None:
        super().__init__(**engine)
        self.output = Path(output)
        self.run = run
        if not isinstance(skip, frozenset):  # the driver's set of done ids, through Ray's object store
            import ray

            skip = ray.get(skip)
        self.skip: frozenset[str] = skip

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = [row for row in batch.to_pylist() if row["id"] not in self.skip]
        if rows:
            _ = self.engine  # loaded before the clock starts, as a server's workers are before it serves
        started = time.time()
        name = part_name([row["id"] for row in rows])
        attempts = Attempts(self.output, name)
        articles: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        for row in rows:
            deaths = attempts.too_deadly(row["id"])
            if deaths:
                articles.append(article_row(row, status=ERROR, error_code="UNAVAILABLE", error=(
                    f"the engine died on this article {deaths} times (killed, or out of memory)")))
                continue
            attempts.on(row["id"])
            article, found = self.attribute(row)
            articles.append(article)
            quotes.extend(found)
        if not still_ours(self.output, self.run):
            raise RunOverError(f"{self.output} is no longer this run's; its batch is left to the run that holds it")
        if articles:
            write_part(self.output, articles, quotes)
        attempts.finished()
        errors = sum(a["status"] == ERROR for a in articles)
        return pa.Table.from_pylist([{
            "articles": len(articles), "done": len(articles) - errors, "errors": errors, "quotes": len(quotes),
            "skipped": batch.num_rows - len(rows), "started": started, "finished": time.time(),
        }], schema=SUMMARY)


class QuoteFinder(Attributor):
    """For attribute_dataset: a batch of articles in, their quotes out."""

    def __call__(self, batch: pa.Table) -> pa.Table:
        from quotewire.batch.inputs import article_input

        rows = [article_input(row, "") for row in batch.to_pylist()]
        return pa.Table.from_pylist(self.attribute_all(rows)[1], schema=QUOTES)
