"""Let the tagger skip the tag columns nobody reads: the same UPOS and XPOS, without the UFeats work.

Stanza's tagger predicts UPOS, XPOS and UFeats from one shared LSTM. UFeats is the expensive head: one biaffine
classifier per feature (twenty-odd for English), then every word's ids formatted back into a "Number=Sing|..."
string. On news it was about a third of the tagger's time. Nothing downstream reads the features:
- the engine reads UPOS, XPOS and the parse (a passive or a participle is told by its XPOS, VBN or VBG);
- the lemmatizer reads UPOS;
- Stanza 1.15's parser embeds the features but then adds its tag embedding a second time in their place
  (`depparse/model.py`, `embed`), so its parses do not depend on them (tests/test_tag_columns.py checks this).

`skip_columns(pipeline, {"feats"})` marks the pipeline's tagger; a marked tagger leaves those columns empty ("_",
which Stanza stores as None). Unmarked taggers, in this process or elsewhere, run exactly as Stanza wrote them.
"""

from __future__ import annotations

from typing import Any

SKIPPED = "_quotewire_skipped_columns"
UNUSED_COLUMNS = frozenset({"feats"})


def _forward_without(original: Any) -> Any:
    """The tagger's forward that leaves out the columns named on the model, and gives them empty predictions."""

    def forward(self: Any, word: Any, *args: Any, **kwargs: Any) -> Any:
        skipped = getattr(self, SKIPPED, None)
        if not skipped or self.training:
            return original(self, word, *args, **kwargs)
        import torch
        from stanza.models.common.vocab import EMPTY_ID

        names, order = self.tag_names, self.eval_order
        self.tag_names = [n for n in names if n not in skipped]
        self.eval_order = [n for n in order if n not in skipped]
        try:
            loss, kept = original(self, word, *args, **kwargs)
        finally:
            self.tag_names, self.eval_order = names, order
        rows, columns = kept[0].shape[:2]  # the UPOS column: batch x longest sentence
        preds, taken = [], iter(kept)
        for name in names:
            if name not in skipped:
                preds.append(next(taken))
                continue
            shape = (rows, columns, len(self.vocab[name]))
            preds.append(torch.full(shape, EMPTY_ID, dtype=torch.long, device=kept[0].device))
        return loss, preds

    forward.skips_columns_of = original  # type: ignore[attr-defined]
    return forward


def install() -> None:
    """Give Stanza's tagger the per-model column skipping (idempotent; unmarked models are unchanged)."""
    from stanza.models.pos.model import Tagger

    if not hasattr(Tagger.forward, "skips_columns_of"):
        Tagger.forward = _forward_without(Tagger.forward)


def skip_columns(pipeline: Any, columns: frozenset[str] = UNUSED_COLUMNS) -> bool:
    """Mark the pipeline's tagger to skip `columns`. Only composite columns can be skipped (their "all empty"
    is "_"); UPOS and XPOS always run. False when the pipeline has no tagger, or its tagger predicts none of
    those columns as composite ones."""
    from stanza.models.common.vocab import CompositeVocab

    install()
    processor = pipeline.processors.get("pos")
    model = getattr(getattr(processor, "_trainer", None), "model", None)
    if model is None:
        return False
    names = set(getattr(model, "tag_names", ())) - {"upos", "xpos"}
    wanted = frozenset(n for n in frozenset(columns) & names if isinstance(model.vocab[n], CompositeVocab))
    if not wanted:
        return False
    setattr(model, SKIPPED, wanted)
    return True
