"""The student's way through the shared PC, from Start to Finish.

The flow holds the only references to the current student, their questionnaire run and their
result. ``forget_student`` drops them and resets every page, which is what makes "nothing of
that student is reachable afterwards" true.

The flow does not know the window class: it drives a ``FlowHost`` — the few things it needs
from the window (the core, the pages, showing a page, the inactivity watch). ``ui.shell``
implements it and imports this module; this module never imports ``ui.shell``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from guidance.atlas import Atlas
    from guidance.questionnaire import QuestionnaireRun
    from guidance.recommend import Recommender
    from guidance.recommend_models import Recommendations, StudentContext
    from guidance.records import RecordsStore, Student, StudentInput
    from guidance.scoring import DdoScores, RiasecScores
    from ui.i18n import LanguageManager
    from ui.inactivity import InactivityWatch


class FlowHost(Protocol):
    """What the flow needs from the window that shows its pages."""

    atlas: Atlas
    store: RecordsStore
    languages: LanguageManager
    inactivity: InactivityWatch
    room_watch: InactivityWatch
    throttle: object
    welcome: QWidget
    explorer: QWidget
    about_you: QWidget
    questionnaire: QWidget
    profile: QWidget
    recommendations: QWidget
    finish: QWidget
    room: QWidget | None

    def show_page(self, page: QWidget) -> None: ...
    def open_in_explorer(self, kind: str, ref: str) -> None: ...
    def show_welcome(self, notice: str = "") -> None: ...
    def built_pages(self) -> dict[str, QWidget]: ...
    def start_clean(self) -> None: ...
    def counsellor_room(self) -> QWidget: ...
    def allow_close(self) -> None: ...


class StudentFlow(QObject):
    def __init__(self, shell: FlowHost, make_recommender: Callable[[], Recommender]):
        super().__init__(shell)
        self.shell = shell
        self._make_recommender = make_recommender
        self._recommender: Recommender | None = None
        self.student: Student | None = None
        self.run: QuestionnaireRun | None = None
        self.riasec: RiasecScores | None = None
        self.ddo: DdoScores | None = None
        self.result: Recommendations | None = None
        self.connect_page("welcome", shell.welcome)

    def connect_page(self, name: str, page) -> None:
        """Wire a page's signals when the shell builds it."""
        s = self.shell
        if name == "welcome":
            page.start_requested.connect(self.start)
            page.continue_requested.connect(self.continue_with_code)
            page.explore_requested.connect(lambda: s.show_page(s.explorer))
            page.counsellor_requested.connect(self.open_counsellor)
        elif name == "about_you":
            page.back_requested.connect(s.show_welcome)
            page.submitted.connect(self.begin)
        elif name == "questionnaire":
            page.answered.connect(self.answer)
            page.back_requested.connect(self.back)
            page.pause_requested.connect(self.pause)
        elif name == "profile":
            page.next_requested.connect(lambda: s.show_page(s.recommendations))
            page.explore_requested.connect(lambda: s.open_in_explorer("overview", "region"))
        elif name == "recommendations":
            page.back_requested.connect(lambda: s.show_page(s.profile))
            page.explorer_requested.connect(s.open_in_explorer)
            page.context_changed.connect(self.rerank)
            page.finish_requested.connect(self.finish)
        elif name == "finish":
            page.done.connect(self.forget_student)

    @property
    def recommender(self) -> Recommender:
        """Built on first use (indexing the atlas takes a few ms), not at start-up."""
        if self._recommender is None:
            self._recommender = self._make_recommender()
        return self._recommender

    @property
    def lang(self) -> str:
        return self.shell.languages.language

    # --- starting ------------------------------------------------------------------------
    def start(self) -> None:
        self.forget_student(show_welcome=False)
        self.shell.about_you.reset()
        self.shell.about_you.set_default_district(self.shell.store.setting("district_id"))
        from guidance.records.classes import school_classes

        self.shell.about_you.set_school_classes([c.name for c in school_classes(
            self.shell.store)])
        self.shell.show_page(self.shell.about_you)
        self.shell.inactivity.start()  # a form left half-filled is cleared, not kept

    def begin(self, data: StudentInput) -> None:
        from guidance.questionnaire import DEFAULT_PROGRAMME, PROGRAMMES, QuestionnaireRun

        store = self.shell.store
        self.student = store.add_student(data)
        programme = store.setting("programme", DEFAULT_PROGRAMME)
        if programme not in PROGRAMMES:
            programme = DEFAULT_PROGRAMME
        self.run = QuestionnaireRun.start(self.shell.atlas, store, self.student, programme)
        self.shell.about_you.reset()
        self._show_question()

    def continue_with_code(self) -> None:
        from ui.student.dialogs import ResumeCodeDialog

        dialog = ResumeCodeDialog(self.shell)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.resume(dialog.code()):
                return
            dialog.show_not_found()

    def resume(self, code: str) -> bool:
        """Open the paused or interrupted session with this code; False reveals nothing."""
        store = self.shell.store
        session = store.find_resumable(code)
        if session is None:
            return False
        self.forget_student(show_welcome=False)
        self.student = store.student(session.student_id)
        from guidance.questionnaire import QuestionnaireRun

        self.run = QuestionnaireRun(self.shell.atlas, store, session)
        self.run.resume()
        self._show_question()
        return True

    # --- answering -----------------------------------------------------------------------
    def _show_question(self) -> None:
        if self.run is None:
            return
        if self.run.current is None and self.run.is_complete():
            self._complete()
            return
        self.shell.inactivity.start()
        self.shell.questionnaire.show_run(self.run, self.lang)
        self.shell.show_page(self.shell.questionnaire)

    def answer(self, value: int, response_ms: int) -> None:
        if self.run is None or self.run.current is None:
            return
        self.run.answer(value, response_ms)
        if self.run.current is None:
            if self.run.is_complete():
                self._complete()
                return
            self.run.position = self.run.first_unanswered()
        self.shell.questionnaire.refresh()

    def back(self) -> None:
        if self.run is not None and self.run.back():
            self.shell.questionnaire.refresh()

    def pause(self) -> None:
        if self.run is None:
            return
        code = self.run.pause()
        self.shell.inactivity.stop()
        self.forget_student(show_welcome=False)
        self.shell.show_welcome()
        from ui.student.dialogs import PauseCodeDialog

        PauseCodeDialog(code, self.shell).exec()  # in the student's language and text size
        self.shell.start_clean()

    def pause_if_running(self) -> None:
        if self.run is not None and not self.run.is_complete():
            self.run.pause()

    def on_inactive(self) -> None:
        """The student walked away: their answers are saved; pause and go home, telling the
        student who comes back how to go on (the code is not shown to whoever is at the PC;
        the counsellor can resume the session from the student's card)."""
        from PySide6.QtWidgets import QApplication

        for window in QApplication.topLevelWidgets():  # a save dialog left open, say
            if isinstance(window, QDialog) and window.isVisible() and \
                    window.parent() is self.shell:
                window.reject()
        paused = self.run is not None and not self.run.is_complete()
        had_results = self.result is not None
        self.pause_if_running()
        if paused:
            notice = self.tr("The questionnaire was paused because no one used the computer "
                             "for a while. Your answers are saved. To go on, ask your "
                             "counsellor: they can resume it for you.")
        elif had_results:
            notice = self.tr("Your results were closed because no one used the computer for "
                             "a while. They are saved: your counsellor can show and print "
                             "them.")
        else:
            notice = self.tr("The form was cleared because no one used the computer for a "
                             "while. Nothing was saved. Press Start to begin again.")
        self.forget_student(show_welcome=True, notice=notice)

    # --- results -------------------------------------------------------------------------
    def _complete(self) -> None:
        result = self.run.finish(self.recommender)
        self.riasec, self.ddo, self.result = result.riasec, result.ddo, result.recommendations
        self.shell.profile.show_result(self.riasec, self.ddo, self.lang,
                                       getattr(self.result, "tied_types", ()))
        self.shell.recommendations.show_recommendations(self.result, self.lang)
        self.shell.show_page(self.shell.profile)

    def rerank(self, ctx: StudentContext) -> None:
        if self.student is None or self.run is None:
            return
        self.result = self.recommender.recommend(self.riasec, ctx, self.ddo)
        store = self.shell.store
        s = self.student
        from guidance.records import StudentInput

        self.student = store.update_student(s.id, StudentInput(
            s.display_name, s.class_name, ctx.grade, ctx.district_id, s.interface_language,
            ctx.study_language, ctx.needs_dormitory, ctx.max_distance_km))
        self._save_result()
        self.shell.recommendations.show_recommendations(self.result, self.lang)

    def _save_result(self) -> None:
        store = self.shell.store
        scores, _old = store.result(self.run.session.id) or ({}, None)
        store.save_result(self.run.session.id, scores, self.result.to_json())

    def context(self) -> StudentContext | None:
        from guidance.questionnaire import context_of

        return context_of(self.student) if self.student else None

    def finish(self) -> None:
        self.shell.inactivity.start()
        self.shell.finish.set_plan(*self.plan())
        self.shell.show_page(self.shell.finish)

    def plan(self):
        """"My plan" of the student on screen: the builder and its data."""
        from ui.reports.my_plan import MyPlan, PlanData

        store, student = self.shell.store, self.student
        session = store.session(self.run.session.id) if self.run else None
        data = PlanData(student.display_name, student.class_name,
                        store.setting("school_name", "") or "", self.lang, self.riasec,
                        self.result, session.resume_code if session else None)
        return MyPlan(self.shell.atlas, self), data

    def forget_student(self, show_welcome: bool = True, notice: str = "") -> None:
        """Drop the student and clear every page; with ``show_welcome`` also hand the PC to
        the next student as it started (school language, normal text size)."""
        self.shell.inactivity.stop()
        self.student = self.run = self.riasec = self.ddo = self.result = None
        for page in self.shell.built_pages().values():
            page.reset()
        if show_welcome:
            self.shell.start_clean()
            self.shell.show_welcome(notice)

    # --- counsellor ---------------------------------------------------------------------
    def _log_in(self) -> bool:
        """First setup if the school has none yet, else the password (with growing delays)."""
        shell, store = self.shell, self.shell.store
        if not store.has_counsellor_password():
            from ui.counsellor.setup import SetupWizard

            wizard = SetupWizard(store, shell.atlas.districts(), self.lang, shell)
            return wizard.exec() == QDialog.DialogCode.Accepted
        from ui.counsellor.access import LoginDialog

        if LoginDialog(store, shell.throttle, shell).exec() != QDialog.DialogCode.Accepted:
            return False
        store.audit("login")
        return True

    def open_counsellor(self, for_close: bool = False) -> None:
        shell = self.shell
        if not self._log_in():
            return
        if for_close:
            shell.store.audit("close")
            shell.allow_close()
            return
        self.forget_student(show_welcome=False)
        room = shell.counsellor_room()
        room.reload()
        shell.show_page(room)
        shell.room_watch.start()
        self._warn_about_old_records(room)

    def _warn_about_old_records(self, room) -> None:
        from guidance.records import queries
        from ui.counsellor.safety_tab import retention_days

        old = queries.students_older_than(self.shell.store, retention_days(self.shell.store))
        if old:
            room.show_safety()  # records safety, where the retention rule is

    def log_out(self) -> None:
        shell = self.shell
        shell.room_watch.stop()
        if shell.room is not None:
            shell.room.reset()
        shell.store.audit("logout")
        shell.show_welcome()

    def resume_session(self, session_id: int) -> None:
        """The counsellor resumes a paused session for a student (from the student's card)."""
        session = self.shell.store.session(session_id)
        self.log_out()
        if session.resume_code:
            self.resume(session.resume_code)
