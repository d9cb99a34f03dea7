"""The counsellor's room at work: the students table, paper mode, exports, reports, classes,
the dashboard, imports from other PCs, and fitting 1024x700 (privacy and login:
``test_ui_counsellor_privacy.py``)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guidance.questionnaire import QuestionnaireRun
from guidance.records import RecordsStore, StudentInput
from tests import room_helpers
from tests.qt_helpers import type_text
from tests.room_helpers import PASSWORD, finished_student, log_in, on_next_dialog

# The shared fixtures, under the names the tests ask for.
store, shell = room_helpers.store, room_helpers.shell


def test_a_student_opened_from_the_table(shell, store, atlas, qtbot):
    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әлия Нұрланқызы")
    log_in(shell, qtbot)
    tab = shell.room.students
    assert tab.model.rowCount() == 1
    type_text(tab.name_search, "Әлия")
    assert tab.model.rowCount() == 1 and tab.model.rows[0].holland_code.startswith("R")
    shown = tab.model.data(tab.model.index(0, tab.model.COLUMNS.index("date")))
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", shown)  # dd.mm.yyyy, as every date the app shows
    assert tab.date_from.displayFormat() == "dd.MM.yyyy"
    tab.table.selectRow(0)
    dialog = shell.room.open_student(student_id)
    qtbot.addWidget(dialog)
    assert "Әлия Нұрланқызы" in dialog.summary.toPlainText()
    assert dialog.answers.rowCount() == 50
    first = atlas.riasec_items(short_form=True)[0]
    shown = {dialog.answers.item(i, 1).text() for i in range(50)}
    assert first.text.get("kk") in shown and first.id not in shown  # words, not ids
    assert any(t.startswith("a) ") for t in shown)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", dialog.answers.item(0, 0).text())
    assert dialog.consent_date.displayFormat() == "dd.MM.yyyy"
    dialog.comment.setPlainText("Talk about Karatau college.")
    dialog.save_comment.click()
    assert store.comment(student_id) == "Talk about Karatau college."
    dialog.consent_by.setText("Нұрлан Әбенов (father)")
    dialog.findChild(type(dialog.save_comment), "recordConsent").click()
    assert store.consents(student_id)[0]["given_by"] == "Нұрлан Әбенов (father)"


def test_paper_sheet_entered_in_the_room_scores_like_the_screen(shell, store, atlas, qtbot):
    store.set_counsellor_password(PASSWORD)
    screen_id = finished_student(atlas, shell, "On Screen")
    log_in(shell, qtbot)
    tab = shell.room.paper
    tab.programme.setCurrentIndex(tab.programme.findData("short+ddo"))
    tab.name.setText("On Paper")
    tab.class_name.setText("9 Ә")
    tab.district.setCurrentIndex(tab.district.findData("talas"))
    run = QuestionnaireRun(atlas, store, store.sessions_of(screen_id)[0])
    riasec = "".join(str(a.value + 1) for s in run.steps if not s.is_ddo
                     for a in [run.answers[s.item_id]])
    ddo = "".join("ab"[run.answers[s.item_id].value] for s in run.steps if s.is_ddo)
    tab.riasec.setPlainText(riasec[:-1] + "7")
    tab.ddo.setPlainText(ddo)
    assert not tab.score()
    assert "7" in tab.problems.text()
    tab.riasec.setPlainText(riasec)
    assert tab.score()
    paper_id = max(store.student_ids())
    from guidance.records.queries import student_latest

    screen, paper_result = student_latest(store, screen_id), student_latest(store, paper_id)
    assert paper_result.scores["riasec"]["sums"] == screen.scores["riasec"]["sums"]
    assert paper_result.scores["ddo"]["counts"] == screen.scores["ddo"]["counts"]
    # The same sheet typed again is caught: added to the student, a new one, or nothing.
    students = len(store.student_ids())
    for choice, more_students in (("cancel", 0), ("existing", 0), ("new", 1)):
        tab.name.setText("on  paper")
        tab.class_name.setText("9 Ә")
        tab.riasec.setPlainText(riasec)
        tab.ddo.setPlainText(ddo.replace("a", "а").replace("b", "б"))  # Cyrillic letters
        asked = []
        saved = tab.score(lambda name, choice=choice, asked=asked: asked.append(name) or choice)
        assert asked == ["on paper"] and saved == (choice != "cancel")
        assert len(store.student_ids()) == students + more_students
    assert len(store.sessions_of(paper_id)) == 2  # "existing" added a second session
    tab.name.setText("Сәуле Ахметова")
    tab.class_name.setText("9 Ә")
    tab.study_language.setCurrentIndex(tab.study_language.findData("ru"))
    tab.dormitory.setChecked(True)
    tab.riasec.setPlainText(riasec)
    tab.ddo.setPlainText(ddo)
    assert tab.score(lambda _name: "cancel")  # no duplicate: not asked
    saved = store.student(max(store.student_ids()))
    assert (saved.study_language, saved.needs_dormitory) == ("ru", True)


def test_every_export_text_is_translatable(qapp):
    from guidance.exports import EXPORT_TEXTS
    from ui.counsellor.export_texts import ExportTexts

    assert set(ExportTexts().texts()) == set(EXPORT_TEXTS)


def test_exports_from_the_room_read_back(shell, store, atlas, qtbot, tmp_path):
    from guidance.exports import read_back_csv, read_back_xlsx

    store.set_counsellor_password(PASSWORD)
    finished_student(atlas, shell, "=HYPERLINK(\"x\")")
    finished_student(atlas, shell, "Әйгерім Сәрсенбаева")
    log_in(shell, qtbot)
    tab = shell.room.reports
    tab.report_language.setCurrentIndex(tab.report_language.findData("ru"))
    csv_rows = read_back_csv(tab.export_csv(tmp_path / "r.csv"), ";")
    xlsx_rows = read_back_xlsx(tab.export_xlsx(tmp_path / "r.xlsx"))
    names = sorted(row[0] for row in csv_rows[1:])
    assert names == ["'=HYPERLINK(\"x\")", "Әйгерім Сәрсенбаева"]
    assert sorted(row[0] for row in xlsx_rows[1:]) == names
    # One language per file: Russian headers and Russian words for the codes, on a Kazakh
    # screen; never a raw code.
    from ui.counsellor.export_texts import export_texts

    russian = export_texts("ru")
    assert xlsx_rows[0][0] == russian["Name"] != "Name"
    programme = xlsx_rows[1][xlsx_rows[0].index(russian["Programme"])]
    assert programme == russian["programme:short+ddo"] and "+" not in programme.split()[0]
    summary = (tmp_path / "s.csv")
    assert tab.district_summary(summary, ("2026-01-01", "2100-12-31")) is None  # no district
    store.set_setting("district_id", "talas")
    tab.district_summary(summary, ("2020-09-01", "2100-12-31"))
    text = summary.read_text(encoding="utf-8-sig")
    assert "Әйгерім" not in text and "2020-09-01..2100-12-31" in text
    tab.district_summary(tmp_path / "none.csv", ("2000-09-01", "2001-05-31"))
    assert read_back_csv(tmp_path / "none.csv")[1:] == []  # nobody took it then
    merged = tab.merge_summaries([summary], tmp_path / "district.csv")
    assert merged == tmp_path / "district.csv" and read_back_csv(merged)[0][0] == "district_id"
    assert tab.merge_summaries([summary, summary], tmp_path / "twice.csv") is None
    assert tab.message.text()  # the reason, shown


def test_named_list_and_a_whole_class_of_reports_from_the_room(shell, store, atlas, qtbot,
                                                               tmp_path):
    store.set_counsellor_password(PASSWORD)
    for name in ("Әлия", "Бекзат"):
        finished_student(atlas, shell, name)
    log_in(shell, qtbot)
    tab = shell.room.reports
    tab.reload()
    tab.class_combo.setCurrentIndex(tab.class_combo.findData("9 Ә"))
    assert tab.class_list_pdf(tmp_path / "list.pdf").stat().st_size > 1000
    assert tab.batch_pdf(tmp_path / "all.pdf").stat().st_size > 1000
    assert tab.class_report_pdf(tmp_path / "class.pdf").exists()
    actions = [a for _at, a, _d in store.audit_entries()]
    assert actions[:3] == ["export"] * 3


@pytest.mark.needs_tool("pdftotext")
def test_student_report_from_the_room_in_a_chosen_language(shell, store, atlas, qtbot,
                                                           tmp_path):
    import subprocess

    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әйгерім Сәрсенбаева")
    log_in(shell, qtbot)
    pdf = shell.room.student_report(student_id, tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Әйгерім Сәрсенбаева" in text
    assert [a for _at, a, _d in store.audit_entries()][0] == "export"

    def pick_russian(dialog):
        dialog.setTextValue("Русский")
        dialog.accept()

    on_next_dialog(pick_russian)
    assert shell.room.ask_report_language("kk") == "ru"


def test_table_sorts_by_a_header_click_and_filters_by_flag(shell, store, atlas, qtbot):
    store.set_counsellor_password(PASSWORD)
    for name in ("Бекзат", "Әлия", "Аян"):
        finished_student(atlas, shell, name)
    store._conn.execute("UPDATE results SET scores_json = json_set(scores_json, "
                        "'$.riasec.flags', json('[\"too_fast\"]')) WHERE session_id = 1")
    log_in(shell, qtbot)
    tab = shell.room.students
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert [r.display_name for r in tab.model.rows] == ["Аян", "Әлия", "Бекзат"]
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert [r.display_name for r in tab.model.rows] == ["Бекзат", "Әлия", "Аян"]
    tab.flag_combo.setCurrentIndex(tab.flag_combo.findData("too_fast"))
    assert [r.display_name for r in tab.model.rows] == ["Бекзат"]
    type_text(tab.name_search, "әлия")
    assert tab.model.rowCount() == 0
    tab.flag_combo.setCurrentIndex(0)
    assert [r.display_name for r in tab.model.rows] == ["Әлия"]


def test_classes_set_up_merged_and_a_student_corrected_from_the_room(shell, store, atlas,
                                                                    qtbot):
    from ui.counsellor.classes_dialog import ClassesDialog, EditStudentDialog

    store.set_counsellor_password(PASSWORD)
    ids = [finished_student(atlas, shell, name, cls) for name, cls in
           (("Әлия", "9А"), ("Бекзат", "9 а"), ("Аян", "9 «А»"), ("Дана", "9Б"))]
    log_in(shell, qtbot)
    dialog = ClassesDialog(store, shell.room)
    qtbot.addWidget(dialog)
    for letter in ("А", "Ә"):
        dialog.letter.setText(letter)
        dialog.findChild(type(dialog.findChild(object, "addClass")), "addClass").click()
    assert [dialog.classes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.classes.count())] == ["9 «А»", "9 «Ә»"]
    dialog.letter.setText("АБ")
    dialog.add_class()
    assert dialog.classes.count() == 2 and dialog.message.text()
    assert dialog.suggestions.count() == 3  # 9А, 9 а → 9 «А»; 9Б → 9 «Б»
    dialog.suggestions.item(2).setCheckState(Qt.CheckState.Unchecked)  # 9Б stays for now
    dialog.merge_ticked()
    assert sorted(store.student(i).class_name for i in ids[:3]) == ["9 «А»"] * 3
    assert store.student(ids[3]).class_name == "9Б"
    edit = EditStudentDialog(store, ids[3], shell.room)
    qtbot.addWidget(edit)
    edit.name.setText("Дана  Оспанова")
    edit.class_combo.setCurrentIndex(edit.class_combo.findData("9 «Ә»"))
    assert edit.save()
    assert store.student(ids[3]).display_name == "Дана Оспанова"
    assert store.student(ids[3]).class_name == "9 «Ә»"
    shell.room.students.reload()
    classes = [shell.room.students.class_combo.itemData(i)
               for i in range(1, shell.room.students.class_combo.count())]
    assert classes == ["9 «А»", "9 «Ә»"]


def test_class_picker_lists_the_school_classes_or_takes_typing(qapp):
    from ui.class_picker import ClassPicker

    picker = ClassPicker()
    picker.setText("9а")
    assert picker.text() == "9а"
    picker.set_classes(["9 «А»", "9 «Ә»"])
    assert picker.text() == "" and not picker.isEditable()
    typed = []
    picker.textEdited.connect(typed.append)
    picker.setText("9 «Ә»")
    assert picker.text() == "9 «Ә»"
    picker.clear()
    assert picker.text() == ""


def test_the_dashboard_is_the_first_page_and_marks_follow_ups(shell, store, atlas, qtbot):
    from guidance.records import dashboard as d

    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әлия")
    store.add_student(StudentInput("Аян", "9 Ә", 9, "talas"))
    paused = store.add_student(StudentInput("Бекзат", "9 Ә", 9, "talas"))
    store.start_session(paused.id, "short", "riasec_short 2025.1")
    log_in(shell, qtbot)
    room = shell.room
    assert room.tabs.currentIndex() == 0 and room.dashboard.isVisibleTo(room)
    board = room.dashboard
    assert board.progress.item(0, 0).text() == "9 Ә"
    assert board.progress.item(0, 1).text() == "3" and board.progress.item(0, 2).text()[0] == "1"
    names = [r.display_name for r in board.triage_rows]
    assert "Бекзат" in names and "Аян" not in names  # not started is not "unfinished"
    row = names.index("Бекзат")
    assert board.triage.item(row, 2).text() == board.reasons()["unfinished"]
    board.triage.selectRow(row)
    board.buttons["talk"].click()
    assert d.follow_ups(store) == {paused.id: "talk"}
    assert board.triage.item(row, 3).text() == board.follow_up_names()["talk"]
    assert board.gaps.rowCount() == 1 and board.gaps.item(0, 0).text() == "9 Ә"
    # the region's side leaves out illustrative (sample) rows, as the parents' class report does:
    # on the shipped atlas only 2025 is published or estimated, 2026-2027 are examples
    from guidance.atlas.demand_types import demand_share_by_riasec_letter
    trusted, _ = demand_share_by_riasec_letter(atlas, 2025, 2027, ("sample",))
    with_samples, _ = demand_share_by_riasec_letter(atlas, 2025, 2027)
    assert trusted != with_samples
    top = max(trusted, key=trusted.get)
    assert board.gaps.item(0, 3).text().endswith(f"({top})")
    assert "(2025)" in board.gap_note.text() and "2027" not in board.gap_note.text()
    opened = []
    board.open_student.disconnect()
    board.open_student.connect(opened.append)
    board.triage.selectRow(row)
    board.buttons["open"].click()
    assert opened == [paused.id] and student_id != paused.id


def test_sessions_from_another_pc_imported_in_the_room(shell, store, atlas, qtbot, tmp_path):
    store.set_counsellor_password(PASSWORD)
    other = RecordsStore(tmp_path / "pc7" / "records.sqlite")
    student = other.add_student(StudentInput("Дана Оспанова", "9 Ә", 9, "talas", "kk", "kk"))
    run = QuestionnaireRun.start(atlas, other, student, "short")
    while run.current is not None:
        run.answer(2, 2500)
    run.finish(shell.flow.recommender)
    log_in(shell, qtbot)
    room = shell.room
    from ui.counsellor.transfer_tab import TransferTab

    sender = TransferTab(other)
    stick = sender.export_file(tmp_path / "pc7.bagdar-sessions")
    assert stick is not None and "1" in sender.report.text()
    lines = room.transfer.import_files([stick])
    assert len(lines) == 1 and "pc7.bagdar-sessions" in lines[0]
    assert room.students.model.rowCount() == 1  # the room reloaded
    assert room.transfer.import_files([stick]) and room.students.model.rowCount() == 1
    half = tmp_path / "half.bagdar-sessions"
    half.write_bytes(stick.read_bytes()[:200])
    [refused] = room.transfer.import_files([half])
    assert "half.bagdar-sessions" in refused and room.students.model.rowCount() == 1
    other.close()


LONGEST_SCHOOL = ("Жамбыл облысы әкімдігі білім басқармасының Талас ауданы бойынша білім "
                  "бөлімінің «Қаратау қаласындағы №3 жалпы орта білім беретін "
                  "мектеп-гимназиясы» коммуналдық мемлекеттік мекемесі")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_room_fits_1024_at_the_largest_text_with_the_longest_school_name(
        shell, store, atlas, qtbot, languages, lang):
    store.set_counsellor_password(PASSWORD)
    store.set_setting("school_name", LONGEST_SCHOOL)
    for name, cls in (("Әйгерім Сәрсенбаева-Қуанышбекова", "9А"), ("Дана", "9 «Ә»")):
        finished_student(atlas, shell, name, cls)
    languages.set_language(lang)
    log_in(shell, qtbot)
    room = shell.room
    try:
        while shell.change_text_size(+1) < 1.5:
            pass
        QApplication.processEvents()
        assert shell.minimumSizeHint().width() <= 1024
        for index in range(room.tabs.count()):
            page = room.tabs.widget(index)
            inner = page.widget() if hasattr(page, "widget") and page.widget() else page
            # The window's 1024 less its margins, the tab frame and a scroll bar: no page
            # scrolls sideways.
            assert inner.minimumSizeHint().width() <= 960, type(inner).__name__
        title = room.title
        lines = title.heightForWidth(title.width()) / title.fontMetrics().lineSpacing()
        assert lines < 2.6 and "…" in title.text() and title.toolTip() == LONGEST_SCHOOL
        assert room.dashboard.classes_hint.isVisibleTo(room)  # "9А" can be merged
    finally:
        while shell.change_text_size(-1) > 1.0:
            pass
        shell.change_text_size(+1)


def test_students_pick_their_class_from_the_schools_list(shell, store):
    from guidance.records import classes

    classes.add_class(store, 9, "А")
    classes.add_class(store, 9, "Ә")
    shell.flow.start()
    page = shell.about_you
    picker = page.class_edit
    assert not picker.isEditable()
    assert [picker.itemText(i) for i in range(picker.count())] == ["9 «А»", "9 «Ә»"]
    assert picker.text() == ""  # nothing chosen for the student
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    assert picker.text() == "9 «Ә»"
    assert page.fields.grade.currentData() == 9
