"""Cue verbs are found by lemma even where the lemmatizer leaves a broken stem."""

from __future__ import annotations

import pytest

from quotewire.engine.lexicon import known_lemma


@pytest.mark.parametrize(("text", "stanza_lemma", "lemma"), [
    ("endorsed", "endors", "endorse"),  # what the bundled lemmatizer gives for it
    ("Endorses", "endors", "endorse"),
    ("criticizing", "criticiz", "criticize"),
    ("worried", "worri", "worry"),
    ("slammed", "slamm", "slam"),
    ("said", "say", "say"),
])
def test_a_broken_stem_of_a_cue_verb_becomes_its_lemma(text: str, stanza_lemma: str, lemma: str) -> None:
    assert known_lemma(text, stanza_lemma) == lemma


@pytest.mark.parametrize(("text", "stanza_lemma"), [("walked", "walk"), ("stopped", "stopp"), ("bus", "bus")])
def test_other_words_keep_the_lemmatizer_s_lemma(text: str, stanza_lemma: str) -> None:
    assert known_lemma(text, stanza_lemma) == stanza_lemma


def test_irregular_cue_forms_the_dictionary_misses_when_capitalised() -> None:
    assert known_lemma("Said", "said") == "say"
    assert known_lemma("Told", "told") == "tell"
