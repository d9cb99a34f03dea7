"""The counsellor's room: setup, login, the students table, paper mode, deletion, restore."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guidance.questionnaire import QuestionnaireRun
from guidance.records import RecordsStore, StudentInput
from tests.qt_helpers import type_text
from ui.app import make_recommender
from ui.i18n import LanguageManager
from ui.shell import AppShell, ShellOptions

PASSWORD = "Mektep-2025"


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.set_language("kk")
    yield manager
    manager.set_language("en")


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


def test_first_run_setup_stores_the_school_and_a_hash_only(shell, store, qtbot):
    seen = {}

    def fill(wizard):
        wizard.school.setText("Қаратау №3 мектеп")
        wizard.district.setCurrentIndex(wizard.district.findData("talas"))
        wizard.programme.setCurrentIndex(wizard.programme.findData("short+ddo"))
        wizard.password.setText(PASSWORD)
        wizard.repeat.setText("different")
        wizard.save()
        seen["error"] = wizard.error.text()
        wizard.repeat.setText(PASSWORD)
        wizard.save()
        seen["key"] = wizard.key_label.text()
        wizard.accept()

    on_next_dialog(fill)
    shell.flow.open_counsellor()
    assert seen["error"] and len(seen["key"]) == 19
    assert store.setting("school_name") == "Қаратау №3 мектеп"
    assert store.setting("district_id") == "talas" and store.setting("programme") == "short+ddo"
    assert store.check_counsellor_password(PASSWORD)
    assert PASSWORD not in str(store.setting("counsellor_password"))
    assert store.check_recovery_key(seen["key"].lower().replace("-", " "))


def test_failed_then_successful_login_opens_the_room(shell, store, qtbot):
    store.set_counsellor_password(PASSWORD)
    messages = []

    def wrong(dialog):
        dialog.password.setText("wrong")
        dialog.try_login()
        messages.append((dialog.error.text(), dialog.buttons.buttons()[0].isEnabled()))
        dialog.reject()

    on_next_dialog(wrong)
    shell.flow.open_counsellor()
    assert shell.stack.currentWidget() is shell.welcome
    assert messages[0][0] and shell.throttle.failures == 1
    assert shell.throttle.seconds_to_wait() >= 0
    log_in(shell, qtbot)
    assert [a for _at, a, _d in store.audit_entries()][0] == "login"
    shell.room.logout_button.click()
    assert shell.stack.currentWidget() is shell.welcome


def test_growing_delays_between_failed_logins():
    from ui.counsellor.access import LoginThrottle

    now = [100.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    assert [throttle.failed() for _ in range(8)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert throttle.seconds_to_wait() == 60
    now[0] += 61
    assert throttle.seconds_to_wait() == 0


def test_a_student_opened_from_the_table(shell, store, atlas, qtbot):
    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әлия Нұрланқызы")
    log_in(shell, qtbot)
    tab = shell.room.students
    assert tab.model.rowCount() == 1
    type_text(tab.name_search, "Әлия")
    assert tab.model.rowCount() == 1 and tab.model.rows[0].holland_code.startswith("R")
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


def test_delete_from_the_table_leaves_no_row_and_no_bytes(shell, store, atlas, qtbot,
                                                           monkeypatch):
    store.set_counsellor_password(PASSWORD)
    name = "Ерасыл Өшірілетінов"
    finished_student(atlas, shell, name)
    finished_student(atlas, shell, "Stays Here", "9 Б")
    log_in(shell, qtbot)
    tab = shell.room.students
    row = next(i for i, r in enumerate(tab.model.rows) if r.display_name == name)
    tab.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    assert [r.display_name for r in tab.model.rows] == ["Stays Here"]
    data = b"".join(p.read_bytes() for p in store.path.parent.glob("records.sqlite*"))
    assert name.encode() not in data
    assert b"Stays Here" in data
    assert [a for _at, a, _d in store.audit_entries()][0] == "delete_student"


def test_restore_from_a_backup(shell, store, atlas, qtbot, tmp_path, monkeypatch):
    store.set_counsellor_password(PASSWORD)
    finished_student(atlas, shell, "Before Backup")
    log_in(shell, qtbot)
    safety = shell.room.safety
    backup = safety.backup_to(tmp_path / "usb" / "backup.sqlite")
    finished_student(atlas, shell, "After Backup")
    shell.room.reload()
    assert shell.room.students.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database")
    assert not safety.restore_from(broken, ask=False)
    assert safety.restore_from(backup, ask=False)
    assert [r.display_name for r in shell.room.students.model.rows] == ["Before Backup"]
    assert [a for _at, a, _d in store.audit_entries()][0] == "restore"


def test_the_room_is_unreachable_without_the_password(shell, store, qtbot):
    store.set_counsellor_password(PASSWORD)
    on_next_dialog(lambda dialog: dialog.reject())
    shell.flow.open_counsellor()
    assert shell.room is None
    assert shell.stack.currentWidget() is shell.welcome
    qtbot.keyClick(shell.welcome, Qt.Key.Key_Escape)
    assert shell.room is None


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


def test_save_dialogs_open_in_documents_with_a_meaningful_name(qapp, monkeypatch):
    from datetime import date

    from ui.counsellor import save_paths

    name = save_paths.file_name("9 «Ә»", "class report", "(kk)", suffix="pdf",
                                on=date(2026, 11, 27))
    assert name == "Bagdar — 9 «Ә» — class report — (kk) — 2026-11-27.pdf"
    assert save_paths.file_name('a/b:c*"', suffix="csv").startswith("Bagdar — a_b_c__ — ")
    seen = {}

    def fake(parent, title, start, pattern, selected, options):
        seen["start"], seen["options"] = start, options
        return "", ""

    monkeypatch.setattr(save_paths.QFileDialog, "getSaveFileName", fake)
    assert save_paths.ask_save_path(None, "t", name, "PDF (*.pdf)") is None
    assert seen["start"] == str(save_paths.documents_folder() / name)
    assert seen["options"] & save_paths.QFileDialog.Option.DontUseNativeDialog  # logout closes it


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


def test_automatic_logout_warns_then_closes_every_window_of_the_room(shell, store, atlas,
                                                                    qtbot):
    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әлия Нұрланқызы")
    log_in(shell, qtbot)
    room = shell.room
    shell.room_watch.warning.emit(60)
    assert room.logout_warning.isVisible() and "60" in room.logout_warning.text()
    shell.room_watch.resumed.emit()
    assert not room.logout_warning.isVisible()
    card = room.open_student(student_id)
    question = QMessageBox(QMessageBox.Icon.Question, "?", "Delete?", parent=card)
    question.open()
    assert card.isVisible() and question.isVisible()
    outcome = {}

    def time_out(_dialog):
        shell.room_watch.timed_out.emit()  # while a modal question waits over the card

    on_next_dialog(time_out)
    outcome["answer"] = QMessageBox.question(room.students, "?", "Really?")
    assert outcome["answer"] != QMessageBox.StandardButton.Yes
    assert shell.stack.currentWidget() is shell.welcome
    assert not card.isVisible() and not question.isVisible()
    assert room.open_windows() == []
    assert not room.logout_warning.isVisible()
    # A save dialog (suggesting a student's name) is closed by the logout too.
    from ui.counsellor.save_paths import ask_save_path

    log_in(shell, qtbot)
    on_next_dialog(time_out, 200)
    assert ask_save_path(room.reports, "Save", "Bagdar — Әлия.pdf", "PDF (*.pdf)") is None
    assert room.open_windows() == [] and shell.stack.currentWidget() is shell.welcome


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


def test_audit_log_in_local_time_with_details_in_words(shell, store, atlas, qtbot,
                                                        monkeypatch):
    from ui.counsellor import audit_texts

    monkeypatch.setenv("TZ", "Asia/Almaty")
    import time

    time.tzset()
    try:
        assert audit_texts.local_time("2026-11-27T09:05:00.123Z") in (
            "27.11.2026 14:05", "27.11.2026 15:05")  # UTC+5 (or +6 with an old tz database)
        assert audit_texts.utc_offset_text() in ("UTC+5", "UTC+6")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    store.set_counsellor_password(PASSWORD)
    student_id = finished_student(atlas, shell, "Әлия")
    words = audit_texts.AuditTexts(store)
    assert words.detail("export", f"student report {student_id}") == \
        words.tr("student report: %1").replace("%1", "Әлия")
    assert words.detail("delete_student", "999") == words.tr("student No. %1").replace("%1",
                                                                                       "999")
    assert words.detail("export", "csv school") == words.tr("results of %1 (%2)").replace(
        "%1", words.tr("whole school")).replace("%2", "CSV")
    assert words.detail("unknown", "as stored") == "as stored"
    log_in(shell, qtbot)
    safety = shell.room.safety
    before = len(store.audit_entries())
    for months in (13, 14, 15, 16):  # four clicks on the arrow
        safety.months.setValue(months)
    qtbot.waitUntil(lambda: len(store.audit_entries()) > before, timeout=5000)
    qtbot.wait(300)
    changes = [d for _at, a, d in store.audit_entries() if a == "settings"]
    assert changes[0] == "retention 16 months" and len(store.audit_entries()) == before + 1
    safety.refresh()
    assert "UTC" in safety.audit.horizontalHeaderItem(0).text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", safety.audit.item(0, 0).text())


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
