"""Build throughput and the incremental rebuild: N varied reports built twice.

    python benchmarks/build_speed.py [--reports 500]

Prints the first build's wall time, reports/s and characters/s, the second build's
time with nothing changed, and the ratio (the target is a second build at least ten
times faster).
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        paths = generate(src, args.reports)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        t = time.perf_counter()
        first = build([src], Path(tmp) / "out", view=True)
        t1 = time.perf_counter() - t
        t = time.perf_counter()
        second = build([src], Path(tmp) / "out", view=True)
        t2 = time.perf_counter() - t
    print(f"reports: {args.reports}, characters: {chars:,}")
    print(f"first build:  {t1:8.2f} s  {first.reports / t1:7.1f} reports/s  {chars / t1 / 1e6:.3f} M chars/s"
          f"  {first.triples:,} quads")
    print(f"second build: {t2:8.2f} s  ({second.unchanged} unchanged, {second.reports} rebuilt)")
    print(f"speed-up:     {t1 / t2:8.1f}x")


if __name__ == "__main__":
    main()
