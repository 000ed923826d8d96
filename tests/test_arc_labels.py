"""Labelling only the decoded arcs gives the parses Stanza's graph parser gives."""

from __future__ import annotations

import torch
from stanza.models.common.biaffine import DeepBiaffineScorer
from stanza.models.depparse.model import GraphParser
from swaps import analyses_with

from quotewire.engine import Engine
from quotewire.engine.nlp.arc_labels import labels_at
from samples import dev_texts


def test_labels_at_the_chosen_heads_are_the_full_scorers_best() -> None:
    torch.manual_seed(3)
    scorer = DeepBiaffineScorer(40, 40, 16, 12, pairwise=True)
    for parameter in scorer.parameters():  # the scorer starts at zero; give it weights that separate labels
        torch.nn.init.normal_(parameter)
    scorer.eval()
    lstm = torch.randn(3, 9, 40)
    heads = torch.randint(0, 9, (3, 9))
    with torch.no_grad():
        full = scorer(lstm, lstm)  # batch x dependent x head x label
        expected = full.gather(2, heads.view(3, 9, 1, 1).expand(-1, -1, 1, 12)).squeeze(2).argmax(2)
        assert torch.equal(labels_at(scorer, lstm, heads), expected)
        assert len(set(expected.flatten().tolist())) > 3  # many labels chosen: the comparison means something


def test_the_engine_parses_exactly_as_stanzas_parser(engine: Engine, seed_text: str) -> None:
    texts = [seed_text, *dev_texts(3)]
    assert hasattr(GraphParser.predict, "chosen_arcs_of")
    ours = [engine.analyse(text) for text in texts]
    stanzas = analyses_with(engine, texts, GraphParser, "predict", GraphParser.predict.chosen_arcs_of)
    for a, b in zip(ours, stanzas, strict=True):
        assert [(w.head, w.deprel) for s in a.sentences for w in s.words] == \
            [(w.head, w.deprel) for s in b.sentences for w in s.words]


def test_labels_for_the_words_alone_are_those_of_every_position() -> None:
    torch.manual_seed(5)
    scorer = DeepBiaffineScorer(40, 40, 16, 12, pairwise=True)
    for parameter in scorer.parameters():
        torch.nn.init.normal_(parameter)
    scorer.eval()
    lstm = torch.randn(3, 9, 40)
    heads = torch.randint(0, 9, (3, 9))
    words = torch.arange(9).unsqueeze(0) < torch.tensor([[9], [6], [2]])  # sentences of 9, 6 and 2 positions
    with torch.no_grad():
        every = labels_at(scorer, lstm, heads)
        alone = labels_at(scorer, lstm, heads, words)
    assert torch.equal(alone[words], every[words])
    assert not alone[~words].any()  # padding is left unscored
