"""The measurements of ``tools/bench.py``, each returning its figure and, where one exists, the
figure of a bare baseline measured the same way in the same run.

Whole-process timings run the interpreter with compiled bytecode (a cache folder of its own,
filled by one warm-up run), as an installed Bagdar runs; a checkout under
``PYTHONDONTWRITEBYTECODE`` would otherwise compile every Bagdar module on every start while
PySide6 and the bare window use the compiled files of site-packages.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.mkdtemp(prefix="bagdar-bench-"))  # never the user's real records
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPYCACHEPREFIX": str(WORK / "pycache")}

BARE_QT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not W.done:
            W.done = True
            print(f"first paint {time.monotonic():.6f}", flush=True)
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


def _run(command: list[str]) -> str:
    return subprocess.run(command, check=True, cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True).stdout


def school_folder() -> Path:
    """A set-up school's data folder: 1,000 students' records, the interface language chosen,
    today's backup — what ``main.py`` checks and reads before its first window."""
    from guidance.records import RecordsStore
    from tools.synthetic_records import build_records

    folder = WORK / "school"
    if not (folder / "records.sqlite").exists():
        folder.mkdir(parents=True, exist_ok=True)
        store = RecordsStore(build_records(folder / "records.sqlite", 1000))
        store.set_setting("interface_language", "kk")
        store.daily_backup(folder / "backups")
        store.close()
    return folder


def _painted_after_ms(output: str, launched: float) -> float | None:
    """From launch to the "first paint <monotonic seconds>" line ``--exit-after-start`` prints
    (None from a bundle built before it printed one)."""
    for line in output.splitlines():
        if line.startswith("first paint "):
            return (float(line.split()[2]) - launched) * 1000
    return None


def start_times(frozen: Path | None, runs: int = 15) -> dict[str, float]:
    """Medians of starts to the first painted window — from launching the process to the
    paint, as the process reports it — of the bare window, the app from source and (if built)
    the frozen bundle, interleaved run by run so that a busy machine slows each of them alike.
    ``<name> exit``: to the process's end (start, paint and quitting, the figure of issue 19);
    ``<name> cpu``: its CPU time (user + system), steadier when other programs share the
    cores."""
    folder = str(school_folder())
    commands = {"bare": [sys.executable, "-c", BARE_QT],
                "source": [sys.executable, str(ROOT / "main.py"), "--exit-after-start",
                           "--data-dir", folder]}
    if frozen is not None:
        commands["frozen"] = [str(frozen), "--exit-after-start", "--data-dir", folder]
    for command in commands.values():
        _run(command)  # warm-up: bytecode compiled, files in the page cache
    times: dict[str, list[float]] = {key: [] for name in commands
                                     for key in (name, f"{name} exit", f"{name} cpu")}
    for _ in range(runs):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            launched = time.monotonic()
            output = _run(command)
            ended = (time.monotonic() - launched) * 1000
            painted = _painted_after_ms(output, launched)
            times[name].append(ended if painted is None else painted)
            times[f"{name} exit"].append(ended)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[f"{name} cpu"].append((after.ru_utime + after.ru_stime - before.ru_utime
                                         - before.ru_stime) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


RSS_PROBE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of one run of ``command`` (Linux reports KiB)."""
    out = subprocess.run([sys.executable, "-c", RSS_PROBE, *command], check=True, cwd=ROOT,
                         env=ENV, capture_output=True, text=True).stdout
    return int(out.strip()) / 1024


def bare_rss_mb() -> float:
    return peak_rss_mb([sys.executable, "-c", BARE_QT])


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


def search_index_ms(atlas_path: Path) -> float:
    """The explorer's first keystroke also reads the search documents (once per atlas)."""
    from guidance.atlas import Atlas

    def open_and_index() -> None:
        atlas = Atlas(atlas_path)
        atlas.search_index  # noqa: B018 (the read is what is timed)
        atlas.close()

    return median_ms(open_and_index, 5)


def answer_save_ms() -> tuple[float, float]:
    """Saving one answer through the store, and a bare SQLite insert committed with the same
    ``synchronous=FULL`` in the same folder (the disk's own cost)."""
    import sqlite3

    from guidance.records import RecordsStore, StudentInput

    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        store = RecordsStore(Path(tmp) / "records.sqlite")
        student = store.add_student(StudentInput("Bench", "9 А", 9))
        session = store.start_session(student.id, "full", "riasec")
        counter = iter(range(10**6))
        result = median_ms(lambda: store.save_answer(session.id, f"i{next(counter)}", 3, 1000), 60)
        store.close()
        conn = sqlite3.connect(Path(tmp) / "bare.sqlite", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE a (session INTEGER, item TEXT, value INTEGER, ms INTEGER)")

        def insert() -> None:
            conn.execute("BEGIN")
            conn.execute("INSERT INTO a VALUES (1, 'i', 3, 1000)")
            conn.execute("COMMIT")

        bare = median_ms(insert, 60)
        conn.close()
    return result, bare


def records_ms(sessions: int) -> tuple[float, float]:
    """Opening the students table (first page and count) and the data of a 1,000-student
    class report."""
    from guidance.records import RecordsStore
    from guidance.records import queries as q
    from tools.synthetic_records import build_records

    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        path = build_records(Path(tmp) / "records.sqlite", sessions, per_class=1000)
        store = RecordsStore(path)
        table = median_ms(lambda: (q.count_sessions(store), q.session_rows(store, limit=500)), 5)
        name = q.class_names(store)[0]
        report = median_ms(lambda: q.class_scores(store, name), 5)
        store.close()
    return table, report


def class_report_ms() -> tuple[float, float, float]:
    """The whole class report document (charts included) for 1,000 students built afresh
    (its kept chart pictures and texts cleared: a counsellor's first preview), the same report built
    again (preview -> PDF -> print reuse the pictures), and three bare matplotlib charts
    (``BARE_CHART``) drawn in the same process."""
    from guidance import paths
    from guidance.atlas import Atlas
    from guidance.charts.text_cache import TEXTS
    from guidance.records import RecordsStore
    from guidance.records import queries as q
    from tools.synthetic_records import build_records
    from ui.app import make_application
    from ui.reports import class_report
    from ui.reports.class_report import class_report_document

    make_application([sys.argv[0]])
    pictures = getattr(class_report, "PICTURES", None)
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        store = RecordsStore(build_records(Path(tmp) / "records.sqlite", 1000, per_class=1000))
        atlas = Atlas(paths.embedded_atlas_path())
        name = q.class_names(store)[0]
        class_report_document(atlas, store, name, "kk", "Bench")  # warm matplotlib

        def first_build() -> None:  # nothing kept: neither pictures nor laid-out texts
            if pictures is not None:
                pictures.clear()
            TEXTS.clear()
            class_report_document(atlas, store, name, "kk", "Bench")

        cold = median_ms(first_build, 5)
        again = median_ms(lambda: class_report_document(atlas, store, name, "kk", "Bench"), 5)
        store.close()
    namespace: dict = {}
    exec(BARE_CHART, namespace)  # noqa: S102 (our own constant)
    bare = median_ms(lambda: [namespace["bare_chart"]() for _ in range(3)], 5)
    return cold, again, bare


BARE_CHART = """
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
def bare_chart():
    figure = Figure(figsize=(6.8, 3.0))
    axes = figure.add_subplot()
    axes.barh(range(10), range(10, 0, -1))
    axes.set_yticks(range(10), [f"industry {n}" for n in range(10)])
    axes.set_title("New jobs by industry, 2025")
    figure.tight_layout()
    FigureCanvasAgg(figure).draw()
"""

CHART_PROBE = """
import sys, time
started = time.perf_counter()
""" + BARE_CHART + """
from guidance import paths
from guidance.atlas import Atlas
from guidance.charts import (jobs_by_industry_figure, jobs_by_district_figure,
                             top_professions_figure, working_share_figure,
                             graduate_employment_figure, profession_demand_figure)
from guidance.charts.style import text_scale
from guidance.charts.text_cache import TEXTS, ChartCanvasAgg
atlas = Atlas(paths.embedded_atlas_path())
def draw(builder):
    ChartCanvasAgg(builder(atlas, "kk", {})).draw()
draw(jobs_by_industry_figure)
first = (time.perf_counter() - started) * 1000
def median(action, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[len(times) // 2]
BUILDERS = (jobs_by_district_figure, top_professions_figure, working_share_figure,
            graduate_employment_figure, jobs_by_industry_figure)
builders = iter(BUILDERS * 3)
def new_texts():  # a chart never drawn before: none of its texts laid out yet
    TEXTS.clear()
    draw(next(builders))
chart = median(new_texts, 15)
builders = iter(BUILDERS * 3)
again = median(lambda: draw(next(builders)), 15)
scales = iter((1.0, 1.5) * 3)
def card():
    TEXTS.clear()
    scale = next(scales)
    with text_scale(scale):
        figure = profession_demand_figure(atlas, "nurse", "kk", {})
    figure.set_size_inches(6.8, 3.0 * scale)
    ChartCanvasAgg(figure).draw()
cards = median(card, 6)
bare = median(bare_chart, 15)
print(first, chart, cards, bare, again)
"""

FIRST_BARE_CHART = """
import time
started = time.perf_counter()
""" + BARE_CHART + """
bare_chart()
print((time.perf_counter() - started) * 1000)
"""


FIRST_AFTER_PRELOAD = """
import sys, time
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
app = QApplication([])
import ui.chart_widget as widget
widget.preload_in_background()
QThreadPool.globalInstance().waitForDone(60000)
started = time.perf_counter()
from guidance import paths
from guidance.atlas import Atlas
from guidance.charts import jobs_by_industry_figure
from guidance.charts.text_cache import ChartCanvasAgg
ChartCanvasAgg(jobs_by_industry_figure(Atlas(paths.embedded_atlas_path()), "kk", {})).draw()
print((time.perf_counter() - started) * 1000)
"""


def first_chart_after_preload_ms() -> float:
    """The first chart in the app: matplotlib and the builders were imported on a worker
    thread while the app was idle (``ui.chart_widget.preload_in_background``), its texts new.
    Median of 3 processes."""
    env = {**ENV, "QT_QPA_PLATFORM": "offscreen"}
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", FIRST_AFTER_PRELOAD], check=True, cwd=ROOT,
                             env=env, capture_output=True, text=True).stdout.split()[-1])
        for _ in range(3))


def chart_ms() -> dict[str, float]:
    """The first chart including the matplotlib import; an overview chart once it is loaded,
    drawn for the first time (none of its texts laid out before) and again (a resize, a switch
    back: its texts kept, ``guidance.charts.text_cache``); a card's chart (a profession's
    demand in Kazakh, normal and A+ text, first time); and the same figures for a bare
    matplotlib bar chart with ten labels and a tight layout."""
    out = subprocess.run([sys.executable, "-c", CHART_PROBE], check=True, cwd=ROOT, env=ENV,
                         capture_output=True, text=True).stdout.split()
    first_bare = statistics.median(
        float(subprocess.run([sys.executable, "-c", FIRST_BARE_CHART], check=True, cwd=ROOT,
                             env=ENV, capture_output=True, text=True).stdout)
        for _ in range(3))
    return {"first": float(out[0]), "chart": float(out[1]), "card": float(out[2]),
            "bare": float(out[3]), "again": float(out[4]), "first_bare": first_bare}


def hostile_check(atlas_path: Path) -> tuple[dict, tuple[float, float]]:
    """`check` of every full-size hostile update of tests/hostile (issue 17), and of the
    genuine workbook exported from the same atlas (the baseline)."""
    from guidance.atlas.workbook import export_workbook
    from tests.hostile.measure import check_cost, measure_all

    costs = measure_all(atlas_path, ROOT)
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        book = export_workbook(atlas_path, Path(tmp) / "atlas.xlsx")
        peak, seconds, _code, _crash = check_cost(book, ROOT)
    return costs, (peak, seconds)


def folder_mb(folder: Path) -> float:
    """Apparent size in MiB (``du --apparent-size``: the files' own sizes, as Windows counts)."""
    return sum(f.stat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink()) / 2**20
