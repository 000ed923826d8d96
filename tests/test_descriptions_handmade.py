"""Whom a definite description stands for (rules/descriptions.py), on documents built by hand (tests/handmade.py):
a reader's constraints keep a role from the person it cannot be. No models."""

from __future__ import annotations

from handmade import Row, parsed

from quotewire.engine.model import Speaker
from quotewire.engine.stages import attribute_doc

SAID_ANN_REED: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                            (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                            ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 6, "nsubj"),
                            ("Reed", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
OPENING = '"We lead," said Ann Reed. '
SAID_TOM_BELL_TEXT = '"We win," said Tom Bell. '
SAID_TOM_BELL: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 6, "ccomp"),
                            (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                            ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
                            ("Bell", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]  # '"We win," said Tom Bell.'


def speakers(text: str, *sentences: list[Row], entities: tuple[tuple[str, str], ...]) -> dict[str, Speaker]:
    return {s.name: s for s in attribute_doc(parsed(text, *sentences, entities=entities)).speakers}


def test_a_description_the_same_clause_has_the_name_for_subject_is_someone_else() -> None:
    text = OPENING + "Reed has pushed the former governor to act."
    second: list[Row] = [("Reed", "PROPN", 3, "nsubj"), ("has", "AUX", 3, "aux"), ("pushed", "VERB", 0, "root"),
                         ("the", "DET", 6, "det"), ("former", "ADJ", 6, "amod"), ("governor", "NOUN", 3, "obj"),
                         ("to", "PART", 8, "mark"), ("act", "VERB", 3, "xcomp"), (".", "PUNCT", 3, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_a_description_under_a_pronoun_subject_is_not_the_person_named_last() -> None:
    text = OPENING + "She left after the professor spoke."
    second: list[Row] = [("She", "PRON", 2, "nsubj"), ("left", "VERB", 0, "root"), ("after", "SCONJ", 6, "mark"),
                         ("the", "DET", 5, "det"), ("professor", "NOUN", 6, "nsubj"), ("spoke", "VERB", 2, "advcl"),
                         (".", "PUNCT", 2, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ()


def test_a_description_of_the_other_party_is_not_the_persons() -> None:
    text = '"We lead," said Republican candidate Ann Reed. Voters like the Democratic nominee.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Republican", "ADJ", 8, "amod"),
                        ("candidate", "NOUN", 9, "compound"), ("Ann", "PROPN", 6, "nsubj"),
                        ("Reed", "PROPN", 9, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("like", "VERB", 0, "root"), ("the", "DET", 5, "det"),
                         ("Democratic", "ADJ", 5, "amod"), ("nominee", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("candidate",)
    assert ann.affiliation == "Republican"


def test_a_description_in_the_persons_own_quote_is_someone_else() -> None:
    text = OPENING + '"The governor is wrong," she said.'
    second: list[Row] = [('"', "PUNCT", 9, "punct"), ("The", "DET", 3, "det"), ("governor", "NOUN", 5, "nsubj"),
                         ("is", "AUX", 5, "cop"), ("wrong", "ADJ", 9, "ccomp"), (",", "PUNCT", 5, "punct"),
                         ('"', "PUNCT", 9, "punct"), ("she", "PRON", 9, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 9, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ()


def test_an_as_role_in_a_relative_clause_is_its_subjects() -> None:
    text = OPENING + '"We agree," said Tom Hale, who ran Reed\'s campaign as political director.'
    second: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("agree", "VERB", 6, "ccomp"),
                         (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                         ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
                         ("Hale", "PROPN", 7, "flat"), (",", "PUNCT", 11, "punct"), ("who", "PRON", 11, "nsubj"),
                         ("ran", "VERB", 7, "acl:relcl", "run", "VBD"), ("Reed", "PROPN", 14, "nmod:poss"),
                         ("'s", "PART", 12, "case"), ("campaign", "NOUN", 11, "obj"), ("as", "ADP", 17, "case"),
                         ("political", "ADJ", 17, "amod"), ("director", "NOUN", 11, "obl"), (".", "PUNCT", 6, "punct")]
    found = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Reed", "PER")))
    assert found["Tom Hale"].titles == ("political director",)
    assert found["Ann Reed"].titles == ()


def test_a_role_word_that_modifies_another_noun_describes_no_one() -> None:
    text = OPENING + "The student newspaper ran the story."
    second: list[Row] = [("The", "DET", 3, "det"), ("student", "NOUN", 3, "compound"),
                         ("newspaper", "NOUN", 4, "nsubj"), ("ran", "VERB", 0, "root"), ("the", "DET", 6, "det"),
                         ("story", "NOUN", 4, "obj"),
                         (".", "PUNCT", 4, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ()


def test_a_role_the_person_may_only_come_to_hold_is_no_title() -> None:
    text = '"We lead," said Ann Reed, a potential nominee.'
    rows: list[Row] = [*SAID_ANN_REED[:8], (",", "PUNCT", 12, "punct"), ("a", "DET", 12, "det"),
                       ("potential", "ADJ", 12, "amod"), ("nominee", "NOUN", 7, "appos"), (".", "PUNCT", 6, "punct")]
    ann = speakers(text, rows, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ()


def test_an_as_role_keeps_its_prepositional_chain() -> None:
    text = OPENING + "Reed is a lawyer who serves as the attorney for the family of Tom Lee."
    second: list[Row] = [("Reed", "PROPN", 4, "nsubj"), ("is", "AUX", 4, "cop", "be", "VBZ"), ("a", "DET", 4, "det"),
                         ("lawyer", "NOUN", 0, "root"), ("who", "PRON", 6, "nsubj"),
                         ("serves", "VERB", 4, "acl:relcl", "serve", "VBZ"), ("as", "ADP", 9, "case"),
                         ("the", "DET", 9, "det"), ("attorney", "NOUN", 6, "obl"), ("for", "ADP", 12, "case"),
                         ("the", "DET", 12, "det"), ("family", "NOUN", 9, "nmod"), ("of", "ADP", 14, "case"),
                         ("Tom", "PROPN", 12, "nmod"), ("Lee", "PROPN", 14, "flat"), (".", "PUNCT", 4, "punct")]
    ann = speakers(text, SAID_ANN_REED, second,
                   entities=(("Ann Reed", "PER"), ("Reed", "PER"), ("Tom Lee", "PER")))["Ann Reed"]
    assert ann.titles == ("lawyer", "attorney for the family of Tom Lee")


def test_a_description_stands_for_the_subject_of_the_sentence_before_rather_than_a_possessor() -> None:
    text = OPENING + "\"We agree,\" said Tom Hale. Hale met Reed's aides. The nominee spoke later."
    second: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("agree", "VERB", 6, "ccomp"),
                         (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                         ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
                         ("Hale", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
    third: list[Row] = [("Hale", "PROPN", 2, "nsubj"), ("met", "VERB", 0, "root", "meet", "VBD"),
                        ("Reed", "PROPN", 5, "nmod:poss"), ("'s", "PART", 3, "case"), ("aides", "NOUN", 2, "obj"),
                        (".", "PUNCT", 2, "punct")]
    fourth: list[Row] = [("The", "DET", 2, "det"), ("nominee", "NOUN", 3, "nsubj"), ("spoke", "VERB", 0, "root"),
                         ("later", "ADV", 3, "advmod"), (".", "PUNCT", 3, "punct")]
    found = speakers(text, SAID_ANN_REED, second, third, fourth,
                     entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Hale", "PER"), ("Reed", "PER")))
    assert found["Tom Hale"].titles == ("nominee",)
    assert found["Ann Reed"].titles == ()


def test_two_capitalised_words_no_one_vouches_for_as_a_person_do_not_stand_between() -> None:
    text = OPENING + "Gains in the Middle West helped the senator."
    second: list[Row] = [("Gains", "NOUN", 6, "nsubj"), ("in", "ADP", 5, "case"), ("the", "DET", 5, "det"),
                         ("Middle", "PROPN", 5, "compound"), ("West", "PROPN", 1, "nmod"),
                         ("helped", "VERB", 0, "root", "help", "VBD"), ("the", "DET", 8, "det"),
                         ("senator", "NOUN", 6, "obj"), (".", "PUNCT", 6, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("senator",)


def test_a_role_coordinated_in_a_description_is_a_title_too() -> None:
    text = OPENING + "The former governor and current Democratic nominee spoke."
    second: list[Row] = [("The", "DET", 3, "det"), ("former", "ADJ", 3, "amod"), ("governor", "NOUN", 8, "nsubj"),
                         ("and", "CCONJ", 7, "cc"), ("current", "ADJ", 7, "amod"), ("Democratic", "ADJ", 7, "amod"),
                         ("nominee", "NOUN", 3, "conj"), ("spoke", "VERB", 0, "root"), (".", "PUNCT", 8, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("former governor", "nominee")
    assert ann.affiliation == "Democratic"


def test_a_description_of_the_other_sex_is_not_the_persons() -> None:
    text = '"We lead," said Mr. Tom Reed. Critics praised the first lady.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Mr.", "PROPN", 8, "nmod:desc"),
                        ("Tom", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Critics", "NOUN", 2, "nsubj"), ("praised", "VERB", 0, "root"), ("the", "DET", 5, "det"),
                         ("first", "ADJ", 5, "amod"), ("lady", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")]
    tom = speakers(text, first, second, entities=(("Tom Reed", "PER"),))["Tom Reed"]
    assert tom.titles == ()


def test_the_current_holder_of_a_role_the_person_held_before_is_someone_else() -> None:
    text = '"We lead," said former President Tom Reed. The president disagreed.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("former", "ADJ", 8, "amod"),
                        ("President", "PROPN", 9, "compound"), ("Tom", "PROPN", 6, "nsubj"),
                        ("Reed", "PROPN", 9, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("president", "NOUN", 3, "nsubj"),
                         ("disagreed", "VERB", 0, "root", "disagree", "VBD"), (".", "PUNCT", 3, "punct")]
    tom = speakers(text, first, second, entities=(("Tom Reed", "PER"),))["Tom Reed"]
    assert tom.titles == ("former President",)


def test_a_state_the_tagger_took_for_an_organisation_stays_in_the_description() -> None:
    text = '"We lead," said Sen. Ann Reed. Voters urged the Vermont senator to act.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Sen.", "PROPN", 8, "compound"),
                        ("Ann", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("urged", "VERB", 0, "root", "urge", "VBD"),
                         ("the", "DET", 5, "det"), ("Vermont", "PROPN", 5, "compound"), ("senator", "NOUN", 2, "obj"),
                         ("to", "PART", 7, "mark"), ("act", "VERB", 2, "xcomp"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Vermont", "ORG")))["Ann Reed"]
    assert ann.titles == ("Sen.", "Vermont senator")
    assert ann.affiliation is None


def test_a_description_speaking_of_a_person_by_name_is_someone_else() -> None:
    text = 'Ann Reed blasted Tom Hale. "What Hale did is wrong," the minority leader said.'
    first: list[Row] = [("Ann", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"), ("blasted", "VERB", 0, "root"),
                        ("Tom", "PROPN", 3, "obj"), ("Hale", "PROPN", 4, "flat"), (".", "PUNCT", 3, "punct")]
    second: list[Row] = [('"', "PUNCT", 12, "punct"), ("What", "PRON", 6, "nsubj"), ("Hale", "PROPN", 4, "nsubj"),
                         ("did", "VERB", 2, "acl:relcl"), ("is", "AUX", 6, "cop"), ("wrong", "ADJ", 12, "ccomp"),
                         (",", "PUNCT", 6, "punct"), ('"', "PUNCT", 12, "punct"), ("the", "DET", 11, "det"),
                         ("minority", "NOUN", 11, "compound"), ("leader", "NOUN", 12, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 12, "punct")]
    doc = parsed(text, first, second, entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Hale", "PER")))
    result = attribute_doc(doc)
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None
    assert speaker.name == "Ann Reed"
    assert speaker.titles == ("minority leader",)


SAID_SEN_TOM_HALE: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                                (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                                ("said", "VERB", 0, "root", "say", "VBD"), ("Sen.", "PROPN", 8, "compound"),
                                ("Tom", "PROPN", 6, "nsubj"), ("Hale", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]


def test_a_description_speaking_beside_a_clause_may_be_its_subject() -> None:
    text = '"We lead," said Sen. Tom Hale. Ann Reed, a senator, defends the plan: "It works," the senator says.'
    second: list[Row] = [("Ann", "PROPN", 7, "nsubj"), ("Reed", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
                         ("a", "DET", 5, "det"), ("senator", "NOUN", 1, "appos"), (",", "PUNCT", 5, "punct"),
                         ("defends", "VERB", 0, "root", "defend", "VBZ"), ("the", "DET", 9, "det"),
                         ("plan", "NOUN", 7, "obj"), (":", "PUNCT", 13, "punct"), ('"', "PUNCT", 13, "punct"),
                         ("It", "PRON", 13, "nsubj"), ("works", "VERB", 7, "parataxis", "work", "VBZ"),
                         (",", "PUNCT", 13, "punct"), ('"', "PUNCT", 18, "punct"), ("the", "DET", 17, "det"),
                         ("senator", "NOUN", 18, "nsubj"), ("says", "VERB", 7, "parataxis", "say", "VBZ"),
                         (".", "PUNCT", 7, "punct")]
    doc = parsed(text, SAID_SEN_TOM_HALE, second, entities=(("Tom Hale", "PER"), ("Ann Reed", "PER")))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text == "It works")
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Ann Reed"



def test_a_retired_role_tagged_as_a_verb_is_still_a_description() -> None:
    text = OPENING + "Later, the retired surgeon left."
    second: list[Row] = [("Later", "ADV", 6, "advmod"), (",", "PUNCT", 6, "punct"), ("the", "DET", 5, "det"),
                         ("retired", "VERB", 5, "amod", "retire", "VBN"), ("surgeon", "NOUN", 6, "nsubj"),
                         ("left", "VERB", 0, "root", "leave", "VBD"), (".", "PUNCT", 6, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("retired surgeon",)



SAID_TOM_HALE: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 6, "ccomp"),
                            (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                            ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
                            ("Hale", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]





def test_a_person_named_last_whom_no_speaker_holds_keeps_a_description_from_the_one_before() -> None:
    text = OPENING + "Bob Lee was there. The surgeon smiled."
    there: list[Row] = [("Bob", "PROPN", 3, "nsubj"), ("Lee", "PROPN", 1, "flat"),
                        ("was", "AUX", 0, "root", "be", "VBD"), ("there", "ADV", 3, "advmod"),
                        (".", "PUNCT", 3, "punct")]
    smiled: list[Row] = [("The", "DET", 2, "det"), ("surgeon", "NOUN", 3, "nsubj"),
                         ("smiled", "VERB", 0, "root", "smile", "VBD"), (".", "PUNCT", 3, "punct")]
    ann = speakers(text, SAID_ANN_REED, there, smiled, entities=(("Ann Reed", "PER"), ("Bob Lee", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_a_description_of_another_place_is_not_the_holder_of_the_same_role_elsewhere() -> None:
    text = '"We lead," said New Jersey Gov. Ann Reed. "We win," said Tom Hale. The Louisiana governor smiled.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("New", "PROPN", 8, "compound"),
                        ("Jersey", "PROPN", 10, "compound"), ("Gov.", "PROPN", 10, "compound"),
                        ("Ann", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 10, "flat"), (".", "PUNCT", 6, "punct")]
    smiled: list[Row] = [("The", "DET", 3, "det"), ("Louisiana", "PROPN", 3, "compound"),
                         ("governor", "NOUN", 4, "nsubj"), ("smiled", "VERB", 0, "root", "smile", "VBD"),
                         (".", "PUNCT", 4, "punct")]
    found = speakers(text, first, SAID_TOM_HALE, smiled,
                     entities=(("New Jersey", "GPE"), ("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Louisiana", "GPE")))
    assert "Louisiana governor" not in found["Ann Reed"].titles
    assert found["Tom Hale"].titles == ("Louisiana governor",)


def test_a_description_under_a_participle_is_not_the_subject_of_the_clause_above() -> None:
    text = OPENING + '"We win," said Tom Hale. Tom Hale saw a man greeting the surgeon.'
    saw: list[Row] = [("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"),
                      ("saw", "VERB", 0, "root", "see", "VBD"), ("a", "DET", 5, "det"), ("man", "NOUN", 3, "obj"),
                      ("greeting", "VERB", 5, "acl", "greet", "VBG"), ("the", "DET", 8, "det"),
                      ("surgeon", "NOUN", 6, "obj"), (".", "PUNCT", 3, "punct")]
    found = speakers(text, SAID_ANN_REED, SAID_TOM_HALE, saw,
                     entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Tom Hale", "PER")))
    assert found["Tom Hale"].titles == ()


def test_a_description_speaking_beside_a_clause_is_its_subject_before_a_namesake_further_back() -> None:
    text = ('"We lead," said Sen. Tom Hale. Voters left. Rain fell. '
            'Ann Reed defends the plan: "It works," the senator says.')
    voters: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("left", "VERB", 0, "root", "leave", "VBD"),
                         (".", "PUNCT", 2, "punct")]
    rain: list[Row] = [("Rain", "NOUN", 2, "nsubj"), ("fell", "VERB", 0, "root", "fall", "VBD"),
                       (".", "PUNCT", 2, "punct")]
    defends: list[Row] = [("Ann", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"),
                          ("defends", "VERB", 0, "root", "defend", "VBZ"), ("the", "DET", 5, "det"),
                          ("plan", "NOUN", 3, "obj"), (":", "PUNCT", 9, "punct"), ('"', "PUNCT", 9, "punct"),
                          ("It", "PRON", 9, "nsubj"), ("works", "VERB", 3, "parataxis", "work", "VBZ"),
                          (",", "PUNCT", 9, "punct"), ('"', "PUNCT", 14, "punct"), ("the", "DET", 13, "det"),
                          ("senator", "NOUN", 14, "nsubj"), ("says", "VERB", 3, "parataxis", "say", "VBZ"),
                          (".", "PUNCT", 3, "punct")]
    doc = parsed(text, SAID_SEN_TOM_HALE, voters, rain, defends, entities=(("Tom Hale", "PER"), ("Ann Reed", "PER")))
    result = attribute_doc(doc)
    quote = next(q for q in result.quotes if q.text == "It works")
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Ann Reed"


def test_an_as_role_the_tagger_read_as_a_name_is_a_title_without_its_date() -> None:
    text = OPENING + "As Governor of Ohio in 1983, Reed signed the law."
    second: list[Row] = [("As", "ADP", 2, "case"), ("Governor", "PROPN", 9, "obl"), ("of", "ADP", 4, "case"),
                         ("Ohio", "PROPN", 2, "nmod"), ("in", "ADP", 6, "case"), ("1983", "NUM", 2, "nmod"),
                         (",", "PUNCT", 2, "punct"), ("Reed", "PROPN", 9, "nsubj"),
                         ("signed", "VERB", 0, "root", "sign", "VBD"), ("the", "DET", 11, "det"),
                         ("law", "NOUN", 9, "obj"), (".", "PUNCT", 9, "punct")]
    ann = speakers(text, SAID_ANN_REED, second,
                   entities=(("Ann Reed", "PER"), ("Ohio", "GPE"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ("Governor of Ohio",)


def test_a_description_of_a_person_no_quote_is_given_to_goes_to_no_speaker() -> None:
    text = "Sen. Tom Hale visited the school. " + OPENING + "The senator smiled."
    visited: list[Row] = [("Sen.", "PROPN", 2, "compound"), ("Tom", "PROPN", 4, "nsubj"), ("Hale", "PROPN", 2, "flat"),
                          ("visited", "VERB", 0, "root", "visit", "VBD"), ("the", "DET", 6, "det"),
                          ("school", "NOUN", 4, "obj"), (".", "PUNCT", 4, "punct")]
    smiled: list[Row] = [("The", "DET", 2, "det"), ("senator", "NOUN", 3, "nsubj"),
                         ("smiled", "VERB", 0, "root", "smile", "VBD"), (".", "PUNCT", 3, "punct")]
    ann = speakers(text, visited, SAID_ANN_REED, smiled,
                   entities=(("Tom Hale", "PER"), ("Ann Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()  # the senator is Hale, whom no quote is given to


def test_a_description_of_a_role_the_person_held_before_in_an_apposition_with_an_article_is_someone_else() -> None:
    text = '"We lead," said Ann Reed, the former governor. The governor disagreed.'
    first: list[Row] = [*SAID_ANN_REED[:8], (",", "PUNCT", 12, "punct"), ("the", "DET", 12, "det"),
                        ("former", "ADJ", 12, "amod"), ("governor", "NOUN", 7, "appos"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("governor", "NOUN", 3, "nsubj"),
                         ("disagreed", "VERB", 0, "root", "disagree", "VBD"), (".", "PUNCT", 3, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("former governor",)


def test_a_retired_general_is_still_the_general() -> None:
    text = '"We lead," said Ann Reed, a retired general. The general spoke.'
    first: list[Row] = [*SAID_ANN_REED[:8], (",", "PUNCT", 12, "punct"), ("a", "DET", 12, "det"),
                        ("retired", "ADJ", 12, "amod"), ("general", "NOUN", 7, "appos"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("general", "NOUN", 3, "nsubj"),
                         ("spoke", "VERB", 0, "root", "speak", "VBD"), (".", "PUNCT", 3, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("retired general", "general")


def pair_rows(opening: list[Row]) -> tuple[str, list[list[Row]]]:
    """'<opening> debated with Ann Reed and Tom Hale.' and a quote for each of them."""
    n = len(opening)
    text = " ".join(r[0] for r in opening) + ' debated with Ann Reed and Tom Hale. "We lead," Reed said. ' \
        '"We lead," Hale said.'
    first: list[Row] = [*opening, ("debated", "VERB", 0, "root", "debate", "VBD"), ("with", "ADP", n + 3, "case"),
                        ("Ann", "PROPN", n + 1, "obl"), ("Reed", "PROPN", n + 3, "flat"),
                        ("and", "CCONJ", n + 6, "cc"), ("Tom", "PROPN", n + 3, "conj"),
                        ("Hale", "PROPN", n + 6, "flat"), (".", "PUNCT", n + 1, "punct")]
    said: list[list[Row]] = [[('"', "PUNCT", 7, "punct"), ("We", "PRON", 3, "nsubj"),
                              ("lead", "VERB", 7, "ccomp"),
                              (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), (name, "PROPN", 7, "nsubj"),
                              ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct")]
                             for name in ("Reed", "Hale")]
    return text, [first, *said]


def test_a_pair_described_by_their_role_is_the_two_the_sentence_names_after_it() -> None:
    text, sentences = pair_rows([("The", "DET", 3, "det"), ("two", "NUM", 3, "nummod"),
                                 ("candidates", "NOUN", 4, "nsubj", "candidate", "NNS")])
    found = speakers(text, *sentences, entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Reed", "PER"),
                                                 ("Hale", "PER")))
    assert found["Ann Reed"].titles == ("candidates",)
    assert found["Tom Hale"].titles == ("candidates",)


def test_a_description_is_the_person_an_earlier_description_with_its_role_was_given_to() -> None:
    # "the senator" is the one described as "the Vermont senator" before, not the person named last
    text = OPENING + '"It is close," the Vermont senator said. "Ask him," said Tom Bell. "We lead," the senator said.'
    close: list[Row] = [('"', "PUNCT", 10, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "cop"),
                        ("close", "ADJ", 10, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 10, "punct"),
                        ("the", "DET", 9, "det"), ("Vermont", "PROPN", 9, "compound"),
                        ("senator", "NOUN", 10, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        (".", "PUNCT", 10, "punct")]
    ask: list[Row] = [('"', "PUNCT", 6, "punct"), ("Ask", "VERB", 6, "ccomp"), ("him", "PRON", 2, "obj"),
                      (",", "PUNCT", 2, "punct"), ('"', "PUNCT", 6, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
                      ("Tom", "PROPN", 6, "nsubj"), ("Bell", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
    lead: list[Row] = [('"', "PUNCT", 8, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 8, "ccomp"),
                       (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 8, "punct"), ("the", "DET", 7, "det"),
                       ("senator", "NOUN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 8, "punct")]
    people = speakers(text, SAID_ANN_REED, close, ask, lead, entities=(("Ann Reed", "PER"), ("Tom Bell", "PER")))
    assert people["Tom Bell"].titles == ()
    assert "Vermont senator" in people["Ann Reed"].titles


def test_a_description_after_a_sentence_of_reported_speech_is_its_main_subject_not_the_reported_one() -> None:
    # "Trump announced that Manafort would play a bigger role ... the business mogul announced": Trump
    text = OPENING + 'Reed said that Tom Bell would lead the campaign. "We are ready," the mogul said.'
    reported: list[Row] = [("Reed", "PROPN", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                           ("that", "SCONJ", 7, "mark"), ("Tom", "PROPN", 7, "nsubj"), ("Bell", "PROPN", 4, "flat"),
                           ("would", "AUX", 7, "aux"), ("lead", "VERB", 2, "ccomp"), ("the", "DET", 9, "det"),
                           ("campaign", "NOUN", 7, "obj"), (".", "PUNCT", 2, "punct")]
    ready: list[Row] = [('"', "PUNCT", 9, "punct"), ("We", "PRON", 4, "nsubj"), ("are", "AUX", 4, "cop"),
                        ("ready", "ADJ", 9, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 9, "punct"),
                        ("the", "DET", 8, "det"), ("mogul", "NOUN", 9, "nsubj"),
                        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 9, "punct")]
    people = speakers(text, SAID_ANN_REED, reported, ready,
                      entities=(("Ann Reed", "PER"), ("Reed", "PER"), ("Tom Bell", "PER")))
    assert people["Ann Reed"].titles == ("mogul",)
    assert "Tom Bell" not in people or people["Tom Bell"].titles == ()


def test_a_participle_before_the_role_is_part_of_the_description() -> None:
    # "The ranting radio host and the leading Republican candidate shared a microphone": the tagger reads the
    # participles as verbs
    text = OPENING + "The ranting host spoke."
    second: list[Row] = [("The", "DET", 3, "det"), ("ranting", "VERB", 3, "amod", "rant", "VBG"),
                         ("host", "NOUN", 4, "nsubj"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
                         (".", "PUNCT", 4, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("host",)


def test_two_coordinated_descriptions_are_two_people() -> None:
    # "The ranting radio host and the leading Republican candidate shared a microphone": not one person twice
    text = OPENING + SAID_TOM_BELL_TEXT + "The host and the candidate met."
    met: list[Row] = [("The", "DET", 2, "det"), ("host", "NOUN", 6, "nsubj"), ("and", "CCONJ", 5, "cc"),
                      ("the", "DET", 5, "det"), ("candidate", "NOUN", 2, "conj"), ("met", "VERB", 0, "root"),
                      (".", "PUNCT", 6, "punct")]
    people = speakers(text, SAID_ANN_REED, SAID_TOM_BELL, met, entities=(("Ann Reed", "PER"), ("Tom Bell", "PER")))
    assert people["Tom Bell"].titles == ("host",)


def test_a_role_a_pronoun_is_said_to_hold_is_not_the_person_named_last() -> None:
    # "“Eight years ago she was the presumed Democratic nominee,” ...": she is not the man named last
    text = OPENING + SAID_TOM_BELL_TEXT + "She was the nominee."
    nominee: list[Row] = [("She", "PRON", 4, "nsubj"), ("was", "AUX", 4, "cop"), ("the", "DET", 4, "det"),
                          ("nominee", "NOUN", 0, "root"), (".", "PUNCT", 4, "punct")]
    people = speakers(text, SAID_ANN_REED, SAID_TOM_BELL, nominee, entities=(("Ann Reed", "PER"), ("Tom Bell", "PER")))
    assert people["Tom Bell"].titles == ()


def test_an_as_role_the_clause_denies_or_only_supposes_is_no_title() -> None:
    # "Mr. Manafort has not registered as a lobbyist", "as president, Mr. Trump would be firm"
    text = OPENING + "Reed has not registered as a lobbyist. As mayor, Reed would be firm."
    denied: list[Row] = [("Reed", "PROPN", 4, "nsubj"), ("has", "AUX", 4, "aux"), ("not", "PART", 4, "advmod"),
                         ("registered", "VERB", 0, "root", "register", "VBN"), ("as", "ADP", 7, "case"),
                         ("a", "DET", 7, "det"), ("lobbyist", "NOUN", 4, "obl"), (".", "PUNCT", 4, "punct")]
    supposed: list[Row] = [("As", "ADP", 2, "case"), ("mayor", "NOUN", 7, "obl"), (",", "PUNCT", 2, "punct"),
                           ("Reed", "PROPN", 7, "nsubj"), ("would", "AUX", 7, "aux"), ("be", "AUX", 7, "cop"),
                           ("firm", "ADJ", 0, "root"), (".", "PUNCT", 7, "punct")]
    ann = speakers(text, SAID_ANN_REED, denied, supposed, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_as_someone_put_it_gives_no_role() -> None:
    # "who owed his election to, as an American diplomat put it, an extreme makeover"
    text = OPENING + "Reed won, as a diplomat put it, by a mile."
    second: list[Row] = [("Reed", "PROPN", 2, "nsubj"), ("won", "VERB", 0, "root", "win", "VBD"),
                         (",", "PUNCT", 7, "punct"), ("as", "SCONJ", 7, "mark"), ("a", "DET", 6, "det"),
                         ("diplomat", "NOUN", 7, "nsubj"), ("put", "VERB", 2, "advcl", "put", "VBD"),
                         ("it", "PRON", 7, "obj"), (",", "PUNCT", 7, "punct"), ("by", "ADP", 12, "case"),
                         ("a", "DET", 12, "det"), ("mile", "NOUN", 2, "obl"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_a_role_in_a_whether_or_if_clause_is_no_title() -> None:
    # "whether Secretary Clinton is the nominee", "if she becomes the nominee"
    text = OPENING + "Voters ask whether Reed is the nominee."
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("ask", "VERB", 0, "root"), ("whether", "SCONJ", 7, "mark"),
                         ("Reed", "PROPN", 7, "nsubj"), ("is", "AUX", 7, "cop"), ("the", "DET", 7, "det"),
                         ("nominee", "NOUN", 2, "ccomp"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_a_predicate_whose_clause_has_another_subject_before_it_is_that_subjects() -> None:
    # "James Bruner, whose father was the Bush family pastor, remembers Mr. Bush", parsed with both as subjects
    text = OPENING + "Reed, whose father was the family pastor, remembers Bush."
    second: list[Row] = [("Reed", "PROPN", 8, "nsubj"), (",", "PUNCT", 8, "punct"), ("whose", "DET", 4, "det"),
                         ("father", "NOUN", 8, "nsubj"), ("was", "AUX", 8, "cop"), ("the", "DET", 8, "det"),
                         ("family", "NOUN", 8, "compound"), ("pastor", "NOUN", 0, "root"), (",", "PUNCT", 10, "punct"),
                         ("remembers", "VERB", 8, "conj"), ("Bush", "PROPN", 10, "obj"), (".", "PUNCT", 8, "punct")]
    ann = speakers(text, SAID_ANN_REED, second,
                   entities=(("Ann Reed", "PER"), ("Reed", "PER"), ("Bush", "PER")))["Ann Reed"]
    assert ann.titles == ()


def test_roles_coordinated_in_an_as_phrase_are_each_a_title() -> None:
    # "As star and executive producer of the show, Allen has been able to ..."
    text = OPENING + "As host and producer of the show, Reed spoke."
    second: list[Row] = [("As", "ADP", 2, "case"), ("host", "NOUN", 10, "obl"), ("and", "CCONJ", 4, "cc"),
                         ("producer", "NOUN", 2, "conj"), ("of", "ADP", 7, "case"), ("the", "DET", 7, "det"),
                         ("show", "NOUN", 4, "nmod"), (",", "PUNCT", 2, "punct"), ("Reed", "PROPN", 10, "nsubj"),
                         ("spoke", "VERB", 0, "root", "speak", "VBD"), (".", "PUNCT", 10, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ("host", "producer of the show")


def test_a_predicate_the_parse_left_without_a_subject_is_no_ones() -> None:
    # "Warren, ..., who until Sanders decided to run was the acknowledged leader of the party's progressive wing",
    # parsed with "leader" loose and no subject
    text = SAID_TOM_BELL_TEXT + "One possibility is Kim, who until Bell decided to run was the leader."
    second: list[Row] = [("One", "NUM", 2, "nummod"), ("possibility", "NOUN", 4, "nsubj"), ("is", "AUX", 4, "cop"),
                         ("Kim", "PROPN", 0, "root"), (",", "PUNCT", 9, "punct"), ("who", "PRON", 9, "nsubj"),
                         ("until", "SCONJ", 9, "mark"), ("Bell", "PROPN", 9, "nsubj"),
                         ("decided", "VERB", 4, "advcl", "decide", "VBD"), ("to", "PART", 11, "mark"),
                         ("run", "VERB", 9, "xcomp"), ("was", "AUX", 14, "cop"), ("the", "DET", 14, "det"),
                         ("leader", "NOUN", 4, "parataxis"), (".", "PUNCT", 4, "punct")]
    bell = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"), ("Kim", "PER"), ("Bell", "PER")))
    assert bell["Tom Bell"].titles == ()


def test_a_description_is_not_the_subject_of_another_clause_of_its_own_sentence() -> None:
    # "When Borger brought up ..., Sanders used it to draw a distinction between himself and the former secretary of
    # state": not Borger, whom the sentence would call "she"
    text = SAID_TOM_BELL_TEXT + OPENING + "When Bell spoke, Reed met the governor."
    second: list[Row] = [("When", "SCONJ", 3, "mark"), ("Bell", "PROPN", 3, "nsubj"),
                         ("spoke", "VERB", 6, "advcl", "speak", "VBD"), (",", "PUNCT", 3, "punct"),
                         ("Reed", "PROPN", 6, "nsubj"), ("met", "VERB", 0, "root", "meet", "VBD"),
                         ("the", "DET", 8, "det"), ("governor", "NOUN", 6, "obj"), (".", "PUNCT", 6, "punct")]
    people = speakers(text, SAID_TOM_BELL, SAID_ANN_REED, second,
                      entities=(("Tom Bell", "PER"), ("Ann Reed", "PER"), ("Bell", "PER"), ("Reed", "PER")))
    assert people["Tom Bell"].titles == ()
    assert people["Ann Reed"].titles == ()


def test_a_description_of_one_sex_goes_past_the_nearest_name_of_the_other() -> None:
    # "He then extolled his work with you from your time as First Lady on." after a man and Clinton are named
    text = OPENING + SAID_TOM_BELL_TEXT + "A note to Reed from Bell praised the work of the first lady."
    note: list[Row] = [("A", "DET", 2, "det"), ("note", "NOUN", 7, "nsubj"), ("to", "ADP", 4, "case"),
                       ("Reed", "PROPN", 2, "nmod"), ("from", "ADP", 6, "case"), ("Bell", "PROPN", 2, "nmod"),
                       ("praised", "VERB", 0, "root", "praise", "VBD"), ("the", "DET", 9, "det"),
                       ("work", "NOUN", 7, "obj"), ("of", "ADP", 13, "case"), ("the", "DET", 13, "det"),
                       ("first", "ADJ", 13, "amod"), ("lady", "NOUN", 9, "nmod"), (".", "PUNCT", 7, "punct")]
    people = speakers(text, SAID_ANN_REED, SAID_TOM_BELL, note,
                      entities=(("Ann Reed", "PER"), ("Tom Bell", "PER"), ("Reed", "PER"), ("Bell", "PER")))
    assert people["Ann Reed"].titles == ("first lady",)
    assert people["Tom Bell"].titles == ()


def test_a_pronoun_subject_of_the_other_sex_leaves_the_description_to_the_person_named_last() -> None:
    # "She went on to attack Donald Trump, saying the presumptive Republican nominee “hasn't given this issue much
    # thought.”": "she" is not Trump, so the nominee is
    text = SAID_TOM_BELL_TEXT + "She attacked Bell, saying the nominee was wrong."
    attack: list[Row] = [("She", "PRON", 2, "nsubj"), ("attacked", "VERB", 0, "root", "attack", "VBD"),
                         ("Bell", "PROPN", 2, "obj"), (",", "PUNCT", 5, "punct"),
                         ("saying", "VERB", 2, "advcl", "say", "VBG"), ("the", "DET", 7, "det"),
                         ("nominee", "NOUN", 9, "nsubj"), ("was", "AUX", 9, "cop"), ("wrong", "ADJ", 5, "ccomp"),
                         (".", "PUNCT", 2, "punct")]
    people = speakers(text, SAID_TOM_BELL, attack, entities=(("Tom Bell", "PER"), ("Bell", "PER")))
    assert people["Tom Bell"].titles == ("nominee",)


def test_a_participle_the_tagger_read_as_a_verb_before_a_named_role_is_part_of_it() -> None:
    # "Indiana Gov. Mike Pence is joining his running mate Donald Trump in calling for ..."
    text = OPENING + 'Reed is joining his running mate Tom Bell. "We win," Bell said.'
    joining: list[Row] = [("Reed", "PROPN", 3, "nsubj"), ("is", "AUX", 3, "aux"),
                          ("joining", "VERB", 0, "root", "join", "VBG"), ("his", "PRON", 6, "nmod:poss", "he", "PRP$"),
                          ("running", "VERB", 6, "amod", "run", "VBG"), ("mate", "NOUN", 3, "obj"),
                          ("Tom", "PROPN", 6, "flat"), ("Bell", "PROPN", 6, "flat"), (".", "PUNCT", 3, "punct")]
    win: list[Row] = [('"', "PUNCT", 7, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 7, "ccomp"),
                      (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), ("Bell", "PROPN", 7, "nsubj"),
                      ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct")]
    people = speakers(text, SAID_ANN_REED, joining, win,
                      entities=(("Ann Reed", "PER"), ("Reed", "PER"), ("Tom Bell", "PER"), ("Bell", "PER")))
    assert people["Tom Bell"].titles == ("running mate",)


def test_an_as_role_of_a_named_persons_tenure_is_theirs() -> None:
    # "Trump called for a special prosecutor ... during Clinton's tenure as secretary of state"
    text = OPENING + SAID_TOM_BELL_TEXT + "Bell criticised Reed's tenure as governor."
    tenure: list[Row] = [("Bell", "PROPN", 2, "nsubj"), ("criticised", "VERB", 0, "root", "criticise", "VBD"),
                         ("Reed", "PROPN", 5, "nmod:poss"), ("'s", "PART", 3, "case"), ("tenure", "NOUN", 2, "obj"),
                         ("as", "ADP", 7, "case"), ("governor", "NOUN", 5, "nmod"), (".", "PUNCT", 2, "punct")]
    people = speakers(text, SAID_ANN_REED, SAID_TOM_BELL, tenure,
                      entities=(("Ann Reed", "PER"), ("Tom Bell", "PER"), ("Bell", "PER"), ("Reed", "PER")))
    assert people["Tom Bell"].titles == ()
    assert people["Ann Reed"].titles == ("governor",)


def test_a_campaigns_staff_is_not_the_candidate() -> None:
    text = '"We lead," said campaign manager Ann Reed. Voters like the candidate.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("campaign", "NOUN", 8, "compound"),
                        ("manager", "NOUN", 9, "compound"), ("Ann", "PROPN", 6, "nsubj"),
                        ("Reed", "PROPN", 9, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("like", "VERB", 0, "root"), ("the", "DET", 4, "det"),
                         ("candidate", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("campaign manager",)


def test_a_person_named_in_a_phrase_of_the_descriptions_own_clause_is_someone_else() -> None:
    # "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
    # candidate stated ...": the candidate is not the host, but the person the text spoke of before
    text = OPENING + "In an interview with Tom Bell, the candidate said it was over."
    second: list[Row] = [("In", "ADP", 3, "case"), ("an", "DET", 3, "det"), ("interview", "NOUN", 10, "obl"),
                         ("with", "ADP", 5, "case"), ("Tom", "PROPN", 3, "nmod"), ("Bell", "PROPN", 5, "flat"),
                         (",", "PUNCT", 10, "punct"), ("the", "DET", 9, "det"), ("candidate", "NOUN", 10, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), ("it", "PRON", 13, "nsubj"),
                         ("was", "AUX", 13, "cop", "be"), ("over", "ADJ", 10, "ccomp"), (".", "PUNCT", 10, "punct")]
    found = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Tom Bell", "PER")))
    assert found["Ann Reed"].titles == ("candidate",)
    assert "Tom Bell" not in found or found["Tom Bell"].titles == ()


def test_a_description_in_the_persons_reported_speech_may_be_them() -> None:
    # "The Vermont congressman also plans to vote for Sanders as a superdelegate ..., Welch said": the reporter's
    # words, not the person's own (where "the governor is wrong" would be someone else)
    text = OPENING + "The senator also plans to vote, Reed said."
    second: list[Row] = [("The", "DET", 2, "det"), ("senator", "NOUN", 4, "nsubj"), ("also", "ADV", 4, "advmod"),
                         ("plans", "VERB", 0, "root", "plan", "VBZ"), ("to", "PART", 6, "mark"),
                         ("vote", "VERB", 4, "xcomp"), (",", "PUNCT", 9, "punct"), ("Reed", "PROPN", 9, "nsubj"),
                         ("said", "VERB", 4, "parataxis", "say", "VBD"), (".", "PUNCT", 4, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ("senator",)


def test_a_description_of_a_role_that_represents_a_place_keeps_its_from() -> None:
    text = '"We lead," said Sen. Ann Reed. The senator from Vermont spoke.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Sen.", "PROPN", 8, "compound"),
                        ("Ann", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("senator", "NOUN", 6, "nsubj"), ("from", "ADP", 4, "case"),
                         ("Vermont", "PROPN", 2, "nmod"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
                         (".", "PUNCT", 5, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Vermont", "GPE")))["Ann Reed"]
    assert ann.titles == ("Sen.", "senator from Vermont")


def test_an_independent_description_is_not_a_democrat() -> None:
    # "Hillary Clinton defeated Bernie Sanders ..., how difficult it is for the independent senator from Vermont"
    text = SAID_TOM_BELL_TEXT + '"We lead," said Democrat Ann Reed. Voters like the independent senator.'
    second: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                         (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                         ("said", "VERB", 0, "root", "say", "VBD"), ("Democrat", "PROPN", 8, "compound"),
                         ("Ann", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]
    third: list[Row] = [("Voters", "NOUN", 2, "nsubj", "voter", "NNS"), ("like", "VERB", 0, "root"),
                        ("the", "DET", 5, "det"), ("independent", "ADJ", 5, "amod"), ("senator", "NOUN", 2, "obj"),
                        (".", "PUNCT", 2, "punct")]
    ann = speakers(text, SAID_TOM_BELL, second, third, entities=(("Tom Bell", "PER"), ("Ann Reed", "PER")))["Ann Reed"]
    assert ann.titles == ()
    assert ann.affiliation == "Democrat"


def test_a_person_the_text_calls_he_is_not_the_congresswoman() -> None:
    # "Pat" tells no sex; the article's "he" does
    text = '"We win," said Pat Bell. "We lead," he said. The congresswoman disagreed.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Pat", "PROPN", 6, "nsubj"),
                        ("Bell", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [('"', "PUNCT", 7, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 7, "ccomp"),
                         (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), ("he", "PRON", 7, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct")]
    third: list[Row] = [("The", "DET", 2, "det"), ("congresswoman", "NOUN", 3, "nsubj"),
                        ("disagreed", "VERB", 0, "root", "disagree", "VBD"), (".", "PUNCT", 3, "punct")]
    pat = speakers(text, first, second, third, entities=(("Pat Bell", "PER"),))["Pat Bell"]
    assert pat.titles == ()


def test_the_second_of_a_kind_is_someone_other_than_the_person_named() -> None:
    text = OPENING + '"It was reached," said the second official.'
    second: list[Row] = [('"', "PUNCT", 7, "punct"), ("It", "PRON", 4, "nsubj:pass"), ("was", "AUX", 4, "aux:pass"),
                         ("reached", "VERB", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"),
                         ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 10, "det"),
                         ("second", "ADJ", 10, "amod", "second", "JJ"), ("official", "NOUN", 7, "nsubj"),
                         (".", "PUNCT", 7, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ()


def test_a_description_that_says_female_is_no_mans() -> None:
    text = SAID_TOM_BELL_TEXT + "Voters like the first female president."
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("like", "VERB", 0, "root"), ("the", "DET", 6, "det"),
                         ("first", "ADJ", 6, "amod"), ("female", "ADJ", 6, "amod"), ("president", "NOUN", 2, "obj"),
                         (".", "PUNCT", 2, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ()


def test_the_subject_of_a_clause_opened_by_as_is_given_no_role() -> None:
    text = SAID_TOM_BELL_TEXT + "As the president spoke, Bell left."
    second: list[Row] = [("As", "SCONJ", 4, "mark"), ("the", "DET", 3, "det"), ("president", "NOUN", 4, "nsubj"),
                         ("spoke", "VERB", 7, "advcl"), (",", "PUNCT", 4, "punct"), ("Bell", "PROPN", 7, "nsubj"),
                         ("left", "VERB", 0, "root"), (".", "PUNCT", 7, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"), ("Bell", "PER")))["Tom Bell"]
    assert tom.titles == ()


def test_a_clause_set_before_the_sentences_subject_may_describe_that_subject() -> None:
    text = SAID_TOM_BELL_TEXT + "President Ann Reed met Tom Bell. Although voters look to the president, Reed spoke."
    met: list[Row] = [("President", "PROPN", 2, "compound"), ("Ann", "PROPN", 4, "nsubj"), ("Reed", "PROPN", 2, "flat"),
                      ("met", "VERB", 0, "root"), ("Tom", "PROPN", 4, "obj"), ("Bell", "PROPN", 5, "flat"),
                      (".", "PUNCT", 4, "punct")]
    spoke: list[Row] = [("Although", "SCONJ", 3, "mark"), ("voters", "NOUN", 3, "nsubj"), ("look", "VERB", 9, "advcl"),
                        ("to", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("president", "NOUN", 3, "obl"),
                        (",", "PUNCT", 3, "punct"), ("Reed", "PROPN", 9, "nsubj"), ("spoke", "VERB", 0, "root"),
                        (".", "PUNCT", 9, "punct")]
    tom = speakers(text, SAID_TOM_BELL, met, spoke, entities=(("Tom Bell", "PER"), ("Ann Reed", "PER"),
                                                               ("Reed", "PER")))["Tom Bell"]
    assert tom.titles == ()


def test_a_description_by_party_gives_the_party() -> None:
    text = SAID_TOM_BELL_TEXT + "The Nevada Democrat left."
    second: list[Row] = [("The", "DET", 3, "det"), ("Nevada", "PROPN", 3, "compound"),
                         ("Democrat", "PROPN", 4, "nsubj"), ("left", "VERB", 0, "root"), (".", "PUNCT", 4, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"), ("Nevada", "LOC")))["Tom Bell"]
    assert tom.titles == ()
    assert tom.affiliation == "Democrat"


def test_a_description_before_anyone_with_its_role_is_named_is_the_one_named_next_with_it() -> None:
    text = SAID_TOM_BELL_TEXT + 'The organizer of the rally said it was fine. "We are ready," said Ann Reed, ' \
        'organizer of a group.'
    rally: list[Row] = [("The", "DET", 2, "det"), ("organizer", "NOUN", 6, "nsubj"), ("of", "ADP", 5, "case"),
                        ("the", "DET", 5, "det"), ("rally", "NOUN", 2, "nmod"),
                        ("said", "VERB", 0, "root", "say", "VBD"),
                        ("it", "PRON", 9, "nsubj"), ("was", "AUX", 9, "cop"), ("fine", "ADJ", 6, "ccomp"),
                        (".", "PUNCT", 6, "punct")]
    ready: list[Row] = [('"', "PUNCT", 7, "punct"), ("We", "PRON", 4, "nsubj"), ("are", "AUX", 4, "cop"),
                        ("ready", "ADJ", 7, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 7, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                        ("Reed", "PROPN", 8, "flat"), (",", "PUNCT", 11, "punct"), ("organizer", "NOUN", 8, "appos"),
                        ("of", "ADP", 14, "case"), ("a", "DET", 14, "det"), ("group", "NOUN", 11, "nmod"),
                        (".", "PUNCT", 7, "punct")]
    found = speakers(text, SAID_TOM_BELL, rally, ready, entities=(("Tom Bell", "PER"), ("Ann Reed", "PER")))
    assert found["Tom Bell"].titles == ()
    assert set(found["Ann Reed"].titles) == {"organizer of the rally", "organizer of a group"}


def test_a_description_keeps_its_chain_to_what_it_names_but_not_a_verbs_phrase() -> None:
    text = SAID_TOM_BELL_TEXT + "Voters look to the senator for leadership."
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("look", "VERB", 0, "root"), ("to", "ADP", 5, "case"),
                         ("the", "DET", 5, "det"), ("senator", "NOUN", 2, "obl"), ("for", "ADP", 7, "case"),
                         ("leadership", "NOUN", 2, "obl"), (".", "PUNCT", 2, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ("senator",)


def test_a_bare_role_is_not_the_one_a_press_secretary_or_a_deputy_holds() -> None:
    text = '"We win," said Tom Bell, the press secretary. The secretary believes it.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
                        ("Bell", "PROPN", 7, "flat"), (",", "PUNCT", 12, "punct"), ("the", "DET", 12, "det"),
                        ("press", "NOUN", 12, "compound"), ("secretary", "NOUN", 7, "appos"),
                        (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("secretary", "NOUN", 3, "nsubj"), ("believes", "VERB", 0, "root"),
                         ("it", "PRON", 3, "obj"), (".", "PUNCT", 3, "punct")]
    tom = speakers(text, first, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ("press secretary",)


def test_a_description_given_before_holds_for_the_same_description_later() -> None:
    text = SAID_TOM_BELL_TEXT + 'The senator was calm. He praised Ann Reed. "It is done," the senator said.'
    calm: list[Row] = [("The", "DET", 2, "det"), ("senator", "NOUN", 4, "nsubj"), ("was", "AUX", 4, "cop"),
                       ("calm", "ADJ", 0, "root"), (".", "PUNCT", 4, "punct")]
    praised: list[Row] = [("He", "PRON", 2, "nsubj"), ("praised", "VERB", 0, "root"), ("Ann", "PROPN", 2, "obj"),
                          ("Reed", "PROPN", 3, "flat"), (".", "PUNCT", 2, "punct")]
    done: list[Row] = [('"', "PUNCT", 9, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "aux"),
                       ("done", "VERB", 9, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", 9, "punct"),
                       ("the", "DET", 8, "det"), ("senator", "NOUN", 9, "nsubj"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 9, "punct")]
    found = speakers(text, SAID_TOM_BELL, calm, praised, done, entities=(("Tom Bell", "PER"), ("Ann Reed", "PER")))
    assert "Ann Reed" not in found
    assert found["Tom Bell"].titles == ("senator",)


def test_a_description_has_no_chain_with_with() -> None:
    text = SAID_TOM_BELL_TEXT + "She brushed the senator with the back of her hand."
    second: list[Row] = [("She", "PRON", 2, "nsubj"), ("brushed", "VERB", 0, "root"), ("the", "DET", 4, "det"),
                         ("senator", "NOUN", 2, "obj"), ("with", "ADP", 7, "case"), ("the", "DET", 7, "det"),
                         ("back", "NOUN", 2, "obl"), ("of", "ADP", 10, "case"), ("her", "PRON", 10, "nmod:poss"),
                         ("hand", "NOUN", 7, "nmod"), (".", "PUNCT", 2, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ("senator",)


def test_a_role_the_person_would_take_if_something_happened_is_none_of_theirs() -> None:
    text = SAID_TOM_BELL_TEXT + "He will fight if he becomes the nominee."
    second: list[Row] = [("He", "PRON", 3, "nsubj"), ("will", "AUX", 3, "aux"), ("fight", "VERB", 0, "root"),
                         ("if", "SCONJ", 6, "mark"), ("he", "PRON", 6, "nsubj"), ("becomes", "VERB", 3, "advcl"),
                         ("the", "DET", 8, "det"), ("nominee", "NOUN", 6, "xcomp"), (".", "PUNCT", 3, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ()


def test_the_sentences_back_count_from_where_the_quote_it_speaks_opens() -> None:
    text = SAID_TOM_BELL_TEXT + 'Voters came. "It is late. It is dark. We go," the senator said.'
    came: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("came", "VERB", 0, "root"), (".", "PUNCT", 2, "punct")]
    late: list[Row] = [('"', "PUNCT", 4, "punct"), ("It", "PRON", 4, "nsubj"), ("is", "AUX", 4, "cop"),
                       ("late", "ADJ", 0, "root"), (".", "PUNCT", 4, "punct")]
    dark: list[Row] = [("It", "PRON", 3, "nsubj"), ("is", "AUX", 3, "cop"), ("dark", "ADJ", 0, "root"),
                       (".", "PUNCT", 3, "punct")]
    go: list[Row] = [("We", "PRON", 2, "nsubj"), ("go", "VERB", 7, "ccomp"), (",", "PUNCT", 2, "punct"),
                     ('"', "PUNCT", 7, "punct"), ("the", "DET", 6, "det"), ("senator", "NOUN", 7, "nsubj"),
                     ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct")]
    tom = speakers(text, SAID_TOM_BELL, came, late, dark, go, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ("senator",)


def test_an_as_role_past_a_places_possessive_is_the_subjects() -> None:
    text = OPENING + "As Virginia's governor, Reed declared it."
    second: list[Row] = [("As", "ADP", 4, "case"), ("Virginia", "PROPN", 4, "nmod:poss"), ("'s", "PART", 2, "case"),
                         ("governor", "NOUN", 7, "obl"), (",", "PUNCT", 4, "punct"), ("Reed", "PROPN", 7, "nsubj"),
                         ("declared", "VERB", 0, "root"), ("it", "PRON", 7, "obj"), (".", "PUNCT", 7, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Virginia", "LOC"), ("Reed", "PER")))
    assert ann["Ann Reed"].titles == ("governor",)


def test_as_someones_aide_suggested_is_a_clause_not_a_role() -> None:
    text = OPENING + "She won, as Bell's campaign manager suggested."
    second: list[Row] = [("She", "PRON", 2, "nsubj"), ("won", "VERB", 0, "root"), (",", "PUNCT", 9, "punct"),
                         ("as", "ADP", 8, "case"), ("Bell", "PROPN", 8, "nmod:poss"), ("'s", "PART", 5, "case"),
                         ("campaign", "NOUN", 8, "compound"), ("manager", "NOUN", 9, "nsubj"),
                         ("suggested", "VERB", 2, "advcl", "suggest", "VBD"), (".", "PUNCT", 2, "punct")]
    ann = speakers(text, SAID_ANN_REED, second, entities=(("Ann Reed", "PER"), ("Bell", "PER")))
    assert ann["Ann Reed"].titles == ()


def test_an_as_role_on_what_her_owns_is_a_womans() -> None:
    text = SAID_TOM_BELL_TEXT + "Her use of a server as secretary of state hurt."
    second: list[Row] = [("Her", "PRON", 2, "nmod:poss", "her", "PRP$"), ("use", "NOUN", 10, "nsubj"),
                         ("of", "ADP", 5, "case"), ("a", "DET", 5, "det"), ("server", "NOUN", 2, "nmod"),
                         ("as", "ADP", 7, "case"), ("secretary", "NOUN", 5, "nmod"), ("of", "ADP", 9, "case"),
                         ("state", "NOUN", 7, "nmod"), ("hurt", "VERB", 0, "root"), (".", "PUNCT", 10, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ()


def test_head_after_a_plural_is_a_verb_not_a_role() -> None:
    text = SAID_TOM_BELL_TEXT + "As the candidates head to the polls, voters wait."
    second: list[Row] = [("As", "ADP", 4, "case"), ("the", "DET", 4, "det"),
                         ("candidates", "NOUN", 4, "compound", "candidate", "NNS"), ("head", "NOUN", 10, "obl"),
                         ("to", "ADP", 7, "case"), ("the", "DET", 7, "det"), ("polls", "NOUN", 4, "nmod"),
                         (",", "PUNCT", 4, "punct"), ("voters", "NOUN", 10, "nsubj"), ("wait", "VERB", 0, "root"),
                         (".", "PUNCT", 10, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert tom.titles == ()


def test_an_as_role_on_a_prospect_is_only_supposed() -> None:
    text = SAID_TOM_BELL_TEXT + "Voters fear the prospect of Bell as president."
    second: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("fear", "VERB", 0, "root"), ("the", "DET", 4, "det"),
                         ("prospect", "NOUN", 2, "obj"), ("of", "ADP", 6, "case"), ("Bell", "PROPN", 4, "nmod"),
                         ("as", "ADP", 8, "case"), ("president", "NOUN", 4, "nmod"), (".", "PUNCT", 2, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"), ("Bell", "PER")))["Tom Bell"]
    assert tom.titles == ()


def test_the_possessor_of_an_as_role_does_not_hold_it() -> None:
    text = SAID_TOM_BELL_TEXT + "Voters were picked as Bell's delegate."
    second: list[Row] = [("Voters", "NOUN", 3, "nsubj:pass"), ("were", "AUX", 3, "aux:pass"),
                         ("picked", "VERB", 0, "root"), ("as", "ADP", 7, "case"), ("Bell", "PROPN", 7, "nmod:poss"),
                         ("'s", "PART", 5, "case"), ("delegate", "NOUN", 3, "obl"), (".", "PUNCT", 3, "punct")]
    tom = speakers(text, SAID_TOM_BELL, second, entities=(("Tom Bell", "PER"), ("Bell", "PER")))["Tom Bell"]
    assert tom.titles == ()
