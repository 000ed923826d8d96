"""The engine: text -> Stanza document -> quotes -> speakers -> entities, one stage after another."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotewire.engine.assemble import assemble
from quotewire.engine.candidates import Candidate
from quotewire.engine.coref import resolve_continuations, resolve_pronouns
from quotewire.engine.document import ArticleDoc
from quotewire.engine.errors import StageError
from quotewire.engine.model import Attribution
from quotewire.engine.pipeline import DEFAULT_TORCH_THREADS, load_pipeline
from quotewire.engine.quotes import find_quotes, text_for_parsing
from quotewire.engine.reported import find_reported
from quotewire.engine.resources import model_version, resolve_models_dir
from quotewire.engine.speakers import attribute_direct, candidates_from


def _run(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run one stage; any failure leaves as a StageError that names it."""
    try:
        return fn(*args)
    except StageError:
        raise
    except Exception as exc:
        raise StageError(stage, exc) from exc


def attribute_document(text: str, analysis: Any) -> Attribution:
    """Every stage after Stanza, over its analysis of `text` (a stanza Document)."""
    doc = _run("document", ArticleDoc.from_stanza, text, analysis)
    scan = _run("quotes", find_quotes, text)
    cands: list[Candidate] = candidates_from(scan)
    _run("speakers", attribute_direct, doc, cands, scan.nicknames)
    cands.extend(_run("reported", find_reported, doc, cands, scan.nicknames))
    _run("pronouns", resolve_pronouns, doc, cands, scan.nicknames)
    _run("continuations", resolve_continuations, doc, cands)
    return _run("entities", assemble, doc, cands, scan.nicknames)


class Engine:
    """A loaded pipeline and the stages after it. One call at a time: Stanza pipelines are not thread-safe."""

    def __init__(self, pipeline: Any, models_dir: Path) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()
        self.models_dir = models_dir
        self.model_version = model_version(models_dir)

    @classmethod
    def load(cls, models_dir: Path | str | None = None, *, torch_threads: int = DEFAULT_TORCH_THREADS) -> Engine:
        """Load the models from models_dir, $QUOTEWIRE_MODELS, $STANZA_RESOURCES_DIR or the bundled dir."""
        resolved = resolve_models_dir(models_dir)
        return cls(load_pipeline(resolved, torch_threads), resolved)

    def analyse(self, text: str) -> Any:
        """Stanza's analysis of the text (tokens, sentences, tags, parse, entities)."""
        with self._lock:
            return _run("stanza", self._pipeline, text)

    def attribute(self, text: str) -> Attribution:
        """Every quote in the text and who said it."""
        if not text.strip():
            return Attribution()
        return attribute_document(text, self.analyse(text_for_parsing(text)))
