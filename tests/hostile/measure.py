"""Peak memory and time of ``python -m guidance.atlas check`` on each full-size hostile file
(for ``tools/bench.py``; the limits the issue sets are 500 MB and 30 s on the worst one)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.hostile import CASES

PROBE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
seconds = time.perf_counter() - started
crashed = "Traceback" in done.stderr
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, seconds, done.returncode, crashed)
"""


def check_cost(path: Path, root: Path) -> tuple[float, float, int, bool]:
    """(peak RSS in MB, seconds, exit code, whether it printed a traceback)."""
    out = subprocess.run([sys.executable, "-c", PROBE, sys.executable, "-m", "guidance.atlas",
                          "check", str(path)], cwd=root, capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]) / 1024, float(out[1]), int(out[2]), out[3] == "True"


def measure_all(atlas_path: Path, root: Path) -> dict[str, tuple[float, float, int, bool]]:
    from guidance.atlas.workbook import export_workbook

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = export_workbook(atlas_path, folder / "atlas.xlsx")
        for name, (build, _codes) in CASES.items():
            target = folder / name
            target.mkdir()
            path = build(book, target, "full")
            results[name] = check_cost(path, root)
            path.unlink()
    return results


if __name__ == "__main__":
    from guidance import paths

    root = Path(__file__).resolve().parents[2]
    atlas = Path(sys.argv[1]) if len(sys.argv) > 1 else paths.embedded_atlas_path()
    for case, (mb, seconds, code, crashed) in measure_all(atlas, root).items():
        print(f"{case:24} {mb:7.0f} MB {seconds:6.1f} s exit {code}"
              f"{' TRACEBACK' if crashed else ''}")
