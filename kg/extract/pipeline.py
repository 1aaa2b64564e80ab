"""The spaCy pipeline: `spacy.blank("zh")` (one token a character) plus our components.

Every extractor is a factory registered here, in one place, with what it assigns and
requires declared. Extractors add candidate `Mention`s to `doc._.kg_candidates` (plain
records: making a spaCy `Span` for each of thousands of candidates cost more than the
rules themselves); the last component resolves overlaps by an explicit precedence and
writes the kept ones as spans to `doc.spans["kg"]` (nesting allowed only where it is
meaningful, such as a hospital inside its Party committee's name), and on request the
outermost to `doc.ents` (`nlp(set_ents=True)`). Each kept span carries `span._.value` (the normalised value) and
`span._.key` (the canonical key within the report).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract import rules
from kg.model import Mention
from kg.vocab import policy_labels

FINAL = "kg"

# Overlaps are resolved in two tiers. Fixed-form types come first, by PRECEDENCE: a
# document title swallows what is inside it, a 文号 is never read as a date or an
# amount, money beats a date. Among names, the longer span wins (市三医院 over the
# policy 三医 inside it), then PRECEDENCE.
FIXED = {"document": 90, "doc_number": 80, "money": 70, "date": 60}
PRECEDENCE = {**FIXED, "policy": 50, "company": 45, "agency": 40, "hospital": 38,
              "person": 30, "place": 20}
# (outer, inner) pairs where the inner span is kept inside the outer one.
NESTABLE = {
    ("agency", "hospital"), ("agency", "place"), ("hospital", "place"), ("company", "place"),
    ("agency", "company"), ("money", "date"), ("document", "policy"), ("agency", "agency"),
}


for _ext in ("kg_candidates", "kg_attrs", "kg_mentions"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
for _attr, _i in (("value", 0), ("key", 1)):
    if not Span.has_extension(_attr):
        Span.set_extension(
            _attr,
            getter=lambda span, i=_i: ((span.doc._.kg_attrs or {}).get(
                (span.start_char, span.end_char, span.label_)) or (None, None))[i],
        )


class CharTokenizer:
    """One token a character, built directly: spaCy's own zh "char" segmenter aligns
    words to text through a slow generic path (0.17M chars/s here against 2.6M)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        doc.user_data["kg_text"] = text
        return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _add(doc: Doc, mentions: list[Mention]) -> None:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    doc._.kg_candidates.extend(mentions)


class RuleComponent:
    """A component that adds the candidates of one rule finder."""

    def __init__(self, finder: Callable[[str], list[Mention]]):
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        _add(doc, self.finder(doc_text(doc)))
        return doc


class PolicyMatcher:
    """Policies from the SKOS scheme (`ontology/policies.ttl`) plus quoted fixed names.

    A quoted phrase that holds a scheme label yields the label (“四风方面” → 四风);
    labels marked kg:matchQuotedOnly count only inside quotation marks.
    """

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab)
        self.concepts: dict[str, str] = {}
        self.quoted_only: set[str] = set()
        for label, concept, quoted in policy_labels():
            self.concepts[label] = concept
            if quoted:
                self.quoted_only.add(concept)
            self.matcher.add(concept, [nlp.make_doc(label)])

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            concept = doc.vocab.strings[match_id]
            a, b = span.start_char, span.end_char
            if concept in self.quoted_only and not (text[a - 1:a] in "“\"" and text[b:b + 1] in "”\"" and a):
                continue
            found.append(Mention("policy", span.text, a, b, concept, f"policy|{concept}"))
        for m in rules.quoted_policies(text):
            inner = [f for f in found if m.start <= f.start and f.end <= m.end]
            if inner:
                continue
            concept = self.concepts.get(m.text)
            found.append(m if concept is None else
                         Mention("policy", m.text, m.start, m.end, concept, f"policy|{concept}"))
        _add(doc, found)
        return doc


def _rank(m: Mention) -> tuple:
    length = m.end - m.start
    fixed = FIXED.get(m.type)
    if fixed is not None:
        return (0, -fixed, -length, m.start)
    return (1, -length, -PRECEDENCE.get(m.type, 0), m.start)


def _nestable(outer: Mention, inner: Mention, text: str) -> bool:
    if (outer.type, inner.type) not in NESTABLE:
        # the issuer at the head of a title: 《洛阳市人民政府办公室关于印发…》
        return (outer.type == "document" and inner.type == "agency"
                and inner.start == outer.start and text.startswith("关于", inner.end))
    if outer.type == inner.type:  # a body's own name inside its unit's: 市妇产医院党委
        return inner.start == outer.start
    return True


def select(candidates: list[Mention], text: str) -> list[Mention]:
    """The candidates kept after resolving overlaps (see FIXED, PRECEDENCE, NESTABLE).

    Each character remembers the outermost mention kept over it, so a candidate is
    checked against the few mentions it touches, not against all of them.
    """
    owner = [-1] * (len(text) + 1)
    kept: list[Mention] = []
    for m in sorted(set(candidates), key=_rank):
        touched = set(owner[m.start:m.end])
        touched.discard(-1)
        if all(kept[k].start <= m.start and m.end <= kept[k].end and _nestable(kept[k], m, text)
               for k in touched):
            if not touched:
                owner[m.start:m.end] = [len(kept)] * (m.end - m.start)
            kept.append(m)
    kept.sort(key=lambda x: (x.start, -x.end))
    return kept


class Resolver:
    """Keep the winning candidates as spans in doc.spans["kg"]; with `set_ents`, the
    outermost also in doc.ents (off by default: spaCy's entity bookkeeping cost a
    sixth of the extraction time, and every consumer here reads doc.spans)."""

    def __init__(self, set_ents: bool = False):
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        kept = select(doc._.kg_candidates or [], doc_text(doc))
        spans, attrs = [], {}
        for m in kept:
            span = doc.char_span(m.start, m.end, label=m.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                attrs[(span.start_char, span.end_char, m.type)] = (m.value, m.key)
        doc._.kg_attrs = attrs
        doc._.kg_mentions = kept
        doc.spans[FINAL] = spans
        if self.set_ents:
            outer: list[Span] = []
            for x in spans:
                if not outer or x.start >= outer[-1].end:
                    outer.append(x)
            doc.ents = outer
        return doc


_FINDERS: dict[str, Callable[[str], list[Mention]]] = {
    "kg_documents": rules.documents,
    "kg_doc_numbers": rules.doc_numbers,
    "kg_money": rules.money,
    "kg_dates": rules.dates,
    "kg_organisations": rules.organisations,
    "kg_people": rules.people,
    "kg_places": rules.places,
}
_ASSIGNS = ["doc._.kg_candidates"]


def _register(name: str, finder: Callable[[str], list[Mention]]) -> None:
    def make(nlp: Language, name: str) -> RuleComponent:
        return RuleComponent(finder)

    Language.factory(name, assigns=_ASSIGNS, func=make)


for _name, _finder in _FINDERS.items():
    _register(_name, _finder)


@Language.factory("kg_policies", assigns=_ASSIGNS)
def _make_policies(nlp: Language, name: str) -> PolicyMatcher:
    return PolicyMatcher(nlp)


@Language.factory("kg_resolve", requires=["doc._.kg_candidates"],
                  assigns=["doc.spans", "doc.ents", "doc._.kg_attrs", "doc._.kg_mentions"],
                  default_config={"set_ents": False})
def _make_resolver(nlp: Language, name: str, set_ents: bool) -> Resolver:
    return Resolver(set_ents)

PIPE_NAMES = (*_FINDERS, "kg_policies", "kg_resolve")


@lru_cache(maxsize=2)
def nlp(set_ents: bool = False) -> Language:
    """The shared pipeline, built once per process; `set_ents` also fills doc.ents."""
    pipeline = spacy.blank("zh")
    pipeline.tokenizer = CharTokenizer(pipeline.vocab)
    for name in PIPE_NAMES:
        pipeline.add_pipe(name, config={"set_ents": set_ents} if name == "kg_resolve" else {})
    return pipeline


def mentions(doc: Doc) -> list[Mention]:
    """The resolved mentions of a processed doc (the records behind doc.spans["kg"])."""
    return list(doc._.kg_mentions or [])
