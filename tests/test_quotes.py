"""Stage 1 (quote marks) on small texts: no models needed."""

from pathlib import Path

from quotewire.engine.rules.quotes import find_quotes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_56c126a6ad4c8956.txt"


def texts(text: str) -> list[str]:
    return [q.content.text for q in find_quotes(text).quotes]


def test_curly_and_straight_double_quotes() -> None:
    assert texts("“Go now,” she said. He replied, \"Not yet.\"") == ["Go now", "Not yet."]


def test_guillemets_and_low_quotes() -> None:
    assert texts("Il a dit «merci» et „danke“ zu mir.") == ["merci", "danke"]


def test_offsets_point_at_the_quoted_words() -> None:
    text = "She said: “We will win.” Then left."
    (quote,) = find_quotes(text).quotes
    assert text[quote.content.start:quote.content.end] == "We will win."
    assert text[quote.open_mark] == "“"
    assert quote.close_mark is not None
    assert text[quote.close_mark] == "”"


def test_nickname_inside_a_name_is_not_a_quote() -> None:
    scan = find_quotes('General Michael "Erik" Kurilla put out a statement.')
    assert scan.quotes == ()
    assert [n.text for n in scan.nicknames] == ["Erik"]


def test_apostrophes_are_not_quote_marks() -> None:
    assert texts("“At President Biden’s direction, the forces’ strikes went ahead,” he said.") == [
        "At President Biden’s direction, the forces’ strikes went ahead"
    ]


def test_single_quotes_nested_in_a_double_quote_point_to_their_parent() -> None:
    scan = find_quotes("“They called it 'a direct response to attacks',” he said.")
    outer, inner = scan.quotes
    assert inner.content.text == "a direct response to attacks"
    assert inner.parent == 0
    assert outer.parent is None


def test_multi_paragraph_quote_runs_until_its_closing_mark() -> None:
    text = "He said:\n\n“The first part goes on.\n\n“The second part ends here.”\n\nAfter."
    (quote,) = find_quotes(text).quotes
    assert quote.content.text.startswith("The first part")
    assert quote.content.text.endswith("ends here.")
    assert quote.paragraphs == 2


def test_unbalanced_marks_do_not_swallow_the_rest() -> None:
    text = 'A stray " mark here.\n\n“Real quote,” she said.\n\nAnd a 5\'10" man.'
    assert texts(text) == ["Real quote"]


def test_unclosed_quote_at_paragraph_start_ends_with_its_paragraph() -> None:
    text = "“This quote is never closed\n\nNext paragraph has no quote."
    (quote,) = find_quotes(text).quotes
    assert quote.content.text == "This quote is never closed"
    assert not quote.terminated


def test_seed_article_quotes() -> None:
    scan = find_quotes(SEED.read_text(encoding="utf-8"))
    top = [q for q in scan.quotes if q.parent is None]
    nested = [q for q in scan.quotes if q.parent is not None]
    assert len(top) == 8  # seven direct quotes and the partial "illegal"
    assert top[0].content.text == "illegal."
    assert [q.content.text[:20] for q in nested] == ["a direct response to"]
    assert [n.text for n in scan.nicknames] == ["Erik", "Erik"]


def test_doubled_apostrophes_are_double_quotes() -> None:
    text = "''This isn't tax reform,'' he said. ''It's anti-reform.''"
    assert texts(text) == ["This isn't tax reform", "It's anti-reform."]


def test_curly_quote_nested_in_a_curly_quote() -> None:
    text = "“I’d rather live in what he calls “hell” than live there,” she wrote."
    scan = find_quotes(text)
    outer, inner = scan.quotes
    assert outer.content.text == "I’d rather live in what he calls “hell” than live there"
    assert inner.content.text == "hell"
    assert inner.parent == 0


def test_a_stray_curly_opening_is_dropped() -> None:
    assert texts("An odd “ mark. “Real quote,” she said.") == ["Real quote"]


def test_curly_single_quotes_as_headline_quotes() -> None:
    assert texts("Trump: ‘You Should Be Criminally Investigated.’ and the dogs’ toys") == [
        "You Should Be Criminally Investigated."
    ]


def test_a_paragraph_quote_does_not_run_into_a_quote_of_another_style() -> None:
    text = '"An excerpt paragraph that never closes.\n\n“A new quote,” she said.'
    assert texts(text)[-1] == "A new quote"


def test_attribute_values_of_markup_are_not_quotes() -> None:
    text = ('“Nobody goes to jail,” she said.\n\n<tweet pic="pic.twitter.com/" author="carlquintanilla" '
            'timestamp="1474387200">The blue arrow is Warren.</tweet>.\n\nHe said a < b and c > d, "really."')
    assert texts(text) == ["Nobody goes to jail", "really."]


def test_a_closing_mark_that_opens_a_paragraph_opens_its_quote() -> None:
    # PolNeAR dev (Western Journal): the paragraph's opening mark was typed as a closing one
    text = ("Mark Z. Barabak noted that the way Pence carried himself was critical to his success.\n\n"
            "” … he delivered a mix of conservative orthodoxy and there-you-go-again rejoinders with a coolness and "
            "polish that Ronald Reagan himself might have admired,” Barabak wrote.\n")
    assert texts(text) == ["… he delivered a mix of conservative orthodoxy and there-you-go-again rejoinders with a "
                           "coolness and polish that Ronald Reagan himself might have admired"]


def test_a_closing_mark_opening_a_paragraph_with_no_other_mark_is_no_quote() -> None:
    assert texts("They left.\n\n” And then nothing more was said about it.\n") == []
