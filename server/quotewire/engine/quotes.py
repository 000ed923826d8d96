"""Stage 1: where the quotations are, read from the quotation marks of the raw text alone.

Handles curly, straight, low-9 and guillemet double marks; single marks nested inside them; quotes that run over
several paragraphs (the opening mark repeated at each paragraph, one closing mark at the end); nicknames in quotes
inside a name (Michael "Erik" Kurilla), which are not quotes; apostrophes, which are not marks. Unbalanced marks are
dropped or closed at the paragraph end, never an error: the rest of the article is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quotewire.engine.model import Span

DOUBLE_OPENING = frozenset("“„«‟")
DOUBLE_CLOSING = frozenset("”»")
DOUBLE_MARKS = DOUBLE_OPENING | DOUBLE_CLOSING | {'"'}
SINGLE_MARKS = frozenset("‘’'‹›")
CLOSERS_AFTER = frozenset(",.;:!?)]}…-—–") | DOUBLE_MARKS | SINGLE_MARKS
OPENERS_BEFORE = frozenset("([{-—–/") | DOUBLE_MARKS | SINGLE_MARKS
NICKNAME_MAX_WORDS = 2
WORD = re.compile(r"[^\W\d_][\w.'’-]*")


class Role(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True)
class Mark:
    pos: int
    role: Role


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found from its marks: content without the marks, and where the marks are."""

    content: Span
    open_mark: int
    close_mark: int | None  # None when the quote was never closed
    parent: int | None = None  # index of the enclosing quote in QuoteScan.quotes
    paragraphs: int = 1

    @property
    def terminated(self) -> bool:
        return self.close_mark is not None

    @property
    def outer(self) -> tuple[int, int]:
        """The quote with its marks."""
        end = self.close_mark + 1 if self.close_mark is not None else self.content.end
        return self.open_mark, end


@dataclass(frozen=True)
class QuoteScan:
    quotes: tuple[QuoteSpan, ...]
    nicknames: tuple[Span, ...]  # quoted words read as part of a name, not as a quote


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _double_role(text: str, i: int) -> Role | None:
    """What a double mark does here, from its shape and its neighbours."""
    ch, prev, nxt = text[i], _before(text, i), _after(text, i)
    opens_here = (prev.isspace() or prev in OPENERS_BEFORE) and not nxt.isspace()
    closes_here = not prev.isspace() and (nxt.isspace() or nxt in CLOSERS_AFTER)
    if ch == '"':
        if prev.isdigit() and not nxt.isalpha():
            return None  # inches: 5'10"
        if opens_here and not closes_here:
            return Role.OPEN
        if closes_here and not opens_here:
            return Role.CLOSE
        return Role.EITHER
    if ch in DOUBLE_OPENING:
        return Role.CLOSE if closes_here and not opens_here and ch == "“" else Role.OPEN
    return Role.OPEN if opens_here and not closes_here and ch == "”" else Role.CLOSE


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-delimited blocks holding some text."""
    blocks, start = [], 0
    for match in re.finditer(r"\n", text):
        if text[start:match.start()].strip():
            blocks.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        blocks.append((start, len(text)))
    return blocks


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _content(text: str, start: int, end: int) -> Span:
    """The quoted words: no surrounding space, and no comma left hanging before the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span.of(text, start, end)


def _looks_like_quote_start(text: str, pos: int, para_start: int) -> bool:
    """An opening mark never closed still makes a quote if it starts the paragraph or follows ',' or ':'."""
    before = text[para_start:pos].rstrip()
    return not before or before[-1] in ",:"


def _pair_doubles(text: str) -> list[tuple[int, int | None, int]]:
    """(open mark, close mark or None, paragraphs spanned) for every double-quoted stretch."""
    found: list[tuple[int, int | None, int]] = []
    paragraphs = _paragraphs(text)
    carried: tuple[int, int] | None = None  # (open mark, paragraphs so far) of a quote running past its paragraph
    for p_start, p_end in paragraphs:
        marks = [Mark(i, role) for i in range(p_start, p_end) if text[i] in DOUBLE_MARKS
                 for role in [_double_role(text, i)] if role is not None]
        current: int | None = None
        spanned = 1
        if carried is not None:
            head = _first_visible(text, p_start, p_end)
            starts_quote = _looks_like_quote_start(text, carried[0], _para_start(paragraphs, carried[0]))
            if starts_quote and marks and marks[0].pos == head and marks[0].role != Role.CLOSE:
                current, spanned = carried[0], carried[1] + 1  # the quote goes on in this paragraph
                marks = marks[1:]
            elif starts_quote:
                found.append((carried[0], None, carried[1]))  # never closed: it ends with its paragraph
            carried = None
        for mark in marks:
            if current is None:
                if mark.role != Role.CLOSE:
                    current, spanned = mark.pos, 1
            elif mark.role != Role.OPEN:
                found.append((current, mark.pos, spanned))
                current = None
            else:
                current, spanned = mark.pos, 1  # a second opening: the first one was stray
        if current is not None:
            carried = (current, spanned)
    if carried is not None and _looks_like_quote_start(text, carried[0], _para_start(paragraphs, carried[0])):
        found.append((carried[0], None, carried[1]))
    return found


def _para_start(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for start, end in paragraphs:
        if start <= pos < end:
            return start
    return 0


def _quote_end(text: str, open_mark: int, close_mark: int | None) -> int:
    """Content end: the closing mark, or the end of the last paragraph of an unterminated quote."""
    if close_mark is not None:
        return close_mark
    newline = text.find("\n", open_mark)
    return len(text) if newline < 0 else newline


def _is_nickname(text: str, open_mark: int, close_mark: int | None) -> bool:
    """Quoted words standing between a given name and a surname: Michael "Erik" Kurilla."""
    if close_mark is None:
        return False
    inner = text[open_mark + 1:close_mark].strip()
    words = inner.split()
    if not words or len(words) > NICKNAME_MAX_WORDS or not all(w[0].isupper() for w in words):
        return False
    if any(c in inner for c in ".,;:!?"):
        return False
    before = re.search(r"(\S+)\s+$", text[max(0, open_mark - 40):open_mark])
    after = re.match(r"\s+(\S+)", text[close_mark + 1:close_mark + 41])
    return bool(before and after and WORD.fullmatch(before.group(1)) and before.group(1)[0].isupper()
                and after.group(1)[0].isupper() and WORD.match(after.group(1)))


def _single_role(text: str, i: int, lo: int, hi: int) -> Role | None:
    """Single marks inside a quote: apostrophes (Biden’s, ’90s, dogs’) are not marks."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in "‹":
        return Role.OPEN
    if ch in "›":
        return Role.CLOSE
    if prev.isalnum() and nxt.isalnum():
        return None  # inside a word
    if ch == "‘" or (ch == "'" and (prev.isspace() or prev in OPENERS_BEFORE)):
        return Role.OPEN if not nxt.isspace() and not nxt.isdigit() else None
    if not prev.isspace() and (nxt.isspace() or nxt in CLOSERS_AFTER):
        return Role.CLOSE
    return None


def _pair_singles(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted stretches inside [lo, hi)."""
    pairs, opened = [], None
    for i in range(lo, hi):
        if text[i] not in SINGLE_MARKS:
            continue
        role = _single_role(text, i, lo, hi)
        if role == Role.OPEN and opened is None:
            opened = i
        elif role == Role.CLOSE and opened is not None:
            if text[opened + 1:i].strip():
                pairs.append((opened, i))
            opened = None
    return pairs


def find_quotes(text: str) -> QuoteScan:
    """Every quotation in the text, outermost first within each position, nested ones pointing to their parent."""
    quotes: list[QuoteSpan] = []
    nicknames: list[Span] = []
    for open_mark, close_mark, paragraphs in _pair_doubles(text):
        end = _quote_end(text, open_mark, close_mark)
        if _is_nickname(text, open_mark, close_mark):
            nicknames.append(_content(text, open_mark + 1, end))
            continue
        content = _content(text, open_mark + 1, end)
        if not content.text:
            continue
        parent_index = len(quotes)
        quotes.append(QuoteSpan(content, open_mark, close_mark, None, paragraphs))
        for s_open, s_close in _pair_singles(text, open_mark + 1, end):
            inner = _content(text, s_open + 1, s_close)
            if inner.text and len(inner.text) < len(content.text):
                quotes.append(QuoteSpan(inner, s_open, s_close, parent_index))
    return QuoteScan(tuple(quotes), tuple(nicknames))


def text_for_parsing(text: str) -> str:
    """The text with the quote marks around nicknames blanked, same length, so that the tagger and parser read
    Michael "Erik" Kurilla as one name; every offset stays valid for the original text."""
    chars = list(text)
    for nickname in find_quotes(text).nicknames:
        for i in (nickname.start - 1, nickname.end):
            if 0 <= i < len(chars) and chars[i] in DOUBLE_MARKS:
                chars[i] = " "
    return "".join(chars)
