"""Run Stanza's parser trainer, keeping the vocabulary of the model it continues from.

Stanza builds the vocabulary from the training file; when that file carries predicted tags (train.sh: retag), its
tag and feature sets differ from the gold ones the model was built on, and the embeddings no longer line up.
This wrapper hands every data loader the continued model's vocabulary (unseen predicted values become UNK) and
otherwise runs `python -m stanza.models.parser` with the same arguments.

    python training/finetune_parser.py --extract CHECKPOINT OUT

writes the model of a trainer checkpoint without its optimizer state. The trainer keeps the dev score history of
the model it switched optimizers from (gold-tag LAS, higher than any predicted-tag score), so it never saves a
"best" model of its own in this run: the last checkpoint is the result.
"""

from __future__ import annotations

import sys
from typing import Any

import torch
from stanza.models import parser
from stanza.models.pos.vocab import MultiVocab


def extract(checkpoint: str, out: str) -> None:
    state = torch.load(checkpoint, map_location="cpu", weights_only=False)
    for key in ("optimizer_state_dict", "scheduler_state_dict"):
        state.pop(key, None)
    torch.save(state, out)
    print(f"{out}: step {state.get('global_step')}, last dev scores {state.get('dev_score_history', [])[-3:]}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--extract":
        extract(argv[1], argv[2])
        return
    start = argv[argv.index("--continue_from") + 1]
    model_vocab = MultiVocab.load_state_dict(torch.load(start, map_location="cpu", weights_only=False)["vocab"])
    base = parser.DataLoader

    class SameVocabLoader(base):  # type: ignore[misc, valid-type]
        def __init__(self, doc: Any, batch_size: int, args: dict[str, Any], pretrain: Any, vocab: Any = None,
                     **kwargs: Any) -> None:
            super().__init__(doc, batch_size, args, pretrain, vocab=model_vocab, **kwargs)

    parser.DataLoader = SameVocabLoader
    parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
