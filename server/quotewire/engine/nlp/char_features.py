"""Featurize the tokenizer's paragraphs a character class at a time: the same arrays as Stanza's loop.

Before its LSTM reads a paragraph, Stanza's tokenizer turns every character into an id and a row of features
(is it a space, capitalised, a digit; paragraph start and end; inside a date, phone number or currency amount).
It does so one character at a time, calling a function per feature per character and appending to lists: on
news this was a sixth of the tokenizer's time. A paragraph of a thousand characters holds a few dozen distinct
ones, so here each per-character function runs once per distinct character and the rows are built from those
answers; the position and window features are computed as Stanza computes them. At prediction time a paragraph
is one sequence, and the arrays (values, shapes and dtypes) equal Stanza's; training, the dictionary features
and feature functions this module does not know keep Stanza's own loop.
"""

from __future__ import annotations

from typing import Any

Featurize = Any  # TokenizationDataset.para_to_sentences


def _fast_path_applies(dataset: Any) -> bool:
    from stanza.models.tokenization import data

    args = dataset.args
    return bool(dataset.eval) and not args.get("use_dictionary") and all(
        f in data.PER_CHAR_FEAT_FUNCS or f in data.POSITION_FEAT_FUNCS or f in data.STRUCTURAL_FEATURES
        for f in args["feat_funcs"])


def featurize(dataset: Any, para: list[tuple[str, int]]) -> list[tuple[Any, Any, Any, list[str]]]:
    """One paragraph, as (char ids, labels, features, characters) of one sequence, at prediction time."""
    import numpy as np
    from stanza.models.tokenization import data

    if not para:
        return []
    units = [unit for unit, _ in para]
    length = len(units)
    distinct = set(units)
    feat_funcs = dataset.args["feat_funcs"]
    columns: list[list[int]] = []
    for name in feat_funcs:  # the per-character functions first, in their order
        if name in data.PER_CHAR_FEAT_FUNCS and name not in data.POSITION_FEAT_FUNCS \
                and name not in data.STRUCTURAL_FEATURES:
            function = data.PER_CHAR_FEAT_FUNCS[name]
            answer = {unit: function(unit) for unit in distinct}
            columns.append([answer[unit] for unit in units])
    if "end_of_para" in feat_funcs:
        columns.append([0] * (length - 1) + [1])
    if "start_of_para" in feat_funcs:
        columns.append([1] + [0] * (length - 1))
    active = [name for name in data.STRUCTURAL_FEATURES if name in feat_funcs]
    if active:
        raw_text = "".join(units)
        for name in active:
            mask = [0] * length
            for match in data.STRUCTURAL_FEATURES[name].finditer(raw_text):
                for pos in range(match.start(), match.end()):
                    mask[pos] = 1
            columns.append(mask)
    ids = {unit: dataset.vocab.unit2id(unit) for unit in distinct}
    features = np.ascontiguousarray(np.array(columns, dtype=np.int64).T) if columns \
        else np.array([[] for _ in units])
    return [(np.array([ids[unit] for unit in units]), np.array([label for _, label in para]), features, units)]


def _para_to_sentences(original: Featurize) -> Featurize:
    def para_to_sentences(self: Any, para: Any) -> Any:
        if not _fast_path_applies(self):
            return original(self, para)
        return featurize(self, para)

    para_to_sentences.per_character_class_of = original  # type: ignore[attr-defined]
    return para_to_sentences


def install() -> None:
    """Give Stanza's tokenizer data this featurizer (idempotent)."""
    from stanza.models.tokenization.data import TokenizationDataset

    if not hasattr(TokenizationDataset.para_to_sentences, "per_character_class_of"):
        TokenizationDataset.para_to_sentences = _para_to_sentences(TokenizationDataset.para_to_sentences)
