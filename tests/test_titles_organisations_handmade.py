"""Organisations before and inside roles, appositions before the name, and names the parse cuts, on documents built
by hand (tests/handmade.py): each as bench/titles_gold/RULES.md reads it, without models."""

from __future__ import annotations

from handmade import Row
from test_titles_handmade import QUOTE, name_first, name_last, quote_rows, speakers


def test_two_proper_nouns_before_a_joined_role_name_its_organisation() -> None:
    speaker = name_last([("Homeland", "PROPN", 8, "compound"), ("Security", "PROPN", 10, "compound"),
                         ("Deputy", "PROPN", 10, "compound"), ("Secretary", "PROPN", 11, "compound")], "Alan Reed",
                        (("Alan Reed", "PER"),))
    assert speaker.titles == ("Deputy Secretary",)
    assert speaker.affiliation == "Homeland Security"


def test_an_organisation_before_a_role_of_several_lower_case_words() -> None:
    speaker = name_last([("Northgate", "PROPN", 8, "compound"), ("Capital", "PROPN", 10, "compound"),
                         ("chief", "ADJ", 10, "amod"), ("economist", "NOUN", 11, "compound")], "Lena Ruiz",
                        (("Lena Ruiz", "PER"),))
    assert speaker.titles == ("chief economist",)
    assert speaker.affiliation == "Northgate Capital"


def test_a_team_in_the_plural_before_the_role_is_the_affiliation() -> None:
    speaker = name_first("Sam Reid", [("a", "DET", 13, "det"), ("Falcons", "PROPN", 13, "compound"),
                                      ("striker", "NOUN", 8, "appos")], (("Sam Reid", "PER"),))
    assert speaker.titles == ("striker",)
    assert speaker.affiliation == "Falcons"


def test_a_place_and_a_party_the_tagger_calls_one_organisation_stay_in_the_role() -> None:
    text = QUOTE + "said Rich Heffley, a top Tallahassee GOP operative. He lives in Tallahassee."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Rich", "PROPN", 7, "nsubj"),
                        ("Heffley", "PROPN", 8, "flat"), (",", "PUNCT", 15, "punct"), ("a", "DET", 15, "det"),
                        ("top", "ADJ", 15, "amod"), ("Tallahassee", "PROPN", 15, "compound"),
                        ("GOP", "PROPN", 15, "compound"), ("operative", "NOUN", 8, "appos"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("He", "PRON", 2, "nsubj"), ("lives", "VERB", 0, "root", "live", "VBZ"),
                         ("in", "ADP", 4, "case"), ("Tallahassee", "PROPN", 2, "obl"), (".", "PUNCT", 2, "punct")]
    speaker = speakers(text, first, second, entities=(("Rich Heffley", "PER"), ("Tallahassee GOP", "ORG"),
                                                      ("Tallahassee", "LOC")))["Rich Heffley"]
    assert speaker.titles == ("Tallahassee GOP operative",)
    assert speaker.affiliation == "GOP"


def test_a_place_and_its_part_name_no_organisation_before_a_judge() -> None:
    text = QUOTE + "said U.S. District Judge Gonzalo Curiel. He left the U.S."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("U.S.", "PROPN", 10, "compound"),
                        ("District", "PROPN", 10, "compound"), ("Judge", "PROPN", 11, "compound"),
                        ("Gonzalo", "PROPN", 7, "nsubj"), ("Curiel", "PROPN", 11, "flat"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("He", "PRON", 2, "nsubj"), ("left", "VERB", 0, "root", "leave", "VBD"),
                         ("the", "DET", 4, "det"), ("U.S.", "PROPN", 2, "obj")]
    speaker = speakers(text, first, second, entities=(("U.S. District", "ORG"), ("Gonzalo Curiel", "PER"),
                                                      ("U.S.", "GPE")))["Gonzalo Curiel"]
    assert speaker.titles == ("U.S. District Judge",)
    assert speaker.affiliation is None


def test_a_capitalised_party_inside_the_sentence_and_a_member_of_parliament() -> None:
    speaker = name_last([("Ontario", "PROPN", 9, "compound"), ("Liberal", "ADJ", 9, "amod"),
                         ("MP", "PROPN", 10, "compound")], "Sam Reid", (("Ontario", "LOC"), ("Sam Reid", "PER")))
    assert speaker.titles == ("Ontario Liberal MP",)
    assert speaker.affiliation == "Liberal"


def test_a_role_in_capitals_after_the_name_and_a_party_opening_it() -> None:
    speaker = name_first("Sam Reid", [("a", "DET", 13, "det"), ("Liberal", "ADJ", 13, "amod"),
                                      ("MP", "PROPN", 8, "appos"), ("from", "ADP", 15, "case"),
                                      ("Ontario", "PROPN", 13, "nmod")], (("Sam Reid", "PER"), ("Ontario", "LOC")))
    assert speaker.titles == ("MP from Ontario",)
    assert speaker.affiliation == "Liberal"


def test_a_role_phrase_opening_the_sentence_before_the_name_between_commas() -> None:
    text = 'Head of research at Corvid Labs, Tom Hale, said, "We will win."'
    rows: list[Row] = [("Head", "NOUN", 11, "nsubj"), ("of", "ADP", 3, "case"), ("research", "NOUN", 1, "nmod"),
                       ("at", "ADP", 6, "case"), ("Corvid", "PROPN", 6, "compound"), ("Labs", "PROPN", 1, "nmod"),
                       (",", "PUNCT", 8, "punct"), ("Tom", "PROPN", 11, "nsubj"), ("Hale", "PROPN", 8, "flat"),
                       (",", "PUNCT", 1, "punct"), ("said", "VERB", 0, "root", "say", "VBD"),
                       (",", "PUNCT", 16, "punct"), ('"', "PUNCT", 16, "punct"), ("We", "PRON", 16, "nsubj"),
                       ("will", "AUX", 16, "aux"), ("win", "VERB", 11, "ccomp"), (".", "PUNCT", 16, "punct"),
                       ('"', "PUNCT", 16, "punct")]
    speaker = speakers(text, rows, entities=(("Corvid Labs", "ORG"), ("Tom Hale", "PER")))["Tom Hale"]
    assert speaker.titles == ("Head of research at Corvid Labs",)
    assert speaker.affiliation == "Corvid Labs"


def test_a_hyphenated_given_name_is_not_split_and_keeps_its_apposition() -> None:
    text = QUOTE + "said Kim Jae-won, a spokesman for the Unification Ministry."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Kim", "PROPN", 11, "nsubj"),
                       ("Jae", "PROPN", 8, "flat"), ("-", "PUNCT", 9, "punct"),
                       ("won", "VERB", 7, "ccomp", "win", "VBD"),
                       (",", "PUNCT", 14, "punct"), ("a", "DET", 14, "det"), ("spokesman", "NOUN", 11, "obj"),
                       ("for", "ADP", 18, "case"), ("the", "DET", 18, "det"),
                       ("Unification", "PROPN", 18, "compound"), ("Ministry", "PROPN", 14, "nmod"),
                       (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=(("Kim Jae", "PER"), ("Unification Ministry", "ORG")))
    speaker = found["Kim Jae-won"]
    assert speaker.titles == ("spokesman for the Unification Ministry",)
    assert speaker.affiliation == "Unification Ministry"


def test_for_inside_an_organisations_name_is_part_of_it() -> None:
    speaker = name_first("Neera Tanden", [("head", "NOUN", 8, "appos"), ("of", "ADP", 14, "case"),
                                          ("the", "DET", 14, "det"), ("Center", "PROPN", 11, "nmod"),
                                          ("for", "ADP", 17, "case"), ("American", "ADJ", 17, "amod"),
                                          ("Progress", "PROPN", 14, "nmod")], (("Neera Tanden", "PER"),))
    assert speaker.titles == ("head of the Center for American Progress",)
    assert speaker.affiliation == "Center for American Progress"


def test_a_bank_the_tagger_took_for_a_place_is_the_affiliation() -> None:
    speaker = name_first("Lena Ruiz", [("chief", "NOUN", 12, "compound"), ("economist", "NOUN", 8, "appos"),
                                       ("at", "ADP", 15, "case"), ("Northgate", "PROPN", 15, "compound"),
                                       ("Bank", "PROPN", 12, "nmod")],
                         (("Lena Ruiz", "PER"), ("Northgate Bank", "LOC")))
    assert speaker.titles == ("chief economist at Northgate Bank",)
    assert speaker.affiliation == "Northgate Bank"


def test_the_name_after_a_title_of_a_portfolio_that_the_parse_hung_on_the_portfolio() -> None:
    text = QUOTE + "said former Secretary of State Ann Reed."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("former", "ADJ", 9, "amod"),
                       ("Secretary", "PROPN", 7, "nsubj"), ("of", "ADP", 11, "case"), ("State", "PROPN", 9, "nmod"),
                       ("Ann", "PROPN", 11, "flat"), ("Reed", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=(("Ann Reed", "PER"),))
    assert list(found) == ["Ann Reed"]
    assert found["Ann Reed"].titles == ("former Secretary of State",)


def test_a_hyphenated_word_opening_the_role_is_no_preposition() -> None:
    speaker = name_first("Stephanie Formas", [("Clinton", "PROPN", 17, "nmod:poss"), ("'s", "PART", 11, "case"),
                                              ("in", "ADP", 15, "case"), ("-", "PUNCT", 13, "punct"),
                                              ("state", "NOUN", 17, "compound"),
                                              ("communications", "NOUN", 17, "compound"),
                                              ("director", "NOUN", 8, "appos")],
                         (("Stephanie Formas", "PER"), ("Clinton", "PER")))
    assert speaker.titles == ("in-state communications director",)
    assert speaker.affiliation == "Clinton"


def test_such_before_a_role_is_no_part_of_it() -> None:
    speaker = name_first("Ann Reed", [("such", "ADJ", 12, "amod"), ("politician", "NOUN", 8, "appos")],
                         (("Ann Reed", "PER"),))
    assert speaker.titles == ("politician",)


def test_an_organisation_before_a_role_the_parse_made_the_head_gives_one_title() -> None:
    text = QUOTE + "said Acme Corp. chief executive Ann Lee."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Acme", "PROPN", 10, "compound"),
                       ("Corp.", "PROPN", 10, "compound"), ("chief", "NOUN", 7, "nsubj"),
                       ("executive", "ADJ", 12, "amod"), ("Ann", "PROPN", 10, "appos"), ("Lee", "PROPN", 12, "flat"),
                       (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Acme Corp.", "ORG"), ("Ann Lee", "PER")))["Ann Lee"]
    assert speaker.titles == ("chief executive",)
    assert speaker.affiliation == "Acme Corp."


def test_the_portfolio_of_a_title_before_the_name_is_no_part_of_the_name() -> None:
    text = QUOTE + "said RNC Chief of Staff Katie Walsh."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("RNC", "PROPN", 9, "compound"),
                       ("Chief", "PROPN", 12, "compound"), ("of", "ADP", 11, "case"), ("Staff", "PROPN", 9, "nmod"),
                       ("Katie", "PROPN", 7, "nsubj"), ("Walsh", "PROPN", 12, "flat"), (".", "PUNCT", 7, "punct")]
    found = speakers(text, rows, entities=(("RNC", "ORG"), ("Staff Katie Walsh", "PER")))
    assert list(found) == ["Katie Walsh"]
    assert found["Katie Walsh"].titles == ("Chief of Staff",)
    assert found["Katie Walsh"].affiliation == "RNC"


def test_an_organisation_the_tagger_names_opens_the_role_even_with_a_party_adjective() -> None:
    speaker = name_first("Steve Duprey", [("a", "DET", 15, "det"), ("Republican", "ADJ", 14, "amod"),
                                          ("National", "PROPN", 14, "compound"), ("Committee", "PROPN", 15, "compound"),
                                          ("member", "NOUN", 8, "appos"), ("from", "ADP", 18, "case"),
                                          ("New", "PROPN", 18, "compound"), ("Hampshire", "PROPN", 15, "nmod")],
                         (("Steve Duprey", "PER"), ("Republican National Committee", "ORG"), ("New Hampshire", "LOC")))
    assert speaker.titles == ("member from New Hampshire",)
    assert speaker.affiliation == "Republican National Committee"


def test_an_adjective_the_fine_tag_calls_a_proper_noun_opens_an_organisation() -> None:
    speaker = name_last([("Federal", "ADJ", 9, "amod", "federal", "NNP"), ("Reserve", "PROPN", 9, "compound"),
                         ("chairwoman", "NOUN", 10, "compound")], "Janet Yellen", (("Janet Yellen", "PER"),))
    assert speaker.titles == ("chairwoman",)
    assert speaker.affiliation == "Federal Reserve"


def test_a_maven_is_a_role() -> None:
    speaker = name_first("Herman Cain", [("the", "DET", 13, "det"), ("pizza", "NOUN", 13, "compound"),
                                         ("maven", "NOUN", 8, "appos")], (("Herman Cain", "PER"),))
    assert speaker.titles == ("pizza maven",)


def test_a_second_role_the_parse_coordinated_with_the_name_is_a_title_too() -> None:
    speaker = name_first("Herman Cain", [("the", "DET", 13, "det"), ("pizza", "NOUN", 13, "compound"),
                                         ("maven", "NOUN", 8, "appos"), ("and", "CCONJ", 18, "cc"),
                                         ("former", "ADJ", 18, "amod"), ("Republican", "ADJ", 18, "amod"),
                                         ("presidential", "ADJ", 18, "amod"), ("candidate", "NOUN", 8, "conj")],
                         (("Herman Cain", "PER"),))
    assert speaker.titles == ("pizza maven", "former Republican presidential candidate")
    assert speaker.affiliation == "Republican"


def test_a_role_with_a_name_of_its_own_coordinated_with_the_name_is_not_the_persons() -> None:
    text = QUOTE + "said Tom Hale, a lawyer, and nurse Ann Reed."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 7, "nsubj"),
                       ("Hale", "PROPN", 8, "flat"), (",", "PUNCT", 12, "punct"), ("a", "DET", 12, "det"),
                       ("lawyer", "NOUN", 8, "appos"), (",", "PUNCT", 16, "punct"), ("and", "CCONJ", 16, "cc"),
                       ("nurse", "NOUN", 8, "conj"), ("Ann", "PROPN", 15, "flat"), ("Reed", "PROPN", 16, "flat"),
                       (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Tom Hale", "PER"), ("Ann Reed", "PER")))["Tom Hale"]
    assert speaker.titles == ("lawyer",)


def test_a_rank_by_number_is_no_part_of_the_role() -> None:
    speaker = name_first("Tom Hale", [("the", "DET", 14, "det"), ("No.", "NOUN", 14, "compound"),
                                      ("2", "NUM", 12, "nummod"), ("official", "NOUN", 8, "appos")],
                         (("Tom Hale", "PER"),))
    assert speaker.titles == ("official",)


def test_a_party_label_between_commas_is_the_affiliation() -> None:
    text = QUOTE + "said Sen. Tom Hale, R-Texas."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Sen.", "PROPN", 9, "compound"),
                       ("Tom", "PROPN", 7, "nsubj"), ("Hale", "PROPN", 9, "flat"), (",", "PUNCT", 12, "punct"),
                       ("R-Texas", "PROPN", 9, "appos"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Tom Hale", "PER"),))["Tom Hale"]
    assert speaker.titles == ("Sen.",)
    assert speaker.affiliation == "R"


def test_one_capitalised_word_after_at_is_the_organisation() -> None:
    speaker = name_first("Tom Hale", [("a", "DET", 13, "det"), ("vice", "ADJ", 13, "amod"),
                                      ("president", "NOUN", 8, "appos"), ("at", "ADP", 15, "case"),
                                      ("Acme", "PROPN", 13, "nmod")], (("Tom Hale", "PER"),))
    assert speaker.titles == ("vice president at Acme",)
    assert speaker.affiliation == "Acme"


def test_a_word_the_tagger_calls_an_organisation_elsewhere_opens_the_role() -> None:
    text = 'Acme grew. "We will win," said Ann Reed, an Acme engineer.'
    first: list[Row] = [("Acme", "PROPN", 2, "nsubj"), ("grew", "VERB", 0, "root", "grow", "VBD"),
                        (".", "PUNCT", 2, "punct")]
    second: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                         ("Reed", "PROPN", 8, "flat"), (",", "PUNCT", 13, "punct"), ("an", "DET", 13, "det"),
                         ("Acme", "PROPN", 13, "compound"), ("engineer", "NOUN", 8, "appos"),
                         (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, first, second, entities=(("Acme", "ORG"), ("Ann Reed", "PER")))["Ann Reed"]
    assert speaker.titles == ("engineer",)
    assert speaker.affiliation == "Acme"


def test_a_candidates_campaign_after_a_preposition_is_the_affiliation() -> None:
    speaker = name_first("Mike Smit", [("an", "DET", 14, "det"), ("economic", "ADJ", 14, "amod"),
                                       ("policy", "NOUN", 14, "compound"), ("adviser", "NOUN", 8, "appos"),
                                       ("at", "ADP", 18, "case"), ("the", "DET", 18, "det"),
                                       ("Clinton", "PROPN", 18, "compound"), ("campaign", "NOUN", 14, "nmod")],
                         (("Mike Smit", "PER"), ("Clinton", "PER")))
    assert speaker.titles == ("economic policy adviser at the Clinton campaign",)
    assert speaker.affiliation == "Clinton campaign"


def test_a_hyphenated_organisation_name_is_whole() -> None:
    speaker = name_first("Steve Ross", [("a", "DET", 13, "det"), ("senior", "ADJ", 13, "amod"),
                                        ("fellow", "NOUN", 8, "appos"), ("at", "ADP", 21, "case"),
                                        ("the", "DET", 21, "det"), ("Urban", "PROPN", 21, "compound"),
                                        ("-", "PUNCT", 18, "punct"), ("Brookings", "PROPN", 21, "compound"),
                                        ("Tax", "PROPN", 21, "compound"), ("Policy", "PROPN", 21, "compound"),
                                        ("Center", "PROPN", 13, "nmod")],
                         (("Steve Ross", "PER"), ("Brookings Tax Policy Center", "ORG")))
    assert speaker.affiliation == "Urban-Brookings Tax Policy Center"


def test_a_place_and_a_lower_case_organisation_noun_before_the_role_are_the_affiliation() -> None:
    speaker = name_last([("Tulsa", "PROPN", 9, "compound"), ("police", "NOUN", 9, "compound"),
                         ("Chief", "PROPN", 10, "compound")], "Chuck Jordan",
                        (("Tulsa", "LOC"), ("Chuck Jordan", "PER")))
    assert speaker.titles == ("Chief",)
    assert speaker.affiliation == "Tulsa police"


def test_general_after_a_role_is_part_of_it_and_the_organisation_before_is_the_affiliation() -> None:
    speaker = name_last([("State", "PROPN", 8, "compound"), ("Department", "PROPN", 9, "compound"),
                         ("Inspector", "PROPN", 11, "compound"), ("General", "ADJ", 9, "amod", "general", "NNP")],
                        "Steve Linick", (("State Department", "ORG"), ("Steve Linick", "PER")))
    assert speaker.titles == ("Inspector General",)
    assert speaker.affiliation == "State Department"


def test_a_city_that_opens_an_organisations_name_in_the_article_is_that_organisation() -> None:
    text = QUOTE + "said Marquette pollster Charles Franklin. A Marquette Law School poll showed it."
    first: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"),
                        ("Marquette", "PROPN", 9, "compound"), ("pollster", "NOUN", 10, "compound"),
                        ("Charles", "PROPN", 7, "nsubj"), ("Franklin", "PROPN", 10, "flat"), (".", "PUNCT", 7, "punct")]
    second: list[Row] = [("A", "DET", 5, "det"), ("Marquette", "PROPN", 4, "compound"), ("Law", "PROPN", 4, "compound"),
                         ("School", "PROPN", 5, "compound"), ("poll", "NOUN", 6, "nsubj"),
                         ("showed", "VERB", 0, "root", "show", "VBD"), ("it", "PRON", 6, "obj"),
                         (".", "PUNCT", 6, "punct")]
    speaker = speakers(text, first, second, entities=(("Charles Franklin", "PER"), ("Marquette Law School", "ORG")))[
        "Charles Franklin"]
    assert speaker.titles == ("pollster",)
    assert speaker.affiliation == "Marquette"


def test_an_of_phrase_after_the_name_names_its_organisation_past_a_stance() -> None:
    text = QUOTE + "said Jonah Goldberg of the anti-Trump National Review."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Jonah", "PROPN", 7, "nsubj"),
                       ("Goldberg", "PROPN", 8, "flat"), ("of", "ADP", 14, "case"), ("the", "DET", 14, "det"),
                       ("anti-Trump", "PROPN", 14, "compound"), ("National", "ADJ", 14, "amod"),
                       ("Review", "PROPN", 8, "nmod"), (".", "PUNCT", 7, "punct")]
    speaker = speakers(text, rows, entities=(("Jonah Goldberg", "PER"),))["Jonah Goldberg"]
    assert speaker.affiliation == "National Review"


def test_a_place_after_the_name_is_no_organisation() -> None:
    text = QUOTE + "said Ann Lee of Eau Claire."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Ann", "PROPN", 7, "nsubj"),
                       ("Lee", "PROPN", 8, "flat"), ("of", "ADP", 12, "case"), ("Eau", "PROPN", 12, "compound"),
                       ("Claire", "PROPN", 8, "nmod"), (".", "PUNCT", 7, "punct")]
    assert speakers(text, rows, entities=(("Ann Lee", "PER"),))["Ann Lee"].affiliation is None


def test_what_the_person_does_now_at_an_organisation_names_it() -> None:
    speaker = name_first("Lee Epstein", [("who", "PRON", 12, "nsubj", "who", "WP"),
                                         ("teaches", "VERB", 8, "acl:relcl", "teach", "VBZ"),
                                         ("law", "NOUN", 12, "obj"), ("and", "CCONJ", 15, "cc"),
                                         ("ethics", "NOUN", 13, "conj"), ("at", "ADP", 18, "case"),
                                         ("Washington", "PROPN", 18, "compound"), ("University", "PROPN", 15, "nmod")],
                         (("Lee Epstein", "PER"), ("Washington University", "ORG")))
    assert speaker.affiliation == "Washington University"
    past = name_first("Lee Epstein", [("who", "PRON", 12, "nsubj", "who", "WP"),
                                      ("taught", "VERB", 8, "acl:relcl", "teach", "VBD"),
                                      ("law", "NOUN", 12, "obj"), ("at", "ADP", 16, "case"),
                                      ("Washington", "PROPN", 16, "compound"), ("University", "PROPN", 12, "obl")],
                      (("Lee Epstein", "PER"), ("Washington University", "ORG")))
    assert past.affiliation is None


def test_a_newsroom_right_before_a_persons_name_is_no_part_of_it_but_the_affiliation() -> None:
    speaker = name_last([("Fox", "PROPN", 8, "compound"), ("News", "PROPN", 9, "compound")], "Sean Hannity",
                        (("Sean Hannity", "PER"),))
    assert speaker.titles == ()
    assert speaker.affiliation == "Fox News"


def test_the_preposition_a_titled_name_is_the_object_of_is_no_part_of_its_title() -> None:
    # the parse hung the preposition on the title, which it hung on the name
    text = "Ann Reed wrote to State Department Inspector General Steve Linick. " + QUOTE + "Linick said."
    first: list[Row] = [("Ann", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"),
                        ("wrote", "VERB", 0, "root", "write", "VBD"), ("to", "ADP", 7, "case"),
                        ("State", "PROPN", 7, "compound"), ("Department", "PROPN", 7, "compound"),
                        ("Inspector", "PROPN", 9, "nmod:desc"), ("General", "ADJ", 9, "nmod:desc", "general", "NNP"),
                        ("Steve", "PROPN", 3, "obl"), ("Linick", "PROPN", 9, "flat"), (".", "PUNCT", 3, "punct")]
    second: list[Row] = [*quote_rows(8), ("Linick", "PROPN", 8, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                         (".", "PUNCT", 8, "punct")]
    linick = speakers(text, first, second, entities=(("Ann Reed", "PER"), ("State Department", "ORG"),
                                                     ("Steve Linick", "PER"), ("Linick", "PER")))["Steve Linick"]
    assert linick.titles == ("Inspector General",)
    assert linick.affiliation == "State Department"


def test_a_league_before_the_role_is_the_affiliation() -> None:
    # "Italy's Northern League leader Matteo Salvini"
    speaker = name_last([("Italy", "PROPN", 10, "nmod:poss"), ("'s", "PART", 7, "case"),
                         ("Northern", "ADJ", 10, "amod"), ("League", "PROPN", 11, "compound"),
                         ("leader", "NOUN", 12, "compound")], "Matteo Hale", (("Matteo Hale", "PER"),))
    assert speaker.titles == ("leader",)
    assert speaker.affiliation == "Northern League"



def test_an_as_role_names_the_organisation_it_serves() -> None:
    # "Democratic pollster Geoff Garin, who ... and now serves as an adviser to Priorities USA"
    text = QUOTE + "said Democratic pollster Ann Hale, and she serves as an adviser to Acme Action."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Democratic", "ADJ", 9, "amod"),
                       ("pollster", "NOUN", 10, "compound"), ("Ann", "PROPN", 7, "nsubj"),
                       ("Hale", "PROPN", 10, "flat"), (",", "PUNCT", 15, "punct"), ("and", "CCONJ", 15, "cc"),
                       ("she", "PRON", 15, "nsubj"),
                       ("serves", "VERB", 7, "conj", "serve", "VBZ"), ("as", "ADP", 18, "case"),
                       ("an", "DET", 18, "det"), ("adviser", "NOUN", 15, "obl"), ("to", "ADP", 20, "case"),
                       ("Acme", "PROPN", 18, "nmod"), ("Action", "PROPN", 20, "flat"), (".", "PUNCT", 7, "punct")]
    hale = speakers(text, rows, entities=(("Ann Hale", "PER"), ("Acme Action", "ORG")))["Ann Hale"]
    assert "adviser to Acme Action" in hale.titles
    assert hale.affiliation == "Acme Action"


def test_a_possessor_right_after_the_verb_of_saying_is_not_the_speaker_its_role_names() -> None:
    # '“...,” said Rubio's deputy campaign manager, Rich Beeson, who oversaw ...', the role parsed as a complement
    text = QUOTE + "said Rubio's deputy campaign manager, Rich Beeson."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Rubio", "PROPN", 12, "nmod:poss"),
                       ("'s", "PART", 8, "case"), ("deputy", "NOUN", 12, "compound"),
                       ("campaign", "NOUN", 12, "compound"), ("manager", "NOUN", 7, "ccomp"),
                       (",", "PUNCT", 15, "punct"), ("Rich", "ADJ", 15, "amod"), ("Beeson", "PROPN", 12, "appos"),
                       (".", "PUNCT", 7, "punct")]
    people = speakers(text, rows, entities=(("Rubio", "PER"), ("Beeson", "PER")))
    assert list(people) == ["Rich Beeson"]
    assert people["Rich Beeson"].titles == ("deputy campaign manager",)
    assert people["Rich Beeson"].affiliation == "Rubio"


def test_a_name_parsed_as_a_conjunct_of_the_speakers_role_without_a_conjunction_is_its_apposition() -> None:
    # '“...,” said Rubio's deputy campaign manager, Rich Beeson, who oversaw ...', the name a bare conjunct
    text = QUOTE + "said Rubio's campaign manager, Rich Beeson, who ran it."
    rows: list[Row] = [*quote_rows(7), ("said", "VERB", 0, "root", "say", "VBD"), ("Rubio", "PROPN", 11, "nmod:poss"),
                       ("'s", "PART", 8, "case"), ("campaign", "NOUN", 11, "compound"), ("manager", "NOUN", 7, "nsubj"),
                       (",", "PUNCT", 14, "punct"), ("Rich", "ADJ", 14, "amod"), ("Beeson", "PROPN", 11, "conj"),
                       (",", "PUNCT", 17, "punct"), ("who", "PRON", 17, "nsubj"), ("ran", "VERB", 11, "acl:relcl"),
                       ("it", "PRON", 17, "obj"), (".", "PUNCT", 7, "punct")]
    people = speakers(text, rows, entities=(("Rubio", "PER"), ("Beeson", "PER")))
    assert list(people) == ["Rich Beeson"]
    assert people["Rich Beeson"].titles == ("campaign manager",)


def test_an_organisation_named_with_for_inside_is_the_whole_name() -> None:
    # "communications director of ... Democracy for America", "founder of the ... Dutch Party for Freedom"
    speaker = name_first("Neil Hale", [("director", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                       ("Democracy", "PROPN", 11, "nmod"), ("for", "ADP", 15, "case"),
                                       ("America", "PROPN", 13, "nmod")], (("Neil Hale", "PER"),))
    assert speaker.titles == ("director of Democracy for America",)
    assert speaker.affiliation == "Democracy for America"


def test_a_portfolio_with_for_inside_is_no_organisation() -> None:
    speaker = name_first("Ann Hale", [("secretary", "NOUN", 8, "appos"), ("of", "ADP", 13, "case"),
                                      ("State", "PROPN", 11, "nmod"), ("for", "ADP", 15, "case"),
                                      ("Europe", "PROPN", 13, "nmod")], (("Ann Hale", "PER"), ("Europe", "LOC")))
    assert speaker.titles == ("secretary of State for Europe",)
    assert speaker.affiliation is None


def test_a_role_held_years_ago_names_no_affiliation() -> None:
    # "Brett O'Donnell, chief strategist for Michele Bachmann's campaign four years ago" (RULES.md: a past date)
    speaker = name_first("Brett Hale", [("strategist", "NOUN", 8, "appos"), ("for", "ADP", 14, "case"),
                                        ("Acme", "PROPN", 14, "compound"), ("Group", "PROPN", 11, "nmod"),
                                        ("four", "NUM", 16, "nummod"), ("years", "NOUN", 17, "obl:npmod"),
                                        ("ago", "ADV", 11, "advmod")], (("Brett Hale", "PER"), ("Acme Group", "ORG")))
    assert speaker.titles == ("strategist for Acme Group",)
    assert speaker.affiliation is None


def test_a_relative_clause_on_the_apposition_gives_the_person_a_role() -> None:
    # "Scott Morris, a former Treasury official who is now a senior fellow at the Center for Global Development"
    speaker = name_first("Scott Hale", [("a", "DET", 13, "det"), ("former", "ADJ", 13, "amod"),
                                        ("official", "NOUN", 8, "appos"), ("who", "PRON", 19, "nsubj"),
                                        ("is", "AUX", 19, "cop"), ("now", "ADV", 19, "advmod"), ("a", "DET", 19, "det"),
                                        ("senior", "ADJ", 19, "amod"), ("fellow", "NOUN", 13, "acl:relcl"),
                                        ("at", "ADP", 22, "case"), ("Acme", "PROPN", 22, "compound"),
                                        ("Group", "PROPN", 19, "nmod")],
                         (("Scott Hale", "PER"), ("Acme Group", "ORG")))
    assert speaker.titles == ("former official", "senior fellow at Acme Group")
    assert speaker.affiliation == "Acme Group"
