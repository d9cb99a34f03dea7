"""``ChartWidget`` draws lazily, rebuilds on demand, saves PNG and SVG; ``ChartTexts`` offers a
translation for every word the chart builders may look up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guidance import charts
from guidance.charts.bars import bar_lengths
from guidance.charts.layout import category_texts
from ui.chart_texts import ChartTexts
from ui.chart_widget import ChartWidget

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def language():
    return {"lang": "kk"}


@pytest.fixture
def widget(qtbot, atlas, language):
    built = ChartWidget(lambda: charts.jobs_by_district_figure(atlas, language["lang"], {}),
                        name="districts")
    qtbot.addWidget(built)
    built.resize(900, 560)
    return built


def test_the_chart_is_built_and_drawn_when_first_shown(qtbot, widget):
    assert widget.canvas() is None
    widget.show()
    qtbot.waitExposed(widget)
    canvas = widget.canvas()
    assert canvas is not None and canvas.figure is widget.figure()
    qtbot.waitUntil(lambda: getattr(canvas, "renderer", None) is not None, timeout=5000)
    axes = widget.figure().axes
    assert axes and len(bar_lengths(axes[0])[0]) == 11


def test_redraw_builds_a_new_figure_in_the_new_language(qtbot, widget, atlas, language):
    widget.show()
    qtbot.waitExposed(widget)
    first = widget.figure()
    korday = atlas.district("korday").name
    assert korday.kk in [t.get_text() for t in category_texts(first)]
    language["lang"] = "ru"
    widget.redraw()
    second = widget.figure()
    assert second is not first
    assert widget.canvas().figure is second
    assert korday.ru in [t.get_text() for t in category_texts(second)]


def test_labels_are_refitted_after_the_canvas_shrinks(qtbot, atlas):
    chart = ChartWidget(lambda: charts.top_professions_figure(atlas, "ru", {}))
    qtbot.addWidget(chart)
    chart.resize(900, 560)
    chart.show()
    qtbot.waitExposed(chart)

    def labels() -> list[str]:
        return [t.get_text() for t in category_texts(chart.figure())]

    qtbot.waitUntil(lambda: any("\n" in label for label in labels()), timeout=3000)
    chart.resize(560, 340)
    qtbot.waitUntil(lambda: not any("\n" in label for label in labels()), timeout=3000)
    assert any(label.endswith("…") for label in labels())


def test_save_image_writes_png_and_svg(widget, tmp_path):
    png = widget.save_image(tmp_path / "chart.png")
    assert png.stat().st_size > 1000
    assert png.read_bytes().startswith(b"\x89PNG")
    svg = widget.save_image(tmp_path / "chart.svg")
    text = svg.read_text(encoding="utf-8")
    assert svg.stat().st_size > 1000 and "<svg" in text
    assert widget.save_image(tmp_path / "no_suffix").name == "no_suffix.png"


def test_button_text_is_translatable(widget):
    assert widget.save_button.text() == "Save as image…"


@pytest.mark.slow
def test_importing_the_widget_does_not_import_matplotlib():
    code = "import sys, ui.chart_widget; sys.exit(1 if 'matplotlib' in sys.modules else 0)"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr or "matplotlib was imported"


def test_chart_texts_cover_exactly_the_builders_keys(qapp):
    texts = ChartTexts().texts()
    assert set(texts) == set(charts.CHART_TEXTS)
    assert len(texts) == len(charts.CHART_TEXTS)
    assert all(value == key for key, value in texts.items())  # no translator: English


def test_a_plus_enlarges_the_chart_text(qtbot, widget, qapp):
    """The app's A+ (a larger application font) redraws the chart with larger text."""
    from ui.style import BASE_POINTS, apply_scale

    apply_scale(qapp, 1.0)
    widget.show()
    qtbot.waitExposed(widget)

    def title_size() -> float:
        return widget.figure()._suptitle.get_fontsize()

    normal = title_size()
    try:
        apply_scale(qapp, 1.3)
        qtbot.waitUntil(lambda: title_size() == pytest.approx(normal * 1.3), timeout=3000)
    finally:
        apply_scale(qapp, 1.0)
    qtbot.waitUntil(lambda: title_size() == pytest.approx(normal), timeout=3000)
    widget.set_text_scale(1.5)  # a fixed scale wins over the app's text size
    assert title_size() == pytest.approx(normal * 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(BASE_POINTS)


def test_the_chart_modules_can_be_loaded_in_the_background_while_the_app_is_idle():
    """What ``Session.after_open`` starts a few seconds after the window is up: matplotlib and
    the builders imported on a worker thread, so the first chart costs its drawing only."""
    code = ("import sys\n"
            "from PySide6.QtCore import QThreadPool\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import ui.chart_widget as w\n"
            "assert 'matplotlib' not in sys.modules\n"
            "w.preload_in_background()\n"
            "QThreadPool.globalInstance().waitForDone(60000)\n"
            "sys.exit(0 if all(m in sys.modules for m in w.CHART_MODULES) else 3)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            cwd=Path(__file__).resolve().parent.parent, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
