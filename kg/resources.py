"""Where the project's data files live: one place, so no module guesses paths."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
LEXICONS = ROOT / "data" / "lexicons"
QUERIES = Path(__file__).resolve().parent / "queries"


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `data/lexicons/NAME.tsv`, skipping blank lines and # comments."""
    path = LEXICONS / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(
            tuple(cell.strip() for cell in row)
            for row in csv.reader(f, delimiter="\t")
            if row and row[0].strip() and not row[0].startswith("#")
        )
