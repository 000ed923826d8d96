"""How long an article would wait, from what is queued and how fast the engines have been: the basis of admission.

The slot admits a call when its article can be attributed before the caller's deadline: the work ahead of it
(the queued articles' expected cost, plus what is left of the running ones) shared over the runners, plus its own
cost. The cost of an article is a fixed part plus a part per character, both learnt from the articles finished so
far (an exponentially weighted mean), starting from a prior measured on news articles.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

# Before any article has finished: about what a 2-core machine takes for a news article (bench/speed.py).
PRIOR_S_PER_KCHAR = 0.1
FIXED_S = 0.05
WEIGHT = 0.1  # how much each finished article moves the estimate


@dataclass
class ServiceTimes:
    """Seconds per 1,000 characters of attribution, learnt as articles finish; safe to share between threads."""

    s_per_kchar: float = PRIOR_S_PER_KCHAR

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def cost(self, chars: int) -> float:
        """Expected seconds to attribute an article of `chars` characters on one runner."""
        return FIXED_S + self.s_per_kchar * chars / 1000

    def observe(self, chars: int, seconds: float) -> None:
        """An article of `chars` characters took `seconds` on its runner."""
        if chars <= 0 or seconds <= 0:
            return
        rate = max(0.0, seconds - FIXED_S) * 1000 / chars
        with self._lock:
            self.s_per_kchar += WEIGHT * (rate - self.s_per_kchar)


def expected_wait(ahead_s: float, runners: int) -> float:
    """Seconds until a runner is free for an article behind `ahead_s` seconds of work, on `runners` runners."""
    return max(0.0, ahead_s) / max(1, runners)
