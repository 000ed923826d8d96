"""Map a word's characters (or a sentence's words) to vocabulary ids in one pass, with Stanza's answers.

Every Stanza data loader turns each word into character ids with `vocab.map(list(word))`, and Stanza's `map`
makes two method calls per character (`unit2id`, then `normalize_unit`). The tagger, lemmatizer, parser and NER
tagger each do it for every word of an article, about 3 million calls for 84 news articles. For vocabularies
that keep Stanza's own lookup (unknown units map to <UNK>, optional lower-casing), the same answers come from one
dictionary `get` per unit; likewise for the pretrained-word vocabularies, which also write a space as a no-break
space. Vocabularies with lookups of their own (tag vocabularies, ignore lists) keep Stanza's.
"""

from __future__ import annotations

from typing import Any

PLAIN, PRETRAIN, OTHER = "plain", "pretrain", "other"
_KINDS: dict[Any, str] = {}


def _kind(cls: Any) -> str:
    """How the vocabulary class looks units up: as Stanza's BaseVocab, as its pretrained-word vocabulary (which
    also writes spaces as no-break spaces), or some other way."""
    from stanza.models.common.pretrain import PretrainedWordVocab
    from stanza.models.common.vocab import BaseVocab

    kind = _KINDS.get(cls)
    if kind is None:
        kind = OTHER
        if cls.unit2id is BaseVocab.unit2id:
            if cls.normalize_unit is BaseVocab.normalize_unit:
                kind = PLAIN
            elif cls.normalize_unit is PretrainedWordVocab.normalize_unit:
                kind = PRETRAIN
        _KINDS[cls] = kind
    return kind


def _one_pass(original: Any) -> Any:
    from stanza.models.common.vocab import UNK

    def map_units(self: Any, units: Any) -> Any:
        table = self._unit2id
        kind = _kind(type(self))
        if kind == OTHER or UNK not in table:
            return original(self, units)
        unknown = table[UNK]
        get = table.get
        if kind == PRETRAIN:
            lower = self.lower
            return [get((unit.lower() if lower else unit).replace(" ", "\xa0") if unit else unit, unknown)
                    for unit in units]
        if self.lower:
            return [get(None if unit is None else unit.lower(), unknown) for unit in units]
        return [get(unit, unknown) for unit in units]

    map_units.one_pass_of = original  # type: ignore[attr-defined]
    return map_units


def install() -> None:
    """Give Stanza's BaseVocab the one-pass `map` (idempotent)."""
    from stanza.models.common.vocab import BaseVocab

    if not hasattr(BaseVocab.map, "one_pass_of"):
        BaseVocab.map = _one_pass(BaseVocab.map)
