"""A quote on its way through the stages: found, then tied to a cue and a speaker mention, then to an entity."""

from __future__ import annotations

from dataclasses import dataclass

from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.mentions import Mention


@dataclass(eq=False)
class Candidate:
    """Candidates refer to each other by reference (`parent`, `continues`, `piece_of`) and compare by identity."""

    span: Span  # the quoted (or reported) words
    kind: QuoteKind
    outer: tuple[int, int]  # the words with their marks, for direct quotes; the span itself otherwise
    parent: Candidate | None = None  # the enclosing quote
    terminated: bool = True
    cue: int | None = None  # word index of the speech verb
    mention: Mention | None = None  # the words naming the speaker for this quote
    method: AttributionMethod = AttributionMethod.NONE
    channel: Span | None = None
    antecedent: Mention | None = None  # what a pronoun mention refers to
    continues: Candidate | None = None  # the quote whose speaker this one carries on
    dropped: bool = False  # absorbed into a larger reported-speech candidate
    piece_of: Candidate | None = None  # the first piece of the statement this quote is a later piece of
