"""The tagger skips UFeats, which nothing reads, and every other analysis stays exactly Stanza's."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from swaps import analyses_with

from quotewire.engine import Engine
from quotewire.engine.nlp.tag_columns import SKIPPED, skip_columns
from samples import dev_texts


def _tagger(engine: Engine) -> Any:  # a stanza.models.pos.model.Tagger
    return engine._pipeline.processors["pos"]._trainer.model


def test_the_engines_tagger_skips_ufeats_only(engine: Engine) -> None:
    assert getattr(_tagger(engine), SKIPPED) == frozenset({"feats"})
    assert skip_columns(engine._pipeline, frozenset({"upos", "xpos"})) is False  # never the columns others read
    assert skip_columns(SimpleNamespace(processors={}), frozenset({"feats"})) is False  # no tagger at all


def test_without_ufeats_tags_lemmas_parses_and_entities_are_stanzas(engine: Engine, seed_text: str) -> None:
    texts = [seed_text, *dev_texts(3)]
    ours = [engine.analyse(text) for text in texts]
    stanzas = analyses_with(engine, texts, _tagger(engine), SKIPPED)  # UFeats predicted again

    def analysis(doc: Any, *fields: str) -> list[tuple[Any, ...]]:  # doc: a stanza Document
        return [tuple(getattr(w, f) for f in fields) for s in doc.sentences for w in s.words]

    fields = ("text", "upos", "xpos", "lemma", "head", "deprel")
    for a, b in zip(ours, stanzas, strict=True):
        # the parser reads the features too, in Stanza 1.15 without effect: if that changes, so do these parses
        assert analysis(a, *fields) == analysis(b, *fields)
        assert [(e.text, e.type) for e in a.ents] == [(e.text, e.type) for e in b.ents]
        assert all(w.feats is None for s in a.sentences for w in s.words)
    assert sum(w.feats is not None for doc in stanzas for s in doc.sentences for w in s.words) > 500
