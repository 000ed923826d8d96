"""The engine: the NLP layer (text -> Stanza analysis) and then the rule stages (quotewire.engine.stages: analysis
-> document -> quotes -> speakers -> entities), one after another, for one article at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotewire.engine.errors import StageError, StoppedError
from quotewire.engine.model import Attribution, Notice, NoticeCode, Span, with_text
from quotewire.engine.nlp.device import CPU, choose_device
from quotewire.engine.nlp.long_sentences import MAX_MARKUP_WORDS, MAX_SENTENCE_WORDS
from quotewire.engine.nlp.pipeline import DEFAULT_TORCH_THREADS, STEPS, load_pipeline
from quotewire.engine.nlp.quantization import is_quantized
from quotewire.engine.nlp.resources import model_version, resolve_models_dir
from quotewire.engine.nlp.token_repairs import sentence_cuts
from quotewire.engine.rules.conventions import read_conventions
from quotewire.engine.rules.quotes import text_for_parsing
from quotewire.engine.stages import STAGES, ArticleWork, run_stages

CUT_MESSAGE = (f"a sentence too long to parse (over {MAX_SENTENCE_WORDS} words, or over {MAX_MARKUP_WORDS} where most "
               "are marks or single letters) was cut here before parsing")


def _run(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run one stage; any failure leaves as a StageError that names it."""
    try:
        return fn(*args)
    except StageError:
        raise
    except Exception as exc:
        raise StageError(stage, exc) from exc


def attribute_document(text: str, analysis: Any) -> Attribution:
    """Every rule stage, in order, over the NLP layer's analysis of text_for_parsing(text) (a Stanza Document).

    The stages read the article in the house convention (rules/conventions.py); the answer quotes `text`."""
    canonical = read_conventions(text).canonical
    attribution = run_stages(ArticleWork(canonical, analysis), STAGES,
                             lambda stage, work: _run(stage.name, stage.run, work))
    return attribution if canonical == text else with_text(attribution, text)


class Engine:
    """A loaded pipeline and the stages after it. One call at a time: Stanza pipelines are not thread-safe."""

    def __init__(self, pipeline: Any, models_dir: Path, device: str = CPU) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()
        self.models_dir = models_dir
        self.device = device
        self.model_version = model_version(models_dir)
        self.quantized = is_quantized(pipeline)

    @classmethod
    def load(cls, models_dir: Path | str | None = None, *, torch_threads: int = DEFAULT_TORCH_THREADS,
             quantize: bool = True, device: str | None = None) -> Engine:
        """Load the models from models_dir, $QUOTEWIRE_MODELS, $STANZA_RESOURCES_DIR or the bundled dir, onto
        `device` ("cpu" or "cuda"; default $QUOTEWIRE_DEVICE, else cpu; DeviceError when it is not there). On the
        CPU their LSTMs run in int8 unless `quantize` is false; on a GPU, in float."""
        resolved = resolve_models_dir(models_dir)
        chosen = choose_device(device)
        return cls(load_pipeline(resolved, torch_threads, quantize, chosen), resolved, chosen)

    def analyse(self, text: str, should_stop: Callable[[], bool] = lambda: False) -> Any:
        """Stanza's analysis of the text (tokens, sentences, tags, parse, entities); see analyse_bounded."""
        return self.analyse_bounded(text, should_stop)[0]

    def analyse_bounded(self, text: str, should_stop: Callable[[], bool] = lambda: False) -> tuple[Any, list[int]]:
        """Stanza's analysis of the text, and the offsets where sentences too long to parse were cut.

        The processors run one step at a time, and `should_stop` is asked between steps: a caller that has gone
        away frees the engine within one step (a fraction of a second on a news article) with StoppedError. The
        token repairs (nlp/token_repairs.py) run with the tokenizer, so no sentence the parser sees has more than
        long_sentences.MAX_SENTENCE_WORDS words (MAX_MARKUP_WORDS where most of them are marks or single letters).
        """
        with self._lock:
            analysis: Any = text
            done = "nothing"
            for step in STEPS:
                names = [name for name in step if name in self._pipeline.processors]
                if not names:
                    continue
                if should_stop():
                    raise StoppedError(after=done)
                analysis = _run("stanza", self._pipeline.process, analysis, names)
                done = "+".join(names)
            return analysis, sentence_cuts(analysis)

    def attribute(self, text: str, should_stop: Callable[[], bool] = lambda: False) -> Attribution:
        """Every quote in the text and who said it; StoppedError if `should_stop()` turns true on the way."""
        if not text.strip():
            return Attribution()
        analysis, cuts = self.analyse_bounded(text_for_parsing(text), should_stop)
        if should_stop():
            raise StoppedError(after="stanza")
        attribution = attribute_document(text, analysis)
        notices = tuple(Notice(NoticeCode.SENTENCE_SPLIT, CUT_MESSAGE, Span.of(text, cut, cut)) for cut in cuts)
        if not notices:
            return attribution
        return replace(attribution, notices=attribution.notices + notices)
