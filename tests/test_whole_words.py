"""Names the multi-word-token model splits like contractions stay whole, through the real tokenizer and engine."""

from __future__ import annotations

import pytest

from quotewire.engine import Engine
from quotewire.engine.nlp.whole_words import mend_sentences


def words(engine: Engine, text: str) -> list[str]:
    return [w.text for s in engine.analyse(text).sentences for w in s.words]


@pytest.mark.parametrize(("text", "word"), [
    ("Donna Sampson Rawlings, 59, of Ashton, Md., said the event brought back memories.", "Donna"),
    ("The company makes chips. Its chief executive said that sales would rise.", "Its"),
])
def test_a_name_split_like_a_contraction_is_one_word_again(engine: Engine, text: str, word: str) -> None:
    # the bundled MWT model splits these ("Don" + "na", "It" + "s") as it splits "gonna"
    assert word in words(engine, text)


def test_real_contractions_stay_split(engine: Engine) -> None:
    found = words(engine, "I'm gonna say it: we cannot win.")
    assert found[found.index("gon"):found.index("gon") + 2] == ["gon", "na"]
    assert "not" in found
    assert "'m" in found


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We were moved,” said Donna Brazile, the party chairwoman.", "Donna Brazile"),
    ("“Go vote,” Ivy Taylor said.", "Ivy Taylor"),
])
def test_the_speaker_keeps_her_first_name(engine: Engine, text: str, speaker: str) -> None:
    result = engine.attribute(text)
    assert [s.name for s in result.speakers] == [speaker]


def test_a_sentence_with_nothing_to_mend_is_left_alone() -> None:
    sentence = [{"id": 1, "text": "Hello", "start_char": 0, "end_char": 5}]
    assert mend_sentences([sentence]) is None
    split = [{"id": (1, 2), "text": "Donna", "start_char": 0, "end_char": 5}, {"id": 1, "text": "Don"},
             {"id": 2, "text": "na"}, {"id": 3, "text": "said", "start_char": 6, "end_char": 10}]
    assert mend_sentences([split]) == [[{"id": 1, "text": "Donna", "start_char": 0, "end_char": 5},
                                        {"id": 2, "text": "said", "start_char": 6, "end_char": 10}]]
