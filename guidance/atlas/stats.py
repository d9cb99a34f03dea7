"""Aggregate read queries over a built atlas, for the charts.

The charts must say where every bar comes from, so each figure answered here carries the ids of
the sources behind it and their kinds (official, press, estimate, sample); ``source_summary``
turns those into the footnote's source titles and share of estimated figures. SQL lives here,
in the atlas package, so the chart builders only see plain dataclasses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from guidance.atlas.models import LocalText
from guidance.atlas.reader import Atlas

ESTIMATED_KINDS = ("estimate", "sample")

# The one published figure the atlas format has no table for: the share of 2025 jobs in working
# professions reported by the regional press. The demand rows are split so that they reconcile
# with it (see atlas_data/README.md); the chart shows both, so a mismatch would be visible.
PUBLISHED_WORKING_SHARES: dict[int, tuple[float, str]] = {2025: (91.0, "src_aqjol_2025")}


# The regional article's figures that no table holds (the seed of the atlas): each fact is shown in
# the overview and in "About the data" with this source; the UI words each one by its key.
SEED_SOURCE = "src_aqjol_2025"
SEED_FACTS: tuple[tuple[str, dict[str, int]], ...] = (
    ("year_of_working_professions", {"year": 2025}),
    ("colleges_and_students", {"colleges": 42, "students": 28000}),
    ("new_jobs", {"projects": 37, "jobs": 1300, "working_percent": 91}),
    ("graduates_employed", {"graduates": 8000, "percent": 86}),
    ("targeted_training", {"since": 2022}),
    ("plans", {"from": 2025, "to": 2026}),
    ("memoranda", {"signed": 8}),
)


@dataclass(frozen=True)
class RegionalFact:
    key: str
    values: dict[str, int]
    source_id: str
    kind: str


def regional_facts(atlas: Atlas) -> list[RegionalFact]:
    """The seed article's figures, if this edition still cites the article (an update may not)."""
    if not any(s.id == SEED_SOURCE for s in atlas.sources()):
        return []
    kind = atlas.source(SEED_SOURCE).kind
    return [RegionalFact(key, dict(values), SEED_SOURCE, kind) for key, values in SEED_FACTS]


@dataclass(frozen=True)
class Amount:
    """One bar: a number of jobs or places for an industry, district, profession, speciality
    or year, with the sources behind it. ``parts`` breaks the value down by a second key
    (a year, a district id or a teaching language), in the order the chart should stack them."""

    key: str
    name: LocalText
    value: int
    source_ids: tuple[str, ...]
    kinds: tuple[str, ...]
    parts: tuple[tuple[str, int], ...] = field(default=())


@dataclass(frozen=True)
class PublishedFigure:
    value: float
    source_id: str
    kind: str


@dataclass(frozen=True)
class LevelSplit:
    """New jobs of one year in working professions and for mid-level specialists."""

    year: int
    working: int
    specialist: int
    source_ids: tuple[str, ...]
    kinds: tuple[str, ...]
    published: PublishedFigure | None = None

    @property
    def working_percent(self) -> float:
        total = self.working + self.specialist
        return 100.0 * self.working / total if total else 0.0


@dataclass(frozen=True)
class EmploymentRate:
    """Employed graduates of a speciality (or of the whole region, ``key == ""``)."""

    key: str
    name: LocalText
    graduates: int
    employed: int
    year_from: int
    year_to: int
    source_ids: tuple[str, ...]
    kinds: tuple[str, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.employed / self.graduates if self.graduates else 0.0


@dataclass(frozen=True)
class GraduateEmployment:
    regional: EmploymentRate | None
    specialities: tuple[EmploymentRate, ...]


@dataclass(frozen=True)
class SourceSummary:
    """What the chart footnote says: source titles with their kinds, and the share of the
    figures that stand on estimates or illustrative samples (0–100)."""

    titles: tuple[tuple[str, str], ...]  # (title, kind), first-seen order
    estimated_percent: float


def _ids(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(set((joined or "").split(",")) - {""}))


def _kinds(atlas: Atlas, source_ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({atlas.source(s).kind for s in source_ids}))


def _amounts(atlas: Atlas, rows, parts: dict[str, list[tuple[str, int]]] | None = None
             ) -> list[Amount]:
    """Rows with ``key, name_kk, name_ru, name_en, value, sources`` → Amounts."""
    result = []
    for r in rows:
        ids = _ids(r["sources"])
        result.append(Amount(str(r["key"]), LocalText.from_row(r, "name"), int(r["value"] or 0),
                             ids, _kinds(atlas, ids),
                             tuple((parts or {}).get(str(r["key"]), ()))))
    return result


def jobs_by_industry(atlas: Atlas, year: int) -> list[Amount]:
    """New jobs of ``year`` per industry, most jobs first."""
    return _amounts(atlas, atlas._all(
        "SELECT i.id AS key, i.name_kk, i.name_ru, i.name_en, SUM(d.jobs) AS value, "
        "GROUP_CONCAT(DISTINCT d.source_id) AS sources FROM demand d "
        "JOIN industries i ON i.id = d.industry_id WHERE d.year = ? "
        "GROUP BY i.id ORDER BY value DESC, i.rowid", year))


def jobs_by_district(atlas: Atlas, year: int) -> list[Amount]:
    """New jobs of ``year`` per district (Taraz city included), most jobs first."""
    return _amounts(atlas, atlas._all(
        "SELECT t.id AS key, t.name_kk, t.name_ru, t.name_en, SUM(d.jobs) AS value, "
        "GROUP_CONCAT(DISTINCT d.source_id) AS sources FROM demand d "
        "JOIN districts t ON t.id = d.district_id WHERE d.year = ? "
        "GROUP BY t.id ORDER BY value DESC, t.rowid", year))


def jobs_by_level(atlas: Atlas, year: int) -> LevelSplit:
    """Working-profession versus specialist jobs of ``year``, with the published share if any."""
    jobs = {"working": 0, "specialist": 0}
    ids: set[str] = set()
    for r in atlas._all("SELECT p.level, SUM(d.jobs) AS jobs, "
                        "GROUP_CONCAT(DISTINCT d.source_id) AS sources FROM demand d "
                        "JOIN professions p ON p.id = d.profession_id WHERE d.year = ? "
                        "GROUP BY p.level", year):
        jobs[r["level"]] = int(r["jobs"] or 0)
        ids.update(_ids(r["sources"]))
    published = None
    if year in PUBLISHED_WORKING_SHARES:
        value, source_id = PUBLISHED_WORKING_SHARES[year]
        if any(s.id == source_id for s in atlas.sources()):
            published = PublishedFigure(value, source_id, atlas.source(source_id).kind)
    return LevelSplit(year, jobs["working"], jobs["specialist"], tuple(sorted(ids)),
                      _kinds(atlas, ids), published)


def top_professions(atlas: Atlas, n: int = 10, first_year: int = 2025,
                    last_year: int = 2027) -> list[Amount]:
    """The ``n`` professions with most new jobs over the years, with a part per year."""
    rows = atlas._all(
        "SELECT p.id AS key, p.name_kk, p.name_ru, p.name_en, SUM(d.jobs) AS value, "
        "GROUP_CONCAT(DISTINCT d.source_id) AS sources FROM demand d "
        "JOIN professions p ON p.id = d.profession_id WHERE d.year BETWEEN ? AND ? "
        "GROUP BY p.id ORDER BY value DESC, p.id LIMIT ?", first_year, last_year, n)
    parts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    keys = [r["key"] for r in rows]
    if keys:
        marks = ",".join("?" * len(keys))
        for r in atlas._all(
                f"SELECT profession_id AS key, year, SUM(jobs) AS jobs FROM demand "
                f"WHERE year BETWEEN ? AND ? AND profession_id IN ({marks}) "
                f"GROUP BY profession_id, year ORDER BY year", first_year, last_year, *keys):
            parts[r["key"]].append((str(r["year"]), int(r["jobs"])))
    return _amounts(atlas, rows, parts)


def profession_demand(atlas: Atlas, profession_id: str) -> list[Amount]:
    """New jobs of one profession per year (``key`` = the year), with a part per district,
    largest districts first."""
    rows = atlas._all("SELECT year, district_id, SUM(jobs) AS jobs, "
                      "GROUP_CONCAT(DISTINCT source_id) AS sources FROM demand "
                      "WHERE profession_id = ? GROUP BY year, district_id "
                      "ORDER BY year, jobs DESC, district_id", profession_id)
    by_year: dict[int, list] = defaultdict(list)
    for r in rows:
        by_year[r["year"]].append(r)
    result = []
    for year, year_rows in sorted(by_year.items()):
        ids = tuple(sorted({s for r in year_rows for s in _ids(r["sources"])}))
        result.append(Amount(str(year), LocalText(str(year), str(year), str(year)),
                             sum(int(r["jobs"]) for r in year_rows), ids, _kinds(atlas, ids),
                             tuple((r["district_id"], int(r["jobs"])) for r in year_rows)))
    return result


def college_places(atlas: Atlas, college_id: str) -> list[Amount]:
    """State-funded places per speciality of one college, with a part per teaching language;
    most places first. Only published places count: a group whose places are not published is
    left out (never drawn as 0), so a college with no published places has no bars at all."""
    rows = atlas._all(
        "SELECT s.code AS key, s.name_kk, s.name_ru, s.name_en, "
        "SUM(c.state_places) AS value, GROUP_CONCAT(DISTINCT c.source_id) AS sources "
        "FROM college_specialities c JOIN specialities s ON s.code = c.speciality_code "
        "WHERE c.college_id = ? AND c.state_places IS NOT NULL "
        "GROUP BY s.code ORDER BY value DESC, s.code", college_id)
    parts: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in atlas._all("SELECT speciality_code AS key, COALESCE(language, '') AS language, "
                        "SUM(state_places) AS places FROM college_specialities "
                        "WHERE college_id = ? AND state_places IS NOT NULL "
                        "GROUP BY speciality_code, language "
                        "ORDER BY CASE language WHEN 'kk' THEN 0 WHEN 'ru' THEN 1 ELSE 2 END",
                        college_id):
        parts[r["key"]].append((r["language"], int(r["places"])))
    return _amounts(atlas, rows, parts)


def graduate_employment(atlas: Atlas) -> GraduateEmployment:
    """Employment of graduates: the regional figure (no college, no speciality) and one rate per
    speciality over all colleges (rows without a college), best-employed first."""
    regional = None
    for r in atlas._all("SELECT SUM(graduates) AS g, SUM(employed) AS e, MIN(year_from) AS y0, "
                        "MAX(year_to) AS y1, GROUP_CONCAT(DISTINCT source_id) AS sources "
                        "FROM graduate_employment WHERE college_id IS NULL "
                        "AND speciality_code IS NULL"):
        if r["g"] is None:
            break
        ids = _ids(r["sources"])
        regional = EmploymentRate("", LocalText(), int(r["g"]), int(r["e"]), r["y0"], r["y1"],
                                  ids, _kinds(atlas, ids))
    rates = []
    for r in atlas._all(
            "SELECT s.code, s.name_kk, s.name_ru, s.name_en, SUM(g.graduates) AS g, "
            "SUM(g.employed) AS e, MIN(g.year_from) AS y0, MAX(g.year_to) AS y1, "
            "GROUP_CONCAT(DISTINCT g.source_id) AS sources FROM graduate_employment g "
            "JOIN specialities s ON s.code = g.speciality_code WHERE g.college_id IS NULL "
            "GROUP BY s.code HAVING SUM(g.graduates) > 0"):
        ids = _ids(r["sources"])
        rates.append(EmploymentRate(r["code"], LocalText.from_row(r, "name"), int(r["g"]),
                                    int(r["e"]), r["y0"], r["y1"], ids, _kinds(atlas, ids)))
    rates.sort(key=lambda rate: (-rate.percent, rate.key))
    return GraduateEmployment(regional, tuple(rates))


def source_summary(atlas: Atlas, source_ids: Iterable[str], lang: str = "en") -> SourceSummary:
    """Titles and kinds of the distinct sources, and the share of estimated or sample figures.

    Each entry of ``source_ids`` stands for one figure shown (repeat an id for every figure
    that rests on it), so the share is the share of figures, not of sources.
    """
    entries = list(source_ids)
    titles: dict[str, tuple[str, str]] = {}
    estimated = 0
    for source_id in entries:
        source = atlas.source(source_id)
        titles.setdefault(source_id, (source.name(lang), source.kind))
        estimated += source.kind in ESTIMATED_KINDS
    percent = 100.0 * estimated / len(entries) if entries else 0.0
    return SourceSummary(tuple(titles.values()), percent)


def figure_source_ids(items: Iterable[Amount | EmploymentRate | LevelSplit]) -> list[str]:
    """One entry per figure and source behind it, for ``source_summary``."""
    return [source_id for item in items for source_id in item.source_ids]
