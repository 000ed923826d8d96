"""The stage table: stages run in an order where each reads only what the text, the analysis or an earlier stage
gave, and each field of the work is made by one stage (only candidates' fields are shared, one stage each)."""

from __future__ import annotations

from quotewire.engine.stages import STAGES


def _field(name: str) -> str:
    return name.split(".")[0].rstrip("+")


def test_no_stage_reads_what_a_later_stage_writes() -> None:
    made = {"text", "analysis"}
    for stage in STAGES:
        missing = [name for name in stage.reads if _field(name) not in made]
        assert not missing, f"{stage.name} reads {missing} before any stage writes it"
        made |= {_field(name) for name in stage.writes}


def test_every_field_but_the_candidates_is_written_once() -> None:
    writers: dict[str, list[str]] = {}
    for stage in STAGES:
        for name in stage.writes:
            if not name.startswith("candidates"):
                writers.setdefault(name, []).append(stage.name)
    assert all(len(stages) == 1 for stages in writers.values()), writers


def test_the_candidates_fields_have_their_own_writers() -> None:
    owners: dict[str, set[str]] = {}
    for stage in STAGES:
        for name in stage.writes:
            if name.startswith("candidates."):
                owners.setdefault(name, set()).add(stage.name)
    # the cue and method of a quote are set by the speakers stage, or by the continuations stage for a quote the
    # speakers stage left without a speaker; every other field has one writer
    shared = {name for name, stages in owners.items() if len(stages) > 1}
    assert shared == {"candidates.cue", "candidates.method"}
    assert owners["candidates.cue"] == {"speakers", "continuations"}
