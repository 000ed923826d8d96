"""Split off the possessive apostrophe the tokenizer left on a name that ends in "s": "Fox News’ Bret Baier" is
"Fox News" + "’" + "Bret Baier", as EWT writes "parents '" and as the tagger and the rules read a possessive.

Glued, "News’" is one proper noun: the name runs on through it ("Fox News’ Bret Baier" is no organisation's
reporter), and "Davis’" is a surname with an apostrophe. On PolNeAR dev the bundled tokenizer left 12 such marks
on, 3 of them on names. Only a capitalised word of more than two letters ending in "s’" or "s'" and followed by a
word is split, so that a closing single quotation mark stays where it is ("the 'Remain campaigns'.").
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.nlp.token_entries import Word, renumber, tokens_of

APOSTROPHES = ("’", "'")


def _glued(tokens: list[list[Word]], k: int) -> bool:
    """Is token k a capitalised word with a possessive apostrophe on it, before another word?"""
    token = tokens[k]
    text = str(token[0]["text"])
    if len(token) != 1 or len(text) < 4 or not text[:1].isupper() or not text.endswith(APOSTROPHES):
        return False
    if text[-2] not in "sS" or not text[:-1].replace("-", "").replace(".", "").isalpha():
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and str(after[0]["text"])[:1].isalnum() \
        and after[0]["start_char"] > token[0]["end_char"]


def _split(token: list[Word]) -> list[list[Word]]:
    entry = token[0]
    end = entry["end_char"]
    word = {"id": 0, "text": str(entry["text"])[:-1], "start_char": entry["start_char"], "end_char": end - 1}
    mark = {"id": 0, "text": str(entry["text"])[-1], "start_char": end - 1, "end_char": end}
    if "misc" in entry:
        mark["misc"] = entry["misc"]
    return [[word], [mark]]


def split_possessive_marks(sentences: list[list[Word]]) -> list[list[Word]] | None:
    """The sentences with their glued possessive marks split off, or None when there is none."""
    out: list[list[Word]] = []
    changed = False
    for sentence in sentences:
        tokens = tokens_of(sentence)
        mended: list[list[Word]] = []
        for k, token in enumerate(tokens):
            if _glued(tokens, k):
                mended.extend(_split(token))
                changed = True
            else:
                mended.append(token)
        out.append(renumber(mended))
    return out if changed else None


def split_glued_possessives(document: Any) -> Any:
    """The tokenized Stanza document with its glued possessive marks split off; the same object when none was."""
    from stanza.models.common.doc import Document

    if not any(t.text.endswith(APOSTROPHES) for s in document.sentences for t in s.tokens):
        return document
    mended = split_possessive_marks(document.to_dict())
    if mended is None:
        return document
    return Document(mended, text=document.text)
