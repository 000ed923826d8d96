"""Stage 3: who 'he' is, and whose words an unattributed quote continues.

"He" and "she" resolve as a reader resolves them: to the person named as the subject of a clause just before (in the
pronoun's sentence or the one before it, or before sentences that refer to that person again: by a pronoun of the
same sex as their main clause's subject, or naming no one else), and for a subject inside reported speech to the
person who reports it; else to the nearest earlier compatible mention, preferring speakers already quoted (news
rarely switches speaker through a pronoun); never to anyone the pronoun's own quote names ("He said Trump would ...");
compatible by sex (genders.py), and "they" only with an organisation or a nationality, or the people a plural
subject names since ("users ... they said"); "it" an organisation, or the thing that is the subject since it ("NASA
launched the probe. The probe flew for years. It showed ..."). "I" and "we" resolve inside a quotation, to its
speaker (also the speaker a quote carries on); outside quotation marks "I" and "you" are the writer and the
reader: "I" the author a byline names, and in an interview an answer's "I" and "we" and a question's "you" the
person interviewed (first_person.py). "who" is the phrase its clause hangs on. A direct quote with no attribution
of its own continues the previous quote's speaker when it follows it in the same or the next paragraph.
"""

from __future__ import annotations

import bisect

from quotewire.engine.lexicon import (
    AFFILIATION_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    NEVER_SURNAMES,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
)
from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.first_person import author, interviewee, question_paragraphs
from quotewire.engine.rules.genders import PRONOUN_SEX, learn_sex, mention_sex, shared_surnames, surname_sexes
from quotewire.engine.rules.mentions import Mention, mention_at, modifies_a_noun, person_name_words
from quotewire.engine.rules.quoted_names import among_the_writers_words, title_quote
from quotewire.engine.rules.titles import PERSON_LABELS, bare_word, is_role_noun

GROUP_LABELS = frozenset({"ORG", "LOC", "GPE", "NORP"})
THEY_LABELS = frozenset({"ORG", "NORP"})
CONTINUATION_PARAGRAPHS = 1
# A speaker "I", "we" or "you" is the writer, the reader or someone quoted, never a person named in the third person.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# "who said": the phrase the clause hangs on. Other pronouns ("this", "anyone", "nobody") refer to no one named.
PERSON_RELATIVES = frozenset({"who", "whom"})  # "That" opening a sentence is no relative, nor anyone


def is_person(m: Mention) -> bool:
    if m.pronoun:
        return m.pronoun in PERSON_PRONOUNS
    if m.label in PERSON_LABELS:
        return m.name is None or m.name.text.split()[-1].lower() not in NEVER_SURNAMES
    # a title that only stands before a person's name outweighs the tagger: "Secretary of State Kerry", which it
    # read as an organisation "State Kerry"
    if m.name is not None and any(w[:1].isupper() and w.lower().rstrip(".") in HONORIFICS
                                  for t in m.titles for w in t.text.split()):
        return True
    if m.label in GROUP_LABELS or m.name is None:
        return False
    return bool(m.titles) or (m.label is None and could_name_a_person(m.name.text.split()))


def could_name_a_person(words: list[str]) -> bool:
    """Two words or more, the last no organisation's or place's noun: not "Libertarian Party", "United States",
    "International Brotherhood"."""
    return len(words) >= 2 and words[-1].lower() not in AFFILIATION_NOUNS | PLACE_NOUNS


def named_mentions(doc: ArticleDoc, nicknames: tuple[Span, ...]) -> list[Mention]:
    """Every proper name in the text as a mention, in order: antecedents for pronouns, full names for surnames."""
    out: list[Mention] = []
    covered_until = -1
    for word in doc.words:
        if word.upos != "PROPN" or word.start < covered_until:
            continue
        m = mention_at(doc, word.index, nicknames)
        if m.name is None or m.name.end <= word.start:
            continue
        if m.label is None:
            entity = doc.entity_at(m.name)
            if entity is not None:
                m = Mention(m.head, m.span, m.name, m.titles, m.nickname, None, entity.label)
            elif not m.titles and modifies_a_noun(doc, m):
                continue  # a name no tagger marks, only describing a thing: "from North American children"
        assert m.name is not None  # checked above, and carried over to the relabelled copy
        out.append(m)
        covered_until = m.name.end
    return out


def _compatible(pronoun: str, m: Mention, sexes: dict[str, str]) -> bool:
    if m.pronoun or m.name is None:
        return False
    if pronoun in PERSON_PRONOUNS:
        return is_person(m) and _same_sex(pronoun, m, sexes)
    if pronoun == "they":  # people: an organisation or a nationality, not a place, an event or a work
        return m.label in THEY_LABELS
    if pronoun == "it":  # an organisation speaks as "it"; a place seldom does ("Cuba ... it will require")
        return m.label == "ORG"
    if pronoun in GROUP_PRONOUNS:
        return m.label in GROUP_LABELS
    return is_person(m)


def _same_sex(pronoun: str, m: Mention, sexes: dict[str, str]) -> bool:
    """Not "she" for Donald Trump, nor for "Trump" in an article that calls him Donald Trump or Mr. Trump."""
    wanted = PRONOUN_SEX.get(pronoun)
    if wanted is None or m.name is None:
        return True
    sex = mention_sex(m)
    if sex is None:
        words = person_name_words(m.name, m.nickname)
        sex = sexes.get(words[-1].lower()) if words else None
    return sex is None or sex == wanted


def resolve_pronouns(doc: ArticleDoc, cands: list[Candidate], nicknames: tuple[Span, ...]) -> None:
    entity_mentions = named_mentions(doc, nicknames)
    sexes = surname_sexes(entity_mentions)  # and, as the article goes on, what its pronouns tell
    shared = shared_surnames(entity_mentions)
    interviewed = interviewee(doc, entity_mentions, is_person)
    asked = question_paragraphs(doc) if interviewed is not None else frozenset()
    writer = author(doc, entity_mentions, is_person)
    # the article's names latest first, sorted once (a sort per pronoun was quadratic on long articles)
    latest_first = sorted(entity_mentions, key=lambda m: -m.span.start)
    negated_starts = [-m.span.start for m in latest_first]
    # what the candidates before the current one name (their speaker, or what their pronoun refers to), latest
    # first by (-start, position): kept as the candidates go by, not rebuilt for each pronoun
    spoken_order: list[tuple[int, int]] = []
    spoken: dict[int, tuple[Mention, int]] = {}  # position -> (what it names, where its quote opens)
    sources = continuation_sources(doc, cands, with_dropped=True)
    quoted = sorted(c.outer for c in cands if c.kind != QuoteKind.INDIRECT and c.parent is None)
    # a pronoun speaker -> the names its quotes hold: all of a direct quote's, those after the pronoun in reported
    # speech ("While Comey talked about ..., he said" may well be Comey)
    own_words: dict[tuple[int, int], frozenset[str]] = {}
    for c in cands:
        if c.mention is not None and c.mention.pronoun in PERSON_PRONOUNS:
            key = (c.mention.span.start, c.mention.span.end)
            words = c.span if c.kind != QuoteKind.INDIRECT else Span.of(
                doc.text, max(c.span.start, c.mention.span.end), max(c.span.end, c.mention.span.end))
            own_words[key] = own_words.get(key, frozenset()) | _named_within(doc, words)
    for n, cand in enumerate(cands):
        if cand.mention is None:
            continue
        pronoun = cand.mention.pronoun
        if pronoun in SPEAKER_PRONOUNS:
            # "I" and "we" name whoever speaks the quote they stand in ("you", whoever is spoken to), also a quote
            # that carries on the words of the speaker before it
            around = _enclosing_quote(cands, n, cand.mention.span.start)
            if around is not None and pronoun != "you":
                cand.antecedent = _speaker_so_far(cands, around, spoken, sources)
            elif around is None and interviewed is not None:
                # an interview: a question's "you" is the person interviewed, an answer's "I" and "we" too
                question = doc.paragraph_of(cand.mention.span.start) in asked
                cand.antecedent = interviewed if question == (pronoun == "you") else None
            elif around is None and pronoun == "i":  # the writer: the byline's
                cand.antecedent = writer
        elif pronoun in RELATIVE_PRONOUNS:
            told, found = _relative_antecedent(doc, cand.mention, nicknames)
            if told:
                cand.antecedent = found
            elif pronoun in PERSON_RELATIVES:  # a clause the parse hung elsewhere: the nearest person before it
                cand.antecedent = _nearest(pronoun, cand.mention.span.start, cands, spoken_order, spoken,
                                           latest_first, negated_starts, sexes)
        elif pronoun in PERSON_PRONOUNS | GROUP_PRONOUNS:
            assert pronoun is not None  # a member of those sets
            at = cand.mention.span.start
            subject = None
            # "He said Trump would ...": no one is named in their own words (in any quote the pronoun speaks)
            own = own_words.get((cand.mention.span.start, cand.mention.span.end), frozenset())
            if pronoun in PERSON_PRONOUNS and not _inside(quoted, at):
                subject = _salient_subject(doc, pronoun, cand.mention.head, quoted, latest_first, negated_starts,
                                           sexes, own)
            cand.antecedent = subject or _nearest(pronoun, at, cands, spoken_order, spoken, latest_first,
                                                  negated_starts, sexes, own)
            if pronoun == "it" and cand.antecedent is not None:
                # "NASA launched the probe. It found ...": a thing that is the subject since the organisation
                thing = _thing_subject(doc, cand.mention.head, cand.antecedent.span.end, quoted)
                if thing is not None:
                    cand.antecedent = mention_at(doc, thing, nicknames)
            if pronoun == "they":  # the people a plural noun names since, if any: "users ... they said"
                since = doc.words[doc.sentences[max(0, doc.words[cand.mention.head].sentence - 1)][0]].start
                group = _group_between(doc, max(since, cand.antecedent.span.end if cand.antecedent else 0), at,
                                       quoted)
                if group is not None:
                    cand.antecedent = mention_at(doc, group, nicknames)
            if cand.antecedent is not None:
                learn_sex(sexes, shared, pronoun, cand.antecedent)
        value = cand.antecedent if cand.mention.pronoun else cand.mention
        if value is not None:
            bisect.insort(spoken_order, (-value.span.start, n))
            spoken[n] = (value, cand.outer[0])


def _named_within(doc: ArticleDoc, span: Span) -> frozenset[str]:
    """The last words of the proper names inside a quote's words, lower-cased: the people its speaker is not."""
    return frozenset(w.text.lower() for w in (doc.words[i] for i in doc.words_between(span.start, span.end))
                     if w.upos == "PROPN" and w.text[:1].isupper() and w.deprel != "compound"
                     and w.text.lower().rstrip(".") not in HONORIFICS)


def _named_by(m: Mention, names: frozenset[str]) -> bool:
    """Does the mention's name end on one of these words?"""
    return bool(names) and m.name is not None and m.name.text.split()[-1].lower() in names


def _nearest(pronoun: str, at: int, cands: list[Candidate], spoken_order: list[tuple[int, int]],
             spoken: dict[int, tuple[Mention, int]], latest_first: list[Mention], negated_starts: list[int],
             sexes: dict[str, str], own: frozenset[str] = frozenset()) -> Mention | None:
    """The nearest compatible mention before offset `at`: first what earlier quotes name, then any name; none that
    the pronoun's own quote names (`own`)."""
    # what earlier quotes name that starts before the pronoun, latest first, the earlier quote on a tie
    named = (spoken[k][0] for _, k in spoken_order[bisect.bisect_right(spoken_order, (-at, len(cands))):]
             if spoken[k][1] < at)
    # the names that end before the pronoun, latest first: none of them starts at or after it
    first = bisect.bisect_right(negated_starts, -at)
    earlier = (m for m in latest_first[first:] if m.span.end <= at)
    for pool in (named, earlier):
        # a quoted speaker wins over a nearer name: news rarely switches speaker through a pronoun
        match = next((m for m in pool if _compatible(pronoun, m, sexes) and not _named_by(m, own)), None)
        if match is not None:
            return match
    return None


SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "dislocated"})
# the phrase a name heads or stands in: "Harry Kane", "the head of NATO, Hoop Scheffer," "captain Harry Kane"
NAME_LINKS = frozenset({"flat", "flat:name", "compound", "appos"})
SUBJECT_SENTENCES = 2  # the pronoun's own sentence and the one before it, not counting sentences all in quotes
CHAIN_SENTENCES = 3  # sentences that refer again by a pronoun of the same sex, passed over beyond those
SUBJECT_CHAIN_SENTENCES = 10  # of those, the sentences whose main clause has that pronoun for subject


def _refers_again(doc: ArticleDoc, pronoun: str, first: int, last: int, quoted: list[tuple[int, int]]) -> str | None:
    """Whether a sentence still speaks of the person a reader follows: "subject" when its main clause has a pronoun
    of `pronoun`'s sex for subject, outside quotation marks ("He served as Russell's interpreter when Russell
    visited China"), "mention" when it names no one and has such a pronoun anywhere ("his", "him"); else None."""
    sex = PRONOUN_SEX.get(pronoun)
    if sex is None:
        return None
    words = doc.words[first:last]
    roots = [w.index for w in words if w.head < 0]
    if any(PRONOUN_SEX.get(doc.words[k].text.lower()) == sex and not _inside(quoted, doc.words[k].start)
           for root in roots[:1] for k in doc.kids(root, "nsubj")):
        return "subject"
    names_someone = any(w.upos == "PROPN" and w.text.lower().rstrip(".") not in HONORIFICS  # "as Governor": no one
                        for w in words)
    if not names_someone and any(PRONOUN_SEX.get(w.text.lower()) == sex and not _inside(quoted, w.start)
                                 for w in words):
        return "mention"
    return None


def _inside(quoted: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` lies within the marks of one of the outermost direct quotes (sorted, none overlapping)."""
    k = bisect.bisect_right(quoted, (at, 1 << 62)) - 1
    return k >= 0 and quoted[k][0] < at < quoted[k][1]


def _phrase_head(doc: ArticleDoc, m: Mention) -> int:
    """The head of the phrase a name heads or stands in ("captain Harry Kane", "the head of NATO, Hoop Scheffer")."""
    i = m.head
    while doc.words[i].deprel in NAME_LINKS and doc.words[i].head >= 0:
        i = doc.words[i].head
    return i


def _is_subject(doc: ArticleDoc, m: Mention) -> bool:
    """Whether a name is the subject of its clause, itself or as the phrase it stands in."""
    return doc.words[_phrase_head(doc, m)].deprel in SUBJECT_RELATIONS


def _reporter(doc: ArticleDoc, m: Mention) -> int | None:
    """The subject of the verb of saying whose reported clause the mention is the subject of: "Wheeler" for
    "Trump" in "Wheeler said Trump could file a complaint"."""
    clause = doc.words[_phrase_head(doc, m)].head
    if clause < 0 or doc.words[clause].rel != "ccomp" or doc.words[clause].head < 0:
        return None
    verb = doc.words[clause].head
    if doc.words[verb].lemma not in SPEECH_VERBS:
        return None
    return next(iter(doc.kids(verb, "nsubj")), None)


def _salient_subject(doc: ArticleDoc, pronoun: str, at_word: int, quoted: list[tuple[int, int]],
                     latest_first: list[Mention], negated_starts: list[int], sexes: dict[str, str],
                     own: frozenset[str] = frozenset()) -> Mention | None:
    """'Harry Kane won the award. He said ...': the person named as subject earlier in the pronoun's sentence or in
    the sentence before it (outside quotation marks) is who 'he' is, ahead of someone quoted further back; of a
    subject inside reported speech, the person who reports it ("Wheeler said Trump could file. He said ..." is
    Wheeler); none that the pronoun's own quote names (`own`)."""
    at = doc.words[at_word].start
    sentence = doc.words[at_word].sentence
    counted, chained, lowest = 0, {"subject": 0, "mention": 0}, sentence
    limits = {"subject": SUBJECT_CHAIN_SENTENCES, "mention": CHAIN_SENTENCES}
    passed: set[int] = set()  # the sentences that refer again: the names in them are not whom the chain follows
    while lowest >= 0 and counted < SUBJECT_SENTENCES:
        first, last = doc.sentences[lowest]
        again = _refers_again(doc, pronoun, first, last, quoted) if lowest != sentence else None
        if again is not None and chained[again] < limits[again]:
            chained[again] += 1  # 'McDonnell did well. His efforts ... he erred. He could have': the same person
            passed.add(lowest)
        elif lowest == sentence or any(not doc.words[i].is_punct and not _inside(quoted, doc.words[i].start)
                                       for i in range(first, last)):  # the marks around a quote are not outside it
            counted += 1
        lowest -= 1
    since = doc.words[doc.sentences[lowest + 1][0]].start
    window = [m for m in latest_first[bisect.bisect_right(negated_starts, -at):] if m.span.start >= since]
    for m in window:
        if doc.words[m.head].sentence in passed:
            continue
        if (m.span.end <= at and _is_subject(doc, m) and not _inside(quoted, m.span.start)
                and _compatible(pronoun, m, sexes) and not _named_by(m, own)):
            reporter = _reporter(doc, m)
            if reporter is not None:
                speaker = next((r for r in window if r.head == reporter or doc.words[r.head].head == reporter), None)
                if speaker is not None and _compatible(pronoun, speaker, sexes) and not _named_by(speaker, own):
                    return speaker
            return m
    return None


def _thing_subject(doc: ArticleDoc, at_word: int, since: int, quoted: list[tuple[int, int]]) -> int | None:
    """The head of a thing in the singular ("the probe", "the study"; no person, role or organisation) that is
    the subject of the main clause of the pronoun's sentence, before it, or of the sentence before, outside
    quotation marks and after offset `since`: what "it" stands for ahead of an organisation named before it."""
    sentence = doc.words[at_word].sentence
    for k in (sentence, sentence - 1):
        if k < 0:
            break
        first, last = doc.sentences[k]
        roots = [i for i in range(first, last) if doc.words[i].head < 0]
        for s in (doc.kids(roots[0], "nsubj") if roots else []):
            w = doc.words[s]
            if s < at_word and w.start >= since and not _inside(quoted, w.start) and w.upos == "NOUN" \
                    and w.xpos in {"NN", ""} and not w.text.endswith("s") and not is_role_noun(w.text, "NOUN") \
                    and bare_word(w.text) not in AFFILIATION_NOUNS and not any(
                        doc.words[c].upos == "PROPN" for c in doc.subtree(s)):
                return s
    return None


def _group_between(doc: ArticleDoc, start: int, end: int, quoted: list[tuple[int, int]]) -> int | None:
    """The last plural common noun ("officials", "users") that is the subject of a clause between two offsets,
    outside quotation marks."""
    found = None
    for i in doc.words_between(start, end):
        w = doc.words[i]
        if w.xpos == "NNS" and w.deprel in SUBJECT_RELATIONS and not _inside(quoted, w.start):
            found = i
    return found


RELATIVE_LINKS = frozenset({",", "—", "–", "-", "--", "("})


def _relative_antecedent(doc: ArticleDoc, m: Mention, nicknames: tuple[Span, ...]) -> tuple[bool, Mention | None]:
    """'Ann Okafor, who said ...': whether the parse or the words tell what a relative clause hangs on, and that
    phrase: by the parse (through a clause joined to it: 'who is running and who worked'), else the noun right
    before 'who' and a comma or dash; (True, None) where it is no noun ('those who')."""
    verb = doc.words[m.head].head
    while verb >= 0 and doc.words[verb].deprel == "conj":
        verb = doc.words[verb].head
    if verb >= 0 and doc.words[verb].deprel == "acl:relcl":
        owner = doc.words[verb].head
    else:
        before = m.head - 1
        first = doc.sentences[doc.words[m.head].sentence][0]
        while before >= first and doc.words[before].text in RELATIVE_LINKS:
            before -= 1
        if before < first or before == m.head - 1 or doc.words[before].upos not in {"PROPN", "NOUN"}:
            return False, None
        owner = before
    if owner < 0 or doc.words[owner].upos not in {"PROPN", "NOUN"}:
        return True, None
    # "a letter to Chevalier which alludes to ...", the clause hung on the name: "which" names no person, so it is
    # the noun the name's phrase hangs on
    up = doc.words[owner].head
    if m.pronoun == "which" and doc.words[owner].upos == "PROPN" and doc.words[owner].rel == "nmod" and up >= 0 \
            and doc.words[up].upos == "NOUN" and any(e.label in PERSON_LABELS and e.span.start <= doc.words[owner].start
                                                     < e.span.end for e in doc.entities):
        owner = up
    return True, mention_at(doc, owner, nicknames)


def _speaker_so_far(cands: list[Candidate], k: int, spoken: dict[int, tuple[Mention, int]],
                    sources: dict[int, tuple[int, int | None]]) -> Mention | None:
    """Who speaks quote `k`, as far as the pronouns resolved so far tell: its own speaker, or that of the quote
    whose words it carries on (a second paragraph of one speaker's words)."""
    seen = set()
    while k not in spoken and k in sources and k not in seen:
        seen.add(k)
        k = sources[k][0]
    if k in spoken:
        return spoken[k][0]
    m = cands[k].mention
    return m if m is not None and not m.pronoun else None


def _enclosing_quote(cands: list[Candidate], n: int, at: int) -> int | None:
    """The position of the innermost quotation before candidate `n` whose marks hold offset `at`, if any."""
    inner: int | None = None
    for k in range(n):
        c = cands[k]
        if (c.kind != QuoteKind.INDIRECT and c.outer[0] < at < c.outer[1]
                and (inner is None or c.outer[0] >= cands[inner].outer[0])):
            inner = k
    return inner


def continuation_sources(doc: ArticleDoc, cands: list[Candidate],
                         with_dropped: bool = False) -> dict[int, tuple[int, int | None]]:
    """Position of each unattributed direct quote -> (the quote whose speaker it carries on, the direct quote before
    it, whose cue it carries on): the one before it in the same or the next paragraph that has a speaker, its own
    or carried on. `with_dropped` counts the quotes that reported speech absorbed too: their words are still
    someone's."""
    out: dict[int, tuple[int, int | None]] = {}
    order = sorted((c.outer[0], n) for n, c in enumerate(cands)
                   if c.parent is None and (with_dropped or not c.dropped))
    previous: int | None = None
    previous_direct: int | None = None
    for _, n in order:
        cand = cands[n]
        if title_quote(doc, cand):
            continue  # 'on CNN’s “State of the Union”': nobody's words, and what follows carries on the quote before
        if cand.kind != QuoteKind.INDIRECT and cand.mention is None and previous is not None \
                and not among_the_writers_words(doc, cand):
            before = cands[previous]
            gap = doc.paragraph_of(cand.outer[0]) - doc.paragraph_of(before.outer[1] - 1)
            if gap <= CONTINUATION_PARAGRAPHS and (before.mention is not None or previous in out):
                out[n] = (previous, previous_direct)
        if cand.kind != QuoteKind.INDIRECT or cand.mention is not None:
            previous = n
        if cand.kind != QuoteKind.INDIRECT:
            previous_direct = n
    return out


def resolve_continuations(doc: ArticleDoc, cands: list[Candidate]) -> None:
    """Unattributed direct quotes carry on the speaker of the quote before them."""
    for n, (previous, previous_direct) in continuation_sources(doc, cands).items():
        cand = cands[n]
        cand.continues = cands[previous]
        cand.method = AttributionMethod.CONTINUATION
        # "“A,” she notes. / “B.”": the verb that ties the first part ties what continues it, in the same
        # paragraph or the next ones (PolNeAR marks it so too); reported speech between does not count
        lead = cands[previous_direct] if previous_direct is not None else None
        cand.cue = lead.cue if lead is not None else None
