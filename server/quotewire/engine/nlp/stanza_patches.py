"""Every change quotewire makes to Stanza, in one place: what each one does, the Stanza it was written for, and
the switch that turns them all off.

Two kinds:
- process patches replace a Stanza function or method with one that gives the same answers for less work (tree
  decoding, arc labels, vocabulary lookups, featurizing, padding, Viterbi). They apply to the whole process once
  installed, and each install is idempotent.
- pipeline patches change one loaded pipeline: the tagger skips the UFeats nobody reads, the NER tagger the
  sentences that cannot hold a name.

They were written against one Stanza release (WRITTEN_FOR) and reach into its internals. With any other version
installed, or with QUOTEWIRE_NO_FAST_PATHS set (`quotewire serve --no-fast-paths` sets it), none is installed and
the pipeline is plain Stanza: slower, never wrong. tests/test_stanza_patches.py compares the two on real articles.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quotewire.engine.nlp import (
    arc_labels,
    char_features,
    lemma_loader,
    padded_tensors,
    tree_decoding,
    viterbi,
    vocab_cache,
    vocab_map,
)
from quotewire.engine.nlp.ner_sentences import only_named_sentences
from quotewire.engine.nlp.tag_columns import skip_columns

log = logging.getLogger(__name__)

WRITTEN_FOR = "1.15.0"
OFF_ENV = "QUOTEWIRE_NO_FAST_PATHS"


@dataclass(frozen=True)
class ProcessPatch:
    name: str
    does: str
    install: Callable[[], None]


@dataclass(frozen=True)
class PipelinePatch:
    name: str
    does: str
    apply: Callable[[Any], bool]


PROCESS_PATCHES = (
    ProcessPatch("tree_decoding", "the parser's tree decoding tries the best heads first", tree_decoding.install),
    ProcessPatch("arc_labels", "the parser labels only the arcs it keeps", arc_labels.install),
    ProcessPatch("vocab_cache", "composite tag vocabularies remember what they mapped", vocab_cache.install),
    ProcessPatch("vocab_map", "characters and words map to ids in one pass", vocab_map.install),
    ProcessPatch("lemma_loader", "the lemmatizer builds no data loader it never reads", lemma_loader.install),
    ProcessPatch("char_features", "the tokenizer featurizes a character class at a time", char_features.install),
    ProcessPatch("viterbi", "the NER tagger decodes with fewer numpy calls per word", viterbi.install),
    ProcessPatch("padded_tensors", "padded id tensors are built in one call", padded_tensors.install),
)
PIPELINE_PATCHES = (
    PipelinePatch("tag_columns", "the tagger skips the UFeats nobody reads", skip_columns),
    PipelinePatch("ner_sentences", "the NER tagger skips sentences that cannot hold a name", only_named_sentences),
)


def installed_stanza() -> str:
    import stanza

    return str(stanza.__version__)


def fast_paths_on() -> bool:
    """Whether the patches should be used: not switched off, and the installed Stanza is the one they fit.
    Warns once (per process) when the version is another."""
    if os.environ.get(OFF_ENV, "").strip() not in ("", "0"):
        if not getattr(fast_paths_on, "told", False):
            log.info("quotewire's fast paths are off (%s is set): plain Stanza", OFF_ENV)
            fast_paths_on.told = True  # type: ignore[attr-defined]
        return False
    version = installed_stanza()
    if version != WRITTEN_FOR:
        if not getattr(fast_paths_on, "warned", False):
            log.warning("Stanza %s is installed; quotewire's fast paths were written for %s, so they are off "
                        "(the answers are the same, only slower)", version, WRITTEN_FOR)
            fast_paths_on.warned = True  # type: ignore[attr-defined]
        return False
    return True


def install_process_patches() -> list[str]:
    """Install every process patch when fast paths are on; the names of those installed."""
    if not fast_paths_on():
        return []
    for patch in PROCESS_PATCHES:
        patch.install()
    return [patch.name for patch in PROCESS_PATCHES]


def apply_pipeline_patches(pipeline: Any) -> list[str]:
    """Apply every pipeline patch that fits this pipeline, when fast paths are on; the names of those applied."""
    if not fast_paths_on():
        return []
    return [patch.name for patch in PIPELINE_PATCHES if patch.apply(pipeline)]
