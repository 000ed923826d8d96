"""A quote's confidence: the probability that its speaker is right, from the evidence the quote has when it is
assembled (how it was attributed, what names the speaker, how far that is from the quote).

The model is a logistic regression over that evidence, each piece one categorical feature; its coefficients are
in data/confidence.json, fitted on GUM and PolNeAR train by tools/fit_confidence.py, which says there what it was
fitted on and how well it is calibrated. Evidence the file has no weight for counts for nothing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.coref import SPEAKER_PRONOUNS

# a probability is never certain either way: the model has seen only so many quotes
LOWEST, HIGHEST = 0.01, 0.99
NEAR_CHARACTERS = 60  # a speaker this close to the quote's marks is, as a rule, in the quote's sentence
FAR_ANTECEDENT_CHARACTERS = 600  # a pronoun this far from what it refers to is a guess over several sentences
PRONOUN_CLASSES = {"he_she": frozenset({"he", "she", "him", "her", "his", "hers"}),
                   "they_it": frozenset({"they", "them", "their", "it", "its"}),
                   "i": frozenset({"i", "me", "my"}), "we": frozenset({"we", "us", "our"}),
                   "you": frozenset({"you", "your"}), "relative": frozenset({"who", "whom", "which", "that"})}
SHORT_QUOTE_WORDS = 5
LONG_QUOTE_WORDS = 25


def _source(cand: Candidate) -> Candidate:
    """The quote whose mention names the speaker: a continuation's speaker is that of the quote it carries on."""
    seen = {id(cand)}
    while cand.mention is None and cand.continues is not None and id(cand.continues) not in seen:
        cand = cand.continues
        seen.add(id(cand))
    return cand


def _speaker(source: Candidate) -> str:
    m = source.mention
    if m is None:
        return "none"
    if m.pronoun:
        antecedent = source.antecedent
        if antecedent is not None:
            if _gap((m.span.start, m.span.end), (antecedent.span.start, antecedent.span.end)) \
                    > FAR_ANTECEDENT_CHARACTERS:
                return "pronoun_to_far"
            if antecedent.name is None:
                return "pronoun_to_description"
            return "pronoun_to_person" if antecedent.label == "PER" else "pronoun_to_name"
        return "self_pronoun" if m.pronoun in SPEAKER_PRONOUNS else "pronoun_unresolved"
    if m.name is not None:
        return "person_name" if m.label == "PER" else "other_name"
    return "description"


def _pronoun(source: Candidate) -> str:
    """Which pronoun names the speaker, by class: "they" and "it" are more often wrong than "he" and "she"."""
    m = source.mention
    if m is None or not m.pronoun:
        return "none"
    return next((cls for cls, words in PRONOUN_CLASSES.items() if m.pronoun in words), "other")


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans; 0 where they touch or overlap."""
    return max(0, a[0] - b[1], b[0] - a[1])


def _distance(source: Candidate) -> str:
    m = source.mention
    if m is None:
        return "none"
    if source.outer[0] <= m.span.start and m.span.end <= source.outer[1]:
        return "inside"
    return "near" if _gap((m.span.start, m.span.end), source.outer) <= NEAR_CHARACTERS else "far"


def _length(cand: Candidate) -> str:
    words = len(cand.span.text.split())
    return "short" if words <= SHORT_QUOTE_WORDS else "long" if words > LONG_QUOTE_WORDS else "medium"


def evidence(cand: Candidate) -> dict[str, str]:
    """The quote's evidence as categorical features, by name: what the confidence model weighs."""
    source = _source(cand)
    return {
        "method": cand.method.value,
        "kind": cand.kind.value,
        "speaker": _speaker(source),
        "pronoun": _pronoun(source),
        "cue": "yes" if source.cue is not None else "no",
        "distance": _distance(source),
        "terminated": "yes" if cand.terminated else "no",
        "nested": "yes" if cand.parent is not None else "no",
        "length": _length(cand),
    }


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic regression over categorical features: the log-odds are the intercept plus one weight per
    feature value ("method=named")."""

    intercept: float
    weights: dict[str, float]

    def log_odds(self, features: dict[str, str]) -> float:
        return self.intercept + sum(self.weights.get(f"{name}={value}", 0.0) for name, value in features.items())

    def probability(self, features: dict[str, str]) -> float:
        return min(HIGHEST, max(LOWEST, 1.0 / (1.0 + math.exp(-self.log_odds(features)))))


@cache
def model() -> ConfidenceModel:
    """The fitted model (data/confidence.json), read once per process."""
    path = resources.files("quotewire.engine.rules").joinpath("data", "confidence.json")
    fitted = json.loads(path.read_text(encoding="utf-8"))
    return ConfidenceModel(float(fitted["intercept"]), {k: float(v) for k, v in fitted["weights"].items()})


def confidence(cand: Candidate) -> float:
    """The probability that the quote's speaker is right, to three places."""
    return round(model().probability(evidence(cand)), 3)
