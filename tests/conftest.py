"""Shared fixtures: the bundled samples, the gold files, and one build of the samples."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
GOLD = ROOT / "data" / "gold"


def sample(prefix: str) -> Path:
    """The sample report whose file name starts with `prefix` (000 … 004)."""
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The samples built once into a temporary output folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("out")
    result = build([SAMPLES], out)
    return out, result


@pytest.fixture(scope="session")
def store(built):
    from kg.store import open_store

    out, _ = built
    return open_store(out / "store", create=False)
