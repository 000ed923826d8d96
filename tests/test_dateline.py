"""Datelines are found and blanked without moving any offset; ordinary openings are left alone."""

import pytest

from quotewire.engine.rules.dateline import blank_dateline, find_dateline


@pytest.mark.parametrize(("text", "dateline"), [
    ("Tehran (IP)- Iran has condemned the strikes.", "Tehran (IP)- "),
    ("WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) - "),
    ("LONDON, Nov 3 (AP) — Prices rose.", "LONDON, Nov 3 (AP) — "),
    ("BEIRUT — A blast shook the port.", "BEIRUT — "),
    ("FLINT, Mich. — Bill Clinton spoke.", "FLINT, Mich. — "),
    ("The Latest: Trump urges supporters\n\nWASHINGTON (AP) — The Latest on the race:", "WASHINGTON (AP) — "),
])
def test_datelines(text: str, dateline: str) -> None:
    found = find_dateline(text)
    assert found is not None
    start, end = found
    assert text[start:end] == dateline
    blanked = blank_dateline(text)
    assert len(blanked) == len(text)
    assert blanked[end:] == text[end:]
    assert blanked[:start] == text[:start]  # a headline before it stays
    assert not blanked[start:end].strip()


@pytest.mark.parametrize("text", [
    "Joe Smith - a man of few words - spoke.", "Iran has condemned it.", "The US - again.",
    "A headline\n\nJoe Smith - a man of few words - spoke.",
    "Intro " + "x" * 400 + ".\n\nBEIRUT — a dateline this deep is a sentence.",
])
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None
    assert blank_dateline(text) == text
