"""Work done once per object, for objects that are built once, shared and never changed.

A shared view's chart (`dashboard.cache.views`) is the same figure and table on every rerun of
every session. Its JSON and its rows' fingerprint do not change either, yet writing them again
cost each rerun of a chart page a few milliseconds per chart, and each rerun of Funding most of
21 ms for its map's outlines (README "Performance").
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def per_object(compute: Callable[[T], R]) -> Callable[[T], R]:
    """`compute(obj)`, remembered for as long as `obj` lives, by identity.

    Only for objects that are never changed once built: a changed object would get its old
    result. Objects are told apart by identity, not equality (a figure or a frame has no
    usable hash), and each result is dropped when its object is (the object must accept a
    weak reference). Two threads asking at once may both compute it; both get equal results.
    """
    results: dict[int, R] = {}

    @functools.wraps(compute)
    def remembered(obj: T) -> R:
        key = id(obj)
        try:
            return results[key]
        except KeyError:
            pass
        result = compute(obj)
        # Registered before it is stored: an object that cannot be weakly referenced raises
        # here and leaves nothing behind that a later object with the same id could read.
        weakref.finalize(obj, results.pop, key, None)
        results[key] = result
        return result

    return remembered
