"""Kazakh letters render with the bundled font, whatever fonts the PC has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from guidance import paths
from guidance.textnorm import KAZAKH_LETTERS
from ui.fonts import APP_FONT_FAMILY, register_fonts


def test_bundled_font_is_registered_and_covers_kazakh(qapp):
    assert (paths.fonts_dir() / "DejaVuSans.ttf").is_file()
    register_fonts()
    assert APP_FONT_FAMILY in QFontDatabase.families()
    metrics = QFontMetrics(QFont(APP_FONT_FAMILY))
    missing = [ch for ch in sorted(KAZAKH_LETTERS) if not metrics.inFontUcs4(ord(ch))]
    assert missing == []


NO_FONTS_CHECK = """
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication
from ui.fonts import APP_FONT_FAMILY, apply_app_font, register_fonts
app = QApplication([])
assert APP_FONT_FAMILY not in QFontDatabase.families(), "system fonts are still visible"
register_fonts()
apply_app_font(app)
font = app.font()
assert QFontInfo(font).family() == APP_FONT_FAMILY, QFontInfo(font).family()
metrics = QFontMetrics(font)
assert all(metrics.inFontUcs4(ord(c)) for c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
print("ok")
"""


def test_kazakh_renders_on_a_machine_without_fonts(tmp_path):
    """Hide every system font from fontconfig; the bundled font must still be used."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", NO_FONTS_CHECK], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
