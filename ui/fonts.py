"""Registering the bundled font, so Kazakh letters render on a PC with no fonts installed.

School PCs often run stripped-down systems; Qt's fallback fonts may lack ә ғ қ ң ө ұ ү һ і.
DejaVu Sans (free licence, in ``resources/fonts``) covers them and is made the app font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from guidance import paths

APP_FONT_FAMILY = "DejaVu Sans"


def register_fonts() -> list[str]:
    """Add every bundled .ttf to Qt's font database; returns the families added."""
    families: list[str] = []
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_app_font(app: QApplication, point_size: float = 11.0) -> None:
    font = QFont(APP_FONT_FAMILY)
    font.setPointSizeF(point_size)
    app.setFont(font)
