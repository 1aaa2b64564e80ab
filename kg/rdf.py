"""RDF: a linked report → quads in its own named graph, with the ontology's terms.

IRIs come from canonical keys (`kg.vocab.entity_iri`), so the same entity has the same
IRI in every build and every report; the report's IRI, which is also its graph's name,
comes from the hash of its bytes. Every mention, reified statement and membership
carries its provenance: its span in the original text and its sentence, a node with
the sentence's text, span and report.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from urllib.parse import quote

import pyoxigraph as ox

from kg.gazetteer import gazetteer
from kg.link import ORG_TYPES, canonical_org, region_ok
from kg.model import Entity, Linked, Region
from kg.resources import lexicon
from kg.serialize import Lit, Triple, lines, nt
from kg.vocab import KG, PREFIXES, entity_iri, report_iri

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
SENTENCE, TEXT, START, END = str(KG.Sentence), str(KG.text), str(KG.start), str(KG.end)
IN_REPORT, IN_SENTENCE, MENTION_OF, SURFACE = str(KG.inReport), str(KG.inSentence), str(KG.mentionOf), str(KG.surface)
RDFS_LABEL = PREFIXES["rdfs"] + "label"
SKOS = PREFIXES["skos"]
DCT = PREFIXES["dcterms"]
SCHEMA = PREFIXES["schema"]
ORG = PREFIXES["org"]
XSD = PREFIXES["xsd"]
INTEGER = XSD + "integer"

CLASS = {
    "agency": KG.Agency, "hospital": KG.Hospital, "company": KG.Company, "person": KG.Person,
    "document": KG.Document, "doc_number": KG.DocumentNumber, "policy": KG.Policy,
    "place": KG.Place, "money": KG.MonetaryAmount, "date": KG.Date,
}


def _lit(value: object, datatype: str | None = None, lang: str | None = None) -> Lit:
    return Lit(str(value), XSD + datatype if datatype else None, lang)


def _date(value: str) -> Lit:
    """ISO date, year-month or year with its XSD type."""
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return _lit(value, kind)


def entity_node(e: Entity) -> str:
    """The entity's IRI: named policies keep their SKOS concept IRI, and a place that is
    an administrative division is that division's node."""
    if e.type == "policy" and e.value and e.value.startswith("http"):
        return e.value
    code = dict(e.attrs).get("code") if e.type == "place" else None
    if code and code in gazetteer().by_code:
        return region_node(gazetteer().by_code[code])
    return entity_iri(e.type, e.key)


def region_node(region: Region) -> str:
    return entity_iri("region", f"region|{region.code}")


def _status_class(status: str) -> str | None:
    """done, partial or ongoing for a status as written, from data/lexicons/status.tsv."""
    found = [(len(p), cls) for p, cls, *_ in lexicon("status") if p in status]
    return max(found)[1] if found else None


def to_quads(linked: Linked) -> list[ox.Quad]:
    """Every quad drawn from one report, in its named graph."""
    data = lines(triples(linked), report_iri(linked.report.text.sha256))
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def triples(linked: Linked) -> Iterator[Triple]:
    """Every triple drawn from one report; its named graph is `report_iri(sha256)`."""
    r = linked.report
    t = r.text
    rep = report_iri(t.sha256)
    keys = {e.key: e for e in linked.entities}
    where = _Where(linked, rep)

    def q(s, p, o):
        return (str(s), str(p), o if type(o) is Lit else str(o))

    yield q(rep, RDF_TYPE, str(KG.Report))
    yield q(rep, KG.fileName, _lit(t.name))
    yield q(rep, KG.sha256, _lit(t.sha256))
    if r.title:
        yield q(rep, DCT + "title", _lit(r.title, lang="zh"))
    if r.published:
        yield q(rep, DCT + "issued", _date(r.published))
    if r.publisher:
        yield q(rep, KG.publisherName, _lit(r.publisher, lang="zh"))
        name, code, _ = canonical_org(r.publisher, r)
        pub = keys.get(f"agency|{code}|{name}")
        if pub is not None:
            yield q(rep, DCT + "publisher", entity_node(pub))
    regions: dict[str, Region] = {}
    if r.region:
        regions[r.region.code] = r.region
        yield q(rep, KG.region, region_node(r.region))

    # the inspection
    insp = r.inspection
    inode = (entity_iri("inspection", f"inspection|{t.sha256}"))
    yield q(rep, KG.reportsOn, inode)
    yield q(inode, RDF_TYPE, str(KG.Inspection))
    yield q(inode, RDFS_LABEL, _lit(f"{insp.inspector or insp.kind or '巡视巡察'} → {insp.target or '?'}", lang="zh"))
    if insp.kind:
        yield q(inode, KG.inspectionKind, _lit(insp.kind))
    if insp.round:
        yield q(inode, KG.round, _lit(insp.round, lang="zh"))
    for prop, value in ((KG.onSiteStart, insp.start), (KG.onSiteEnd, insp.end), (KG.feedbackDate, insp.feedback)):
        if value:
            yield q(inode, prop, _date(value))
    target_node = None
    if insp.target:
        name, code, _ = canonical_org(insp.target, r)
        target_node = (entity_iri("agency", f"agency|{code}|{name}"))
        yield q(inode, KG.target, target_node)
        yield from _org(q, target_node, name, code, [insp.target], "agency", regions)
    if insp.inspector:
        name, code, _ = canonical_org(insp.inspector, r)
        gnode = (entity_iri("agency", f"agency|{code}|{name}"))
        yield q(inode, KG.inspector, gnode)
        yield q(gnode, RDF_TYPE, str(KG.InspectionGroup))
        yield from _org(q, gnode, name, code, [insp.inspector], "agency", regions)
        if target_node is not None:
            yield q(gnode, KG.inspected, target_node)
            at = r.text.text.find(insp.target)
            if at >= 0:
                yield from where.statement(gnode, str(KG.inspected), target_node, at, at + len(insp.target))

    # findings
    fnodes = {}
    for f in r.findings:
        fnode = (entity_iri("finding", f"finding|{t.sha256}|{f.path}"))
        fnodes[f"finding|{f.path}"] = fnode
        yield q(inode, KG.found, fnode)
        yield from where.statement(inode, str(KG.found), fnode, f.start, f.end)
        yield q(fnode, RDF_TYPE, str(KG.Finding))
        yield q(fnode, RDFS_LABEL, _lit(f.title, lang="zh"))
        yield q(fnode, KG.headingPath, _lit(f.path))
        if f.status:
            yield q(fnode, KG.status, _lit(f.status, lang="zh"))
            cls = _status_class(f.status)
            if cls:
                yield q(fnode, KG.statusClass, _lit(cls))
        if f.deadline:
            yield q(fnode, KG.deadline, _date(f.deadline))
        if f.rectification:
            yield q(fnode, KG.rectification, _lit(f.rectification, lang="zh"))

    # entities and their mentions
    for e in linked.entities:
        node = entity_node(e)
        if e.type == "place":
            code = dict(e.attrs).get("code")
            region = gazetteer().by_code.get(code) if code else None
            if region is not None and not region_ok(region, r):
                continue
            if region is not None:
                regions[region.code] = region
            elif r.region is not None:  # a town, village or zone of the report's region
                regions[r.region.code] = r.region
                yield q(node, KG.locatedIn, region_node(r.region))
        yield q(node, RDF_TYPE, str(CLASS[e.type]))
        yield q(node, RDFS_LABEL, _lit(e.name, lang="zh"))
        yield q(rep, KG.mentions if e.type != "document" else KG.cites, node)
        attrs = dict(e.attrs)
        for surface in sorted({m.text for m in e.mentions} - {e.name}):
            yield q(node, SKOS + "altLabel", _lit(surface, lang="zh"))
        if e.type in ORG_TYPES:
            if "former" in attrs:
                yield q(node, KG.formerName, _lit(attrs["former"], lang="zh"))
            if attrs.get("region") and attrs["region"] in gazetteer().by_code:
                reg = gazetteer().by_code[attrs["region"]]
                regions[reg.code] = reg
                yield q(node, KG.locatedIn, region_node(reg))
        elif e.type == "money":
            yield q(node, SCHEMA + "value", _lit(e.value, "decimal"))
            yield q(node, SCHEMA + "currency", _lit("CNY"))
            if e.key.endswith("+"):
                yield q(node, KG.approximate, _lit("true", "boolean"))
        elif e.type == "doc_number":
            yield q(node, DCT + "identifier", _lit(e.value))
            if attrs.get("issuer"):
                yield q(node, KG.issuerAbbreviation, _lit(attrs["issuer"]))
            if attrs.get("year"):  # a decree's number (国务院令第149号) has none
                yield q(node, KG.year, _lit(attrs["year"], "integer"))
            yield q(node, KG.serial, _lit(attrs["serial"], "integer"))
        elif e.type == "date":
            yield q(node, KG.date, _date(e.value))
        elif e.type == "person":
            yield q(node, SCHEMA + "name", _lit(e.name, lang="zh"))
        for m in e.mentions:
            yield from where.mention(node, m)

    for rel in linked.relations:
        subj = fnodes.get(rel.subject) or (entity_node(keys[rel.subject]) if rel.subject in keys else None)
        if rel.predicate == "moneyAction":
            obj = _lit(rel.object, lang="zh")
        else:
            obj = entity_node(keys[rel.object]) if rel.object in keys else None
        if subj is None or obj is None:
            continue
        pred = str(getattr(KG, rel.predicate))
        yield q(subj, pred, obj)
        yield from where.statement(subj, pred, obj, rel.start, rel.end)

    for i, role in enumerate(linked.roles):
        person = keys.get(f"person|{r.region.code if r.region else ''}|{role.person}")
        if person is None:
            continue
        mnode = f"{rep}/role/{i}"
        yield q(mnode, RDF_TYPE, str(ORG + "Membership"))
        yield q(mnode, str(ORG + "member"), entity_node(person))
        yield q(mnode, KG.postLabel, _lit(role.post, lang="zh"))
        yield from where.span(mnode, role.start, role.end)
        if role.org:
            org = next((e for e in linked.entities if e.type in ORG_TYPES and e.name == role.org), None)
            if org is not None:
                yield q(mnode, str(ORG + "organization"), entity_node(org))

    for region in regions.values():
        yield from _region(q, region)


def _org(q, node, name, code, surfaces, type_, regions):
    yield q(node, RDF_TYPE, str(CLASS[type_]))
    yield q(node, RDFS_LABEL, _lit(name, lang="zh"))
    for s in sorted(set(surfaces) - {name}):
        yield q(node, SKOS + "altLabel", _lit(s, lang="zh"))
    if code and code in gazetteer().by_code:
        reg = gazetteer().by_code[code]
        regions[code] = reg
        yield q(node, KG.locatedIn, region_node(reg))


def _region(q, region: Region):
    node = region_node(region)
    yield q(node, RDF_TYPE, str(KG.Region))
    yield q(node, RDFS_LABEL, _lit(region.name, lang="zh"))
    yield q(node, KG.adminCode, _lit(region.code))
    yield q(node, KG.adminLevel, _lit(region.level))
    parent = gazetteer().parent(region)
    if parent is not None:
        yield q(node, KG.locatedIn, region_node(parent))
        yield from _region(q, parent)


class _Where:
    """Provenance in one report. Each sentence something was read in is a node written
    once (its text, span and report); mentions, statements and memberships carry their
    own span and point at their sentence, so a sentence's text is stored once however
    many facts it holds."""

    def __init__(self, linked: Linked, rep: str):
        self.report = linked.report
        self.rep = rep
        self.sentences: set[int] = set()

    def span(self, node: str, start: int, end: int) -> Iterator[Triple]:
        t = self.report.text
        a, b = t.to_original(start, end)
        s0, s1 = self.report.sentence_at(start)
        sa, sb = t.to_original(s0, s1)
        sentence = f"{self.rep}/sentence/{sa}"
        if sa not in self.sentences:
            self.sentences.add(sa)
            yield (sentence, RDF_TYPE, SENTENCE)
            yield (sentence, TEXT, Lit(t.text[s0:s1], None, "zh"))
            yield (sentence, START, Lit(str(sa), INTEGER))
            yield (sentence, END, Lit(str(sb), INTEGER))
            yield (sentence, IN_REPORT, self.rep)
        yield (node, START, Lit(str(a), INTEGER))
        yield (node, END, Lit(str(b), INTEGER))
        yield (node, IN_SENTENCE, sentence)

    def statement(self, subj: str, pred: str, obj, start: int, end: int) -> Iterator[Triple]:
        """The statement subj –pred→ obj, reified with where it was read."""
        key = "\x1f".join((subj, pred, nt(obj), str(start), str(end))).encode("utf-8")
        node = f"{self.rep}/s/{hashlib.blake2b(key, digest_size=8).hexdigest()}"
        yield (node, RDF + "subject", subj)
        yield (node, RDF + "predicate", pred)
        yield (node, RDF + "object", obj)
        yield from self.span(node, start, end)

    def mention(self, entity: str, m) -> Iterator[Triple]:
        node = f"{self.rep}/m/{m.start}-{m.end}-{quote(m.type)}"
        yield (node, MENTION_OF, entity)
        yield (node, SURFACE, Lit(m.text, None, "zh"))
        yield from self.span(node, m.start, m.end)
