"""What the student's results screens say and let them do: flat, tied and mostly-unsure
profiles, honest lists with their reasons, sample rows, the explorer and back, My plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests import student_path_helpers
from tests.student_path_helpers import (
    NAME,
    fill_about_you,
    press,
)

# The shared fixtures, under the names the tests ask for.
store = student_path_helpers.store
make_shell, shell = student_path_helpers.make_shell, student_path_helpers.shell


# --- results a student can act on ----------------------------------------------------------

FLAT = dict.fromkeys("RIASEC", 2)
TIED = {"R": 4, "S": 4, "I": 1, "A": 0, "E": 1, "C": 0}


def finish_questionnaire(shell, answers: dict[str, int]) -> None:
    from guidance.records import StudentInput

    shell.flow.begin(StudentInput(NAME, "9 Ә", 9, "taraz", "kk", "kk"))
    run = shell.flow.run
    while run.current is not None:
        step = run.current
        value = (0 if step.item.a_type == "technology" else 1) if step.is_ddo else \
            answers[step.item.type]
        shell.flow.answer(value, 2500)


def test_a_flat_profile_gets_its_own_screen_and_varied_needs(qtbot, shell):
    finish_questionnaire(shell, FLAT)
    profile = shell.profile
    assert shell.flow.riasec.is_flat and profile.is_flat
    assert profile.explore_button.isVisible()
    assert profile.chart_scores(shell.flow.riasec, "").code == ""  # nothing highlighted
    assert shell.flow.riasec.code not in profile.summary.text()
    shell.show_page(shell.recommendations)
    page = shell.recommendations
    needs = shell.flow.result.also_consider
    assert page.is_flat and not page.list.isVisible() and page.also_list.count() == len(needs)
    industries = [m.industry_id for m in needs]
    assert len(industries) >= 4 and len(set(industries)) == len(industries)
    assert all(m.demand_jobs > 0 for m in needs)
    profile_explore = profile.explore_button
    shell.show_page(profile)
    profile_explore.click()
    assert shell.stack.currentWidget() is shell.explorer


def test_tied_types_are_named_and_highlighted_alike(qtbot, shell, atlas):
    finish_questionnaire(shell, TIED)
    profile = shell.profile
    assert set(profile._tie) == {"R", "S"}
    shown = profile.chart_scores(shell.flow.riasec, profile._tie)
    assert set(shown.code) == {"R", "S"}  # the third letter was chosen among equals (I = E)
    types = atlas.interest_types("riasec")
    text = profile.summary.text()
    assert types["R"].name.kk in text and types["S"].name.kk in text


def test_lists_are_honest_and_say_what_put_each_there(qtbot, shell):
    finish_questionnaire(shell, ANSWER_VALUES)
    result = shell.flow.result
    page = shell.recommendations
    shell.show_page(page)
    assert page.list.count() == len(result.professions) <= 10
    assert all(m.band == "fit" and m.interest_fit >= result.fit_threshold
               for m in result.professions)
    assert page.also_list.count() == len(result.also_consider)
    assert all(m.band == "worth_a_look" for m in result.also_consider)
    first = result.professions[0]
    why = page.card.why_texts(first)
    assert why and why[0].split(" (")[0] in page.detail.toPlainText()
    assert first.contributions[0].term == "interests"
    if page.also_list.count():
        page.also_list.setCurrentRow(0)
        page.also_list.setFocus()
        reason = page.card.worth_a_look_reason(result.also_consider[0])
        assert reason in page.also_list.item(0).text()


def test_a_sample_college_row_shows_no_figure(qtbot, shell, atlas):
    finish_questionnaire(shell, ANSWER_VALUES)
    card = shell.recommendations.card
    options = [(o, p) for m in shell.flow.result.professions for p in m.pathways
               for o in p.colleges]
    sample = next(o for o, _p in options if o.source_kind == "sample")
    sentence = card.college_html(sample, None, "kk")
    assert card.tr("dormitory and state-funded places: check with the college") in sentence
    if sample.state_places is not None:
        assert card.tr("%1 state-funded places").replace(
            "%1", str(sample.state_places)) not in sentence
    private = [c for c in atlas.colleges() if c.ownership == "private"]
    for option, _pathway in options:
        if option.college_id in {c.id for c in private}:
            assert card.tr("private college (fee-paying)") in card.college_html(option, None,
                                                                                "kk")


def test_the_card_links_to_the_explorer_and_back(qtbot, shell):
    finish_questionnaire(shell, ANSWER_VALUES)
    shell.show_page(shell.recommendations)
    chosen = shell.recommendations.selected_id()
    shell.recommendations.explore_button.click()
    explorer = shell.explorer
    assert shell.stack.currentWidget() is explorer and explorer.current() == ("profession",
                                                                             chosen)
    assert explorer.home_button.text() != explorer.tr("← Back to start")
    explorer.home_button.click()
    assert shell.stack.currentWidget() is shell.recommendations


def test_my_plan_is_one_page_with_a_qr_summary(qtbot, shell, tmp_path):
    import shutil
    import subprocess

    finish_questionnaire(shell, ANSWER_VALUES)
    shell.flow.finish()
    finish = shell.finish
    assert not finish.qr.pixmap().isNull() and finish.save_button.isVisible()
    plan, data = finish._plan
    summary = plan.summary_text(data)
    assert NAME in summary and shell.flow.result.professions[0].name.kk in summary
    assert "http" not in summary
    assert finish.save_to(tmp_path / "plan.pdf") == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert NAME in text and "20" in text
    finish.done_button.click()
    assert finish._plan is None and finish.qr.pixmap().isNull()


ANSWER_VALUES = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}


def test_the_inactivity_warning_says_what_will_happen_on_this_page(qtbot, make_shell):
    shell = make_shell(warn_after_ms=100, pause_after_ms=5000)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(shell.banner.isVisible, timeout=2000)
    on_form = shell.banner.text()
    press(qtbot, Qt.Key.Key_Shift)  # "any key": only says "I am here"
    assert not shell.banner.isVisible() and shell.about_you.name_edit.text() == ""
    fill_about_you(qtbot, shell)
    qtbot.waitUntil(shell.banner.isVisible, timeout=2000)
    on_question = shell.banner.text()
    assert on_form != on_question
    assert shell.tr("Are you still there? In %n seconds this form will be cleared. Press any "
                    "key to continue.", "", 5) == on_form


def test_a_mostly_unsure_profile_is_called_a_first_picture_with_next_steps(qtbot, shell):
    finish_questionnaire(shell, {"R": 4, "I": 2, "A": 2, "S": 2, "E": 2, "C": 2})
    profile = shell.profile
    assert "mostly_unsure" in shell.flow.riasec.flags and not profile.is_flat
    assert profile.is_unsure
    assert profile.title.text() == profile.tr("Your profile — a first picture")
    assert profile.tr("What you can do next:") in profile.summary.text()
