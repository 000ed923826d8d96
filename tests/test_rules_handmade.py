"""The rule stages on documents built by hand (tests/handmade.py): tokens, heads, labels and entities as a parser
would give them, so these run in milliseconds without models and fail only when a rule does."""

from __future__ import annotations

import pytest
from handmade import Row, parsed

from quotewire.engine.model import Attribution, AttributionMethod, Quote, QuoteKind, SpeakerKind
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.mentions import mention_at
from quotewire.engine.stages import attribute_doc


def _speaker_name(result: Attribution, quote: Quote) -> str | None:
    speaker = result.speaker(quote.speaker_id) if quote.speaker_id else None
    return speaker.name if speaker is not None else None


QUOTE_THEN_NAME = '"It is very hard for the families," Ann Okafor said.'
QUOTE_ROWS: list[Row] = [
    ('"', "PUNCT", 5, "punct"), ("It", "PRON", 5, "nsubj"), ("is", "AUX", 5, "cop", "be"),
    ("very", "ADV", 5, "advmod"), ("hard", "ADJ", 13, "ccomp"), ("for", "ADP", 8, "case"),
    ("the", "DET", 8, "det"), ("families", "NOUN", 5, "obl", "family"), (",", "PUNCT", 5, "punct"),
    ('"', "PUNCT", 5, "punct"),
]


def test_a_quote_before_its_named_speaker() -> None:
    doc = parsed(QUOTE_THEN_NAME, [
        *QUOTE_ROWS, ("Ann", "PROPN", 13, "nsubj"), ("Okafor", "PROPN", 11, "flat"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 13, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [(q.text, q.kind) for q in result.quotes] == [("It is very hard for the families", QuoteKind.DIRECT)]
    quote = result.quotes[0]
    assert quote.cue is not None
    assert quote.cue.lemma == "say"
    assert quote.method == AttributionMethod.NAMED
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Ann Okafor"


def test_she_is_the_person_just_introduced_as_the_subject_of_a_verb_of_saying() -> None:
    text = ("Ann Okafor, chief executive of a company nearby, said she could not reach several employees. "
            '"It is very hard for the families," she said.')
    doc = parsed(text, [
        ("Ann", "PROPN", 11, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("chief", "ADJ", 5, "amod"), ("executive", "NOUN", 1, "appos"), ("of", "ADP", 8, "case"),
        ("a", "DET", 8, "det"), ("company", "NOUN", 5, "nmod"), ("nearby", "ADV", 8, "advmod"),
        (",", "PUNCT", 5, "punct"), ("said", "VERB", 0, "root", "say", "VBD"), ("she", "PRON", 15, "nsubj"),
        ("could", "AUX", 15, "aux"), ("not", "PART", 15, "advmod"), ("reach", "VERB", 11, "ccomp"),
        ("several", "ADJ", 17, "amod"), ("employees", "NOUN", 15, "obj", "employee"), (".", "PUNCT", 11, "punct"),
    ], [
        *QUOTE_ROWS, ("she", "PRON", 12, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
        (".", "PUNCT", 12, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    by_text = {q.text: q for q in result.quotes}
    direct = by_text["It is very hard for the families"]
    assert direct.method == AttributionMethod.PRONOUN
    speaker = result.speaker(direct.speaker_id)
    assert speaker is not None
    assert speaker.name == "Ann Okafor"
    assert "chief executive of a company nearby" in speaker.titles
    indirect = [q for q in result.quotes if q.kind == QuoteKind.INDIRECT]
    assert [q.text for q in indirect] == ["she could not reach several employees"]
    assert indirect[0].speaker_id == direct.speaker_id


def test_an_unattributed_quote_carries_on_the_speaker_before_it() -> None:
    doc = parsed(QUOTE_THEN_NAME + ' "We will rebuild."', [
        *QUOTE_ROWS, ("Ann", "PROPN", 13, "nsubj"), ("Okafor", "PROPN", 11, "flat"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 13, "punct"),
    ], [
        ('"', "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
        ("rebuild", "VERB", 0, "root"), (".", "PUNCT", 4, "punct"), ('"', "PUNCT", 4, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    first, second = attribute_doc(doc).quotes
    assert second.text == "We will rebuild."
    assert second.method == AttributionMethod.CONTINUATION
    assert second.speaker_id == first.speaker_id is not None


def test_a_statement_split_by_its_attribution_is_one_statement_in_two_pieces() -> None:
    text = '"Judge," Brafman said, "I have never seen this."'
    doc = parsed(text, [
        ('"', "PUNCT", 2, "punct"), ("Judge", "NOUN", 12, "vocative"), (",", "PUNCT", 2, "punct"),
        ('"', "PUNCT", 2, "punct"), ("Brafman", "PROPN", 6, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
        (",", "PUNCT", 6, "punct"), ('"', "PUNCT", 12, "punct"), ("I", "PRON", 12, "nsubj"),
        ("have", "AUX", 12, "aux"), ("never", "ADV", 12, "advmod"), ("seen", "VERB", 6, "ccomp", "see", "VBN"),
        ("this", "PRON", 12, "obj"), (".", "PUNCT", 12, "punct"), ('"', "PUNCT", 12, "punct"),
    ], entities=(("Brafman", "PER"),))
    result = attribute_doc(doc)
    first, second = result.quotes
    assert (first.text, second.text) == ("Judge", "I have never seen this.")
    assert second.part_of_quote_id == first.id
    speaker = result.speaker(second.speaker_id)
    assert speaker is not None
    assert speaker.name == "Brafman"
    assert first.speaker_id == second.speaker_id


def test_according_to_names_the_source_of_reported_speech() -> None:
    text = "According to the mayor, the bridge will reopen on Monday."
    doc = parsed(text, [
        ("According", "VERB", 4, "case", "accord", "VBG"), ("to", "ADP", 1, "fixed"), ("the", "DET", 4, "det"),
        ("mayor", "NOUN", 9, "obl"), (",", "PUNCT", 4, "punct"), ("the", "DET", 7, "det"),
        ("bridge", "NOUN", 9, "nsubj"), ("will", "AUX", 9, "aux"), ("reopen", "VERB", 0, "root"),
        ("on", "ADP", 11, "case"), ("Monday", "PROPN", 9, "obl"), (".", "PUNCT", 9, "punct"),
    ])
    [quote] = attribute_doc(doc).quotes
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.text.startswith("the bridge will reopen on Monday")
    assert quote.cue is not None
    assert quote.cue.lemma == "according to"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the mayor"


def test_a_dash_after_the_closing_mark_signs_the_quote() -> None:
    text = '"We will not give up." ― Edwin Monroy'
    doc = parsed(text, [
        ('"', "PUNCT", 5, "punct"), ("We", "PRON", 5, "nsubj"), ("will", "AUX", 5, "aux"),
        ("not", "PART", 5, "advmod"), ("give", "VERB", 0, "root"), ("up", "ADP", 5, "compound:prt"),
        (".", "PUNCT", 5, "punct"), ('"', "PUNCT", 5, "punct"), ("―", "PUNCT", 10, "punct"),
        ("Edwin", "PROPN", 5, "parataxis"), ("Monroy", "PROPN", 10, "flat"),
    ], entities=(("Edwin Monroy", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert quote.text == "We will not give up."
    assert quote.cue is not None
    assert quote.cue.span.text == "―"
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Edwin Monroy"


def test_a_lone_given_name_is_the_person_named_in_full_before() -> None:
    text = 'Maria Lopez opened the meeting. "We start now," Maria said.'
    doc = parsed(text, [
        ("Maria", "PROPN", 3, "nsubj"), ("Lopez", "PROPN", 1, "flat"), ("opened", "VERB", 0, "root", "open", "VBD"),
        ("the", "DET", 5, "det"), ("meeting", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct"),
    ], [
        ('"', "PUNCT", 3, "punct"), ("We", "PRON", 3, "nsubj"), ("start", "VERB", 8, "ccomp"),
        ("now", "ADV", 3, "advmod"), (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 3, "punct"),
        ("Maria", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 8, "punct"),
    ], entities=(("Maria Lopez", "PER"), ("Maria", "PER")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["We start now"]
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None
    assert speaker.name == "Maria Lopez"


def test_a_lone_surname_two_people_share_is_the_one_the_text_named_first() -> None:
    # "Sen. Bernie Sanders ... Sanders said ... Jane Sanders said": the surname alone stays the senator's
    text = 'Tom Reed spoke on Monday. "We lead," Reed said. "He will win," said Ann Reed.'
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
        ("on", "ADP", 5, "case"), ("Monday", "PROPN", 3, "obl"), (".", "PUNCT", 3, "punct"),
    ], [
        ('"', "PUNCT", 7, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 7, "ccomp"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), ("Reed", "PROPN", 7, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct"),
    ], [
        ('"', "PUNCT", 7, "punct"), ("He", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
        ("win", "VERB", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"), ("Reed", "PROPN", 8, "flat"),
        (".", "PUNCT", 7, "punct"),
    ], entities=(("Tom Reed", "PER"), ("Reed", "PER"), ("Ann Reed", "PER")))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("We lead", "Tom Reed"),
                                                                          ("He will win", "Ann Reed")]


def test_a_given_name_spelled_two_ways_is_one_person_for_a_lone_surname() -> None:
    text = 'Kristen Wilkins spoke on Monday. "We lead," Wilkins said. "It works," said Kristin Wilkins.'
    doc = parsed(text, [
        ("Kristen", "PROPN", 3, "nsubj"), ("Wilkins", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
        ("on", "ADP", 5, "case"), ("Monday", "PROPN", 3, "obl"), (".", "PUNCT", 3, "punct"),
    ], [
        ('"', "PUNCT", 7, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 7, "ccomp"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), ("Wilkins", "PROPN", 7, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct"),
    ], [
        ('"', "PUNCT", 6, "punct"), ("It", "PRON", 3, "nsubj"), ("works", "VERB", 6, "ccomp"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("Kristin", "PROPN", 6, "nsubj"), ("Wilkins", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Kristen Wilkins", "PER"), ("Wilkins", "PER"), ("Kristin Wilkins", "PER")))
    result = attribute_doc(doc)
    assert len(result.quotes) == 2
    assert len({q.speaker_id for q in result.quotes}) == 1
    assert _speaker_name(result, result.quotes[0]) in {"Kristen Wilkins", "Kristin Wilkins"}


def test_a_surname_with_particles_stays_whole() -> None:
    # "Jan van der Berg" was found as "Jan"; so were "Ludwig van Beethoven" and "Sophie in 't Veld"
    text = ('"We rebuild," said Jan van der Berg. "It is over," said Sophie in \'t Veld. '
            '"It is hard," Van der Berg said.')
    doc = parsed(text, [
        ('"', "PUNCT", 3, "punct"), ("We", "PRON", 3, "nsubj"), ("rebuild", "VERB", 6, "ccomp"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("Jan", "PROPN", 6, "nsubj"), ("van", "PROPN", 7, "flat"), ("der", "PROPN", 7, "flat"),
        ("Berg", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct"),
    ], [
        ('"', "PUNCT", 7, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "cop"), ("over", "ADV", 7, "ccomp"),
        (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("Sophie", "PROPN", 7, "nsubj"), ("in", "ADP", 10, "case"), ("'t", "PROPN", 8, "nmod"),
        ("Veld", "PROPN", 10, "flat"), (".", "PUNCT", 7, "punct"),
    ], [
        ('"', "PUNCT", 10, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "cop"), ("hard", "ADJ", 10, "ccomp"),
        (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 10, "punct"), ("Van", "PROPN", 10, "nsubj"),
        ("der", "PROPN", 7, "flat"), ("Berg", "PROPN", 7, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        (".", "PUNCT", 10, "punct"),
    ], entities=(("Jan van der Berg", "PER"), ("Sophie", "PER"), ("Van der Berg", "PER")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Jan van der Berg", "Sophie in 't Veld",
                                                                 "Jan van der Berg"]


def test_the_subject_right_after_an_inverted_verb_of_saying_is_the_speaker() -> None:
    # 'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders', parsed with
    # the reported words' noun as a second subject of "said"
    text = 'The rejection signals "the end" for the union, said Ann Reed.'
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("rejection", "NOUN", 12, "nsubj"), ("signals", "NOUN", 2, "nmod"),
        ('"', "PUNCT", 6, "punct"), ("the", "DET", 6, "det"), ("end", "NOUN", 2, "appos"), ('"', "PUNCT", 6, "punct"),
        ("for", "ADP", 10, "case"), ("the", "DET", 10, "det"), ("union", "NOUN", 6, "nmod"),
        (",", "PUNCT", 2, "punct"), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 12, "nsubj"),
        ("Reed", "PROPN", 13, "flat"), (".", "PUNCT", 12, "punct"),
    ], entities=(("Ann Reed", "PER"),))
    result = attribute_doc(doc)
    assert result.quotes
    assert {_speaker_name(result, q) for q in result.quotes} == {"Ann Reed"}


def test_a_name_the_tagger_left_untagged_takes_the_label_it_has_elsewhere() -> None:
    # the tagger found "Super PAC" as an organisation once and not again; "major" then read as a rank made it a
    # person. A name means one thing throughout an article.
    text = "Super PAC backed Bush. The major Super PAC said that ads would run."
    backed: list[Row] = [("Super", "PROPN", 2, "compound"), ("PAC", "PROPN", 3, "nsubj"),
                         ("backed", "VERB", 0, "root", "back", "VBD"), ("Bush", "PROPN", 3, "obj"),
                         (".", "PUNCT", 3, "punct")]
    said: list[Row] = [("The", "DET", 4, "det"), ("major", "ADJ", 4, "amod"), ("Super", "PROPN", 4, "compound"),
                       ("PAC", "PROPN", 5, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       ("that", "SCONJ", 9, "mark"), ("ads", "NOUN", 9, "nsubj"), ("would", "AUX", 9, "aux"),
                       ("run", "VERB", 5, "ccomp"), (".", "PUNCT", 5, "punct")]
    result = attribute_doc(parsed(text, backed, said, entities=(("Super PAC", "ORG"), ("Bush", "PER"))))
    [quote] = result.quotes
    speaker = result.speaker(quote.speaker_id) if quote.speaker_id else None
    assert speaker is not None
    assert speaker.name == "Super PAC"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_statement_issued_by_someone_is_theirs() -> None:
    # "Ann Okafor issued a statement saying that ...": the statement says it, its author is the speaker
    text = "Ann Okafor issued a statement saying that the plan would fail."
    rows: list[Row] = [("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"),
                       ("issued", "VERB", 0, "root", "issue", "VBD"), ("a", "DET", 5, "det"),
                       ("statement", "NOUN", 3, "obj"), ("saying", "VERB", 5, "acl", "say", "VBG"),
                       ("that", "SCONJ", 11, "mark"), ("the", "DET", 9, "det"), ("plan", "NOUN", 11, "nsubj"),
                       ("would", "AUX", 11, "aux"), ("fail", "VERB", 6, "ccomp"), (".", "PUNCT", 3, "punct")]
    result = attribute_doc(parsed(text, rows, entities=(("Ann Okafor", "PER"),)))
    [quote] = result.quotes
    assert quote.text == "the plan would fail"
    speaker = result.speaker(quote.speaker_id) if quote.speaker_id else None
    assert speaker is not None
    assert speaker.name == "Ann Okafor"


def test_a_named_persons_document_speaks_for_them() -> None:
    # "Sanders’ fundraising email to his supporters said ...": the email is his, and he is the speaker
    text = "Ann Okafor’s email to supporters said that the plan would fail."
    rows: list[Row] = [("Ann", "PROPN", 4, "nmod:poss"), ("Okafor", "PROPN", 1, "flat"), ("’s", "PART", 1, "case"),
                       ("email", "NOUN", 7, "nsubj"), ("to", "ADP", 6, "case"), ("supporters", "NOUN", 4, "nmod"),
                       ("said", "VERB", 0, "root", "say", "VBD"), ("that", "SCONJ", 12, "mark"),
                       ("the", "DET", 10, "det"), ("plan", "NOUN", 12, "nsubj"), ("would", "AUX", 12, "aux"),
                       ("fail", "VERB", 7, "ccomp"), (".", "PUNCT", 7, "punct")]
    result = attribute_doc(parsed(text, rows, entities=(("Ann Okafor", "PER"),)))
    [quote] = result.quotes
    assert quote.text == "the plan would fail"
    assert _speaker_name(result, quote) == "Ann Okafor"


def test_a_named_persons_aide_is_not_that_person() -> None:
    text = "Ann Okafor’s spokesman said that the plan would fail."
    rows: list[Row] = [("Ann", "PROPN", 4, "nmod:poss"), ("Okafor", "PROPN", 1, "flat"), ("’s", "PART", 1, "case"),
                       ("spokesman", "NOUN", 5, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       ("that", "SCONJ", 10, "mark"), ("the", "DET", 8, "det"), ("plan", "NOUN", 10, "nsubj"),
                       ("would", "AUX", 10, "aux"), ("fail", "VERB", 5, "ccomp"), (".", "PUNCT", 5, "punct")]
    result = attribute_doc(parsed(text, rows, entities=(("Ann Okafor", "PER"),)))
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ann Okafor"


def test_a_clause_after_who_said_is_its_own_and_the_main_verb_keeps_its_clause() -> None:
    # "Podesta, who said the project was vetted ..., said he was unaware of any such disagreements.": the parse
    # hangs the relative clause's complement on the main verb; each verb of saying reports its own clause
    text = "Ann Okafor, who said the plan was vetted, said she was unaware of it."
    doc = parsed(text, [
        ("Ann", "PROPN", 11, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 1, "punct"),
        ("who", "PRON", 5, "nsubj"), ("said", "VERB", 1, "acl:relcl", "say", "VBD"), ("the", "DET", 7, "det"),
        ("plan", "NOUN", 9, "nsubj:pass"), ("was", "AUX", 9, "aux:pass", "be"),
        ("vetted", "VERB", 11, "ccomp", "vet", "VBN"), (",", "PUNCT", 5, "punct"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("she", "PRON", 14, "nsubj"), ("was", "AUX", 14, "cop", "be"),
        ("unaware", "ADJ", 11, "ccomp"), ("of", "ADP", 16, "case"), ("it", "PRON", 14, "obl"),
        (".", "PUNCT", 11, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    found = sorted((q.text, q.cue.span.start if q.cue else None) for q in result.quotes)
    assert found == [("she was unaware of it", text.rindex("said")), ("the plan was vetted", text.index("said"))]
    for quote in result.quotes:
        assert _speaker_name(result, quote) == "Ann Okafor", quote.text


def test_a_second_subject_after_a_verb_of_saying_opens_its_clause() -> None:
    # "Cameron's spokesman said the prime minister stood by his original comments.": the parse reads "stood" as
    # a participle on "minister" and "minister" as a second subject of "said"
    text = "Ann Okafor said the mayor stood by his comments."
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("the", "DET", 5, "det"), ("mayor", "NOUN", 3, "nsubj"), ("stood", "VERB", 5, "acl", "stand", "VBN"),
        ("by", "ADP", 9, "case"), ("his", "PRON", 9, "nmod:poss"), ("comments", "NOUN", 6, "obl:agent", "comment"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the mayor stood by his comments"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_a_second_verb_of_saying_reports_the_clause_the_parse_hung_on_the_first() -> None:
    # "She said she had met with Manafort twice but said neither Manafort nor Gates played a role": the parse joins
    # "played" to the first "said"; the clause right after the second is still what the second reports
    text = "Ann Okafor said she met him but said he played no role."
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("she", "PRON", 5, "nsubj"), ("met", "VERB", 3, "ccomp", "meet", "VBD"), ("him", "PRON", 5, "obj"),
        ("but", "CCONJ", 8, "cc"), ("said", "VERB", 3, "conj", "say", "VBD"), ("he", "PRON", 10, "nsubj"),
        ("played", "VERB", 3, "conj", "play", "VBD"), ("no", "DET", 12, "det"), ("role", "NOUN", 10, "obj"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert sorted(q.text for q in result.quotes) == ["he played no role", "she met him"]
    for quote in result.quotes:
        assert _speaker_name(result, quote) == "Ann Okafor", quote.text


def test_told_someone_and_a_clause_with_a_pronoun_subject_is_what_was_told() -> None:
    # "Calabrese told the National Post he's already received hundreds of emails": the parse reads the clause as a
    # relative one on "Post"; a clause right after the one told, opening with its own subject pronoun, is reported
    text = "Ann Okafor told the Post she received many emails."
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("told", "VERB", 0, "root", "tell", "VBD"),
        ("the", "DET", 5, "det"), ("Post", "PROPN", 3, "iobj"), ("she", "PRON", 7, "nsubj"),
        ("received", "VERB", 5, "acl:relcl", "receive", "VBD"), ("many", "ADJ", 9, "amod"),
        ("emails", "NOUN", 7, "obj", "email"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"), ("Post", "ORG")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["she received many emails"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_as_someone_noted_reports_the_clause_it_is_set_in() -> None:
    # "As The Hill reported, Donald Trump was also accused of breaking debate rules.": the verb hangs on the clause
    # it reports, and so it does at the end ("..., as the Hill reported.")
    for text, order in (("As Ann Okafor noted, the plan has never failed here.", "before"),
                        ("The plan has never failed here, as Ann Okafor noted.", "after")):
        as_noted: list[Row] = [("As", "ADP", 4, "mark"), ("Ann", "PROPN", 4, "nsubj"), ("Okafor", "PROPN", 2, "flat"),
                               ("noted", "VERB", 10, "advcl", "note", "VBD"), (",", "PUNCT", 4, "punct")]
        clause: list[Row] = [("the", "DET", 7, "det"), ("plan", "NOUN", 10, "nsubj"), ("has", "AUX", 10, "aux"),
                             ("never", "ADV", 10, "advmod"), ("failed", "VERB", 0, "root", "fail", "VBN"),
                             ("here", "ADV", 10, "advmod")]
        if order == "before":
            rows = [*as_noted, *clause, (".", "PUNCT", 10, "punct")]
        else:  # the same words, the clause first: renumber the heads
            clause_after: list[Row] = [("The", "DET", 2, "det"), ("plan", "NOUN", 5, "nsubj"),
                                       ("has", "AUX", 5, "aux"), ("never", "ADV", 5, "advmod"),
                                       ("failed", "VERB", 0, "root", "fail", "VBN"), ("here", "ADV", 5, "advmod")]
            rows = [*clause_after, (",", "PUNCT", 11, "punct"), ("as", "ADP", 11, "mark"),
                    ("Ann", "PROPN", 11, "nsubj"), ("Okafor", "PROPN", 9, "flat"),
                    ("noted", "VERB", 5, "advcl", "note", "VBD"), (".", "PUNCT", 5, "punct")]
        result = attribute_doc(parsed(text, rows, entities=(("Ann Okafor", "PER"),)))
        assert [q.text.lower() for q in result.quotes] == ["the plan has never failed here"], order
        assert _speaker_name(result, result.quotes[0]) == "Ann Okafor", order


def test_a_quoted_title_between_two_pieces_does_not_break_the_speakers_chain() -> None:
    # '“Of course ...,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, ...”':
    # the show's name in quotation marks is no quote, and what follows still carries on Sanders's words
    text = "“Not yet,” Ann Okafor said on “This Week” Sunday. “Not now.”"
    doc = parsed(text, [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 8, "ccomp"),
        (",", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"), ("Ann", "PROPN", 8, "nsubj"),
        ("Okafor", "PROPN", 6, "flat"), ("said", "VERB", 0, "root", "say", "VBD"), ("on", "ADP", 12, "case"),
        ("“", "PUNCT", 12, "punct"), ("This", "DET", 12, "det"), ("Week", "PROPN", 8, "obl"),
        ("”", "PUNCT", 12, "punct"), ("Sunday", "PROPN", 8, "obl:tmod"), (".", "PUNCT", 8, "punct"),
    ], [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("now", "ADV", 0, "root"),
        (".", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"), ("This Week", "MISC")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["Not yet", "Not now."]
    assert [_speaker_name(result, q) for q in result.quotes] == ["Ann Okafor", "Ann Okafor"]


def test_a_line_that_opens_with_a_dash_and_a_name_signs_the_quote_above_it() -> None:
    # '"Great speech. She's tested. ..."\n\n-President Obama, tweeting after Clinton's speech.': a quote that is its
    # whole paragraph, signed on the next line
    text = "“Not yet.”\n\n- Ann Okafor, tweeting."
    doc = parsed(text, [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 0, "root"),
        (".", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"),
    ], [
        ("-", "PUNCT", 2, "punct"), ("Ann", "PROPN", 0, "root"), ("Okafor", "PROPN", 2, "flat"),
        (",", "PUNCT", 5, "punct"), ("tweeting", "VERB", 2, "acl", "tweet", "VBG"), (".", "PUNCT", 2, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["Not yet."]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"
    # a list after a quote is no signature
    listed = "“Not yet.”\n\n- ten people, tweeting."
    doc = parsed(listed, [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 0, "root"),
        (".", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"),
    ], [
        ("-", "PUNCT", 3, "punct"), ("ten", "NUM", 3, "nummod"), ("people", "NOUN", 0, "root"),
        (",", "PUNCT", 5, "punct"), ("tweeting", "VERB", 3, "acl", "tweet", "VBG"), (".", "PUNCT", 3, "punct"),
    ])
    [quote] = attribute_doc(doc).quotes
    assert quote.speaker_id is None


def test_a_verb_of_saying_the_parse_coordinates_after_a_comma_is_an_aside() -> None:
    # "The campaign is paying canvassers, campaign manager Jeff Weaver said.": "said" joined to "paying" as a
    # second clause with no "and" is still the aside that reports the sentence
    text = "The plan is failing badly, campaign manager Ann Okafor said."
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("plan", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "aux", "be"),
        ("failing", "VERB", 0, "root", "fail", "VBG"), ("badly", "ADV", 4, "advmod"), (",", "PUNCT", 11, "punct"),
        ("campaign", "NOUN", 8, "compound"), ("manager", "NOUN", 11, "nsubj"), ("Ann", "PROPN", 8, "flat"),
        ("Okafor", "PROPN", 9, "flat"), ("said", "VERB", 4, "conj", "say", "VBD"), (".", "PUNCT", 4, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["The plan is failing badly"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"
    # with "and" it is a second thing done: "The plan failed, and Ann Okafor said so" reports nothing of the first
    text = "The plan is failing badly, and Ann Okafor said so."
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("plan", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "aux", "be"),
        ("failing", "VERB", 0, "root", "fail", "VBG"), ("badly", "ADV", 4, "advmod"), (",", "PUNCT", 10, "punct"),
        ("and", "CCONJ", 10, "cc"), ("Ann", "PROPN", 10, "nsubj"), ("Okafor", "PROPN", 8, "flat"),
        ("said", "VERB", 4, "conj", "say", "VBD"), ("so", "ADV", 10, "advmod"), (".", "PUNCT", 4, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    assert attribute_doc(doc).quotes == ()


def test_a_relative_clause_the_parse_makes_a_complement_is_not_what_was_said() -> None:
    # "Weingarten, who has visited several states ..., said she sees teachers lining up behind Clinton."
    text = "Ann Okafor, who has visited many states, said she sees gains."
    doc = parsed(text, [
        ("Ann", "PROPN", 10, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 1, "punct"),
        ("who", "PRON", 6, "nsubj"), ("has", "AUX", 6, "aux", "have"),
        ("visited", "VERB", 10, "ccomp", "visit", "VBN"), ("many", "ADJ", 8, "amod"),
        ("states", "NOUN", 6, "obj", "state"), (",", "PUNCT", 6, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("she", "PRON", 12, "nsubj"), ("sees", "VERB", 10, "ccomp", "see", "VBZ"), ("gains", "NOUN", 12, "obj", "gain"),
        (".", "PUNCT", 10, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["she sees gains"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_a_subject_the_parse_gave_the_reported_clause_is_the_speakers() -> None:
    # "Hawkins and others who want to ban abortion said Monday's decision will make the choice more stark.": the
    # parse makes "Hawkins" a second subject of "make"; before "said", it is who said it
    text = "Ann Okafor said the decision will matter."
    doc = parsed(text, [
        ("Ann", "PROPN", 7, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("the", "DET", 5, "det"), ("decision", "NOUN", 7, "nsubj"), ("will", "AUX", 7, "aux"),
        ("matter", "VERB", 3, "ccomp"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the decision will matter"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_someone_say_then_a_comma_and_a_clause_reports_the_clause() -> None:
    # "But ultimately, other experts say, she and her aides weren't trying to be traitors.": the parse joins the
    # clause to "say" as a second one, with no "and"
    text = "Ultimately, experts say, the plan was never tested."
    doc = parsed(text, [
        ("Ultimately", "ADV", 4, "advmod"), (",", "PUNCT", 1, "punct"), ("experts", "NOUN", 4, "nsubj", "expert"),
        ("say", "VERB", 0, "root", "say", "VBP"), (",", "PUNCT", 10, "punct"), ("the", "DET", 7, "det"),
        ("plan", "NOUN", 10, "nsubj:pass"), ("was", "AUX", 10, "aux:pass", "be"), ("never", "ADV", 10, "advmod"),
        ("tested", "VERB", 4, "conj", "test", "VBN"), (".", "PUNCT", 4, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the plan was never tested"]
    assert _speaker_name(result, result.quotes[0]) == "experts"


def test_a_share_of_people_before_the_verb_is_its_subject() -> None:
    # "About four out of 10 voters said life for the next generation would be worse": the parse hangs the share
    # on the verb as an oblique
    text = "Four of 10 voters said the economy is worse."
    doc = parsed(text, [
        ("Four", "NUM", 5, "obl"), ("of", "ADP", 4, "case"), ("10", "NUM", 4, "nummod"),
        ("voters", "NOUN", 1, "nmod", "voter"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 7, "det"),
        ("economy", "NOUN", 9, "nsubj"), ("is", "AUX", 9, "cop", "be"), ("worse", "ADJ", 5, "ccomp", "bad", "JJR"),
        (".", "PUNCT", 5, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the economy is worse"]
    assert _speaker_name(result, result.quotes[0]) == "Four of 10 voters"


def test_a_description_after_said_and_a_closing_mark_is_the_speaker_whatever_the_parse_calls_it() -> None:
    # '“Certainly Donald Trump has gone ...,” said the former top aide to President George W. Bush.': the parse
    # makes "aide" a complement of "said"
    text = "“Not yet,” said the former aide."
    doc = parsed(text, [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 6, "ccomp"),
        (",", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("the", "DET", 9, "det"), ("former", "ADJ", 9, "amod"), ("aide", "NOUN", 6, "ccomp"),
        (".", "PUNCT", 6, "punct"),
    ])
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the former aide"


def test_one_well_connected_democrat_after_said_is_the_speaker_and_opined_is_a_verb_of_saying() -> None:
    # '“...,” said one well-connected Democrat familiar with the Clinton campaign': the parse makes "Democrat
    # familiar" a small clause; '"Gun owners should leave their weapons at home," opined the Plain Dealer.'
    for verb, lemma in (("said", "say"), ("opined", "opine")):
        text = f"“Not yet,” {verb} one well-connected Democrat familiar with it."
        doc = parsed(text, [
            ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 6, "ccomp"),
            (",", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"), (verb, "VERB", 0, "root", lemma, "VBD"),
            ("one", "NUM", 11, "nummod"), ("well", "ADV", 10, "advmod"), ("-", "PUNCT", 8, "punct"),
            ("connected", "VERB", 11, "amod", "connect", "VBN"), ("Democrat", "PROPN", 12, "nsubj"),
            ("familiar", "ADJ", 6, "ccomp"), ("with", "ADP", 14, "case"), ("it", "PRON", 12, "obl"),
            (".", "PUNCT", 6, "punct"),
        ])
        result = attribute_doc(doc)
        [quote] = result.quotes
        assert quote.speaker_span is not None, verb
        assert "Democrat" in quote.speaker_span.text, verb


def test_someone_who_releases_a_statement_before_a_colon_says_the_quote_after_it() -> None:
    # "When Wallace died in 1998, President Clinton released the following statement:" and the statement as the
    # next paragraph
    text = "Ann Okafor released the following statement:\n\n“Not yet.”"
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("released", "VERB", 0, "root", "release", "VBD"),
        ("the", "DET", 6, "det"), ("following", "VERB", 6, "amod", "follow", "VBG"),
        ("statement", "NOUN", 3, "obj"), (":", "PUNCT", 3, "punct"),
    ], [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 0, "root"),
        (".", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"


def test_the_subject_of_the_clause_a_colon_ends_speaks_the_quote_after_it() -> None:
    # 'Kasich resisted: "Ohio governors do not have the power ..."', 'Mark Mahaney, technology analyst at RBC
    # Capital Markets, agreed: ''...''': no verb of saying, but the clause before the colon introduces the quote
    text = "Ann Okafor resisted: “Not yet.”"
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("resisted", "VERB", 0, "root", "resist", "VBD"),
        (":", "PUNCT", 3, "punct"), ("“", "PUNCT", 7, "punct"), ("Not", "PART", 7, "advmod"),
        ("yet", "ADV", 3, "parataxis"), (".", "PUNCT", 7, "punct"), ("”", "PUNCT", 7, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"
    assert quote.cue is not None
    assert quote.cue.span.text == "resisted"


def test_agreed_introduces_a_quote_but_agreeing_to_do_something_reports_nothing() -> None:
    # "Iowa State University's Dianne Bystrom agreed: ..." and '"...," Smith agreed.', but not "agreed to meet"
    text = "“Not yet,” Ann Okafor agreed. Bo Li agreed to meet them soon."
    doc = parsed(text, [
        ("“", "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 8, "ccomp"),
        (",", "PUNCT", 3, "punct"), ("”", "PUNCT", 3, "punct"), ("Ann", "PROPN", 8, "nsubj"),
        ("Okafor", "PROPN", 6, "flat"), ("agreed", "VERB", 0, "root", "agree", "VBD"), (".", "PUNCT", 8, "punct"),
    ], [
        ("Bo", "PROPN", 3, "nsubj"), ("Li", "PROPN", 1, "flat"), ("agreed", "VERB", 0, "root", "agree", "VBD"),
        ("to", "PART", 5, "mark"), ("meet", "VERB", 3, "xcomp"), ("them", "PRON", 5, "obj"),
        ("soon", "ADV", 5, "advmod"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"), ("Bo Li", "PER")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["Not yet"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_a_participle_that_describes_a_noun_is_no_verb_of_saying() -> None:
    # 'Trump told the Washington Post in a written statement, “I really don’t want Jeb’s endorsement ...”':
    # "written" describes the statement; "told" introduces the quote
    text = "Ann Okafor told us in a written statement, “Not yet.”"
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("told", "VERB", 0, "root", "tell", "VBD"),
        ("us", "PRON", 3, "obj", "we"), ("in", "ADP", 8, "case"), ("a", "DET", 8, "det"),
        ("written", "VERB", 8, "amod", "write", "VBN"), ("statement", "NOUN", 3, "obl"), (",", "PUNCT", 12, "punct"),
        ("“", "PUNCT", 12, "punct"), ("Not", "PART", 12, "advmod"), ("yet", "ADV", 3, "parataxis"),
        (".", "PUNCT", 12, "punct"), ("”", "PUNCT", 12, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"
    assert quote.cue is not None
    assert quote.cue.span.text == "told"


def test_a_name_and_its_apposition_both_parsed_as_subjects_give_the_name() -> None:
    # '"...," Miller, a retired worker from a nuclear plant, said pleasantly into the phone.'
    text = "Ann Okafor, a retired worker, said it was fine."
    doc = parsed(text, [
        ("Ann", "PROPN", 8, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 1, "punct"),
        ("a", "DET", 6, "det"), ("retired", "VERB", 6, "amod", "retire", "VBN"), ("worker", "NOUN", 8, "nsubj"),
        (",", "PUNCT", 1, "punct"), ("said", "VERB", 0, "root", "say", "VBD"), ("it", "PRON", 11, "nsubj"),
        ("was", "AUX", 11, "cop", "be"), ("fine", "ADJ", 8, "ccomp"), (".", "PUNCT", 8, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert quote.speaker_span is not None
    assert quote.speaker_span.text.startswith("Ann Okafor")


def test_an_aside_whose_speaker_the_parse_made_an_apposition_is_still_theirs() -> None:
    # '..., Apache attack helicopters, and M777 howitzers, US Central Command said in a statement.': the parse
    # makes "Command" an apposition of "howitzers" and "said" a verb of its own with no subject
    text = "The army used guns, and howitzers, Central Command said."
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("army", "NOUN", 3, "nsubj"), ("used", "VERB", 0, "root", "use", "VBD"),
        ("guns", "NOUN", 3, "obj", "gun"), (",", "PUNCT", 7, "punct"), ("and", "CCONJ", 7, "cc"),
        ("howitzers", "NOUN", 4, "conj", "howitzer"), (",", "PUNCT", 10, "punct"), ("Central", "ADJ", 10, "amod"),
        ("Command", "PROPN", 7, "appos"), ("said", "VERB", 3, "conj", "say", "VBD"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Central Command", "ORG"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["The army used guns, and howitzers"]
    assert _speaker_name(result, result.quotes[0]) == "Central Command"
    assert next(s for s in result.speakers if s.name == "Central Command").titles == ()  # "howitzers" is no role


def test_said_in_an_interview_that_reports_the_clause_the_parse_made_relative() -> None:
    # "... said in a telephone interview that Mr. Manafort had ultimately grown disillusioned with his client.":
    # the parse reads "that" as a relative pronoun on "interview"
    text = "Ann Okafor said in an interview that the plan had failed."
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("in", "ADP", 6, "case"), ("an", "DET", 6, "det"), ("interview", "NOUN", 3, "obl"),
        ("that", "PRON", 11, "obj"), ("the", "DET", 9, "det"), ("plan", "NOUN", 11, "nsubj"),
        ("had", "AUX", 11, "aux", "have"), ("failed", "VERB", 6, "acl:relcl", "fail", "VBN"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the plan had failed"]
    assert _speaker_name(result, result.quotes[0]) == "Ann Okafor"


def test_a_relative_clause_on_the_speaker_after_the_verb_is_not_what_was_said() -> None:
    # '..., said former Pennsylvania governor Ed Rendell, who serves as chairman of the Philadelphia 2016 Host
    # Committee.': the parse makes "group" the subject of "said" and "governor" a second one
    text = "The group is short, said governor Ann Okafor, who serves as chairman."
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("group", "NOUN", 6, "nsubj"), ("is", "AUX", 4, "cop", "be"),
        ("short", "ADJ", 0, "root"), (",", "PUNCT", 6, "punct"), ("said", "VERB", 4, "parataxis", "say", "VBD"),
        ("governor", "NOUN", 6, "nsubj"), ("Ann", "PROPN", 7, "appos"), ("Okafor", "PROPN", 8, "flat"),
        (",", "PUNCT", 12, "punct"), ("who", "PRON", 12, "nsubj"), ("serves", "VERB", 7, "acl:relcl", "serve", "VBZ"),
        ("as", "ADP", 14, "case"), ("chairman", "NOUN", 12, "obl"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert all(not q.text.startswith("governor") for q in result.quotes)


def test_an_aside_whose_subject_holds_the_comma_before_it_is_still_an_aside() -> None:
    # "... and found it offensive, journalist Martha Raddatz said in posing the question to Christie.": the parse
    # hangs the comma on the aside's subject
    text = "Voters found it offensive, journalist Ann Okafor said."
    doc = parsed(text, [
        ("Voters", "NOUN", 2, "nsubj", "voter"), ("found", "VERB", 0, "root", "find", "VBD"), ("it", "PRON", 2, "obj"),
        ("offensive", "ADJ", 2, "xcomp"), (",", "PUNCT", 6, "punct"), ("journalist", "NOUN", 9, "nsubj"),
        ("Ann", "PROPN", 6, "flat"), ("Okafor", "PROPN", 7, "flat"), ("said", "VERB", 2, "conj", "say", "VBD"),
        (".", "PUNCT", 2, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["Voters found it offensive"]


def test_the_nearest_verb_without_a_speaker_yields_to_the_one_with_a_speaker() -> None:
    # 'Mr. Trump said of the episode, “I don't like it,” adding that “they have anger ...”': "adding", nearer the
    # first quote, is parsed as a complement of "said" and has no subject of its own
    text = "Ann Okafor said of the episode, “I don't like it,” adding that “they have anger.”"
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Okafor", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("of", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("episode", "NOUN", 3, "obl"), (",", "PUNCT", 12, "punct"),
        ("“", "PUNCT", 12, "punct"), ("I", "PRON", 12, "nsubj"), ("do", "AUX", 12, "aux"),
        ("n't", "PART", 12, "advmod", "not"), ("like", "VERB", 3, "ccomp"), ("it", "PRON", 12, "obj"),
        (",", "PUNCT", 16, "punct"), ("”", "PUNCT", 16, "punct"), ("adding", "VERB", 3, "ccomp", "add", "VBG"),
        ("that", "SCONJ", 20, "mark"), ("“", "PUNCT", 20, "punct"), ("they", "PRON", 20, "nsubj"),
        ("have", "VERB", 16, "ccomp"), ("anger", "NOUN", 20, "obj"), (".", "PUNCT", 3, "punct"),
        ("”", "PUNCT", 3, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    first = next(q for q in result.quotes if q.text.startswith("I don't like it"))
    assert _speaker_name(result, first) == "Ann Okafor"


def test_a_verb_of_saying_with_its_particle_introduces_a_quote() -> None:
    # 'Hillary shot back, “I suppose ...”': "shoot" alone says nothing; "shoot back" answers
    text = "After Ann Moss criticized the plan, Lena Ruiz shot back, “I could have stayed home.”"
    doc = parsed(text, [
        ("After", "ADP", 2, "case"), ("Ann", "PROPN", 4, "obl"), ("Moss", "PROPN", 2, "flat"),
        ("criticized", "VERB", 0, "root", "criticize", "VBD"), ("the", "DET", 6, "det"), ("plan", "NOUN", 4, "obj"),
        (",", "PUNCT", 10, "punct"), ("Lena", "PROPN", 10, "nsubj"), ("Ruiz", "PROPN", 8, "flat"),
        ("shot", "VERB", 4, "conj", "shoot", "VBD"), ("back", "ADV", 10, "advmod"), (",", "PUNCT", 17, "punct"),
        ("“", "PUNCT", 17, "punct"), ("I", "PRON", 17, "nsubj"), ("could", "AUX", 17, "aux"),
        ("have", "AUX", 17, "aux"), ("stayed", "VERB", 4, "parataxis", "stay", "VBN"), ("home", "NOUN", 17, "obj"),
        (".", "PUNCT", 4, "punct"), ("”", "PUNCT", 4, "punct"),
    ], entities=(("Ann Moss", "PER"), ("Lena Ruiz", "PER")))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text.startswith("I could"))
    assert _speaker_name(result, quote) == "Lena Ruiz"
    assert quote.cue is not None
    assert quote.cue.span.text == "shot"


def test_a_follow_up_question_pressed_is_the_interviewers() -> None:
    # '“Would it be negotiable ...?” Hannity pressed.'
    text = "“Would it be negotiable for them?” Tom Hale pressed."
    doc = parsed(text, [
        ("“", "PUNCT", 5, "punct"), ("Would", "AUX", 5, "aux"), ("it", "PRON", 5, "nsubj"),
        ("be", "AUX", 5, "cop"), ("negotiable", "ADJ", 0, "root"), ("for", "ADP", 7, "case"),
        ("them", "PRON", 5, "obl", "they"), ("?", "PUNCT", 5, "punct"), ("”", "PUNCT", 5, "punct"),
    ], [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("pressed", "VERB", 0, "root", "press", "VBD"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Tom Hale"]


def test_a_subject_that_cannot_speak_yields_to_the_name_before_the_verb() -> None:
    # "Famed fight doctor ... once said: “...”" with "fight" tagged a verb: "said" joined to it takes its subject
    # "Famed", a participle, while the name right before "said" speaks
    text = "Famed fight doctor Tom Hale once said: “Nobody wins a fight.”"
    doc = parsed(text, [
        ("Famed", "VERB", 2, "nsubj", "fame", "VBN"), ("fight", "VERB", 0, "root"), ("doctor", "NOUN", 2, "obj"),
        ("Tom", "PROPN", 3, "flat"), ("Hale", "PROPN", 4, "flat"), ("once", "ADV", 7, "advmod"),
        ("said", "VERB", 2, "conj", "say", "VBD"), (":", "PUNCT", 11, "punct"), ("“", "PUNCT", 11, "punct"),
        ("Nobody", "PRON", 11, "nsubj"), ("wins", "VERB", 7, "ccomp", "win", "VBZ"), ("a", "DET", 13, "det"),
        ("fight", "NOUN", 11, "obj"), (".", "PUNCT", 7, "punct"), ("”", "PUNCT", 7, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Tom Hale"]


STATEMENT_SAYING = "At the time, Lena Ruiz released a statement saying, “We are proud of the brand.”"


def _statement_rows(verb: str, lemma: str) -> list[Row]:
    # the tagger's reading: "statement saying" a compound noun, the quote a parataxis of the verb
    return [
        ("At", "ADP", 3, "case"), ("the", "DET", 3, "det"), ("time", "NOUN", 7, "obl"), (",", "PUNCT", 3, "punct"),
        ("Lena", "PROPN", 7, "nsubj"), ("Ruiz", "PROPN", 5, "flat"), (verb, "VERB", 0, "root", lemma, "VBD"),
        ("a", "DET", 10, "det"), ("statement", "NOUN", 10, "compound"), ("saying", "NOUN", 7, "obj"),
        (",", "PUNCT", 15, "punct"), ("“", "PUNCT", 15, "punct"), ("We", "PRON", 15, "nsubj"),
        ("are", "AUX", 15, "cop", "be"), ("proud", "ADJ", 7, "parataxis"), ("of", "ADP", 18, "case"),
        ("the", "DET", 18, "det"), ("brand", "NOUN", 15, "obl"), (".", "PUNCT", 7, "punct"), ("”", "PUNCT", 7, "punct"),
    ]


def test_a_statement_saying_is_the_words_of_who_released_it() -> None:
    doc = parsed(STATEMENT_SAYING, _statement_rows("released", "release"), entities=(("Lena Ruiz", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Lena Ruiz"]


def test_a_statement_someone_obtained_is_not_theirs() -> None:
    text = STATEMENT_SAYING.replace("released", "obtained")
    doc = parsed(text, _statement_rows("obtained", "obtain"), entities=(("Lena Ruiz", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == [None]


def test_a_message_posted_on_a_network_is_the_posters_not_the_networks() -> None:
    # 'Trump posted a message on Twitter reading “Thank you Georgia”'
    text = "Lena Ruiz posted a message on Twitter reading “Thank you, Ohio” after the polls closed."
    doc = parsed(text, [
        ("Lena", "PROPN", 3, "nsubj"), ("Ruiz", "PROPN", 1, "flat"), ("posted", "VERB", 0, "root", "post", "VBD"),
        ("a", "DET", 5, "det"), ("message", "NOUN", 3, "obj"), ("on", "ADP", 7, "case"),
        ("Twitter", "PROPN", 5, "nmod"), ("reading", "VERB", 10, "advcl", "read", "VBG"),
        ("“", "PUNCT", 10, "punct"), ("Thank", "VERB", 3, "parataxis"), ("you", "PRON", 10, "obj"),
        (",", "PUNCT", 13, "punct"), ("Ohio", "PROPN", 10, "conj"), ("”", "PUNCT", 13, "punct"),
        ("after", "ADP", 17, "case"), ("the", "DET", 17, "det"), ("polls", "NOUN", 18, "nsubj", "poll"),
        ("closed", "VERB", 3, "advcl", "close", "VBD"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Lena Ruiz", "PER"), ("Twitter", "ORG"), ("Ohio", "LOC")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Lena Ruiz"]


def test_a_verb_parsed_as_relative_to_an_apposition_speaks_for_the_name() -> None:
    # '“...,” Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote': the parse hangs
    # "wrote" on "columnist" as a relative clause with no subject; the name the apposition describes wrote it,
    # not the newspaper the apposition names
    text = "“It is growing in France and Italy,” Tom Hale, a columnist for the newspaper Corriere della Sera, wrote."
    doc = parsed(text, [
        ("“", "PUNCT", 4, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "aux", "be", "VBZ"),
        ("growing", "VERB", 0, "root", "grow", "VBG"), ("in", "ADP", 6, "case"), ("France", "PROPN", 4, "obl"),
        ("and", "CCONJ", 8, "cc"), ("Italy", "PROPN", 6, "conj"), (",", "PUNCT", 4, "punct"),
        ("”", "PUNCT", 11, "punct"), ("Tom", "PROPN", 8, "conj"), ("Hale", "PROPN", 11, "flat"),
        (",", "PUNCT", 15, "punct"), ("a", "DET", 15, "det"), ("columnist", "NOUN", 11, "appos"),
        ("for", "ADP", 18, "case"), ("the", "DET", 18, "det"), ("newspaper", "NOUN", 15, "nmod"),
        ("Corriere", "PROPN", 15, "nmod"), ("della", "PROPN", 19, "flat"), ("Sera", "PROPN", 19, "flat"),
        (",", "PUNCT", 23, "punct"), ("wrote", "VERB", 15, "acl:relcl", "write", "VBD"), (".", "PUNCT", 23, "punct"),
    ], entities=(("France", "LOC"), ("Italy", "LOC"), ("Tom Hale", "PER"), ("Corriere della Sera", "ORG")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Tom Hale"]


def test_of_two_subjects_the_parse_gives_a_verb_the_one_nearest_the_cue_speaks() -> None:
    # "Most historians agree (Ann Moss ... once said, “...”)": "said" has no subject and climbs to "agree", which
    # the parse gives two, "historians" and "Ann Moss"; the name right before "said" said it
    text = "Most historians agree (Ann Moss, who coined the word, once said, “It happened so many times before”)."
    doc = parsed(text, [
        ("Most", "ADJ", 2, "amod"), ("historians", "NOUN", 3, "nsubj", "historian"), ("agree", "VERB", 0, "root"),
        ("(", "PUNCT", 5, "punct"), ("Ann", "PROPN", 3, "nsubj"), ("Moss", "PROPN", 5, "flat"),
        (",", "PUNCT", 9, "punct"), ("who", "PRON", 9, "nsubj"), ("coined", "VERB", 5, "acl:relcl", "coin", "VBD"),
        ("the", "DET", 11, "det"), ("word", "NOUN", 9, "obj"), (",", "PUNCT", 5, "punct"),
        ("once", "ADV", 14, "advmod"), ("said", "VERB", 3, "parataxis", "say", "VBD"), (",", "PUNCT", 18, "punct"),
        ("“", "PUNCT", 18, "punct"), ("It", "PRON", 18, "nsubj"), ("happened", "VERB", 3, "parataxis", "happen", "VBD"),
        ("so", "ADV", 20, "advmod"), ("many", "ADJ", 21, "amod"), ("times", "NOUN", 18, "obl:unmarked", "time"),
        ("before", "ADP", 18, "obl"), ("”", "PUNCT", 22, "punct"), (")", "PUNCT", 18, "punct"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Moss", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Ann Moss"]


def test_where_something_was_written_is_not_what_it_was_about() -> None:
    # "wrote on his blog about the tax plan": the blog is where; the plan, which the parse hung on it, is the topic
    text = "Tom Hale wrote on his blog about the tax plan."
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("wrote", "VERB", 0, "root", "write", "VBD"),
        ("on", "ADP", 6, "case"), ("his", "PRON", 6, "nmod:poss", "he"), ("blog", "NOUN", 3, "obl"),
        ("about", "ADP", 10, "case"), ("the", "DET", 10, "det"), ("tax", "NOUN", 10, "compound"),
        ("plan", "NOUN", 6, "nmod"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the tax plan"]


def test_what_describes_the_speaker_before_the_verb_is_not_what_they_said() -> None:
    # "A source familiar with the ad says the group is spending ...": the parse makes "familiar" a complement
    text = "A source familiar with the ad says the group is spending large sums to air it."
    doc = parsed(text, [
        ("A", "DET", 2, "det"), ("source", "NOUN", 7, "nsubj"), ("familiar", "ADJ", 7, "ccomp"),
        ("with", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("ad", "NOUN", 3, "obl"),
        ("says", "VERB", 0, "root", "say", "VBZ"), ("the", "DET", 9, "det"), ("group", "NOUN", 11, "nsubj"),
        ("is", "AUX", 11, "aux", "be", "VBZ"), ("spending", "VERB", 7, "ccomp", "spend", "VBG"),
        ("large", "ADJ", 13, "amod"), ("sums", "NOUN", 11, "obj", "sum"), ("to", "PART", 15, "mark"),
        ("air", "VERB", 11, "advcl"), ("it", "PRON", 15, "obj"), (".", "PUNCT", 7, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the group is spending large sums to air it"]


def test_an_apposition_with_a_participle_between_speaker_and_verb_is_not_what_they_said() -> None:
    # "Mike Shields, president of the fund, a super PAC allied with House leadership, said ..."
    text = "Tom Hale, head of the Harbor Fund, a charity allied with the mayor, said the city had broken its promise."
    doc = parsed(text, [
        ("Tom", "PROPN", 17, "nsubj"), ("Hale", "PROPN", 1, "flat"), (",", "PUNCT", 4, "punct"),
        ("head", "NOUN", 1, "appos"), ("of", "ADP", 8, "case"), ("the", "DET", 8, "det"),
        ("Harbor", "PROPN", 8, "compound"), ("Fund", "PROPN", 4, "nmod"), (",", "PUNCT", 1, "punct"),
        ("a", "DET", 11, "det"), ("charity", "NOUN", 12, "nsubj:pass"), ("allied", "VERB", 17, "ccomp", "ally", "VBN"),
        ("with", "ADP", 15, "case"), ("the", "DET", 15, "det"), ("mayor", "NOUN", 12, "obl"),
        (",", "PUNCT", 12, "punct"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 19, "det"),
        ("city", "NOUN", 21, "nsubj"), ("had", "AUX", 21, "aux", "have", "VBD"),
        ("broken", "VERB", 17, "ccomp", "break", "VBN"), ("its", "PRON", 23, "nmod:poss", "it"),
        ("promise", "NOUN", 21, "obj"), (".", "PUNCT", 17, "punct"),
    ], entities=(("Tom Hale", "PER"), ("Harbor Fund", "ORG")))
    result = attribute_doc(doc)
    found = [(q.text, _speaker_name(result, q)) for q in result.quotes]
    assert found == [("the city had broken its promise", "Tom Hale")]


def test_a_mark_inside_the_clauses_subject_does_not_make_it_adverbial() -> None:
    # "said the majority of voters passing by were very polite": "by" hung on "polite" as a mark
    text = "He said the majority of voters passing by were very polite."
    doc = parsed(text, [
        ("He", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 4, "det"),
        ("majority", "NOUN", 11, "nsubj"), ("of", "ADP", 6, "case"), ("voters", "NOUN", 4, "nmod", "voter"),
        ("passing", "VERB", 6, "acl", "pass", "VBG"), ("by", "ADP", 11, "mark"),
        ("were", "AUX", 11, "cop", "be", "VBD"), ("very", "ADV", 11, "advmod"), ("polite", "ADJ", 2, "ccomp"),
        (".", "PUNCT", 2, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the majority of voters passing by were very polite"]


def test_a_mark_right_after_the_object_the_clauses_subject_was_parsed_as_opens_nothing() -> None:
    # "said the time for being politically correct is over": "the time" the verb's object, "for" a mark of "over"
    text = "He said the time for being politically correct is over."
    doc = parsed(text, [
        ("He", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 4, "det"),
        ("time", "NOUN", 2, "obj"), ("for", "SCONJ", 10, "mark"), ("being", "AUX", 8, "cop", "be", "VBG"),
        ("politically", "ADV", 8, "advmod"), ("correct", "ADJ", 10, "advcl"), ("is", "AUX", 10, "cop", "be", "VBZ"),
        ("over", "ADV", 2, "ccomp"), (".", "PUNCT", 2, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the time for being politically correct is over"]


def test_a_clause_whose_subject_the_parse_made_a_second_subject_of_the_verb() -> None:
    # "aides said the average donation during the quarter was $27.16": "donation" a subject of "said", "quarter"
    # the clause's, which then opened with "during"
    text = "Campaign aides said the average donation during the spring fundraising quarter was $27.16."
    doc = parsed(text, [
        ("Campaign", "NOUN", 2, "compound"), ("aides", "NOUN", 3, "nsubj", "aide"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 6, "det"), ("average", "ADJ", 6, "amod"),
        ("donation", "NOUN", 3, "nsubj"), ("during", "ADP", 11, "case"), ("the", "DET", 11, "det"),
        ("spring", "NOUN", 11, "compound"), ("fundraising", "NOUN", 11, "compound"), ("quarter", "NOUN", 13, "nsubj"),
        ("was", "AUX", 13, "cop", "be", "VBD"), ("$", "SYM", 3, "ccomp"), ("27.16", "NUM", 13, "nummod"),
        (".", "PUNCT", 3, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the average donation during the spring fundraising quarter was $27.16"]


def test_the_name_right_before_a_verb_the_parse_left_without_a_subject_says_it() -> None:
    # "Pfizer chief executive Ian Read said company leaders had ...": "Ian" a compound of "leaders"
    text = "Acme chief executive Tom Hale said company leaders had paid attention to the debate."
    doc = parsed(text, [
        ("Acme", "PROPN", 2, "compound"), ("chief", "NOUN", 4, "nmod:desc"), ("executive", "ADJ", 4, "amod"),
        ("Tom", "PROPN", 8, "compound"), ("Hale", "PROPN", 4, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("company", "NOUN", 8, "compound"), ("leaders", "NOUN", 10, "nsubj", "leader"),
        ("had", "AUX", 10, "aux", "have", "VBD"), ("paid", "VERB", 6, "ccomp", "pay", "VBN"),
        ("attention", "NOUN", 10, "obj"), ("to", "ADP", 14, "case"), ("the", "DET", 14, "det"),
        ("debate", "NOUN", 10, "obl"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Acme", "ORG"), ("Tom Hale", "PER")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Tom Hale"]


def test_a_participle_describing_the_speaker_before_the_verb_is_not_what_they_said() -> None:
    # "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said ...": "helping" a complement
    text = "Tom Hale, a Dayton, Ohio, rabbi helping to organize the boycott, said he was alarmed about the rhetoric."
    doc = parsed(text, [
        ("Tom", "PROPN", 16, "nsubj"), ("Hale", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("a", "DET", 5, "det"), ("Dayton", "PROPN", 1, "appos"), (",", "PUNCT", 7, "punct"),
        ("Ohio", "PROPN", 1, "conj"), (",", "PUNCT", 7, "punct"), ("rabbi", "NOUN", 1, "conj"),
        ("helping", "VERB", 16, "ccomp", "help", "VBG"), ("to", "PART", 12, "mark"), ("organize", "VERB", 10, "xcomp"),
        ("the", "DET", 14, "det"), ("boycott", "NOUN", 12, "obj"), (",", "PUNCT", 1, "punct"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("he", "PRON", 19, "nsubj:pass"),
        ("was", "AUX", 19, "aux:pass", "be", "VBD"), ("alarmed", "VERB", 16, "ccomp", "alarm", "VBN"),
        ("about", "ADP", 22, "case"), ("the", "DET", 22, "det"), ("rhetoric", "NOUN", 19, "obl"),
        (".", "PUNCT", 16, "punct"),
    ], entities=(("Tom Hale", "PER"), ("Dayton", "LOC"), ("Ohio", "LOC")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["he was alarmed about the rhetoric"]


def test_a_description_of_the_speaker_before_the_name_is_not_what_they_said() -> None:
    # "A self-professed independent, Cuban said he'd consider offers ..."
    text = "A self-professed independent, Hale said he would consider offers."
    doc = parsed(text, [
        ("A", "DET", 5, "det", "a"), ("self", "NOUN", 4, "compound"), ("-", "PUNCT", 2, "punct"),
        ("professed", "VERB", 5, "amod", "profess", "VBN"), ("independent", "ADJ", 8, "ccomp"),
        (",", "PUNCT", 5, "punct"), ("Hale", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("he", "PRON", 11, "nsubj"), ("would", "AUX", 11, "aux"), ("consider", "VERB", 8, "ccomp"),
        ("offers", "NOUN", 11, "obj", "offer"), (".", "PUNCT", 8, "punct"),
    ], entities=(("Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["he would consider offers"]


def test_a_clause_of_the_opening_adverbial_is_not_what_the_verb_after_it_reports() -> None:
    # "After struggling to persuade voters that he understands ..., Emanuel said he meets with families ..."
    text = "After struggling to persuade voters that he understands their fear, Hale said he meets with families."
    doc = parsed(text, [
        ("After", "SCONJ", 2, "mark"), ("struggling", "VERB", 13, "advcl", "struggle", "VBG"),
        ("to", "PART", 4, "mark"), ("persuade", "VERB", 2, "xcomp"), ("voters", "NOUN", 4, "obj", "voter"),
        ("that", "SCONJ", 8, "mark"),
        ("he", "PRON", 8, "nsubj"), ("understands", "VERB", 13, "ccomp", "understand", "VBZ"),
        ("their", "PRON", 10, "nmod:poss", "they"), ("fear", "NOUN", 8, "obj"), (",", "PUNCT", 2, "punct"),
        ("Hale", "PROPN", 13, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("he", "PRON", 15, "nsubj"),
        ("meets", "VERB", 13, "ccomp", "meet", "VBZ"), ("with", "ADP", 17, "case"), ("families", "NOUN", 15, "obl"),
        (".", "PUNCT", 13, "punct"),
    ], entities=(("Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["he meets with families"]


def test_said_with_no_clause_in_the_parse_reports_the_rest_of_its_sentence() -> None:
    # "The NFL legend said people misunderstand Trump.", "misunderstand" tagged an adjective
    text = "The NFL legend said people misunderstand Trump."
    doc = parsed(text, [
        ("The", "DET", 3, "det"), ("NFL", "NOUN", 3, "compound"), ("legend", "NOUN", 4, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("people", "NOUN", 4, "iobj"),
        ("misunderstand", "ADJ", 7, "amod"), ("Trump", "PROPN", 5, "appos"), (".", "PUNCT", 4, "punct"),
    ], entities=(("NFL", "ORG"), ("Trump", "PER")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["people misunderstand Trump"]


def test_told_with_no_clause_in_the_parse_reports_what_follows_the_one_told() -> None:
    # "Randolph told others that he called her ...", the clause made relative to "others"
    text = "Randolph told others that he called her at one point."
    doc = parsed(text, [
        ("Randolph", "PROPN", 2, "nsubj"), ("told", "VERB", 0, "root", "tell", "VBD"),
        ("others", "NOUN", 2, "iobj", "other"), ("that", "PRON", 6, "obj"), ("he", "PRON", 6, "nsubj"),
        ("called", "VERB", 3, "acl:relcl", "call", "VBD"), ("her", "PRON", 6, "obj", "she"), ("at", "ADP", 10, "case"),
        ("one", "NUM", 10, "nummod"), ("point", "NOUN", 6, "obl"), (".", "PUNCT", 2, "punct"),
    ], entities=(("Randolph", "PER"),))
    result = attribute_doc(doc)
    found = [(q.text, _speaker_name(result, q)) for q in result.quotes]
    assert found == [("he called her at one point", "Randolph")]


def test_said_nothing_reports_nothing() -> None:
    text = "She said nothing about the new plan."
    doc = parsed(text, [
        ("She", "PRON", 2, "nsubj", "she"), ("said", "VERB", 0, "root", "say", "VBD"), ("nothing", "PRON", 2, "obj"),
        ("about", "ADP", 7, "case"), ("the", "DET", 7, "det"), ("new", "ADJ", 7, "amod"),
        ("plan", "NOUN", 3, "nmod"), (".", "PUNCT", 2, "punct"),
    ])
    assert not [q for q in attribute_doc(doc).quotes if q.kind == QuoteKind.INDIRECT]


def test_an_opening_adverbial_phrase_is_not_what_the_verb_after_it_reports() -> None:
    # "Though empathetic with their grief, Woods said she does not believe ...": "empathetic" a complement
    text = "Though empathetic with their grief, Hale said she does not believe them."
    doc = parsed(text, [
        ("Though", "ADV", 2, "advmod"), ("empathetic", "ADJ", 8, "ccomp"), ("with", "ADP", 5, "case"),
        ("their", "PRON", 5, "nmod:poss", "they"), ("grief", "NOUN", 2, "obl"), (",", "PUNCT", 2, "punct"),
        ("Hale", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("she", "PRON", 12, "nsubj"),
        ("does", "AUX", 12, "aux", "do", "VBZ"), ("not", "PART", 12, "advmod"), ("believe", "VERB", 8, "ccomp"),
        ("them", "PRON", 12, "obj", "they"), (".", "PUNCT", 8, "punct"),
    ], entities=(("Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["she does not believe them"]


def test_a_that_clause_the_parse_joined_to_the_verb_as_a_second_verb_is_what_was_said() -> None:
    # "Bernanke said in April that the spending cuts ... had a markedly negative impact": "had" a conj of "said"
    text = "Hale said in April that the spending cuts had a negative impact on the economy."
    doc = parsed(text, [
        ("Hale", "PROPN", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("in", "ADP", 4, "case"),
        ("April", "PROPN", 2, "obl"), ("that", "SCONJ", 9, "mark"), ("the", "DET", 8, "det"),
        ("spending", "NOUN", 8, "compound"), ("cuts", "NOUN", 9, "nsubj", "cut"),
        ("had", "VERB", 2, "conj", "have", "VBD"), ("a", "DET", 12, "det"), ("negative", "ADJ", 12, "amod"),
        ("impact", "NOUN", 9, "obj"), ("on", "ADP", 15, "case"), ("the", "DET", 15, "det"),
        ("economy", "NOUN", 12, "nmod"), (".", "PUNCT", 2, "punct"),
    ], entities=(("Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the spending cuts had a negative impact on the economy"]


def test_neither_tagged_a_mark_does_not_make_the_reported_clause_adverbial() -> None:
    # "In fact, neither Trump nor Clinton's tax plans would have any major impact ..., analysts say."
    text = "In fact, neither tax plan would have any impact, analysts say."
    doc = parsed(text, [
        ("In", "ADP", 2, "case"), ("fact", "NOUN", 13, "obl"), (",", "PUNCT", 2, "punct"),
        ("neither", "SCONJ", 8, "mark"), ("tax", "NOUN", 6, "compound"), ("plan", "NOUN", 8, "nsubj"),
        ("would", "AUX", 8, "aux"), ("have", "VERB", 13, "ccomp"), ("any", "DET", 10, "det"),
        ("impact", "NOUN", 8, "obj"), (",", "PUNCT", 8, "punct"), ("analysts", "NOUN", 13, "nsubj", "analyst"),
        ("say", "VERB", 0, "root", "say", "VBP"), (".", "PUNCT", 13, "punct"),
    ])
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["neither tax plan would have any impact"]


def test_a_surname_that_is_also_a_time_word_still_names_the_speaker() -> None:
    # "Day said ..." after "Kristen Day": "Day" tagged a common noun, the lemma of a time word
    text = "Kristen Day runs the group. Day said the platform is hurting the party."
    doc = parsed(text, [
        ("Kristen", "PROPN", 3, "nsubj"), ("Day", "PROPN", 1, "flat"), ("runs", "VERB", 0, "root", "run", "VBZ"),
        ("the", "DET", 5, "det"), ("group", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct"),
    ], [
        ("Day", "NOUN", 2, "nsubj", "day"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 4, "det"),
        ("platform", "NOUN", 6, "nsubj"), ("is", "AUX", 6, "aux", "be", "VBZ"),
        ("hurting", "VERB", 2, "ccomp", "hurt", "VBG"), ("the", "DET", 8, "det"), ("party", "NOUN", 6, "obj"),
        (".", "PUNCT", 2, "punct"),
    ], entities=(("Kristen Day", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Kristen Day"]


@pytest.mark.parametrize(("verb", "lemma"), [("questioned", "question"), ("surmised", "surmise"),
                                             ("cracked", "crack"), ("jeered", "jeer")])
def test_more_verbs_that_introduce_a_quote(verb: str, lemma: str) -> None:
    # '“What was the massive pivot point ...?” Beck questioned.', '“People are afraid ...,” he surmised.'
    text = f"“What changed him?” Tom Hale {verb}."
    doc = parsed(text, [
        ("“", "PUNCT", 3, "punct"), ("What", "PRON", 3, "nsubj", "what"),
        ("changed", "VERB", 0, "root", "change", "VBD"), ("him", "PRON", 3, "obj", "he"), ("?", "PUNCT", 3, "punct"),
        ("”", "PUNCT", 3, "punct"),
    ], [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), (verb, "VERB", 0, "root", lemma, "VBD"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Tom Hale"]


NOTED = "The star noted Latinos and Blacks have a harder time."


def _noted_rows(second: str, upos: str, xpos: str) -> list[Row]:
    # the parse: the clause's subject an indirect object of "noted", its verb joined to "noted" as a second one
    return [
        ("The", "DET", 2, "det"), ("star", "NOUN", 3, "nsubj"), ("noted", "VERB", 0, "root", "note", "VBD"),
        ("Latinos", "PROPN", 3, "iobj"), ("and", "CCONJ", 6, "cc"), ("Blacks", "PROPN", 4, "conj"),
        (second, upos, 3, "conj", second, xpos), ("a", "DET", 10, "det"), ("harder", "ADJ", 10, "amod", "hard", "JJR"),
        ("time", "NOUN", 7, "obj"), (".", "PUNCT", 3, "punct"),
    ]


def test_noted_with_no_clause_in_the_parse_reports_the_clause_after_it() -> None:
    doc = parsed(NOTED, _noted_rows("have", "VERB", "VBP"), entities=(("Latinos", "NORP"), ("Blacks", "NORP")))
    assert [q.text for q in attribute_doc(doc).quotes] == ["Latinos and Blacks have a harder time"]


def test_noted_before_a_noun_with_no_verb_of_its_own_reports_nothing() -> None:
    # "noted the dichotomy ...": a verb that takes a noun as well as a clause needs a finite verb after it
    text = NOTED.replace("have", "with")
    doc = parsed(text, _noted_rows("with", "ADJ", "JJ"), entities=(("Latinos", "NORP"), ("Blacks", "NORP")))
    assert not attribute_doc(doc).quotes


def test_a_speaker_described_by_role_is_the_person_named_before() -> None:
    # '“We will win,” the Vermont senator said.' after "Bernie Sanders spoke": the senator is Sanders, not
    # Vermont, and the speaker is named
    text = "Bernie Sanders spoke in Iowa. “We will win,” the Vermont senator said."
    doc = parsed(text, [
        ("Bernie", "PROPN", 3, "nsubj"), ("Sanders", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
        ("in", "ADP", 5, "case"), ("Iowa", "PROPN", 3, "obl"), (".", "PUNCT", 3, "punct"),
    ], [
        ("“", "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj", "we"), ("will", "AUX", 4, "aux"),
        ("win", "VERB", 10, "ccomp"), (",", "PUNCT", 4, "punct"), ("”", "PUNCT", 10, "punct"),
        ("the", "DET", 9, "det"), ("Vermont", "PROPN", 9, "compound"), ("senator", "NOUN", 10, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 10, "punct"),
    ], entities=(("Bernie Sanders", "PER"), ("Iowa", "LOC"), ("Vermont", "LOC")))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text == "We will win")
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the Vermont senator"
    assert _speaker_name(result, quote) == "Bernie Sanders"


def test_the_subject_of_a_predicate_noun_does_what_its_participle_says() -> None:
    # "Ms. Warren has been a powerful surrogate, attacking Mr. Trump": Warren attacks, not the whole clause
    text = "Ms. Warren has been a powerful surrogate, attacking Mr. Trump."
    doc = parsed(text, [
        ("Ms.", "PROPN", 7, "nsubj"), ("Warren", "PROPN", 1, "flat"), ("has", "AUX", 7, "aux", "have", "VBZ"),
        ("been", "AUX", 7, "cop", "be", "VBN"), ("a", "DET", 7, "det"), ("powerful", "ADJ", 7, "amod"),
        ("surrogate", "NOUN", 0, "root"), (",", "PUNCT", 9, "punct"),
        ("attacking", "VERB", 7, "acl", "attack", "VBG"), ("Mr.", "PROPN", 11, "nmod:desc"),
        ("Trump", "PROPN", 9, "obj"), (".", "PUNCT", 7, "punct"),
    ], entities=(("Warren", "PER"), ("Trump", "PER")))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("Mr. Trump", "Warren")]


def test_a_described_speaker_is_no_name_the_tagger_does_not_call_a_person() -> None:
    # "the head of the union said" after an untagged "General Motors": the description stays the speaker's name
    text = "Workers left General Motors. “Everything was a fight,” the head of the union said."
    doc = parsed(text, [
        ("Workers", "NOUN", 2, "nsubj", "worker"), ("left", "VERB", 0, "root", "leave", "VBD"),
        ("General", "PROPN", 4, "compound"), ("Motors", "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct"),
    ], [
        ("“", "PUNCT", 5, "punct"), ("Everything", "PRON", 5, "nsubj", "everything"), ("was", "AUX", 5, "cop", "be"),
        ("a", "DET", 5, "det"), ("fight", "NOUN", 13, "ccomp"), (",", "PUNCT", 5, "punct"), ("”", "PUNCT", 5, "punct"),
        ("the", "DET", 9, "det"), ("head", "NOUN", 13, "nsubj"), ("of", "ADP", 12, "case"), ("the", "DET", 12, "det"),
        ("union", "NOUN", 9, "nmod"), ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 13, "punct"),
    ])
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["the head of the union"]


def test_people_briefed_said_parsed_as_the_participles_complement() -> None:
    # "People briefed on the move said that ...": "briefed" the root, "said" its complement with no subject
    text = "People briefed on the move said that it reflected his realization."
    doc = parsed(text, [
        ("People", "NOUN", 2, "nsubj", "person"), ("briefed", "VERB", 0, "root", "brief", "VBD"),
        ("on", "ADP", 5, "case"), ("the", "DET", 5, "det"), ("move", "NOUN", 2, "obl"),
        ("said", "VERB", 2, "ccomp", "say", "VBD"), ("that", "SCONJ", 9, "mark"), ("it", "PRON", 9, "nsubj"),
        ("reflected", "VERB", 6, "ccomp", "reflect", "VBD"), ("his", "PRON", 11, "nmod:poss", "he"),
        ("realization", "NOUN", 9, "obj"), (".", "PUNCT", 2, "punct"),
    ])
    result = attribute_doc(doc)
    assert [(q.text, q.speaker_span.text if q.speaker_span else None) for q in result.quotes] == [
        ("it reflected his realization", "People")]


def test_said_after_another_verb_of_the_speaker_with_no_clause_in_the_parse() -> None:
    # "Rick Scott blasted Congress and said the state allocated more than $26 million ...", "allocated" parsed
    # as a participle on "state"
    text = "Tom Hale blasted Congress and said the state allocated more than $26 million last week."
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("blasted", "VERB", 0, "root", "blast", "VBD"),
        ("Congress", "PROPN", 3, "obj"), ("and", "CCONJ", 6, "cc"), ("said", "VERB", 3, "conj", "say", "VBD"),
        ("the", "DET", 8, "det"), ("state", "NOUN", 6, "obj"), ("allocated", "VERB", 8, "acl", "allocate", "VBN"),
        ("more", "ADJ", 9, "advmod"), ("than", "ADP", 12, "case"), ("$", "SYM", 9, "obl"),
        ("26", "NUM", 14, "compound"), ("million", "NUM", 12, "nummod"), ("last", "ADJ", 16, "amod"),
        ("week", "NOUN", 9, "obl:unmarked"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes if q.cue and q.cue.lemma == "say"] == [
        "the state allocated more than $26 million last week"]


def test_a_that_clause_on_the_message_inside_a_prepositional_chain_is_what_was_said() -> None:
    # "said in one of a series of Twitter messages that the truck was carrying arms"
    text = "Tom Hale said in one of a series of Twitter messages that the truck was carrying arms."
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("in", "ADP", 5, "case"), ("one", "NUM", 3, "obl"), ("of", "ADP", 8, "case"), ("a", "DET", 8, "det"),
        ("series", "NOUN", 5, "nmod"), ("of", "ADP", 11, "case"), ("Twitter", "PROPN", 11, "compound"),
        ("messages", "NOUN", 8, "nmod", "message"), ("that", "SCONJ", 16, "mark"), ("the", "DET", 14, "det"),
        ("truck", "NOUN", 16, "nsubj"), ("was", "AUX", 16, "aux", "be", "VBD"),
        ("carrying", "VERB", 11, "acl:relcl", "carry", "VBG"), ("arms", "NOUN", 16, "obj", "arm"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"), ("Twitter", "ORG")))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes] == ["the truck was carrying arms"]


def test_a_name_in_the_phrase_after_a_preposition_is_not_the_speakers() -> None:
    # "A spokeswoman for Hillary Clinton says ...", the parse hanging "Clinton" on "spokeswoman" with no "for"
    text = "A spokeswoman for Lena Ruiz says neither the nominee nor her campaign helped him."
    doc = parsed(text, [
        ("A", "DET", 2, "det", "a"), ("spokeswoman", "NOUN", 6, "nsubj"), ("for", "ADP", 4, "case"),
        ("Lena", "PROPN", 2, "nmod"), ("Ruiz", "PROPN", 2, "nmod"), ("says", "VERB", 0, "root", "say", "VBZ"),
        ("neither", "PRON", 6, "iobj"), ("the", "DET", 9, "det"), ("nominee", "NOUN", 13, "nsubj"),
        ("nor", "CCONJ", 12, "cc"), ("her", "PRON", 12, "nmod:poss", "she"), ("campaign", "NOUN", 9, "conj"),
        ("helped", "VERB", 6, "conj", "help", "VBD"), ("him", "PRON", 13, "obj", "he"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Lena Ruiz", "PER"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["A spokeswoman for Lena Ruiz"]


def test_a_name_before_and_is_no_title_of_the_name_after() -> None:
    # "Mr. King and Mr. Morial are also participating": "King" is a name, not the role of a king
    text = "“We are ready,” Tom Hale said. Mr. King and Mr. Hale are also taking part."
    doc = parsed(text, [
        ("“", "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj", "we"), ("are", "AUX", 4, "cop", "be"),
        ("ready", "ADJ", 9, "ccomp"), (",", "PUNCT", 4, "punct"), ("”", "PUNCT", 4, "punct"),
        ("Tom", "PROPN", 9, "nsubj"), ("Hale", "PROPN", 7, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        (".", "PUNCT", 9, "punct"),
    ], [
        ("Mr.", "PROPN", 2, "nmod:desc"), ("King", "PROPN", 8, "nsubj"), ("and", "CCONJ", 5, "cc"),
        ("Mr.", "PROPN", 5, "nmod:desc"), ("Hale", "PROPN", 2, "conj"), ("are", "AUX", 8, "aux", "be"),
        ("also", "ADV", 8, "advmod"), ("taking", "VERB", 0, "root", "take", "VBG"), ("part", "NOUN", 8, "obj"),
        (".", "PUNCT", 8, "punct"),
    ], entities=(("Tom Hale", "PER"), ("Hale", "PER")))
    result = attribute_doc(doc)
    speaker = result.speaker(result.quotes[0].speaker_id) if result.quotes[0].speaker_id else None
    assert speaker is not None
    assert speaker.name == "Tom Hale"
    assert "King" not in speaker.titles


def test_told_someone_with_a_relative_clause_reports_no_part_of_it() -> None:
    # "told a young woman who suggested that ... that she was wrong": the relative clause is the woman's
    text = "Tom Hale told a young woman who suggested that people should stay home that she was wrong."
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("told", "VERB", 0, "root", "tell", "VBD"),
        ("a", "DET", 6, "det"), ("young", "ADJ", 6, "amod"), ("woman", "NOUN", 3, "iobj"),
        ("who", "PRON", 8, "nsubj"), ("suggested", "VERB", 6, "acl:relcl", "suggest", "VBD"),
        ("that", "SCONJ", 12, "mark"), ("people", "NOUN", 12, "nsubj"), ("should", "AUX", 12, "aux"),
        ("stay", "VERB", 8, "ccomp"), ("home", "ADV", 12, "advmod"), ("that", "SCONJ", 17, "mark"),
        ("she", "PRON", 17, "nsubj"), ("was", "AUX", 17, "cop", "be", "VBD"), ("wrong", "ADJ", 12, "advcl"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert not [q for q in result.quotes if _speaker_name(result, q) == "Tom Hale" and q.text.startswith("who")]


def test_a_speaker_described_by_age_is_the_person_named_before() -> None:
    # '“Donald is ... an amazing leader,” said the 46-year-old.': the tokenizer splits the age at its hyphens
    text = "Lena Ruiz spoke first. “We will win,” said the 46-year-old."
    doc = parsed(text, [
        ("Lena", "PROPN", 3, "nsubj"), ("Ruiz", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
        ("first", "ADV", 3, "advmod"), (".", "PUNCT", 3, "punct"),
    ], [
        ("“", "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj", "we"), ("will", "AUX", 4, "aux"),
        ("win", "VERB", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ("”", "PUNCT", 7, "punct"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 13, "det"), ("46", "NUM", 11, "nummod"),
        ("-", "PUNCT", 9, "punct"), ("year", "NOUN", 13, "compound"), ("-", "PUNCT", 11, "punct"),
        ("old", "ADJ", 7, "ccomp"), (".", "PUNCT", 7, "punct"),
    ], entities=(("Lena Ruiz", "PER"),))
    result = attribute_doc(doc)
    quote = result.quotes[0]
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the 46-year-old"
    assert _speaker_name(result, quote) == "Lena Ruiz"


def test_confided_reports_what_was_confided() -> None:
    text = "Tom Hale confided to her that his parents had panicked."
    doc = parsed(text, [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"),
        ("confided", "VERB", 0, "root", "confide", "VBD"), ("to", "ADP", 5, "case"), ("her", "PRON", 3, "obl", "she"),
        ("that", "SCONJ", 10, "mark"), ("his", "PRON", 8, "nmod:poss", "he"),
        ("parents", "NOUN", 10, "nsubj", "parent"),
        ("had", "AUX", 10, "aux", "have", "VBD"), ("panicked", "VERB", 3, "advcl", "panic", "VBN"),
        (".", "PUNCT", 3, "punct"),
    ], entities=(("Tom Hale", "PER"),))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("his parents had panicked", "Tom Hale")]


def test_a_clause_of_a_verb_with_a_particle_before_the_cue_is_not_what_the_cue_reports() -> None:
    # "When the moderator pointed out that Trump hadn't answered, the candidate said ...": the that-clause hung on
    # "said" belongs to "pointed out"
    text = "When the moderator pointed out that Trump hadn't answered, the candidate said families file lawsuits."
    doc = parsed(text, [
        ("When", "ADV", 4, "advmod"), ("the", "DET", 3, "det"), ("moderator", "NOUN", 4, "nsubj"),
        ("pointed", "VERB", 14, "advcl", "point", "VBD"), ("out", "ADP", 4, "compound:prt"),
        ("that", "SCONJ", 10, "mark"), ("Trump", "PROPN", 10, "nsubj"), ("had", "AUX", 10, "aux", "have", "VBD"),
        ("n't", "PART", 10, "advmod", "not"), ("answered", "VERB", 14, "ccomp", "answer", "VBN"),
        (",", "PUNCT", 4, "punct"), ("the", "DET", 13, "det"), ("candidate", "NOUN", 14, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), ("families", "NOUN", 17, "compound", "family"),
        ("file", "NOUN", 17, "compound"), ("lawsuits", "NOUN", 14, "ccomp", "lawsuit"), (".", "PUNCT", 14, "punct"),
    ], entities=(("Trump", "PER"),))
    result = attribute_doc(doc)
    assert [q.text for q in result.quotes if q.cue and q.cue.lemma == "say"] == ["families file lawsuits"]


def test_the_name_at_a_cue_that_climbed_to_a_verb_with_two_subjects_speaks() -> None:
    # "Helen Aguirre Ferre, who took over after the previous director quit ..., said ...": "said" joined to
    # "quit", which the parse gives two subjects; the name right before "said", past its relative clause, speaks
    text = "Ann Moss, who took over after the director quit, said voters are interested."
    doc = parsed(text, [
        ("Ann", "PROPN", 10, "nsubj"), ("Moss", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("who", "PRON", 5, "nsubj"), ("took", "VERB", 1, "acl:relcl", "take", "VBD"), ("over", "ADP", 5, "advmod"),
        ("after", "ADP", 9, "case"), ("the", "DET", 9, "det"), ("director", "NOUN", 10, "nsubj"),
        ("quit", "VERB", 0, "root", "quit", "VBD"), (",", "PUNCT", 1, "punct"),
        ("said", "VERB", 10, "conj", "say", "VBD"),
        ("voters", "NOUN", 15, "nsubj:pass", "voter"), ("are", "AUX", 15, "aux:pass", "be", "VBP"),
        ("interested", "VERB", 12, "ccomp", "interest", "VBN"), (".", "PUNCT", 12, "punct"),
    ], entities=(("Ann Moss", "PER"),))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("voters are interested", "Ann Moss")]


def test_a_hyphenated_name_read_from_its_second_part_is_whole() -> None:
    # "The Chicago Sun-Times reported ...": the subject is "Times"
    text = "The Chicago Sun-Times reported that the parade began."
    doc = parsed(text, [
        ("The", "DET", 5, "det"), ("Chicago", "PROPN", 5, "compound"), ("Sun", "PROPN", 5, "compound"),
        ("-", "PUNCT", 3, "punct"), ("Times", "PROPN", 6, "nsubj"), ("reported", "VERB", 0, "root", "report", "VBD"),
        ("that", "SCONJ", 10, "mark"), ("the", "DET", 9, "det"), ("parade", "NOUN", 10, "nsubj"),
        ("began", "VERB", 6, "ccomp", "begin", "VBD"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Chicago", "LOC"),))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Chicago Sun-Times"]


def test_a_hyphenated_name_the_tokenizer_kept_with_its_hyphen_is_whole() -> None:
    # "Coca-Cola said ...", tokenized "Coca" "-Cola"
    text = "Coca-Cola said it would give money."
    doc = parsed(text, [
        ("Coca", "PROPN", 3, "nsubj"), ("-Cola", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("it", "PRON", 6, "nsubj"), ("would", "AUX", 6, "aux"), ("give", "VERB", 3, "ccomp"),
        ("money", "NOUN", 6, "obj"), (".", "PUNCT", 3, "punct"),
    ])
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Coca-Cola"]


# "Tom Hale spoke on Monday in Ohio. Hale said the plan was fair.": the article that names the headline's person
HALE_SPOKE_AND_SAID: list[list[Row]] = [[
    ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
    ("on", "ADP", 5, "case"), ("Monday", "PROPN", 3, "obl"), ("in", "ADP", 7, "case"), ("Ohio", "PROPN", 3, "obl"),
    (".", "PUNCT", 3, "punct"),
], [
    ("Hale", "PROPN", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 4, "det"),
    ("plan", "NOUN", 6, "nsubj"), ("was", "AUX", 6, "cop", "be", "VBD"), ("fair", "ADJ", 2, "ccomp"),
    (".", "PUNCT", 2, "punct"),
]]


def test_a_headlines_verb_of_saying_read_into_a_name_is_cut_off() -> None:
    # "Trump Says He Never Pledged ...", "Says" tagged a proper noun of the name "Trump Says"
    text = "Hale Says He Never Pledged To Cut Taxes\n\nTom Hale spoke on Monday in Ohio. Hale said the plan was fair."
    doc = parsed(text, [
        ("Hale", "PROPN", 5, "nsubj"), ("Says", "PROPN", 1, "flat", "say"), ("He", "PRON", 5, "nsubj", "he"),
        ("Never", "ADV", 5, "advmod", "never"), ("Pledged", "VERB", 0, "root", "pledge", "VBD"),
        ("To", "PART", 7, "mark", "to"), ("Cut", "VERB", 5, "xcomp", "cut"), ("Taxes", "NOUN", 7, "obj", "tax"),
    ], *HALE_SPOKE_AND_SAID, entities=(("Hale Says", "PER"), ("Tom Hale", "PER"), ("Ohio", "LOC"), ("Hale", "PER")))
    result = attribute_doc(doc)
    assert {_speaker_name(result, q) for q in result.quotes} == {"Tom Hale"}


@pytest.mark.parametrize(("second", "speaker"), [
    # "Donald Trump Finally Endorses House Speaker Paul Ryan", "Finally" tagged a proper noun of the name
    ("Finally", "Tom Hale"),
    # "Jeb Bush Super PAC Chief Praises ...": a role after the name is the speaker's, who is not the person
    ("Chief", "Hale Chief"),
])
def test_a_headlines_word_read_into_a_name_is_cut_off_where_the_article_gives_the_name(second: str,
                                                                                      speaker: str) -> None:
    text = f"Hale {second} Urges Voters To Stay\n\nTom Hale spoke on Monday in Ohio. Hale said the plan was fair."
    doc = parsed(text, [
        ("Hale", "PROPN", 3, "nsubj"), (second, "PROPN", 1, "flat"), ("Urges", "VERB", 0, "root", "urge", "VBZ"),
        ("Voters", "NOUN", 3, "obj", "voter"), ("To", "PART", 6, "mark", "to"), ("Stay", "VERB", 3, "xcomp", "stay"),
    ], *HALE_SPOKE_AND_SAID,
        entities=((f"Hale {second}", "PER"), ("Tom Hale", "PER"), ("Ohio", "LOC"), ("Hale", "PER")))
    result = attribute_doc(doc)
    [headline] = [q for q in result.quotes if q.text == "Voters To Stay"]
    assert _speaker_name(result, headline) == speaker


def test_a_colon_speaker_is_the_name_before_the_party_in_brackets() -> None:
    # 'Rep. Trey Gowdy (R-S.C.): “...”'
    text = "Rep. Ann Moss (D-Ohio): “We will not back down.”"
    doc = parsed(text, [
        ("Rep.", "PROPN", 0, "root"), ("Ann", "PROPN", 1, "flat"), ("Moss", "PROPN", 1, "flat"),
        ("(", "PUNCT", 5, "punct"), ("D", "PROPN", 1, "list"), ("-", "PUNCT", 7, "punct"),
        ("Ohio", "PROPN", 5, "flat"), (")", "PUNCT", 5, "punct"), (":", "PUNCT", 1, "punct"),
    ], [
        ("“", "PUNCT", 5, "punct"), ("We", "PRON", 5, "nsubj", "we"), ("will", "AUX", 5, "aux"),
        ("not", "PART", 5, "advmod"), ("back", "ADV", 0, "root"), ("down", "ADP", 5, "advmod"),
        (".", "PUNCT", 5, "punct"), ("”", "PUNCT", 5, "punct"),
    ], entities=(("Ann Moss", "PER"), ("Ohio", "LOC")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Ann Moss"]


def test_a_document_before_a_colon_speaks_for_the_one_whose_it_is() -> None:
    # 'From Bush's Facebook post: “...”'
    text = "From Lena Ruiz's Facebook post: “We must move on.”"
    doc = parsed(text, [
        ("From", "ADP", 6, "case"), ("Lena", "PROPN", 6, "nmod:poss"), ("Ruiz", "PROPN", 2, "flat"),
        ("'s", "PART", 3, "case"), ("Facebook", "PROPN", 6, "compound"), ("post", "NOUN", 11, "obl"),
        (":", "PUNCT", 11, "punct"), ("“", "PUNCT", 11, "punct"), ("We", "PRON", 11, "nsubj", "we"),
        ("must", "AUX", 11, "aux"), ("move", "VERB", 0, "root"), ("on", "ADP", 11, "compound:prt"),
        (".", "PUNCT", 11, "punct"), ("”", "PUNCT", 11, "punct"),
    ], entities=(("Lena Ruiz", "PER"), ("Facebook", "ORG")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Lena Ruiz"]


def test_a_participle_after_a_comma_on_a_thing_is_what_the_clauses_subject_did() -> None:
    # "Bush offered a retort on the mogul's mode of communication, tweeting at him, “...”"
    text = "Bush offered a retort on the mogul's preferred mode of communication, tweeting at him, “you are a loser.”"
    doc = parsed(text, [
        ("Bush", "PROPN", 2, "nsubj"), ("offered", "VERB", 0, "root", "offer", "VBD"), ("a", "DET", 4, "det"),
        ("retort", "NOUN", 2, "obj"), ("on", "ADP", 10, "case"), ("the", "DET", 7, "det"),
        ("mogul", "NOUN", 10, "nmod:poss"), ("'s", "PART", 7, "case"),
        ("preferred", "VERB", 10, "amod", "prefer", "VBN"), ("mode", "NOUN", 2, "obl"), ("of", "ADP", 12, "case"),
        ("communication", "NOUN", 10, "nmod"), (",", "PUNCT", 14, "punct"),
        ("tweeting", "VERB", 12, "acl", "tweet", "VBG"), ("at", "ADP", 16, "case"), ("him", "PRON", 14, "obl", "he"),
        (",", "PUNCT", 22, "punct"), ("“", "PUNCT", 22, "punct"), ("you", "PRON", 22, "nsubj"),
        ("are", "AUX", 22, "cop", "be"), ("a", "DET", 22, "det"), ("loser", "NOUN", 2, "parataxis"),
        (".", "PUNCT", 2, "punct"), ("”", "PUNCT", 2, "punct"),
    ], entities=(("Bush", "PER"),))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text.startswith("you are"))
    assert _speaker_name(result, quote) == "Bush"


def _said_by_moss(closing: str) -> ArticleDoc:
    """'“We will win this state,” Ann Moss said.' and a paragraph after it, whose rows `closing` names."""
    text = "“We will win this state,” Ann Moss said.\n\n" + CLOSINGS[closing][0]
    return parsed(text, [
        ("“", "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj", "we"), ("will", "AUX", 4, "aux"),
        ("win", "VERB", 11, "ccomp"), ("this", "DET", 6, "det"), ("state", "NOUN", 4, "obj"),
        (",", "PUNCT", 4, "punct"), ("”", "PUNCT", 4, "punct"), ("Ann", "PROPN", 11, "nsubj"),
        ("Moss", "PROPN", 9, "flat"), ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 11, "punct"),
    ], CLOSINGS[closing][1], entities=(("Ann Moss", "PER"),))


CLOSINGS: dict[str, tuple[str, list[Row]]] = {
    "a name in a sentence": ("“Stickerboy” danced around the stage.", [
        ("“", "PUNCT", 2, "punct"), ("Stickerboy", "PROPN", 4, "nsubj"), ("”", "PUNCT", 2, "punct"),
        ("danced", "VERB", 0, "root", "dance", "VBD"), ("around", "ADP", 7, "case"), ("the", "DET", 7, "det"),
        ("stage", "NOUN", 4, "obl"), (".", "PUNCT", 4, "punct"),
    ]),
    "a reply on its own": ("“Absolutely.”", [
        ("“", "PUNCT", 2, "punct"), ("Absolutely", "ADV", 0, "root"), (".", "PUNCT", 2, "punct"),
        ("”", "PUNCT", 2, "punct"),
    ]),
}


def test_a_few_quoted_words_in_the_writers_sentence_carry_on_no_ones_speech() -> None:
    # '“Stickerboy” placed two stickers over his face': a name the writer quotes, not Moss speaking on
    result = attribute_doc(_said_by_moss("a name in a sentence"))
    assert [q.text for q in result.quotes] == ["We will win this state"]


def test_a_short_reply_standing_alone_carries_on_the_speaker_before_it() -> None:
    result = attribute_doc(_said_by_moss("a reply on its own"))
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [
        ("We will win this state", "Ann Moss"), ("Absolutely.", "Ann Moss")]


def test_a_participle_closing_its_sentence_reports_the_clause_the_parse_joined_to_the_main_verb() -> None:
    # "Several Democrats cautioned against ..., saying mass immigration ... were bigger problems"
    text = "Several Democrats cautioned against the vote, saying immigration was a bigger problem."
    doc = parsed(text, [
        ("Several", "ADJ", 2, "amod"), ("Democrats", "NOUN", 3, "nsubj"),
        ("cautioned", "VERB", 0, "root", "caution", "VBD"), ("against", "ADP", 6, "case"), ("the", "DET", 6, "det"),
        ("vote", "NOUN", 3, "obl"), (",", "PUNCT", 8, "punct"), ("saying", "VERB", 3, "advcl", "say", "VBG"),
        ("immigration", "NOUN", 13, "nsubj"), ("was", "AUX", 13, "cop", "be", "VBD"), ("a", "DET", 13, "det"),
        ("bigger", "ADJ", 13, "amod"), ("problem", "NOUN", 3, "conj"), (".", "PUNCT", 3, "punct"),
    ])
    result = attribute_doc(doc)
    assert [(q.text, q.cue.span.text if q.cue else None, q.speaker_span.text if q.speaker_span else None)
            for q in result.quotes] == [("immigration was a bigger problem", "saying", "Democrats")]


def test_the_rest_of_a_name_told_is_not_what_was_told() -> None:
    # "telling USA TODAY he had nothing to do with it", "TODAY" hung on the verb
    text = "Ann Moss denied the report, telling USA TODAY she had nothing to do with it."
    doc = parsed(text, [
        ("Ann", "PROPN", 3, "nsubj"), ("Moss", "PROPN", 1, "flat"), ("denied", "VERB", 0, "root", "deny", "VBD"),
        ("the", "DET", 5, "det"), ("report", "NOUN", 3, "obj"), (",", "PUNCT", 7, "punct"),
        ("telling", "VERB", 3, "advcl", "tell", "VBG"), ("USA", "PROPN", 7, "obj"), ("TODAY", "NOUN", 7, "obl"),
        ("she", "PRON", 11, "nsubj"), ("had", "VERB", 3, "conj", "have", "VBD"), ("nothing", "PRON", 11, "obj"),
        ("to", "PART", 14, "mark"), ("do", "VERB", 11, "xcomp"), ("with", "ADP", 16, "case"),
        ("it", "PRON", 14, "obl"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Ann Moss", "PER"), ("USA TODAY", "ORG")))
    result = attribute_doc(doc)
    told = [q.text for q in result.quotes if q.cue and q.cue.span.text == "telling"]
    assert told == ["she had nothing to do with it"]


def test_a_statement_before_the_speaker_that_closes_the_sentence_is_reported_whatever_the_parse_hangs_it_on() -> None:
    # "Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor ...", "tariffs"
    # parsed as a second subject of "said"
    # ..., who is one of the country's foremost specialists", the comma before "who" hung on the relative clause
    text = "Nor are tariffs likely to bring the jobs back, said David Autor, an economist, who knows trade."
    inverted = parsed(text, [
        ("Nor", "PRON", 3, "nsubj", "nor", "DT"), ("are", "AUX", 3, "cop", "be", "VBP"),
        ("tariffs", "NOUN", 11, "nsubj"), ("likely", "ADV", 3, "advmod"), ("to", "PART", 6, "mark"),
        ("bring", "VERB", 4, "xcomp"), ("the", "DET", 8, "det"), ("jobs", "NOUN", 6, "obj"),
        ("back", "ADV", 6, "advmod"), (",", "PUNCT", 11, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("David", "PROPN", 11, "nsubj"), ("Autor", "PROPN", 12, "flat"), (",", "PUNCT", 16, "punct"),
        ("an", "DET", 16, "det"), ("economist", "NOUN", 12, "appos"), (",", "PUNCT", 19, "punct"),
        ("who", "PRON", 19, "nsubj", "who"), ("knows", "VERB", 16, "acl:relcl", "know", "VBZ"),
        ("trade", "NOUN", 19, "obj"), (".", "PUNCT", 11, "punct"),
    ], entities=(("David Autor", "PER"),))
    # "Even India has more cultural resonance ..., says political scientist Dossym Satpayev in Almaty.", the
    # speaker parsed as the verb's object
    text = "Even India has more resonance, says the scientist Dossym Satpayev in Almaty."
    as_object = parsed(text, [
        ("Even", "ADV", 3, "advmod"), ("India", "PROPN", 3, "nsubj"), ("has", "AUX", 7, "advcl", "have", "VBZ"),
        ("more", "ADJ", 5, "amod"), ("resonance", "NOUN", 3, "obj"), (",", "PUNCT", 3, "punct"),
        ("says", "VERB", 0, "root", "say", "VBZ"), ("the", "DET", 9, "det"), ("scientist", "NOUN", 7, "obj"),
        ("Dossym", "PROPN", 9, "appos"), ("Satpayev", "PROPN", 10, "flat"), ("in", "ADP", 13, "case"),
        ("Almaty", "PROPN", 10, "nmod"), (".", "PUNCT", 7, "punct"),
    ], entities=(("India", "LOC"), ("Dossym Satpayev", "PER"), ("Almaty", "LOC")))
    found = []
    for doc in (inverted, as_object):
        result = attribute_doc(doc)
        found += [(q.text, _speaker_name(result, q)) for q in result.quotes]
    assert found == [("Nor are tariffs likely to bring the jobs back", "David Autor"),
                     ("Even India has more resonance", "Dossym Satpayev")]


def test_say_as_for_instance_closes_no_statement() -> None:
    # "... instead of, say, the Democratic Party."
    text = "They chose a stranger instead of, say, the Democratic Party."
    doc = parsed(text, [
        ("They", "PRON", 2, "nsubj", "they"), ("chose", "VERB", 0, "root", "choose", "VBD"), ("a", "DET", 4, "det"),
        ("stranger", "NOUN", 2, "obj"), ("instead", "ADV", 2, "advmod"), ("of", "ADP", 5, "fixed"),
        (",", "PUNCT", 8, "punct"), ("say", "VERB", 2, "parataxis", "say", "VB"), (",", "PUNCT", 8, "punct"),
        ("the", "DET", 12, "det"), ("Democratic", "ADJ", 12, "amod"), ("Party", "PROPN", 8, "obj"),
        (".", "PUNCT", 2, "punct"),
    ], entities=(("Democratic Party", "ORG"),))
    assert [q.text for q in attribute_doc(doc).quotes] == []


def test_words_after_the_verb_with_a_clause_of_their_own_are_no_speaker_closing_the_sentence() -> None:
    # "Mike Shields, ..., a super PAC allied with House leadership, said nearly every conversation he has had with
    # donors lately centers on ...", "centers" tagged a noun: "conversation" is not a speaker, and what comes
    # before "said" is not the statement
    text = "Ann Moss, who chairs the fund, said nearly every talk she has had centers on money."
    doc = parsed(text, [
        ("Ann", "PROPN", 9, "nsubj"), ("Moss", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("who", "PRON", 5, "nsubj"), ("chairs", "VERB", 1, "acl:relcl", "chair", "VBZ"), ("the", "DET", 7, "det"),
        ("fund", "NOUN", 5, "obj"), (",", "PUNCT", 9, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("nearly", "ADV", 12, "advmod"), ("every", "DET", 12, "det"), ("talk", "NOUN", 9, "nsubj"),
        ("she", "PRON", 15, "nsubj", "she"), ("has", "AUX", 15, "aux", "have"),
        ("had", "VERB", 12, "acl:relcl", "have", "VBN"), ("centers", "NOUN", 15, "obl", "center", "NNS"),
        ("on", "ADP", 18, "case"), ("money", "NOUN", 16, "nmod"), (".", "PUNCT", 9, "punct"),
    ], entities=(("Ann Moss", "PER"),))
    assert not [q.text for q in attribute_doc(doc).quotes if "Moss" in q.text]


def test_a_share_of_a_poll_the_parse_made_a_quantity_or_a_clause_says_what_follows() -> None:
    # "About one in five say they would either not vote or ...", "one" parsed as an oblique quantity
    text = "About one in five say they would not vote."
    share = parsed(text, [
        ("About", "ADP", 2, "case"), ("one", "NUM", 5, "obl"), ("in", "ADP", 4, "case"), ("five", "NUM", 2, "nmod"),
        ("say", "VERB", 0, "root", "say", "VBP"), ("they", "PRON", 9, "nsubj", "they"),
        ("would", "AUX", 9, "aux", "would", "MD"), ("not", "PART", 9, "advmod"), ("vote", "VERB", 5, "ccomp"),
        (".", "PUNCT", 5, "punct"),
    ])
    # "By big margins, those surveyed say the economy ...", "surveyed" parsed as a verb with "those" its subject
    text = "Those surveyed say the economy should come first."
    surveyed = parsed(text, [
        ("Those", "PRON", 2, "nsubj", "those", "DT"), ("surveyed", "VERB", 3, "ccomp", "survey", "VBD"),
        ("say", "VERB", 0, "root", "say", "VBP"), ("the", "DET", 5, "det"), ("economy", "NOUN", 7, "nsubj"),
        ("should", "AUX", 7, "aux", "should", "MD"), ("come", "VERB", 3, "ccomp"), ("first", "ADV", 7, "advmod"),
        (".", "PUNCT", 3, "punct"),
    ])
    found = []
    for doc in (share, surveyed):
        found += [(q.text, q.speaker_span.text if q.speaker_span else None) for q in attribute_doc(doc).quotes]
    assert found == [("they would not vote", "one in five"), ("the economy should come first", "Those")]


def test_what_a_poll_shows_its_object_to_be_goes_with_the_object() -> None:
    # "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent"
    text = "The poll showed Trump leading the field."
    showed = parsed(text, [
        ("The", "DET", 2, "det"), ("poll", "NOUN", 3, "nsubj"), ("showed", "VERB", 0, "root", "show", "VBD"),
        ("Trump", "PROPN", 3, "obj"), ("leading", "VERB", 3, "xcomp", "lead", "VBG"), ("the", "DET", 7, "det"),
        ("field", "NOUN", 5, "obj"), (".", "PUNCT", 3, "punct"),
    ], entities=(("Trump", "PER"),))
    # a thing found is no finding, nor are ways found to do something
    text = "Police found ways to reach the car."
    ways = parsed(text, [
        ("Police", "NOUN", 2, "nsubj"), ("found", "VERB", 0, "root", "find", "VBD"), ("ways", "NOUN", 2, "obj"),
        ("to", "PART", 5, "mark"), ("reach", "VERB", 2, "xcomp"), ("the", "DET", 7, "det"), ("car", "NOUN", 5, "obj"),
        (".", "PUNCT", 2, "punct"),
    ])
    found = [(q.text, q.cue.span.text if q.cue else None) for doc in (showed, ways) for q in attribute_doc(doc).quotes]
    assert found == [("Trump leading the field", "showed")]


def test_a_relative_pronoun_speaks_for_its_noun_as_who_does() -> None:
    # "Quinnipiac released a poll that showed Trump making a strong showing": "that" names the poll
    text = "Quinnipiac released a poll that showed Trump leading the field."
    doc = parsed(text, [
        ("Quinnipiac", "PROPN", 2, "nsubj"), ("released", "VERB", 0, "root", "release", "VBD"),
        ("a", "DET", 4, "det"), ("poll", "NOUN", 2, "obj"), ("that", "PRON", 6, "nsubj", "that", "WDT"),
        ("showed", "VERB", 4, "acl:relcl", "show", "VBD"), ("Trump", "PROPN", 6, "obj"),
        ("leading", "VERB", 6, "xcomp", "lead", "VBG"), ("the", "DET", 10, "det"), ("field", "NOUN", 8, "obj"),
        (".", "PUNCT", 2, "punct"),
    ], entities=(("Quinnipiac", "ORG"), ("Trump", "PER")))
    result = attribute_doc(doc)
    assert [(q.text, q.speaker_span.text if q.speaker_span else None, _speaker_name(result, q))
            for q in result.quotes] == [("Trump leading the field", "that", "a poll")]


def test_a_clause_right_after_an_adverbial_said_is_what_was_said_whatever_verb_the_parse_hung_it_on() -> None:
    # "And while he said he would bring back waterboarding ..., he clarified that ...", "bring" hung on "clarified"
    text = "While Moss said she would cut taxes, she clarified the plan."
    doc = parsed(text, [
        ("While", "SCONJ", 3, "mark"), ("Moss", "PROPN", 3, "nsubj"), ("said", "VERB", 10, "advcl", "say", "VBD"),
        ("she", "PRON", 6, "nsubj", "she"), ("would", "AUX", 6, "aux", "would", "MD"), ("cut", "VERB", 10, "ccomp"),
        ("taxes", "NOUN", 6, "obj"), (",", "PUNCT", 3, "punct"), ("she", "PRON", 10, "nsubj", "she"),
        ("clarified", "VERB", 0, "root", "clarify", "VBD"), ("the", "DET", 12, "det"), ("plan", "NOUN", 10, "obj"),
        (".", "PUNCT", 10, "punct"),
    ], entities=(("Moss", "PER"),))
    result = attribute_doc(doc)
    assert [(q.text, q.cue.span.text if q.cue else None) for q in result.quotes] == [("she would cut taxes", "said")]


def test_a_question_put_to_the_speaker_is_reported_with_no_one_as_its_speaker() -> None:
    # "Asked whether he would support Donald Trump if Trump is the GOP nominee, Ryan said he would."
    text = "Asked whether he would back Trump, Ryan said he would."
    doc = parsed(text, [
        ("Asked", "VERB", 0, "root", "ask", "VBN"), ("whether", "SCONJ", 5, "mark"),
        ("he", "PRON", 5, "nsubj", "he"), ("would", "AUX", 5, "aux", "would", "MD"), ("back", "VERB", 1, "ccomp"),
        ("Trump", "PROPN", 5, "obj"), (",", "PUNCT", 5, "punct"), ("Ryan", "PROPN", 9, "nsubj"),
        ("said", "VERB", 1, "ccomp", "say", "VBD"), ("he", "PRON", 11, "nsubj", "he"),
        ("would", "AUX", 9, "ccomp", "would", "MD"), (".", "PUNCT", 1, "punct"),
    ], entities=(("Trump", "PER"), ("Ryan", "PER")))
    result = attribute_doc(doc)
    asked = [q for q in result.quotes if q.cue and q.cue.span.text == "Asked"]
    assert [(q.text, q.speaker_id) for q in asked] == [("whether he would back Trump", None)]


def test_a_headlines_source_before_its_colon_may_be_a_poll_or_a_name_speaking_to_someone() -> None:
    # "Poll: Trump and Clinton hold narrow leads in Pennsylvania", the name after the colon parsed as the noun's
    text = "Poll: Moss leads in Ohio.\n\nThe race is tight."
    poll = parsed(text, [
        ("Poll", "NOUN", 0, "root"), (":", "PUNCT", 4, "punct"), ("Moss", "PROPN", 4, "nsubj"),
        ("leads", "VERB", 1, "appos", "lead", "VBZ"), ("in", "ADP", 6, "case"), ("Ohio", "PROPN", 4, "obl"),
        (".", "PUNCT", 1, "punct"),
    ], [
        ("The", "DET", 2, "det"), ("race", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "cop", "be"),
        ("tight", "ADJ", 0, "root"), (".", "PUNCT", 4, "punct"),
    ], entities=(("Moss", "PER"), ("Ohio", "LOC")))
    # "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade"
    text = "Moss to teachers: We will raise pay.\n\nThe race is tight."
    to_them = parsed(text, [
        ("Moss", "PROPN", 0, "root"), ("to", "ADP", 3, "case"), ("teachers", "NOUN", 1, "nmod"),
        (":", "PUNCT", 1, "punct"), ("We", "PRON", 7, "nsubj", "we"), ("will", "AUX", 7, "aux"),
        ("raise", "VERB", 1, "parataxis"), ("pay", "NOUN", 7, "obj"), (".", "PUNCT", 1, "punct"),
    ], [
        ("The", "DET", 2, "det"), ("race", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "cop", "be"),
        ("tight", "ADJ", 0, "root"), (".", "PUNCT", 4, "punct"),
    ], entities=(("Moss", "PER"),))
    found = [(q.text, q.speaker_span.text if q.speaker_span else None)
             for doc in (poll, to_them) for q in attribute_doc(doc).quotes]
    assert found == [("Moss leads in Ohio.", "Poll"), ("We will raise pay.", "Moss")]


def test_a_sentence_opening_with_the_poll_it_reports_is_the_polls_finding() -> None:
    # "In the new Morning Consult poll, 40 percent of likely Democratic voters back Sanders."
    text = "In the new poll, most voters back Moss."
    poll = parsed(text, [
        ("In", "ADP", 4, "case", "in"), ("the", "DET", 4, "det"), ("new", "ADJ", 4, "amod"),
        ("poll", "NOUN", 8, "obl"), (",", "PUNCT", 4, "punct"), ("most", "ADJ", 7, "amod"),
        ("voters", "NOUN", 8, "nsubj"), ("back", "VERB", 0, "root", "back", "VBP"), ("Moss", "PROPN", 8, "obj"),
        (".", "PUNCT", 8, "punct"),
    ], entities=(("Moss", "PER"),))
    # a year is no poll
    text = "In 2012, most voters backed Moss."
    year = parsed(text, [
        ("In", "ADP", 2, "case", "in"), ("2012", "NUM", 6, "obl"), (",", "PUNCT", 2, "punct"),
        ("most", "ADJ", 5, "amod"), ("voters", "NOUN", 6, "nsubj"), ("backed", "VERB", 0, "root", "back", "VBD"),
        ("Moss", "PROPN", 6, "obj"), (".", "PUNCT", 6, "punct"),
    ], entities=(("Moss", "PER"),))
    found = [(q.text, q.speaker_span.text if q.speaker_span else None)
             for doc in (poll, year) for q in attribute_doc(doc).quotes]
    assert found == [("most voters back Moss", "the new poll")]


def test_a_verb_that_reports_its_own_clause_is_no_aside_on_the_sentence_before_it() -> None:
    # "The AP interview was conducted in Carson’s home, and when the AP asked ..., the campaign manager said he
    # needed to speak to the candidate first.", "said" parsed as a parataxis of "conducted"
    text = "The talk was held at home, the manager said he needed time."
    doc = parsed(text, [
        ("The", "DET", 2, "det"), ("talk", "NOUN", 4, "nsubj:pass"), ("was", "AUX", 4, "aux:pass", "be"),
        ("held", "VERB", 0, "root", "hold", "VBN"), ("at", "ADP", 6, "case"), ("home", "NOUN", 4, "obl"),
        (",", "PUNCT", 10, "punct"), ("the", "DET", 9, "det"), ("manager", "NOUN", 10, "nsubj"),
        ("said", "VERB", 4, "parataxis", "say", "VBD"), ("he", "PRON", 12, "nsubj", "he"),
        ("needed", "VERB", 10, "ccomp", "need", "VBD"), ("time", "NOUN", 12, "obj"), (".", "PUNCT", 4, "punct"),
    ])
    assert [q.text for q in attribute_doc(doc).quotes] == ["he needed time"]


def test_the_name_before_an_apposition_right_before_the_verb_says_it() -> None:
    # "After the meeting ... ended in mayhem when ..., Roberta Lange, the state party chairwoman, said she had
    # received death threats", the name and the apposition hung on other verbs
    text = "After the meeting ended in chaos, Ann Moss, the party chair, said she had received threats."
    doc = parsed(text, [
        ("After", "ADP", 3, "case"), ("the", "DET", 3, "det"), ("meeting", "NOUN", 4, "obl"),
        ("ended", "VERB", 0, "root", "end", "VBD"), ("in", "ADP", 6, "case"), ("chaos", "NOUN", 4, "obl"),
        (",", "PUNCT", 8, "punct"), ("Ann", "PROPN", 4, "parataxis"), ("Moss", "PROPN", 8, "flat"),
        (",", "PUNCT", 13, "punct"), ("the", "DET", 13, "det"), ("party", "NOUN", 13, "compound"),
        ("chair", "NOUN", 4, "parataxis"), (",", "PUNCT", 13, "punct"), ("said", "VERB", 4, "conj", "say", "VBD"),
        ("she", "PRON", 18, "nsubj", "she"), ("had", "AUX", 18, "aux", "have"),
        ("received", "VERB", 15, "ccomp", "receive", "VBN"), ("threats", "NOUN", 18, "obj"),
        (".", "PUNCT", 4, "punct"),
    ], entities=(("Ann Moss", "PER"),))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("she had received threats", "Ann Moss")]


def test_a_role_held_for_someone_else_is_not_the_person_named_before() -> None:
    # "Ben Carson met donors. Later, the campaign manager said he needed to speak to the candidate first.": the
    # manager is Carson's, not Carson
    text = "Ben Carson spoke in Iowa. “We will win,” the campaign manager said."
    doc = parsed(text, [
        ("Ben", "PROPN", 3, "nsubj"), ("Carson", "PROPN", 1, "flat"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
        ("in", "ADP", 5, "case"), ("Iowa", "PROPN", 3, "obl"), (".", "PUNCT", 3, "punct"),
    ], [
        ("“", "PUNCT", 4, "punct"), ("We", "PRON", 4, "nsubj", "we"), ("will", "AUX", 4, "aux"),
        ("win", "VERB", 10, "ccomp"), (",", "PUNCT", 4, "punct"), ("”", "PUNCT", 10, "punct"),
        ("the", "DET", 9, "det"), ("campaign", "NOUN", 9, "compound"), ("manager", "NOUN", 10, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 10, "punct"),
    ], entities=(("Ben Carson", "PER"), ("Iowa", "LOC")))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text == "We will win")
    assert _speaker_name(result, quote) != "Ben Carson"


def test_what_a_speaker_stresses_or_tweets_is_a_topic_of_theirs() -> None:
    # "O'Malley ... stressed his executive experience and climate change plan.", "Clinton tweeted her thanks"
    text = "Moss stressed her long experience in office."
    doc = parsed(text, [
        ("Moss", "PROPN", 2, "nsubj"), ("stressed", "VERB", 0, "root", "stress", "VBD"),
        ("her", "PRON", 5, "nmod:poss", "she"), ("long", "ADJ", 5, "amod"), ("experience", "NOUN", 2, "obj"),
        ("in", "ADP", 7, "case"), ("office", "NOUN", 5, "nmod"), (".", "PUNCT", 2, "punct"),
    ], entities=(("Moss", "PER"),))
    assert [(q.text, q.cue.span.text if q.cue else None) for q in attribute_doc(doc).quotes] == [
        ("her long experience in office", "stressed")]


def test_an_aside_stays_an_aside_when_the_sentence_goes_on_after_its_comma() -> None:
    # "He has come up with a plan, he said, for how the industry can keep producing coal.": the clause after
    # "said," is the sentence going on, the comma before it hung on it
    text = "He has a plan, he said, for how mines can stay open."
    doc = parsed(text, [
        ("He", "PRON", 2, "nsubj", "he"), ("has", "VERB", 0, "root", "have", "VBZ"), ("a", "DET", 4, "det"),
        ("plan", "NOUN", 2, "obj"), (",", "PUNCT", 7, "punct"), ("he", "PRON", 7, "nsubj", "he"),
        ("said", "VERB", 2, "parataxis", "say", "VBD"), (",", "PUNCT", 13, "punct"), ("for", "ADP", 13, "mark"),
        ("how", "ADV", 13, "advmod"), ("mines", "NOUN", 13, "nsubj"), ("can", "AUX", 13, "aux"),
        ("stay", "VERB", 7, "ccomp"), ("open", "ADJ", 13, "xcomp"), (".", "PUNCT", 2, "punct"),
    ])
    assert [q.text for q in attribute_doc(doc).quotes] == ["He has a plan, he said, for how mines can stay open"]


def test_which_hung_on_a_persons_name_stands_for_the_noun_the_name_hangs_on() -> None:
    # "Galois wrote a letter to Chevalier which clearly alludes to a broken love affair", the relative clause
    # parsed onto "Chevalier": "which" names no person, so the letter alludes
    text = "Moss wrote a letter to Hale which alludes to a broken promise."
    doc = parsed(text, [
        ("Moss", "PROPN", 2, "nsubj"), ("wrote", "VERB", 0, "root", "write", "VBD"), ("a", "DET", 4, "det"),
        ("letter", "NOUN", 2, "obj"), ("to", "ADP", 6, "case"), ("Hale", "PROPN", 4, "nmod"),
        ("which", "PRON", 8, "nsubj", "which", "WDT"), ("alludes", "VERB", 6, "acl:relcl", "allude", "VBZ"),
        ("to", "ADP", 12, "case"), ("a", "DET", 12, "det"), ("broken", "ADJ", 12, "amod"),
        ("promise", "NOUN", 8, "obl"), (".", "PUNCT", 2, "punct"),
    ], entities=(("Moss", "PER"), ("Hale", "PER")))
    result = attribute_doc(doc)
    alluded = [q for q in result.quotes if q.cue and q.cue.span.text == "alludes"]
    assert [_speaker_name(result, q) for q in alluded] == ["a letter to Hale"]


def test_it_speaks_for_an_organisation_not_a_place() -> None:
    # GUM train: "... Cuba ... it will require ...": "it" is no country speaking; "Acme ... it said" is the company
    text = "Moss flew to Cuba. It says visitors need a card."
    doc = parsed(text, [
        ("Moss", "PROPN", 2, "nsubj"), ("flew", "VERB", 0, "root", "fly", "VBD"), ("to", "ADP", 4, "case"),
        ("Cuba", "PROPN", 2, "obl"), (".", "PUNCT", 2, "punct"),
    ], [
        ("It", "PRON", 2, "nsubj", "it"), ("says", "VERB", 0, "root", "say", "VBZ"), ("visitors", "NOUN", 4, "nsubj"),
        ("need", "VERB", 2, "ccomp", "need", "VBP"), ("a", "DET", 6, "det"), ("card", "NOUN", 4, "obj"),
        (".", "PUNCT", 2, "punct"),
    ], entities=(("Moss", "PER"), ("Cuba", "LOC")))
    result = attribute_doc(doc)
    assert [(q.text, _speaker_name(result, q)) for q in result.quotes] == [("visitors need a card", None)]


def test_a_wh_adverb_the_parse_hung_on_a_noun_is_no_part_of_the_mention() -> None:
    doc = parsed("Records show how staff members were guided.", [
        ("Records", "NOUN", 2, "nsubj"), ("show", "VERB", 0, "root"), ("how", "ADV", 5, "advmod", "how", "WRB"),
        ("staff", "NOUN", 5, "compound"), ("members", "NOUN", 7, "nsubj:pass"), ("were", "AUX", 7, "aux:pass"),
        ("guided", "VERB", 2, "ccomp"), (".", "PUNCT", 2, "punct")])
    assert mention_at(doc, 4).span.text == "staff members"


def test_a_person_the_article_calls_he_is_not_whom_a_later_she_refers_to() -> None:
    # "Pat" tells no sex, but the article's own "he" does: "she" passes over the man quoted before to the woman
    # named since, though she is named only as an agent
    text = ('Pat Reed said the plan had failed. "We tried," he said. The plan was backed by Ann Lee of the council. '
            '"It will work," she said.')
    doc = parsed(text, [
        ("Pat", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ("the", "DET", 5, "det"), ("plan", "NOUN", 7, "nsubj"), ("had", "AUX", 7, "aux", "have"),
        ("failed", "VERB", 3, "ccomp", "fail", "VBN"), (".", "PUNCT", 3, "punct"),
    ], [
        ('"', "PUNCT", 3, "punct"), ("We", "PRON", 3, "nsubj"), ("tried", "VERB", 7, "ccomp", "try", "VBD"),
        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 3, "punct"), ("he", "PRON", 7, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct"),
    ], [
        ("The", "DET", 2, "det"), ("plan", "NOUN", 4, "nsubj:pass"), ("was", "AUX", 4, "aux:pass", "be"),
        ("backed", "VERB", 0, "root", "back", "VBN"), ("by", "ADP", 6, "case"), ("Ann", "PROPN", 4, "obl"),
        ("Lee", "PROPN", 6, "flat"), ("of", "ADP", 10, "case"), ("the", "DET", 10, "det"),
        ("council", "NOUN", 6, "nmod"), (".", "PUNCT", 4, "punct"),
    ], [
        ('"', "PUNCT", 4, "punct"), ("It", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
        ("work", "VERB", 8, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 4, "punct"),
        ("she", "PRON", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 8, "punct"),
    ], entities=(("Pat Reed", "PER"), ("Ann Lee", "PER")))
    result = attribute_doc(doc)
    by_text = {q.text: _speaker_name(result, q) for q in result.quotes}
    assert by_text["We tried"] == "Pat Reed"
    assert by_text["It will work"] == "Ann Lee"


def test_a_document_or_a_criticism_by_someone_is_theirs_to_speak() -> None:
    text = '"It will fail," said a statement by Ann Reed.'
    rows: list[Row] = [('"', "PUNCT", 7, "punct"), ("It", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
                       ("fail", "VERB", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"),
                       ("said", "VERB", 0, "root", "say", "VBD"), ("a", "DET", 9, "det"),
                       ("statement", "NOUN", 7, "nsubj"), ("by", "ADP", 11, "case"), ("Ann", "PROPN", 9, "nmod"),
                       ("Reed", "PROPN", 11, "flat"), (".", "PUNCT", 7, "punct")]
    result = attribute_doc(parsed(text, rows, entities=(("Ann Reed", "PER"),)))
    assert [_speaker_name(result, q) for q in result.quotes] == ["Ann Reed"]


def test_the_agent_the_parse_hung_on_the_nouns_of_phrase_is_the_speaker() -> None:
    text = '"It will fail," said the criticism of her plan by Ann Reed.'
    rows: list[Row] = [('"', "PUNCT", 7, "punct"), ("It", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
                       ("fail", "VERB", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"),
                       ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 9, "det"),
                       ("criticism", "NOUN", 7, "nsubj"), ("of", "ADP", 12, "case"),
                       ("her", "PRON", 12, "nmod:poss", "her", "PRP$"), ("plan", "NOUN", 9, "nmod"),
                       ("by", "ADP", 14, "case"), ("Ann", "PROPN", 12, "nmod"), ("Reed", "PROPN", 14, "flat"),
                       (".", "PUNCT", 7, "punct")]
    result = attribute_doc(parsed(text, rows, entities=(("Ann Reed", "PER"),)))
    assert [_speaker_name(result, q) for q in result.quotes] == ["Ann Reed"]
