"""Documents built by hand for the rule tests, as spaCy's tests build a Doc from words, heads and labels: no models.

    doc = parsed('"We are ready," she said.', [
        ("\"", "PUNCT", 6, "punct"), ("We", "PRON", 3, "nsubj"), ("are", "AUX", 3, "cop"),
        ("ready", "ADJ", 6, "ccomp"), ...])

Each word is (text, upos, head, deprel) with `head` counted from 1 within the sentence (0: the root), as in
CoNLL-U; an optional fifth item is the lemma (default: the text, lower-cased) and a sixth the Penn tag. Words are
found in the text in order, so offsets are exact. Sentences follow one another; entities are (text, label).
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc, Entity, Word

Row = tuple[str, str, int, str] | tuple[str, str, int, str, str] | tuple[str, str, int, str, str, str]


def parsed(text: str, *sentences: list[Row], entities: tuple[tuple[str, str], ...] = ()) -> ArticleDoc:
    """An ArticleDoc of `text` with these sentences, each a list of word rows."""
    words: list[Word] = []
    bounds: list[tuple[int, int]] = []
    at = 0
    for s_index, rows in enumerate(sentences):
        base = len(words)
        for row in rows:
            form, upos, head, deprel = row[:4]
            lemma = row[4] if len(row) > 4 else form.lower()
            xpos = row[5] if len(row) > 5 else ""
            start = text.index(form, at)
            at = start + len(form)
            words.append(Word(index=len(words), sentence=s_index, text=form, lemma=lemma, upos=upos, xpos=xpos,
                              head=base + head - 1 if head > 0 else -1, deprel=deprel, start=start, end=at))
        bounds.append((base, len(words)))
    for w in words:  # a tree: every word reaches the root (a cycle would make the rules walk it for ever)
        seen_heads, at_word = set(), w
        while at_word.head >= 0:
            assert at_word.index not in seen_heads, f"the heads of {w.text!r} go round in a circle"
            seen_heads.add(at_word.index)
            at_word = words[at_word.head]
    covered = "".join(w.text for w in words)
    assert covered == "".join(text.split()), f"the rows do not spell the text: {covered!r}"
    found: list[Entity] = []
    seen = 0
    for name, label in entities:
        start = text.index(name, seen)
        found.append(Entity(Span.of(text, start, start + len(name)), label))
        seen = start + len(name)
    return ArticleDoc(text, words, bounds, found)


def tokenized(text: str, words: list[str], start: int = 0) -> list[dict[str, Any]]:
    """A sentence as Stanza's tokenizer hands it on (Document.to_dict()), of these words found in order in the text
    from `start`: for the steps that mend the tokenizer's output."""
    out: list[dict[str, Any]] = []
    for k, word in enumerate(words, 1):
        start = text.index(word, start)
        out.append({"id": k, "text": word, "start_char": start, "end_char": start + len(word)})
        start += len(word)
    return out
