"""Title abbreviations stay whole and in their name's sentence, through the real tokenizer and the whole engine."""

from __future__ import annotations

from typing import Any

from handmade import tokenized

from quotewire.engine import Engine
from quotewire.engine.model import SpeakerKind
from quotewire.engine.nlp.title_abbreviations import mend_sentences

# Both from PolNeAR dev articles, where the bundled tokenizer split the title from its period and ended a
# sentence there: the speaker became an organisation called "Rep" or "Sen".
HEADLINE_THEN_REP = (
    "Lawmaker urges retaliation on Russia; \nMember of House panel says U.S. has to keep Moscow out of elections."
    "\n\nRep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to "
    "retaliate against Russia for interference in the presidential election.\n"
)
HEADLINE_THEN_SEN = (
    "Senator from Texas says he can't allow Clinton to win the presidency.\n\n"
    "Sen. Ted Cruz (R-Tex) said on Friday that he would vote for Donald Trump.\n"
)


def sentences(analysis: Any) -> list[list[tuple[str, int, int]]]:
    return [[(t.text, t.start_char, t.end_char) for t in s.tokens] for s in analysis.sentences]


def sentence_of(analysis: Any, word: str) -> list[str]:
    return next([t[0] for t in s] for s in sentences(analysis) if any(t[0] == word for t in s))


def test_a_split_title_becomes_one_word_in_its_names_sentence(engine: Engine) -> None:
    analysis = engine.analyse(HEADLINE_THEN_SEN)
    assert sentence_of(analysis, "Cruz")[:3] == ["Sen.", "Ted", "Cruz"]
    assert sentence_of(analysis, "Clinton")[:2] == ["Senator", "from"]  # the headline stays a sentence of its own
    for sentence in sentences(analysis):
        for text, start, end in sentence:
            assert HEADLINE_THEN_SEN[start:end] == text
    # one parse over the mended sentence: the title and the name are the subject of "said"
    [sentence] = [s for s in analysis.sentences if any(w.text == "Cruz" for w in s.words)]
    said = next(w for w in sentence.words if w.text == "said")
    subject = next(w for w in sentence.words if w.head == said.id and w.deprel == "nsubj")
    assert subject.text in {"Sen.", "Cruz"}


def test_the_speaker_after_a_split_title_is_the_named_person(engine: Engine) -> None:
    for text, name, title in ((HEADLINE_THEN_REP, "Adam Schiff", "Rep."), (HEADLINE_THEN_SEN, "Ted Cruz", "Sen.")):
        attribution = engine.attribute(text)
        speakers = {s.name: s for s in attribution.speakers}
        assert name in speakers, [(s.name, s.kind) for s in attribution.speakers]
        assert speakers[name].kind is SpeakerKind.PERSON
        assert title in speakers[name].titles
        assert not {"Rep", "Sen", "Rep.", "Sen."} & set(speakers)


def test_a_paragraph_break_after_a_title_still_ends_the_sentence(engine: Engine) -> None:
    text = "The letter was signed by the Gov.\n\nThe Senate voted on Friday.\n"
    analysis = engine.analyse(text)
    assert [s[0][0] for s in sentences(analysis)] == ["The", "The"]




def test_a_company_abbreviation_before_a_role_and_a_name_keeps_their_sentence() -> None:
    text = '"It goes on," said Acme Corp. CEO Jane Doe.'
    split = [tokenized(text, ['"', "It", "goes", "on", ",", '"', "said", "Acme", "Corp", "."]),
             tokenized(text, ["CEO", "Jane", "Doe", "."], text.index("CEO"))]
    mended = mend_sentences(split, text)
    assert mended is not None
    assert [[w["text"] for w in s] for s in mended] == [
        ['"', "It", "goes", "on", ",", '"', "said", "Acme", "Corp.", "CEO", "Jane", "Doe", "."]]


def test_a_company_abbreviation_before_another_sentence_still_ends_its_own() -> None:
    text = "He works for Acme Corp. The company grew."
    split = [tokenized(text, ["He", "works", "for", "Acme", "Corp", "."]),
             tokenized(text, ["The", "company", "grew", "."], text.index("The"))]
    mended = mend_sentences(split, text)
    assert mended is not None  # the period joins its abbreviation, and the sentences stay apart
    assert [[w["text"] for w in s] for s in mended] == [["He", "works", "for", "Acme", "Corp."],
                                                         ["The", "company", "grew", "."]]


def test_the_speaker_after_a_company_abbreviation_is_the_named_person(engine: Engine) -> None:
    result = engine.attribute('"The work goes on," said Acme Corp. CEO Jane Doe.')
    assert [(s.name, s.kind, s.titles, s.affiliation) for s in result.speakers] == [
        ("Jane Doe", SpeakerKind.PERSON, ("CEO",), "Acme Corp.")]


def test_a_middle_initial_split_from_its_period_becomes_one_word() -> None:
    text = "Oliver K. Hedge, who appraises golf courses, said so."
    split = [tokenized(text, ["Oliver", "K", ".", "Hedge", ",", "who", "appraises", "golf", "courses", ",", "said",
                              "so", "."])]
    mended = mend_sentences(split, text)
    assert mended is not None
    assert [w["text"] for w in mended[0]][:4] == ["Oliver", "K.", "Hedge", ","]
    assert (mended[0][1]["start_char"], mended[0][1]["end_char"]) == (7, 9)


def test_a_capital_letter_that_ends_a_phrase_keeps_its_period() -> None:
    text = "They chose Plan B. Then it rained."
    split = [tokenized(text, ["They", "chose", "Plan", "B", "."]),
             tokenized(text, ["Then", "it", "rained", "."], text.index("Then"))]
    assert mend_sentences(split, text) is None


def test_the_person_with_a_middle_initial_is_one_speaker(engine: Engine) -> None:
    result = engine.attribute("Oliver K. Hedge, who appraises golf course properties for the real estate brokerage "
                              "firm Cushman & Wakefield, said the golf industry had made great strides.\n\n"
                              "''Golf is a razor-thin industry,'' Mr. Hedge said.")
    assert [s.name for s in result.speakers if s.kind is SpeakerKind.PERSON] == ["Oliver K. Hedge"]
