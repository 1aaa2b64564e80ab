"""Query: SPARQL against the store, results as rows for tables, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox

from kg.errors import QueryError
from kg.vocab import PREFIXES

PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def run(store: ox.Store, sparql: str) -> tuple[list[str], list[list[str | None]]]:
    """Run a SELECT (or ASK/CONSTRUCT) query; return column names and rows of strings."""
    try:
        result = store.query(PROLOGUE + sparql, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(f"query failed: {e}") from e
    if isinstance(result, bool):
        return ["ask"], [["true" if result else "false"]]
    if isinstance(result, ox.QuerySolutions):
        cols = [v.value for v in result.variables]
        rows = [[None if sol[c] is None else sol[c].value for c in cols] for sol in result]
        return cols, rows
    rows = [[str(t.subject), str(t.predicate), str(t.object)] for t in result]
    return ["subject", "predicate", "object"], rows


def width(s: str) -> int:
    """Display width in a terminal: East Asian wide characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v: str | None, limit: int) -> str:
    s = "" if v is None else str(v).replace("\n", " ")
    while width(s) > limit:
        s = s[:-2] + "…"
    return s


def format_rows(cols: list[str], rows: list[list], fmt: str = "table", max_width: int = 48) -> str:
    """Rows as an aligned table (CJK-aware), CSV or JSON."""
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(c, max_width) for c in cols]] + [[_cell(v, max_width) for v in r] for r in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(cols))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
