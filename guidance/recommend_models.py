"""What a recommendation is made of: plain dataclasses that serialise to JSON and back.

A stored snapshot keeps names in all three languages, so a student's saved result still reads
correctly after the atlas is updated or an entry is removed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from guidance.atlas.models import LocalText


@dataclass(frozen=True)
class StudentContext:
    grade: int  # 8–11; up to 9 enters "after grade 9" groups, 10–11 "after grade 11"
    district_id: str
    study_language: str = "any"  # kk | ru | en | any
    needs_dormitory: bool = False
    max_distance_km: float | None = None


@dataclass(frozen=True)
class Reason:
    """Why something is recommended, as a code and parameters the UI translates.

    Parameters are JSON values only (a place name is a ``{"kk":…, "ru":…, "en":…}`` dict), so a
    stored snapshot reads back equal.
    """

    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CollegeOption:
    college_id: str
    name: LocalText
    town: LocalText
    district_id: str
    speciality_code: str
    language: str
    entry_grades: tuple[int, ...]
    distance_km: float | None
    same_district: bool
    dormitory: bool | None
    state_places: int | None
    source_kind: str
    available: bool
    blockers: tuple[str, ...]  # wrong_grade | wrong_language | too_far | no_dormitory
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Pathway:
    speciality_code: str
    speciality_name: LocalText
    source_kind: str
    colleges: tuple[CollegeOption, ...]

    @property
    def available(self) -> tuple[CollegeOption, ...]:
        return tuple(c for c in self.colleges if c.available)


@dataclass(frozen=True)
class Contribution:
    """How much one term of the ranking added to a profession's score.

    ``term`` is one of ``CONTRIBUTION_TERMS``; ``value`` is the term's weighted share of the
    score (weight × part ÷ the sum of the weights used), so the values of a match add up to its
    score. They come from the same named weights the ranking uses (``recommend.WEIGHTS``).
    """

    term: str
    value: float


CONTRIBUTION_TERMS = ("interests", "kind_of_work", "regional_need", "near_you", "new")
BANDS = ("fit", "worth_a_look")


@dataclass(frozen=True)
class ProfessionMatch:
    profession_id: str
    name: LocalText
    industry_id: str
    riasec: str
    klimov: str
    level: str
    is_new: bool
    horizon: int | None
    score: float
    interest_fit: float | None
    c_index: int | None
    demand_jobs: int
    demand_source_kind: str | None
    reachable: bool
    reasons: tuple[Reason, ...]
    pathways: tuple[Pathway, ...]
    contributions: tuple[Contribution, ...] = ()
    band: str = "fit"  # fit | worth_a_look (below the fit threshold, listed for a reason)


@dataclass(frozen=True)
class Recommendations:
    status: str  # ok | flat_profile | no_profile
    person_code: str
    professions: tuple[ProfessionMatch, ...]
    also_consider: tuple[ProfessionMatch, ...]
    context: StudentContext
    atlas_edition: str
    # groups of equal types the code's letters were drawn from, e.g. ("RS",) or ("SC", "IAE");
    # every ordering a group allows was considered when matching professions
    tied_types: tuple[str, ...] = ()
    # interest fit a profession needs to be listed in ``professions`` (0 when saved before the
    # threshold existed: such results listed everything they ranked)
    fit_threshold: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Recommendations:
        """Read a saved result, also one saved before fields were added (they get defaults)."""
        data = json.loads(text)
        return cls(data["status"], data["person_code"],
                   tuple(_match(m) for m in data["professions"]),
                   tuple(_match(m, "worth_a_look") for m in data["also_consider"]),
                   StudentContext(**data["context"]), data["atlas_edition"],
                   tuple(data.get("tied_types", ())), float(data.get("fit_threshold", 0.0)))


def _reasons(items) -> tuple[Reason, ...]:
    return tuple(Reason(r["code"], r["params"]) for r in items)


def _option(d: dict) -> CollegeOption:
    return CollegeOption(**{**_known(CollegeOption, d), "name": LocalText(**d["name"]),
                            "town": LocalText(**d["town"]),
                            "entry_grades": tuple(d["entry_grades"]),
                            "blockers": tuple(d["blockers"]), "reasons": _reasons(d["reasons"])})


def _known(cls, d: dict) -> dict:
    """Only the keys ``cls`` has: a result saved by a newer version still opens."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


def _match(d: dict, default_band: str = "fit") -> ProfessionMatch:
    pathways = tuple(Pathway(p["speciality_code"], LocalText(**p["speciality_name"]),
                             p["source_kind"], tuple(_option(c) for c in p["colleges"]))
                     for p in d["pathways"])
    contributions = tuple(Contribution(c["term"], c["value"]) for c in d.get("contributions", ()))
    return ProfessionMatch(**{**_known(ProfessionMatch, d), "name": LocalText(**d["name"]),
                              "reasons": _reasons(d["reasons"]), "pathways": pathways,
                              "contributions": contributions,
                              "band": d.get("band", default_band)})
