"""Percentiles, rates and timing: the arithmetic every figure of the bench goes through."""

import math
import time


def percentile(values, p):
    """Nearest-rank percentile (no interpolation: a reported p99 is a latency that happened)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def rate(count, start, end):
    return count / (end - start) if end > start else float("nan")


def timed(call, repeat):
    """Run `call()` `repeat` times; the durations in ms and the last result."""
    durations, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        durations.append((time.perf_counter() - start) * 1000)
    return durations, result
