"""The quotation conventions of news writing, each case a small text and the quotes a reader sees in it.

Written from the conventions themselves (AP and Reuters: double marks for speech, single marks inside, a quote
over several paragraphs reopened at each; the Guardian and most UK and Commonwealth outlets: single marks for
speech, double inside; French guillemets; German low-9 marks; typewriter marks; hard-wrapped copy), not from
any article quotewire is measured on. Rule layer only: no models.
"""

from __future__ import annotations

import pytest

from quotewire.engine.rules.conventions import is_apostrophe, read_conventions
from quotewire.engine.rules.quotes import find_quotes


def quotes(text: str) -> list[str]:
    """The quotes found in the article, as their words stand in it (marks excluded), in order."""
    canonical = read_conventions(text).canonical
    assert len(canonical) == len(text)
    return [text[q.content.start:q.content.end] for q in find_quotes(canonical).quotes]


CASES = {
    "double marks": ('The mayor said, "We will rebuild the bridge."', ["We will rebuild the bridge."]),
    "curly double marks": ("“We will rebuild,” the mayor said.", ["We will rebuild"]),
    "single inside double": ("“She told me ‘never again,’ and left,” he said.",
                             ["She told me ‘never again,’ and left", "never again"]),
    "a line break inside a quote": ('The mayor said: "We will rebuild the bridge.\nIt will take two years."',
                                    ["We will rebuild the bridge.\nIt will take two years."]),
    "a quote over three lines": ('She said:\n"We will rebuild.\nIt will take\ntwo years."\nThen she left.',
                                 ["We will rebuild.\nIt will take\ntwo years."]),
    "British single marks": ("'We are ready,' she said, 'and we will go.'", ["We are ready", "and we will go."]),
    "British curly single marks": ("‘We are ready,’ she said. ‘We will go.’", ["We are ready", "We will go."]),
    "British, double inside single": ("'I never said \"maybe\" to them,' she said.",
                                      ['I never said "maybe" to them', "maybe"]),
    "British, a number opening a quote": ("Police reported ‘2,521 shooting incidents’ in the city. ‘It is grim.’",
                                          ["2,521 shooting incidents", "It is grim."]),
    "British, an inner quote never closed": ("‘He said, “We lead, and left,’ she said. ‘Go.’",
                                             ["He said, “We lead, and left", "Go."]),
    "British, an opening mark typed the wrong way at a line's start": (
        "He wrote:\n’ … we lead,’ Barabak wrote.", ["… we lead"]),
    "French guillemets": ("«Nous sommes prêts», a-t-il dit.", ["Nous sommes prêts"]),
    "German low-9 marks": ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
    "guillemets inside double marks": ("“She told us «he said “never” to me» twice,” he said.",
                                       ["She told us «he said “never” to me» twice", "he said “never” to me", "never"]),
    "typewriter double marks": ("He said ``we are ready'' and left.", ["we are ready"]),
    "typewriter single marks": ("He called it `ready' and left.", ["ready"]),
    "typewriter marks closing together": ("He said ``she told me `no,''' and left.", ["she told me `no,'", "no"]),
    "a stray single mark before British speech": ("It was 'late, she said, 'and we must go.'", ["and we must go."]),
    "a stray double mark before speech": ('It was "late, she said, "and we must go."', ["and we must go."]),
    "apostrophes in British speech": ("'It is ten o' clock at the Joneses' house,' she said.",
                                      ["It is ten o' clock at the Joneses' house"]),
    "apostrophes are no quotes": ("'Tis the season for rock 'n' roll in the '90s, said Ann.", []),
    "a nickname is no quote": ('Michael "Erik" Kurilla spoke first.', []),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_the_quotes_a_reader_sees(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


def test_hard_wrapped_copy_reads_as_its_paragraphs() -> None:
    text = ("The mayor spoke to reporters outside the council chamber on Tuesday\n"
            "evening. \"We will rebuild the bridge, and we will do it within two\n"
            "years, whatever the state government decides,\" she said.\n\n"
            "The council meets again next week.\n")
    conventions = read_conventions(text)
    assert conventions.wrapped
    assert quotes(text) == ["We will rebuild the bridge, and we will do it within two\n"
                            "years, whatever the state government decides"]
    assert conventions.canonical.count("\n") == 3  # the paragraph break and the last line's end stay


def test_lines_of_ordinary_length_are_not_taken_for_wrapping() -> None:
    text = "Headline of the story\nBy Ann Okafor\n\nThe first paragraph of the story is long enough.\n"
    assert not read_conventions(text).wrapped


def test_an_article_in_the_house_convention_is_left_as_it_is() -> None:
    text = "“We are ready,” she said. “It’s the ’90s,” he said of his ‘plan’.\n\nHe added: “Go.”"
    assert read_conventions(text).canonical == text


@pytest.mark.parametrize(("text", "at"), [("don't", 3), ("Biden’s", 5), ("the '90s", 4), ("'Tis", 0),
                                          ("rock 'n' roll", 5), ("rock 'n' roll", 7), ("ten o' clock", 5)])
def test_apostrophes(text: str, at: int) -> None:
    assert is_apostrophe(text, at)


def test_nesting_deeper_than_the_cap_is_left_alone_in_linear_time() -> None:
    text = "«a " * 5000 + "b" + " c»" * 5000
    canonical = read_conventions(text).canonical
    assert len(canonical) == len(text)
    assert canonical.count("“") + canonical.count("‘") <= 16  # only the capped depth was rewritten
