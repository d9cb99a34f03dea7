"""Every student and explorer screen fits the client area a 1024×768 monitor leaves after the
title bar and the taskbar (1024×700), at every text size A−…A+; the window opens inside the
screen's available area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from guidance.records import RecordsStore, StudentInput
from ui.app import make_recommender
from ui.i18n import LanguageManager
from ui.shell import PREFERRED_SIZE, AppShell, ShellOptions, fitted_geometry
from ui.style import SCALES, apply_scale

AVAILABLE = QSize(1024, 700)
ANSWERS = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}


@pytest.fixture
def shell(qtbot, atlas, tmp_path, qapp):
    languages = LanguageManager(qapp)
    store = RecordsStore(tmp_path / "records.sqlite")
    store.set_setting("programme", "full+ddo")
    built = AppShell(atlas, store, languages, make_recommender(atlas), ShellOptions())
    # A walk through every screen at every size takes minutes on a slow machine: the
    # inactivity pause must not end the student's session half way.
    built.inactivity.warn_after_ms = built.inactivity.pause_after_ms = 10 ** 8
    built.show()
    qtbot.waitExposed(built)
    yield built
    apply_scale(qapp, 1.0)
    built.flow.forget_student(show_welcome=False)
    languages.set_language("en")
    built.allow_close()
    built.close()
    built.deleteLater()
    qtbot.wait(10)
    store.close()


def answer_until(shell, stop) -> None:
    run = shell.flow.run
    while run.current is not None and not stop(run):
        step = run.current
        value = (0 if step.item.a_type == "technology" else 1) if step.is_ddo else \
            ANSWERS[step.item.type]
        shell.flow.answer(value, 2000)


def screens(shell):
    """Each screen in turn, shown as a student meets it; yields its name."""
    yield "welcome"
    shell.flow.start()
    yield "about_you"
    shell.flow.begin(StudentInput("Әйгерім Сәрсенбаева", "9 «Ә»", 9, "talas", "kk", "kk", True))
    yield "question"
    answer_until(shell, lambda run: run.current.is_ddo)
    assert shell.questionnaire.showing_intro()
    yield "part_2_intro"
    shell.questionnaire.intro_button.click()
    yield "ddo_question"
    answer_until(shell, lambda run: False)
    yield "profile"
    shell.show_page(shell.recommendations)
    yield "recommendations"
    shell.recommendations.explore_button.click()
    yield "explorer_card"
    shell.explorer.open_card("overview", "region")
    yield "explorer_overview"
    shell.explorer.home_button.click()
    shell.flow.finish()
    yield "finish"


def window_minimum(shell) -> QSize:
    """The smallest client area the window's layout allows: the top bar over the page stack
    (whose minimum is that of its largest page), with the margins between."""
    central = shell.centralWidget().layout()
    bar = central.itemAt(0).layout()
    bar.invalidate()
    pages = shell.stack.minimumSizeHint()
    margins = central.contentsMargins()
    return QSize(max(bar.minimumSize().width(), pages.width()) + margins.left() + margins.right(),
                 bar.minimumSize().height() + central.spacing() + pages.height()
                 + margins.top() + margins.bottom())


def oversized(qapp, shell, name: str, scales) -> list[str]:
    found = []
    for scale in scales:
        apply_scale(qapp, scale)
        for widget in (shell, *shell.findChildren(QWidget)):
            widget.updateGeometry()  # drop every cached size hint, as a real resize would
        QApplication.processEvents()
        need = window_minimum(shell)
        if need.width() > AVAILABLE.width() or need.height() > AVAILABLE.height():
            found.append(f"{name} at {scale}: {need.width()}×{need.height()}")
    apply_scale(qapp, 1.0)
    return found


@pytest.mark.parametrize(("lang", "scales"), [("kk", (SCALES[0], SCALES[-1])),
                                               ("ru", SCALES[-1:])])
def test_every_screen_fits_1024_by_700_at_every_text_size(qapp, shell, lang, scales):
    """Kazakh (the longest words) at the smallest and the largest size, Russian at the largest.
    A layout's minimum only grows with the text, so the largest size (A+) bounds every size
    between; the smallest is checked too because its wrapping differs. (Every size on every
    screen took five minutes on a busy 2-core machine for no extra finding.)"""
    shell.languages.set_language(lang)
    too_big = []
    for name in screens(shell):
        too_big += oversized(qapp, shell, name, scales)
    assert not too_big


def test_the_size_check_sees_a_screen_that_is_too_wide(qapp, shell):
    shell.welcome.title.setMinimumWidth(1100)
    assert oversized(qapp, shell, "welcome", SCALES[:1])
    shell.welcome.title.setMinimumWidth(0)
    assert not oversized(qapp, shell, "welcome", SCALES[:1])


def test_the_window_frame_lies_inside_the_available_area():
    taskbar_screen = QRect(0, 0, 1024, 728)  # 1024×768 less a 40 px taskbar
    frame = QSize(16, 28)
    client = fitted_geometry(taskbar_screen, frame)
    assert client.size() == QSize(1008, 700)
    assert client.left() >= 0 and client.top() >= 0
    assert client.left() + client.width() + frame.width() <= 1024
    assert client.top() + client.height() + frame.height() <= 728
    big = fitted_geometry(QRect(0, 0, 1920, 1040), frame)
    assert big.size() == PREFERRED_SIZE and big.left() > 400
