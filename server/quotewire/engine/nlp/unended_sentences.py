"""Join a sentence the tokenizer ended on no punctuation, in the middle of a line, to the one after it.

The bundled tokenizer now and then ends a sentence inside a name or a phrase: "Russell | Wheeler, a visiting fellow
at the Brookings Institution, said ...", "British Prime Minister Theresa | May said", "Last year, | Time magazine
named him". The first part ends on a word or a comma and one space leads to the second: nothing a writer ends a
sentence with. Split there, the name loses its first word (an entity "Wheeler" without the title of its
apposition) and the parser sees a subject with no verb. This step runs after the tokenizer and joins the two, on
the document's own character offsets.

A sentence that ends on any mark (". ! ? … : ; — ” )"), before a line break or before more than one space, stays
as it is: a headline run into the text ("Cheers, Ms. Yellen  The Federal Reserve chairwoman") or an ellipsis that
ends a quoted sentence.
"""

from __future__ import annotations

import itertools
from typing import Any

from quotewire.engine.nlp.token_entries import Word, join_sentences, renumber, tokens_of


def _unended(last: str) -> bool:
    """Does a sentence that ends on this token end on no mark a writer ends a sentence with?"""
    return bool(last) and (last[-1].isalnum() or last == ",")


def _ends_unpunctuated(sentence: list[list[Word]]) -> bool:
    return _unended(str(sentence[-1][0]["text"])) if sentence else False


def _runs_on(before: list[list[Word]], sentence: list[list[Word]], gap: str) -> bool:
    """Does the sentence go on the one before, which ends on no punctuation, one space and a capital away?"""
    return _ends_unpunctuated(before) and gap == " " and str(sentence[0][0]["text"])[:1].isupper()


def join_unended(sentences: list[list[Word]], text: str) -> list[list[Word]] | None:
    """The sentences with every one that ended unpunctuated mid-line joined to the next, or None when none did."""
    merged, changed = join_sentences([tokens_of(sentence) for sentence in sentences], text, _runs_on)
    return [renumber(tokens) for tokens in merged] if changed else None


def join_unended_sentences(document: Any) -> Any:
    """The tokenized Stanza document with its unended sentences joined; the same object when none needed it."""
    from stanza.models.common.doc import Document

    sentences = document.sentences
    if not any(_unended(a.tokens[-1].text) and document.text[a.tokens[-1].end_char:b.tokens[0].start_char] == " "
               for a, b in itertools.pairwise(sentences) if a.tokens and b.tokens):
        return document  # the common case, told without converting the document
    mended = join_unended(document.to_dict(), document.text)
    if mended is None:
        return document
    return Document(mended, text=document.text)
