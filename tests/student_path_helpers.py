"""Fixtures and helpers shared by the student's path tests (``test_ui_student_path.py``,
``test_ui_student_results.py``): a real shell on a throw-away records database, driven by the
keyboard as a student would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guidance.records import RecordsStore
from tests.qt_helpers import type_text
from ui.app import make_recommender
from ui.shell import AppShell, ShellOptions

NAME = "Нұрлан Тестұлы"
ANSWER_KEY = {"R": Qt.Key.Key_5, "I": Qt.Key.Key_4, "C": Qt.Key.Key_3, "S": Qt.Key.Key_2,
              "A": Qt.Key.Key_1, "E": Qt.Key.Key_1}


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
            press(qtbot, Qt.Key.Key_Return)  # as the hint says: Enter (or Space)
            continue
        if step.is_ddo:
            left = step.item.a_type == "technology" or step.item.b_type != "technology"
            qtbot.keyClick(page, Qt.Key.Key_Left if left else Qt.Key.Key_Right)
        else:
            qtbot.keyClick(page, ANSWER_KEY[step.item.type])


def all_student_texts(shell) -> str:
    return "\n".join(t for page in shell.student_pages() for t in page.visible_texts())
