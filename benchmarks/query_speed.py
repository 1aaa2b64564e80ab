"""Named-query speed on a large graph: N varied reports built, then each named query
timed against the embedded store (best of five runs).

    python benchmarks/query_speed.py [--reports 5000]

The target: recurring-policies answers in at most 200 ms on >= 5,000 reports.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.build import build  # noqa: E402
from kg.query import named_queries, run  # noqa: E402
from kg.store import open_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        t = time.perf_counter()
        generate(base / "in", args.reports)
        res = build([base / "in"], base / "out", view=False, dumps=False)
        print(f"built {res.reports + res.unchanged} reports, {res.triples:,} quads in {time.perf_counter() - t:.1f} s")
        store = open_store(base / "out" / "store", read_only=True)
        for name, q in named_queries().items():
            best, rows = float("inf"), []
            for _ in range(5):
                t = time.perf_counter()
                _, rows = run(store, q.bind({}))
                best = min(best, time.perf_counter() - t)
            target = "  (target <= 200 ms: " + ("met)" if best <= 0.2 else "MISSED)") if name == "recurring-policies" else ""
            print(f"{name:20s} {best * 1000:8.1f} ms  ({len(rows)} rows){target}")


if __name__ == "__main__":
    main()
