"""A tokenized Stanza document as plain entries (Document.to_dict()), grouped by token, for the steps that mend the
tokenizer's output before the tagger sees it (title_abbreviations.py, whole_words.py, unended_sentences.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Word = dict[str, Any]  # one entry of Stanza's Document.to_dict(): a word, or the token over a multi-word token


def tokens_of(sentence: list[Word]) -> list[list[Word]]:
    """A sentence's entries grouped by token: [word] or [multi-word token, its words...]."""
    tokens: list[list[Word]] = []
    inside_until = 0
    for entry in sentence:
        if isinstance(entry["id"], tuple):
            tokens.append([entry])
            inside_until = entry["id"][-1]
        elif isinstance(entry["id"], int) and entry["id"] <= inside_until:
            tokens[-1].append(entry)
        else:
            tokens.append([entry])
    return tokens


def renumber(tokens: list[list[Word]]) -> list[Word]:
    """Ids 1..n again, after tokens were joined, split apart or sentences merged."""
    sentence: list[Word] = []
    n = 0
    for token in tokens:
        if len(token) == 1:
            n += 1
            sentence.append({**token[0], "id": n})
            continue
        first = n + 1
        words = [{**word, "id": first + i} for i, word in enumerate(token[1:])]
        n += len(words)
        sentence.append({**token[0], "id": (first, n)})
        sentence.extend(words)
    return sentence


Tokens = list[list[Word]]  # a sentence as its tokens (tokens_of)


def join_sentences(sentences: list[Tokens], text: str,
                   joins: Callable[[Tokens, Tokens, str], bool]) -> tuple[list[Tokens], bool]:
    """Sentences given as tokens, each joined to the one before it where `joins(before, sentence, gap)` says so (the
    gap: the text between them); and whether any was."""
    merged: list[Tokens] = []
    changed = False
    for tokens in sentences:
        if merged and tokens and joins(merged[-1], tokens,
                                       text[merged[-1][-1][0]["end_char"]:tokens[0][0]["start_char"]]):
            merged[-1].extend(tokens)
            changed = True
            continue
        merged.append(tokens)
    return merged, changed
