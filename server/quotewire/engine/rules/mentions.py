"""Noun phrases that name a speaker, read from the parse: the name, the titles around it, a nickname, a pronoun."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quotewire.engine.lexicon import (
    AFFILIATION_NOUNS,
    COURTESY_TITLES,
    HEADLINE_VERBS,
    HONORIFICS,
    MORE_ROLE_NOUNS,
    NOT_ROLE_NOUNS,
    PAST_WORDS,
    PRONOUNS,
    RANKS_BEFORE_A_TITLE,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
)
from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.places import a_demonym
from quotewire.engine.rules.titles import (
    AGE,
    PERSON_LABELS,
    POSSESSIVE,
    bare_word,
    hyphenated,
    is_party_word,
    is_role_noun,
    participle_modifier,
    ranking_party,
    role_before_tagged_name,
)

# Branches that are not part of the phrase that names someone: with the clause's own where a name is its predicate
# ("the spokesman for the company is Ann Moss")
NOT_IN_NAME_PHRASE = frozenset({"acl", "appos", "parataxis", "conj", "cc", "advcl", "ccomp", "dep", "list",
                                "reparandum", "vocative", "discourse", "orphan", "nsubj", "csubj", "cop", "aux",
                                "mark", "expl"})
QUOTE_PUNCT = frozenset('"“”‘’\'«»')
QUOTE_PUNCT_CHARS = "".join(sorted(QUOTE_PUNCT))


@dataclass(frozen=True)
class Mention:
    """One phrase naming a speaker."""

    head: int
    span: Span  # the phrase as written, without relative clauses or appositions
    name: Span | None  # the proper name in it ("Nasser Kanaani"); None for "he" or "officials"
    titles: tuple[Span, ...] = ()  # "Iranian Foreign Ministry spokesman", "Colonel", "commander of CENTCOM"
    nickname: Span | None = None
    pronoun: str | None = None  # lowercased, for pronoun mentions
    label: str | None = None  # named-entity label of the name: PER, ORG, LOC, MISC

    @property
    def surface(self) -> Span:
        """What to show as the speaker's words for one quote: the name, else the whole phrase."""
        return self.name or self.span


def _is_title_word(word_text: str) -> bool:
    return word_text.lower().rstrip(".") in ROLE_NOUNS


def _phrase(doc: ArticleDoc, head: int) -> list[int]:
    # "Donald Trump’s plan", "by the committee", "according to the mayor": the head's own case marker (a possessive
    # ending, a preposition, with the words fixed to it) is not part of the phrase that names someone
    markers = {i for k in doc.children[head] if doc.words[k].rel == "case" for i in doc.subtree(k)}
    # nor is a wh-adverb the parse hung on its head ("documents showed ... how staff members were guided")
    markers |= {k for k in doc.kids(head, "advmod") if doc.words[k].text.lower() in WH_ADVERBS}
    words = [i for i in doc.subtree(head, skip=NOT_IN_NAME_PHRASE) if i not in markers]
    return doc.contiguous(head, words)


CHUNK_UPOS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})
CHAMBERS = frozenset({"house", "senate", "assembly", "congress", "parliament"})  # "House Republican Thomas Massie"
WH_ADVERBS = frozenset({"how", "why", "when", "where", "whether"})


def _sentence_bounds(doc: ArticleDoc, i: int) -> tuple[int, int]:
    return doc.sentences[doc.words[i].sentence]


def _in_nickname(doc: ArticleDoc, i: int, nicknames: tuple[Span, ...]) -> bool:
    w = doc.words[i]
    return any(n.start <= w.start and w.end <= n.end for n in nicknames)


def _namelike(doc: ArticleDoc, i: int, nicknames: tuple[Span, ...]) -> bool:
    w = doc.words[i]
    if not w.text[:1].isalnum():
        return False
    if w.text[:1].islower() and not _in_nickname(doc, i, nicknames):
        return False  # a tagger may call "commander" a proper noun; names are capitalised
    if w.text in doc.person_name_words:
        return True  # a word of a person's name in the article: the "Day" of "Kristen Day", however tagged
    if w.lemma in TIME_WORDS or w.text.lower() in TIME_WORDS:
        return False  # "Monday, the senator said, ...": a day is no name
    if w.upos == "PROPN" or _in_nickname(doc, i, nicknames) or _name_participle(doc, i):
        return True
    if not (w.upos in {"NOUN", "X", "ADJ"} and w.text[:1].isupper() and w.text.lower() not in ROLE_NOUNS):
        return False
    # a capital opening the sentence says nothing: "Lawmakers said ..." names no one unless the NER tagger says so
    # (an all-capitals word is an acronym or a transcript's speaker, "PENCE:")
    if w.text.isupper() or not _opens_sentence(doc, i):
        return True
    return doc.entity_at(Span.of(doc.text, w.start, w.end)) is not None


def _name_participle(doc: ArticleDoc, i: int) -> bool:
    """A capitalised participle inside the sentence, right before a proper noun, opens a name: the tagger reads
    "United" in "the United States" as a verb."""
    w = doc.words[i]
    _, hi_bound = _sentence_bounds(doc, i)
    return (w.upos == "VERB" and w.text[:1].isupper() and not w.text.isupper() and w.text.endswith("ed")
            and i + 1 < hi_bound and doc.words[i + 1].upos == "PROPN" and not _opens_sentence(doc, i))


def _opens_sentence(doc: ArticleDoc, i: int) -> bool:
    lo_bound, _ = _sentence_bounds(doc, i)
    return all(doc.words[j].is_punct for j in range(lo_bound, i))


def _name_run(doc: ArticleDoc, head: int, nicknames: tuple[Span, ...]) -> list[int]:
    """The proper nouns around the head, read off the tags rather than the tree so a shaky parse keeps names whole;
    leading role words are cut off: 'spokesman Nasser Kanaani' -> 'Nasser Kanaani'."""
    if not _namelike(doc, head, nicknames):
        return []
    lo_bound, hi_bound = _sentence_bounds(doc, head)
    lo = hi = head
    while True:
        reach = lo, hi
        while lo - 1 >= lo_bound and (_namelike(doc, lo - 1, nicknames) or _is_title_word(doc.words[lo - 1].text)) \
                and (doc.words[lo - 1].upos in CHUNK_UPOS | {"X"} or _name_participle(doc, lo - 1)):
            lo -= 1
        # a hyphenated name read from its second part: "Chicago Sun-Times" from "Times"
        while lo - 2 >= lo_bound and hyphenated(doc, lo - 2) and doc.words[lo].start == doc.words[lo - 1].end \
                and doc.words[lo - 2].text[:1].isupper():
            lo -= 2
        while hi + 1 < hi_bound and ((_namelike(doc, hi + 1, nicknames)
                                      and doc.words[hi + 1].upos in CHUNK_UPOS | {"X"}) or _glued_part(doc, hi + 1)):
            hi += 1
        hi = _past_particles(doc, hi, hi_bound, nicknames)  # "Jan van der Berg", "Sophie in 't Veld"
        # a hyphenated name is one word, whatever the tagger made of its second part: "Seitz-Wald", and a given
        # name after the family name ("Kim Jae-won"), and the name goes on after it ("Eva-Maria Schultheis"); not
        # "Obama-era"
        while hi + 2 < hi_bound and hyphenated(doc, hi) and doc.words[hi + 2].start == doc.words[hi + 1].end \
                and (doc.words[hi + 2].text[:1].isupper() or (hi > lo and doc.words[hi + 2].text.isalpha())):
            hi += 2
        # the same with the hyphen kept on the first part by the tokenizer: "Jae-" "won"
        while hi + 1 < hi_bound and hi > lo and doc.words[hi].text.endswith("-") and len(doc.words[hi].text) > 1 \
                and doc.words[hi + 1].start == doc.words[hi].end and doc.words[hi + 1].text.isalpha():
            hi += 1
        if (lo, hi) == reach:
            break
    # "Chief of Staff Katie Walsh": the title's of-object opens the run, with the name parsed apart from it
    if lo - 2 >= lo_bound and doc.words[lo - 1].text.lower() == "of" and _is_title_word(doc.words[lo - 2].text):
        portfolio = doc.words[lo - 1].head
        if lo <= portfolio < hi and all(doc.words[k].head == portfolio for k in range(lo, portfolio)) \
                and doc.words[portfolio + 1].head != portfolio and head >= portfolio:
            lo = portfolio + 1
    run = list(range(lo, hi + 1))
    # a possessor the tokenizer left its apostrophe on ends before the name: "Breitbart News’ | Michael Leahy"
    owner = next((k for k in range(len(run) - 2, -1, -1) if len(doc.words[run[k]].text) > 2  # not "O'"
                  and doc.words[run[k]].text[-1] in {"'", "’"}), None)
    if owner is not None and (run[owner] < head or all(doc.words[i].text in doc.person_name_words
                                                        for i in run[owner + 1:])):
        run = run[owner + 1:]
    titled = [k for k, i in enumerate(run) if _is_title_word(doc.words[i].text) and not _in_nickname(doc, i, nicknames)
              and not hyphenated(doc, i)]  # "KING-TV": a title word inside a hyphenated name is none
    if titled and titled[-1] < len(run) - 1:
        run = run[titled[-1] + 1:]
    elif len(titled) == len(run):
        return []  # a title and no name: "Senator from Texas says ..."
    elif titled and not any(doc.words[i].text in doc.person_name_words for i in run):
        return []  # a role ends it and no person's name is in it: "Malaysia's Prime Minister", "Afghan Ambassador"
    # a role the taggers read into the name, "Biologist Nick Bos", "Judge Jeanine Pirro"; with one word after it,
    # the two are the name ("Pope Francis")
    while len(run) > 2 and (_role_opening_name(doc, run[0]) or a_demonym(doc.words[run[0]].text)
                            or _party_before_a_person(doc, run)) and not _in_nickname(doc, run[0], nicknames) \
            and not hyphenated(doc, run[0]):  # nor a role word inside a hyphenated name ("KING-TV")
        run = run[1:]  # and a word for the people of a place or for a party: "the Vermonter Bernie Sanders",
        # "Democrat Hillary Clinton"
    person_from = organisation_before_a_person(doc, run)
    if person_from:
        run = run[person_from:]  # "Fox News | Sean Hannity": the newsroom, then the person
    if doc.words[head].sentence in doc.headlines:
        run = headline_name(doc, run)
    return [i for i in run if not (doc.words[i].is_punct and not _in_nickname(doc, i, nicknames))]


def organisation_before_a_person(doc: ArticleDoc, run: list[int]) -> int:
    """Where the tagger's person name begins in a run that an organisation's name opens without a possessive ("Fox
    News Sean Hannity"): the organisation ends on an organisation's noun or is tagged one; 0 where there is none."""
    for k in range(1, len(run) - 1):
        start, end = doc.words[run[k]].start, doc.words[run[-1]].end
        person = doc.entity_at(Span.of(doc.text, start, end), frozenset({"PER"}))
        if person is None or person.span.start != start or person.span.end < end:
            continue
        before = Span.of(doc.text, doc.words[run[0]].start, doc.words[run[k - 1]].end)
        organisation = doc.entity_at(before, frozenset({"ORG"}))
        if bare_word(doc.words[run[k - 1]].text) in AFFILIATION_NOUNS or (
                organisation is not None and organisation.span == before):
            return k
        return 0
    return 0


def _party_before_a_person(doc: ArticleDoc, run: list[int]) -> bool:
    """Does a party word, or a chamber and a party, open the run before a person's name ("Democrat Hillary Clinton",
    "House Republican Thomas Massie"; not "Democratic National Convention")?"""
    k = 0
    while k < len(run) and (is_party_word(doc, run[k]) or (
            doc.words[run[k]].text[:1].isupper() and bare_word(doc.words[run[k]].text) in CHAMBERS)):
        k += 1
    return k > 0 and len(run) - k >= 2 and any(is_party_word(doc, i) for i in run[:k]) \
        and all(doc.words[i].text in doc.person_name_words for i in run[k:])


def headline_name(doc: ArticleDoc, run: list[int]) -> list[int]:
    """The name in a run of capitalised words of a headline, where taggers read the headline's verbs and adverbs
    as names: the run itself where the article's other sentences give it; else the longest end of it, of two words
    or more, that they give ("Lawmakers Rip | Donald Trump"); else the longest start of it that they give, before a
    headline's verb of saying ("Trump | Says") or, where that start is a person's name, before words that hold no
    role and no organisation's noun ("Donald Trump | Finally Endorses"; not "Jeb Bush Super PAC Chief")."""
    if doc.said_outside_headlines(doc.text_of(run)):
        return run
    ends = (run[k:] for k in range(1, len(run) - 1) if doc.said_outside_headlines(doc.text_of(run[k:])))
    starts = (run[:k] for k in range(len(run) - 1, 0, -1)
              if (doc.words[run[k]].text in HEADLINE_VERBS or _a_name_before_other_words(doc, run[:k], run[k:]))
              and doc.said_outside_headlines(doc.text_of(run[:k])))
    return next(ends, None) or next(starts, None) or run


def _a_name_before_other_words(doc: ArticleDoc, name: list[int], rest: list[int]) -> bool:
    """Are these words a person's name (every word one of a name the tagger marks a person's) and the words after
    them neither a role nor an organisation's noun?"""
    return all(doc.words[i].text in doc.person_name_words for i in name) and not any(
        _is_role_word(doc, i) or bare_word(doc.words[i].text) in AFFILIATION_NOUNS for i in rest)


# the lower-case words inside a family name: "van der" of "Jan van der Berg", "in 't" of "Sophie in 't Veld"
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "des", "la", "le",
                            "ter", "ten", "'t", "bin", "ibn", "al", "dos", "das", "do", "zu"})


def family_name_alone(words: list[str]) -> bool:
    """Is a name of several words a family name alone, its particles capitalised to open a sentence ("Van der
    Berg said")?"""
    return len(words) > 1 and all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _past_particles(doc: ArticleDoc, hi: int, hi_bound: int, nicknames: tuple[Span, ...]) -> int:
    """The last word of a name that goes on after word hi past up to three particles and a capitalised word: "Jan
    | van der Berg"; hi itself where it does not."""
    j = hi + 1
    while j < hi_bound and j - hi <= 3 and (doc.words[j].text.lower() in NAME_PARTICLES or (
            doc.words[j].text == "in" and j + 1 < hi_bound and doc.words[j + 1].text == "'t")):
        if doc.words[j].text[:1].isupper():
            return hi  # "Obama De Blasio": a capitalised particle after a name opens another
        j += 1
    if j == hi + 1 or j >= hi_bound or not _namelike(doc, j, nicknames) or doc.words[j].text[:1].islower():
        return hi
    return j


def _glued_part(doc: ArticleDoc, i: int) -> bool:
    """The second part of a hyphenated name that the tokenizer kept with its hyphen: "-Cola" of "Coca-Cola"."""
    w = doc.words[i]
    return len(w.text) > 1 and w.text[0] == "-" and w.text[1].isupper() and i > 0 and doc.words[i - 1].end == w.start


def _role_opening_name(doc: ArticleDoc, i: int) -> bool:
    """A capitalised word that names a role by the lexicon or by an ending no given name shares ('Economist',
    'Coach'; not 'Hunter', 'Walker', 'Christian'), or by one they share where the tagger's person name leaves it
    out ('Mathematician Hermann Weyl'), in the singular: a person's role ('Black Lawmakers Rip Donald Trump' is a
    headline)."""
    bare = bare_word(doc.words[i].text)
    return doc.words[i].text[:1].isupper() and not (bare.endswith("s") and not bare.endswith("ss")) \
        and (is_role_noun(doc.words[i].text, "PROPN") or role_before_tagged_name(doc, i))


def _premodifiers(doc: ArticleDoc, first_name_word: int, phrase: list[int]) -> list[int]:
    """Words before the name that describe the speaker: the parsed phrase, or the noun chunk right before it; not
    the noun a relative clause whose subject the name is describes ("the private email server | Hillary Clinton
    used")."""
    lo_bound, _ = _sentence_bounds(doc, first_name_word)
    clause = doc.words[first_name_word].head if doc.words[first_name_word].rel == "nsubj" else -1
    if clause >= 0 and doc.words[clause].deprel == "acl:relcl" and doc.words[clause].head == first_name_word - 1:
        return []
    i = first_name_word
    while i - 1 >= lo_bound and doc.words[i - 1].text.lower() not in PREPOSITIONS_TAGGED_ELSE \
            and (doc.words[i - 1].upos in CHUNK_UPOS or _is_title_word(doc.words[i - 1].text)
                                 or (doc.words[i - 1].text == "-" and i - 2 >= lo_bound  # "front-runner"
                                     and doc.words[i - 2].upos in CHUNK_UPOS)
                                 or (doc.words[i - 1].text == "of" and i - 2 >= lo_bound  # "chief of staff"
                                     and i < first_name_word and _is_role_word(doc, i - 2))
                                 or participle_modifier(doc, i - 1)):  # "his running mate Donald Trump"
        i -= 1
    chunk = list(range(i, first_name_word))
    from_tree = [j for j in phrase if j < first_name_word]
    words = sorted(set(chunk) | set(from_tree)) if from_tree and from_tree[-1] == first_name_word - 1 else chunk
    # the preposition the name is the object of is no part of what describes the person: "to | State Department
    # Inspector General Steve Linick"
    while words and doc.words[words[0]].upos == "ADP" and doc.words[words[0]].rel == "case":
        words = words[1:]
    return words


# the words that say which kind of judge, part of the title "Judge" ends
KINDS_OF_JUDGE = frozenset({"magistrate", "bankruptcy", "probate", "circuit", "administrative", "municipal"})


def _split_titles(doc: ArticleDoc, before_name: list[int]) -> list[Span]:
    """'CENTCOM Communication Director Colonel' -> ['CENTCOM Communication Director', 'Colonel']; a title word
    before another that it modifies stays with it ('Attorney General', 'Lt. Gen.'), and so do the words before a
    title that hold no other role ('Ohio Gov.', 'former Florida governor')."""
    words = [i for i in before_name if (doc.words[i].upos not in {"DET", "PUNCT"} or _inner_hyphen(doc, i, before_name)
                                        or _inner_article(doc, i, before_name)) and doc.words[i].rel != "nmod:poss"]
    titles: list[Span] = []
    while len(words) > 1 and bare_word(doc.words[words[-1]].text) in HONORIFICS:
        first = len(words) - 1
        if first > 0 and bare_word(doc.words[words[first]].text) == "general" \
                and _is_role_word(doc, words[first - 1]):
            first -= 1  # "General" after a role is part of it: "Inspector General", "Secretary General"
        if first > 0 and bare_word(doc.words[words[first]].text) == "judge" \
                and bare_word(doc.words[words[first - 1]].text) in KINDS_OF_JUDGE:
            first -= 1  # so is the kind of judge: "U.S. District Magistrate Judge", "Bankruptcy Judge"
        while first > 0 and bare_word(doc.words[words[first - 1]].text) in RANKS_BEFORE_A_TITLE:
            first -= 1
        # the title before it ends on its last role word: "Democratic presidential hopefuls | former Maryland Gov."
        roles = [k for k in range(first) if _is_role_word(doc, words[k])]
        if not roles:
            break
        titles.insert(0, Span.of(doc.text, doc.words[words[roles[-1] + 1]].start, doc.words[words[-1]].end))
        words = words[:roles[-1] + 1]
    if words and (any(_is_title_word(doc.words[i].text) for i in words)
                  or is_role_noun(doc.words[words[-1]].text, doc.words[words[-1]].upos)
                  or _role_opening_name(doc, words[-1])
                  or any(doc.words[i + 1].text == "of" and _is_role_word(doc, i) for i in words[:-1])):
        span = doc.span_of(doc.contiguous(words[-1], words))
        if span:
            titles.insert(0, span)
    return titles


def _is_role_word(doc: ArticleDoc, i: int) -> bool:
    return _is_title_word(doc.words[i].text) or is_role_noun(doc.words[i].text, doc.words[i].upos)


def _in_role_lexicon(doc: ArticleDoc, i: int) -> bool:
    bare = doc.words[i].text.lower()
    return bare in ROLE_NOUNS or bare in MORE_ROLE_NOUNS


def _acronym_role(doc: ArticleDoc, i: int) -> bool:
    """A role written in capitals, which a tagger calls a proper noun: "MP", "CEO"."""
    text = doc.words[i].text
    return len(text) > 1 and text.isupper() and _in_role_lexicon(doc, i)


def _partitive_role(doc: ArticleDoc, i: int) -> int | None:
    """The role noun a partitive apposition counts the person among ("one of the site's journalists")."""
    if doc.words[i].text.lower() != "one" or doc.words[i].upos not in {"NUM", "PRON"}:
        return None
    return next((k for k in doc.kids(i, "nmod") if any(doc.words[c].text.lower() == "of" for c in doc.kids(k, "case"))
                 and is_role_noun(doc.words[k].text, doc.words[k].upos)), None)


def _capitalised_role(doc: ArticleDoc, i: int) -> bool:
    """A role written with a capital, which a tagger calls a proper noun, outside any name the tagger finds:
    "Jane Doe, Secretary of State"; not "Tom Hale, Mayor Ann Lee ..."."""
    return _in_role_lexicon(doc, i) and doc.entity_at(Span.of(doc.text, doc.words[i].start, doc.words[i].end)) is None


def _inner_article(doc: ArticleDoc, i: int, words: list[int]) -> bool:
    """"the" inside a title's prepositional phrase: "Speaker of the House", "Ambassador to the United States"."""
    return doc.words[i].text.lower() == "the" and i - 1 in words \
        and doc.words[i - 1].text.lower() in {"of", "to", "for", "at"}


def _inner_hyphen(doc: ArticleDoc, i: int, words: list[int]) -> bool:
    """A hyphen between two words of the phrase: "front-runner"."""
    return doc.words[i].text == "-" and i - 1 in words and i + 1 in words


def _coordinated_titles(doc: ArticleDoc, before_name: list[int]) -> list[Span]:
    """'GOP presidential contender and former neurosurgeon Ben Carson': the role before the 'and' that joins it to
    the title right before the name."""
    last = doc.words[before_name[-1]] if before_name else None
    if last is None or not (_is_role_word(doc, before_name[-1]) or (last.upos == "NOUN" and last.text.islower())) \
            or bare_word(last.text) in COURTESY_TITLES:
        return []  # not "Mr. King and Mr. Morial", where "Mr." is no role and "King" a name; but "author and liberal
        # firebrand Cornel West", where what is joined to the role is no role itself
    lo_bound, _ = _sentence_bounds(doc, before_name[0])
    conj = before_name[0] - 1
    if conj - 1 < lo_bound or doc.words[conj].text != "and" or not _is_role_word(doc, conj - 1):
        return []
    first = conj - 1
    while first - 1 >= lo_bound and (doc.words[first - 1].upos in CHUNK_UPOS or (  # and a hyphen: "Long-shot"
            doc.words[first - 1].text == "-" and first - 2 >= lo_bound and hyphenated(doc, first - 2))):
        first -= 1
    span = doc.span_of(list(range(first, conj)))
    return [span] if span else []


def _apposition_titles(doc: ArticleDoc, anchors: list[int]) -> list[Span]:
    """', commander of CENTCOM,' after the name: from the parse, or from the commas when the parse missed it."""
    spans = []
    for anchor in anchors:
        for app in doc.kids(anchor, "appos"):
            if doc.words[app].upos == "PROPN" and not _acronym_role(doc, app) and not _capitalised_role(doc, app) \
                    and not ranking_party(doc, app):
                continue
            part_of = _partitive_role(doc, app)
            if part_of is not None:  # "one of the president's closest aides": the aides, with all before them
                of = set(doc.kids(part_of, "case"))
                words = [i for i in doc.subtree(part_of, skip=frozenset({"acl", "parataxis"})) if i not in of]
                span = doc.span_of(doc.contiguous(part_of, words))
                if span:
                    spans.append(span)
                continue
            inside = doc.subtree(app, skip=frozenset({"acl", "parataxis"}))
            # "Michael Demastus, pastor of the Fort Des Moines Church": a prepositional phrase right after the role
            # that the parse hung on the name belongs to the role
            follows = max(inside) + 1
            if follows < len(doc.words) and doc.words[follows].upos == "ADP" and doc.words[follows].head > follows \
                    and doc.words[doc.words[follows].head].head == anchor:
                inside = sorted(inside + doc.subtree(doc.words[follows].head, skip=frozenset({"acl", "parataxis"})))
            # a coordinated role is a title of its own, wherever the parse hangs it ("a senior fellow at the
            # Brookings Institution and a Democratic superdelegate"); another coordination inside the prepositional
            # chain is part of it ("director of research and policy", "Compass Point Research & Trading")
            others = [c for c in inside if doc.words[c].rel == "conj" and (
                c in doc.kids(app, "conj") or doc.kids(c, "det") or _a_conjoined_role(doc, c))]
            # a prepositional phrase the parse hung on the first role right after the second is the second's: "an
            # economist and former member of the Wall Street Journal editorial board"
            roles = [app, *(c for c in others if _a_conjoined_role(doc, c))]
            moved = {role: [i for k in doc.kids(app, "nmod") if k > role and doc.kids(k, "case")
                            and min(doc.subtree(k)) == max(doc.subtree(role)) + 1 for i in doc.subtree(k)]
                     for role in roles[1:]}
            for role in roles:
                apart = {i for c in others if c != role for i in doc.subtree(c)}
                apart |= {i for r, words in moved.items() if r != role for i in words}
                own = inside if role == app else doc.subtree(role, skip=frozenset({"acl", "parataxis"})) \
                    + moved.get(role, [])
                words = [i for i in own if i not in apart]
                joins = [i for i in words if doc.words[i].rel == "cc" and doc.words[i].head == role and i < role]
                words = [i for i in words if i not in joins]
                # what the parse put before an "and" inside the role's own phrase is a phrase of its own: "a Democrat
                # and former state senator" -> "a Democrat" (a party), "former state senator"
                lead = [i for i in words if joins and i < joins[0]]
                lead_span = doc.span_of(doc.contiguous(lead[-1], lead)) if lead else None
                if lead_span:
                    spans.append(lead_span)
                span = doc.span_of(doc.contiguous(role, words))
                if span:
                    spans.append(span)
        # "Tom Hale, an economist and tax expert at the Tax Foundation", with the second role parsed as a conjunct
        # of the name; not "Tom Hale and striker Ada Obi", a role with a name of its own
        appositions = doc.kids(anchor, "appos")
        for c in doc.kids(anchor, "conj"):
            if appositions and c > min(appositions) and doc.words[c].upos == "NOUN" and _in_role_lexicon(doc, c) \
                    and not any(doc.words[k].upos == "PROPN" and doc.words[k].rel in {"flat", "appos", "compound"}
                                for k in doc.children[c]):
                words = doc.contiguous(c, doc.subtree(c, skip=frozenset({"acl", "parataxis", "appos"})))
                while words and doc.words[words[0]].rel in {"cc", "det", "punct"}:
                    words = words[1:]
                span = doc.span_of(words)
                if span and not any(s.overlaps(span) for s in spans):
                    spans.append(span)
    last = max(anchors)
    _, hi_bound = _sentence_bounds(doc, last)
    if last + 4 < hi_bound and doc.words[last + 1].text == "," and doc.words[last + 3].text == "," \
            and AGE.search(doc.words[last + 2].text):
        last += 2  # "Luay Sami, 33, the community center's program coordinator": the role after the age
    start = last + 2 if last + 2 < hi_bound and doc.words[last + 1].text == "," else hi_bound
    while start < hi_bound:
        end = start - 1
        # a capitalised word tagged a verb is part of a name: "Compass Point Research & Trading"
        while end + 1 < hi_bound and doc.words[end + 1].text not in {",", ".", ";", "!", "?"} \
                and (doc.words[end + 1].upos not in {"VERB", "AUX"} or doc.words[end + 1].text[:1].isupper()
                     or bare_word(doc.words[end + 1].text) in RANKS_BEFORE_A_TITLE | PAST_WORDS
                     or (doc.words[end + 1].deprel == "amod" and end >= start)) \
                and not (end >= start and _relative_pronoun(doc, end + 1)):  # "a columnist | who is gay"
            end += 1  # (a rank or a participle the tagger took for a verb modifies the role: "acting political
            # director", "a retired four-star general and former supreme allied commander")
        words = list(range(start, end + 1))
        head_part = []
        for i in words:  # the words before any preposition must hold the role: "the city treasurer"
            if doc.words[i].upos == "ADP" and not hyphenated(doc, i):  # "in-state" is no preposition
                break
            head_part.append(i)
        # a role of the lexicon, or a head noun with a role's form ("the community center's program coordinator")
        head = head_part[-1] if head_part else None
        is_role = any((doc.words[i].text[:1].islower() or _acronym_role(doc, i)) and _in_role_lexicon(doc, i)
                      for i in head_part) or (head is not None and doc.words[head].text[:1].islower()
                                              and is_role_noun(doc.words[head].text, doc.words[head].upos))
        # an organisation's name with its "of" before a role: "a University of Washington professor"
        if not is_role and head is not None and len(words) > 2 and doc.words[words[-1]].text.islower() \
                and is_role_noun(doc.words[words[-1]].text, doc.words[words[-1]].upos) \
                and bare_word(doc.words[head].text) in AFFILIATION_NOUNS and doc.words[head].text[:1].isupper():
            is_role = True
        # a capitalised role after a possessor: "Sam Jacobs, Time's Assistant Managing Editor,"
        owned = len(head_part) > 2 and doc.words[head_part[1]].text in POSSESSIVE
        if not is_role and owned and head is not None and _capitalised_role(doc, head):
            is_role = True
        # a role after an organisation's possessive, whatever the parse made of the name: "Rashad Robinson, Color of
        # Change's executive director,"
        last_word = doc.words[words[-1]] if words else None
        if not is_role and last_word is not None and last_word.text.islower() \
                and is_role_noun(last_word.text, last_word.upos) and doc.words[words[0]].text[:1].isupper() \
                and any(doc.words[i].text in POSSESSIVE for i in words[1:-1]):
            is_role = True
        # or one written with a capital where the phrase holds no one's name: "Jane Doe, President of Acme"
        if not is_role and head_part and _capitalised_role(doc, head_part[0]):
            phrase = doc.span_of(words)
            is_role = phrase is not None and not any(e.label == "PER" and e.span.overlaps(phrase)
                                                     for e in doc.entities)
        # not a phrase that introduces the next name: "Mr. Regalado, two members of Congress from Florida, Ileana ..."
        names_next = end + 2 < hi_bound and doc.words[end + 1].text == "," and doc.words[end + 2].upos == "PROPN"
        # nor the subject of a clause; a participle that describes the role ends it: "a lawyer | representing the
        # family,"
        describes = (end + 1 < hi_bound and doc.words[end + 1].xpos in {"VBG", "VBN"}
                     and doc.words[end + 1].rel == "acl" and doc.words[end + 1].head in words) \
            or (end + 1 < hi_bound and _relative_pronoun(doc, end + 1))
        if not words or not is_role or names_next or (end + 1 < hi_bound and not describes
                                                      and doc.words[end + 1].upos in {"VERB", "AUX"}):
            break
        for part in _coordinated_roles(doc, words):  # "an economist and tax expert": two titles
            span = doc.span_of(part)
            if span and not any(s.overlaps(span) for s in spans):
                spans.append(span)
        # a list of roles goes on after the comma: "Clinton, a former first lady, secretary of State and senator"
        start = end + 2 if end + 2 < hi_bound and doc.words[end + 1].text == "," \
            and doc.words[end + 2].text[:1].islower() and doc.words[end + 2].upos in {"NOUN", "ADJ"} else hi_bound
    return spans


def _a_conjoined_role(doc: ArticleDoc, i: int) -> bool:
    """A conjunct that is a role of its own: one of the lexicon's, or any role word in lower case ("... at Yale and
    author of a book")."""
    return _in_role_lexicon(doc, i) or (doc.words[i].text.islower() and _is_role_word(doc, i))


def _relative_pronoun(doc: ArticleDoc, i: int) -> bool:
    """Does word i open a relative clause ("who is gay", "which aggregates polls")?"""
    w = doc.words[i]
    return w.upos == "PRON" and w.text.lower() in RELATIVE_PRONOUNS and (
        w.xpos in {"WP", "WP$", "WDT"} or w.deprel.startswith("nsubj"))


def _coordinated_roles(doc: ArticleDoc, words: list[int]) -> list[list[int]]:
    """The words cut at an "and" that joins two roles before any preposition: "an economist and tax expert" ->
    "an economist", "tax expert"; or before a role alone at the end ("secretary of State and senator"); not
    "director of research and policy"."""
    for k, i in enumerate(words):
        if doc.words[i].upos == "ADP":
            break
        if doc.words[i].text == "and" and k > 0 and _is_role_word(doc, words[k - 1]) \
                and any(_is_role_word(doc, j) for j in words[k + 1:]):
            return [words[:k], *_coordinated_roles(doc, words[k + 1:])]
    # a role with a chain of its own after an "and", past a prepositional phrase: "professor of law at Yale and
    # author of a book"
    for k, i in enumerate(words):
        if 0 < k < len(words) - 2 and doc.words[i].text == "and" and any(doc.words[j].upos == "ADP"
                                                                       for j in words[:k]):
            role = k + 2 if doc.words[words[k + 1]].upos == "DET" else k + 1
            if role + 1 < len(words) and doc.words[words[role]].text.islower() \
                    and _is_role_word(doc, words[role]) and doc.words[words[role + 1]].upos == "ADP":
                return [words[:k], *_coordinated_roles(doc, words[k + 1:])]
    # a role alone after the last "and", past a prepositional phrase: "secretary of State and senator"
    if len(words) > 3 and doc.words[words[-2]].text == "and" and doc.words[words[-1]].text.islower() \
            and _in_role_lexicon(doc, words[-1]) and any(doc.words[i].upos == "ADP" for i in words[:-2]):
        return [words[:-2], words[-1:]]
    return [words]


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# prepositions a tagger may take for a noun ("beside House Minority Leader Nancy Pelosi"): no part of a title
PREPOSITIONS_TAGGED_ELSE = frozenset({"beside", "besides", "alongside", "amid", "amidst", "among", "amongst",
                                      "despite", "toward", "towards", "versus", "via"})
# words that count a person among the role after "of": "one of his advisers"
PARTITIVE_OPENERS = frozenset({"one", "two", "three", "some", "several", "many", "each", "both"})
# words a role phrase before a name may hold: "Head of research at Corvid Labs", "Trump's campaign manager"
APPOSITION_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ"})


def _apposition_before(doc: ArticleDoc, run: list[int]) -> Span | None:
    """'Head of research at Corvid Labs, Tom Hale, said': a role phrase that opens the sentence and stands between
    commas before the name ends at the comma before it; its head must be a role noun."""
    lo_bound, hi_bound = _sentence_bounds(doc, run[0])
    comma, after = run[0] - 1, run[-1] + 1
    after = _skip_brackets_forward(doc, after, hi_bound)
    if comma - 1 < lo_bound or doc.words[comma].text != "," or after >= hi_bound:
        return None
    if doc.words[after].text != "," and not _role_beside_the_subject(doc, comma - 1, run):
        return None
    first = comma
    while first - 1 >= lo_bound and (doc.words[first - 1].upos in APPOSITION_UPOS
                                     or doc.words[first - 1].text.lower() in POSSESSIVE_PRONOUNS
                                     or _inner_hyphen(doc, first - 1, [first - 2, first])
                                     or (doc.words[first - 1].upos == "VERB" and doc.words[first - 1].rel == "amod")):
        first -= 1  # (with a participle that modifies the role: "presumed White House nominee")
    if first == comma or any(not doc.words[j].is_punct for j in range(lo_bound, first)):
        return None  # not the whole opening of the sentence: "Before he became mayor, Smith said"
    words = list(range(first, comma))
    if len(words) > 2 and doc.words[words[0]].text.lower() in PARTITIVE_OPENERS \
            and doc.words[words[1]].text.lower() == "of":
        words = words[2:]  # "One of his advisers, Tad Devine,": the advisers he is counted among
    head = next((i for i in words if doc.words[i].upos == "ADP"), comma) - 1
    if head < words[0] or not _is_role_word(doc, head) or bare_word(doc.words[head].text) in NOT_ROLE_NOUNS:
        return None
    return doc.span_of(words)


def _role_beside_the_subject(doc: ArticleDoc, role: int, run: list[int]) -> bool:
    """Is the role phrase that ends at word `role`, before the comma, a second subject of the verb the name is the
    subject of ("The Republican Party’s presumed White House nominee, Trump has won ...", with no comma after the
    name to close an apposition)?"""
    heads = doc.heads_of(run)
    if len(heads) != 1 or doc.words[heads[0]].rel != "nsubj":
        return False
    verb = doc.words[heads[0]].head
    return doc.words[role].rel == "nsubj" and doc.words[role].head == verb and doc.words[role].text.islower() \
        and _is_role_word(doc, role)  # (not a headline's "Cheers, Ms. Yellen")


def _role_object_before(doc: ArticleDoc, run: list[int]) -> Span | None:
    """'wrote the American ambassador at the time, John E. Herbst.': a role the parse made the object of the verb of
    saying whose subject the name is (or of the verb the name that ends the sentence hangs loose on), ending at the
    comma before the name."""
    comma = run[0] - 1
    heads = doc.heads_of(run)
    if comma < 1 or doc.words[comma].text != "," or len(heads) != 1:
        return None
    verb = doc.words[heads[0]].head
    _, hi = _sentence_bounds(doc, run[0])
    # or any verb's, where the parse left the name that ends the sentence loose on it: "Lewandowski never touched
    # the reporter, Michelle Fields."
    loose = doc.words[heads[0]].rel in {"dep", "appos", "parataxis"} and (
        run[-1] + 1 >= hi or doc.words[run[-1] + 1].is_punct)
    if verb < 0 or not ((doc.words[heads[0]].rel == "nsubj" and doc.words[verb].lemma in SPEECH_VERBS) or loose):
        return None
    for obj in doc.kids(verb, "obj"):
        phrase = _phrase(doc, obj)
        if obj < comma and max(phrase) == comma - 1 and doc.words[obj].upos == "NOUN" and _is_role_word(doc, obj) \
                and bare_word(doc.words[obj].text) not in NOT_ROLE_NOUNS:
            return doc.span_of(phrase)
    return None


def _skip_brackets_forward(doc: ArticleDoc, i: int, hi_bound: int) -> int:
    """The word after a bracketed aside that starts at word i ("Jordan (R-Ohio)," -> the comma); i otherwise."""
    if i >= hi_bound or doc.words[i].text != "(":
        return i
    j = i + 1
    while j < hi_bound and doc.words[j].text not in {"(", ")"}:
        j += 1
    return j + 1 if j < hi_bound and doc.words[j].text == ")" else i


def skip_brackets_back(doc: ArticleDoc, i: int, lo_bound: int) -> int:
    """The word before a bracketed aside that ends at word i ("Jordan (R-Ohio)" -> Jordan); i itself otherwise."""
    if i < lo_bound or doc.words[i].text != ")":
        return i
    j = i - 1
    while j >= lo_bound and doc.words[j].text not in {"(", ")"}:
        j -= 1
    return j - 1 if j >= lo_bound and doc.words[j].text == "(" else i


def _role_then_name(doc: ArticleDoc, head: int, nicknames: tuple[Span, ...]) -> int | None:
    """'Iranian Foreign Ministry spokesman Nasser Kanaani' parsed with 'Ministry' as the head: the phrase names
    the person at its right end, after the role noun, so the name's last word is the better head."""
    _, hi_bound = _sentence_bounds(doc, head)
    i = head + 1
    seen_role = _is_title_word(doc.words[head].text) and doc.words[head].text[:1].islower()
    while i < hi_bound and (doc.words[i].upos in CHUNK_UPOS or _in_nickname(doc, i, nicknames)):
        if _is_title_word(doc.words[i].text) and doc.words[i].text[:1].islower():
            seen_role = True
        elif seen_role and not _namelike(doc, i, nicknames):
            return None
        i += 1
    last = i - 1
    if seen_role and last > head and _namelike(doc, last, nicknames) and doc.words[last].upos == "PROPN":
        return last
    return None


def _name_after_title(doc: ArticleDoc, head: int, phrase: list[int], nicknames: tuple[Span, ...]) -> list[int]:
    """'Secretary of State John F. Kerry', 'Former Secretary of State Hillary Clinton': a capitalised title with an
    of-phrase, the name at the phrase's right end. The name is the proper noun with its flat parts when the parse
    has one; else the proper-noun run after the title's of-phrase ('of Homeland Security')."""
    word = doc.words[head]
    if not (_is_title_word(word.text) and word.text[:1].isupper()):
        return []
    tail = [i for i in phrase if i > head and not doc.words[i].is_punct]
    run: list[int] = []
    for i in reversed(tail):
        if doc.words[i].upos != "PROPN" or not _namelike(doc, i, nicknames) or (run and run[0] != i + 1):
            break
        run.insert(0, i)
    if len(run) < 2:
        return []
    for i in run:
        if i - 1 in doc.kids(i, "case"):
            continue  # the title's own object, "State" in "of State Hillary Clinton", with the name parsed flat on it
        flat = [k for k in doc.kids(i, "flat") if k in run]
        if flat:
            name = sorted([i, *flat])
            return name if name == list(range(name[0], name[-1] + 1)) else []
    # the title's of-phrase ends at the last word the parse gives a preposition: "of State", "of Homeland Security"
    cut = max((k for k, i in enumerate(run) if doc.kids(i, "case")), default=-1)
    if cut == len(run) - 1:  # the parse made the name the object: "of the House Newt Gingrich", after the body
        cut = max((k for k, i in enumerate(run[:-2]) if bare_word(doc.words[i].text) in AFFILIATION_NOUNS), default=cut)
    return run[cut + 1:]


def modifies_a_noun(doc: ArticleDoc, m: Mention) -> bool:
    """Does the name only modify a common noun ("on Santorum cocktail", "from North American children")?"""
    word = doc.words[m.head]
    return word.deprel == "compound" and word.head >= 0 and doc.words[word.head].upos == "NOUN"


def _in_a_prepositional_phrase(doc: ArticleDoc, i: int) -> bool:
    """Is the name at word i (or the names it is coordinated with) the object of a preposition ("In an interview
    with Joe Scarborough, the candidate said": no apposition of the subject after the comma)? Not a name the parse
    set in apposition to one ("According to the Herald, Professor John Burrows, the chairman of ..., said")."""
    seen = set()
    while doc.words[i].rel in {"flat", "compound", "conj"} and doc.words[i].head >= 0 and i not in seen:
        seen.add(i)
        i = doc.words[i].head
    return bool(doc.kids(i, "case")) and doc.words[i].rel in {"obl", "nmod"}


def _loose_name_after(doc: ArticleDoc, head: int) -> int | None:
    """The person's name that ends the sentence after a comma right behind the role phrase headed by `head`, which
    the parse left loose, not in apposition ("wrote the American ambassador at the time, John E. Herbst.")."""
    word = doc.words[head]
    if word.upos != "NOUN" or not _is_title_word(word.text) or doc.kids(head, "appos"):
        return None
    after = max(_phrase(doc, head)) + 1
    _, hi = _sentence_bounds(doc, head)
    if after + 1 >= hi or doc.words[after].text != "," or doc.words[after + 1].upos != "PROPN" \
            or doc.words[after + 1].rel not in {"dep", "appos", "parataxis", "conj"}:
        return None
    name = after + 1
    entity = doc.entity_at(Span.of(doc.text, doc.words[name].start, doc.words[name].end))
    if entity is None or entity.label not in PERSON_LABELS or entity.span.start != doc.words[name].start:
        return None
    end = doc.word_at(entity.span.end - 1)
    return name if end is not None and (end + 1 >= hi or doc.words[end + 1].is_punct) else None


def mention_at(doc: ArticleDoc, head: int, nicknames: tuple[Span, ...] = ()) -> Mention:
    """The mention whose head word is `head` (usually the subject of a speech verb)."""
    word = doc.words[head]
    span: Span | None  # span_of may give None; a fallback fills it in before any Mention is made
    titles: tuple[Span, ...] | list[Span]  # a tuple on the early returns, a list built up at the end
    if word.upos == "PRON" or word.lemma in PRONOUNS:
        span = Span.of(doc.text, word.start, word.end)
        return Mention(head, span, None, pronoun=word.text.lower())
    run = _name_run(doc, head, nicknames)
    # "the spokesman, John Kirby," -> the apposition holds the name; so with a capitalised title ("Malaysia's Prime
    # Minister, Najib Razak")
    if word.upos != "PROPN" or (_is_title_word(word.text) and not run):
        # (or a name the parse made a conjunct with no conjunction: "manager, Rich Beeson, who ...")
        unjoined = [k for k in doc.kids(head, "conj") if k > head and not doc.kids(k, "cc")
                    and doc.words[min(i for i in doc.subtree(k) if not doc.words[i].is_punct) - 1].text == ","
                    and _is_title_word(word.text)]
        for app in [*doc.kids(head, "appos"), *unjoined]:
            # (not a second title the parse hung there: "Former Secretary of State Hillary Clinton and former
            # Maryland Gov. Martin O’Malley")
            if doc.words[app].upos == "PROPN" and not (word.upos == "PROPN" and _is_title_word(doc.words[app].text)):
                inner = mention_at(doc, app, nicknames)
                if app > 0 and doc.words[app - 1].text in POSSESSIVE:
                    return inner  # "Reuters’ Luciana Lopez" parsed as an apposition: a possessor, not a title
                own = doc.span_of(_phrase(doc, head))
                # "Acme Corp. chief executive Ann Lee" parsed with "chief" as the head: one title, not two
                titles = ((own,) if own and not any(own.overlaps(t) for t in inner.titles) else ()) + inner.titles
                return Mention(app, inner.span, inner.name, titles, inner.nickname, None, inner.label)
    loose = _loose_name_after(doc, head)
    if loose is not None:  # "wrote the American ambassador at the time, John E. Herbst."
        inner = mention_at(doc, loose, nicknames)
        own = doc.span_of(_phrase(doc, head))
        titles = ((own,) if own else ()) + inner.titles
        return Mention(loose, inner.span, inner.name, titles, inner.nickname, None, inner.label)
    hung_on: list[int] = []  # the role's object a name hangs on, when the parse hung it there
    better = _role_then_name(doc, head, nicknames)
    if better is not None:
        return mention_at(doc, better, nicknames)
    phrase = _phrase(doc, head)
    # "Kurilla, commander of CENTCOM, put out ...": a role parsed as the subject, the name just before it, or
    # before the party and state in brackets: "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
    if _is_title_word(word.text) and word.text[:1].islower():
        first = min(i for i in phrase if not doc.words[i].is_punct)
        lo_bound, _ = _sentence_bounds(doc, head)
        before = skip_brackets_back(doc, first - 2, lo_bound)
        named_before: Mention | None = None
        if before >= lo_bound and doc.words[first - 1].text == "," and _namelike(doc, before, nicknames) \
                and not _in_a_prepositional_phrase(doc, before):
            named_before = mention_at(doc, before, nicknames)
        # not a place or an organisation: "in the key battleground state of Pennsylvania, the vice president said"
        if named_before is not None and named_before.label not in {"LOC", "GPE", "ORG"}:
            inner = named_before
            own = doc.span_of(phrase)
            titles = inner.titles + ((own,) if own and not any(own.overlaps(t) for t in inner.titles) else ())
            return Mention(inner.head, inner.span, inner.name, titles, inner.nickname, None, inner.label)
    if not run:
        run = _name_after_title(doc, head, phrase, nicknames)
    if not run:  # "economist Laura Chen" parsed with the role as head: the name is elsewhere in the phrase
        # but not in a prepositional phrase of it: "a narrator in the Clinton ad" is no Clinton, nor are the
        # Mayors in "Proponents, including the United States Conference of Mayors"
        prepositional = {i for k in doc.kids(head, "nmod") if doc.kids(k, "case") for i in doc.subtree(k)}
        # nor a name before a role noun that heads the phrase: "the Vermont senator", "the Senate minority leader"
        # describe someone by a place or an organisation and name no one
        described = doc.words[head].text[:1].islower() and _is_role_word(doc, head)
        names = [i for i in phrase if doc.words[i].upos == "PROPN" and _namelike(doc, i, nicknames)
                 and i not in prepositional and i != head and not (described and i < head)
                 and not prepositional.intersection(_name_run(doc, i, nicknames))]  # "for Hillary | Clinton"
        # unless the parse hung the name flat on the role's object, "master of ceremonies Asab Al-Tabchi", with
        # what stands in apposition to the name
        if not names:
            hung = [(k, i) for k in doc.kids(head, "nmod") if doc.words[k].upos == "NOUN"
                    for i in doc.kids(k, "flat") if i == k + 1 and doc.words[i].upos == "PROPN"
                    and _namelike(doc, i, nicknames)]
            names, hung_on = [i for _, i in hung], [k for k, _ in hung]
        if not names:  # or made the name a conjunct of coordinated roles: "the actress and activist Kamala Lopez"
            names = [k for k in doc.kids(head, "conj") if doc.words[k].upos == "PROPN"
                     and _namelike(doc, k, nicknames) and k - 1 > head and _is_role_word(doc, k - 1)
                     and doc.words[k - 1].rel == "conj"]
        if not names:  # or hung it flat on the second role: "lobbyist and GOP strategist Charlie Black"
            names = [i for k in doc.kids(head, "conj") if _is_role_word(doc, k) for i in doc.kids(k, "flat")
                     if i == k + 1 and doc.words[i].upos == "PROPN" and _namelike(doc, i, nicknames)]
        # the name after the role noun, not the organisation before it: "Washington Post columnist Ruth Marcus"
        if names:
            run = _name_run(doc, min(names, key=lambda i: (i < head, abs(i - head))), nicknames)
    nickname = next((n for n in nicknames if run and doc.words[run[0]].start <= n.start
                     and n.end <= doc.words[run[-1]].end), None)
    name = doc.span_of(run) if run else None
    titles = []
    if run:
        before_name = _premodifiers(doc, run[0], phrase)
        last = doc.words[run[-1]]
        if doc.words[run[0]].rel == "compound" and doc.words[run[0]].head > run[-1] \
                and doc.words[doc.words[run[0]].head].upos == "NOUN" and last.text[:1].isupper():
            before_name = []  # "undercover Trump voters": the words before a name that modifies a noun are the noun's
        titles = _coordinated_titles(doc, before_name) + _split_titles(doc, before_name)
        opening = (_apposition_before(doc, run) or _role_object_before(doc, run)) if not titles else None
        if titles and before_name and before_name[-1] == run[0] - 1:
            # "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley,": the apposition before the
            # title and the name
            opening = _apposition_before(doc, [*before_name, *run])
        if opening is not None and not any(opening.overlaps(t) for t in titles):
            titles.append(opening)
        span = doc.span_of(sorted(set(phrase) | set(run) | set(before_name)))
    else:
        span = doc.span_of(phrase)
    span = span or Span.of(doc.text, word.start, word.end)
    # the phrase's head too, where the parse made a title before the name the head ("Rep. Ray Cobb (D-N.C.), head
    # of ...", with the apposition on "Rep.")
    anchors = (run or [head]) + hung_on + ([head] if run and head not in run and head < run[0] else [])
    titles += [t for t in _apposition_titles(doc, anchors) if not any(t.overlaps(x) for x in titles)]
    titles = [_with_a_glued_past(doc, t) for t in titles]
    titles = [part for t in titles for part in _and_now(doc, t)]
    label = None
    if name:
        entity = doc.entity_at(name)
        label = entity.label if entity else doc.label_elsewhere(name.text)
    return Mention(head, span, name, tuple(titles), nickname, None, label)


# "... and currently a political analyst at MSNBC", "... and current CNN analyst": a second role, held now
AND_NOW = re.compile(r",?\s+and\s+(?:is\s+)?(?:current|currently|now)\s+(?:(?:a|an|the)\s+)?")


def _and_now(doc: ArticleDoc, title: Span) -> list[Span]:
    """The title, and the role held now that "and currently" adds inside it or right after it, whatever the parse
    made of the second ("Rick Tyler, a former senior aide to Mr. Cruz and currently a political analyst at MSNBC"):
    two titles, the first ending before "and"."""
    at = doc.word_at(title.start)
    if at is None:
        return [title]
    end = doc.words[doc.sentences[doc.words[at].sentence][1] - 1].end
    found = AND_NOW.search(doc.text, title.start, end)
    if found is None or found.start() > title.end:
        return [title]
    stop = re.search(r"[,;.()]|\s[—–-]+\s", doc.text[found.end():end])
    second = doc.text[found.end():found.end() + (stop.start() if stop else end - found.end())].rstrip()
    words = re.split(r"\s+(?:of|for|at|to|with|in)\s+", second, maxsplit=1)[0].split()
    if not words or not is_role_noun(words[-1], "NOUN"):
        return [title]
    return [Span.of(doc.text, title.start, found.start()), Span.of(doc.text, found.end(), found.end() + len(second))]


def _with_a_glued_past(doc: ArticleDoc, title: Span) -> Span:
    """The title with the past word the text glued to it by a hyphen: "Then-Sen.", "ex-Gov."."""
    at = doc.word_at(title.start)
    if at is None or at < 2 or doc.words[at - 1].text != "-" or doc.words[at - 1].start != doc.words[at - 2].end \
            or doc.words[at].start != doc.words[at - 1].end or bare_word(doc.words[at - 2].text) not in PAST_WORDS:
        return title
    return Span.of(doc.text, doc.words[at - 2].start, title.end)


def person_name_words(name: Span, nickname: Span | None) -> list[str]:
    """The words of a person's name without the quoted nickname: 'Michael "Erik" Kurilla' -> Michael, Kurilla."""
    return list(_name_words(name, nickname))


@lru_cache(maxsize=4096)  # entity clustering asks for the same names again and again
def _name_words(name: Span, nickname: Span | None) -> tuple[str, ...]:
    text = name.text
    if nickname is not None and name.contains(nickname):
        a, b = nickname.start - name.start, nickname.end - name.start
        text = text[:a] + " " + text[b:]
    words = (w if w.lower() in NAME_PARTICLES else w.strip(QUOTE_PUNCT_CHARS) for w in text.split())  # not "'t"
    return tuple(w for w in words if w)
