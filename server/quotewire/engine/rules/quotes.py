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
from itertools import accumulate

from quotewire.engine.model import Span
from quotewire.engine.rules.conventions import read_conventions
from quotewire.engine.rules.dateline import blank_dateline

DOUBLE_OPENING = frozenset("“„«‟")
DOUBLE_CLOSING = frozenset("”»")
DOUBLE_MARKS = DOUBLE_OPENING | DOUBLE_CLOSING | {'"'}
SINGLE_MARKS = frozenset("‘’'‹›")
QUOTATION_MARKS = DOUBLE_MARKS | SINGLE_MARKS
CLOSERS_AFTER = frozenset(",.;:!?)]}…-—–") | DOUBLE_MARKS | SINGLE_MARKS
OPENERS_BEFORE = frozenset("([{-—–/") | DOUBLE_MARKS | SINGLE_MARKS
NICKNAME_MAX_WORDS = 2
WORD = re.compile(r"[^\W\d_][\w.'’-]*")
SINGLE_MARK = re.compile("[‘’]")
# Four quotation marks or more in a row quote nothing; the tagger and parser would read each as a word.
MARK_RUN = re.compile("[\"“”„‟«»‘’'‹›`]{4,}")
MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,1000})?/?>")


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


def _pair_doubles(text: str) -> list[tuple[int, int | None, int, list[tuple[int, int]]]]:
    """(open mark, close mark or None, paragraphs spanned, inner pairs) for every double-quoted stretch.

    A curly opening mark inside an open curly quote, with two closings still to come in its paragraph, opens a
    nested quote (“... what he calls “hell” than ...”); otherwise the first opening was stray.
    """
    found: list[tuple[int, int | None, int, list[tuple[int, int]]]] = []
    paragraphs = _paragraphs(text)
    carried: tuple[int, int] | None = None  # (open mark, paragraphs so far) of a quote running past its paragraph
    for p_start, p_end in paragraphs:
        marks = [Mark(i, role) for i in range(p_start, p_end) if text[i] in DOUBLE_MARKS
                 for role in [_double_role(text, i)] if role is not None]
        # nothing is open at a paragraph's first character: a closing mark there, with another closing mark to come
        # in the paragraph, is an opening one mistyped ("” … he delivered ...,” Barabak wrote.")
        if (len(marks) > 1 and text[marks[0].pos] == "”" and marks[0].pos == _first_visible(text, p_start, p_end)
                and marks[0].role == Role.CLOSE and marks[1].role != Role.OPEN):
            marks[0] = Mark(marks[0].pos, Role.OPEN)
        current: int | None = None
        inner: int | None = None
        inners: list[tuple[int, int]] = []
        spanned = 1
        if carried is not None:
            head = _first_visible(text, p_start, p_end)
            starts_quote = _looks_like_quote_start(text, carried[0], _para_start(paragraphs, carried[0]))
            same_style = bool(marks) and (text[marks[0].pos] == '"') == (text[carried[0]] == '"')
            if starts_quote and same_style and marks[0].pos == head and marks[0].role != Role.CLOSE:
                current, spanned = carried[0], carried[1] + 1  # the quote goes on in this paragraph
                marks = marks[1:]
            elif starts_quote:
                found.append((carried[0], None, carried[1], []))  # never closed: it ends with its paragraph
            carried = None
        # closings_after[n]: how many of the marks after the n-th may close (kept as a count: linear in the marks)
        closings_after = [0] * (len(marks) + 1)
        for n in range(len(marks) - 1, -1, -1):
            closings_after[n] = closings_after[n + 1] + (marks[n].role != Role.OPEN)
        for n, mark in enumerate(marks):
            if current is None:
                if mark.role != Role.CLOSE:
                    current, spanned, inners = mark.pos, 1, []
            elif mark.role != Role.OPEN:
                if inner is not None:
                    inners.append((inner, mark.pos))
                    inner = None
                else:
                    found.append((current, mark.pos, spanned, inners))
                    current = None
            elif (inner is None and text[current] != '"' and text[mark.pos] != '"'
                  and closings_after[n + 1] >= 2):
                inner = mark.pos
            else:
                current, spanned, inner, inners = mark.pos, 1, None, []  # a second opening: the first was stray
        if current is not None:
            carried = (current, spanned)
    if carried is not None and _looks_like_quote_start(text, carried[0], _para_start(paragraphs, carried[0])):
        found.append((carried[0], None, carried[1], []))
    return found


def blank_markup(text: str) -> str:
    """Same-length text with markup tags blanked: the quoted attribute values of '<tweet author="carlquintanilla"
    ...>' in scraped articles are no quotations, and their words no part of the prose."""
    return MARKUP.sub(lambda m: " " * len(m.group(0)), text)


def _normalize_marks(text: str) -> str:
    """Same-length text in which doubled apostrophes and backticks (''quote'', ``quote'') read as one double mark."""
    chars = list(text)
    for i in range(len(text) - 1):
        pair = text[i:i + 2]
        if pair not in ("''", "``") or (i > 0 and text[i - 1] in "'`") or (i + 2 < len(text) and text[i + 2] in "'`"):
            continue
        before, after = _before(text, i), text[i + 2] if i + 2 < len(text) else "\n"
        if pair == "``" or ((before.isspace() or before in OPENERS_BEFORE) and not after.isspace()):
            chars[i], chars[i + 1] = " ", '"'
        else:
            chars[i], chars[i + 1] = '"', " "
    return "".join(chars)


def _pair_top_singles(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Curly single quotes used as quotation marks outside any double quote: headlines, British style.

    Only the marks are visited; a taken span between an opening mark and the next mark cancels the opening."""
    inside = [0] * (len(text) + 1)  # inside[i]: how many characters before i lie in a taken span
    for a, b in taken:
        a, b = max(a, 0), min(b, len(text))
        if a < b:
            inside[a] += 1
            inside[b] -= 1
    covered = list(accumulate(inside))  # covered[i] > 0: character i is taken
    before = list(accumulate((1 if c > 0 else 0 for c in covered), initial=0))
    pairs = []
    for para_start, para_end in _paragraphs(text):
        opened = None
        for mark in SINGLE_MARK.finditer(text, para_start, para_end):
            i = mark.start()
            if opened is not None and before[i + 1] - before[opened + 1] > 0:
                opened = None  # a taken character since the opening, this mark included
            if covered[i] > 0:
                continue
            ch, prev, nxt = text[i], _before(text, i), _after(text, i)
            if ch == "‘" and (prev.isspace() or prev in OPENERS_BEFORE) and not nxt.isspace() and not nxt.isdigit():
                opened = i
            elif ch == "’" and opened is not None and not prev.isspace() and not nxt.isalnum():
                if text[opened + 1:i].strip():
                    pairs.append((opened, i))
                opened = None
    return pairs


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
    norm = _normalize_marks(blank_markup(text))
    quotes: list[QuoteSpan] = []
    nicknames: list[Span] = []

    def content(start: int, end: int) -> Span:
        span = _content(norm, start, end)
        return Span.of(text, span.start, span.end)

    doubles = _pair_doubles(norm)
    for open_mark, close_mark, paragraphs, inners in doubles:
        end = _quote_end(norm, open_mark, close_mark)
        if _is_nickname(norm, open_mark, close_mark):
            nicknames.append(content(open_mark + 1, end))
            continue
        outer = content(open_mark + 1, end)
        if not outer.text:
            continue
        parent_index = len(quotes)
        quotes.append(QuoteSpan(outer, open_mark, close_mark, None, paragraphs))
        nested = [(a, b) for a, b in inners] + _pair_singles(norm, open_mark + 1, end)
        for s_open, s_close in sorted(nested):
            inner = content(s_open + 1, s_close)
            if inner.text and len(inner.text) < len(outer.text):
                quotes.append(QuoteSpan(inner, s_open, s_close, parent_index))
    taken = [(o, (c if c is not None else _quote_end(norm, o, c)) + 1) for o, c, _, _ in doubles]
    for s_open, s_close in _pair_top_singles(norm, taken):
        span = content(s_open + 1, s_close)
        if span.text:
            quotes.append(QuoteSpan(span, s_open, s_close))
    return QuoteScan(tuple(quotes), tuple(nicknames))


def text_for_parsing(text: str) -> str:
    """What the NLP layer reads: the text in the house convention (conventions.py), with the quote marks around
    nicknames and the dateline blanked, same length, so that the tagger and parser read Michael "Erik" Kurilla as
    one name and no dateline as a subject; offsets stay valid. Runs of four marks or more are blanked too: a wall
    of marks is no words to tag."""
    text = read_conventions(text).canonical
    chars = list(blank_dateline(MARK_RUN.sub(lambda m: " " * len(m.group(0)), blank_markup(text))))
    for nickname in find_quotes(text).nicknames:
        for i in (nickname.start - 1, nickname.end):
            if 0 <= i < len(chars) and chars[i] in DOUBLE_MARKS:
                chars[i] = " "
    return "".join(chars)
