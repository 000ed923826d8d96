"""Speakers by name against GUM's gold coreference: is each quote's speaker entity named as the gold entity is?

    python bench/speakers.py [--split train|dev|test] [--genres news,bio,...] [--limit N] [--cache DIR]
                             [--json OUT] [--errors N]

Every GUM document of the split (GUM's own split, `splits.md`) in the genres whose speech the text attributes to
someone it names (DEFAULT_GENRES, chosen by data; `--genres` chooses others, `--genres all` every one) is rebuilt
as plain text from its CoNLL-U (tokens joined as SpaceAfter says, sentences by a space, paragraphs by a blank
line), so each gold word has character offsets in the text the engine reads. The engine runs in-process on it.

Gold mentions are the Entity= brackets, with their entity's number and type; a mention's head is its first word
whose syntactic head lies outside it. An engine span (a quote's speaker span, or a mention of a speaker entity)
aligns to the gold mention whose head word lies in it (half of the word at least) and which covers most of it (the
shorter on a tie: "the Cambridge Whig Club" is the club, not Cambridge); where no head lies in it, to the shortest
gold mention that holds it (GUM's mentions take in their relative clauses, so a relative "who" aligns to the
person it modifies); else to none.

A gold entity's names: for each of its mentions headed by a proper noun, the run of proper nouns (and capitalised
words) around the head inside the mention, with the determiners and prepositions between two of them ("Professor
Cres Eastman", "Bank of England"), and that run cut before its first "of", "in", "from", ... after the head
("Patrick Gordon of Auchleuchries" is "Patrick Gordon" too); for a mention headed by a common noun or a title, the
run of proper nouns in it that are no other entity's (two words at least, or the mention's last: "American patriot
Thomas Paine", not "Malaysia" in "the Prime Minister of Malaysia"); else, for each mention not headed by a pronoun
whose content words are all capitalised (a name the tagger did not tag PROPN), not only by opening a sentence or
standing in a heading, those words. A mention headed by a title or role noun (TITLE_WORDS in polnear_score.py: "the
Prime Minister") gives no name. A canonical name is a gold name when its words, without titles, role nouns and
function words, are some of the name's and include its last ("Eastman" and "Cres Eastman" are "Professor Cres
Eastman"; "Cres" and "Biologist Nick Bos" are not "Nick Bos"): `names_match` in polnear_score.py, which the PolNeAR
name figure shares.

Scored: one quote per statement (later pieces, part_of_quote_id, are left out), with a speaker entity and a speaker
span that aligns. It is right when the speaker entity's canonical name is a name of the aligned mention's gold
entity; where that entity has no name, when the canonical name is no other gold entity's name. Pronoun and nominal
accuracy are the same over quotes whose aligned mention is headed by a pronoun (or determiner) / by a common noun.
Quotes without a speaker, with a speaker but no speaker span (continuations) and with a span that aligns to no
gold mention are counted, never dropped.

Merges and splits, per document, over gold person entities: every mention of every speaker entity (and each
quote's speaker span) is aligned; a speaker entity aligned to k gold persons is k - 1 merges, a gold person
aligned to k speaker entities k - 1 splits.

Calibration: over the quotes scored, whether a quote's confidence is the chance that its name is right: the
expected calibration error over 10 equal-width bins of confidence, and the mean confidence against the share right.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
    from bench.polnear_score import (
        NAME_CUTS,
        NOISE_DRAWS,
        TITLE_WORDS,
        calibration,
        calibration_line,
        in_process_attributor,
        name_words,
        names_match,
    )
    from quotewire.engine import Attribution, Quote
else:
    from polnear_score import (
        NAME_CUTS,
        NOISE_DRAWS,
        TITLE_WORDS,
        calibration,
        calibration_line,
        in_process_attributor,
        name_words,
        names_match,
    )

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "data" / "gum"
ENTITY_MARK = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")
PRONOUN_TAGS = frozenset({"PRON", "DET"})
FUNCTION_TAGS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM"})
NAME_JOINING_TAGS = frozenset({"DET", "ADP"})
PERSON = "person"
FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
# The genres whose speech the text attributes to someone it names. On train, the share of the engine's speaker spans
# that are "I", "we" or "you" (the author, host or interviewee speaking): news 3 %, bio 1 %, textbook 17 %,
# voyage 17 %, academic 26 %, essay 30 %, fiction 43 %, interview 54 %; left out, at 62 % and over: court 63,
# speech 63, whow 63, letter 71, podcast 74, conversation 80, vlog 92 (transcripts and first-person writing, whose
# speaker stands outside the text). `--genres all` scores every genre.
DEFAULT_GENRES = ("academic", "bio", "essay", "fiction", "interview", "news", "textbook", "voyage")


@dataclass
class Word:
    text: str
    upos: str
    head: int  # the index of its syntactic head in the document's words; -1 for a root
    start: int
    end: int
    sentence_start: bool
    heading: bool = False  # in a heading (a paragraph block GUM marks "head"), where words are capitalised anyway


@dataclass
class Mention:
    entity: int
    etype: str
    first: int  # word indices, inclusive
    last: int
    head: int = -1
    start: int = 0  # characters
    end: int = 0

    def kind(self, words: list[Word]) -> str:
        """proper, pronoun or nominal, by the tag of the head."""
        upos = words[self.head].upos
        return "proper" if upos == "PROPN" else "pronoun" if upos in PRONOUN_TAGS else "nominal"


@dataclass
class GumDoc:
    name: str
    genre: str
    text: str
    words: list[Word]
    mentions: list[Mention]
    names: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)  # entity -> its names
    etypes: dict[int, str] = field(default_factory=dict)


def split_names(split: str) -> list[str]:
    """The documents of one of GUM's splits, from splits.md (train, dev, test)."""
    names, current = [], None
    for line in (GUM / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif current == split and line.strip().startswith("* "):
            names.append(line.strip()[2:].strip())
    return names


def read_conllu(path: Path) -> GumDoc:
    """The document's text, words with offsets, and gold mentions."""
    pieces: list[str] = []
    at = 0
    words: list[Word] = []
    mentions: list[Mention] = []
    open_mentions: dict[int, list[Mention]] = {}
    genre, new_par, heading = "", False, False
    heads: list[tuple[int, int]] = []  # (word index, head id in its sentence) of the sentence so far
    sentence_base = 0  # index of the sentence's first word
    mwt_span: tuple[int, int, int, int] | None = None  # first id, last id, start, end of a multiword token
    pending_space = False
    first_in_sentence = False
    name = path.stem

    def emit(form: str, space_after: bool) -> tuple[int, int]:
        nonlocal at, pending_space
        if pending_space:
            pieces.append(" ")
            at += 1
        start = at
        pieces.append(form)
        at += len(form)
        pending_space = space_after
        return start, at

    def close_sentence() -> None:
        for index, head in heads:
            words[index].head = -1 if head == 0 else sentence_base + head - 1

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::genre"):
            genre = line.split("=", 1)[1].strip()
        elif line == "# newpar" or line.startswith("# newpar "):
            new_par = True
        elif line.startswith("# newpar_block"):
            heading = line.split("=", 1)[1].strip().startswith("head")
        elif line.startswith("# newdoc id"):
            name = line.split("=", 1)[1].strip()
        elif not line.strip():
            close_sentence()
            heads = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # an empty node
            if not heads and mwt_span is None and not first_in_sentence:
                # a new sentence: a blank line before a new paragraph, else a space
                sentence_base = len(words)
                if pieces:
                    pieces.append("\n\n" if new_par else " ")
                    at += 2 if new_par else 1
                pending_space, new_par, first_in_sentence = False, False, True
            space_after = "SpaceAfter=No" not in cols[9].split("|")
            if "-" in cols[0]:
                a, b = (int(x) for x in cols[0].split("-"))
                start, end = emit(cols[1], space_after)
                mwt_span = (a, b, start, end)
                continue
            wid = int(cols[0])
            if mwt_span is not None and mwt_span[0] <= wid <= mwt_span[1]:
                start, end = mwt_span[2], mwt_span[3]
                if wid == mwt_span[1]:
                    mwt_span = None
            else:
                start, end = emit(cols[1], space_after)
            index = len(words)
            words.append(Word(cols[1], cols[3], -1, start, end, first_in_sentence, heading))
            first_in_sentence = False
            heads.append((index, int(cols[6]) if cols[6].isdigit() else 0))
            entity = next((m[len("Entity="):] for m in cols[9].split("|") if m.startswith("Entity=")), "")
            for mark in ENTITY_MARK.finditer(entity):
                if mark.group(1) is not None:
                    mention = Mention(int(mark.group(1)), mark.group(2).split("-")[0], index, index)
                    mentions.append(mention)
                    if mark.group(3) is None:
                        open_mentions.setdefault(mention.entity, []).append(mention)
                else:
                    stack = open_mentions.get(int(mark.group(4)))
                    if stack:
                        stack.pop().last = index
    close_sentence()
    doc = GumDoc(name, genre, "".join(pieces), words, mentions)
    for mention in mentions:
        mention.start, mention.end = words[mention.first].start, words[mention.last].end
        inside = range(mention.first, mention.last + 1)
        mention.head = next((i for i in inside if words[i].head not in inside), mention.first)
        doc.etypes.setdefault(mention.entity, mention.etype)
        for found in mention_names(words, mention, others_inside(mentions, mention)):
            if found not in doc.names.setdefault(mention.entity, []):
                doc.names[mention.entity].append(found)
        doc.names.setdefault(mention.entity, [])
    return doc


def others_inside(mentions: list[Mention], mention: Mention) -> set[int]:
    """The words of a mention that belong to mentions of other entities inside it ("Malaysia" in "the Prime Minister
    of Malaysia")."""
    return {i for m in mentions if m.entity != mention.entity and mention.first <= m.first and m.last <= mention.last
            for i in range(m.first, m.last + 1)}


def mention_names(words: list[Word], mention: Mention, taken: Set[int] = frozenset()) -> list[tuple[str, ...]]:
    """The names a gold mention gives its entity, if any (see the module's docstring); `taken`, the words of other
    entities' mentions inside it."""
    head = words[mention.head]
    title = head.text.lower().rstrip(".") in TITLE_WORDS
    if head.upos != "PROPN" or title:
        # a name beside a title or noun that heads the mention: "American patriot Thomas Paine"
        run: list[Word] = []
        for i in range(mention.first, mention.last + 1):
            if words[i].upos == "PROPN" and i not in taken and i != mention.head:
                run.append(words[i])
            elif run:
                break
        name = name_words(" ".join(w.text for w in run))
        if name and (len(run) >= 2 or run[-1] is words[mention.last]):
            return [name]
    if title:
        return []  # "the Prime Minister" is no name
    if head.upos == "PROPN":
        first = last = mention.head
        while True:  # name words, and function words between two of them ("Bank of England", "van der Berg")
            before = first - 1
            while before > mention.first and words[before].upos in NAME_JOINING_TAGS:
                before -= 1
            if before < mention.first or not name_part(words[before]):
                break
            first = before
        while True:
            after = last + 1
            while after < mention.last and words[after].upos in NAME_JOINING_TAGS:
                after += 1
            if after > mention.last or not name_part(words[after]):
                break
            last = after
        run = words[first:last + 1]
        names = [name_words(" ".join(w.text for w in run))]
        cut = next((i for i, w in enumerate(run) if first + i > mention.head and w.text.lower() in NAME_CUTS), None)
        if cut:  # "Patrick Gordon of Auchleuchries" is "Patrick Gordon" too
            names.append(name_words(" ".join(w.text for w in run[:cut])))
        return [n for n in names if n]
    if head.upos in PRONOUN_TAGS:
        return []
    content = [w for w in words[mention.first:mention.last + 1] if w.upos not in FUNCTION_TAGS]
    if not content or not all(w.text[:1].isupper() for w in content) or all(w.heading for w in content):
        return []
    if len(content) == 1 and content[0].sentence_start:
        return []  # capitalised only because it opens the sentence
    name = name_words(" ".join(w.text for w in content))
    return [name] if name else []


def name_part(word: Word) -> bool:
    """A proper noun, or a capitalised word of a name the tagger read otherwise ("Public" in "Frontiers in Public
    Health")."""
    return word.upos == "PROPN" or (word.text[:1].isupper() and word.upos not in FUNCTION_TAGS | PRONOUN_TAGS)


def align(span: tuple[int, int], doc: GumDoc) -> Mention | None:
    """The gold mention an engine span stands for: of those whose head word lies in the span (half of it at
    least), the one that covers most of the span (the shorter on a tie); else the shortest that holds the span (a
    relative "who" is inside its noun phrase's mention); else None."""
    best: tuple[int, int] | None = None
    chosen = None
    for mention in doc.mentions:
        head = doc.words[mention.head]
        if 2 * (min(span[1], head.end) - max(span[0], head.start)) < head.end - head.start:
            continue
        key = (min(span[1], mention.end) - max(span[0], mention.start), -(mention.end - mention.start))
        if best is None or key > best:
            best, chosen = key, mention
    if chosen is not None:
        return chosen
    holding = [m for m in doc.mentions if m.start <= span[0] and span[1] <= m.end]
    return min(holding, key=lambda m: m.end - m.start, default=None)


def name_of(name: str, names: Iterable[tuple[str, ...]]) -> bool:
    return any(names_match(name, gold) for gold in names)


def judge(name: str, entity: int, doc: GumDoc) -> bool:
    """Whether a canonical name is right for the gold entity (see the module's docstring)."""
    if doc.names.get(entity):
        return name_of(name, doc.names[entity])
    return not any(name_of(name, names) for other, names in doc.names.items() if other != entity)


def error_kind(name: str, entity: int, doc: GumDoc) -> str:
    """A rough label for a wrong name, to sort the examples."""
    words = set(name_words(name))
    others = [other for other, names in doc.names.items() if other != entity and name_of(name, names)]
    if others:
        return f"another entity's name ({doc.etypes.get(others[0], '?')})"
    if words & {w for gold in doc.names.get(entity, []) for w in gold}:
        return "part of the name"
    if words and words <= {"he", "she", "they", "it", "i", "you", "we", "him", "her", "them"}:
        return "a pronoun as name"
    if not name[:1].isupper() or name.lower().startswith(("the ", "a ", "an ")):
        return "a common noun as name"
    return "a name the gold does not give"


@dataclass
class DocScore:
    name: str
    genre: str
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str]] = field(default_factory=list)
    judged: list[tuple[Quote, bool]] = field(default_factory=list)  # each quote scored, and whether it is right


def score_document(doc: GumDoc, result: Attribution) -> DocScore:
    out = DocScore(doc.name, doc.genre)
    c = out.counts
    speakers = {s.id: s for s in result.speakers}
    for quote in result.quotes:
        if quote.part_of_quote_id:
            continue
        c["quotes"] += 1
        speaker = speakers.get(quote.speaker_id) if quote.speaker_id else None
        if speaker is None:
            c["no speaker"] += 1
            continue
        if quote.speaker_span is None:
            c["no speaker span"] += 1
            continue
        gold = align((quote.speaker_span.start, quote.speaker_span.end), doc)
        if gold is None:
            c["unaligned"] += 1
            out.errors.append({"doc": doc.name, "error": "unaligned", "span": quote.speaker_span.text,
                               "name": speaker.name, "quote": quote.text[:100]})
            continue
        kind = gold.kind(doc.words)
        right = judge(speaker.name, gold.entity, doc)
        out.judged.append((quote, right))
        c["scored"] += 1
        c["right"] += right
        c[f"{kind} scored"] += 1
        c[f"{kind} right"] += right
        if not right:
            gold_names = doc.names.get(gold.entity) or []
            if kind == "pronoun":
                kind += " I/we/you" if quote.speaker_span.text.lower() in FIRST_SECOND_PERSON else " 3rd person"
            out.errors.append({
                "doc": doc.name, "error": error_kind(speaker.name, gold.entity, doc), "mention": kind,
                "method": quote.method.value, "span": quote.speaker_span.text, "name": speaker.name,
                "gold": " / ".join(" ".join(n) for n in gold_names) or doc.text[gold.start:gold.end],
                "gold type": gold.etype, "quote": quote.text[:100]})
    c["merges"], c["splits"] = merges_and_splits(doc, result)
    return out


def merges_and_splits(doc: GumDoc, result: Attribution) -> tuple[int, int]:
    """Extra gold persons inside speaker entities, and extra speaker entities over one gold person."""
    persons_of: dict[str, set[int]] = {}
    speakers_of: dict[int, set[str]] = {}
    spans: list[tuple[str, int, int]] = [(s.id, m.start, m.end) for s in result.speakers for m in s.mentions]
    spans += [(q.speaker_id, q.speaker_span.start, q.speaker_span.end) for q in result.quotes
              if q.speaker_id and q.speaker_span]
    for sid, start, end in spans:
        gold = align((start, end), doc)
        if gold is None or doc.etypes.get(gold.entity) != PERSON:
            continue
        persons_of.setdefault(sid, set()).add(gold.entity)
        speakers_of.setdefault(gold.entity, set()).add(sid)
    return (sum(len(v) - 1 for v in persons_of.values()), sum(len(v) - 1 for v in speakers_of.values()))


def pct(right: int, total: int) -> float | None:
    return round(100 * right / total, 1) if total else None


KINDS = ("proper", "pronoun", "nominal")
COUNT_KEYS = ("quotes", "no speaker", "no speaker span", "unaligned", "scored", "right", "proper scored",
              "proper right", "pronoun scored", "pronoun right", "nominal scored", "nominal right", "merges", "splits")


def figures(counts: Counter[str]) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {"quotes": counts["quotes"], "scored": counts["scored"],
                                   "name": pct(counts["right"], counts["scored"])}
    for kind in KINDS:
        out[kind] = pct(counts[f"{kind} right"], counts[f"{kind} scored"])
        out[f"{kind} scored"] = counts[f"{kind} scored"]
    out.update({"merges": counts["merges"], "splits": counts["splits"], "unaligned": counts["unaligned"],
                "no span": counts["no speaker span"], "no speaker": counts["no speaker"]})
    return out


def print_table(rows: list[tuple[str, Counter[str]]]) -> None:
    """One row per genre and one for all: name accuracy over the quotes scored, and by the kind of speaker mention
    (the quotes of that kind in brackets)."""
    head = ["quotes", "scored", "name", "proper", "pronoun", "nominal", "merges", "splits", "unaligned", "no span",
            "no speaker"]
    print(f"{'':13}" + "".join(f"{h:>13}" for h in head))
    for label, counts in rows:
        f = figures(counts)
        cells = [("-" if f[h] is None else str(f[h])) + (f" ({f[h + ' scored']})" if h in KINDS else "")
                 for h in head]
        print(f"{label:13}" + "".join(f"{c:>13}" for c in cells))


def run(docs: list[GumDoc], attribute: Callable[[str], Attribution]) -> list[DocScore]:
    scores = []
    for doc in docs:
        scores.append(score_document(doc, attribute(doc.text)))
        print(f"  {doc.name}: {dict(scores[-1].counts)}", file=sys.stderr, flush=True)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--genres", default=",".join(DEFAULT_GENRES),
                        help=f"comma-separated GUM genres, or all (default {','.join(DEFAULT_GENRES)})")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--models", type=Path, help="models dir for the engine")
    parser.add_argument("--cache", type=Path, help="keep Stanza's analyses in this dir and reuse them")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong names (and N unaligned)")
    args = parser.parse_args()
    genres = {g.strip() for g in args.genres.split(",") if g.strip() and g.strip() != "all"}
    paths = [GUM / f"{name}.conllu" for name in split_names(args.split)]
    missing = [p.stem for p in paths if not p.exists()]
    docs = [read_conllu(p) for p in paths if p.exists()]
    docs = [d for d in docs if not genres or d.genre in genres][:args.limit]
    attribute = in_process_attributor(args.models, args.cache)
    t0 = time.perf_counter()
    scores = run(docs, attribute)
    seconds = time.perf_counter() - t0
    total: Counter[str] = Counter()
    by_genre: dict[str, Counter[str]] = {}
    for s in scores:
        total.update(s.counts)
        by_genre.setdefault(s.genre, Counter()).update(s.counts)
    print(f"GUM {args.split}: {len(docs)} documents ({', '.join(sorted(genres)) or 'every genre'}) through the "
          f"in-process engine in {seconds:.1f} s; not in {GUM}: {', '.join(missing) or 'none'}")
    print_table([*sorted(by_genre.items()), ("all", total)])
    calibrated = calibration(((quote.confidence, right) for s in scores for quote, right in s.judged),
                             noise_draws=NOISE_DRAWS)
    print(calibration_line(calibrated))
    errors = [e for s in scores for e in s.errors]
    if args.errors:
        wrong = [e for e in errors if e["error"] != "unaligned"]
        print(f"\nwrong names by kind: {dict(Counter(e['error'] for e in wrong).most_common())}")
        print(f"by mention and kind: "
              f"{dict(Counter(e['mention'] + ': ' + e['error'] for e in wrong).most_common())}")
        for e in wrong[:args.errors]:
            print(f"- {e['doc']} [{e['mention']}, {e['method']}] {e['error']}: span {e['span']!r} -> name "
                  f"{e['name']!r}; gold {e['gold']!r} ({e['gold type']}); “{e['quote']}”")
        for e in [e for e in errors if e["error"] == "unaligned"][:args.errors]:
            print(f"- {e['doc']} unaligned: span {e['span']!r} -> name {e['name']!r}; “{e['quote']}”")
    if args.json:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=False, cwd=ROOT).stdout.strip()
        # the engine measured is the working tree's: say whether it differs from the commit
        changed = subprocess.run(["git", "status", "--porcelain", "--", "server"], capture_output=True, text=True,
                                 check=False, cwd=ROOT).stdout.split("\n")
        report = {"run": {"commit": commit, "engine_changed_since_commit": any(line.strip() for line in changed),
                          "split": args.split, "documents": len(docs), "missing": missing,
                          "genres": sorted(genres) or "all", "limit": args.limit, "seconds": round(seconds, 1)},
                  "figures": figures(total), "calibration": calibrated,
                  "counts": {k: total[k] for k in COUNT_KEYS},
                  "genres": {g: figures(c) for g, c in sorted(by_genre.items())},
                  "documents": {s.name: {k: s.counts[k] for k in COUNT_KEYS} for s in scores},
                  "errors": errors}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
