"""Where else the text gives a person a role than next to the name: a predicate about the name ("who is an actor",
"Manafort is the co-founder of ...", "who served as director of ...", "Clinton as secretary of state") and the
definite descriptions and "as" roles that stand for a person named before them ("the Vermont senator said", "her
tenure as secretary of state"). rules/titles.py reads each phrase as a role; rules/assemble.py decides whom a
description stands for.
"""

from __future__ import annotations

import re

from quotewire.engine.lexicon import (
    AS_VERBS,
    HONORIFICS,
    MORE_ROLE_NOUNS,
    NAMING_VERBS,
    NOT_ROLE_NOUNS,
    PARTY_WORDS,
    PAST_WORDS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.quotes import QUOTATION_MARKS
from quotewire.engine.rules.titles import (
    AGE_UNITS,
    CONSTITUENCY_ROLES,
    POSSESSIVE,
    bare_word,
    is_role_noun,
    named_class,
    participle_modifier,
)

# abbreviated heads, spelled out to compare a description's role with a person's titles
SPELLED_OUT = {"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
               "gov": "governor", "govs": "governor", "gen": "general", "pres": "president", "sec": "secretary"}
DESCRIPTION_WINDOW = 2  # sentences back to look for the person a description stands for


def _before_the_chain(text: str) -> list[str]:
    """The words of a role phrase before its prepositional chain: 'Vermont Sen.' of 'Vermont Sen. from ...'."""
    return re.split(r"\s+(?:of|for|at|to|from|in|with)\s+", text.strip(), maxsplit=1)[0].split()


def role_head(text: str) -> str:
    """The head word of a role phrase, lower-cased, singular and spelled out: 'Vermont Sen.' -> 'senator'."""
    words = _before_the_chain(text)
    bare = bare_word(words[-1]) if words else ""
    bare = SPELLED_OUT.get(bare, bare)
    return bare[:-1] if bare.endswith("s") and not bare.endswith("ss") and len(bare) > 3 else bare


# the singular nouns of a party's members, by which a description may stand for a person: "the Nevada Democrat"
PARTY_MEMBERS = frozenset({"democrat", "republican"})
# Words after "the" that set the one described apart from those before: "the second official", "the other aide"
ANOTHER_OF_A_KIND = frozenset({"second", "third", "fourth", "fifth", "other"})

# Words that mark a role as national; they do not tell one holder from another ("U.S. senator", "Vermont senator")
NATIONAL_WORDS = frozenset({"u.s.", "us", "american", "united", "states", "federal", "national"})


def role_modifiers(text: str) -> list[str]:
    """The words of a role phrase before its head, lower-cased and bare: "white", "house", "press" of "White House
    press secretary"."""
    return [bare_word(w) for w in _before_the_chain(text)[:-1]]


def role_marks(text: str) -> frozenset[str]:
    """The capitalised words before a role's head that say where or for whom it is held, lower-cased: "Louisiana"
    in "the Louisiana governor", "New Jersey" in "New Jersey Gov."; no party, no honorific, no national word."""
    words = _before_the_chain(text)[:-1]
    return frozenset(bare for w in words if w[:1].isupper() and (bare := bare_word(w)) not in NATIONAL_WORDS
                     and bare not in PARTY_WORDS and bare not in PAST_WORDS and bare not in HONORIFICS
                     and bare not in {"the", "a", "an"})



def age_phrase(doc: ArticleDoc, i: int) -> list[int] | None:
    """The words of "46-year-old" starting at word i (the tokenizer splits it at the hyphens), if they are one,
    not followed by the noun it would describe ("a 46-year-old man")."""
    words = doc.words
    if i + 4 >= len(words) or words[i].upos != "NUM" or [words[i + 1].text, words[i + 3].text] != ["-", "-"] \
            or words[i + 2].text.lower() not in AGE_UNITS or words[i + 4].text.lower() != "old":
        return None
    after = i + 5
    if after < len(words) and words[after].sentence == words[i].sentence and words[after].upos in {"NOUN", "PROPN"}:
        return None
    return list(range(i, i + 5))


def _describes_a_role(doc: ArticleDoc, i: int) -> bool:
    """A role noun in the singular that a description may end on: one of the lexicon's, or one with the ending of a
    profession ("historian", "lobbyist", "businessman"), not of any agent noun ("vendor", "river")."""
    w = doc.words[i]
    bare = bare_word(w.text)
    if i >= 2 and doc.words[i - 1].text == "-":  # "front-runner"
        bare = bare_word(doc.words[i - 2].text) + "-" + bare
    if bare in NOT_ROLE_NOUNS or (bare.endswith("s") and not bare.endswith("ss")):
        return False
    if bare in PARTY_MEMBERS and w.text[:1].isupper():
        return True  # "the Nevada Democrat": a person described by party, which is no role but tells the party
    return bare in ROLE_NOUNS or bare in MORE_ROLE_NOUNS or (
        w.upos == "NOUN" and bare.endswith(("ist", "ian", "man", "woman", "surgeon")) and len(bare) > 5)


def after_as(doc: ArticleDoc, at: int) -> bool:
    """Is the role phrase at word `at` opened by "as" ("as a presidential candidate", "as an adviser to Priorities
    USA", the second of "As star and executive producer"): a role given to a clause's subject?"""
    before = at - 1
    if before >= 0 and doc.words[before].text.lower() in {"a", "an", "the"}:
        before -= 1
    if before > 0 and doc.words[before].text in POSSESSIVE:  # past a place's possessive: "As Virginia's governor"
        before -= 1
        while before >= 0 and doc.words[before].upos in {"PROPN", "ADJ"} and doc.words[before].text[:1].isupper():
            before -= 1
    if before >= 0 and doc.words[before].text.lower() == "and":  # "As star and executive producer of the show"
        first = before - 1
        while first >= 0 and before - first <= 5 and doc.words[first].upos in {"ADJ", "NOUN", "PROPN"}:
            first -= 1
        return first < before - 1 and after_as(doc, first + 1)
    # (not the "as" that opens a clause: "As the president meandered through his text, Trump railed ...")
    return before >= 0 and doc.words[before].text.lower() == "as" and _takes_a_role(doc, before)


def definite_descriptions(doc: ArticleDoc) -> list[Span]:
    """'the Vermont senator', 'The former secretary of state', 'the retired neurosurgeon': definite noun phrases
    whose head is a role noun in the singular and that name no one themselves (no name follows)."""
    out: list[Span] = []
    for w in doc.words:
        opener = w.text.lower()
        if opener not in {"the", "as"} or (opener == "as" and not _takes_a_role(doc, w.index)):
            continue
        if opener == "the" and w.index > 0 and doc.words[w.index - 1].text.lower() == "as" \
                and _takes_a_role(doc, w.index - 1):
            continue  # "as the attorney for ...": read as an "as" role
        if opener == "the" and w.index > 0 and doc.words[w.index - 1].text.lower() == "in":
            continue  # "it'll work in the general": one is in a place or a time, not in a person
        _, hi = doc.sentences[w.sentence]
        age = age_phrase(doc, w.index + 1)
        if opener == "the" and age is not None:  # "said the 46-year-old": a person described by age alone
            span = doc.span_of([w.index, *age])
            if span is not None:
                out.append(span)
            continue
        words: list[int] = []
        i = w.index + 1
        if opener == "as" and i < hi and doc.words[i].text.lower() in {"a", "an", "the"}:
            i += 1
        elif opener == "as":  # past a place's or an organisation's possessive: "as New York's junior senator"
            j = i
            while j < hi and doc.words[j].upos in {"PROPN", "ADJ"} and doc.words[j].text[:1].isupper():
                j += 1
            if i < j < hi and doc.words[j].text in POSSESSIVE:
                i = j + 1
        while i < hi and (doc.words[i].upos in {"ADJ", "NOUN", "PROPN"}
                          or (doc.words[i].text == "-" and words and i + 1 < hi)
                          or participle_modifier(doc, i)  # "the ranting radio host", "the leading candidate"
                          or bare_word(doc.words[i].text) in PAST_WORDS):  # "the retired neurosurgeon", tagged a verb
            words.append(i)
            i += 1
        if len(words) > 1 and bare_word(doc.words[words[-1]].text) == "head" and doc.words[words[-2]].xpos == "NNS":
            continue  # "As the candidates head to their conventions": a verb the tagger took for a noun
        if words and opener == "the" and bare_word(doc.words[words[0]].text) in ANOTHER_OF_A_KIND:
            continue  # "said the second official": one more of them, set apart from any named before
        while words and not _describes_a_role(doc, words[-1]) and doc.words[words[-1]].upos != "NOUN":
            words.pop()  # "the senator Tuesday"; but a noun after the role is the head: "the student newspaper"
        # a role the tagger read as a name by its capital is one all the same: "As Governor of Arkansas"
        if not words or doc.words[words[-1]].upos not in {"NOUN", "PROPN"} or not _describes_a_role(doc, words[-1]):
            if opener == "as" and words:  # "As star and executive producer of the show": the role after "and"
                out.extend(_coordinated_role(doc, words[-1] + 1, hi, True))
            continue
        end = words[-1] + 1
        if end + 1 < hi and doc.words[end].text == "of" and doc.words[end + 1].upos in {"NOUN", "PROPN"} \
                and bare_word(doc.words[words[-1]].text) in HONORIFICS:
            j = end + 1  # "the former secretary of state"
            while j < hi and j <= end + 3 and doc.words[j].upos in {"NOUN", "PROPN"}:
                words.append(j)
                j += 1
            words = sorted([*words, end])
            end = words[-1] + 1
        if end < hi and doc.words[end].upos == "PROPN":
            continue  # "the Vermont senator Bernie Sanders": a title before a name, read with the name
        # with its prepositional chain: "as the attorney for the family of Walter Scott", "the dean of Columbia's
        # Graduate School of Journalism"; so a role that represents a place: "the senator from Vermont"
        represents = bare_word(doc.words[words[-1]].text) in CONSTITUENCY_ROLES
        chain = _chain_after(doc, words[-1] + 1, hi, constituency=represents)
        if opener == "the" and chain and (doc.words[chain[0] + 1].upos not in {"DET", "PROPN"}
                                          or doc.words[chain[0]].text.lower() == "with"):
            chain = []  # "the organizer of a pro-Trump rally"; not "look to the president for leadership" nor
            # "brushing the candidate with the back of her hand"
        span = doc.span_of(words + chain) if opener == "as" else doc.span_of([w.index, *words, *chain])
        if span is not None:
            out.append(span)
        # "the former secretary of state and current Democratic presidential nominee", "As host and producer of
        # the show"
        out.extend(_coordinated_role(doc, end, hi, opener == "as"))
    return out


def _coordinated_role(doc: ArticleDoc, i: int, hi: int, as_role: bool = False) -> list[Span]:
    """The role after an "and" at word i that describes the same person: one with no determiner of its own after
    a definite description, any after an "as" (with its prepositional chain: "As star and executive producer of
    the show")."""
    if i >= hi or doc.words[i].text.lower() != "and":
        return []
    words: list[int] = []
    j = i + 1
    if as_role and j < hi and doc.words[j].text.lower() in {"a", "an"}:
        j += 1
    while j < hi and doc.words[j].upos in {"ADJ", "NOUN", "PROPN"}:
        words.append(j)
        j += 1
    if not words or doc.words[words[-1]].upos != "NOUN" or not _describes_a_role(doc, words[-1]) \
            or (j < hi and doc.words[j].upos == "PROPN"):
        return []
    span = doc.span_of(words + _chain_after(doc, j, hi) if as_role else words)
    return [span] if span is not None else []


CHAIN_WORDS = frozenset({"of", "for", "at", "to", "with"})


def _chain_after(doc: ArticleDoc, i: int, hi: int, constituency: bool = False) -> list[int]:
    """The prepositional chain from word i: each preposition with its noun phrase, up to punctuation, a clause or
    a span of time ("for eight years"); for a role that represents a place, its "from" too ("senator from
    Vermont")."""
    out: list[int] = []
    while i < hi and (doc.words[i].text.lower() in CHAIN_WORDS
                      or (constituency and doc.words[i].text.lower() == "from")):
        j = i + 1
        if j < hi and doc.words[j].upos == "DET":
            j += 1
        phrase: list[int] = []
        while j < hi and (doc.words[j].upos in {"ADJ", "NOUN", "PROPN"} or (
                phrase and doc.words[j].text in POSSESSIVE and j + 1 < hi  # "of the city's Committee on Parks"
                and doc.words[j + 1].upos in {"ADJ", "NOUN", "PROPN"}) or (
                phrase and doc.words[j].text in {"on", "and", "&", "of", "for"} and j + 1 < hi  # a name's inner word
                and doc.words[j - 1].text[:1].isupper() and doc.words[j + 1].text[:1].isupper())):
            phrase.append(j)
            j += 1
        if not phrase or (j < hi and doc.words[j].upos == "NUM") or any(doc.words[k].upos == "NUM" for k in phrase):
            break
        out.extend(range(i, j))
        i = j
    return out


def _as_someone_put_it(doc: ArticleDoc, i: int, hi: int) -> bool:
    """Does a noun phrase from word i end on a verb of saying or "put" ("an American diplomat put it")?"""
    while i < hi and (doc.words[i].upos in {"DET", "ADJ", "NOUN", "PROPN"} or doc.words[i].text in POSSESSIVE):
        i += 1  # (past a possessive: "as Sanders’ campaign manager suggested")
    return i < hi and doc.words[i].upos == "VERB" and doc.words[i].lemma in SPEECH_VERBS | {"put", "suggest"}


def _takes_a_role(doc: ArticleDoc, i: int) -> bool:
    """Does the "as" at word i give someone a role ("her tenure as secretary of state", "As a presidential
    candidate, he ...")? Not "such as" or "as well as", nor what a verb casts someone as ("portrayed him as a
    liar")."""
    w = doc.words[i]
    lo, hi = doc.sentences[w.sentence]
    if w.upos not in {"ADP", "SCONJ"} or (i > lo and doc.words[i - 1].text.lower() in {"such", "well", "so", "same"}):
        return False
    if w.rel == "mark" or _as_someone_put_it(doc, i + 1, hi):
        return False  # "as an American diplomat put it": a clause, no role
    governor = doc.words[w.head].head if w.head >= 0 else -1
    if governor >= 0 and any(doc.words[s].text.lower() in THING_SUBJECTS for s in doc.kids(governor, "nsubj")):
        return False  # "the course, which opened in 1971 as host to the Classic": a thing's role, no person's
    return governor < 0 or doc.words[governor].lemma not in AS_VERBS | NAMING_VERBS


# subjects that stand for a thing, never a person: what an "as" role in their clause is given to
THING_SUBJECTS = frozenset({"which", "it"})

# nouns whose "of" names someone in a role only supposed: "the prospect of Trump as president"
SUPPOSITION_NOUNS = frozenset({"prospect", "possibility", "idea", "notion", "thought", "specter", "spectre",
                               "chance", "likelihood", "fear", "hope", "vision"})

# verbs whose complement is a role the subject takes: "became the nominee", "works as a secretary"
ROLE_VERBS = frozenset({"become", "serve", "work", "remain", "act", "stay"})
# what a predicate's role phrase leaves out: its subject, the copula, clauses, coordination and asides
NOT_IN_ROLE = frozenset({"nsubj", "nsubj:pass", "cop", "acl", "acl:relcl", "advcl", "conj", "cc", "punct",
                         "parataxis", "appos", "mark", "advmod", "dep", "aux", "discourse", "case", "obl:tmod",
                         "nmod:tmod", "vocative", "expl"})


def role_phrase(doc: ArticleDoc, head: int) -> Span | None:
    """The role phrase headed by `head`: its modifiers and prepositional chain, without what NOT_IN_ROLE names."""
    keep = [head]
    for k in doc.children[head]:
        if doc.words[k].deprel in NOT_IN_ROLE or doc.words[k].rel in {"acl", "advcl", "conj", "cc", "punct"}:
            continue
        keep.extend(doc.subtree(k, skip=frozenset({"acl", "parataxis", "appos", "advcl"})))
    return doc.span_of(doc.contiguous(head, sorted(keep)))


# auxiliaries that make a predicate a supposition, not a fact: "he may be the first politician to ..."
SUPPOSING_AUXILIARIES = frozenset({"may", "might", "could", "would", "should"})


def denied(doc: ArticleDoc, predicate: int) -> bool:
    """Does the clause of this predicate deny it ("is not", "never was")?"""
    return any(doc.words[k].text.lower() in {"not", "n't", "never"} for k in doc.children[predicate])


def unasserted(doc: ArticleDoc, predicate: int) -> bool:
    """Does the clause of this predicate deny it or only suppose it ("is not", "never was", "may be", "whether
    Secretary Clinton is the nominee", "if she becomes the nominee")?"""
    return denied(doc, predicate) or any(
        (doc.words[k].rel == "aux" and doc.words[k].text.lower() in SUPPOSING_AUXILIARIES)
        or (doc.words[k].rel == "mark" and doc.words[k].text.lower() in {"whether", "if"})
        for k in doc.children[predicate])


def _past(doc: ArticleDoc, i: int) -> bool:
    return doc.words[i].xpos in {"VBD", "VBN"}


def predicate_subjects(doc: ArticleDoc, h: int) -> list[int]:
    """The subjects of the clause whose predicate is the name headed by word h ("the first volunteer inside the door
    is Eva Miller"); none where the name is the object of a preposition ("are not through with Bernie Sanders") or
    the clause is denied."""
    if not doc.kids(h, "cop") or doc.kids(h, "case") or denied(doc, h):
        return []
    return doc.kids(h, "nsubj")


def _with_whom_served_under(doc: ArticleDoc, verb: int, role: Span) -> Span:
    """The role with the "under" phrase the parse hung on its verb right after it: "who served as White House
    counsel under Mr. Bush's father" (as "attorney general under George W. Bush" reads in apposition)."""
    for k in doc.kids(verb, "obl"):
        if not any(doc.words[c].text.lower() == "under" for c in doc.kids(k, "case")):
            continue
        words = doc.subtree(k, skip=frozenset({"appos", "acl", "parataxis"}))
        if doc.words[words[0]].start >= role.end and not doc.text[role.end:doc.words[words[0]].start].strip():
            return Span.of(doc.text, role.start, doc.words[words[-1]].end)
    return role


def _in_quotation_marks(text: str, span: Span) -> bool:
    """Is the phrase set in quotation marks of its own, a closing mark after it or after its comma or full stop
    ("Trump is also a “change agent,” Cole said"): the word of whoever is quoted, not a role the text gives?"""
    after = text[span.end:span.end + 2]
    return span.start > 0 and text[span.start - 1] in QUOTATION_MARKS and (
        after[:1] in QUOTATION_MARKS or (after[:1] in ",." and after[1:2] in QUOTATION_MARKS))


def predicate_roles(doc: ArticleDoc, name: Span) -> list[tuple[Span, bool]]:
    """The roles the text gives the named person by a predicate, with whether each is past: "Manafort is the
    co-founder of ...", "Mr. Guerrero, who is an actor,", "Ms. Leon, who works as a secretary", "Trump became the
    presumptive nominee", "Clinton as secretary of state"."""
    words = doc.words_between(name.start, name.end)
    heads = doc.heads_of(words)
    parents = {doc.words[k].head for k in heads}
    if len(heads) > 1 and len(parents) == 1 and words[0] - 1 in parents \
            and all(doc.words[k].rel in {"flat", "compound"} for k in heads):
        heads = [words[0] - 1]  # "Gen. Wesley Clark" with both names hung flat on the title
    if len(heads) != 1:
        return []
    h = heads[0]
    out: list[tuple[Span, bool]] = []

    def take(role: int, verb: int) -> None:
        if doc.words[role].upos in {"NOUN", "PROPN"} and is_role_noun(doc.words[role].text, doc.words[role].upos):
            span = role_phrase(doc, role)
            if span is not None and verb != role:
                span = _with_whom_served_under(doc, verb, span)
            if span is not None and not span.overlaps(name) and not _in_quotation_marks(doc.text, span):
                out.append((span, _past(doc, verb)))

    def from_clause(pred: int, subject: int) -> None:
        """The clause headed by `pred` whose subject is `subject` (the name, or a relative pronoun for it)."""
        if doc.words[subject].rel != "nsubj":
            return
        if any(subject < k < pred and any(doc.words[j].text.lower() == "whose" for j in doc.children[k])
               for k in doc.kids(pred, "nsubj")):
            return  # "James Bruner, whose father was the Bush family pastor", parsed with two subjects: the father's
        if unasserted(doc, pred):
            return  # "Trump isn't the first politician ...", "he may be the first ...": no role the text gives
        cops = doc.kids(pred, "cop")
        if cops:
            take(pred, cops[0])
            for other in doc.kids(pred, "conj"):  # "is a Democratic consultant and a CNN contributor"
                if not doc.kids(other, "cop") and not doc.kids(other, "nsubj"):
                    take(other, cops[0])
        elif doc.words[pred].lemma in ROLE_VERBS:
            for k in doc.children[pred]:
                if doc.words[k].rel == "xcomp" or (doc.words[k].rel == "obl" and any(
                        doc.words[c].text.lower() == "as" for c in doc.kids(k, "case"))):
                    take(k, pred)
        if not cops:  # "who advised Clinton's campaign and is a strategist for Priorities USA"
            for other in doc.kids(pred, "conj"):
                if doc.kids(other, "cop") and not doc.kids(other, "nsubj") and not unasserted(doc, other):
                    take(other, doc.kids(other, "cop")[0])

    # "Ms. Leon, who works as a secretary": the parse may make the title before the name the phrase's head
    parent = doc.words[h].head
    if parent == words[0] - 1 and doc.words[h].rel in {"flat", "compound"} and doc.words[parent].upos == "PROPN":
        h = parent
    w = doc.words[h]
    if w.head >= 0:
        from_clause(w.head, h)
    for s in predicate_subjects(doc, h):  # "the first volunteer inside the door is Eva Miller"
        take(s, doc.kids(h, "cop")[0])
    # the relative clauses on the name, or on a role in apposition to it ("Scott Morris, a former Treasury official
    # who is now a senior fellow at ...")
    roles_beside = [a for a in doc.kids(h, "appos") if doc.words[a].upos == "NOUN"
                    and is_role_noun(doc.words[a].text, doc.words[a].upos)]
    for k in [*doc.children[h], *(c for a in roles_beside for c in doc.children[a])]:
        if doc.words[k].deprel == "acl:relcl":
            subject = next((s for s in doc.kids(k, "nsubj") if doc.words[s].text.lower() in RELATIVE_PRONOUNS), None)
            if subject is not None:
                from_clause(k, subject)
        elif doc.words[k].rel == "nmod" and any(doc.words[c].text.lower() == "as" for c in doc.kids(k, "case")) \
                and not (w.head >= 0 and doc.words[w.head].lemma in SUPPOSITION_NOUNS):
            take(k, k)  # "Clinton as secretary of state"; not "the prospect of Trump as president"
    # the role a person's name stands in apposition to: "the club’s executive director, Jeremy Boreing,"; not the
    # last of a list ("gunships, helicopters and howitzers, US Central Command said"), unless it has an article or
    # a possessor of its own ("Ryan, both former president Bushes and the party’s 2012 nominee, Mitt Romney")
    holder = w.head
    entity = doc.entity_at(name)
    # (or a conjunct without a conjunction, the name alone: "is the network's reporter, Elise Labott.")
    listed = [k for k in doc.kids(holder, "conj") if k != h and doc.words[k].upos in {"NOUN", "PROPN"}] \
        if holder >= 0 else []  # (a clause joined after it is no list: "...; and her emails seem to show")
    unjoined = w.rel == "conj" and not doc.kids(h, "cc") and doc.words[holder].text[:1].islower()
    if (w.rel == "appos" or unjoined) and 0 <= holder < words[0] and doc.words[words[0] - 1].text == "," \
            and (entity is None or entity.label == "PER") \
            and (doc.words[holder].rel != "conj" or doc.kids(holder, "det", "nmod:poss")) \
            and not listed and doc.words[holder].xpos != "NNS" \
            and doc.words[holder].upos == "NOUN" and is_role_noun(doc.words[holder].text, doc.words[holder].upos):
        span = role_phrase(doc, holder)
        if span is not None and not span.overlaps(name):
            out.append((span, False))
    # or the role right before the comma when the parse hung the name on a word before it: "lead over the
    # presumptive Republican nominee, Donald J. Trump," with the name in apposition to "lead"
    role = words[0] - 2
    if w.rel == "appos" and 0 <= holder < role and doc.words[role + 1].text == "," \
            and doc.words[role].upos == "NOUN" and doc.words[role].text.islower() \
            and doc.words[role].xpos != "NNS" and is_role_noun(doc.words[role].text, "NOUN") \
            and doc.words[role].rel not in {"conj", "appos"} and not doc.kids(role, "conj") \
            and role in doc.subtree(holder) and (entity is None or entity.label == "PER"):
        span = role_phrase(doc, role)
        if span is not None and not span.overlaps(name) and span.end <= doc.words[role].end:
            out.append((span, False))
    # the class the name is counted among: "many tax experts, including Mr. Goldberg" -> "tax experts"
    group = named_class(doc, words[0], words[-1])
    if group is not None and is_role_noun(doc.words[group].text, doc.words[group].upos):
        before = [k for k in doc.children[group] if k < group and doc.words[k].rel in {"amod", "compound", "det"}]
        span = doc.span_of(doc.contiguous(group, sorted([group, *(i for k in before for i in doc.subtree(k))])))
        if span is not None:
            out.append((span, False))
    # "said Pat Green, who is the city's fire chief" with the clause hung on another word: the "who" right after
    # the name's comma is the name's all the same
    after = words[-1] + 1
    _, hi = doc.sentences[doc.words[words[-1]].sentence]
    if after + 1 < hi and doc.words[after].text == "," and doc.words[after + 1].text.lower() == "who" \
            and doc.words[after + 1].rel == "nsubj":
        clause = doc.words[after + 1].head
        if clause >= 0 and doc.words[clause].head != h:  # not the relative clause already read above
            from_clause(clause, after + 1)
    return out
