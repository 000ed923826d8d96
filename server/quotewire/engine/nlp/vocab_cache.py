"""Remember what Stanza's composite tag vocabularies (XPOS, UFeats) map, instead of re-parsing every word's tags.

The tagger turns each word's predicted UFeats ids back into a string ("Mood=Ind|Number=Sing|...") by formatting
every feature, and the data loaders split every tag string back into ids: about a quarter of the tagger's time on
news went to that string work. The mappings are fixed once a model is loaded, and a text uses a few hundred
distinct tag sets, so each vocabulary keeps the answers it has given. Callers get fresh lists, as before.
"""

from __future__ import annotations

from typing import Any

CACHE_LIMIT = 100_000  # distinct keys per vocabulary; past it, answers are computed without being kept


def _key(value: Any) -> Any:
    if type(value) is list or type(value) is tuple:
        # the tagger hands over lists of Python ints (from tolist()), which key as they are; anything else (numpy
        # or torch scalars) is made ints first
        if value and type(value[0]) is int:
            return tuple(value)
        return tuple(int(v) for v in value)
    return value


def _cached(original: Any, attribute: str, returns_list: bool) -> Any:
    def lookup(self: Any, value: Any) -> Any:
        cache = self.__dict__.get(attribute)
        if cache is None:
            cache = self.__dict__[attribute] = {}
        try:
            key = _key(value)
            found = cache.get(key)
        except (TypeError, ValueError):  # an unhashable or odd value: no caching
            return original(self, value)
        if found is None:
            found = original(self, value)
            if len(cache) < CACHE_LIMIT:
                cache[key] = tuple(found) if returns_list and isinstance(found, list) else found
        return list(found) if returns_list and isinstance(found, tuple) else found

    lookup.cached_of = original  # type: ignore[attr-defined]
    return lookup


def install() -> None:
    """Give CompositeVocab's unit2id and id2unit their caches (idempotent)."""
    from stanza.models.common.vocab import CompositeVocab

    if not hasattr(CompositeVocab.unit2id, "cached_of"):
        CompositeVocab.unit2id = _cached(CompositeVocab.unit2id, "_quotewire_unit2id", returns_list=True)
    if not hasattr(CompositeVocab.id2unit, "cached_of"):
        CompositeVocab.id2unit = _cached(CompositeVocab.id2unit, "_quotewire_id2unit", returns_list=True)
