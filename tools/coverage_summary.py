#!/usr/bin/python3
"""Summary of make coverage (tools/coverage.sh): line, branch and toggle coverage per block of the
generated RTL, from the Verilator coverage files of the regression's runs, with every uncovered line
and branch named (configuration, file:line, the source line).

  tools/coverage_summary.py DAT_DIR [--tsv OUT.tsv] > docs/coverage.md

DAT_DIR holds <block>/<config>/*.dat (one per testbench harness; the counts of one configuration are
summed over them). A coverage point is Verilator's: a line point covers a block of statements (its
first line is named), a branch point an if/else or case arm, a toggle point one bit of a signal
rising or falling.
"""
import argparse
import collections
import re
import sys
from pathlib import Path

POINT = re.compile(r"^C '(.*)' (\d+)$")


def points(dat):
    """Yields (fields, count) for every coverage point of a Verilator .dat file."""
    with open(dat, "rb") as f:
        for raw in f:
            line = raw.decode("latin-1").rstrip("\n")
            m = POINT.match(line)
            if not m:
                continue
            fields = {}
            for item in m.group(1).split("\x01"):
                if "\x02" in item:
                    k, v = item.split("\x02", 1)
                    fields[k] = v
            yield fields, int(m.group(2))


def kind(fields):
    page = fields.get("page", "")
    for k in ("line", "branch", "toggle", "expr", "user"):
        if page.startswith("v_" + k):
            return k
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dat_dir")
    ap.add_argument("--tsv", help="also write block, kind, covered, total per line")
    args = ap.parse_args()
    root = Path(args.dat_dir)
    # (block, config) -> point key -> (fields, count summed over the configuration's runs)
    configs = collections.defaultdict(dict)
    for dat in sorted(root.glob("*/*/*.dat")):
        block, cfg = dat.parent.parent.name, dat.parent.name
        pts = configs[(block, cfg)]
        for fields, count in points(dat):
            key = "\x01".join(f"{k}={v}" for k, v in sorted(fields.items()))
            if key in pts:
                pts[key] = (fields, pts[key][1] + count)
            else:
                pts[key] = (fields, count)
    if not configs:
        print(f"coverage_summary: no .dat files under {root}", file=sys.stderr)
        return 1
    totals = collections.defaultdict(lambda: collections.Counter())  # block -> kind/covered counts
    uncovered = collections.defaultdict(list)  # block -> (cfg, file, line, kind, comment)
    toggles = collections.defaultdict(collections.Counter)  # block -> signal -> uncovered toggle points
    blocks_cfgs = collections.defaultdict(list)
    for (block, cfg), pts in sorted(configs.items()):
        blocks_cfgs[block].append(cfg)
        for fields, count in pts.values():
            k = kind(fields)
            totals[block][k + "_total"] += 1
            if count > 0:
                totals[block][k + "_covered"] += 1
                continue
            if k in ("line", "branch"):
                uncovered[block].append((cfg, fields.get("f", "?"), int(fields.get("l", "0")), k,
                                         fields.get("o", "")))
            elif k == "toggle":
                sig = re.sub(r"\[\d+\]$", "", fields.get("o", "?").split(":")[0])
                toggles[block][f"{Path(fields.get('f', '?')).stem}.{sig}"] += 1
    sources = {}

    def source(path, line):
        if path not in sources:
            try:
                sources[path] = Path(path).read_text().splitlines()
            except OSError:
                sources[path] = []
        text = sources[path]
        return text[line - 1].strip() if 0 < line <= len(text) else ""

    def pct(c, t):
        return f"{100.0 * c / t:.1f}%" if t else "-"

    out = ["# Coverage of the generated RTL", "",
           "Written by `make coverage` (tools/coverage.sh, tools/coverage_summary.py): every sweep configuration's",
           "Verilator testbench built with `--coverage` and run as `make test` runs it (same seeds and vectors).",
           "Points are Verilator's: a line point is a block of statements, a branch point an if/else or case arm,",
           "a toggle point one bit of a signal rising or falling. The HTML report (genhtml) is out/coverage/html.",
           "", "| block | configurations | line | branch | toggle |", "|---|---|---|---|---|"]
    tsv = []
    for block in sorted(totals):
        t = totals[block]
        cells = []
        for k in ("line", "branch", "toggle"):
            c, n = t[k + "_covered"], t[k + "_total"]
            cells.append(f"{pct(c, n)} ({c}/{n})")
            tsv.append(f"{block}\t{k}\t{c}\t{n}")
        out.append(f"| {block} | {len(blocks_cfgs[block])} | " + " | ".join(cells) + " |")
    out += ["", "## Uncovered lines and branches", "",
            "Every line or branch point no run reached, by block and configuration (file:line, what Verilator",
            "names the point, the source line).", ""]
    for block in sorted(totals):
        items = uncovered.get(block, [])
        out.append(f"### {block}: {len(items)} uncovered")
        out.append("")
        if not items:
            out.append("None: every line and branch point of every configuration was reached.")
            out.append("")
            continue
        out += ["| configuration | where | point | source |", "|---|---|---|---|"]
        for cfg, path, line, k, comment in sorted(items, key=lambda i: (i[0], i[1], i[2])):
            text = source(path, line).replace("|", "\\|")
            if len(text) > 100:
                text = text[:97] + "..."
            out.append(f"| {cfg} | {Path(path).name}:{line} | {k} {comment} | `{text}` |")
        out.append("")
    out += ["## Signals with untoggled bits", "",
            "Per block, the signals with the most toggle points never reached (summed over configurations).", ""]
    for block in sorted(totals):
        sigs = toggles.get(block)
        if not sigs:
            out.append(f"- {block}: every bit of every signal toggled both ways.")
            continue
        top = ", ".join(f"`{s}` ({n})" for s, n in sigs.most_common(8))
        out.append(f"- {block}: {sum(sigs.values())} points in {len(sigs)} signals; most: {top}")
    print("\n".join(out))
    if args.tsv:
        Path(args.tsv).write_text("block\tkind\tcovered\ttotal\n" + "\n".join(tsv) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
