"""Titles and affiliations of speakers on documents built by hand (tests/handmade.py): each role phrase as the
annotation rules of bench/titles_gold/RULES.md read it, without models."""

from __future__ import annotations

from handmade import Row, parsed

from quotewire.engine.model import Speaker
from quotewire.engine.stages import attribute_doc

QUOTE = '"We will win," '


def quote_rows(said: int) -> list[Row]:
    """'"We will win," ' as a clause that the verb of saying at position `said` reports."""
    return [('"', "PUNCT", said, "punct"), ("We", "PRON", 4, "nsubj"), ("will", "AUX", 4, "aux"),
            ("win", "VERB", said, "ccomp"), (",", "PUNCT", 4, "punct"), ('"', "PUNCT", said, "punct")]


def speakers(text: str, rows: list[Row], *more: list[Row], entities: tuple[tuple[str, str], ...]) -> dict[str, Speaker]:
    result = attribute_doc(parsed(text, rows, *more, entities=entities))
    return {s.name: s for s in result.speakers}


def spelled(rows: list[Row]) -> str:
    """The words of the rows with a space between them, but none around a hyphen or before a possessive."""
    return "".join(("" if k == 0 or r[0] in {"-", "'s"} or rows[k - 1][0] == "-" else " ") + r[0]
                   for k, r in enumerate(rows))


def name_first(name: str, apposition: list[Row], entities: tuple[tuple[str, str], ...]) -> Speaker:
    """'"We will win," said <given> <surname>, <apposition>.': the given name is word 8, the apposition's words
    are counted from 11."""
    given, surname = name.split()
    text = QUOTE + f"said {name}, " + spelled(apposition) + "."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), (given, "PROPN", 7, "nsubj"),
                       (surname, "PROPN", 8, "flat"), (",", "PUNCT", 8, "punct"), *apposition,
                       (".", "PUNCT", 7, "punct")]
    return speakers(text, rows, entities=entities)[name]


def said_rows(name: str) -> list[Row]:
    """'"We will win," said <given> <surname>.' as a sentence of its own."""
    given, surname = name.split()
    return [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), (given, "PROPN", 7, "nsubj"),
            (surname, "PROPN", 8, "flat"), (".", "PUNCT", 7, "punct")]


def name_last(before: list[Row], name: str, entities: tuple[tuple[str, str], ...]) -> Speaker:
    """'"We will win," <before> <given> <surname> said.': the words before the name modify the given name."""
    given, surname = name.split()
    n = len(before)
    text = QUOTE + spelled(before) + f" {name} said."
    said = 7 + n + 2
    rows: list[Row] = [*quote_rows(said), *before, (given, "PROPN", said, "nsubj"), (surname, "PROPN", 7 + n, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", said, "punct")]
    return speakers(text, rows, entities=entities)[name]


def test_a_courtesy_title_is_no_title() -> None:
    speaker = name_last([("Mr.", "PROPN", 8, "compound")], "Alan Reed", (("Alan Reed", "PER"),))
    assert speaker.titles == ()


def test_a_party_word_opening_a_title_is_the_affiliation_and_descriptive_words_go() -> None:
    speaker = name_first("Geoff Garin", [("a", "DET", 14, "det"), ("top", "ADJ", 14, "amod"),
                                         ("Democratic", "ADJ", 14, "amod"), ("pollster", "NOUN", 8, "appos")],
                         (("Geoff Garin", "PER"),))
    assert speaker.titles == ("pollster",)
    assert speaker.affiliation == "Democratic"


def test_a_possessor_before_the_role_is_the_affiliation() -> None:
    speaker = name_first("Ellen Kullman", [("DuPont", "PROPN", 15, "nmod:poss"), ("'s", "PART", 11, "case"),
                                           ("longtime", "ADJ", 15, "amod"), ("chief", "ADJ", 15, "amod"),
                                           ("executive", "NOUN", 8, "appos")],
                         (("Ellen Kullman", "PER"), ("DuPont", "ORG")))
    assert speaker.titles == ("chief executive",)
    assert speaker.affiliation == "DuPont"


def test_a_candidates_name_before_the_role_is_the_campaign() -> None:
    speaker = name_last([("Sanders", "PROPN", 9, "compound"), ("campaign", "NOUN", 9, "compound"),
                         ("manager", "NOUN", 10, "compound")], "Jeff Weaver",
                        (("Sanders", "PER"), ("Jeff Weaver", "PER")))
    assert speaker.titles == ("campaign manager",)
    assert speaker.affiliation == "Sanders"


def test_an_organisation_before_a_lone_role_is_the_affiliation() -> None:
    speaker = name_last([("DFA", "PROPN", 8, "compound"), ("spokesman", "NOUN", 9, "compound")], "Neil Sroka",
                        (("DFA", "ORG"), ("Neil Sroka", "PER")))
    assert speaker.titles == ("spokesman",)
    assert speaker.affiliation == "DFA"


def test_the_state_stays_with_the_title_before_the_name() -> None:
    speaker = name_last([("Ohio", "PROPN", 8, "compound"), ("Gov.", "PROPN", 9, "compound")], "John Kasich",
                        (("Ohio", "LOC"), ("John Kasich", "PER")))
    assert speaker.titles == ("Ohio Gov.",)
    assert speaker.affiliation is None


def test_a_title_word_that_modifies_the_next_is_one_title_with_it() -> None:
    speaker = name_last([("Former", "ADJ", 9, "amod"), ("Attorney", "PROPN", 9, "compound"),
                         ("General", "PROPN", 10, "compound")], "Michael Mukasey", (("Michael Mukasey", "PER"),))
    assert speaker.titles == ("Former Attorney General",)


def test_a_capitalised_former_opens_no_organisation_and_keeps_a_past_roles_own() -> None:
    speaker = name_last([("Former", "ADJ", 9, "amod"), ("House", "PROPN", 10, "compound"),
                         ("Speaker", "PROPN", 10, "compound")], "Newt Gingrich", (("Newt Gingrich", "PER"),))
    assert speaker.titles == ("Former House Speaker",)
    assert speaker.affiliation is None


def test_a_role_noun_outside_the_lexicon_with_a_hyphen() -> None:
    speaker = name_last([("Republican", "ADJ", 11, "amod"), ("presidential", "ADJ", 11, "amod"),
                         ("front", "NOUN", 11, "compound"), ("-", "PUNCT", 9, "punct"),
                         ("runner", "NOUN", 12, "compound")], "Donald Trump", (("Donald Trump", "PER"),))
    assert speaker.titles == ("presidential front-runner",)
    assert speaker.affiliation == "Republican"


def test_a_relation_or_a_clause_is_no_title() -> None:
    speaker = name_first("Clint Howard", [("the", "DET", 13, "det"), ("younger", "ADJ", 13, "amod"),
                                          ("brother", "NOUN", 8, "appos"), ("of", "ADP", 15, "case"),
                                          ("Ron", "PROPN", 13, "nmod"), ("Howard", "PROPN", 15, "flat")],
                         (("Clint Howard", "PER"), ("Ron Howard", "PER")))
    assert speaker.titles == ()


def test_a_party_label_after_the_name_is_the_affiliation() -> None:
    text = QUOTE + "said Claire McCaskill (D-Mo.)."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Claire", "PROPN", 7, "nsubj"),
                       ("McCaskill", "PROPN", 8, "flat"), ("(", "PUNCT", 11, "punct"), ("D-Mo.", "PROPN", 8, "appos"),
                       (")", "PUNCT", 11, "punct"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Claire McCaskill", "PER"),))["Claire McCaskill"]
    assert speaker.affiliation == "D"


def test_a_network_before_the_name_is_the_affiliation() -> None:
    speaker = name_last([("CNN", "PROPN", 9, "nmod:poss"), ("'s", "PART", 7, "case")], "Gloria Borger",
                        (("CNN's Gloria Borger", "PER"),))
    assert speaker.affiliation == "CNN"


def test_an_organisation_in_the_role_phrase_is_the_affiliation() -> None:
    speaker = name_first("Arthur Hellman", [("a", "DET", 13, "det"), ("law", "NOUN", 13, "compound"),
                                            ("professor", "NOUN", 8, "appos"), ("at", "ADP", 16, "case"),
                                            ("the", "DET", 16, "det"), ("University", "PROPN", 13, "nmod"),
                                            ("of", "ADP", 18, "case"), ("Pittsburgh", "PROPN", 16, "nmod")],
                         (("Arthur Hellman", "PER"), ("Pittsburgh", "LOC")))
    assert speaker.titles == ("law professor at the University of Pittsburgh",)
    assert speaker.affiliation == "University of Pittsburgh"


def test_a_place_that_only_locates_ends_the_role() -> None:
    speaker = name_first("Bree Maxwell", [("a", "DET", 13, "det"), ("31-year-old", "ADJ", 13, "amod"),
                                          ("volunteer", "NOUN", 8, "appos"), ("in", "ADP", 16, "case"),
                                          ("Richland", "PROPN", 16, "compound"), ("County", "PROPN", 13, "nmod")],
                         (("Bree Maxwell", "PER"), ("Richland County", "LOC")))
    assert speaker.titles == ("volunteer",)


def test_a_definite_description_stands_for_the_person_named_before_it() -> None:
    text = '"We lead," said Sen. Ann Reed. "We will win," the Vermont senator said.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Sen.", "PROPN", 8, "compound"),
                        ("Ann", "PROPN", 6, "nsubj"), ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [*quote_rows(10), ("the", "DET", 9, "det"), ("Vermont", "PROPN", 9, "compound"),
                         ("senator", "NOUN", 10, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 10, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Vermont", "LOC")))["Ann Reed"]
    assert ann.titles == ("Sen.", "Vermont senator")


def test_a_predicate_in_a_relative_clause_gives_a_role() -> None:
    speaker = name_first("Carlos Guerrero", [("who", "PRON", 14, "nsubj"), ("is", "AUX", 14, "cop", "be", "VBZ"),
                                             ("an", "DET", 14, "det"), ("actor", "NOUN", 8, "acl:relcl")],
                         (("Carlos Guerrero", "PER"),))
    assert speaker.titles == ("actor",)


def test_a_role_after_a_verb_of_serving_is_past_with_its_organisation_left_out() -> None:
    speaker = name_first("Stuart Stevens", [("who", "PRON", 12, "nsubj"), ("served", "VERB", 8, "acl:relcl", "serve",
                                                                                "VBD"),
                                            ("as", "ADP", 14, "case"), ("director", "NOUN", 12, "obl"),
                                            ("of", "ADP", 16, "case"), ("Acme", "PROPN", 14, "nmod")],
                         (("Stuart Stevens", "PER"), ("Acme", "ORG")))
    assert speaker.titles == ("director of Acme",)
    assert speaker.affiliation is None


def test_coordinated_roles_in_an_apposition_are_two_titles() -> None:
    speaker = name_first("Elaine Kamarck", [("a", "DET", 13, "det"), ("senior", "ADJ", 13, "amod"),
                                            ("fellow", "NOUN", 8, "appos"), ("at", "ADP", 16, "case"),
                                            ("the", "DET", 16, "det"), ("Institution", "PROPN", 13, "nmod"),
                                            ("and", "CCONJ", 20, "cc"), ("a", "DET", 20, "det"),
                                            ("Democratic", "ADJ", 20, "amod"), ("superdelegate", "NOUN", 13, "conj")],
                         (("Elaine Kamarck", "PER"), ("Institution", "ORG")))
    assert speaker.titles == ("senior fellow at the Institution", "superdelegate")
    assert speaker.affiliation == "Institution"


def test_an_as_role_stands_for_the_person_named_before_it() -> None:
    text = '"We lead," said Ann Reed. Her tenure as secretary of state was long.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 6, "nsubj"),
                        ("Reed", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Her", "PRON", 2, "nmod:poss", "her", "PRP$"), ("tenure", "NOUN", 8, "nsubj"),
                         ("as", "ADP", 4, "case"), ("secretary", "NOUN", 2, "nmod"), ("of", "ADP", 6, "case"),
                         ("state", "NOUN", 4, "nmod"), ("was", "AUX", 8, "cop", "be", "VBD"),
                         ("long", "ADJ", 0, "root"), (".", "PUNCT", 8, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"]
    assert ann.titles == ("secretary of state",)


def test_a_role_coordinated_with_the_title_before_the_name_is_a_title_too() -> None:
    speaker = name_last([("GOP", "ADJ", 9, "amod"), ("presidential", "ADJ", 9, "amod"),
                         ("contender", "NOUN", 14, "nsubj"), ("and", "CCONJ", 12, "cc"),
                         ("former", "ADJ", 12, "amod"), ("neurosurgeon", "NOUN", 9, "conj")], "Ben Carson",
                        (("Ben Carson", "PER"),))
    assert set(speaker.titles) == {"presidential contender", "former neurosurgeon"}
    assert speaker.affiliation == "GOP"


def test_a_party_inside_the_role_is_the_affiliation_and_stays_in_the_title() -> None:
    speaker = name_first("Rick Wilson", [("a", "DET", 14, "det"), ("Florida-based", "ADJ", 14, "amod"),
                                         ("Republican", "ADJ", 14, "amod"), ("strategist", "NOUN", 8, "appos")],
                         (("Rick Wilson", "PER"), ("Florida", "LOC")))
    assert speaker.titles == ("Florida-based Republican strategist",)
    assert speaker.affiliation == "Republican"


def test_independent_before_a_role_is_the_party() -> None:
    speaker = name_first("Ann Reed", [("the", "DET", 14, "det"), ("independent", "ADJ", 14, "amod"),
                                      ("Vermont", "PROPN", 14, "compound"), ("senator", "NOUN", 8, "appos")],
                         (("Ann Reed", "PER"), ("Vermont", "LOC")))
    assert speaker.titles == ("Vermont senator",)
    assert speaker.affiliation == "independent"


def test_the_organisation_a_role_serves_is_the_whole_name_after_the_preposition() -> None:
    speaker = name_first("Paul Lindsay", [("a", "DET", 12, "det"), ("spokesman", "NOUN", 8, "appos"),
                                          ("for", "ADP", 17, "case"), ("the", "DET", 17, "det"),
                                          ("Bush", "PROPN", 17, "compound"), ("super", "ADJ", 17, "amod"),
                                          ("PAC", "PROPN", 12, "nmod")],
                         (("Paul Lindsay", "PER"), ("PAC", "ORG")))
    assert speaker.titles == ("spokesman for the Bush super PAC",)
    assert speaker.affiliation == "Bush super PAC"


def test_a_title_before_coordinated_names_belongs_to_each() -> None:
    text = '"We will win," said Sens. Ann Reed and Bob Stone. "Yes," Stone said.'
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Sens.", "PROPN", 9, "compound"),
                        ("Ann", "PROPN", 7, "nsubj"), ("Reed", "PROPN", 9, "flat"), ("and", "CCONJ", 12, "cc"),
                        ("Bob", "PROPN", 9, "conj"), ("Stone", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [('"', "PUNCT", 6, "punct"), ("Yes", "INTJ", 6, "ccomp"), (",", "PUNCT", 2, "punct"),
                         ('"', "PUNCT", 6, "punct"), ("Stone", "PROPN", 6, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 6, "punct")]
    found = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Bob Stone", "PER"), ("Stone", "PER")))
    assert found["Ann Reed"].titles == ("Sens.",)
    assert found["Bob Stone"].titles == ("Sens.",)


def test_a_coordination_inside_the_prepositional_chain_is_part_of_the_role() -> None:
    speaker = name_first("Isaac Boltansky", [("an", "DET", 12, "det"), ("analyst", "NOUN", 8, "appos"),
                                             ("at", "ADP", 16, "case"), ("Compass", "PROPN", 16, "compound"),
                                             ("Point", "PROPN", 16, "compound"), ("Research", "PROPN", 12, "nmod"),
                                             ("&", "CCONJ", 18, "cc"), ("Trading", "PROPN", 16, "conj")],
                         (("Isaac Boltansky", "PER"), ("Compass Point Research", "MISC")))
    assert speaker.titles == ("analyst at Compass Point Research & Trading",)
    assert speaker.affiliation == "Compass Point Research & Trading"


def test_a_role_coordinated_inside_the_chain_by_the_parse_is_a_title_of_its_own() -> None:
    speaker = name_first("Elaine Kamarck", [("a", "DET", 13, "det"), ("senior", "ADJ", 13, "amod"),
                                            ("fellow", "NOUN", 8, "appos"), ("at", "ADP", 16, "case"),
                                            ("the", "DET", 16, "det"), ("Institution", "PROPN", 13, "nmod"),
                                            ("and", "CCONJ", 20, "cc"), ("a", "DET", 20, "det"),
                                            ("Democratic", "ADJ", 20, "amod"), ("superdelegate", "NOUN", 16, "conj")],
                         (("Elaine Kamarck", "PER"), ("Institution", "ORG")))
    assert speaker.titles == ("senior fellow at the Institution", "superdelegate")


def test_a_prepositional_phrase_after_the_role_that_the_parse_hung_on_the_name_belongs_to_the_role() -> None:
    speaker = name_first("Michael Demastus", [("pastor", "NOUN", 8, "appos"), ("of", "ADP", 15, "case"),
                                              ("the", "DET", 15, "det"), ("Fort", "PROPN", 15, "compound"),
                                              ("Church", "PROPN", 8, "nmod")],
                         (("Michael Demastus", "PER"),))
    assert speaker.titles == ("pastor of the Fort Church",)
    assert speaker.affiliation == "Fort Church"


def test_the_organisation_a_participle_says_the_person_works_for_is_the_affiliation() -> None:
    speaker = name_first("Geoff Garin", [("a", "DET", 12, "det"), ("pollster", "NOUN", 8, "appos"),
                                         ("working", "VERB", 12, "acl", "work", "VBG"), ("for", "ADP", 15, "case"),
                                         ("Priorities", "PROPN", 13, "obl"), ("USA", "PROPN", 15, "flat")],
                         (("Geoff Garin", "PER"), ("Priorities USA", "ORG")))
    assert speaker.titles == ("pollster",)
    assert speaker.affiliation == "Priorities USA"


def test_a_title_before_a_jurisdiction_and_an_honorific_ends_on_its_role_word() -> None:
    speaker = name_last([("Democratic", "ADJ", 9, "amod"), ("presidential", "ADJ", 9, "amod"),
                         ("hopeful", "NOUN", 13, "compound"), ("former", "ADJ", 12, "amod"),
                         ("Maryland", "PROPN", 12, "compound"), ("Gov.", "PROPN", 13, "compound")],
                        "Martin OMalley", (("Maryland", "LOC"), ("Martin OMalley", "PER")))
    assert speaker.titles == ("presidential hopeful", "former Maryland Gov.")
    assert speaker.affiliation == "Democratic"


def test_a_judgement_is_no_title() -> None:
    speaker = name_first("Ann Reed", [("a", "DET", 13, "det"), ("good", "ADJ", 13, "amod"),
                                      ("president", "NOUN", 8, "appos")], (("Ann Reed", "PER"),))
    assert speaker.titles == ()


def test_a_place_that_owns_the_role_is_no_affiliation_and_the_field_of_a_role_is_no_organisation() -> None:
    merkel = name_last([("Germany", "PROPN", 10, "nmod:poss"), ("'s", "PART", 7, "case"),
                        ("Chancellor", "PROPN", 10, "compound")], "Angela Merkel",
                       (("Germany's Chancellor Angela Merkel", "PER"),))
    assert merkel.titles == ("Chancellor",)
    assert merkel.affiliation is None
    earnest = name_last([("Press", "PROPN", 8, "compound"), ("Secretary", "PROPN", 9, "compound")], "Josh Earnest",
                        (("Josh Earnest", "PER"),))
    assert earnest.titles == ("Press Secretary",)
    assert earnest.affiliation is None


def test_a_second_noun_phrase_after_and_ends_the_role() -> None:
    text = QUOTE + "said Paul Begala, a former adviser to Mr. Clinton and a friend of the couple."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Paul", "PROPN", 7, "nsubj"),
                       ("Begala", "PROPN", 8, "flat"), (",", "PUNCT", 8, "punct"), ("a", "DET", 13, "det"),
                       ("former", "ADJ", 13, "amod"), ("adviser", "NOUN", 7, "obj"), ("to", "ADP", 16, "case"),
                       ("Mr.", "PROPN", 16, "compound"), ("Clinton", "PROPN", 13, "nmod"), ("and", "CCONJ", 19, "cc"),
                       ("a", "DET", 19, "det"), ("friend", "NOUN", 16, "conj"), ("of", "ADP", 22, "case"),
                       ("the", "DET", 22, "det"), ("couple", "NOUN", 19, "nmod"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Paul Begala", "PER"), ("Clinton", "PER")))["Paul Begala"]
    assert speaker.titles == ("former adviser to Mr. Clinton",)


def test_a_description_with_a_hyphenated_role_and_a_predicate_anywhere_about_the_name() -> None:
    text = '"We lead," said Ann Reed. Reed is the front-runner.'
    first: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                        (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                        ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 6, "nsubj"),
                        ("Reed", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct")]
    second: list[Row] = [("Reed", "PROPN", 6, "nsubj"), ("is", "AUX", 6, "cop", "be", "VBZ"), ("the", "DET", 6, "det"),
                         ("front", "NOUN", 6, "compound"), ("-", "PUNCT", 4, "punct"), ("runner", "NOUN", 0, "root"),
                         (".", "PUNCT", 6, "punct")]
    ann = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"]
    assert ann.titles == ("front-runner",)


def test_an_apposition_after_coordinated_names_belongs_to_each() -> None:
    text = '"We will win," said Ann Reed and Bob Stone, two PBS journalists. "Yes," Stone said.'
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                        ("Reed", "PROPN", 8, "flat"), ("and", "CCONJ", 11, "cc"), ("Bob", "PROPN", 8, "conj"),
                        ("Stone", "PROPN", 11, "flat"), (",", "PUNCT", 16, "punct"), ("two", "NUM", 16, "nummod"),
                        ("PBS", "PROPN", 16, "compound"), ("journalists", "NOUN", 8, "appos"),
                        (".", "PUNCT", 7, "punct")]
    second: list[Row] = [('"', "PUNCT", 6, "punct"), ("Yes", "INTJ", 6, "ccomp"), (",", "PUNCT", 2, "punct"),
                         ('"', "PUNCT", 6, "punct"), ("Stone", "PROPN", 6, "nsubj"),
                         ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 6, "punct")]
    found = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Bob Stone", "PER"), ("PBS", "ORG"),
                                                    ("Stone", "PER")))
    assert (found["Ann Reed"].titles, found["Ann Reed"].affiliation) == (("journalists",), "PBS")
    assert (found["Bob Stone"].titles, found["Bob Stone"].affiliation) == (("journalists",), "PBS")


def role_opening(role: str, name: str) -> dict[str, Speaker]:
    """'"We will win," said <Role> <given> <surname>.' as the taggers read it: the role a proper noun heading the
    name, and the whole run one person entity."""
    given, surname = name.split()
    text = QUOTE + f"said {role} {name}."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), (role, "PROPN", 7, "nsubj"),
                       (given, "PROPN", 8, "flat"), (surname, "PROPN", 8, "flat"), (".", "PUNCT", 7, "punct")]
    return speakers(text, rows, entities=((f"{role} {name}", "PER"),))


def test_a_capitalised_role_the_taggers_read_into_the_name_is_a_title() -> None:
    assert role_opening("Biologist", "Nick Bos")["Nick Bos"].titles == ("Biologist",)
    assert role_opening("Judge", "Jeanine Pirro")["Jeanine Pirro"].titles == ("Judge",)


def test_a_given_name_shaped_like_a_role_stays_in_the_name() -> None:
    assert "Hunter Ray Biden" in role_opening("Hunter", "Ray Biden")


def role_before_person(role: str, name: str, tagged: str | None = None) -> dict[str, Speaker]:
    """'<Role> <given> <surname> said, "We will win."': the role a proper noun heading the name, which the tagger's
    person name (`tagged`) leaves out unless told otherwise."""
    given, surname = name.split()
    text = f'{role} {name} said, "We will win."'
    rows: list[Row] = [(role, "PROPN", 4, "nsubj"), (given, "PROPN", 1, "flat"), (surname, "PROPN", 2, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (",", "PUNCT", 9, "punct"),
                       ('"', "PUNCT", 9, "punct"), ("We", "PRON", 9, "nsubj"), ("will", "AUX", 9, "aux"),
                       ("win", "VERB", 4, "ccomp"), (".", "PUNCT", 9, "punct"), ('"', "PUNCT", 9, "punct")]
    return speakers(text, rows, entities=((tagged or name, "PER"),))


def test_a_role_by_its_ending_that_the_tagger_leaves_out_of_the_name_is_a_title() -> None:
    assert role_before_person("Mathematician", "Hermann Weyl")["Hermann Weyl"].titles == ("Mathematician",)
    assert role_before_person("Photographer", "Ana Reyes")["Ana Reyes"].titles == ("Photographer",)


def test_a_given_name_shaped_like_a_role_that_the_tagger_takes_in_stays_in_the_name() -> None:
    assert "Hunter Ray Biden" in role_before_person("Hunter", "Ray Biden", tagged="Hunter Ray Biden")


def test_a_plural_role_before_a_name_is_no_title_of_it() -> None:
    assert [s.titles for s in role_opening("Lawmakers", "Donald Trump").values()] == [()]


def test_a_name_the_parse_hung_on_the_object_of_a_role_is_the_name() -> None:
    # '"We will win," said master of ceremonies Asab Al-Tabchi.' with the name flat on "ceremonies", as parsed
    # and the apposition after it on "ceremonies" too
    text = QUOTE + "said master of ceremonies Asab Al-Tabchi, a Syrian engineer who immigrated."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("master", "NOUN", 7, "nsubj"),
                       ("of", "ADP", 10, "case"), ("ceremonies", "NOUN", 8, "nmod"), ("Asab", "PROPN", 10, "flat"),
                       ("Al", "PROPN", 11, "flat"), ("-", "PUNCT", 14, "punct"), ("Tabchi", "PROPN", 12, "flat"),
                       (",", "PUNCT", 18, "punct"), ("a", "DET", 18, "det"), ("Syrian", "ADJ", 18, "amod"),
                       ("engineer", "NOUN", 10, "appos"), ("who", "PRON", 20, "nsubj"),
                       ("immigrated", "VERB", 18, "acl:relcl"), (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=())
    assert list(found) == ["Asab Al-Tabchi"]
    assert found["Asab Al-Tabchi"].titles == ("master of ceremonies", "Syrian engineer")


def test_a_headline_verb_read_into_a_name_is_left_out_where_the_article_gives_the_name() -> None:
    text = "Critics Slam Ann Lee Over Budget.\n\nVoters like Ann Lee. " + QUOTE + "said Lee."
    headline: list[Row] = [("Critics", "NOUN", 2, "nsubj"), ("Slam", "PROPN", 0, "root"), ("Ann", "PROPN", 2, "flat"),
                           ("Lee", "PROPN", 3, "flat"), ("Over", "ADP", 6, "case"), ("Budget", "PROPN", 2, "obl"),
                           (".", "PUNCT", 2, "punct")]
    body: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("like", "VERB", 0, "root"), ("Ann", "PROPN", 2, "obj"),
                       ("Lee", "PROPN", 3, "flat"), (".", "PUNCT", 2, "punct")]
    quote: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Lee", "PROPN", 7, "nsubj"),
                        (".", "PUNCT", 7, "punct")]
    found = speakers(text, headline, body, quote, entities=(("Slam Ann Lee", "PER"), ("Ann Lee", "PER")))
    assert list(found) == ["Ann Lee"]


def test_a_common_noun_possessor_before_the_role_is_no_part_of_it() -> None:
    speaker = name_first("Joe Dunn", [("the", "DET", 15, "det"), ("senator", "NOUN", 15, "nmod:poss"),
                                      ("'s", "PART", 12, "case"), ("campaign", "NOUN", 15, "compound"),
                                      ("manager", "NOUN", 8, "appos")], (("Joe Dunn", "PER"),))
    assert speaker.titles == ("campaign manager",)
    assert speaker.affiliation is None


def test_a_rank_word_after_the_organisation_belongs_to_the_role() -> None:
    speaker = name_last([("Senate", "PROPN", 9, "compound"), ("Majority", "PROPN", 9, "compound"),
                         ("Leader", "PROPN", 10, "compound")], "Carl Mott", (("Senate", "ORG"), ("Carl Mott", "PER")))
    assert speaker.titles == ("Majority Leader",)
    assert speaker.affiliation == "Senate"


def test_an_organisation_after_a_rank_word_stays_in_the_role() -> None:
    # as tagged: every word a proper noun, "DNC" no entity
    speaker = name_last([("Interim", "PROPN", 9, "compound"), ("DNC", "PROPN", 9, "compound"),
                         ("Chairwoman", "PROPN", 10, "compound")], "Donna Bray", (("Donna Bray", "PER"),))
    assert speaker.titles == ("Interim DNC Chairwoman",)
    assert speaker.affiliation == "DNC"


def test_chief_before_another_title_word_is_one_title_with_it() -> None:
    speaker = name_last([("Chief", "PROPN", 8, "compound"), ("Justice", "PROPN", 9, "compound")], "Paul Kerr",
                        (("Paul Kerr", "PER"),))
    assert speaker.titles == ("Chief Justice",)


def test_an_adjective_and_an_organisation_noun_before_the_role_are_the_affiliation() -> None:
    speaker = name_last([("White", "ADJ", 8, "amod", "white", "JJ"), ("House", "PROPN", 9, "compound"),
                         ("spokesman", "NOUN", 10, "compound")], "Tom Berry", (("Tom Berry", "PER"),))
    assert speaker.titles == ("spokesman",)
    assert speaker.affiliation == "White House"


def test_a_nationality_before_an_organisation_stays_in_the_role() -> None:
    speaker = name_last([("Iranian", "ADJ", 9, "amod", "iranian", "JJ"), ("Foreign", "ADJ", 9, "amod", "foreign", "JJ"),
                         ("Ministry", "PROPN", 10, "compound"), ("spokesman", "NOUN", 11, "compound")], "Ali Vaez",
                        (("Ali Vaez", "PER"),))
    assert speaker.titles == ("Iranian Foreign Ministry spokesman",)


def test_a_town_the_tagger_missed_still_ends_the_role() -> None:
    speaker = name_first("Kim Ross", [("a", "DET", 13, "det"), ("financial", "ADJ", 13, "amod"),
                                      ("adviser", "NOUN", 8, "appos"), ("in", "ADP", 15, "case"),
                                      ("Eau", "PROPN", 13, "nmod"), ("Claire", "PROPN", 15, "flat"),
                                      (",", "PUNCT", 18, "punct"), ("Wis.", "PROPN", 15, "appos")],
                         (("Kim Ross", "PER"),))
    assert speaker.titles == ("financial adviser",)


def test_an_associate_is_a_role() -> None:
    speaker = name_first("Meg Hall", [("a", "DET", 13, "det"), ("senior", "ADJ", 13, "amod"),
                                      ("associate", "NOUN", 8, "appos"), ("at", "ADP", 17, "case"),
                                      ("the", "DET", 17, "det"), ("Annenberg", "PROPN", 17, "compound"),
                                      ("Institute", "PROPN", 13, "nmod")],
                         (("Meg Hall", "PER"), ("Annenberg Institute", "ORG")))
    assert speaker.titles == ("senior associate at the Annenberg Institute",)
    assert speaker.affiliation == "Annenberg Institute"


def test_an_apposition_after_a_party_label_on_a_title_headed_name() -> None:
    # as parsed: the name flat on "Rep.", the label and the apposition both on "Rep."
    text = QUOTE + "said Rep. Ray Cobb (D-N.C.), head of the Black Caucus."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Rep.", "PROPN", 7, "nsubj"),
                       ("Ray", "PROPN", 8, "flat"), ("Cobb", "PROPN", 8, "flat"), ("(", "PUNCT", 12, "punct"),
                       ("D", "PROPN", 8, "appos"), ("-", "PUNCT", 12, "punct"), ("N.C.", "PROPN", 12, "flat"),
                       (")", "PUNCT", 12, "punct"), (",", "PUNCT", 17, "punct"), ("head", "NOUN", 8, "appos"),
                       ("of", "ADP", 21, "case"), ("the", "DET", 21, "det"),
                       ("Black", "ADJ", 21, "amod", "black", "NNP"), ("Caucus", "PROPN", 17, "nmod"),
                       (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Ray Cobb", "PER"),))["Ray Cobb"]
    assert speaker.titles == ("Rep.", "head of the Black Caucus")
    assert speaker.affiliation == "Black Caucus"


def test_a_relative_clause_the_parse_hung_elsewhere_still_gives_a_role() -> None:
    # as parsed: "who is the city's fire chief" a clause of "said", not of the name
    text = QUOTE + "said Pat Green, who is the city's fire chief."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Pat", "PROPN", 7, "nsubj"),
                       ("Green", "PROPN", 8, "flat"), (",", "PUNCT", 17, "punct"), ("who", "PRON", 17, "nsubj"),
                       ("is", "AUX", 17, "cop", "be", "VBZ"), ("the", "DET", 14, "det"),
                       ("city", "NOUN", 17, "nmod:poss"), ("'s", "PART", 14, "case"), ("fire", "NOUN", 17, "compound"),
                       ("chief", "NOUN", 7, "ccomp"),
                       (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Pat Green", "PER"),))["Pat Green"]
    assert speaker.titles == ("fire chief",)


def test_a_participle_tagged_a_verb_opens_a_role() -> None:
    speaker = name_first("Mel Ozan", [("a", "DET", 13, "det"), ("practicing", "VERB", 13, "amod", "practice", "VBG"),
                                      ("surgeon", "NOUN", 8, "appos")], (("Mel Ozan", "PER"),))
    assert speaker.titles == ("practicing surgeon",)


def test_a_place_and_a_party_before_the_role_stay_in_it_and_the_party_is_the_affiliation() -> None:
    speaker = name_last([("Tallahassee", "PROPN", 9, "compound"), ("GOP", "PROPN", 9, "compound"),
                         ("operative", "NOUN", 10, "compound")], "Rich Heffley",
                        (("Tallahassee GOP", "ORG"), ("Rich Heffley", "PER")))
    assert speaker.titles == ("Tallahassee GOP operative",)
    assert speaker.affiliation == "GOP"


def test_a_party_in_an_apposition_is_the_affiliation() -> None:
    speaker = name_first("Carl Guerra", [("a", "DET", 12, "det"), ("Republican", "PROPN", 8, "appos"),
                                         ("who", "PRON", 14, "nsubj"), ("voted", "VERB", 12, "acl:relcl")],
                         (("Carl Guerra", "PER"),))
    assert speaker.titles == ()
    assert speaker.affiliation == "Republican"


def test_a_party_post_in_a_past_apposition_gives_no_party() -> None:
    speaker = name_first("Mark Clay", [("a", "DET", 15, "det"), ("former", "ADJ", 15, "amod"),
                                       ("state", "NOUN", 15, "compound"), ("GOP", "PROPN", 15, "compound"),
                                       ("chair", "NOUN", 8, "appos")], (("Mark Clay", "PER"),))
    assert speaker.titles == ("former state GOP chair",)
    assert speaker.affiliation is None


def test_a_class_the_name_is_counted_in_is_a_title() -> None:
    text = QUOTE + "said Goldberg. Many tax experts, including Mr. Goldberg, agree."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Goldberg", "PROPN", 7, "nsubj"),
                        (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("Many", "ADJ", 3, "amod"), ("tax", "NOUN", 3, "compound"), ("experts", "NOUN", 9, "nsubj"),
                         (",", "PUNCT", 7, "punct"), ("including", "VERB", 7, "case"),
                         ("Mr.", "PROPN", 7, "nmod:desc"), ("Goldberg", "PROPN", 3, "nmod"), (",", "PUNCT", 7, "punct"),
                         ("agree", "VERB", 0, "root"), (".", "PUNCT", 9, "punct")]
    found = speakers(text, first, second, entities=(("Goldberg", "PER"), ("Goldberg", "PER")))
    assert found["Goldberg"].titles == ("tax experts",)


def test_a_class_the_parse_hung_on_the_verb_beside_the_name_is_a_title() -> None:
    text = QUOTE + "said Bamberg. The campaign relies on state legislators such as Bamberg."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Bamberg", "PROPN", 7, "nsubj"),
                        (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("The", "DET", 2, "det"), ("campaign", "NOUN", 3, "nsubj"), ("relies", "VERB", 0, "root"),
                         ("on", "ADP", 6, "case"), ("state", "NOUN", 6, "compound"),
                         ("legislators", "NOUN", 3, "obl", "legislator", "NNS"), ("such", "ADJ", 9, "case"),
                         ("as", "ADP", 7, "fixed"), ("Bamberg", "PROPN", 3, "obl"), (".", "PUNCT", 3, "punct")]
    found = speakers(text, first, second, entities=(("Bamberg", "PER"), ("Bamberg", "PER")))
    assert found["Bamberg"].titles == ("state legislators",)


def test_a_party_the_name_is_counted_in_is_the_affiliation() -> None:
    text = QUOTE + "said Lamar Alden. Some Republicans, including Sen. Lamar Alden, agree."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Lamar", "PROPN", 7, "nsubj"),
                        ("Alden", "PROPN", 8, "flat"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("Some", "DET", 2, "det"), ("Republicans", "PROPN", 9, "nsubj"), (",", "PUNCT", 6, "punct"),
                         ("including", "VERB", 6, "case"), ("Sen.", "PROPN", 6, "compound"),
                         ("Lamar", "PROPN", 2, "nmod"), ("Alden", "PROPN", 6, "flat"), (",", "PUNCT", 6, "punct"),
                         ("agree", "VERB", 0, "root"), (".", "PUNCT", 9, "punct")]
    found = speakers(text, first, second, entities=(("Lamar Alden", "PER"), ("Lamar Alden", "PER")))
    assert found["Lamar Alden"].affiliation == "Republicans"


def test_a_town_the_tagger_took_for_a_person_still_ends_the_role() -> None:
    speaker = name_first("Kim Ross", [("a", "DET", 13, "det"), ("financial", "ADJ", 13, "amod"),
                                      ("adviser", "NOUN", 8, "appos"), ("in", "ADP", 15, "case"),
                                      ("Eau", "PROPN", 13, "nmod"), ("Claire", "PROPN", 15, "flat"),
                                      (",", "PUNCT", 18, "punct"), ("Wis.", "PROPN", 15, "appos")],
                         (("Kim Ross", "PER"), ("Eau Claire", "PER")))
    assert speaker.titles == ("financial adviser",)


def test_a_double_hyphen_standing_for_a_dash_ends_the_role() -> None:
    speaker = name_first("John Dix", [("the", "DET", 13, "det"), ("chief", "ADJ", 13, "amod"),
                                      ("executive", "NOUN", 8, "appos"), ("of", "ADP", 16, "case"),
                                      ("Ora", "PROPN", 16, "compound"), ("Media", "PROPN", 13, "nmod"),
                                      ("--", "PUNCT", 20, "punct"), ("the", "DET", 20, "det"),
                                      ("production", "NOUN", 20, "compound"), ("company", "NOUN", 16, "appos")],
                         (("John Dix", "PER"), ("Ora Media", "ORG")))
    assert speaker.titles == ("chief executive of Ora Media",)


def test_coordinated_roles_in_an_apposition_the_parse_made_conjuncts_of_the_name_are_two_titles() -> None:
    # as parsed: both roles conjuncts of the name, the article on the second
    speaker = name_first("Doug Holt", [("an", "DET", 15, "det"), ("economist", "NOUN", 8, "conj"),
                                       ("and", "CCONJ", 15, "cc"), ("tax", "NOUN", 15, "compound"),
                                       ("expert", "NOUN", 8, "conj")], (("Doug Holt", "PER"),))
    assert speaker.titles == ("economist", "tax expert")


def test_a_persons_possessive_before_a_role_before_the_name_is_the_affiliation() -> None:
    # as parsed: "Hillary Clinton's campaign manager Robby Mook said", the name in apposition to the role
    text = QUOTE + "Hillary Clinton's campaign manager Robby Mook said."
    rows: list[Row] = [*quote_rows(14), ("Hillary", "PROPN", 11, "nmod:poss"), ("Clinton", "PROPN", 7, "flat"),
                       ("'s", "PART", 8, "case"), ("campaign", "NOUN", 11, "compound"),
                       ("manager", "NOUN", 14, "nsubj"), ("Robby", "PROPN", 11, "appos"), ("Mook", "PROPN", 12, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 14, "punct")]
    speaker = speakers(text, rows, entities=(("Hillary Clinton's", "PER"), ("Robby Mook", "PER")))["Robby Mook"]
    assert speaker.titles == ("campaign manager",)
    assert speaker.affiliation == "Hillary Clinton"


def test_a_name_the_parse_made_a_conjunct_of_coordinated_roles_is_the_name() -> None:
    # as parsed: '"We will win," said the actress and activist Kamala Lopez.' with the name a conjunct of "actress"
    text = QUOTE + "said the actress and activist Kamala Lopez."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 9, "det"),
                       ("actress", "NOUN", 7, "nsubj"), ("and", "CCONJ", 11, "cc"), ("activist", "NOUN", 9, "conj"),
                       ("Kamala", "PROPN", 9, "conj"), ("Lopez", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=(("Kamala Lopez", "PER"),))
    assert list(found) == ["Kamala Lopez"]
    assert found["Kamala Lopez"].titles == ("actress", "activist")


def test_a_party_apposition_on_a_title_headed_name_is_the_affiliation() -> None:
    # as parsed: the name flat on "Senator", "Democrat of California" in apposition to "Senator"
    text = QUOTE + "said Senator Dina Fenn, Democrat of California."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Senator", "PROPN", 7, "nsubj"),
                       ("Dina", "PROPN", 8, "flat"), ("Fenn", "PROPN", 8, "flat"), (",", "PUNCT", 12, "punct"),
                       ("Democrat", "PROPN", 8, "appos"), ("of", "ADP", 14, "case"),
                       ("California", "PROPN", 12, "nmod"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Dina Fenn", "PER"), ("California", "LOC")))["Dina Fenn"]
    assert speaker.titles == ("Senator",)
    assert speaker.affiliation == "Democrat"


def test_a_name_after_a_titles_of_phrase_the_parse_made_its_object() -> None:
    # as parsed: '"We will win," said Speaker of the House Newt Gingrich.' with the name the object of "of"
    text = QUOTE + "said Speaker of the House Newt Gingrich."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Speaker", "PROPN", 7, "nsubj"),
                       ("of", "ADP", 13, "case"), ("the", "DET", 13, "det"), ("House", "PROPN", 13, "compound"),
                       ("Newt", "PROPN", 13, "compound"), ("Gingrich", "PROPN", 8, "nmod"), (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=())
    assert list(found) == ["Newt Gingrich"]
    assert found["Newt Gingrich"].titles == ("Speaker of the House",)


def test_a_persons_campaign_in_a_predicate_role_is_the_affiliation() -> None:
    text = QUOTE + "said Mr. Podesta. Mr. Podesta is the chairman of Mrs. Clinton's presidential campaign."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Mr.", "PROPN", 9, "nmod:desc"),
                        ("Podesta", "PROPN", 7, "nsubj"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("Mr.", "PROPN", 2, "nmod:desc"), ("Podesta", "PROPN", 5, "nsubj"),
                         ("is", "AUX", 5, "cop", "be", "VBZ"), ("the", "DET", 5, "det"),
                         ("chairman", "NOUN", 0, "root"), ("of", "ADP", 11, "case"),
                         ("Mrs.", "PROPN", 11, "nmod:poss"), ("Clinton", "PROPN", 7, "flat"), ("'s", "PART", 8, "case"),
                         ("presidential", "ADJ", 11, "amod"), ("campaign", "NOUN", 5, "nmod"),
                         (".", "PUNCT", 5, "punct")]
    found = speakers(text, first, second, entities=(("Podesta", "PER"), ("Podesta", "PER"), ("Mrs. Clinton", "PER")))
    assert found["Podesta"].titles == ("chairman of Mrs. Clinton's presidential campaign",)
    assert found["Podesta"].affiliation == "Mrs. Clinton's presidential campaign"


def test_an_organisation_the_parse_cut_in_two_after_a_verb_of_employment_is_whole() -> None:
    # as parsed: "Priorities" and "USA" two obliques of "working"
    speaker = name_first("Jason Smith", [("a", "DET", 13, "det"), ("Democratic", "ADJ", 13, "amod"),
                                         ("pollster", "NOUN", 8, "appos"),
                                         ("working", "VERB", 13, "acl", "work", "VBG"), ("for", "ADP", 16, "case"),
                                         ("Priorities", "PROPN", 14, "obl"),
                                         ("USA", "PROPN", 14, "obl")], (("Jason Smith", "PER"),))
    assert speaker.titles == ("pollster",)
    assert speaker.affiliation == "Priorities USA"


def test_the_field_of_a_role_after_an_organisation_stays_in_the_role() -> None:
    speaker = name_last([("White", "ADJ", 8, "amod", "white", "JJ"), ("House", "PROPN", 10, "compound"),
                         ("press", "NOUN", 10, "compound"), ("secretary", "NOUN", 11, "compound")], "Josh Earle",
                        (("Josh Earle", "PER"),))
    assert speaker.titles == ("press secretary",)
    assert speaker.affiliation == "White House"


def test_a_noun_of_a_thing_with_an_agents_ending_is_no_role() -> None:
    speaker = name_first("Tom Clay", [("a", "DET", 12, "det"), ("character", "NOUN", 8, "appos"),
                                      ("in", "ADP", 15, "case"), ("the", "DET", 15, "det"),
                                      ("film", "NOUN", 12, "nmod")], (("Tom Clay", "PER"),))
    assert speaker.titles == ()


def test_a_field_that_opens_with_a_judging_word_is_a_role() -> None:
    speaker = name_first("Tim Hess", [("a", "DET", 14, "det"), ("real", "ADJ", 14, "amod"),
                                      ("estate", "NOUN", 14, "compound"), ("developer", "NOUN", 8, "appos")],
                         entities=(("Tim Hess", "PER"),))
    assert speaker.titles == ("real estate developer",)


def test_a_judging_word_before_a_role_makes_no_title() -> None:
    speaker = name_first("Tim Hess", [("a", "DET", 13, "det"), ("real", "ADJ", 13, "amod"),
                                      ("leader", "NOUN", 8, "appos")], entities=(("Tim Hess", "PER"),))
    assert speaker.titles == ()


def test_the_role_after_an_age_is_a_title_where_the_parse_left_it_no_apposition() -> None:
    # the parse hangs "33" on the name and makes the role a second subject of "said"
    speaker = name_first("Luay Sami", [("33", "NUM", 8, "nmod:unmarked"), (",", "PUNCT", 11, "punct"),
                                       ("the", "DET", 14, "det"), ("community", "NOUN", 15, "compound"),
                                       ("center", "NOUN", 18, "nmod:poss"), ("'s", "PART", 15, "case"),
                                       ("program", "NOUN", 18, "compound"), ("coordinator", "NOUN", 7, "nsubj"),
                                       (",", "PUNCT", 18, "punct")], (("Luay Sami", "PER"),))
    assert speaker.titles == ("program coordinator",)


def test_a_role_outside_the_lexicon_is_a_title_by_its_form_where_the_parse_left_it_no_apposition() -> None:
    speaker = name_first("Luay Sami", [("the", "DET", 13, "det"), ("program", "NOUN", 13, "compound"),
                                       ("coordinator", "NOUN", 7, "nsubj"), (",", "PUNCT", 13, "punct")],
                         (("Luay Sami", "PER"),))
    assert speaker.titles == ("program coordinator",)


def test_a_customer_or_a_hater_is_no_title() -> None:
    for noun in ("customer", "hater"):
        speaker = name_first("Ann Lee", [("a", "DET", 13, "det"), ("longtime", "ADJ", 13, "amod"),
                                         (noun, "NOUN", 8, "appos")], (("Ann Lee", "PER"),))
        assert speaker.titles == (), noun


def test_a_possessor_parsed_as_a_noun_with_the_name_in_apposition_is_the_affiliation() -> None:
    # "Reuters’ Luciana Lopez said": the parse makes "Reuters" the subject and the name its apposition
    text = QUOTE + "Reuters’ Luciana Lopez said."
    rows: list[Row] = [*quote_rows(11), ("Reuters", "NOUN", 11, "nsubj"), ("’", "PUNCT", 7, "punct"),
                       ("Luciana", "PROPN", 7, "appos"), ("Lopez", "PROPN", 9, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 11, "punct")]
    lopez = speakers(text, rows, entities=(("Luciana Lopez", "PER"),))["Luciana Lopez"]
    assert lopez.titles == ()
    assert lopez.affiliation == "Reuters"


def test_a_capitalised_title_with_the_name_in_apposition_is_no_name() -> None:
    text = QUOTE + "Malaysia's Prime Minister, Najib Razak said."
    rows: list[Row] = [*quote_rows(14), ("Malaysia", "PROPN", 10, "nmod:poss"), ("'s", "PART", 7, "case"),
                       ("Prime", "ADJ", 10, "amod"), ("Minister", "PROPN", 14, "nsubj"), (",", "PUNCT", 12, "punct"),
                       ("Najib", "PROPN", 10, "appos"), ("Razak", "PROPN", 12, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 14, "punct")]
    found = speakers(text, rows, entities=(("Malaysia", "GPE"), ("Najib Razak", "PER")))
    assert list(found) == ["Najib Razak"]
    assert found["Najib Razak"].titles == ("Prime Minister",)
    assert found["Najib Razak"].affiliation is None  # a country is no organisation


def test_a_title_with_its_prepositional_phrase_before_the_name_is_whole_and_its_place_no_affiliation() -> None:
    text = QUOTE + "Afghan Ambassador to the United States Hamdullah Mohib said."
    rows: list[Row] = [*quote_rows(15), ("Afghan", "ADJ", 8, "amod"), ("Ambassador", "PROPN", 15, "nsubj"),
                       ("to", "ADP", 12, "case"), ("the", "DET", 12, "det"), ("United", "VERB", 12, "amod"),
                       ("States", "PROPN", 8, "nmod"), ("Hamdullah", "PROPN", 8, "nmod"),
                       ("Mohib", "PROPN", 13, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 15, "punct")]
    found = speakers(text, rows, entities=(("United States", "GPE"), ("Hamdullah Mohib", "PER")))
    assert list(found) == ["Hamdullah Mohib"]
    assert found["Hamdullah Mohib"].titles == ("Afghan Ambassador to the United States",)
    assert found["Hamdullah Mohib"].affiliation is None


def test_a_description_before_former_is_no_part_of_the_role() -> None:
    speaker = name_last([("the", "DET", 12, "det"), ("segregationist", "NOUN", 12, "compound"),
                         ("former", "ADJ", 11, "amod"), ("Alabama", "PROPN", 11, "compound"),
                         ("governor", "NOUN", 12, "compound")], "George Wallace",
                        (("Alabama", "GPE"), ("George Wallace", "PER")))
    assert speaker.titles == ("former Alabama governor",)


def test_a_surname_that_is_a_title_word_stays_in_the_name() -> None:
    speaker = name_last([], "Gloria Major", (("Gloria Major", "PER"),))
    assert speaker.name == "Gloria Major"
    assert speaker.titles == ()


def said_by(surname: str, verb: str) -> list[Row]:
    """'"It <verb>," <surname> said.' as one sentence."""
    return [('"', "PUNCT", 7, "punct"), ("It", "PRON", 3, "nsubj"), (verb, "VERB", 7, "ccomp"),
            (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 7, "punct"), (surname, "PROPN", 7, "nsubj"),
            ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct")]


PAIR = (("Ann Moss", "PER"), ("Ben Kay", "PER"), ("Kay", "PER"), ("Moss", "PER"))
BOTH_SAY = ' "It works," Kay said. "It helps," Moss said.'


def both_speak(sentence: str, rows: list[Row]) -> dict[str, Speaker]:
    found = speakers(sentence + BOTH_SAY, rows, said_by("Kay", "works"), said_by("Moss", "helps"), entities=PAIR)
    assert {"Ann Moss", "Ben Kay"} <= set(found), list(found)
    return found


def test_coordinated_names_that_are_the_predicate_of_a_plural_role_share_it() -> None:
    found = both_speak("The first two volunteers inside the door are Ann Moss and Ben Kay.", [
        ("The", "DET", 4, "det"), ("first", "ADJ", 4, "amod"), ("two", "NUM", 4, "nummod"),
        ("volunteers", "NOUN", 9, "nsubj", "volunteer", "NNS"), ("inside", "ADP", 7, "case"),
        ("the", "DET", 7, "det"), ("door", "NOUN", 4, "nmod"), ("are", "AUX", 9, "cop", "be", "VBP"),
        ("Ann", "PROPN", 0, "root"), ("Moss", "PROPN", 9, "flat"), ("and", "CCONJ", 12, "cc"),
        ("Ben", "PROPN", 9, "conj"), ("Kay", "PROPN", 12, "flat"), (".", "PUNCT", 9, "punct")])
    assert found["Ann Moss"].titles == ("volunteers",)
    assert found["Ben Kay"].titles == ("volunteers",)


def test_a_name_after_a_preposition_or_a_denial_is_not_the_predicate() -> None:
    found = both_speak("Many lawyers are not through with Ann Moss and Ben Kay.", [
        ("Many", "ADJ", 2, "amod"), ("lawyers", "NOUN", 7, "nsubj", "lawyer", "NNS"),
        ("are", "AUX", 7, "cop", "be", "VBP"), ("not", "PART", 7, "advmod"), ("through", "ADP", 7, "case"),
        ("with", "ADP", 7, "case"), ("Ann", "PROPN", 0, "root"), ("Moss", "PROPN", 7, "flat"),
        ("and", "CCONJ", 10, "cc"), ("Ben", "PROPN", 7, "conj"), ("Kay", "PROPN", 10, "flat"),
        (".", "PUNCT", 7, "punct")])
    assert found["Ann Moss"].titles == ()
    assert found["Ben Kay"].titles == ()


def test_a_plural_role_the_coordinated_names_stand_in_apposition_to_is_each_ones() -> None:
    found = both_speak("Her lawyers, Ann Moss and Ben Kay, met the mayor.", [
        ("Her", "PRON", 2, "nmod:poss", "her", "PRP$"), ("lawyers", "NOUN", 10, "nsubj", "lawyer", "NNS"),
        (",", "PUNCT", 4, "punct"), ("Ann", "PROPN", 2, "appos"), ("Moss", "PROPN", 4, "flat"),
        ("and", "CCONJ", 7, "cc"), ("Ben", "PROPN", 4, "conj"), ("Kay", "PROPN", 7, "flat"),
        (",", "PUNCT", 4, "punct"), ("met", "VERB", 0, "root", "meet", "VBD"), ("the", "DET", 12, "det"),
        ("mayor", "NOUN", 10, "obj"), (".", "PUNCT", 10, "punct")])
    # and the mayor they met is neither of them
    assert found["Ann Moss"].titles == ("lawyers",)
    assert found["Ben Kay"].titles == ("lawyers",)


def test_a_plural_role_after_the_last_of_coordinated_names_is_each_ones() -> None:
    found = both_speak("Ann Moss and Ben Kay, both lawyers at the firm, met the mayor.", [
        ("Ann", "PROPN", 13, "nsubj"), ("Moss", "PROPN", 1, "flat"), ("and", "CCONJ", 4, "cc"),
        ("Ben", "PROPN", 1, "conj"), ("Kay", "PROPN", 4, "flat"), (",", "PUNCT", 8, "punct"),
        ("both", "CCONJ", 8, "cc"), ("lawyers", "NOUN", 1, "conj", "lawyer", "NNS"), ("at", "ADP", 11, "case"),
        ("the", "DET", 11, "det"), ("firm", "NOUN", 8, "nmod"), (",", "PUNCT", 1, "punct"),
        ("met", "VERB", 0, "root", "meet", "VBD"), ("the", "DET", 15, "det"), ("mayor", "NOUN", 13, "obj"),
        (".", "PUNCT", 13, "punct")])
    assert found["Ann Moss"].titles == ("lawyers at the firm",)
    assert found["Ben Kay"].titles == ("lawyers at the firm",)


def test_who_endorses_a_person_is_no_part_of_the_role() -> None:
    text = "One Sanders-endorsed candidate is Tim Canova." + ' "It works," Canova said.'
    rows: list[Row] = [("One", "NUM", 5, "nummod"), ("Sanders", "PROPN", 4, "compound"), ("-", "PUNCT", 2, "punct"),
                       ("endorsed", "VERB", 5, "amod"), ("candidate", "NOUN", 7, "nsubj"),
                       ("is", "AUX", 7, "cop", "be", "VBZ"), ("Tim", "PROPN", 0, "root"),
                       ("Canova", "PROPN", 7, "flat"), (".", "PUNCT", 7, "punct")]
    canova = speakers(text, rows, said_by("Canova", "works"),
                      entities=(("Sanders", "PER"), ("Tim Canova", "PER"), ("Canova", "PER")))["Tim Canova"]
    assert canova.titles == ("candidate",)
    assert canova.affiliation is None


def test_a_list_of_roles_after_the_name_gives_each_role_where_the_parse_left_them_no_apposition() -> None:
    speaker = name_first("Hillary Clinton", [
        ("a", "DET", 14, "det"), ("former", "ADJ", 14, "amod"), ("first", "ADJ", 14, "amod"),
        ("lady", "NOUN", 7, "dep"), (",", "PUNCT", 16, "punct"), ("secretary", "NOUN", 14, "conj"),
        ("of", "ADP", 18, "case"), ("State", "PROPN", 16, "nmod"), ("and", "CCONJ", 20, "cc"),
        ("senator", "NOUN", 18, "conj")], (("Hillary Clinton", "PER"),))
    assert speaker.titles == ("former first lady", "secretary of State", "senator")


def test_a_role_list_ends_where_a_clause_begins() -> None:
    speaker = name_first("Ann Lee", [("a", "DET", 12, "det"), ("lawyer", "NOUN", 7, "dep"),
                                     (",", "PUNCT", 16, "punct"), ("most", "ADJ", 15, "amod"),
                                     ("lawyers", "NOUN", 16, "nsubj"), ("agree", "VERB", 7, "ccomp")],
                         (("Ann Lee", "PER"),))
    assert speaker.titles == ("lawyer",)


def test_a_given_name_whose_hyphen_the_tokenizer_kept_is_whole_and_keeps_its_apposition() -> None:
    # the tokenizer gives "Jae-" "won", and the tagger reads "won" as the verb
    text = QUOTE + "said Kim Jae-won, a spokesman."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Kim", "PROPN", 7, "nsubj"),
                       ("Jae-", "PROPN", 8, "flat"), ("won", "VERB", 7, "ccomp", "win", "VBD"),
                       (",", "PUNCT", 13, "punct"), ("a", "DET", 13, "det"), ("spokesman", "NOUN", 10, "obj"),
                       (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=(("Kim", "PER"),))
    assert list(found) == ["Kim Jae-won"]
    assert found["Kim Jae-won"].titles == ("spokesman",)


def test_a_possessor_inside_the_prepositional_chain_belongs_to_the_chain() -> None:
    speaker = name_first("Ann Lee", [("a", "DET", 12, "det"), ("nurse", "NOUN", 8, "appos"), ("at", "ADP", 17, "case"),
                                     ("St.", "PROPN", 15, "compound"), ("Mary", "PROPN", 17, "nmod:poss"),
                                     ("'s", "PART", 15, "case"), ("Hospital", "PROPN", 12, "nmod")],
                         (("Ann Lee", "PER"), ("St. Mary's Hospital", "ORG")))
    assert speaker.titles == ("nurse at St. Mary's Hospital",)
    assert speaker.affiliation == "St. Mary's Hospital"


def test_since_when_a_role_is_held_is_no_part_of_it() -> None:
    speaker = name_first("Ann Lee", [("the", "DET", 12, "det"), ("company", "NOUN", 15, "nmod:poss"),
                                     ("'s", "PART", 12, "case"), ("chief", "NOUN", 15, "compound"),
                                     ("executive", "NOUN", 8, "appos"), ("since", "ADP", 17, "case"),
                                     ("2019", "NUM", 15, "nmod")], (("Ann Lee", "PER"),))
    assert speaker.titles == ("chief executive",)


def test_one_stretch_of_text_read_as_two_roles_keeps_the_longer() -> None:
    # the parse hangs "to France" on the verb: the predicate reads "ambassador", the "as" role "ambassador to France"
    speaker = name_first("Tom Hale", [("who", "PRON", 12, "nsubj"), ("served", "VERB", 8, "acl:relcl", "serve", "VBD"),
                                      ("as", "ADP", 14, "case"), ("ambassador", "NOUN", 12, "obl"),
                                      ("to", "ADP", 16, "case"), ("France", "PROPN", 12, "obl")],
                         (("Tom Hale", "PER"), ("France", "GPE")))
    assert speaker.titles == ("ambassador to France",)


def test_a_name_after_the_noun_that_says_it_is_an_organisation_is_the_affiliation() -> None:
    speaker = name_first("Ann Lee", [("executive", "ADJ", 12, "amod"), ("director", "NOUN", 8, "appos"),
                                     ("of", "ADP", 19, "case"), ("the", "DET", 19, "det"),
                                     ("nonprofit", "ADJ", 16, "amod"), ("group", "NOUN", 19, "compound"),
                                     ("Clean", "PROPN", 19, "compound"), ("Water", "PROPN", 19, "compound"),
                                     ("Action", "PROPN", 12, "nmod")], (("Ann Lee", "PER"),))
    assert speaker.titles == ("executive director of the nonprofit group Clean Water Action",)
    assert speaker.affiliation == "Clean Water Action"


def test_a_role_before_a_participle_the_parse_left_apart_from_the_name_is_a_title() -> None:
    # "Jane Doe, a lawyer representing the family, said ...", with "a lawyer" parsed as a second subject of "said"
    text = "Ann Reed, a lawyer representing the family, said the plan would fail."
    rows: list[Row] = [("Ann", "PROPN", 10, "nsubj"), ("Reed", "PROPN", 1, "flat"), (",", "PUNCT", 1, "punct"),
                       ("a", "DET", 5, "det"), ("lawyer", "NOUN", 10, "nsubj"),
                       ("representing", "VERB", 5, "acl", "represent", "VBG"), ("the", "DET", 8, "det"),
                       ("family", "NOUN", 6, "obj"), (",", "PUNCT", 1, "punct"),
                       ("said", "VERB", 0, "root", "say", "VBD"),
                       ("the", "DET", 12, "det"), ("plan", "NOUN", 14, "nsubj"), ("would", "AUX", 14, "aux"),
                       ("fail", "VERB", 10, "ccomp"), (".", "PUNCT", 10, "punct")]
    assert speakers(text, rows, entities=(("Ann Reed", "PER"),))["Ann Reed"].titles == ("lawyer",)


def test_a_name_with_a_possessive_after_at_that_no_tagger_marks_is_the_affiliation() -> None:
    # "an economist at Moody's Analytics", no entity tagged there
    speaker = name_first("Ann Lee", [("an", "DET", 12, "det"), ("economist", "NOUN", 8, "appos"),
                                     ("at", "ADP", 16, "case"), ("Moody", "PROPN", 16, "nmod:poss"),
                                     ("'s", "PART", 14, "case"), ("Analytics", "PROPN", 12, "nmod")],
                         (("Ann Lee", "PER"),))
    assert speaker.titles == ("economist at Moody's Analytics",)
    assert speaker.affiliation == "Moody's Analytics"


def test_an_organisations_noun_outweighs_a_place_tag_on_the_name_before_the_role() -> None:
    speaker = name_first("Lena Ruiz", [("a", "DET", 14, "det"), ("Northgate", "PROPN", 13, "compound"),
                                       ("Bank", "PROPN", 14, "compound"), ("economist", "NOUN", 8, "appos")],
                         (("Lena Ruiz", "PER"), ("Northgate Bank", "LOC")))
    assert speaker.titles == ("economist",)
    assert speaker.affiliation == "Northgate Bank"


def test_one_untagged_proper_noun_before_the_role_is_the_organisation() -> None:
    speaker = name_first("Ann Lee", [("a", "DET", 13, "det"), ("Harvard", "PROPN", 13, "compound"),
                                     ("professor", "NOUN", 8, "appos")], (("Ann Lee", "PER"),))
    assert speaker.titles == ("professor",)
    assert speaker.affiliation == "Harvard"


def test_one_proper_noun_the_article_calls_a_place_stays_in_the_role() -> None:
    speaker = name_first("Ann Lee", [("a", "DET", 13, "det"), ("Brooklyn", "PROPN", 13, "compound"),
                                     ("teacher", "NOUN", 8, "appos")], (("Ann Lee", "PER"), ("Brooklyn", "GPE")))
    assert speaker.titles == ("Brooklyn teacher",)
    assert speaker.affiliation is None


def test_one_proper_noun_before_a_secretary_is_the_department() -> None:
    # as "Homeland Security Secretary Jeh Johnson" is (bench/titles_gold/RULES.md): the department is the organisation
    speaker = name_last([("Health", "PROPN", 9, "compound"), ("Secretary", "PROPN", 9, "compound")], "Ann Lee",
                        (("Ann Lee", "PER"),))
    assert speaker.titles == ("Secretary",)
    assert speaker.affiliation == "Health"


def test_a_rank_before_a_minister_is_no_department() -> None:
    speaker = name_last([("Prime", "PROPN", 9, "compound"), ("Minister", "PROPN", 9, "compound")], "Ann Lee",
                        (("Ann Lee", "PER"),))
    assert speaker.titles == ("Prime Minister",)
    assert speaker.affiliation is None


def test_one_proper_noun_naming_a_city_the_tagger_missed_stays_in_the_role() -> None:
    speaker = name_first("Kim Jae-won", [("a", "DET", 13, "det"), ("Seoul", "PROPN", 13, "compound"),
                                         ("lawyer", "NOUN", 8, "appos")], (("Kim Jae-won", "PER"),))
    assert speaker.titles == ("Seoul lawyer",)
    assert speaker.affiliation is None


def test_an_honorific_before_a_possessor_opens_no_role() -> None:
    speaker = name_first("Alan Reed", [("Mrs.", "PROPN", 15, "nmod:poss"), ("Clinton", "PROPN", 11, "flat"),
                                       ("'s", "PART", 11, "case"), ("campaign", "NOUN", 15, "compound"),
                                       ("chairman", "NOUN", 8, "appos")],
                         (("Alan Reed", "PER"), ("Mrs. Clinton's", "PER")))
    assert speaker.titles == ("campaign chairman",)
    assert speaker.affiliation == "Clinton"


def test_a_level_of_government_or_a_countrys_initials_before_a_title_are_no_organisation() -> None:
    for level in ("State", "U.S."):
        speaker = name_last([(level, "PROPN", 8, "compound"), ("Rep.", "PROPN", 9, "compound")], "Jane Doe",
                            (("Jane Doe", "PER"),))
        assert speaker.titles == (f"{level} Rep.",)
        assert speaker.affiliation is None


def test_one_unnamed_word_after_a_roles_preposition_is_its_organisation_unless_a_city() -> None:
    acme = name_first("Jane Doe", [("CEO", "PROPN", 8, "appos"), ("of", "ADP", 13, "case"),
                                   ("Acme", "PROPN", 11, "nmod")], (("Jane Doe", "PER"),))
    assert acme.titles == ("CEO of Acme",)
    assert acme.affiliation == "Acme"
    seoul = name_first("Jane Doe", [("the", "DET", 12, "det"), ("mayor", "NOUN", 8, "appos"),
                                    ("of", "ADP", 14, "case"), ("Seoul", "PROPN", 12, "nmod")], (("Jane Doe", "PER"),))
    assert seoul.titles == ("mayor of Seoul",)
    assert seoul.affiliation is None


def test_a_capitalised_role_after_the_name_is_a_title_however_the_parse_hangs_it() -> None:
    for rel in ("appos", "conj"):
        speaker = name_first("Jane Doe", [("Secretary", "PROPN", 8, rel), ("of", "ADP", 13, "case"),
                                          ("State", "PROPN", 11, "nmod")], (("Jane Doe", "PER"),))
        assert speaker.titles == ("Secretary of State",)
        assert speaker.affiliation is None


def test_a_place_after_from_ends_the_role_unless_it_is_a_constituency() -> None:
    teacher = name_first("Eva Miller", [("a", "DET", 13, "det"), ("teacher", "NOUN", 8, "appos"),
                                        ("from", "ADP", 14, "case"), ("Ohio", "PROPN", 12, "nmod")],
                         (("Eva Miller", "PER"), ("Ohio", "GPE")))
    assert teacher.titles == ("teacher",)
    congressman = name_first("Tom Hale", [("a", "DET", 13, "det"), ("congressman", "NOUN", 8, "appos"),
                                          ("from", "ADP", 14, "case"), ("Ohio", "PROPN", 12, "nmod")],
                             (("Tom Hale", "PER"), ("Ohio", "GPE")))
    assert congressman.titles == ("congressman from Ohio",)


def test_a_word_for_the_people_of_a_place_is_no_role() -> None:
    speaker = name_last([("the", "DET", 9, "det"), ("Vermonter", "NOUN", 9, "compound")], "Bernie Sanders",
                        (("Bernie Sanders", "PER"),))
    assert speaker.titles == ()


def test_a_states_abbreviation_before_a_title_is_its_jurisdiction() -> None:
    speaker = name_last([("S.C.", "PROPN", 8, "compound"), ("Rep.", "PROPN", 9, "compound")], "Jim Clyburn",
                        (("Jim Clyburn", "PER"),))
    assert speaker.titles == ("S.C. Rep.",)
    assert speaker.affiliation is None


def test_a_party_word_the_name_run_takes_in_leaves_the_name_for_the_affiliation() -> None:
    speaker = name_last([("Democrat", "PROPN", 8, "compound")], "Hillary Clinton", (("Hillary Clinton", "PER"),))
    assert speaker.name == "Hillary Clinton"
    assert speaker.affiliation == "Democrat"


def test_a_role_coordinated_with_a_predicate_role_is_a_title_too() -> None:
    text = 'Jamal Simmons is a consultant and a CNN contributor. "We will win," Simmons said.'
    first: list[Row] = [("Jamal", "PROPN", 5, "nsubj"), ("Simmons", "PROPN", 1, "flat"), ("is", "AUX", 5, "cop"),
                        ("a", "DET", 5, "det"), ("consultant", "NOUN", 0, "root"), ("and", "CCONJ", 9, "cc"),
                        ("a", "DET", 9, "det"), ("CNN", "PROPN", 9, "compound"), ("contributor", "NOUN", 5, "conj"),
                        (".", "PUNCT", 5, "punct")]
    second: list[Row] = [*quote_rows(8), ("Simmons", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    speaker = speakers(text, first, second, entities=(("Jamal Simmons", "PER"),))["Jamal Simmons"]
    assert speaker.titles == ("consultant", "contributor")
    assert speaker.affiliation == "CNN"


def test_an_organisation_before_a_high_office_is_the_affiliation_and_what_the_office_serves_is_none() -> None:
    speaker = name_first("Ann Lee", [("the", "DET", 15, "det"), ("United", "PROPN", 13, "compound"),
                                     ("Nations", "PROPN", 15, "compound"), ("High", "PROPN", 15, "compound"),
                                     ("Commissioner", "PROPN", 8, "appos"), ("for", "ADP", 17, "case"),
                                     ("Refugees", "PROPN", 15, "nmod")],
                         (("Ann Lee", "PER"), ("United Nations", "ORG")))
    assert speaker.titles == ("High Commissioner for Refugees",)
    assert speaker.affiliation == "United Nations"


def test_a_hyphenated_name_after_a_roles_preposition_is_one_word() -> None:
    speaker = name_first("David Friedman", [("president", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                            ("Wealth", "PROPN", 11, "nmod"), ("-", "PUNCT", 15, "punct"),
                                            ("X", "PROPN", 13, "flat")], (("David Friedman", "PER"),))
    assert speaker.titles == ("president of Wealth-X",)
    assert speaker.affiliation == "Wealth-X"


def test_the_roles_field_ends_the_organisation_before_it() -> None:
    text = QUOTE + "said White House Press Secretary Josh Earnest."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"),
                       ("White", "ADJ", 11, "amod", "white", "NNP"), ("House", "PROPN", 11, "compound"),
                       ("Press", "PROPN", 11, "compound"), ("Secretary", "PROPN", 7, "nsubj"),
                       ("Josh", "PROPN", 11, "flat"), ("Earnest", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Josh Earnest", "PER"),))["Josh Earnest"]
    assert speaker.titles == ("Press Secretary",)
    assert speaker.affiliation == "White House"


def test_a_national_committeeman_is_a_role_with_a_constituency() -> None:
    speaker = name_first("Bruce Hough", [("the", "DET", 14, "det"), ("Republican", "ADJ", 14, "amod"),
                                         ("National", "ADJ", 14, "amod"), ("Committeeman", "PROPN", 8, "appos"),
                                         ("from", "ADP", 16, "case"), ("Utah", "PROPN", 14, "nmod")],
                         (("Bruce Hough", "PER"), ("Utah", "GPE")))
    assert speaker.titles == ("National Committeeman from Utah",)
    assert speaker.affiliation == "Republican"


def test_running_for_an_office_names_no_employer() -> None:
    text = QUOTE + "said Eric Kingson, who is running for Congress."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Eric", "PROPN", 7, "nsubj"),
                       ("Kingson", "PROPN", 8, "flat"), (",", "PUNCT", 13, "punct"), ("who", "PRON", 13, "nsubj"),
                       ("is", "AUX", 13, "aux"), ("running", "VERB", 8, "acl:relcl", "run", "VBG"),
                       ("for", "ADP", 15, "case"), ("Congress", "PROPN", 13, "obl"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Eric Kingson", "PER"), ("Congress", "ORG")))["Eric Kingson"]
    assert speaker.affiliation is None


def test_a_relation_before_a_title_is_no_part_of_it() -> None:
    speaker = name_last([("primary", "ADJ", 8, "amod"), ("rival", "NOUN", 10, "compound"),
                         ("Sen.", "PROPN", 10, "compound")], "Marco Rubio", (("Marco Rubio", "PER"),))
    assert speaker.titles == ("Sen.",)


def test_a_possessor_that_keeps_its_apostrophe_is_no_part_of_the_name_after_it() -> None:
    text = QUOTE + "Breitbart News’ Michael Leahy said."
    rows: list[Row] = [*quote_rows(11), ("Breitbart", "PROPN", 11, "nsubj"), ("News’", "PROPN", 7, "flat"),
                       ("Michael", "PROPN", 7, "flat"), ("Leahy", "PROPN", 9, "flat"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 11, "punct")]
    assert "Michael Leahy" in speakers(text, rows, entities=(("Michael Leahy", "PER"),))


def test_a_noun_that_is_no_relation_stays_in_the_role_and_an_irish_surname_stays_whole() -> None:
    carrier = name_first("Bob Mason", [("a", "DET", 14, "det"), ("retired", "ADJ", 14, "amod"),
                                       ("letter", "NOUN", 14, "compound"), ("carrier", "NOUN", 8, "appos")],
                         (("Bob Mason", "PER"),))
    assert carrier.titles == ("retired letter carrier",)
    text = QUOTE + "Martin O'Malley said."
    rows: list[Row] = [*quote_rows(10), ("Martin", "PROPN", 9, "compound"), ("O'", "PROPN", 9, "compound"),
                       ("Malley", "PROPN", 10, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 10, "punct")]
    assert "Martin O'Malley" in speakers(text, rows, entities=(("Martin O'Malley", "PER"),))


def test_the_role_a_name_stands_in_apposition_to_is_its_title() -> None:
    text = 'He met the club\'s executive director, Jeremy Boreing. "We will win," Boreing said.'
    first: list[Row] = [("He", "PRON", 2, "nsubj"), ("met", "VERB", 0, "root", "meet", "VBD"), ("the", "DET", 4, "det"),
                        ("club", "NOUN", 7, "nmod:poss"), ("'s", "PART", 4, "case"), ("executive", "ADJ", 7, "amod"),
                        ("director", "NOUN", 2, "obj"), (",", "PUNCT", 9, "punct"), ("Jeremy", "PROPN", 7, "appos"),
                        ("Boreing", "PROPN", 9, "flat"), (".", "PUNCT", 2, "punct")]
    second: list[Row] = [*quote_rows(8), ("Boreing", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    speaker = speakers(text, first, second, entities=(("Jeremy Boreing", "PER"),))["Jeremy Boreing"]
    assert speaker.titles == ("executive director",)


def test_a_name_with_the_inside_after_a_roles_preposition_is_one_organisation() -> None:
    speaker = name_first("Ashley Spillane", [("president", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                             ("Rock", "PROPN", 11, "nmod"), ("the", "DET", 15, "det"),
                                             ("Vote", "PROPN", 13, "flat")], (("Ashley Spillane", "PER"),))
    assert speaker.titles == ("president of Rock the Vote",)
    assert speaker.affiliation == "Rock the Vote"


def test_a_possessors_adjective_is_part_of_its_name() -> None:
    speaker = name_last([("National", "ADJ", 8, "amod"), ("Review", "PROPN", 10, "nmod:poss"),
                         ("'s", "PART", 8, "case")], "Ian Tuttle", (("Ian Tuttle", "PER"),))
    assert speaker.affiliation == "National Review"


def test_how_many_years_before_a_role_is_no_part_of_it() -> None:
    speaker = name_first("Nicole Hargrove", [("a", "DET", 16, "det"), ("14", "NUM", 14, "nummod"),
                                             ("-", "PUNCT", 12, "punct"), ("year", "NOUN", 16, "compound"),
                                             ("Carrier", "PROPN", 16, "compound"), ("worker", "NOUN", 8, "appos")],
                         (("Nicole Hargrove", "PER"),))
    assert speaker.titles == ("worker",)
    assert speaker.affiliation == "Carrier"


def test_a_title_word_inside_a_hyphenated_name_is_part_of_the_name() -> None:
    text = QUOTE + "KING-TV reported."
    rows: list[Row] = [*quote_rows(10), ("KING", "PROPN", 9, "compound"), ("-", "PUNCT", 9, "punct"),
                       ("TV", "PROPN", 10, "nsubj"), ("reported", "VERB", 0, "root", "report", "VBD"),
                       (".", "PUNCT", 10, "punct")]
    assert "KING-TV" in speakers(text, rows, entities=())


def test_a_party_letter_alone_in_brackets_is_the_affiliation() -> None:
    text = QUOTE + "Sen. Jason Holsman (D) said."
    rows: list[Row] = [*quote_rows(13), ("Sen.", "PROPN", 8, "compound"), ("Jason", "PROPN", 13, "nsubj"),
                       ("Holsman", "PROPN", 8, "flat"), ("(", "PUNCT", 11, "punct"), ("D", "PROPN", 8, "appos"),
                       (")", "PUNCT", 11, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 13, "punct")]
    speaker = speakers(text, rows, entities=(("Jason Holsman", "PER"),))["Jason Holsman"]
    assert speaker.affiliation == "D"


def test_chief_opens_the_role_after_an_organisation() -> None:
    speaker = name_last([("Acme", "PROPN", 8, "compound"), ("Inc.", "PROPN", 10, "compound"),
                         ("Chief", "PROPN", 10, "compound"), ("Executive", "PROPN", 11, "compound")], "Jane Doe",
                        (("Jane Doe", "PER"),))
    assert speaker.titles == ("Chief Executive",)
    assert speaker.affiliation == "Acme Inc."


def test_a_partitive_apposition_gives_the_role_it_counts_the_person_among() -> None:
    speaker = name_first("Ann Lee", [("one", "NUM", 8, "appos"), ("of", "ADP", 17, "case"), ("the", "DET", 14, "det"),
                                     ("president", "NOUN", 17, "nmod:poss"), ("'s", "PART", 14, "case"),
                                     ("closest", "ADJ", 17, "amod"), ("aides", "NOUN", 11, "nmod")],
                         (("Ann Lee", "PER"),))
    assert speaker.titles == ("aides",)  # not "president", whose aide she is


def test_how_well_known_a_person_is_is_no_part_of_the_role() -> None:
    speaker = name_first("Mike Allen", [("a", "DET", 15, "det"), ("well", "ADV", 14, "advmod"),
                                        ("-", "PUNCT", 12, "punct"), ("known", "ADJ", 15, "amod"),
                                        ("lawyer", "NOUN", 8, "appos")], (("Mike Allen", "PER"),))
    assert speaker.titles == ("lawyer",)


def test_a_chamber_and_a_party_before_a_persons_name_leave_the_name() -> None:
    speaker = name_last([("House", "PROPN", 9, "compound"), ("Republican", "PROPN", 9, "compound")], "Thomas Massie",
                        (("Thomas Massie", "PER"),))
    assert speaker.name == "Thomas Massie"
    assert speaker.affiliation == "Republican"


def test_how_long_ago_and_how_prominent_are_no_part_of_the_role() -> None:
    aide = name_first("Stuart Stevens", [("an", "DET", 12, "det"), ("aide", "NOUN", 8, "appos"),
                                         ("a", "DET", 14, "det"), ("decade", "NOUN", 15, "obl:npmod"),
                                         ("ago", "ADV", 12, "advmod")], (("Stuart Stevens", "PER"),))
    assert aide.titles == ("aide",)
    strategist = name_first("Matt Braynard", [("a", "DET", 16, "det"), ("low", "ADJ", 14, "amod"),
                                              ("-", "PUNCT", 12, "punct"), ("profile", "NOUN", 16, "compound"),
                                              ("data", "NOUN", 16, "compound"), ("strategist", "NOUN", 8, "appos")],
                            (("Matt Braynard", "PER"),))
    assert strategist.titles == ("data strategist",)


def test_a_common_noun_the_text_ran_into_a_title_abbreviation_is_no_part_of_it() -> None:
    warren = name_last([("party", "NOUN", 8, "compound"), ("convention", "NOUN", 10, "compound"),
                        ("Sen.", "PROPN", 10, "compound")], "Elizabeth Warren", (("Elizabeth Warren", "PER"),))
    assert warren.titles == ("Sen.",)
    holsman = name_last([("state", "NOUN", 8, "compound"), ("Sen.", "PROPN", 9, "compound")], "Jason Holsman",
                        (("Jason Holsman", "PER"),))
    assert holsman.titles == ("state Sen.",)


def test_a_role_in_quotation_marks_is_what_someone_calls_the_person_not_a_title() -> None:
    # 'Yet Trump is also a “change agent,” Cole said.': the marks make it someone's word for the person
    text = QUOTE + "said Tom Bell. Bell is a “change agent.”"
    said = said_rows("Tom Bell")
    called: list[Row] = [("Bell", "PROPN", 6, "nsubj"), ("is", "AUX", 6, "cop", "be"), ("a", "DET", 6, "det"),
                         ("“", "PUNCT", 6, "punct"), ("change", "NOUN", 6, "compound"), ("agent", "NOUN", 0, "root"),
                         (".", "PUNCT", 6, "punct"), ("”", "PUNCT", 6, "punct")]
    assert speakers(text, said, called, entities=(("Tom Bell", "PER"), ("Bell", "PER")))["Tom Bell"].titles == ()


def test_and_other_puts_the_name_in_a_class() -> None:
    # "Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties said": as "including" does
    text = QUOTE + "said Ann Lee and other lawyers."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                       ("Lee", "PROPN", 8, "flat"), ("and", "CCONJ", 12, "cc"), ("other", "ADJ", 12, "amod"),
                       ("lawyers", "NOUN", 8, "conj", "lawyer", "NNS"), (".", "PUNCT", 7, "punct")]
    assert speakers(text, rows, entities=(("Ann Lee", "PER"),))["Ann Lee"].titles == ("lawyers",)


def test_a_time_in_which_the_role_was_held_ends_it() -> None:
    # "who was White House communications director in the early part of President Barack Obama's first term"
    speaker = name_first("Anita Dunn", [
        ("a", "DET", 13, "det"), ("communications", "NOUN", 13, "compound"), ("director", "NOUN", 8, "appos"),
        ("in", "ADP", 17, "case"), ("the", "DET", 17, "det"), ("early", "ADJ", 17, "amod"),
        ("part", "NOUN", 13, "nmod"), ("of", "ADP", 21, "case"), ("the", "DET", 21, "det"),
        ("first", "ADJ", 21, "amod"), ("term", "NOUN", 17, "nmod")], (("Anita Dunn", "PER"),))
    assert speaker.titles == ("communications director",)


def test_during_ends_the_role() -> None:
    speaker = name_first("Anita Dunn", [
        ("an", "DET", 13, "det"), ("economic", "ADJ", 13, "amod"), ("adviser", "NOUN", 8, "appos"),
        ("during", "ADP", 16, "case"), ("the", "DET", 16, "det"), ("recession", "NOUN", 13, "nmod")],
        (("Anita Dunn", "PER"),))
    assert speaker.titles == ("economic adviser",)


def test_a_past_predicate_role_keeps_its_organisation() -> None:
    # as "a former White House communications director" does (RULES.md: past roles give no affiliation)
    speaker = name_first("Anita Dunn", [
        ("who", "PRON", 16, "nsubj"), ("was", "AUX", 16, "cop", "be", "VBD"), ("White", "PROPN", 14, "compound"),
        ("House", "PROPN", 16, "compound"), ("communications", "NOUN", 16, "compound"),
        ("director", "NOUN", 8, "acl:relcl")], (("Anita Dunn", "PER"), ("White House", "ORG")))
    assert speaker.titles == ("White House communications director",)
    assert speaker.affiliation is None


def test_a_donor_is_no_title_but_names_the_party() -> None:
    # giving money is support, as "supporter" is (RULES.md): the party still stands
    speaker = name_first("Amy Rao", [("a", "DET", 14, "det"), ("prominent", "ADJ", 14, "amod"),
                                     ("Democratic", "ADJ", 14, "amod"), ("donor", "NOUN", 8, "appos")],
                         (("Amy Rao", "PER"),))
    assert speaker.titles == ()
    assert speaker.affiliation == "Democratic"


def test_a_party_in_the_second_of_two_coordinated_appositions_is_the_affiliation() -> None:
    # "Amy Rao, the chief executive of a data firm and a prominent Democratic donor"
    speaker = name_first("Amy Rao", [
        ("the", "DET", 13, "det"), ("chief", "ADJ", 13, "amod"), ("executive", "NOUN", 8, "appos"),
        ("and", "CCONJ", 17, "cc"), ("a", "DET", 17, "det"), ("Democratic", "ADJ", 17, "amod"),
        ("donor", "NOUN", 13, "conj")], (("Amy Rao", "PER"),))
    assert speaker.titles == ("chief executive",)
    assert speaker.affiliation == "Democratic"


def test_now_before_an_apposition_says_when_not_the_role() -> None:
    # '"Why not?" asked Dunn, now a partner at communications firm SKDKnickerbocker.'
    speaker = name_first("Anita Dunn", [("now", "ADV", 13, "advmod"), ("a", "DET", 13, "det"),
                                        ("partner", "NOUN", 8, "appos"), ("at", "ADP", 16, "case"),
                                        ("the", "DET", 16, "det"), ("firm", "NOUN", 13, "nmod")],
                         (("Anita Dunn", "PER"),))
    assert speaker.titles == ("partner at the firm",)


def test_the_ranking_member_of_a_party_on_a_committee_is_a_title() -> None:
    # "Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee"
    speaker = name_first("Ann Lee", [
        ("the", "DET", 13, "det"), ("ranking", "VERB", 13, "amod", "rank", "VBG"), ("Democrat", "PROPN", 8, "appos"),
        ("on", "ADP", 17, "case"), ("the", "DET", 17, "det"), ("Senate", "PROPN", 17, "compound"),
        ("Committee", "PROPN", 13, "nmod")], (("Ann Lee", "PER"), ("Senate Committee", "ORG")))
    assert speaker.titles == ("ranking Democrat on the Senate Committee",)
    assert speaker.affiliation == "Senate Committee"


def test_the_noun_a_relative_clause_on_the_name_describes_is_no_title() -> None:
    # "emails that passed through the private email server Hillary Clinton used": the server is what she used
    text = QUOTE + "said Ann Lee. The emails passed through the server Ann Lee used."
    said = said_rows("Ann Lee")
    used: list[Row] = [("The", "DET", 2, "det"), ("emails", "NOUN", 3, "nsubj", "email", "NNS"),
                       ("passed", "VERB", 0, "root", "pass", "VBD"), ("through", "ADP", 6, "case"),
                       ("the", "DET", 6, "det"), ("server", "NOUN", 3, "obl"), ("Ann", "PROPN", 9, "nsubj"),
                       ("Lee", "PROPN", 7, "flat"), ("used", "VERB", 6, "acl:relcl", "use", "VBD"),
                       (".", "PUNCT", 3, "punct")]
    assert speakers(text, said, used, entities=(("Ann Lee", "PER"), ("Ann Lee", "PER")))["Ann Lee"].titles == ()


def test_a_role_with_its_own_article_at_the_end_of_a_list_holds_the_name_in_apposition() -> None:
    # "holdouts such as Ryan, both former president Bushes and the party's 2012 nominee, Mitt Romney"
    text = QUOTE + "said Tom Bell. Voters like Reed and the party's nominee, Tom Bell."
    said = said_rows("Tom Bell")
    listed: list[Row] = [("Voters", "NOUN", 2, "nsubj", "voter", "NNS"), ("like", "VERB", 0, "root"),
                         ("Reed", "PROPN", 2, "obj"), ("and", "CCONJ", 8, "cc"), ("the", "DET", 6, "det"),
                         ("party", "NOUN", 8, "nmod:poss"), ("'s", "PART", 6, "case"), ("nominee", "NOUN", 3, "conj"),
                         (",", "PUNCT", 10, "punct"), ("Tom", "PROPN", 8, "appos"), ("Bell", "PROPN", 10, "flat"),
                         (".", "PUNCT", 2, "punct")]
    found = speakers(text, said, listed, entities=(("Tom Bell", "PER"), ("Reed", "PER"), ("Tom Bell", "PER")))
    assert found["Tom Bell"].titles == ("nominee",)


def test_the_organisation_a_project_one_heads_is_for_is_the_affiliation() -> None:
    # "Steven Aftergood, who heads a project on government secrecy for the Federation of American Scientists"
    speaker = name_first("Ann Lee", [
        ("who", "PRON", 12, "nsubj"), ("heads", "VERB", 8, "acl:relcl", "head", "VBZ"), ("a", "DET", 14, "det"),
        ("project", "NOUN", 12, "obj"), ("on", "ADP", 16, "case"), ("secrecy", "NOUN", 12, "obl"),
        ("for", "ADP", 20, "case"), ("the", "DET", 20, "det"), ("Acme", "PROPN", 20, "compound"),
        ("Institute", "PROPN", 16, "nmod")], (("Ann Lee", "PER"), ("Acme Institute", "ORG")))
    assert speaker.titles == ()
    assert speaker.affiliation == "Acme Institute"


def test_a_place_the_tokenizer_kept_its_hyphen_on_is_no_organisation() -> None:
    # "an Austin-based political pollster" tokenized "Austin-" "based": the place says where, as "Florida-based"
    text = QUOTE + "said Ann Lee, an Austin-based pollster."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                       ("Lee", "PROPN", 8, "flat"), (",", "PUNCT", 14, "punct"), ("an", "DET", 14, "det"),
                       ("Austin-", "PROPN", 14, "compound"), ("based", "VERB", 14, "amod", "base", "VBN"),
                       ("pollster", "NOUN", 8, "appos"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Ann Lee", "PER"), ("Austin-", "PER")))["Ann Lee"]  # as the tagger had it
    assert speaker.titles == ("Austin-based pollster",)
    assert speaker.affiliation is None


def test_a_second_apposition_ends_the_role() -> None:
    # "Sylke Tempel, the editor of International Policy, the magazine of the German Council on Foreign Relations"
    speaker = name_first("Ann Lee", [
        ("the", "DET", 12, "det"), ("editor", "NOUN", 8, "appos"), ("of", "ADP", 15, "case"),
        ("International", "PROPN", 15, "compound"), ("Policy", "PROPN", 12, "nmod"), (",", "PUNCT", 18, "punct"),
        ("the", "DET", 18, "det"), ("magazine", "NOUN", 15, "appos"), ("of", "ADP", 22, "case"),
        ("the", "DET", 22, "det"), ("Acme", "PROPN", 22, "compound"), ("Council", "PROPN", 18, "nmod")],
        (("Ann Lee", "PER"), ("International Policy", "ORG"), ("Acme Council", "ORG")))
    assert speaker.titles == ("editor of International Policy",)
    assert speaker.affiliation == "International Policy"


def test_or_and_another_name_end_the_role() -> None:
    # "experts like Hans-Peter Bartels, the parliamentary commissioner for the military, or Karl-Heinz Kamp"
    speaker = name_first("Ann Lee", [
        ("the", "DET", 12, "det"), ("commissioner", "NOUN", 8, "appos"), ("for", "ADP", 15, "case"),
        ("the", "DET", 15, "det"), ("military", "NOUN", 12, "nmod"), (",", "PUNCT", 18, "punct"),
        ("or", "CCONJ", 18, "cc"), ("Tom", "PROPN", 15, "conj"), ("Bell", "PROPN", 18, "flat")],
        (("Ann Lee", "PER"), ("Tom Bell", "PER")))
    assert speaker.titles == ("commissioner for the military",)


def test_to_between_capitalised_words_is_inside_the_organisations_name() -> None:
    # "executive director of Interfaith Paths to Peace", as "for" is in "Democracy for America"
    speaker = name_first("Ann Lee", [
        ("executive", "ADJ", 12, "amod"), ("director", "NOUN", 8, "appos"), ("of", "ADP", 15, "case"),
        ("Interfaith", "ADJ", 15, "amod", "interfaith", "NNP"), ("Paths", "PROPN", 12, "nmod", "path", "NNPS"),
        ("to", "ADP", 17, "case"), ("Peace", "PROPN", 15, "nmod")], (("Ann Lee", "PER"),))
    assert speaker.titles == ("executive director of Interfaith Paths to Peace",)
    assert speaker.affiliation == "Interfaith Paths to Peace"


def test_an_ordinal_may_open_an_organisations_name() -> None:
    # "Dino Spencer, who now runs the 5th Street Gym"
    speaker = name_first("Ann Lee", [
        ("who", "PRON", 13, "nsubj"), ("now", "ADV", 13, "advmod"), ("runs", "VERB", 8, "acl:relcl", "run", "VBZ"),
        ("the", "DET", 17, "det"), ("5th", "ADJ", 17, "amod"), ("Street", "PROPN", 17, "compound"),
        ("Gym", "PROPN", 13, "obj")], (("Ann Lee", "PER"),))
    assert speaker.affiliation == "5th Street Gym"


def test_a_role_after_an_organisations_possessive_in_apposition_is_a_title() -> None:
    # "Rashad Robinson, Color of Change's executive director, said", parsed with "Color" as the apposition
    speaker = name_first("Ann Lee", [
        ("Color", "PROPN", 8, "appos"), ("of", "ADP", 16, "case"), ("Change", "PROPN", 16, "nmod:poss"),
        ("'s", "PART", 13, "case"), ("executive", "ADJ", 16, "amod"), ("director", "NOUN", 11, "nmod")],
        (("Ann Lee", "PER"), ("Change", "PER")))  # as the tagger had it
    assert speaker.titles == ("executive director",)
    assert speaker.affiliation == "Color of Change"


def test_a_prepositional_phrase_after_the_second_of_two_roles_is_its_own() -> None:
    # "a conservative economist and former member of the Wall Street Journal editorial board", with the board hung
    # on the first role
    speaker = name_first("Ann Lee", [
        ("a", "DET", 13, "det"), ("conservative", "ADJ", 13, "amod"), ("economist", "NOUN", 8, "appos"),
        ("and", "CCONJ", 16, "cc"), ("former", "ADJ", 16, "amod"), ("member", "NOUN", 13, "conj"),
        ("of", "ADP", 20, "case"), ("the", "DET", 20, "det"), ("Acme", "PROPN", 20, "compound"),
        ("board", "NOUN", 13, "nmod")], (("Ann Lee", "PER"), ("Acme", "ORG")))
    assert speaker.titles == ("economist", "former member of the Acme board")


def test_the_first_organisation_of_the_chain_is_the_affiliation_and_a_project_is_one() -> None:
    # "James Henson, director of the Texas Politics Project at the University of Texas at Austin"
    speaker = name_first("Ann Lee", [
        ("director", "NOUN", 8, "appos"), ("of", "ADP", 16, "case"), ("the", "DET", 16, "det"),
        ("Texas", "PROPN", 16, "compound"), ("Politics", "PROPN", 16, "compound"), ("Project", "PROPN", 11, "nmod"),
        ("at", "ADP", 19, "case"), ("the", "DET", 19, "det"), ("University", "PROPN", 16, "nmod"),
        ("of", "ADP", 21, "case"), ("Texas", "PROPN", 19, "nmod")],
        (("Ann Lee", "PER"), ("Texas", "GPE"), ("University of Texas", "ORG")))
    assert speaker.affiliation == "Texas Politics Project"


def test_an_apposition_opening_the_sentence_before_a_title_and_name_is_a_title_too() -> None:
    # "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged her vote"
    text = QUOTE + "said Ann Lee. One superdelegate, Acme chairwoman Ann Lee, voted."
    said = said_rows("Ann Lee")
    voted: list[Row] = [("One", "NUM", 2, "nummod"), ("superdelegate", "NOUN", 9, "nsubj"), (",", "PUNCT", 2, "punct"),
                        ("Acme", "PROPN", 5, "compound"), ("chairwoman", "NOUN", 9, "nsubj"),
                        ("Ann", "PROPN", 5, "flat"), ("Lee", "PROPN", 6, "flat"), (",", "PUNCT", 2, "punct"),
                        ("voted", "VERB", 0, "root", "vote", "VBD"), (".", "PUNCT", 9, "punct")]
    speaker = speakers(text, said, voted, entities=(("Ann Lee", "PER"), ("Acme", "ORG"), ("Ann Lee", "PER")))["Ann Lee"]
    assert set(speaker.titles) == {"superdelegate", "chairwoman"}
    assert speaker.affiliation == "Acme"


def test_under_whom_one_served_in_a_role_is_part_of_it() -> None:
    # "C. Boyden Gray, who served as White House counsel under Mr. Bush's father", with "under" hung on the verb
    speaker = name_first("Ann Lee", [
        ("who", "PRON", 12, "nsubj"), ("served", "VERB", 8, "acl:relcl", "serve", "VBD"), ("as", "ADP", 14, "case"),
        ("counsel", "NOUN", 12, "obl"), ("under", "ADP", 17, "case"), ("the", "DET", 17, "det"),
        ("governor", "NOUN", 12, "obl")], (("Ann Lee", "PER"),))
    assert speaker.titles == ("counsel under the governor",)


def test_a_member_of_a_party_has_the_party_for_affiliation_and_no_title() -> None:
    # "Mr. Bartels, a member of the center-left Social Democratic Party": party membership (RULES.md)
    speaker = name_first("Ann Lee", [
        ("a", "DET", 12, "det"), ("member", "NOUN", 8, "appos"), ("of", "ADP", 20, "case"), ("the", "DET", 20, "det"),
        ("center", "NOUN", 17, "compound"), ("-", "PUNCT", 15, "punct"), ("left", "ADJ", 20, "amod"),
        ("Social", "PROPN", 20, "compound"), ("Democratic", "PROPN", 20, "compound"), ("Party", "PROPN", 12, "nmod")],
        (("Ann Lee", "PER"), ("Social Democratic Party", "ORG")))
    assert speaker.titles == ()
    assert speaker.affiliation == "Social Democratic Party"


def test_a_group_a_participle_names_is_the_affiliation() -> None:
    speaker = name_first("Tim Selaty", [("organizer", "NOUN", 8, "appos"), ("of", "ADP", 14, "case"),
                                        ("a", "DET", 14, "det"), ("group", "NOUN", 11, "nmod"),
                                        ("called", "VERB", 14, "acl", "call", "VBN"), ("Citizens", "PROPN", 15, "obj"),
                                        ("for", "ADP", 18, "case"), ("Trump", "PROPN", 16, "nmod")],
                         (("Tim Selaty", "PER"),))
    assert speaker.titles == ("organizer of a group",)
    assert speaker.affiliation == "Citizens for Trump"


def test_the_name_a_participle_gives_the_group_comes_before_a_word_that_describes_it() -> None:
    speaker = name_first("Ann Okafor", [("founder", "NOUN", 8, "appos"), ("of", "ADP", 15, "case"),
                                        ("a", "DET", 15, "det"), ("Facebook", "PROPN", 15, "compound"),
                                        ("group", "NOUN", 11, "nmod"), ("called", "VERB", 15, "acl", "call", "VBN"),
                                        ("Occupy", "PROPN", 19, "compound"), ("DNC", "PROPN", 19, "compound"),
                                        ("Convention", "PROPN", 16, "obj")],
                         (("Ann Okafor", "PER"), ("Facebook", "ORG")))
    assert speaker.titles == ("founder of a Facebook group",)
    assert speaker.affiliation == "Occupy DNC Convention"


def test_an_as_role_of_what_which_stands_for_is_no_persons() -> None:
    text = QUOTE + "said Tom Bell of the course, which opened in 1971 as host to the Classic."
    for opened in ((12, "acl:relcl"), (7, "ccomp")):  # as parsed, and as the parser may hang it on "said"
        rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 7, "nsubj"),
                           ("Bell", "PROPN", 8, "flat"), ("of", "ADP", 12, "case"), ("the", "DET", 12, "det"),
                           ("course", "NOUN", 7, "obl"), (",", "PUNCT", 15, "punct"),
                           ("which", "PRON", 15, "nsubj", "which", "WDT"), ("opened", "VERB", *opened),
                           ("in", "ADP", 17, "case"), ("1971", "NUM", 15, "obl"), ("as", "ADP", 19, "case"),
                           ("host", "NOUN", 15, "obl"), ("to", "ADP", 22, "case"), ("the", "DET", 22, "det"),
                           ("Classic", "PROPN", 19, "nmod"), (".", "PUNCT", 7, "punct")]
        assert speakers(text, rows, entities=(("Tom Bell", "PER"),))["Tom Bell"].titles == ()


def test_the_board_one_sits_on_is_the_affiliation() -> None:
    speaker = name_first("Ann Tanzer", [("a", "DET", 12, "det"), ("lawyer", "NOUN", 8, "appos"),
                                        ("who", "PRON", 14, "nsubj", "who", "WP"),
                                        ("represents", "VERB", 12, "acl:relcl", "represent", "VBZ"),
                                        ("owners", "NOUN", 14, "obj"), ("and", "CCONJ", 17, "cc"),
                                        ("sits", "VERB", 14, "conj", "sit", "VBZ"), ("on", "ADP", 20, "case"),
                                        ("the", "DET", 20, "det"), ("board", "NOUN", 17, "obl"),
                                        ("of", "ADP", 24, "case"), ("the", "DET", 24, "det"),
                                        ("Club", "PROPN", 24, "compound"), ("Association", "PROPN", 20, "nmod")],
                         (("Ann Tanzer", "PER"),))
    assert speaker.titles == ("lawyer",)
    assert speaker.affiliation == "Club Association"


def test_one_of_a_kind_after_the_organisation_is_a_second_apposition() -> None:
    speaker = name_first("Deb Kline", [("a", "DET", 12, "det"), ("leader", "NOUN", 8, "appos"),
                                       ("of", "ADP", 15, "case"), ("Cleveland", "PROPN", 15, "compound"),
                                       ("Jobs", "PROPN", 12, "nmod"), ("With", "ADP", 17, "case"),
                                       ("Justice", "PROPN", 15, "nmod"), (",", "PUNCT", 19, "punct"),
                                       ("one", "NUM", 12, "appos"), ("of", "ADP", 22, "case"),
                                       ("the", "DET", 22, "det"), ("groups", "NOUN", 19, "nmod")],
                         (("Deb Kline", "PER"), ("Cleveland", "LOC")))  # as the tagger had it
    assert speaker.titles == ("leader of Cleveland Jobs With Justice",)
    assert speaker.affiliation == "Cleveland Jobs With Justice"


def test_a_kind_of_organisation_alone_names_none() -> None:
    speaker = name_last([("Party", "PROPN", 8, "compound"), ("Chairman", "PROPN", 9, "compound")], "Reince Priebus",
                        (("Reince Priebus", "PER"),))
    assert speaker.titles == ("Party Chairman",)
    assert speaker.affiliation is None


def test_a_plural_role_before_coordinated_names_is_each_ones_whatever_the_parse_hung_them_on() -> None:
    # as parsed: the second person's title the conjunct, the names after it flat on the first name
    text = "The Democratic candidates, Ann Moss and Senator Ben Kay, promised it. " + QUOTE + "said Ann Moss. " \
        + QUOTE + "said Ben Kay."
    group: list[Row] = [("The", "DET", 3, "det"), ("Democratic", "ADJ", 3, "amod"), ("candidates", "NOUN", 12, "nsubj"),
                        (",", "PUNCT", 5, "punct"), ("Ann", "PROPN", 3, "appos"), ("Moss", "PROPN", 5, "flat"),
                        ("and", "CCONJ", 8, "cc"), ("Senator", "PROPN", 5, "conj"), ("Ben", "PROPN", 5, "flat"),
                        ("Kay", "PROPN", 9, "flat"), (",", "PUNCT", 3, "punct"), ("promised", "VERB", 0, "root"),
                        ("it", "PRON", 12, "obj"), (".", "PUNCT", 12, "punct")]
    said = [[*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), (given, "PROPN", 7, "nsubj"),
             (surname, "PROPN", 8, "flat"), (".", "PUNCT", 7, "punct")] for given, surname in (("Ann", "Moss"),
                                                                                            ("Ben", "Kay"))]
    found = speakers(text, group, *said, entities=(("Ann Moss", "PER"), ("Ben Kay", "PER")))
    assert found["Ann Moss"].titles == ("candidates",)
    assert set(found["Ben Kay"].titles) == {"candidates", "Senator"}
    assert found["Ann Moss"].affiliation == found["Ben Kay"].affiliation == "Democratic"


def test_a_singular_title_before_the_first_name_is_not_the_seconds_own_title() -> None:
    text = "Sen. Ann Moss and Gov. Ben Kay met. " + QUOTE + "said Ben Kay."
    met: list[Row] = [("Sen.", "PROPN", 8, "nsubj"), ("Ann", "PROPN", 1, "flat"), ("Moss", "PROPN", 2, "flat"),
                      ("and", "CCONJ", 5, "cc"), ("Gov.", "PROPN", 1, "conj"), ("Ben", "PROPN", 5, "flat"),
                      ("Kay", "PROPN", 6, "flat"), ("met", "VERB", 0, "root"), (".", "PUNCT", 8, "punct")]
    said = said_rows("Ben Kay")
    assert speakers(text, met, said, entities=(("Ann Moss", "PER"), ("Ben Kay", "PER")))["Ben Kay"].titles == ("Gov.",)


def test_a_description_that_is_no_role_after_and_ends_the_role() -> None:
    speaker = name_first("Bernie Sanders", [
        ("a", "DET", 12, "det"), ("senator", "NOUN", 8, "appos"), ("from", "ADP", 15, "case"),
        ("the", "DET", 15, "det"), ("state", "NOUN", 12, "nmod"), ("of", "ADP", 17, "case"),
        ("Vermont", "PROPN", 15, "nmod"),
        ("and", "CCONJ", 19, "cc"), ("self", "NOUN", 21, "compound"), ("-", "PUNCT", 19, "punct"),
        ("described", "VERB", 23, "amod"), ("democratic", "ADJ", 23, "amod"), ("socialist", "NOUN", 15, "nmod")],
        (("Bernie Sanders", "PER"), ("Vermont", "LOC")))
    assert speaker.titles == ("senator from the state of Vermont",)


def test_a_possessors_role_that_opens_the_sentence_before_the_subjects_name() -> None:
    text = "The Republican Party’s presumed White House nominee, Trump has won it. " + QUOTE + "said Donald Trump."
    first: list[Row] = [("The", "DET", 3, "det"), ("Republican", "ADJ", 3, "amod"),
                        ("Party", "PROPN", 8, "nmod:poss"), ("’s", "PART", 3, "case"),
                        ("presumed", "VERB", 8, "amod", "presume", "VBN"), ("White", "ADJ", 8, "amod"),
                        ("House", "PROPN", 8, "compound"), ("nominee", "NOUN", 12, "nsubj"), (",", "PUNCT", 8, "punct"),
                        ("Trump", "PROPN", 12, "nsubj"), ("has", "AUX", 12, "aux"), ("won", "VERB", 0, "root"),
                        ("it", "PRON", 12, "obj"), (".", "PUNCT", 12, "punct")]
    said = said_rows("Donald Trump")
    trump = speakers(text, first, said, entities=(("Republican Party", "ORG"), ("Trump", "PER"),
                                                  ("Donald Trump", "PER")))["Donald Trump"]
    assert trump.titles == ("presumed White House nominee",)
    assert trump.affiliation == "Republican Party"


def test_the_body_a_relative_clause_puts_the_person_on_is_the_affiliation() -> None:
    speaker = name_first("Ann Graham", [("who", "PRON", 16, "nsubj", "who", "WP"),
                                        ("is", "AUX", 16, "cop", "be", "VBZ"), ("on", "ADP", 16, "case"),
                                        ("the", "DET", 16, "det"),
                                        ("Judiciary", "ADJ", 16, "amod"), ("Committee", "PROPN", 8, "acl:relcl")],
                         (("Ann Graham", "PER"), ("Judiciary Committee", "ORG")))
    assert speaker.titles == ()
    assert speaker.affiliation == "Judiciary Committee"


def test_a_county_before_the_role_is_a_place_not_an_organisation() -> None:
    speaker = name_last([("Clark", "PROPN", 8, "compound"), ("County", "PROPN", 9, "compound"),
                         ("Sheriff", "PROPN", 10, "compound")], "Joe Lombardo", (("Joe Lombardo", "PER"),))
    assert speaker.titles == ("Clark County Sheriff",)
    assert speaker.affiliation is None


def test_a_magistrate_judge_is_one_title() -> None:
    speaker = name_last([("U.S.", "PROPN", 10, "compound"), ("District", "PROPN", 10, "compound"),
                         ("Magistrate", "PROPN", 10, "compound"), ("Judge", "PROPN", 11, "compound")], "David Bristow",
                        (("David Bristow", "PER"),))
    assert speaker.titles == ("U.S. District Magistrate Judge",)
    assert speaker.affiliation is None


def test_first_before_a_described_role_is_which_of_them_not_the_role() -> None:
    speaker = name_first("Ann Reed", [("the", "DET", 14, "det"), ("first", "ADJ", 14, "amod"),
                                      ("presidential", "ADJ", 14, "amod"), ("candidate", "NOUN", 8, "appos")],
                         (("Ann Reed", "PER"),))
    assert speaker.titles == ("presidential candidate",)


def test_a_role_before_the_comma_and_the_name_that_ends_the_sentence() -> None:
    text = QUOTE + "said Ann Fields. Reed never touched the reporter, Ann Fields."
    said = said_rows("Ann Fields")
    touched: list[Row] = [("Reed", "PROPN", 3, "nsubj"), ("never", "ADV", 3, "advmod"), ("touched", "VERB", 0, "root"),
                          ("the", "DET", 5, "det"), ("reporter", "NOUN", 3, "obj"), (",", "PUNCT", 7, "punct"),
                          ("Ann", "PROPN", 3, "dep"), ("Fields", "PROPN", 7, "flat"), (".", "PUNCT", 3, "punct")]
    found = speakers(text, said, touched, entities=(("Ann Fields", "PER"), ("Reed", "PER"), ("Ann", "PER")))
    assert found["Ann Fields"].titles == ("reporter",)


def test_a_predicate_role_coordinated_with_a_relative_clauses_verb() -> None:
    speaker = name_first("Geoff Garin", [
        ("a", "DET", 12, "det"), ("pollster", "NOUN", 8, "appos"), ("who", "PRON", 14, "nsubj", "who", "WP"),
        ("advised", "VERB", 12, "acl:relcl", "advise", "VBD"), ("the", "DET", 16, "det"),
        ("campaign", "NOUN", 14, "obj"),
        ("and", "CCONJ", 20, "cc"), ("is", "AUX", 20, "cop", "be", "VBZ"), ("a", "DET", 20, "det"),
        ("strategist", "NOUN", 14, "conj"), ("for", "ADP", 22, "case"), ("Priorities", "PROPN", 20, "nmod"),
        ("USA", "PROPN", 22, "flat")], (("Geoff Garin", "PER"), ("Priorities USA", "ORG")))
    assert speaker.titles == ("pollster", "strategist for Priorities USA")
    assert speaker.affiliation == "Priorities USA"


def test_the_role_before_the_comma_is_the_names_where_the_parse_hung_the_name_on_another_word() -> None:
    text = "The lead over the presumptive nominee, Ben Kay, has gone. " + QUOTE + "said Ben Kay."
    lead: list[Row] = [("The", "DET", 2, "det"), ("lead", "NOUN", 12, "nsubj"), ("over", "ADP", 6, "case"),
                       ("the", "DET", 6, "det"), ("presumptive", "ADJ", 6, "amod"), ("nominee", "NOUN", 2, "nmod"),
                       (",", "PUNCT", 8, "punct"), ("Ben", "PROPN", 2, "appos"), ("Kay", "PROPN", 8, "flat"),
                       (",", "PUNCT", 8, "punct"), ("has", "AUX", 12, "aux"), ("gone", "VERB", 0, "root"),
                       (".", "PUNCT", 12, "punct")]
    said = said_rows("Ben Kay")
    assert speakers(text, lead, said, entities=(("Ben Kay", "PER"), ("Ben Kay", "PER")))["Ben Kay"].titles == (
        "presumptive nominee",)



def test_a_capitalised_now_ends_an_organisations_name_not_the_role() -> None:
    speaker = name_first("Scot Ross", [("executive", "ADJ", 12, "amod"), ("director", "NOUN", 8, "appos"),
                                       ("of", "ADP", 16, "case"), ("One", "NUM", 15, "nummod"),
                                       ("Wisconsin", "PROPN", 16, "compound"), ("Now", "PROPN", 12, "nmod")],
                         (("Scot Ross", "PER"), ("One Wisconsin Now", "ORG")))
    assert speaker.titles == ("executive director of One Wisconsin Now",)
    assert speaker.affiliation == "One Wisconsin Now"


def test_race_and_sex_describe_the_person_not_the_role() -> None:
    speaker = name_first("Ann Reed", [("the", "DET", 14, "det"), ("first", "ADJ", 14, "amod"),
                                      ("black", "ADJ", 14, "amod"), ("president", "NOUN", 8, "appos")],
                         (("Ann Reed", "PER"),))
    assert speaker.titles == ("president",)


def test_a_role_held_now_after_and_is_a_title_of_its_own() -> None:
    speaker = name_first("Rick Tyler", [
        ("a", "DET", 14, "det"), ("former", "ADJ", 14, "amod"), ("senior", "ADJ", 14, "amod"),
        ("aide", "NOUN", 8, "appos"), ("to", "ADP", 17, "case"), ("Mr.", "PROPN", 17, "nmod:desc"),
        ("Cruz", "PROPN", 14, "nmod"), ("and", "CCONJ", 22, "cc"), ("currently", "ADV", 22, "advmod"),
        ("a", "DET", 22, "det"), ("political", "ADJ", 22, "amod"), ("analyst", "NOUN", 7, "conj"),
        ("at", "ADP", 24, "case"), ("MSNBC", "PROPN", 22, "nmod")], (("Rick Tyler", "PER"), ("MSNBC", "ORG")))
    assert speaker.titles == ("former senior aide to Mr. Cruz", "political analyst at MSNBC")
    assert speaker.affiliation == "MSNBC"


def test_the_words_before_a_name_that_modifies_a_noun_are_the_nouns() -> None:
    text = QUOTE + "said Ann Reed. Many undercover Reed voters agree."
    said = said_rows("Ann Reed")
    agree: list[Row] = [("Many", "ADJ", 4, "amod"), ("undercover", "NOUN", 4, "compound"),
                        ("Reed", "PROPN", 4, "compound"), ("voters", "NOUN", 5, "nsubj", "voter", "NNS"),
                        ("agree", "VERB", 0, "root"), (".", "PUNCT", 5, "punct")]
    assert speakers(text, said, agree, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"].titles == ()


def test_a_role_only_supposed_is_no_title() -> None:
    text = QUOTE + "said Ann Reed. Voters fear the prospect of Reed as president."
    said = said_rows("Ann Reed")
    fear: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("fear", "VERB", 0, "root"), ("the", "DET", 4, "det"),
                       ("prospect", "NOUN", 2, "obj"), ("of", "ADP", 6, "case"), ("Reed", "PROPN", 4, "nmod"),
                       ("as", "ADP", 8, "case"), ("president", "NOUN", 6, "nmod"), (".", "PUNCT", 2, "punct")]
    assert speakers(text, said, fear, entities=(("Ann Reed", "PER"), ("Reed", "PER")))["Ann Reed"].titles == ()
