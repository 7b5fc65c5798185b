#!/usr/bin/env python3
"""The thread-scaling table of `benchmarks/run --threads N`.

Reads JMH JSON results of the same benchmarks run with 1 and with N threads, one pair per round, and writes, for
each JDK, workload and library: the throughput with N threads over the throughput with 1 (N would be ideal), the
median over rounds, each round's pair having run back to back; and json-core's throughput with N threads over
each peer's, also a median of per-round ratios.

  scaling.py --threads 2 --jdk 17 --round one.json,n.json [--round ...] [--jdk 25 --round ...] --md out.md
"""
import argparse
import statistics
import sys

LIBRARIES = ["Jsoncore", "Jackson", "Fastjson2"]
NAMES = {"Jsoncore": "json-core", "Jackson": "Jackson 3", "Fastjson2": "fastjson2"}


def scores(path):
    import json
    result = {}
    for bench in json.load(open(path)):
        cls, method = bench["benchmark"].split(".")[-2:]
        kind = "typed" if cls == "TypedBenchmark" else "untyped"
        for library in LIBRARIES:
            if method.endswith(library):
                operation = method[: -len(library)]
                result[(kind, operation, library)] = bench["primaryMetric"]["score"]
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--md")
    parser.add_argument("--command", default="benchmarks/run --threads N")
    parser.add_argument("--label", default="")
    # --jdk J --round ONE.json,N.json [--round ...]: read here, in order, as argparse would lose which JDK a round
    # belongs to
    rounds = {}
    current = None
    argv = sys.argv[1:]
    rest = []
    i = 0
    while i < len(argv):
        if argv[i] == "--jdk":
            current = argv[i + 1]
            rounds.setdefault(current, [])
            i += 2
        elif argv[i] == "--round":
            if current is None:
                parser.error("--round before any --jdk")
            one, many = argv[i + 1].split(",")
            rounds[current].append((scores(one), scores(many)))
            i += 2
        else:
            rest.append(argv[i])
            i += 1
    args = parser.parse_args(rest)
    n = args.threads

    lines = [f"# Thread scaling: {n} threads over 1", ""]
    if args.label:
        lines += [args.label, ""]
    lines += [f"Command: `{args.command}`. Twitter; each cell the median over rounds of a ratio taken within one round "
              f"(the 1-thread and {n}-thread runs back to back). Scaling: throughput with {n} threads over throughput "
              f"with 1 ({n} would be ideal). json-core over a peer: both with {n} threads.", ""]
    for jdk, pairs in rounds.items():
        lines += [f"## JDK {jdk} ({len(pairs)} round{'s' if len(pairs) != 1 else ''})", ""]
        lines += ["| workload | " + " | ".join(f"{NAMES[l]} scaling" for l in LIBRARIES)
                  + " | " + " | ".join(f"json-core / {NAMES[l]} at {n}" for l in LIBRARIES[1:]) + " |"]
        lines += ["|---|" + "--:|" * (2 * len(LIBRARIES) - 1)]
        workloads = sorted({(k, o) for (k, o, _) in pairs[0][0]}, key=lambda w: (w[0] != "untyped", w[1] != "loads"))
        for kind, operation in workloads:
            cells = []
            for library in LIBRARIES:
                ratios = [many[(kind, operation, library)] / one[(kind, operation, library)]
                          for one, many in pairs if (kind, operation, library) in one and (kind, operation, library) in many]
                cells.append(f"{statistics.median(ratios):.2f}" if ratios else "")
            for library in LIBRARIES[1:]:
                ratios = [many[(kind, operation, "Jsoncore")] / many[(kind, operation, library)]
                          for _, many in pairs if (kind, operation, library) in many and (kind, operation, "Jsoncore") in many]
                cells.append(f"{statistics.median(ratios):.2f}x" if ratios else "")
            lines.append(f"| {kind} {operation} | " + " | ".join(cells) + " |")
        lines.append("")
    text = "\n".join(lines)
    print(text)
    if args.md:
        with open(args.md, "w") as out:
            out.write(text)


if __name__ == "__main__":
    main()
