"""Keep a title abbreviation whole, in the sentence of the name it stands before: "Sen. Ted Cruz said".

The bundled tokenizer learnt abbreviations from web text and GUM, where "Sen." and "Gov." are rare. On news it
now and then splits one from its period ("Sen" "."), and it may end the sentence there: "Sen." becomes a sentence
of its own and "Ted Cruz (R-Tex) said ..." starts the next, so the name loses its title and the parser sees a
subject with no verb. On PolNeAR dev, 8 of 15 "Sen." and 12 of 41 "Mrs." were split, and four "Gov." ended a
sentence. This step runs right after the tokenizer and mends both, on the document's own character offsets:

- a title abbreviation and the period right after it (no space between) become one word, "Sen.";
- a sentence that ends on a title abbreviation takes in the next one, when the next starts with a capital on the
  same line ("Sen. | Ted Cruz said" is one sentence; a paragraph break keeps them apart).

A middle initial split from its period between two names ("Oliver K" "." "Hedge") becomes one word too, "K.", as
the tokenizer keeps most ("Michael C. Cernech"): split, the tagger ends the name at the initial ("Oliver K") and
the surname becomes a person of its own.

Only titles that stand before a name are mended; "St.", "Jr." and "U.S." can end a sentence and are left alone.
A company's abbreviation ("Corp.", "Inc.") can end a sentence too, so it is mended only before a role and a name,
where it opens the role: "said Acme Corp. | CEO Jane Doe" is one sentence.
"""

from __future__ import annotations

from typing import Any

from quotewire.engine.lexicon import RANKS_BEFORE_A_TITLE, ROLE_NOUNS, TITLE_ABBREVIATIONS
from quotewire.engine.nlp.token_entries import Word, join_sentences, renumber, tokens_of

COMPANY_ABBREVIATIONS = frozenset({"corp", "inc", "co", "ltd", "llc", "plc"})


def _is_title(word: Word) -> bool:
    text = str(word["text"])
    return text[:1].isupper() and text.removesuffix(".").lower() in TITLE_ABBREVIATIONS


def _is_company(word: Word) -> bool:
    text = str(word["text"])
    return text[:1].isupper() and text.removesuffix(".").lower() in COMPANY_ABBREVIATIONS


def _abbreviation(word: Word) -> bool:
    return _is_title(word) or _is_company(word)


def _capitalised(tokens: list[list[Word]], k: int) -> bool:
    """Is token k a word with a capital (of more than one letter)?"""
    return 0 <= k < len(tokens) and len(tokens[k]) == 1 and len(str(tokens[k][0]["text"])) > 1 \
        and str(tokens[k][0]["text"])[:1].isupper() and str(tokens[k][0]["text"]).isalpha()


def _initial(tokens: list[list[Word]], k: int) -> bool:
    """Is token k a capital letter between two names, its period split off after it: "Oliver K | . | Hedge"?"""
    text = str(tokens[k][0]["text"])
    return len(text) == 1 and text.isupper() and _capitalised(tokens, k - 1) and _capitalised(tokens, k + 2)


def _join_periods(tokens: list[list[Word]]) -> list[list[Word]]:
    """'Sen' + '.' with nothing between them -> 'Sen.'; so a middle initial: 'Oliver K' + '.' + 'Hedge'."""
    out: list[list[Word]] = []
    for k, token in enumerate(tokens):
        if (out and len(token) == 1 and token[0]["text"] == "." and len(out[-1]) == 1
                and (_abbreviation(out[-1][0]) or _initial(tokens, k - 1))
                and not str(out[-1][0]["text"]).endswith(".")
                and out[-1][0]["end_char"] == token[0]["start_char"]):
            title = dict(out[-1][0])
            title["text"] = f"{title['text']}."
            title["end_char"] = token[0]["end_char"]
            title.pop("misc", None)
            if "misc" in token[0]:
                title["misc"] = token[0]["misc"]
            out[-1] = [title]
            continue
        out.append(token)
    return out


def _ends_on_title(tokens: list[list[Word]]) -> bool:
    last = tokens[-1] if tokens else []
    return len(last) == 1 and str(last[0]["text"]).endswith(".") and _is_title(last[0])


def _ends_on_company(tokens: list[list[Word]]) -> bool:
    last = tokens[-1] if tokens else []
    return len(last) == 1 and str(last[0]["text"]).endswith(".") and _is_company(last[0])


def _role_and_name(sentence: list[list[Word]]) -> bool:
    """Does the sentence open with a role word and a capitalised word after it ("CEO Jane Doe", "Chief Executive
    Ann Lee")?"""
    words = [str(token[0]["text"]) for token in sentence[:4]]
    k = 0
    while k < len(words) and words[k].lower() in RANKS_BEFORE_A_TITLE:
        k += 1
    return k + 1 < len(words) and words[k].lower() in ROLE_NOUNS and words[k + 1][:1].isupper()


def _name_follows(before: list[list[Word]], sentence: list[list[Word]], gap: str) -> bool:
    """Does the sentence go on the one before, which ends on a title (or on a company's abbreviation, before a role
    and a name), on the same line and with a capital?"""
    if "\n" in gap or gap.strip() or not str(sentence[0][0]["text"])[:1].isupper():
        return False
    return _ends_on_title(before) or (_ends_on_company(before) and _role_and_name(sentence))


def mend_sentences(sentences: list[list[Word]], text: str) -> list[list[Word]] | None:
    """The mended sentences, or None when there is nothing to mend."""
    token_lists = [tokens_of(sentence) for sentence in sentences]
    periods = [_join_periods(tokens) for tokens in token_lists]
    merged, joined = join_sentences(periods, text, _name_follows)
    changed = joined or any(len(a) != len(b) for a, b in zip(periods, token_lists, strict=True))
    return [renumber(tokens) for tokens in merged] if changed else None


def keep_titles_whole(document: Any) -> Any:
    """The tokenized Stanza document with its title abbreviations mended; the same object when none needed it."""
    from stanza.models.common.doc import Document

    if not any(_abbreviation({"text": t.text}) or (len(t.text) == 1 and t.text.isupper())
               for s in document.sentences for t in s.tokens):
        return document
    mended = mend_sentences(document.to_dict(), document.text)
    if mended is None:
        return document
    return Document(mended, text=document.text)
