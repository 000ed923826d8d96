"""The lemmatizer without its unread first loader gives Stanza's lemmas."""

from __future__ import annotations

from stanza.pipeline import lemma_processor

from quotewire.engine import Engine
from samples import POLNEAR_DEV


def test_lemmas_are_stanzas(engine: Engine, seed_text: str) -> None:
    loader = lemma_processor.DataLoader
    assert hasattr(loader, "document_only_of")
    texts = [seed_text] + [path.read_text(encoding="utf-8") for path in sorted(POLNEAR_DEV.glob("text/*.txt"))[:3]]
    ours = [engine.analyse(text) for text in texts]
    lemma_processor.DataLoader = loader.document_only_of
    try:
        stanzas = [engine.analyse(text) for text in texts]
    finally:
        lemma_processor.DataLoader = loader
    for a, b in zip(ours, stanzas, strict=True):
        assert [w.lemma for s in a.sentences for w in s.words] == [w.lemma for s in b.sentences for w in s.words]
        assert any(w.lemma != w.text for s in a.sentences for w in s.words)
