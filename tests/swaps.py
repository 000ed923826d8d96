"""Run the engine with one of its Stanza patches taken out, to compare its output with Stanza's own code."""

from __future__ import annotations

from typing import Any

from quotewire.engine import Engine

REMOVED = object()


def analyses_with(engine: Engine, texts: list[str], owner: Any, name: str, value: Any = REMOVED) -> list[Any]:
    """The engine's analyses of `texts` while `owner.name` is `value` (or removed), then put back as it was."""
    saved = vars(owner)[name]
    if value is REMOVED:
        delattr(owner, name)
    else:
        setattr(owner, name, value)
    try:
        return [engine.analyse(text) for text in texts]
    finally:
        setattr(owner, name, saved)
