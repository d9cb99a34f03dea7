"""Exports: class and school results as CSV/XLSX that are safe to open in a spreadsheet, and
the anonymous long-format summary for the district education department."""

from __future__ import annotations

import itertools
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from guidance import exports as ex
from guidance.questionnaire import QuestionnaireRun
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.records import RecordsStore, StudentInput

DANGEROUS = "=+-@\t\r"
KAZAKH = "Әйгерім Сәрсенбаева"
HEADERS = {"Name": "Аты-жөні", "Class": "Сынып", "flag:flat": "біркелкі профиль"}
# name, class, grade, district, programme, favourite RIASEC type (None: flat), DDO type
STUDENTS = [
    (KAZAKH, "9 Ә", 9, "talas", "full+ddo", "R", "technology"),
    ('=HYPERLINK("x")', "9 Ә", 9, "taraz", "full+ddo", "S", "people"),
    ("+7 777", "9 Ә", 9, "bayzak", "short", "I", None),
    ("@Dana", "11 А", 11, "taraz", "full+ddo", None, "people"),
    ("-1", "11 А", 11, "korday", "full+ddo", "A", "art"),
    ("Бекзат", "11 А", 11, None, "full+ddo", "E", "signs"),
]
NAMES = [s[0] for s in STUDENTS]


def risky(text) -> bool:
    """Would a spreadsheet read this text as a formula (or, for a line feed, nearly)?"""
    return isinstance(text, str) and text != "" and text[0] in DANGEROUS + "\n"


def quoted(value):
    """What the documented protection should make of a value (independent of the module)."""
    return "'" + value if risky(value) else value


def complete(atlas, store, recommender, name, cls, grade, district, programme, favourite, ddo):
    student = store.add_student(StudentInput(name, cls, grade, district, "kk", "any"))
    run = QuestionnaireRun.start(atlas, store, student, programme)
    for step in run.steps:
        if step.is_ddo:
            run.answer(0 if step.item.a_type == ddo else 1, 2500)
        else:
            run.answer(2 if favourite is None else 4 if step.item.type == favourite else 1, 2500)
    run.finish(recommender)
    return student


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


@pytest.fixture(scope="module")
def school(atlas, recommender, tmp_path_factory):
    """Six students with real results, one comment, and one unfinished session."""
    store = RecordsStore(tmp_path_factory.mktemp("school") / "records.sqlite")
    made = [complete(atlas, store, recommender, *s) for s in STUDENTS]
    store.set_comment(made[1].id, "=1+1 talk to the parents")
    unfinished = store.add_student(StudentInput("Жоқ Нәтиже", "9 Ә", 9, "taraz"))
    QuestionnaireRun.start(atlas, store, unfinished, "short").answer(3, 2000)
    yield store
    store.close()


@pytest.fixture(scope="module")
def rows(school, atlas):
    return ex.result_rows(school, atlas, "kk", headers=HEADERS)


def by_name(rows):
    return {row["Name"]: row for row in rows}


def test_rows_cover_each_completed_student_once(rows, school):
    assert sorted(r["Name"] for r in rows) == sorted(NAMES)  # not the unfinished one
    assert all(tuple(r) == ex.RESULT_COLUMNS for r in rows)
    assert [r["Class"] for r in rows] == ["9 Ә"] * 3 + ["11 А"] * 3  # 9 before 11
    kazakh = by_name(rows)[KAZAKH]
    assert kazakh["Home district"] == "Талас ауданы" and kazakh["Grade"] == 9
    assert kazakh["Holland code"][0] == "R" and kazakh["R"] == 100.0
    assert kazakh["DDO technology"] == 8 and kazakh["Profession 3"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", kazakh["Date"])
    assert by_name(rows)["Бекзат"]["Home district"] == ""
    no_ddo = by_name(rows)["+7 777"]
    assert no_ddo["DDO art"] == "" and no_ddo["I"] == 100.0
    assert no_ddo["Programme"] == "Holland (short)"  # words, never the code "short"
    flat = by_name(rows)["@Dana"]
    assert flat["Quality flags"] == "біркелкі профиль; mostly unsure"
    assert flat["Profession 1"] == flat["Profession 2"] == flat["Profession 3"] == ""
    assert by_name(rows)['=HYPERLINK("x")']["Counsellor's comment"] == "=1+1 talk to the parents"


def test_names_follow_the_language(school, atlas, rows):
    english = by_name(ex.result_rows(school, atlas, "en"))[KAZAKH]
    assert english["Home district"] == "Talas district"
    assert english["Profession 1"] != by_name(rows)[KAZAKH]["Profession 1"]


def test_class_filter(school, atlas):
    assert sorted(r["Name"] for r in ex.result_rows(school, atlas, "kk", "11 А")) == \
        ["-1", "@Dana", "Бекзат"]
    assert ex.result_rows(school, atlas, "kk", "5 Б") == []


def expected_grid(rows, headers):
    return [[quoted(headers.get(c, c)) for c in ex.RESULT_COLUMNS]] + \
        [[quoted(r[c]) for c in ex.RESULT_COLUMNS] for r in rows]


def test_csv_has_a_bom_and_reads_back_equal(rows, tmp_path):
    path = tmp_path / "class.csv"
    ex.write_csv(rows, path, HEADERS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + "Аты-жөні".encode())
    back = ex.read_back_csv(path)
    assert back == [[str(v) for v in line] for line in expected_grid(rows, HEADERS)]
    names = [line[0] for line in back[1:]]
    assert {'\'=HYPERLINK("x")', "'+7 777", "'@Dana", "'-1", KAZAKH} <= set(names)
    assert "'=1+1 talk to the parents" in {line[-1] for line in back}
    assert not any(risky(cell) for line in back for cell in line)


def test_xlsx_reads_back_equal_with_text_cells(rows, tmp_path):
    path = tmp_path / "class.xlsx"
    ex.write_xlsx(rows, path, HEADERS, "9 Ә / 11 А: results")
    assert ex.read_back_xlsx(path) == expected_grid(rows, HEADERS)
    sheet = load_workbook(path).active
    assert sheet.title == "9 Ә _ 11 А_ results" and sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    for cell in sheet["A"][1:]:
        assert cell.data_type == "s"
        assert cell.value in {KAZAKH, "Бекзат"} or cell.value.startswith("'")
    grade = ex.RESULT_COLUMNS.index("Grade") + 1
    assert {sheet.cell(row=r, column=grade).data_type for r in range(2, 8)} == {"n"}
    assert 8 <= sheet.column_dimensions["A"].width <= 60


def test_empty_export_still_has_the_header(tmp_path):
    ex.write_csv([], tmp_path / "e.csv", {})
    ex.write_xlsx([], tmp_path / "e.xlsx", {}, "")
    assert ex.read_back_csv(tmp_path / "e.csv") == [list(ex.RESULT_COLUMNS)]
    assert ex.read_back_xlsx(tmp_path / "e.xlsx") == [list(ex.RESULT_COLUMNS)]


def test_export_texts_cover_every_key():
    assert set(ex.RESULT_COLUMNS) <= set(ex.EXPORT_TEXTS)
    assert {"flag:flat", "flag:too_fast", "programme:full+ddo"} <= set(ex.EXPORT_TEXTS)


# --- the anonymous summary -----------------------------------------------------------------
@pytest.fixture(scope="module")
def summary(school, atlas):
    return ex.anonymous_summary(school, atlas, "School No. 5", "taraz", "2025-2026")


def totals(summary, dimension):
    return {r["value"]: r["count"] for r in summary if r["dimension"] == dimension}


def test_summary_is_long_format_without_names(summary, tmp_path):
    assert all(tuple(r) == ex.SUMMARY_COLUMNS for r in summary)
    assert {r["dimension"] for r in summary} == set(ex.DIMENSIONS)
    path = tmp_path / "summary.csv"
    ex.write_summary_csv(summary, path, exact=True)
    text = path.read_text(encoding="utf-8-sig")
    for private in [*NAMES, "Бекзат", "9 Ә", "11 А", "HYPERLINK", "Dana", "parents"]:
        assert private not in text
    assert text.splitlines()[0] == ",".join(ex.SUMMARY_COLUMNS)


def test_summary_counts_add_up(summary):
    assert totals(summary, "grade") == {"9": 3, "11": 3}
    for dimension in ("holland_code", "holland_first_letter", "ddo_leading_type"):
        assert sum(totals(summary, dimension).values()) == len(STUDENTS)
    assert totals(summary, "holland_first_letter") == {
        "R": 1, "S": 1, "I": 1, "flat": 1, "A": 1, "E": 1}
    assert totals(summary, "ddo_leading_type") == {
        "technology": 1, "people": 2, "none": 1, "art": 1, "signs": 1}
    assert totals(summary, "flag") == {"flat": 1, "mostly_unsure": 1, "none": 5}
    industries = totals(summary, "recommended_industry")
    assert 0 < max(industries.values()) <= 5 and sum(industries.values()) <= 5 * 3


def test_summary_for_a_period_and_unknown_district(school, atlas):
    assert ex.anonymous_summary(school, atlas, "S", "taraz", "2000", date_to="2000-12-31") == []
    with pytest.raises(ValueError):
        ex.anonymous_summary(school, atlas, "S", "atlantis", "2025")


def test_small_counts_are_pooled_into_other(summary, tmp_path):
    path = tmp_path / "summary.csv"
    ex.write_summary_csv(summary, path)
    written = {(r[3], r[4]): r[5] for r in ex.read_back_csv(path)[1:]}
    assert written[("grade", "9")] == "3"
    # Six students with six different first letters: no letter is named, the total is kept.
    assert [k for k in written if k[0] == "holland_first_letter"] == [
        ("holland_first_letter", "other")]
    assert written[("holland_first_letter", "other")] == "6"
    assert ("ddo_leading_type", "people") not in written  # two students are still too few
    assert written[("ddo_leading_type", "other")] == "6"
    # flat 1 + mostly unsure 1 would be "<3" beside "none: 5" of 6 students, i.e. 1 + 1:
    # "none" is pooled with them.
    assert written[("flag", "other")] == "7" and ("flag", "none") not in written
    for dimension in ("grade", "holland_code", "holland_first_letter", "ddo_leading_type"):
        shown = [int(c) for (d, _v), c in written.items() if d == dimension and c.isdigit()]
        assert sum(shown) == len(STUDENTS)  # exact where shown, nothing lost
    assert all(c.isdigit() for c in written.values())


def test_other_is_never_one_value_under_another_name():
    """Grades add up to the school's students: an ``other`` of grade 10 alone would be grade
    10's count by subtraction, so the next-smallest grade goes into ``other`` with it."""
    rows = [{"school": "S", "district_id": "taraz", "period": "2025", "dimension": "grade",
             "value": grade, "count": count} for grade, count in
            (("9", 12), ("10", 1), ("11", 7))]
    assert {(r["value"], r["count"]) for r in ex.pooled(rows)} == {("9", 12), ("other", 8)}
    rows[1]["count"] = 4
    assert ex.pooled(rows) == rows
    tiny = [{**rows[0], "count": 2}]  # a school of two students: one cell, but "<3"
    assert [(r["value"], r["count"]) for r in ex.pooled(tiny)] == [("other", "<3")]


def test_merging_two_schools_sums_counts(summary, tmp_path):
    other = [{**r, "school": "=Gymnasium 1"} for r in summary]
    ex.write_summary_csv(summary, tmp_path / "a.csv", exact=True)
    ex.write_summary_csv(other, tmp_path / "b.csv", exact=True)
    assert ex.read_back_csv(tmp_path / "b.csv")[1][0] == "'=Gymnasium 1"
    merged = {(r["dimension"], r["value"]): r for r in ex.merge_summaries(
        [tmp_path / "a.csv", tmp_path / "b.csv"])}
    assert merged[("grade", "9")] == {"district_id": "taraz", "period": "2025-2026",
                                      "dimension": "grade", "value": "9", "count": 6,
                                      "suppressed": 0, "schools": 2}
    assert merged[("ddo_leading_type", "people")]["count"] == 4
    ex.write_summary_csv(other, tmp_path / "b.csv")  # now with small cells pooled
    merged = {(r["dimension"], r["value"]): r for r in ex.merge_summaries(
        [tmp_path / "a.csv", tmp_path / "b.csv"])}
    people = merged[("ddo_leading_type", "people")]
    assert (people["count"], people["suppressed"], people["schools"]) == (2, 0, 1)
    assert merged[("ddo_leading_type", "other")]["count"] == 6
    assert sum(r["count"] for (d, _v), r in merged.items() if d == "ddo_leading_type") == 12
    assert merged[("grade", "11")]["count"] == 6
    ex.write_merged_csv(list(merged.values()), tmp_path / "district.csv")
    assert ex.read_back_csv(tmp_path / "district.csv")[0] == list(ex.MERGED_COLUMNS)


def test_merge_refuses_double_counting_and_foreign_files(summary, tmp_path):
    ex.write_summary_csv(summary, tmp_path / "a.csv")
    with pytest.raises(ValueError, match="already counted"):
        ex.merge_summaries([tmp_path / "a.csv", tmp_path / "a.csv"])
    (tmp_path / "x.csv").write_text("name,count\nAli,3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        ex.merge_summaries([tmp_path / "x.csv"])
    semicolons = tmp_path / "excel.csv"  # re-saved by Excel in a Russian locale
    semicolons.write_text(";".join(ex.SUMMARY_COLUMNS) + "\nШкола №5;taraz;2025;grade;9;4\n"
                          "Школа №7;taraz;2025;grade;9;<3\n", encoding="cp1251")
    assert ex.merge_summaries([semicolons]) == [{
        "district_id": "taraz", "period": "2025", "dimension": "grade", "value": "9",
        "count": 4, "suppressed": 1, "schools": 2}]
    (tmp_path / "bad.csv").write_text(",".join(ex.SUMMARY_COLUMNS) + "\nS,taraz,2025,grade,9,x\n")
    with pytest.raises(ValueError, match="not a number"):
        ex.merge_summaries([tmp_path / "bad.csv"])


# --- any name at all -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def scratch(school):
    """A store that receives one new student per example, with a real stored result."""
    session = next(s for sid in school.student_ids() for s in school.sessions_of(sid)
                   if s.status == "completed")
    scores, snapshot = school.result(session.id)
    with tempfile.TemporaryDirectory() as folder:
        store = RecordsStore(Path(folder) / "records.sqlite")
        yield store, scores, snapshot, Path(folder), itertools.count()
        store.close()


def xml_safe(text):
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "",
                  text.replace("\r\n", "\n").replace("\r", "\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text())
@example(name="=cmd|' /C calc'!A0")
@example(name="\x01=cmd")
@example(name="a\rb\r\n=c")
@example(name="\uffff-1")
@example(name="  @SUM(1)  ")
@example(name="\x00")
@example(name="0123")
def test_any_name_is_never_a_formula_and_reads_back(scratch, atlas, name):
    store, scores, snapshot, folder, counter = scratch
    cls = f"hyp {next(counter)}"
    student = store.add_student(StudentInput(name, cls, 9, "taraz"))
    session = store.start_session(student.id, "full+ddo", "test")
    store.save_result(session.id, scores, snapshot)
    store.set_status(session.id, "completed")
    rows = ex.result_rows(store, atlas, "ru", cls)
    stored = rows[0]["Name"]
    assert stored == name.strip()
    ex.write_csv(rows, folder / "a.csv", {})
    ex.write_xlsx(rows, folder / "a.xlsx", {}, cls)
    for back, expected in ((ex.read_back_csv(folder / "a.csv"), stored),
                           (ex.read_back_xlsx(folder / "a.xlsx"), xml_safe(stored))):
        cells = [c for line in back for c in line if isinstance(c, str)]
        assert not any(risky(c) for c in cells)
        cell = back[1][0]
        assert cell == expected or (cell == "'" + expected and risky(expected))
    cell = load_workbook(folder / "a.xlsx").active["A2"]
    assert cell.data_type == "s" if xml_safe(stored) else cell.value is None


def test_spreadsheet_csv_opens_in_a_kazakh_or_russian_excel(rows, tmp_path):
    path = tmp_path / "class.csv"
    ex.write_csv(rows, path, HEADERS, spreadsheet=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf" + "Аты-жөні;Сынып;".encode())
    back = ex.read_back_csv(path, ";")
    assert len(back) == len(rows) + 1 and all(len(line) == len(back[0]) for line in back)
    kazakh = next(line for line in back if line[0] == KAZAKH)
    percents = [kazakh[ex.RESULT_COLUMNS.index(letter)] for letter in "RIASEC"]
    assert "100" in percents and all("." not in p for p in percents)
    assert any("," in p for line in back[1:] for p in line[7:13] if p) or \
        all(float(p.replace(",", ".")).is_integer() for line in back[1:] for p in line[7:13] if p)
    assert "'=1+1 talk to the parents" in {line[-1] for line in back}


def test_the_district_clerk_merges_from_the_command_line(summary, tmp_path):
    import subprocess
    import sys

    ex.write_summary_csv(summary, tmp_path / "a.csv")
    ex.write_summary_csv([{**r, "school": "School 7"} for r in summary], tmp_path / "b.csv")
    out = tmp_path / "district.csv"
    done = subprocess.run([sys.executable, "-m", "guidance.summary", "merge",
                           str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "-o", str(out)],
                          capture_output=True, text=True, cwd=Path(ex.__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    merged = ex.read_back_csv(out)
    assert merged[0] == list(ex.MERGED_COLUMNS)
    grade = {line[3]: line for line in merged[1:] if line[2] == "grade"}
    assert grade["9"][4] == "6" and grade["9"][6] == "2"
    twice = subprocess.run([sys.executable, "-m", "guidance.summary", "merge",
                            str(tmp_path / "a.csv"), str(tmp_path / "a.csv"), "-o", str(out)],
                           capture_output=True, text=True, cwd=Path(ex.__file__).parent.parent)
    assert twice.returncode == 1 and "already counted" in twice.stderr
