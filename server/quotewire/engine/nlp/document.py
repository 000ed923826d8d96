"""The bridge from the NLP layer to the rules: a Stanza Document flattened into the rules' ArticleDoc."""

from __future__ import annotations

from typing import Any

from quotewire.engine.lexicon import known_lemma
from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc, Entity, Word


def _word_offsets(sentence: Any) -> dict[int, tuple[int, int]]:  # a Stanza Sentence
    """Character offsets of the words of multi-word tokens whose words spell the token, by id(word)."""
    out: dict[int, tuple[int, int]] = {}
    for token in sentence.tokens:
        if len(token.words) < 2 or "".join(w.text for w in token.words) != token.text:
            continue
        start = token.start_char
        for word in token.words:
            out[id(word)] = (start, start + len(word.text))
            start += len(word.text)
    return out


def article_doc(text: str, doc: Any) -> ArticleDoc:
    """Flatten a Stanza Document. The words of a multi-word token get their own offsets when they spell it
    ("governor's" -> "governor" + "'s"), and share the token's otherwise."""
    words: list[Word] = []
    sentences: list[tuple[int, int]] = []
    for s_index, sentence in enumerate(doc.sentences):
        base = len(words)
        offsets = _word_offsets(sentence)
        for word in sentence.words:
            token = word.parent
            start, end = offsets.get(id(word), (token.start_char, token.end_char))
            head = (word.head or 0) - 1
            lemma = (word.lemma or word.text).lower()
            if word.upos == "VERB":
                lemma = known_lemma(word.text, lemma)
            words.append(Word(
                index=len(words), sentence=s_index, text=word.text, lemma=lemma,
                upos=word.upos or "X", xpos=word.xpos or "", head=base + head if head >= 0 else -1,
                deprel=word.deprel or "dep", start=start, end=end,
            ))
        sentences.append((base, len(words)))
    entities = [Entity(Span.of(text, e.start_char, e.end_char), e.type) for e in doc.ents]
    return ArticleDoc(text, words, sentences, entities)
