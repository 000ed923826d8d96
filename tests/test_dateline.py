"""Datelines are found and blanked without moving any offset; ordinary openings are left alone."""

import pytest

from quotewire.engine.dateline import blank_dateline, find_dateline


@pytest.mark.parametrize(("text", "dateline"), [
    ("Tehran (IP)- Iran has condemned the strikes.", "Tehran (IP)- "),
    ("WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) - "),
    ("LONDON, Nov 3 (AP) — Prices rose.", "LONDON, Nov 3 (AP) — "),
    ("BEIRUT — A blast shook the port.", "BEIRUT — "),
])
def test_datelines(text: str, dateline: str):
    start, end = find_dateline(text)
    assert text[start:end] == dateline
    blanked = blank_dateline(text)
    assert len(blanked) == len(text)
    assert blanked[end:] == text[end:]
    assert not blanked[:end].strip()


@pytest.mark.parametrize("text", [
    "Joe Smith - a man of few words - spoke.", "Iran has condemned it.", "The US - again.",
])
def test_not_datelines(text: str):
    assert find_dateline(text) is None
    assert blank_dateline(text) == text
