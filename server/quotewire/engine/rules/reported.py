"""Stage 2b: reported speech, with or without some quoted words.

"X said (that) ...", "X alleged that ...", "..., X said." and "according to X, ..." give an INDIRECT quote whose
words are the reported clause. When that clause holds a short direct quote ("saying the presence is “illegal”"),
the two become one MIXED quote over the clause, attributed through the verb.
"""

from __future__ import annotations

import re

from quotewire.engine.lexicon import (
    AS_VERBS,
    CHANNEL_NOUNS,
    CHARGE_VERBS,
    CLAIM_NOUNS,
    CORE_SPEECH_VERBS,
    CUE_LEMMAS,
    HEADLINE_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    NAMING_VERBS,
    OBJECT_CONTROL_VERBS,
    OBJECT_VERBS,
    PREPOSITION_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_WORDS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
)
from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.cues import (
    according_to,
    according_word,
    can_speak,
    channel_of,
    is_speech_verb,
    subject_of,
)
from quotewire.engine.rules.document import ArticleDoc, visible_end
from quotewire.engine.rules.mentions import Mention, headline_name, mention_at
from quotewire.engine.rules.quotes import DOUBLE_MARKS, SINGLE_MARKS

ADVERBIAL_OPENERS = frozenset({"after", "before", "because", "when", "while", "since", "until", "as", "once", "during"})
DIRECT_SHARE = 0.7  # a direct quote covering this much of a reported clause is the quote itself
MIN_CLAUSE_WORDS = 3
SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl")
# "As The Hill reported, ...", "..., Jeff Weaver said.": the verbs that attribute the clause they are set in
AS_REPORTING_VERBS = frozenset({"say", "tell", "write", "report", "note", "explain", "observe", "point", "put",
                                "mention", "reveal", "disclose", "announce", "state", "argue", "suggest", "warn",
                                "add"})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
COMPLEMENTS = ("ccomp", "xcomp", "obj", "iobj", "csubj")
TELLING_VERBS = frozenset({"tell", "warn", "remind", "assure", "inform", "promise"})  # someone, then what
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
# Verbs of thinking and intending that report nothing of their own inside another report
NESTED_THOUGHT_VERBS = frozenset({"think", "believe", "feel", "know", "want", "plan", "hope", "intend", "expect",
                                  "refuse"})


def _without_complementizer(doc: ArticleDoc, words: list[int]) -> list[int]:
    """'that the strikes were ...' -> 'the strikes were ...'."""
    while words and ((doc.words[words[0]].rel == "mark" and doc.words[words[0]].lemma in {"that", "whether", "if"})
                     or doc.words[words[0]].is_punct):
        words = words[1:]
    return words


def _reported(content: Span, cue: int, mention: Mention, kind: QuoteKind = QuoteKind.INDIRECT,
              channel: Span | None = None) -> Candidate:
    """A reported-speech candidate, named or pronoun-attributed by what its mention is."""
    method = AttributionMethod.PRONOUN if mention.pronoun else AttributionMethod.NAMED
    return Candidate(content, kind, (content.start, content.end), cue=cue, mention=mention, method=method,
                     channel=channel)


def _clause(doc: ArticleDoc, verb: int) -> list[int] | None:
    """The reported clause of a speech verb: its ccomp, or the sentence it closes ('..., X said.')."""
    aside = _aside(doc, verb)
    if aside:
        return aside
    set_in = _as_noted(doc, verb)
    if set_in:
        return set_in
    for k in doc.kids(verb, "ccomp", "advcl"):
        first = doc.subtree(k)[0]
        marks = [doc.words[m].lemma for m in _opening_marks(doc, verb, k)]
        if _is_participle_cue(doc, verb, k):
            continue  # "she said, adding that ...": what was added is the participle's own, found at it
        if k < verb and doc.words[first].lemma in RELATIVE_WORDS and doc.text.endswith(
                ",", 0, visible_end(doc.text, doc.words[first].start)):
            continue  # "Weingarten, who has visited several states ..., said": a relative clause on the speaker
        if k < verb and _not_said_before_the_verb(doc, verb, k, first):
            continue
        if k < verb and _cue_right_before(doc, first) is not None:
            # "Claiming the criticism is designed ..., Trump told Fox ...", "Podesta, who said the project was
            # vetted ..., said ...": the clause of the verb of saying right before it
            continue
        asks = doc.words[verb].lemma in QUESTION_VERBS and marks in (["if"], ["whether"])
        if doc.words[k].rel == "advcl" and (k < verb or (marks != ["that"] and not asks)):
            continue  # only "told a crowd that he knows ...", "asked him if he ...": a complement made adverbial
        # "said that because terrorists are Muslim does not mean ...": a clause that opens with "that" is reported,
        # whatever adverbial mark the parse hangs on its head
        opens_with_that = first > verb and doc.words[first].lemma == "that" and doc.words[first].rel == "mark"
        # "aides said the average donation during the quarter was $27": the clause's subject parsed as a second
        # subject of the verb, after it, right before the rest of the clause
        late = [s for s in doc.kids(verb, "nsubj") if verb < s < first and doc.subtree(s)[-1] + 1 == first] \
            if any(s < verb for s in doc.kids(verb, "nsubj")) and (doc.kids(k, "cop", "aux", "aux:pass") or doc.words[
                k].xpos in {"VBD", "VBZ", "VBP", "MD"}) else []  # a clause: not '“...,” said a person close to
        if not opens_with_that and not late and (any(m not in {"that", "whether", "if", "to"} for m in marks)
                                    or doc.words[first].lemma in ADVERBIAL_OPENERS):
            continue  # "said after Pagliano failed to appear": an adverbial clause parsed as a complement
        # the clause lies on one side of its verb: "“Judge,” he said, “I have never ...”" hangs the vocative
        # before the verb on the clause after it
        words = _without_complementizer(doc, [i for i in doc.subtree(k) if (i > verb) == (k > verb)])
        # "said he is heading south and that he has a chance": a second "that" clause the parse hung off the verb
        more = [c for c in doc.kids(verb, "conj") if c > k
                and any(doc.words[m].lemma == "that" for m in doc.kids(c, "mark"))]
        if words and more:
            last = max(i for c in more for i in doc.subtree(c))
            words = [i for i in range(words[0], last + 1) if not doc.words[i].is_punct or i < last]
        # 'says Trump’s flurry of tweets was “unhinged”': the clause's subject, parsed as the verb's object
        if words and k > verb and not doc.kids(k, *SUBJECTS):
            objects = [o for o in doc.kids(verb, "obj") if verb < o < k and doc.subtree(o)[-1] + 1 == words[0]]
            if objects:
                words = list(range(doc.subtree(objects[0])[0], words[-1] + 1))
        if words and late and words[0] == first:
            words = list(range(doc.subtree(late[0])[0], words[-1] + 1))
        if k > verb:
            words = _split_complement(doc, verb, k, words)
        if len(words) >= MIN_CLAUSE_WORDS:
            return words
    # "is telling a veterans group that the military is “depleted”", "tweeted in the early hours that ...": a
    # that-clause with a subject of its own, which the parse hung on a noun after the verb
    # (or on the noun of a prepositional phrase inside it: "said in one of a series of Twitter messages that ...")
    nouns = doc.kids(verb, "obj", "iobj", "obl")
    chain = list(nouns)
    for _ in range(3):
        chain = [n for o in chain for n in doc.kids(o, "nmod")]
        nouns += [n for n in chain if doc.words[n].lemma in CHANNEL_NOUNS]
    for noun in nouns:
        for k in doc.kids(noun, "acl", "acl:relcl") if noun > verb else []:
            thats = [m for m in doc.kids(k, "mark") if doc.words[m].lemma == "that"]
            opens = doc.subtree(k)[0]
            # "told the National Post he's already received ...": after the one told, a clause that opens with a
            # subject pronoun of its own is what was told, not a relative clause on them
            told = (doc.words[verb].lemma in TELLING_VERBS and doc.words[opens].upos == "PRON"
                    and doc.words[opens].text.lower() in SUBJECT_PRONOUNS and opens in doc.kids(k, "nsubj"))
            # "said in a telephone interview that Mr. Manafort had grown disillusioned": after where it was said,
            # "that" and a clause with a subject of its own is what was said, however the parse reads "that"
            channel = (doc.words[noun].lemma in CHANNEL_NOUNS and doc.words[opens].lemma == "that"
                       and any(s != opens for s in doc.kids(k, *SUBJECTS)))
            if (thats and doc.kids(k, *SUBJECTS) and opens == thats[0]) or told or channel:
                clause = [i for i in doc.subtree(k) if not (channel and i == opens)]
                words = _split_complement(doc, verb, k, _without_complementizer(doc, clause))
                if len(words) >= MIN_CLAUSE_WORDS:
                    return words
    # "said in April that the spending cuts ... had a negative impact", "had" parsed as a second verb of the
    # speaker's: a verb joined to it with no "and" that opens with "that" and has a subject of its own
    for k in doc.kids(verb, "conj"):
        clause = doc.subtree(k)
        if k > verb and not doc.kids(k, "cc") and doc.words[clause[0]].lemma == "that" \
                and doc.words[clause[0]].rel == "mark" and doc.kids(k, *SUBJECTS):
            words = _without_complementizer(doc, clause)
            if len(words) >= MIN_CLAUSE_WORDS:
                return words
    # "Claiming the criticism is designed ..., Trump told Fox ...": the clause the parse gave the main verb
    w = doc.words[verb]
    if w.head > verb:
        for k in doc.kids(w.head, "ccomp"):
            if verb < k < w.head and _opens_with_participle_cue(doc, doc.subtree(k)[0]) == verb:
                words = _without_complementizer(doc, [i for i in doc.subtree(k) if i < w.head])
                if len(words) >= MIN_CLAUSE_WORDS:
                    return words
    # "Podesta, who said the project was vetted ..., said he was unaware": a clause that opens right after the
    # verb, which the parse hung on another verb of saying
    after = _clause_hung_on_another_verb(doc, verb)
    if after is not None:
        return after
    # "Ultimately, other experts say, she and her aides weren't trying ...": a clause with a subject of its own
    # right after the verb and a comma, which the parse joins to it with no "and"
    if doc.words[verb].lemma in AS_REPORTING_VERBS:
        for k in doc.kids(verb, "conj"):
            clause = _without_complementizer(doc, doc.subtree(k))
            if clause and k > verb and not doc.kids(k, "cc") and doc.kids(k, *SUBJECTS) and clause[0] > verb + 1 \
                    and all(doc.words[i].is_punct for i in range(verb + 1, clause[0])) \
                    and any(doc.words[i].text == "," for i in range(verb + 1, clause[0])) \
                    and len(clause) >= MIN_CLAUSE_WORDS:
                return clause
    # "said the prime minister stood by his comments", parsed as a second subject of "said" with "stood" as its
    # participle: the subject after the verb, with what hangs on it, is the clause
    if any(k < verb for k in doc.kids(verb, "nsubj")):
        for k in doc.kids(verb, "nsubj"):
            # a participle, or a clause opening with "that", not a relative clause on the speaker ("who serves")
            if k > verb and any(doc.words[a].upos == "VERB" and a > k and (
                    doc.words[a].deprel == "acl" or doc.words[doc.subtree(a)[0]].lemma == "that")
                    for a in doc.kids(k, "acl")):
                words = doc.subtree(k)
                if len(words) >= MIN_CLAUSE_WORDS:
                    return words
    # "says it raised $21 million" parsed as an xcomp: a complement with a subject of its own is a clause
    for k in doc.kids(verb, "xcomp"):
        if k > verb and doc.words[k].upos in {"VERB", "AUX", "ADJ", "NOUN"} and doc.kids(k, "nsubj", "csubj", "expl"):
            words = _without_complementizer(doc, doc.subtree(k))
            if len(words) >= MIN_CLAUSE_WORDS:
                return words
    # "promised to cut taxes", "admitted using the tax code", "refused to answer": a verbal complement
    if doc.words[verb].lemma in (SPEECH_VERBS | INTENT_VERBS) - frozenset({"say", "tell", "add", "continue", "ask",
                                                                          "call"}):
        for k in doc.kids(verb, "xcomp"):
            if doc.words[k].upos in {"VERB", "AUX"}:
                words = _without_complementizer(doc, doc.subtree(k))
                if len(words) >= MIN_CLAUSE_WORDS:
                    return words
    return _rest_of_sentence(doc, verb) or _fronted_clause(doc, verb)


# What opens an adverbial clause before the speaker, not a statement: "Asked about it, he said", "When ..., she said"
ADVERBIAL_OPENINGS = frozenset({"SCONJ", "ADP"})


def _closing_speaker(doc: ArticleDoc, verb: int) -> int | None:
    """In a sentence that closes with its speaker after a comma (', said David Autor, a professor ...', ', says
    political scientist Dossym Satpayev in Almaty.', ', Moss said.'), the speaker's head: the subject right after
    the verb (or the object the parse made of it) or right before it. None when anything else follows the verb
    than the speaker and where or when it was said."""
    w = doc.words[verb]
    lo, hi = doc.sentences[w.sentence]
    if w.lemma not in AS_REPORTING_VERBS or w.upos != "VERB" or w.rel not in {"root", "parataxis"}:
        return None
    subjects = doc.kids(verb, "nsubj")
    before = [s for s in subjects if s < verb and doc.subtree(s)[-1] == verb - 1]
    after = [s for s in subjects if s > verb] or [
        s for s in doc.kids(verb, "obj") if not subjects and doc.words[s].upos in {"NOUN", "PROPN"}]
    speaker = before[-1] if before else after[0] if after and doc.subtree(after[0])[0] == verb + 1 else None
    if speaker is None:
        return None
    # a clause hung on the speaker with no comma before it ('said nearly every conversation he has had ... centers
    # on ...') makes the words after the verb the statement, not its speaker
    if any(doc.words[a].rel == "acl" and doc.words[_first_word(doc, a) - 1].text != ","
           for a in doc.subtree(speaker) if a > verb):
        return None
    comma = min(verb, doc.subtree(speaker)[0]) - 1
    # not a comma inside a phrase ('instead of, say, the Democratic Party')
    if comma <= lo or doc.words[comma].text != "," or doc.words[comma - 1].upos in {"ADP", "DET", "CCONJ", "SCONJ"} \
            or (verb + 1 < hi and doc.words[verb + 1].text == ","):
        return None
    said_with = set(doc.subtree(speaker)) | {i for k in doc.kids(verb, "obl", "advmod", "punct")
                                             if k > verb for i in doc.subtree(k)}
    if any(i not in said_with and not doc.words[i].is_punct for i in range(verb + 1, hi)):
        return None
    return speaker


def _first_word(doc: ArticleDoc, head: int) -> int:
    """The first word of head's phrase that is no punctuation (the parse may hang the comma before it on it)."""
    return next((i for i in doc.subtree(head) if not doc.words[i].is_punct), head)


def _fronted_clause(doc: ArticleDoc, verb: int) -> list[int] | None:
    """'Nor are tariffs likely to bring these jobs back, said David Autor, a professor ...', 'Even India has more
    resonance, says political scientist Dossym Satpayev in Almaty.': the statement before the comma of a sentence
    that closes with its speaker (_closing_speaker), when the parse hung it on the verb in pieces."""
    speaker = _closing_speaker(doc, verb)
    if speaker is None:
        return None
    lo = doc.sentences[doc.words[verb].sentence][0]
    comma = min(verb, doc.subtree(speaker)[0]) - 1
    words = [i for i in range(lo, comma) if not (i == lo and doc.words[i].is_punct)]
    if len(words) < MIN_CLAUSE_WORDS or doc.words[words[0]].upos in ADVERBIAL_OPENINGS \
            or doc.words[words[0]].xpos in {"VBN", "VBG"} \
            or any(doc.words[i].text in QUOTE_MARKS for i in words) \
            or not any(doc.words[i].upos in {"VERB", "AUX"} for i in words):
        return None
    return words


# Verbs that report a clause with no "that" ("noted Latinos have a harder time"): what follows them is one
BARE_CLAUSE_VERBS = frozenset({"say", "tell", "note", "argue", "believe", "think", "insist"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_MARKS | {"''", "``"}  # and the marks as the tokenizer writes them
# What "said" or "told" is followed by when it reports no clause: "said in a statement", "said nothing", "told
# reporters on Monday"
NOT_A_CLAUSE = frozenset({"nothing", "something", "anything", "little", "much", "so", "more", "less", "yes", "no",
                          "not", "them", "him", "us", "me", "same"})


def _before(word: int | None, verb: int) -> bool:
    return word is not None and word < verb


def _main_verb(doc: ArticleDoc, word: int) -> bool:
    """The sentence's root, or a verb joined to it."""
    w = doc.words[word]
    return w.rel == "root" or (w.rel == "conj" and doc.words[w.head].rel == "root")


def _rest_of_sentence(doc: ArticleDoc, verb: int) -> list[int] | None:
    """'The NFL legend said people misunderstand Trump.' with "misunderstand" tagged an adjective, 'Randolph told
    others that he called her ...' with the clause made relative to "others": where the parse gives "say" or
    "tell" with a subject no clause at all, the rest of its sentence, after the one told and "that", when it reads
    as a clause (opens with no preposition, adverb or quantity word, and has a verb or predicate in it)."""
    w = doc.words[verb]
    lo, hi = doc.sentences[w.sentence]
    # "Several Democrats cautioned against ..., saying mass immigration ... were bigger problems": a participle
    # after a comma that closes its clause says what the clause's subject said
    closing = (w.xpos == "VBG" and w.rel == "advcl" and lo <= w.head < verb and _main_verb(doc, w.head)
               and doc.text.endswith(",", 0, visible_end(doc.text, w.start)))
    # a speaker before the verb, and no quotation before it: not '“...,” said Josh Bivens, a ...'
    if w.lemma not in BARE_CLAUSE_VERBS or w.upos != "VERB" or (w.rel in {"acl", "advcl", "csubj"} and not closing) \
            or (not any(s < verb for s in doc.kids(verb, "nsubj")) and not (
                w.rel == "conj" and w.xpos in FINITE_TAGS and _before(subject_of(doc, verb), verb))
                and not (closing and _before(subject_of(doc, verb), verb))) \
            or any(doc.words[j].text in QUOTE_MARKS for j in range(lo, verb + 2)) \
            or (doc.text.endswith(",", 0, visible_end(doc.text, w.start)) and not closing):
        return None
    i = verb + 1
    if w.lemma == "tell":
        told = [k for k in doc.kids(verb, "obj", "iobj") if doc.subtree(k)[0] == i]
        if not told:
            return None
        # the one told, less a clause the parse made theirs ("told others that he called her"), not less a
        # relative clause of theirs ("told a young woman who suggested ...")
        relative = any(doc.words[doc.subtree(a)[0]].lemma in {"who", "whom", "whose", "which"}
                       for a in doc.kids(told[0], "acl"))
        i = max(doc.subtree(told[0], skip=frozenset() if relative else frozenset({"acl"}))) + 1
        # "telling USA TODAY he had ...": the rest of a name the parse hung on the verb
        while i < hi and doc.words[i].head == verb and doc.words[i].rel in {"obl", "flat", "compound"} \
                and doc.words[i].upos in {"PROPN", "NOUN"} and not doc.kids(i, "case"):
            i += 1
    if i < hi and doc.words[i].lemma == "that":
        i += 1
    while hi > i and doc.words[hi - 1].is_punct:
        hi -= 1
    words = list(range(i, hi))
    if sum(not doc.words[j].is_punct for j in words) < MIN_CLAUSE_WORDS \
            or doc.words[i].upos in {"ADP", "ADV", "SCONJ", "CCONJ", "PUNCT", "NUM", "AUX", "PART"} \
            or doc.words[i].text.lower() in NOT_A_CLAUSE | TIME_WORDS \
            or (doc.words[i + 1].text.lower() in NOT_A_CLAUSE and doc.words[i].upos == "DET") \
            or any(doc.words[j].text in "()" for j in words) \
            or not any(doc.words[j].upos in {"VERB", "AUX", "ADJ"} for j in words[1:]):
        return None
    if w.lemma not in {"say", "tell"} and not any(doc.words[j].xpos in FINITE_TAGS and doc.words[j].rel != "acl"
                                                  for j in words[1:]):
        return None  # "noted the dichotomy between ...": a verb that takes a noun as well needs a clause to follow
    return words


COMPLEMENTIZERS = frozenset({"that", "whether", "if", "to"})


def _not_said_before_the_verb(doc: ArticleDoc, verb: int, k: int, first: int) -> bool:
    """Whether clause k, which the parse hangs on the verb before it, is something else than what was said: what
    describes the speaker, or a clause of another verb, when the verb reports one of its own after it."""
    subjects = [s for s in doc.kids(verb, "nsubj") if s < first]
    bare = not doc.kids(k, "nsubj", "nsubj:pass", "cop", "aux", "aux:pass")
    # an adjective, participle or prepositional phrase ("One delegate not on the Cruz slate, Kelly Schmdit, told")
    descriptive = doc.words[k].upos in {"ADJ", "ADV"} or doc.words[k].xpos in {"VBN", "VBG"} \
        or (doc.words[k].upos in {"NOUN", "PROPN"} and bool(doc.kids(k, "case")))
    after_comma = doc.text.endswith(",", 0, visible_end(doc.text, doc.words[first].start))
    if subjects and after_comma and descriptive and not doc.kids(k, "cop", "aux"):
        # "Mike Shields, president of the fund, a super PAC allied with House leadership, said ...": a phrase with
        # a participle, set off by commas between the speaker and the verb, describes the speaker (or what the
        # apposition names)
        return True
    if bare and descriptive and any(max(i for i in doc.subtree(s) if i < first) + 1 == first for s in subjects):
        # "a source familiar with the ad says ...", "a survey released last Thursday found ...", "Jeffrey Salkin,
        # a rabbi helping to organize the boycott, said ...": what the speaker is, parsed as what they say
        return True
    last = max((i for i in doc.subtree(k) if i < verb and not doc.words[i].is_punct), default=k)
    if doc.words[first].upos == "DET" and not doc.kids(k, "nsubj", "cop", "aux") \
            and not any(doc.words[i].upos in {"VERB", "AUX"} and doc.words[i].rel != "amod"
                        for i in doc.subtree(k) if i < verb) \
            and any(s == last + 2 and doc.words[last + 1].text == "," for s in doc.kids(verb, "nsubj")):
        return True  # "A self-professed independent, Cuban said ...": a description of the speaker before the name
    # "After struggling to persuade voters that he understands ..., Emanuel said he meets ...", "Though empathetic
    # with their grief, Woods said she does not ...": what the parse hangs on the verb from the opening adverbial,
    # when the verb reports a clause with a subject right after it
    opens = [doc.subtree(c)[0] for c in doc.kids(verb, "ccomp") if c > verb and doc.kids(c, *SUBJECTS)]
    return any(
        o == verb + 1 and doc.words[o].lemma not in RELATIVE_WORDS and not doc.words[o].is_punct for o in opens)


def _opening_marks(doc: ArticleDoc, verb: int, k: int) -> list[int]:
    """The marks that open clause k: not one the parse hung on it from inside its subject ("the majority of voters
    passing by were polite", "by" a mark of "polite"), nor one right after the verb's object, where the clause's
    subject was parsed as that object ("said the time for being correct is over")."""
    subjects = doc.kids(k, *SUBJECTS)
    objects = {i for o in doc.kids(verb, "obj") if verb < o < k for i in doc.subtree(o)}
    return [m for m in doc.kids(k, "mark") if not any(s < m for s in subjects)
            and (m - 1 not in objects or doc.words[m].lemma in COMPLEMENTIZERS)
            and doc.words[m].lemma not in {"neither", "either", "both"}]  # "neither Trump nor Clinton's plans"


def _cue_right_before(doc: ArticleDoc, first: int) -> int | None:
    """The verb of saying right before a clause's first word in its sentence ("who said | the project was
    vetted"), if any."""
    before = first - 1
    if before >= 1 and doc.words[before].deprel == "compound:prt" and doc.words[before].head == before - 1:
        before -= 1  # "pointed out | that ..."
    if before >= 0 and doc.words[before].upos == "VERB" and doc.words[before].lemma in CUE_LEMMAS \
            and doc.words[before].sentence == doc.words[first].sentence:
        return before
    return None


def _opens_with_participle_cue(doc: ArticleDoc, first: int) -> int | None:
    """The speech verb in -ing right before a clause's first word ("Claiming | the criticism is ..."), if any."""
    before = _cue_right_before(doc, first)
    return before if before is not None and doc.words[before].text.lower().endswith("ing") else None


def _as_noted(doc: ArticleDoc, verb: int) -> list[int] | None:
    """'As The Hill reported, Donald Trump was also accused ...', '..., as the Hill reported.': a verb of saying
    that "as" hangs on a clause, with no complement of its own, reports that clause, on its side of the verb."""
    w = doc.words[verb]
    own_words = [k for k in doc.kids(verb, *COMPLEMENTS) if doc.words[k].lemma != "it"]  # "as he put it"
    if (w.rel != "advcl" or w.head < 0 or w.lemma not in AS_REPORTING_VERBS or own_words
            or not any(doc.words[m].lemma == "as" for m in doc.kids(verb, "mark"))):
        return None  # not "as she noted how happy she was" (words of its own), "as the crowd cheered"
    own = set(doc.subtree(verb))
    words = _without_complementizer(doc, [i for i in doc.subtree(w.head)
                                          if i not in own and (i > verb) == (w.head > verb)])
    return words if len(words) >= MIN_CLAUSE_WORDS else None


def _clause_hung_on_another_verb(doc: ArticleDoc, verb: int) -> list[int] | None:
    """The clause that opens right after `verb` but that the parse gave another verb of saying in the sentence:
    as its complement ("who said | the project was vetted ..., said"), or as a verb coordinated with it ("said
    she met him but said | he played no role"), on `verb`'s side of that verb."""
    for k in doc.sentence_words(doc.words[verb].sentence):
        w = doc.words[k]
        if k <= verb or w.head == verb or w.head < 0:
            continue
        # "while he said | he would bring back waterboarding ..., he clarified ...": a complement the parse gave
        # the verb that `verb` hangs on, which opens right after `verb`, before that verb
        beside = doc.words[verb].head == w.head and w.rel == "ccomp" and k < w.head \
            and not doc.kids(verb, "ccomp", "obj", "xcomp")
        if doc.words[w.head].lemma not in CUE_LEMMAS and not beside:
            continue
        sibling = doc.words[verb].rel == "conj" and doc.words[verb].head == w.head  # both joined to one verb
        if not (w.rel == "ccomp" or (w.rel == "conj" and sibling and w.upos == "VERB" and doc.kids(k, *SUBJECTS))):
            continue
        subtree = doc.subtree(k)
        if subtree[0] == verb + 1:
            words = _without_complementizer(doc, [i for i in subtree if (i < w.head) == (k < w.head)])
            if len(words) >= MIN_CLAUSE_WORDS:
                return words
    return None


def _is_participle_cue(doc: ArticleDoc, verb: int, k: int) -> bool:
    """'..., Hedge said, referring to the resorts', 'she said, adding that ...': a verb of saying in -ing after
    the cue and a comma, which the parse hung on the cue as its complement."""
    w = doc.words[k]
    opens = _first_word(doc, k)
    return k > verb and w.upos == "VERB" and w.text.lower().endswith("ing") and opens == k \
        and doc.text.endswith(",", 0, visible_end(doc.text, w.start)) and w.lemma in CUE_LEMMAS


def _subject(doc: ArticleDoc, verb: int, outside: set[int]) -> int | None:
    """The verb's subject; for a participle cue ("she said, adding that ...") the subject of the verb before it."""
    subject = subject_of(doc, verb, outside=outside)
    head = doc.words[verb].head
    if subject is None and head >= 0 and _is_participle_cue(doc, head, verb):
        subject = subject_of(doc, head, outside=outside)
    head = doc.words[verb].head
    if subject is None and head >= 0 and doc.words[head].xpos in {"VBN", "VBD"} and doc.words[verb].rel == "ccomp" \
            and max((i for i in doc.subtree(head) if i < verb), default=-1) == verb - 1 >= 0:
        # "People briefed on the move said ...", the participle parsed as the main verb and "said" as its
        # complement: the participle's subject says it
        subject = next((s for s in doc.kids(head, "nsubj") if s not in outside and s < head), None)
    before = verb - 1
    if subject is None and before >= 0 and before not in outside and doc.words[before].upos == "PROPN" \
            and doc.words[before].rel == "appos" and _aside(doc, verb) is not None:
        # '..., and M777 howitzers, US Central Command said in a statement.': the name right before an aside's verb,
        # which the parse made an apposition of the noun before it, is still who says it
        subject = before
    while before >= 0 and doc.words[before].upos in {"ADV", "AUX"}:
        before -= 1
    if subject is None and before >= 0 and before not in outside and doc.words[before].upos == "PROPN" \
            and doc.words[before].sentence == doc.words[verb].sentence and doc.words[verb].rel == "root":
        # "Pfizer chief executive Ian Read said company leaders had ...", the name parsed into the clause's subject
        # ("Ian" a compound of "leaders"): the name that ends right before the verb says it
        subject = before
    if subject is None:
        subject = _poll_share(doc, verb, outside)
    if subject is None:
        subject = _named_before_apposition(doc, verb, outside)
    if subject is None:
        # ', says political scientist Dossym Satpayev in Almaty.': the speaker the parse made an object
        closing = _closing_speaker(doc, verb)
        if closing is not None and closing not in outside:
            subject = closing
    return subject


APPOSITION_WORDS = 8  # "Roberta Lange, | the state party chairwoman, | said"


def _named_before_apposition(doc: ArticleDoc, verb: int, outside: set[int]) -> int | None:
    """'..., Roberta Lange, the state party chairwoman, said she had received ...', the parse having hung the name
    and its apposition elsewhere: the name before the phrase set off by commas right before the verb."""
    lo = doc.sentences[doc.words[verb].sentence][0]
    if verb - 1 <= lo or doc.words[verb - 1].text != ",":
        return None
    opening = next((i for i in range(verb - 2, max(lo, verb - 2 - APPOSITION_WORDS), -1)
                    if doc.words[i].text == ","), None)
    if opening is None or opening - 1 < lo:
        return None
    name = opening - 1
    apposition = range(opening + 1, verb - 1)
    if doc.words[name].upos != "PROPN" or name in outside or not can_speak(doc, name) \
            or not any(doc.words[i].upos == "NOUN" for i in apposition) \
            or any(doc.words[i].upos in {"VERB", "AUX"} for i in apposition):
        return None
    return name


POLLED_VERBS = frozenset({"survey", "poll", "question", "interview", "ask", "sample"})


def _poll_share(doc: ArticleDoc, verb: int, outside: set[int]) -> int | None:
    """'About one in five say they would not vote', 'More than six in 10 said ...', 'those surveyed say ...': the
    share of a poll that says it, which the parse made a quantity or a clause of its own before the verb."""
    if doc.kids(verb, "nsubj", "nsubj:pass") or doc.words[verb].xpos not in FINITE_TAGS:
        return None
    before = max((k for k in doc.children[verb] if k < verb and not doc.words[k].is_punct), default=None)
    if before is None or before in outside or doc.subtree(before)[-1] != verb - 1:
        return None
    w = doc.words[before]
    # "about" and "more than" read as prepositions
    if w.rel == "obl" and w.upos == "NUM" and not doc.kids(before, "mark") \
            and all(doc.words[c].lemma in {"about", "than"} for c in doc.kids(before, "case")):
        return before
    # "those surveyed say": "surveyed" parsed as a verb with "those" its subject
    if w.lemma in POLLED_VERBS and w.xpos in {"VBD", "VBN"}:
        subjects = [s for s in doc.kids(before, "nsubj") if s == before - 1]
        if subjects and doc.words[subjects[0]].upos in {"PRON", "NOUN"}:
            return subjects[0]
    return None


def _split_complement(doc: ArticleDoc, verb: int, k: int, words: list[int]) -> list[int]:
    """The complement `words` (headed by k, after the verb) with what the parse split off it, side by side:
    'said it was "a mistake" to use private email', 'tweeted that Machado was “disgusting” and “a con”'."""
    while words:
        resumes = words[-1] + 1
        while resumes < len(doc.words) and doc.words[resumes].is_punct and doc.words[resumes].text != ",":
            resumes += 1
        nxt = [c for c in doc.kids(verb, "ccomp", "xcomp") if c > k and doc.subtree(c)[0] == resumes]
        # a noun or adjective coordinated onto the verb by the parse goes on with the clause (a coordinated verb
        # would be another thing the speaker did)
        nxt += [c for c in doc.kids(verb, "conj") if c > k and doc.words[c].upos in {"NOUN", "ADJ", "PROPN"}
                and doc.subtree(c)[0] == resumes and doc.words[resumes].rel == "cc"]
        if not nxt:
            break
        words = list(range(words[0], doc.subtree(nxt[0])[-1] + 1))
    return words


def _aside(doc: ArticleDoc, verb: int) -> list[int] | None:
    """'..., US Central Command said in a statement.' and 'He has a plan, he said, for how ...': a verb of saying
    set off by commas in the sentence it reports, which is all of that sentence but the aside itself."""
    w = doc.words[verb]
    # "..., campaign manager Jeff Weaver said.", which the parse may join to the clause as a second one with no
    # "and" (and nothing said of its own)
    unjoined = w.rel == "conj" and w.lemma in AS_REPORTING_VERBS and not doc.kids(verb, "cc", "obj", "ccomp", "xcomp")
    if (w.rel != "parataxis" and not unjoined) or w.head < 0 or doc.words[w.head].lemma in CORE_SPEECH_VERBS:
        return None
    # "..., the campaign manager said he needed to speak to the candidate first": a clause with a subject right
    # after the verb, with no comma between, is what it says; the sentence before is no aside's
    if any(_first_word(doc, k) == verb + 1 and doc.kids(k, *SUBJECTS) for k in doc.kids(verb, "ccomp")):
        return None
    # what the parse hangs on the aside after it ("he said, | for how the industry ...") is the sentence going on
    tails = {i for k in doc.kids(verb, "ccomp", "xcomp") if k > verb for i in doc.subtree(k)}
    own = [i for i in doc.subtree(verb) if not doc.words[i].is_punct and i not in tails]
    apposed = False
    if own and not doc.kids(verb, "nsubj") and own[0] > 0 and doc.words[own[0] - 1].upos == "PROPN" \
            and doc.words[own[0] - 1].rel == "appos":
        # '..., and M777 howitzers, US Central Command said': the speaker's name, which the parse made an
        # apposition of the noun before it, is the aside's own
        name = [i for i in doc.subtree(own[0] - 1) if not doc.words[i].is_punct]
        if name and name[-1] == own[0] - 1 and name == list(range(name[0], name[-1] + 1)):
            own, apposed = name + own, True
    # the cue's own words follow a comma
    if not own or not doc.text.endswith((",", "—", "–", "-"), 0, visible_end(doc.text, doc.words[own[0]].start)):
        return None
    subjects = [k for k in doc.kids(verb, "nsubj") if k < verb]
    if own[0] != verb and not apposed and not (
            subjects and _first_word(doc, subjects[0]) == own[0]):
        return None  # "a charge Iran denied": the words before the subject are not what was said
    # "X has been detained ..., and should be freed, the group says.": the parse hangs the aside on the last
    # of the coordinated clauses, but it reports all of them
    head = w.head
    while doc.words[head].rel == "conj" and doc.words[head].head >= 0 and doc.words[head].head < verb:
        head = doc.words[head].head
    opener = doc.words[head]
    if opener.upos == "VERB" and (opener.is_participle or opener.text.lower().endswith("ed")) \
            and not doc.kids(head, *SUBJECTS):
        return None  # "Asked about the bomb, Clinton said, ...": a participle clause, what the speaker was asked
    words = [i for i in doc.subtree(head) if i < own[0]]
    colons = [n for n, i in enumerate(words) if doc.words[i].text == ":"]
    if colons:  # "PENCE: Well, look, the senator thinks ...": a speaker's label is no part of the aside's sentence
        words = words[colons[-1] + 1:]
    if len(words) < MIN_CLAUSE_WORDS:
        return None
    own_words = set(own)
    after = [i for i in doc.subtree(head) if i > own[-1] and i not in own_words]
    resumes = next((i for i in after if not doc.words[i].is_punct), None)
    if resumes is not None and doc.text[doc.words[own[-1]].end:doc.words[resumes].start].strip() in {",", "—", "–"}:
        words += after
    return words


def _is_reported(cand: Candidate) -> bool:
    """Found by this stage: its words carry no quotation marks of their own."""
    return cand.outer == (cand.span.start, cand.span.end)


def _overlap(a: Span, b: tuple[int, int]) -> int:
    return max(0, min(a.end, b[1]) - max(a.start, b[0]))


def _merge_with_direct(cands: list[Candidate], clause: Span) -> tuple[bool, list[int]]:
    """(a direct quote is the clause itself, direct quotes inside the clause)."""
    inside = []
    quoted = 0
    for n, cand in enumerate(cands):
        if cand.kind == QuoteKind.INDIRECT or cand.parent is not None or cand.dropped:
            continue
        shared = _overlap(clause, cand.outer)
        if shared == 0:
            continue
        # a quote that opens before the clause ('he said “...') is its own; one whose mark opens the clause is in it
        if cand.span.start < clause.start:
            return True, []
        quoted += shared
        inside.append(n)
    # “Judge,” he said, “I have never ...”: quotes that fill the clause between them are the quotes themselves
    if quoted >= DIRECT_SHARE * len(clause.text):
        return True, []
    return False, inside


def find_reported(doc: ArticleDoc, cands: list[Candidate], nicknames: tuple[Span, ...]) -> list[Candidate]:
    """Indirect and mixed quotes; direct fragments folded into a mixed quote are marked dropped."""
    found: list[Candidate] = []
    direct_words = {i for c in cands if c.parent is None for i in doc.words_between(*c.outer)}
    for verb in range(len(doc.words)):
        if verb in direct_words or not is_speech_verb(doc, verb, REPORTING_VERBS | INTENT_VERBS):
            continue
        clause_words = _clause(doc, verb)
        if not clause_words:
            continue
        subject = _subject(doc, verb, set(clause_words))
        if subject is None or subject in clause_words:
            continue
        clause = doc.span_of(clause_words)
        if clause is None:
            continue
        is_direct, fragments = _merge_with_direct(cands, clause)
        if is_direct:
            continue
        for n in fragments:
            cands[n].dropped = True
        kind = QuoteKind.MIXED if fragments else QuoteKind.INDIRECT
        found.append(_reported(clause, verb, mention_at(doc, subject, nicknames), kind, channel_of(doc, verb)))
    found.extend(_questions_put(doc, cands + found, direct_words))
    found.extend(_according_to(doc, cands + found, direct_words, nicknames))
    found.extend(_in_a_poll(doc, cands + found, direct_words, nicknames))
    found.extend(_colon_lines(doc, cands, found, nicknames))
    found.extend(_headlines(doc, cands, found, nicknames))
    found.extend(_topics(doc, cands + found, direct_words, nicknames))
    found.extend(_noun_claims(doc, cands + found, direct_words, nicknames))
    return _without_nested_thoughts(doc, found)


WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "which", "whom", "whose"})


def _questions_put(doc: ArticleDoc, known: list[Candidate], direct_words: set[int]) -> list[Candidate]:
    """'Asked whether he would support Trump, Ryan said ...', 'When asked why he trailed, ...': the question put to
    the speaker of the sentence, by someone the text does not name (no speaker)."""
    out: list[Candidate] = []
    for verb in range(len(doc.words)):
        w = doc.words[verb]
        if w.lemma != "ask" or verb in direct_words or doc.kids(verb, "nsubj", "nsubj:pass", "obj", "iobj"):
            continue
        lo = doc.sentences[w.sentence][0]
        opening = verb == lo or (verb == lo + 1 and doc.words[lo].lemma in {"when", "if", "after", "once"})
        if not opening or w.xpos not in {"VBN", "VBD"}:
            continue
        for k in doc.kids(verb, "ccomp", "advcl"):
            clause = doc.subtree(k)
            words = [i for i in clause if not (i > k and doc.words[i].is_punct and i == clause[-1])]
            if words[0] != verb + 1:
                continue
            first = doc.words[words[0]]
            asked = (first.lemma in {"whether", "if"} and first.rel == "mark") or first.lemma in WH_WORDS
            content = doc.span_of(words)
            if not asked or len(words) < 2 or content is None \
                    or any(_overlap(content, c.outer) for c in known + out):
                continue
            out.append(Candidate(content, QuoteKind.INDIRECT, (content.start, content.end), cue=verb))
            break
    return out


def _without_nested_thoughts(doc: ArticleDoc, found: list[Candidate]) -> list[Candidate]:
    """'Stein said she plans to join the protest': what a speaker is reported to think, want or plan, inside
    what they are reported to have said, is part of that statement, not a second one."""
    def inside_another(c: Candidate) -> bool:
        start = doc.words[c.cue].start if c.cue is not None else -1
        return any(d is not c and d.cue != c.cue and d.span.start <= start < d.span.end for d in found)
    # a mixed one stays: the quoted words it took in are nowhere else
    return [c for c in found if c.kind != QuoteKind.INDIRECT or c.cue is None
            or doc.words[c.cue].lemma not in NESTED_THOUGHT_VERBS or not inside_another(c)]


# Verbs of a finding that take what they show as an object and a predicate: "the poll showed Trump leading"
SMALL_CLAUSE_VERBS = frozenset({"show", "find"})
# Where something is written or said, never what it is about: "wrote on his blog", "spoke on television".
MEDIA_NOUNS = frozenset({"blog", "twitter", "facebook", "instagram", "telegram", "television", "tv", "radio", "podcast",
                         "website", "site", "air", "camera"})


def _topic_words(doc: ArticleDoc, verb: int) -> list[int] | None:
    """What a verb of speech or thought is about: 'talked about the economy', 'criticized the new plan'."""
    lemma = doc.words[verb].lemma
    if lemma in NAMING_VERBS:
        # "called Trump a fascist", "labeled the plan a disaster": who is called what
        objects, predicates = doc.kids(verb, "obj"), doc.kids(verb, "xcomp")
        if objects and not predicates:  # 'called both of them “crazy”': the parse may hang the predicate loosely
            predicates = [k for k in doc.kids(verb, "parataxis", "advcl", "ccomp", "obl")
                          if k > objects[-1] and doc.words[k].upos in {"ADJ", "NOUN"}
                          and not doc.kids(k, "nsubj", "case", "mark")][:1]
        if len(objects) >= 2 and not predicates and doc.words[doc.subtree(objects[-1])[0]].upos in {"DET", "ADJ"}:
            objects, predicates = objects[:-1], objects[-1:]  # the parse made the predicate a second object
        if objects and predicates and doc.words[predicates[0]].upos in {"NOUN", "ADJ", "PROPN"}:
            # from who is called to what they are called, whatever the parse hangs between ("on Saturday")
            first = doc.subtree(objects[0])[0]
            return list(range(first, _without_time(doc, predicates[0])[-1] + 1))
        if len(objects) == 1 and not predicates:
            # 'called half of his supporters “deplorables”': the parse put the quoted name inside the object
            words = doc.subtree(objects[0])
            last = words[-1]
            while last > words[0] and doc.words[last].is_punct:
                last -= 1
            if doc.words[last].rel == "appos" and doc.text[doc.words[last].start - 1:doc.words[last].start] in "“\"‘'":
                return words
    if lemma in OBJECT_CONTROL_VERBS:
        # "asked the campaign to stop using the song", "urged voters to turn out": who was asked to do what
        for k in doc.kids(verb, "obj"):
            words = doc.subtree(k)
            more = _to_clause_after(doc, verb, words)
            if more:
                return words + more
            # "asked the congregation to stand": the parse hung the to-clause on the object
            if any(doc.words[m].lemma == "to" for c in doc.kids(k, "acl") for m in doc.kids(c, "mark")):
                return words
    if lemma in AS_VERBS:
        # "sees Cruz as a uniter", "referred to the governor as “Chris”": who is seen as what
        objects = doc.kids(verb, "obj") or [k for k in doc.kids(verb, "obl")
                                            if [doc.words[c].lemma for c in doc.kids(k, "case")] == ["to"]]
        roles = [k for k in doc.kids(verb, "obl", "advcl", "xcomp", "nmod") if objects and k > objects[0]
                 and any(doc.words[c].lemma == "as" for c in doc.kids(k, "case", "mark"))]
        if objects and roles:
            first = doc.subtree(objects[0])[0]
            words = [i for i in range(first, doc.subtree(roles[0])[-1] + 1) if i in set(doc.subtree(verb))]
            if words:
                return doc.contiguous(words[0], words)
    if lemma in TOPIC_VERBS or lemma in PREPOSITION_VERBS:
        prepositions = PREPOSITION_VERBS.get(lemma, TOPIC_PREPOSITIONS)
        # "wrote on his blog | about the plan": the topic the parse hung on the medium
        media = [n for k in doc.kids(verb, "obl") if doc.words[k].text.lower() in MEDIA_NOUNS
                 for n in doc.kids(k, "nmod")]
        for k in [k for k in doc.kids(verb, "obl") if doc.words[k].text.lower() not in MEDIA_NOUNS] + media:
            cases = [doc.words[c].lemma for c in doc.kids(k, "case")]
            if cases and cases[0] in prepositions and doc.words[k].upos in {"NOUN", "PROPN", "PRON"} \
                    and doc.words[k].deprel != "obl:tmod" and doc.words[k].lemma not in TIME_WORDS:
                words = [i for i in _without_time(doc, k) if doc.words[i].rel != "case" or doc.words[i].head != k]
                return words + _to_clause_after(doc, verb, words)
    if lemma in CHARGE_VERBS:
        # "accused Clinton of lying", "blamed the workers for the fraud": who is charged with what
        objects = doc.kids(verb, "obj")
        charges = [k for k in doc.kids(verb, "obl", "advcl") if objects and k > objects[0]
                   and any(doc.words[c].lemma in {"of", "for"} for c in doc.kids(k, "case", "mark"))]
        if objects and charges:
            keep = set(_without_time(doc, verb))  # less a time hung on the verb inside the span
            return [i for i in range(doc.subtree(objects[0])[0], doc.subtree(charges[0])[-1] + 1) if i in keep]
    if lemma in OBJECT_VERBS or lemma in SMALL_CLAUSE_VERBS:
        objects = [k for k in doc.kids(verb, "obj") if doc.words[k].upos in {"NOUN", "PROPN"}]
        if objects:
            # a shaky parse splits a name into two objects ('backing Hillary | Clinton'): take the run of them
            words = sorted({i for k in objects for i in _without_time(doc, k)})
            if not words:
                return None
            # "the poll showed Trump | leading the field", "polls show Sanders | within two points of Clinton": what
            # the object is shown or found to be goes with it
            shown = [k for k in doc.kids(verb, "xcomp", "advcl", "obl") if k > objects[-1]
                     and doc.subtree(k)[0] == words[-1] + 1 and doc.words[k].lemma not in TIME_WORDS
                     and not doc.kids(k, "mark")  # not "found ways | to press his agenda"
                     and (doc.words[k].rel != "obl" or [doc.words[c].lemma for c in doc.kids(k, "case")][:1]
                          in (["with"], ["within"], ["at"], ["ahead"], ["behind"]))]
            if shown and lemma in SMALL_CLAUSE_VERBS:
                words = words + doc.subtree(shown[0])
            elif lemma not in OBJECT_VERBS:
                return None  # "police found the car": a thing found, not a finding
            return doc.contiguous(words[0], words)
    return None


def _to_clause_after(doc: ArticleDoc, verb: int, words: list[int]) -> list[int]:
    """'called for a special prosecutor | to investigate ...', 'called on Trump | to drop out': the 'to' clause of
    the verb that goes on right after its object says what was called for."""
    for k in doc.kids(verb, "advcl", "xcomp"):
        clause = doc.subtree(k)
        marks = [doc.words[m].lemma for m in doc.kids(k, "mark")]
        if marks == ["to"] and words and clause[0] == words[-1] + 1:
            return clause
    return []


def _without_time(doc: ArticleDoc, head: int) -> list[int]:
    """The phrase under head, less a time attached to it by a shaky parse ('the plan on Monday')."""
    drop: set[int] = set()
    for k in doc.children[head]:
        if doc.words[k].rel in {"nmod", "obl"} and doc.words[k].lemma in TIME_WORDS:
            drop.update(doc.subtree(k))
    return [i for i in doc.subtree(head) if i not in drop]


def _topics(doc: ArticleDoc, known: list[Candidate], direct_words: set[int],
            nicknames: tuple[Span, ...]) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in range(len(doc.words)):
        if doc.words[verb].upos != "VERB" or verb in direct_words:
            continue
        words = _topic_words(doc, verb)
        if not words or len(words) < 2:
            continue
        subject = _subject(doc, verb, set(words))
        content = doc.span_of(words)
        if subject is None or content is None or subject in direct_words or not can_speak(doc, subject):
            continue  # a subject inside a quote is the quote's business, not the speaker's
        if any(_overlap(content, c.outer) for c in known + out if _is_reported(c)):
            continue
        # "called both candidates “crazy”": quoted words inside what was called make it a mixed quote
        is_direct, fragments = _merge_with_direct(known, content)
        if is_direct:
            continue
        for n in fragments:
            known[n].dropped = True
        kind = QuoteKind.MIXED if fragments else QuoteKind.INDIRECT
        out.append(_reported(content, verb, mention_at(doc, subject, nicknames), kind))
    return out


def _noun_claims(doc: ArticleDoc, known: list[Candidate], direct_words: set[int],
            nicknames: tuple[Span, ...]) -> list[Candidate]:
    """'his claim that ...', 'Trump's statement that ...': a speech noun with a that-clause; 'her decision to
    meet ...': a noun of intent with a to-clause."""
    out: list[Candidate] = []
    for noun in range(len(doc.words)):
        w = doc.words[noun]
        if w.upos != "NOUN" or w.lemma not in CLAIM_NOUNS | INTENT_NOUNS or noun in direct_words:
            continue
        # "his claim that ...", and for a noun of intent "her decision to meet ...", "proposals to regulate ..."
        marks = {"that"} | ({"to"} if w.lemma in INTENT_NOUNS else set())
        clauses = [k for k in doc.kids(noun, "acl", "ccomp", "acl:relcl")
                   if any(doc.words[m].lemma in marks and doc.words[m].rel == "mark" for m in doc.kids(k, "mark"))]
        # "Trump’s claim that there have been ...": a clause that opens right after the noun with its mark, whatever
        # the parse hung it on
        mark = noun + 1
        if not clauses and mark < len(doc.words) and doc.words[mark].lemma == "that" \
                and doc.words[mark].rel == "mark" and doc.words[mark].head > noun \
                and doc.subtree(doc.words[mark].head)[0] == mark:
            clauses = [doc.words[mark].head]
        if not clauses:
            continue
        owners = doc.kids(noun, "nmod:poss") or doc.kids(noun, "nmod")
        source = owners[0] if owners else None
        if source is None and w.rel in {"obj", "nsubj:pass"}:
            source = subject_of(doc, w.head)
        if source is None:
            continue
        words = _without_complementizer(doc, doc.subtree(clauses[0]))
        content = doc.span_of(words)
        if content is None or len(words) < MIN_CLAUSE_WORDS \
                or any(_overlap(content, c.outer) for c in known + out if _is_reported(c)):
            continue
        # "Trump’s claim that there have been “thousands of shootings” in Chicago": a mixed quote
        is_direct, fragments = _merge_with_direct(known, content)
        if is_direct:
            continue
        for n in fragments:
            known[n].dropped = True
        kind = QuoteKind.MIXED if fragments else QuoteKind.INDIRECT
        out.append(_reported(content, noun, mention_at(doc, source, nicknames), kind))
    return out


def _according_to(doc: ArticleDoc, known: list[Candidate], direct_words: set[int],
            nicknames: tuple[Span, ...]) -> list[Candidate]:
    """'According to X, ...' sentences with no quote of their own."""
    out: list[Candidate] = []
    for s in range(len(doc.sentences)):
        words = list(doc.sentence_words(s))
        if sum(i in direct_words for i in words) > len(words) / 2:
            continue  # mostly a direct quote: the direct stage attributes it
        source = according_to(doc, words)
        if source is None:
            continue
        phrase = set(doc.subtree(source))
        phrase |= {i for i in words if doc.words[i].text.lower() in {"according", "to"} and
                   (i + 1 in phrase or i + 2 in phrase)}
        content = doc.span_of([i for i in words if i not in phrase])
        # "51 percent of voters said they back Clinton, according to the poll": the poll reports the whole
        # sentence, and the voters' own words inside it stay a quote of their own
        if content is None or any(_overlap(content, c.outer) > DIRECT_SHARE * len(content.text)
                                  for c in known if c.kind != QuoteKind.DIRECT):
            continue
        if any(_overlap(content, c.outer) and c.mention is not None for c in known if c.kind == QuoteKind.DIRECT):
            continue
        out.append(Candidate(content, QuoteKind.INDIRECT, (content.start, content.end), cue=according_word(doc, source),
                             mention=mention_at(doc, source, nicknames), method=AttributionMethod.ACCORDING_TO))
    return out


# What reports a finding a sentence opens with: "In the new Morning Consult poll, 40 percent back Sanders"
FINDING_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "average", "study", "analysis", "tally", "count"})


def _in_a_poll(doc: ArticleDoc, known: list[Candidate], direct_words: set[int],
               nicknames: tuple[Span, ...]) -> list[Candidate]:
    """'In the new Morning Consult poll, 40 percent of likely Democratic voters back Sanders': a sentence that opens
    with the poll or survey it reports, which says the rest of the sentence."""
    out: list[Candidate] = []
    for s in range(len(doc.sentences)):
        words = [i for i in doc.sentence_words(s) if not doc.words[i].is_punct or doc.words[i].text == ","]
        if len(words) < 4 or doc.words[words[0]].lemma != "in" or doc.words[words[0]].rel != "case":
            continue
        noun = doc.words[words[0]].head
        if noun < 0 or doc.words[noun].lemma not in FINDING_NOUNS:
            continue
        phrase = [i for i in doc.subtree(noun) if not doc.words[i].is_punct]
        comma = phrase[-1] + 1
        if comma >= len(doc.words) or doc.words[comma].text != "," or phrase[0] != words[0]:
            continue
        rest = [i for i in words if i > comma]
        content = doc.span_of(rest)
        if content is None or len(rest) < MIN_CLAUSE_WORDS or any(i in direct_words for i in rest) \
                or not any(doc.words[i].upos in {"VERB", "AUX"} for i in rest) \
                or any(_overlap(content, c.outer) for c in known):
            continue
        out.append(Candidate(content, QuoteKind.INDIRECT, (content.start, content.end), cue=words[0],
                             mention=mention_at(doc, noun, nicknames), method=AttributionMethod.ACCORDING_TO))
    return out


# A headline's source before its colon that is no name
HEADLINE_SOURCE_NOUNS = frozenset({"poll", "polls", "report", "survey", "study", "newspaper", "insiders", "historians",
                                   "experts", "analysts", "economists", "officials", "aides", "critics", "pollsters"})
COLON_LINE = re.compile(r"^([^\n:]{2,60}?):[ \t]+([^\n]{12,})", re.MULTILINE)
NOT_A_SOURCE = frozenset({"update", "updated", "note", "watch", "photo", "video", "related", "source", "sources",
                          "editor", "editors", "read", "listen", "follow", "q", "a", "question", "answer", "warning",
                          "breaking", "exclusive", "analysis", "opinion", "correction", "disclosure", "image"})


def _colon_lines(doc: ArticleDoc, cands: list[Candidate], found: list[Candidate],
                 nicknames: tuple[Span, ...]) -> list[Candidate]:
    """Headline-style lines, 'Graham: Trump’s Rhetoric Destroying GOP’s Chance': a name, a colon, what they said."""
    out: list[Candidate] = []
    for line in COLON_LINE.finditer(doc.text):
        if line.start() > 0 and doc.text[line.start() - 1] != "\n":
            continue
        head_words = doc.words_between(line.start(1), line.end(1))
        if not head_words or len(head_words) > 6 or doc.words[head_words[0]].text.lower() in NOT_A_SOURCE:
            continue
        # "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade": who speaks, then to whom
        if any(doc.words[i].upos in {"VERB", "NUM"} for i in head_words):
            continue
        to = next((n for n, i in enumerate(head_words) if n and doc.words[i].text.lower() == "to"), None)
        if to is not None and all(doc.words[i].upos == "PROPN" for i in head_words[:to]):
            head_words = head_words[:to]
        # a transcript's speaker labels are in capitals ('PENCE: Well, look, ...'), which taggers often call nouns
        named = [i for i in head_words if doc.words[i].upos == "PROPN"
                 or (doc.words[i].text.isupper() and doc.words[i].text.isalpha() and len(doc.words[i].text) > 1)]
        # "Poll: Trump and Clinton hold narrow leads", "Insiders: Trump will rebound"
        noun = None if named else next((i for i in head_words[-1:] if doc.words[i].text[:1].isupper()
                                        and doc.words[i].text.lower() in HEADLINE_SOURCE_NOUNS), None)
        if not (named or noun is not None):
            continue
        content = Span.of(doc.text, line.start(2), visible_end(doc.text, line.end(2)))
        content_words = doc.words_between(content.start, content.end)
        # a reported clause inside the line ("PENCE: Well, look, Clinton thinks ...") is a quote within it
        if len(content_words) < MIN_CLAUSE_WORDS or any(_overlap(content, c.outer) > DIRECT_SHARE * len(content.text)
                                                        or c.outer[0] < content.start < c.outer[1]
                                                        for c in found + out):
            continue
        is_direct, fragments = _merge_with_direct(cands, content)
        if is_direct:
            # 'Carson: Hillary Clinton ‘Not Fit To Serve’': words before the quote make the line a mixed quote;
            # 'Kanaani: “...”' is a direct quote, attributed by the direct stage
            fragments = [n for n, c in enumerate(cands) if c.parent is None and not c.dropped
                         and c.kind != QuoteKind.INDIRECT and _overlap(content, c.outer)]
            if not fragments or any(cands[n].outer[0] <= content.start for n in fragments) \
                    or doc.words_between(content.start, cands[fragments[0]].outer[0]) == []:
                continue
        colon = doc.word_at(line.end(1))
        if noun is not None:
            # the noun alone: not a name the parse hung on it from the line ("Poll: | Trump and Clinton ...")
            mention = Mention(noun, Span.of(doc.text, doc.words[head_words[0]].start, doc.words[noun].end), None)
        else:
            # the phrase's head: the word of the run whose head lies outside it, else its last name
            heads = doc.heads_of(head_words)
            source = heads[-1] if heads and doc.words[heads[-1]].upos in {"PROPN", "NOUN"} else named[-1]
            mention = mention_at(doc, source, nicknames)
        for n in fragments:
            cands[n].dropped = True
        kind = QuoteKind.MIXED if fragments else QuoteKind.INDIRECT
        out.append(Candidate(content, kind, (content.start, content.end), cue=colon, mention=mention,
                             method=AttributionMethod.COLON))
    return out


HEADLINE_VERB = re.compile(r"\b(" + "|".join(sorted(HEADLINE_VERBS)) + r")\b")
HEADLINE_MAX_WORDS = 25


def _headlines(doc: ArticleDoc, cands: list[Candidate], found: list[Candidate],
               nicknames: tuple[Span, ...]) -> list[Candidate]:
    """Title-case lines, 'Lindsey Graham Says Trump Could Address Clean Energy': a name, a capitalised verb of
    saying, what was said. Taggers read such lines as strings of names, so they are found by their shape."""
    out: list[Candidate] = []
    start = 0
    for line in doc.text.split("\n"):
        line_start, start = start, start + len(line) + 1
        words = line.split()
        long_words = [w for w in words if len(w.strip("‘’'\"“”.,:!?")) > 3]
        if not words or len(words) > HEADLINE_MAX_WORDS or not long_words or \
                sum(w[:1].isupper() or w[:1] in "‘'\"“" for w in long_words) < 0.8 * len(long_words):
            continue
        verb = HEADLINE_VERB.search(line)
        if verb is None or verb.start() == 0:
            continue
        said = Span.of(doc.text, line_start + verb.end(), line_start + len(line.rstrip()))
        said = Span.of(doc.text, said.start + len(said.text) - len(said.text.lstrip()), said.end)
        source_words = doc.words_between(line_start, line_start + verb.start())
        cue = doc.word_at(line_start + verb.start())
        names = [i for i in source_words if doc.words[i].upos == "PROPN" or doc.words[i].text[:1].isupper()]
        if not names or cue is None or len(said.text.split()) < 2:
            continue
        if any(_overlap(said, c.outer) for c in found + out):
            continue
        is_direct, fragments = _merge_with_direct(cands, said)
        if is_direct:
            continue
        for n in fragments:
            cands[n].dropped = True
        kind = QuoteKind.MIXED if fragments else QuoteKind.INDIRECT
        # the name is the run of capitalised words before the verb (the tagger's name runs cross it in a headline),
        # or the part of it the article gives ("Donald Trump Finally | Endorses")
        run = headline_name(doc, doc.contiguous(names[-1], names))
        name = doc.span_of(run)
        entity = doc.entity_at(name) if name else None
        mention = Mention(run[-1], name, name, label=entity.label if entity else None) if name else None
        out.append(Candidate(said, kind, (said.start, said.end), cue=cue, mention=mention,
                             method=AttributionMethod.NAMED))
    return out
