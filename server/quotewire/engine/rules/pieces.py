"""Stage 4b: pieces of one statement that its attribution interrupts.

"“Judge,” Brafman said, “I have never had that happen.”" is one statement in two pieces, and so is
"“... three main elements,” Clinton said on Thursday. “One, defeat ISIS ...”". Each piece stays a quote of its own
(its words and offsets exactly), and every piece after the first points at the first: news attribution corpora
(PolNeAR among them) count such a statement once, and a reader wants it whole.

A direct quote is a piece of the one before it when it carries on that quote's speaker (the same cue and mention,
or as an unattributed continuation) and nothing but that attribution stands between them: the words in between
all belong to the attribution clause, or there are none at all (the next paragraph simply goes on quoting).
"""

from __future__ import annotations

from itertools import pairwise

from quotewire.engine.model import QuoteKind
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.document import ArticleDoc


def _carries_on(before: Candidate, cand: Candidate) -> bool:
    """The later quote has the earlier one's speaker by the same attribution."""
    if cand.continues is before:
        return True
    same_mention = cand.mention is not None and before.mention is not None and \
        cand.mention.surface == before.mention.surface
    return cand.cue is not None and cand.cue == before.cue and same_mention


def _only_attribution_between(doc: ArticleDoc, before: Candidate, cand: Candidate) -> bool:
    between = doc.words_between(before.outer[1], cand.outer[0])
    words = [i for i in between if not doc.words[i].is_punct]
    if not words:
        return True
    if before.cue is None or before.cue not in words:
        return False  # the words in between are not this quote's attribution
    clause = set(doc.subtree(before.cue))
    # the speaker's phrase between the pieces, up to the verb, is attribution too, whatever the parse hangs it on:
    # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
    if before.mention is not None and before.outer[1] <= before.mention.span.start < doc.words[before.cue].start:
        clause.update(i for i in words if before.mention.span.start <= doc.words[i].start < doc.words[before.cue].start)
    return all(i in clause for i in words)


def join_pieces(doc: ArticleDoc, cands: list[Candidate]) -> None:
    """Set `piece_of` on every direct quote that continues the statement of the quote before it."""
    order = sorted((c.outer[0], n) for n, c in enumerate(cands)
                   if c.parent is None and not c.dropped and c.kind == QuoteKind.DIRECT)
    for (_, n_before), (_, n) in pairwise(order):
        before, cand = cands[n_before], cands[n]
        if before.mention is None and before.continues is None:
            continue  # nobody to carry on
        if _carries_on(before, cand) and _only_attribution_between(doc, before, cand):
            cand.piece_of = before.piece_of if before.piece_of is not None else before
