"""quotewire's own Stanza processors that mend what a model left, with no model of their own: the token repairs
after the tokenizer (token_repairs.py) and the verb tags after the tagger (verb_tags.py). Each is registered through
Stanza's extension point (`register_processor`) under its name, so the pipeline is built from names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def register_mender(name: str, after: str, mend: Callable[[Any], Any]) -> None:
    """Make a processor known to Stanza under `name`, once per process, that needs the processor `after` and runs
    `mend` over the document (Stanza is imported here, not before)."""
    from stanza.pipeline.processor import Processor, register_processor
    from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

    if name in NAME_TO_PROCESSOR_CLASS:
        return

    class Mender(Processor):  # type: ignore[misc]  # Stanza has no type hints
        """Mends a document; needs no model."""

        _requires = frozenset({after})
        _provides = frozenset({name})
        REQUIRES_DEFAULT = _requires
        PROVIDES_DEFAULT = _provides

        def _set_up_model(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
            pass

        def process(self, doc: Any) -> Any:
            return mend(doc)

    register_processor(name)(Mender)
