"""Extraction throughput on the samples repeated to >= 20 MB, against a plain regex scan.

Each copy is made unique (a numbered first line) so no cache can serve it. Prints
characters per second for the spaCy pipeline (nlp.pipe + resolved mentions), for each
rule finder alone, and for a plain regex scan of the same text as the reference.

    python benchmarks/extract_speed.py [--mb 20] [--batch 16]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import rules  # noqa: E402
from kg.extract.pipeline import mentions, nlp  # noqa: E402
from kg.ingest import read  # noqa: E402

REFERENCE = re.compile(r"《[^《》\n]{1,150}》|\d+(?:\.\d+)?\s*(?:万|亿)?元|[省市区县]委第[一二三四五六七八九十]+巡[视察]组")


def corpus(mb: float) -> list[str]:
    base = [read(p).text for p in sorted((ROOT / "data" / "samples").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < mb * 1_000_000:
        text = f"第{i}份\n" + base[i % len(base)]
        docs.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:6.3f} M chars/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (default 20)")
    ap.add_argument("--batch", type=int, default=16, help="nlp.pipe batch size")
    args = ap.parse_args()
    docs = corpus(args.mb)
    chars = sum(map(len, docs))
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {chars:,} characters, {mb:.1f} MB UTF-8")

    t = time.perf_counter()
    hits = sum(len(REFERENCE.findall(d)) for d in docs)
    print(f"regex scan (reference)   {rate(chars, time.perf_counter() - t)}   ({hits} hits)")

    pipeline = nlp()
    pipeline("预热")
    t = time.perf_counter()
    n = 0
    for doc in pipeline.pipe(docs, batch_size=args.batch):
        n += len(mentions(doc))
    print(f"extraction (spaCy pipe)  {rate(chars, time.perf_counter() - t)}   ({n} mentions)")

    sample = docs[: max(1, len(docs) // 10)]
    sample_chars = sum(map(len, sample))
    for name in ("documents", "doc_numbers", "money", "dates", "organisations", "people", "places",
                 "quoted_policies"):
        f = getattr(rules, name)
        t = time.perf_counter()
        for d in sample:
            f(d + " ")  # a fresh string: no cached result
        print(f"  rule {name:16s} {rate(sample_chars, time.perf_counter() - t)}")


if __name__ == "__main__":
    main()
