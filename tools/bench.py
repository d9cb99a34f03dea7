"""``make bench``: every speed, memory and size figure of Bagdar in one table, each beside its
baseline measured in the same run, the ratio, the target and whether it is met.

Timings are medians of several runs. Baselines are bare versions of the same work on the same
machine at the same moment (a PySide6 window showing one label, a plain matplotlib chart, a
bare SQLite commit, the genuine atlas workbook's check...), so figures from different machines,
or from one busy machine, compare as ratios. ``--markdown FILE`` also writes the table to FILE
(the README's speed table is pasted from it).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from guidance import paths
from tools import bench_probes as probe
from tools.bench_probes import ROOT

HEADER = ("what", "measured", "baseline (same run)", "ratio", "target", "met?")


@dataclass
class Row:
    what: str
    measured: str
    baseline: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: bool | None = None

    def cells(self) -> tuple[str, ...]:
        verdict = "—" if self.met is None else ("yes" if self.met else "**NO**")
        return (self.what, self.measured, self.baseline, self.ratio, self.target, verdict)


def ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f} ×" if base > 0 else "—"


def start_rows() -> list[Row]:
    frozen = ROOT / "dist" / "bagdar" / "bagdar"
    t = probe.start_times(frozen if frozen.exists() else None)
    rows = []
    for key, what in (
            ("source", "start to first painted window, source (a school's records of 1,000 "
                       "students)"),
            ("source exit", "the same start to the process's end (paint, then quit)"),
            ("source cpu", "the same start to the process's end, CPU time (user + system)"),
            ("frozen", "start to first painted window, frozen bundle (`make bundle`)"),
            ("frozen exit", "the frozen bundle's start to the process's end")):
        if key in t:
            bare = t["bare" + key.partition(" ")[1] + key.partition(" ")[2]]
            rows.append(Row(what, ms(t[key]), f"bare Qt window (source) {ms(bare)}",
                            ratio(t[key], bare), "≤ 1.3 × bare", t[key] <= 1.3 * bare))
    return rows


def size_rows() -> list[Row]:
    rows = []
    for what, folder, limit in (
            ("Linux bundle, unpacked (`make bundle`, apparent size)", ROOT / "dist" / "bagdar",
             180),
            ("Windows bundle, unpacked (`make windows`, apparent size)",
             ROOT / "dist" / "windows" / "bagdar", 130)):
        if folder.is_dir() and any(folder.iterdir()):
            size = probe.folder_mb(folder)
            rows.append(Row(what, f"{size:.0f} MB", target=f"< {limit} MB", met=size < limit))
    return rows


def memory_rows() -> list[Row]:
    bare = probe.bare_rss_mb()
    python = sys.executable
    start = probe.peak_rss_mb([python, str(ROOT / "main.py"), "--exit-after-start",
                               "--data-dir", str(probe.school_folder())])
    charts = probe.peak_rss_mb([python, str(ROOT / "main.py"), "--self-test"])
    base = f"bare Qt window {bare:.0f} MB"
    return [Row("memory after start (peak RSS)", f"{start:.0f} MB", base, ratio(start, bare),
                "< 120 MB", start < 120),
            Row("memory after every chart and a PDF (self-test, peak RSS)", f"{charts:.0f} MB",
                base, ratio(charts, bare), "< 250 MB", charts < 250)]


def records_rows() -> list[Row]:
    table, _data = probe.records_ms(100_000)
    small, data = probe.records_ms(1_000)
    report, again, bare = probe.class_report_ms()
    return [Row("students table, 100,000 sessions (first page and count)", ms(table),
                f"1,000 sessions {ms(small)}", ratio(table, small), "< 200 ms", table < 200),
            Row("class report of 1,000 students (the document with its 3 charts, first build)",
                ms(report), f"3 bare matplotlib charts {ms(bare)} (its data alone {ms(data)})",
                ratio(report, bare), "< 300 ms", report < 300),
            Row("the same class report built again (preview, PDF, print: charts kept)",
                ms(again), f"its first build {ms(report)}", ratio(again, report))]


def atlas_rows() -> list[Row]:
    from tools.synthetic_atlas import build_synthetic

    shipped = paths.embedded_atlas_path()
    big = build_synthetic(probe.WORK / "atlas_x10.sqlite", 10)
    recommend = probe.recommendation_ms(shipped), probe.recommendation_ms(big)
    search = probe.search_ms(shipped), probe.search_ms(big)
    index = probe.search_index_ms(shipped), probe.search_index_ms(big)
    return [
        Row("recommendation, shipped atlas", ms(recommend[0]), target="< 10 ms",
            met=recommend[0] < 10),
        Row("recommendation, 10× synthetic atlas", ms(recommend[1]),
            f"shipped atlas {ms(recommend[0])}", ratio(recommend[1], recommend[0]), "< 100 ms",
            recommend[1] < 100),
        Row("search per keystroke (substring and typo matching), shipped atlas", ms(search[0]),
            target="< 10 ms", met=search[0] < 10),
        Row("search per keystroke, 10× synthetic atlas", ms(search[1]),
            f"shipped atlas {ms(search[0])}", ratio(search[1], search[0]), "< 10 ms",
            search[1] < 10),
        Row("search: first keystroke's index read (once per atlas), 10× synthetic atlas",
            ms(index[1]), f"shipped atlas {ms(index[0])}", ratio(index[1], index[0])),
    ]


def chart_rows() -> list[Row]:
    c = probe.chart_ms()
    preloaded = probe.first_chart_after_preload_ms()
    bare = f"bare matplotlib chart {ms(c['bare'])}"
    return [Row("first chart, including the matplotlib import", ms(c["first"]),
                f"bare matplotlib chart, import included {ms(c['first_bare'])}",
                ratio(c["first"], c["first_bare"]), "< 1 s", c["first"] < 1000),
            Row("the first chart in the app (matplotlib loaded on a worker thread while the "
                "app was idle)", ms(preloaded), f"first chart with the import {ms(c['first'])}",
                ratio(preloaded, c["first"]), "< 1 s", preloaded < 1000),
            Row("a chart once matplotlib is loaded (build and draw, its texts new)",
                ms(c["chart"]), bare, ratio(c["chart"], c["bare"]), "< 100 ms",
                c["chart"] < 100),
            Row("the same chart drawn again (a resize, a switch back: its texts kept)",
                ms(c["again"]), bare, ratio(c["again"], c["bare"]), "< 100 ms",
                c["again"] < 100),
            Row("a card's chart (kk, normal and A+ text, build and draw)", ms(c["card"]), bare,
                ratio(c["card"], c["bare"]), "< 100 ms", c["card"] < 100)]


def save_rows() -> list[Row]:
    answer, bare = probe.answer_save_ms()
    return [Row("save one answer (committed, synchronous=FULL)", ms(answer),
                f"bare SQLite insert and commit {ms(bare)}", ratio(answer, bare))]


def hostile_rows() -> list[Row]:
    costs, (base_mb, base_s) = probe.hostile_check(paths.embedded_atlas_path())
    worst = max(costs, key=lambda name: (costs[name][0] / 500) + (costs[name][1] / 30))
    peak, seconds, _code, _crash = costs[worst]
    crashed = [name for name, cost in costs.items() if cost[3]]
    return [Row(f"`check` of the worst of {len(costs)} hostile updates ({worst}): peak memory, "
                "time", f"{peak:.0f} MB, {seconds:.1f} s",
                f"the genuine workbook {base_mb:.0f} MB, {base_s:.1f} s",
                f"{peak / base_mb:.2f} ×, {seconds / base_s:.2f} ×",
                "≤ 500 MB and ≤ 30 s, no traceback",
                peak <= 500 and seconds <= 30 and not crashed)]


SECTIONS = (start_rows, size_rows, memory_rows, records_rows, atlas_rows, chart_rows, save_rows,
            hostile_rows)


def markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, metavar="FILE",
                        help="also write the table to FILE (for the README's speed section)")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    print(markdown([]), end="", flush=True)
    for section in SECTIONS:
        for row in section():
            rows.append(row)
            print("| " + " | ".join(row.cells()) + " |", flush=True)
    missed = [row.what for row in rows if row.met is False]
    print(f"\n{len(rows)} figures, {sum(r.met is not None for r in rows)} with a target, "
          f"{len(missed)} not met" + (": " + "; ".join(missed) if missed else ""))
    if args.markdown:
        args.markdown.write_text(f"<!-- tools/bench.py --markdown, {date.today()} -->\n"
                                 + markdown(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
