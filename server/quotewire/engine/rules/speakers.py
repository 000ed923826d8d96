"""Stage 2: for each quotation, the speech verb that introduces it and the phrase naming its speaker.

Looks, in order: a speech verb in the quote's own sentence (before, after or inverted: "said X"); a sentence right
before or after the quote that only attributes it ("X said."); a colon introduction ("X: ..."); "according to X".
Nested quotes take the subject of the verb inside their parent that governs them. What is still unattributed is
left for coreference (continuation of the previous speaker).
"""

from __future__ import annotations

import re

from quotewire.engine.lexicon import CHANNEL_NOUNS, QUOTE_VERBS, SPEECH_VERBS
from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.cues import (
    according_phrase,
    according_to,
    according_word,
    can_speak,
    channel_of,
    is_speech_verb,
    nearby_subject,
    subject_of,
)
from quotewire.engine.rules.document import ArticleDoc, visible_end
from quotewire.engine.rules.mentions import mention_at, skip_brackets_back
from quotewire.engine.rules.quotes import QuoteScan

BLANKS = " \t\xa0\r"
STATEMENT_NOUNS = frozenset({"statement", "message", "tweet", "post", "letter", "note", "remarks", "response",
                             "comment", "comments", "email", "e-mail", "memo", "release"})
# "released a statement saying, “...”": the participles by which a document quotes, and the verbs by which a
# person issues it (who obtains or reads a memo is not its author)
DOCUMENT_PARTICIPLES = frozenset({"saying", "reading", "stating"})
ISSUING_VERBS = frozenset({"release", "issue", "send", "post", "publish", "write", "sign", "deliver", "share",
                           "tweet", "circulate", "blast", "pen", "draft", "distribute", "email", "e-mail"})
DOCUMENT_REACH = 4  # words from the participle back to the document noun: "a message on Twitter reading"
BRACKET_WORDS = 7  # words back from a closing bracket before a colon to its opening one: "(R-S.C.)"
NEIGHBOUR_GAP = 3  # characters between a quote and a sentence that attributes it
ADJACENT = 12  # characters between a quote and a speech verb that surely introduces it
DASH_AFTER = re.compile(r"[ \t\xa0]*([―—–-])[ \t\xa0]*")
# '“...”\n\n-President Obama, tweeting after the speech.': the line after a quote that is its whole paragraph
NEXT_LINE_SIGNATURE = re.compile(r"[ \t\xa0]*\n\s*([―—–-]{1,2})[ \t\xa0]*([A-Z][^\n―—–“”\"]{0,80})(?:\n|$)")
LINE_SIGNATURE = re.compile(r"[”\"’'.!?][ \t\xa0]*([―—–])[ \t\xa0]*([A-Z][^\n―—–“”\"]{1,80})$")


def candidates_from(scan: QuoteScan) -> list[Candidate]:
    """One direct candidate per quote the marks give, each nested one pointing to its enclosing one."""
    cands = [Candidate(q.content, QuoteKind.DIRECT, q.outer, None, q.terminated) for q in scan.quotes]
    for cand, quote in zip(cands, scan.quotes, strict=True):
        if quote.parent is not None:
            cand.parent = cands[quote.parent]
    return cands


def _distance(doc: ArticleDoc, i: int, outer: tuple[int, int]) -> int:
    w = doc.words[i]
    return max(outer[0] - w.end, w.start - outer[1], 0)


def _mistagged_verb(doc: ArticleDoc, i: int, outer: tuple[int, int]) -> bool:
    """'“...,” Richard Viguerie notes.': a speech verb the tagger took for a plural noun, right after the name that
    follows the quote and ending the sentence."""
    w = doc.words[i]
    if w.upos != "NOUN" or w.lemma not in SPEECH_VERBS or not w.text.lower().endswith("s") or i == 0:
        return False
    before, after = doc.words[i - 1], doc.words[i + 1] if i + 1 < len(doc.words) else None
    return (before.upos in {"PROPN", "PRON"} and before.sentence == w.sentence and w.start >= outer[1]
            and _distance(doc, i, outer) <= 3 * ADJACENT and (after is None or after.is_punct))


def _gives_a_statement(doc: ArticleDoc, i: int) -> bool:
    """'President Clinton released the following statement:': a verb whose object is a statement, a message or
    the like, which the colon then quotes."""
    return doc.words[i].upos == "VERB" and any(doc.words[k].lemma in STATEMENT_NOUNS for k in doc.kids(i, "obj"))


def _document_author(doc: ArticleDoc, cue: int) -> int | None:
    """'Lena Ruiz released a statement saying, “...”', 'posted a message on Twitter reading “...”': the subject of
    the verb that issued the document a participle quotes through (tagged a verb or, as "statement saying" often
    is, a noun), or None."""
    if doc.words[cue].text.lower() not in DOCUMENT_PARTICIPLES:
        return None
    lo, _ = doc.sentences[doc.words[cue].sentence]
    for noun in range(cue - 1, max(lo, cue - DOCUMENT_REACH) - 1, -1):
        if doc.words[noun].lemma not in STATEMENT_NOUNS and doc.words[noun].text.lower() not in STATEMENT_NOUNS:
            continue
        verbs = [v for v in range(noun - 1, lo - 1, -1) if doc.words[v].upos == "VERB"]
        if verbs and doc.words[verbs[0]].lemma in ISSUING_VERBS and noun in doc.subtree(verbs[0]):
            # its own subject, else the name at it: a shaky parse may lend it the subject of another clause
            own = doc.kids(verbs[0], "nsubj")
            subject = own[0] if own else nearby_subject(doc, verbs[0])
            return subject if subject is not None and can_speak(doc, subject) else None
        return None
    return None


def _ranked_cues(doc: ArticleDoc, frame: list[int], inside: set[int], outer: tuple[int, int],
                 whole: bool = True) -> list[int]:
    """The verbs that may introduce the quote, likeliest first; `whole` quotes (not a few words inside a sentence)
    take the verbs that report no clause too ('“...,” Smith agreed.')."""
    # not a participle that describes a noun: "in a written statement"
    verbs = [i for i in frame if (is_speech_verb(doc, i, QUOTE_VERBS if whole else SPEECH_VERBS)
                                  and doc.words[i].rel != "amod") or _document_author(doc, i) is not None]
    if not verbs:
        verbs = [i for i in frame if _mistagged_verb(doc, i, outer)]
    if not verbs and doc.text.endswith(":", 0, visible_end(doc.text, outer[0])):
        verbs = [i for i in frame if _gives_a_statement(doc, i) and doc.words[i].end <= outer[0]]
    def linked(i: int) -> bool:
        return doc.words[i].head in inside or any(k in inside for k in doc.children[i])

    # a verb right at the quote ('“...,” said Caddell, speaking of ...') beats one linked to it further away
    return sorted(verbs, key=lambda i: (_distance(doc, i, outer) > ADJACENT, not linked(i), _distance(doc, i, outer)))


def _neighbour_frames(doc: ArticleDoc, cand: Candidate, inside: set[int], quoted: set[int]) -> list[list[int]]:
    """Sentences touching the quote from outside that may only attribute it."""
    frames: list[list[int]] = []
    sentences = sorted({doc.words[i].sentence for i in inside})
    if not sentences:
        return frames
    text = doc.text
    nxt = sentences[-1] + 1
    if nxt < len(doc.sentences):
        first = doc.sentence_words(nxt)
        gap = text[cand.outer[1]:doc.words[first[0]].start] if len(first) else "\n"
        between = [i for i in doc.sentence_words(sentences[-1]) if doc.words[i].start >= cand.outer[1]]
        # the attribution may run on past a wrong sentence break: '"...," panel Chairman Rep. | Jason Chaffetz said'
        verbless = all(doc.words[i].upos not in {"VERB", "AUX"} for i in between) and len(between) <= 6
        if "\n" not in gap and ((not gap.strip() and len(gap) <= NEIGHBOUR_GAP) or verbless):
            frames.append([i for i in [*between, *first] if i not in quoted])
    prev = sentences[0] - 1
    if prev >= 0:
        words = doc.sentence_words(prev)
        before = visible_end(text, cand.outer[0])
        gap = text[doc.words[words[-1]].end:cand.outer[0]] if len(words) else "\n"
        # "He said:" may stand in the paragraph before a quote that takes the next one
        if text.endswith(":", 0, before) or (text.endswith(",", 0, before) and "\n" not in gap
                                             and len(gap) <= NEIGHBOUR_GAP):
            frames.append([i for i in words if i not in quoted])
    return frames


def _colon_speaker(doc: ArticleDoc, frame: list[int], outer: tuple[int, int]) -> tuple[int, int | None] | None:
    """'Kanaani: “...”' — the phrase right before a colon that opens the quote; or the subject of the clause the
    colon ends, with that clause's verb ('Kasich resisted: “...”'). (speaker, verb or None)"""
    if not doc.text.endswith(":", 0, visible_end(doc.text, outer[0])):
        return None
    before = [i for i in frame if doc.words[i].end <= outer[0] and not doc.words[i].is_punct]
    # 'Rep. Trey Gowdy (R-S.C.): “...”': the name before the party and state in brackets
    last = max((i for i in frame if doc.words[i].end <= outer[0] and doc.words[i].text != ":"), default=None)
    if last is not None:
        name_end = skip_brackets_back(doc, last, max(last - BRACKET_WORDS, 0))
        before = [i for i in before if i <= name_end]
    if not before:
        return None
    # the word of the run before the colon whose head lies outside the run heads the phrase
    run = doc.contiguous(before[-1], before)
    heads = doc.heads_of(run)
    head = heads[-1] if heads else run[-1]
    # 'From Bush's Facebook post: “...”': a document speaks for the one whose it is
    owners = [k for k in doc.kids(head, "nmod:poss") if can_speak(doc, k) and doc.words[k].upos == "PROPN"]
    if owners and (doc.words[head].lemma in STATEMENT_NOUNS or doc.words[head].lemma in CHANNEL_NOUNS):
        return owners[0], None
    if doc.words[head].upos in {"PROPN", "NOUN", "PRON"}:
        return head, None
    # 'Kasich resisted: "..."', 'the Illinois Board of Elections was conclusive in its findings: "..."': a
    # clause the colon ends introduces the quote, and its subject speaks it
    if doc.words[head].upos in {"VERB", "ADJ", "AUX"}:
        subject = subject_of(doc, head, outside=set(doc.words_between(*outer)))
        if subject is not None and subject in run and can_speak(doc, subject):
            return subject, head if doc.words[head].upos == "VERB" else None
    return None


def _colon_before(doc: ArticleDoc, outer: tuple[int, int]) -> int | None:
    """The colon that opens a quote ('Kanaani: “...”'): with no verb, it is what marks the attribution."""
    end = visible_end(doc.text, outer[0])
    return doc.word_at(end - 1) if end and doc.text[end - 1] == ":" else None


def _participle_subject(doc: ArticleDoc, cue: int, inside: set[int]) -> int | None:
    """'“...,” she said, adding, “...”': a participle cue right after another verb of saying and a comma speaks
    for that verb's subject."""
    w = doc.words[cue]
    if not w.text.lower().endswith("ing") or cue == 0 or not doc.words[cue - 1].is_punct:
        return None
    verb = cue - 1
    while verb >= 0 and doc.words[verb].is_punct and verb not in inside:
        verb -= 1
    if verb < 0 or verb in inside or doc.words[verb].sentence != w.sentence or not is_speech_verb(doc, verb):
        return None
    subject = subject_of(doc, verb, outside=inside)
    return subject if subject is not None else nearby_subject(doc, verb, outside=inside)


def _attribute(doc: ArticleDoc, cand: Candidate, frame: list[int], inside: set[int],
               nicknames: tuple[Span, ...]) -> bool:
    whole = cand.kind == QuoteKind.DIRECT
    cues = _ranked_cues(doc, frame, inside, cand.outer, whole=whole)
    # the likeliest verb whose speaker the text gives: 'Mr. Trump said of the episode, “I don't like it,” adding
    # that ...' is Trump's by "said" where "adding", nearer, has no subject the parse gives (a few quoted words
    # inside a sentence take the nearest verb or none)
    for cue in cues if whole else cues[:1]:
        author = _document_author(doc, cue)
        subject = author if author is not None else \
            subject_of(doc, cue, outside=inside) if doc.words[cue].upos != "NOUN" else None
        # a subject that cannot speak is a broken parse ("Famed fight doctor Tom Hale once said", with "fight" a
        # verb, gives "said" the subject "Famed"): the name right at the verb speaks
        if subject is None or subject in inside or not can_speak(doc, subject):
            subject = nearby_subject(doc, cue, outside=inside)
        if subject is None:
            subject = _participle_subject(doc, cue, inside)
        if subject is not None and can_speak(doc, subject):
            cand.cue = cue
            cand.mention = mention_at(doc, subject, nicknames)
            cand.method = AttributionMethod.PRONOUN if cand.mention.pronoun else AttributionMethod.NAMED
            cand.channel = channel_of(doc, cue)
            source = according_to(doc, frame)
            if cand.channel is None and source is not None:
                cand.channel = according_phrase(doc, source)
            return True
    source = according_to(doc, frame)
    if source is not None:
        cand.cue = according_word(doc, source)
        cand.mention = mention_at(doc, source, nicknames)
        cand.method = AttributionMethod.ACCORDING_TO
        return True
    colon = _colon_speaker(doc, frame, cand.outer)
    if colon is not None:
        head, verb = colon
        cand.cue = cues[0] if cues else verb if verb is not None else _colon_before(doc, cand.outer)
        cand.mention = mention_at(doc, head, nicknames)
        cand.method = AttributionMethod.COLON
        return True
    return False


DASHES = ("--", "—", "―", "–")


class LineSignatures:
    """The signature ending each line, searched once per line however many quotes the line holds (a search per
    quote over the rest of its line was quadratic on a line of thousands of quotes).

    The leftmost match from a start is also the leftmost from any later start up to where it begins, and a line
    with no match from a start has none from a later one; quotes come in text order, so one search serves all."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[int, tuple[int, re.Match[str] | None]] = {}  # line end -> (searched from, match)

    def search(self, start: int) -> re.Match[str] | None:
        """LINE_SIGNATURE's leftmost match in the line from `start` to the line's end."""
        line_end = self._text.find("\n", start)
        line_end = len(self._text) if line_end < 0 else line_end
        known = self._found.get(line_end)
        if known is not None and start >= known[0] and (known[1] is None or known[1].start() >= start):
            return known[1]
        match = LINE_SIGNATURE.search(self._text, start, line_end)
        self._found[line_end] = (start, match)
        return match


def _dash_signature(doc: ArticleDoc, outer: tuple[int, int], lines: LineSignatures) -> tuple[int, int] | None:
    """(the dash, the name after it) of '“...” ― Edwin G. Monroy': right behind the closing mark, or ending the
    quote's line ('“...” And that is all he has “...” ― Edwin G. Monroy'), where a line's signature signs it all,
    or opening the next line after a quote that is its whole paragraph ('“...”\n\n- Clinton.')."""
    match = DASH_AFTER.match(doc.text, outer[1])
    if not match or "\n" in match.group(0):
        match = lines.search(outer[1])
        if match is None and _whole_paragraph(doc.text, outer):
            match = NEXT_LINE_SIGNATURE.match(doc.text, outer[1])
        if match is None:
            return None
        dash, name = match.start(1), match.start(2)
    else:
        dash, name = match.start(1), match.end()
    dash_word, word = doc.word_at(dash), doc.word_at(name)
    if dash_word is not None and word is not None and doc.words[word].upos == "PROPN":
        return dash_word, word
    return None


def _whole_paragraph(text: str, outer: tuple[int, int]) -> bool:
    """Whether nothing but blanks stands between the quote's marks and the line breaks around it."""
    before, after = outer[0], outer[1]  # stepping over blanks only, so a long line costs nothing
    while before > 0 and text[before - 1] in BLANKS:
        before -= 1
    while after < len(text) and text[after] in BLANKS:
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _dash_aside(doc: ArticleDoc, outer: tuple[int, int]) -> tuple[int, int] | None:
    """(the opening dash, the name before it) of 'including Mitt Romney -- “...” -- and Fred Goldberg': a quote
    set between dashes right after a name, which the dashes attribute to it."""
    text = doc.text
    before = outer[0]  # a doubled mark ('') leaves its first half outside
    while before > 0 and text[before - 1] in "'` \t":
        before -= 1
    after = outer[1]
    while after < len(text) and text[after] in "'` \t":
        after += 1
    if not text.endswith(DASHES, 0, before) or not text.startswith(DASHES, after):
        return None
    dash = doc.word_at(before - 1)
    if dash is None or dash == 0:
        return None
    name = dash - 1
    if doc.words[name].upos != "PROPN" or doc.words[name].sentence != doc.words[dash].sentence:
        return None
    return dash, name


def _attribute_nested(doc: ArticleDoc, cand: Candidate, parent: Candidate, nicknames: tuple[Span, ...]) -> None:
    """A quote inside a quote belongs to whoever the outer speaker quotes: the subject of the verb above it."""
    inside = set(doc.words_between(*cand.outer))
    parent_words = set(doc.words_between(*parent.outer))
    start = next(iter(sorted(inside)), None)
    verb = doc.words[start].head if start is not None else -1
    while verb >= 0 and verb in parent_words:
        if doc.words[verb].upos in {"VERB", "AUX"} and verb not in inside:
            subject = subject_of(doc, verb, outside=inside)
            if subject is not None:
                cand.cue = verb
                cand.mention = mention_at(doc, subject, nicknames)
                cand.method = AttributionMethod.PRONOUN if cand.mention.pronoun else AttributionMethod.NAMED
                return
        verb = doc.words[verb].head


def _is_fragment(doc: ArticleDoc, cand: Candidate, inside: list[int]) -> bool:
    """A few quoted words inside someone else's sentence: 'saying the presence is “illegal.”'."""
    if any(doc.words[i].upos in {"VERB", "AUX"} for i in inside):
        return False
    sentence_start = doc.sentence_words(doc.words[inside[0]].sentence)[0] if inside else None
    before = doc.text[doc.words[sentence_start].start:cand.outer[0]].strip() if sentence_start is not None else ""
    return bool(before) and not before.endswith((":", ","))


def attribute_direct(doc: ArticleDoc, cands: list[Candidate], nicknames: tuple[Span, ...]) -> None:
    """Fill cue, speaker mention, method and channel of the direct quotes it can attribute on its own."""
    top = [c for c in cands if c.parent is None]
    quoted = {i for c in top for i in doc.words_between(*c.outer)}
    lines = LineSignatures(doc.text)
    for cand in top:
        inside_list = doc.words_between(*cand.outer)
        inside = set(inside_list)
        if not inside:
            continue
        if _is_fragment(doc, cand, [i for i in inside_list if not doc.words[i].is_punct]):
            cand.kind = QuoteKind.MIXED
        sentences = {doc.words[i].sentence for i in inside}
        paragraph = doc.paragraph_of(cand.outer[0])
        frame = [i for s in sorted(sentences) for i in doc.sentence_words(s)
                 if i not in quoted and doc.paragraph_of(doc.words[i].start) == paragraph]
        aside = _dash_aside(doc, cand.outer)
        if aside is not None:
            cand.cue = aside[0]
            cand.mention = mention_at(doc, aside[1], nicknames)
            cand.method = AttributionMethod.NAMED
            continue
        if _attribute(doc, cand, frame, inside, nicknames):
            continue
        for neighbour in _neighbour_frames(doc, cand, inside, quoted):
            if _attribute(doc, cand, neighbour, inside, nicknames):
                break
        else:
            signature = _dash_signature(doc, cand.outer, lines)
            if signature is not None:
                cand.cue = signature[0]  # the dash is what signs it
                cand.mention = mention_at(doc, signature[1], nicknames)
                cand.method = AttributionMethod.NAMED
    for cand in cands:
        if cand.parent is not None:
            _attribute_nested(doc, cand, cand.parent, nicknames)
