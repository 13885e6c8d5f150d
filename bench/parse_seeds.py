"""How long parsing the three seed packs takes, against merely reading them.

    .venv/bin/python bench/parse_seeds.py [--repeat N]

Reading (`read_document`) is the baseline measured in the same run, so the
ratio says what segmentation and every extractor add on top of the text
layer, whatever the machine. Wall time and CPU time are both printed: on a
busy shared machine the CPU figure is the steadier one. Target: all three
seeds parse in under 2 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from minutebook.parse import parse_document
from minutebook.text import read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
NAMES = [
    "coventry-cabinet-2019-10-29.txt",
    "coventry-city-council-2022-10-18.txt",
    "warwickshire-cyp-osc-2024-09-17.txt",
]
TARGET_S = 2.0


def seed_paths() -> list[Path]:
    """The seeds from the shared corpus, or the two shipped in samples/."""
    paths = [SEEDS / n if (SEEDS / n).exists() else ROOT / "samples" / n for n in NAMES]
    return [p for p in paths if p.exists()]


def best_of(repeat: int, fn, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best is reported")
    args = ap.parse_args()
    paths = seed_paths()
    if not paths:
        print("no seeds found (../shared/corpus/seeds or samples/)", file=sys.stderr)
        return 1
    parse_document(read_document(paths[0]))  # warm imports and compiled patterns

    read_s = best_of(args.repeat, lambda: [read_document(p) for p in paths])
    parse_s = best_of(args.repeat, lambda: [parse_document(read_document(p)) for p in paths])
    lines = sum(len(read_document(p).lines()) for p in paths)
    print(f"seeds: {len(paths)} files, {lines} lines (best of {args.repeat})")
    print(f"read only (baseline):   {read_s * 1000:8.1f} ms")
    print(f"read + parse:           {parse_s * 1000:8.1f} ms")
    print(f"parse / read ratio:     {parse_s / read_s:8.1f}x")
    # CPU seconds of this process: what the code costs when the shared machine is busy
    read_cpu = best_of(args.repeat, lambda: [read_document(p) for p in paths], time.process_time)
    parse_cpu = best_of(args.repeat, lambda: [parse_document(read_document(p)) for p in paths], time.process_time)
    print(f"CPU read only:          {read_cpu * 1000:8.1f} ms")
    print(f"CPU read + parse:       {parse_cpu * 1000:8.1f} ms")
    print(f"CPU parse / read ratio: {parse_cpu / read_cpu:8.1f}x")
    print(f"target: parse under {TARGET_S:.1f} s total: {'met' if parse_s < TARGET_S else 'NOT met'}")
    for p in paths:
        one = best_of(args.repeat, lambda p=p: parse_document(read_document(p)))
        print(f"  {p.name:42s} {one * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
