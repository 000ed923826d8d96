"""The parser's fast tree decoding returns what Stanza's Chu-Liu-Edmonds decoder returns."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root
from stanza.models.depparse import model as parser_model
from swaps import analyses_with

from quotewire.engine import Engine
from quotewire.engine.nlp.tree_decoding import best_heads_tree, contract_cycle, cycles_of


def log_softmax_rows(scores: np.ndarray) -> np.ndarray:
    np.fill_diagonal(scores, -np.inf)
    top = scores.max(axis=1, keepdims=True)
    rows: np.ndarray = scores - top - np.log(np.exp(scores - top).sum(axis=1, keepdims=True))
    return rows


def scores_around(heads: list[int], rng: np.random.Generator, strength: float) -> np.ndarray:
    """Noisy arc scores that favour the given heads (heads[0] is the root's, unused) by `strength` on average."""
    size = len(heads)
    scores = rng.normal(0.0, 1.0, (size, size))
    for dependent in range(1, size):
        scores[dependent, heads[dependent]] += rng.uniform(0, 2 * strength)
    return log_softmax_rows(scores)


def test_a_clear_tree_is_taken_as_it_is() -> None:
    # "Officials said it": said (2) is the root, Officials (1) and it (3) hang from it
    scores = log_softmax_rows(np.full((4, 4), -5.0))
    scores[1, 2] = scores[3, 2] = scores[2, 0] = 0.0
    heads = best_heads_tree(scores)
    assert heads is not None
    assert heads.tolist() == [0, 2, 0, 2]


def test_two_roots_or_a_cycle_are_left_to_the_full_decoder() -> None:
    two_roots = log_softmax_rows(np.full((3, 3), -5.0))
    two_roots[1, 0] = two_roots[2, 0] = 0.0
    cycle = log_softmax_rows(np.full((4, 4), -5.0))
    cycle[1, 0] = cycle[2, 3] = cycle[3, 2] = 0.0
    assert best_heads_tree(two_roots) is None
    assert best_heads_tree(cycle) is None


@pytest.mark.parametrize("strength", [1.0, 2.0, 4.0])
def test_same_tree_as_chu_liu_edmonds_on_random_scores(strength: float) -> None:
    rng = np.random.default_rng(int(strength * 10))
    taken = 0
    for _ in range(400):
        size = int(rng.integers(2, 40))
        heads = [0] + [int(rng.integers(0, d)) for d in range(1, size)]
        scores = scores_around(heads, rng, strength)
        fast = best_heads_tree(scores)
        if fast is None:
            continue
        taken += 1
        assert fast.tolist() == chuliu_edmonds_one_root(scores).tolist()
    assert taken > 20  # the comparison ran on many trees, not on none


def fresh_stanza_decoder() -> Any:  # a module
    """Stanza's own decoder module, loaded afresh: the engine swaps some of its functions."""
    import importlib.util

    spec = importlib.util.find_spec("stanza.models.common.chuliu_edmonds")
    assert spec is not None
    assert spec.loader is not None
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    return fresh


def stanza_cycles(tree: np.ndarray) -> list[tuple[int, ...]]:
    return sorted(tuple(np.flatnonzero(c)) for c in fresh_stanza_decoder().tarjan(tree))


def test_contracting_a_cycle_gives_stanzas_arrays() -> None:
    stanza = fresh_stanza_decoder()
    rng = np.random.default_rng(11)
    contracted = 0
    for _ in range(200):
        size = int(rng.integers(3, 40))
        scores = log_softmax_rows(rng.normal(size=(size, size)))
        tree = rng.integers(0, size, size=size)
        tree[0] = 0
        for cycle in cycles_of(tree):
            ours = contract_cycle(tree, cycle, scores)
            theirs = stanza.process_cycle(tree, cycle, scores)
            assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(ours, theirs, strict=True))
            contracted += 1
    assert contracted > 50


def test_the_cycle_finder_finds_what_stanzas_finds() -> None:
    rng = np.random.default_rng(7)
    found = 0
    for _ in range(300):
        size = int(rng.integers(2, 50))
        tree = rng.integers(0, size, size=size)
        tree[0] = 0
        ours = sorted(tuple(np.flatnonzero(c)) for c in cycles_of(tree))
        assert ours == stanza_cycles(tree)
        found += len(ours)
    assert cycles_of(np.array([0, 0, 1, 2])) == []
    assert [c.tolist() for c in cycles_of(np.array([0, 3, 1, 2]))] == [[False, True, True, True]]
    assert found > 100


def test_the_engine_parses_exactly_as_with_stanzas_decoder(engine: Engine, seed_text: str) -> None:
    assert hasattr(parser_model.chuliu_edmonds_one_root, "fast_path_of")
    fast = engine.analyse(seed_text)
    [full] = analyses_with(engine, [seed_text], parser_model, "chuliu_edmonds_one_root",
                           parser_model.chuliu_edmonds_one_root.fast_path_of)
    parse = [[(w.head, w.deprel) for w in s.words] for s in fast.sentences]
    assert parse == [[(w.head, w.deprel) for w in s.words] for s in full.sentences]
