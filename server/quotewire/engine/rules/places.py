"""Place names the tagger may miss: the world's countries and its cities of 15,000 people or more, from GeoNames
(data/place_names.txt, made by tools/place_names.py). Read where one capitalised word before a role could name
a place or an organisation ("a Seoul lawyer", "a Harvard professor") and the tagger says neither."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Countries written as their initials, which GeoNames spells out: "a U.S. Rep.", "UK officials"
COUNTRY_INITIALS = frozenset({"U.S.", "US", "USA", "U.S.A.", "U.K.", "UK", "UAE", "U.A.E."})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    text = resources.files("quotewire.engine.rules").joinpath("data", "place_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def known_place(name: str) -> bool:
    """Is this the name of a country (or its initials) or of a city of 15,000 people or more, as written?"""
    return name in COUNTRY_INITIALS or name in place_names()
