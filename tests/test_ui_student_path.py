"""The student's path on the shared PC, driven by the keyboard as a student would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from guidance.records import RecordsStore
from tests.qt_helpers import type_text
from ui.app import make_recommender
from ui.i18n import LanguageManager
from ui.shell import AppShell, ShellOptions

NAME = "Нұрлан Тестұлы"
ANSWER_KEY = {"R": Qt.Key.Key_5, "I": Qt.Key.Key_4, "C": Qt.Key.Key_3, "S": Qt.Key.Key_2,
              "A": Qt.Key.Key_1, "E": Qt.Key.Key_1}


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.set_language("kk")
    yield manager
    manager.set_language("en")


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    opened.set_setting("programme", "full+ddo")
    opened.set_setting("district_id", "talas")
    yield opened
    opened.close()


@pytest.fixture
def make_shell(qtbot, atlas, store, languages):
    """Builds shells and closes them before the store and languages go away."""
    made: list[AppShell] = []

    def build(**options) -> AppShell:
        shell = AppShell(atlas, store, languages, make_recommender(atlas),
                         ShellOptions(**options))
        made.append(shell)
        shell.show()
        qtbot.waitExposed(shell)
        shell.activateWindow()
        qtbot.waitUntil(shell.isActiveWindow)
        return shell

    yield build
    for shell in made:
        shell.allow_close()
        shell.close()
        shell.deleteLater()
    qtbot.wait(10)


@pytest.fixture
def shell(make_shell):
    return make_shell()


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def tab_to(qtbot, widget, limit: int = 30) -> None:
    for _ in range(limit):
        if widget.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def fill_about_you(qtbot, shell) -> None:
    page = shell.about_you
    assert shell.stack.currentWidget() is page and page.name_edit.hasFocus()
    type_text(page.name_edit, NAME)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(page.class_edit, "9 Ә")
    tab_to(qtbot, page.next_button)
    press(qtbot, Qt.Key.Key_Space)


def answer_everything(qtbot, shell) -> None:
    page = shell.questionnaire
    run = shell.flow.run
    while shell.stack.currentWidget() is page:
        step = run.current
        if page.showing_intro():  # the screen between the parts: no key answers there
            qtbot.keyClick(page, Qt.Key.Key_Left)
            assert run.current is step and page.showing_intro()
            assert page.intro_button.hasFocus()
            press(qtbot, Qt.Key.Key_Space)
            continue
        if step.is_ddo:
            left = step.item.a_type == "technology" or step.item.b_type != "technology"
            qtbot.keyClick(page, Qt.Key.Key_Left if left else Qt.Key.Key_Right)
        else:
            qtbot.keyClick(page, ANSWER_KEY[step.item.type])


def all_student_texts(shell) -> str:
    return "\n".join(t for page in shell.student_pages() for t in page.visible_texts())


def test_whole_path_by_keyboard_leaves_no_trace(qtbot, shell, store):
    assert shell.stack.currentWidget() is shell.welcome
    assert shell.welcome.start_button.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    assert shell.stack.currentWidget() is shell.questionnaire
    assert shell.flow.run.total == 80
    assert shell.questionnaire.counter.text() == "1 / 80"
    answer_everything(qtbot, shell)

    assert shell.stack.currentWidget() is shell.profile
    assert shell.flow.riasec.code == "RIC"
    assert "RIC" in shell.profile.summary.text()
    assert shell.flow.ddo.counts["technology"] == 8
    session_id = store.sessions_of(shell.flow.student.id)[0].id
    assert len(store.answers(session_id)) == 80

    tab_to(qtbot, shell.profile.next_button)
    press(qtbot, Qt.Key.Key_Space)
    page = shell.recommendations
    assert shell.stack.currentWidget() is page
    assert page.list.count() == 10
    detail = page.detail.toPlainText()
    assert detail and page.list.item(0).text().split(". ", 1)[1].split(" · ")[0] in detail
    first = shell.flow.result.professions[0]
    assert first.reasons and first.profession_id == page.selected_id()
    names = [m.name.kk for m in shell.flow.result.professions]

    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    assert shell.stack.currentWidget() is shell.finish
    press(qtbot, Qt.Key.Key_Space)
    assert shell.stack.currentWidget() is shell.welcome
    assert shell.flow.student is None and shell.flow.run is None
    leftovers = all_student_texts(shell)
    assert NAME not in leftovers and "RIC" not in leftovers
    assert not any(name in leftovers for name in names)
    assert shell.profile.charts == [] and shell.recommendations.list.count() == 0
    assert store.session(session_id).status == "completed"


def test_inactivity_pauses_and_the_code_resumes(qtbot, make_shell, store):
    shell = make_shell(warn_after_ms=150, pause_after_ms=150)
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(shell.questionnaire, key)
    session = shell.flow.run.session
    qtbot.waitUntil(shell.banner.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: shell.stack.currentWidget() is shell.welcome, timeout=2000)
    assert store.session(session.id).status == "paused"
    assert NAME not in all_student_texts(shell)

    assert shell.flow.resume(session.resume_code.lower())
    assert shell.stack.currentWidget() is shell.questionnaire
    assert shell.flow.run.position == 3
    assert shell.questionnaire.counter.text() == "4 / 80"


def test_a_wrong_code_reveals_nothing(qtbot, shell, store):
    dialog_texts = []

    def type_wrong_code():
        dialog = QApplication.activeModalWidget()
        type_text(dialog.code_edit, "AAA-AAA")
        dialog.accept()
        QTimer.singleShot(50, read_and_cancel)

    def read_and_cancel():
        dialog = QApplication.activeModalWidget()
        dialog_texts.append(dialog.error.text())
        dialog.reject()

    QTimer.singleShot(50, type_wrong_code)
    shell.flow.continue_with_code()
    assert dialog_texts and dialog_texts[0]
    assert shell.stack.currentWidget() is shell.welcome
    assert shell.flow.student is None


def test_language_switch_mid_questionnaire_keeps_answers(qtbot, shell, store, atlas):
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    for key in (Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(shell.questionnaire, key)
    step = shell.flow.run.current
    assert shell.questionnaire.statement.text() == step.item.text.kk
    qtbot.mouseClick(shell.language_buttons["ru"], Qt.MouseButton.LeftButton)
    assert shell.questionnaire.statement.text() == step.item.text.ru
    assert shell.questionnaire.pause_button.text() != "&Үзіліс"
    assert shell.flow.run.answered == 5
    assert len(store.answers(shell.flow.run.session.id)) == 5
    assert shell.questionnaire.counter.text() == "6 / 80"


def test_about_you_refuses_bad_input_with_friendly_messages(qtbot, shell):
    press(qtbot, Qt.Key.Key_Space)
    page = shell.about_you
    type_text(page.name_edit, "7")
    page.submit()
    assert shell.stack.currentWidget() is page
    assert page.error.text().count("\n") == 1  # name and class both reported
    assert page.name_edit.hasFocus()
    assert shell.store.student_ids() == []


def test_kiosk_close_needs_the_counsellor(qtbot, make_shell, store):
    store.set_counsellor_password("Mektep-2025")
    shell = make_shell(kiosk=True)
    seen = []

    def wrong_then_cancel():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        dialog.password.setText("guess")
        dialog.try_login()
        seen.append(dialog.error.text())
        dialog.reject()

    QTimer.singleShot(50, wrong_then_cancel)
    shell.close()
    assert shell.isVisible() and seen[0] == "LoginDialog" and seen[1]

    shell.throttle.succeeded()  # skip the growing delay in the test

    def right_password():
        dialog = QApplication.activeModalWidget()
        dialog.password.setText("Mektep-2025")
        dialog.try_login()

    QTimer.singleShot(50, right_password)
    shell.close()
    assert not shell.isVisible()
    assert [a for _at, a, _d in store.audit_entries()][:2] == ["close", "login"]


def test_text_size_can_grow_and_shrink(qtbot, shell):
    qapp = QApplication.instance()
    assert shell.change_text_size(0) == 1.0  # the normal size, as at start-up
    base = qapp.font().pointSizeF()
    assert shell.change_text_size(+1) > 1.0
    assert qapp.font().pointSizeF() > base
    shell.change_text_size(-1)
    assert qapp.font().pointSizeF() == pytest.approx(base)
