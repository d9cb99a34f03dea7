"""Bagdar survives bad files, crashes and misuse: fuzzed updates, kills mid-swap, damaged
records, a second instance, unexpected errors, and it never touches the network."""

from __future__ import annotations

import io
import os
import random
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guidance.atlas import Atlas
from guidance.atlas.install import AtlasInstall
from guidance.atlas.update import load_update
from guidance.records import RecordsStore, StudentInput
from tests.conftest import ROOT
from tests.test_atlas_update import make_zip, source_files

BASE = source_files()
NAMES = sorted(BASE)


def mutated_zip(draw_ops: list[tuple[str, int, str]]) -> bytes:
    files = dict(BASE)
    rnd = random.Random(len(draw_ops))
    for op, index, text in draw_ops:
        name = NAMES[index % len(NAMES)]
        data = files.get(name, b"")
        if op == "cell" and data:
            lines = data.decode("utf-8", "replace").split("\n")
            row = 1 + index % max(1, len(lines) - 2)
            cells = lines[row].split(",")
            cells[index % len(cells)] = text
            lines[row] = ",".join(cells)
            files[name] = "\n".join(lines).encode("utf-8", "surrogatepass")
        elif op == "encoding":
            files[name] = data.decode("utf-8", "replace").encode(rnd.choice(["cp1251", "utf-16",
                                                                   "latin-1"]), "replace")
        elif op == "header" and data:
            head, _, rest = data.partition(b"\n")
            columns = head.split(b",")
            columns[index % len(columns)] = text.encode("utf-8", "replace")
            files[name] = b",".join(columns) + b"\n" + rest
        elif op == "drop":
            files.pop(name, None)
        elif op == "junk_member":
            files["../" + text] = b"x"
        elif op == "duplicate_row" and data:
            lines = data.split(b"\n")
            files[name] = data + b"\n" + lines[1 + index % max(1, len(lines) - 2)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    raw = buffer.getvalue()
    if any(op == "truncate" for op, _i, _t in draw_ops):
        raw = raw[: len(raw) // 2]
    return raw


OPS = st.lists(st.tuples(
    st.sampled_from(["cell", "encoding", "header", "drop", "junk_member", "duplicate_row",
                     "truncate"]),
    st.integers(0, 10_000), st.text(max_size=12)), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def installed(tmp_path_factory, atlas_path):
    folder = tmp_path_factory.mktemp("installed")
    install = AtlasInstall(folder / "atlas", atlas_path)
    data, _ = load_update(make_zip(folder / "base.zip", BASE))
    install.install(data)
    return install


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_fuzzed_updates_are_imported_or_rejected_never_crash(installed, tmp_path, ops):
    current = installed.current()
    before = current.read_bytes()
    pointer = (installed.folder / "current.txt").read_bytes()
    path = tmp_path / "update.zip"
    path.write_bytes(mutated_zip(ops))
    data, _notices = load_update(path)
    if data.ok:
        new = installed.install(data)
        assert Atlas(new).info().edition
        if installed.current() != current:
            installed.rollback()
    else:
        assert data.problems and all(p.message for p in data.problems)
        assert (installed.folder / "current.txt").read_bytes() == pointer
    assert installed.current().read_bytes() == before


SWAPPER = """
import sys
from pathlib import Path
from guidance.atlas.install import AtlasInstall
from guidance.atlas.update import load_update
install = AtlasInstall(Path(sys.argv[1]), Path(sys.argv[2]))
editions = [load_update(Path(p))[0] for p in sys.argv[3:5]]
print("ready", flush=True)
n = 0
while True:
    install.install(editions[n % 2])
    n += 1
"""


def test_killed_during_atlas_swaps_leaves_a_whole_edition(tmp_path, atlas_path):
    files = dict(BASE)
    first = make_zip(tmp_path / "a.zip", files)
    files["edition.csv"] = files["edition.csv"].replace(b"2026.1", b"2026.9")
    second = make_zip(tmp_path / "b.zip", files)
    folder = tmp_path / "atlas"
    for delay in (0.3, 0.7, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", SWAPPER, str(folder), str(atlas_path),
                                 str(first), str(second)], cwd=ROOT, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        current = AtlasInstall(folder, atlas_path).current()
        atlas = Atlas(current)
        assert atlas.info().edition in ("2026.1", "2026.9")
        assert atlas._all("PRAGMA quick_check")[0][0] == "ok"
        assert len(atlas.profession_ids()) == len(Atlas(atlas_path).profession_ids())
        atlas.close()


def test_damaged_records_offer_the_latest_good_backup(tmp_path):
    from ui.startup import check_records

    data = tmp_path / "data"
    store = RecordsStore(data / "records.sqlite")
    store.add_student(StudentInput("Сақталған Оқушы", "9 А", 9))
    store.daily_backup(data / "backups")
    store.close()
    path = data / "records.sqlite"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\x00garbage" * 437
    path.write_bytes(bytes(raw))
    damaged = path.read_bytes()
    questions = []
    assert not check_records(path, data / "backups", lambda q: questions.append(q) or False)
    assert path.read_bytes() == damaged and questions
    assert check_records(path, data / "backups", lambda q: True)
    restored = RecordsStore(path)
    assert [restored.student(i).display_name for i in restored.student_ids()] == [
        "Сақталған Оқушы"]
    restored.close()
    assert list(data.glob("records.damaged-*.sqlite"))


def test_second_instance_is_refused(tmp_path):
    from ui.startup import single_instance

    lock = single_instance(tmp_path)
    assert lock is not None
    probe = ("import sys; from pathlib import Path; from ui.startup import single_instance; "
             "print(single_instance(Path(sys.argv[1])) is None)")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True"
    lock.unlock()
    again = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert again.stdout.strip() == "False"


def test_unexpected_errors_are_logged_and_shown(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from ui import startup

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = startup.setup_logging(tmp_path)
    startup.install_excepthook(lambda: None, log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in startup.log.handlers:
        handler.flush()
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    assert shown and str(log_file) in shown[0]


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("Bagdar tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_student_path_and_import_work_with_the_network_cut(no_network, qapp, atlas,
                                                           atlas_path, tmp_path):
    from ui.app import make_recommender
    from ui.i18n import LanguageManager
    from ui.shell import AppShell, ShellOptions

    store = RecordsStore(tmp_path / "records.sqlite")
    languages = LanguageManager(qapp)
    shell = AppShell(atlas, store, languages, make_recommender(atlas), ShellOptions())
    shell.show()
    shell.flow.begin(StudentInput("Offline Student", "9 А", 9, "talas", "kk", "kk"))
    run = shell.flow.run
    while run.current is not None:
        step = run.current
        shell.flow.answer(0 if step.is_ddo else (4 if step.item.type == "R" else 1), 2000)
    assert shell.stack.currentWidget() is shell.profile
    shell.show_page(shell.recommendations)
    assert shell.recommendations.list.count() == 10
    data, _ = load_update(make_zip(tmp_path / "u.zip", BASE))
    AtlasInstall(tmp_path / "atlas", atlas_path).install(data)
    shell.allow_close()
    shell.close()
    store.close()
    assert Path(tmp_path / "atlas" / "current.txt").exists()


@pytest.mark.parametrize("loss", ["deleted", "emptied", "replaced_by_a_new_file"])
def test_lost_records_next_to_backups_with_students_are_damage_not_a_new_school(tmp_path, loss):
    from ui.startup import check_records

    data = tmp_path / "data"
    path = data / "records.sqlite"
    store = RecordsStore(path)
    store.add_student(StudentInput("Сақталған Оқушы", "9 А", 9))
    store.daily_backup(data / "backups")
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if loss == "emptied":
        path.write_bytes(b"")
    elif loss == "replaced_by_a_new_file":
        RecordsStore(path).close()  # what a fresh start would have created
    questions, told = [], []
    assert not check_records(path, data / "backups", lambda q: questions.append(q) or False,
                             told.append)
    assert "1" in questions[0] and told  # names the backup's students; says why it stops
    assert check_records(path, data / "backups", lambda q: True, told.append)
    restored = RecordsStore(path)
    assert restored.student_ids() and restored.has_counsellor_password() is False
    restored.close()


def test_a_new_pc_starts_without_questions(tmp_path):
    from ui.startup import check_records

    assert check_records(tmp_path / "records.sqlite", tmp_path / "backups",
                         lambda q: pytest.fail(q), lambda m: pytest.fail(m))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="POSIX permissions")
def test_a_read_only_records_file_is_named_as_such(tmp_path):
    from ui.startup import check_records

    path = tmp_path / "records.sqlite"
    store = RecordsStore(path)
    store.add_student(StudentInput("Оқушы", "9 А", 9))
    store.close()
    path.chmod(0o400)
    told = []
    assert not check_records(path, tmp_path / "backups", lambda q: True, told.append)
    assert "read-only" in told[0]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_records_and_backups_are_private_to_the_user(tmp_path):
    data = tmp_path / "data"
    store = RecordsStore(data / "records.sqlite")
    store.add_student(StudentInput("Оқушы", "9 А", 9))
    copy = store.daily_backup()
    store.close()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in (data / "records.sqlite", copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_full_disk_is_named_in_the_error_dialog(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from ui import startup

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    startup.install_excepthook(lambda: None, startup.setup_logging(tmp_path))
    for error in (OSError(28, "No space left on device"),
                  sqlite3.OperationalError("database or disk is full")):
        try:
            raise error
        except Exception:
            sys.excepthook(*sys.exc_info())
    assert shown == [startup.disk_full_message()] * 2


RECORDS_WORKER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from guidance.records import RecordsStore, StudentInput
data, run = Path(sys.argv[1]), sys.argv[2]
store = RecordsStore(data / "records.sqlite")
usb = data.parent / "usb" / "stick.sqlite"
day = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=100 * int(run))
print("ready", flush=True)
n = 0
while True:
    n += 1
    kept = store.add_student(StudentInput(f"Kept {run}-{n}#", "9 A", 9))
    gone = store.add_student(StudentInput(f"Gone {run}-{n}#", "9 B", 9))
    session = store.start_session(kept.id, "short", "v1")
    store.save_answer(session.id, "r01", n % 5)
    store.daily_backup(today=day + timedelta(days=n))
    store.backup_to(usb)
    if n % 3 == 0:
        store.restore_from(usb)
    store.delete_student(gone.id)
    print(n, flush=True)
"""


@pytest.mark.slow
def test_killed_during_backups_restores_and_deletions_loses_nothing_confirmed(tmp_path):
    """SIGKILL at random moments of the records' riskiest work (daily and USB backups,
    restores, deletions that rewrite every copy): after the start-up check the records open
    whole with every confirmed student, every copy left is whole, and no confirmed deletion
    is found in any byte of any file."""
    from guidance.records.backup import check_backup, known_copies
    from ui.startup import check_records

    data = tmp_path / "data"
    rng = random.Random(17)
    kept, gone = set(), set()
    for run in range(12):
        proc = subprocess.Popen([sys.executable, "-c", RECORDS_WORKER, str(data), str(run)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.3, 2.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for n in proc.stdout.read().split():
            kept.add(f"Kept {run}-{n}#")
            gone.add(f"Gone {run}-{n}#")
        assert check_records(data / "records.sqlite", data / "backups", lambda q: False,
                             lambda m: pytest.fail(m))
        store = RecordsStore(data / "records.sqlite")
        assert store._conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        names = {store.student(i).display_name for i in store.student_ids()}
        copies = known_copies(store.path, store.backups_folder, store.external_backups())
        store.close()
        assert kept <= names
        assert all(check_backup(copy).ok for copy in copies), copies
        files = [p for p in list(data.rglob("*")) + list((tmp_path / "usb").glob("*"))
                 if p.is_file()]
        blob = b"\n".join(p.read_bytes() for p in files)
        assert not [name for name in gone if name.encode() in blob]
        assert not list(data.rglob("*.part")) and not list(data.glob("*.restoring"))
    assert len(gone) > 12  # the kills really hit work in progress, many times
