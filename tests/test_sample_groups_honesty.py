"""A college group no source confirms (``sample``) carries no invented figure: no study
language, no entry grade, no places. Nothing about it can close it to a student or give a
reason such as "no group in your language" (issue 13, points 1 and 2), and the student's card
never calls a college "not open to you" while one of its groups is open."""

from __future__ import annotations

from dataclasses import replace

import pytest

from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.recommend_models import CollegeOption, Pathway, StudentContext
from guidance.scoring import Answer, score_riasec

AUTOMATION = "07140100"  # Automation and control of technological processes (the screenshot)
POLYTECHNIC = "zhambyl_polytechnic_college"


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


@pytest.fixture(scope="module")
def realistic(atlas):
    items = atlas.riasec_items()
    values = {"R": 4, "I": 1, "A": 0, "S": 1, "E": 0, "C": 2}
    return score_riasec(items, [Answer(i.id, values[i.type], 2500) for i in items])


def test_the_shipped_sample_groups_store_no_language_grade_or_places(atlas):
    offers = atlas.all_offers()
    sample = [o for o in offers if o.source.kind == "sample"]
    assert len(sample) > 100, "the shipped atlas lists the sample groups"
    for o in sample:
        assert (o.language, o.after_9, o.after_11, o.state_places) == (None,) * 4, o
    pairs = [(o.college.id, o.speciality_code) for o in sample]
    assert len(pairs) == len(set(pairs)), "one sample row per college and speciality"


@pytest.mark.parametrize("grade", [9, 11])
def test_kk_and_ru_students_get_the_same_open_sample_groups(recommender, atlas, grade):
    codes = sorted({o.speciality_code for o in atlas.all_offers()})
    for code in codes:
        seen = []
        for language in ("kk", "ru"):
            ctx = StudentContext(grade, "talas", language, needs_dormitory=True)
            seen.append([(o.college_id, o.available, o.blockers)
                         for o in recommender.college_options(code, ctx)
                         if o.source_kind == "sample"])
        assert seen[0] == seen[1], code
        for _college, available, blockers in seen[0]:
            assert available and not blockers  # no distance limit: nothing can close them


def test_a_sample_group_is_closed_only_by_the_students_own_travel_limit(recommender, atlas):
    ctx = StudentContext(9, "moiynkum", "kk", needs_dormitory=True, max_distance_km=30)
    options = [o for code in sorted({o.speciality_code for o in atlas.all_offers()})
               for o in recommender.college_options(code, ctx) if o.source_kind == "sample"]
    closed = [o for o in options if not o.available]
    assert closed, "a 30 km limit from Moiynkum closes far groups"
    assert all(o.blockers == ("too_far",) for o in closed)


def rewrite_groups(folder, change, file: str = "college_specialities.csv") -> None:
    import csv

    path = folder / file
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(change(rows))


def test_an_update_giving_sample_groups_figures_validates_and_cannot_close_them(
        atlas_copy, tmp_path, realistic):
    """An update may still carry old-style sample rows (Kazakh only, after grade 11 only; a
    sample college "without a dormitory"): it builds, and a Russian-speaking grade-9 student
    who needs a dormitory still finds those groups open, with no "no open group" reason."""
    from guidance.atlas import Atlas, build

    def old_style(rows):
        return [dict(r, language="kk", after_9="0", after_11="1")
                if r["source_id"] == "src_bagdar_sample" else r for r in rows]

    rewrite_groups(atlas_copy, old_style)
    rewrite_groups(atlas_copy, lambda rows: [dict(r, dormitory="0")
                                             if r["source_id"] == "src_bagdar_sample" else r
                                             for r in rows], "colleges.csv")
    out = tmp_path / "update.sqlite"
    build(atlas_copy, out)
    updated = Atlas(out)
    try:
        assert any(o.language == "kk" for o in updated.all_offers()
                   if o.source.kind == "sample")
        assert any(c.dormitory is False for c in updated.colleges() if c.source.kind == "sample")
        updated_recommender = Recommender(RecommendationIndex(updated))
        ctx = StudentContext(9, "talas", "ru", needs_dormitory=True)
        result = updated_recommender.recommend(realistic, ctx)
        options = [o for m in result.professions for p in m.pathways for o in p.colleges
                   if o.source_kind == "sample"]
        assert options
        for o in options:
            assert o.available and o.language is None and o.entry_grades == ()
        assert not any(r.code == "no_open_group" for m in result.professions
                       for r in m.reasons)
    finally:
        updated.close()


def test_two_groups_with_the_same_college_speciality_and_no_language_are_a_duplicate(
        atlas_copy):
    from guidance.atlas.builder import SOURCE_FILES
    from guidance.atlas.source import read_folder
    from guidance.atlas.validate import validate

    rewrite_groups(atlas_copy, lambda rows: rows + rows[:1])
    problems = validate(read_folder(atlas_copy, SOURCE_FILES)).problems
    assert any(p.code == "duplicate_id" and p.file == "college_specialities.csv"
               for p in problems)


def test_no_open_group_is_never_said_for_a_profession_with_sample_groups(recommender,
                                                                          realistic):
    for language in ("kk", "ru"):
        for grade in (9, 11):
            result = recommender.recommend(realistic, StudentContext(grade, "talas", language,
                                                                     needs_dormitory=True))
            for match in result.professions + result.also_consider:
                has_sample = any(o.source_kind == "sample" for p in match.pathways
                                 for o in p.colleges)
                if has_sample:
                    assert "no_open_group" not in {r.code for r in match.reasons}, match
                    assert match.reachable


def option(college: str, available: bool, blockers=(), language=None) -> CollegeOption:
    from guidance.atlas.models import LocalText

    name = LocalText(college, college, college)
    return CollegeOption(college_id=college, name=name, town=name, district_id="taraz",
                         speciality_code=AUTOMATION, language=language, entry_grades=(),
                         distance_km=10.0, same_district=False, dormitory=None,
                         state_places=None, source_kind="official", available=available,
                         blockers=tuple(blockers), reasons=())


def test_closed_colleges_leave_out_a_college_with_an_open_group_and_list_each_once():
    from guidance.atlas.models import LocalText
    from ui.student.match_card import closed_colleges

    pathway = Pathway(AUTOMATION, LocalText("a", "a", "a"), "official", (
        option("open_in_ru", True, language="ru"),
        option("open_in_ru", False, ("wrong_language",), "kk"),
        option("far", False, ("too_far",), "kk"),
        option("far", False, ("too_far", "wrong_grade"), "ru"),
    ))
    closed = closed_colleges(pathway)
    assert [(o.college_id, blockers) for o, blockers in closed] == \
        [("far", ("too_far", "wrong_grade"))]


def test_on_published_groups_no_college_is_both_open_and_closed_on_a_pathway(atlas, qapp):
    from ui.student.match_card import MatchCard, closed_colleges

    index = RecommendationIndex(atlas)
    for code, offers in index.offers.items():  # every group published in kk (grade 9) and ru
        index.offers[code] = [replace(o, language=lang, after_9=lang == "kk", after_11=True,
                                      source_kind="official")
                              for o in offers for lang in ("kk", "ru")]
    published = Recommender(index)
    ctx = StudentContext(9, "talas", "any")
    card = MatchCard(atlas)
    checked = 0
    for pid in sorted(index.professions):
        for pathway in published.pathways(pid, ctx):
            open_ids = {o.college_id for o in pathway.available}
            closed = [o.college_id for o, _b in closed_colleges(pathway)]
            assert not open_ids & set(closed) and len(closed) == len(set(closed))
            html = "".join(card._pathway(pathway, "ru", 9))
            if open_ids and card.tr("Not open to you:") in html:
                tail = html.split(card.tr("Not open to you:"))[1]
                for o in pathway.available:
                    assert o.name.ru not in tail
            checked += bool(open_ids and any(not o.available for o in pathway.colleges))
    assert checked, "ru groups after grade 11 only are closed to a grade-9 student"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_screenshots_card_does_not_call_the_polytechnic_not_open(atlas, recommender,
                                                                    qapp, lang):
    """Grade 9, Talas district, studying in Kazakh, needs a dormitory: the automation
    speciality's groups at the polytechnic and the chemical-technology college are open."""
    from ui.student.match_card import MatchCard

    ctx = StudentContext(9, "talas", "kk", needs_dormitory=True)
    pathway = next(p for p in recommender.pathways("chemical_process_automation_operator", ctx)
                   if p.speciality_code == AUTOMATION)
    polytechnic = [o for o in pathway.colleges if o.college_id == POLYTECHNIC]
    assert polytechnic and all(o.available for o in polytechnic)
    card = MatchCard(atlas)
    html = "".join(card._pathway(pathway, lang, 9))
    assert card.tr("Not open to you:") not in html
    assert card.tr("No group of this speciality is open to you.") not in html
    sentence = card.college_html(polytechnic[0], atlas.speciality(AUTOMATION), lang)
    assert card.tr("language of study: not published") in sentence
    assert card.tr("after which grade: not published") in sentence
    assert card.tr("dormitory and state-funded places: check with the college") in sentence
    assert card.tr("taught in %1").split("%1")[0] not in sentence


def test_the_update_preview_names_a_group_without_language_plainly(atlas_copy, atlas_path):
    from guidance.atlas.builder import SOURCE_FILES
    from guidance.atlas.source import read_folder
    from guidance.atlas.update import preview
    from guidance.atlas.validate import validate

    rewrite_groups(atlas_copy, lambda rows: rows[1:])  # the first group leaves the atlas
    changes = {c.table: c for c in preview(atlas_path, validate(read_folder(atlas_copy,
                                                                             SOURCE_FILES)))}
    assert changes["college_specialities"].removed == [f"{POLYTECHNIC}/07130100/"]
