"""The one-pass vocabulary map gives Stanza's ids for every vocabulary the pipeline uses."""

from __future__ import annotations

from stanza.models.common.vocab import BaseMultiVocab, BaseVocab

from quotewire.engine import Engine
from quotewire.engine.nlp import vocab_map


def _vocabularies(engine: Engine) -> list[BaseVocab]:
    found: dict[int, BaseVocab] = {}
    for processor in engine._pipeline.processors.values():
        trainer = getattr(processor, "_trainer", None)
        for holder in (getattr(trainer, "vocab", None), getattr(getattr(trainer, "model", None), "vocab", None)):
            vocabs = holder._vocabs.values() if isinstance(holder, BaseMultiVocab) else [holder]
            found.update((id(v), v) for v in vocabs if isinstance(v, BaseVocab))
        pretrain = getattr(processor, "_pretrain", None)
        if pretrain is not None:
            found[id(pretrain.vocab)] = pretrain.vocab
    return list(found.values())


def test_one_pass_map_gives_stanzas_ids(engine: Engine, seed_text: str) -> None:
    assert hasattr(BaseVocab.map, "one_pass_of")
    words = [w.text for s in engine.analyse(seed_text).sentences for w in s.words]
    odd = ["Ünïcödé", "日本", "\u00a0", "New York", "", None]
    vocabularies = _vocabularies(engine)
    assert len(vocabularies) >= 8  # characters, words, tags and pretrains of several processors
    kinds = {vocab_map._kind(type(v)) for v in vocabularies}
    assert {vocab_map.PLAIN, vocab_map.PRETRAIN, vocab_map.OTHER} <= kinds  # each path is compared here
    for vocab in vocabularies:
        for units in [words + odd, *(list(w) for w in words[:200]), [w.upper() for w in words[:50]]]:
            try:
                expected = BaseVocab.map.one_pass_of(vocab, units)
            except (AttributeError, KeyError, TypeError, ValueError) as exc:  # Stanza fails: ours must fail alike
                try:
                    vocab.map(units)
                except type(exc):
                    continue
                raise AssertionError(f"{type(vocab).__name__} did not fail as Stanza's map does") from None
            assert vocab.map(units) == expected, type(vocab).__name__
