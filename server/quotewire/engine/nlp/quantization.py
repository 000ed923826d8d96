"""Run the pipeline's LSTMs in 8-bit integers on CPU (torch's dynamic quantization).

Every Stanza model here (tokenizer, mwt, tagger, lemmatizer, parser, NER) is built around LSTMs, and their matrix
products are most of the pipeline's time. Dynamic quantization stores each LSTM's weights as int8 and quantizes
its activations on the fly; the scores the model card reports hold with it (`bench/score_models.py` scores the
pipeline exactly as the engine loads it). Linear layers stay in float: quantizing them too cost the tagger 0.2
UPOS and the parser 0.3 LAS.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

logger = logging.getLogger(__name__)


def models_of(pipeline: Any) -> list[Any]:
    """The torch modules behind a Stanza pipeline's processors, each once."""
    import torch

    found: dict[int, Any] = {}
    for processor in pipeline.processors.values():
        trainers = [getattr(processor, "_trainer", None), *(getattr(processor, "trainers", None) or [])]
        for trainer in trainers:
            model = getattr(trainer, "model", None)
            if isinstance(model, torch.nn.Module):
                found[id(model)] = model
    return list(found.values())


def quantize_lstms(pipeline: Any) -> int:
    """Swap every LSTM of the pipeline's models for its dynamically quantized int8 form; returns how many models.

    torch marks `torch.ao.quantization` deprecated in favour of torchao, whose int8 path covers Linear layers but not
    LSTMs; the pinned torch has it. Its warnings are silenced here, and a torch without it leaves the models in
    float, with a warning in the log, rather than failing.
    """
    import torch

    models = models_of(pipeline)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*quantiz.*deprecated", category=UserWarning)
            warnings.filterwarnings("ignore", message="torch.ao.quantization is deprecated",
                                    category=DeprecationWarning)
            for model in models:
                torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
                    model, {torch.nn.LSTM}, dtype=torch.qint8, inplace=True)
    except (AttributeError, RuntimeError, NotImplementedError) as exc:
        logger.warning("the models run in float: torch could not quantize them (%s: %s)", type(exc).__name__, exc)
        return 0
    return len(models)


def is_quantized(pipeline: Any) -> bool:
    """True when some model of the pipeline runs a quantized LSTM."""
    from torch.ao.nn.quantized import dynamic

    return any(isinstance(m, dynamic.LSTM) for model in models_of(pipeline) for m in model.modules())
