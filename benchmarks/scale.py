"""End-to-end scale: a synthetic corpus built from the samples (regions, names, amounts
varied), then `kg build` (store, dumps, view) and a rebuild with nothing changed.

    python benchmarks/scale.py --reports 1000 10000 [--jobs 2]

Prints, for each size: wall time, reports/s, characters/s, peak RSS of the build
process and of its largest worker, quads, store size, the rebuild time, and in the same
run the throughput of a plain regex scan of the same text as the reference. Targets on
2 cores: 10,000 reports in <= 3 minutes, peak RSS <= 1.5 GB, rebuild <= 10 s.
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.build import build  # noqa: E402

SCAN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:委员会|医院|局|党组|中心)|〔\d{4}〕\d+号|\d+(?:\.\d+)?万?元")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


def run(n: int, jobs: int, base: Path) -> None:
    src = base / f"in-{n}"
    paths = generate(src, n)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(map(len, texts))
    t = time.perf_counter()
    hits = sum(len(SCAN.findall(x)) for x in texts)
    scan = time.perf_counter() - t
    del texts
    out = base / f"out-{n}"
    t = time.perf_counter()
    res = build([src], out, jobs=jobs)
    wall = time.perf_counter() - t
    t = time.perf_counter()
    again = build([src], out, jobs=jobs)
    rebuild = time.perf_counter() - t
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"\n{n:,} reports, {chars / 1e6:.1f}M characters, --jobs {jobs}")
    print(f"  build:          {wall:8.1f} s   {n / wall:6.1f} reports/s   {chars / wall / 1e6:.2f}M chars/s")
    print(f"  peak RSS:       build process {_mb(self_kb)}, largest worker {_mb(child_kb)}")
    print(f"  quads:          {res.triples:,}   store {_size(out / 'store') / 2**20:,.0f} MB, "
          f"dumps {sum(p.stat().st_size for p in res.outputs) / 2**20:,.0f} MB")
    print(f"  rebuild:        {rebuild:8.2f} s   ({again.unchanged} unchanged)")
    print(f"  regex scan:     {scan:8.2f} s   {chars / scan / 1e6:.1f}M chars/s ({hits:,} hits; the reference)")
    print("  targets (10k):  build <= 180 s, peak RSS <= 1,536 MB, rebuild <= 10 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="work here and keep it (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.reports:
            run(n, args.jobs, args.keep or Path(tmp))


if __name__ == "__main__":
    main()
