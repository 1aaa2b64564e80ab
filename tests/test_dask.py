"""Scale-out on Dask: the per-report pipeline runs on a distributed cluster and the
partitioned gzip N-Quads equal the single-process build, quad for quad."""
from __future__ import annotations

import gzip

import pyoxigraph as ox
import pytest
from conftest import SAMPLES

from kg.build import build
from kg.ingest import SUFFIXES

distributed = pytest.importorskip("distributed", reason="pip install -e '.[test]' installs dask[distributed]")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as c:
        yield c.scheduler_address


def _quads(paths) -> set:
    out = set()
    for p in paths:
        out.update(ox.parse(gzip.decompress(p.read_bytes()), format=ox.RdfFormat.N_QUADS))
    return out


def test_a_dask_build_equals_the_single_process_build_quad_for_quad(cluster, tmp_path, monkeypatch):
    import kg.export
    from kg.vocab import SUMMARY
    fixtures = SAMPLES.parent.parent / "tests" / "fixtures"
    local = build([SAMPLES, fixtures], tmp_path / "local", view=False)
    read_back = []  # graphs the partitions had to read from the store rather than copy from graph.nq
    real = kg.export.triples_of
    monkeypatch.setattr(kg.export, "triples_of", lambda store, g: read_back.append(g.value) or real(store, g))
    remote = build([SAMPLES, fixtures], tmp_path / "dask", view=False, scheduler=cluster)
    assert set(read_back) == {SUMMARY}
    parts = sorted((tmp_path / "dask" / "nquads").glob("part-*.nq.gz"))
    assert parts and all(p in remote.outputs for p in parts)
    single = set(ox.parse(path=str(tmp_path / "local" / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    files = len(list(SAMPLES.glob("*.txt"))) + sum(p.suffix in SUFFIXES for p in fixtures.iterdir())
    assert (remote.reports, remote.triples) == (local.reports, local.triples) == (files, local.triples)
    assert _quads(parts) == single
    assert (tmp_path / "dask" / "graph.nq").read_bytes() == (tmp_path / "local" / "graph.nq").read_bytes()


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    from kg.errors import KgError
    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        build([SAMPLES], tmp_path, view=False, scheduler="tcp://127.0.0.1:9")
