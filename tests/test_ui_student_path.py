"""The student's path on the shared PC, driven by the keyboard as a student would: the whole
path leaves no trace, inactivity, codes, language and text size, focus and the next student."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests import student_path_helpers
from tests.qt_helpers import type_text
from tests.student_path_helpers import (
    NAME,
    all_student_texts,
    answer_everything,
    fill_about_you,
    press,
    tab_to,
)

# The shared fixtures, under the names the tests ask for.
store = student_path_helpers.store
make_shell, shell = student_path_helpers.make_shell, student_path_helpers.shell


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
    name_problem, typed_class_problem = page.error.text().split("\n")
    page.set_school_classes(["9 «А»", "9 «Ә»"])  # the counsellor set the classes up
    page.submit()
    # with a list to pick from, the message no longer asks the student to type the class
    assert page.error.text().split("\n") == [name_problem, page.tr(
        "Please choose your class from the list.")]
    assert typed_class_problem != page.tr("Please choose your class from the list.")


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


# --- keyboard, focus, the next student ---------------------------------------------------

def test_about_you_tab_order_enter_and_no_undo_after_reset(qtbot, shell):
    press(qtbot, Qt.Key.Key_Space)
    page = shell.about_you
    fields = page.fields
    order = [page.name_edit, page.class_edit, fields.grade, fields.district,
             fields.study_language, fields.dormitory, fields.distance, page.next_button]
    for expected in order[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        assert expected.hasFocus(), expected.objectName()
    page.name_edit.setFocus()
    type_text(page.name_edit, NAME)
    press(qtbot, Qt.Key.Key_Return)  # Enter submits: the missing class is reported
    assert shell.stack.currentWidget() is page and page.class_edit.hasFocus()
    assert page.error.text()
    page.reset()
    page.name_edit.setFocus()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.name_edit.text() == "" and not page.name_edit.isUndoAvailable()
    type_text(page.class_edit, "9 Ә")
    type_text(page.name_edit, NAME)
    qtbot.keyClick(page.class_edit, Qt.Key.Key_Enter)
    assert shell.stack.currentWidget() is shell.questionnaire


def mnemonic_keys(texts: list[str]) -> list[str]:
    plain = [t.replace("&&", "") for t in texts]
    return [t[t.index("&") + 1].lower() for t in plain if "&" in t]


def test_mnemonics_are_unique_in_every_language(qtbot, shell, languages):
    welcome = shell.welcome
    press(qtbot, Qt.Key.Key_Space)
    page = shell.about_you
    for lang in ("kk", "ru", "en"):
        languages.set_language(lang)
        texts = [label.text() for label in page.labels] + [page.next_button.text(),
                                                           page.back_button.text()]
        keys = mnemonic_keys(texts)
        assert len(keys) == len(set(keys)) >= 8, (lang, texts)
        texts = [welcome.start_button.text(), welcome.continue_button.text(),
                 welcome.explore_button.text()]
        assert len(set(mnemonic_keys(texts))) == 3, (lang, texts)


def test_study_language_follows_the_interface_until_chosen(qtbot, shell, languages):
    press(qtbot, Qt.Key.Key_Space)
    combo = shell.about_you.fields.study_language
    assert combo.currentData() == "kk"
    languages.set_language("ru")
    assert combo.currentData() == "ru"
    languages.set_language("en")
    assert combo.currentData() == "any"
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())  # the student's own choice
    languages.set_language("ru")
    assert combo.currentData() == "kk"


def test_the_key_that_dismisses_the_warning_never_answers(qtbot, make_shell, store):
    shell = make_shell(warn_after_ms=100, pause_after_ms=5000)
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    qtbot.waitUntil(shell.banner.isVisible, timeout=2000)
    assert "5" in shell.banner.text()
    qtbot.keyClick(shell.questionnaire, Qt.Key.Key_5)
    assert shell.flow.run.answered == 0 and not shell.banner.isVisible()
    qtbot.keyClick(shell.questionnaire, Qt.Key.Key_5)
    assert shell.flow.run.answered == 1


def test_about_you_is_cleared_after_inactivity(qtbot, make_shell, store):
    shell = make_shell(warn_after_ms=100, pause_after_ms=100)
    press(qtbot, Qt.Key.Key_Space)
    type_text(shell.about_you.name_edit, NAME)
    qtbot.waitUntil(lambda: shell.stack.currentWidget() is shell.welcome, timeout=2000)
    assert shell.banner.isVisible() and shell.banner.text()
    assert NAME not in all_student_texts(shell) and store.student_ids() == []


def test_an_auto_pause_says_how_to_come_back_and_the_next_student_starts_clean(
        qtbot, make_shell, store, languages):
    shell = make_shell(warn_after_ms=100, pause_after_ms=100)
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    languages.set_language("ru")
    size = shell.change_text_size(+2)
    assert size > 1.0
    qtbot.waitUntil(lambda: shell.stack.currentWidget() is shell.welcome, timeout=2000)
    notice = shell.banner.text()
    assert shell.banner.isVisible() and notice  # says the answers are kept, ask the counsellor
    assert languages.language == "kk"  # the school's language again
    assert shell.change_text_size(0) == 1.0
    shell.welcome.start_button.click()
    assert not shell.banner.isVisible()


def test_after_the_last_answer_the_next_action_has_the_focus(qtbot, shell):
    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    answer_everything(qtbot, shell)
    assert shell.profile.next_button.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert shell.stack.currentWidget() is shell.recommendations


def test_the_wheel_over_a_profile_chart_scrolls_the_page(qtbot, shell):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    press(qtbot, Qt.Key.Key_Space)
    fill_about_you(qtbot, shell)
    answer_everything(qtbot, shell)
    page = shell.profile
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    chart = page.charts[0]
    target = chart.childAt(chart.width() // 2, chart.height() // 2) or chart
    centre = QPointF(target.width() / 2, target.height() / 2)
    event = QWheelEvent(centre, QPointF(target.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)
    assert bar.value() > 0
