"""Which pronoun speakers refer to a person named in the text, and which refer to no one named: hand-built
documents, no models."""

from __future__ import annotations

from handmade import Row, parsed

from quotewire.engine.model import Attribution, Quote, SpeakerKind
from quotewire.engine.stages import attribute_doc

NOT_YET = '"Not yet,"'
NOT_YET_ROWS: list[Row] = [
    ('"', "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 0, "root"), (",", "PUNCT", 3, "punct"),
    ('"', "PUNCT", 3, "punct"),
]
OKAFOR_CALLED: list[Row] = [
    ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("called", "VERB", 0, "root", "call", "VBD"),
    (".", "PUNCT", 3, "punct"),
]


def _speaker_name(result: Attribution, quote: Quote) -> str | None:
    speaker = result.speaker(quote.speaker_id) if quote.speaker_id else None
    return speaker.name if speaker is not None else None


def _said(pronoun: str) -> list[Row]:
    """'"Not yet," <pronoun> said.' with the quote as the verb's complement."""
    return [
        ('"', "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 7, "ccomp"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 3, "punct"), (pronoun, "PRON", 7, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct"),
    ]


def test_i_outside_quotation_marks_is_the_writer_not_the_person_named_before() -> None:
    doc = parsed(f'Ann Okafor called. {NOT_YET} I said.', OKAFOR_CALLED, _said("I"),
                 entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "I"
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.kind == SpeakerKind.PERSON
    assert [m.text for m in speaker.mentions] == ["I"]  # only where it speaks, not every "I" of the text


def test_you_outside_quotation_marks_is_the_reader() -> None:
    doc = parsed(f'Ann Okafor called. {NOT_YET} you said.', OKAFOR_CALLED, _said("you"),
                 entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "you"


def test_an_indefinite_pronoun_names_no_one() -> None:
    doc = parsed(f'Ann Okafor called. {NOT_YET} nobody said.', OKAFOR_CALLED, _said("nobody"),
                 entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ann Okafor"


def test_who_is_the_person_its_clause_hangs_on_not_the_last_speaker() -> None:
    text = f'{NOT_YET} Ben Kay said. Ann Okafor, who said the plan was good, left.'
    doc = parsed(text, [
        *NOT_YET_ROWS[:2], ("yet", "ADV", 8, "ccomp"), *NOT_YET_ROWS[3:], ("Ben", "PROPN", 8, "nsubj"),
        ("Kay", "PROPN", 6, "flat"), ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 8, "punct"),
    ], [
        ("Ann", "PROPN", 11, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("who", "PRON", 5, "nsubj"), ("said", "VERB", 1, "acl:relcl", "say", "VBD"), ("the", "DET", 7, "det"),
        ("plan", "NOUN", 9, "nsubj"), ("was", "AUX", 9, "cop", "be"), ("good", "ADJ", 5, "ccomp"),
        (",", "PUNCT", 11, "punct"), ("left", "VERB", 0, "root", "leave", "VBD"), (".", "PUNCT", 11, "punct"),
    ], entities=(("Ben Kay", "PER"), ("Ann Okafor", "PER")))
    result = attribute_doc(doc)
    by_text = {q.text: q for q in result.quotes}
    assert _speaker_name(result, by_text["Not yet"]) == "Ben Kay"
    assert _speaker_name(result, by_text["the plan was good"]) == "Ann Okafor"
