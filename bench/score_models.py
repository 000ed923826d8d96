"""Score a Stanza English resources dir (the bundled one by default) the way the model card reports it.

    python bench/score_models.py [--models DIR] [--json OUT] [--persons-only]

- tokenizer: token and sentence F1 on UD EWT test raw text (Stanza's CoNLL 2018 scorer)
- UPOS, lemma, UAS/LAS on UD EWT test from gold tokens
- named persons: PER F1 on GUM's test documents (gold PER spans whose tokens are all proper nouns), and two
  diagnostics beside it (per_f1_without_those, person_names_f1: see score_persons)
- named persons on UNER English-EWT test: PER F1 over its ordinary name spans ("President [Obama]"), gold tokens
- size of the models and the time to load the whole pipeline (in a fresh process)
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import stanza

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "server"))

from training.prepare import (  # noqa: E402
    gum_entities,
    gum_splits,
    iob2_spans,
    name_tags,
    ner_tags,
    plural_words,
    read_iob2,
    read_sentences,
)

SHARED = ROOT.parent / "shared" / "data"
EWT_TEST = SHARED / "ud" / "UD_English-EWT" / "en_ewt-ud-test.conllu"
GUM = SHARED / "gum"
UNER_TEST = SHARED / "uner" / "en_ewt-ud-test.iob2"


def raw_text(blocks: list[list[str]]) -> str:
    """The test set's running text: sentences joined by spaces, paragraphs and documents by blank lines."""
    parts: list[str] = []
    for block in blocks:
        text = next(line.split("=", 1)[1].strip() for line in block if line.startswith("# text"))
        if parts and any(line.startswith(("# newdoc", "# newpar")) for line in block):
            parts.append("\n\n")
        elif parts:
            parts.append(" ")
        parts.append(text)
    return "".join(parts)


def conllu(doc: Any) -> str:  # doc: a stanza Document
    from stanza.utils.conll import CoNLL

    out = io.StringIO()
    CoNLL.write_doc2conll(doc, out)
    return out.getvalue()


def ud_eval(gold: Path, system_text: str) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores

    evaluation = ud_scores(str(gold), io.StringIO(system_text))
    keys = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
    return {k: round(100 * evaluation[k].f1, 2) for k in keys}


QUANTIZE = True  # score the models as the engine runs them: LSTMs in int8 (--float scores them unquantized)


def pipeline(models: Path, processors: str, **options: Any) -> stanza.Pipeline:
    import stanza

    from quotewire.engine.nlp import arc_labels, tree_decoding, vocab_cache
    from quotewire.engine.nlp.quantization import quantize_lstms

    tree_decoding.install()  # the engine's parser fast paths: the same parses, sooner
    arc_labels.install()
    vocab_cache.install()
    nlp = stanza.Pipeline("en", dir=str(models), processors=processors, download_method=None, logging_level="WARN",
                          **options)
    if QUANTIZE:
        quantize_lstms(nlp)
    return nlp


def score_tokenizer(models: Path) -> dict[str, float]:
    nlp = pipeline(models, "tokenize,mwt")
    raw = raw_text(read_sentences(EWT_TEST))
    doc = nlp(raw)
    for sentence in doc.sentences:  # Stanza writes <UNK> for over-long tokens (URLs): score what it segmented
        for token in sentence.tokens:
            original = raw[token.start_char:token.end_char]
            if token.text != original and len(token.words) == 1:
                token._text = token.words[0]._text = original
    scores = ud_eval(EWT_TEST, conllu(doc))
    return {"token_f1": scores["Tokens"], "sentence_f1": scores["Sentences"]}


def score_parser(models: Path) -> dict[str, float]:
    blocks = read_sentences(EWT_TEST)
    # gold tokens, words of multi-word tokens included, one sentence per list
    sentences = [[line.split("\t")[1] for line in b if not line.startswith("#") and line.split("\t")[0].isdigit()]
                 for b in blocks]
    nlp = pipeline(models, "tokenize,pos,lemma,depparse", tokenize_pretokenized=True)
    doc = nlp(sentences)
    # gold file restricted to syntactic words so that the pretokenized system aligns with it
    gold = "\n\n".join("\n".join(line for line in b if not line.startswith("#") and "-" not in line.split("\t")[0])
                       for b in blocks) + "\n\n"
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8") as f:
        f.write(gold)
        gold_path = Path(f.name)
    try:
        scores = ud_eval(gold_path, conllu(doc))
    finally:
        gold_path.unlink()
    return {"upos": scores["UPOS"], "lemma": scores["Lemmas"], "uas": scores["UAS"], "las": scores["LAS"]}


def bioes_spans(sentences: list[list[str]], labels: frozenset[str]) -> set[tuple[int, int, int]]:
    """(sentence, first, last) of the entities whose BIOES tags carry one of `labels`."""
    spans = set()
    for s, tags in enumerate(sentences):
        start = None
        for i, tag in enumerate(tags):
            if tag[:2] in ("B-", "S-") and tag[2:] in labels:
                start = i
            if tag[:2] in ("E-", "S-") and tag[2:] in labels and start is not None:
                spans.add((s, start, i))
                start = None
    return spans


def prf(gold: set[tuple[int, int, int]], predicted: set[tuple[int, int, int]]) -> tuple[float, float, float]:
    right = len(gold & predicted)
    p = right / len(predicted) if predicted else 0.0
    r = right / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@functools.cache
def ner_pipeline(models: Path) -> stanza.Pipeline:
    """The tagger and NER tagger over gold tokens, loaded once for both person scores."""
    return pipeline(models, "tokenize,mwt,pos,ner", tokenize_pretokenized=True)


def ner_tags_of(models: Path, sentences: list[list[str]]) -> list[list[str]]:
    """The NER tagger's BIOES tag for each token of each pretokenized sentence."""
    doc = ner_pipeline(models)(sentences)
    return [[token.ner for token in sentence.tokens] for sentence in doc.sentences]


def score_persons(models: Path) -> dict[str, float]:
    gold_tags: list[list[str]] = []
    names_tags: list[list[str]] = []
    ordinary_tags: list[list[str]] = []
    sentences: list[list[str]] = []
    unnamed: list[tuple[int, int, int]] = []  # person entities the gold leaves out: not all proper nouns
    for name in gum_splits(GUM)["test"]:
        path = GUM / f"{name}.conllu"
        if not path.exists():
            continue
        for block in read_sentences(path):
            tokens, spans = gum_entities(block)
            s = len(sentences)
            sentences.append([w for w, _ in tokens])
            gold_tags.append(ner_tags(tokens, spans))
            names_tags.append(ner_tags(tokens, spans, perx=True))
            ordinary_tags.append(name_tags(tokens, spans, plural_words(block)))
            unnamed.extend((s, a, b) for a, b, kind in spans
                           if kind == "person" and any(upos != "PROPN" for _, upos in tokens[a:b + 1]))
    predicted_tags = ner_tags_of(models, sentences)
    # the target: named persons, the person entities whose words are all proper nouns, tagged PER
    gold_spans = bioes_spans(gold_tags, frozenset({"PER"}))
    predicted = bioes_spans(predicted_tags, frozenset({"PER"}))
    p, r, f = prf(gold_spans, predicted)
    # a diagnostic beside the target figure: a name found as PER inside "former Governor Bob McDonnell" counts
    # against precision above, since GUM marks only the whole phrase and the gold keeps only all-proper-noun spans
    inside = {q for q in predicted - gold_spans
              if any(q[0] == s and a <= q[1] and q[2] <= b for s, a, b in unnamed)}
    _, _, f2 = prf(gold_spans, predicted - inside)
    # a second diagnostic: the names of every person mention, the named persons and the names that end longer
    # mentions ("outgoing governor [Bob McDonnell]", "[Smetana] 's"), as training/prepare.py tags them PERX,
    # against every name the tagger gives a person (PER, or PERX from a tagger trained on those labels)
    either = frozenset({"PER", "PERX"})
    _, _, f3 = prf(bioes_spans(names_tags, either), bioes_spans(predicted_tags, either))
    # a third: UNER's convention on GUM, the ordinary name spans of training/prepare.py (name_tags: every person's
    # name, titles and groups left out) against the tagger's PER
    _, _, f4 = prf(bioes_spans(ordinary_tags, frozenset({"PER"})), predicted)
    return {"per_precision": round(100 * p, 2), "per_recall": round(100 * r, 2), "per_f1": round(100 * f, 2),
            "per_gold": len(gold_spans), "per_inside_unnamed_persons": len(inside),
            "per_f1_without_those": round(100 * f2, 2), "person_names_f1": round(100 * f3, 2),
            "ordinary_names_f1": round(100 * f4, 2)}


def score_uner_persons(models: Path) -> dict[str, float]:
    """PER F1 on UNER English-EWT test from its gold tokens. UNER marks a person's name wherever it stands, inside
    longer mentions too ("President [Obama]", "[Hank Green]'s"): the name spans a reader of news needs found."""
    sentences = read_iob2(UNER_TEST)
    predicted_tags = ner_tags_of(models, [words for _, words, _ in sentences])
    gold = {(s, a, b) for s, (_, _, tags) in enumerate(sentences) for a, b, label in iob2_spans(tags) if label == "PER"}
    p, r, f = prf(gold, bioes_spans(predicted_tags, frozenset({"PER"})))
    return {"uner_per_precision": round(100 * p, 2), "uner_per_recall": round(100 * r, 2),
            "uner_per_f1": round(100 * f, 2), "uner_per_gold": len(gold)}


def load_seconds(models: Path) -> float:
    """Wall time to build the full pipeline in a fresh interpreter as the engine does (quantization included,
    unless --float), imports excluded."""
    code = ("import time, stanza, pathlib; from quotewire.engine.nlp.pipeline import load_pipeline; "
            "t=time.perf_counter(); "
            f"load_pipeline(pathlib.Path({str(models)!r}), quantize={QUANTIZE}); "
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return round(float(out.stdout.strip().splitlines()[-1]), 2)


def main() -> None:
    from quotewire.engine.nlp.resources import bundled_models_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=Path, default=bundled_models_dir())
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--float", action="store_true", help="score the models unquantized, as Stanza loads them")
    parser.add_argument("--persons-only", action="store_true", help="score the NER tagger's persons alone")
    args = parser.parse_args()
    global QUANTIZE
    QUANTIZE = not args.float
    t0 = time.perf_counter()
    figures: dict[str, float] = {}
    if not args.persons_only:
        figures.update(score_tokenizer(args.models))
        figures.update(score_parser(args.models))
    figures.update(score_persons(args.models))
    figures.update(score_uner_persons(args.models))
    if not args.persons_only:
        figures["size_mib"] = round(sum(p.stat().st_size for p in args.models.rglob("*.pt")) / 2**20, 1)
        figures["load_seconds"] = load_seconds(args.models)
    width = max(map(len, figures))
    print(f"models: {args.models}")
    for key, value in figures.items():
        print(f"  {key:<{width}}  {value}")
    print(f"(scored in {time.perf_counter() - t0:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
