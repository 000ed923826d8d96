"""A fast path for the parser's tree decoding that returns exactly what Stanza's decoder returns.

Stanza's parser turns its arc scores into a tree with Chu-Liu-Edmonds restricted to one root
(`chuliu_edmonds_one_root`). To keep a single root it first lowers every root arc by a large constant, which
makes the plain best-head choice root-less and so always cyclic: every sentence pays for at least one cycle
contraction and two passes of a pure-Python cycle finder. That was about a quarter of the parser's time.

Most sentences need none of it. When each word's best head, taken on the unaltered scores, already forms a tree
with exactly one root, that tree is the best of all trees, so it is also the best single-root tree, and lowering
every root arc by one constant (which shifts every single-root tree's score by the same amount) does not change
which single-root tree is best. So it is the tree Chu-Liu-Edmonds returns, up to ties between equal scores. Only
the other sentences go to Stanza's decoder, whose cycle finder (a general strongly-connected-components search
in pure Python, run once per contraction) is swapped for `cycles_of`, a linear walk that is enough here because
every word has exactly one head. It finds the same cycles; when there are several, the decoder contracts them in
an order that can differ, which changes the result only between trees of exactly equal score. Each contraction
builds its smaller score matrix with `contract_cycle`, which gives the arrays Stanza's `process_cycle` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

Decoder = Callable[[Any], Any]


def best_heads_tree(scores: np.ndarray) -> np.ndarray | None:
    """The tree of each word's best head, or None when those heads are not a single-root tree.

    `scores[d, h]` scores `h` as the head of `d`; row and column 0 are the root. The result has the decoder's
    layout: `tree[d]` is the head of `d`, and `tree[0] == 0`.
    """
    size = scores.shape[0]
    if size < 2:
        return None
    words = np.array(scores[1:], dtype=np.float64)
    words[np.arange(size - 1), np.arange(1, size)] = -np.inf  # no word heads itself
    heads = words.argmax(axis=1)
    if np.count_nonzero(heads == 0) != 1 or not np.isfinite(words[np.arange(size - 1), heads]).all():
        return None
    tree = np.zeros(size, dtype=np.int64)
    tree[1:] = heads
    # acyclic when every word reaches the root: walk up from each word, stopping at words known to reach it
    reaches = np.zeros(size, dtype=bool)
    reaches[0] = True
    for start in range(1, size):
        path: list[int] = []
        node = start
        while not reaches[node]:
            if len(path) >= size:  # longer than the sentence: a cycle
                return None
            path.append(node)
            node = tree[node]
        reaches[path] = True
    return tree


def cycles_of(tree: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array (`tree[d]` heads `d`), each as a mask over the nodes; node 0 heading itself is
    the root, not a cycle. The same cycles as Stanza's `tarjan`, found by walking up from each node."""
    size = len(tree)
    state = np.zeros(size, dtype=np.int8)  # 0 unseen, 1 on the current walk, 2 finished
    cycles = []
    for start in range(size):
        if state[start]:
            continue
        path: list[int] = []
        node = start
        while not state[node]:
            state[node] = 1
            path.append(node)
            node = int(tree[node])
        if state[node] == 1:  # the walk came back onto itself
            loop = path[path.index(node):]
            if len(loop) > 1:
                cycle = np.zeros(size, dtype=bool)
                cycle[loop] = True
                cycles.append(cycle)
        state[path] = 2
    return cycles


def contract_cycle(tree: np.ndarray, cycle: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, ...]:
    """Stanza's `process_cycle`, the same arrays: the scores with `cycle` contracted into one last node, and what
    is needed to expand the contracted tree again. Stanza grows the matrix by one row and column with `np.pad`,
    whose generic code cost as much as the rest of the step; here the new matrix is allocated and filled."""
    cycle_locs = np.flatnonzero(cycle)
    cycle_scores = scores[cycle, tree[cycle]]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.flatnonzero(noncycle)
    size = len(noncycle_locs)
    # a word outside heading the cycle: the cycle's score, with the arc it replaces taken out
    head_scores = scores[cycle][:, noncycle] - cycle_scores[:, None] + cycle_score
    dep_scores = scores[noncycle][:, cycle]  # a word in the cycle heading one outside
    metanode_heads = np.argmax(head_scores, axis=0)
    metanode_deps = np.argmax(dep_scores, axis=1)
    contracted = np.zeros((size + 1, size + 1), dtype=scores.dtype)
    contracted[:size, :size] = scores[noncycle][:, noncycle]
    contracted[-1, :-1] = head_scores[metanode_heads, np.arange(size)]
    contracted[:-1, -1] = dep_scores[np.arange(size), metanode_deps]
    return contracted, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


def with_fast_path(decoder: Decoder) -> Decoder:
    """`decoder` (Stanza's chuliu_edmonds_one_root), first trying the tree of best heads."""

    def decode(scores: Any) -> Any:
        tree = best_heads_tree(scores)
        return decoder(scores) if tree is None else tree

    decode.fast_path_of = decoder  # type: ignore[attr-defined]
    return decode


def install() -> None:
    """Give Stanza's parser the fast path and the linear cycle finder (idempotent). Its output is unchanged up to
    ties: see the module's docstring."""
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model

    if not hasattr(model.chuliu_edmonds_one_root, "fast_path_of"):
        model.chuliu_edmonds_one_root = with_fast_path(model.chuliu_edmonds_one_root)
    chuliu_edmonds.tarjan = cycles_of
    chuliu_edmonds.process_cycle = contract_cycle
