"""Score the titles and affiliations of quoted persons against the gold in bench/titles_gold/ (see its RULES.md).

    python bench/titles.py [--split dev|train] [--models DIR] [--cache DIR] [--json OUT] [--errors OUT]
    python bench/titles.py --check

The engine runs in-process over the split's annotated articles (with --cache, Stanza's analyses are kept and only
the rule stages rerun, as in bench/polnear_score.py). Each gold person is aligned with a speaker entity: one whose
mentions overlap the gold name span (the one whose name has the gold name's words first, then a person, then the
widest overlap), else one whose name has the gold name's words. Titles and affiliations are compared by their
content words (lower-cased, without determiners, possessive pronouns, prepositions, honorifics and punctuation;
title abbreviations and party words folded; see RULES.md): a predicted title is exact when its words are a gold
title's, lenient when they share one (beyond `former` and the like). Title precision and recall are over gold
persons that have a speaker entity; `R (all)` also counts the titles of the persons without one as missed.
Affiliation accuracy is over persons with a speaker entity (a gold null must be predicted None); `affil. (all)`
counts the others as wrong.

--check verifies the gold instead (no engine): every span's text is the article's text at its offsets, every
article is in its split's sample, no person is listed twice, no two titles of a person have the same words.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
    from bench.polnear_score import POLNEAR, in_process_attributor, ratio
    from quotewire.engine import Speaker
else:
    from polnear_score import POLNEAR, in_process_attributor, ratio

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "titles_gold"
SPLITS = ("dev", "train")

# words that carry no content in a title or an organisation's name
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose",
    "of", "for", "at", "in", "on", "to", "with", "from", "by", "and", "or", "under", "as",
    "mr", "mrs", "ms", "miss", "dr",
))
# abbreviations and party words, read after a plural is folded
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "sen": ("senator",), "rep": ("representative",), "gov": ("governor",), "lt": ("lieutenant",),
    "gen": ("general",), "col": ("colonel",), "sgt": ("sergeant",), "capt": ("captain",), "cmdr": ("commander",),
    "adm": ("admiral",), "maj": ("major",), "atty": ("attorney",), "sec": ("secretary",), "pres": ("president",),
    "supt": ("superintendent",), "amb": ("ambassador",), "rev": ("reverend",), "prof": ("professor",),
    "ag": ("attorney", "general"),
    "r": ("republican",), "gop": ("republican",), "d": ("democratic",), "dem": ("democratic",),
    "democrat": ("democratic",), "i": ("independent",),
    "dnc": ("democratic", "national", "committee"), "rnc": ("republican", "national", "committee"),
}
# words that alone do not make two titles alike
TIME_WORDS = frozenset({"former", "ex", "then", "retired", "current", "longtime"})


def fold_plural(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", text.lower()).replace(".", "")
    return re.findall(r"[^\W_]+", text)


def content_words(text: str) -> frozenset[str]:
    """The words a title or an affiliation is compared by (RULES.md, "How the scorer reads a title")."""
    out: set[str] = set()
    for word in tokens(text):
        if word in FUNCTION_WORDS:
            continue
        word = fold_plural(word)
        out.update(EXPANSIONS.get(word, (word,)))
    return frozenset(out)


def name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in tokens(text) if w not in FUNCTION_WORDS)


def alike(predicted: frozenset[str], gold: frozenset[str], lenient: bool) -> bool:
    if not predicted or not gold:
        return False
    return bool((predicted & gold) - TIME_WORDS) if lenient else predicted == gold


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str


@dataclass
class GoldPerson:
    article: str
    person: GoldSpan
    titles: list[GoldSpan]
    affiliation: GoldSpan | None
    speaker: Speaker | None = None


def sample(split: str) -> list[Path]:
    """The split's annotated articles: the first 40 of dev; of train, every 20th from the first, every 40th from the
    eighth and from the fourteenth, and every 80th from the twenty-eighth, the sixty-eighth, the thirty-fourth,
    the seventy-fourth, the fourth, the tenth, the twelfth, the eighteenth and the twentieth (RULES.md, "The
    sample")."""
    texts = sorted((POLNEAR / split / "text").glob("*.txt"))
    if split == "dev":
        return texts[:40]
    return sorted(texts[::20] + texts[7::40] + texts[13::40]
                  + texts[27::80] + texts[67::80] + texts[33::80] + texts[73::80] + texts[3::80]
                  + texts[9::80] + texts[11::80] + texts[17::80] + texts[19::80])


def load_gold(split: str) -> list[GoldPerson]:
    out = []
    for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        affiliation = row["affiliation"]
        out.append(GoldPerson(row["article"], GoldSpan(**row["person"]), [GoldSpan(**t) for t in row["titles"]],
                              GoldSpan(**affiliation) if affiliation else None))
    return out


def check(split: str) -> list[str]:
    """The gold's problems, one line each."""
    articles = {path.stem: path for path in sample(split)}
    texts: dict[str, str] = {}
    problems, seen = [], set()
    for n, person in enumerate(load_gold(split), 1):
        where = f"{split}.jsonl:{n} {person.article} {person.person.text!r}"
        if person.article not in articles:
            problems.append(f"{where}: the article is not in the {split} sample")
            continue
        text = texts.setdefault(person.article, articles[person.article].read_text(encoding="utf-8"))
        spans = [("person", person.person), *(("title", t) for t in person.titles)]
        if person.affiliation:
            spans.append(("affiliation", person.affiliation))
        for kind, span in spans:
            if text[span.start:span.end] != span.text:
                problems.append(f"{where}: {kind} {span.text!r} is {text[span.start:span.end]!r} at "
                                f"{span.start}-{span.end}")
            if kind != "person" and not content_words(span.text):
                problems.append(f"{where}: {kind} {span.text!r} has no content words")
        key = (person.article, name_words(person.person.text))
        if key in seen:
            problems.append(f"{where}: the person is listed twice")
        seen.add(key)
        words = [content_words(t.text) for t in person.titles]
        if len(set(words)) != len(words):
            problems.append(f"{where}: two titles with the same words: {[t.text for t in person.titles]}")
    return problems


def align(person: GoldPerson, speakers: Sequence[Speaker]) -> Speaker | None:
    """The speaker entity that stands for the gold person, if any."""
    gold = person.person
    target = name_words(gold.text)

    def overlap(speaker: Speaker) -> int:
        return max((min(m.end, gold.end) - max(m.start, gold.start) for m in speaker.mentions), default=0)

    touching = [s for s in speakers if overlap(s) > 0]
    if touching:
        return max(touching, key=lambda s: (name_words(s.name) == target, s.kind.value == "person", overlap(s)))
    return next((s for s in speakers if name_words(s.name) == target), None)


def run_engine(persons: list[GoldPerson], split: str, models: Path | None,
               cache: Path | None = None) -> tuple[int, float]:
    """Attribute every article that has gold persons and align each person; returns (articles, seconds). With
    `cache`, Stanza's analyses are kept there and reused, as bench/polnear_score.py keeps them."""
    attribute = in_process_attributor(models, cache)
    by_article: dict[str, list[GoldPerson]] = {}
    for person in persons:
        by_article.setdefault(person.article, []).append(person)
    t0 = time.perf_counter()
    for article, group in by_article.items():
        text = (POLNEAR / split / "text" / f"{article}.txt").read_text(encoding="utf-8")
        speakers = attribute(text).speakers
        for person in group:
            person.speaker = align(person, speakers)
    return len(by_article), time.perf_counter() - t0


@dataclass
class Tally:
    """Counts for one way of matching (exact or lenient)."""

    predicted: int = 0  # titles of the aligned speakers, distinct by their words
    predicted_right: int = 0
    gold: int = 0  # gold titles of persons with a speaker entity
    gold_found: int = 0
    gold_all: int = 0  # gold titles of every person
    affiliation_right: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    def figures(self, with_speaker: int, persons: int) -> dict[str, float | dict[str, int]]:
        precision = self.predicted_right / self.predicted if self.predicted else 0.0
        recall = self.gold_found / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"title_precision": ratio(self.predicted_right, self.predicted),
                "title_recall": ratio(self.gold_found, self.gold), "title_f1": round(100 * f1, 1),
                "title_recall_all": ratio(self.gold_found, self.gold_all),
                "affiliation": ratio(self.affiliation_right, with_speaker),
                "affiliation_all": ratio(self.affiliation_right, persons),
                "counts": {"predicted": self.predicted, "predicted_right": self.predicted_right,
                           "gold": self.gold, "gold_found": self.gold_found, "gold_all": self.gold_all,
                           "affiliation_right": self.affiliation_right}}


def distinct(titles: Iterable[str]) -> list[tuple[str, frozenset[str]]]:
    seen, out = set(), []
    for title in titles:
        words = content_words(title)
        if words not in seen:
            seen.add(words)
            out.append((title, words))
    return out


def unmatched(titles: list[tuple[str, frozenset[str]]], others: list[tuple[str, frozenset[str]]],
              lenient: bool) -> list[str]:
    """The titles that match none of the others."""
    return [title for title, words in titles if not any(alike(words, o, lenient) for _, o in others)]


def score(persons: list[GoldPerson], lenient: bool) -> Tally:
    tally = Tally()
    for person in persons:
        tally.gold_all += len(person.titles)
        where: dict[str, object] = {"article": person.article, "person": person.person.text}
        speaker = person.speaker
        if speaker is None:
            tally.errors.append({**where, "error": "no speaker entity",
                                 "gold_titles": [t.text for t in person.titles],
                                 "gold_affiliation": person.affiliation.text if person.affiliation else None})
            continue
        where["speaker"] = speaker.name
        predicted = distinct(speaker.titles)
        gold = [(t.text, content_words(t.text)) for t in person.titles]
        tally.predicted += len(predicted)
        tally.gold += len(gold)
        spurious, missed = unmatched(predicted, gold, lenient), unmatched(gold, predicted, lenient)
        tally.predicted_right += len(predicted) - len(spurious)
        tally.gold_found += len(gold) - len(missed)
        tally.errors += [{**where, "error": "spurious title", "predicted": title, "gold_titles": [t for t, _ in gold]}
                         for title in spurious]
        tally.errors += [{**where, "error": "missed title", "gold": title,
                          "predicted_titles": [t for t, _ in predicted]} for title in missed]
        gold_org, said = person.affiliation, speaker.affiliation
        if gold_org is None:
            right = said is None
        else:
            right = said is not None and alike(content_words(said), content_words(gold_org.text), lenient)
        tally.affiliation_right += right
        if not right:
            tally.errors.append({**where, "error": "wrong affiliation",
                                 "gold": gold_org.text if gold_org else None, "predicted": said})
    return tally


def commit() -> str:
    """The checkout's commit, with "+" when the tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + ("+" if git("status", "--porcelain") else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=SPLITS)
    parser.add_argument("--check", action="store_true", help="verify the gold of both splits; no engine")
    parser.add_argument("--models", type=Path, help="models dir for the engine")
    parser.add_argument("--cache", type=Path, help="keep Stanza's analyses in this dir and reuse them")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--errors", type=Path,
                        help="write every person without a speaker, missed or spurious title and wrong affiliation "
                             "(exact matching) here (JSONL)")
    args = parser.parse_args()
    if args.check:
        problems = [p for split in SPLITS for p in check(split)]
        for split in SPLITS:
            persons = load_gold(split)
            print(f"{split}: {len({p.article for p in persons})} articles with quoted persons "
                  f"(of {len(sample(split))}), {len(persons)} persons, "
                  f"{sum(len(p.titles) for p in persons)} titles, "
                  f"{sum(p.affiliation is not None for p in persons)} affiliations")
        print("\n".join(problems) or "every span matches its article")
        sys.exit(1 if problems else 0)

    persons = load_gold(args.split)
    articles, seconds = run_engine(persons, args.split, args.models, args.cache)
    with_speaker = sum(p.speaker is not None for p in persons)
    results = {"exact": score(persons, lenient=False), "lenient": score(persons, lenient=True)}
    figures = {name: tally.figures(with_speaker, len(persons)) for name, tally in results.items()}
    print(f"titles, {args.split}: {articles} articles with quoted persons (of {len(sample(args.split))}) through "
          f"the in-process engine in {seconds:.1f} s")
    print(f"gold persons {len(persons)}: with a speaker entity {with_speaker} ({ratio(with_speaker, len(persons))} %),"
          f" without {len(persons) - with_speaker}")
    keys = ["title_precision", "title_recall", "title_f1", "title_recall_all", "affiliation", "affiliation_all"]
    heads = ["title P", "title R", "title F1", "R (all)", "affiliation", "affil. (all)"]
    print(f"{'':<8}" + "".join(f"{h:>13}" for h in heads))
    for name, row in figures.items():
        print(f"{name:<8}" + "".join(f"{row[k]:>13}" for k in keys))
    tally = results["exact"]
    print(f"titles: {tally.gold_all} gold ({tally.gold} of persons with a speaker entity), {tally.predicted} "
          f"predicted; affiliations: {sum(p.affiliation is not None for p in persons)} gold, "
          f"{sum(p.speaker is not None and p.speaker.affiliation is not None for p in persons)} predicted")
    if args.json:
        run = {"commit": commit(), "date": time.strftime("%Y-%m-%d"), "split": args.split, "articles": articles,
               "persons": len(persons), "with_speaker": with_speaker, "seconds": round(seconds, 1)}
        args.json.write_text(json.dumps({"run": run, **figures}, indent=2) + "\n")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            for error in results["exact"].errors:
                lenient = error["error"] != "no speaker entity" and error not in results["lenient"].errors
                out.write(json.dumps({**error, "lenient_ok": lenient}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
