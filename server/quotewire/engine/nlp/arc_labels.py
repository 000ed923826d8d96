"""Label only the arcs the parser keeps: the same parses as Stanza's graph parser, for less work.

At prediction time Stanza's graph parser scores every dependency label for every (dependent, head) pair of a
sentence, a tensor of n x n x labels built from two einsums, and then log-softmaxes all of it for a repair step
that the pipeline does not ask for. Of those n x n rows the decoder keeps n: one head per word. Here the tree is
decoded first, from the arc scores alone, and the labels are scored for the n chosen arcs, with the same bilinear
weights. The heads are the very same; each label is the argmax of the same scores, summed in another order, so
a label could differ only where two labels tie to the last bits of a float.
"""

from __future__ import annotations

from typing import Any

Predict = Any  # GraphParser.predict


def arc_scores(parser: Any, lstm: Any, head: Any) -> Any:
    """The parser's arc scores (batch x words x words, root first), as its own `forward_scores` makes them."""
    import torch
    from torch.nn import functional

    unlabeled = parser.unlabeled(lstm, lstm).squeeze(3)
    if parser.args["linearization"] or parser.args["distance"]:
        positions = torch.arange(lstm.size(1), device=lstm.device)
        offset = positions.view(1, 1, -1) - positions.view(1, -1, 1)
        offset = offset.expand(lstm.size(0), -1, -1)
        if parser.args["linearization"]:
            lin = parser.linearization(lstm, lstm).squeeze(3)
            unlabeled += functional.logsigmoid(lin * torch.sign(offset).float())
        if parser.args["distance"]:
            dist = 1 + functional.softplus(parser.distance(lstm, lstm).squeeze(3))
            unlabeled += -torch.log((torch.abs(offset).float() - dist) ** 2 / 2 + 1)
    diagonal = torch.eye(lstm.size(1), dtype=torch.bool, device=lstm.device).unsqueeze(0)
    return unlabeled.masked_fill_(diagonal, -float("inf"))


def labels_at(scorer: Any, lstm: Any, heads: Any, words: Any = None) -> Any:
    """The best label id of each word's arc from `heads[b, d]`, by a DeepBiaffineScorer, for those arcs alone.

    `words` (batch x words, bool) says which positions are words; only those are scored (padding is about a
    quarter of a parser batch), and the others get label 0. Without it every position is scored.
    """
    import torch
    from torch.nn import functional

    if words is None:
        words = torch.ones(heads.shape, dtype=torch.bool, device=heads.device)
    sentence, position = words.nonzero(as_tuple=True)
    dependents = scorer.hidden_func(scorer.W1(lstm[sentence, position]))
    governors = scorer.hidden_func(scorer.W2(lstm[sentence, heads[sentence, position]]))
    dependents = torch.cat([dependents, dependents.new_ones(dependents.size(0), 1)], -1)
    governors = torch.cat([governors, governors.new_ones(governors.size(0), 1)], -1)
    bilinear = scorer.scorer.W_bilin
    # weight is (dependent dim, head dim, labels); functional.bilinear wants (labels, dependent dim, head dim)
    scores = functional.bilinear(dependents, governors, bilinear.weight.permute(2, 0, 1), bilinear.bias)
    labels = torch.zeros(heads.shape, dtype=torch.long, device=heads.device)
    labels[sentence, position] = scores.argmax(1)
    return labels


def predict_chosen_arcs(original: Predict) -> Predict:
    """GraphParser.predict that labels the decoded arcs only; other cases go to `original`."""

    def predict(self: Any, word: Any, word_mask: Any, wordchars: Any, wordchars_mask: Any, upos: Any, xpos: Any,
                ufeats: Any, pretrained: Any, lemma: Any, head: Any, deprel: Any, word_orig_idx: Any, sentlens: Any,
                wordlens: Any, text: Any, resolve_head_constraints: bool = False) -> Any:
        if resolve_head_constraints or self.training or self.args.get("use_arc_embedding"):
            return original(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
                            lemma, head, deprel, word_orig_idx, sentlens, wordlens, text,
                            resolve_head_constraints=resolve_head_constraints)
        import torch
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.depparse import model as parser_model
        from torch.nn import functional

        with torch.no_grad():
            lstm = self.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                              head, deprel, word_orig_idx, sentlens, wordlens, text)
            log_probs = functional.log_softmax(arc_scores(self, lstm, head), 2).cpu().numpy()
            trees = [parser_model.chuliu_edmonds_one_root(log_probs[i][:n, :n]) for i, n in enumerate(sentlens)]
            heads = torch.zeros(lstm.shape[:2], dtype=torch.long, device=lstm.device)
            for i, tree in enumerate(trees):
                heads[i, : len(tree)] = torch.as_tensor(tree, dtype=torch.long)
            lengths = torch.as_tensor(sentlens, device=lstm.device)
            words = torch.arange(lstm.size(1), device=lstm.device).unsqueeze(0) < lengths.unsqueeze(1)
            words[:, 0] = False  # the root has no head of its own
            labels = (labels_at(self.deprel, lstm, heads, words) + VOCAB_PREFIX_SIZE).cpu().numpy()
        vocab = self.vocab["deprel"]
        out = []
        for i, tree in enumerate(trees):
            names = vocab.unmap([labels[i][d] for d in range(1, len(tree))])
            out.append([[tree[d], names[d - 1]] for d in range(1, len(tree))])
        return out

    predict.chosen_arcs_of = original  # type: ignore[attr-defined]
    return predict


def install() -> None:
    """Give Stanza's graph parser the chosen-arcs prediction (idempotent)."""
    from stanza.models.depparse.model import GraphParser

    if not hasattr(GraphParser.predict, "chosen_arcs_of"):
        GraphParser.predict = predict_chosen_arcs(GraphParser.predict)
