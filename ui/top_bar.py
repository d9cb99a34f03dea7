"""The main window's top bar: the language buttons and the text size (A− / A+, Ctrl+/Ctrl−).

Split from ``ui.shell`` (``TopBarControls`` is one of ``AppShell``'s bases). Text sizes are the
steps of ``ui.style.SCALES``; a step re-applies the app font and the stylesheet, so every page
reflows. The translated tooltips are set by the shell's ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton

from ui.i18n import LANGUAGE_NAMES
from ui.style import SCALES, apply_scale


class TopBarControls:
    """For a widget with ``languages`` (a ``LanguageManager``) and ``_scale_index``."""

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.brand = QLabel("<b>Бағдар</b>")
        bar.addWidget(self.brand)
        bar.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setObjectName(f"language_{code}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self.languages.set_language(c))
            bar.addWidget(button)
            self.language_buttons[code] = button
        self.smaller = QPushButton("A−")
        self.smaller.setObjectName("textSmaller")
        self.smaller.clicked.connect(lambda: self.change_text_size(-1))
        self.larger = QPushButton("A+")
        self.larger.setObjectName("textLarger")
        self.larger.clicked.connect(lambda: self.change_text_size(+1))
        bar.addSpacing(12)
        bar.addWidget(self.smaller)
        bar.addWidget(self.larger)
        return bar

    def change_text_size(self, step: int) -> float:
        self._scale_index = min(max(self._scale_index + step, 0), len(SCALES) - 1)
        apply_scale(QApplication.instance(), SCALES[self._scale_index])
        return SCALES[self._scale_index]

    def reset_text_size(self) -> None:
        """Back to the normal size (for the next student)."""
        if SCALES[self._scale_index] != 1.0:
            self._scale_index = SCALES.index(1.0)
            apply_scale(QApplication.instance(), 1.0)

    def add_zoom_shortcuts(self) -> None:
        """Ctrl+ / Ctrl− (after the first paint: their key sequences cost PySide type set-up)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.change_text_size(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.change_text_size(-1))
