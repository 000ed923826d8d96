"""Run Stanza's parser trainer, keeping the vocabulary of the model it continues from.

Stanza builds the vocabulary from the training file; when that file carries predicted tags (train.sh: retag), its
tag and feature sets differ from the gold ones the model was built on, and the embeddings no longer line up.
This wrapper hands every data loader the continued model's vocabulary (unseen predicted values become UNK) and
otherwise runs `python -m stanza.models.parser` with the same arguments.
"""

from __future__ import annotations

import sys

import torch
from stanza.models import parser
from stanza.models.pos.vocab import MultiVocab


def main(argv: list[str]) -> None:
    start = argv[argv.index("--continue_from") + 1]
    model_vocab = MultiVocab.load_state_dict(torch.load(start, map_location="cpu", weights_only=False)["vocab"])
    base = parser.DataLoader

    class SameVocabLoader(base):  # type: ignore[misc, valid-type]
        def __init__(self, doc, batch_size, args, pretrain, vocab=None, **kwargs):  # noqa: ANN001
            super().__init__(doc, batch_size, args, pretrain, vocab=model_vocab, **kwargs)

    parser.DataLoader = SameVocabLoader
    parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
