"""Validate: SHACL shapes of ontology/shapes.ttl against a graph, with pyshacl."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.resources import ONTOLOGY


def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


def validate_graph(data: Graph) -> tuple[bool, str]:
    """(conforms, readable report) for an rdflib graph."""
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=shapes(), ont_graph=ontology(),
                                 inference="none", advanced=True, allow_warnings=True)
    return bool(conforms), text


def validate_dump(path: str | Path) -> tuple[bool, str]:
    """Validate an N-Quads, TriG or Turtle dump, all graphs merged."""
    path = Path(path)
    fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt"}.get(path.suffix, "turtle")
    merged = Graph()
    if fmt in ("nquads", "trig"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            merged.add((s, p, o))
    else:
        merged.parse(path, format=fmt)
    return validate_graph(merged)
