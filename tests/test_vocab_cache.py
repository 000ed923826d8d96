"""The cached tag vocabularies answer exactly as Stanza's do, with lists the caller may change."""

from __future__ import annotations

from stanza.models.common.vocab import CompositeVocab

from quotewire.engine import Engine
from quotewire.engine.nlp.tag_columns import SKIPPED


def test_cached_answers_are_stanzas(engine: Engine, seed_text: str) -> None:
    assert hasattr(CompositeVocab.unit2id, "cached_of")
    tagger = engine._pipeline.processors["pos"]._trainer
    feats = tagger.vocab["feats"]
    skipped = getattr(tagger.model, SKIPPED)
    delattr(tagger.model, SKIPPED)  # the engine skips UFeats (tag_columns.py): have them predicted here
    try:
        words = [w for s in engine.analyse(seed_text).sentences for w in s.words]
    finally:
        setattr(tagger.model, SKIPPED, skipped)
    tag_sets = {w.feats or "_" for w in words}
    assert len(tag_sets) > 10
    for tags in tag_sets:
        ids = feats.unit2id(tags)
        assert ids == CompositeVocab.unit2id.cached_of(feats, tags)
        assert feats.id2unit(ids) == CompositeVocab.id2unit.cached_of(feats, ids) == tags
        ids.append(-1)  # a caller changing its list does not change the next answer
        assert feats.unit2id(tags) == CompositeVocab.unit2id.cached_of(feats, tags)
