"""Datelines: 'Tehran (IP)- ', 'WASHINGTON (Reuters) — ', 'LONDON, Nov 3 (AP) -', 'FLINT, Mich. — ' at the head
of an article or of a paragraph just after its headline.

They name where the story was filed and who filed it, never a speaker; left in, a parser reads 'Tehran (IP)-
Iran has condemned' as Tehran condemning. They are blanked (same length) in the text Stanza parses.
"""

from __future__ import annotations

import re

# a place (capitalised words), an optional date, an optional (agency), then a dash
DATELINE = re.compile(
    r"""^[ \t]*
    (?P<place>[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){0,3})
    (?:,[ ](?![A-Z][a-z]{2,9}\.?[ ]\d)[A-Z][A-Za-z.]{1,12}(?:[ ][A-Z][A-Za-z.]{1,12})?)?  # , Mich.  , South Carolina
    (?:,[ ][A-Z][a-z]{2,9}\.?[ ]\d{1,2})?
    [ ]?(?P<agency>\([A-Za-z][A-Za-z .&/-]{0,30}\))?
    [ ]?[-–—]{1,2}[ ]?
    """,
    re.VERBOSE | re.MULTILINE,
)
# how far into the article a dateline may stand: after a headline, or after "The Latest: ..." and a blank line
DATELINE_WITHIN = 400


def find_dateline(text: str) -> tuple[int, int] | None:
    """Where the dateline is, if a paragraph near the top opens with one: a place in capitals or followed by
    (agency). The first paragraph, or one after a headline ('The Latest: ...\n\nWASHINGTON (AP) — ')."""
    for match in DATELINE.finditer(text, 0, min(len(text), DATELINE_WITHIN)):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            continue
        place = match.group("place")
        if match.group("agency") is None and not (place.isupper() and len(place) > 2):
            continue
        return match.start("place"), match.end()
    return None


def blank_dateline(text: str) -> str:
    """The text with its dateline replaced by spaces, so every offset stays valid."""
    span = find_dateline(text)
    if span is None:
        return text
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]
