"""build.spec's trimming (tools/bundle_trim.py): what it leaves out of the Linux and Windows
bundles must be what Bagdar never loads, and what it keeps must be what Bagdar needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools.bundle_trim import wanted

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("dropped", [
    "PySide6/opengl32sw.dll",
    "PySide6\\translations\\qtbase_de.qm",
    "PySide6/translations/qtbase_ru.qm",  # the copy in resources/i18n is the one loaded
    "PySide6/Qt/translations/qtbase_ru.qm",
    "PySide6/Qt6Network.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6/plugins/imageformats/qwebp.dll",
    "PySide6/plugins/imageformats/qtiff.dll",
    "PySide6/plugins/generic/qtuiotouchplugin.dll",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "rapidfuzz/distance/metrics_cpp_avx2.cp311-win_amd64.pyd",
    "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
    "libstdc++.so.6",
    "libzstd.so.1",
    "libgnutls.so.30",
    "libX11.so.6",
    "libxcb.so.1",
    "libglib-2.0.so.0",
])
def test_left_out(dropped):
    assert not wanted(dropped)


@pytest.mark.parametrize("kept", [
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/platforms/qoffscreen.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/plugins/iconengines/qsvgicon.dll",
    "PySide6/Qt6Svg.dll",
    "PySide6/Qt6PrintSupport.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "resources/i18n/qtbase_kk.qm",
    "resources\\i18n\\qtbase_ru.qm",
    "resources/i18n/bagdar_kk.qm",
    "rapidfuzz/distance/metrics_cpp.cp311-win_amd64.pyd",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    "libpython3.11.so.1.0",
    "libsqlite3.so.0",
    "libcrypto.so.3",
    "libffi.so.8",
    "libcups.so.2",
    "libxcb-cursor.so.0",
    "libxkbcommon-x11.so.0",
    "pillow.libs/libzstd-40ad5e7e.so.1.5.7",
    "libzstd-40ad5e7e.so.1.5.7",
    "PySide6/Qt/lib/libicuuc.so.73",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
])
def test_kept(kept):
    assert wanted(kept)


def test_typo_search_works_without_the_avx2_builds_left_out():
    code = (
        "import sys\n"
        "for m in ('rapidfuzz.fuzz_cpp_avx2', 'rapidfuzz.distance.metrics_cpp_avx2',\n"
        "          'rapidfuzz.process_cpp_impl_avx2'):\n"
        "    sys.modules[m] = None  # as in the bundle: importing it fails\n"
        "from rapidfuzz import fuzz, process\n"
        "from rapidfuzz.distance import Levenshtein\n"
        "assert 'avx2' not in fuzz.ratio.__module__, fuzz.ratio.__module__\n"
        "print(Levenshtein.distance('дәрігер', 'дарігер'),\n"
        "      process.extractOne('сварщик', ['сварщик', 'электрик'])[0])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "сварщик"]


def test_the_core_and_charts_need_no_tls(tmp_path):
    """ssl is left out of the bundles: nothing on the report and export paths may need it."""
    code = (
        "import sys\n"
        "sys.modules['ssl'] = sys.modules['_ssl'] = None\n"
        "import matplotlib\n"
        "matplotlib.use('Agg')\n"
        "import openpyxl, sqlite_utils, PIL.Image\n"
        "from matplotlib.figure import Figure\n"
        "from guidance.records import RecordsStore\n"
        "fig = Figure(); fig.add_subplot().bar(['a'], [1])\n"
        f"fig.savefig({str(tmp_path / 'chart.png')!r})\n"
        f"book = openpyxl.Workbook(); book.save({str(tmp_path / 'book.xlsx')!r})\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "chart.png").stat().st_size > 0
