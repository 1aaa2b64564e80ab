"""Regex matches looked for only where they can end: a pattern that starts with a lazy
run of characters costs its full price at every position of a long text, while the
words that end it (巡察组, 党支部) are rare."""
from __future__ import annotations

import re
from collections.abc import Iterator


def ending_at(pattern: re.Pattern, ends: re.Pattern, s: str, reach: int) -> Iterator[re.Match]:
    """The non-overlapping matches of `pattern` in `s` that end where a match of `ends`
    ends, each starting at most `reach` characters before that match."""
    last = 0
    for k in ends.finditer(s):
        m = pattern.search(s, max(last, k.start() - reach), k.end())
        if m is not None and m.end() == k.end():
            last = m.end()
            yield m
