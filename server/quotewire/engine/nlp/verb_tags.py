"""A verb of saying that the tagger read as a plural noun, tagged a verb again before the parser reads the tags.

"Viguerie notes that Reagan Democrats can play a key role", "the Washington Post reports that ...", "..., ”
Bozell notes.": a name and a word that is both a plural noun and a verb's -s form ("notes", "reports",
"estimates") read to the bundled tagger as a compound noun, so the parser hangs the clause on a noun and no verb
of saying is left. On PolNeAR train, 76 such words before "that" were tagged nouns, against 120 tagged verbs.

The reverse happens to a role noun that is also a verb, between an organisation and a name: "Chicago Bulls coach
Ann Lee said" read with "coach" a verb, "Ann Lee" its object and the organisation the speaker. Such a word (its base
form, whatever tag the tagger gave) between two proper nouns, or after a possessor or a determiner ("the head coach
of the Chicago Bulls"), is tagged a noun again, and so is any word tagged a verb between "according to" and a noun
("according to campaign manager Jeff Weaver").

This step runs as a Stanza processor of its own right after the tagger (so the lemmatizer and the parser read the
mended tags). It retags such a word as a verb (VBZ) where the words around it leave no noun reading:
- right after a name or a noun, and before "that" with no verb right after it ("notes that Reagan Democrats
  can", not "Commission reports that track spending"), or before "out that" ("points out that");
- right after a name that follows a closing quotation mark or a comma, at the end of its clause ("..., ” Bozell
  notes.", "..., the Chicago Tribune reports.").
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.nlp.menders import register_mender

AFTER = "pos"  # the processor whose output this one mends
NAME = "qwverbtags"

# The -s forms of verbs of saying that are also plural nouns
SAYING_FORMS = frozenset({"notes", "reports", "estimates", "claims", "hopes", "fears", "warns", "argues", "predicts",
                          "insists", "suggests", "contends", "maintains", "says", "adds", "writes", "states",
                          "explains", "points", "shows", "finds", "recalls", "concludes", "worries"})
# Role nouns that are also verbs in their base form: "coach", "head", "chair"
ROLES_ALSO_VERBS = frozenset({"coach", "head", "chair", "lead", "manage", "host", "judge", "counsel", "aide",
                              "guard", "pilot", "captain", "referee", "umpire", "monitor", "boss"})
AFTER_NOUN = frozenset({"NOUN", "PROPN"})
CLOSING = frozenset({"”", "’", '"', "'", "''", ","})
CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})


def _is_verb_here(words: list[Any], i: int) -> bool:
    """Whether words[i], tagged a plural noun, is a verb of saying by the words around it."""
    word = words[i]
    if word.text.lower() not in SAYING_FORMS or word.xpos not in {"NNS", "NNPS"} or i == 0 \
            or words[i - 1].upos not in AFTER_NOUN:
        return False
    after = [w.text.lower() for w in words[i + 1:i + 4]]
    tags = [w.upos for w in words[i + 1:i + 4]]
    if after[:1] == ["that"] and tags[1:2] not in (["VERB"], ["AUX"]):
        return len(after) > 1
    if after[:2] == ["out", "that"] and word.text.lower() == "points":
        return True
    # "..., ” Bozell notes.": a name right after a closing mark or comma, and the clause ends
    name_start = i - 1
    while name_start > 0 and words[name_start - 1].upos == "PROPN":
        name_start -= 1
    return bool(after) and after[0] in CLAUSE_ENDS and words[i - 1].upos == "PROPN" and name_start > 0 \
        and words[name_start - 1].text in CLOSING


def _is_role_here(words: list[Any], i: int) -> bool:
    """Whether words[i], tagged a verb, is a role noun: between an organisation and a name ("Bulls coach Ann Lee"),
    or where no verb can stand, after a possessor or a determiner with at most a singular noun between ("the team's
    coach", "the head coach of"; not "the players coach themselves")."""
    word = words[i]
    if word.upos != "VERB" or word.text not in ROLES_ALSO_VERBS or i == 0:
        return False
    before = words[i - 1]
    if i < len(words) - 1 and before.upos == "PROPN" and words[i + 1].upos == "PROPN":
        return True
    if before.xpos == "POS" or before.upos == "DET":
        return True
    return before.xpos == "NN" and i >= 2 and (words[i - 2].upos == "DET" or words[i - 2].xpos == "POS")


def _is_noun_after_according_to(words: list[Any], i: int) -> bool:
    """Whether words[i], tagged a verb, stands between "according to" and a noun, which it modifies ("according to
    campaign manager Jeff Weaver"): "according to" takes a noun phrase, never a verb."""
    return words[i].upos == "VERB" and i >= 2 and i + 1 < len(words) \
        and words[i - 2].text.lower() == "according" and words[i - 1].text.lower() == "to" \
        and words[i + 1].upos in AFTER_NOUN


def retag(doc: Any) -> Any:
    """The tagged Stanza document with such words tagged verbs, and such role nouns nouns."""
    for sentence in doc.sentences:
        words = sentence.words
        for i, word in enumerate(words):
            # (the features the tagger may have given stay: the engine has it skip them, see tag_columns.py)
            if _is_verb_here(words, i):
                word.upos, word.xpos = "VERB", "VBZ"
            elif _is_role_here(words, i) or _is_noun_after_according_to(words, i):
                word.upos, word.xpos = "NOUN", "NN"
    return doc


def register() -> None:
    """Make the processor known to Stanza under NAME, once per process."""
    register_mender(NAME, AFTER, retag)
