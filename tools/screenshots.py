"""Screenshots of every student screen, in each language, at 1024×700 — the client area a
1024×768 monitor leaves after the title bar and taskbar — (and 1366×768), plus the flat and
tied profiles, the part-2 intro, a recommendation card scrolled down, the explorer opened from a
card, and A+ versions of the tallest screens.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots [OUT_DIR]``. It drives a
scripted student through the real screens with a throw-away records database.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from guidance import paths
from guidance.atlas import Atlas
from guidance.records import RecordsStore, StudentInput
from ui.app import make_application, make_recommender
from ui.i18n import LanguageManager
from ui.shell import AppShell, ShellOptions
from ui.student.dialogs import PauseCodeDialog, ResumeCodeDialog

ANSWERS = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}
FLAT = dict.fromkeys("RIASEC", 2)
TIED = {"R": 4, "S": 4, "I": 1, "A": 0, "E": 1, "C": 0}
SIZE = (1024, 700)


def grab(widget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def screen_shell(lang: str, size: tuple[int, int] = SIZE) -> tuple[AppShell, RecordsStore]:
    """A real shell on the shipped atlas and a throw-away records database."""
    atlas = Atlas(paths.embedded_atlas_path())
    store = RecordsStore(Path(tempfile.mkdtemp()) / "records.sqlite")
    languages = LanguageManager(QApplication.instance())
    languages.set_language(lang)
    shell = AppShell(atlas, store, languages, make_recommender(atlas), ShellOptions())
    shell.resize(*size)
    shell.show()
    return shell, store


def shoot(lang: str, out: Path, size: tuple[int, int]) -> None:
    shell, store = screen_shell(lang, size)
    store.set_setting("district_id", "talas")
    tag = f"{lang}_{size[0]}"
    grab(shell, out, f"{tag}_01_welcome")
    shell.flow.start()
    page = shell.about_you
    page.name_edit.setText("Әйгерім Сәрсенбаева")
    page.class_edit.setText("9 «Ә»")
    page.fields.dormitory.setChecked(True)
    grab(shell, out, f"{tag}_02_about_you")
    page.name_edit.setText("7")
    page.class_edit.clear()
    page.submit()
    grab(shell, out, f"{tag}_03_about_you_errors")
    shell.flow.begin(StudentInput("Әйгерім Сәрсенбаева", "9 «Ә»", 9, "talas", lang, "kk", True))
    run = shell.flow.run
    for _ in range(11):
        shell.flow.answer(ANSWERS[run.current.item.type], 2500)
    grab(shell, out, f"{tag}_04_question_riasec")
    while not run.current.is_ddo:
        shell.flow.answer(ANSWERS[run.current.item.type], 2500)
    grab(shell, out, f"{tag}_05a_part2_intro")
    shell.questionnaire.intro_button.click()
    grab(shell, out, f"{tag}_05_question_ddo")
    dialog = PauseCodeDialog(run.session.resume_code, shell)
    dialog.show()
    grab(dialog, out, f"{tag}_06_pause_code")
    dialog.close()
    while run.current is not None:
        step = run.current
        shell.flow.answer(0 if step.item.a_type == "technology" else 1, 2500)
    grab(shell, out, f"{tag}_07_profile")
    shell.show_page(shell.recommendations)
    grab(shell, out, f"{tag}_08_recommendations")
    detail = shell.recommendations.detail
    detail.verticalScrollBar().setValue(detail.verticalScrollBar().maximum() // 2)
    grab(shell, out, f"{tag}_08b_card_path")
    detail.verticalScrollBar().setValue(detail.verticalScrollBar().maximum())
    grab(shell, out, f"{tag}_08c_card_next_steps")
    if shell.recommendations.also_list.count():
        shell.recommendations.also_list.setCurrentRow(0)
        shell.recommendations.also_list.setFocus()
        grab(shell, out, f"{tag}_08d_worth_a_look")
    shell.recommendations.explore_button.click()
    grab(shell, out, f"{tag}_08e_explorer_from_card")
    shell.explorer.home_button.click()
    shell.flow.finish()
    grab(shell, out, f"{tag}_09_finish")
    shell.change_text_size(+4)
    grab(shell, out, f"{tag}_09b_finish_a_plus")
    shell.show_page(shell.recommendations)
    grab(shell, out, f"{tag}_08f_recommendations_a_plus")
    shell.change_text_size(-4)
    shell.finish.save_to(out / f"{tag}_my_plan.pdf")
    shell.flow.forget_student()
    resume = ResumeCodeDialog(shell)
    resume.code_edit.setText("AAA-AAA")
    resume.show_not_found()
    resume.show()
    grab(resume, out, f"{tag}_10_wrong_code")
    resume.close()
    shell.show_page(shell.explorer)
    grab(shell, out, f"{tag}_11_explorer")
    shell.show_welcome()
    shell._show_inactivity_warning(60)
    grab(shell, out, f"{tag}_12_inactivity_warning")
    shell.flow.begin(StudentInput("Әйгерім Сәрсенбаева", "9 «Ә»", 9, "talas", lang, lang))
    shell.flow.answer(4, 2500)
    shell._show_inactivity_warning(60)
    grab(shell, out, f"{tag}_12b_inactivity_warning_question")
    shell.flow.on_inactive()
    grab(shell, out, f"{tag}_13_welcome_after_auto_pause")
    shell.flow.start()
    shell.change_text_size(+4)
    grab(shell, out, f"{tag}_14_about_you_a_plus")
    shell.change_text_size(-4)
    shell.allow_close()
    shell.close()
    store.close()


def answer_all(shell: AppShell, answers: dict[str, int]) -> None:
    run = shell.flow.run
    while run.current is not None:
        step = run.current
        value = (0 if step.item.a_type == "technology" else 1) if step.is_ddo else \
            answers[step.item.type]
        shell.flow.answer(value, 2500)


def shoot_profiles(lang: str, out: Path) -> None:
    """The flat profile's own screens, and a profile with two types tied at the top."""
    for name, answers in (("flat", FLAT), ("tied", TIED)):
        shell, store = screen_shell(lang)
        shell.flow.begin(StudentInput("Нұрлан Ермеков", "9 «Б»", 9, "taraz", lang, lang))
        answer_all(shell, answers)
        grab(shell, out, f"{lang}_profile_{name}")
        shell.show_page(shell.recommendations)
        grab(shell, out, f"{lang}_recommendations_{name}")
        shell.flow.forget_student()
        shell.allow_close()
        shell.close()
        store.close()


def shoot_explorer(lang: str, out: Path) -> None:
    shell, store = screen_shell(lang)
    explorer = shell.explorer
    shell.show_page(explorer)
    grab(shell, out, f"explorer_{lang}_01_browse")
    explorer.search_box.setText("тараз" if lang != "en" else "taraz")
    grab(shell, out, f"explorer_{lang}_02_search")
    explorer.search_box.clear()
    for n, (kind, ref) in enumerate((("profession", "ammophos_line_operator"),
                                     ("speciality", "07150500"),
                                     ("college", "karatau_multiprofile_college"),
                                     ("enterprise", "kazphosphate")), start=3):
        explorer.open_card(kind, ref)
        grab(shell, out, f"explorer_{lang}_{n:02d}_{kind}")
    explorer.open_card("overview", "region")
    grab(shell, out, f"explorer_{lang}_07_overview")
    for i, chart in enumerate(explorer.overview.charts):
        chart.save_image(out / f"explorer_{lang}_chart_{i}.png")
    dialog = explorer.show_about_data()
    dialog.resize(1024, 700)
    grab(dialog, out, f"explorer_{lang}_08_about_data")
    dialog.close()
    shell.allow_close()
    shell.close()
    store.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/student")
    out.mkdir(parents=True, exist_ok=True)
    make_application(sys.argv[:1])
    for lang in ("kk", "ru"):
        shoot(lang, out, SIZE)
        shoot_profiles(lang, out)
    shoot("kk", out, (1366, 768))
    for lang in ("kk", "ru"):
        shoot_explorer(lang, out)
    QTimer.singleShot(0, QApplication.instance().quit)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
