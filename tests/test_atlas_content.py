"""The shipped atlas meets the content bar of a real regional atlas (issue: atlas content)."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

import pytest

from guidance.textnorm import KAZAKH_LETTERS, fold

REQUIRED_INDUSTRIES = {
    "chemical", "mining", "building_materials", "metallurgy", "energy", "agriculture", "food",
    "transport", "construction", "it", "health", "education", "hospitality", "trade",
    "public_safety", "light_industry"}


@pytest.fixture(scope="module")
def db(atlas_path):
    conn = sqlite3.connect(atlas_path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def rows(db, sql, *params):
    return db.execute(sql, params).fetchall()


def test_every_district_and_industry_is_there(db):
    districts = {r["id"] for r in rows(db, "SELECT id FROM districts")}
    assert districts == {"taraz", "bayzak", "zhambyl", "korday", "merki", "moiynkum", "sarysu",
                         "shu", "talas", "ryskulov", "zhualy"}
    assert {r["id"] for r in rows(db, "SELECT id FROM industries")} == REQUIRED_INDUSTRIES


def test_profession_counts(db):
    professions = rows(db, "SELECT * FROM professions")
    assert len(professions) >= 120
    assert sum(p["level"] == "working" for p in professions) >= 80
    new = [p for p in professions if p["is_new"]]
    assert len(new) >= 30 and all(p["horizon"] for p in new)
    per_industry = Counter(p["industry_id"] for p in professions)
    assert set(per_industry) == REQUIRED_INDUSTRIES


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_descriptions_are_40_to_80_words_and_distinct(db, lang):
    texts = [r[0] for r in rows(db, f"SELECT description_{lang} FROM professions")]
    lengths = [len(t.split()) for t in texts]
    assert min(lengths) >= 40 and max(lengths) <= 80
    assert len(set(texts)) == len(texts)


def test_kazakh_text_is_really_kazakh(db):
    professions = rows(db, "SELECT * FROM professions")
    for p in professions:
        assert p["description_kk"] != p["description_ru"], p["id"]
        assert p["name_kk"] != p["name_ru"] or not any(c in KAZAKH_LETTERS for c in p["name_ru"])
    with_letters = sum(any(c in KAZAKH_LETTERS for c in p["description_kk"]) for p in professions)
    assert with_letters == len(professions)
    names_with_letters = sum(any(c in KAZAKH_LETTERS for c in p["name_kk"]) for p in professions)
    assert names_with_letters >= 0.6 * len(professions)


def test_codes_are_valid(db):
    for p in rows(db, "SELECT id, isco, riasec FROM professions"):
        assert re.fullmatch(r"[1-9]\d{3}", p["isco"]), p["id"]
        assert re.fullmatch(r"[RIASEC]{1,3}", p["riasec"]) and len(set(p["riasec"])) == len(
            p["riasec"]), p["id"]


def test_every_profession_reaches_a_speciality_and_a_college(db):
    orphans = rows(db, "SELECT id FROM professions WHERE id NOT IN "
                       "(SELECT profession_id FROM profession_specialities)")
    assert orphans == []
    unreachable = rows(db, """
        SELECT p.id FROM professions p WHERE NOT EXISTS (
          SELECT 1 FROM profession_specialities ps JOIN college_specialities cs
          ON cs.speciality_code = ps.speciality_code WHERE ps.profession_id = p.id)""")
    assert [r["id"] for r in unreachable] == []


def test_specialities_have_qualifications_and_are_taught_or_marked(db):
    specialities = rows(db, "SELECT * FROM specialities")
    assert len(specialities) >= 60
    for s in specialities:
        quals = rows(db, "SELECT code FROM qualifications WHERE speciality_code = ?", s["code"])
        assert quals, s["code"]
        taught = rows(db, "SELECT 1 FROM college_specialities WHERE speciality_code = ?",
                      s["code"])
        assert taught or s["taught_in_region"] == 0, s["code"]


def test_confirmed_codes_from_the_facts_are_official(db):
    for code in ("07150500", "06130100", "07110100", "10130300", "04110100"):
        kind = rows(db, "SELECT s.kind FROM specialities sp JOIN sources s ON s.id = sp.source_id "
                        "WHERE sp.code = ?", code)[0]["kind"]
        assert kind == "official"
    for code in ("3W06130102", "4S06130103", "4S07130103", "3W10130302"):
        assert rows(db, "SELECT 1 FROM qualifications WHERE code = ?", code)


def test_every_district_has_a_college_and_unsourced_colleges_are_samples(db):
    covered = {r["district_id"] for r in rows(db, "SELECT DISTINCT district_id FROM colleges")}
    assert covered == {r["id"] for r in rows(db, "SELECT id FROM districts")}
    kinds = {r["kind"] for r in rows(db, "SELECT s.kind FROM colleges c JOIN sources s "
                                         "ON s.id = c.source_id")}
    assert kinds <= {"official", "press", "sample"}


# --- issue 13: real data where public sources exist, nothing invented behind a result ---------
def test_every_press_or_official_source_has_an_address_and_a_date(db):
    missing = rows(db, "SELECT id FROM sources WHERE kind IN ('press', 'official') AND "
                       "(url IS NULL OR url = '' OR date IS NULL OR date = '')")
    assert [r["id"] for r in missing] == []


def test_no_demand_after_2025_rests_on_an_estimate(db):
    """No total is published for 2026-2027, so those rows cannot split one: they are samples."""
    kinds = Counter(r["kind"] for r in rows(db, "SELECT s.kind FROM demand d JOIN sources s "
                                                "ON s.id = d.source_id WHERE d.year > 2025"))
    assert kinds and set(kinds) == {"sample"}


def test_every_estimate_behind_a_figure_names_the_published_total_it_splits(db):
    for table in ("demand", "graduate_employment", "investment_projects"):
        for r in rows(db, f"SELECT DISTINCT s.id, s.note FROM {table} t JOIN sources s "
                          "ON s.id = t.source_id WHERE s.kind = 'estimate'"):
            note = r["note"] or ""
            assert "published" in note and re.search(r"\d[\d,]* ", note), (table, r["id"])


def test_per_speciality_and_per_college_employment_is_not_an_estimate(db):
    kinds = {r["kind"] for r in rows(db, "SELECT s.kind FROM graduate_employment g JOIN sources s "
                                         "ON s.id = g.source_id WHERE g.college_id IS NOT NULL "
                                         "OR g.speciality_code IS NOT NULL")}
    assert kinds <= {"official", "press", "sample"}


def test_the_seed_names_its_employers_and_unknown_fields_stay_empty(db):
    seeded = {r["name_kk"]: r for r in rows(db, "SELECT * FROM enterprises WHERE source_id = "
                                                "'src_aqjol_2025'")}
    for name in ("«Имстальком»", "«Энерджи Тараз»"):
        assert name in seeded
        assert seeded[name]["district_id"] is None and seeded[name]["industry_id"] is None
        assert seeded[name]["employees"] is None
    names = " ".join(r["name_kk"] for r in rows(db, "SELECT name_kk FROM enterprises"))
    assert "Қазфосфат" in names and "Жамбылгипс" in names
    assert "Имсталькон" not in names  # the unverified stand-in is gone


def test_zhambyl_gres_and_eurochem_where_their_sources_put_them(db):
    gres = rows(db, "SELECT e.*, s.kind, s.url FROM enterprises e JOIN sources s "
                    "ON s.id = e.source_id WHERE e.name_ru LIKE '%Жамбылская ГРЭС%'")
    assert len(gres) == 1 and gres[0]["kind"] == "press" and gres[0]["url"]
    assert gres[0]["industry_id"] == "energy" and gres[0]["district_id"] is None  # not stated
    eurochem = rows(db, "SELECT district_id FROM enterprises WHERE id = 'eurochem_karatau'")
    assert eurochem[0]["district_id"] == "sarysu"  # Zhanatas is the centre of Sarysu district


def test_kazphosphate_line_opened_before_2025_and_drives_no_demand(db):
    """The cited page says the ammophos line and its 500 jobs opened 'last year' (2022), so they
    are not new jobs of 2025 and no demand row may be tied to the line or cite its 500."""
    line = rows(db, "SELECT p.year, p.jobs, s.url FROM investment_projects p JOIN sources s "
                    "ON s.id = p.source_id WHERE p.id = 'kazphosphate_ammophos_line'")[0]
    assert line["year"] < 2025 and line["jobs"] == 500 and "durys-info.com" in line["url"]
    assert not rows(db, "SELECT 1 FROM demand WHERE project_id = 'kazphosphate_ammophos_line'")


def test_colleges_with_a_public_source(db):
    """12 colleges are named by a stored public page (issue 13 asks for 15: not reached; the queries
    tried are listed in /work/notes/data-queries.md)."""
    sourced = rows(db, "SELECT c.id FROM colleges c JOIN sources s ON s.id = c.source_id "
                       "WHERE s.kind IN ('official', 'press') AND s.url <> '' AND s.date <> ''")
    assert len(sourced) >= 12
    ids = {r["id"] for r in sourced}
    assert {"zhambyl_innovative_higher_college", "taraz_transport_college",
            "kulan_agrotechnical_college", "taraz_bolashak_medical_college",
            "zhanatas_multiprofile_college"} <= ids


def test_every_college_group_cites_a_page_or_is_a_sample_without_invented_places(db):
    for r in rows(db, "SELECT cs.*, s.kind, s.url FROM college_specialities cs JOIN sources s "
                      "ON s.id = cs.source_id"):
        assert r["kind"] == "sample" or (r["kind"] in ("official", "press") and r["url"]), r
        if r["kind"] == "sample":
            assert r["state_places"] is None, (r["college_id"], r["speciality_code"])


def test_what_is_not_published_is_stored_as_nothing(db):
    """Languages, dormitory and ownership are stored only where the cited page says them."""
    for r in rows(db, "SELECT c.*, s.note FROM colleges c JOIN sources s ON s.id = c.source_id"):
        assert r["languages"] is None, r["id"]
        assert r["ownership"] is None or f"ownership: {r['ownership']}" in r["note"], r["id"]
        assert r["dormitory"] is None or "dormitory" in r["note"], r["id"]
        assert r["address"] is None or r["address"].split(",")[-1].strip() in r["note"], r["id"]


def test_memoranda_are_one_press_fact_not_invented_pairs(db):
    assert rows(db, "SELECT COUNT(*) AS n FROM memoranda")[0]["n"] == 0
    note = rows(db, "SELECT note FROM sources WHERE id = 'src_aqjol_2025'")[0]["note"]
    assert "8 college-employer memoranda" in note and "not published" in note


def test_kazakh_text_says_zheo_not_tets_and_no_bagalau_for_estimate(db):
    texts = [r[0] for r in rows(db, "SELECT name_kk || ' ' || description_kk FROM enterprises")]
    texts += [r[0] or "" for r in rows(db, "SELECT label_kk FROM sources")]
    assert not [t for t in texts if "ТЭЦ" in t]
    assert not [t for t in texts if "бағала" in t.lower()]  # reads as "assessment"


def test_key_employers_of_the_article_are_present(db):
    names = " ".join(r["name_en"] for r in rows(db, "SELECT name_en FROM enterprises")).lower()
    for employer in ("kazphosphate", "gips", "imstalkom", "energy taraz"):
        assert employer in names


def test_demand_reconciles_with_the_published_figures(db):
    projects = rows(db, "SELECT SUM(projects) AS n, SUM(jobs) AS jobs FROM investment_projects "
                        "WHERE year = 2025")[0]
    assert projects["n"] == 37
    assert projects["jobs"] > 1300
    demand = rows(db, "SELECT p.level, SUM(d.jobs) AS jobs FROM demand d JOIN professions p "
                      "ON p.id = d.profession_id WHERE d.year = 2025 GROUP BY p.level")
    jobs = {r["level"]: r["jobs"] for r in demand}
    total = sum(jobs.values())
    assert total == projects["jobs"]
    assert abs(jobs["working"] / total - 0.91) <= 0.005


def test_published_regional_figures_are_press_not_official(db):
    region = rows(db, "SELECT g.graduates, g.employed, s.kind FROM graduate_employment g "
                      "JOIN sources s ON s.id = g.source_id WHERE g.college_id IS NULL AND "
                      "g.speciality_code IS NULL")
    assert len(region) == 1 and region[0]["kind"] == "press"
    assert round(100 * region[0]["employed"] / region[0]["graduates"]) == 86


def test_no_invented_figure_is_official(db):
    official_demand = rows(db, "SELECT COUNT(*) AS n FROM demand d JOIN sources s "
                               "ON s.id = d.source_id WHERE s.kind = 'official'")[0]["n"]
    assert official_demand == 0
    estimate_sources = rows(db, "SELECT id FROM sources WHERE kind = 'estimate' AND "
                                "(note IS NULL OR note = '')")
    assert estimate_sources == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_search_finds_every_profession_by_a_word_of_its_name(atlas, lang):
    missed = []
    for summary in atlas.professions(lang):
        name = summary.name.get(lang)
        word = max(re.findall(r"\w+", name), key=len)
        hits = {h.ref_id for h in atlas.search(word, kinds=("profession",), limit=200)}
        folded_hits = {h.ref_id for h in atlas.search(fold(word)[:5], kinds=("profession",),
                                                      limit=200)}
        if summary.id not in hits or summary.id not in folded_hits:
            missed.append((summary.id, word))
    assert missed == []


# --- what the reader sees: "not published", "check with the college", counts by kind ----------
def test_unknown_values_read_not_published_and_samples_say_check_with_the_college(qapp, atlas):
    from ui.explorer.cards import CardRenderer

    cards = CardRenderer(atlas)
    employer = cards.html("enterprise", "imstalkom", "en")
    for label in ("Industry", "District", "Town"):
        assert f"<b>{label}:</b> not published" in employer, label
    college = cards.html("college", "taraz_polytechnic_college", "en")
    assert college.count("not published") >= 4  # languages, dormitory, ownership, specialities
    speciality = cards.html("speciality", "07150500", "en")
    samples = sum(o.source.kind == "sample" for o in atlas.offers_for_speciality("07150500"))
    assert samples and speciality.count("check with the college") >= samples
    assert "places not published" in speciality and "25 state-funded" not in speciality


def test_about_the_data_gives_counts_by_kind_and_the_seed_figures(qapp, atlas):
    from ui.about_data import AboutDataDialog

    dialog = AboutDataDialog(atlas, "en")
    totals = dialog.kind_totals()
    expected = Counter()
    for per_kind in atlas.source_kind_counts().values():
        expected.update(per_kind)
    assert totals == dict(expected) and totals["sample"] > 0
    text = dialog.summary.text()
    assert f"{totals['official']} official, {totals['press']} press" in text
    for figure in ("28\u00a0000", "42 colleges", "Year of Working Professions", "Since 2022",
                   "IT hub", "career-guidance rooms", "8 memoranda", "not published"):
        assert figure in text, figure
    dialog.deleteLater()


def test_readme_gives_the_shipped_counts_by_kind(atlas):
    """The README's data section quotes the counts by kind; they must be this atlas's."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    pattern = r"\*\*(\d+) official, (\d+) press, (\d+) estimate, (\d+)\s+sample\*\*"
    found = re.search(pattern, readme)
    assert found, "counts by kind missing from the README"
    totals = Counter()
    for per_kind in atlas.source_kind_counts().values():
        totals.update(per_kind)
    kinds = ("official", "press", "estimate", "sample")
    quoted = dict(zip(kinds, map(int, found.groups()), strict=True))
    assert quoted == {kind: totals[kind] for kind in quoted}


def test_the_overview_opens_with_the_seed_figures_and_their_source(qapp, atlas):
    from ui.explorer.charts_panel import OverviewPanel
    from ui.i18n import LanguageManager

    panel = OverviewPanel(atlas, LanguageManager(qapp))
    html = panel.facts.toHtml()
    assert "source:src_aqjol_2025" in html and "42" in html and "1\u00a0300" in html
    assert panel.tabs.count() == 1  # charts are added when the page is first shown
    panel.deleteLater()


def test_unverified_speciality_codes_say_so(qapp, atlas, db):
    from ui.explorer.cards import CardRenderer

    cards = CardRenderer(atlas)
    unverified = [r["code"] for r in rows(db, "SELECT sp.code FROM specialities sp JOIN sources s "
                                              "ON s.id = sp.source_id WHERE s.kind <> 'official'")]
    assert unverified and "07320900" in unverified  # a doubtful code stays unverified
    assert "code not verified" in cards.html("speciality", unverified[0], "en")
    assert "code not verified" not in cards.html("speciality", "07150500", "en")
