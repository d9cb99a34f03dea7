"""The atlas tables as data: columns, types, keys and references.

One declaration serves the validator (what a cell may hold), the builder (SQLite column
types, primary and foreign keys, indexes) and the documentation in ``atlas_data/README.md``.
A column marked ``multilingual`` stands for three CSV columns: ``<name>_kk``, ``_ru``, ``_en``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from guidance import LANGUAGES

SCHEMA_VERSION = 1

SLUG = re.compile(r"^[a-z0-9_]+$")
TVET_CODE = re.compile(r"^\d{8}$")
QUALIFICATION_CODE = re.compile(r"^(3W|4S)\d{8}$")
ISCO_CODE = re.compile(r"^\d{4}$")
ISCED_FIELD = re.compile(r"^\d{4}$")
YEAR = re.compile(r"^(19|20)\d\d$")
DATE = re.compile(r"^(19|20)\d\d(-\d\d(-\d\d)?)?$")
RIASEC_LETTERS = "RIASEC"
KLIMOV_TYPES = ("nature", "technology", "people", "signs", "art")
SOURCE_KINDS = ("official", "press", "estimate", "sample")


@dataclass(frozen=True)
class Column:
    """One logical column.

    kind: text | slug | int | float | flag | year | date | choice | list | pattern | riasec
    """

    name: str
    kind: str = "text"
    required: bool = False
    multilingual: bool = False
    ref: tuple[str, str] | None = None  # (table, column) the value or each list item must be in
    choices: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    pattern_hint: str = ""
    minimum: float | None = None

    def csv_names(self) -> list[str]:
        if self.multilingual:
            return [f"{self.name}_{lang}" for lang in LANGUAGES]
        return [self.name]

    @property
    def sql_type(self) -> type:
        if self.kind in ("int", "flag", "year"):
            return int
        if self.kind == "float":
            return float
        return str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    indexes: tuple[tuple[str, ...], ...] = field(default=())
    file: str = ""  # path inside the source folder, when it is not "<name>.csv"

    @property
    def file_name(self) -> str:
        return self.file or f"{self.name}.csv"

    def csv_columns(self) -> list[str]:
        return [name for col in self.columns for name in col.csv_names()]

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


def _text(name: str, required: bool = True) -> Column:
    return Column(name, "text", required=required, multilingual=True)


def _ref(name: str, table: str, required: bool = True, column: str = "id") -> Column:
    kind = "slug" if column == "id" else "text"
    return Column(name, kind, required=required, ref=(table, column))


_SOURCE = _ref("source_id", "sources")
_SPECIALITY = Column(
    "speciality_code", "pattern", required=True, ref=("specialities", "code"),
    pattern=TVET_CODE, pattern_hint="8 digits, e.g. 07150500",
)
_ID = Column("id", "slug", required=True)
# What a synonym may name: kind → (table, key column).
SYNONYM_TARGETS = {"profession": ("professions", "id"), "speciality": ("specialities", "code"),
                   "college": ("colleges", "id"), "enterprise": ("enterprises", "id")}

TABLES: tuple[Table, ...] = (
    Table("sources", (
        _ID,
        Column("title", required=True),
        _text("label", required=False),
        Column("publisher", required=True),
        Column("url"),
        Column("date", "date"),
        Column("kind", "choice", required=True, choices=SOURCE_KINDS),
        Column("note"),
    ), key=("id",)),
    Table("districts", (
        _ID,
        Column("kind", "choice", required=True, choices=("city", "district")),
        _text("name"),
        _text("centre"),
        Column("lat", "float"),
        Column("lon", "float"),
        Column("coords_approximate", "flag"),
        _SOURCE,
    ), key=("id",)),
    Table("industries", (_ID, _text("name")), key=("id",)),
    Table("subjects", (_ID, _text("name")), key=("id",)),
    Table("conditions", (_ID, _text("name")), key=("id",)),
    Table("enterprises", (
        _ID,
        _text("name"),
        # Empty industry, district or town = not published (an employer known only by name).
        _ref("industry_id", "industries", required=False),
        _ref("district_id", "districts", required=False),
        _text("town", required=False),
        Column("employees", "int", minimum=0),
        _text("description"),
        _SOURCE,
    ), key=("id",), indexes=(("industry_id",), ("district_id",))),
    Table("professions", (
        _ID,
        _text("name"),
        _text("description"),
        _ref("industry_id", "industries"),
        Column("isco", "pattern", required=True, pattern=ISCO_CODE,
               pattern_hint="an ISCO-08 unit group: 4 digits, e.g. 7212"),
        Column("riasec", "riasec", required=True),
        Column("klimov", "choice", required=True, choices=KLIMOV_TYPES),
        Column("level", "choice", required=True, choices=("working", "specialist")),
        Column("is_new", "flag"),
        Column("horizon", "year"),
        Column("skills", "list", required=True, multilingual=True),
        Column("subjects", "list", required=True, ref=("subjects", "id")),
        Column("conditions", "list", ref=("conditions", "id")),
        # the O*NET occupation the Holland code was compared with: "SOC code Title | its code"
        Column("onet"),
        _SOURCE,
    ), key=("id",), indexes=(("industry_id",), ("riasec",))),
    Table("specialities", (
        Column("code", "pattern", required=True, pattern=TVET_CODE,
               pattern_hint="8 digits, e.g. 07150500"),
        _text("name"),
        Column("isced_field", "pattern", required=True, pattern=ISCED_FIELD,
               pattern_hint="the 4-digit ISCED-F detailed field"),
        Column("months_after_9", "int", minimum=1),
        Column("months_after_11", "int", minimum=1),
        Column("taught_in_region", "flag"),
        _SOURCE,
    ), key=("code",)),
    Table("qualifications", (
        Column("code", "pattern", required=True, pattern=QUALIFICATION_CODE,
               pattern_hint="3W or 4S and 8 digits, e.g. 3W07150501"),
        _SPECIALITY,
        _text("name"),
        _SOURCE,
    ), key=("code",), indexes=(("speciality_code",),)),
    Table("profession_specialities", (
        _ref("profession_id", "professions"),
        _SPECIALITY,
        Column("qualification_code", "pattern", ref=("qualifications", "code"),
               pattern=QUALIFICATION_CODE, pattern_hint="3W or 4S and 8 digits"),
    ), key=("profession_id", "speciality_code"), indexes=(("speciality_code",),)),
    Table("colleges", (
        _ID,
        _text("name"),
        _ref("district_id", "districts"),
        _text("town"),
        Column("address"),
        Column("lat", "float"),
        Column("lon", "float"),
        Column("languages", "list", choices=LANGUAGES),  # empty = not published
        Column("dormitory", "flag"),
        Column("ownership", "choice", choices=("state", "private")),  # empty = not published
        _SOURCE,
    ), key=("id",), indexes=(("district_id",),)),
    Table("college_specialities", (
        _ref("college_id", "colleges"),
        _SPECIALITY,
        # Empty language, entry grade or places = not published by the college's source.
        Column("language", "choice", choices=LANGUAGES),
        Column("after_9", "flag"),
        Column("after_11", "flag"),
        Column("state_places", "int", minimum=0),
        Column("year", "year", required=True),
        _SOURCE,
    ), key=("college_id", "speciality_code", "language"), indexes=(("speciality_code",),)),
    Table("investment_projects", (
        _ID,
        _text("name"),
        _ref("enterprise_id", "enterprises", required=False),
        _ref("industry_id", "industries"),
        _ref("district_id", "districts", required=False),
        Column("year", "year", required=True),
        Column("projects", "int", required=True, minimum=1),
        Column("jobs", "int", minimum=0),
        _SOURCE,
    ), key=("id",)),
    Table("demand", (
        _ID,
        _ref("profession_id", "professions"),
        _ref("enterprise_id", "enterprises", required=False),
        _ref("industry_id", "industries"),
        _ref("district_id", "districts"),
        Column("year", "year", required=True),
        Column("jobs", "int", required=True, minimum=0),
        _ref("project_id", "investment_projects", required=False),
        _SOURCE,
    ), key=("id",), indexes=(("profession_id",), ("district_id",), ("industry_id",),
                             ("enterprise_id",))),
    Table("graduate_employment", (
        _ID,
        _ref("college_id", "colleges", required=False),
        Column("speciality_code", "pattern", ref=("specialities", "code"), pattern=TVET_CODE,
               pattern_hint="8 digits"),
        Column("year_from", "year", required=True),
        Column("year_to", "year", required=True),
        Column("graduates", "int", required=True, minimum=0),
        Column("employed", "int", required=True, minimum=0),
        _SOURCE,
    ), key=("id",), indexes=(("college_id",), ("speciality_code",))),
    Table("memoranda", (
        _ID,
        _ref("college_id", "colleges"),
        _ref("enterprise_id", "enterprises"),
        Column("year", "year"),
        _text("topic"),
        _SOURCE,
    ), key=("id",), indexes=(("college_id",), ("enterprise_id",))),
    # Colloquial and short names students type («сварщик», «медбике», «IT»): found by the
    # explorer's search as if they were names. ``kind`` says which table ``ref_id`` is a key of.
    Table("synonyms", (
        Column("kind", "choice", required=True, choices=tuple(SYNONYM_TARGETS)),
        Column("ref_id", required=True),
        Column("term", required=True),
        Column("lang", "choice", required=True, choices=LANGUAGES),
    ), key=("kind", "ref_id", "term")),
)

_RIASEC_TYPE = Column("type", "choice", required=True, choices=tuple(RIASEC_LETTERS))

# The interest questionnaires are content too: versioned, validated and built into the atlas.
INSTRUMENT_TABLES: tuple[Table, ...] = (
    Table("instruments", (
        _ID,
        Column("version", required=True),
        _text("name"),
        _text("instructions"),
    ), key=("id",), file="instruments/instruments.csv"),
    Table("instrument_scale", (
        Column("value", "int", required=True, minimum=0),
        _text("label"),
    ), key=("value",), file="instruments/scale.csv"),
    Table("riasec_items", (
        _ID,
        _RIASEC_TYPE,
        Column("position", "int", required=True, minimum=1),
        Column("short_form", "flag"),
        _text("text"),
    ), key=("id",), file="instruments/riasec_items.csv"),
    Table("ddo_items", (
        Column("number", "int", required=True, minimum=1),
        Column("a_type", "choice", required=True, choices=KLIMOV_TYPES),
        _text("a_text"),
        Column("b_type", "choice", required=True, choices=KLIMOV_TYPES),
        _text("b_text"),
    ), key=("number",), file="instruments/ddo_items.csv"),
    Table("interest_types", (
        Column("instrument", "choice", required=True, choices=("riasec", "klimov")),
        Column("code", required=True),
        _text("name"),
        _text("summary"),
        _text("enjoy"),
        Column("activities", "list", required=True, multilingual=True),
    ), key=("instrument", "code"), file="instruments/types.csv"),
)

ALL_TABLES = TABLES + INSTRUMENT_TABLES
TABLES_BY_NAME = {table.name: table for table in ALL_TABLES}
EDITION_FILE = "edition.csv"
EDITION_KEYS = ("edition", "date", "title_kk", "title_ru", "title_en", "publisher")
