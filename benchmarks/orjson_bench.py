#!/usr/bin/env python3
"""Times orjson's loads and dumps on the benchmark corpora, for the table beside the JVM numbers.

Each measurement is the best of --repeat timed loops; a loop runs enough calls to last --min-time seconds.
dumps is given the tree loads built, as in UntypedBenchmark. Prints (or writes with --out) one JSON document:

    {"orjson": "3.8.3", "python": "3.11.2", "results": [
      {"corpus": "twitter", "direction": "loads", "bytes": 631514, "ops_per_s": 812.3, "mb_per_s": 513.0}, ...]}

MB/s is corpus bytes times operations per second, divided by 10^6, as in the JMH table.
"""

import argparse
import json
import os
import platform
import sys
import time

import orjson

CORPORA = ("twitter", "citm_catalog", "canada", "github")


def calls_per_loop(fn, arg, min_time):
    """The number of calls that takes about min_time seconds, found by doubling from one."""
    n = 1
    while True:
        start = time.perf_counter()
        for _ in range(n):
            fn(arg)
        elapsed = time.perf_counter() - start
        if elapsed >= min_time / 4 or n >= 1 << 24:
            return max(1, int(n * min_time / max(elapsed, 1e-9)))
        n *= 2


def best_ops_per_s(fn, arg, repeat, min_time):
    n = calls_per_loop(fn, arg, min_time)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(n):
            fn(arg)
        best = min(best, time.perf_counter() - start)
    return n / best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--corpus-dir", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated names (default: all four)")
    parser.add_argument("--repeat", type=int, default=5, help="timed loops per measurement; the best counts")
    parser.add_argument("--min-time", type=float, default=1.0, help="seconds each timed loop lasts")
    parser.add_argument("--out", help="write the JSON here instead of standard output")
    args = parser.parse_args(argv)

    results = []
    for corpus in [c for c in args.corpora.split(",") if c]:
        path = os.path.join(args.corpus_dir, corpus + ".json")
        with open(path, "rb") as f:
            data = f.read()
        tree = orjson.loads(data)
        for direction, fn, arg in (("loads", orjson.loads, data), ("dumps", orjson.dumps, tree)):
            ops = best_ops_per_s(fn, arg, args.repeat, args.min_time)
            results.append({
                "corpus": corpus,
                "direction": direction,
                "bytes": len(data),
                "ops_per_s": round(ops, 3),
                "mb_per_s": round(ops * len(data) / 1e6, 3),
            })
            print(f"orjson {direction} {corpus}: {ops:,.1f} ops/s, {ops * len(data) / 1e6:,.1f} MB/s",
                  file=sys.stderr)

    doc = {"orjson": orjson.__version__, "python": platform.python_version(), "results": results}
    text = json.dumps(doc, indent=2)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
