"""Guards of the shared PC that survive a restart: password back-off and audit, the password
policy, a spent recovery key, resume codes typed on any layout, throttled, locked, expiring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from guidance.records import RecordsStore, StudentInput, codes
from guidance.records.auth import hash_password, password_problem
from guidance.records.guard import LOCK_AFTER, Backoff

PASSWORD = "Mektep-2025"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "records.sqlite"


@pytest.fixture
def store(path):
    opened = RecordsStore(path)
    yield opened
    opened.close()


def kid(name="Әйгерім"):
    return StudentInput(name, "9 Ә", 9, "talas", "kk", "kk")


def test_password_back_off_survives_a_restart_and_covers_every_check(path):
    store = RecordsStore(path)
    store.set_counsellor_password(PASSWORD)
    assert not store.check_counsellor_password("wrong one")
    assert store.password_wait_seconds() == 1
    store.close()
    store = RecordsStore(path)  # a restart does not give a guesser a fresh start
    assert store.password_wait_seconds() >= 1
    # while the wait runs, even the right password and the recovery key fail
    assert not store.check_counsellor_password(PASSWORD)
    store.password_guard.clock = lambda: 10**10  # time passes
    assert not store.check_counsellor_password("wrong two")
    assert store.password_guard.failures == 2
    assert store.password_guard.seconds_to_wait() == 2
    store.password_guard.clock = lambda: 10**11
    assert store.check_counsellor_password(PASSWORD)
    assert store.password_guard.failures == 0
    failed = [e for e in store.audit_entries() if e[1] == "login_failed"]
    assert len(failed) == 2
    store.close()


def test_a_clock_set_back_never_locks_the_counsellor_out_for_long(store):
    guard = Backoff(store, "password", clock=lambda: 10**12)
    for _ in range(20):
        guard.failed()
    guard.clock = lambda: 0.0  # the clock was set back by decades
    assert guard.seconds_to_wait() == 60


@pytest.mark.parametrize(("password", "problem"), [
    ("123456", "too_short"), ("12345678", "common"), ("qwerty123", "common"),
    ("Пароль123", "common"), ("aaaaaaaa", "common"), ("98765432", "common"),
    ("мектеп2025", "common"), (PASSWORD, None), ("Қаратау мектебі 3", None)])
def test_password_policy(password, problem):
    assert password_problem(password) == problem


def test_a_missing_password_row_over_a_set_up_school_needs_the_recovery_key(store):
    assert not store.has_counsellor_password()  # a new PC: first setup
    store.set_counsellor_password(PASSWORD)
    store.set_setting("recovery_key", hash_password("AAAA-BBBB-CCCC-DDDD"))
    store.add_student(kid())
    store._conn.execute("DELETE FROM settings WHERE key = 'counsellor_password'")
    assert store.has_counsellor_password()  # no first setup over existing records
    assert store.password_missing()
    assert not store.check_counsellor_password("")
    assert not store.check_recovery_key("aaaa bbbb cccc dddd")  # the back-off runs
    store.password_guard.clock = lambda: 10**10
    assert store.check_recovery_key("aaaa bbbb cccc dddd")


def test_a_used_recovery_key_is_replaced(store):
    store.set_setting("recovery_key", hash_password("AAAA-BBBB-CCCC-DDDD"))
    assert store.check_recovery_key("AAAA-BBBB-CCCC-DDDD")
    new = store.replace_recovery_key()
    assert len(new) == 19 and new != "AAAA-BBBB-CCCC-DDDD"
    assert not store.check_recovery_key("AAAA-BBBB-CCCC-DDDD")
    store.password_guard.clock = lambda: 10**10
    assert store.check_recovery_key(new)
    assert [e for e in store.audit_entries() if e[1] == "login_failed"]


# --- resume codes -----------------------------------------------------------------------
def test_codes_typed_on_a_russian_or_kazakh_layout_are_read_as_the_same_keys():
    assert codes.candidates("ВКЦ-ТГА") == ["DRWNUF"]  # the same physical keys as DRW-NUF
    assert "DRWNUF" in codes.candidates(codes.EXAMPLE)
    assert "KMP479" in codes.candidates("кмр-479")  # an old code with Cyrillic look-alikes
    assert codes.candidates("") == [] and codes.candidates("AB") == []


def test_new_and_old_codes_resolve_on_every_layout(store):
    student = store.add_student(kid())
    new = store.start_session(student.id, "short", "v1")
    old = store.start_session(student.id, "short", "v1")
    store._conn.execute("UPDATE sessions SET resume_code = 'KMP479' WHERE id = ?", (old.id,))
    to_cyrillic_keys = {v: k for k, v in codes._KEYS.items()}
    typed = "".join(to_cyrillic_keys[c] for c in new.resume_code).lower()
    assert store.find_resumable(typed).id == new.id
    assert store.find_resumable("КМР-479").id == old.id
    assert store.find_resumable("kmp 479").id == old.id


def test_wrong_codes_slow_down_then_lock_until_the_counsellor_unlocks(path):
    store = RecordsStore(path)
    student = store.add_student(kid())
    right = store.start_session(student.id, "short", "v1").resume_code
    now = [1_000_000.0]
    store.resume_guard.clock = lambda: now[0]
    waits = []
    for _ in range(LOCK_AFTER - 1):
        assert store.find_resumable("QQQ-QQQ") is None
        waits.append(store.resume_wait_seconds())
        if waits[-1]:
            assert store.find_resumable(right) is None  # even the right code waits
        now[0] += 120
    assert waits[:2] == [0, 0] and waits[2:5] == [1, 2, 4]
    assert store.find_resumable(right).id  # the right code still works before the lock-out
    assert store.find_resumable("QQQ-QQQ") is None
    assert store.resume_locked()
    store.close()
    store = RecordsStore(path)  # the lock-out survives a restart
    assert store.resume_locked() and store.find_resumable(right) is None
    store.unlock_resume()
    assert store.find_resumable(right).id
    store.close()


def test_codes_expire_after_the_period_the_counsellor_sets(store):
    student = store.add_student(kid())
    session = store.start_session(student.id, "short", "v1")
    store.save_answer(session.id, "r01", 3)
    old = (datetime.now(UTC) - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    store._conn.execute("UPDATE sessions SET started_at = ?", (old,))
    store._conn.execute("UPDATE answers SET answered_at = ?", (old,))
    assert store.find_resumable(session.resume_code) is None  # default 14 days
    store.set_setting("resume_days", "30")
    assert store.find_resumable(session.resume_code).id == session.id




def test_login_dialog_keeps_the_wait_of_the_records_and_a_spent_key_is_replaced(
        path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.counsellor import access

    store = RecordsStore(path)
    store.set_counsellor_password(PASSWORD)
    store.set_setting("recovery_key", hash_password("AAAA-BBBB-CCCC-DDDD"))
    dialog = access.LoginDialog(store, access.LoginThrottle())
    dialog.password.setText("wrong")
    dialog.try_login()
    assert not dialog._ok().isEnabled() and "1" in dialog.error.text()
    again = access.LoginDialog(store, access.LoginThrottle())  # as after a restart
    assert again.throttle.failures == 1 and not again._ok().isEnabled()
    # a weak new password is refused, then the recovery key sets a good one and is spent
    store.password_guard.clock = lambda: 10**10
    setter = access.SetPasswordDialog(store, needs_recovery_key=True)
    setter.key.setText("AAAA-BBBB-CCCC-DDDD")
    setter.first.setText("12345678")
    setter.second.setText("12345678")
    setter.save()
    assert "easy to guess" in setter.error.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(access.SetPasswordDialog, "exec", lambda d: True)
    again._recover()
    assert shown and "<h2>" in shown[0] and not store.check_recovery_key("AAAA-BBBB-CCCC-DDDD")
    store.close()


def test_a_missing_password_row_sends_the_counsellor_to_the_recovery_key(path, qapp):
    from ui.counsellor import access

    store = RecordsStore(path)
    store.set_counsellor_password(PASSWORD)
    store.set_setting("setup_done", "1")  # as the first-setup wizard leaves it
    store._conn.execute("DELETE FROM settings WHERE key = 'counsellor_password'")
    dialog = access.LoginDialog(store, access.LoginThrottle())
    assert not dialog.password.isEnabled() and "recovery key" in dialog.error.text()
    store.close()


def test_the_pause_code_closes_itself_and_the_resume_dialog_shows_the_wait(path, qapp):
    from PySide6.QtWidgets import QWidget

    from ui.student.dialogs import PauseCodeDialog, ResumeCodeDialog

    pause = PauseCodeDialog("DRWNUF", seconds=5, idle_seconds=3)
    pause.show()
    for _ in range(2):
        pause._tick_once()
    assert pause.isVisible() and "1" in pause.countdown.text()
    pause._tick_once()  # nobody touched it for 3 s
    assert not pause.isVisible() and pause.result() == PauseCodeDialog.DialogCode.Accepted

    store = RecordsStore(path)
    parent = QWidget()
    parent.store = store
    resume = ResumeCodeDialog(parent)
    assert codes.EXAMPLE in resume.prompt.text() and resume.ok_button.isEnabled()
    for _ in range(3):
        store.find_resumable("QQQ-QQQ")
    resume.show_not_found()
    assert not resume.ok_button.isEnabled() and "1 s" in resume.error.text()
    store.resume_guard._set("locked", "1")
    resume._show_wait()
    assert not resume.code_edit.isEnabled() and "counsellor" in resume.error.text()
    store.close()


def test_settings_current_password_check_shares_the_back_off_and_the_policy(path, qapp, atlas):
    from ui.counsellor.settings_tab import SettingsTab

    store = RecordsStore(path)
    store.set_counsellor_password(PASSWORD)
    tab = SettingsTab(store, atlas.districts(), "kk")
    tab.current.setText(PASSWORD)
    tab.new.setText("qwerty123")
    tab.repeat.setText("qwerty123")
    assert not tab.change_password() and "easy to guess" in tab.password_message.text()
    tab.current.setText("a wrong guess")
    assert not tab.change_password()
    tab.current.setText(PASSWORD)  # right, but the wait of the wrong guess runs
    tab.new.setText("Жаңа-құпия-2026")
    tab.repeat.setText("Жаңа-құпия-2026")
    assert not tab.change_password() and "1 s" in tab.password_message.text()
    assert [e for e in store.audit_entries() if e[1] == "login_failed"]
    store.close()
