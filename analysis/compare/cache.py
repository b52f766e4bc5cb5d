"""Results computed once per claims frame: a report asks for the same statements many times.

Frames are not hashable, so results are kept by the frame's identity and dropped when
the frame is garbage-collected; callers get a copy, so the cached result is never changed.
"""

from __future__ import annotations

import functools
import weakref

_CACHE: dict[tuple, tuple[weakref.ref, object]] = {}


def per_frame(fn=None, *, nocopy: bool = False):
    """Cache ``fn(frame, *hashable_args)`` by the frame's identity while the frame lives."""
    if fn is None:
        return functools.partial(per_frame, nocopy=nocopy)

    @functools.wraps(fn)
    def wrapper(frame, *args):
        key = (fn.__qualname__, id(frame)) + args
        hit = _CACHE.get(key)
        if hit is not None and hit[0]() is frame:
            result = hit[1]
        else:
            result = fn(frame, *args)
            _CACHE[key] = (weakref.ref(frame, lambda _ref, key=key: _CACHE.pop(key, None)), result)
        return result if nocopy else (result.copy() if hasattr(result, "copy") else result)
    return wrapper
