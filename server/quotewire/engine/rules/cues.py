"""Speech verbs and what hangs off them: the verb that ties a quote to a speaker, its subject, its channel."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from quotewire.engine.lexicon import CHANNEL_NOUNS, CHANNEL_PREPOSITIONS, SPEECH_VERBS, TIME_WORDS
from quotewire.engine.model import Span
from quotewire.engine.rules.document import ArticleDoc, visible_end
from quotewire.engine.rules.roles import age_phrase
from quotewire.engine.rules.titles import PERSON_LABELS, is_role_noun

# Relations through which a verb inherits its subject from the verb it hangs on: "put out a statement, saying".
SUBJECT_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "parataxis"})
# Words that never name who said something.
NOT_SPEAKERS = TIME_WORDS | frozenset({"this", "that", "these", "those", "which", "what", "whatever", "there", "here",
                                       "something", "nothing", "anything", "everything"})


def is_speech_verb(doc: ArticleDoc, i: int, lexicon: frozenset[str] = SPEECH_VERBS) -> bool:
    """A verb of the lexicon, by lemma or form, or with its particle ("shot back": "shoot back"); or the idiom of
    saying 'as Rosenthal put it, “...”'."""
    w = doc.words[i]
    return (w.upos in {"VERB", "AUX"} and w.lemma in lexicon) or (w.upos == "VERB" and w.text.lower() in lexicon) \
        or (w.upos == "VERB" and any(f"{w.lemma} {doc.words[k].text.lower()}" in lexicon for k in particles(doc, i))) \
        or (w.upos == "VERB" and w.lemma == "put" and any(doc.words[k].lemma == "it" for k in doc.kids(i, "obj")))


def particles(doc: ArticleDoc, verb: int) -> list[int]:
    """The verb's particle: its compound:prt, or the adverb or preposition right after it that the parse hung
    elsewhere or on it otherwise ("Trump shot | back in a statement")."""
    found = doc.kids(verb, "compound:prt")
    after = verb + 1
    if not found and after < len(doc.words) and doc.words[after].upos in {"ADV", "ADP"} \
            and doc.words[after].sentence == doc.words[verb].sentence:
        found = [after]
    return found


def can_speak(doc: ArticleDoc, i: int) -> bool:
    """Whether word i can head a speaker's mention: not a time ('Monday'), a demonstrative ('That makes me smart'),
    an adverb or a verb."""
    w = doc.words[i]
    # "the poll, which showed ...": a relative pronoun speaks for the noun its clause hangs on
    if w.lemma in {"that", "which"} and w.rel == "nsubj" and doc.words[w.head].deprel == "acl:relcl":
        noun = doc.words[w.head].head
        return noun >= 0 and doc.words[noun].upos in {"NOUN", "PROPN"} and can_speak(doc, noun)
    # "Day said ..." after "Kristen Day": a capitalised word the article names a person by is that person
    named = w.text[:1].isupper() and w.text in doc.person_name_words
    return w.upos not in {"ADV", "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"} and \
        (named or (w.lemma not in NOT_SPEAKERS and w.text.lower() not in NOT_SPEAKERS))


PARENTHESIS_WORDS = 5  # "(R-Utah)", "(D-N.Y.)", "(pictured)": a short aside in brackets right after a name


def name_before_parenthesis(doc: ArticleDoc, i: int) -> int | None:
    """The name right before the short parenthesis that holds word i: 'Jason Chaffetz (R-Utah)' for 'R' or
    'Utah', which a shaky parse can make the subject."""
    lo, hi = doc.sentences[doc.words[i].sentence]
    opener = next((j for j in range(i - 1, max(lo, i - PARENTHESIS_WORDS) - 1, -1)
                   if doc.words[j].text in "()"), None)
    closer = next((j for j in range(i + 1, min(hi, i + PARENTHESIS_WORDS + 1)) if doc.words[j].text in "()"), None)
    if opener is None or closer is None or doc.words[opener].text != "(" or doc.words[closer].text != ")" \
            or closer - opener - 1 > PARENTHESIS_WORDS or opener - 1 < lo:
        return None
    before = opener - 1
    return before if doc.words[before].upos == "PROPN" else None


def subject_of(doc: ArticleDoc, verb: int, outside: AbstractSet[int] = frozenset()) -> int | None:
    """The subject of a verb, climbing to the verb it depends on when it has none of its own."""
    seen = set()
    origin = verb
    while verb >= 0 and verb not in seen:
        seen.add(verb)
        agents = [k for k in doc.kids(verb, "obl:agent") if k not in outside]
        subjects = [k for k in doc.kids(verb, "nsubj", "csubj") if k not in outside]
        for k in [k for k in subjects if doc.words[k].text.lower() in TIME_WORDS
                  and doc.words[k].text not in doc.person_name_words]:  # not the "Day" of "Kristen Day"
            # "A news report published Wednesday said": the parse makes the day the subject; the noun the dated
            # participle describes is. Otherwise a day is no subject: "... but on Tuesday wrote" climbs on.
            noun = _noun_before_dated_participle(doc, k)
            if noun is not None and noun not in outside:
                return noun
            subjects.remove(k)
        if agents and (doc.words[verb].xpos == "VBN" or doc.kids(verb, "aux:pass")):  # "was told by X"
            return agents[0]
        if subjects:
            # a shaky parse may give two subjects: the one nearest the verb, before it, is the likelier; but for a
            # verb that climbed to them, the one that stands right at that verb ("Most historians agree (Ann Moss,
            # who coined the word, once said, ...)", "Ann Moss" a second subject of "agree")
            subject = min(subjects, key=lambda k: (k > verb, abs(verb - k)))
            # '... for the EU, said Geert Wilders': after a comma, the subject that follows the inverted verb says it;
            # the one before is what was said, parsed as a second subject
            inverted = [k for k in subjects if k > verb and min(doc.subtree(k)) == verb + 1]
            if subject < verb and inverted and verb > 0 and doc.words[verb - 1].text == "," \
                    and doc.words[inverted[0]].upos == "PROPN":
                subject = inverted[0]
            at_origin = nearby_subject(doc, origin, outside) if origin != verb and len(subjects) > 1 else None
            if at_origin is not None and (doc.words[at_origin].upos != "PROPN" or not can_speak(doc, at_origin)):
                at_origin = None  # a name, not a month: "Since Clinton's op-ed in May, she's tacked ..., criticizing"
            subject = next((k for k in subjects if at_origin is not None and k != subject and k < origin
                            and at_origin in doc.subtree(k)), subject)
            # "Miller, a retired worker from a nuclear plant, said": a name and its apposition, both parsed as
            # subjects: the name
            subject = next((k for k in subjects if k < subject and _apposition_of(doc, k, subject)), subject)
            # "Trump issued a statement that said ...": the author of the document the relative pronoun stands for;
            # else the pronoun, which names its noun as "who" does ("the poll, which showed ...")
            head = doc.words[verb].head
            if doc.words[subject].lemma in {"that", "which"} and doc.words[verb].rel == "acl" and head >= 0 \
                    and head not in outside and doc.words[head].upos in {"NOUN", "PROPN"}:
                author = _author(doc, head, outside)
                if author != head:
                    return author
            if doc.words[subject].upos == "NOUN":  # "Sanders’ e-mail said": its owner
                subject = _author(doc, subject, outside)
            # "Jason Chaffetz (R-Utah) said": the name, not the party or state in brackets after it (even where
            # the caller rules the name out: then the parse has tangled the name into the verb's clause)
            return _outside_parenthesis(doc, subject)
        # "Hawkins and others ... said Monday's decision will make ...": the parse gave the speaker to the clause
        # after the verb, as a second subject standing before the verb
        stray = [s for c in doc.kids(verb, "ccomp") if c > verb for s in doc.kids(c, "nsubj")
                 if s < verb and s not in outside]
        if stray:
            return _outside_parenthesis(doc, stray[-1])
        # "About four out of 10 voters said ...": a share of people before the verb, parsed as an oblique
        shares = [k for k in doc.kids(verb, "obl") if k < verb and k not in outside and doc.words[k].upos == "NUM"
                  and any(doc.words[n].upos == "NOUN" for n in doc.kids(k, "nmod"))]
        if shares:
            return shares[0]
        w = doc.words[verb]
        before = verb - 1
        if w.text.lower().endswith("ing") and before >= 0 and before not in outside \
                and doc.words[before].upos == "PROPN" and doc.words[before].sentence == w.sentence:
            return before  # "footage of Hillary Clinton asking, ...": the name right before the participle
        head = w.head
        if doc.words[verb].rel == "acl" and head >= 0 and head not in outside \
                and doc.words[head].upos in {"PROPN", "NOUN", "PRON"}:
            # "Tom Hale, a columnist for ..., wrote", the verb parsed as a relative clause on the apposition: the
            # name the apposition describes
            named = doc.words[head].head
            if doc.words[head].rel == "appos" and doc.words[head].upos == "NOUN" and named >= 0 \
                    and named not in outside and doc.words[named].upos == "PROPN" and named < head < verb:
                return named
            # "Ms. Warren has been a powerful surrogate, attacking Mr. Trump": the subject of the predicate noun
            predicated = [k for k in doc.kids(head, "nsubj") if k not in outside] if doc.kids(head, "cop") else []
            if predicated:
                return predicated[0]
            # "Bush offered a retort on the mogul's mode of communication, tweeting at him, ...": a participle
            # after a comma, hung on a thing the clause speaks of, is what the clause's subject did
            thing = head
            while doc.words[thing].rel == "nmod" and doc.words[thing].head >= 0:  # "a mode | of communication"
                thing = doc.words[thing].head
            governor = doc.words[thing].head
            if w.xpos == "VBG" and doc.text.endswith(",", 0, visible_end(doc.text, w.start)) \
                    and doc.words[head].upos == "NOUN" and not is_role_noun(doc.words[head].text, "NOUN") \
                    and doc.words[head].lemma not in CHANNEL_NOUNS and governor >= 0 \
                    and doc.words[governor].upos == "VERB" and doc.words[thing].rel in {"obj", "obl"}:
                verb = governor
                continue
            return _author(doc, head, outside)  # "footage of Hillary Clinton asking, ...": the participle's noun
        if doc.words[verb].rel not in SUBJECT_CLIMB:
            return None
        verb = doc.words[verb].head
    return None


def _apposition_of(doc: ArticleDoc, name: int, noun: int) -> bool:
    """Whether the phrase headed by `noun` stands between commas right after the name headed by `name` (not
    "Meanwhile, the campaign said", where the tagger took the adverb for a name)."""
    if doc.words[name].upos != "PROPN" or doc.words[noun].upos != "NOUN":
        return False
    own = [i for i in doc.subtree(name) if not doc.words[i].is_punct and i < noun]
    phrase = [i for i in doc.subtree(noun) if not doc.words[i].is_punct]
    after = doc.words[phrase[-1]].end
    return bool(own) and doc.text[doc.words[own[-1]].end:doc.words[phrase[0]].start].strip() == "," \
        and doc.text[after:after + 2].lstrip().startswith(",")


def _author(doc: ArticleDoc, noun: int, outside: AbstractSet[int]) -> int:
    """Who speaks through a noun that says something: for a statement, release, e-mail or tweet that someone
    issued, sent or put out ("Trump issued a statement saying ..."), its author, the subject of that verb; for one a
    name owns ("Sanders’ e-mail said") or names after "by" ("the criticisms of her actions by FBI Director James
    Comey"), that name; else the noun itself ("a report that found ...")."""
    w = doc.words[noun]
    # "a statement by Ann Reed", "the criticisms of her actions by FBI Director James Comey": the agent "by" names
    # (or on the noun's own "of" phrase, where the parse hung it there: "the criticisms of her actions by ...")
    phrases = [noun, *(k for k in doc.kids(noun, "nmod") if doc.words[k].upos == "NOUN")]
    agents = [k for p in phrases for k in doc.kids(p, "nmod") if k not in outside and doc.words[k].upos == "PROPN"
              and any(doc.words[c].text.lower() == "by" for c in doc.kids(k, "case")) and _names_a_person(doc, k)]
    if w.upos == "NOUN" and agents:
        return agents[0]
    if not (w.lemma in CHANNEL_NOUNS or w.text.lower() in CHANNEL_NOUNS):
        return noun
    if w.rel == "obj" and w.head >= 0:
        authors = [k for k in doc.kids(w.head, "nsubj") if k not in outside]
        if authors:
            return _outside_parenthesis(doc, authors[0])
    # "Sanders’ fundraising email to his supporters said": the one whose document it is, where a name says so
    owners = [k for k in doc.kids(noun, "nmod:poss") if k not in outside and doc.words[k].upos == "PROPN"]
    return owners[0] if owners else noun


def _names_a_person(doc: ArticleDoc, k: int) -> bool:
    """Does the tagger call a name in the phrase headed by word k a person's (not "the United Nations Food and
    Agriculture Organization", whose name a parse may cut at its "and")?"""
    phrase = doc.subtree(k)
    span = Span.of(doc.text, doc.words[phrase[0]].start, doc.words[phrase[-1]].end)
    return any(e.label in PERSON_LABELS for e in doc.entities_within(span))


def _outside_parenthesis(doc: ArticleDoc, subject: int) -> int:
    """The subject, or the name before the short parenthesis it stands in (name_before_parenthesis)."""
    name = name_before_parenthesis(doc, subject)
    return name if name is not None else subject


def _noun_before_dated_participle(doc: ArticleDoc, day: int) -> int | None:
    participle = day - 1
    lo, _ = doc.sentences[doc.words[day].sentence]
    if participle - 1 < lo or doc.words[participle].xpos not in {"VBN", "VBD"}:  # "published", either reading
        return None
    noun = participle - 1
    return noun if doc.words[noun].upos in {"NOUN", "PROPN"} else None


# the words a noun phrase opens with: "the former top aide", "one well-connected Democrat"
PHRASE_UPOS = frozenset({"DET", "ADJ", "NUM", "ADV", "NOUN", "PROPN", "VERB"})


def nearby_subject(doc: ArticleDoc, verb: int, outside: AbstractSet[int] = frozenset()) -> int | None:
    """When the parse gives a speech verb no subject: the name or pronoun right before it (past an apposition
    between commas: 'Kurilla, commander of US Central Command, said'), or right after it ('said Kurilla')."""
    lo, hi = doc.sentences[doc.words[verb].sentence]
    i = verb - 1
    while i >= lo and doc.words[i].upos in {"ADV", "AUX", "PART"}:  # "Kurilla also said", "has said"
        i -= 1
    for opener, closer in ((",", ","), ("(", ")")):  # skip back over ", apposition," or "(D-Wis.)"
        if i >= lo and doc.words[i].text == closer:
            j = i - 1
            while j >= lo and doc.words[j].text != opener and j not in outside:
                j -= 1
            if j >= lo and doc.words[j].text == opener:
                i = j - 1
    if i >= lo and i not in outside and doc.words[i].upos in {"PROPN", "PRON"}:
        return i
    # '“...?” a narrator in the Clinton ad asks.': the noun phrase between the closing quote and the verb
    if i - 4 >= lo and age_phrase(doc, i - 4) is not None and i - 4 not in outside:
        return i  # '“...?” the 43-year-old asked'
    k = i
    while k >= lo and k not in outside and doc.words[k].upos in {"NOUN", "PROPN", "DET", "ADJ", "ADP", "NUM"}:
        k -= 1
    if k < i and (k < lo or k in outside or doc.words[k].text in "”\"’'"):
        nouns = [n for n in range(k + 1, i + 1) if doc.words[n].upos in {"NOUN", "PROPN"}]
        if nouns and doc.words[k + 1].upos in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
            return nouns[0]
    j = verb + 1
    # "said European Council President Donald Tusk": the name ends the noun chunk after the verb
    k = j
    while k < hi and k not in outside and doc.words[k].upos in {"PROPN", "NOUN", "ADJ", "NUM"}:
        k += 1
    # right after a closing quote mark the verb is inverted with its subject whatever it is: '“...,” wrote Easley'
    after_mark = any(mark in doc.text[max(0, doc.words[verb].start - 4):doc.words[verb].start] for mark in "”\"’'")
    inverted = doc.words[verb].lemma == "say" or after_mark
    if k - 1 > j and doc.words[k - 1].upos == "PROPN" and inverted:
        return k - 1
    # "said Caddell", 'Said Ellis: “...”': after "say" a name is the speaker even when the parse calls it an object
    allowed = {"nsubj", "obj", "iobj"} if inverted else {"nsubj"}
    owned = doc.words[j].head if j < hi and doc.words[j].deprel == "nmod:poss" else -1
    if inverted and j < owned < hi and owned not in outside and doc.words[owned].upos == "NOUN":
        return owned  # "said Rubio's deputy campaign manager, Rich Beeson": the role the possessor owns
    if j < hi and j not in outside and doc.words[j].upos in {"PROPN", "PRON"} and (
            doc.words[j].rel in allowed or doc.words[j].rel not in {"obj", "iobj", "obl"}):
        return j
    # '“...,” said the former top aide to President George W. Bush': right after the closing mark, the noun
    # phrase after the verb is its subject, whatever the parse calls it
    # ('“...,” said one well-connected Democrat familiar with ...': nor when it makes the phrase a small clause)
    if after_mark:
        m = j
        while m < hi and m not in outside and (doc.words[m].upos in PHRASE_UPOS or doc.words[m].text == "-"):
            w = doc.words[m]
            age = age_phrase(doc, m)
            if age is not None:
                return age[-1]  # '“...,” said the 46-year-old': the person the age describes
            if w.upos in {"NOUN", "PROPN"} and (w.head == verb or (w.head >= 0 and doc.words[w.head].head == verb)):
                return m
            m += 1
    return None


def according_to(doc: ArticleDoc, words: list[int]) -> int | None:
    """X in 'according to X' among the words."""
    for i in words:
        w = doc.words[i]
        if w.text.lower() == "according" and w.head >= 0:
            target = w.head
            if doc.words[target].text.lower() == "to":  # "according" attached to "to"
                target = doc.words[target].head
            if target >= 0 and doc.words[target].text.lower() not in {"according", "to"}:
                return target
            # an unusual parse: the next noun after "according to"
            for j in range(i + 1, min(i + 5, len(doc.words))):
                if doc.words[j].upos in {"PROPN", "NOUN", "PRON"}:
                    return j
    return None


def according_word(doc: ArticleDoc, target: int) -> int | None:
    """The word 'according' of the phrase 'according to X' whose X is target: the cue of such a quote."""
    phrase = doc.subtree(target, skip=frozenset({"punct"}))
    i: int
    for i in [*phrase, *range(max(phrase[0] - 3, 0), phrase[0])]:
        if doc.words[i].text.lower() == "according":
            return i
    return None


def according_phrase(doc: ArticleDoc, target: int) -> Span | None:
    """The whole 'according to X' phrase."""
    phrase = doc.subtree(target, skip=frozenset({"acl", "parataxis", "appos"}))
    first = phrase[0]
    while first > 0 and doc.words[first - 1].text.lower() in {"according", "to"}:
        first -= 1
    return doc.span_of(list(range(first, phrase[-1] + 1)))


def channel_of(doc: ArticleDoc, verb: int) -> Span | None:
    """Where the verb's speech happened: 'on Twitter', 'in a statement'."""
    for k in doc.children[verb]:
        if doc.words[k].rel != "obl":
            continue
        cases = [c for c in doc.kids(k, "case") if doc.words[c].text.lower() in CHANNEL_PREPOSITIONS]
        noun = doc.words[k]
        if cases and (noun.lemma in CHANNEL_NOUNS or noun.text.lower() in CHANNEL_NOUNS):
            words = [i for i in doc.subtree(k, skip=frozenset({"nmod", "acl", "obl"})) if i >= cases[0]]
            return doc.span_of(doc.contiguous(k, words))
    return None
