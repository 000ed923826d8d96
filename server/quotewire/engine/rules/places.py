"""Place names the tagger may miss: the world's countries and its cities of 15,000 people or more, from GeoNames
(data/place_names.txt, made by tools/place_names.py), with the short forms news writes. Read where one capitalised
word before a role could name a place or an organisation ("a Seoul lawyer", "a Harvard professor") and the tagger
says neither, and to tell a word for a place's people from a role ("the Vermonter", not "the reporter")."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from quotewire.engine.lexicon import US_STATES

# Places as news writes them short, which GeoNames spells out: countries by their initials ("a U.S. Rep."; not "USA",
# which opens "USA TODAY") and the US states and capital by their AP style abbreviations ("S.C. Rep. Jim Clyburn",
# "Eau Claire, Wis.")
PLACE_ABBREVIATIONS = frozenset({"U.S.", "U.S.A.", "U.K.", "UK", "UAE", "U.A.E.", "Ala.", "Ariz.",
                                 "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
                                 "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
                                 "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
                                 "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
                                 "D.C."})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    text = resources.files("quotewire.engine.rules").joinpath("data", "place_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def known_place(name: str) -> bool:
    """Is this the name of a country or of a city of 15,000 people or more, or a short form of a country or a US
    state, as written?"""
    return name in PLACE_ABBREVIATIONS or name in place_names()


def a_demonym(word: str) -> bool:
    """Is the word a place's name with an ending that makes it its people's ("Vermonter", "Londoner",
    "Californian", "Canadian")?"""
    single = word[:-1] if word.endswith("s") else word
    if single.endswith("er"):
        stems: tuple[str, ...] = (single[:-2],)  # Vermont-er, London-er
    elif single.endswith("ian"):
        stems = (single[:-1], single[:-3] + "a")  # California-n, Canad(a)-ian
    elif single.endswith("an"):
        stems = (single[:-2],)  # Ohio-an
    else:
        return False
    return any(len(stem) > 4 and (stem in US_STATES or known_place(stem)) for stem in stems)
