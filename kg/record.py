"""A linked report as a JSON record in the gold schema (data/gold/SCHEMA.md), plus extras.

`kg extract` writes these; `kg eval` compares them with the gold files. Extra fields
(title, codes, keys, values, warnings, dates) are welcome by the schema.
"""
from __future__ import annotations

from kg.gazetteer import gazetteer
from kg.link import region_ok
from kg.model import Linked

GOLD_TYPES = ("agency", "hospital", "company", "document", "doc_number", "policy", "person",
              "money", "place")


def to_record(linked: Linked) -> dict:
    """The gold-schema dict of one report."""
    r = linked.report
    region = None
    if r.region:
        region = {"name": r.region.name, "province": r.region.province or r.region.name,
                  "level": r.region.level, "code": r.region.code}
    i = r.inspection
    entities = []
    for e in linked.entities:
        if not e.mentions:
            continue
        if e.type == "place":
            code = dict(e.attrs).get("code")
            reg = gazetteer().by_code.get(code) if code else None
            if reg is not None and not region_ok(reg, r):
                continue
        item = {"type": e.type, "name": e.name,
                "mentions": sorted({m.text for m in e.mentions}), "key": e.key}
        if e.value is not None and e.type in ("money", "doc_number", "date", "policy"):
            item["value"] = e.value
        entities.append(item)
    entities.sort(key=lambda x: (x["type"], x["name"]))
    return {
        "doc": r.text.name,
        "sha256": r.text.sha256,
        "title": r.title,
        "region": region,
        "publisher": r.publisher,
        "published": r.published,
        "inspection": {"kind": i.kind, "inspector": i.inspector, "target": i.target,
                       "start": i.start, "end": i.end, "feedback": i.feedback, "round": i.round},
        "entities": entities,
        "roles": [{"person": x.person, "role": x.post, "org": x.org} for x in linked.roles],
        "issues": [{"id": f.path, "title": f.title, "status": f.status, "deadline": f.deadline}
                   for f in r.findings],
        "warnings": list(r.warnings) + list(linked.warnings),
    }

