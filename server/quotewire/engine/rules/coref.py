"""Stage 3: who 'he' is, and whose words an unattributed quote continues.

Pronouns resolve to the nearest earlier mention of a compatible kind, preferring speakers already quoted (news
rarely switches speaker through a pronoun). "I" and "we" resolve only inside a quotation, to its speaker, and "you"
never: outside quotation marks they are the writer and the reader. A direct quote with no attribution of its own
continues the previous
quote's speaker when it follows it in the same or the next paragraph.
"""

from __future__ import annotations

import bisect

from quotewire.engine.lexicon import GROUP_PRONOUNS, HONORIFICS, NEVER_SURNAMES, ORG_NOUNS, PERSON_PRONOUNS, PLACE_NOUNS
from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.genders import PRONOUN_SEX, mention_sex, surname_sexes
from quotewire.engine.rules.mentions import Mention, mention_at, person_name_words

PERSON_LABELS = frozenset({"PER", "PERSON"})
GROUP_LABELS = frozenset({"ORG", "LOC", "GPE", "NORP"})
CONTINUATION_PARAGRAPHS = 1
# A speaker "I", "we" or "you" is the writer, the reader or someone quoted, never a person named in the third person.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# "who said": the phrase the clause hangs on. Other pronouns ("this", "anyone", "nobody") refer to no one named.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


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
    """Two words or more, the last no organisation's or place's noun: not "Libertarian Party", "United States"."""
    return len(words) >= 2 and words[-1].lower() not in ORG_NOUNS | PLACE_NOUNS


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
        assert m.name is not None  # checked above, and carried over to the relabelled copy
        out.append(m)
        covered_until = m.name.end
    return out


def _compatible(pronoun: str, m: Mention, sexes: dict[str, str]) -> bool:
    if m.pronoun or m.name is None:
        return False
    if pronoun in PERSON_PRONOUNS:
        return is_person(m) and _same_sex(pronoun, m, sexes)
    if pronoun in GROUP_PRONOUNS:
        return m.label in GROUP_LABELS or (pronoun == "they" and not is_person(m))
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
    sexes = surname_sexes(entity_mentions)
    # the article's names latest first, sorted once (a sort per pronoun was quadratic on long articles)
    latest_first = sorted(entity_mentions, key=lambda m: -m.span.start)
    negated_starts = [-m.span.start for m in latest_first]
    # what the candidates before the current one name (their speaker, or what their pronoun refers to), latest
    # first by (-start, position): kept as the candidates go by, not rebuilt for each pronoun
    spoken_order: list[tuple[int, int]] = []
    spoken: dict[int, tuple[Mention, int]] = {}  # position -> (what it names, where its quote opens)
    for n, cand in enumerate(cands):
        if cand.mention is not None and cand.mention.pronoun in SPEAKER_PRONOUNS:
            # "I" and "we" name whoever speaks the quote they stand in ("you", whoever is spoken to)
            around = _enclosing_quote(cands, n, cand.mention.span.start)
            if around is not None and around in spoken and cand.mention.pronoun != "you":
                cand.antecedent = spoken[around][0]
        elif cand.mention is not None and cand.mention.pronoun in RELATIVE_PRONOUNS:
            cand.antecedent = _relative_antecedent(doc, cand.mention, nicknames)
        elif cand.mention is not None and cand.mention.pronoun in PERSON_PRONOUNS | GROUP_PRONOUNS:
            pronoun = cand.mention.pronoun
            at = cand.mention.span.start
            # what earlier quotes name that starts before the pronoun, latest first, the earlier quote on a tie
            named = (spoken[k][0] for _, k in spoken_order[bisect.bisect_right(spoken_order, (-at, len(cands))):]
                     if spoken[k][1] < at)
            # the names that end before the pronoun, latest first: none of them starts at or after it
            first = bisect.bisect_right(negated_starts, -at)
            earlier = (m for m in latest_first[first:] if m.span.end <= at)
            for pool in (named, earlier):
                match = next((m for m in pool if _compatible(pronoun, m, sexes)), None)
                if match is not None:
                    # a quoted speaker wins unless an entity of the same kind is much nearer
                    cand.antecedent = match
                    break
        if cand.mention is not None:
            value = cand.antecedent if cand.mention.pronoun else cand.mention
            if value is not None:
                bisect.insort(spoken_order, (-value.span.start, n))
                spoken[n] = (value, cand.outer[0])


def _relative_antecedent(doc: ArticleDoc, m: Mention, nicknames: tuple[Span, ...]) -> Mention | None:
    """'Ann Okafor, who said ...': the phrase a relative clause hangs on."""
    verb = doc.words[m.head].head
    if verb < 0 or doc.words[verb].deprel != "acl:relcl":
        return None
    owner = doc.words[verb].head
    if owner < 0 or doc.words[owner].upos not in {"PROPN", "NOUN"}:
        return None
    return mention_at(doc, owner, nicknames)


def _enclosing_quote(cands: list[Candidate], n: int, at: int) -> int | None:
    """The position of the innermost quotation before candidate `n` whose marks hold offset `at`, if any."""
    inner: int | None = None
    for k in range(n):
        c = cands[k]
        if (c.kind != QuoteKind.INDIRECT and c.outer[0] < at < c.outer[1]
                and (inner is None or c.outer[0] >= cands[inner].outer[0])):
            inner = k
    return inner


def resolve_continuations(doc: ArticleDoc, cands: list[Candidate]) -> None:
    """Unattributed direct quotes carry on the speaker of the quote before them."""
    order = sorted((c.outer[0], n) for n, c in enumerate(cands) if c.parent is None and not c.dropped)
    previous: int | None = None
    previous_direct: int | None = None
    for _, n in order:
        cand = cands[n]
        if cand.kind != QuoteKind.INDIRECT and cand.mention is None and previous is not None:
            before = cands[previous]
            gap = doc.paragraph_of(cand.outer[0]) - doc.paragraph_of(before.outer[1] - 1)
            if gap <= CONTINUATION_PARAGRAPHS and (before.mention is not None or before.continues is not None):
                cand.continues = before
                cand.method = AttributionMethod.CONTINUATION
                # "“A,” she notes. / “B.”": the verb that ties the first part ties what continues it, in the
                # same paragraph or the next ones (PolNeAR marks it so too); reported speech between does not count
                lead = cands[previous_direct] if previous_direct is not None else None
                cand.cue = lead.cue if lead is not None else None
        if cand.kind != QuoteKind.INDIRECT or cand.mention is not None:
            previous = n
        if cand.kind != QuoteKind.INDIRECT:
            previous_direct = n
