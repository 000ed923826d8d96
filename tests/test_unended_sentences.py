"""A sentence the tokenizer ends on no punctuation mid-line is joined to the next, through the real tokenizer and
engine; the join itself is checked on plain token entries, without models."""

from __future__ import annotations

import re

import pytest

from quotewire.engine import Engine
from quotewire.engine.nlp.token_entries import Word
from quotewire.engine.nlp.unended_sentences import join_unended


def entries(text: str, breaks: list[int]) -> list[list[Word]]:
    """The text's words as the tokenizer's entries, with a sentence ending after each word index in `breaks`."""
    sentences: list[list[Word]] = [[]]
    for k, m in enumerate(re.finditer(r"\w+|[^\w\s]", text)):
        sentences[-1].append({"id": len(sentences[-1]) + 1, "text": m.group(), "start_char": m.start(),
                              "end_char": m.end()})
        if k in breaks:
            sentences.append([])
    return [s for s in sentences if s]


def texts(sentences: list[list[Word]] | None) -> list[str] | None:
    return None if sentences is None else [" ".join(str(w["text"]) for w in s) for s in sentences]


def test_a_name_cut_by_a_sentence_end_is_one_sentence_again() -> None:
    text = "Prime Minister Theresa May said so."
    joined = join_unended(entries(text, [2]), text)
    assert texts(joined) == ["Prime Minister Theresa May said so ."]
    assert joined is not None
    assert [w["id"] for w in joined[0]] == [1, 2, 3, 4, 5, 6, 7]


def test_a_sentence_cut_after_a_comma_is_joined() -> None:
    text = "Last year, Time named him."
    assert texts(join_unended(entries(text, [2]), text)) == ["Last year , Time named him ."]


@pytest.mark.parametrize(("text", "breaks"), [
    ("He left. She stayed.", [2]),  # a full stop
    ("He left \u2026 She stayed.", [2]),  # an ellipsis ends a sentence
    ("WASHINGTON \u2014 The vote failed.", [1]),  # a dateline's dash
    ("Cheers, Ms. Yellen  The chairwoman spoke.", [4]),  # a headline run into the text: two spaces
    ("Budget talks\nThe vote failed.", [1]),  # a line break
    ("He was in Boston today", [3]),  # nothing follows
    ("He said bye then left.", [2]),  # the next starts in lower case
])
def test_a_sentence_that_ends_as_sentences_do_stays_apart(text: str, breaks: list[int]) -> None:
    assert join_unended(entries(text, breaks), text) is None


def test_the_tokenizers_cut_inside_a_name_is_mended(engine: Engine) -> None:
    # the bundled tokenizer ends a sentence after "Russell" and after "Theresa" in these
    for text, name in (("The judge has not ruled on the motion. Russell Wheeler, a visiting fellow at a research "
                        "institute, said the court could wait.", ["Russell", "Wheeler"]),
                       ("British Prime Minister Theresa May said this week that talks would go on.",
                        ["Theresa", "May"])):
        sentences = [[w.text for w in s.words] for s in engine.analyse(text).sentences]
        assert any(s[i:i + 2] == name for s in sentences for i in range(len(s))), sentences


def test_the_speaker_keeps_the_title_of_the_apposition_after_a_mended_name(engine: Engine) -> None:
    text = ("The judge has not ruled on the motion. Russell Wheeler, a visiting fellow at a research institute, "
            "said the court could wait.")
    speakers = {s.name: s for s in engine.attribute(text).speakers}
    assert "Russell Wheeler" in speakers, list(speakers)
    assert speakers["Russell Wheeler"].titles == ("visiting fellow at a research institute",)
