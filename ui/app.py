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
from guidance.atlas.install import AtlasInstall
from guidance.records import RecordsStore
from guidance.records.migrations import SchemaTooNew
from ui.fonts import register_fonts
from ui.i18n import DEFAULT_LANGUAGE, LanguageManager
from ui.shell import AppShell, ShellOptions
from ui.startup import check_records, install_excepthook, log, setup_logging, single_instance
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
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resource("bagdar.png"))))
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


def _ask(question: str) -> bool:
    answer = QMessageBox.question(None, APP_NAME, question)
    return answer == QMessageBox.StandardButton.Yes


def run(options: Options, argv: list[str] | None = None) -> int:
    app = make_application(argv if argv is not None else sys.argv)
    languages = LanguageManager(app)
    folder = data_dir(options)
    if options.self_test:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="bagdar-self-test-"))
    lock = single_instance(folder)
    if lock is None:
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "App", "Bagdar is already open on this computer. Look for its window."))
        return 0
    log_file = setup_logging(folder)
    if not options.self_test:  # a self-test must fail loudly, never wait on a dialog
        install_excepthook(QApplication.activeWindow, log_file)
    records = folder / RECORDS_FILE
    if not check_records(records, folder / "backups", _ask):
        return 1
    try:
        store = RecordsStore(records)
    except SchemaTooNew:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "The students' records were written by a newer version of Bagdar. Install "
            "that version (or newer) to open them; nothing has been changed."))
        return 1
    lang = options.language
    if lang == DEFAULT_LANGUAGE:
        lang = store.setting("interface_language") or lang
    languages.set_language(lang)
    install = AtlasInstall(folder / "atlas", options.atlas or paths.embedded_atlas_path())
    code = 0
    while True:
        try:
            atlas = Atlas(install.current())
        except AtlasError as err:
            if options.self_test:
                print(f"self-test: FAIL: {err}", file=sys.stderr)
                return 1
            QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
                "App", "The atlas database cannot be opened:\n%1\n\nFrom a source checkout, "
                "run 'make atlas'. Otherwise reinstall Bagdar.").replace("%1", str(err)))
            return 1
        shell = AppShell(atlas, store, languages, make_recommender(atlas),
                         ShellOptions(kiosk=options.kiosk), install=install)
        if options.kiosk:
            shell.enter_kiosk()
        else:
            shell.show()
        if not options.self_test and not options.exit_after_start:
            # Today's backup is made once the window is up, not on the start-up path.
            QTimer.singleShot(1500, lambda: store.daily_backup(folder / "backups"))
        if options.self_test:
            code = _run_self_test(app, shell, languages, atlas)
            shell.allow_close()
            shell.close()
        else:
            if options.exit_after_start:
                shell.painted.connect(lambda: QTimer.singleShot(0, app.quit))
            elif not store.has_counsellor_password():
                QTimer.singleShot(0, lambda s=shell: first_setup(s))
            code = app.exec()
        atlas.close()
        if not shell.restart_requested:
            break
        log.info("restarting onto atlas %s", install.current())
    store.close()
    lock.unlock()
    return code


def _run_self_test(app, shell: AppShell, languages: LanguageManager, atlas: Atlas) -> int:
    from ui.self_test import self_test

    app.processEvents()
    try:
        failures = self_test(shell, languages)
    except Exception:
        import traceback

        failures = ["unexpected error:\n" + traceback.format_exc()]
    for failure in failures:
        print(f"self-test: FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"self-test: OK — atlas {atlas.info().edition}, "
              f"{len(atlas.profession_ids())} professions")
    return 1 if failures else 0
