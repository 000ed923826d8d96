"""Lay the trained models out as a standard Stanza resources dir inside the server package.

    python training/package.py [--work training/work] [--out server/quotewire/models] [--only PROCESSOR ...]

With --only, the other processors' models stay as they are in OUT: one retrained model replaces its package
without the others' training outputs at hand.

The result loads like official models: stanza.Pipeline("en", dir=OUT, download_method=None).
Scores for the model card come from bench/score_models.py, run over the packaged dir.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VERSION = "quotewire-en-6"
# pretrain package name in the resources dir -> the file prepare.py wrote under work/wordvec
PRETRAINS = {"glove50": "en_glove50.pt", "glove50_ner": "en_glove50_ner.pt", "glove100_ner": "en_glove100_ner.pt"}
# pretrains stored at half precision: the NER tagger copies its vectors into a float32 table of its own as it loads,
# so the file's precision is all that changes (100d GloVe in the space of 50d)
HALF_PRECISION = frozenset({"glove100_ner"})
# processor -> (package name in the resources dir, file the trainer wrote under work/models, the pretrain it reads)
MODELS = {
    "tokenize": ("qw", "tokenize/en_qw_nocharlm_tokenizer.pt", None),
    "mwt": ("qw", "mwt/en_qw_mwt_expander.pt", None),
    "pos": ("qw_nocharlm", "pos/en_qw_nocharlm_tagger.pt", "glove50"),
    "lemma": ("qw_nocharlm", "lemma/en_qw_nocharlm_lemmatizer.pt", None),
    "depparse": ("qw_nocharlm", "depparse/en_qw_nocharlm_parser.pt", "glove50"),
    "ner": ("qw_nocharlm", "ner/en_qw_nocharlm_nertagger.pt", "glove50"),
}
# a later stage replaces the model above (train.sh: tokenize_flat, the tokenizer without its second LSTM; pos_long;
# ner_names, the NER tagger on ordinary name spans and its own 100d vectors, else ner_small; the parser fine-tuned
# on the tags the shipped tagger predicts, depparse_pt then depparse_pt2): the first that exists wins, with the
# pretrain it was trained on
CONTINUED: dict[str, list[tuple[str, str | None]]] = {
    "tokenize": [("tokenize_flat/en_qw_nocharlm_tokenizer.pt", None)],
    "ner": [("ner_names/en_qw_nocharlm_nertagger.pt", "glove100_ner"),
            ("ner_small/en_qw_nocharlm_nertagger.pt", "glove50_ner")],
    "pos": [("pos_long/en_qw_nocharlm_tagger.pt", "glove50")],
    "depparse": [("depparse_pt2/en_qw_nocharlm_parser.pt", "glove50"),
                 ("depparse_pt/en_qw_nocharlm_parser.pt", "glove50")],
}


def md5(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_pretrain(src: Path, dest: Path, half: bool) -> None:
    if not half:
        shutil.copyfile(src, dest)
        return
    import torch

    data = torch.load(src, weights_only=True)
    data["emb"] = torch.as_tensor(data["emb"]).half()
    torch.save(data, dest)


def package(work: Path, out: Path, only: frozenset[str] = frozenset()) -> dict[str, dict[str, Any]]:
    lang_dir = out / "en"
    if only:
        entry: dict[str, Any] = json.loads((out / "resources.json").read_text(encoding="utf-8"))["en"]
    else:
        if lang_dir.exists():
            shutil.rmtree(lang_dir)
        entry = {"lang_name": "English"}
    entry["quotewire_version"] = VERSION
    for processor, (name, source, pretrain_name) in MODELS.items():
        if only and processor not in only:
            continue
        src = work / "models" / source
        later = [(work / "models" / c, p) for c, p in CONTINUED.get(processor, []) if (work / "models" / c).exists()]
        if later:
            src, pretrain_name = later[0]
        if not src.exists():
            raise SystemExit(f"missing trained model {src}: run training/train.sh first")
        dest = lang_dir / processor / f"{name}.pt"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        spec: dict[str, str | list[dict[str, str]]] = {"md5": md5(dest)}
        if pretrain_name:
            spec["dependencies"] = [{"model": "pretrain", "package": pretrain_name}]
        entry[processor] = {name: spec}
    defaults = {processor: next(iter(entry[processor])) for processor in MODELS}
    dependencies = {processor: entry[processor][name]["dependencies"] for processor, name in defaults.items()
                    if "dependencies" in entry[processor][name]}
    kept = entry.get("pretrain", {}) if only else {}
    entry["pretrain"] = {}
    pretrain_dir = lang_dir / "pretrain"
    pretrain_dir.mkdir(parents=True, exist_ok=True)
    needed = sorted({d[0]["package"] for d in dependencies.values()})
    for pretrain_name in needed:
        pretrain = pretrain_dir / f"{pretrain_name}.pt"
        if pretrain_name not in kept or not pretrain.exists():
            copy_pretrain(work / "wordvec" / PRETRAINS[pretrain_name], pretrain, pretrain_name in HALF_PRECISION)
        entry["pretrain"][pretrain_name] = {"md5": md5(pretrain)}
    for stale in pretrain_dir.glob("*.pt"):
        if stale.stem not in needed:
            stale.unlink()
    entry["default_processors"] = defaults
    entry["packages"] = {"default": dict(defaults)}
    entry["default_dependencies"] = dependencies
    resources = {"en": entry}
    (out / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")
    return resources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=ROOT / "training" / "work")
    parser.add_argument("--out", type=Path, default=ROOT / "server" / "quotewire" / "models")
    parser.add_argument("--only", nargs="+", choices=sorted(MODELS), default=[],
                        help="replace these processors' models alone, keeping the others in OUT")
    args = parser.parse_args()
    package(args.work, args.out, frozenset(args.only))
    size = sum(p.stat().st_size for p in args.out.rglob("*.pt"))
    print(f"packaged {args.out} ({size / 2**20:.1f} MiB of models)")


if __name__ == "__main__":
    main()
