"""Split sentences longer than the parser should see, right after the tokenizer, and say where.

The dependency parser scores every pair of words in a sentence: its memory and time grow with the square of the
sentence's length, and its tree decoding faster still. A news sentence rarely passes 100 words, but nothing bounds
what a caller sends: a 12 KB wall of quotation marks is one "sentence" of 12,000 tokens, and parsing it asks for
gigabytes. A sentence over MAX_SENTENCE_WORDS words is cut into pieces of at most that many words, each cut after
the last punctuation mark of the window when there is one in its second half, else at the limit. A multi-word token
is never cut. The cuts are returned as character offsets so that the response can say where the text was broken.

A "sentence" that is mostly marks and one-letter words (a wall of `"a" "b"`, unmatched marks of every style) is not
prose: its parse carries nothing a rule reads, yet it has three or four times the tokens of news text of the same
length. Such a sentence is cut at MAX_MARKUP_WORDS, so that parsing it costs about what parsing news of its length
does.
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.nlp.token_entries import Word, renumber, tokens_of

MAX_SENTENCE_WORDS = 200
MAX_MARKUP_WORDS = 40  # the limit for a sentence most of whose words are marks or single characters
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


def is_markup(words: list[str]) -> bool:
    """True when most of the words are single characters (marks, one letter): a wall of marks, not prose."""
    return sum(1 for word in words if len(word) < 2) * 2 > len(words)


def limit_for(words: list[str], limit: int = MAX_SENTENCE_WORDS, markup_limit: int = MAX_MARKUP_WORDS) -> int:
    """How many words a sentence of these words may have before it is cut."""
    if len(words) > markup_limit and is_markup(words):
        return min(limit, markup_limit)
    return limit


def split_sentences(sentences: list[list[Word]], limit: int = MAX_SENTENCE_WORDS,
                    markup_limit: int = MAX_MARKUP_WORDS) -> tuple[list[list[Word]], list[int]]:
    """The sentences with every one over its limit (limit_for) cut, and the character offset where each cut falls."""
    out: list[list[Word]] = []
    cuts: list[int] = []
    for sentence in sentences:
        texts = [str(entry.get("text", "")) for entry in sentence if isinstance(entry.get("id"), int)]
        words = len(texts)
        limit_here = limit_for(texts, limit, markup_limit)
        if words <= limit_here:
            out.append(sentence)
            continue
        pieces = _cut(tokens_of(sentence), limit_here)
        for piece in pieces[1:]:
            start = piece[0][0].get("start_char")
            if isinstance(start, int):
                cuts.append(start)
        out.extend(renumber(piece) for piece in pieces)
    return out, cuts


def keep_sentences_short(document: Any) -> tuple[Any, list[int]]:
    """The tokenized Stanza document with no sentence over its limit (limit_for), and where it was cut (offsets into
    the text); the same document and no cuts when every sentence is short enough."""
    from stanza.models.common.doc import Document

    if all(len(sentence.words) <= limit_for([word.text for word in sentence.words])
           for sentence in document.sentences):
        return document, []
    sentences, cuts = split_sentences(document.to_dict())
    return Document(sentences, text=document.text), cuts
