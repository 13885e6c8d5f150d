"""PDF throughput: full parse against pypdfium2's raw text, in the same run.

    .venv/bin/python bench/pdf_throughput.py [FOLDER] [--rounds N]

Parses every PDF in FOLDER (default ../shared/corpus/kent) fully (text layer,
segmentation, every extractor) and, in the same run, extracts raw text with
pypdfium2 alone (open, get_text_range per page, close): the baseline. The
text layer alone (reading order, tables, running lines) is timed too, to show
where the time goes. Prints
pages/s for both and their ratio (target: full parse at least half the speed
of raw extraction, ratio >= 0.5), then the peak resident memory of a fresh
process parsing the largest PDF (target: under 500 MB). Times are CPU seconds
of this process (time.process_time), best of N rounds, so other work on a busy
shared machine skews them less than wall-clock time would.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "kent"

PEAK = """
import resource, sys
from minutebook.parse import parse_document
from minutebook.text import read_document
parse_document(read_document(sys.argv[1]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def raw_text(files: list[Path]) -> int:
    pages = 0
    for f in files:
        pdf = pdfium.PdfDocument(f)
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            pdf.close()
    return pages


def text_layer(files: list[Path]) -> int:
    from minutebook.text import read_document

    return sum(len(read_document(f).pages) for f in files)


def full_parse(files: list[Path]) -> int:
    from minutebook.parse import parse_document
    from minutebook.text import read_document

    pages = 0
    for f in files:
        pages += len(parse_document(read_document(f)).document.pages)
    return pages


def best(fn, files: list[Path], rounds: int) -> tuple[int, float]:  # noqa: ANN001
    times = []
    pages = 0
    for _ in range(rounds):
        t = time.process_time()
        pages = fn(files)
        times.append(time.process_time() - t)
    return pages, min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.pdf"))
    if not files:
        print(f"no PDFs in {args.folder}")
        return 2
    full_parse(files[:1])  # imports and first-call costs out of the timing
    raw_pages, raw_s = best(raw_text, files, args.rounds)
    text_pages, text_s = best(text_layer, files, args.rounds)
    full_pages, full_s = best(full_parse, files, args.rounds)
    raw_rate, full_rate = raw_pages / raw_s, full_pages / full_s
    print(f"{len(files)} PDFs, {raw_pages} pages, best of {args.rounds} rounds, CPU time")
    print(f"raw pypdfium2 text : {raw_rate:8.1f} pages/s ({raw_s:.2f} s)")
    print(f"text layer only    : {text_pages / text_s:8.1f} pages/s ({text_s:.2f} s)  (minutebook.text.read_document)")
    print(f"full parse         : {full_rate:8.1f} pages/s ({full_s:.2f} s)")
    print(f"ratio full/raw     : {full_rate / raw_rate:8.2f}   (target >= 0.50)")
    largest = max(files, key=lambda f: len(pdfium.PdfDocument(f)))
    proc = subprocess.run([sys.executable, "-c", PEAK, str(largest)], capture_output=True, text=True, check=True)
    peak_mb = int(proc.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux
    print(f"peak RSS, {largest.name} ({len(pdfium.PdfDocument(largest))} pages): {peak_mb:.0f} MB   (target < 500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
