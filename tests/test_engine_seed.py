"""The seed article through the real engine: every quote, speaker, title and alias it must get right."""

from __future__ import annotations

import pytest

from quotewire.engine import Attribution, AttributionMethod, Engine, Quote, QuoteKind, SpeakerKind


@pytest.fixture(scope="module")
def seed(engine: Engine, seed_text: str) -> Attribution:
    return engine.attribute(seed_text)


def speaker_name(result: Attribution, quote: Quote) -> str | None:
    speaker = result.speaker(quote.speaker_id)
    return speaker.name if speaker else None


def direct(result: Attribution) -> list[Quote]:
    return [q for q in result.quotes if q.kind == QuoteKind.DIRECT and q.parent_quote_id is None]


def test_seven_direct_quotes_with_their_speakers(seed: Attribution) -> None:
    names = [speaker_name(seed, q) for q in direct(seed)]
    assert names == ["Nasser Kanaani", "Nasser Kanaani", "Joe Buccino", "Joe Buccino",
                     "Michael Kurilla", "Michael Kurilla", "Michael Kurilla"]


def test_quote_offsets_match_the_text(seed: Attribution, seed_text: str) -> None:
    for quote in seed.quotes:
        assert seed_text[quote.span.start:quote.span.end] == quote.text
        if quote.speaker_span:
            assert seed_text[quote.speaker_span.start:quote.speaker_span.end] == quote.speaker_span.text


def test_nickname_is_not_a_quote_but_an_alias(seed: Attribution) -> None:
    assert all(q.text.strip("“”\"") != "Erik" for q in seed.quotes)
    kurilla = next(s for s in seed.speakers if s.name == "Michael Kurilla")
    assert "Erik" in kurilla.aliases


def test_he_added_resolves_to_kanaani(seed: Attribution) -> None:
    quote = next(q for q in seed.quotes if q.text.startswith("The truth"))
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "He"
    assert quote.method == AttributionMethod.PRONOUN
    assert speaker_name(seed, quote) == "Nasser Kanaani"
    assert quote.cue is not None
    assert quote.cue.lemma == "add"


def test_continuation_quotes_keep_the_previous_speaker(seed: Attribution) -> None:
    for start, name in (("These precision strikes", "Joe Buccino"), ("No group will strike", "Michael Kurilla")):
        quote = next(q for q in seed.quotes if q.text.startswith(start))
        assert quote.method == AttributionMethod.CONTINUATION
        assert speaker_name(seed, quote) == name


def test_titles_and_affiliations(seed: Attribution) -> None:
    by_name = {s.name: s for s in seed.speakers}
    assert "Iranian Foreign Ministry spokesman" in by_name["Nasser Kanaani"].titles
    assert by_name["Joe Buccino"].titles == ("CENTCOM Communication Director", "Colonel")
    assert by_name["US Central Command"].titles == ()  # not "howitzers", the last of the list it follows
    kurilla = by_name["Michael Kurilla"]
    assert "General" in kurilla.titles
    assert "commander of CENTCOM" in kurilla.titles
    assert all(s.kind == SpeakerKind.PERSON for s in (by_name["Nasser Kanaani"], by_name["Joe Buccino"], kurilla))


def test_partial_quote_illegal_is_irans(seed: Attribution) -> None:
    quote = next(q for q in seed.quotes if "illegal." in q.text and q.kind != QuoteKind.DIRECT)
    assert quote.kind == QuoteKind.MIXED
    assert speaker_name(seed, quote) == "Iran"


def test_nested_quote_points_to_kanaanis_first_quote(seed: Attribution) -> None:
    nested = [q for q in seed.quotes if q.parent_quote_id]
    assert [q.text[:20] for q in nested] == ["a direct response to"]
    parent = next(q for q in seed.quotes if q.id == nested[0].parent_quote_id)
    assert parent.text.startswith("The US has called")


def test_channels(seed: Attribution) -> None:
    kanaani_first = next(q for q in seed.quotes if q.text.startswith("The US has called"))
    assert kanaani_first.channel is not None
    assert kanaani_first.channel.text == "on Twitter"
    buccino_first = next(q for q in seed.quotes if q.text.startswith("At President"))
    assert buccino_first.channel is not None
    assert buccino_first.channel.text == "in a statement"


def test_reported_speech_is_indirect(seed: Attribution) -> None:
    quote = next(q for q in seed.quotes if q.text.startswith("the strikes were in response"))
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.cue is not None
    assert quote.cue.lemma == "allege"
    assert speaker_name(seed, quote) in {"US", "The US", "United States"}


def test_every_speaker_mention_lies_in_the_text(seed: Attribution, seed_text: str) -> None:
    for speaker in seed.speakers:
        assert speaker.mentions
        for span in speaker.mentions:
            assert seed_text[span.start:span.end] == span.text
