"""Starting the Qt application: fonts, language, the atlas, the records, the first window.

``run`` is what ``main.py`` and the ``bagdar`` command call. Dependencies are created here and
passed down; no widget looks them up globally.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guidance import APP_NAME, ORGANIZATION, __version__, paths
from guidance.atlas import Atlas, AtlasError
from guidance.records import RecordsStore
from ui.fonts import register_fonts
from ui.i18n import DEFAULT_LANGUAGE, LanguageManager
from ui.shell import AppShell, ShellOptions
from ui.style import apply_scale

RECORDS_FILE = "records.sqlite"


@dataclass
class Options:
    atlas: Path | None = None
    data_dir: Path | None = None
    language: str = DEFAULT_LANGUAGE
    self_test: bool = False
    exit_after_start: bool = False
    kiosk: bool = False


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    register_fonts()
    apply_scale(app, 1.0)
    return app


def data_dir(options: Options) -> Path:
    """The per-user data folder (records, backups, logs) from QStandardPaths."""
    if options.data_dir is not None:
        return options.data_dir
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def make_recommender(atlas: Atlas):
    def build():
        from guidance.recommend import Recommender
        from guidance.recommend_index import RecommendationIndex

        return Recommender(RecommendationIndex(atlas))

    return build


def first_setup(shell: AppShell) -> None:
    """The first start on a school PC: the counsellor sets the school up."""
    from ui.counsellor.setup import SetupWizard

    SetupWizard(shell.store, shell.atlas.districts(), shell.languages.language, shell).exec()


def self_test(shell: AppShell, languages: LanguageManager) -> list[str]:
    """Checks a frozen bundle can do its basic job; returns the failures (empty = pass)."""
    from PySide6.QtGui import QFontDatabase

    from ui.fonts import APP_FONT_FAMILY

    failures = []
    if APP_FONT_FAMILY not in QFontDatabase.families():
        failures.append("bundled font not registered")
    explorer = shell.explorer
    for query in ("дәнекер", "данекер", "свар", "weld"):
        explorer.search_box.setText(query)
        if "profession" not in explorer.result_groups():
            failures.append(f"search {query!r} found no profession")
    explorer.search_box.clear()
    for lang in ("ru", "kk"):
        if not languages.set_language(lang):
            failures.append(f"translation {lang} missing")
    return failures


def run(options: Options, argv: list[str] | None = None) -> int:
    app = make_application(argv if argv is not None else sys.argv)
    languages = LanguageManager(app)
    try:
        atlas = Atlas(options.atlas or paths.embedded_atlas_path())
    except AtlasError as err:
        if options.self_test:
            print(f"self-test: FAIL: {err}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "The atlas database cannot be opened:\n%1\n\nFrom a source checkout, run "
            "'make atlas'. Otherwise reinstall Bagdar.").replace("%1", str(err)))
        return 1
    folder = data_dir(options)
    if options.self_test:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="bagdar-self-test-"))
    store = RecordsStore(folder / RECORDS_FILE)
    if not options.self_test:
        store.daily_backup(folder / "backups")
    languages.set_language(store.setting("interface_language") or options.language
                           if options.language == DEFAULT_LANGUAGE else options.language)
    shell = AppShell(atlas, store, languages, make_recommender(atlas),
                     ShellOptions(kiosk=options.kiosk))
    if options.kiosk:
        shell.enter_kiosk()
    else:
        shell.show()
    if not options.self_test and not options.exit_after_start and \
            not store.has_counsellor_password():
        QTimer.singleShot(0, lambda: first_setup(shell))
    code = 0
    if options.self_test:
        app.processEvents()
        failures = self_test(shell, languages)
        for failure in failures:
            print(f"self-test: FAIL: {failure}", file=sys.stderr)
        if not failures:
            print(f"self-test: OK — atlas {atlas.info().edition}, "
                  f"{len(atlas.profession_ids())} professions")
        code = 1 if failures else 0
        shell.allow_close()
        shell.close()
    else:
        if options.exit_after_start:
            shell.painted.connect(lambda: QTimer.singleShot(0, app.quit))
        code = app.exec()
    store.close()
    atlas.close()
    return code
