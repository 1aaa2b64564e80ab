"""A synthetic corpus from the samples: regions, people and amounts swapped, so every
report is distinct and names other places. Used by the build and query benchmarks.

    python benchmarks/corpus.py OUT_DIR --reports 500
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import gazetteer, short_name  # noqa: E402
from kg.ingest import read  # noqa: E402
from kg.structure import structure  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文红玉兰"


def generate(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write `n` varied copies of the samples under `out`; return their paths."""
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    samples = []
    for p in sorted((ROOT / "data" / "samples").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        samples.append((p.stem, text, structure(read(p)).region))
    by_level: dict[str, list] = {}
    for r in gazetteer().by_code.values():
        by_level.setdefault(r.level, []).append(r)
    for v in by_level.values():
        v.sort(key=lambda r: r.code)
    paths = []
    for i in range(n):
        stem, text, region = samples[i % len(samples)]
        if region is not None:
            other = rnd.choice(by_level[region.level])
            text = text.replace(region.name, other.name).replace(short_name(region.name), short_name(other.name))
        text = re.sub(r"(\d+(?:\.\d+)?)(万元|元)", lambda m: f"{float(m.group(1)) * rnd.uniform(0.5, 2):.2f}{m.group(2)}", text)
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
        text = re.sub(r"(党组书记、主任|党组书记|组长)([\u4e00-\u9fff]{2,3})(同志)", rf"\g<1>{name}\g<3>", text)
        path = out / f"{i:05d}_{stem}.txt"
        path.write_text(f"（第{i}份）\n{text}", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--reports", type=int, default=500)
    args = ap.parse_args()
    print(f"wrote {len(generate(args.out, args.reports))} reports to {args.out}")
