"""The NER tagger skips sentences that cannot hold a name, and finds the same names in the rest."""

from __future__ import annotations

from typing import Any

from swaps import analyses_with

from quotewire.engine import Engine
from quotewire.engine.nlp.ner_sentences import could_hold_a_name
from samples import dev_texts


def _sentences(engine: Engine, text: str) -> Any:  # a list of stanza Sentences
    return engine.analyse(text).sentences


def test_which_sentences_could_hold_a_name(engine: Engine) -> None:
    text = ("It was not, he said, a good day for anyone. Trump said it was fine. "
            "Republicans said they would vote against it. Asked about it, she said she had heard of the "
            "Democratic plan.")
    held = [could_hold_a_name(s) for s in _sentences(engine, text)]
    assert held == [False, True, True, True]


def test_skipped_sentences_hold_no_entity_in_a_full_run(engine: Engine, seed_text: str) -> None:
    texts = [seed_text, *dev_texts(8)]
    ours = [engine.analyse(text) for text in texts]
    # without the instance's process, the class's own: every sentence through the tagger
    full = analyses_with(engine, texts, engine._pipeline.processors["ner"], "process")
    skipped = 0
    for a, b in zip(ours, full, strict=True):
        for sa, sb in zip(a.sentences, b.sentences, strict=True):
            if not could_hold_a_name(sa):
                skipped += 1
                assert [t.ner for t in sa.tokens] == ["O"] * len(sa.tokens)
                assert not sb.ents, sb.text
        names = {(e.text, e.type, e.start_char) for e in a.ents}
        full_names = {(e.text, e.type, e.start_char) for e in b.ents}
        # the tagger's int8 LSTMs scale each batch by its own largest value: a name at a border may differ
        assert len(names ^ full_names) <= max(1, len(full_names) // 50)
    assert skipped > 10
