"""A possessive mark the tokenizer glued to a name is split off, through the mending step alone and through the
whole engine."""

from __future__ import annotations

from handmade import tokenized

from quotewire.engine import Engine
from quotewire.engine.nlp.possessive_marks import split_possessive_marks


def test_a_mark_glued_to_a_name_before_a_word_is_split_off() -> None:
    text = "Fox News’ Bret Baier noticed."
    mended = split_possessive_marks([tokenized(text, ["Fox", "News’", "Bret", "Baier", "noticed", "."])])
    assert mended is not None
    assert [(w["text"], text[w["start_char"]:w["end_char"]]) for w in mended[0]][:4] == [
        ("Fox", "Fox"), ("News", "News"), ("’", "’"), ("Bret", "Bret")]
    assert [w["id"] for w in mended[0]] == [1, 2, 3, 4, 5, 6, 7]


def test_a_closing_single_quotation_mark_stays() -> None:
    text = "They backed the 'Remain Campaigns'."
    assert split_possessive_marks([tokenized(text, ["They", "backed", "the", "'", "Remain", "Campaigns'", "."])]) \
        is None


def test_the_network_before_the_name_is_the_affiliation_with_the_mark_split_off(engine: Engine) -> None:
    text = ("CNN barely even mentioned Clinton’s remarks and went right back to its panel of guests.\n\n"
            "Fox News’ Bret Baier noticed that none of the networks cut away for Clinton. He commented that his "
            "network “held on” Trump during her event.")
    analysis = engine.analyse(text)
    assert any(t.text == "News" for s in analysis.sentences for t in s.tokens)
    speakers = {s.name: s for s in engine.attribute(text).speakers}
    assert speakers["Bret Baier"].affiliation == "Fox News"
