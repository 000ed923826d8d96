"""Regenerate server/quotewire/engine/rules/data/first_names.tsv: first names that belong to one sex, from the US Census
Bureau's 1990 first-name lists (public domain), as the `names` package ships them (`pip install names==0.3.0`, in the
dev and training extras).

Usage: python tools/first_names.py [--out FILE]

A name is kept when its share among one sex is at least RATIO times its share among the other: "Mary" and "John"
are kept, "Jordan" and "Leslie" are not. The engine reads the file to resolve "she" and "he" (engine/rules/genders.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "quotewire" / "engine" / "rules" / "data" / "first_names.tsv"
RATIO = 10.0
HEADER = ("# First names and the pronoun they take, from the US Census Bureau's 1990 first-name lists (public\n"
          "# domain), kept where one sex's share is at least 10 times the other's. Made by tools/first_names.py.\n")


def shares(path: Path) -> dict[str, float]:
    """Name -> percent of that sex's population, from a census list ('MARY  2.629  2.629  1')."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[0].lower()] = float(fields[1])
    return out


def one_sex_names(female: dict[str, float], male: dict[str, float], ratio: float = RATIO) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if len(name) < 2:
            continue
        if f >= ratio * m and f > 0:
            out[name] = "she"
        elif m >= ratio * f and m > 0:
            out[name] = "he"
    return out


def main() -> None:
    import names  # type: ignore[import-untyped]  # the census lists' carrier, needed only here; it has no types

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    source = Path(names.__file__).parent
    table = one_sex_names(shares(source / "dist.female.first"), shares(source / "dist.male.first"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in table.items()), encoding="utf-8")
    print(f"{args.out}: {len(table)} names")


if __name__ == "__main__":
    main()
