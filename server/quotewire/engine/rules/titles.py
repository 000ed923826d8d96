"""A speaker's titles as roles, and the organisation the speaker speaks for.

The mentions give title phrases as the text writes them ("a top Democratic tech operative", "DuPont's longtime
chief executive", "Mr."). Read as a role, a phrase loses what is not part of the role: a courtesy honorific is no
title at all; determiners, numbers, ages and descriptive words at its start go ("top", "longtime"); a possessor, a
party word or a person's name that opens it is the organisation, not the role ("DuPont's", "Democratic", "Sanders
campaign manager" -> "campaign manager" for the Sanders campaign), and so is an organisation before a single role
word ("DFA spokesman"); it ends before a second apposition, a date or a place that only locates ("volunteer in
Richland County"). A phrase whose head is a relation, a stance or no noun ("brother of ...", "supporter", "who is
28") is no title. An organisation after a place or a nationality stays in the phrase ("Indiana GOP Rep.", "Iranian
Foreign Ministry spokesman"), and so does one before a role of several capitalised words ("CENTCOM Communication
Director"), where words alone cannot tell where the organisation ends.

The affiliation is the most specific organisation found: one the titles name (their own organisation, an
organisation in their prepositional chain, the candidate a spokesman speaks for), a possessor before the name
("CNN's Gloria Borger"), an "of" phrase after it ("Joel Pollak of Breitbart"); else a party ("(D-Mo.)",
"Republican Donald Trump", "a Democratic pollster"). Organisations of past roles ("former DNC chairman") are left
out, a party is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from quotewire.engine.lexicon import (
    AFFILIATION_NOUNS,
    COURTESY_TITLES,
    DESCRIPTIVE_WORDS,
    HONORIFICS,
    MORE_ROLE_NOUNS,
    NAME_ROLE_ENDINGS,
    NOT_ROLE_NOUNS,
    ORG_NOUNS,
    PARTY_WORDS,
    PAST_WORDS,
    RANKS_BEFORE_A_TITLE,
    RELATIVE_PRONOUNS,
    ROLE_ENDINGS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_PREFIXES,
    US_STATES,
)
from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc, Word
from quotewire.engine.rules.places import PLACE_ABBREVIATIONS, a_demonym, known_place

PLACE_LABELS = frozenset({"LOC", "GPE"})
PERSON_LABELS = frozenset({"PER", "PERSON"})  # the NER labels of a person's name
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# words that cannot open a role: "who is 28", "or another typical career politician"
NOT_OPENING = frozenset({"PRON", "CCONJ", "SCONJ", "VERB", "AUX", "ADV", "ADP", "PART", "INTJ", "SYM", "PUNCT"})
AGE = re.compile(r"^\d|year-old$")
QUANTIFIERS = frozenset(
    {"one", "two", "three", "four", "five", "both", "many", "some", "several", "only", "sole", "lone", "such"})
# "(D-Mo.)", "(D)", and in commas "Sen. Tom Hale, R-Texas,"
PARTY_LABEL = re.compile(r"\s*(?:\(\s*([DRI])\s*(?:[-–—,]\s*[A-Z]|\))|,\s*([DRI])[-–—][A-Z])")
# Capitalised words before a role that say which level of government it serves: "State Rep.", "County Judge"
JURISDICTION_WORDS = frozenset({"state", "county", "city", "federal", "national", "district", "town", "village",
                                "parish", "provincial", "regional", "municipal", "tribal", "borough"})
# Roles that represent a place, which "from" names as their constituency: "congressman from Minnesota"
CONSTITUENCY_ROLES = frozenset({"member", "members", "congressman", "congresswoman", "congressmen", "congresswomen",
                                "representative", "representatives", "senator", "senators", "sen", "sens", "rep",
                                "reps", "delegate", "delegates", "lawmaker", "lawmakers", "legislator", "legislators",
                                "mp", "mps", "assemblyman", "assemblywoman", "councilman", "councilwoman",
                                "councilmember", "councillor", "councilor", "alderman", "committeeman",
                                "committeewoman"})
# What a person is to another, which a role after it does not include: "primary rival | Sen."
RELATIONS = frozenset({"friend", "ally", "rival", "colleague", "confidante", "mentor", "protege", "supporter", "critic",
                       "opponent", "fan", "admirer", "backer", "detractor", "foe", "enemy", "wife", "husband",
                       "daughter", "son", "mother", "father", "brother", "sister"})
# Roles whose portfolio an "of" names, not an organisation: "Secretary of State"; before them a capitalised
# department is the organisation ("Health Secretary", as "Homeland Security Secretary"), a rank or kind of office is
# not ("Prime Minister", "Foreign Secretary")
PORTFOLIO_HEADS = frozenset({"secretary", "minister", "commissioner", "czar", "tsar"})
OFFICE_KINDS = RANKS_BEFORE_A_TITLE | {"prime", "foreign", "home", "first", "cabinet", "general", "junior", "senior",
                                      "shadow", "permanent", "principal", "executive", "press", "parliamentary"}
# organisation nouns that, alone before a role, are its field: "White House Press Secretary"
FIELD_WORDS = frozenset({"press", "news", "service", "communication", "communications"})
# the second part of "Sanders-endorsed", "Trump-appointed": who stands behind a person, no part of the role
BACKED = frozenset({"endorsed", "backed", "supported", "allied", "aligned", "appointed", "leaning"})
# prepositions that only say where someone is, never what their role is of or for
LOCATING_PREPOSITIONS = frozenset({"inside", "outside", "near", "behind", "beside", "around", "across", "beneath",
                                   "opposite", "along"})
# judgements that make a phrase no title: "a good president", "the best natural politician", "the real founder"
EVALUATIVE_WORDS = frozenset({"good", "great", "best", "better", "bad", "worse", "worst", "real", "true", "perfect",
                              "terrible", "excellent", "natural", "ideal", "lousy", "poor", "wonderful"})
# words that make a role one the person may only come to hold: "the next president", "a potential Treasury secretary"
HYPOTHETICAL_WORDS = frozenset({"next", "future", "potential", "possible", "prospective", "would-be", "eventual",
                                "likely", "aspiring", "wannabe"})
# party words that are also stances: a party only with a capital inside the sentence
STANCE_PARTIES = frozenset({"liberal", "liberals", "conservative", "conservatives"})
CHAIN_PREPOSITIONS = frozenset({"of", "at", "for", "with", "to"})
# what a person is, in lower case, that no role is: "the first black president", "a female senator"
PERSON_TRAITS = frozenset({"black", "white", "female", "male", "gay", "hispanic", "latino", "latina"})
# words that say when a role is held, before or after it: "now a partner at ...", "a real estate agent today"
WHEN_WORDS = frozenset({"now", "currently", "today", "tonight"})
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
# organisation nouns that, alone, name no one organisation ("Party Chairman Reince Priebus"), unlike "House",
# "Senate" or "Congress"
KINDS_OF_ORGANISATION = frozenset({
    "party", "committee", "company", "corporation", "group", "council", "agency", "department", "office", "union",
    "association", "organization", "organisation", "foundation", "institute", "bank", "commission", "bureau", "board",
    "network", "club", "federation", "league", "ministry", "center", "centre"})
# verbs of holding a seat on a body: "sits on the board of ...", "serves on the Senate Intelligence Committee"
SEAT_VERBS = frozenset({"sit", "serve"})
SEATED_BODIES = frozenset({"committee", "subcommittee", "board", "panel", "council", "commission", "caucus"})
# what a role noun may be prefixed with and stay that role's rank: "undersecretary", "co-founder", "vice-chair"
ROLE_PREFIXES = ("under", "co-", "co", "vice-", "vice", "sub")
# the units of an age: "a 31-year-old"
AGE_UNITS = frozenset({"year", "years", "month", "months"})
# how long someone has held a role, no part of it: "a two-term mayor", "a 14-year Carrier worker"
TENURE_WORDS = AGE_UNITS | {"term", "terms"}
# verbs of working for or running an organisation: "working for Priorities USA", "who runs Crosscut Strategies"
EMPLOYMENT_VERBS = frozenset({"work", "run", "head", "lead", "found", "own", "chair", "direct", "manage"})


@dataclass(frozen=True)
class TitleReading:
    """One title phrase read as a role: the role's span (None when it is no title), the organisation it names
    first, the party it names, and whether the role is past."""

    role: Span | None
    organisation: str | None = None
    party: str | None = None
    past: bool = False


def bare_word(text: str) -> str:
    """Lower-cased, without a final full stop: "Sen." -> "sen"."""
    return text.lower().rstrip(".")


def _entity_label(doc: ArticleDoc, words: list[int], within: Span | None = None) -> str | None:
    """The label of the named entity that covers these words (inside `within`, when given)."""
    span = Span.of(doc.text, doc.words[words[0]].start, doc.words[words[-1]].end)
    entity = doc.entity_at(span)
    if entity is None or not entity.span.contains(span) or (within is not None and not within.contains(entity.span)):
        return None
    return entity.label


def _inside_longer_name(doc: ArticleDoc, i: int, within: Span) -> bool:
    """Is word i part of a named entity longer than itself inside `within` ('Republican' in 'Republican National
    Committee')?"""
    word = Span.of(doc.text, doc.words[i].start, doc.words[i].end)
    entity = doc.entity_at(word)
    return entity is not None and within.contains(entity.span) and entity.span.contains(word) and entity.span != word


def _capitalised_run(doc: ArticleDoc, words: list[int]) -> list[int]:
    """The capitalised words that open the phrase, up to a role word; an "of" after an organisation's noun joins
    the name ("University of Washington")."""
    run: list[int] = []
    for k, i in enumerate(words):
        w = doc.words[i]
        if w.text == "of" and run and bare_word(doc.words[run[-1]].text) in AFFILIATION_NOUNS \
                and k + 1 < len(words) and doc.words[words[k + 1]].text[:1].isupper():
            run.append(i)
            continue
        if bare_word(w.text) in ROLE_NOUNS or not w.text[:1].isupper() or w.upos not in {"PROPN", "ADJ", "NOUN"}:
            break
        run.append(i)
    return run


def _names_an_organisation(doc: ArticleDoc, run: list[int], within: Span) -> bool:
    """Do these capitalised words name an organisation: the tagger says so, here or elsewhere in the article ("an
    Acme engineer" where it tags "Acme" once), an organisation's noun ends them, or they are an acronym ('CENTCOM',
    'DFA')?"""
    if len(run) > 1 and bare_word(doc.words[run[-1]].text) in ORG_NOUNS and doc.text_of(run) not in US_STATES \
            and _entity_label(doc, run, within) != "PER":
        return True  # "The Northgate Bank chairwoman", with the bank tagged a place: its noun says what it is
    if not run or _a_place(doc, doc.text_of(run)):
        return False  # "the Vermont senator", with "Vermont" tagged a place elsewhere and an organisation here
    if any(doc.words[i].text == "of" and k > 0 and bare_word(doc.words[run[k - 1]].text) in AFFILIATION_NOUNS
           for k, i in enumerate(run)):
        return True  # "University of Washington", "Bank of America": an organisation's noun and what it is of
    if len(run) == 1 and bare_word(doc.words[run[0]].text) in FIELD_WORDS | KINDS_OF_ORGANISATION:
        return False  # "Press Secretary": the field of the role; "Party Chairman": which party, the word does not say
    label = _entity_label(doc, run, within)
    if label == "ORG" or (label is None and doc.text_of(run) in _organisation_names(doc)):
        return True
    last = doc.words[run[-1]].text
    acronym = len(run) == 1 and len(last) > 1 and last.replace(".", "").isupper()
    return label not in PLACE_LABELS | {"PER"} and (bare_word(last) in ORG_NOUNS or acronym)


def _opens_a_possessor(doc: ArticleDoc, words: list[int]) -> bool:
    """Is the first word an honorific or title before a name that a possessive ends ("Mrs. Clinton's", "Sen. Ted
    Cruz's")?"""
    for k, i in enumerate(words[1:]):
        if doc.words[i].text in POSSESSIVE:
            return k > 0
        if doc.words[i].upos != "PROPN" or not doc.words[i].text[:1].isupper():
            return False
    return False


def _role_after(doc: ArticleDoc, words: list[int]) -> bool:
    """One role word (with the words that join it: 'Deputy Secretary', its field: 'Press Secretary', and lower-case
    words before it: 'chief economist', 'campaign manager'), then nothing or its prepositional chain."""
    k = 0
    while k + 1 < len(words) and doc.words[words[k + 1]].upos != "ADP" and (
            bare_word(doc.words[words[k]].text) in RANKS_BEFORE_A_TITLE | FIELD_WORDS or (
                doc.words[words[k]].text[:1].islower() and doc.words[words[k]].upos in {"ADJ", "NOUN"}
                and doc.words[words[k + 1]].upos in {"ADJ", "NOUN", "PROPN"})):
        k += 1
    if k >= len(words) or not _is_role_noun(doc, words[k]):
        return False
    if k + 2 == len(words) and bare_word(doc.words[words[k + 1]].text) == "general":
        return True  # "General" after the role is part of it: "Inspector General"
    return k + 1 == len(words) or doc.words[words[k + 1]].upos == "ADP"


def _is_role_noun(doc: ArticleDoc, i: int) -> bool:
    return is_role_noun(doc.words[i].text, doc.words[i].upos) or role_before_tagged_name(doc, i)


def role_before_tagged_name(doc: ArticleDoc, i: int) -> bool:
    """Word i, capitalised, in the singular, with a role's ending that given names share too ('Mathematician',
    'Photographer'), right before a person's name that the tagger begins on the next word and so leaves it out of:
    'Mathematician Hermann Weyl' (not 'Hunter Biden', a name the tagger takes in whole)."""
    w = doc.words[i]
    bare = bare_word(w.text)
    if w.upos != "PROPN" or not w.text[:1].isupper() or (bare.endswith("s") and not bare.endswith("ss")) \
            or i + 1 >= len(doc.words):
        return False
    after = doc.words[i + 1]
    person = doc.entity_at(Span.of(doc.text, after.start, after.end), PERSON_LABELS)
    return person is not None and person.span.start == after.start and is_role_noun(w.text, "NOUN")


def is_role_noun(text: str, upos: str) -> bool:
    """Does the word name a role: a role noun of the lexicon, or a common noun with the ending of one that names a
    person by what they do ("pollster", "lobbyists"), but no relation, stance or description ("voters")?"""
    bare = bare_word(text)
    single = bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare
    if bare in NOT_ROLE_NOUNS or single in NOT_ROLE_NOUNS:
        return False
    if bare in ROLE_NOUNS or single in ROLE_NOUNS or bare in MORE_ROLE_NOUNS or single in MORE_ROLE_NOUNS:
        return True
    prefix = next((p for p in ROLE_PREFIXES if single.startswith(p) and len(single) > len(p) + 3), None)
    if prefix is not None:  # "undersecretary", "co-founder", "vice-chair"
        base = single[len(prefix):]
        if base in ROLE_NOUNS or base in MORE_ROLE_NOUNS:
            return True
    if text[:1].isupper() and a_demonym(text.rstrip(".,;:")):
        return False  # "the uber-white Vermonter", "a New Yorker": where the person is from, not what they do
    if upos == "PROPN":  # a capitalised role the taggers read as a name: "Biologist Nick Bos"
        return len(single) > 4 and single.endswith(NAME_ROLE_ENDINGS)
    return upos == "NOUN" and len(single) > 4 and single.endswith(ROLE_ENDINGS)


def is_party_word(doc: ArticleDoc, i: int) -> bool:
    """Is word i a party ("Republican", "GOP")? A stance word is one only with a capital that does not open the
    sentence ("an Ontario Liberal MP", not "Liberal commentators said")."""
    w = doc.words[i]
    bare = bare_word(w.text)
    if bare not in PARTY_WORDS or not w.text[:1].isupper():
        return False
    if bare not in STANCE_PARTIES:
        return True
    lo, _ = doc.sentences[w.sentence]
    return any(not doc.words[j].is_punct for j in range(lo, i))


def _organisation_names(doc: ArticleDoc) -> frozenset[str]:
    """Every text the tagger calls an organisation somewhere in the article, less those it calls a place."""
    return frozenset(e.span.text for e in doc.entities if e.label == "ORG") - doc.place_names


def _opens_with_a_place(doc: ArticleDoc, run: list[int]) -> bool:
    """Does the run open with a place ("Tallahassee GOP", "U.S. District", "South Carolina")?"""
    return _entity_label(doc, run[:1]) in PLACE_LABELS or any(_a_place(doc, doc.text_of(run[:k]))
                                                              for k in range(1, len(run) + 1))


def _names_an_organisation_by_form(doc: ArticleDoc, run: list[int], within: Span) -> bool:
    """Two proper nouns or more before a role that name no place and no person, and do not end on the role's field
    ("Homeland Security Deputy Secretary", "Goldman Sachs chief economist"; not "CENTCOM Communication Director"),
    or one in the plural ("Falcons striker"): an organisation's name, whatever the tagger made of it."""
    if _opens_with_a_place(doc, run) or _entity_label(doc, run, within) in PLACE_LABELS | {"PER"}:
        return False
    if bare_word(doc.words[run[-1]].text) in FIELD_WORDS:
        return False
    if len(run) == 1:  # a plural proper noun is a team's name: "a Falcons striker"; one the tagger leaves unnamed
        # and the article never calls a place or a person, outside a headline, is an organisation's: "a Harvard
        # professor", "the Pentagon spokesman"; not a place the tagger missed ("a Seoul lawyer"), a level of
        # government ("State Rep.") nor a kind of office ("Prime Minister")
        w = doc.words[run[0]]
        plural = w.xpos == "NNPS" or (w.upos == "PROPN" and w.text.endswith("s") and not w.text.endswith("ss"))
        after = run[0] + 1
        unnamed = w.upos == "PROPN" and w.sentence not in doc.headlines and not w.text.isupper() \
            and after < len(doc.words) and not (bare_word(doc.words[after].text) in PORTFOLIO_HEADS
                                                and bare_word(w.text) in OFFICE_KINDS) \
            and bare_word(w.text) not in JURISDICTION_WORDS | KINDS_OF_ORGANISATION \
            and (not known_place(w.text) or any(n.split()[0] == w.text for n in _organisation_names(doc)))
        # (a city's name that opens an organisation's name in the article is that organisation's: "a Marquette
        # pollster" beside "a Marquette Law School poll")
        return (plural or unnamed) and w.text not in doc.person_surnames and _entity_label(doc, run) is None \
            and not any(w.text in name.split() for name in doc.place_names)
    # not "New York senator", with "New" an adjective; but a judgement's word with a capital inside the sentence is a
    # name's ("Real Time host")
    return all(doc.words[i].upos == "PROPN" or (k == 0 and _judgement_in_a_name(doc, i)) for k, i in enumerate(run))


def _judgement_in_a_name(doc: ArticleDoc, i: int) -> bool:
    """A word that would judge a person ("real", "good"), capitalised inside its sentence before a proper noun: the
    first word of a name ("Real Time", "Good Morning America")."""
    w = doc.words[i]
    lo, _ = doc.sentences[w.sentence]
    return bare_word(w.text) in EVALUATIVE_WORDS and w.text[:1].isupper() and i + 1 < len(doc.words) \
        and doc.words[i + 1].upos == "PROPN" and any(not doc.words[j].is_punct for j in range(lo, i))


def _plain_adjective(w: Word) -> bool:
    """An adjective that is no part of a name ("Iranian", "Foreign"); not one the tagger's fine tag calls a proper
    noun ("Federal" in "Federal Reserve") nor an acronym."""
    return w.upos == "ADJ" and w.xpos not in {"NNP", "NNPS"} and not w.text.isupper()


def _a_place(doc: ArticleDoc, text: str) -> bool:
    """Does the tagger call this text a place somewhere in the article, is it a US state it may have missed, or a
    county by its name ("Clark County")?"""
    words = text.split()
    return text in doc.place_names or text in US_STATES or text in PLACE_ABBREVIATIONS or (
        len(words) > 1 and words[-1] in LOCAL_UNITS and words[0][:1].isupper())


# the units of local government whose name is a place's: "Clark County", "Orleans Parish"
LOCAL_UNITS = frozenset({"County", "Parish", "Township", "Borough"})


def read_title(doc: ArticleDoc, title: Span) -> TitleReading:
    """The title phrase as a role, with the organisation it names."""
    words = [i for i in doc.words_between(title.start, title.end)]
    while words and (bare_word(doc.words[words[-1]].text) in COURTESY_TITLES or doc.words[words[-1]].is_punct
                     or doc.words[words[-1]].text in WHEN_WORDS):  # (not a name's "Now": "One Wisconsin Now")
        words = words[:-1]  # "views Mr.": a courtesy title ends no role, nor does when ("a real estate agent today")
    while len(words) > 1 and doc.words[words[0]].text.lower() in WHEN_WORDS:
        words = words[1:]  # "Dunn, now a partner at ...": when, not the role
    if not words:
        return TitleReading(None)
    organisation: str | None = None
    party: str | None = None
    past = False
    # a possessor before the role: "DuPont's longtime chief executive", "the committee's political director"
    named_from: int | None = None  # where a name with an "of" inside opens: "Color of Change's executive director"
    for k, i in enumerate(words):
        if doc.words[i].upos == "ADP":
            if k > 0 and named_from is None and _inside_a_possessors_name(doc, words, k):
                named_from = next(n for n in range(k, -1, -1)
                                  if n == 0 or not doc.words[words[n - 1]].text[:1].isupper())
                continue
            break  # a possessor in the prepositional chain is the chain's: "a nurse at St. Mary's Hospital"
        if doc.words[i].text in POSSESSIVE and k > 0:
            # (with a capitalised adjective inside the name: "The Republican Party’s presumed ... nominee")
            owner = [j for j in words[:k] if doc.words[j].upos == "PROPN" or (
                doc.words[j].upos == "ADJ" and doc.words[j].text[:1].isupper() and doc.words[j + 1].upos == "PROPN")]
            if owner and owner[-1] == words[k - 1]:
                run = doc.contiguous(owner[-1], owner) if named_from is None else words[named_from:k]
                # the tagger's name may keep the "'s" and the honorific ("Mrs. Clinton's")
                marked = Span.of(doc.text, doc.words[run[0]].start, doc.words[i].end)
                while len(run) > 1 and bare_word(doc.words[run[0]].text) in HONORIFICS:
                    run = run[1:]  # "Mrs. Clinton's campaign chairman": the owner is the person, not the honorific
                own = Span.of(doc.text, doc.words[run[0]].start, doc.words[run[-1]].end)
                # an organisation or a person whose campaign or office it is, not a place ("Germany's chancellor")
                untagged = doc.entity_at(own) is None and not _a_place(doc, own.text)
                # (an organisation named after it is the one: "Italy's Northern League leader")
                inner = _capitalised_run(doc, words[k + 1:])
                named_after = len(inner) > 1 and _names_an_organisation(doc, inner, title)
                # (a name with an "of" inside is an organisation's, whatever the tagger made of its parts)
                of_name = named_from is not None and not _a_place(doc, own.text)
                if (_entity_label(doc, run, marked) in {"ORG", "PER"} or _names_an_organisation(doc, run, own)
                        or own.text in doc.person_surnames or untagged or of_name) and not named_after:
                    organisation = own.text
            words = words[k + 1:]
            break
        if bare_word(doc.words[i].text) in ROLE_NOUNS and not (
                k + 1 < len(words) and doc.words[words[k + 1]].text in POSSESSIVE) \
                and not _opens_a_possessor(doc, words[k:]):  # "the senator's campaign manager", "Sen. Ted Cruz's"
            break
    # a relation before the role is no part of it: "primary rival | Sen.", "longtime friend and | adviser"
    relation = next((k for k in range(len(words) - 2, -1, -1) if doc.words[words[k]].text.islower()
                     and bare_word(doc.words[words[k]].text) in RELATIONS
                     and doc.words[words[k]].upos == "NOUN"), None)
    if relation is not None and relation + 1 < len(words) and _head(doc, words[relation + 1:]) is not None \
            and not any(doc.words[i].upos == "ADP" for i in words[:relation + 1]):
        words = words[relation + 1:]
        while words and doc.words[words[0]].upos in {"CCONJ", "PUNCT"}:
            words = words[1:]
    # lower-case words before "former" describe the person, not the role: "the segregationist former governor"
    past_at = next((k for k, i in enumerate(words) if k > 0 and bare_word(doc.words[i].text) in PAST_WORDS), None)
    if past_at is not None and all(doc.words[i].text.islower() and doc.words[i].upos in {"DET", "NOUN", "ADJ"}
                                   and not _is_role_noun(doc, i) for i in words[:past_at]):
        words = words[past_at:]
    # the start: determiners, numbers, ages, descriptive words, courtesy honorifics, a party, an organisation or a
    # person's name before the role
    while words:
        w = doc.words[words[0]]
        bare = bare_word(w.text)
        if len(words) > 1 and words[1] == words[0] + 1 and ranking_party(doc, words[1]):
            break  # "the ranking Democrat on the committee": the party's seat is the role
        if is_party_word(doc, words[0]) and bare in STANCE_PARTIES and len(words) > 1 \
                and not _inside_longer_name(doc, words[0], title):
            party = party or w.text  # "Ontario Liberal MP": a capital makes the stance a party
            words = words[1:]
            continue
        if len(words) > 3 and hyphenated(doc, words[0]) and (
                doc.words[words[2]].text.lower() in {"known", "profile"}
                or (bare in DESCRIPTIVE_WORDS | EVALUATIVE_WORDS | {"long"}
                    and not is_role_noun(doc.words[words[2]].text, doc.words[words[2]].upos))):
            # "best-known journalists", "a low-profile strategist", "the only top-tier contender", "Long-shot
            # candidate": how famous or how likely, not the role
            words = words[3:]
            continue
        if w.upos in {"DET", "NUM", "PUNCT"} or (w.upos == "PRON" and w.xpos in {"PRP$", "WP$"}) \
                or AGE.search(bare) or bare in DESCRIPTIVE_WORDS or (w.text.islower() and bare in PERSON_TRAITS) \
                or bare in COURTESY_TITLES or bare in QUANTIFIERS \
                or (bare in AGE_UNITS and len(words) > 1  # "31-year-old"
                    and doc.words[words[1]].text == "-"):
            words = words[1:]
            continue
        if bare in TENURE_WORDS and words[0] > 0 and doc.words[words[0] - 1].text == "-" \
                and len(words) > 1:
            words = words[1:]  # "a 14-year Carrier worker", "a two-term mayor": how long, not the role
            continue
        if bare in JURISDICTION_WORDS and w.text.islower() and len(words) > 2 and organisation is None:
            inner = _capitalised_run(doc, words[1:])
            if inner and bare_word(doc.words[inner[-1]].text) in ORG_NOUNS and _role_after(doc, words[1 + len(inner):]):
                organisation = doc.text_of(inner)  # "state House | Speaker": the state's chamber, then the role
                words = words[1 + len(inner):]
                continue
        if bare in {"no", "number"} and len(words) > 1 and doc.words[words[1]].upos == "NUM":
            words = words[2:]  # "the No. 2 official": a rank by number is no part of the role
            continue
        if len(words) > 3 and doc.words[words[1]].text == "-" and bare_word(doc.words[words[2]].text) in BACKED \
                and hyphenated(doc, words[0]) and doc.words[words[1]].end == doc.words[words[2]].start:
            words = words[3:]  # "a Sanders-endorsed candidate": who backs the person, not the role ("Florida-based")
            continue
        if bare in {"first", "last"} and len(words) > 1 and doc.words[words[1]].upos == "NUM":
            words = words[2:]  # "the first two volunteers": which of them, not the role ("first lady" stays)
            continue
        if bare in {"first", "last"} and len(words) > 2 and doc.words[words[1]].upos == "ADJ" \
                and bare_word(doc.words[words[1]].text) not in RANKS_BEFORE_A_TITLE:
            words = words[1:]  # "the first presidential candidate to face ...": which one, not the role
            continue
        if bare == "independent" and len(words) > 1 and _head(doc, words[1:]) is not None:  # "independent senator"
            party = party or w.text
            words = words[1:]
            continue
        if bare in PAST_WORDS:
            past = True  # "Former House Speaker": a past role keeps its organisation, capitalised or not
            break
        run = _capitalised_run(doc, words)
        if len(run) > 1 and is_party_word(doc, run[-1]) and not any(bare_word(doc.words[i].text) in ORG_NOUNS
                                                                       for i in run):
            # "Tallahassee GOP operative": a jurisdiction and a party, which is the organisation, whatever the tagger
            # made of the two
            party = party or doc.words[run[-1]].text
            organisation = organisation or doc.words[run[-1]].text
            break
        # a rank word ends the organisation and opens the role: "Senate | Majority Leader", "| Interim DNC Chairwoman"
        run = run[:next((k for k, i in enumerate(run) if bare_word(doc.words[i].text) in TITLE_PREFIXES), len(run))]
        if len(run) > 2 and bare_word(doc.words[run[-1]].text) in FIELD_WORDS and _entity_label(doc, run) != "ORG":
            run = run[:-1]  # the role's field ends a longer run: "White House | Press Secretary"; not "Fox News |
            # anchor", and "CENTCOM Communication Director" stays whole
        after = words[len(run)] if run and len(words) > len(run) + 1 else None
        if after is not None and doc.words[after].text.islower() and bare_word(doc.words[after].text) in ORG_NOUNS \
                and bare_word(doc.words[after].text) not in FIELD_WORDS:  # "White House | press secretary"
            run = [*run, after]  # an organisation's noun in lower case ends it: "Tulsa police | Chief"
        rest = words[len(run):]
        if is_party_word(doc, words[0]) and not _inside_longer_name(doc, words[0], title) \
                and not (len(run) > 1 and _names_an_organisation(doc, run, title)):
            party = party or w.text
            words = words[1:]
            continue
        # an adjective opens no organisation ("Iranian Foreign Ministry spokesman"; "Federal Reserve" is a name),
        # unless the tagger reads the whole run as one ("Republican National Committee member"); nor does a place,
        # unless an organisation's noun ends the run ("Tallahassee GOP operative", "U.S. District Judge"; not "U.S.
        # District Court Judge")
        tagged = _entity_label(doc, run, title) == "ORG" if run else False
        # (an adjective with an organisation's noun is a name: "White House spokesman", "Supreme Court Justice")
        named = len(run) == 2 and bare_word(doc.words[run[1]].text) in ORG_NOUNS
        # (not a word the tokenizer kept its hyphen on, glued to the next: "an Austin-based pollster")
        glued = bool(run) and doc.words[run[-1]].text.endswith("-") and run[-1] + 1 < len(doc.words) \
            and doc.words[run[-1] + 1].start == doc.words[run[-1]].end
        if organisation is None and run and rest and not glued and (tagged or named or not _plain_adjective(w)
                                                                    or _judgement_in_a_name(doc, words[0])) \
                and not (_opens_with_a_place(doc, run) and bare_word(doc.words[run[-1]].text) not in ORG_NOUNS):
            person = w.upos == "PROPN" and len(run) <= 3 and (
                _entity_label(doc, run, title) == "PER" or (len(run) == 1 and w.text in doc.person_surnames))
            if (person and _head(doc, rest) is not None) or (
                    (_names_an_organisation(doc, run, title) or _names_an_organisation_by_form(doc, run, title))
                    and _role_after(doc, rest)):
                organisation = doc.text_of(run)  # "Sanders campaign manager", "DFA spokesman"
                words = rest
                continue
        break
    whole, words = words, _cut_end(doc, words)
    # a role the text dates in the past holds no organisation now: "chief strategist for ... four years ago"
    past = past or any(bare_word(doc.words[i].text) == "ago" for i in whole[len(words):])
    # a title abbreviation stands right after its jurisdiction or rank; a common noun before them is another phrase
    # the text ran into it: "at the state's party convention | Sen. Elizabeth Warren"
    if len(words) > 1 and bare_word(doc.words[words[-1]].text) in TITLE_ABBREVIATIONS:
        other = next((k for k in range(len(words) - 2, -1, -1) if doc.words[words[k]].upos == "NOUN"
                      and doc.words[words[k]].text.islower() and bare_word(doc.words[words[k]].text)
                      not in JURISDICTION_WORDS and not _is_role_noun(doc, words[k])), None)
        if other is not None:
            words = words[other + 1:]
    if words and bare_word(doc.words[words[0]].text) in EVALUATIVE_WORDS | HYPOTHETICAL_WORDS \
            and not _a_field(doc, words):
        return TitleReading(None, organisation, party, past)
    if not words or (doc.words[words[0]].upos in NOT_OPENING
                     and bare_word(doc.words[words[0]].text) not in PAST_WORDS | RANKS_BEFORE_A_TITLE
                     and not hyphenated(doc, words[0]) and not _verb_as_modifier(doc, words[0])):
        return TitleReading(None, organisation, party, past)
    head = _head(doc, words)
    if head is None:
        return TitleReading(None, organisation, party, past)
    role = doc.span_of(words)
    if organisation is None and not past:
        organisation = _named_by_a_participle(doc, words) or _named_organisation(doc, words, title)
    if bare_word(doc.words[head].text) in {"member", "members"} and organisation \
            and organisation.split()[-1].lower() == "party":
        return TitleReading(None, organisation, party, past)  # "a member of the Social Democratic Party": a party's
        # member, no role (RULES.md); the party is the affiliation
    if party is None:  # "a Florida-based Republican strategist", "Indiana GOP Rep."; in a past role only a party
        # adjective, the person's party still ("former Republican presidential candidate"), not the party
        # organisation of a post ("former state GOP chair")
        party = next((doc.words[i].text for i in words if is_party_word(doc, i)
                      and not _inside_longer_name(doc, i, title) and (not past or doc.words[i].upos == "ADJ")), None)
    return TitleReading(role, organisation, party, past)


# Fields of work whose name opens with a word that elsewhere judges a person: "real estate developer"
FIELDS_OPENING_WITH_JUDGEMENT = frozenset({("real", "estate")})


def _a_field(doc: ArticleDoc, words: list[int]) -> bool:
    """Does the phrase open with the name of a field ("real estate mogul"), not with a judgement ("a real leader")?"""
    return len(words) > 2 and (bare_word(doc.words[words[0]].text),
                               bare_word(doc.words[words[1]].text)) in FIELDS_OPENING_WITH_JUDGEMENT


def _verb_as_modifier(doc: ArticleDoc, i: int) -> bool:
    """A lower-case word tagged a verb that modifies the role noun after it: "a practicing surgeon"."""
    w = doc.words[i]
    return w.upos == "VERB" and w.text[:1].islower() and w.deprel in {"amod", "compound"} and w.head > i


def _cut_end(doc: ArticleDoc, words: list[int]) -> list[int]:
    """The role ends before a comma that opens another phrase and before a place that only locates it."""
    for k, i in enumerate(words):
        w = doc.words[i]
        nxt = doc.words[words[k + 1]] if k + 1 < len(words) else None
        if w.text in {",", ";", "(", "—", "–", "--"} and (
                nxt is None or nxt.upos in {"ADP", "VERB", "PRON", "AUX", "ADV", "DET", "NUM"} or w.text != ","
                or (nxt.upos == "CCONJ" and k + 2 < len(words) and doc.words[words[k + 2]].upos == "PROPN")):
            return words[:k]  # (", the magazine of ...", ", one of the groups": a second apposition; ", or
            # Karl-Heinz Kamp": another person; ", or DFA": another name of the organisation before it; not ",
            # refugees, and migration")
        the = nxt is not None and nxt.text.lower() == "the"
        place = words[k + 2:k + 3] if the else words[k + 1:k + 2]
        if bare_word(w.text) == "in" and nxt is not None and (
                _entity_label(doc, place) in PLACE_LABELS or nxt.upos == "NUM"
                or _untagged_place(doc, words[k + 1:]) or (the and _a_known_place(doc, words[k + 2:]))):
            return words[:k]  # "volunteer in Richland County", "adviser in 2012", "nominee in the United States"
        if k > 0 and w.upos == "PRON" and bare_word(w.text) in RELATIVE_PRONOUNS and (
                w.xpos in {"WP", "WP$", "WDT"} or w.deprel in {"nsubj", "obj", "nsubj:pass"}):
            return words[:k]  # "a liberal columnist | who is gay": a relative clause describes the person
        if bare_word(w.text) == "from" and k > 0 and _from_a_place(doc, words[:k], words[k + 1:]):
            return words[:k]  # "a gynecologist from Englewood, New Jersey": where the person lives, not the role
        if bare_word(w.text) in {"since", "from", "until", "till"} and nxt is not None and nxt.upos == "NUM" and k > 0:
            return words[:k]  # "chief executive since 2019": when, not the role
        if bare_word(w.text) == "ago" and k > 1:  # "chief strategist for ... campaign four years ago": when
            start = k - 1
            while start > 0 and doc.words[words[start - 1]].upos in {"NUM", "DET", "ADJ"}:
                start -= 1
            return words[:start]
        if w.text == "-" and w.start > 0 and doc.text[w.start - 1] == " ":
            return words[:k]  # a hyphen standing for a dash
        if bare_word(w.text) in LOCATING_PREPOSITIONS and k > 0:
            return words[:k]  # "volunteers inside the door": where they stand, not the role
        if k > 0 and (bare_word(w.text) == "during"
                      or (bare_word(w.text) in {"at", "in"} and _a_time(doc, words[k + 1:]))):
            return words[:k]  # "secretary of State at the time", "director in the early part of Obama's first
            # term", "adviser during the recession": when, not the role
        if w.upos == "CCONJ" and nxt is not None and nxt.upos == "DET":
            return words[:k]  # "adviser to Mr. Clinton and a friend of the couple": another phrase
        if w.upos == "CCONJ" and k > 0:
            conjunct = list(takewhile(lambda j: not doc.words[j].is_punct or doc.words[j].text == "-", words[k + 1:]))
            if conjunct and doc.words[conjunct[-1]].text.islower() \
                    and bare_word(doc.words[conjunct[-1]].text) in NOT_ROLE_NOUNS:  # (not a title's "and Power")
                return words[:k]  # "senator from the state of Vermont and self-described democratic socialist":
                # what the person is besides the role, no part of it
    return words


# participles that give the noun before them its name: "a group called ...", "a company named ..."
NAMING_PARTICIPLES = frozenset({"called", "named"})

# nouns that say when: "at the time", "in his first term", "in the early part of ..."
WHEN_NOUNS = frozenset({"time", "moment", "term", "terms", "era", "period", "tenure", "decade", "aftermath", "wake",
                        "days", "years", "months", "weeks", "run-up", "spring", "summer", "fall", "autumn", "winter"})
# nouns that take a time after "of": "in the early part of his first term", "at the end of the war"
SPAN_NOUNS = frozenset({"part", "beginning", "start", "end", "middle", "height", "close"})


def _a_time(doc: ArticleDoc, words: list[int]) -> bool:
    """Do the words after "in" or "at" name a time ("the time", "his first term", "the early part of ... term")?"""
    nouns = [i for i in words if doc.words[i].upos in {"NOUN", "PROPN", "ADP"}]
    if not nouns or doc.words[nouns[0]].upos == "ADP":
        return False
    first = bare_word(doc.words[nouns[0]].text)
    if first in WHEN_NOUNS:
        return True
    later = nouns[1:3]
    return first in SPAN_NOUNS and len(later) == 2 and bare_word(doc.words[later[0]].text) == "of" \
        and any(bare_word(doc.words[i].text) in WHEN_NOUNS for i in nouns[2:])


def _from_a_place(doc: ArticleDoc, role: list[int], after: list[int]) -> bool:
    """Do the words after "from" name a place the tagger or GeoNames knows ("from nearby Osage", "from Ohio"), after a
    role that has no constituency (not "congressman from Minnesota", "members of Congress from Florida")?"""
    if any(bare_word(doc.words[i].text) in CONSTITUENCY_ROLES for i in role):
        return False
    while after and bare_word(doc.words[after[0]].text) in {"nearby", "neighboring", "neighbouring", "the"}:
        after = after[1:]
    if not after or doc.words[after[0]].upos != "PROPN":
        return False  # "a retired worker from a nuclear plant"
    run = doc.contiguous(after[0], [i for i in after if doc.words[i].upos == "PROPN"])
    name = doc.text_of(run)
    return _entity_label(doc, run) in PLACE_LABELS or _a_place(doc, name) or known_place(name)


def _untagged_place(doc: ArticleDoc, words: list[int]) -> bool:
    """Do the words open with proper nouns that name no organisation ("Eau Claire" in "adviser in Eau Claire, Wis.",
    untagged or taken for a person)? After "in", such a name is a place (not "in the Senate")."""
    run: list[int] = []
    for i in words:
        if doc.words[i].upos != "PROPN":
            break
        run.append(i)
    if not run:
        return False
    entity = doc.entity_at(Span.of(doc.text, doc.words[run[0]].start, doc.words[run[-1]].end))
    return (entity is None or entity.label != "ORG") and bare_word(doc.words[run[-1]].text) not in AFFILIATION_NOUNS


def _a_known_place(doc: ArticleDoc, words: list[int]) -> bool:
    """Do the capitalised words that open `words` name a country or city GeoNames knows ("the United States", which
    the tagger may take for a verb and a noun)?"""
    run: list[int] = []
    for i in words:
        if not doc.words[i].text[:1].isupper():
            break
        run.append(i)
    return bool(run) and known_place(doc.text_of(run))


def participle_modifier(doc: ArticleDoc, i: int) -> bool:
    """Is word i a participle the tagger read as a verb that modifies a noun after it ("the ranting radio host",
    "his running mate")?"""
    w = doc.words[i]
    return w.upos == "VERB" and w.xpos in {"VBG", "VBN"} and w.rel == "amod" and w.head > i


def hyphenated(doc: ArticleDoc, i: int) -> bool:
    """Is word i the first part of a hyphenated word ("in-state", "ex-")? It is no preposition then."""
    return i + 1 < len(doc.words) and doc.words[i + 1].text == "-" and doc.words[i + 1].start == doc.words[i].end


def ranking_party(doc: ArticleDoc, i: int) -> bool:
    """Is word i a party right after "ranking" ("the ranking Democrat on the committee": a seat the party holds,
    a role, where a party alone is none)?"""
    return i > 0 and doc.words[i - 1].text.lower() == "ranking" and is_party_word(doc, i)


def _inside_a_possessors_name(doc: ArticleDoc, words: list[int], k: int) -> bool:
    """Is the preposition at words[k] inside a capitalised name that a possessive ends before the role ("Color of
    Change's executive director"; not "a nurse at St. Mary's Hospital", whose possessor follows a lower-case role)?"""
    if not doc.words[words[k - 1]].text[:1].isupper():
        return False
    rest = words[k + 1:]
    end = next((n for n, x in enumerate(rest) if doc.words[x].text in POSSESSIVE), None)
    return end is not None and end > 0 and all(doc.words[x].text[:1].isupper() or doc.words[x].text in {"the", "&"}
                                               for x in rest[:end])


def _head(doc: ArticleDoc, words: list[int]) -> int | None:
    """The role's head noun (the last word before its prepositional chain), or None when it names no role."""
    before = []
    for i in words:
        if (doc.words[i].upos == "ADP" and not hyphenated(doc, i)) or doc.words[i].text == ",":
            break
        before.append(i)
    if not before:
        return None
    head = before[-1]
    w = doc.words[head]
    if _is_role_noun(doc, head) or ranking_party(doc, head) \
            or (bare_word(w.text) in HONORIFICS and bare_word(w.text) not in NOT_ROLE_NOUNS):
        return head
    return None


def _named_by_a_participle(doc: ArticleDoc, words: list[int]) -> str | None:
    """The name a participle gives the organisation's noun that ends the role: "organizer of a group called
    Citizens for Trump", "founder of a Facebook group called Occupy DNC Convention"."""
    after = words[-1] + 1
    if after >= len(doc.words) or doc.words[after].text.lower() not in NAMING_PARTICIPLES \
            or bare_word(doc.words[words[-1]].text) not in AFFILIATION_NOUNS:
        return None
    return object_organisation(doc, after, doc.sentences[doc.words[after].sentence][1])


def _named_organisation(doc: ArticleDoc, words: list[int], title: Span) -> str | None:
    """The organisation a role phrase names: an organisation's name in it ("analyst at Compass Point Research"),
    the person a role serves ("spokesman for Ted Cruz"), or the organisation that opens it ("CENTCOM
    Communication Director", "Iranian Foreign Ministry spokesman")."""
    end = words[-1] + 1
    for i in words[:-1]:
        # (and "on" a body one sits on: "the ranking Democrat on the Senate Intelligence Committee")
        on_a_body = bare_word(doc.words[i].text) == "on" and any(
            bare_word(doc.words[j].text) in SEATED_BODIES for j in range(i + 1, end))
        if doc.words[i].upos == "ADP" and (bare_word(doc.words[i].text) in CHAIN_PREPOSITIONS or on_a_body):
            found = object_organisation(doc, i, end)
            if found:
                return found
    span = Span.of(doc.text, doc.words[words[0]].start, doc.words[words[-1]].end)
    for entity in doc.entities_within(span):
        inside = doc.words_between(entity.span.start, entity.span.end)
        if entity.label == "ORG" and not _a_place(doc, entity.span.text) and not (
                inside and _opens_with_a_place(doc, inside) and bare_word(doc.words[inside[-1]].text) not in ORG_NOUNS):
            return re.sub(r"^(the|a|an)\s+", "", entity.span.text)  # not "U.S. District" in "U.S. District Judge"
    org = _capitalised_run(doc, words)
    while org and bare_word(doc.words[org[0]].text) in TITLE_PREFIXES | PAST_WORDS:
        org = org[1:]  # "Interim DNC Chairwoman": the rank is no part of the organisation
    located = bool(org) and _opens_with_a_place(doc, org)
    while org and (_a_place(doc, doc.words[org[0]].text) or _entity_label(doc, org[:1]) in PLACE_LABELS):
        org = org[1:]  # "Indiana GOP Rep.": the place is no part of the organisation
    last = doc.words[org[-1]].text if org else ""
    if located and org and bare_word(last) not in ORG_NOUNS and not last.isupper():
        return None  # "U.S. District Judge": a place and its part name no organisation
    if not org or len(org) == len(words) or _entity_label(doc, org, title) in PLACE_LABELS | {"PER"} \
            or _a_place(doc, doc.text_of(org)):
        return None
    if _entity_label(doc, org, title) == "ORG":
        return doc.text_of(org)
    while org and bare_word(doc.words[org[-1]].text) not in ORG_NOUNS and not doc.words[org[-1]].text.isupper():
        org.pop()
    if len(org) == 1 and bare_word(doc.words[org[0]].text) in FIELD_WORDS | KINDS_OF_ORGANISATION:
        return None
    return doc.text_of(org) if org else None


def object_organisation(doc: ArticleDoc, adp: int, end: int, after_name: bool = False) -> str | None:
    """The organisation named by the phrase after the preposition at `adp` (up to word `end`): "of The Nation",
    "at the University of Pittsburgh", "for the Bush super PAC", "for Ted Cruz" (a person one works for); None
    for a place ("mayor of Miami"), a portfolio ("Secretary of State") or a common noun ("the lawyers
    association"). After a person's name (`after_name`), "of" and capitalised words not a place name an
    organisation: "Jonah Goldberg of the anti-Trump National Review", where a stance ("anti-Trump") opens it."""
    preposition = bare_word(doc.words[adp].text)
    words: list[int] = []
    i = adp + 1
    if i < end and doc.words[i].text == "the":
        i += 1
    if after_name and i + 1 < end and doc.words[i].text.lower().startswith(("anti-", "pro-")):
        i += 1  # "the anti-Trump National Review": a stance, not the name
    while i + 3 < end and doc.words[i].text.islower() and doc.words[i + 1].text == "-" \
            and doc.words[i + 2].text.islower() and doc.words[i + 3].text[:1].isupper():
        i += 3  # "the center-left Social Democratic Party": where it stands, not the name
    if i + 1 < end and doc.words[i].text in JURISDICTION_WORDS and doc.words[i + 1].text[:1].isupper():
        i += 1  # "for the state American Civil Liberties Union": which branch, not the name
    while i < end:
        w = doc.words[i]
        # "for" inside a name that an organisation's noun opens: "the Center for American Progress"
        # or between two capitalised names the tagger reads as one organisation's: "Democracy for America"
        # (or "to": "Interfaith Paths to Peace")
        inner_for = (w.text == "for" and any(bare_word(doc.words[j].text) in AFFILIATION_NOUNS for j in words)) or (
            w.text in {"for", "to"} and bool(words) and doc.words[words[-1]].upos == "PROPN" and i + 1 < end
            and doc.words[i + 1].upos == "PROPN" and not known_place(doc.words[words[-1]].text))
        inner_hyphen = w.text == "-" and bool(words) and doc.words[i - 1].end == w.start  # "Urban-Brookings"
        joins = w.text in {"of", "&", "and", "the"} or w.text in POSSESSIVE or inner_for or inner_hyphen  # "Rock the
        # Vote", "Friends of the Earth"
        joined = joins and words and i + 1 < end and doc.words[i + 1].text[:1].isupper()
        # "Mrs. Clinton's presidential campaign": a possessor's organisation named by its noun
        owned = w.text in POSSESSIVE and words and _organisation_noun_after(doc, i + 1, end)
        if joined or owned or w.upos in {"PROPN", "NOUN", "ADJ", "NUM"} or (w.text[:1].isupper() and not w.is_punct):
            words.append(i)
        else:
            break
        i += 1
    while words and (doc.words[words[-1]].text in POSSESSIVE or doc.words[words[-1]].upos == "ADP"):
        words.pop()
    capitalised = [j for j in words if doc.words[j].text[:1].isupper()]
    # "of the nonprofit group Clean Water Action": a name after the noun that says it is an organisation's
    named_as_organisation = bool(capitalised) and doc.words[words[0]].text[:1].islower() \
        and words[-1] == capitalised[-1] and capitalised[0] > words[0] \
        and bare_word(doc.words[capitalised[0] - 1].text) in AFFILIATION_NOUNS \
        and all(doc.words[j].upos in {"NOUN", "ADJ"} for j in words if j < capitalised[0])
    if named_as_organisation:
        words = capitalised = [j for j in words if j >= capitalised[0]]
    opening = doc.words[words[0]].text if words else ""
    if not capitalised or not (opening[:1].isupper() or (ORDINAL.fullmatch(opening) and len(capitalised) > 1)):
        return None  # (an ordinal opens a name: "the 5th Street Gym")
    span = Span.of(doc.text, doc.words[words[0]].start, doc.words[words[-1]].end)
    entity = doc.entity_at(span)
    label = entity.label if entity is not None and entity.span.overlaps(span) else None
    if ((label in PLACE_LABELS and entity is not None and entity.span.contains(span)) or _a_place(doc, span.text)) \
            and bare_word(doc.words[words[-1]].text) not in AFFILIATION_NOUNS:
        return None  # a place ("ambassador to the United States"), not "Northgate Bank" that the tagger took for one
    if label == "PER" and entity is not None and entity.span.contains(span):
        return span.text if preposition in {"for", "to"} else None
    last = doc.words[words[-1]].text
    inner_the = any(doc.words[j].text == "the" for j in words[1:-1])
    if last.islower() and bare_word(last) in AFFILIATION_NOUNS and len(words) > 1:
        return span.text  # a name and an organisation's noun: "at the Clinton campaign", "of the Democratic caucus"
    # "Democracy for America"; not a portfolio ("secretary of State for Europe")
    inner_for = len(capitalised) > 1 and any(doc.words[j].text in {"for", "to"} for j in words[1:-1]) and not (
        preposition == "of" and adp > 0 and bare_word(doc.words[adp - 1].text) in PORTFOLIO_HEADS)
    # a capitalised preposition or conjunction inside: a name in title case ("Cleveland Jobs With Justice")
    title_case = len(capitalised) > 2 and any(doc.words[j].upos in {"ADP", "CCONJ", "PART"}
                                              and doc.words[j].text[:1].isupper() for j in words[1:-1])
    if (label == "ORG" or named_as_organisation or inner_for or title_case
            or any(bare_word(doc.words[j].text) in AFFILIATION_NOUNS for j in capitalised)
            or (len(last) > 1 and last.replace(".", "").isupper())
            or doc.words[words[0]].text == "The"
            or (label is None and _one_word_organisation(doc, adp, words))
            or ((preposition != "of" or inner_the or (after_name and not known_place(span.text)))
                and len(capitalised) > 1  # "at Moody's Analytics", "of Rock the
                # Vote": a name of its own
                and all(j in capitalised or doc.words[j].text in {"&", "of", "and", "the"} | POSSESSIVE
                        or (j == words[0] and ORDINAL.fullmatch(doc.words[j].text)) for j in words))):
        return span.text
    return None


def _one_word_organisation(doc: ArticleDoc, adp: int, words: list[int]) -> bool:
    """Is the one capitalised word (hyphens and all: "Wealth-X") the tagger leaves unnamed after a role's
    preposition an organisation: "a senior vice president at Acme", "chief executive of Acme"; not a city ("mayor
    of Seoul"), a level of government or a portfolio ("Secretary of State", "Minister of Defence"), nor a person ("a
    former aide to Reed")?"""
    if any(doc.words[a].end != doc.words[b].start for a, b in pairwise(words)):
        return False
    i = words[-1]
    preposition, word = bare_word(doc.words[adp].text), doc.text[doc.words[words[0]].start:doc.words[i].end]
    if preposition == "at":
        return True
    if doc.words[i].xpos == "NNPS" or (word.endswith("s") and not word.endswith("ss")):
        return False  # a plural names what an office serves: "High Commissioner for Refugees"
    portfolio = preposition == "of" and adp > 0 and bare_word(doc.words[adp - 1].text) in PORTFOLIO_HEADS
    return preposition in {"of", "for", "with"} and not portfolio and not known_place(word) \
        and bare_word(word) not in JURISDICTION_WORDS and word not in doc.person_surnames


def _organisation_noun_after(doc: ArticleDoc, i: int, end: int) -> bool:
    """Do lower-case modifiers from word i end on an organisation's noun ("presidential campaign")?"""
    while i < end and doc.words[i].upos in {"ADJ", "NOUN"} and doc.words[i].text.islower():
        if bare_word(doc.words[i].text) in AFFILIATION_NOUNS and (i + 1 >= end or doc.words[i + 1].upos != "NOUN"):
            return True
        i += 1
    return False


def plainly_an_organisation(name: str) -> bool:
    """Does the name say by its own words that it is an organisation ("Senate", "Brookings Institution", "DNC"),
    whatever a tagger made of it?"""
    words = name.split()
    return bool(words) and (bare_word(words[-1]) in AFFILIATION_NOUNS or (len(words) == 1 and len(name) > 1
                                                                        and name.replace(".", "").isupper()))


def context_organisations(doc: ArticleDoc, name: Span) -> tuple[str | None, str | None]:
    """(an organisation, a party) the text gives right around one mention of a name: a possessor before it
    ("CNN's Gloria Borger"), an "of" phrase after it ("David Woodard of Clemson University"), a clause on it
    (clause_organisation), a party word before it ("Republican Donald Trump") or a party label after it ("Claire
    McCaskill (D-Mo.)")."""
    organisation = party = None
    party_label = PARTY_LABEL.match(doc.text, name.end)
    if party_label:
        party = party_label.group(1) or party_label.group(2)
    first = doc.word_at(name.start)
    last = doc.word_at(name.end - 1)
    if first is None or last is None:
        return organisation, party
    lo, hi = doc.sentences[doc.words[first].sentence]
    before = first - 1
    # over a lower-case role before the name: "Hillary Clinton's campaign manager Robby Mook"
    while before >= lo and doc.words[before].text[:1].islower() and doc.words[before].upos in {"NOUN", "ADJ"}:
        before -= 1
    role_between = before < first - 1 and _head(doc, list(range(before + 1, first))) is not None
    if before >= lo and doc.words[before].text in POSSESSIVE and (role_between or before == first - 1):
        # a capitalised owner the tagger may call a common noun or an adjective: "Reuters’ Luciana Lopez",
        # "National Review’s Ian Tuttle"
        owner = [j for j in range(lo, before) if doc.words[j].upos == "PROPN"
                 or (doc.words[j].upos in {"NOUN", "ADJ"} and doc.words[j].text[:1].isupper())]
        if owner and owner[-1] == before - 1:
            run = doc.contiguous(before - 1, owner)
            own_span = Span.of(doc.text, doc.words[run[0]].start, doc.words[run[-1]].end)
            # the tagger's name may keep the "'s"
            label = _entity_label(doc, run, Span.of(doc.text, own_span.start, doc.words[before].end))
            # untagged, right before the name, and neither a place nor a person named in the article: a newsroom
            # or a firm ("Politico's Ann Lee")
            untagged = label is None and before == first - 1 and not _a_place(doc, own_span.text) \
                and own_span.text not in doc.person_surnames
            if label == "ORG" or (label is None and _names_an_organisation(doc, run, own_span)) or untagged \
                    or (label == "PER" and role_between):  # a person's campaign or office
                organisation = re.sub(r"^(the|a|an)\s+", "", own_span.text)
    elif before >= lo and is_party_word(doc, before) \
            and _entity_label(doc, [before]) != "ORG":
        party = party or doc.words[before].text
    elif before == first - 1 and before >= lo and doc.words[before].text[:1].isupper():
        # an organisation's name right before the name, no possessive between: "Fox News Sean Hannity"
        run = [before]
        while run[0] - 1 >= lo and doc.words[run[0] - 1].upos == "PROPN":
            run.insert(0, run[0] - 1)
        own = Span.of(doc.text, doc.words[run[0]].start, doc.words[run[-1]].end)
        tagged = doc.entity_at(own, frozenset({"ORG"}))
        if (bare_word(doc.words[before].text) in AFFILIATION_NOUNS and doc.words[before].upos == "PROPN"
                and not _a_place(doc, own.text)) or (tagged is not None and tagged.span == own):
            organisation = own.text
    after = last + 1
    if after + 1 < hi and doc.words[after].text == "of":
        organisation = organisation or object_organisation(doc, after, hi, after_name=True)
    party = party or _apposition_party(doc, first, last)
    group = named_class(doc, first, last)
    if group is not None and is_party_word(doc, group):
        party = party or doc.words[group].text  # "some Republicans, including Senator Lamar Alexander"
    return organisation or clause_organisation(doc, first, last), party


CLASS_MARKERS = frozenset({"including", "like", "such"})  # "tax experts, including Mr. Goldberg", "such as"


def named_class(doc: ArticleDoc, first: int, last: int) -> int | None:
    """The plural noun a name is counted among: "many tax experts, including Mr. Goldberg", "real estate
    developers like Mr. Trump", "some Republicans, including Senator Lamar Alexander", "Ms. Toretti and other
    bundlers", also where the parse hung the
    name on the verb ("relying on state legislators such as Bamberg")."""
    heads = doc.heads_of(range(first, last + 1))
    if len(heads) != 1:
        return None
    h = heads[0]
    path = [h]  # the name's head, the title its words hang on ("Mrs. | Rao"), the conjuncts it is joined to
    while doc.words[h].rel in {"conj", "flat", "compound"} and doc.words[h].head >= 0:
        h = doc.words[h].head  # "candidates, including Trump and | Cruz": the class of the first name
        path.append(h)
    others = [k for at in path for k in doc.kids(at, "conj") if k > last and doc.words[k].upos == "NOUN"
              and any(doc.words[a].text.lower() == "other" for a in doc.kids(k, "amod"))]
    if others and _plural(doc.words[others[-1]]):  # "Ms. Toretti, Mrs. Rao and other prominent bundlers"
        return others[-1]
    w = doc.words[h]
    markers = [c for c in doc.kids(h, "case") if doc.words[c].text.lower() in CLASS_MARKERS]
    if w.rel not in {"nmod", "obl"} or w.head < 0 or not markers:
        return None
    at = w.head
    if w.rel == "obl":  # the parse hung the name on the verb: the class is the noun right before the marker
        at = markers[0] - 1
        if at >= 0 and doc.words[at].text == ",":
            at -= 1
        if at < 0 or doc.words[at].upos != "NOUN":
            return None
    if bare_word(doc.words[at].text) in QUANTITY_NOUNS:  # "a number of candidates, including Trump"
        at = next((k for k in doc.kids(at, "nmod") if any(doc.words[c].text.lower() == "of"
                                                          for c in doc.kids(k, "case"))), at)
    return at if _plural(doc.words[at]) else None


def _plural(w: Word) -> bool:
    return w.xpos in {"NNS", "NNPS"} or (bare_word(w.text).endswith("s") and w.upos in {"NOUN", "PROPN"})


# nouns that count a class rather than name one: "a number of candidates", "a handful of senators"
QUANTITY_NOUNS = frozenset({"number", "handful", "couple", "dozen", "host", "lot", "group", "majority", "minority",
                            "series", "variety", "range", "set", "few", "many", "bunch", "slew"})


def _apposition_party(doc: ArticleDoc, first: int, last: int) -> str | None:
    """A party in an apposition to the name that is no title, or in one coordinated with it, up to its head: "Mr.
    Guerrero, a Republican who ...", "Jane Roe, a Democratic voter"."""
    heads = doc.heads_of(range(first, last + 1))
    # and the title the parse made the name's head: "Senator Dianne Feinstein, Democrat of California"
    heads += [doc.words[h].head for h in heads if doc.words[h].head == first - 1 and doc.words[h].rel == "flat"]
    appositions = [a for h in heads for a in doc.kids(h, "appos") if a > last]
    # and a phrase coordinated with one, with an article of its own, wherever the parse hung it: "..., the chief
    # executive of a data firm and a prominent Democratic donor"
    joined = [c for a in appositions for c in doc.subtree(a) if doc.words[c].rel == "conj"
              and doc.kids(c, "cc") and doc.kids(c, "det")]
    for app in [*appositions, *joined]:
        if _is_role_noun(doc, app):
            continue  # a title, read as one: "a former state GOP chair" gives no party
        for j in range(min(doc.subtree(app)), app + 1):
            if is_party_word(doc, j) and doc.words[j].upos in {"PROPN", "ADJ", "NOUN"}:
                return doc.words[j].text
    return None


def clause_organisation(doc: ArticleDoc, first: int, last: int) -> str | None:
    """The organisation a clause on the name or its apposition says the person works for: "a Democratic pollster
    working for Priorities USA", "who runs Crosscut Strategies"; not one the person worked for ("who worked for
    Bush")."""
    heads = doc.heads_of(range(first, last + 1))
    if len(heads) != 1:
        return None
    holders = [heads[0], *doc.kids(heads[0], "appos")]
    # a body a present copula puts the person on: "who are both on the Judiciary Committee"
    for clause in (c for h in holders for c in doc.kids(h, "acl")):
        if any(doc.words[cop].xpos in {"VBZ", "VBP"} for cop in doc.kids(clause, "cop")):
            found = next(filter(None, (_seat_organisation(doc, k) for k in (clause, *doc.kids(clause, "obl")))), None)
            if found:
                return found
    # each verb of the clause: "who represents resort owners and sits on the board of ..."
    for clause in (v for h in holders for c in doc.kids(h, "acl") for v in (c, *doc.kids(c, "conj"))
                   if doc.words[v].upos == "VERB"):
        verb = doc.words[clause]
        if verb.xpos in {"VBD", "VBN"}:
            continue  # "who worked for Bush": not now
        if verb.lemma in SEAT_VERBS:
            found = next(filter(None, (_seat_organisation(doc, k) for k in doc.kids(clause, "obl"))), None)
            if found:
                return found  # "sits on the board of the National Club Association"
        if verb.lemma not in EMPLOYMENT_VERBS:
            # what the person does now at or for an organisation: "who teaches law at Washington University", "who
            # tracks political ads for Kantar"
            found = next(filter(None, (_work_place(doc, k) for k in doc.children[clause]
                                       if doc.words[k].rel in {"obl", "obj"})), None)
            if found:
                return found
            continue
        for k in doc.children[clause]:
            if verb.lemma == "run" and any(bare_word(doc.words[c].text) == "for" for c in doc.kids(k, "case")):
                continue  # "who is running for Congress": a candidacy, not an employer
            phrase = doc.subtree(k)
            end = phrase[-1] + 1
            while end < len(doc.words) and doc.words[end].upos == "PROPN" and doc.words[end].head == clause:
                end += 1  # a name the parse cut in two: "for Priorities | USA"
            if doc.words[k].rel == "obj":
                found = object_organisation(doc, phrase[0] - 1, end)
            elif doc.words[k].rel == "obl" and any(bare_word(doc.words[c].text) in {"for", "at"}
                                                   for c in doc.kids(k, "case")):
                found = object_organisation(doc, doc.kids(k, "case")[0], end)
            else:
                found = None
            if found:
                return found
        # or what the thing one heads is for or at: "who heads a project on government secrecy for the Federation
        # of American Scientists"
        if verb.lemma == "run":
            continue
        nested = [k for c in doc.children[clause] if doc.words[c].rel in {"obj", "obl"}
                  for k in doc.subtree(c) if doc.words[k].rel == "nmod"]
        found = next(filter(None, (_at_or_for_organisation(doc, k) for k in nested)), None)
        if found:
            return found
    return None


def _seat_organisation(doc: ArticleDoc, k: int) -> str | None:
    """The organisation whose body the phrase headed by word k puts one on: "on the board of the National Club
    Association", "on the Senate Intelligence Committee"."""
    on = [c for c in doc.kids(k, "case") if bare_word(doc.words[c].text) == "on"]
    if not on:
        return None
    if doc.words[k].text.islower() and bare_word(doc.words[k].text) in SEATED_BODIES:
        of = [(c, p) for p in doc.kids(k, "nmod") for c in doc.kids(p, "case") if bare_word(doc.words[c].text) == "of"]
        return object_organisation(doc, of[0][0], doc.subtree(of[0][1])[-1] + 1) if of else None
    return object_organisation(doc, on[0], doc.subtree(k)[-1] + 1)


def _at_or_for_organisation(doc: ArticleDoc, p: int) -> str | None:
    """The organisation the phrase headed by word p names after its "at" or "for", if it has one."""
    case = [c for c in doc.kids(p, "case") if bare_word(doc.words[c].text) in {"at", "for"}]
    return object_organisation(doc, case[0], doc.subtree(p)[-1] + 1) if case else None


def _work_place(doc: ArticleDoc, k: int) -> str | None:
    """The organisation named by "at" or "for" on word k, a verb's oblique ("teaches at Acme University") or its
    object's modifier ("tracks ads for Kantar"); not one named by a person alone ("campaigns for Sanders") nor a
    place."""
    phrases = [k] if doc.words[k].rel == "obl" else \
        [p for o in (k, *doc.kids(k, "conj")) for p in doc.kids(o, "nmod")]  # "teaches law and ethics at ..."
    for p in phrases:
        found = _at_or_for_organisation(doc, p)
        if found and found not in doc.person_surnames and not any(
                e.label == "PER" and e.span.text == found and len(found.split()) > 1 for e in doc.entities):
            return found
    return None
