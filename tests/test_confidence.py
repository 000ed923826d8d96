"""A quote's confidence is the probability that its speaker is right: the fitted model (rules/confidence.py and
data/confidence.json) and the calibration error the benches report. Candidates built by hand: no models."""

from __future__ import annotations

import importlib
import json
import sys
from importlib import resources
from typing import TYPE_CHECKING

import pytest

from quotewire.engine.model import AttributionMethod, QuoteKind, Span
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.confidence import confidence, evidence, model
from quotewire.engine.rules.mentions import Mention
from samples import ROOT

if TYPE_CHECKING:
    from bench import polnear_score
else:
    sys.path.insert(0, str(ROOT / "bench"))
    polnear_score = importlib.import_module("polnear_score")

TEXT = "“We will not back down,” Senator Ann Okafor said on Tuesday. Later he said the vote could wait."
QUOTE = Span.of(TEXT, 1, 23)


def span(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def quote(method: AttributionMethod, mention: Mention | None = None, antecedent: Mention | None = None,
          kind: QuoteKind = QuoteKind.DIRECT, cue: int | None = 7) -> Candidate:
    return Candidate(QUOTE, kind, (0, 24), cue=cue if mention else None, mention=mention, method=method,
                     antecedent=antecedent)


OKAFOR = Mention(head=6, span=span("Senator Ann Okafor"), name=span("Ann Okafor"), label="PER")
HE = Mention(head=13, span=span("he"), name=None, pronoun="he")


def test_a_named_speaker_with_a_cue_is_more_confident_than_a_pronoun_that_refers_to_no_one() -> None:
    named = confidence(quote(AttributionMethod.NAMED, OKAFOR))
    unresolved = confidence(quote(AttributionMethod.PRONOUN, HE))
    assert 0 < unresolved < named < 1


def test_a_pronoun_that_refers_to_a_person_named_near_it_is_more_confident_than_one_that_refers_to_no_one() -> None:
    resolved = confidence(quote(AttributionMethod.PRONOUN, HE, antecedent=OKAFOR))
    unresolved = confidence(quote(AttributionMethod.PRONOUN, HE))
    assert unresolved < resolved


def test_a_quote_nobody_is_said_to_say_is_the_least_confident() -> None:
    nobody = confidence(quote(AttributionMethod.NONE))
    assert nobody < 0.5
    for method in AttributionMethod:
        if method != AttributionMethod.NONE:
            assert nobody < confidence(quote(method, OKAFOR))


def test_a_continuation_takes_the_evidence_of_the_quote_it_carries_on() -> None:
    first = quote(AttributionMethod.NAMED, OKAFOR)
    later = Candidate(QUOTE, QuoteKind.DIRECT, (0, 24), method=AttributionMethod.CONTINUATION, continues=first)
    assert evidence(later)["speaker"] == "person_name"
    assert evidence(later)["method"] == "continuation"
    assert confidence(later) < confidence(first)


def test_every_evidence_gives_a_probability_strictly_between_0_and_1() -> None:
    fitted = model()
    features: dict[str, list[str]] = {}
    for key in fitted.weights:
        name, value = key.split("=", 1)
        features.setdefault(name, []).append(value)
    # the two extremes: every feature at its lowest weight, and every one at its highest
    for pick in (min, max):
        chosen = {name: pick(values, key=lambda value: fitted.weights[f"{name}={value}"])
                  for name, values in features.items()}
        assert 0 < fitted.probability(chosen) < 1
        assert 0 < round(fitted.probability(chosen), 3) < 1


def test_the_fitted_model_weighs_every_attribution_method_and_quote_kind() -> None:
    weights = model().weights
    for method in AttributionMethod:
        assert f"method={method.value}" in weights, method
    for kind in QuoteKind:
        assert f"kind={kind.value}" in weights, kind
    # every piece of evidence the module reads has a weight for some value
    names = {key.split("=", 1)[0] for key in weights}
    assert set(evidence(quote(AttributionMethod.NAMED, OKAFOR))) - names <= {"terminated", "nested"}


def test_the_model_file_says_what_it_was_fitted_on() -> None:
    path = resources.files("quotewire.engine.rules").joinpath("data", "confidence.json")
    fitted = json.loads(path.read_text(encoding="utf-8"))
    assert set(fitted["fitted_on"]) == {"gum", "polnear"}
    assert fitted["commit"]
    assert set(fitted["train_calibration"]) == {"gum", "polnear"}


def test_expected_calibration_error_over_ten_bins() -> None:
    # 10 quotes at 0.95, 9 right (gap 0.05); 5 at 0.25, 1 right (gap 0.05); 5 at 0.35, 4 right (gap 0.45)
    outcomes = [(0.95, i < 9) for i in range(10)] + [(0.25, i < 1) for i in range(5)] + \
        [(0.35, i < 4) for i in range(5)]
    figures = polnear_score.calibration(outcomes)
    assert figures["quotes"] == 20
    assert figures["ece"] == pytest.approx((10 * 0.05 + 5 * 0.05 + 5 * 0.45) / 20)
    assert figures["mean_confidence"] == pytest.approx((9.5 + 1.25 + 1.75) / 20)
    assert figures["share_right"] == pytest.approx(14 / 20)


def test_a_calibrated_confidence_has_no_calibration_error_and_1_is_in_the_top_bin() -> None:
    outcomes = [(1.0, True)] * 4 + [(0.5, True), (0.5, False)]
    assert polnear_score.calibration(outcomes)["ece"] == pytest.approx(0.0)
    assert polnear_score.calibration([])["quotes"] == 0


def test_the_error_a_calibrated_model_would_show_shrinks_with_the_sample_and_is_none_for_certainty() -> None:
    few = polnear_score.calibration([(0.8, True)] * 100, noise_draws=50)
    many = polnear_score.calibration([(0.8, True)] * 2000, noise_draws=50)
    # outcomes drawn at 0.8: the share right strays from 0.8 by about sqrt(0.8 * 0.2 / n)
    assert 0.015 < float(few["ece_if_calibrated"]) < 0.07
    assert float(many["ece_if_calibrated"]) < 0.015
    assert polnear_score.calibration([(1.0, True)] * 50, noise_draws=20)["ece_if_calibrated"] == 0.0
    assert "ece_if_calibrated" not in polnear_score.calibration([(0.8, True)] * 10)
    assert few == polnear_score.calibration([(0.8, True)] * 100, noise_draws=50)  # a fixed seed
