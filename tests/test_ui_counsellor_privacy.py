"""The counsellor's room and privacy: first-run setup, login and its back-off, logout closing
every window, deletion and restore that keep their promises, the audit log, save dialogs."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests import room_helpers
from tests.room_helpers import PASSWORD, finished_student, log_in, on_next_dialog

# The shared fixtures, under the names the tests ask for.
store, shell = room_helpers.store, room_helpers.shell


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


def test_logout_closes_the_print_dialog(shell, store, atlas, qtbot, monkeypatch):
    """The print dialog is Bagdar's own (a native one could not be closed): an automatic
    logout while it waits over the class report closes it, and nothing is printed."""
    from PySide6.QtPrintSupport import QPrinterInfo

    from ui.print_dialog import PrintDialog

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames",
                        staticmethod(lambda: ["Office printer"]))
    store.set_counsellor_password(PASSWORD)
    finished_student(atlas, shell, "Әлия Нұрланқызы")
    log_in(shell, qtbot)
    room = shell.room
    seen = []

    def time_out(dialog):
        seen.append(dialog)
        assert isinstance(dialog, PrintDialog) and dialog.isVisible()
        shell.room_watch.timed_out.emit()

    tab = room.reports
    tab.reload()
    tab.class_combo.setCurrentIndex(tab.class_combo.findData("9 Ә"))
    on_next_dialog(time_out, 300)
    tab.class_report_print()
    assert seen and not seen[0].isVisible()
    assert "print" not in [action for _when, action, _detail in store.audit_entries()]
    assert room.open_windows() == [] and shell.stack.currentWidget() is shell.welcome
