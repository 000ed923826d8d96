"""Keep a word whole that the multi-word-token model split though it is no contraction: "Donna" is not "Don" +
"na", "Ivy" not "I" + "vy", "Its" not "It" + "s".

The bundled MWT model learnt "gonna" -> "gon" + "na" and "cannot" -> "can" + "not" from EWT, and now and then
splits a name the same way; the speaker of "said Donna Brazile" then came out as "Don". On PolNeAR dev and train's
first 300 articles it split "Donna" 4 times, "Ivy" once and "Its" 7 times. This step runs right after the
tokenizer: a multi-word token with no apostrophe that is not one of the contractions written without one
(CONTRACTIONS) becomes one word again. The document is rebuilt only when something was mended.
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.lexicon import CONTRACTIONS
from quotewire.engine.nlp.token_entries import Word, renumber, tokens_of


def _is_false_split(token: list[Word]) -> bool:
    text = str(token[0]["text"])
    return len(token) > 1 and "'" not in text and "’" not in text and text.lower() not in CONTRACTIONS


def _whole(token: list[Word]) -> list[Word]:
    entry = {key: value for key, value in token[0].items() if key in ("text", "start_char", "end_char", "misc")}
    return [{"id": 0, **entry}]


def mend_sentences(sentences: list[list[Word]]) -> list[list[Word]] | None:
    """The mended sentences, or None when there is nothing to mend."""
    out: list[list[Word]] = []
    changed = False
    for sentence in sentences:
        tokens = tokens_of(sentence)
        if any(_is_false_split(token) for token in tokens):
            changed = True
            tokens = [_whole(token) if _is_false_split(token) else token for token in tokens]
        out.append(renumber(tokens))
    return out if changed else None


def keep_words_whole(document: Any) -> Any:
    """The tokenized Stanza document with its false splits mended; the same object when none needed it."""
    from stanza.models.common.doc import Document

    if not any(len(t.words) > 1 and _is_false_split([{"text": t.text}, {}]) for s in document.sentences
               for t in s.tokens):
        return document
    mended = mend_sentences(document.to_dict())
    if mended is None:
        return document
    return Document(mended, text=document.text)
