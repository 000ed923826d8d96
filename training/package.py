"""Lay the trained models out as a standard Stanza resources dir inside the server package.

    python training/package.py [--work training/work] [--out server/quotewire/models]

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
VERSION = "quotewire-en-5"
# pretrain package name in the resources dir -> the file prepare.py wrote under work/wordvec
PRETRAINS = {"glove50": "en_glove50.pt", "glove50_ner": "en_glove50_ner.pt"}
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
# ner_small, the NER tagger on its own vectors; the parser fine-tuned on the tags the shipped tagger predicts,
# depparse_pt then depparse_pt2): the first that exists wins, with the pretrain it was trained on
CONTINUED: dict[str, list[tuple[str, str | None]]] = {
    "tokenize": [("tokenize_flat/en_qw_nocharlm_tokenizer.pt", None)],
    "ner": [("ner_small/en_qw_nocharlm_nertagger.pt", "glove50_ner")],
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


def package(work: Path, out: Path) -> dict[str, dict[str, Any]]:
    lang_dir = out / "en"
    if lang_dir.exists():
        shutil.rmtree(lang_dir)
    entry: dict[str, Any] = {"lang_name": "English", "quotewire_version": VERSION}
    defaults = {}
    dependencies: dict[str, list[dict[str, str]]] = {}
    for processor, (name, source, pretrain_name) in MODELS.items():
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
            dependencies[processor] = [{"model": "pretrain", "package": pretrain_name}]
            spec["dependencies"] = dependencies[processor]
        entry[processor] = {name: spec}
        defaults[processor] = name
    entry["pretrain"] = {}
    for pretrain_name in sorted({d[0]["package"] for d in dependencies.values()}):
        pretrain = lang_dir / "pretrain" / f"{pretrain_name}.pt"
        pretrain.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / "wordvec" / PRETRAINS[pretrain_name], pretrain)
        entry["pretrain"][pretrain_name] = {"md5": md5(pretrain)}
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
    args = parser.parse_args()
    package(args.work, args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*.pt"))
    print(f"packaged {args.out} ({size / 2**20:.1f} MiB of models)")


if __name__ == "__main__":
    main()
