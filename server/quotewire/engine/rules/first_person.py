"""Who "I" and "you" are outside quotation marks: the person an interview is with, or the article's one author.

Outside quotation marks "I" is the writer and "you" the reader. In an interview the answers are written in the
first person of the person interviewed, the questions speak to that person, and the headline says who it is:
"Wikinews interviews Christopher Hill, U.S. Republican Party presidential candidate", "Interview with LibriVox
founder Hugh McGuire", "Jack Herrick, wikiHow founder interviewed by Wikinews"; an article whose paragraphs ask
question after question is an interview too, with the person its headline names ("Andrew Westphal about Stardust
@ home"); where the headline names no one ("Wikinews interviews President of the International Brotherhood of
Magicians"), the person its lead says it spoke with ("Wikinews spoke with William Evans, president of ...").
Elsewhere a byline near the top names the writer: "By Cory Doctorow". Where the headline or byline names no person,
or more than one ("Wikinews interviews Mario J. Lucero and Isabel Ruiz", "By Miri Forbes,
Nicholas Eaton, and Robert Krueger"), "I" stays the writer and "you" the reader, with no name.

The questions and the answers of an interview are told apart by how their paragraph ends: a paragraph of a few
sentences that ends in a question mark is the interviewer's (a long one that does asks a rhetorical question),
whose "I" and "we" are no one the article names and whose "you" is the person interviewed; any other paragraph is
an answer, whose "I" and "we" are the person interviewed and whose "you" is the one asking, or anyone. A name that
only modifies a noun ("bar owner on Santorum cocktail") names no one in a headline or byline.

Reads the document's first paragraphs and the article's names (coref.named_mentions); writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from quotewire.engine.rules.document import ArticleDoc, Word
from quotewire.engine.rules.mentions import Mention, modifies_a_noun

INTERVIEW_WORDS = frozenset({"interview", "interviews", "interviewed"})
HEADLINE_WORDS = 30  # a first paragraph longer than this is a lead, not a headline
BYLINE_PARAGRAPHS = 3  # a byline stands in one of the article's first paragraphs ...
BYLINE_WORDS = 8  # ... on its own: "By Cory Doctorow"
QUESTION_WORDS = 80  # an interviewer's question takes a few sentences
QA_QUESTIONS = 3  # an article that asks this many questions is an interview
LEAD_PARAGRAPHS = 5  # where an interview whose headline names no one says whom it is with ...
CONVERSATION_VERBS = frozenset({"speak", "talk", "chat"})  # ... besides "interviewed": "spoke with William Evans"
OPENING_MARKS = "\"'“‘«„‚`"
CLOSING_MARKS = "\"'”’)]»"


def _paragraphs(doc: ArticleDoc, count: int) -> list[list[Word]]:
    """The words of the document's first `count` paragraphs, a list per paragraph."""
    out: list[list[Word]] = []
    current = -1
    for word in doc.words:
        paragraph = doc.paragraph_of(word.start)
        if paragraph != current:
            if len(out) == count:
                break
            out.append([])
            current = paragraph
        out[-1].append(word)
    return out


def _one_person(doc: ArticleDoc, words: list[Word], names: list[Mention],
                is_person: Callable[[Mention], bool]) -> Mention | None:
    """The one person named within these words (a run of the text), if exactly one is; a name that only modifies
    a noun ("on Santorum cocktail") names no one there."""
    persons = [m for m in names if words[0].start <= m.span.start and m.span.end <= words[-1].end
               and m.name is not None and is_person(m) and not modifies_a_noun(doc, m)
               and not INTERVIEW_WORDS & set(m.name.text.lower().split())]  # "Interview with ...", read as a name
    if len({m.name.text for m in persons if m.name is not None}) != 1:
        return None
    return persons[0]


def interviewee(doc: ArticleDoc, names: list[Mention], is_person: Callable[[Mention], bool]) -> Mention | None:
    """The person named in the headline (the first paragraph, if short) of an interview: an article that says it
    is one, or whose paragraphs ask question after question (QA_QUESTIONS at least)."""
    paragraphs = _paragraphs(doc, 1)
    if not paragraphs:
        return None
    words = paragraphs[0]
    if len(words) > HEADLINE_WORDS:
        return None
    if not any(w.text.lower() in INTERVIEW_WORDS for w in words) and _questions(doc) < QA_QUESTIONS:
        return None
    return _one_person(doc, words, names, is_person) or _spoken_with(doc, names, is_person)


def _spoken_with(doc: ArticleDoc, names: list[Mention], is_person: Callable[[Mention], bool]) -> Mention | None:
    """The one person the article's first paragraphs say it interviewed or spoke with ("Wikinews spoke with
    William Evans, president of ..."), where its headline names no one."""
    people: list[Mention] = []
    for words in _paragraphs(doc, LEAD_PARAGRAPHS)[1:]:
        for w in words:
            if w.lemma == "interview" and w.upos == "VERB":
                heard = doc.kids(w.index, "obj")
            elif w.lemma in CONVERSATION_VERBS:
                heard = [k for k in doc.kids(w.index, "obl")
                         if any(doc.words[c].lemma in {"with", "to"} for c in doc.kids(k, "case"))]
            else:
                continue
            heard += [c for k in heard for c in doc.kids(k, "conj")]
            people += [m for m in names for k in heard if m.name is not None and is_person(m)
                       and m.name.start <= doc.words[k].start < m.name.end]
    return people[0] if len({m.name.text for m in people if m.name is not None}) == 1 else None


def _questions(doc: ArticleDoc) -> int:
    """How many paragraphs are questions of the writer's (not one that opens with a quotation mark, which is
    someone quoted asking)."""
    texts = doc.paragraph_texts()
    return sum(1 for k in question_paragraphs(doc) if texts[k][0] not in OPENING_MARKS)


def question_paragraphs(doc: ArticleDoc) -> frozenset[int]:
    """The paragraphs (numbered as ArticleDoc.paragraph_of numbers them) that are questions: at most QUESTION_WORDS
    words, the last a question mark (closing marks aside)."""
    return frozenset(k for k, text in enumerate(doc.paragraph_texts())
                     if len(text.split()) <= QUESTION_WORDS and text.rstrip(CLOSING_MARKS).endswith("?"))


def author(doc: ArticleDoc, names: list[Mention], is_person: Callable[[Mention], bool]) -> Mention | None:
    """The one person a byline ("By Cory Doctorow") in the article's first paragraphs names."""
    for words in _paragraphs(doc, BYLINE_PARAGRAPHS):
        if words[0].text.lower() == "by" and len(words) <= BYLINE_WORDS:
            return _one_person(doc, words, names, is_person)
    return None
