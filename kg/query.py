"""Query: SPARQL against the store, named queries with typed parameters, and results
as rows for tables, CSV or JSON.

Named queries live in `kg/queries/*.rq`: the first comment line describes the query,
`# param NAME TYPE DEFAULT HELP` lines declare its parameters. Parameter values become
RDF terms (`pyoxigraph.Literal`, checked against their type) bound in a VALUES clause
written by the RDF library, so text from a user never becomes query syntax.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.errors import QueryError
from kg.remote import Endpoint
from kg.resources import QUERIES
from kg.vocab import PREFIXES

PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
XSD = PREFIXES["xsd"]
_TYPES = {"integer": XSD + "integer", "boolean": XSD + "boolean", "string": None, "date": XSD + "date"}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bind(self, values: dict[str, str]) -> str:
        """The query text with its parameters bound as RDF terms in a VALUES clause."""
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter {', '.join(sorted(unknown))}; "
                             f"it takes {', '.join(p.name for p in self.params) or 'none'}")
        if not self.params:
            return self.text
        terms = [term(p, values.get(p.name, p.default)) for p in self.params]
        names = " ".join(f"?{p.name}" for p in self.params)
        row = " ".join("UNDEF" if t is None else str(t) for t in terms)
        return self.text.replace("#PARAMS", f"VALUES ({names}) {{ ({row}) }}", 1)


def term(param: Param, value: str | None) -> ox.Literal | None:
    """A parameter value as a typed RDF literal; a value of the wrong type is an error."""
    if value is None:
        return None
    ok = {"integer": re.fullmatch(r"[+-]?\d+", value), "boolean": value in ("true", "false"),
          "date": re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), "string": True}[param.type]
    if not ok:
        raise QueryError(f"parameter {param.name} must be {param.type}, not {value!r}")
    dt = _TYPES[param.type]
    return ox.Literal(value, datatype=ox.NamedNode(dt)) if dt else ox.Literal(value)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The named queries of kg/queries/, by file name without .rq."""
    out = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        description = lines[0].lstrip("# ").strip() if lines and lines[0].startswith("#") else ""
        params = []
        for line in lines:
            m = re.match(r"#\s*param\s+(\w+)\s+(integer|boolean|string|date)\s+(\S+)\s+(.*)$", line)
            if m:
                default = None if m.group(3) == "-" else m.group(3)
                params.append(Param(m.group(1), m.group(2), default, m.group(4).strip()))
        out[path.stem] = NamedQuery(path.stem, description, tuple(params), text)
    return out


def named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `kg query --list` shows them")
    return queries[name]


def run(store: ox.Store | Endpoint, sparql: str) -> tuple[list[str], list[list[str | None]]]:
    """Run a SELECT (or ASK/CONSTRUCT) query on the embedded store or a remote SPARQL
    endpoint; return column names and rows of strings, the same for both."""
    if isinstance(store, Endpoint):
        return store.query(PROLOGUE + sparql)
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
