"""Stage 4: one entity per distinct speaker.

Mentions of one speaker merge: a person by surname, or by a lone given name that starts one person's full name (the
full name comes from the longest mention, the nickname becomes an alias); an organisation or place by its
normalised name or an acronym of it (CENTCOM for Central Command, US for United States). Titles gather from every
mention, from predicates about the name, from the titles coordinated names share and from the descriptions that stand
for the entity, each read as a role (rules/titles.py); the affiliation is the most specific organisation they or
the text around the name give, else a party.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import cast

from quotewire.engine.lexicon import COURTESY_TITLES, ORG_NOUNS, PLACE_NOUNS
from quotewire.engine.model import Span, SpeakerKind
from quotewire.engine.rules.coref import GROUP_LABELS, could_name_a_person, is_person
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.genders import first_names
from quotewire.engine.rules.mentions import Mention, family_name_alone, mention_at, person_name_words
from quotewire.engine.rules.roles import after_as, predicate_roles, predicate_subjects, role_phrase
from quotewire.engine.rules.titles import (
    PERSON_LABELS,
    TitleReading,
    bare_word,
    context_organisations,
    is_role_noun,
    plainly_an_organisation,
    read_title,
)

LEADING_ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def _norm(text: str) -> str:
    return LEADING_ARTICLES.sub("", " ".join(text.split())).strip(" ,.").lower()


def is_acronym_of(short: str, long: str) -> bool:
    """'CENTCOM' ~ 'Central Command', 'US' ~ 'United States', 'IRGC' ~ 'Islamic Revolutionary Guard Corps'."""
    letters = short.replace(".", "").lower()
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", long) if w.lower() not in {"of", "the", "and", "for"}]
    if not letters.isalpha() or len(letters) < 2 or not words or len(words) < 2 or short.lower() == long.lower():
        return False

    # the acronym may skip leading words of the long name ("US Central Command" -> CENTCOM)
    return any(fits_from(letters, words[skip:]) for skip in range(len(words) - 1))


def fits_from(letters: str, words: list[str]) -> bool:
    """Can the letters be cut into prefixes of every one of the words, in order?"""
    if not letters:
        return not words
    if not words:
        return False
    w = words[0]
    return any(letters[:k] == w[:k] and fits_from(letters[k:], words[1:])
               for k in range(1, min(len(w), len(letters)) + 1))


@dataclass
class EntityDraft:
    """The mentions gathered for one entity. Add them with add(): what the rules read of them (named, person,
    surname, first names, name texts) is kept up to date as each arrives, not recomputed for every mention
    compared, so clustering stays linear in the mentions of each draft."""

    mentions: list[Mention] = field(default_factory=list)
    pronoun_spans: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        given, self.mentions = self.mentions, []
        self.named: list[Mention] = []
        self._members: set[Mention] = set()
        self._any_person = self._any_unlabelled_name = self._any_group = False
        self._surname: str | None = None
        self._firsts: set[str] = set()
        self._names: dict[str, None] = {}
        self._norms: set[str] = set()
        self.one_word_names = True  # every name has one word (a draft of bare surnames or single names)
        for m in given:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._members.add(m)
        self._norms.add(_norm(m.span.text))
        self._any_person |= is_person(m)
        self._any_group |= m.label in GROUP_LABELS
        if m.name is None:
            return
        words = person_name_words(m.name, m.nickname)
        if not self.named:
            self._surname = words[-1].lower() if words else None
        self.named.append(m)
        self._names.setdefault(m.name.text)
        self._any_unlabelled_name |= m.label is None and could_name_a_person(words)
        self.one_word_names &= len(words) == 1
        if len(words) > 1:
            self._firsts.add(words[0].lower())

    def holds(self, m: Mention) -> bool:
        return m in self._members

    @property
    def person(self) -> bool:
        return self._any_person or (self._any_unlabelled_name and not self._any_group)

    @property
    def has_group_label(self) -> bool:
        return self._any_group

    def surname(self) -> str | None:
        return self._surname

    def name_texts(self) -> list[str]:
        """The distinct texts of the draft's names, in order of first mention."""
        return list(self._names)

    def surface_norms(self) -> set[str]:
        """The normalised texts of every mention."""
        return self._norms

    def first_names(self) -> set[str]:
        """The first words of the draft's names of two words or more, lower-cased."""
        return self._firsts

    def canonical(self) -> str:
        if not self.named:
            return max((m.span.text for m in self.mentions), key=len)
        # every mention in named has a name
        best = max(self.named, key=lambda m: (len(person_name_words(cast(Span, m.name), m.nickname)),
                                              len(cast(Span, m.name).text)))
        assert best.name is not None
        if self.person:
            return " ".join(person_name_words(best.name, best.nickname))
        return LEADING_ARTICLES.sub("", best.name.text)


def same_entity(draft: EntityDraft, m: Mention, first_named: Mapping[str, str] | None = None) -> bool:
    """Does the mention name the entity the draft gathers (same surname, same name, or an acronym of it)?
    `first_named` maps a surname two people of the text share to the given name of the one it names first: a bare
    surname is theirs ("Sen. Bernie Sanders ... Sanders said ... Jane Sanders said"), unless a courtesy title
    tells the two apart."""
    if m.name is None:
        return not draft.named and _norm(m.span.text) in draft.surface_norms()
    if not draft.named:
        return False
    words = person_name_words(m.name, m.nickname)
    if family_name_alone(words):  # "Van der Berg" after "Jan van der Berg"
        words = words[-1:]
    # a bare surname after the full name is the person, whatever the tagger makes of it alone ("Bamberg" a place)
    bare_surname = len(words) == 1 and m.label not in PERSON_LABELS
    if draft.person and (is_person(m) or m.label is None or bare_surname) and words:
        if words[-1].lower() != draft.surname():
            return False
        firsts = draft.first_names()
        if len(words) == 1:
            owner = (first_named or {}).get(words[0].lower())
            return owner is None or not firsts or owner in firsts or _courtesy_titled(m)
        return not firsts or words[0].lower() in firsts
    b = m.name.text
    return any(_norm(a) == _norm(b) or is_acronym_of(a, b) or is_acronym_of(b, a) for a in draft.name_texts())


def _courtesy_titled(m: Mention) -> bool:
    """Does a courtesy title open the mention ("Mrs. Clinton")?"""
    first = m.span.text.split(maxsplit=1)[0] if m.span.text.strip() else ""
    return bare_word(first) in COURTESY_TITLES


def first_named_of(named: Iterable[Mention]) -> dict[str, str]:
    """Each surname that two or more people of the text share, lower-cased, -> the given name of the one the text
    names first. Two full names are two people when their given names differ, neither name ends the other ("United
    States Hamdullah Mohib", a name the tagger ran on, is Hamdullah Mohib) and the given names are not one name
    spelled two ways ("Kristen" and "Kristin")."""
    people: dict[str, list[tuple[str, ...]]] = {}  # surname -> one full name of each person, in order
    for m in sorted(named, key=lambda m: m.span.start):
        if m.name is None or not is_person(m):
            continue
        words = tuple(w.lower() for w in person_name_words(m.name, m.nickname))
        if len(words) > 1 and not family_name_alone(list(words)) \
                and not any(_one_person(words, other) for other in people.setdefault(words[-1], [])):
            people[words[-1]].append(words)
    return {surname: names[0][0] for surname, names in people.items() if len(names) > 1}


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """May two full names with one surname name one person?"""
    short, long = sorted((a, b), key=len)
    return long[-len(short):] == short or SequenceMatcher(None, a[0], b[0]).ratio() >= 0.8


def _kind(draft: EntityDraft) -> SpeakerKind:
    if not draft.named:  # "I": the writer; "officials", "we": a group
        return SpeakerKind.PERSON if all(m.pronoun == "i" for m in draft.mentions) else SpeakerKind.GROUP
    if draft.person:
        return SpeakerKind.PERSON
    labels = {m.label for m in draft.mentions}
    last_words = {m.name.text.split()[-1].lower() for m in draft.named if m.name is not None}
    if last_words & ORG_NOUNS:
        return SpeakerKind.ORGANIZATION
    if labels & {"LOC", "GPE"} or last_words & PLACE_NOUNS:
        return SpeakerKind.LOCATION
    return SpeakerKind.ORGANIZATION


def _titles(doc: ArticleDoc, draft: EntityDraft, name: str, where: Sequence[Span],
            described: Sequence[Span]) -> list[TitleReading]:
    """The draft's title phrases read as roles, each role once: its mentions' titles, a title its name shares with
    the names coordinated with it, the predicates about it wherever it stands in the text (`where`), then the
    definite descriptions that stand for it."""
    seen, out = set(), []
    own = dict.fromkeys(t for m in draft.mentions for t in m.titles)
    own.update(dict.fromkeys(t for at in where for t in shared_titles(doc, at)))
    predicated = {span: past for at in where for span, past in predicate_roles(doc, at)}
    read = SpanIndex()
    for t in [*own, *predicated, *described]:
        if t not in own and any(True for _ in read.containing(t)):
            continue  # "who served as director of Acme": the predicate's role, not again as an "as" role
        read.add(t)
        reading = read_title(doc, t)
        at = doc.word_at(t.start)
        if predicated.get(t):  # "who was Mitt Romney's top adviser": a past role, whose organisation stays in it
            reading = TitleReading(_with_its_organisation(doc, t, reading), None, reading.party, True)
        elif t not in own and t not in predicated and not (at is not None and after_as(doc, at)) and not (
                reading.organisation and plainly_an_organisation(reading.organisation)):
            # a description names only an organisation its words say is one; an "as" role, what it serves ("serves
            # as an adviser to Priorities USA")
            reading = TitleReading(reading.role, None, reading.party, reading.past)
        key = _norm(reading.role.text) if reading.role else ""
        if key in seen or key == _norm(name):
            reading = TitleReading(None, reading.organisation, reading.party, reading.past)
        seen.add(key)
        out.append(reading)
    # one stretch of text read two ways keeps its longer reading: the predicate's "ambassador" and the "as" role's
    # "ambassador to France" in "who served as ambassador to France under Obama"
    roles = [r.role for r in out if r.role is not None]
    return [r for r in out if r.role is None or not any(o != r.role and o.contains(r.role) for o in roles)]


def _with_its_organisation(doc: ArticleDoc, title: Span, reading: TitleReading) -> Span | None:
    """The role with the organisation that opens the title phrase, as a past role keeps it ("who was White House
    communications director", as "a former White House communications director")."""
    role, organisation = reading.role, reading.organisation
    if role is None or not organisation:
        return role
    lead = doc.text[title.start:role.start]
    k = lead.rfind(organisation)
    if k < 0 or lead[k + len(organisation):].strip():
        return role
    return Span.of(doc.text, title.start + k, role.end)


def _plural_role(doc: ArticleDoc, span: Span | None) -> bool:
    """Does the phrase's head (its last word before a preposition) name a role in the plural ("her lawyers", "both
    lawyers at the firm")?"""
    if span is None:
        return False
    words = doc.words_between(span.start, span.end)
    before = next((k for k, i in enumerate(words) if doc.words[i].upos == "ADP"), len(words))
    if not before:
        return False
    w = doc.words[words[before - 1]]
    return w.upos == "NOUN" and (w.xpos == "NNS" or (w.text.endswith("s") and not w.text.endswith("ss"))) \
        and is_role_noun(w.text, w.upos)


def shared_titles(doc: ArticleDoc, name: Span) -> list[Span]:
    """The titles a name shares with the names coordinated with it: one before the first of them ('Sens. Jeff
    Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez'), and a role in the plural that stands in
    apposition to them ('her lawyers, Ann Moss and Ben Kay'; 'Gwen Ifill and Judy Woodruff, two PBS journalists')
    or that they are the predicate of ('the first two volunteers inside the door are Ann Moss and Ben Kay')."""
    words = doc.words_between(name.start, name.end)
    heads = doc.heads_of(words)
    if len(heads) != 1:
        return []
    first = heads[0]
    # up the conjuncts to the first, and past the title or the name the parse hung the name flat on ("Hillary
    # Clinton and Senator Bernie Sanders", "Mr. Tribe, Ms. Epstein and Mr. Amar", with "Senator" and "Ms." the
    # conjuncts); a name under a title of its own shares only a role in the plural ("Sen. Ted Cruz and Gov. John
    # Kasich": no "Sen." for Kasich)
    hung = False
    while doc.words[first].head >= 0 and (doc.words[first].rel == "conj" or (
            doc.words[first].rel == "flat" and doc.words[doc.words[first].head].upos == "PROPN")):
        hung = hung or doc.words[first].rel == "flat"
        first = doc.words[first].head
    if doc.words[first].upos != "PROPN":
        return []
    members = [first, *(k for k in doc.kids(first, "conj") if doc.words[k].upos == "PROPN")]
    if len(members) < 2 or not (heads[0] in members or any(m < heads[0] for m in members[1:])):
        return []
    out: list[Span | None] = []
    leader = mention_at(doc, first)
    if leader.name is not None and not leader.name.overlaps(name):
        out += [t for t in leader.titles if t.end <= leader.name.start or t.start >= name.end]
    holder = doc.words[first].head
    if doc.words[first].rel == "appos" and holder >= 0:
        out.append(role_phrase(doc, holder))
    out += [role_phrase(doc, s) for s in predicate_subjects(doc, first)]
    last = mention_at(doc, members[-1])
    if last.name is not None and not last.name.overlaps(name):
        out += [t for t in last.titles if t.start >= last.name.end]
    return [t for t in dict.fromkeys(out) if t is not None and ((t in leader.titles and not hung)
                                                                 or _plural_role(doc, t))]


def _affiliation(readings: list[TitleReading], around: list[tuple[str | None, str | None]]) -> str | None:
    """The most specific organisation: one a title names or the text puts next to the name, before a party."""
    organisations = [r.organisation for r in readings if r.organisation and not r.past]
    organisations += [org for org, _ in around if org]
    parties = [r.party for r in readings if r.party] + [party for _, party in around if party]
    return next(iter(organisations + parties), None)


def occurrences(text: str, variant: str) -> list[Span]:
    """Where the variant stands as whole words in the text."""
    if len(variant) < 2:
        return []
    found = []
    at = text.find(variant)
    while at >= 0:
        end = at + len(variant)
        if not (at > 0 and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
            found.append(Span.of(text, at, end))
            at = text.find(variant, end)  # matches do not overlap
        else:
            at = text.find(variant, at + 1)
    return found


def _is_word_char(ch: str) -> bool:
    """What the regex class \\w matches: letters, digits and the underscore, in any script."""
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class ResolvedEntity:
    name: str
    kind: SpeakerKind
    titles: tuple[str, ...]
    affiliation: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]


def cluster(mentions: list[Mention],
            first_named: Mapping[str, str] | None = None) -> tuple[list[EntityDraft], list[int]]:
    """Group mentions into entity drafts; returns the drafts and each mention's draft index. `first_named`: see
    same_entity."""
    drafts: list[EntityDraft] = []
    # longest names first so that 'Kurilla' finds 'Michael Kurilla' already there
    order = sorted(range(len(mentions)),
                   key=lambda i: -(len(cast(Span, mentions[i].name).text) if mentions[i].name else 0))
    assigned: dict[int, int] = {}
    for i in order:
        m = mentions[i]
        match = next((d for d, draft in enumerate(drafts) if same_entity(draft, m, first_named)), None)
        if match is None:
            match = _by_first_name(drafts, m)
        if match is None:
            drafts.append(EntityDraft())
            match = len(drafts) - 1
        drafts[match].add(m)
        assigned[i] = match
    owner = [assigned[i] for i in range(len(mentions))]
    return drafts, owner


def _by_first_name(drafts: list[EntityDraft], m: Mention) -> int | None:
    """'Maria Lopez opened the meeting. Maria said ...': a lone given name is the one person of the article whose
    full name starts with it; none when two people share it (or it names no person)."""
    if m.name is None or (m.label is not None and m.label not in PERSON_LABELS):
        return None
    words = person_name_words(m.name, m.nickname)
    if len(words) != 1:
        return None
    word = words[0].lower()
    if word not in first_names():
        return None  # not known as a given name: "Republican", "Obama"
    if any(draft.surname() == word for draft in drafts):
        return None  # also someone's surname: a lone "Jordan" may be Jim Jordan
    owners = [d for d, draft in enumerate(drafts) if draft.person and word in draft.first_names()]
    return owners[0] if len(owners) == 1 else None


class SpanIndex:
    """Spans in order of their start, to find those containing a span without a pass over all of them (a pass per
    occurrence of a name was quadratic on an article naming the same people thousands of times)."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._starts: list[int] = []
        self._spans: list[Span] = []
        self._longest = 0
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        at = bisect.bisect_right(self._starts, span.start)
        self._starts.insert(at, span.start)
        self._spans.insert(at, span)
        self._longest = max(self._longest, span.end - span.start)

    def containing(self, span: Span) -> Iterator[Span]:
        """The spans that contain `span` (it among them, when it is held)."""
        lo = bisect.bisect_left(self._starts, span.start - self._longest)
        hi = bisect.bisect_right(self._starts, span.start)
        return (s for s in self._spans[lo:hi] if s.contains(span))


def resolve(doc: ArticleDoc, draft: EntityDraft, claimed: SpanIndex, described: Sequence[Span] = ()) -> ResolvedEntity:
    """Name, kind, titles, affiliation, aliases and every mention in the text of one entity."""
    name = draft.canonical()
    # a pronoun ("I": the writer) is found where it speaks, not wherever the word stands
    variants = set() if all(m.pronoun for m in draft.mentions) else {name}
    aliases: list[str] = []
    for m in draft.named:
        assert m.name is not None  # named holds only mentions with a name
        for alias in (m.name.text, LEADING_ARTICLES.sub("", m.name.text)):
            if alias != name and alias not in aliases and _norm(alias) != _norm(name):
                aliases.append(alias)
        if m.nickname is not None and m.nickname.text not in aliases:
            aliases.append(m.nickname.text)
    if draft.person and (surname := draft.surname()):
        words = name.split()
        if len(words) > 1 and words[-1].lower() == surname and words[-1] not in aliases:
            aliases.append(words[-1])
    variants.update(a for a in aliases)
    spans: dict[tuple[int, int], Span] = {}
    for m in draft.mentions:
        spans[(m.surface.start, m.surface.end)] = m.surface
    for span in draft.pronoun_spans:
        spans[(span.start, span.end)] = span
    held = SpanIndex(spans.values())
    for variant in sorted(variants, key=len, reverse=True):
        for occ in occurrences(doc.text, variant):
            if any(True for _ in held.containing(occ)) or any(c != occ for c in claimed.containing(occ)):
                continue
            spans[(occ.start, occ.end)] = occ
            held.add(occ)
    mentions = sorted(spans.values())
    # keep the longest of overlapping mentions
    kept: list[Span] = []
    for span in mentions:
        if kept and kept[-1].overlaps(span):
            if len(span.text) > len(kept[-1].text):
                kept[-1] = span
            continue
        kept.append(span)
    titles = _titles(doc, draft, name, kept if draft.person else [m.name for m in draft.named if m.name], described)
    around = [context_organisations(doc, span) for span in kept] if draft.person else []
    return ResolvedEntity(
        name=name, kind=_kind(draft), titles=tuple(t.role.text for t in titles if t.role),
        affiliation=_affiliation(titles, around), aliases=tuple(a for a in aliases if a != name),
        mentions=tuple(kept),
    )
