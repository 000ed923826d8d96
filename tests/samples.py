"""Texts the tests send: the seed article and a short article the engine answers quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_56c126a6ad4c8956.txt"
# real news from the shared evaluation data beside the clone (tests and benchmarks only, never shipped)
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
SHORT_ARTICLE = (
    "Iran condemned the strikes on Tuesday. "
    '"The presence of America in Syria is illegal," Foreign Ministry spokesman Nasser Kanaani said.'
)


def dev_texts(count: int) -> list[str]:
    """The first `count` PolNeAR dev articles; the test fails, saying why, when the shared data is not there."""
    paths = sorted(POLNEAR_DEV.glob("text/*.txt"))[:count]
    if len(paths) < count:
        pytest.fail(f"PolNeAR dev is missing beside the clone ({POLNEAR_DEV}): this test reads {count} of its articles")
    return [path.read_text(encoding="utf-8") for path in paths]
