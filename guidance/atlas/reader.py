"""``Atlas``: the read-only view of a built atlas database that the app asks questions of.

The database is opened with ``mode=ro`` so nothing in the app can change reference data by
accident; updates replace the whole file. Every answer is a dataclass from ``models``.
"""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path

from guidance.atlas.models import (
    AtlasInfo,
    College,
    CollegeOffer,
    DdoItem,
    DemandFigure,
    District,
    Enterprise,
    InstrumentInfo,
    InterestType,
    LocalText,
    Profession,
    ProfessionSummary,
    Qualification,
    RiasecItem,
    SearchHit,
    Source,
    Speciality,
    Term,
)
from guidance.atlas.schema import SCHEMA_VERSION, SOURCE_KINDS, TABLES
from guidance.textnorm import sort_key


def _flag(value: int | None) -> bool | None:
    """A 1/0 cell as a bool; an empty cell (not published) stays None, never False."""
    return None if value is None else bool(value)


class AtlasError(Exception):
    """The atlas file is missing, unreadable or of an unknown schema version."""


class Atlas:
    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise AtlasError(f"atlas database not found: {self.path}")
        try:  # another user's file without read permission fails here, not at the query
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as err:
            raise AtlasError(f"atlas database cannot be read: {self.path} ({err})") from err
        self._conn.row_factory = sqlite3.Row
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as err:
            self._conn.close()
            raise AtlasError(f"not an atlas database: {self.path} ({err})") from err
        if version != SCHEMA_VERSION:
            self._conn.close()
            raise AtlasError(f"atlas schema {version}, this Bagdar reads {SCHEMA_VERSION}")

    def close(self) -> None:
        self._conn.close()

    def _all(self, sql: str, *params) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    # --- edition and sources -------------------------------------------------------------
    def info(self) -> AtlasInfo:
        meta = {r["key"]: r["value"] for r in self._all("SELECT key, value FROM meta")}
        return AtlasInfo(
            edition=meta.get("edition", ""), date=meta.get("date", ""),
            title=LocalText(meta.get("title_kk", ""), meta.get("title_ru", ""),
                            meta.get("title_en", "")),
            publisher=meta.get("publisher", ""), built_at=meta.get("built_at", ""),
            content_hash=meta.get("content_hash", ""),
            schema_version=int(meta.get("schema_version", 0)),
        )

    @cached_property
    def _sources(self) -> dict[str, Source]:
        return {r["id"]: Source(r["id"], r["title"], r["publisher"], r["url"] or "",
                                r["date"] or "", r["kind"], r["note"] or "",
                                LocalText.from_row(r, "label"))
                for r in self._all("SELECT * FROM sources ORDER BY id")}

    def sources(self) -> list[Source]:
        return list(self._sources.values())

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]

    def source_kind_counts(self) -> dict[str, dict[str, int]]:
        """For every table with a ``source_id``: how many rows stand on each kind of source."""
        counts: dict[str, dict[str, int]] = {}
        for table in TABLES:
            if not any(c.name == "source_id" for c in table.columns):
                continue
            per_kind = dict.fromkeys(SOURCE_KINDS, 0)
            for row in self._all(f"SELECT s.kind, COUNT(*) AS n FROM {table.name} t "
                                 "JOIN sources s ON s.id = t.source_id GROUP BY s.kind"):
                per_kind[row["kind"]] = row["n"]
            counts[table.name] = per_kind
        return counts

    # --- vocabularies ----------------------------------------------------------------------
    def _terms(self, table: str) -> dict[str, Term]:
        return {r["id"]: Term(r["id"], LocalText.from_row(r, "name"))
                for r in self._all(f"SELECT * FROM {table} ORDER BY rowid")}

    @cached_property
    def _industries(self) -> dict[str, Term]:
        return self._terms("industries")

    @cached_property
    def _subjects(self) -> dict[str, Term]:
        return self._terms("subjects")

    @cached_property
    def _conditions(self) -> dict[str, Term]:
        return self._terms("conditions")

    @cached_property
    def _districts(self) -> dict[str, District]:
        return {r["id"]: District(r["id"], r["kind"], LocalText.from_row(r, "name"),
                                  LocalText.from_row(r, "centre"), r["lat"], r["lon"],
                                  bool(r["coords_approximate"]))
                for r in self._all("SELECT * FROM districts ORDER BY rowid")}

    def industries(self) -> list[Term]:
        return list(self._industries.values())

    def districts(self) -> list[District]:
        return list(self._districts.values())

    def district(self, district_id: str) -> District:
        return self._districts[district_id]

    def _district_term(self, district_id: str) -> Term:
        district = self._districts[district_id]
        return Term(district.id, district.name)

    # --- professions -----------------------------------------------------------------------
    def professions(self, lang: str = "kk", industry_id: str | None = None
                    ) -> list[ProfessionSummary]:
        sql = "SELECT id, name_kk, name_ru, name_en, industry_id, level, is_new, riasec " \
              "FROM professions"
        rows = self._all(sql + " WHERE industry_id = ?", industry_id) if industry_id \
            else self._all(sql)
        items = [ProfessionSummary(r["id"], LocalText.from_row(r, "name"), r["industry_id"],
                                   r["level"], bool(r["is_new"]), r["riasec"]) for r in rows]
        return sorted(items, key=lambda p: sort_key(p.name.get(lang)))

    def profession_ids(self) -> list[str]:
        return [r["id"] for r in self._all("SELECT id FROM professions ORDER BY id")]

    def profession(self, profession_id: str) -> Profession:
        rows = self._all("SELECT * FROM professions WHERE id = ?", profession_id)
        if not rows:
            raise KeyError(profession_id)
        r = rows[0]

        def terms(value: str | None, vocabulary: dict[str, Term]) -> tuple[Term, ...]:
            return tuple(vocabulary[i] for i in (value or "").split(";") if i in vocabulary)

        return Profession(
            id=r["id"], name=LocalText.from_row(r, "name"),
            description=LocalText.from_row(r, "description"),
            industry=self._industries[r["industry_id"]], isco=r["isco"], riasec=r["riasec"],
            klimov=r["klimov"], level=r["level"], is_new=bool(r["is_new"]),
            horizon=r["horizon"], skills=LocalText.from_row(r, "skills"),
            subjects=terms(r["subjects"], self._subjects),
            conditions=terms(r["conditions"], self._conditions),
            source=self._sources[r["source_id"]],
        )

    # --- specialities and colleges ---------------------------------------------------------
    def _speciality(self, r: sqlite3.Row) -> Speciality:
        quals = tuple(Qualification(q["code"], LocalText.from_row(q, "name")) for q in self._all(
            "SELECT * FROM qualifications WHERE speciality_code = ? ORDER BY code", r["code"]))
        return Speciality(r["code"], LocalText.from_row(r, "name"), r["isced_field"],
                          r["months_after_9"], r["months_after_11"],
                          bool(r["taught_in_region"]) if r["taught_in_region"] is not None
                          else True, self._sources[r["source_id"]], quals)

    def speciality(self, code: str) -> Speciality:
        rows = self._all("SELECT * FROM specialities WHERE code = ?", code)
        if not rows:
            raise KeyError(code)
        return self._speciality(rows[0])

    def specialities_for_profession(self, profession_id: str) -> list[Speciality]:
        return [self._speciality(r) for r in self._all(
            "SELECT s.* FROM profession_specialities ps JOIN specialities s "
            "ON s.code = ps.speciality_code WHERE ps.profession_id = ? ORDER BY ps.rowid",
            profession_id)]

    @cached_property
    def _colleges(self) -> dict[str, College]:
        return {r["id"]: College(
            r["id"], LocalText.from_row(r, "name"), self._district_term(r["district_id"]),
            LocalText.from_row(r, "town"), r["address"] or "", r["lat"], r["lon"],
            tuple(x for x in (r["languages"] or "").split(";") if x),
            None if r["dormitory"] is None else bool(r["dormitory"]), r["ownership"],
            self._sources[r["source_id"]]) for r in self._all("SELECT * FROM colleges")}

    def colleges(self) -> list[College]:
        return list(self._colleges.values())

    def college(self, college_id: str) -> College:
        return self._colleges[college_id]

    def offers_for_speciality(self, code: str) -> list[CollegeOffer]:
        return [CollegeOffer(self._colleges[r["college_id"]], r["speciality_code"], r["language"],
                             _flag(r["after_9"]), _flag(r["after_11"]), r["state_places"],
                             r["year"], self._sources[r["source_id"]])
                for r in self._all("SELECT * FROM college_specialities WHERE speciality_code = ? "
                                   "ORDER BY college_id, language", code)]

    def offers_for_profession(self, profession_id: str) -> list[CollegeOffer]:
        offers: list[CollegeOffer] = []
        for speciality in self.specialities_for_profession(profession_id):
            offers.extend(self.offers_for_speciality(speciality.code))
        return offers

    # --- employers and demand --------------------------------------------------------------
    def enterprise(self, enterprise_id: str) -> Enterprise:
        rows = self._all("SELECT * FROM enterprises WHERE id = ?", enterprise_id)
        if not rows:
            raise KeyError(enterprise_id)
        r = rows[0]
        return Enterprise(r["id"], LocalText.from_row(r, "name"),
                          self._industries[r["industry_id"]] if r["industry_id"] else None,
                          self._district_term(r["district_id"]) if r["district_id"] else None,
                          LocalText.from_row(r, "town"), r["employees"],
                          LocalText.from_row(r, "description"), self._sources[r["source_id"]])

    def demand_for_profession(self, profession_id: str) -> list[DemandFigure]:
        return [DemandFigure(r["year"], r["district_id"], r["enterprise_id"], r["jobs"],
                             self._sources[r["source_id"]])
                for r in self._all("SELECT * FROM demand WHERE profession_id = ? "
                                   "ORDER BY year, district_id", profession_id)]

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        """Tolerant search-as-you-type (parts of words, synonyms, Latin Kazakh, typos): see
        ``guidance.atlas.search``."""
        return self.search_index.search(query, kinds, limit)

    @cached_property
    def search_index(self):
        from guidance.atlas.search import AtlasSearch

        return AtlasSearch(self._conn)

    # --- questionnaires --------------------------------------------------------------------
    def instrument(self, instrument_id: str) -> InstrumentInfo:
        rows = self._all("SELECT * FROM instruments WHERE id = ?", instrument_id)
        if not rows:
            raise KeyError(instrument_id)
        r = rows[0]
        return InstrumentInfo(r["id"], r["version"], LocalText.from_row(r, "name"),
                              LocalText.from_row(r, "instructions"))

    def answer_scale(self) -> list[tuple[int, LocalText]]:
        return [(r["value"], LocalText.from_row(r, "label"))
                for r in self._all("SELECT * FROM instrument_scale ORDER BY value")]

    def riasec_items(self, short_form: bool = False) -> list[RiasecItem]:
        """The profiler's items in display order (the short form keeps the same order)."""
        sql = "SELECT * FROM riasec_items" + (" WHERE short_form = 1" if short_form else "")
        return [RiasecItem(r["id"], r["type"], r["position"], bool(r["short_form"]),
                           LocalText.from_row(r, "text"))
                for r in self._all(sql + " ORDER BY position")]

    def ddo_items(self) -> list[DdoItem]:
        return [DdoItem(r["number"], r["a_type"], LocalText.from_row(r, "a_text"), r["b_type"],
                        LocalText.from_row(r, "b_text"))
                for r in self._all("SELECT * FROM ddo_items ORDER BY number")]

    def interest_types(self, instrument: str) -> dict[str, InterestType]:
        return {r["code"]: InterestType(r["instrument"], r["code"], LocalText.from_row(r, "name"),
                                        LocalText.from_row(r, "summary"),
                                        LocalText.from_row(r, "enjoy"),
                                        LocalText.from_row(r, "activities"))
                for r in self._all("SELECT * FROM interest_types WHERE instrument = ? "
                                   "ORDER BY rowid", instrument)}

    def example_professions(self, instrument: str, code: str, limit: int = 5) -> list[str]:
        """Professions of the atlas that illustrate a type: RIASEC code starting with the
        letter, or the Klimov type; new and in-demand professions first."""
        column, value = ("riasec", f"{code}%") if instrument == "riasec" else ("klimov", code)
        op = "LIKE" if instrument == "riasec" else "="
        return [r["id"] for r in self._all(
            f"SELECT p.id, COALESCE(SUM(d.jobs), 0) AS jobs FROM professions p "
            f"LEFT JOIN demand d ON d.profession_id = p.id WHERE p.{column} {op} ? "
            f"GROUP BY p.id ORDER BY jobs DESC, p.is_new DESC, p.id LIMIT ?", value, limit)]

    # --- bulk reads for the recommendation index --------------------------------------------
    def profession_speciality_links(self) -> list[tuple[str, str]]:
        return [(r["profession_id"], r["speciality_code"]) for r in self._all(
            "SELECT profession_id, speciality_code FROM profession_specialities ORDER BY rowid")]

    def all_offers(self) -> list[CollegeOffer]:
        return [CollegeOffer(self._colleges[r["college_id"]], r["speciality_code"], r["language"],
                             _flag(r["after_9"]), _flag(r["after_11"]), r["state_places"],
                             r["year"], self._sources[r["source_id"]])
                for r in self._all("SELECT * FROM college_specialities "
                                   "ORDER BY college_id, speciality_code, language")]

    def demand_totals(self) -> dict[str, tuple[int, int, tuple[str, ...]]]:
        """Per profession: (jobs in all years, last year, the kinds of source behind them)."""
        totals: dict[str, tuple[int, int, tuple[str, ...]]] = {}
        for r in self._all("SELECT d.profession_id AS p, SUM(d.jobs) AS jobs, MAX(d.year) AS y, "
                           "GROUP_CONCAT(DISTINCT s.kind) AS kinds FROM demand d JOIN sources s "
                           "ON s.id = d.source_id GROUP BY d.profession_id"):
            totals[r["p"]] = (r["jobs"], r["y"], tuple(sorted(r["kinds"].split(","))))
        return totals

    def employment_by_speciality(self) -> dict[tuple[str | None, str], tuple[float, str]]:
        """{(college_id or None, speciality_code): (employed share, source kind)}, latest year."""
        found: dict[tuple[str | None, str], tuple[float, str]] = {}
        for r in self._all("SELECT g.college_id, g.speciality_code, g.graduates, g.employed, "
                           "s.kind FROM graduate_employment g JOIN sources s ON s.id = g.source_id "
                           "WHERE g.speciality_code IS NOT NULL AND g.graduates > 0 "
                           "ORDER BY g.year_to"):
            found[(r["college_id"], r["speciality_code"])] = (r["employed"] / r["graduates"],
                                                              r["kind"])
        return found
