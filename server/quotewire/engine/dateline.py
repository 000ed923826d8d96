"""Datelines: 'Tehran (IP)- ', 'WASHINGTON (Reuters) — ', 'LONDON, Nov 3 (AP) -' at the head of an article.

They name where the story was filed and who filed it, never a speaker; left in, a parser reads 'Tehran (IP)-
Iran has condemned' as Tehran condemning. They are blanked (same length) in the text Stanza parses.
"""

from __future__ import annotations

import re

# a place (capitalised words), an optional date, an optional (agency), then a dash
DATELINE = re.compile(
    r"""\A\s*
    (?P<place>[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3})
    (?:,[ ][A-Z][a-z]{2,9}\.?[ ]\d{1,2})?
    [ ]?(?P<agency>\([A-Za-z][A-Za-z .&/-]{0,30}\))?
    [ ]?[-–—]{1,2}[ ]?
    """,
    re.VERBOSE,
)


def find_dateline(text: str) -> tuple[int, int] | None:
    """Where the dateline is, if the article opens with one: a place in capitals or followed by (agency)."""
    match = DATELINE.match(text)
    if not match:
        return None
    place = match.group("place")
    if match.group("agency") is None and not (place.isupper() and len(place) > 2):
        return None
    return match.start("place"), match.end()


def blank_dateline(text: str) -> str:
    """The text with its dateline replaced by spaces, so every offset stays valid."""
    span = find_dateline(text)
    if span is None:
        return text
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]
