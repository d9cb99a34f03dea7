"""Screenshots of the counsellor's screens, in Kazakh and Russian, in the 1024×700 a 1024×768
monitor leaves, with the official (longest) school name, at the normal text size and at A+.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots_counsellor [OUT_DIR]``.
A throw-away records database gets a small class of scripted students first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from guidance import paths
from guidance.questionnaire import QuestionnaireRun
from guidance.records import StudentInput
from tools.screenshots import grab, screen_shell
from ui.app import make_application
from ui.counsellor.access import LoginDialog, LoginThrottle
from ui.counsellor.classes_dialog import ClassesDialog
from ui.counsellor.setup import SetupWizard

CLASS = [("Әйгерім Сәрсенбаева", {"R": 1, "I": 2, "A": 4, "S": 3, "E": 1, "C": 0}),
         ("Нұрлан Бекұлы", {"R": 4, "I": 3, "A": 0, "S": 1, "E": 1, "C": 2}),
         ("Дана Оспанова", {"R": 0, "I": 1, "A": 2, "S": 4, "E": 3, "C": 1}),
         ("Ерасыл Мұратов", {"R": 3, "I": 3, "A": 3, "S": 3, "E": 3, "C": 3})]


def populate(atlas, store, recommender) -> None:
    for name, values in CLASS:
        student = store.add_student(StudentInput(name, "9 «Ә»", 9, "talas", "kk", "kk"))
        run = QuestionnaireRun.start(atlas, store, student, "full+ddo")
        while run.current is not None:
            step = run.current
            run.answer(hash((name, step.item_id)) % 2 if step.is_ddo else values[step.item.type],
                       2600)
        run.finish(recommender)
    store.add_student(StudentInput("Мирас Ахметов", "9А", 9, "talas", "kk"))
    store.add_student(StudentInput("Алия Серікова", "9-а", 9, "talas", "kk"))
    paused = store.add_student(StudentInput("Арман Тоқтаған", "9 «Б»", 9, "talas", "kk"))
    run = QuestionnaireRun.start(atlas, store, paused, "full")
    for _ in range(17):
        run.answer(3, 2000)
    run.pause()


SCHOOL = ("Жамбыл облысы әкімдігі білім басқармасының Талас ауданы бойынша білім бөлімінің "
          "«Қаратау қаласындағы №3 жалпы орта білім беретін мектеп-гимназиясы» КММ")
TABS = ("overview", "students", "reports", "paper", "safety", "update", "pcs", "settings")


def shoot(lang: str, out: Path) -> None:
    shell, store = screen_shell(lang, (1024, 700))
    atlas = shell.atlas
    wizard = SetupWizard(store, atlas.districts(), lang, shell)
    wizard.school.setText(SCHOOL)
    wizard.district.setCurrentIndex(wizard.district.findData("talas"))
    wizard.show()
    grab(wizard, out, f"counsellor_{lang}_01_setup")
    wizard.password.setText("Mektep-2025")
    wizard.repeat.setText("Mektep-2025")
    wizard.save()
    grab(wizard, out, f"counsellor_{lang}_02_recovery_key")
    wizard.close()
    login = LoginDialog(store, LoginThrottle(), shell)
    login.password.setText("wrong")
    login.try_login()
    login.show()
    grab(login, out, f"counsellor_{lang}_03_login_failed")
    login.close()
    populate(atlas, store, shell.flow.recommender)
    room = shell.counsellor_room()
    room.reload()
    shell.show_page(room)
    room.paper.name.setText("Сәуле Ахметова")
    room.paper.class_name.setText("9 «Ә»")
    room.paper.riasec.setPlainText("3452134521 3452134521 34521347")
    room.paper.score()
    for scale, tag in ((0, ""), (3, "_Aplus")):  # A+ as far as it goes (1.5)
        shell.change_text_size(scale)
        for index, name in enumerate(TABS):
            room.tabs.setCurrentIndex(index)
            grab(shell, out, f"counsellor_{lang}_{index + 4:02d}_{name}{tag}")
        print(lang, tag or "normal", "room minimum width:", room.minimumSizeHint().width(),
              "window:", shell.minimumSizeHint().width(), "x", shell.minimumSizeHint().height())
        shell.change_text_size(-scale)
    shoot_update(room, shell, out, lang)
    classes = ClassesDialog(store, room)
    classes.show()
    grab(classes, out, f"counsellor_{lang}_15_classes")
    classes.close()
    dialog = room.open_student(store.student_ids()[0])
    dialog.resize(1000, 700)
    for index in range(3):
        dialog.findChild(type(room.tabs)).setCurrentIndex(index)
        grab(dialog, out, f"counsellor_{lang}_{10 + index}_student_tab{index}")
    dialog.close()
    shell.allow_close()
    shell.close()
    store.close()


def wait_until(condition, seconds: float = 20) -> None:
    import time

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def update_zip(folder: Path, broken: bool) -> Path:
    import zipfile

    root = paths.atlas_source_dir()
    files = {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.csv"))
             if "parts" not in p.parts}
    files["edition.csv"] = files["edition.csv"].replace(b"2026.1", b"2026.2")
    if broken:
        files["colleges.csv"] = files["colleges.csv"].replace(b",taraz,", b",atlantis,", 1)
        files["professions.csv"] = files["professions.csv"].replace(b",7212,", b",72X2,", 1)
        files["industries.csv"] = files["industries.csv"].decode().encode("cp1251", "replace")
        files.pop("memoranda.csv")
    else:
        places = files["college_specialities.csv"].decode().split("\n")
        places[3] = places[3].replace(",25,2025,", ",30,2025,")
        files["college_specialities.csv"] = "\n".join(places).encode()
    target = folder / ("broken.zip" if broken else "update.zip")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def shoot_update(room, shell, out: Path, lang: str) -> None:
    folder = Path(tempfile.mkdtemp())
    room.show_tab(room.update)
    for n, broken in ((13, True), (14, False)):
        room.update.table.setRowCount(0)
        room.update.check_file(update_zip(folder, broken))
        wait_until(lambda: room.update.table.rowCount() > 0)
        grab(shell, out, f"counsellor_{lang}_{n}_update_{'errors' if broken else 'preview'}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/counsellor")
    out.mkdir(parents=True, exist_ok=True)
    make_application(sys.argv[:1])
    for lang in ("kk", "ru"):
        shoot(lang, out)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
