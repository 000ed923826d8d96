"""The engine runs its LSTMs in int8, and that changes nothing a user sees on the seed article."""

from __future__ import annotations

import logging

import pytest
import torch

from quotewire.engine import Engine
from quotewire.engine.nlp.quantization import is_quantized, quantize_lstms


def test_the_engine_runs_quantized_and_quotes_as_the_float_models_do(engine: Engine, seed_text: str) -> None:
    assert engine.quantized
    float_engine = Engine.load(engine.models_dir, quantize=False)
    assert not float_engine.quantized
    quantized, unquantized = engine.attribute(seed_text), float_engine.attribute(seed_text)
    assert len(quantized.quotes) > 10
    assert quantized == unquantized  # every quote, speaker, span and confidence


def test_a_torch_that_cannot_quantize_leaves_the_models_in_float(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    float_engine = Engine.load(engine.models_dir, quantize=False)

    def missing(*args: object, **kwargs: object) -> None:
        raise AttributeError("quantize_dynamic")

    monkeypatch.setattr(torch.ao.quantization, "quantize_dynamic", missing)
    with caplog.at_level(logging.WARNING):
        assert quantize_lstms(float_engine._pipeline) == 0
    assert not is_quantized(float_engine._pipeline)
    assert "models run in float" in caplog.text
