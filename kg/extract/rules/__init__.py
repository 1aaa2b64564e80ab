"""Rule finders, one per entity type: text → candidate mentions.

Each finder is a plain function over the normalised text, so it can be tested alone;
`kg.extract.pipeline` wraps each in a spaCy component. Vocabularies are data files
(`data/lexicons/*.tsv`, `ontology/policies.ttl`); the rules describe how these reports
write things, never one report's names.
"""
from kg.extract.rules.amounts import dates, money, yuan
from kg.extract.rules.common import org_suffixes, stop_chars
from kg.extract.rules.documents import doc_numbers, documents, split_issuer
from kg.extract.rules.organisations import organisations
from kg.extract.rules.people import CONCURRENT, people
from kg.extract.rules.places import places
from kg.extract.rules.policies import quoted_policies

__all__ = ["CONCURRENT", "dates", "doc_numbers", "documents", "money", "org_suffixes", "organisations", "people",
           "places", "quoted_policies", "split_issuer", "stop_chars", "yuan"]
