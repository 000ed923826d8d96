"""Padded id tensors built in one call equal Stanza's, and the shapes it alone handles still go to it."""

from __future__ import annotations

import random

import pytest
import torch
from stanza.models.common import data
from stanza.models.depparse import data as depparse_data

from quotewire.engine.nlp import padded_tensors


def test_the_data_loaders_use_it() -> None:
    padded_tensors.install()
    assert hasattr(data.get_long_tensor, "padded_of")
    assert depparse_data.get_long_tensor is data.get_long_tensor


def test_tensors_equal_stanzas() -> None:
    padded_tensors.install()
    ours, stanzas = data.get_long_tensor, data.get_long_tensor.padded_of
    rng = random.Random(5)
    batches = [[[rng.randint(0, 900) for _ in range(rng.randint(0, 40))] for _ in range(rng.randint(1, 70))]
               for _ in range(300)]
    batches += [[[3, 4], []], [[], []], [[7]]]
    for batch in batches:
        for size, pad in ((len(batch), 0), (len(batch) + 3, 1)):
            try:
                b = stanzas(batch, size, pad_id=pad)
            except IndexError:  # every row empty
                with pytest.raises(IndexError):
                    ours(batch, size, pad_id=pad)
                continue
            a = ours(batch, size, pad_id=pad)
            assert a.dtype == b.dtype == torch.long
            assert torch.equal(a, b)
    nested = [[[1, 2], [3, 4]], [[5, 6]]]  # one list per word: Stanza's own path
    assert torch.equal(ours(nested, 2), stanzas(nested, 2))
    with pytest.raises((ValueError, IndexError)):
        ours([[1, 2], [3]], 1)  # more rows than the batch size: Stanza's error
