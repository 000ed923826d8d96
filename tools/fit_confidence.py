"""Fit the quote confidence model (server/quotewire/engine/rules/data/confidence.json) on GUM and PolNeAR train.

    python tools/fit_confidence.py [--gum-cache DIR] [--polnear-cache DIR] [--out PATH] [--records JSONL]

The engine runs over GUM train (the genres bench/speakers.py scores) and PolNeAR train, with Stanza's analyses
from the benches' caches (made on the first run, reused after: then the whole fit takes about a minute). Each quote
the benches score gives one example: its evidence (rules/confidence.py `evidence`, read from the quote's candidate
at assembly time) and whether its speaker is right, as the bench judges it (GUM: the canonical name is the gold
entity's, `speakers.score_document`; PolNeAR: the name check where the gold source is a name, else overlap,
`polnear_score.judged`). A logistic regression with an L2 penalty, fitted by Newton's method from zero, turns the
evidence into a probability. A feature value seen on fewer than MIN_SUPPORT quotes, or missing from fewer, gets no
weight (it counts for nothing); where the fit lets evidence that must not raise the confidence raise it (ORDER:
an unresolved pronoun above a resolved one, a quote without a cue above one with), the two values share one weight
and it is fitted again. The two sets judge differently (PolNeAR's speaker of a quote whose source is "he" is right
when it is that "he"; GUM's only when the name it stands for is), so neither is let to decide alone: GUM's share
of the weight is the one of GUM_SHARES whose fit, in 5-fold cross-validation over the documents of the training
sets, has the smallest worse calibration error of the two; shares within the error that perfectly calibrated
outcomes would show (`noise`: GUM train's 880 quotes measure calibration no finer) count as equal, and of those the
one with the smaller sum of the two errors wins. Everything is deterministic. The JSON says what it was
fitted on, at which commit, and its calibration on each training set.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "server" / "quotewire" / "engine" / "rules" / "data" / "confidence.json"
L2 = 1.0  # the penalty on each weight: a feature value seen on a few quotes stays near the average
NEWTON_STEPS = 50
GUM_SHARES = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)  # GUM's share of the weight, PolNeAR having the rest
FOLDS = 5
MIN_SUPPORT = 30
WORST_TOLERANCE = 0.005  # cross-validated errors closer than this, or than `noise`, are one figure
NOISE_DRAWS = 200
# (lower, higher): the first must not make a quote more confident than the second
ORDER = (
    *(("speaker=pronoun_unresolved", f"speaker=pronoun_to_{s}") for s in ("person", "name", "description", "far")),
    ("cue=no", "cue=yes"), ("terminated=no", "terminated=yes"), ("nested=yes", "nested=no"),
)

if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ is put on sys.path
    from bench import polnear_score, speakers
    from quotewire.engine.model import Attribution
    from quotewire.engine.rules.candidates import Candidate
else:
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "server")]
    polnear_score = importlib.import_module("polnear_score")
    speakers = importlib.import_module("speakers")

Example = tuple[str, str, dict[str, str], bool]  # (data set, document, evidence, speaker right)


def attribute_with_candidates(text: str, analysis: Any) -> tuple[Attribution, dict[tuple[int, int], Candidate]]:
    """The engine's attribution of `text` (as engine.attribute_document makes it) and the candidate behind each
    quote, by the quote's span."""
    from quotewire.engine.model import with_text
    from quotewire.engine.rules.conventions import read_conventions
    from quotewire.engine.stages import ArticleWork, run_stages

    canonical = read_conventions(text).canonical
    work = ArticleWork(canonical, analysis)
    attribution = run_stages(work)
    if canonical != text:
        attribution = with_text(attribution, text)
    by_span: dict[tuple[int, int], Candidate] = {}
    for cand in work.candidates:
        if not cand.dropped:
            by_span.setdefault((cand.span.start, cand.span.end), cand)
    return attribution, by_span


def gum_examples(analyse: Callable[[str], Any]) -> list[Example]:
    paths = [speakers.GUM / f"{name}.conllu" for name in speakers.split_names("train")]
    docs = [speakers.read_conllu(p) for p in paths if p.exists()]
    out: list[Example] = []
    for doc in docs:
        if doc.genre not in speakers.DEFAULT_GENRES:
            continue
        attribution, by_span = attribute_with_candidates(doc.text, analyse(doc.text))
        for quote, right in speakers.score_document(doc, attribution).judged:
            out.append(("gum", doc.name, evidence_of(by_span, quote.span.start, quote.span.end), right))
    return out


def polnear_examples(analyse: Callable[[str], Any]) -> list[Example]:
    articles = polnear_score.load("train", None)
    candidates: dict[str, dict[tuple[int, int], Candidate]] = {}
    for article in articles:
        attribution, candidates[article.name] = attribute_with_candidates(article.text, analyse(article.text))
        article.predicted = polnear_score.from_attribution(attribution)
    return [("polnear", article.name, evidence_of(candidates[article.name], *pred.span), right)
            for article, pred, right in polnear_score.judged(articles)]


def evidence_of(by_span: dict[tuple[int, int], Candidate], start: int, end: int) -> dict[str, str]:
    from quotewire.engine.rules.confidence import evidence

    return evidence(by_span[(start, end)])


def design(examples: list[Example]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The feature values seen ("method=named", sorted), the one-hot matrix of the examples and their outcomes."""
    names = sorted({f"{k}={v}" for _, _, features, _ in examples for k, v in features.items()})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, (_, _, features, _) in enumerate(examples):
        for k, v in features.items():
            x[row, column[f"{k}={v}"]] = 1.0
    y = np.array([float(right) for _, _, _, right in examples])
    return names, x, y


def fit_model(names: list[str], x: np.ndarray, y: np.ndarray,
              weight: np.ndarray) -> tuple[float, dict[str, float]]:
    """The intercept and each feature value's weight, under MIN_SUPPORT and ORDER (see the module's docstring)."""
    # a value (nearly) every quote has says nothing the intercept does not
    groups = [[name] for i, name in enumerate(names) if MIN_SUPPORT <= x[:, i].sum() <= len(x) - MIN_SUPPORT]
    column = {name: i for i, name in enumerate(names)}
    while True:
        grouped = np.stack([x[:, [column[n] for n in group]].sum(axis=1) for group in groups], axis=1)
        intercept, fitted = fit(grouped, y, weight)
        weights = {name: float(w) for group, w in zip(groups, fitted, strict=True) for name in group}
        broken = next(((low, high) for low, high in ORDER
                       if low in weights and high in weights and weights[low] > weights[high] + 1e-9), None)
        if broken is None:
            return intercept, weights
        low_group = next(g for g in groups if broken[0] in g)
        high_group = next(g for g in groups if broken[1] in g)
        groups = [g for g in groups if g is not low_group and g is not high_group] + [low_group + high_group]
        groups.sort()


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Weighted logistic regression with an L2 penalty on the weights (not the intercept), by Newton's method."""
    a = np.hstack([np.ones((x.shape[0], 1)), x])
    penalty = np.full(a.shape[1], l2)
    penalty[0] = 0.0
    beta = np.zeros(a.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(a @ beta)))
        gradient = a.T @ (weight * (p - y)) + penalty * beta
        hessian = (a * (weight * p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return float(beta[0]), beta[1:]


def predict(intercept: float, weights: dict[str, float], names: list[str], x: np.ndarray) -> np.ndarray:
    p: np.ndarray = 1.0 / (1.0 + np.exp(-(intercept + x @ np.array([weights.get(n, 0.0) for n in names]))))
    return p


def set_weights(sets: list[str], gum_share: float) -> np.ndarray:
    """Each example's weight, so that GUM's add up to `gum_share` of the whole and PolNeAR's to the rest."""
    n = len(sets)
    count = {data: sets.count(data) for data in set(sets)}
    share = {"gum": gum_share, "polnear": 1.0 - gum_share}
    return np.array([n * share[data] / count[data] for data in sets])


def calibrations(sets: list[str], p: np.ndarray, y: np.ndarray) -> dict[str, dict[str, float | int]]:
    return {data: polnear_score.calibration((float(p[i]), bool(y[i])) for i, d in enumerate(sets) if d == data)
            for data in sorted(set(sets))}


def noise(sets: list[str], p: np.ndarray) -> float:
    """The calibration error a perfectly calibrated model would still show on these sets: the median, over
    NOISE_DRAWS draws of outcomes from the predicted probabilities themselves, of the worse set's error. Errors
    closer than this are one figure (a fixed seed: deterministic)."""
    rng = np.random.default_rng(0)
    draws = [max(float(c["ece"]) for c in calibrations(sets, p, rng.random(len(p)) < p).values())
             for _ in range(NOISE_DRAWS)]
    return float(np.median(draws))


def cross_validated(examples: list[Example], names: list[str], x: np.ndarray, y: np.ndarray,
                    gum_share: float) -> tuple[dict[str, dict[str, float | int]], np.ndarray]:
    """Each set's calibration when every document's quotes are predicted by a fit without that document's fold,
    and those predictions."""
    sets = [data for data, _, _, _ in examples]
    documents = sorted({(data, doc) for data, doc, _, _ in examples})
    fold_of = {document: i % FOLDS for i, document in enumerate(documents)}
    folds = np.array([fold_of[(data, doc)] for data, doc, _, _ in examples])
    weight = set_weights(sets, gum_share)
    p = np.zeros(len(examples))
    for fold in range(FOLDS):
        held = folds == fold
        intercept, weights = fit_model(names, x[~held], y[~held], weight[~held])
        p[held] = predict(intercept, weights, names, x[held])
    return calibrations(sets, p, y), p


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=False, cwd=ROOT).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gum-cache", type=Path, default=Path("/tmp/gumcache"), help="Stanza analyses of GUM")
    parser.add_argument("--polnear-cache", type=Path, default=Path("/tmp/pncache"),
                        help="Stanza analyses of PolNeAR")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the model (default {OUT})")
    parser.add_argument("--records", type=Path, help="also write every example here (JSON Lines)")
    args = parser.parse_args()
    examples = gum_examples(polnear_score.in_process_analyser(None, args.gum_cache))
    examples += polnear_examples(polnear_score.in_process_analyser(None, args.polnear_cache))
    if args.records:
        with args.records.open("w", encoding="utf-8") as out:
            for data, doc, features, right in examples:
                out.write(json.dumps({"data": data, "doc": doc, **features, "right": right}) + "\n")
    names, x, y = design(examples)
    sets = [data for data, _, _, _ in examples]
    counts = {data: sets.count(data) for data in set(sets)}
    worst, total, predicted = {}, {}, {}
    for share in GUM_SHARES:
        held_out, predicted[share] = cross_validated(examples, names, x, y, share)
        worst[share] = max(float(c["ece"]) for c in held_out.values())
        total[share] = sum(float(c["ece"]) for c in held_out.values())
        print(f"GUM share {share}: cross-validated ECE "
              + ", ".join(f"{data} {c['ece']:.3f}" for data, c in held_out.items()))
    best = min(GUM_SHARES, key=lambda share: worst[share])
    tolerance = max(WORST_TOLERANCE, noise(sets, predicted[best]))
    print(f"errors within {tolerance:.3f} of the best are one figure (what calibrated outcomes would show)")
    equal = [share for share in GUM_SHARES if worst[share] <= worst[best] + tolerance]
    gum_share = min(equal, key=lambda share: (total[share], share))
    intercept, weights = fit_model(names, x, y, set_weights(sets, gum_share))
    calibrated = calibrations(sets, predict(intercept, weights, names, x), y)
    for data, figures in calibrated.items():
        print(f"{data} train, GUM share {gum_share}: {polnear_score.calibration_line(figures)}")
    changed = any(line.strip() for line in git("status", "--porcelain", "--", "server").splitlines())
    model = {
        "about": "quote confidence: log-odds = intercept + the weight of each feature value of the quote's evidence "
                 "(quotewire/engine/rules/confidence.py); made by tools/fit_confidence.py",
        "fitted_on": {"gum": f"GUM train, genres {', '.join(speakers.DEFAULT_GENRES)}: {counts.get('gum', 0)} quotes",
                      "polnear": f"PolNeAR train: {counts.get('polnear', 0)} quotes"},
        "commit": git("rev-parse", "--short", "HEAD"), "engine_changed_since_commit": changed,
        "l2": L2, "min_support": MIN_SUPPORT, "gum_share": gum_share, "train_calibration": calibrated,
        "intercept": round(intercept, 4),
        "weights": {name: round(w, 4) for name, w in sorted(weights.items())},
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
