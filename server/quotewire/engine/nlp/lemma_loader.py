"""Spare the lemmatizer a data loader whose batches it never reads.

Stanza's lemma processor (with its dictionary ensemble, as quotewire's models use it) builds two data loaders per
document: the first only to hold the document, the second, over the words the dictionary cannot answer, for the
seq2seq model. Building the first still maps every word of the document to character ids, about 2 % of the
pipeline's time for nothing. Here that first loader is built the way Stanza builds one that only reads the
document (`conll_only`); the second, and every other use of the loader, is left as it was.
"""

from __future__ import annotations

from typing import Any


def _document_only(original: Any) -> Any:
    def loader(*args: Any, **kwargs: Any) -> Any:
        config = args[2] if len(args) > 2 else kwargs.get("args", {})
        if kwargs.get("evaluation") and "skip" not in kwargs and not kwargs.get("conll_only") \
                and config.get("ensemble_dict") and not config.get("dict_only"):
            kwargs["conll_only"] = True
        return original(*args, **kwargs)

    loader.document_only_of = original  # type: ignore[attr-defined]
    return loader


def install() -> None:
    """Make the lemma processor's document-holding loader skip its batches (idempotent)."""
    from stanza.pipeline import lemma_processor

    if not hasattr(lemma_processor.DataLoader, "document_only_of"):
        lemma_processor.DataLoader = _document_only(lemma_processor.DataLoader)
