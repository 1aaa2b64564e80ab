"""Reading PDFs: pages and characters a second, against reading the same text as .txt.

    python benchmarks/pdf_speed.py [PDF ...] [--repeat 5]

Without PDFs, reads the test fixture (a held-out report printed by Chromium). For each
file, prints its pages, the seconds `kg.ingest.read` takes (the median of --repeat
runs), pages/s and characters/s of the text it gives, and the same text read back
from a .txt file, the reference: PDF parsing, not normalisation, is the cost.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import read  # noqa: E402


def _timed(path: Path, repeat: int) -> tuple[float, str]:
    times, text = [], ""
    for _ in range(repeat):
        t = time.perf_counter()
        text = read(path).text
        times.append(time.perf_counter() - t)
    return statistics.median(times), text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path, default=[ROOT / "tests" / "fixtures" / "ledger_table.pdf"])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import pdfplumber

    print(f"{'file':<40} {'pages':>5} {'chars':>7} {'pdf s':>7} {'pages/s':>8} {'chars/s':>9} {'txt s':>7}")
    total = [0, 0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in args.pdfs:
            with pdfplumber.open(pdf) as doc:
                pages = len(doc.pages)
            seconds, text = _timed(pdf, args.repeat)
            txt = Path(tmp) / (pdf.stem + ".txt")
            txt.write_text(read(pdf).original, encoding="utf-8")
            plain, _ = _timed(txt, args.repeat)
            total = [total[0] + pages, total[1] + len(text), total[2] + seconds, total[3] + plain]
            print(f"{pdf.name[:40]:<40} {pages:>5} {len(text):>7,} {seconds:>7.3f} {pages / seconds:>8.1f} "
                  f"{len(text) / seconds:>9,.0f} {plain:>7.3f}")
    if len(args.pdfs) > 1:
        pages, chars, seconds, plain = total
        print(f"{'all':<40} {pages:>5} {chars:>7,} {seconds:>7.3f} {pages / seconds:>8.1f} "
              f"{chars / seconds:>9,.0f} {plain:>7.3f}")


if __name__ == "__main__":
    main()
