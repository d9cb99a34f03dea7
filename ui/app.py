"""Starting the Qt application: fonts, language, the atlas, the first window.

``run`` is what ``main.py`` and the ``bagdar`` command call. Dependencies are created here and
passed down; no widget looks them up globally.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guidance import APP_NAME, ORGANIZATION, __version__, paths
from guidance.atlas import Atlas, AtlasError
from ui.fonts import apply_app_font, register_fonts
from ui.i18n import DEFAULT_LANGUAGE, LanguageManager
from ui.main_window import MainWindow


@dataclass
class Options:
    atlas: Path | None = None
    language: str = DEFAULT_LANGUAGE
    self_test: bool = False
    exit_after_start: bool = False


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    register_fonts()
    apply_app_font(app)
    return app


def open_atlas(path: Path | None) -> Atlas:
    return Atlas(path or paths.embedded_atlas_path())


def self_test(window: MainWindow, languages: LanguageManager) -> list[str]:
    """Checks a frozen bundle can do its basic job; returns the failures (empty = pass)."""
    from ui.fonts import APP_FONT_FAMILY

    failures = []
    from PySide6.QtGui import QFontDatabase

    if APP_FONT_FAMILY not in QFontDatabase.families():
        failures.append("bundled font not registered")
    for query in ("дәнекер", "данекер", "свар", "weld"):
        window.search_box.setText(query)
        if not window.list_texts():
            failures.append(f"search {query!r} found nothing")
    window.search_box.clear()
    for lang in ("ru", "kk"):
        if not languages.set_language(lang):
            failures.append(f"translation {lang} missing")
    return failures


def run(options: Options, argv: list[str] | None = None) -> int:
    app = make_application(argv if argv is not None else sys.argv)
    languages = LanguageManager(app)
    try:
        atlas = open_atlas(options.atlas)
    except AtlasError as err:
        if options.self_test:
            print(f"self-test: FAIL: {err}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "The atlas database cannot be opened:\n%1\n\nFrom a source checkout, run "
            "'make atlas'. Otherwise reinstall Bagdar.").replace("%1", str(err)))
        return 1
    languages.set_language(options.language)
    window = MainWindow(atlas, languages)
    window.show()
    if options.self_test:
        app.processEvents()
        failures = self_test(window, languages)
        for failure in failures:
            print(f"self-test: FAIL: {failure}", file=sys.stderr)
        if not failures:
            print(f"self-test: OK — atlas {atlas.info().edition}, "
                  f"{len(atlas.profession_ids())} professions")
        window.close()
        atlas.close()
        return 1 if failures else 0
    if options.exit_after_start:
        window.painted.connect(lambda: QTimer.singleShot(0, app.quit))
    code = app.exec()
    atlas.close()
    return code
