"""Load a Stanza English pipeline from a resources dir, with errors that name the dir."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from quotewire.engine.errors import ModelsError
from quotewire.engine.nlp import token_repairs, verb_tags
from quotewire.engine.nlp.device import CPU, quantizes
from quotewire.engine.nlp.quantization import quantize_lstms
from quotewire.engine.nlp.resources import LANGUAGE, read_resources
from quotewire.engine.nlp.stanza_patches import apply_pipeline_patches, install_process_patches

if TYPE_CHECKING:
    import stanza

PROCESSORS = f"tokenize,mwt,{token_repairs.NAME},pos,{verb_tags.NAME},lemma,depparse,ner"
# The order the engine runs them in, a step at a time so a call can be stopped between steps (mwt goes with tokenize).
STEPS = (("tokenize", "mwt", token_repairs.NAME), ("pos", verb_tags.NAME), ("lemma",), ("depparse",), ("ner",))


DEFAULT_TORCH_THREADS = 1
# Words per parser batch. Stanza's default (5,000) puts a whole article in one batch, padded to its longest
# sentence, and the biaffine scorers cost the square of that length for every sentence. Batches of ~400 words
# group sentences of like length (Stanza sorts them first): the parser ran in 55 % of the time on PolNeAR
# articles, with the same parses (bench/speed.py measures the whole).
DEPPARSE_BATCH_WORDS = 400


def load_pipeline(models_dir: Path, torch_threads: int = DEFAULT_TORCH_THREADS,
                  quantize: bool = True, device: str = CPU) -> stanza.Pipeline:
    """Build the pipeline exactly as official models load: language, dir, no download, with quotewire's fast
    paths (stanza_patches.py: same answers, less work) unless they are switched off or the Stanza version is not
    theirs. The models run on `device` (checked by device.choose_device); on the CPU, unless `quantize` is false,
    their LSTMs run in int8 (quantization.py), and on a GPU in float.

    torch runs on `torch_threads` threads: these small LSTMs gain little from more, and on a busy machine
    oversubscribed threads make a 0.4 s article take 25 s.
    """
    import stanza
    import torch

    torch.set_num_threads(max(1, torch_threads))
    install_process_patches()

    lang = read_resources(models_dir)
    # the models the resources dir has, and quotewire's own processors (no model) after the ones they mend
    mends = {}
    for mender in (token_repairs, verb_tags):
        mender.register()
        mends[mender.NAME] = mender.AFTER
    processors = ",".join(p for p in PROCESSORS.split(",")
                          if p in lang["default_processors"] or mends.get(p) in lang["default_processors"])
    logging.getLogger("stanza").setLevel(logging.WARNING)
    try:
        pipeline = stanza.Pipeline(
            LANGUAGE, dir=str(models_dir), processors=processors, download_method=None,
            logging_level="WARN", use_gpu=device != CPU, device=device, depparse_batch_size=DEPPARSE_BATCH_WORDS,
        )
    except Exception as exc:  # Stanza raises many kinds here: missing files, bad pickles, shape mismatches
        raise ModelsError(models_dir, f"Stanza could not load the models: {type(exc).__name__}: {exc}") from None
    apply_pipeline_patches(pipeline)
    if quantize and quantizes(device):
        quantize_lstms(pipeline)
    return pipeline
