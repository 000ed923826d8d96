"""One article as the rule stages see it: the text, its words with character offsets, tags and heads, its named
entities, and tree helpers. The NLP layer builds it once per article (nlp/document.py); tests build it by hand;
the stages read it and never change it. Nothing here knows Stanza."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from quotewire.engine.model import Span

PUNCT_UPOS = frozenset({"PUNCT", "SYM"})
PARTICIPLE_XPOS = frozenset({"VBN", "VBG"})


@dataclass(frozen=True)
class Word:
    index: int  # position in ArticleDoc.words
    sentence: int
    text: str
    lemma: str
    upos: str
    xpos: str  # Penn tag: VBN past participle, VBG present participle or gerund
    head: int  # index of the head word, -1 for the root
    deprel: str
    start: int
    end: int

    @property
    def rel(self) -> str:
        """The universal part of the relation: 'nsubj' for 'nsubj:pass'."""
        return self.deprel.split(":")[0]

    @property
    def is_punct(self) -> bool:
        return self.upos in PUNCT_UPOS

    @property
    def is_participle(self) -> bool:
        """A past or present participle ("asked", "adding"), by its Penn tag."""
        return self.xpos in PARTICIPLE_XPOS


@dataclass(frozen=True)
class Entity:
    span: Span
    label: str  # PER, ORG, LOC, MISC


def visible_end(text: str, pos: int) -> int:
    """len(text[:pos].rstrip()), without copying the text before `pos`: the end of what shows before it."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


@dataclass
class ArticleDoc:
    """An analysed article."""

    text: str
    words: list[Word]
    sentences: list[tuple[int, int]]  # word index ranges [first, last + 1)
    entities: list[Entity]

    @cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.words]
        for word in self.words:
            if word.head >= 0:
                kids[word.head].append(word.index)
        return kids

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """The words of the names the tagger marks as persons ("Day" of "Kristen Day"), as written."""
        return frozenset(word for e in self.entities if e.label == "PER" for word in e.span.text.split())

    @cached_property
    def _starts(self) -> list[int]:
        return [w.start for w in self.words]

    def words_between(self, start: int, end: int) -> list[int]:
        """Indices of the words lying inside [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for i in range(lo, len(self.words)):
            if self.words[i].start >= end:
                break
            if self.words[i].end <= end:
                out.append(i)
        return out

    def word_at(self, char: int) -> int | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.words[i].start <= char < self.words[i].end:
            return i
        return None

    def sentence_words(self, sentence: int) -> range:
        first, last = self.sentences[sentence]
        return range(first, last)

    def heads_of(self, words: list[int] | range) -> list[int]:
        """The words whose head lies outside them: a phrase's head (several where the parse splits it)."""
        inside = set(words)
        return [i for i in words if self.words[i].head not in inside]

    def kids(self, i: int, *rels: str) -> list[int]:
        """Children of word i, only those with the given universal relations when any are named."""
        return [k for k in self.children[i] if not rels or self.words[k].rel in rels or self.words[k].deprel in rels]

    def subtree(self, i: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """Word i and its descendants, in text order, leaving out branches whose relation is in skip."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(k for k in self.children[j]
                         if self.words[k].deprel not in skip and self.words[k].rel not in skip)
        return sorted(out)

    def text_of(self, words: list[int]) -> str:
        """The text from the first of the words to the last, as it stands (words in order)."""
        return self.text[self.words[words[0]].start:self.words[words[-1]].end]

    def span_of(self, indices: list[int] | range, trim_punct: bool = True) -> Span | None:
        """The text from the first to the last of the words, trimmed of punctuation at either end."""
        idx = sorted(indices)
        if trim_punct:
            while idx and self.words[idx[0]].is_punct:
                idx = idx[1:]
            while idx and self.words[idx[-1]].is_punct:
                idx = idx[:-1]
        if not idx:
            return None
        return Span.of(self.text, self.words[idx[0]].start, self.words[idx[-1]].end)

    def contiguous(self, i: int, indices: list[int]) -> list[int]:
        """The unbroken run of indices around word i."""
        members = set(indices)
        lo = hi = i
        while lo - 1 in members:
            lo -= 1
        while hi + 1 in members:
            hi += 1
        return list(range(lo, hi + 1))

    @cached_property
    def _labels_by_text(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for entity in self.entities:
            out.setdefault(entity.span.text, set()).add(entity.label)
        return out

    def label_elsewhere(self, text: str) -> str | None:
        """The label the tagger gives this exact name where it tags it, if it gives one label: a name means one
        thing throughout an article, where the tagger misses it ("The major Super PAC said")."""
        labels = self._labels_by_text.get(text, set())
        return next(iter(labels)) if len(labels) == 1 else None

    def entity_at(self, span: Span, labels: frozenset[str] | None = None) -> Entity | None:
        """The named entity overlapping span the most (the first of equals)."""
        best, best_overlap = None, 0
        # Stanza's entities come in text order and never overlap, so their ends rise too: skip those that end
        # before the span begins
        first = bisect.bisect_right(self._entity_ends, span.start)
        for entity in self.entities[first:]:
            if entity.span.start >= span.end:
                break
            if labels and entity.label not in labels:
                continue
            overlap = min(span.end, entity.span.end) - max(span.start, entity.span.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best

    def entities_within(self, span: Span) -> list[Entity]:
        """The named entities that lie inside span, in text order."""
        first = bisect.bisect_left(self._entity_ends, span.start)
        out = []
        for entity in self.entities[first:]:
            if entity.span.start >= span.end:
                break
            if span.contains(entity.span):
                out.append(entity)
        return out

    @cached_property
    def _entity_ends(self) -> list[int]:
        return [entity.span.end for entity in self.entities]

    @cached_property
    def place_names(self) -> frozenset[str]:
        """Every text the NER tagger calls a place (LOC, GPE) somewhere in the article."""
        return frozenset(e.span.text for e in self.entities if e.label in {"LOC", "GPE"})

    @cached_property
    def person_surnames(self) -> frozenset[str]:
        """The last words of the person entities of two words or more, less those the tagger calls a place."""
        return frozenset(words[-1] for e in self.entities
                         if e.label == "PER" and len(words := e.span.text.split()) > 1) - self.place_names

    @cached_property
    def headlines(self) -> frozenset[int]:
        """The sentences in headline case, every word of four letters or more capitalised ('Black Lawmakers Rip
        Donald Trump'): the taggers read such a sentence's verbs as names."""
        out = set()
        for k, (first, last) in enumerate(self.sentences):
            long = [w.text for w in self.words[first:last] if w.text.isalpha() and len(w.text) >= 4]
            if len(long) >= 3 and all(t[0].isupper() for t in long) and not all(t.isupper() for t in long):
                out.add(k)
        return frozenset(out)

    def said_outside_headlines(self, phrase: str) -> bool:
        """Does the phrase stand, as whole words, in a sentence that is no headline?"""
        for found in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", self.text):
            word = self.words_between(found.start(), found.end())
            if word and self.words[word[0]].sentence not in self.headlines:
                return True
        return False

    @cached_property
    def _paragraph_breaks(self) -> list[int]:
        return [m.end() for m in re.finditer(r"\n\s*", self.text)]

    def paragraph_of(self, char: int) -> int:
        """Which paragraph (a run of lines between line breaks) a character is in."""
        return bisect.bisect_right(self._paragraph_breaks, char)

    def paragraph_texts(self) -> list[str]:
        """The text of each paragraph, numbered as paragraph_of numbers them, without the blanks around it."""
        starts = [0, *self._paragraph_breaks]
        return [self.text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(self.text)], strict=True)]
