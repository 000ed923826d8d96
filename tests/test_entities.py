"""Where a name's variants stand in the text: whole words only, matches that do not overlap."""

from __future__ import annotations

from quotewire.engine.rules.entities import occurrences


def starts(text: str, variant: str) -> list[int]:
    return [span.start for span in occurrences(text, variant)]


def test_whole_words_only() -> None:
    assert starts("Smith met Smithson and Smith_2 and Smith.", "Smith") == [0, 35]
    assert starts("Le Pen's aide, not Penélope", "Pen") == [3]
    assert starts("Müller and Mülleré", "Müller") == [0]


def test_matches_do_not_overlap_and_short_variants_are_ignored() -> None:
    assert starts("Ha Ha Ha", "Ha Ha") == [0]
    assert starts("a b a", "a") == []
    assert starts("“Kanaani” said Kanaani", "Kanaani") == [1, 15]
