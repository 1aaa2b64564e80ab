"""Typed exceptions: the library raises these, only the CLI turns them into messages."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class IngestError(KgError):
    """A file could not be read as a report; the message names the file and the fix."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QueryError(KgError):
    """A SPARQL query failed or named an unknown query or parameter."""


class StoreError(KgError):
    """The store is missing, locked or cannot be written."""
