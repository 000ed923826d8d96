"""Stage 5: the result objects: quotes in text order with ids, and one Speaker per entity draft."""

from __future__ import annotations

from quotewire.engine.model import Attribution, AttributionMethod, Cue, Quote, Span, Speaker
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.confidence import confidence
from quotewire.engine.rules.coref import SPEAKER_PRONOUNS, is_person, named_mentions
from quotewire.engine.rules.descriptions import described_people, pair_descriptions
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.entities import (
    EntityDraft,
    SpanIndex,
    cluster,
    first_named_of,
    occurrences,
    resolve,
    same_entity,
)
from quotewire.engine.rules.genders import first_names
from quotewire.engine.rules.mentions import Mention, person_name_words
from quotewire.engine.rules.quoted_names import scare_quote, title_quote
from quotewire.engine.rules.titles import PERSON_LABELS


def _entity_mention(cand: Candidate) -> Mention | None:
    """The mention that names the candidate's speaker: its own, or what its pronoun refers to. "I", "we" or "you"
    that refer to no one quoted stand for themselves (the writer, the reader); another pronoun with nothing to
    refer to names no one."""
    if cand.mention is None:
        return None
    if cand.mention.pronoun in SPEAKER_PRONOUNS and cand.antecedent is None:
        return cand.mention
    return cand.antecedent if cand.mention.pronoun else cand.mention


def _names_same_person(draft: EntityDraft, m: Mention, given_names: dict[str, set[str]],
                       first_named: dict[str, str]) -> bool:
    """A person named elsewhere in the text is the speaker quoted by surname alone ("Smith said"), or by a given
    name that starts the full name of one person of the article and no one's surname ("Maria said"); see
    given_names_of."""
    if m.name is None or not is_person(m):
        return False
    words = person_name_words(m.name, m.nickname)
    if (len(words) > 1 and draft.named and draft.one_word_names and not draft.has_group_label
            and words[0].lower() == draft.surname() and given_names.get(words[0].lower()) == {words[-1].lower()}):
        return True
    if draft.person:
        return same_entity(draft, m, first_named)
    if not draft.named or not draft.one_word_names or draft.has_group_label:
        return False
    return len(words) > 1 and words[-1].lower() == draft.surname()


def given_names_of(mentions: list[Mention]) -> dict[str, set[str]]:
    """Each given name of the article's full person names (one the first-name table holds), lower-cased, and the
    surnames it goes with; a word that is also someone's surname goes with no one (a lone "Jordan" may be Jim
    Jordan)."""
    given: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for m in mentions:
        if m.name is None or not is_person(m):
            continue
        words = [w.lower() for w in person_name_words(m.name, m.nickname)]
        if len(words) > 1:
            if words[0] in first_names():  # a given name the table knows: not "Republican Donald Trump"
                given.setdefault(words[0], set()).add(words[-1])
            surnames.add(words[-1])
    return {name: owners for name, owners in given.items() if name not in surnames}


def _other_people(drafts: list[EntityDraft], named: list[Mention]) -> list[EntityDraft]:
    """The people named in the text whom no draft holds, one draft each: those the tagger vouches for, not a
    capitalised organisation ("Motors") the rules could take for a name."""
    unheld = [m for m in named
              if m.name is not None and m.label in PERSON_LABELS and not any(d.holds(m) for d in drafts)]
    return cluster(unheld)[0]


def _described_speakers(doc: ArticleDoc, drafts: list[EntityDraft], mentions: list[Mention], named: list[Mention],
                        quoted: list[tuple[Span, int]]) -> dict[int, int]:
    """A speaker the text describes and does not name ("the Vermont senator said", "the senator said") is the
    person named before whom the description stands for (rules/descriptions.py): a speaker draft of that person
    takes the description's draft in (the returned map: draft -> the draft it joins), or the description's draft
    takes that person's names."""
    nominal = [d for d, draft in enumerate(drafts)
               if draft.mentions and not draft.named and not any(m.pronoun for m in draft.mentions)]
    if not nominal:
        return {}
    everyone = drafts + _other_people(drafts, named)
    chosen = described_people(doc, everyone, [*mentions, *named], set(range(len(everyone))) - set(nominal), quoted)
    merged: dict[int, int] = {}
    for n in nominal:
        # the description heads the mention: "the senator", not "the senator's aides"
        heads = [doc.words[m.head] for m in drafts[n].mentions]
        person = next((d for d, descriptions in chosen.items()
                       if any(x.start <= w.start and w.end == x.end for w in heads for x in descriptions)), None)
        if person is None:
            continue
        if person < len(drafts):
            for m in drafts[n].mentions:
                drafts[person].add(m)
            merged[n] = person
        else:
            for m in everyone[person].mentions:
                drafts[n].add(m)
    return merged


def _confidence(cand: Candidate) -> float:
    """The probability that the quote's speaker is right (rules/confidence.py)."""
    return confidence(cand)


def assemble(doc: ArticleDoc, cands: list[Candidate], nicknames: tuple[Span, ...] = ()) -> Attribution:
    active = [n for n, c in enumerate(cands) if not c.dropped and not scare_quote(doc, c) and not title_quote(doc, c)]
    own = {n: _entity_mention(cands[n]) for n in active}
    mentions = [m for m in own.values() if m is not None]
    named = named_mentions(doc, nicknames)
    first_named = first_named_of(named)
    drafts, owner = cluster(mentions, first_named)
    # a person quoted by surname (or given name) gets the full name and titles the text gives elsewhere
    # ("Mayor John Smith")
    given_names = given_names_of(named)
    for m in named:
        for draft in drafts:
            if not draft.holds(m) and _names_same_person(draft, m, given_names, first_named):
                draft.add(m)
                break
    draft_of: dict[int, int] = {}
    k = 0
    for n in active:
        if own[n] is not None:
            draft_of[n] = owner[k]
            k += 1
            said_by = cands[n].mention
            if said_by is not None and said_by.pronoun:
                drafts[draft_of[n]].pronoun_spans.append(said_by.span)
    index_of = {cand: n for n, cand in enumerate(cands)}
    for n in sorted(active, key=lambda n: cands[n].outer[0]):  # continuations follow their chain
        continued = cands[n].continues
        if n not in draft_of and continued is not None and index_of[continued] in draft_of:
            draft_of[n] = draft_of[index_of[continued]]

    merged = _described_speakers(doc, drafts, mentions, named, [(cands[n].span, d) for n, d in draft_of.items()])
    draft_of = {n: merged.get(d, d) for n, d in draft_of.items()}

    by_position = sorted(active, key=lambda n: (cands[n].span.start, -cands[n].span.end))
    quote_ids = {n: f"q{i + 1}" for i, n in enumerate(by_position)}
    speaker_ids: dict[int, str] = {}
    for n in by_position:
        if n in draft_of and draft_of[n] not in speaker_ids:
            speaker_ids[draft_of[n]] = f"s{len(speaker_ids) + 1}"

    # a name inside a longer name is not a mention of its own: "US" in "US Central Command"
    claimed: list[Span] = [m.surface for m in mentions] + [e.span for e in doc.entities]
    for draft in drafts:
        claimed.extend(occurrences(doc.text, draft.canonical()))
    claimed_index = SpanIndex(claimed)
    quoted = [(cands[n].span, d) for n, d in draft_of.items()]
    # the people no quote is given to are there too, so that a description of one of them ("the former secretary
    # of state" after "Hillary Clinton" named in passing) goes to no speaker
    people = drafts + _other_people(drafts, named)
    described = described_people(doc, people, [*mentions, *named], set(speaker_ids), quoted)
    for d, pair in pair_descriptions(doc, people, [*mentions, *named], set(speaker_ids)).items():
        described.setdefault(d, []).extend(pair)
    speakers = []
    for d, sid in sorted(speaker_ids.items(), key=lambda item: int(item[1][1:])):
        entity = resolve(doc, drafts[d], claimed_index, described.get(d, []))
        speakers.append(Speaker(sid, entity.name, entity.kind, entity.titles, entity.affiliation, entity.aliases,
                                entity.mentions))
    quotes = []
    for n in by_position:
        c = cands[n]
        cue = None
        if c.cue is not None:
            w = doc.words[c.cue]
            cue = Cue(Span.of(doc.text, w.start, w.end), w.lemma)
            follower = doc.words[c.cue + 1] if c.cue + 1 < len(doc.words) else None
            if w.text.lower() == "according" and follower is not None and follower.text.lower() == "to":
                cue = Cue(Span.of(doc.text, w.start, follower.end), "according to")
        parent = quote_ids.get(index_of[c.parent]) if c.parent is not None else None
        part_of = quote_ids.get(index_of[c.piece_of]) if c.piece_of is not None else None
        quotes.append(Quote(
            id=quote_ids[n], span=c.span, kind=c.kind,
            speaker_id=speaker_ids.get(draft_of[n]) if n in draft_of else None,
            speaker_span=c.mention.surface if c.mention is not None else None,
            cue=cue, parent_quote_id=parent, part_of_quote_id=part_of, channel=c.channel, confidence=_confidence(c),
            method=c.method if (n in draft_of or c.mention is not None) else AttributionMethod.NONE,
        ))
    return Attribution(tuple(quotes), tuple(speakers))
