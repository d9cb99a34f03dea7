"""``bagdar --self-test``: proves a build can do its real job, end to end, offscreen.

A scripted student answers both questionnaires, every chart is drawn, a student report PDF is
written, the explorer searches with and without Kazakh letters, and the translations load.
CI runs it on the frozen bundle; it prints what failed and exits non-zero if anything did.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from guidance.records import StudentInput

ANSWERS = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}


def _student_path(shell, failures: list[str]) -> int | None:
    flow = shell.flow
    flow.begin(StudentInput("Self Test", "9 Ә", 9, "talas", "kk", "kk"))
    run = flow.run
    while run.current is not None:
        step = run.current
        value = (0 if step.item.a_type == "technology" else 1) if step.is_ddo \
            else ANSWERS[step.item.type]
        flow.answer(value, 2500)
    if shell.stack.currentWidget() is not shell.profile:
        failures.append("the questionnaire did not reach the profile")
        return None
    if flow.riasec is None or flow.riasec.code != "RIC":
        failures.append(f"unexpected Holland code {flow.riasec and flow.riasec.code}")
    # A clear R-I-C profile: some professions fit (never padded to ten, so no fixed count).
    if flow.result is None or not flow.result.professions:
        failures.append("no recommendations")
    elif any(getattr(m, "band", "fit") != "fit" for m in flow.result.professions):
        failures.append("a profession below the fit threshold is listed as fitting")
    for chart in shell.profile.charts:
        if not chart.figure().axes:
            failures.append("an empty profile chart")
    return flow.student.id if flow.student else None


def _charts(shell, failures: list[str]) -> int:
    explorer = shell.explorer
    explorer.open_card("overview", "region")
    drawn = 0
    for chart in explorer.overview.charts:
        drawn += bool(chart.figure().axes)
    profession = next(p for p in shell.atlas.profession_ids()
                      if shell.atlas.demand_for_profession(p))
    explorer.open_card("profession", profession)
    drawn += bool(explorer.card_chart.chart and explorer.card_chart.chart.figure().axes)
    explorer.open_card("college", shell.atlas.colleges()[0].id)
    drawn += bool(explorer.card_chart.chart.figure().axes)
    if drawn != 7:
        failures.append(f"only {drawn} of 7 explorer charts drawn")
    return drawn


def _report(shell, student_id: int, failures: list[str]) -> Path | None:
    from ui.reports.document import write_pdf
    from ui.reports.student_report import student_report_document

    target = Path(tempfile.mkdtemp(prefix="bagdar-self-test-")) / "report.pdf"
    doc = student_report_document(shell.atlas, shell.store, student_id, "kk", "Self-test")
    write_pdf(doc, target)
    if not target.exists() or target.stat().st_size < 2000:
        failures.append("the PDF report was not written")
        return None
    return target


def self_test(shell, languages) -> list[str]:
    """Returns the failures (empty = pass)."""
    from PySide6.QtGui import QFontDatabase

    from ui.fonts import APP_FONT_FAMILY

    failures: list[str] = []
    if APP_FONT_FAMILY not in QFontDatabase.families():
        failures.append("bundled font not registered")
    explorer = shell.explorer
    for query in ("дәнекер", "данекер", "свар", "weld"):
        explorer.search_box.setText(query)
        if "profession" not in explorer.result_groups():
            failures.append(f"search {query!r} found no profession")
    explorer.search_box.clear()
    for lang in ("ru", "kk"):
        if not languages.set_language(lang):
            failures.append(f"translation {lang} missing")
    student_id = _student_path(shell, failures)
    _charts(shell, failures)
    if student_id is not None:
        _report(shell, student_id, failures)
    shell.flow.forget_student()
    return failures
