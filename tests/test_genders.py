"""The first-name table behind pronoun resolution: built from the census lists, read from the package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from repo_scripts import load_script

from quotewire.engine.rules.genders import first_names

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_holds_names_of_one_sex_and_leaves_out_shared_ones() -> None:
    table = first_names()
    assert (table["hillary"], table["donald"], table["mary"], table["john"]) == ("she", "he", "she", "he")
    assert "jordan" not in table
    assert "leslie" not in table
    assert len(table) > 4000


def test_the_committed_table_is_what_the_tool_makes(tmp_path: Path) -> None:
    if importlib.util.find_spec("names") is None:
        pytest.skip("the census lists come with the dev extra (pip install -e '.[dev]')")
    tool = load_script("tools/first_names.py", "first_names_tool")
    import names  # type: ignore[import-untyped]

    source = Path(names.__file__).parent
    table = tool.one_sex_names(tool.shares(source / "dist.female.first"), tool.shares(source / "dist.male.first"))
    committed = (ROOT / "server" / "quotewire" / "engine" / "rules" / "data" / "first_names.tsv").read_text(
        encoding="utf-8")
    assert committed == tool.HEADER + "".join(f"{n}\t{g}\n" for n, g in table.items())
