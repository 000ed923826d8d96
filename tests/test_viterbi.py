"""The NER decoder gives Stanza's paths and scores, ties included."""

from __future__ import annotations

import numpy as np
from stanza.models.common import crf
from stanza.models.ner import trainer

from quotewire.engine.nlp.viterbi import viterbi_decode


def test_paths_and_scores_are_stanzas() -> None:
    rng = np.random.default_rng(7)
    tags = 19
    scores: np.ndarray
    transitions: np.ndarray
    for n in [1, 2, 3, *rng.integers(4, 80, 300)]:
        for scores, transitions in (
            (rng.normal(size=(n, tags)), rng.normal(size=(tags, tags))),
            (rng.integers(0, 3, size=(n, tags)), rng.integers(-1, 2, size=(tags, tags))),  # many ties
        ):
            scores, transitions = scores.astype(np.float32), transitions.astype(np.float32)
            path, score = viterbi_decode(scores, transitions)
            stanza_path, stanza_score = crf.viterbi_decode(scores, transitions)
            assert path == [int(t) for t in stanza_path]
            assert score == stanza_score


def test_the_ner_trainer_uses_it() -> None:
    from quotewire.engine.nlp import viterbi

    viterbi.install()
    assert trainer.viterbi_decode is viterbi_decode
