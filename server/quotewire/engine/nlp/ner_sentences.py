"""Run the NER tagger only over the sentences that can hold a name.

quotewire's NER tagger is trained on names: entity spans whose words are all proper nouns. A sentence with no
proper noun and no capitalised word after its first ("it was not, he said, a good day.") has nothing for it to
find, and about a fifth of a news article's sentences are like that (an eighth of its words). Those sentences
get the tag the tagger would give them, "O" on every token, without running it.
"""

from __future__ import annotations

import types
from typing import Any

FIRST_WORD_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "X"})  # "Republicans said ...", "Ukrainian officials ..."


def could_hold_a_name(sentence: Any) -> bool:
    """A proper noun anywhere, a capitalised word after the first, or a first word that could start a name."""
    for i, word in enumerate(sentence.words):
        if word.upos == "PROPN" or (i > 0 and word.text[:1].isupper()):
            return True
    first = sentence.words[0] if sentence.words else None
    return first is not None and first.text[:1].isupper() and first.upos in FIRST_WORD_NAME_TAGS


def _process_named_sentences(original: Any) -> Any:
    def process(self: Any, document: Any) -> Any:
        sentences = document.sentences
        named = [s for s in sentences if could_hold_a_name(s)]
        if len(named) == len(sentences):
            return original(document)
        if named:
            counts = document.num_tokens, document.num_words
            document.sentences = named
            document.num_tokens = sum(len(s.tokens) for s in named)
            document.num_words = sum(len(s.words) for s in named)
            try:
                document = original(document)
            finally:
                document.sentences = sentences
                document.num_tokens, document.num_words = counts
        tagged = {id(s) for s in named}
        for sentence in sentences:
            if id(sentence) not in tagged:
                for token in sentence.tokens:
                    token.ner = "O"
                    token.multi_ner = ("O",)
        document.build_ents()
        return document

    return process


def only_named_sentences(pipeline: Any) -> bool:
    """Make the pipeline's NER processor skip the sentences that cannot hold a name. False when it has none."""
    processor = pipeline.processors.get("ner")
    if processor is None or getattr(processor, "only_named_sentences", False):
        return processor is not None
    processor.process = types.MethodType(_process_named_sentences(processor.process), processor)
    processor.only_named_sentences = True
    return True
