"""Build the models' padded id tensors in one call: the same tensors as Stanza's `get_long_tensor`.

Every Stanza data loader turns its batch of id lists (words, tags, characters of each word) into a padded
LongTensor with `stanza.models.common.data.get_long_tensor`, which fills a tensor with padding and then copies in
each row through a tensor of its own. With the tagger, parser and NER tagger each building several such tensors
per batch, that was about a twentieth of the pipeline's time. Here the rows of a batch of id lists are padded as
lists and made into one tensor. Nested batches (lists of lists of ids), a batch with more rows than it claims and
the other shapes Stanza's function accepts go to it unchanged.
"""

from __future__ import annotations

from typing import Any

# the modules that import get_long_tensor by name, so each must be given the new one
IMPORTERS = (
    "stanza.models.common.data", "stanza.models.common.char_model", "stanza.models.pos.data",
    "stanza.models.depparse.data", "stanza.models.ner.data", "stanza.models.ner.model",
    "stanza.models.lemma.data", "stanza.models.mwt.data",
)


def _padded(original: Any) -> Any:
    def get_long_tensor(tokens_list: Any, batch_size: int, pad_id: int = 0) -> Any:
        if not isinstance(tokens_list, list) or not tokens_list or len(tokens_list) > batch_size \
                or not all(type(row) is list for row in tokens_list):
            return original(tokens_list, batch_size, pad_id)
        width = max(len(row) for row in tokens_list)
        first = next((row[0] for row in tokens_list if row), None)
        if width == 0 or type(first) is not int:
            return original(tokens_list, batch_size, pad_id)  # nested lists, numpy ids, empty rows: Stanza's way
        import torch

        rows = [row + [pad_id] * (width - len(row)) for row in tokens_list]
        rows.extend([[pad_id] * width] * (batch_size - len(rows)))
        try:
            return torch.tensor(rows, dtype=torch.long)
        except (TypeError, ValueError, RuntimeError):  # a list further in: Stanza's way, and its error if any
            return original(tokens_list, batch_size, pad_id)

    get_long_tensor.padded_of = original  # type: ignore[attr-defined]
    return get_long_tensor


def install() -> None:
    """Give the data loaders this function (idempotent)."""
    import importlib

    from stanza.models.common import data

    original = getattr(data.get_long_tensor, "padded_of", data.get_long_tensor)
    faster = data.get_long_tensor if hasattr(data.get_long_tensor, "padded_of") else _padded(original)
    for name in IMPORTERS:
        module = importlib.import_module(name)
        if getattr(module, "get_long_tensor", None) is original:
            module.__dict__["get_long_tensor"] = faster
