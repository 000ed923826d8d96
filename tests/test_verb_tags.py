"""A verb of saying the tagger read as a plural noun is tagged a verb before the parser runs (nlp/verb_tags.py)."""

from __future__ import annotations

import pytest
from stanza.models.common.doc import Document

from quotewire.engine import Engine
from quotewire.engine.nlp.verb_tags import retag


def tagged(*rows: tuple[str, str, str]) -> Document:
    """A one-sentence Stanza document of (text, upos, xpos) words, as the tagger leaves it."""
    return Document([[{"id": n + 1, "text": text, "upos": upos, "xpos": xpos}
                      for n, (text, upos, xpos) in enumerate(rows)]])


def tags(doc: Document) -> list[tuple[str, str]]:
    return [(w.text, w.xpos) for w in doc.sentences[0].words]


NAME_NOTES_THAT = [("Viguerie", "PROPN", "NNP"), ("notes", "NOUN", "NNS"), ("that", "SCONJ", "IN"),
                   ("voters", "NOUN", "NNS"), ("matter", "VERB", "VBP"), (".", "PUNCT", ".")]
REPORTS_THAT_TRACK = [("Commission", "PROPN", "NNP"), ("reports", "NOUN", "NNS"), ("that", "PRON", "WDT"),
                      ("track", "VERB", "VBP"), ("spending", "NOUN", "NN"), (".", "PUNCT", ".")]
QUOTE_THEN_NAME_NOTES = [("”", "PUNCT", "''"), ("Bozell", "PROPN", "NNP"), ("notes", "NOUN", "NNS"),
                         (".", "PUNCT", ".")]
PERCENTAGE_POINTS = [("six", "NUM", "CD"), ("percentage", "NOUN", "NN"), ("points", "NOUN", "NNS"),
                     (".", "PUNCT", ".")]


@pytest.mark.parametrize(("rows", "verb"), [
    (NAME_NOTES_THAT, True),  # a name, the word, "that" and a clause: the verb
    (REPORTS_THAT_TRACK, False),  # "that" and a verb: a relative clause on the noun
    (QUOTE_THEN_NAME_NOTES, True),  # after a quotation, a name, the word and the clause's end
    (PERCENTAGE_POINTS, False),  # a noun after a noun, no "that", no name after a quotation
])
def test_a_plural_noun_is_a_verb_of_saying_only_where_the_words_around_it_leave_no_noun(
        rows: list[tuple[str, str, str]], verb: bool) -> None:
    doc = retag(tagged(*rows))
    word = rows[1][0] if rows[1][0] in {"notes", "reports"} else rows[2][0]
    assert dict(tags(doc))[word] == ("VBZ" if verb else "NNS")


def test_the_parser_reads_the_mended_tag_and_the_clause_is_reported(engine: Engine) -> None:
    # PolNeAR train: "Viguerie notes that Reagan Democrats can play a key role in a 2016 Republican Presidential
    # victory.", with "notes" tagged a plural noun of a compound "Viguerie notes"
    result = engine.attribute("Viguerie notes that Reagan Democrats can play a key role in a 2016 Republican "
                              "Presidential victory.")
    assert [(q.text, q.cue.span.text if q.cue else None) for q in result.quotes] == [
        ("Reagan Democrats can play a key role in a 2016 Republican Presidential victory", "notes")]


@pytest.mark.parametrize(("rows", "noun"), [
    # between an organisation and a name: the role, whatever tag the tagger gave it
    ([("Bulls", "PROPN", "NNPS"), ("coach", "VERB", "VBD"), ("Ann", "PROPN", "NNP"), ("Lee", "PROPN", "NNP")], True),
    # after an auxiliary: the verb
    ([("will", "AUX", "MD"), ("coach", "VERB", "VB"), ("Ann", "PROPN", "NNP"), ("Lee", "PROPN", "NNP")], False),
    # a verb that names no role
    ([("Bulls", "PROPN", "NNPS"), ("beat", "VERB", "VBD"), ("Ann", "PROPN", "NNP"), ("Lee", "PROPN", "NNP")], False),
])
def test_a_role_noun_read_as_a_verb_between_an_organisation_and_a_name_is_a_noun(
        rows: list[tuple[str, str, str]], noun: bool) -> None:
    word = retag(tagged(*rows)).sentences[0].words[1]
    assert (word.upos, word.xpos) == (("NOUN", "NN") if noun else (rows[1][1], rows[1][2]))


@pytest.mark.parametrize(("rows", "noun"), [
    # "according to" takes a noun phrase: a word tagged a verb right after it, before a noun, modifies that noun
    ([("according", "VERB", "VBG"), ("to", "ADP", "IN"), ("campaign", "VERB", "VB"), ("manager", "NOUN", "NN"),
      ("Jeff", "PROPN", "NNP"), ("Weaver", "PROPN", "NNP")], True),
    # a verb after a plain "to" is an infinitive: "to campaign managers' delight" is rarer than "to campaign hard"
    ([("wants", "VERB", "VBZ"), ("to", "PART", "TO"), ("campaign", "VERB", "VB"), ("hard", "ADV", "RB")], False),
    ([("wants", "VERB", "VBZ"), ("to", "PART", "TO"), ("lead", "VERB", "VB"), ("voters", "NOUN", "NNS")], False),
])
def test_a_word_tagged_a_verb_after_according_to_is_a_noun(rows: list[tuple[str, str, str]], noun: bool) -> None:
    word = retag(tagged(*rows)).sentences[0].words[2]
    assert (word.upos, word.xpos) == (("NOUN", "NN") if noun else (rows[2][1], rows[2][2]))


@pytest.mark.parametrize(("rows", "noun"), [
    # "the head coach of the Chicago Bulls": a determiner and a noun before it, a preposition after
    ([("the", "DET", "DT"), ("head", "NOUN", "NN"), ("coach", "VERB", "VBP"), ("of", "ADP", "IN")], True),
    # "the team's coach, Ann Lee": a possessor before it
    ([("team", "NOUN", "NN"), ("'s", "PART", "POS"), ("coach", "VERB", "VB"), (",", "PUNCT", ",")], True),
    # a plural subject before it: the verb ("players coach themselves")
    ([("the", "DET", "DT"), ("players", "NOUN", "NNS"), ("coach", "VERB", "VBP"), ("themselves", "PRON", "PRP")],
     False),
])
def test_a_role_noun_read_as_a_verb_after_a_determiner_or_a_possessor_is_a_noun(
        rows: list[tuple[str, str, str]], noun: bool) -> None:
    word = retag(tagged(*rows)).sentences[0].words[2]
    assert (word.upos, word.xpos) == (("NOUN", "NN") if noun else (rows[2][1], rows[2][2]))
