"""Split sentences longer than the parser should see, right after the tokenizer, and say where.

The dependency parser scores every pair of words in a sentence: its memory and time grow with the square of the
sentence's length, and its tree decoding faster still. A news sentence rarely passes 100 words, but nothing bounds
what a caller sends: a 12 KB wall of quotation marks is one "sentence" of 12,000 tokens, and parsing it asks for
gigabytes. A sentence over MAX_SENTENCE_WORDS words is cut into pieces of at most that many words, each cut after
the last punctuation mark of the window when there is one in its second half, else at the limit. A multi-word token
is never cut. The cuts are returned as character offsets so that the response can say where the text was broken.
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.nlp.token_entries import Word, renumber, tokens_of

MAX_SENTENCE_WORDS = 200
BREAK_AFTER = frozenset(",;:—–-)]}»”\"'’")


def _words(token: list[Word]) -> int:
    """Words in a token: one, or those of a multi-word token (its entries after the first)."""
    return max(1, len(token) - 1)


def _cut(tokens: list[list[Word]], limit: int) -> list[list[list[Word]]]:
    """Pieces of at most `limit` words (a single multi-word token over the limit stays whole)."""
    pieces: list[list[list[Word]]] = []
    start = 0
    while start < len(tokens):
        count, end, best = 0, start, None
        while end < len(tokens) and (count + _words(tokens[end]) <= limit or end == start):
            count += _words(tokens[end])
            if count > limit // 2 and str(tokens[end][0].get("text", "")) in BREAK_AFTER:
                best = end + 1
            end += 1
        if end < len(tokens) and best is not None:
            end = best
        pieces.append(tokens[start:end])
        start = end
    return pieces


def split_sentences(sentences: list[list[Word]], limit: int = MAX_SENTENCE_WORDS) -> tuple[list[list[Word]], list[int]]:
    """The sentences with every one over `limit` words cut, and the character offset where each cut falls."""
    out: list[list[Word]] = []
    cuts: list[int] = []
    for sentence in sentences:
        words = sum(1 for entry in sentence if isinstance(entry.get("id"), int))
        if words <= limit:
            out.append(sentence)
            continue
        pieces = _cut(tokens_of(sentence), limit)
        for piece in pieces[1:]:
            start = piece[0][0].get("start_char")
            if isinstance(start, int):
                cuts.append(start)
        out.extend(renumber(piece) for piece in pieces)
    return out, cuts


def keep_sentences_short(document: Any, limit: int = MAX_SENTENCE_WORDS) -> tuple[Any, list[int]]:
    """The tokenized Stanza document with no sentence over `limit` words, and where it was cut (offsets into the
    text); the same document and no cuts when every sentence is short enough."""
    from stanza.models.common.doc import Document

    if all(len(sentence.words) <= limit for sentence in document.sentences):
        return document, []
    sentences, cuts = split_sentences(document.to_dict(), limit)
    return Document(sentences, text=document.text), cuts
