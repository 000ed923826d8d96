"""Quoted words that are nobody's statement: the title of a work, a show or a group ('on CNN’s “State of the
Union”', 'the “Teamsters for Trump” group'), and a few words in scare quotes that no one is said to have said.

Read by the speakers stage (such a quote carries no one's words on to the quote after it) and by the result stage
(such a quote is not reported); writes nothing.
"""

from __future__ import annotations

from quotewire.engine.model import QuoteKind
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.document import ArticleDoc

SCARE_QUOTE_WORDS = 4
TITLE_WORDS = 8
TITLE_LEAD_WORDS = frozenset({"on", "in", "at", "of", "from", "by", "with", "for", "to", "the", "titled", "entitled",
                              "named"})
# Nouns that name a work right before or after its quoted title
TITLE_NOUNS = frozenset({"documentary", "film", "movie", "show", "program", "programme", "series", "book", "album",
                         "song", "podcast", "column", "segment", "play", "musical", "novel", "memoir", "episode"})
TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with",
                                  "from"})


def scare_quote(doc: ArticleDoc, cand: Candidate) -> bool:
    """A few quoted words that nobody is said to have said ("so-called “experts”", a show's title)."""
    return (cand.mention is None and cand.continues is None and len(cand.span.text.split()) <= SCARE_QUOTE_WORDS
            and (cand.kind == QuoteKind.MIXED or among_the_writers_words(doc, cand)))


def among_the_writers_words(doc: ArticleDoc, cand: Candidate) -> bool:
    """A few quoted words in a sentence that goes on around them ('“Stickerboy” placed two stickers over his face',
    'the senator's “Feel the Bern” wave'): a name or a phrase the writer uses, not a statement that stands alone as
    a quote does ('“Absolutely.”'). Such words carry on no one's speech."""
    if cand.kind == QuoteKind.INDIRECT or len(cand.span.text.split()) > SCARE_QUOTE_WORDS:
        return False
    inside = doc.words_between(*cand.outer)
    if not inside:
        return False
    sentences = sorted({doc.words[i].sentence for i in inside})
    start, end = cand.outer
    return any(not doc.words[i].is_punct and not start <= doc.words[i].start < end
               for s in sentences for i in doc.sentence_words(s))


def title_quote(doc: ArticleDoc, cand: Candidate) -> bool:
    """Quoted words in title case after a preposition or a possessive: the name of a show, a book or a group
    ('on “Fox and Friends”', 'the “Teamsters for Trump” group'), not something anyone said."""
    # (a doubled mark, ''Politicking'', leaves its other half outside the quote's marks)
    before = doc.text[max(0, cand.outer[0] - 20):cand.outer[0]].rstrip("'`").split()
    after = doc.text[cand.outer[1]:cand.outer[1] + 20].lstrip("'`").split()
    lead = before[-1].lower().strip(",:") if before else ""
    # 'her documentary “13th.”', 'his show, “Politicking”', 'his “Keepin' It Real” radio program'
    named = lead in TITLE_NOUNS or (after and after[0].lower().strip(".,:;") in TITLE_NOUNS)
    if not (lead in TITLE_LEAD_WORDS or lead.endswith(("'s", "’s")) or named):
        return False
    words = [w.strip(".,:;!?()") for w in cand.span.text.split()]
    words = [w for w in words if w]
    # a title may stand as a whole "sentence" of its own, with no one said to say it
    kind_fits = cand.kind == QuoteKind.MIXED or (named and cand.mention is None)
    if not kind_fits or not words or len(words) > TITLE_WORDS:
        return False
    capitalized = [w for w in words if w[:1].isupper() or (named and w[:1].isdigit())]
    return bool(capitalized) and all(w in capitalized or w.lower() in TITLE_FUNCTION_WORDS for w in words) \
        and not (len(words) == 1 and words[0].isupper())
