"""The main window of the shared PC: a top bar (language, text size) over the student screens,
the atlas explorer and the counsellor's entry.

The shell builds the pages and hosts the student flow (``ui.student.flow``, which moves between
pages, asks the core to save and score, and — on Finish, on pause and after inactivity —
forgets the student completely). The flow reaches the shell only through its narrow
``FlowHost`` interface; the next student always finds the PC as the school set it: the
school's language, the normal text size, every page scrolled to the top.

The window's placement on the screen and kiosk mode are in ``ui.window_geometry``, the top
bar's language and text-size controls in ``ui.top_bar`` (both bases of ``AppShell``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LanguageManager
from ui.inactivity import PAUSE_AFTER_MS, WARN_AFTER_MS, InactivityWatch
from ui.student.flow import StudentFlow
from ui.student.welcome import WelcomePage
from ui.style import SCALES
from ui.top_bar import TopBarControls
from ui.window_geometry import GUESSED_FRAME, PREFERRED_SIZE, ScreenPlacement, fitted_geometry

if TYPE_CHECKING:
    from guidance.atlas import Atlas
    from guidance.recommend import Recommender
    from guidance.records import RecordsStore

__all__ = ["GUESSED_FRAME", "PREFERRED_SIZE", "AppShell", "ShellOptions", "fitted_geometry"]

ROOM_IDLE_MS = 10 * 60 * 1000  # the counsellor is logged out after 10 idle minutes


class ShellOptions(NamedTuple):  # not a dataclass: importing dataclasses delays the window
    kiosk: bool = False
    warn_after_ms: int = WARN_AFTER_MS
    pause_after_ms: int = PAUSE_AFTER_MS


class AppShell(TopBarControls, ScreenPlacement, QMainWindow):
    painted = Signal()

    def __init__(self, atlas: Atlas | None, store: RecordsStore | None,
                 languages: LanguageManager,
                 make_recommender: Callable[[], Recommender] | None,
                 options: ShellOptions | None = None, parent: QWidget | None = None,
                 install=None):
        super().__init__(parent)
        self.restart_requested = False
        self.setObjectName("AppShell")
        self.atlas = self.store = self.install = None
        self.languages = languages
        if atlas is not None:
            self.attach(atlas, store, install)
        self.options = options or ShellOptions()
        self.kiosk = self.options.kiosk
        from ui.counsellor.throttle import LoginThrottle

        self.throttle = LoginThrottle()
        self._painted_once = False
        self._scale_index = SCALES.index(1.0)
        self._closing_allowed = False
        self._start_language = languages.language
        self.resize(PREFERRED_SIZE)

        # Built from the window down, each widget made where it stays: a finished page moved
        # into a new parent is styled all over again (about 7 ms for Welcome at start). The
        # order keeps the keyboard's order: top bar, banner, the pages.
        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(self._top_bar())
        self.banner = QLabel()
        self._banner_plain = False
        self.banner.setObjectName("inactivityBanner")
        self.banner.setStyleSheet("background:#fff3cd; color:#5c4400; padding:8px;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.welcome = WelcomePage(self.stack)
        self._pages: dict[str, QWidget] = {"welcome": self.welcome}
        self.stack.addWidget(self.welcome)

        app = QApplication.instance()
        self.inactivity = InactivityWatch(app, self.options.warn_after_ms,
                                          self.options.pause_after_ms, self)
        self.flow = StudentFlow(self, make_recommender or self._default_recommender)
        self.room = None
        self.room_watch = InactivityWatch(app, ROOM_IDLE_MS - 60_000, 60_000, self)  # 1-min warning
        self.room_watch.timed_out.connect(self.flow.log_out)
        self.inactivity.warning.connect(self._show_inactivity_warning)
        self.inactivity.resumed.connect(self.banner.hide)
        self.inactivity.timed_out.connect(self.flow.on_inactive)
        languages.language_changed.connect(self._on_language_changed)
        self._on_language_changed(languages.language)
        self._explorer_return: QWidget | None = None
        self.show_welcome()

    def attach(self, atlas: Atlas, store: RecordsStore, install=None) -> None:
        """Hand the shell its atlas and records (``ui.app`` does it right after the first
        paint; tests pass them to the constructor)."""
        from guidance.atlas.install import AtlasInstall

        self.atlas, self.store = atlas, store
        if hasattr(self, "welcome"):
            self._describe_programme()
        self.install = install or AtlasInstall(store.path.parent / "atlas", atlas.path)

    def _default_recommender(self) -> Recommender:
        from guidance.recommend import Recommender
        from guidance.recommend_index import RecommendationIndex

        return Recommender(RecommendationIndex(self.atlas))

    # --- pages, built on first use so that the first window appears at once -------------
    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = self._build_page(name)
            self._pages[name] = page
            self.stack.addWidget(page)
            self.flow.connect_page(name, page)
            if hasattr(page, "set_language"):
                page.set_language(self.languages.language)
        return page

    def _build_page(self, name: str) -> QWidget:
        atlas = self.atlas
        if name == "about_you":
            from ui.student.about_you import AboutYouPage

            return AboutYouPage(atlas.districts())
        if name == "questionnaire":
            from ui.student.questionnaire_page import QuestionnairePage

            return QuestionnairePage(atlas.answer_scale())
        if name == "profile":
            from ui.student.profile_page import ProfilePage

            return ProfilePage(atlas)
        if name == "recommendations":
            from ui.student.recommendations_page import RecommendationsPage

            return RecommendationsPage(atlas, atlas.districts())
        if name == "finish":
            from ui.student.finish_page import FinishPage

            return FinishPage()
        if name == "explorer":
            from ui.explorer.explorer import Explorer

            explorer = Explorer(atlas, self.languages)
            explorer.back_requested.connect(self._leave_explorer)
            return explorer
        raise KeyError(name)

    about_you = property(lambda self: self._page("about_you"))
    questionnaire = property(lambda self: self._page("questionnaire"))
    profile = property(lambda self: self._page("profile"))
    recommendations = property(lambda self: self._page("recommendations"))
    finish = property(lambda self: self._page("finish"))
    explorer = property(lambda self: self._page("explorer"))

    def student_pages(self) -> list[QWidget]:
        """The student pages that exist (a page never built holds nothing to forget)."""
        return [page for name, page in self._pages.items() if name != "explorer"]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bagdar — career guidance"))
        self.smaller.setToolTip(self.tr("Smaller text"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.larger.setToolTip(self.tr("Larger text"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.languages.language)

    def _on_language_changed(self, lang: str) -> None:
        self.retranslate()
        for name, page in self._pages.items():
            if name != "explorer" and hasattr(page, "set_language"):
                page.set_language(lang)

    # --- navigation helpers used by the flow --------------------------------------------
    def show_page(self, page: QWidget) -> None:
        """Show a page; the page's own showEvent chooses the first focus, else the page."""
        if page is not self.stack.currentWidget():
            self.banner.hide()
        self.stack.setCurrentWidget(page)
        focused = QApplication.focusWidget()
        if focused is None or not page.isAncestorOf(focused):
            page.setFocus()

    def show_welcome(self, notice: str = "") -> None:
        """Home; ``notice`` (e.g. why a session was paused) stays until the next page."""
        self._describe_programme()
        self.show_page(self.welcome)
        self._set_banner(notice)
        self.banner.setVisible(bool(notice))

    def _describe_programme(self) -> None:
        """Tell Welcome how many questions the school's programme asks, and for how long
        (the pace the questionnaire itself assumes before it knows the student's)."""
        if self.atlas is None or self.store is None:
            return
        from guidance.questionnaire import (
            DEFAULT_PROGRAMME,
            DEFAULT_SECONDS_PER_ITEM,
            PROGRAMMES,
            build_steps,
        )

        programme = self.store.setting("programme", DEFAULT_PROGRAMME)
        steps = build_steps(self.atlas, programme if programme in PROGRAMMES
                            else DEFAULT_PROGRAMME)
        minutes = max(1, round(len(steps) * DEFAULT_SECONDS_PER_ITEM / 60))
        self.welcome.set_programme_size(len(steps), minutes)

    def open_in_explorer(self, kind: str, ref: str) -> None:
        """The explorer card of ``kind:ref``; its Back button returns to the page shown now."""
        explorer = self.explorer
        self._explorer_return = self.stack.currentWidget()
        if hasattr(explorer, "set_return_to_results"):
            explorer.set_return_to_results(self._explorer_return is not self.welcome)
        explorer.open_card(kind, ref)
        self.show_page(explorer)

    def _leave_explorer(self) -> None:
        target, self._explorer_return = self._explorer_return, None
        if hasattr(self.explorer, "set_return_to_results"):
            self.explorer.set_return_to_results(False)
        if target is None or target is self.welcome or self.flow.result is None:
            self.show_welcome()
        else:
            self.show_page(target)

    def start_clean(self) -> None:
        """The PC as the next student should find it: the school's language, the normal
        text size, every list and page scrolled back to the top."""
        school = self.store.setting("interface_language") if self.store else None
        self.languages.set_language(school or self._start_language)
        self.reset_text_size()
        from PySide6.QtWidgets import QAbstractScrollArea  # not needed for the first window

        for area in self.stack.findChildren(QAbstractScrollArea):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)

    def _show_inactivity_warning(self, seconds: int) -> None:
        page = self.stack.currentWidget()
        if page is self._pages.get("about_you"):
            text = self.tr("Are you still there? In %n seconds this form will be cleared. "
                           "Press any key to continue.", "", seconds)
        elif page is self._pages.get("questionnaire"):
            text = self.tr("Are you still there? In %n seconds your answers will be "
                           "saved and the questionnaire paused. Press any key to "
                           "continue.", "", seconds)
        else:
            text = self.tr("Are you still there? In %n seconds your results will be closed "
                           "(they stay saved). Press any key to continue.", "", seconds)
        self._set_banner(text)
        self.banner.show()

    def _set_banner(self, text: str) -> None:
        """The banner's text, always plain (never read as markup). The text format is set
        with the first text, not in the constructor: PySide builds Qt's whole ``Qt`` namespace
        of enums (some 50 ms) on first use, so the first window does without it."""
        if text and not self._banner_plain:
            from PySide6.QtCore import Qt

            self.banner.setTextFormat(Qt.TextFormat.PlainText)
            self._banner_plain = True
        self.banner.setText(text)

    # --- the counsellor's room -------------------------------------------------------------
    def counsellor_room(self):
        """Built on the first login (students never pay for it)."""
        if self.room is None:
            from ui.counsellor.room import CounsellorRoom

            self.room = CounsellorRoom(self.atlas, self.store, lambda: self.flow.recommender,
                                       lambda: self.languages.language, self.kiosk,
                                       self.install)
            self.room.atlas_installed.connect(self.restart_onto_new_atlas)
            self.room.logout_requested.connect(self.flow.log_out)
            self.room_watch.warning.connect(self.room.warn_logout)
            self.room_watch.resumed.connect(self.room.hide_logout_warning)
            self.room.leave_kiosk_requested.connect(self.leave_kiosk)
            self.room.quit_requested.connect(self._quit_from_room)
            self.room.resume_requested.connect(self.flow.resume_session)
            self.stack.addWidget(self.room)
        self.room.set_kiosk(self.kiosk)
        return self.room

    def restart_onto_new_atlas(self, _path: str) -> None:
        """Close and let ``ui.app.run`` open a fresh window on the installed edition."""
        self.restart_requested = True
        self._quit_from_room()

    def _quit_from_room(self) -> None:
        self.allow_close()
        self.close()

    # --- closing -----------------------------------------------------------------------
    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.kiosk and not self._closing_allowed:
            self.flow.open_counsellor(for_close=True)  # allows closing after the password
            if not self._closing_allowed:
                event.ignore()
                return
        self.flow.pause_if_running()
        self.inactivity.close()
        self.room_watch.close()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What no one can use before the window is up, set up once it is: the inactivity
        watches see the application's events from now on (see ``InactivityWatch.watch``), and
        Ctrl+/Ctrl- change the text size (their key sequences cost PySide type set-up)."""
        if not self.isVisible():
            return
        self.inactivity.watch()
        self.room_watch.watch()
        self.add_zoom_shortcuts()
