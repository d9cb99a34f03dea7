"""Chart builders and the aggregate atlas queries behind them.

Builders must draw something, take every word from ``texts`` (so the UI can translate all of
them), name places in the chosen language, put a source footnote on every atlas chart, leave
matplotlib's global settings alone, and look the same as the reviewed baseline images.

Baselines live in ``tests/baseline/``. A missing baseline is a failure, never silently created;
after a deliberate change of the charts or of the atlas data, look at the new images and write
them with ``BAGDAR_WRITE_BASELINES=1 pytest tests/test_charts.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import matplotlib as mpl
import pytest
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images
from matplotlib.text import Text

from guidance import charts
from guidance.atlas import stats
from guidance.charts.bars import bar_lengths
from guidance.charts.layout import category_texts
from guidance.charts.style import SAVE_METADATA
from guidance.scoring import Answer, score_ddo, score_riasec

ROOT = Path(__file__).resolve().parent.parent
BASELINE_DIR = Path(__file__).resolve().parent / "baseline"
TOLERANCE = 5.0
MARKED = {key: f"«{key}»" for key in charts.CHART_TEXTS}


class RecordingTexts(Mapping):
    """A ``texts`` mapping that remembers every key a builder looks up."""

    def __init__(self, values: Mapping[str, str]):
        self.values = dict(values)
        self.asked: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return self.values[key]

    def __iter__(self):
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


# The shipped atlas publishes no state-funded places (none is public), so the places chart is
# tested on a copy where one college's places are filled in, as a department update would:
# its groups by teaching language (the shipped rows publish no language) with their places.
PUBLISHED_PLACES = {("07130100", "kk"): 50}
POLYTECHNIC = "zhambyl_polytechnic_college"
RUSSIAN_GROUPS_TOO = {"07130100", "07140100", "07151100"}  # the rest teach in Kazakh only


@pytest.fixture(scope="module")
def places_atlas(tmp_path_factory):
    import csv
    import shutil

    from guidance import paths
    from guidance.atlas import Atlas, build

    folder = tmp_path_factory.mktemp("places") / "atlas_data"
    shutil.copytree(paths.atlas_source_dir(), folder)
    path = folder / "college_specialities.csv"
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    published = []
    for row in rows:
        if row["college_id"] != POLYTECHNIC:
            published.append(row)
            continue
        code = row["speciality_code"]
        for language in ("kk", "ru") if code in RUSSIAN_GROUPS_TOO else ("kk",):
            published.append(dict(row, language=language, state_places=str(
                PUBLISHED_PLACES.get((code, language), 25))))
    rows = published
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out = folder.parent / "atlas.sqlite"
    build(folder, out)
    opened = Atlas(out)
    yield opened
    opened.close()


def overview_builders(atlas, places_atlas=None) -> dict[str, object]:
    places_atlas = places_atlas or atlas
    return {
        "jobs_by_industry": lambda lang, texts: charts.jobs_by_industry_figure(atlas, lang, texts),
        "working_share": lambda lang, texts: charts.working_share_figure(atlas, lang, texts),
        "jobs_by_district": lambda lang, texts: charts.jobs_by_district_figure(atlas, lang, texts),
        "top_professions": lambda lang, texts: charts.top_professions_figure(atlas, lang, texts),
        "graduate_employment": lambda lang, texts: charts.graduate_employment_figure(
            atlas, lang, texts),
        "profession_demand": lambda lang, texts: charts.profession_demand_figure(
            atlas, "nurse", lang, texts),
        "college_places": lambda lang, texts: charts.college_places_figure(
            places_atlas, POLYTECHNIC, lang, texts),
    }


def all_text(fig: Figure) -> str:
    """Every string drawn in the figure, line breaks of wrapped labels undone."""
    fig.draw_without_rendering()
    return " | ".join(t.get_text().replace("\n", " ") for t in fig.findobj(Text))


def drawn_patches(fig: Figure) -> int:
    """Shapes with an area: patches, and bars of a non-zero length."""
    return sum(len(ax.patches) + sum(1 for series in bar_lengths(ax) for v in series if v)
               for ax in fig.axes)


@pytest.fixture(scope="module")
def riasec_scores(atlas):
    items = atlas.riasec_items()
    level = {"R": 4, "I": 3, "A": 1, "S": 2, "E": 0, "C": 1}
    return score_riasec(items, [Answer(i.id, level[i.type]) for i in items])


@pytest.fixture(scope="module")
def ddo_scores(atlas):
    items = atlas.ddo_items()
    return score_ddo(items, [Answer(i.id, 0 if i.a_type == "technology" else 1) for i in items])


# --- aggregate queries -----------------------------------------------------------------------
def test_2025_working_share_reconciles_with_the_published_91_percent(atlas):
    split = stats.jobs_by_level(atlas, 2025)
    assert abs(split.working_percent - 91.0) <= 0.5
    assert split.published is not None and split.published.kind == "press"
    assert split.published.value == 91.0


def test_jobs_by_industry_and_district_add_up_to_the_same_total(atlas):
    industries, districts = stats.jobs_by_industry(atlas, 2025), stats.jobs_by_district(atlas, 2025)
    split = stats.jobs_by_level(atlas, 2025)
    total = split.working + split.specialist
    assert sum(a.value for a in industries) == sum(a.value for a in districts) == total > 1300
    assert [a.value for a in industries] == sorted((a.value for a in industries), reverse=True)
    assert all(a.source_ids and a.kinds for a in industries + districts)


def test_top_professions_are_ranked_and_split_by_year(atlas):
    top = stats.top_professions(atlas, 5)
    assert len(top) == 5
    assert [a.value for a in top] == sorted((a.value for a in top), reverse=True)
    for amount in top:
        assert sum(jobs for _, jobs in amount.parts) == amount.value
        assert {year for year, _ in amount.parts} <= {"2025", "2026", "2027"}


def test_profession_demand_has_parts(atlas):
    years = stats.profession_demand(atlas, "nurse")
    assert [a.key for a in years] == sorted(a.key for a in years)
    assert all(sum(j for _, j in a.parts) == a.value for a in years)


def test_college_places_count_only_published_places(atlas, places_atlas):
    assert stats.college_places(atlas, POLYTECHNIC) == []  # none published: no bar, no zero
    places = stats.college_places(places_atlas, POLYTECHNIC)
    assert places and all(a.kinds == ("sample",) for a in places)
    assert all({lang for lang, _ in a.parts} <= {"kk", "ru", "en"} for a in places)
    assert sum(a.value for a in places) == 50 + 25 * 14


def test_graduate_employment_has_the_regional_press_figure(atlas):
    employment = stats.graduate_employment(atlas)
    assert employment.regional is not None
    assert round(employment.regional.percent) == 86
    assert employment.regional.kinds == ("press",)
    rates = [r.percent for r in employment.specialities]
    assert rates == sorted(rates, reverse=True) and len(rates) > 10


def test_source_summary_counts_figures_not_sources(atlas):
    summary = stats.source_summary(atlas, ["src_bagdar_estimate"] * 3 + ["src_aqjol_2025"])
    assert summary.estimated_percent == 75.0
    assert [kind for _, kind in summary.titles] == ["estimate", "press"]
    assert stats.source_summary(atlas, []).estimated_percent == 0.0


# --- builders --------------------------------------------------------------------------------
def test_every_overview_chart_draws_translated_words_and_a_footnote(atlas, places_atlas):
    texts = RecordingTexts(MARKED)
    for chart, build in overview_builders(atlas, places_atlas).items():
        fig = build("kk", texts)
        assert isinstance(fig, Figure), chart
        assert fig.axes and drawn_patches(fig) > 0, chart
        drawn = all_text(fig)
        assert "«" in fig.get_suptitle(), chart
        assert fig.get_supxlabel().startswith("«Sources: "), chart
        assert "«estimate»" in fig.get_supxlabel() or "«sample»" in fig.get_supxlabel(), chart
        ax = fig.axes[0]
        assert ax.get_xlabel().startswith("«") or ax.get_ylabel().startswith("«"), chart
        assert "«" in drawn, chart
    assert texts.asked <= set(charts.CHART_TEXTS)


def test_overview_charts_name_places_in_the_chosen_language(atlas, places_atlas):
    kk = all_text(charts.jobs_by_district_figure(atlas, "kk", MARKED))
    ru = all_text(charts.jobs_by_district_figure(atlas, "ru", MARKED))
    assert atlas.district("korday").name.kk in kk and atlas.district("korday").name.ru in ru
    assert "«New jobs by district, 2025»" in kk
    industry = all_text(charts.jobs_by_industry_figure(atlas, "kk", MARKED))
    assert "Химия және фосфор өндірісі" in industry
    assert "«Other industries»" in industry
    demand = all_text(charts.profession_demand_figure(atlas, "nurse", "kk", MARKED))
    assert atlas.profession("nurse").name.kk in demand and "Тараз қаласы" in demand
    places = all_text(charts.college_places_figure(places_atlas, POLYTECHNIC, "kk", MARKED))
    assert "Жамбыл политехникалық колледжі" in places and "«Kazakh groups»" in places


def test_working_share_chart_marks_the_published_figure(atlas):
    drawn = all_text(charts.working_share_figure(atlas, "en", MARKED))
    assert "«Published figure: 91% working professions»" in drawn
    assert "«Working professions»" in drawn and "«Mid-level specialists»" in drawn
    graduates = all_text(charts.graduate_employment_figure(atlas, "ru", MARKED))
    assert "«Region: 86%»" in graduates and "«press»" in graduates


def test_missing_translations_fall_back_to_the_english_key(atlas):
    fig = charts.jobs_by_industry_figure(atlas, "en", {})
    assert fig.get_suptitle() == "New jobs by industry, 2025"
    assert "of the figures are estimates" in fig.get_supxlabel()


def test_riasec_profile_highlights_the_code_in_hexagon_order(atlas, riasec_scores):
    names = {code: t.name.get("kk") for code, t in atlas.interest_types("riasec").items()}
    texts = RecordingTexts(MARKED)
    fig = charts.riasec_profile_figure(riasec_scores, texts, names)
    ax = fig.axes[0]
    assert len(bar_lengths(ax)) == 1 and len(bar_lengths(ax)[0]) == 6
    assert ax.get_xlim() == (0, 100)
    labels = [t.get_text() for t in category_texts(fig)]
    assert [label[-2] for label in labels] == list("RIASEC")
    assert names["R"] in labels[0]
    bold = {t.get_text()[-2] for t in category_texts(fig) if t.get_fontweight() == "bold"}
    assert bold == set(riasec_scores.code) == set("RIS")
    drawn = all_text(fig)
    assert "«Your interest profile»" in drawn and "«Your Holland code: RIS»" in drawn
    assert texts.asked <= set(charts.CHART_TEXTS)


def test_ddo_chart_shows_counts_and_named_bands(atlas, ddo_scores):
    names = {code: t.name.get("ru") for code, t in atlas.interest_types("klimov").items()}
    texts = RecordingTexts(MARKED)
    fig = charts.ddo_figure(ddo_scores, texts, names)
    ax = fig.axes[0]
    assert [round(v) for v in bar_lengths(ax)[0]] == [
        ddo_scores.counts[kind] for kind in ("nature", "technology", "people", "signs", "art")]
    assert ax.get_ylim()[1] >= 8
    drawn = all_text(fig)
    for band in ("No interest", "Moderate interest", "Pronounced interest"):
        assert f"«{band}»" in drawn
    assert "Человек– Техника" in drawn  # broken after the dash: "Человек–" / "Техника"
    assert texts.asked <= set(charts.CHART_TEXTS)


def test_empty_data_says_so(atlas):
    unused = next(p for p in atlas.profession_ids() if not atlas.demand_for_profession(p))
    fig = charts.profession_demand_figure(atlas, unused, "en", MARKED)
    assert "«No data»" in all_text(fig)


def test_builders_leave_global_matplotlib_settings_alone(atlas, riasec_scores):
    before = dict(mpl.rcParams)
    charts.jobs_by_industry_figure(atlas, "kk", MARKED)
    charts.riasec_profile_figure(riasec_scores, MARKED, {})
    assert dict(mpl.rcParams) == before


@pytest.mark.slow
def test_builders_never_load_pyplot(atlas_path, tmp_path):
    code = ("import sys; from pathlib import Path; from guidance.atlas import Atlas; "
            "from guidance import charts; "
            f"charts.jobs_by_industry_figure(Atlas(Path({str(atlas_path)!r})), 'kk', {{}})"
            ".savefig(sys.argv[1]); sys.exit('matplotlib.pyplot' in sys.modules)")
    out = tmp_path / "chart.png"
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr or "matplotlib.pyplot was imported"
    assert out.stat().st_size > 0


# --- images ----------------------------------------------------------------------------------
def assert_matches_baseline(fig: Figure, name: str, tmp_path: Path) -> None:
    """Compare ``fig`` with ``tests/baseline/<name>.png``; fail if the baseline is missing."""
    actual = tmp_path / f"{name}.png"
    fig.savefig(actual, dpi=100, metadata=SAVE_METADATA["png"])
    baseline = BASELINE_DIR / f"{name}.png"
    if os.environ.get("BAGDAR_WRITE_BASELINES") == "1":
        BASELINE_DIR.mkdir(exist_ok=True)
        baseline.write_bytes(actual.read_bytes())
        pytest.skip(f"baseline written: {baseline}")
    if not baseline.is_file():
        pytest.fail(f"missing baseline {baseline}; review the chart, then write it with "
                    "BAGDAR_WRITE_BASELINES=1")
    problem = compare_images(str(baseline), str(actual), tol=TOLERANCE)
    assert problem is None, problem


@pytest.mark.parametrize("name", ["jobs_by_industry", "working_share", "jobs_by_district",
                                  "top_professions", "graduate_employment",
                                  "profession_demand", "college_places"])
def test_overview_chart_matches_its_baseline(atlas, places_atlas, name, tmp_path):
    fig = overview_builders(atlas, places_atlas)[name]("en", {})
    assert_matches_baseline(fig, f"{name}_en", tmp_path)


def test_kazakh_chart_matches_its_baseline(atlas, tmp_path):
    fig = charts.jobs_by_industry_figure(atlas, "kk", {})
    assert_matches_baseline(fig, "jobs_by_industry_kk", tmp_path)


def test_a_translation_with_broken_placeholders_falls_back_to_english(atlas):
    texts = {"New jobs by industry, {year}": "Салалар бойынша, {жыл}"}
    fig = charts.jobs_by_industry_figure(atlas, "kk", texts)
    assert fig.get_suptitle() == "New jobs by industry, 2025"


def test_footnotes_name_our_own_sources_in_the_readers_language(atlas):
    from guidance.charts import footnote_text

    ids = ["src_bagdar_estimate", "src_aqjol_2025"]
    kazakh = footnote_text(atlas, {}, ids, "kk")
    russian = footnote_text(atlas, {}, ids, "ru")
    assert "Бағдар тобының" in kazakh and "Bagdar team" not in kazakh
    assert "Расчёты команды" in russian
    assert "Аймақта алғашқы мамандықтар атласы" in russian  # a real title stays as published


def test_a_dollar_sign_in_an_edited_text_is_drawn_as_written(atlas, places_atlas):
    """Texts come from editable files: "$" must not start a formula (an unmatched one used
    to stop the chart from drawing)."""
    dollars = {key: f"{key} $\\frac$" for key in charts.CHART_TEXTS}
    for chart, build in overview_builders(atlas, places_atlas).items():
        fig = build("en", dollars)
        assert "$\\frac$" in all_text(fig), chart

