"""Where a title phrase starts and ends, on documents built by hand (tests/handmade.py), as
bench/titles_gold/RULES.md reads each phrase: a relative clause, a span of terms, a place that only locates and a
second coordinated role end it; a prefix keeps a role a role; a capitalised name is no judgement. No models."""

from __future__ import annotations

from handmade import Row
from test_titles_handmade import QUOTE, name_first, name_last, quote_rows, speakers


def test_a_relative_clause_ends_the_role() -> None:
    # the parse made the apposition a second subject: the phrase is read from the commas
    speaker = name_first("Owen Jones", [("a", "DET", 13, "det"), ("liberal", "ADJ", 13, "amod"),
                                        ("columnist", "NOUN", 7, "nsubj"), ("who", "PRON", 16, "nsubj", "who", "WP"),
                                        ("is", "AUX", 16, "cop"), ("gay", "ADJ", 13, "acl:relcl")],
                         (("Owen Jones", "PER"),))
    assert speaker.titles == ("columnist",)


def test_a_role_noun_with_a_prefix_is_a_role() -> None:
    speaker = name_first("Patrick Kennedy", [("the", "DET", 12, "det"), ("undersecretary", "NOUN", 8, "appos"),
                                             ("for", "ADP", 14, "case"), ("management", "NOUN", 12, "nmod")],
                         (("Patrick Kennedy", "PER"),))
    assert speaker.titles == ("undersecretary for management",)


def test_how_many_terms_is_no_part_of_the_role() -> None:
    speaker = name_first("Ed Rendell", [("a", "DET", 16, "det"), ("two", "NUM", 14, "nummod"),
                                        ("-", "PUNCT", 14, "punct"), ("term", "NOUN", 16, "compound"),
                                        ("Philadelphia", "PROPN", 16, "compound"), ("mayor", "NOUN", 8, "appos")],
                         (("Ed Rendell", "PER"), ("Philadelphia", "LOC")))
    assert speaker.titles == ("Philadelphia mayor",)


def test_the_place_that_only_locates_the_role_is_no_part_of_it() -> None:
    speaker = name_first("Donald Trump", [("the", "DET", 15, "det"), ("presumptive", "ADJ", 15, "amod"),
                                          ("Republican", "ADJ", 15, "amod"), ("presidential", "ADJ", 15, "amod"),
                                          ("nominee", "NOUN", 8, "appos"), ("in", "ADP", 19, "case"),
                                          ("the", "DET", 19, "det"), ("United", "VERB", 19, "amod"),
                                          ("States", "PROPN", 15, "nmod")],
                         (("Donald Trump", "PER"),))  # untagged, "United" taken for a verb: GeoNames knows it
    assert speaker.titles == ("presumptive Republican presidential nominee",)
    assert speaker.affiliation == "Republican"


def test_a_second_role_coordinated_in_one_apposition_is_a_title_of_its_own() -> None:
    # the parse hung the second role on the first one's organisation
    speaker = name_first("Akhil Amar", [("professor", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                        ("law", "NOUN", 11, "nmod"), ("at", "ADP", 15, "case"),
                                        ("Yale", "PROPN", 11, "nmod"), ("and", "CCONJ", 17, "cc"),
                                        ("author", "NOUN", 15, "conj"), ("of", "ADP", 20, "case"),
                                        ("a", "DET", 20, "det"), ("book", "NOUN", 17, "nmod")],
                         (("Akhil Amar", "PER"), ("Yale", "ORG")))
    assert speaker.titles == ("professor of law at Yale", "author of a book")
    assert speaker.affiliation == "Yale"


def test_a_capitalised_name_before_the_role_is_its_organisation_not_a_judgement() -> None:
    speaker = name_last([("Real", "ADJ", 9, "amod"), ("Time", "PROPN", 9, "compound"),
                         ("host", "NOUN", 10, "compound")], "Bill Maher", (("Bill Maher", "PER"),))
    assert speaker.titles == ("host",)
    assert speaker.affiliation == "Real Time"


def test_a_partitive_apposition_before_the_name_gives_its_noun() -> None:
    text = 'One of his advisers, Tad Devine, said: "We will win."'
    rows: list[Row] = [("One", "NUM", 9, "nsubj"), ("of", "ADP", 4, "case"), ("his", "PRON", 4, "nmod:poss",
                                                                              "his", "PRP$"),
                       ("advisers", "NOUN", 1, "nmod"), (",", "PUNCT", 6, "punct"), ("Tad", "PROPN", 9, "nsubj"),
                       ("Devine", "PROPN", 6, "flat"), (",", "PUNCT", 6, "punct"),
                       ("said", "VERB", 0, "root", "say", "VBD"), (":", "PUNCT", 14, "punct"),
                       ('"', "PUNCT", 14, "punct"), ("We", "PRON", 14, "nsubj"), ("will", "AUX", 14, "aux"),
                       ("win", "VERB", 9, "ccomp"), (".", "PUNCT", 14, "punct"), ('"', "PUNCT", 14, "punct")]
    assert speakers(text, rows, entities=(("Tad Devine", "PER"),))["Tad Devine"].titles == ("advisers",)


def test_a_name_the_parse_made_a_conjunct_of_a_role_without_a_conjunction_stands_in_apposition_to_it() -> None:
    text = "The reporter is the network's foreign affairs reporter, Elise Labott; and her emails show it. " + QUOTE \
        + "Labott said."
    first: list[Row] = [("The", "DET", 2, "det"), ("reporter", "NOUN", 9, "nsubj"), ("is", "AUX", 9, "cop"),
                        ("the", "DET", 5, "det"), ("network", "NOUN", 9, "nmod:poss"), ("'s", "PART", 5, "case"),
                        ("foreign", "ADJ", 9, "amod"), ("affairs", "NOUN", 9, "compound"),
                        ("reporter", "NOUN", 0, "root"), (",", "PUNCT", 11, "punct"), ("Elise", "PROPN", 9, "conj"),
                        ("Labott", "PROPN", 11, "flat"), (";", "PUNCT", 17, "punct"), ("and", "CCONJ", 17, "cc"),
                        ("her", "PRON", 16, "nmod:poss", "her", "PRP$"), ("emails", "NOUN", 17, "nsubj"),
                        ("show", "VERB", 9, "conj"), ("it", "PRON", 17, "obj"), (".", "PUNCT", 9, "punct")]
    second: list[Row] = [*quote_rows(8), ("Labott", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    speaker = speakers(text, first, second, entities=(("Elise Labott", "PER"), ("Labott", "PER")))["Elise Labott"]
    assert speaker.titles == ("foreign affairs reporter",)


def test_an_age_by_decade_is_no_role() -> None:
    speaker = name_last([("septuagenarian", "NOUN", 8, "amod")], "Ann Reed", (("Ann Reed", "PER"),))
    assert speaker.titles == ()


def test_what_one_is_in_is_no_description_of_a_person() -> None:
    text = QUOTE + "said Ann Reed. It will work in the general."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                        ("Reed", "PROPN", 8, "flat"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("It", "PRON", 3, "nsubj"), ("will", "AUX", 3, "aux"), ("work", "VERB", 0, "root"),
                         ("in", "ADP", 6, "case"), ("the", "DET", 6, "det"), ("general", "NOUN", 3, "obl"),
                         (".", "PUNCT", 3, "punct")]
    assert speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"].titles == ()


def test_what_the_parse_joined_to_the_role_with_an_and_is_read_apart() -> None:
    democrat = name_first("Andrew Rice", [("a", "DET", 16, "det"), ("Democrat", "PROPN", 16, "compound"),
                                          ("and", "CCONJ", 16, "cc"), ("former", "ADJ", 16, "amod"),
                                          ("state", "NOUN", 16, "compound"), ("senator", "NOUN", 8, "appos")],
                          (("Andrew Rice", "PER"),))
    assert democrat.titles == ("former state senator",)
    assert democrat.affiliation == "Democrat"
    lawyer = name_first("Ann Lee", [("a", "DET", 15, "det"), ("lawyer", "NOUN", 15, "compound"),
                                    ("and", "CCONJ", 15, "cc"), ("former", "ADJ", 15, "amod"),
                                    ("senator", "NOUN", 8, "appos")], (("Ann Lee", "PER"),))
    assert lawyer.titles == ("lawyer", "former senator")


def test_a_past_word_glued_to_the_title_by_a_hyphen_is_part_of_it() -> None:
    speaker = name_last([("Then", "ADV", 12, "advmod"), ("-", "PUNCT", 7, "punct"), ("Sen.", "PROPN", 10, "compound")],
                        "Ann Reed", (("Ann Reed", "PER"),))
    assert speaker.titles == ("Then-Sen.",)


def test_an_as_role_past_a_places_possessive_stands_for_the_person() -> None:
    text = QUOTE + "Ann Reed said. Donors praised her work as New York's junior senator."
    first: list[Row] = [*quote_rows(9), ("Ann", "PROPN", 9, "nsubj"), ("Reed", "PROPN", 7, "flat"),
                        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 9, "punct")]
    second: list[Row] = [("Donors", "NOUN", 2, "nsubj"), ("praised", "VERB", 0, "root", "praise", "VBD"),
                         ("her", "PRON", 4, "nmod:poss", "her", "PRP$"), ("work", "NOUN", 2, "obj"),
                         ("as", "ADP", 10, "case"), ("New", "ADJ", 7, "amod"), ("York", "PROPN", 10, "nmod:poss"),
                         ("'s", "PART", 7, "case"), ("junior", "NOUN", 10, "compound"), ("senator", "NOUN", 4, "nmod"),
                         (".", "PUNCT", 2, "punct")]
    assert speakers(text, first, second, entities=(("Ann Reed", "PER"),))["Ann Reed"].titles == ("junior senator",)


def test_a_role_before_an_and_keeps_its_title_when_what_follows_is_no_role() -> None:
    text = "That is where author and liberal firebrand Cornel West took the talk. " + QUOTE + "West said."
    first: list[Row] = [("That", "PRON", 10, "nsubj"), ("is", "AUX", 10, "cop"), ("where", "ADV", 10, "advmod"),
                        ("author", "NOUN", 10, "nsubj"), ("and", "CCONJ", 7, "cc"), ("liberal", "ADJ", 7, "amod"),
                        ("firebrand", "NOUN", 4, "conj"), ("Cornel", "PROPN", 7, "flat"), ("West", "PROPN", 8, "flat"),
                        ("took", "VERB", 0, "root", "take", "VBD"), ("the", "DET", 12, "det"),
                        ("talk", "NOUN", 10, "obj"), (".", "PUNCT", 10, "punct")]
    second: list[Row] = [*quote_rows(8), ("West", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    west = speakers(text, first, second, entities=(("Cornel West", "PER"), ("West", "PER")))["Cornel West"]
    assert west.titles == ("author",)


def test_a_rank_the_tagger_took_for_a_verb_opens_the_role() -> None:
    speaker = name_first("Murshed Zaheed", [("acting", "VERB", 7, "advcl", "act", "VBG"),
                                            ("political", "ADJ", 13, "amod"), ("director", "NOUN", 11, "obj")],
                         (("Murshed Zaheed", "PER"),))
    assert speaker.titles == ("acting political director",)


def test_an_organisation_with_its_of_before_the_role_is_the_affiliation() -> None:
    speaker = name_first("Robert Mason", [("a", "DET", 12, "det"), ("University", "PROPN", 8, "appos"),
                                          ("of", "ADP", 15, "case"), ("Washington", "PROPN", 15, "compound"),
                                          ("professor", "NOUN", 12, "nmod")], (("Robert Mason", "PER"),))
    assert speaker.titles == ("professor",)
    assert speaker.affiliation == "University of Washington"


def test_a_capitalised_role_after_a_possessor_in_apposition() -> None:
    speaker = name_first("Sam Jacobs", [("Time", "PROPN", 15, "nmod:poss"), ("'s", "PART", 11, "case"),
                                        ("Assistant", "PROPN", 15, "compound"), ("Managing", "PROPN", 15, "compound"),
                                        ("Editor", "PROPN", 8, "flat")], (("Sam Jacobs", "PER"),))
    assert speaker.titles == ("Assistant Managing Editor",)
    assert speaker.affiliation == "Time"


def test_a_branch_word_before_the_organisations_name_is_no_part_of_it() -> None:
    speaker = name_first("Paloma Wu", [("legal", "ADJ", 12, "amod"), ("director", "NOUN", 8, "appos"),
                                       ("for", "ADP", 19, "case"), ("the", "DET", 19, "det"),
                                       ("state", "NOUN", 19, "compound"), ("American", "ADJ", 19, "amod"),
                                       ("Civil", "PROPN", 19, "compound"), ("Liberties", "PROPN", 19, "compound"),
                                       ("Union", "PROPN", 12, "nmod")],
                         (("Paloma Wu", "PER"), ("American Civil Liberties Union", "ORG")))
    assert speaker.affiliation == "American Civil Liberties Union"


def test_a_role_the_text_denies_is_no_title() -> None:
    text = QUOTE + "Trump said. Trump is not the first politician."
    first: list[Row] = [*quote_rows(8), ("Trump", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        (".", "PUNCT", 8, "punct")]
    second: list[Row] = [("Trump", "PROPN", 6, "nsubj"), ("is", "AUX", 6, "cop"), ("not", "PART", 6, "advmod"),
                         ("the", "DET", 6, "det"), ("first", "ADJ", 6, "amod"), ("politician", "NOUN", 0, "root"),
                         (".", "PUNCT", 6, "punct")]
    assert speakers(text, first, second, entities=(("Trump", "PER"),))["Trump"].titles == ()


def test_at_the_time_is_when_not_the_role() -> None:
    speaker = name_first("Ann Reed", [("secretary", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                      ("State", "PROPN", 11, "nmod"), ("at", "ADP", 16, "case"),
                                      ("the", "DET", 16, "det"), ("time", "NOUN", 11, "nmod")], (("Ann Reed", "PER"),))
    assert speaker.titles == ("secretary of State",)


def test_a_level_of_government_before_its_chamber_and_the_role() -> None:
    speaker = name_last([("state", "NOUN", 8, "compound"), ("House", "PROPN", 9, "compound"),
                         ("Speaker", "PROPN", 10, "compound")], "Philip Gunn", (("Philip Gunn", "PER"),))
    assert speaker.titles == ("Speaker",)
    assert speaker.affiliation == "House"


def test_an_apposition_of_two_roles_with_participles_and_a_predicate_on_a_name_hung_on_its_title() -> None:
    text = ("Gen. Wesley Clark, a retired four-star general and former allied commander of NATO forces, is a surrogate"
            " for the campaign. " + QUOTE + "Clark said.")
    first: list[Row] = [("Gen.", "PROPN", 21, "nsubj"), ("Wesley", "PROPN", 1, "flat"), ("Clark", "PROPN", 1, "flat"),
                        (",", "PUNCT", 1, "punct"), ("a", "DET", 14, "det"),
                        ("retired", "VERB", 9, "amod", "retire", "VBN"), ("four", "NUM", 9, "nummod"),
                        ("-", "PUNCT", 7, "punct"), ("star", "NOUN", 14, "compound"), ("general", "ADJ", 14, "amod"),
                        ("and", "CCONJ", 14, "cc"), ("former", "ADJ", 14, "amod"),
                        ("allied", "VERB", 14, "amod", "ally", "VBN"), ("commander", "NOUN", 21, "nsubj"),
                        ("of", "ADP", 17, "case"), ("NATO", "PROPN", 17, "compound"), ("forces", "NOUN", 14, "nmod"),
                        (",", "PUNCT", 14, "punct"), ("is", "AUX", 21, "cop"), ("a", "DET", 21, "det"),
                        ("surrogate", "NOUN", 0, "root"), ("for", "ADP", 24, "case"), ("the", "DET", 24, "det"),
                        ("campaign", "NOUN", 21, "nmod"), (".", "PUNCT", 21, "punct")]
    second: list[Row] = [*quote_rows(8), ("Clark", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    clark = speakers(text, first, second, entities=(("Wesley Clark", "PER"), ("NATO", "ORG"), ("Clark", "PER")))[
        "Wesley Clark"]
    assert clark.titles == ("Gen.", "retired four-star general", "former allied commander of NATO forces",
                            "surrogate for the campaign")


def test_a_preposition_the_tagger_took_for_a_noun_is_no_part_of_the_title() -> None:
    text = "Ann Reed stood beside House Minority Leader Nancy Pelosi. " + QUOTE + "Pelosi said."
    first: list[Row] = [("Ann", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"),
                        ("stood", "VERB", 0, "root", "stand", "VBD"), ("beside", "NOUN", 7, "compound"),
                        ("House", "PROPN", 7, "compound"), ("Minority", "PROPN", 7, "compound"),
                        ("Leader", "PROPN", 3, "obl"), ("Nancy", "PROPN", 7, "flat"), ("Pelosi", "PROPN", 7, "flat"),
                        (".", "PUNCT", 3, "punct")]
    second: list[Row] = [*quote_rows(8), ("Pelosi", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    pelosi = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("Nancy Pelosi", "PER"), ("Pelosi", "PER")))[
        "Nancy Pelosi"]
    assert pelosi.titles == ("Minority Leader",)
    assert pelosi.affiliation == "House"


def test_an_as_role_keeps_an_organisations_whole_name_past_a_possessive() -> None:
    text = QUOTE + "Levine said. As chair of the city's Committee on Parks and Recreation, Levine spoke."
    first: list[Row] = [*quote_rows(8), ("Levine", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        (".", "PUNCT", 8, "punct")]
    second: list[Row] = [("As", "ADP", 2, "case"), ("chair", "NOUN", 14, "obl"), ("of", "ADP", 7, "case"),
                         ("the", "DET", 5, "det"), ("city", "NOUN", 7, "nmod:poss"), ("'s", "PART", 5, "case"),
                         ("Committee", "PROPN", 2, "nmod"), ("on", "ADP", 9, "case"), ("Parks", "PROPN", 7, "nmod"),
                         ("and", "CCONJ", 11, "cc"), ("Recreation", "PROPN", 9, "conj"), (",", "PUNCT", 2, "punct"),
                         ("Levine", "PROPN", 14, "nsubj"), ("spoke", "VERB", 0, "root", "speak", "VBD"),
                         (".", "PUNCT", 14, "punct")]
    levine = speakers(text, first, second, entities=(("Levine", "PER"), ("Levine", "PER")))["Levine"]
    assert levine.titles == ("chair of the city's Committee on Parks and Recreation",)


def test_a_role_the_text_only_supposes_is_no_title() -> None:
    text = QUOTE + "Trump said. Trump may be the first politician."
    first: list[Row] = [*quote_rows(8), ("Trump", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        (".", "PUNCT", 8, "punct")]
    second: list[Row] = [("Trump", "PROPN", 6, "nsubj"), ("may", "AUX", 6, "aux"), ("be", "AUX", 6, "cop"),
                         ("the", "DET", 6, "det"), ("first", "ADJ", 6, "amod"), ("politician", "NOUN", 0, "root"),
                         (".", "PUNCT", 6, "punct")]
    assert speakers(text, first, second, entities=(("Trump", "PER"),))["Trump"].titles == ()


def test_a_class_counted_by_a_quantity_holds_every_name_coordinated_after_including() -> None:
    text = "Voters heard a number of candidates, including Ann Reed and Tom Hale. " + QUOTE + "Reed said. " + QUOTE \
        + "Hale said."
    first: list[Row] = [("Voters", "NOUN", 2, "nsubj"), ("heard", "VERB", 0, "root", "hear", "VBD"),
                        ("a", "DET", 4, "det"), ("number", "NOUN", 2, "obj"), ("of", "ADP", 6, "case"),
                        ("candidates", "NOUN", 4, "nmod", "candidate", "NNS"), (",", "PUNCT", 9, "punct"),
                        ("including", "VERB", 9, "case", "include", "VBG"), ("Ann", "PROPN", 4, "nmod"),
                        ("Reed", "PROPN", 9, "flat"), ("and", "CCONJ", 12, "cc"), ("Tom", "PROPN", 9, "conj"),
                        ("Hale", "PROPN", 12, "flat"), (".", "PUNCT", 2, "punct")]
    reed: list[Row] = [*quote_rows(8), ("Reed", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 8, "punct")]
    hale: list[Row] = [*quote_rows(8), ("Hale", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (".", "PUNCT", 8, "punct")]
    found = speakers(text, first, reed, hale, entities=(("Ann Reed", "PER"), ("Tom Hale", "PER"), ("Reed", "PER"),
                                                        ("Hale", "PER")))
    assert found["Ann Reed"].titles == ("candidates",)
    assert found["Tom Hale"].titles == ("candidates",)


def test_an_organisations_acronym_after_or_is_no_part_of_the_role() -> None:
    # "communications director of the progressive advocacy group Democracy for America, or DFA"
    speaker = name_first("Neil Sroka", [("director", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                        ("Democracy", "PROPN", 11, "nmod"), ("for", "ADP", 15, "case"),
                                        ("America", "PROPN", 13, "nmod"), (",", "PUNCT", 18, "punct"),
                                        ("or", "CCONJ", 18, "cc"), ("DFA", "PROPN", 15, "conj")],
                         (("Neil Sroka", "PER"),))
    assert speaker.titles == ("director of Democracy for America",)


def test_a_name_after_a_role_and_its_time_is_the_speaker_the_role_describes() -> None:
    # "wrote the American ambassador at the time, John E. Herbst", the name parsed as a loose dependent of the verb
    text = '"We lead," said the ambassador at the time, Tom Bell.'
    rows: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                       (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                       ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 8, "det"),
                       ("ambassador", "NOUN", 6, "nsubj"), ("at", "ADP", 11, "case"),
                       ("the", "DET", 11, "det"), ("time", "NOUN", 8, "nmod"), (",", "PUNCT", 13, "punct"),
                       ("Tom", "PROPN", 6, "dep"), ("Bell", "PROPN", 13, "flat"), (".", "PUNCT", 6, "punct")]
    bell = speakers(text, rows, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert bell.titles == ("ambassador",)


def test_a_role_parsed_as_the_object_of_the_verb_of_saying_before_the_named_subject_is_its_title() -> None:
    # "''...,'' wrote the American ambassador at the time, John E. Herbst." with the name the subject
    text = '"We lead," wrote the ambassador at the time, Tom Bell.'
    rows: list[Row] = [('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("lead", "VERB", 6, "ccomp"),
                       (",", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct"),
                       ("wrote", "VERB", 0, "root", "write", "VBD"), ("the", "DET", 8, "det"),
                       ("ambassador", "NOUN", 6, "obj"), ("at", "ADP", 11, "case"), ("the", "DET", 11, "det"),
                       ("time", "NOUN", 8, "nmod"), (",", "PUNCT", 13, "punct"), ("Tom", "PROPN", 6, "nsubj"),
                       ("Bell", "PROPN", 13, "flat"), (".", "PUNCT", 6, "punct")]
    bell = speakers(text, rows, entities=(("Tom Bell", "PER"),))["Tom Bell"]
    assert bell.titles == ("ambassador",)


def test_a_hyphenated_description_before_the_role_is_no_part_of_it() -> None:
    # "Long-shot candidate and former Maryland governor Martin O'Malley", "the only top-tier contender"
    speaker = name_last([("Long", "ADJ", 9, "amod"), ("-", "PUNCT", 9, "punct"), ("shot", "NOUN", 10, "compound"),
                         ("candidate", "NOUN", 11, "compound")], "Martin Hale", (("Martin Hale", "PER"),))
    assert speaker.titles == ("candidate",)


def test_a_challenger_is_a_role_and_unaligned_describes_no_role() -> None:
    # "who will face challenger Paul Nehlen", "another unaligned Iowa Republican strategist"
    assert name_last([("challenger", "NOUN", 8, "compound")], "Paul Hale", (("Paul Hale", "PER"),)).titles == (
        "challenger",)
    speaker = name_first("Grant Hale", [("an", "DET", 13, "det"), ("unaligned", "ADJ", 13, "amod"),
                                        ("strategist", "NOUN", 8, "appos")], (("Grant Hale", "PER"),))
    assert speaker.titles == ("strategist",)


def test_a_likely_role_is_no_title() -> None:
    # "she is the likely Democratic nominee": a role the text only expects
    speaker = name_last([("likely", "ADJ", 8, "amod"), ("nominee", "NOUN", 9, "compound")], "Ann Hale",
                        (("Ann Hale", "PER"),))
    assert speaker.titles == ()


def test_a_hyphenated_description_opening_the_first_of_two_coordinated_roles_goes_too() -> None:
    # "Long-shot candidate and former Maryland governor Martin O'Malley joined Clinton and Sanders"
    speaker = name_last([("Long", "ADJ", 9, "amod"), ("-", "PUNCT", 9, "punct"), ("shot", "NOUN", 10, "compound"),
                         ("candidate", "NOUN", 13, "compound"), ("and", "CCONJ", 13, "cc"),
                         ("former", "ADJ", 13, "amod"), ("governor", "NOUN", 14, "compound")],
                        "Martin Hale", (("Martin Hale", "PER"),))
    assert speaker.titles == ("candidate", "former governor")


def test_a_name_hung_on_the_second_of_two_coordinated_roles_after_the_verb_is_the_speaker() -> None:
    # '“...,” said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.'
    text = QUOTE + "said lobbyist and GOP strategist Charlie Black."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("lobbyist", "NOUN", 7, "obj"),
                       ("and", "CCONJ", 11, "cc"), ("GOP", "ADJ", 11, "amod"), ("strategist", "NOUN", 8, "conj"),
                       ("Charlie", "PROPN", 11, "flat"), ("Black", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    people = speakers(text, rows, entities=(("Charlie Black", "PER"),))
    assert list(people) == ["Charlie Black"]
    assert people["Charlie Black"].titles == ("lobbyist", "strategist")
    assert people["Charlie Black"].affiliation == "GOP"



def test_a_time_after_the_role_and_an_aspiring_role_are_no_part_of_a_title() -> None:
    # "Sandra Ripert, a real estate agent today who was ... and an aspiring trader"
    speaker = name_first("Sandra Hale", [("a", "DET", 14, "det"), ("real", "ADJ", 14, "amod"),
                                         ("estate", "NOUN", 14, "compound"), ("agent", "NOUN", 8, "appos"),
                                         ("today", "NOUN", 14, "nmod:unmarked"), ("and", "CCONJ", 19, "cc"),
                                         ("an", "DET", 19, "det"), ("aspiring", "VERB", 19, "amod", "aspire", "VBG"),
                                         ("trader", "NOUN", 14, "conj")], (("Sandra Hale", "PER"),))
    assert speaker.titles == ("real estate agent",)
