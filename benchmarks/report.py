#!/usr/bin/env python3
"""Writes docs/benchmarks/results.md and chart.svg from JMH JSON results (-rf json) and orjson_bench.py's output.

    report.py --jmh 17=target/jmh-17.json --jmh 25=target/jmh-25.json --orjson target/orjson.json \\
        --command "benchmarks/run" --label "full run" --md docs/benchmarks/results.md --svg docs/benchmarks/chart.svg

Standard library only. Ratios compare throughput within one JDK's run: these machines are noisy, so read the ratios,
not the absolute numbers.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
from collections import OrderedDict

# Method name suffix -> the name the tables use, in table order.
LIBRARIES = OrderedDict([
    ("Jsoncore", "jsoncore"),
    ("Jackson", "Jackson 3"),
    ("Fastjson2", "fastjson2"),
    ("DslJson", "DSL-JSON"),
    ("AvajeJsonb", "avaje-jsonb"),
])
PEERS = ("fastjson2", "DSL-JSON", "avaje-jsonb")
WORKLOADS = OrderedDict([("UntypedBenchmark", "untyped"), ("TypedBenchmark", "records")])
CORPUS_ORDER = ("twitter", "citm_catalog", "canada", "github", "endpoint")
# The size of Endpoint.PAYLOAD (benchmarks/src/main/java/io/jsoncore/benchmarks/Endpoint.java), for its MB/s.
ENDPOINT_PAYLOAD = (b'{"uuid":"2b9c3f7e-5a1d-4c6b-9e8f-0d7a6b5c4e3f",'
                    b'"updated_at":"2026-11-21T23:35:18+00:00","data":[1,2.2,null,true,false,{}]}')
COLOURS = {"jsoncore": "#d62728", "fastjson2": "#1f77b4", "DSL-JSON": "#2ca02c", "avaje-jsonb": "#9467bd"}


def corpus_bytes(corpus_dir, corpus):
    if corpus == "endpoint":
        return len(ENDPOINT_PAYLOAD)
    return os.path.getsize(os.path.join(corpus_dir, corpus + ".json"))


def parse_jmh(path, corpus_dir):
    """Rows keyed by (workload, corpus, direction, library), plus the JVM the run used."""
    with open(path) as f:
        entries = json.load(f)
    rows = OrderedDict()
    jvm = None
    for e in entries:
        cls, method = e["benchmark"].rsplit(".", 2)[-2:]
        m = re.fullmatch(r"(loads|dumps)(\w+)", method)
        if cls not in WORKLOADS or not m or m.group(2) not in LIBRARIES:
            continue
        corpus = e["params"]["corpus"]
        alloc = None
        for name, metric in e.get("secondaryMetrics", {}).items():
            if name.lstrip("\u00b7") == "gc.alloc.rate.norm":
                alloc = float(metric["score"])
        score = float(e["primaryMetric"]["score"])
        error = e["primaryMetric"]["scoreError"]
        # JMH writes "NaN" (a string) when too few iterations give no error estimate.
        error = float(error) if isinstance(error, (int, float)) or str(error).replace(".", "", 1).isdigit() else None
        rows[(WORKLOADS[cls], corpus, m.group(1), LIBRARIES[m.group(2)])] = {
            "ops": score,
            "error": error if error == error else None,
            "mbs": score * corpus_bytes(corpus_dir, corpus) / 1e6,
            "alloc": alloc,
        }
        jvm = jvm or "{} {} ({})".format(e.get("vmName", "?"), e.get("vmVersion", "?"), e.get("jdkVersion", "?"))
    return rows, jvm


def groups(rows):
    """(workload, corpus, direction) in table order, each with its libraries in table order."""
    keys = sorted({k[:3] for k in rows}, key=lambda g: (list(WORKLOADS.values()).index(g[0]),
                                                        CORPUS_ORDER.index(g[1]) if g[1] in CORPUS_ORDER else 99,
                                                        g[2] != "loads"))
    for g in keys:
        yield g, [(lib, rows[g + (lib,)]) for lib in LIBRARIES.values() if g + (lib,) in rows]


def fmt_num(x, digits=0):
    if x is None:
        return "n/a"
    if abs(x) >= 100 or digits == 0:
        return "{:,.0f}".format(x)
    return "{:,.{}f}".format(x, digits)


def fmt_ratio(x):
    return "n/a" if x is None else "{:.2f}x".format(x)


def cpu_model():
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    model = fields.get("Model name", "unknown").strip()
    cpus = fields.get("CPU(s)", "?").strip()
    return "{} ({} CPUs)".format(model, cpus)


def table(rows, orjson):
    lines = [
        "| workload | corpus | direction | library | ops/s ± error | MB/s | B/op | vs Jackson 3 | vs best peer | orjson MB/s |",
        "|---|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (workload, corpus, direction), libs in groups(rows):
        scores = dict((lib, r["ops"]) for lib, r in libs)
        jackson = scores.get("Jackson 3")
        best_peer = max([scores[p] for p in PEERS if p in scores], default=None)
        orjson_mbs = orjson.get((corpus, direction)) if workload == "untyped" else None
        for lib, r in libs:
            ops = fmt_num(r["ops"], 1) + ("" if r["error"] is None else " ± " + fmt_num(r["error"], 1))
            name = "**jsoncore**" if lib == "jsoncore" else lib
            lines.append("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
                workload, corpus, direction, name, ops, fmt_num(r["mbs"], 1),
                fmt_num(r["alloc"]) if r["alloc"] is not None else "n/a",
                fmt_ratio(r["ops"] / jackson if jackson else None),
                fmt_ratio(r["ops"] / best_peer if best_peer else None),
                fmt_num(orjson_mbs, 1) if orjson_mbs is not None else ""))
    return "\n".join(lines)


def summary(rows):
    """One line per group: jsoncore against Jackson and against the best peer."""
    lines = []
    for (workload, corpus, direction), libs in groups(rows):
        scores = dict((lib, r["ops"]) for lib, r in libs)
        if "jsoncore" not in scores:
            continue
        peers = [(scores[p], p) for p in PEERS if p in scores]
        best = max(peers) if peers else None
        lines.append("- {} {} {}: jsoncore is {} Jackson 3{}".format(
            workload, corpus, direction,
            fmt_ratio(scores["jsoncore"] / scores["Jackson 3"]) if "Jackson 3" in scores else "n/a",
            "" if not best else ", {} the best peer ({})".format(fmt_ratio(scores["jsoncore"] / best[0]), best[1])))
    return "\n".join(lines)


def svg_chart(runs):
    """Grouped bars: each library's throughput over Jackson 3's, per workload; one panel per JDK."""
    libs = ["jsoncore"] + list(PEERS)
    bar, gap, left, right, top, panel_h, label_h = 14, 18, 60, 20, 60, 260, 175
    panels = []
    width = 0
    for jdk, rows in runs:
        data = []
        for (workload, corpus, direction), group in groups(rows):
            scores = dict((lib, r["ops"]) for lib, r in group)
            if "Jackson 3" not in scores:
                continue
            data.append(("{} {} {}".format(workload, corpus, direction),
                         [(lib, scores[lib] / scores["Jackson 3"]) for lib in libs if lib in scores]))
        panels.append((jdk, data))
        width = max(width, 720, left + right + sum(len(bars) * bar + gap for _, bars in data))
    ymax = max([r for _, data in panels for _, bars in data for _, r in bars] + [1.0])
    ymax = max(1.5, (int(ymax * 2) + 1) / 2.0)  # round up to a half
    height = top + len(panels) * (panel_h + label_h) + 30
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" '
           'font-size="11">'.format(width, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="{}" y="18" font-size="14" font-weight="bold">Throughput relative to Jackson 3 '
           '(higher is better; dashed line = Jackson 3)</text>'.format(left)]
    x = left
    for lib in libs:
        out.append('<rect x="{}" y="30" width="10" height="10" fill="{}"/>'.format(x, COLOURS[lib]))
        out.append('<text x="{}" y="39">{}</text>'.format(x + 14, lib))
        x += 20 + 7 * len(lib) + 20
    for i, (jdk, data) in enumerate(panels):
        y0 = top + i * (panel_h + label_h) + 28
        base = y0 + panel_h

        def y(v):
            return base - v / ymax * panel_h

        out.append('<text x="{}" y="{}" font-weight="bold">JDK {}</text>'.format(left, y0 - 12, jdk))
        tick = 0.0
        while tick <= ymax + 1e-9:
            out.append('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#ddd"/>'.format(left, width - right,
                                                                                         y(tick), y(tick)))
            out.append('<text x="{}" y="{:.1f}" text-anchor="end">{:.1f}x</text>'.format(left - 4, y(tick) + 4, tick))
            tick += 0.5
        x = left + gap / 2
        for label, bars in data:
            gx = x
            for lib, ratio in bars:
                out.append('<rect x="{}" y="{:.1f}" width="{}" height="{:.1f}" fill="{}"><title>{} {}: {:.2f}x'
                           '</title></rect>'.format(x, y(ratio), bar - 1, base - y(ratio), COLOURS[lib], label, lib,
                                                    ratio))
                x += bar
            cx = (gx + x) / 2
            out.append('<text transform="translate({:.1f},{}) rotate(-90)" text-anchor="end">{}</text>'.format(
                cx + 4, base + 6, label))
            x += gap
        out.append('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="black" stroke-dasharray="5,3"/>'.format(
            left, width - right, y(1.0), y(1.0)))
        out.append('<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="black"/>'.format(left, width - right, base, base))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jmh", action="append", required=True, metavar="JDK=FILE",
                        help="a JMH JSON result file and the JDK it ran on; repeat per JDK")
    parser.add_argument("--orjson", help="orjson_bench.py's JSON output")
    parser.add_argument("--corpus-dir", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--command", default="benchmarks/run", help="the command that produced the results")
    parser.add_argument("--label", default="", help="what kind of run this was, e.g. 'quick run'")
    parser.add_argument("--jmh-args", default="", help="the JMH options used, for the header")
    parser.add_argument("--md", default=os.path.join(here, "..", "docs", "benchmarks", "results.md"))
    parser.add_argument("--svg", default=os.path.join(here, "..", "docs", "benchmarks", "chart.svg"))
    args = parser.parse_args(argv)

    orjson, orjson_version = {}, None
    if args.orjson and os.path.exists(args.orjson):
        with open(args.orjson) as f:
            doc = json.load(f)
        orjson_version = "orjson {} on Python {}".format(doc["orjson"], doc["python"])
        orjson = dict(((r["corpus"], r["direction"]), r["mb_per_s"]) for r in doc["results"])

    runs = []
    jvms = []
    for spec in args.jmh:
        jdk, path = spec.split("=", 1)
        rows, jvm = parse_jmh(path, args.corpus_dir)
        runs.append((jdk, rows))
        jvms.append((jdk, jvm))

    md = ["# Benchmark results", ""]
    if args.label:
        md += ["**{}**".format(args.label), ""]
    md += [
        "- Command: `{}`".format(args.command),
        "- JMH options: `{}`".format(args.jmh_args) if args.jmh_args else None,
        "- JDKs: " + "; ".join("{}: {}".format(jdk, jvm) for jdk, jvm in jvms),
        "- CPU: {}".format(cpu_model()),
        # When the last JMH run ended, so that writing the page again later keeps the run's date.
        "- Date: {}".format(datetime.datetime.fromtimestamp(max(os.path.getmtime(spec.split("=", 1)[1])
                                                                for spec in args.jmh),
                                                            datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        "- orjson: {}".format(orjson_version) if orjson_version else None,
        "",
        "Throughput (JMH's 99.9% error where there was more than one iteration; with three iterations that "
        "interval is about 18 standard deviations wide, so read it as a flag for unsteady rows). MB/s is the corpus's size "
        "times operations per second over 10^6. B/op is `gc.alloc.rate.norm` from `-prof gc`. \"vs best peer\" "
        "divides by the fastest of fastjson2, DSL-JSON and avaje-jsonb in the same row group. orjson's MB/s "
        "(best of its timed loops, same corpora, same machine) stands beside the untyped rows. These machines are "
        "shared and noisy: compare within one run.",
        "",
        "What is measured: `untyped` is bytes to a `Map`/`List` tree and the same tree (jsoncore's) back to "
        "bytes; `records` binds twitter and citm_catalog to the corpus-models records and the reference "
        "endpoint's body to `Endpoint`. See `benchmarks/` for how each library is set up.",
        "",
        "![throughput relative to Jackson 3](chart.svg)",
    ]
    md = [line for line in md if line is not None]
    for jdk, rows in runs:
        md += ["", "## JDK {}".format(jdk), "", table(rows, orjson), "", "### jsoncore at a glance", "",
               summary(rows)]
    os.makedirs(os.path.dirname(os.path.abspath(args.md)), exist_ok=True)
    with open(args.md, "w") as f:
        f.write("\n".join(md) + "\n")
    with open(args.svg, "w") as f:
        f.write(svg_chart(runs))


if __name__ == "__main__":
    main()
