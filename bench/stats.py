"""Percentiles for the benchmark and the load test."""

from __future__ import annotations

import math

# A floating-point product can land a hair above a whole rank (0.07 * 100 is 7.000000000000001):
# such a rank is the whole number.
RANK_TOLERANCE = 1e-9


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.95 for p95): the smallest value with `share` of all at or below it.

    Of 20 values, the p95 is the 19th smallest (19 of 20 = 95% are at or below it), not the largest.
    """
    ordered = sorted(values)
    rank = math.ceil(share * len(ordered) - RANK_TOLERANCE)
    return ordered[min(len(ordered), max(1, rank)) - 1]
