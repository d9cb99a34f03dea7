"""Plain dataclasses the atlas answers with: no SQL, no Qt, easy to test and to serialise."""

from __future__ import annotations

from dataclasses import dataclass, field

from guidance import LANGUAGES


@dataclass(frozen=True)
class LocalText:
    """A text in Kazakh, Russian and English; ``get`` falls back kk → ru → en."""

    kk: str = ""
    ru: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        value = getattr(self, lang, "") if lang in LANGUAGES else ""
        return value or self.kk or self.ru or self.en

    @classmethod
    def from_row(cls, row, base: str) -> LocalText:
        keys = row.keys()
        return cls(*(str(row[f"{base}_{lang}"] or "") if f"{base}_{lang}" in keys else ""
                     for lang in LANGUAGES))


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # the document's own title, in its own language
    publisher: str
    url: str
    date: str
    kind: str  # official | press | estimate | sample
    note: str
    label: LocalText = LocalText()  # a short name in each language, for our own sources

    def name(self, lang: str) -> str:
        """What to call the source in ``lang``: its label if it has one, else its title."""
        return self.label.get(lang) or self.title


@dataclass(frozen=True)
class Term:
    """An entry of a small vocabulary (industry, subject, working condition, district)."""

    id: str
    name: LocalText


@dataclass(frozen=True)
class District:
    id: str
    kind: str
    name: LocalText
    centre: LocalText
    lat: float | None
    lon: float | None
    coords_approximate: bool


@dataclass(frozen=True)
class ProfessionSummary:
    id: str
    name: LocalText
    industry_id: str
    level: str
    is_new: bool
    riasec: str


@dataclass(frozen=True)
class Profession:
    id: str
    name: LocalText
    description: LocalText
    industry: Term
    isco: str
    riasec: str
    klimov: str
    level: str
    is_new: bool
    horizon: int | None
    skills: LocalText  # ";"-separated in each language
    subjects: tuple[Term, ...]
    conditions: tuple[Term, ...]
    source: Source

    def skill_list(self, lang: str) -> list[str]:
        return [s.strip() for s in self.skills.get(lang).split(";") if s.strip()]


@dataclass(frozen=True)
class Qualification:
    code: str
    name: LocalText

    @property
    def level(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Speciality:
    code: str
    name: LocalText
    isced_field: str
    months_after_9: int | None
    months_after_11: int | None
    taught_in_region: bool
    source: Source
    qualifications: tuple[Qualification, ...] = field(default=())


@dataclass(frozen=True)
class College:
    id: str
    name: LocalText
    district: Term
    town: LocalText
    address: str
    lat: float | None
    lon: float | None
    languages: tuple[str, ...]  # empty: not published
    dormitory: bool | None
    ownership: str | None  # None: not published
    source: Source


@dataclass(frozen=True)
class CollegeOffer:
    """A group a college admits: one speciality in one language."""

    college: College
    speciality_code: str
    language: str | None  # None: not published
    after_9: bool | None  # None: not published
    after_11: bool | None
    state_places: int | None
    year: int
    source: Source


@dataclass(frozen=True)
class Enterprise:
    id: str
    name: LocalText
    industry: Term | None  # None: not published (an employer known only by name)
    district: Term | None
    town: LocalText
    employees: int | None
    description: LocalText
    source: Source


@dataclass(frozen=True)
class DemandFigure:
    year: int
    district_id: str
    enterprise_id: str | None
    jobs: int
    source: Source


@dataclass(frozen=True)
class SearchHit:
    kind: str  # profession | speciality | college | enterprise
    ref_id: str
    name: LocalText


@dataclass(frozen=True)
class AtlasInfo:
    edition: str
    date: str
    title: LocalText
    publisher: str
    built_at: str
    content_hash: str
    schema_version: int


@dataclass(frozen=True)
class InstrumentInfo:
    id: str  # riasec | riasec_short | ddo
    version: str
    name: LocalText
    instructions: LocalText


@dataclass(frozen=True)
class RiasecItem:
    id: str
    type: str  # one of R I A S E C
    position: int
    short_form: bool
    text: LocalText


@dataclass(frozen=True)
class DdoItem:
    number: int
    a_type: str
    a_text: LocalText
    b_type: str
    b_text: LocalText

    @property
    def id(self) -> str:
        return f"ddo{self.number:02d}"


@dataclass(frozen=True)
class InterestType:
    instrument: str  # riasec | klimov
    code: str
    name: LocalText
    summary: LocalText
    enjoy: LocalText
    activities: LocalText  # ";"-separated
