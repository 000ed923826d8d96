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


def _not_yet_said_by(name: list[Row], verb_at: int) -> list[Row]:
    """'"Not yet," <name> said.' with the quote as the complement of the verb at `verb_at` (counted from 1)."""
    return [*NOT_YET_ROWS[:2], ("yet", "ADV", verb_at, "ccomp"), *NOT_YET_ROWS[3:], *name,
            ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", verb_at, "punct")]


BEN_KAY: list[Row] = [("Ben", "PROPN", 8, "nsubj"), ("Kay", "PROPN", 6, "flat")]


def test_who_is_the_name_before_it_where_the_parse_hung_its_clause_elsewhere() -> None:
    # the parser made "said" a complement of "left": the comma after the name still ties "who" to it
    doc = parsed("Ann Okafor, who said the plan was good, left.", [
        ("Ann", "PROPN", 11, "nsubj"), ("Okafor", "PROPN", 1, "flat"), (",", "PUNCT", 5, "punct"),
        ("who", "PRON", 5, "nsubj"), ("said", "VERB", 11, "ccomp", "say", "VBD"), ("the", "DET", 7, "det"),
        ("plan", "NOUN", 9, "nsubj"), ("was", "AUX", 9, "cop", "be"), ("good", "ADJ", 5, "ccomp"),
        (",", "PUNCT", 11, "punct"), ("left", "VERB", 0, "root", "leave", "VBD"), (".", "PUNCT", 11, "punct"),
    ], entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"


def test_i_in_a_quote_that_carries_on_the_speaker_before_it_is_that_speaker() -> None:
    doc = parsed(f"{NOT_YET} Ben Kay said. \"'No,' I said.\"", _not_yet_said_by(BEN_KAY, 8), [
        ('"', "PUNCT", 7, "punct"), ("'", "PUNCT", 3, "punct"), ("No", "INTJ", 7, "ccomp"),
        (",", "PUNCT", 3, "punct"), ("'", "PUNCT", 3, "punct"), ("I", "PRON", 7, "nsubj"),
        ("said", "VERB", 0, "root", "say", "VBD"), (".", "PUNCT", 7, "punct"), ('"', "PUNCT", 7, "punct"),
    ], entities=(("Ben Kay", "PER"),))
    result = attribute_doc(doc)
    by_text = {q.text: q for q in result.quotes}
    assert _speaker_name(result, by_text["No"]) == "Ben Kay"


def test_he_is_the_person_just_named_as_subject_not_one_quoted_further_back() -> None:
    text = f'{NOT_YET} Ben Kay said. Tom Reed won the prize. {NOT_YET} he said.'
    doc = parsed(text, _not_yet_said_by(BEN_KAY, 8), [
        ("Tom", "PROPN", 3, "nsubj"), ("Reed", "PROPN", 1, "flat"), ("won", "VERB", 0, "root", "win", "VBD"),
        ("the", "DET", 5, "det"), ("prize", "NOUN", 3, "obj"), (".", "PUNCT", 3, "punct"),
    ], _said("he"), entities=(("Ben Kay", "PER"), ("Tom Reed", "PER")))
    result = attribute_doc(doc)
    first, second = result.quotes
    assert _speaker_name(result, first) == "Ben Kay"
    assert _speaker_name(result, second) == "Tom Reed"


def test_they_is_no_place() -> None:
    doc = parsed(f'The rally was in Ohio. {NOT_YET} they said.', [
        ("The", "DET", 2, "det"), ("rally", "NOUN", 5, "nsubj"), ("was", "AUX", 5, "cop", "be"),
        ("in", "ADP", 5, "case"), ("Ohio", "PROPN", 0, "root"), (".", "PUNCT", 5, "punct"),
    ], _said("they"), entities=(("Ohio", "GPE"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ohio"


def test_she_is_not_a_man_named_by_his_first_name_alone() -> None:
    text = f'Ann Okafor called. {NOT_YET} Tom said. {NOT_YET} she said.'
    doc = parsed(text, OKAFOR_CALLED, _not_yet_said_by([("Tom", "PROPN", 7, "nsubj")], 7), _said("she"),
                 entities=(("Ann Okafor", "PER"), ("Tom", "PER")))
    result = attribute_doc(doc)
    assert _speaker_name(result, result.quotes[0]) == "Tom"
    assert _speaker_name(result, result.quotes[1]) == "Ann Okafor"


def test_they_are_the_people_a_plural_subject_names_since_the_organisation() -> None:
    text = f'Acme changed the browser. Users complained. {NOT_YET} they said.'
    doc = parsed(text, [
        ("Acme", "PROPN", 2, "nsubj"), ("changed", "VERB", 0, "root", "change", "VBD"), ("the", "DET", 4, "det"),
        ("browser", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct"),
    ], [
        ("Users", "NOUN", 2, "nsubj", "user", "NNS"), ("complained", "VERB", 0, "root", "complain", "VBD"),
        (".", "PUNCT", 2, "punct"),
    ], _said("they"), entities=(("Acme", "ORG"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Users"


INTERVIEW_ANSWER: list[Row] = [
    ("I", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("that", "SCONJ", 6, "mark"),
    ("we", "PRON", 6, "nsubj"), ("can", "AUX", 6, "aux"), ("win", "VERB", 2, "ccomp"), (".", "PUNCT", 2, "punct"),
]
WHY_RUN: list[Row] = [("Why", "ADV", 2, "advmod"), ("run", "VERB", 0, "root"), ("?", "PUNCT", 2, "punct")]
YOU_THINK: list[Row] = [  # "Do you think that we can win?"
    ("Do", "AUX", 3, "aux"), ("you", "PRON", 3, "nsubj"), ("think", "VERB", 0, "root", "think", "VBP"),
    ("that", "SCONJ", 7, "mark"), ("we", "PRON", 7, "nsubj"), ("can", "AUX", 7, "aux"),
    ("win", "VERB", 3, "ccomp"), ("?", "PUNCT", 3, "punct")]
MCDONNELL_DID_WELL: list[Row] = [("Bob", "PROPN", 3, "nsubj"), ("McDonnell", "PROPN", 1, "flat"),
                                 ("did", "VERB", 0, "root", "do", "VBD"), ("well", "ADV", 3, "advmod"),
                                 (".", "PUNCT", 3, "punct")]
HE_ERRED: list[Row] = [("He", "PRON", 2, "nsubj"), ("erred", "VERB", 0, "root", "err", "VBD"),
                       (".", "PUNCT", 2, "punct")]


def _sarvis_said() -> list[Row]:
    """'"Not yet," Sarvis said.'"""
    rows = _said("Sarvis")
    rows[5] = ("Sarvis", "PROPN", 7, "nsubj")
    return rows


def _headline(verb: str) -> list[Row]:
    return [("Wikinews", "PROPN", 2, "nsubj"), (verb, "VERB", 0, "root", verb.removesuffix("s"), "VBZ"),
            ("Ann", "PROPN", 2, "obj"), ("Okafor", "PROPN", 3, "flat")]


def test_i_in_an_interview_is_the_person_its_headline_names() -> None:
    text = "Wikinews interviews Ann Okafor\n\nWhy run?\n\nI said that we can win."
    doc = parsed(text, _headline("interviews"), WHY_RUN, INTERVIEW_ANSWER, entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert quote.text == "we can win"
    assert _speaker_name(result, quote) == "Ann Okafor"


def test_i_in_an_interviews_question_is_the_interviewer() -> None:
    # "Browsing the catalog, I find that ... Would you then offer two versions?": a paragraph that asks is the
    # interviewer's, and its "I" is no one the article names
    text = "Wikinews interviews Ann Okafor\n\nI said that we can win. Why run?"
    doc = parsed(text, _headline("interviews"), INTERVIEW_ANSWER, WHY_RUN, entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ann Okafor"


def test_we_in_an_interviews_answer_is_the_person_interviewed_and_you_there_is_no_one() -> None:
    # the answers speak for the person interviewed and their side ("We take the Wikipedia approach"); "you" in an
    # answer is the one asking, or anyone ("if you think it should be better")
    for pronoun, expected in (("We", "Ann Okafor"), ("you", None)):
        answer = [(pronoun, "PRON", 2, "nsubj"), *INTERVIEW_ANSWER[1:]]
        text = f"Wikinews interviews Ann Okafor\n\nWhy run?\n\n{pronoun} said that we can win."
        doc = parsed(text, _headline("interviews"), WHY_RUN, answer, entities=(("Ann Okafor", "PER"),))
        result = attribute_doc(doc)
        [quote] = result.quotes
        name = _speaker_name(result, quote)
        assert (name == expected) if expected else (name != "Ann Okafor"), pronoun


def test_a_long_answer_that_ends_in_a_question_is_still_an_answer() -> None:
    # "... I mean the obvious question is why should NATO exist?": a question asked at the end of a long answer is
    # rhetorical, and the paragraph's "I" is still the person interviewed
    answer = " ".join(["I said that we can win."] * 15)
    text = f"Wikinews interviews Ann Okafor\n\nWhy run?\n\n{answer} Why run?"
    doc = parsed(text, _headline("interviews"), WHY_RUN, *[INTERVIEW_ANSWER] * 15, WHY_RUN,
                 entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    assert len(result.quotes) == 15
    assert {_speaker_name(result, quote) for quote in result.quotes} == {"Ann Okafor"}


def test_a_name_that_modifies_a_noun_in_an_interviews_headline_is_not_the_person_interviewed() -> None:
    # "Wikinews interviews New York bar owner on Santorum cocktail": the cocktail is named after someone else
    text = "Wikinews interviews owner on Okafor cocktail\n\nWhy run?\n\nI said that we can win."
    headline: list[Row] = [
        ("Wikinews", "PROPN", 2, "nsubj"), ("interviews", "VERB", 0, "root", "interview", "VBZ"),
        ("owner", "NOUN", 2, "obj"), ("on", "ADP", 6, "case"), ("Okafor", "PROPN", 6, "compound"),
        ("cocktail", "NOUN", 2, "obl")]
    doc = parsed(text, headline, WHY_RUN, INTERVIEW_ANSWER, entities=(("Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Okafor"


def test_a_sentence_all_in_quotation_marks_does_not_count_between_a_subject_and_his_pronoun() -> None:
    # 'Bo Li said "Not yet." Tom Hale called. "Not yet." He added.': the marks around the second quote are no words
    # of the writer's, so "He" is the subject of the sentence before the quote, not the speaker quoted first
    text = 'Bo Li said "Not yet." Tom Hale called. "Not yet." He added.'
    li_said: list[Row] = [
        ("Bo", "PROPN", 3, "nsubj"), ("Li", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
        ('"', "PUNCT", 6, "punct"), ("Not", "PART", 6, "advmod"), ("yet", "ADV", 3, "ccomp"),
        (".", "PUNCT", 3, "punct"), ('"', "PUNCT", 6, "punct")]
    hale_called: list[Row] = [("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"),
                              ("called", "VERB", 0, "root", "call", "VBD"), (".", "PUNCT", 3, "punct")]
    not_yet: list[Row] = [('"', "PUNCT", 3, "punct"), ("Not", "PART", 3, "advmod"), ("yet", "ADV", 0, "root"),
                          (".", "PUNCT", 3, "punct"), ('"', "PUNCT", 3, "punct")]
    he_added: list[Row] = [("He", "PRON", 2, "nsubj"), ("added", "VERB", 0, "root", "add", "VBD"),
                           (".", "PUNCT", 2, "punct")]
    doc = parsed(text, li_said, hale_called, not_yet, he_added, entities=(("Bo Li", "PER"), ("Tom Hale", "PER")))
    result = attribute_doc(doc)
    first, second = result.quotes
    assert _speaker_name(result, first) == "Bo Li"
    assert _speaker_name(result, second) == "Tom Hale"


def test_an_article_of_questions_and_answers_is_an_interview_with_the_person_its_headline_names() -> None:
    # "Andrew Westphal about Stardust @ home", then question after question: an interview the headline does not
    # call one; a single question among the paragraphs makes none
    headline: list[Row] = [("Ann", "PROPN", 0, "root"), ("Okafor", "PROPN", 1, "flat"), ("on", "ADP", 5, "case"),
                           ("the", "DET", 5, "det"), ("race", "NOUN", 1, "nmod")]
    for questions, expected in ((3, {"Ann Okafor"}), (1, {"I"})):
        body = "\n\n".join(["Why run?\n\nI said that we can win."] * questions)
        doc = parsed(f"Ann Okafor on the race\n\n{body}", headline, *[WHY_RUN, INTERVIEW_ANSWER] * questions,
                     entities=(("Ann Okafor", "PER"),))
        result = attribute_doc(doc)
        assert len(result.quotes) == questions
        assert {_speaker_name(result, quote) for quote in result.quotes} == expected, questions


def test_i_under_a_headline_that_is_no_interview_is_the_writer() -> None:
    text = "Wikinews meets Ann Okafor\n\nWhy run?\n\nI said that we can win."
    doc = parsed(text, _headline("meets"), WHY_RUN, INTERVIEW_ANSWER, entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ann Okafor"


def test_he_follows_the_person_named_before_sentences_that_refer_to_him_again() -> None:
    # 'McDonnell did well. His efforts ... He erred. "...," he said.': no one else is named since McDonnell, so
    # "he" is McDonnell, not the speaker quoted before him
    text = f'{NOT_YET} Sarvis said. Bob McDonnell did well. His efforts were good. He erred. {NOT_YET} he said.'
    his_efforts: list[Row] = [("His", "PRON", 2, "nmod:poss"), ("efforts", "NOUN", 4, "nsubj"),
                              ("were", "AUX", 4, "cop"), ("good", "ADJ", 0, "root"), (".", "PUNCT", 4, "punct")]
    doc = parsed(text, _sarvis_said(), MCDONNELL_DID_WELL, his_efforts, HE_ERRED, _said("he"),
                 entities=(("Sarvis", "PER"), ("Bob McDonnell", "PER")))
    result = attribute_doc(doc)
    first, second = result.quotes
    assert _speaker_name(result, first) == "Sarvis"
    assert _speaker_name(result, second) == "Bob McDonnell"


def test_you_in_an_interviews_question_is_the_person_interviewed_and_interview_is_no_name() -> None:
    # "Interview with LibriVox founder Hugh McGuire Sunday, May 28, 2006": the parse hangs the date on "Interview",
    # which then reads as a person with a title; the person interviewed is still McGuire alone
    text = "Interview with LibriVox founder Ann Okafor Sunday, May 28, 2006\n\nDo you think that we can win?"
    headline: list[Row] = [
        ("Interview", "PROPN", 0, "root"), ("with", "ADP", 4, "case"), ("LibriVox", "PROPN", 4, "compound"),
        ("founder", "NOUN", 1, "nmod"), ("Ann", "PROPN", 4, "flat"), ("Okafor", "PROPN", 5, "flat"),
        ("Sunday", "PROPN", 5, "flat"), (",", "PUNCT", 10, "punct"), ("May", "PROPN", 10, "nmod:unmarked"),
        ("28", "NUM", 1, "appos"), (",", "PUNCT", 12, "punct"), ("2006", "NUM", 10, "nmod:unmarked")]
    doc = parsed(text, headline, YOU_THINK, entities=(("LibriVox", "ORG"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"


def test_i_in_an_article_with_a_byline_is_its_author() -> None:
    text = "Why run?\n\nBy Ann Okafor\n\nI said that we can win."
    byline: list[Row] = [("By", "ADP", 3, "case"), ("Ann", "PROPN", 0, "root"), ("Okafor", "PROPN", 2, "flat")]
    doc = parsed(text, WHY_RUN, byline, INTERVIEW_ANSWER, entities=(("Ann Okafor", "PER"),))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) == "Ann Okafor"
    # "you" is still the reader: only an interview's questions speak to someone named
    question = "Why run?\n\nBy Ann Okafor\n\nDo you think that we can win?"
    result = attribute_doc(parsed(question, WHY_RUN, byline, YOU_THINK, entities=(("Ann Okafor", "PER"),)))
    [quote] = result.quotes
    assert _speaker_name(result, quote) != "Ann Okafor"


def test_a_byline_of_several_authors_names_no_one_i() -> None:
    text = "Why run?\n\nBy Ann Okafor and Bo Li\n\nI said that we can win."
    byline: list[Row] = [("By", "ADP", 3, "case"), ("Ann", "PROPN", 0, "root"), ("Okafor", "PROPN", 2, "flat"),
                         ("and", "CCONJ", 5, "cc"), ("Bo", "PROPN", 2, "conj"), ("Li", "PROPN", 5, "flat")]
    doc = parsed(text, WHY_RUN, byline, INTERVIEW_ANSWER, entities=(("Ann Okafor", "PER"), ("Bo Li", "PER")))
    result = attribute_doc(doc)
    [quote] = result.quotes
    assert _speaker_name(result, quote) not in ("Ann Okafor", "Bo Li")


def test_a_title_is_no_one_named_between_a_person_and_his_pronoun() -> None:
    # 'McDonnell did well. Those efforts are his highest achievements as Governor. He erred. "...," he said.':
    # "Governor" is a proper noun, but no one else
    text = (f'{NOT_YET} Sarvis said. Bob McDonnell did well. His efforts were good as Governor. He erred. '
            f'{NOT_YET} he said.')
    as_governor: list[Row] = [("His", "PRON", 2, "nmod:poss"), ("efforts", "NOUN", 4, "nsubj"),
                              ("were", "AUX", 4, "cop"), ("good", "ADJ", 0, "root"), ("as", "ADP", 6, "case"),
                              ("Governor", "PROPN", 4, "obl"), (".", "PUNCT", 4, "punct")]
    doc = parsed(text, _sarvis_said(), MCDONNELL_DID_WELL, as_governor, HE_ERRED, _said("he"),
                 entities=(("Sarvis", "PER"), ("Bob McDonnell", "PER")))
    result = attribute_doc(doc)
    assert [_speaker_name(result, q) for q in result.quotes] == ["Sarvis", "Bob McDonnell"]


HE_SAID_THE_CITY_MUST_PAY: list[Row] = [
    ("He", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("the", "DET", 4, "det"),
    ("city", "NOUN", 6, "nsubj"), ("must", "AUX", 6, "aux"), ("pay", "VERB", 2, "ccomp"), (".", "PUNCT", 2, "punct"),
]
HALE_SAID_LEE_ERRED: list[Row] = [
    ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("said", "VERB", 0, "root", "say", "VBD"),
    ("Bob", "PROPN", 6, "nsubj"), ("Lee", "PROPN", 4, "flat"), ("erred", "VERB", 3, "ccomp", "err", "VBD"),
    (".", "PUNCT", 3, "punct"),
]


def test_he_after_reported_speech_is_the_person_who_reported_it() -> None:
    text = "Tom Hale said Bob Lee erred. He said the city must pay."
    result = attribute_doc(parsed(text, HALE_SAID_LEE_ERRED, HE_SAID_THE_CITY_MUST_PAY,
                                  entities=(("Tom Hale", "PER"), ("Bob Lee", "PER"))))
    quote = next(q for q in result.quotes if q.text == "the city must pay")
    assert _speaker_name(result, quote) == "Tom Hale"


def test_he_is_no_one_his_own_words_name() -> None:
    text = '"We win," said Tom Hale. Bob Lee left. He said Lee must pay.'
    win: list[Row] = [
        ('"', "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("win", "VERB", 6, "ccomp"), (",", "PUNCT", 3, "punct"),
        ('"', "PUNCT", 6, "punct"), ("said", "VERB", 0, "root", "say", "VBD"), ("Tom", "PROPN", 6, "nsubj"),
        ("Hale", "PROPN", 7, "flat"), (".", "PUNCT", 6, "punct"),
    ]
    left: list[Row] = [
        ("Bob", "PROPN", 3, "nsubj"), ("Lee", "PROPN", 1, "flat"), ("left", "VERB", 0, "root", "leave", "VBD"),
        (".", "PUNCT", 3, "punct"),
    ]
    said: list[Row] = [
        ("He", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"), ("Lee", "PROPN", 5, "nsubj"),
        ("must", "AUX", 5, "aux"), ("pay", "VERB", 2, "ccomp"), (".", "PUNCT", 2, "punct"),
    ]
    result = attribute_doc(parsed(text, win, left, said,
                                  entities=(("Tom Hale", "PER"), ("Bob Lee", "PER"), ("Lee", "PER"))))
    quote = next(q for q in result.quotes if q.text == "Lee must pay")
    assert _speaker_name(result, quote) == "Tom Hale"


def test_he_follows_the_chain_past_a_name_in_a_clause_under_his_own() -> None:
    text = "Tom Hale arrived. He served as Bob Lee's aide when Lee visited. He said the city must pay."
    arrived: list[Row] = [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("arrived", "VERB", 0, "root", "arrive", "VBD"),
        (".", "PUNCT", 3, "punct"),
    ]
    served: list[Row] = [
        ("He", "PRON", 2, "nsubj"), ("served", "VERB", 0, "root", "serve", "VBD"), ("as", "ADP", 7, "case"),
        ("Bob", "PROPN", 7, "nmod:poss"), ("Lee", "PROPN", 4, "flat"), ("'s", "PART", 4, "case"),
        ("aide", "NOUN", 2, "obl"), ("when", "ADV", 10, "advmod"), ("Lee", "PROPN", 10, "nsubj"),
        ("visited", "VERB", 2, "advcl", "visit", "VBD"), (".", "PUNCT", 2, "punct"),
    ]
    result = attribute_doc(parsed(text, arrived, served, HE_SAID_THE_CITY_MUST_PAY,
                                  entities=(("Tom Hale", "PER"), ("Bob Lee", "PER"), ("Lee", "PER"))))
    quote = next(q for q in result.quotes if q.text == "the city must pay")
    assert _speaker_name(result, quote) == "Tom Hale"


def test_he_follows_a_long_chain_of_sentences_he_is_the_subject_of() -> None:
    text = "Tom Hale arrived. He met Bob Lee when Lee visited. He ran. He ate. He slept. He said the city must pay."
    arrived: list[Row] = [
        ("Tom", "PROPN", 3, "nsubj"), ("Hale", "PROPN", 1, "flat"), ("arrived", "VERB", 0, "root", "arrive", "VBD"),
        (".", "PUNCT", 3, "punct"),
    ]
    met: list[Row] = [
        ("He", "PRON", 2, "nsubj"), ("met", "VERB", 0, "root", "meet", "VBD"), ("Bob", "PROPN", 2, "obj"),
        ("Lee", "PROPN", 3, "flat"), ("when", "ADV", 7, "advmod"), ("Lee", "PROPN", 7, "nsubj"),
        ("visited", "VERB", 2, "advcl", "visit", "VBD"), (".", "PUNCT", 2, "punct"),
    ]
    short: list[list[Row]] = [
        [("He", "PRON", 2, "nsubj"), (verb, "VERB", 0, "root", lemma, "VBD"), (".", "PUNCT", 2, "punct")]
        for verb, lemma in (("ran", "run"), ("ate", "eat"), ("slept", "sleep"))]
    result = attribute_doc(parsed(text, arrived, met, *short, HE_SAID_THE_CITY_MUST_PAY,
                                  entities=(("Tom Hale", "PER"), ("Bob Lee", "PER"), ("Lee", "PER"))))
    quote = next(q for q in result.quotes if q.text == "the city must pay")
    assert _speaker_name(result, quote) == "Tom Hale"


def test_a_name_that_only_modifies_a_noun_is_no_antecedent() -> None:
    text = 'The letters came from North American children. "Not yet," he said.'
    letters: list[Row] = [
        ("The", "DET", 2, "det"), ("letters", "NOUN", 3, "nsubj"), ("came", "VERB", 0, "root", "come", "VBD"),
        ("from", "ADP", 7, "case"), ("North", "PROPN", 7, "compound"), ("American", "ADJ", 7, "amod"),
        ("children", "NOUN", 3, "obl"), (".", "PUNCT", 3, "punct"),
    ]
    result = attribute_doc(parsed(text, letters, _said("he")))
    [quote] = result.quotes
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "he"
    assert _speaker_name(result, quote) is None  # someone the text does not name, not "North American"


A_MAGICIAN: list[Row] = [  # "Wikinews interviews a magician": a headline that names no one
    ("Wikinews", "PROPN", 2, "nsubj"), ("interviews", "VERB", 0, "root", "interview", "VBZ"), ("a", "DET", 4, "det"),
    ("magician", "NOUN", 2, "obj")]
SPOKE_WITH_OKAFOR: list[Row] = [  # "Wikinews spoke with Ann Okafor."
    ("Wikinews", "PROPN", 2, "nsubj"), ("spoke", "VERB", 0, "root", "speak", "VBD"), ("with", "ADP", 4, "case"),
    ("Ann", "PROPN", 2, "obl"), ("Okafor", "PROPN", 4, "flat"), (".", "PUNCT", 2, "punct")]


def _interviewed(headline: str, headline_rows: list[Row], lead: str, lead_rows: list[Row],
                 entities: tuple[tuple[str, str], ...]) -> str | None:
    """The name the answer's "I" gets in '<headline>\n\n<lead>\n\nWhy run?\n\nI said that we can win.'."""
    text = f"{headline}\n\n{lead}\n\nWhy run?\n\nI said that we can win."
    result = attribute_doc(parsed(text, headline_rows, lead_rows, WHY_RUN, INTERVIEW_ANSWER, entities=entities))
    [quote] = result.quotes
    return _speaker_name(result, quote)


def test_an_interview_whose_headline_names_no_one_is_with_the_person_the_lead_says_it_spoke_with() -> None:
    # "Wikinews interviews President of the International Brotherhood of Magicians ... Wikinews spoke with William
    # Evans, president of ...": the lead names the person the answers speak for
    assert _interviewed("Wikinews interviews a magician", A_MAGICIAN, "Wikinews spoke with Ann Okafor.",
                        SPOKE_WITH_OKAFOR, (("Wikinews", "ORG"), ("Ann Okafor", "PER"))) == "Ann Okafor"


def test_an_interview_whose_lead_speaks_with_two_people_is_with_neither() -> None:
    lead: list[Row] = [*SPOKE_WITH_OKAFOR[:5], ("and", "CCONJ", 7, "cc"), ("Bob", "PROPN", 4, "conj"),
                       ("Reed", "PROPN", 7, "flat"), (".", "PUNCT", 2, "punct")]
    name = _interviewed("Wikinews interviews a magician", A_MAGICIAN, "Wikinews spoke with Ann Okafor and Bob Reed.",
                        lead, (("Wikinews", "ORG"), ("Ann Okafor", "PER"), ("Bob Reed", "PER")))
    assert name not in {"Ann Okafor", "Bob Reed"}


def test_an_organisation_no_tagger_marks_in_an_interviews_headline_is_not_the_person_interviewed() -> None:
    headline: list[Row] = [
        ("Wikinews", "PROPN", 2, "nsubj"), ("interviews", "VERB", 0, "root", "interview", "VBZ"),
        ("President", "PROPN", 2, "obj"), ("of", "ADP", 7, "case"), ("the", "DET", 7, "det"),
        ("International", "ADJ", 7, "amod"), ("Brotherhood", "PROPN", 3, "nmod")]
    assert _interviewed("Wikinews interviews President of the International Brotherhood", headline,
                        "Wikinews spoke with Ann Okafor.", SPOKE_WITH_OKAFOR,
                        (("Wikinews", "ORG"), ("Ann Okafor", "PER"))) == "Ann Okafor"


def test_it_after_a_thing_that_is_the_subject_since_the_organisation_is_that_thing() -> None:
    # "... NASA ... The Stardust spacecraft flew ... It showed that ...": "it" is the thing the sentence before is
    # about, not the organisation named before it
    text = "Acme built a probe. The probe flew for years. It said that the dust was old."
    built: list[Row] = [("Acme", "PROPN", 2, "nsubj"), ("built", "VERB", 0, "root", "build", "VBD"),
                        ("a", "DET", 4, "det"), ("probe", "NOUN", 2, "obj", "probe", "NN"), (".", "PUNCT", 2, "punct")]
    flew: list[Row] = [("The", "DET", 2, "det"), ("probe", "NOUN", 3, "nsubj", "probe", "NN"),
                       ("flew", "VERB", 0, "root", "fly", "VBD"), ("for", "ADP", 5, "case"),
                       ("years", "NOUN", 3, "obl", "year", "NNS"), (".", "PUNCT", 3, "punct")]
    found: list[Row] = [("It", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        ("that", "SCONJ", 8, "mark"), ("the", "DET", 5, "det"), ("dust", "NOUN", 8, "nsubj"),
                        ("was", "AUX", 8, "cop", "be", "VBD"), ("old", "ADJ", 2, "ccomp"), (".", "PUNCT", 2, "punct")]
    result = attribute_doc(parsed(text, built, flew, found, entities=(("Acme", "ORG"),)))
    [quote] = result.quotes
    assert quote.text == "the dust was old"
    assert _speaker_name(result, quote) != "Acme"


def test_it_after_the_organisation_is_the_organisation() -> None:
    text = "A probe found dust. Acme flew the probe. It said that the dust was old."
    found_dust: list[Row] = [("A", "DET", 2, "det"), ("probe", "NOUN", 3, "nsubj", "probe", "NN"),
                             ("found", "VERB", 0, "root", "find", "VBD"), ("dust", "NOUN", 3, "obj"),
                             (".", "PUNCT", 3, "punct")]
    flew: list[Row] = [("Acme", "PROPN", 2, "nsubj"), ("flew", "VERB", 0, "root", "fly", "VBD"),
                       ("the", "DET", 4, "det"), ("probe", "NOUN", 2, "obj", "probe", "NN"), (".", "PUNCT", 2, "punct")]
    found: list[Row] = [("It", "PRON", 2, "nsubj"), ("said", "VERB", 0, "root", "say", "VBD"),
                        ("that", "SCONJ", 8, "mark"), ("the", "DET", 5, "det"), ("dust", "NOUN", 8, "nsubj"),
                        ("was", "AUX", 8, "cop", "be", "VBD"), ("old", "ADJ", 2, "ccomp"), (".", "PUNCT", 2, "punct")]
    result = attribute_doc(parsed(text, found_dust, flew, found, entities=(("Acme", "ORG"),)))
    quote = next(q for q in result.quotes if q.text == "the dust was old")
    assert _speaker_name(result, quote) == "Acme"
