"""The lemmatizer without its unread first loader gives Stanza's lemmas."""

from __future__ import annotations

from stanza.pipeline import lemma_processor
from swaps import analyses_with

from quotewire.engine import Engine
from samples import dev_texts


def test_lemmas_are_stanzas(engine: Engine, seed_text: str) -> None:
    assert hasattr(lemma_processor.DataLoader, "document_only_of")
    texts = [seed_text, *dev_texts(3)]
    ours = [engine.analyse(text) for text in texts]
    stanzas = analyses_with(engine, texts, lemma_processor, "DataLoader", lemma_processor.DataLoader.document_only_of)
    for a, b in zip(ours, stanzas, strict=True):
        assert [w.lemma for s in a.sentences for w in s.words] == [w.lemma for s in b.sentences for w in s.words]
        assert any(w.lemma != w.text for s in a.sentences for w in s.words)
