"""Extract: `Report` → mentions of every entity type, through the spaCy pipeline."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.model import Mention, Report


def extract(report: Report) -> tuple[Mention, ...]:
    """Typed mentions in one report's normalised text."""
    return next(extract_many([report]))


def extract_many(reports: Iterable[Report], batch_size: int = 16) -> Iterator[tuple[Mention, ...]]:
    """Mentions for each report, in order, batching through `nlp.pipe`."""
    from kg.extract.pipeline import mentions, nlp

    for doc in nlp().pipe((r.text.text for r in reports), batch_size=batch_size):
        yield tuple(mentions(doc))
