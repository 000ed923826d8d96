"""The tokenizer's features, a character class at a time, are the arrays Stanza's own loop builds."""

from __future__ import annotations

import numpy as np
from stanza.models.tokenization.data import TokenizationDataset

from quotewire.engine import Engine
from quotewire.engine.nlp.char_features import featurize
from samples import dev_texts


def test_features_equal_stanzas_on_news(engine: Engine, seed_text: str) -> None:
    assert hasattr(TokenizationDataset.para_to_sentences, "per_character_class_of")
    stanzas = TokenizationDataset.para_to_sentences.per_character_class_of
    args = engine._pipeline.processors["tokenize"].trainer.args
    assert {"space_before", "capitalized", "numeric", "start_of_para", "currency"} <= set(args["feat_funcs"])
    texts = [seed_text, "Paid $62,500 on 28/10/2004; call 713-654-0365.\n\nNo.\n\n", *dev_texts(5)]
    vocab = engine._pipeline.processors["tokenize"].vocab
    paragraphs = 0
    for text in texts:
        dataset = TokenizationDataset(args, input_text=text, vocab=vocab, evaluation=True)
        for para in dataset.data:
            ours, theirs = featurize(dataset, para), stanzas(dataset, para)
            assert len(ours) == len(theirs) == 1
            for a, b in zip(ours[0][:3], theirs[0][:3], strict=True):
                assert a.dtype == b.dtype
                assert a.shape == b.shape
                assert np.array_equal(a, b)
            assert ours[0][3] == theirs[0][3]
            paragraphs += 1
    assert paragraphs > 50
