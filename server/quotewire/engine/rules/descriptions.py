"""Whom a definite description stands for: "the Vermont senator said" after "Sen. Bernie Sanders".

rules/roles.py finds the descriptions; here each is given to one person named before it, as a reader would: the
nearest person whose titles have its role ("the senator" for a person called "Sen." before, or for the one "the
Vermont senator" was given to), else, where it opens before anyone with its role is named, the person named next
with it, else the person named last within a few sentences (counted from where the quote it speaks opens), or the
subject of the sentence that names them last (its main clause's before one under it); a role held for someone else
("the campaign manager", "the spokeswoman") only the person whose titles have it. A person the description cannot be
is passed over:
- one the sentence already names as the subject of a clause that holds the description ("Sanders has pushed the
  former secretary of state"; "he was the only one not to walk out after the professor ..." for the last person
  named, whom "he" is), as no reader takes a name for the subject of its own clause, unless a clause set before
  the verb holds the description and the subject after it holds the role ("Although Americans look to the
  president for leadership, Obama spoke");
- one of the other party ("the Democratic candidate" is no Republican's title), of the other sex ("the first
  lady" is no Mr.'s), who holds the role for another place ("the Louisiana governor" is no "New Jersey Gov."), or
  who held the role before ("the president" is no "former President");
- the speaker of the quote the description is in (a speaker does not speak of themselves by a role);
- a person named only inside the quotes the description itself speaks ("“What Rubio has done is wrong,” the
  minority leader said" is not Rubio: a speaker does not speak of themselves by name).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from quotewire.engine.lexicon import PARTY_WORDS, PAST_WORDS, SPEECH_VERBS
from quotewire.engine.model import Span
from quotewire.engine.rules.coref import is_person
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.entities import EntityDraft, SpanIndex
from quotewire.engine.rules.genders import PRONOUN_SEX, TITLE_PRONOUNS, mention_sex
from quotewire.engine.rules.mentions import Mention
from quotewire.engine.rules.quotes import QUOTATION_MARKS
from quotewire.engine.rules.roles import (
    DESCRIPTION_WINDOW,
    ROLE_VERBS,
    SUPPOSITION_NOUNS,
    after_as,
    definite_descriptions,
    predicate_roles,
    role_head,
    role_marks,
    role_modifiers,
    unasserted,
)
from quotewire.engine.rules.titles import (
    PERSON_LABELS,
    POSSESSIVE,
    bare_word,
    context_organisations,
    is_role_noun,
    read_title,
)

DESCRIPTION_CANDIDATES = 50  # the people named last before a description that it may stand for
SUBJECT_PRONOUNS = frozenset({"he", "she"})
# the relations that put a clause under another ("Manafort would play" under "Trump announced that ...")
EMBEDDED_CLAUSE_RELS = frozenset({"ccomp", "xcomp", "advcl", "acl", "csubj"})
# Roles held for someone else: "the campaign manager" after "Ben Carson" is Carson's manager, not Carson, so such a
# description stands only for a person whose titles have that role
RELATIONAL_HEADS = frozenset({"manager", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                              "lawyer", "attorney", "assistant", "deputy", "staffer", "wife", "husband", "son",
                              "daughter", "mother", "father", "brother", "sister", "friend", "chairman",
                              "chairwoman", "strategist", "pollster", "surrogate", "campaign"})
# the heads of a candidacy, and the roles of those who work for a campaign or report on it: a person the text gives
# one of these is not "the candidate" because the text named them last ("said campaign manager Corey Lewandowski.
# ... the front-runner")
CANDIDACY_HEADS = frozenset({"candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful"})
CAMPAIGN_STAFF = frozenset({
    "manager", "chairman", "chairwoman", "chair", "adviser", "advisor", "strategist", "spokesman", "spokeswoman",
    "spokesperson", "aide", "pollster", "consultant", "operative", "director", "columnist", "anchor", "reporter",
    "correspondent", "host", "analyst", "journalist", "commentator", "surrogate", "staffer", "editor"})
# the parties a party word names, as one letter, and the words of a description that name one
PARTY_SIDES = {"democratic": "D", "democrat": "D", "democrats": "D", "dem": "D", "dems": "D", "d": "D",
               "republican": "R", "republicans": "R", "gop": "R", "r": "R", "independent": "I", "i": "I"}
SIDE_WORDS = PARTY_WORDS | {"independent"}


def _side(text: str | None) -> str | None:
    """'D', 'R' or 'I' (independent) for a party word or label, else None."""
    return PARTY_SIDES.get(bare_word(text)) if text else None


def _description_side(doc: ArticleDoc, description: Span) -> str | None:
    """The party a description names: "the Democratic candidate" -> 'D', "the independent senator" -> 'I'."""
    return next((_side(doc.words[i].text) for i in doc.words_between(description.start, description.end)
                 if bare_word(doc.words[i].text) in SIDE_WORDS and _side(doc.words[i].text)), None)


@dataclass(frozen=True)
class PersonFacts:
    """What the text says of a person that a description must agree with."""

    heads: frozenset[str]  # the head nouns of their titles and descriptions ("senator" for "Sen.")
    past_heads: frozenset[str]  # those of the roles held before ("former President")
    sides: frozenset[str]  # their parties, 'D' or 'R'
    sexes: frozenset[str]  # 'he' or 'she', from titles, first names and the pronouns that speak for them
    marks: dict[str, frozenset[str]]  # head -> the places and bodies their titles name with it ("new", "jersey")
    # the heads they hold only under a lesser rank ("press secretary", "deputy director"): not what "the secretary"
    # or "the director" names
    ranked: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: ArticleDoc, draft: EntityDraft) -> PersonFacts:
        titles = [t.text for m in draft.mentions for t in m.titles]
        # and the descriptions already joined to them: "the senator" after "the independent Vermont senator said"
        titles += [m.span.text for m in draft.mentions if m.name is None and not m.pronoun
                   and is_role_noun(doc.words[m.head].text, doc.words[m.head].upos)]
        past = [t for t in titles if _past_role(t)]
        marks: dict[str, frozenset[str]] = {}
        for t in titles:
            head = role_head(t)
            marks[head] = marks.get(head, frozenset()) | role_marks(t)
        heads = {role_head(t) for t in titles}
        ranked = frozenset(head for head in heads if all(_lesser_rank(t) for t in titles if role_head(t) == head))
        return cls(heads=frozenset(heads), past_heads=frozenset(role_head(t) for t in past), ranked=ranked,
                   sides=frozenset(_party_sides(doc, draft)),
                   sexes=frozenset(sex for m in draft.mentions if (sex := mention_sex(m)))
                   | frozenset(sex for span in draft.pronoun_spans  # and the "he" or "she" that speaks for them
                               if (sex := PRONOUN_SEX.get(span.text.lower()))), marks=marks)

    def may_be(self, head: str, side: str | None, sex: str | None, current: bool,
               marks: frozenset[str] = frozenset(), ranked: bool = False) -> bool:
        """May a description with this role head, party, sex, tense, marks and rank stand for the person?"""
        return not ((side and self.sides and side not in self.sides) or (sex and self.sexes - {sex})
                    or (current and head in self.past_heads)
                    or (marks and self.marks.get(head) and not marks & self.marks[head])
                    or (not ranked and head in self.ranked))


# words before a role's head that make it a lesser office than the head alone names
LESSER_RANKS = frozenset({"press", "deputy", "assistant", "vice", "associate", "under"})


def _lesser_rank(title: str) -> bool:
    """Does a word before the role's head make it a lesser office ("press secretary", "Vice President")?"""
    return any(w in LESSER_RANKS or w.startswith(("vice-", "under")) for w in role_modifiers(title))


def _past_role(title: str) -> bool:
    """Does the title phrase mark its role past, after any article ("the former New Jersey governor")? A retired
    general is still "the general", a retired neurosurgeon "the neurosurgeon": "retired" leaves the role theirs."""
    words = [bare_word(w) for w in title.split()]
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return bool(words) and words[0] in PAST_WORDS and words[0] != "retired"


def _party_sides(doc: ArticleDoc, draft: EntityDraft) -> set[str]:
    """The parties the text gives a person: in their titles, before their name or in a label after it."""
    sides = {_side(read_title(doc, t).party) for m in draft.mentions for t in m.titles}
    sides |= {_side(context_organisations(doc, m.name)[1]) for m in draft.mentions if m.name is not None}
    return {s for s in sides if s}


def _description_sex(text: str) -> str | None:
    """'she' for "the first lady", "the spokeswoman"; 'he' for "the spokesman"; else None."""
    return next((TITLE_PRONOUNS[w] for w in (bare_word(w) for w in text.split()) if w in TITLE_PRONOUNS), None)


def _subjects_over(doc: ArticleDoc, i: int) -> list[int]:
    """The subjects of every clause that holds word i (each c-commands it), nearest clause first, up to a relative
    clause ("Trump became the subject of derision from opponents who accused the Republican candidate" may well
    mean Trump; a participle is no such bound: "Trump said there is a deal going on with the neurosurgeon") or a
    verb of saying set beside the clause ("Cruz defends his record: “...,” the senator says" is Cruz)."""
    out: list[int] = []
    seen = {i}
    came, at = i, doc.words[i].head
    while at >= 0 and at not in seen:  # a root ends the climb, and so does a loop a repaired parse may hold
        seen.add(at)
        for k in doc.children[at]:  # with the names coordinated with a subject: "Ann Moss and Ben Kay met ..."
            if k != came and doc.words[k].rel == "nsubj":
                out += [k, *(j for j in doc.subtree(k) if j != k and doc.words[j].rel in {"conj", "flat", "appos"})]
        if doc.words[at].deprel == "acl:relcl" or _said_beside(doc, at):
            break
        came, at = at, doc.words[at].head
    return out


def _fronted_subjects(doc: ArticleDoc, i: int) -> list[int]:
    """The subjects after an adverbial clause set before its verb that holds word i: such a subject may be the one
    a description in the clause names, if they hold its role ("Although Americans look to the president for
    leadership, Obama spoke ..."), where a subject that c-commands the description otherwise may not."""
    came, at, seen = i, doc.words[i].head, {i}
    while at >= 0 and at not in seen:
        seen.add(at)
        if doc.words[came].rel == "advcl" and came < at:
            end = max(doc.subtree(came))
            return [k for k in doc.kids(at, "nsubj") if k > end]
        if doc.words[at].deprel == "acl:relcl" or _said_beside(doc, at):
            break
        came, at = at, doc.words[at].head
    return []


def _named_next_with_the_role(doc: ArticleDoc, after: Sequence[tuple[int, int, int | None, int | None]],
                              description: Span, sentence: int, bound: set[int], head: str,
                              known: dict[int, PersonFacts], drafts: list[EntityDraft]) -> list[int]:
    """The people named after the description, in its sentence or the next, whose titles have its role, nearest
    first: a description that opens before anyone with that role is named ("The organizer of a pro-Trump rally said
    ... “...,” said Tim Selaty, organizer of a group called Citizens for Trump")."""
    out: list[int] = []
    for start, at, owner, _ in after:
        if at > sentence + 1:
            break
        if owner is None or owner in bound or start < description.end:
            continue
        if owner not in known:
            known[owner] = PersonFacts.of(doc, drafts[owner])
        if head in known[owner].heads:
            out.append(owner)
    return out


def _said_beside(doc: ArticleDoc, verb: int) -> bool:
    """Is word `verb` a verb of saying set beside another clause ("Cruz defends his record: “...,” the senator
    says")?"""
    return doc.words[verb].rel == "parataxis" and doc.words[verb].lemma in SPEECH_VERBS and doc.words[verb].head >= 0


def _beside_subject(doc: ArticleDoc, i: int) -> int | None:
    """The subject of the clause that a verb of saying, whose subject word i is, is set beside: "Cruz" in "Cruz
    defends his record: “...,” the senator says"."""
    verb = doc.words[i].head
    if doc.words[i].rel != "nsubj" or verb < 0 or not _said_beside(doc, verb):
        return None
    return next(iter(doc.kids(doc.words[verb].head, "nsubj")), None)


def _denied(doc: ArticleDoc, head: int, as_role: bool) -> bool:
    """Is the description headed by word `head` a predicate, or an "as" role (`as_role`), that its clause denies or
    only supposes ("is not the first politician", "may be the first politician to ...", "has not registered as a
    lobbyist", "as president, Mr. Trump would be firm", "if he becomes the nominee")?"""
    if doc.kids(head, "cop"):
        return unasserted(doc, head)
    verb = doc.words[head].head
    if verb < 0:
        return False
    if as_role and doc.words[verb].lemma in SUPPOSITION_NOUNS:
        return True  # "the prospect of Trump as president"
    # (so the role a verb says its subject would take: "if he becomes the Republican party nominee"; not "if she
    # remains the front-runner")
    lemma = doc.words[verb].lemma
    becomes = (doc.words[head].rel == "xcomp" or (doc.words[head].rel == "obj" and lemma in ROLE_VERBS)) \
        and lemma not in {"remain", "stay"}
    return (as_role or becomes) and unasserted(doc, verb)


def _predicative(doc: ArticleDoc, head: int) -> list[int] | None:
    """The subjects of the clause when the description headed by word `head` is what a verb says its subject is
    or becomes ("Trump became the presumptive nominee", "she is the front-runner"), else None."""
    w = doc.words[head]
    if doc.kids(head, "cop"):  # nearest first ("James Bruner, whose father was the Bush family pastor")
        return sorted(doc.kids(head, "nsubj"), key=lambda k: (k > head, -k))
    if w.head >= 0 and (w.rel == "xcomp" or (w.rel == "obj" and doc.words[w.head].lemma in ROLE_VERBS)):
        return _subjects_over(doc, head)
    return None


def _named_owner_of_the_noun(doc: ArticleDoc, head: int, named_at: dict[int, int]) -> int | None:
    """The draft that a name owns the noun an "as" role (headed by word `head`) modifies ("Clinton's tenure as
    secretary of state"), if a name does."""
    noun = doc.words[head].head
    if noun < 0 or doc.words[noun].upos != "NOUN":
        return None
    return next((named_at[k] for k in doc.children[noun] if doc.words[k].deprel == "nmod:poss" and k in named_at),
                None)


def _owning_pronoun(doc: ArticleDoc, head: int) -> str | None:
    """'he' or 'she' for the possessive pronoun that owns the noun an "as" role (headed by word `head`) modifies
    ("her use of a private mail server as secretary of state"), if one does."""
    noun = doc.words[head].head
    for _ in range(3):  # up the nouns the role's phrase hangs on: "her use of a private mail server as ..."
        if noun < 0 or doc.words[noun].upos != "NOUN":
            return None
        owner = next((PRONOUN_SEX[text] for k in doc.kids(noun, "nmod:poss")
                      if (text := doc.words[k].text.lower()) in {"his", "her"}), None)
        if owner is not None or doc.words[noun].rel != "nmod":
            return owner
        noun = doc.words[noun].head
    return None


def _subject_named(doc: ArticleDoc, subjects: list[int], named_at: dict[int, int]) -> int | None:
    """The draft the nearest subject names, itself or as the relative pronoun of a name ("Rich Beeson, who oversaw
    Mitt Romney's ground game as political director")."""
    for s in subjects[:1]:
        if s in named_at:
            return named_at[s]
        if doc.words[s].text.lower() in {"who", "that"}:
            clause = doc.words[s].head
            holder = doc.words[clause].head if clause >= 0 and doc.words[clause].deprel == "acl:relcl" else -1
            return named_at.get(holder)
    return None


def _spoken_at(doc: ArticleDoc, drafts: list[EntityDraft],
               said_by: Sequence[tuple[Span, int]]) -> dict[int, list[tuple[int, Span]]]:
    """Where each nominal speaker's head ends -> (where its phrase starts, a quote it speaks): a description speaks
    the quotes of the mentions whose head ends it."""
    out: dict[int, list[tuple[int, Span]]] = {}
    for quote, d in said_by:
        for m in drafts[d].mentions if d < len(drafts) else ():
            if m.name is None and not m.pronoun:
                out.setdefault(doc.words[m.head].end, []).append((m.span.start, quote))
    return out


def _subject_depth(doc: ArticleDoc, name: Span) -> int | None:
    """How many clauses down the name is a subject (0 for the subject of the sentence's main verb), or None when it
    is no subject."""
    for i in doc.heads_of(doc.words_between(name.start, name.end)):
        if doc.words[i].rel == "nsubj":
            depth, at, seen = 0, doc.words[i].head, {i}
            while at >= 0 and at not in seen:
                seen.add(at)
                depth += doc.words[at].rel in EMBEDDED_CLAUSE_RELS
                at = doc.words[at].head
            return depth
    return None


def _marked(doc: ArticleDoc, quote: Span) -> bool:
    """Do quotation marks open the quote (a direct quote, not reported speech)?"""
    return quote.start > 0 and doc.text[quote.start - 1] in QUOTATION_MARKS


def _named_in_a_phrase_of_its_clause(doc: ArticleDoc, head: int, named_at: dict[int, int]) -> set[int]:
    """The people named in a prepositional phrase of the clause a description (headed by word `head`) is the
    subject of: someone else ("In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the
    Democratic presidential candidate stated")."""
    if doc.words[head].rel != "nsubj" or doc.words[head].head < 0:
        return set()
    return {named_at[i] for k in doc.kids(doc.words[head].head, "obl")
            for i in doc.subtree(k, skip=frozenset({"acl"})) if i in named_at}  # (not "..., in which Clinton said")


def described_people(doc: ArticleDoc, drafts: list[EntityDraft], mentions: list[Mention],
                     speakers: set[int], said_by: Sequence[tuple[Span, int]] = ()) -> dict[int, list[Span]]:
    """The definite descriptions that stand for each of the `speakers` (draft numbers); `mentions` are every
    mention of a person the drafts hold, `said_by` the quotes with the draft that said each."""
    owners = {m: d for d, draft in enumerate(drafts) for m in draft.mentions}
    # (start, sentence, draft, how many clauses down it is a subject or None) of each person named
    people: list[tuple[int, int, int | None, int | None]] = []
    named_at: dict[int, int] = {}  # word -> the draft whose name holds it
    for m in mentions:
        # a person the tagger or a speaker entity vouches for: not "the Middle West", two capitalised words alone
        if m.name is None or not is_person(m) or (m not in owners and m.label not in PERSON_LABELS):
            continue
        at = doc.word_at(m.name.start)
        if at is not None:
            people.append((m.name.start, doc.words[at].sentence, owners.get(m), _subject_depth(doc, m.name)))
            if m in owners:
                named_at.update((i, owners[m]) for i in doc.words_between(m.name.start, m.name.end))
    people.sort(key=lambda person: person[0])
    starts = [person[0] for person in people]
    known: dict[int, PersonFacts] = {}  # what the text says of each person, read once
    described: dict[int, set[str]] = {}  # the role heads of the speaking descriptions given to each person so far
    given_at: dict[int, int] = {}  # the head word of each description given -> the person it was given to

    def holds(owner: int, head: str) -> bool:
        """Has the text given the person this role, in a title or in a description that spoke before?"""
        return head in known[owner].heads or head in described.get(owner, ())

    out: dict[int, list[Span]] = {}
    phrases = SpanIndex(span for m in mentions if m.name is not None and is_person(m)
                        for span in (m.span, *m.titles, *(role for role, _ in predicate_roles(doc, m.name))))
    spoken_at = _spoken_at(doc, drafts, said_by)
    for description in definite_descriptions(doc):
        at = doc.word_at(description.start)
        last = doc.word_at(description.end - 1)
        if at is None or last is None or any(True for _ in phrases.containing(description)):
            continue  # a mention's own phrase, title or predicate ("the president of the association, Luis Osuna")
        sentence = doc.words[at].sentence
        n = bisect.bisect_left(starts, description.start)
        own_quotes = [quote for start, quote in spoken_at.get(description.end, ()) if start <= description.start]
        # the sentences back are counted from where the quotes it speaks open: '“... . ... . ...,” the former
        # Florida governor said' after "Bush went after Trump at the debate"
        reach = min([sentence, *(doc.words[at_quote].sentence for quote in own_quotes
                                 if (at_quote := doc.word_at(quote.start)) is not None)])
        role_word = next(iter(doc.heads_of(range(at, last + 1))), last)  # the description's head word
        aside = _named_in_a_phrase_of_its_clause(doc, role_word, named_at)
        before = [person for person in people[max(0, n - DESCRIPTION_CANDIDATES):n][::-1]  # nearest first, bounded
                  if not any(quote.start <= person[0] < quote.end for quote in own_quotes) and person[2] not in aside]
        subjects = _subjects_over(doc, last)
        as_role = after_as(doc, at)
        if _denied(doc, role_word, as_role):
            continue  # "Trump isn't the first politician to ...": a role the text denies is no one's
        # a role given to the clause's subject: "Clinton, who served as secretary of state", "Trump became the
        # presumptive nominee"
        predicated = _predicative(doc, role_word)
        if predicated is not None:
            subjects = predicated
        given = predicated is not None or as_role  # a role given to someone: "who serves as the attorney"
        if given:
            owner = _named_owner_of_the_noun(doc, role_word, named_at) if predicated is None else None
            subject = owner if owner is not None else _subject_named(doc, subjects, named_at)
            if subject is not None:
                if subject in speakers and drafts[subject].person:
                    out.setdefault(subject, []).append(description)
                continue
            if predicated is not None and (not predicated or doc.words[predicated[0]].upos == "NOUN"):
                # "whose father was the Bush family pastor": the role of whom the noun names; none where the parse
                # left the predicate without a subject
                continue
        pronouns = set() if given else {doc.words[s].text.lower() for s in subjects} & SUBJECT_PRONOUNS
        # a role given to "she" ("she was the presumed nominee") is a woman's, so is one on a noun "her" owns ("her
        # use of a private mail server as secretary of state")
        given_to = doc.words[subjects[0]].text.lower() if given and subjects else None
        if given and predicated is None:
            given_to = _owning_pronoun(doc, role_word) or given_to
        if given:
            subjects = []  # no name: the person named last, as for any description
        bound = {named_at[s] for s in subjects if s in named_at}
        # (but a subject after a clause set before its verb may hold the role: "Although Americans look to the
        # president for leadership, Obama spoke ...")
        fronted = {named_at[s] for s in _fronted_subjects(doc, last) if s in named_at}
        # the speaker of a direct quote the description stands in is someone else ("The governor is wrong," she
        # said); reported speech is the writer's words ("The Vermont congressman also plans to ..., Welch said")
        speaking = {d for quote, d in said_by if quote.contains(description) and _marked(doc, quote)}
        bound |= speaking
        # whose role it is is no one who holds it: "Pence was picked as Trump's running mate"
        if given and at > 0 and doc.words[at - 1].text in POSSESSIVE and at - 2 in named_at:
            bound.add(named_at[at - 2])
        fronted -= speaking
        # "The ranting radio host and the leading Republican candidate": a description with its own article
        # coordinated with one given before is someone else (not "the former governor and current nominee")
        if doc.words[role_word].rel == "conj" and doc.words[role_word].head in given_at \
                and doc.kids(role_word, "det"):
            bound.add(given_at[doc.words[role_word].head])
        side = _description_side(doc, description)
        head = role_head(description.text)
        holders = [person[2] for person in before if person[2] is not None
                   and (person[2] not in bound or person[2] in fronted)]
        for owner in holders:
            if owner not in known:
                known[owner] = PersonFacts.of(doc, drafts[owner])
        sex = _description_sex(description.text) or (given_to if given_to in SUBJECT_PRONOUNS else None)
        current = not any(bare_word(w) in PAST_WORDS for w in description.text.split())
        marks = role_marks(description.text)
        rank = _lesser_rank(description.text)
        holders = [owner for owner in holders if known[owner].may_be(head, side, sex, current, marks, rank)]
        candidates = [owner for owner in holders if owner not in bound]  # those no clause of its own names
        near = {person[2] for person in before if person[1] >= reach - DESCRIPTION_WINDOW}
        chosen = next((owner for owner in holders if holds(owner, head) and owner in near), None)
        if chosen is None:  # "Cruz defends his record: “...,” the senator says": the clause beside it is about them
            host = _beside_subject(doc, last)
            chosen = named_at.get(host) if host is not None and named_at.get(host) in candidates else None
        if chosen is None:
            chosen = next((owner for owner in holders if holds(owner, head)), None)
        if chosen is None and not given:
            chosen = next((owner for owner in _named_next_with_the_role(doc, people[n:], description, sentence, bound,
                                                                        head, known, drafts)
                           if known[owner].may_be(head, side, sex, current, marks, rank)), None)
        # a "he" or "she" over the description may be the person named last, unless of the other sex ("She went on
        # to attack Donald Trump, saying the presumptive Republican nominee ...")
        pronoun_subject = bool(pronouns) and not (
            before and before[0][2] in known and known[before[0][2]].sexes and not known[before[0][2]].sexes & pronouns)
        if chosen is None and before and before[0][1] >= reach - DESCRIPTION_WINDOW and not pronoun_subject \
                and (given or head not in RELATIONAL_HEADS):
            # the person named last, or the subject of the sentence that names them last ("Mike Pence says too much
            # is made of Donald Trump's tweets. The Republican vice presidential nominee ..."), the main clause's
            # before a clause's under it ("Trump announced that Manafort would play a bigger role. ... the business
            # mogul announced")
            last_named = [person for person in before if person[1] == before[0][1]]
            subjects_named = [person for person in last_named if person[3] is not None and person[2] in candidates]
            if before[0][1] == sentence and not given:  # in its own sentence, the subject would be "he" or "she":
                subjects_named = []  # "Clinton defeated Sanders ..., how difficult it is for the independent
                # senator from Vermont to win"
            nearest = before[0]
            if nearest[2] not in candidates and nearest[2] not in bound:  # "Clinton has singled out Sanders's
                # 2005 vote ..., something she opposed as a senator from New York": the nearest who may be
                nearest = next((person for person in last_named if person[2] in candidates), nearest)
            salient = min(subjects_named, key=lambda person: person[3] or 0, default=nearest)
            chosen = salient[2] if salient[2] in candidates else None
            if chosen is not None and head in CANDIDACY_HEADS and known[chosen].heads & CAMPAIGN_STAFF:
                chosen = None
        if chosen is not None:
            given_at[role_word] = chosen
        if chosen is not None:  # "the senator said" later is the one "the Vermont senator said" (or "The senator
            # was calm") was given to
            described.setdefault(chosen, set()).add(head)
        if chosen is not None and chosen in speakers and drafts[chosen].person:
            out.setdefault(chosen, []).append(description)
    return out


# words that open a description of a pair: "Both candidates", "the two Democratic contenders"
PAIR_OPENERS = (("both",), ("the", "two"))


def pair_descriptions(doc: ArticleDoc, drafts: list[EntityDraft], mentions: list[Mention],
                      speakers: set[int]) -> dict[int, list[Span]]:
    """A description of two people by their shared role that the same sentence names after it ("The two Democratic
    Party contenders are questioning ..., with Senator Bernie Sanders ... Hillary Clinton"): each is given the role
    when both are speakers (draft numbers) and persons. Not the last two named before it ("Both candidates sought
    ..."): which two a reader takes there, the text does not say."""
    owners = {m: d for d, draft in enumerate(drafts) for m in draft.mentions}
    named = sorted((m.name.start, doc.words[at].sentence, owners[m]) for m in mentions
                   if m.name is not None and m in owners and drafts[owners[m]].person
                   and (at := doc.word_at(m.name.start)) is not None)
    out: dict[int, list[Span]] = {}
    for w in doc.words:
        opener = next((o for o in PAIR_OPENERS if all(
            w.index + k < len(doc.words) and doc.words[w.index + k].text.lower() == word for k, word in enumerate(o))),
            None)
        if opener is None:
            continue
        _, hi = doc.sentences[w.sentence]
        i = w.index + len(opener)
        while i < hi and i - w.index <= len(opener) + 3 and doc.words[i].upos in {"ADJ", "PROPN", "NOUN"} \
                and doc.words[i].xpos != "NNS":
            i += 1
        if i >= hi or doc.words[i].xpos != "NNS" or not is_role_noun(doc.words[i].text, "NOUN") \
                or (i + 1 < hi and doc.words[i + 1].text.lower() == "of"):
            continue  # not "both of them", "both sides"
        span = doc.span_of(list(range(w.index, i + 1)))
        if span is None:
            continue
        pair = list(dict.fromkeys(d for start, sentence, d in named if sentence == w.sentence and start > span.end))
        if len(pair) == 2 and all(d in speakers for d in pair):
            for d in pair:
                out.setdefault(d, []).append(span)
    return out

