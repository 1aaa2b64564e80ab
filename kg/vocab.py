"""Names: the ontology's terms as checked attributes, IRIs for everything we mint.

`KG` is an rdflib `DefinedNamespace` with `_fail = True`, so a typo such as
`KG.Hosptial` raises instead of minting a new term; a test keeps it in step with
`ontology/kg.ttl`.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

from kg.resources import ONTOLOGY

BASE = "https://w3id.org/xuncha-kg/"
ID = BASE + "id/"
REPORT = BASE + "report/"
POLICY = BASE + "policy/"
SUMMARY = BASE + "graph/summary"


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Agency: str
    Company: str
    Date: str
    Document: str
    DocumentNumber: str
    Finding: str
    Hospital: str
    Inspection: str
    InspectionGroup: str
    Mention: str
    MonetaryAmount: str
    Person: str
    Place: str
    Policy: str
    Region: str
    Report: str
    Sentence: str
    Summary: str

    adminCode: str
    adminLevel: str
    approximate: str
    cites: str
    concerns: str
    date: str
    deadline: str
    end: str
    feedbackDate: str
    fileName: str
    formerName: str
    found: str
    hasNumber: str
    headingPath: str
    inReport: str
    inSentence: str
    inspected: str
    inspectionKind: str
    inspector: str
    issuedBy: str
    issuerAbbreviation: str
    locatedIn: str
    matchQuotedOnly: str
    moneyAction: str
    partyOrganisationOf: str
    mentionOf: str
    mentionedInRegion: str
    mentions: str
    onSiteEnd: str
    onSiteStart: str
    postLabel: str
    publisherName: str
    rectification: str
    region: str
    reportCount: str
    reportsOn: str
    round: str
    serial: str
    sha256: str
    sourceDigest: str
    start: str
    status: str
    statusClass: str
    surface: str
    target: str
    text: str
    year: str


PREFIXES = {
    "kg": str(KG._NS),
    "id": ID,
    "report": REPORT,
    "pol": POLICY,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def hash_key(key: object, length: int = 20) -> str:
    """A stable hex digest of a canonical key: the same key gives the same id anywhere."""
    data = json.dumps(key, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:length]


def entity_iri(type_: str, key: str) -> str:
    """The IRI of an entity from its type and canonical key."""
    return f"{ID}{quote(type_, safe='')}/{hash_key(key)}"


def report_iri(sha256: str) -> str:
    """A report's IRI (and named graph) from the hash of its content."""
    return f"{REPORT}{sha256[:32]}"


@lru_cache(maxsize=1)
def policy_labels() -> tuple[tuple[str, str, bool], ...]:
    """(label, concept IRI, quoted only) for every label in policies.ttl."""
    from rdflib import Graph, Literal
    from rdflib.namespace import SKOS

    g = Graph().parse(ONTOLOGY / "policies.ttl", format="turtle")
    quoted = {str(c) for c, v in g.subject_objects(KG.matchQuotedOnly) if v == Literal(True)}
    out = []
    for pred in (SKOS.prefLabel, SKOS.altLabel):
        for concept, label in g.subject_objects(pred):
            out.append((str(label), str(concept), str(concept) in quoted))
    return tuple(sorted(set(out)))


@lru_cache(maxsize=1)
def policy_pref_labels() -> dict[str, str]:
    """Concept IRI → preferred label."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    g = Graph().parse(ONTOLOGY / "policies.ttl", format="turtle")
    return {str(c): str(lab) for c, lab in g.subject_objects(SKOS.prefLabel)}
