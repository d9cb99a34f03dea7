"""The look of the shared-PC screens: large type and big targets, scalable with A+ / A−.

Sizes are points multiplied by one scale factor, so "A+" enlarges every text and button
together and layouts reflow instead of clipping.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.fonts import apply_app_font

BASE_POINTS = 11.0
# A clearly visible keyboard focus: a thick orange frame (Okabe–Ito vermilion, distinct from the
# blue of a checked answer) on whatever has the focus, in the student screens and the explorer.
FOCUS_COLOUR = "#D55E00"
FOCUS_RING = f"""
    QPushButton:focus, QLineEdit:focus, QComboBox:focus, QCheckBox:focus,
    QListWidget:focus, QTreeWidget:focus, QTextBrowser:focus, QSpinBox:focus {{
        border: 3px solid {FOCUS_COLOUR}; border-radius: 4px; }}
"""
SCALES = (0.9, 1.0, 1.15, 1.3, 1.5)
# Welcome's title and promise are centred here rather than with ``setAlignment``: any
# ``Qt.AlignmentFlag`` makes PySide build the whole ``Qt`` namespace of enums (about 50 ms),
# and the first window is shown without it.


def stylesheet(scale: float) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
    QWidget#studentPage QLabel#pageTitle {{ font-size: {pt(20)}; font-weight: bold; }}
    QWidget#studentPage QLabel#statement {{ font-size: {pt(22)}; }}
    QWidget#studentPage QLabel#hint {{ font-size: {pt(11)}; color: #444444; }}
    WelcomePage QLabel#pageTitle, WelcomePage QLabel#hint {{ qproperty-alignment: AlignCenter; }}
    QWidget#studentPage QPushButton {{ font-size: {pt(13)}; padding: 8px 16px; }}
    QWidget#studentPage QPushButton[big="true"] {{ font-size: {pt(17)}; padding: 14px 24px; }}
    QWidget#studentPage QPushButton[answer="true"] {{ padding: 6px 4px; }}
    QWidget#studentPage QPushButton[answer="true"] QLabel {{ font-size: {pt(14)}; }}
    QWidget#studentPage QPushButton[answer="true"]:checked {{ background-color: #0072B2; }}
    QWidget#studentPage QPushButton[choice="true"] {{ padding: 8px; }}
    QWidget#studentPage QPushButton[choice="true"] QLabel {{ font-size: {pt(16)}; }}
    QWidget#studentPage QPushButton[choice="true"]:checked {{
        background-color: #0072B2; }}
    QWidget#studentPage QLineEdit, QWidget#studentPage QComboBox,
    QWidget#studentPage QSpinBox {{ font-size: {pt(14)}; padding: 4px; }}
    QWidget#studentPage QCheckBox {{ font-size: {pt(13)}; }}
    QLabel#errorText {{ color: #b00020; font-size: {pt(12)}; }}
    QLabel#partIntroText {{ font-size: {pt(15)}; }}
    {FOCUS_RING}
    QPushButton#counsellorButton {{ font-size: {pt(9)}; color: #666666; border: none; }}
    """


def apply_scale(app: QApplication, scale: float) -> None:
    apply_app_font(app, BASE_POINTS * scale)
    app.setStyleSheet(stylesheet(scale))
