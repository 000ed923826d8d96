"""Who "I" and "you" are in an interview: the one person the article's headline names as interviewed.

Outside quotation marks "I" is the writer and "you" the reader. In an interview the answers are written in the first
person of the person interviewed, the questions speak to that person, and the headline says who it is: "Wikinews
interviews Christopher Hill, U.S. Republican Party presidential candidate", "Interview with LibriVox founder Hugh
McGuire", "Jack Herrick, wikiHow founder interviewed by Wikinews". Where the headline names no person, or more than
one ("Wikinews interviews Mario J. Lucero and Isabel Ruiz"), "I" stays the writer and "you" the reader.

Reads the document's first paragraph and the article's names (coref.named_mentions); writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.mentions import Mention

INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed"})
HEADLINE_WORDS = 30  # a first paragraph longer than this is a lead, not a headline


def interviewee(doc: ArticleDoc, names: list[Mention], is_person: Callable[[Mention], bool]) -> Mention | None:
    """The person named in the headline (the first paragraph, if short) of an article that says it is an interview."""
    if not doc.words:
        return None
    words = [w for w in doc.words if doc.paragraph_of(w.start) == doc.paragraph_of(doc.words[0].start)]
    if len(words) > HEADLINE_WORDS or not any(w.text.lower() in INTERVIEW_WORDS for w in words):
        return None
    persons = [m for m in names if m.span.end <= words[-1].end and m.name is not None and is_person(m)
               and not INTERVIEW_WORDS & set(m.name.text.lower().split())]  # "Interview with ...", read as a name
    if len({m.name.text for m in persons if m.name is not None}) != 1:
        return None
    return persons[0]
