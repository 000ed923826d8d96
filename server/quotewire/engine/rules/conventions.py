"""Stage 0: the article's conventions, and the article rewritten into the house convention, character for character.

Reads: the raw text. Writes: Conventions (which marks quote speech, whether lines are hard-wrapped) and
`canonical`, a text of the same length in which

- speech is in curly double marks and a quote inside it in curly single marks, whatever the article used:
  guillemets («…», ‹…›), low-9 marks („…“, ‚…‘), typewriter marks (``…'', `…'), or British single marks for
  speech with double marks inside;
- a quote nested in another of a different style alternates double and single marks by depth (capped at
  MAX_DEPTH; deeper marks are left as they are);
- a line break that only wraps a line (hard-wrapped text, or a break inside a quote whose closing mark comes on a
  following line) is a space;
- in an article whose speech is in single marks, an opening single mark that nothing closes is blanked, so that it
  cannot open a "quote" over the narration that follows.

Every later stage (the NLP layer included) reads `canonical`; offsets are the same in both texts, so answers are
read back from the raw text (model.with_text). An article already in the house convention (curly or straight
double marks for speech, single marks inside) comes out unchanged except for wrapped lines.

Apostrophes are not marks. A single mark is an apostrophe when it stands between letters or digits (don't,
Biden’s, rock'n'roll), before a digit (the '90s, ’16), at the start of an elided word ('tis, 'twas, 'em, 'n',
'cause, 'til), after a one-letter word (o' clock), or when it could only close a quote and no single-marked quote
is open (the Joneses' house, dogs’).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

MAX_DEPTH = 8  # quotes nested deeper than this are left as the article wrote them
MAX_WRAPPED_LINES = 8  # a quote continues over at most this many line breaks to reach its closing mark
WRAP_WIDTH_MAX = 100  # an article whose longest line is longer than this is not hard-wrapped
ELIDED = ("tis", "twas", "twere", "em", "n'", "cause", "til", "bout", "round", "nuff", "kay")
# words that follow a quote's closing mark far more often than they follow a plural possessive
AFTER_A_CLOSING_MARK = frozenset((
    "in", "on", "at", "to", "of", "and", "or", "but", "for", "from", "with", "by", "as", "is", "was", "were", "are",
    "be", "that", "which", "who", "he", "she", "they", "we", "i", "it", "its", "his", "her", "their", "said", "says",
    "say", "told", "added", "asked", "than", "so", "if", "when", "while", "after", "before", "because", "into",
    "over", "about", "this", "these", "those", "then",
))
SENTENCE_WORD = re.compile(r"[^\W\d_]+")
BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")

DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET = "double", "single", "guillemet", "single guillemet"
OPENERS_BEFORE = frozenset("([{-—–―/") | frozenset("\"“”„‟«»‘’'‹›‚`")
CLOSERS_AFTER = frozenset(",.;:!?)]}…-—–―") | frozenset("\"“”„‟«»‘’'‹›‚`")
MARK_CHARS = frozenset("\"“”„‟«»‘’'‹›‚`")
# marks the later stages read as they are (the parser was trained on straight marks as much as on curly ones)
HOUSE_MARKS = frozenset("“”‘’\"'")


class Role(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True)
class Mark:
    """One quotation mark (two characters for `` and '')."""

    pos: int
    size: int
    family: str  # DOUBLE, SINGLE, GUILLEMET or SINGLE_GUILLEMET: marks of one family close each other
    role: Role
    char: str
    prev: str = ""  # the character before the mark


@dataclass(frozen=True)
class Pair:
    open: Mark
    close: Mark | None  # None: open at the end of its paragraph, continued in the next (the repeated-mark style)
    depth: int  # quotes around it


@dataclass(frozen=True)
class Conventions:
    speech_in_single_marks: bool  # British style: 'We are ready,' she said
    wrapped: bool  # hard-wrapped lines (a single line break is not a paragraph break)
    canonical: str  # the text in the house convention, same length


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _shape(text: str, i: int, size: int = 1) -> tuple[bool, bool]:
    """(could open, could close) from the mark's neighbours."""
    prev, nxt = _before(text, i), (text[i + size] if i + size < len(text) else "\n")
    opens = (prev.isspace() or prev in OPENERS_BEFORE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in CLOSERS_AFTER)
    return opens, closes


def is_apostrophe(text: str, i: int) -> bool:
    """A single mark that is part of a word, not a quotation mark (see the module's rules)."""
    prev, nxt = _before(text, i), _after(text, i)
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, Biden’s, rock'n'roll
    if nxt.isdigit() and text[i + 1:i + 3].isdigit() and not text[i + 3:i + 4].isdigit() and text[i + 3:i + 4] != ",":
        return True  # the '90s, in ’16 (two digits; not ‘2,521 incidents’)
    if not prev.isalnum():
        word = SENTENCE_WORD.match(text, i + 1)
        rest = text[i + 1:i + 7].lower()
        if word and any(rest.startswith(e) and (e.endswith("'") or len(word.group(0)) == len(e)) for e in ELIDED):
            return True  # 'tis, 'em, 'n'
        if rest.startswith("n'") or rest.startswith("n’"):
            return True
    # o' clock, ma' am: after a one-letter word
    return bool(prev.isalpha() and (i < 2 or not text[i - 2].isalnum()) and nxt.isspace())


def _single_role(text: str, i: int) -> Role | None:
    if is_apostrophe(text, i):
        return None
    if _before(text, i) == "\n" and text[i] in "‘’'":
        return Role.OPEN  # at the start of a line a single mark opens, whichever way it was typed (’ … he said)
    opens, closes = _shape(text, i)
    if text[i] == "‚":
        return Role.OPEN
    if opens and not closes:
        return Role.OPEN if text[i] != "’" or not _before(text, i).isalnum() else None
    if closes and not opens:
        return Role.CLOSE  # ’, ', and ‘ closing a ‚ (German style)
    return None


def _double_role(text: str, i: int) -> Role | None:
    ch = text[i]
    opens, closes = _shape(text, i)
    if ch == '"':
        if _before(text, i).isdigit() and not _after(text, i).isalpha():
            return None  # inches: 5'10"
        if opens and not closes:
            return Role.OPEN
        if closes and not opens:
            return Role.CLOSE
        return Role.EITHER
    if ch in "„‟":
        return Role.OPEN
    if ch == "“":
        return Role.CLOSE if closes and not opens else Role.OPEN  # „…“ closes with it
    return Role.OPEN if opens and not closes else Role.CLOSE  # ”


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark of the text, with its family and what it may do; apostrophes are left out."""
    marks: list[Mark] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in MARK_CHARS:
            i += 1
            continue
        run = i
        while run < n and text[run] in MARK_CHARS:
            run += 1
        if run - i >= 4:  # four marks or more in a row quote nothing (and are blanked for the parser)
            i = run
            continue
        if text[i:i + 3] == "'''" and run - i == 3 and not _before(text, i).isspace():
            # an inner quote and its outer one closing together, typewriter style: ...`no,''' she said
            marks.append(Mark(i, 1, SINGLE, Role.CLOSE, "'"))
            marks.append(Mark(i + 1, 2, DOUBLE, Role.CLOSE, "''"))
            i += 3
            continue
        if text[i:i + 3] == "```" and run - i == 3:
            marks.append(Mark(i, 2, DOUBLE, Role.OPEN, "``"))
            marks.append(Mark(i + 2, 1, SINGLE, Role.OPEN, "`"))
            i += 3
            continue
        pair = text[i:i + 2]
        if pair in ("``", "''") and (i == 0 or text[i - 1] not in "'`") and (i + 2 >= n or text[i + 2] not in "'`"):
            opens, closes = _shape(text, i, 2)
            marks.append(Mark(i, 2, DOUBLE, Role.OPEN if pair == "``" or (opens and not closes) else Role.CLOSE, pair))
            i += 2
            continue
        role: Role | None
        if ch in "«»":
            opens, closes = _shape(text, i)
            # French «…»; German »…« read by shape
            role = (Role.OPEN if ch == "«" else Role.CLOSE) if opens == closes else (Role.OPEN if opens else Role.CLOSE)
            marks.append(Mark(i, 1, GUILLEMET, role, ch))
        elif ch in "‹›":
            opens, closes = _shape(text, i)
            role = (Role.OPEN if ch == "‹" else Role.CLOSE) if opens == closes else (Role.OPEN if opens else Role.CLOSE)
            marks.append(Mark(i, 1, SINGLE_GUILLEMET, role, ch))
        elif ch == "`":
            marks.append(Mark(i, 1, SINGLE, Role.OPEN, ch))
        elif ch in "‘’'‚":
            role = _single_role(text, i)
            if role is not None:
                marks.append(Mark(i, 1, SINGLE, role, ch, _before(text, i)))
        else:
            role = _double_role(text, i)
            if role is not None:
                marks.append(Mark(i, 1, DOUBLE, role, ch))
        i += 1
    return _plural_possessives_dropped(text, marks)


def _plural_possessives_dropped(text: str, marks: list[Mark]) -> list[Mark]:
    """'... at the Joneses' house,' she said: a single mark after -s or -z that could close, followed by a word
    that could be what is possessed (not a word that follows a closing mark: 'in', 'said', 'and'), with another
    single mark that could close after it in the same line, is a plural possessive."""
    keep = [True] * len(marks)
    following: Mark | None = None
    for n in range(len(marks) - 1, -1, -1):
        mark = marks[n]
        if mark.family != SINGLE:
            continue
        after = SENTENCE_WORD.match(text, mark.pos + 2) if text[mark.pos + 1:mark.pos + 2] == " " else None
        if (mark.role == Role.CLOSE and _before(text, mark.pos) in "sz" and following is not None
                and after is not None and after.group(0).lower() not in AFTER_A_CLOSING_MARK
                and following.role == Role.CLOSE and text.find("\n", mark.pos, following.pos) < 0):
            keep[n] = False
            continue
        following = mark
    return [mark for mark, kept in zip(marks, keep, strict=True) if kept]


def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


def wrapped_breaks(text: str) -> set[int]:
    """The line breaks that only wrap a line, when the article is hard-wrapped: the next line's first word would
    not have fitted on the line (greedy wrapping at the article's width). Empty for an article that is not."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    if width == 0 or width > WRAP_WIDTH_MAX:
        return set()
    soft: set[int] = set()
    joins = 0
    pos = 0
    for line, following in pairwise(lines):
        pos += len(line)  # the break after `line`
        if line.strip() and following.strip():
            joins += 1
            first = following.split()[0]
            if len(line.rstrip()) + 1 + len(first) > width:
                soft.add(pos)
        pos += 1
    return soft if len(soft) >= 2 and len(soft) * 2 >= joins else set()


def pair_marks(text: str, marks: list[Mark], soft: set[int]) -> tuple[list[Pair], list[Mark], set[int]]:
    """Pair the marks with a stack, across every family, paragraph by paragraph; returns the pairs, the marks left
    unpaired, and the line breaks inside a quote whose closing mark comes on a following line (to be read as spaces).

    A closing mark closes the nearest open quote of its family; quotes opened above it were stray. A single mark
    that could only close, with no single-marked quote on top, is an apostrophe (the Joneses' house). At a paragraph
    break the open quotes end, except one whose closing mark is the next mark, a few lines on with no blank line
    between (a wrapped quote), or one whose next paragraph opens again with its family (the repeated-mark style).
    """
    pairs: list[Pair] = []
    stray: list[Mark] = []
    joined: set[int] = set()
    stack: list[Mark] = []
    breaks = [b for b in _line_breaks(text) if b not in soft]
    blank = [m.start() for m in BLANK_LINE.finditer(text)]
    b = 0
    for mark in marks:
        while b < len(breaks) and breaks[b] < mark.pos:
            brk = breaks[b]
            b += 1
            if not stack or brk in joined:
                continue
            top = stack[-1]
            if _closes(mark, top) and _no_blank_line(blank, brk, mark.pos) and _line_start(text, mark.pos) != mark.pos:
                between = [x for x in breaks[b - 1:b + MAX_WRAPPED_LINES] if x < mark.pos]
                if len(between) <= MAX_WRAPPED_LINES:
                    joined.update(between)  # a wrapped quote: its closing mark is a few lines on
                    continue
            # the paragraph ends: the quotes still open end with it, or one goes on in the repeated-mark style
            head = brk
            while head < len(text) and text[head].isspace():
                head += 1
            if len(stack) == 1 and head == mark.pos and mark.family == top.family and mark.role != Role.CLOSE:
                pairs.append(Pair(top, None, 0))
            else:
                stray.extend(stack)
            stack.clear()
        _take(mark, stack, pairs, stray)
    stray.extend(stack)
    return _with_depths(pairs), stray, joined


def _with_depths(pairs: list[Pair]) -> list[Pair]:
    """The pairs with their depth counted among the pairs themselves (an opening left unpaired encloses nothing)."""
    ordered = sorted(pairs, key=lambda pair: pair.open.pos)
    ends: list[int] = []
    out: list[Pair] = []
    for pair in ordered:
        while ends and ends[-1] <= pair.open.pos:
            ends.pop()
        out.append(Pair(pair.open, pair.close, len(ends)))
        ends.append(pair.close.pos if pair.close is not None else pair.open.pos + 1)
    return out


def _closes(mark: Mark, entry: Mark) -> bool:
    """Whether `mark` may close the quote `entry` opened."""
    if mark.role == Role.OPEN or mark.family != entry.family:
        return False
    return not (mark.role == Role.EITHER and mark.char == '"' and entry.char != '"')


def _take(mark: Mark, stack: list[Mark], pairs: list[Pair], stray: list[Mark]) -> None:
    if mark.role != Role.OPEN:
        for k in range(len(stack) - 1, -1, -1):
            entry = stack[k]
            if not _closes(mark, entry):
                if mark.family == SINGLE and entry.family != SINGLE and not _surely_closing(mark):
                    break  # after a letter a single mark closes only the innermost quote (else it is an apostrophe)
                continue
            stray.extend(stack[k + 1:])
            del stack[k:]
            pairs.append(Pair(entry, mark, k))
            return
        if mark.role == Role.CLOSE:
            if mark.family != SINGLE:
                stray.append(mark)
            return
    if len(stack) < MAX_DEPTH:
        stack.append(mark)
    else:
        stray.append(mark)


def _surely_closing(mark: Mark) -> bool:
    """A single mark right after punctuation or a closing double mark ('... ridiculous,”’') is no apostrophe."""
    return mark.role == Role.CLOSE and mark.prev in ".,;:!?”\"…"


def _no_blank_line(blank: list[int], start: int, end: int) -> bool:
    k = bisect_left(blank, start)
    return k >= len(blank) or blank[k] >= end


def _line_start(text: str, pos: int) -> int:
    """The first visible character of the line holding pos."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and text[start] in " \t\xa0":
        start += 1
    return start


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def read_conventions(text: str) -> Conventions:
    """The article's conventions and its text in the house convention (see the module's docstring)."""
    soft = wrapped_breaks(text)
    marks = find_marks(text)
    pairs, stray, joined = pair_marks(text, marks, soft)
    top_speech = {DOUBLE: 0, SINGLE: 0, GUILLEMET: 0, SINGLE_GUILLEMET: 0}
    for pair in pairs:
        if pair.depth == 0 and pair.close is not None and _words(text, pair.open.pos, pair.close.pos) >= 3:
            top_speech[pair.open.family] += 1
    singles = top_speech[SINGLE] + top_speech[SINGLE_GUILLEMET]
    british = singles > 0 and singles > top_speech[DOUBLE] + top_speech[GUILLEMET]
    chars = list(text)
    for brk in soft | joined:
        chars[brk] = " "
    for pair in pairs:
        if pair.depth >= MAX_DEPTH:
            continue
        foreign = any(mark.char not in HOUSE_MARKS for mark in (pair.open, pair.close) if mark is not None)
        if not (british or foreign):
            continue
        double = pair.depth % 2 == 0  # speech in double marks, a quote inside it in single ones, and so on
        _write(chars, pair.open, "“" if double else "‘", opening=True)
        if pair.close is not None:
            _write(chars, pair.close, "”" if double else "’", opening=False)
    if british:
        for mark in stray:
            if mark.family in (SINGLE, SINGLE_GUILLEMET) and mark.role != Role.CLOSE:
                chars[mark.pos] = " "  # an opening nothing closes would open a quote over the narration
            elif mark.family in (DOUBLE, GUILLEMET):  # a double mark in British text is an inner one
                _write(chars, mark, "‘" if mark.role == Role.OPEN else "’", opening=mark.role == Role.OPEN)
    return Conventions(british, bool(soft), "".join(chars))


def _write(chars: list[str], mark: Mark, canonical: str, *, opening: bool) -> None:
    if mark.size == 1:
        chars[mark.pos] = canonical
    else:  # `` and '': the mark beside its words, a space on the far side
        chars[mark.pos], chars[mark.pos + 1] = (" ", canonical) if opening else (canonical, " ")
