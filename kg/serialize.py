"""One graph's triples written in every dump format, as bytes a dump file is made of.

`kg build` runs this in its worker processes, so the dumps of a large corpus are
assembled from chunks (`kg.dumps`) instead of being read back from the store; `kg
export` runs it on graphs read from the store. Both give the same bytes for the same
graph: triples sorted, N-Quads and N-Triples one line each in canonical form, Turtle and
TriG grouped by subject with the shared prefixes, JSON-LD node objects compacted with
ontology/context.jsonld's prefixes.

A term is a `str` (an IRI, or `_:id` for a blank node) or a `Lit`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from kg.resources import ONTOLOGY
from kg.vocab import PREFIXES

RDF_TYPE = PREFIXES["rdf"] + "type"
XSD_STRING = PREFIXES["xsd"] + "string"
FORMATS = ("nq", "trig", "ttl", "nt", "jsonld")


class Lit(NamedTuple):
    value: str
    datatype: str | None = None  # full IRI; None for a plain or language-tagged string
    lang: str | None = None


Term = str | Lit
Triple = tuple[str, str, Term]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if chr(c) not in _ESCAPES})
_ESCAPE = str.maketrans(_ESCAPES)
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NAMESPACES = {v: k for k, v in PREFIXES.items()}


def iri_ok(iri: str) -> str:
    """`iri` unchanged, or ValueError when it could not be written between < and >."""
    if _BAD_IRI.search(iri) or ":" not in iri:
        raise ValueError(f"not an IRI: {iri!r}")
    return iri


def literal(lit: Lit) -> str:
    """A literal in N-Triples (and Turtle) syntax."""
    body = f'"{lit.value.translate(_ESCAPE)}"'
    if lit.lang:
        return f"{body}@{lit.lang}"
    if lit.datatype and lit.datatype != XSD_STRING:
        return f"{body}^^<{iri_ok(lit.datatype)}>"
    return body


def nt(term: Term) -> str:
    if type(term) is Lit:
        return literal(term)
    return term if term.startswith("_:") else f"<{iri_ok(term)}>"


@lru_cache(maxsize=4096)
def _compact(iri: str) -> str:
    """prefix:local when `iri` is in a shared namespace and its local part needs no
    escaping, else <iri>. Cached: only vocabulary terms repeat often enough to matter."""
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    prefix = _NAMESPACES.get(iri[:cut])
    if prefix and _LOCAL.fullmatch(iri, cut):
        return f"{prefix}:{iri[cut:]}"
    return f"<{iri_ok(iri)}>"


_PREFIX_STARTS = tuple(PREFIXES.values())


def _turtle_term(term: Term, written: str) -> str:
    """`term` in Turtle, given its N-Triples form `written`: IRIs and datatypes
    compacted to prefixed names where they can be."""
    if type(term) is Lit:
        if term.datatype and not term.lang and term.datatype != XSD_STRING:
            return f"{written[:written.rindex('^^')]}^^{_compact(term.datatype)}"
        return written
    if term.startswith(_PREFIX_STARTS):
        return _compact(term)
    return written


def _rows(triples: Iterable[Triple]) -> list[tuple[str, str, str, str, str, Term]]:
    """The distinct triples, each with its terms in N-Triples form first, sorted by those
    (so every format lists them in one order). Each distinct term is encoded once."""
    written: dict[Term, str] = {}

    def enc(t: Term) -> str:
        w = written.get(t)
        if w is None:
            w = written[t] = nt(t)
        return w

    return sorted((enc(s), enc(p), enc(o), s, p, o) for s, p, o in set(triples))


def _lines(rows: list, graph: str | None) -> bytes:
    """N-Quads in `graph` (or N-Triples without one), a line per row."""
    tail = f" <{iri_ok(graph)}> .\n" if graph else " .\n"
    return "".join([f"{a} {b} {c}{tail}" for a, b, c, *_ in rows]).encode("utf-8")


def _turtle(rows: list) -> bytes:
    """Turtle grouped by subject, using (not declaring) the shared prefixes."""
    out = []
    subject = None
    for ws, wp, wo, s, p, o in rows:
        pred = "a" if p == RDF_TYPE else _turtle_term(p, wp)
        if s != subject:
            if subject is not None:
                out.append(" .\n")
            subject = s
            out.append(f"{_turtle_term(s, ws)} {pred} {_turtle_term(o, wo)}")
        else:
            out.append(f" ;\n    {pred} {_turtle_term(o, wo)}")
    if subject is not None:
        out.append(" .\n")
    return "".join(out).encode("utf-8")


@lru_cache(maxsize=1)
def context() -> tuple[dict, tuple[tuple[str, str], ...]]:
    """ontology/context.jsonld's context, and its (namespace, prefix) pairs longest first."""
    ctx = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = sorted(((v, k) for k, v in ctx.items() if isinstance(v, str) and v.endswith(("/", "#"))),
                      key=lambda x: -len(x[0]))
    return ctx, tuple(prefixes)


@lru_cache(maxsize=4096)
def _jsonld_compact(iri: str) -> str:
    for base, name in context()[1]:
        if iri.startswith(base) and len(iri) > len(base):
            return f"{name}:{iri[len(base):]}"
    return iri


def _jsonld_id(term: str) -> str:
    return term if term.startswith("_:") else _jsonld_compact(term) if term.startswith(_PREFIX_STARTS) else term


def _jsonld_value(o: Term) -> object:
    if type(o) is not Lit:
        return {"@id": _jsonld_id(o)}
    if o.lang:
        return {"@value": o.value, "@language": o.lang}
    if o.datatype and o.datatype != XSD_STRING:
        return {"@value": o.value, "@type": _jsonld_compact(o.datatype)}
    return o.value


_JSON = json.JSONEncoder(ensure_ascii=False)


def _jsonld(rows: list) -> bytes:
    """JSON-LD node objects, one a subject, joined by ",\n" (a dump puts them in one
    "@graph" array). Compact IRIs use the context's prefixes; values are written
    expanded, so no term definition can change what they mean."""
    nodes = []
    node: dict | None = None
    subject = None
    for *_, s, p, o in rows:
        if s != subject:
            if node is not None:
                nodes.append(_JSON.encode(node))
            subject = s
            node = {"@id": _jsonld_id(s)}
        if p == RDF_TYPE and type(o) is not Lit:
            node.setdefault("@type", []).append(_jsonld_id(o))
        else:
            node.setdefault(_jsonld_compact(p), []).append(_jsonld_value(o))
    if node is not None:
        nodes.append(_JSON.encode(node))
    return ",\n".join(nodes).encode("utf-8")


def chunks(formats: Iterable[str], triples: Iterable[Triple], graph: str) -> dict[str, bytes]:
    """One graph's part of a dump in each of `formats` (without the file's head and
    tail); the triples are sorted once for all of them, and Turtle is reused for TriG."""
    formats = list(formats)
    if unknown := [f for f in formats if f not in FORMATS]:
        raise ValueError(f"unknown dump format {unknown[0]!r}; use one of {', '.join(FORMATS)}")
    rows = _rows(triples)
    out: dict[str, bytes] = {}
    body = _turtle(rows) if {"ttl", "trig"} & set(formats) else b""
    for fmt in formats:
        if fmt in ("nq", "nt"):
            out[fmt] = _lines(rows, graph if fmt == "nq" else None)
        elif fmt == "ttl":
            out[fmt] = body
        elif fmt == "trig":
            out[fmt] = f"\n<{iri_ok(graph)}> {{\n".encode("utf-8") + body + b"}\n"
        else:
            out[fmt] = _jsonld(rows)
    return out


def lines(triples: Iterable[Triple], graph: str | None = None) -> bytes:
    """N-Quads in `graph` (or N-Triples without one), one sorted line per distinct triple."""
    return _lines(_rows(triples), graph)


def head(fmt: str) -> bytes:
    """What a dump file starts with: prefixes for Turtle and TriG, the context for JSON-LD."""
    if fmt in ("ttl", "trig"):
        return "".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIXES.items()).encode("utf-8")
    if fmt == "jsonld":
        return (json.dumps({"@context": context()[0]}, ensure_ascii=False)[:-1] + ', "@graph": [\n').encode("utf-8")
    return b""


def tail(fmt: str) -> bytes:
    return b"\n]}\n" if fmt == "jsonld" else b""


def separator(fmt: str) -> bytes:
    """What goes between two graphs' non-empty chunks."""
    return b",\n" if fmt == "jsonld" else b""
