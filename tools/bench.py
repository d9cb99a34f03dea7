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


def start_times(runs: int = 5) -> tuple[float, float]:
    bare = median_ms(lambda: subprocess.run([sys.executable, "-c", BARE_QT], check=True), runs)
    app = median_ms(lambda: subprocess.run([sys.executable, str(ROOT / "main.py"),
                                            "--exit-after-start"], check=True, cwd=ROOT), runs)
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


def search_ms(atlas_path: Path) -> float:
    from guidance.atlas import Atlas

    atlas = Atlas(atlas_path)
    keystrokes = ["д", "дә", "дән", "дәне", "дәнек", "с", "св", "сва", "свар", "o", "op", "ope"]
    return median_ms(lambda: [atlas.search(k) for k in keystrokes], 20) / len(keystrokes)


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


def main() -> int:
    from tools.synthetic_atlas import build_synthetic

    shipped = paths.embedded_atlas_path()
    rows: list[tuple[str, str, str, str]] = []
    bare, app = start_times()
    rows.append(("start to first painted window (source)", f"{app:.0f} ms",
                 f"bare Qt window {bare:.0f} ms", f"{app / bare:.2f} × bare (target ≤ 1.5 ×)"))
    with tempfile.TemporaryDirectory() as tmp:
        big = build_synthetic(Path(tmp) / "atlas_x10.sqlite", 10)
        for label, path, target in (("shipped atlas", shipped, 10), ("10× synthetic atlas", big,
                                                                      100)):
            ms = recommendation_ms(path)
            rows.append((f"recommendation, {label}", f"{ms:.2f} ms", "",
                         f"target < {target} ms: {'met' if ms < target else 'NOT met'}"))
        for label, path in (("shipped atlas", shipped), ("10× synthetic atlas", big)):
            ms = search_ms(path)
            rows.append((f"search per keystroke, {label}", f"{ms:.2f} ms", "",
                         f"target < 10 ms: {'met' if ms < 10 else 'NOT met'}"))
    ms = answer_save_ms()
    rows.append(("save one answer (committed, synchronous=FULL)", f"{ms:.2f} ms", "", ""))
    print("| measure | value | baseline | verdict |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
