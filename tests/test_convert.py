"""The engine's result objects map onto the wire messages field by field, with unset optionals left unset."""

from __future__ import annotations

from enum import Enum

import pytest

from quotewire.engine import model
from quotewire.server import convert
from quotewire.v1 import attribution_pb2 as pb

TEXT = '“Leave,” he said on Twitter. Kanaani, a spokesman, agreed.'


def span(words: str, start: int = 0) -> model.Span:
    """The span of the first `words` at or after `start`, so offsets cannot be miscounted."""
    begin = TEXT.index(words, start)
    return model.Span.of(TEXT, begin, begin + len(words))


def test_full_quote_and_speaker() -> None:
    attribution = model.Attribution(
        quotes=(model.Quote(
            id="q1", span=span("Leave"), kind=model.QuoteKind.DIRECT, speaker_id="s1", speaker_span=span("he"),
            cue=model.Cue(span("said"), "say"), channel=span("on Twitter"), confidence=0.75,
            method=model.AttributionMethod.PRONOUN,
        ),),
        speakers=(model.Speaker(
            id="s1", name="Kanaani", kind=model.SpeakerKind.PERSON, titles=("spokesman",),
            affiliation="Iranian Foreign Ministry", aliases=("he",), mentions=(span("he"), span("Kanaani")),
        ),),
    )
    response = convert.attribution_to_proto(attribution, article_id="a1", model_version="v-test")
    assert response.article_id == "a1"
    assert response.model_version == "v-test"
    [quote] = response.quotes
    assert (quote.text, quote.span.start, quote.span.end) == ("Leave", 1, 6)
    assert quote.kind == pb.QUOTE_KIND_DIRECT
    assert quote.attribution_method == pb.ATTRIBUTION_METHOD_PRONOUN
    assert quote.speaker_span.text == "he"
    assert (quote.cue.lemma, quote.cue.span.text) == ("say", "said")
    assert quote.channel.text == "on Twitter"
    assert quote.confidence == pytest.approx(0.75)
    [speaker] = response.speakers
    assert speaker.kind == pb.SPEAKER_KIND_PERSON
    assert list(speaker.titles) == ["spokesman"]
    assert speaker.affiliation == "Iranian Foreign Ministry"
    assert [m.text for m in speaker.mentions] == ["he", "Kanaani"]


def test_a_later_piece_names_its_first_piece() -> None:
    first = convert.quote_to_proto(model.Quote(id="q1", span=span("Leave"), kind=model.QuoteKind.DIRECT))
    later = convert.quote_to_proto(model.Quote(id="q2", span=span("agreed"), kind=model.QuoteKind.DIRECT,
                                               part_of_quote_id="q1"))
    assert first.part_of_quote_id == ""
    assert later.part_of_quote_id == "q1"


def test_unknown_speaker_leaves_optionals_unset() -> None:
    quote = convert.quote_to_proto(model.Quote(id="q1", span=span("Leave"), kind=model.QuoteKind.MIXED))
    assert quote.speaker_id == ""
    assert quote.attribution_method == pb.ATTRIBUTION_METHOD_NONE
    for name in ("speaker_span", "cue", "channel"):
        assert not quote.HasField(name)


@pytest.mark.parametrize(("table", "enum"), [
    (convert.QUOTE_KINDS, model.QuoteKind),
    (convert.ATTRIBUTION_METHODS, model.AttributionMethod),
    (convert.SPEAKER_KINDS, model.SpeakerKind),
])
def test_every_engine_enum_value_has_a_wire_value(table: dict[Enum, int], enum: type[Enum]) -> None:
    assert set(table) == set(enum)
    assert 0 not in table.values(), "0 is the _UNSPECIFIED value"
