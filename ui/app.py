"""Starting the Qt application: fonts, language, the first window, then the atlas and records.

``run`` is what ``main.py`` and the ``bagdar`` command call. Dependencies are created here and
passed down; no widget looks them up globally. The Welcome screen is painted first; the core
(atlas, records, their Python modules) is opened right after, before anyone can press a
button — so a school PC shows Bagdar as fast as it can show any window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from guidance import APP_NAME, ORGANIZATION, __version__, paths
from guidance.language_hint import read_language_hint, write_language_hint
from ui.fonts import register_fonts
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LanguageManager
from ui.shell import AppShell, ShellOptions
from ui.startup import check_records, install_excepthook, log, setup_logging, single_instance
from ui.style import apply_scale

RECORDS_FILE = "records.sqlite"
CHART_PRELOAD_MS = 4000  # after the window is up and the records are open: the app is idle


class Options(NamedTuple):  # not a dataclass: importing dataclasses delays the first window
    atlas: Path | None = None
    data_dir: Path | None = None
    language: str | None = None  # None: the school's stored setting, else Kazakh
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


def set_window_icon(app: QApplication) -> None:
    """The icon of the title bar and the taskbar: after the first paint (decoding it is not
    needed to show the window)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resource("bagdar.png"))))


def data_dir(options: Options) -> Path:
    """The per-user data folder (records, backups, logs) from QStandardPaths."""
    if options.data_dir is not None:
        return options.data_dir
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def make_recommender(atlas):
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
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(None, APP_NAME, question)
    return answer == QMessageBox.StandardButton.Yes


class Session:
    """What one run of the app opens: the records, the atlas editions, the current atlas."""

    def __init__(self, options: Options, folder: Path):
        self.options, self.folder = options, folder
        self.store = self.install = self.atlas = None
        self.failed = False

    def open(self, shell: AppShell) -> bool:
        """Open the core and hand it to the shell; False (after telling why) if impossible."""
        from guidance.atlas import Atlas, AtlasError
        from guidance.atlas.install import AtlasInstall
        from guidance.records import RecordsStore
        from guidance.records.migrations import SchemaTooNew

        if self.store is None:
            try:
                self.store = RecordsStore(self.folder / RECORDS_FILE)
            except SchemaTooNew:
                self._fail(QCoreApplication.translate(
                    "App", "The students' records were written by a newer version of Bagdar. "
                    "Install that version (or newer) to open them; nothing has been changed."))
                return False
            self.install = AtlasInstall(self.folder / "atlas",
                                        self.options.atlas or paths.embedded_atlas_path())
        try:
            self.atlas = Atlas(self.install.current())
        except AtlasError as err:
            self._fail(QCoreApplication.translate(
                "App", "The atlas database cannot be opened:\n%1\n\nFrom a source checkout, "
                "run 'make atlas'. Otherwise reinstall Bagdar.").replace("%1", str(err)))
            return False
        shell.attach(self.atlas, self.store, self.install)
        return True

    def _fail(self, message: str) -> None:
        self.failed = True
        if self.options.self_test:
            print(f"self-test: FAIL: {message}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, message)

    def after_open(self, shell: AppShell) -> None:
        """First setup on a new PC, and today's backup once the window is up."""
        if not self.store.has_counsellor_password():
            first_setup(shell)
        QTimer.singleShot(1500, lambda: self.store.daily_backup(self.folder / "backups"))
        QTimer.singleShot(CHART_PRELOAD_MS, _preload_charts)

    def close_atlas(self) -> None:
        if self.atlas is not None:
            self.atlas.close()
            self.atlas = None


def _preload_charts() -> None:
    from ui.chart_widget import preload_in_background  # the widget module loads late too

    preload_in_background()


def _school_language(records: Path) -> str | None:
    """The school's interface language before the first window: from the hint file written
    with the setting (no ``sqlite3`` to load), else from the records themselves."""
    if not records.exists():
        return None
    return read_language_hint(records.parent, LANGUAGE_NAMES) or _stored_language(records)


def _stored_language(records: Path) -> str | None:
    """The school's interface language as the records database holds it (the truth)."""
    import sqlite3

    if not records.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{records}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'interface_language'"
                               ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row and row[0] in LANGUAGE_NAMES else None


def follow_records_language(records: Path, languages: LanguageManager,
                            requested: str | None) -> None:
    """Once the records are checked (after the first paint): their language is the school's —
    set unless ``--lang`` asked for another (a restored backup's setting, a stale hint), and
    the hint file made to follow it (also a school's first start after an update)."""
    stored = _stored_language(records)
    if stored is None:
        return
    write_language_hint(records.parent, stored)
    if requested is None and stored != languages.language:
        languages.set_language(stored)


def _report_first_paint() -> None:
    """``--exit-after-start`` prints when the first window was painted (the system's monotonic
    clock, in seconds), so that tools/bench.py times the start without the process's exit."""
    import time

    print(f"first paint {time.monotonic():.6f}", flush=True)


def run(options: Options, argv: list[str] | None = None) -> int:
    app = make_application(argv if argv is not None else sys.argv)
    languages = LanguageManager(app)
    folder = data_dir(options)
    if options.self_test:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="bagdar-self-test-"))
    records = folder / RECORDS_FILE
    # The language comes first: "already open" and "records damaged" must speak it too.
    languages.set_language(options.language or _school_language(records) or DEFAULT_LANGUAGE)
    lock = single_instance(folder)
    if lock is None:
        from PySide6.QtWidgets import QMessageBox  # message boxes: loaded when one is shown

        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "App", "Bagdar is already open on this computer. Look for its window."))
        return 0
    session = Session(options, folder)

    def records_checked() -> bool:
        """The records are checked (and a backup offered) before they are opened; after the
        first paint, which does not need them (the dialogs then open over the window)."""
        if not check_records(records, folder / "backups", _ask):
            session.failed = True
            return False
        follow_records_language(records, languages, options.language)
        return True

    code = 0
    while True:
        shell = AppShell(None, None, languages, None, ShellOptions(kiosk=options.kiosk))
        if options.exit_after_start:  # connected first: quit as the first paint ends, as the
            # bare window of tools/bench.py does (before the refit below repaints the window)
            shell.painted.connect(_report_first_paint)
            shell.painted.connect(lambda: QTimer.singleShot(0, app.quit))
        if options.kiosk:
            shell.enter_kiosk()
        else:
            shell.fit_to_screen()  # the frame inside the screen, taskbar excluded
            shell.show()
            # again with the real title bar, once the first paint is over
            shell.painted.connect(lambda s=shell: QTimer.singleShot(0, s.fit_to_screen))
        if options.self_test:
            code = _run_self_test(app, shell, languages, session) \
                if records_checked() and session.open(shell) else 1
            shell.allow_close()
            shell.close()
        elif options.exit_after_start:
            code = app.exec()
        else:
            def open_core(s=shell) -> None:
                log_file = setup_logging(folder)
                install_excepthook(QApplication.activeWindow, log_file)
                set_window_icon(app)
                if session.store is None and not records_checked():
                    s.allow_close()
                    s.close()
                elif session.open(s):
                    session.after_open(s)
                else:
                    s.allow_close()
                    s.close()

            shell.painted.connect(lambda: QTimer.singleShot(0, open_core))
            code = app.exec()
            code = 1 if session.failed else code
        session.close_atlas()
        if not shell.restart_requested or session.failed:
            break
        log.info("restarting onto atlas %s", session.install.current())
    if session.store is not None:
        session.store.close()
    lock.unlock()
    return code


def _run_self_test(app, shell: AppShell, languages: LanguageManager, session: Session) -> int:
    atlas = session.atlas
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
