"""PolNeAR dev rewritten into each quotation convention, hard-wrapped or not, scored as bench/polnear_score.py does.

    python bench/conventions.py [--split dev] [--limit N] [--only NAME,...] [--json OUT]

Conventions: curly double (the articles as they are), straight double, British single (speech in single marks,
quotes within in double), guillemets («…», ‹…› within), low-9 („…“, ‚…‘ within), typewriter (``…'', `…' within);
each also hard-wrapped at 72 columns. The rewrite reads the marks of the original by their shape alone (an opening
curly mark opens, a closing one closes, a straight mark by its neighbours; a single closing mark closes an inner
quote only after a single opening mark in its paragraph, and is an apostrophe otherwise), and carries the gold
spans over through the offset changes (typewriter marks are two characters). Reports, for each version, direct-quote
recall and direct speaker accuracy with their difference from the original; the engine runs in-process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
    from bench.polnear_score import Article, Gold, load, predict_in_process, score
else:
    from polnear_score import Article, Gold, load, predict_in_process, score

WRAP_WIDTH = 72
STYLES: dict[str, dict[str, str]] = {
    # what each mark of the original becomes: speech open/close, inner open/close, apostrophe
    "curly": {"open": "“", "close": "”", "inner_open": "‘", "inner_close": "’", "apostrophe": "’"},
    "straight": {"open": '"', "close": '"', "inner_open": "'", "inner_close": "'", "apostrophe": "'"},
    "british": {"open": "‘", "close": "’", "inner_open": "“", "inner_close": "”", "apostrophe": "’"},
    "guillemets": {"open": "«", "close": "»", "inner_open": "‹", "inner_close": "›", "apostrophe": "’"},
    "low9": {"open": "„", "close": "“", "inner_open": "‚", "inner_close": "‘", "apostrophe": "’"},
    "typewriter": {"open": "``", "close": "''", "inner_open": "`", "inner_close": "'", "apostrophe": "'"},
}


def mark_kinds(text: str) -> dict[int, str]:
    """Position -> open, close, inner_open, inner_close or apostrophe, for every mark of the original."""
    kinds: dict[int, str] = {}
    inner_open: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            inner_open = None
        if i in kinds:
            continue  # the second half of a doubled mark
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if text[i:i + 2] in ("''", "``"):  # a typewriter double mark: one double mark in two characters
            after = text[i + 2] if i + 2 < len(text) else " "
            opening = text[i] == "`" or ((prev.isspace() or prev in "([{—–-") and not after.isspace())
            kinds[i], kinds[i + 1] = ("open" if opening else "close"), "half"
        elif ch == "“":
            kinds[i] = "open"
        elif ch == "”":
            kinds[i] = "close"
        elif ch == '"':
            kinds[i] = "open" if (prev.isspace() or prev in "([{—–-") and not nxt.isspace() else "close"
        elif ch == "‘" or (ch == "'" and (prev.isspace() or prev in "“\"([")):
            kinds[i] = "inner_open"
            inner_open = i
        elif ch in "’'":
            if inner_open is not None and not nxt.isalnum():
                kinds[i] = "inner_close"
                inner_open = None
            else:
                kinds[i] = "apostrophe"
    return kinds


def rewrite(text: str, style: dict[str, str]) -> tuple[str, list[int]]:
    """The text in `style`, and where each offset of the original lands in it (one more entry, for the end)."""
    kinds = mark_kinds(text)
    out: list[str] = []
    where: list[int] = []
    at = 0
    for i, ch in enumerate(text):
        where.append(at)
        kind = kinds.get(i)
        piece = ch if kind is None else "" if kind == "half" else style[kind]
        out.append(piece)
        at += len(piece)
    where.append(at)
    return "".join(out), where


def wrap(text: str, width: int = WRAP_WIDTH) -> str:
    """Hard-wrap every line at `width` columns, greedily, by turning spaces into line breaks (offsets unchanged)."""
    chars = list(text)
    line_start = 0
    last_space: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, None
            continue
        if ch == " ":
            last_space = i
        if i - line_start >= width and last_space is not None and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, None
    return "".join(chars)


def carried(article: Article, style: dict[str, str] | None, wrapped: bool) -> Article:
    """The article in another convention, its gold spans moved with the text."""
    text, where = (article.text, list(range(len(article.text) + 1))) if style is None else rewrite(article.text, style)
    if wrapped:
        text = wrap(text)

    def move(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(where[s], where[e]) for s, e in spans]

    gold = [Gold(move(g.content), move(g.source), move(g.cue), g.text) for g in article.gold]
    return replace(article, text=text, gold=gold, predicted=[])


def versions(only: set[str] | None) -> list[tuple[str, dict[str, str] | None, bool]]:
    """(label, style or None for the original marks, wrapped) of every version asked for, the original first."""
    out: list[tuple[str, dict[str, str] | None, bool]] = []
    for name, style in STYLES.items():
        for wrapped in (False, True):
            label = name + (" wrapped" if wrapped else "")
            if only and label not in only and name not in only:
                continue
            out.append((label, None if name == "curly" else style, wrapped))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default="", help="comma-separated convention names (curly, british wrapped, ...)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    articles = load(args.split, args.limit)
    only = {name.strip() for name in args.only.split(",") if name.strip()} or None
    rows = []
    base: dict[str, float] | None = None
    print(f"{'convention':22s} {'direct recall':>14s} {'diff':>6s} {'direct speaker':>15s} {'diff':>6s} {'F1':>6s}")
    for label, style, wrapped in versions(only):
        batch = [carried(article, style, wrapped) for article in articles]
        started = time.perf_counter()
        predict_in_process(batch, None)
        scores = score(batch, 0.3)
        recall, speaker = float(str(scores["direct_recall"])), float(str(scores["direct_speaker"]))
        if base is None and label == "curly":
            base = {"direct_recall": recall, "direct_speaker": speaker}
        d_recall = round(recall - base["direct_recall"], 1) if base else None
        d_speaker = round(speaker - base["direct_speaker"], 1) if base else None
        rows.append({"convention": label, "direct_recall": recall, "direct_speaker": speaker, "f1": scores["f1"],
                     "direct_recall_diff": d_recall, "direct_speaker_diff": d_speaker,
                     "seconds": round(time.perf_counter() - started, 1)})
        print(f"{label:22s} {recall:14.1f} {d_recall if d_recall is not None else '':>6} {speaker:15.1f} "
              f"{d_speaker if d_speaker is not None else '':>6} {scores['f1']:>6}", flush=True)
    worst = max((abs(v) for row in rows for v in (row["direct_recall_diff"], row["direct_speaker_diff"])
                 if isinstance(v, float)), default=0.0)
    print(f"largest difference from the original: {worst:.1f} points")
    if args.json:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=False).stdout.strip()
        args.json.write_text(json.dumps({"run": {"commit": commit, "split": args.split, "articles": len(articles)},
                                         "conventions": rows, "largest_difference": worst}, indent=1) + "\n")


if __name__ == "__main__":
    main()
