"""Scoring against the gold annotations, exactly as data/gold/SCHEMA.md defines it.

Entities: per report and type, precision counts predicted surface strings that are a
mention of some gold entity; recall counts gold entities with at least one mention
predicted; totals are micro-averaged. Strings are compared after NFKC, whitespace
removal, removal of pinyin in brackets and Traditional → Simplified.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.ingest import simplified
from kg.record import GOLD_TYPES

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff\u3400-\u4dbf])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\d]{1,8}[)）]")
_PUNCT = re.compile(r"[\W_]+")


def norm(s: str | None) -> str | None:
    """The schema's comparison form of a string."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    s = _PINYIN.sub("", s)
    return simplified().convert(s)


def norm_title(s: str) -> str:
    return _PUNCT.sub("", norm(s) or "")


@dataclass
class Counts:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def add(self, other: "Counts") -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    types: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in GOLD_TYPES})
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    issues_gold: int = 0
    issues_predicted: int = 0
    issues_matched: int = 0
    statuses_right: int = 0  # of the matched issues, those whose status and deadline equal the gold's
    roles_gold: int = 0
    roles_found: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.types.values():
            total.add(c)
        return total

    def as_dict(self) -> dict:
        return {
            "entities": {t: _c(c) for t, c in {**self.types, "overall": self.overall}.items()},
            "fields": {k: {"correct": v[0], "total": v[1], "accuracy": v[0] / v[1] if v[1] else 1.0}
                       for k, v in self.fields.items()},
            "issues": {"gold": self.issues_gold, "predicted": self.issues_predicted,
                       "matched": self.issues_matched,
                       "recall": self.issues_matched / self.issues_gold if self.issues_gold else 1.0,
                       "extra": (self.issues_predicted - self.issues_matched) / self.issues_gold
                       if self.issues_gold else 0.0,
                       "status_and_deadline_right": self.statuses_right},
            "roles": {"gold": self.roles_gold, "found": self.roles_found,
                      "recall": self.roles_found / self.roles_gold if self.roles_gold else 1.0},
        }


def _c(c: Counts) -> dict:
    return {"predicted": c.predicted, "correct": c.correct, "gold": c.gold, "found": c.found,
            "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4)}


FIELDS = ("region", "publisher", "published", "inspection.kind", "inspection.inspector",
          "inspection.target", "inspection.start", "inspection.end", "inspection.feedback")


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    """Gold files by the report file name they annotate."""
    out = {}
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"{gold_dir}: no such folder of gold annotations")
    for p in sorted(gold_dir.glob("*.json")):
        with p.open(encoding="utf-8") as f:
            data = json.load(f)
        out[data.get("doc") or p.with_suffix(".txt").name] = data
    return out


def _field(rec: dict, name: str):
    if name == "region":
        return (rec.get("region") or {}).get("name")
    if name.startswith("inspection."):
        return (rec.get("inspection") or {}).get(name.split(".", 1)[1])
    return rec.get(name)


def score(records: list[dict], gold: dict[str, dict], texts: dict[str, str] | None = None) -> Scores:
    """Score extracted records (gold schema) against the gold files with the same `doc`."""
    sc = Scores()
    for rec in records:
        g = gold.get(rec["doc"])
        if g is None:
            continue
        text = norm((texts or {}).get(rec["doc"], "")) or ""
        for t in GOLD_TYPES:
            pred = {norm(m) for e in rec["entities"] if e["type"] == t for m in e["mentions"]}
            gold_entities = [{norm(m) for m in e["mentions"]} for e in g["entities"] if e["type"] == t]
            gold_mentions = set().union(*gold_entities) if gold_entities else set()
            c = Counts(predicted=len(pred), correct=len(pred & gold_mentions),
                       gold=len(gold_entities), found=sum(1 for ms in gold_entities if ms & pred))
            sc.types[t].add(c)
            for p in sorted(pred - gold_mentions):
                sc.errors.append({"doc": rec["doc"], "type": t, "kind": "false positive",
                                  "text": p, "sentence": _sentence(text, p)})
            for ms in gold_entities:
                if not ms & pred:
                    m = sorted(ms)[0]
                    sc.errors.append({"doc": rec["doc"], "type": t, "kind": "missed",
                                      "text": m, "sentence": _sentence(text, m)})
        for name in FIELDS:
            want, got = _field(g, name), _field(rec, name)
            ok = (want is None and got is None) or (want is not None and got is not None
                                                     and norm(str(want)) == norm(str(got)))
            sc.fields[name][0] += int(ok)
            sc.fields[name][1] += 1
            if not ok:
                sc.errors.append({"doc": rec["doc"], "type": name, "kind": "field",
                                  "text": f"got {got!r}, want {want!r}", "sentence": ""})
        _score_issues(sc, rec, g)
        for role in g.get("roles", []):
            sc.roles_gold += 1
            person, post = norm(role["person"]), norm(role["role"]) or ""
            if any(norm(x["person"]) == person and (post in (norm(x["role"]) or "") or
                                                   (norm(x["role"]) or "") in post)
                   for x in rec.get("roles", [])):
                sc.roles_found += 1
    return sc


def _score_issues(sc: Scores, rec: dict, g: dict) -> None:
    """Issues match by title; a matched issue is right when its status and deadline
    equal the gold's too (what was promised, by when, and was it done)."""
    gold_issues = g.get("issues", [])
    remaining = [(norm_title(i["title"]), i) for i in rec.get("issues", [])]
    sc.issues_gold += len(gold_issues)
    sc.issues_predicted += len(remaining)
    for want in gold_issues:
        t = norm_title(want["title"])
        got = next((pair for pair in remaining if pair[0] == t), None)
        if got is None:
            sc.errors.append({"doc": rec["doc"], "type": "issue", "kind": "missed", "text": t, "sentence": ""})
            continue
        remaining.remove(got)
        sc.issues_matched += 1
        pair = tuple((norm(i.get("status")), i.get("deadline")) for i in (got[1], want))
        if pair[0] == pair[1]:
            sc.statuses_right += 1
        else:
            sc.errors.append({"doc": rec["doc"], "type": "issue", "kind": "status",
                              "text": f"got {pair[0]!r}, want {pair[1]!r}", "sentence": t})
    for t, _ in remaining:
        sc.errors.append({"doc": rec["doc"], "type": "issue", "kind": "false positive", "text": t, "sentence": ""})


def _sentence(text: str, s: str) -> str:
    i = text.find(s)
    if i < 0:
        return ""
    a = max(text.rfind(c, 0, i) for c in "。;\n") + 1
    ends = [j for j in (text.find(c, i + len(s)) for c in "。;\n") if j >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b][:160]
