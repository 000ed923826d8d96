"""The tokenizer's output mended, as a Stanza processor of its own, registered through Stanza's extension point
(`register_processor`) and run right after tokenize and mwt, so that the pipeline is built from names.

In order: title abbreviations and middle initials kept whole (title_abbreviations.py), words the MWT model split
like contractions joined again (whole_words.py), possessive marks glued to a name split off (possessive_marks.py),
sentences ended on no punctuation mid-line joined to the next (unended_sentences.py), sentences too long to parse
cut (long_sentences.py). Where sentences were cut, the document says so (sentence_cuts),
for the response's notices.
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.nlp.long_sentences import keep_sentences_short
from quotewire.engine.nlp.menders import register_mender
from quotewire.engine.nlp.possessive_marks import split_glued_possessives
from quotewire.engine.nlp.title_abbreviations import keep_titles_whole
from quotewire.engine.nlp.unended_sentences import join_unended_sentences
from quotewire.engine.nlp.whole_words import keep_words_whole

AFTER = "tokenize"  # the processor whose output this one mends
NAME = "qwrepair"
CUTS = "quotewire_sentence_cuts"  # the attribute of the mended Document that holds where sentences were cut


def repair(doc: Any) -> Any:
    """The tokenized Stanza document mended; where sentences were cut is in sentence_cuts(doc)."""
    doc = keep_titles_whole(doc)
    doc = keep_words_whole(doc)
    doc = split_glued_possessives(doc)
    doc = join_unended_sentences(doc)
    doc, cuts = keep_sentences_short(doc)
    setattr(doc, CUTS, cuts)
    return doc


def register() -> None:
    """Make the processor known to Stanza under NAME, once per process."""
    register_mender(NAME, AFTER, repair)


def sentence_cuts(doc: Any) -> list[int]:
    """Where the repairs cut sentences too long to parse (character offsets); none for an unmended document."""
    return list(getattr(doc, CUTS, []))
