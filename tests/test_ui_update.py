"""The counsellor's atlas update: every problem in the interface language, a preview, apply."""

from __future__ import annotations

import pytest

from guidance.atlas.install import AtlasInstall
from guidance.atlas.problems import TEMPLATES
from guidance.records import RecordsStore
from tests.test_atlas_update import make_zip, source_files
from ui.counsellor.problem_texts import ProblemTexts
from ui.counsellor.update_tab import UpdateTab
from ui.i18n import LanguageManager


@pytest.fixture
def tab(qtbot, atlas, atlas_path, tmp_path):
    store = RecordsStore(tmp_path / "records.sqlite")
    widget = UpdateTab(atlas, AtlasInstall(tmp_path / "atlas", atlas_path), store)
    qtbot.addWidget(widget)
    yield widget
    store.close()


def cells(tab) -> list[list[str]]:
    t = tab.table
    return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
            for r in range(t.rowCount())]


def test_every_problem_code_has_a_translatable_template(qapp):
    assert set(ProblemTexts().templates()) == set(TEMPLATES)


def test_problems_are_listed_with_place_in_the_interface_language(qtbot, tab, tmp_path, qapp):
    languages = LanguageManager(qapp)
    languages.set_language("ru")
    try:
        files = source_files()
        files["colleges.csv"] = files["colleges.csv"].replace(b",taraz,", b",atlantis,", 1)
        files["professions.csv"] = files["professions.csv"].replace(b",7212,", b",72X2,", 1)
        tab.check_file(make_zip(tmp_path / "bad.zip", files))
        qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10000)
        rows = cells(tab)
        assert {r[0].split(",")[0] for r in rows} == {"colleges.csv", "professions.csv"}
        assert all("atlantis" in r[1] or "72X2" in r[1] for r in rows)
        assert any("отсутствует" in r[1] for r in rows), rows
        assert not any("digits" in r[1] for r in rows), rows  # format hints translated too
        assert not tab.apply_button.isEnabled()
    finally:
        languages.set_language("en")


def test_a_valid_update_shows_a_preview_and_applies(qtbot, tab, tmp_path):
    files = source_files()
    files["edition.csv"] = files["edition.csv"].replace(b"2026.1", b"2026.2")
    places = files["college_specialities.csv"].decode().split("\n")
    row = next(i for i, line in enumerate(places) if ",,2025," in line)
    places[row] = places[row].replace(",,2025,", ",30,2025,", 1)  # places now published
    files["college_specialities.csv"] = "\n".join(places).encode()
    tab.check_file(make_zip(tmp_path / "good.zip", files))
    qtbot.waitUntil(tab.apply_button.isEnabled, timeout=10000)
    assert any(r[2] == "1" for r in cells(tab))
    with qtbot.waitSignal(tab.installed, timeout=20000) as signal:
        tab.apply_button.click()
    assert signal.args[0].endswith(".sqlite")
    assert tab.install.previous() is not None


def test_earlier_results_still_read_after_an_update_removes_a_profession(
        qapp, atlas, tmp_path):
    """Results keep a snapshot (names in three languages), so an update that removes a
    recommended profession does not break a student's card or report."""
    from guidance.atlas import Atlas
    from guidance.atlas.update import load_update
    from guidance.questionnaire import QuestionnaireRun
    from guidance.recommend import Recommender
    from guidance.recommend_index import RecommendationIndex
    from guidance.records import StudentInput
    from ui.counsellor.student_dialog import StudentDialog
    from ui.reports.student_report import student_report_document

    store = RecordsStore(tmp_path / "records.sqlite")
    student = store.add_student(StudentInput("Ерлан Бұрынғы", "9 А", 9, "talas", "kk", "kk"))
    run = QuestionnaireRun.start(atlas, store, student, "short")
    while run.current is not None:
        run.answer(4 if run.current.item.type == "R" else 0, 2000)
    result = run.finish(Recommender(RecommendationIndex(atlas)))
    gone = result.recommendations.professions[0]

    files = source_files()
    for name in ("professions.csv", "profession_specialities.csv", "demand.csv"):
        lines = files[name].decode().split("\n")
        files[name] = "\n".join(ln for ln in lines if not (
            ln.startswith(gone.profession_id + ",") or f",{gone.profession_id}," in ln)).encode()
    data, _ = load_update(make_zip(tmp_path / "u.zip", files))
    assert data.ok, [str(p) for p in data.problems][:3]
    new = AtlasInstall(tmp_path / "atlas", atlas.path).install(data)
    updated = Atlas(new)
    assert gone.profession_id not in updated.profession_ids()

    dialog = StudentDialog(updated, store, student.id, "kk")
    assert gone.name.kk in dialog.summary.toPlainText()
    report = student_report_document(updated, store, student.id, "kk", "School")
    assert gone.name.kk in report.toPlainText()
    dialog.deleteLater()
    updated.close()
    store.close()


def test_a_flood_of_problems_is_capped_with_a_count(tab):
    from guidance.atlas.problems import problem
    from ui.counsellor.update_tab import MAX_PROBLEM_ROWS

    flood = [problem("demand.csv", n, "jobs", "bad_int", value="x") for n in range(2, 50_002)]
    tab._show_problems(flood)
    assert tab.table.rowCount() == MAX_PROBLEM_ROWS + 1
    assert "49700" in tab.table.item(MAX_PROBLEM_ROWS, 1).text()


def test_a_full_disk_while_installing_is_named(tab):
    tab.install_failed("Traceback …\nOSError: [Errno 28] No space left on device")
    assert "disk is full" in tab.status.text()
    tab.install_failed("Traceback …\nsqlite3.OperationalError: no such table")
    assert "could not be installed" in tab.status.text()
