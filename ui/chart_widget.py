"""``ChartWidget``: a matplotlib figure on a Qt canvas, with "Save as image…".

The widget knows nothing about what it shows: it is given a ``build`` callable that returns a
fresh ``Figure`` (a ``guidance.charts`` builder with its atlas, language and texts bound).
``redraw()`` calls it again, which is how a chart follows a language switch.

The chart's text follows the app's text size (A+ / A−): the builder runs inside
``text_scale(scale)``, the scale being the application font's size over the normal one (or
what ``set_text_scale`` fixed), and a change of the application font redraws the chart.

matplotlib takes a noticeable fraction of a second to import, and most sessions never open a
chart, so this module does not import it: the first draw does (on first show, or the first call
to ``figure()``, ``redraw()`` or ``save_image()``). A test checks that importing this module
leaves ``matplotlib`` out of ``sys.modules``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SAVE_DPI = 150  # sharper than the screen, for handouts and slides
CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "guidance.charts",
                 "guidance.charts.class_charts", "guidance.charts.text_cache")
MIN_CANVAS_SIZE = (360, 220)  # below this the labels cannot fit anyway


def app_text_scale() -> float:
    """The app's text size (A+ / A−) as a factor of the normal size."""
    from ui.style import BASE_POINTS, SCALES

    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else BASE_POINTS
    scale = round(size / BASE_POINTS, 2) if size > 0 else 1.0
    return min(max(scale, SCALES[0]), SCALES[-1])


def _import_chart_modules() -> int:
    import importlib

    for name in CHART_MODULES:
        importlib.import_module(name)
    return len(CHART_MODULES)


def preload_in_background() -> None:
    """Import matplotlib and the chart builders on a worker thread while the app waits for a
    student (a second of work on a school PC), so that the first chart a student or the
    counsellor opens costs its drawing only. Qt-free modules only: the Qt canvas class is made
    on the UI thread (``chart_canvas_class``). A failure is logged; the chart then imports
    them itself."""
    import sys

    if all(name in sys.modules for name in CHART_MODULES):
        return
    from ui.background import run_in_background
    from ui.startup import log

    run_in_background(_import_chart_modules, lambda _count: None,
                      lambda error: log.warning("charts not preloaded: %s", error))


def chart_canvas_class() -> type:
    """The Qt canvas of a chart: Agg with texts laid out once and kept between redraws
    (``guidance.charts.text_cache``). Made on first use: it imports matplotlib."""
    global _CANVAS_CLASS
    if _CANVAS_CLASS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from guidance.charts.text_cache import TextCachingCanvas

        class ChartCanvas(TextCachingCanvas, FigureCanvasQTAgg):
            pass

        _CANVAS_CLASS = ChartCanvas
    return _CANVAS_CLASS


_CANVAS_CLASS: type | None = None


class ChartWidget(QWidget):
    def __init__(self, build: Callable[[], Figure], name: str = "chart",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ChartWidget")
        self._build = build
        self._name = name
        self._figure: Figure | None = None
        self._canvas: QWidget | None = None
        self._fixed_scale: float | None = None
        self._drawn_scale = 1.0
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveChartButton")
        self.save_button.clicked.connect(self.save_with_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as image…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG file"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._follow_text_size)  # after the A+/A− click
        super().changeEvent(event)

    def text_scale(self) -> float:
        return self._fixed_scale if self._fixed_scale is not None else app_text_scale()

    def set_text_scale(self, scale: float | None) -> None:
        """Fix the chart's text scale (``None``: follow the app's A+ / A−)."""
        self._fixed_scale = scale
        self._follow_text_size()

    def _follow_text_size(self) -> None:
        if self._canvas is not None and self.text_scale() != self._drawn_scale:
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._canvas is None:
            self.redraw()
        super().showEvent(event)

    def set_build(self, build: Callable[[], Figure]) -> None:
        """Show another chart (e.g. another profession's demand) in the same place."""
        self._build = build
        if self._canvas is not None:
            self.redraw()

    def figure(self) -> Figure:
        """The figure on show, built now if the widget has not drawn yet."""
        if self._figure is None:
            self.redraw()
        assert self._figure is not None
        return self._figure

    def canvas(self) -> QWidget | None:
        return self._canvas

    def redraw(self) -> None:
        """Build a new figure (in the current language) and put it on a new canvas."""
        from guidance.charts.style import text_scale

        scale = self.text_scale()
        with text_scale(scale):
            figure = self._build()
        self._drawn_scale = scale
        canvas = chart_canvas_class()(figure)
        canvas.setObjectName("chartCanvas")
        canvas.setMinimumSize(*MIN_CANVAS_SIZE)
        old = self._canvas
        if old is None:
            self._layout.insertWidget(0, canvas, 1)
        else:
            self._layout.replaceWidget(old, canvas)
            old.hide()
            old.deleteLater()
        self._canvas = canvas
        self._figure = figure
        canvas.draw_idle()

    def save_image(self, path: str | Path) -> Path:
        """Write the chart to ``path``: SVG if the name ends in ``.svg``, PNG otherwise (a
        missing ``.png`` is added). Dates and software versions are left out of the file."""
        from guidance.charts.style import SAVE_METADATA

        target = Path(path)
        fmt = "svg" if target.suffix.lower() == ".svg" else "png"
        if fmt == "png" and target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        self.figure().savefig(target, format=fmt, dpi=SAVE_DPI, metadata=SAVE_METADATA[fmt])
        return target

    def save_with_dialog(self) -> Path | None:
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as image"), str(Path.home() / f"{self._name}.png"),
            f"{png};;{svg}")
        if not path:
            return None
        if chosen == svg and Path(path).suffix.lower() != ".svg":
            path += ".svg"
        try:
            return self.save_image(path)
        except OSError as err:
            QMessageBox.warning(self, self.tr("Save as image…"),
                                self.tr("The chart could not be saved:\n{error}")
                                .replace("{error}", str(err)))
            return None
