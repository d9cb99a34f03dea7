"""``make bench``: Bagdar's speed figures, each beside this machine's bare-Qt baseline.

Timings are medians of several runs. The start-up figure is compared with a bare PySide6
window (a QMainWindow with a label) started the same way in the same run, so figures from
different machines can be compared as ratios.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from guidance import paths

ROOT = Path(__file__).resolve().parent.parent

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not W.done:
            W.done = True
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
w = W(); w.setCentralWidget(QLabel("Bagdar")); w.show()
app.exec()
"""


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


DATA = Path(tempfile.mkdtemp(prefix="bagdar-bench-"))  # never the user's real records


def start_times(runs: int = 5) -> tuple[float, float]:
    bare = median_ms(lambda: subprocess.run([sys.executable, "-c", BARE_QT], check=True), runs)
    app = median_ms(lambda: subprocess.run([sys.executable, str(ROOT / "main.py"),
                                            "--exit-after-start", "--data-dir", str(DATA)],
                                           check=True, cwd=ROOT), runs)
    return bare, app


def recommendation_ms(atlas_path: Path) -> float:
    from guidance.atlas import Atlas
    from guidance.recommend import Recommender
    from guidance.recommend_index import RecommendationIndex
    from guidance.recommend_models import StudentContext
    from guidance.scoring import Answer, score_riasec

    atlas = Atlas(atlas_path)
    items = atlas.riasec_items()
    values = {"R": 4, "I": 3, "C": 2, "A": 1, "S": 1, "E": 0}
    scores = score_riasec(items, [Answer(i.id, values[i.type], 2000) for i in items])
    recommender = Recommender(RecommendationIndex(atlas))
    context = StudentContext(9, "talas", "kk", True, 150)
    return median_ms(lambda: recommender.recommend(scores, context), 20)


SEARCH_TYPING = ("сварщик", "дәнекер", "qazfosfat", "weldr", "программист", "IT", "ope")


def search_ms(atlas_path: Path) -> float:
    """One keystroke of the explorer's search: the ranking for the text typed so far and the
    four result groups (professions, specialities, colleges, employers) it shows. Every prefix
    of words students type, parts of words, Latin Kazakh, a typo and a short name included."""
    from guidance.atlas import Atlas

    atlas = Atlas(atlas_path)
    index = atlas.search_index
    keystrokes = [word[:n] for word in SEARCH_TYPING for n in range(1, len(word) + 1)]

    def type_all() -> None:
        index.ranked.cache_clear()
        for text in keystrokes:
            for kind in ("profession", "speciality", "college", "enterprise"):
                atlas.search(text, kinds=(kind,), limit=30)

    return median_ms(type_all, 9) / len(keystrokes)


def answer_save_ms() -> float:
    from guidance.records import RecordsStore, StudentInput

    with tempfile.TemporaryDirectory() as tmp:
        store = RecordsStore(Path(tmp) / "records.sqlite")
        student = store.add_student(StudentInput("Bench", "9 А", 9))
        session = store.start_session(student.id, "full", "riasec")
        counter = iter(range(10**6))
        result = median_ms(lambda: store.save_answer(session.id, f"i{next(counter)}", 3, 1000), 60)
        store.close()
    return result


RSS_PROBE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of one run of ``command`` (Linux reports KiB)."""
    out = subprocess.run([sys.executable, "-c", RSS_PROBE, *command], check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout
    return int(out.strip()) / 1024


def records_ms(sessions: int) -> tuple[float, float]:
    """Opening the students table and the data of a 1,000-student class report."""
    from guidance.records import RecordsStore
    from guidance.records import queries as q
    from tools.synthetic_records import build_records

    with tempfile.TemporaryDirectory() as tmp:
        path = build_records(Path(tmp) / "records.sqlite", sessions, per_class=1000)
        store = RecordsStore(path)
        table = median_ms(lambda: (q.count_sessions(store), q.session_rows(store, limit=500)), 5)
        name = q.class_names(store)[0]
        report = median_ms(lambda: q.latest_results(store, name), 5)
        store.close()
    return table, report


def class_report_ms() -> float | None:
    """The whole class report document (charts included) for 1,000 students."""
    try:
        from ui.reports.class_report import class_report_document
    except ImportError:
        return None
    from guidance.atlas import Atlas
    from guidance.records import RecordsStore
    from tools.synthetic_records import build_records
    from ui.app import make_application

    make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        path = build_records(Path(tmp) / "records.sqlite", 1000, per_class=1000)
        store = RecordsStore(path)
        atlas = Atlas(paths.embedded_atlas_path())
        from guidance.records import queries as q

        name = q.class_names(store)[0]
        class_report_document(atlas, store, name, "kk", "Bench")  # warm matplotlib
        result = median_ms(lambda: class_report_document(atlas, store, name, "kk", "Bench"), 3)
        store.close()
    return result


CHART_PROBE = """
import sys, time
started = time.perf_counter()
from matplotlib.backends.backend_agg import FigureCanvasAgg
from guidance import paths
from guidance.atlas import Atlas
from guidance.charts import (jobs_by_industry_figure, jobs_by_district_figure,
                             top_professions_figure, working_share_figure,
                             graduate_employment_figure)
atlas = Atlas(paths.embedded_atlas_path())
def draw(builder):
    figure = builder(atlas, "kk", {})
    FigureCanvasAgg(figure).draw()
draw(jobs_by_industry_figure)
first = (time.perf_counter() - started) * 1000
times = []
for builder in (jobs_by_district_figure, top_professions_figure, working_share_figure,
                graduate_employment_figure, jobs_by_industry_figure) * 3:
    t = time.perf_counter()
    draw(builder)
    times.append((time.perf_counter() - t) * 1000)
times.sort()
from guidance.charts import profession_demand_figure
from guidance.charts.style import text_scale
def card(scale):
    with text_scale(scale):
        figure = profession_demand_figure(atlas, "nurse", "kk", {})
    figure.set_size_inches(6.8, 3.0 * scale)
    FigureCanvasAgg(figure).draw()
cards = []
for scale in (1.0, 1.5) * 3:
    t = time.perf_counter()
    card(scale)
    cards.append((time.perf_counter() - t) * 1000)
cards.sort()
print(first, times[len(times) // 2], cards[len(cards) // 2])
"""


def chart_ms() -> tuple[float, float, float]:
    """First chart including the matplotlib import, then an overview chart once it is loaded,
    then a card's chart (a profession's demand in Kazakh, at normal and A+ text size)."""
    out = subprocess.run([sys.executable, "-c", CHART_PROBE], check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def search_index_ms(atlas_path: Path) -> float:
    """The explorer's first keystroke also reads the search documents (once per atlas)."""
    from guidance.atlas import Atlas

    def open_and_index() -> None:
        atlas = Atlas(atlas_path)
        atlas.search_index  # noqa: B018 (the read is what is timed)
        atlas.close()

    return median_ms(open_and_index, 5)


def hostile_check_row(atlas_path: Path) -> tuple[str, str, str, str]:
    """`check` of the worst full-size hostile update of tests/hostile (issue 17)."""
    from tests.hostile.measure import measure_all

    costs = measure_all(atlas_path, ROOT)
    worst = max(costs, key=lambda name: (costs[name][0] / 500) + (costs[name][1] / 30))
    peak, seconds, _code, _crash = costs[worst]
    crashed = [name for name, cost in costs.items() if cost[3]]
    verdict = "met" if peak <= 500 and seconds <= 30 and not crashed else "NOT met"
    return ("check of the worst hostile file: peak memory and time",
            f"{peak:.0f} MB, {seconds:.1f} s ({worst})", "",
            f"target ≤ 500 MB and ≤ 30 s, no traceback in {len(costs)} files: {verdict}")


def main() -> int:
    from tools.synthetic_atlas import build_synthetic

    shipped = paths.embedded_atlas_path()
    rows: list[tuple[str, str, str, str]] = []
    bare, app = start_times()
    rows.append(("start to first painted window (source)", f"{app:.0f} ms",
                 f"bare Qt window {bare:.0f} ms",
                 f"{app / bare:.2f} × bare (target ≤ 1.5 ×): "
                 f"{'met' if app / bare <= 1.5 else 'NOT met'}"))
    frozen = ROOT / "dist" / "bagdar" / "bagdar"
    if frozen.exists():
        frozen_ms = median_ms(lambda: subprocess.run([str(frozen), "--exit-after-start",
                                                      "--data-dir", str(DATA / "frozen")],
                                                     check=True), 5)
        rows.append(("start to first painted window (frozen bundle)", f"{frozen_ms:.0f} ms",
                     f"source {app:.0f} ms", f"{frozen_ms / app:.2f} × source (target ≤ 1.3 ×): "
                     f"{'met' if frozen_ms / app <= 1.3 else 'NOT met'}"))
        size_mb = sum(f.stat().st_size for f in frozen.parent.rglob("*")
                      if f.is_file() and not f.is_symlink()) / 2**20
        rows.append(("frozen bundle size, unpacked (`make bundle`)", f"{size_mb:.0f} MB", "",
                     f"target < 180 MB: {'met' if size_mb < 180 else 'NOT met'}"))
    windows = ROOT / "dist" / "windows" / "bagdar"
    if (windows / "bagdar.exe").exists():
        size_mb = sum(f.stat().st_size for f in windows.rglob("*") if f.is_file()) / 2**20
        rows.append(("Windows bundle size, unpacked (`make windows`)", f"{size_mb:.0f} MB", "",
                     f"target < 130 MB: {'met' if size_mb < 130 else 'NOT met'}"))
    start_mb = peak_rss_mb([sys.executable, str(ROOT / "main.py"), "--exit-after-start",
                            "--data-dir", str(DATA)])
    rows.append(("memory after start (peak RSS)", f"{start_mb:.0f} MB", "",
                 f"target < 120 MB: {'met' if start_mb < 120 else 'NOT met'}"))
    charts_mb = peak_rss_mb([sys.executable, str(ROOT / "main.py"), "--self-test"])
    rows.append(("memory after every chart and a PDF (self-test, peak RSS)",
                 f"{charts_mb:.0f} MB", "",
                 f"target < 250 MB: {'met' if charts_mb < 250 else 'NOT met'}"))
    table, report_data = records_ms(100_000)
    rows.append(("students table, 100,000 sessions (first page and count)", f"{table:.0f} ms",
                 "", f"target < 200 ms: {'met' if table < 200 else 'NOT met'}"))
    rows.append(("class of 1,000 students: results for the report", f"{report_data:.0f} ms", "",
                 ""))
    report = class_report_ms()
    if report is not None:
        rows.append(("class report of 1,000 students (document with 3 charts)",
                     f"{report:.0f} ms", "", f"target < 300 ms: "
                     f"{'met' if report < 300 else 'NOT met'}"))
    with tempfile.TemporaryDirectory() as tmp:
        big = build_synthetic(Path(tmp) / "atlas_x10.sqlite", 10)
        for label, path, target in (("shipped atlas", shipped, 10), ("10× synthetic atlas", big,
                                                                      100)):
            ms = recommendation_ms(path)
            rows.append((f"recommendation, {label}", f"{ms:.2f} ms", "",
                         f"target < {target} ms: {'met' if ms < target else 'NOT met'}"))
        for label, path in (("shipped atlas", shipped), ("10× synthetic atlas", big)):
            ms = search_ms(path)
            rows.append((f"search per keystroke, {label}", f"{ms:.2f} ms",
                         "before: prefix-only search", f"target < 10 ms: "
                         f"{'met' if ms < 10 else 'NOT met'}"))
            ms = search_index_ms(path)
            rows.append((f"search, first keystroke's index read, {label}", f"{ms:.0f} ms", "",
                         "once per atlas"))
    first_chart, chart, card = chart_ms()
    rows.append(("first chart, including the matplotlib import", f"{first_chart:.0f} ms", "",
                 f"target < 1 s: {'met' if first_chart < 1000 else 'NOT met'}"))
    rows.append(("a chart once matplotlib is loaded (build and draw)", f"{chart:.0f} ms",
                 "240–260 ms before the one-pass layout (issue 19)",
                 f"target < 100 ms: {'met' if chart < 100 else 'NOT met'}"))
    rows.append(("a card's chart (kk, normal and A+ text, build and draw)", f"{card:.0f} ms",
                 "", f"target < 100 ms: {'met' if card < 100 else 'NOT met'}"))
    ms = answer_save_ms()
    rows.append(("save one answer (committed, synchronous=FULL)", f"{ms:.2f} ms", "", ""))
    rows.append(hostile_check_row(shipped))
    print("| measure | value | baseline | verdict |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
