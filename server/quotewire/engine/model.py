"""The engine's results: plain, immutable Python objects, with no Stanza, gRPC or protobuf in them.

Offsets are Python string indices (Unicode code points) into the article text, half-open [start, end).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from enum import Enum
from typing import TypeVar


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class QuoteKind(Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class AttributionMethod(Enum):
    NAMED = "named"
    PRONOUN = "pronoun"
    CONTINUATION = "continuation"
    ACCORDING_TO = "according_to"
    COLON = "colon"
    NONE = "none"


class SpeakerKind(Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    LOCATION = "location"
    GROUP = "group"


@dataclass(frozen=True)
class Cue:
    span: Span
    lemma: str


@dataclass(frozen=True)
class Quote:
    id: str
    span: Span  # the quoted words, without the marks
    kind: QuoteKind
    speaker_id: str | None = None
    speaker_span: Span | None = None
    cue: Cue | None = None
    parent_quote_id: str | None = None
    part_of_quote_id: str | None = None  # the first piece, when an attribution splits one statement
    channel: Span | None = None
    confidence: float = 0.0
    method: AttributionMethod = AttributionMethod.NONE

    @property
    def text(self) -> str:
        return self.span.text


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


class NoticeCode(Enum):
    SENTENCE_SPLIT = "sentence_split"  # a sentence too long to parse was cut here


@dataclass(frozen=True)
class Notice:
    """Something the engine did to the article to keep its cost bounded, and where."""

    code: NoticeCode
    message: str
    span: Span


@dataclass(frozen=True)
class Attribution:
    """Everything the engine found in one article."""

    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)


T = TypeVar("T")


def with_text(result: T, text: str) -> T:
    """`result` (an Attribution or any part of it) with every Span's text read again from `text`, a text of the
    same length: the rule stages read the article in the house convention (rules/conventions.py), and the answer
    quotes the article as it was sent. Names and titles keep the house reading (a wrapped name is one line)."""
    if isinstance(result, Span):
        return Span.of(text, result.start, result.end)  # type: ignore[return-value]  # T is Span here
    if isinstance(result, tuple):
        return tuple(with_text(item, text) for item in result)  # type: ignore[return-value]  # T is a tuple
    if is_dataclass(result) and not isinstance(result, type):
        changes = {f.name: with_text(getattr(result, f.name), text) for f in fields(result)}
        return replace(result, **changes)
    return result
