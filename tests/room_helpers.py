"""Fixtures and helpers shared by the counsellor's room tests (``test_ui_counsellor*.py``):
a real shell on a throw-away records database, a logged-in room, a finished student."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from guidance.questionnaire import QuestionnaireRun
from guidance.records import RecordsStore, StudentInput
from ui.app import make_recommender
from ui.shell import AppShell, ShellOptions

PASSWORD = "Mektep-2025"


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "data" / "records.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def shell(qtbot, atlas, store, languages):
    window = AppShell(atlas, store, languages, make_recommender(atlas), ShellOptions())
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close()
    window.close()
    window.deleteLater()
    qtbot.wait(10)


def on_next_dialog(action, delay: int = 50) -> None:
    QTimer.singleShot(delay, lambda: action(QApplication.activeModalWidget()))


def finished_student(atlas, shell, name: str, cls: str = "9 Ә") -> int:
    store = shell.store
    student = store.add_student(StudentInput(name, cls, 9, "talas", "kk", "kk"))
    run = QuestionnaireRun.start(atlas, store, student, "short+ddo")
    while run.current is not None:
        step = run.current
        run.answer(1 if step.is_ddo else (4 if step.item.type == "R" else 1), 2500)
    run.finish(shell.flow.recommender)
    return student.id


def log_in(shell, qtbot) -> None:
    shell.throttle.succeeded()

    def login(dialog):
        dialog.password.setText(PASSWORD)
        dialog.try_login()

    on_next_dialog(login)
    shell.flow.open_counsellor()
    assert shell.stack.currentWidget() is shell.room
