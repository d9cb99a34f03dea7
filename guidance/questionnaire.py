"""One student's run through the counsellor's programme of questionnaires.

``QuestionnaireRun`` is the Qt-free heart of the questionnaire screen: it knows the steps of the
programme (RIASEC full or short form, the DDO, or both), saves every answer through the records
store the moment it is given, moves to the next step, goes back, resumes at the first
unanswered item, estimates the time left and, at the end, scores the answers and stores the
result with a recommendations snapshot.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from statistics import median

from guidance.atlas import Atlas
from guidance.atlas.models import DdoItem, RiasecItem
from guidance.instrument_archive import archived_ddo_items, archived_riasec_items
from guidance.recommend import Recommender
from guidance.recommend_models import Recommendations, StudentContext
from guidance.records import RecordsStore, Session, Student
from guidance.scoring import Answer, DdoScores, RiasecScores, score_ddo, score_riasec

PROGRAMMES: dict[str, tuple[str, ...]] = {
    "full": ("riasec",),
    "short": ("riasec_short",),
    "ddo": ("ddo",),
    "full+ddo": ("riasec", "ddo"),
    "short+ddo": ("riasec_short", "ddo"),
}
DEFAULT_PROGRAMME = "full+ddo"
DEFAULT_SECONDS_PER_ITEM = 8.0
MIN_SAMPLES_FOR_PACE = 5


@dataclass(frozen=True)
class Step:
    instrument: str  # riasec | riasec_short | ddo
    item: RiasecItem | DdoItem

    @property
    def item_id(self) -> str:
        return self.item.id

    @property
    def is_ddo(self) -> bool:
        return self.instrument == "ddo"


@dataclass(frozen=True)
class RunResult:
    riasec: RiasecScores | None
    ddo: DdoScores | None
    recommendations: Recommendations


def parse_versions(recorded: str) -> dict[str, str]:
    """``"riasec 2025.1; ddo 2025.1"`` (as a session records it) -> {instrument: version}."""
    pairs = (entry.strip().split(" ", 1) for entry in recorded.split(";") if entry.strip())
    return {pair[0]: pair[1].strip() for pair in pairs if len(pair) == 2}


def instrument_items(atlas: Atlas, instrument: str,
                     version: str | None = None) -> list[RiasecItem] | list[DdoItem]:
    """The items of ``instrument`` as worded in ``version``: the atlas's own when it is that
    version (or none is given), else the archived release, so that a session started before a
    wording change is resumed, shown and scored with the items it was taken with."""
    current = version is None or version == atlas.instrument(instrument).version
    if instrument == "ddo":
        archived = None if current else archived_ddo_items(version)
        return archived if archived is not None else atlas.ddo_items()
    short = instrument == "riasec_short"
    archived = None if current else archived_riasec_items(version, short)
    return archived if archived is not None else atlas.riasec_items(short)


def build_steps(atlas: Atlas, programme: str, versions: str | None = None) -> list[Step]:
    """The programme's items in the order they are shown (and printed on paper sheets); with
    ``versions`` (a session's record) the items of those instrument versions."""
    recorded = parse_versions(versions or "")
    return [Step(instrument, item) for instrument in PROGRAMMES[programme]
            for item in instrument_items(atlas, instrument, recorded.get(instrument))]


def programme_versions(atlas: Atlas, programme: str) -> str:
    return "; ".join(f"{i} {atlas.instrument(i).version}" for i in PROGRAMMES[programme])


def context_of(student: Student) -> StudentContext:
    return StudentContext(grade=student.grade, district_id=student.district_id or "taraz",
                          study_language=student.study_language,
                          needs_dormitory=student.needs_dormitory,
                          max_distance_km=student.max_distance_km)


class QuestionnaireRun:
    def __init__(self, atlas: Atlas, store: RecordsStore, session: Session):
        self.atlas = atlas
        self.store = store
        self.session = session
        self.steps = build_steps(atlas, session.programme, session.instrument_versions)
        self.answers = {a.item_id: a for a in store.answers(session.id)}
        self.position = self.first_unanswered()

    @classmethod
    def start(cls, atlas: Atlas, store: RecordsStore, student: Student,
              programme: str) -> QuestionnaireRun:
        session = store.start_session(student.id, programme, programme_versions(atlas, programme),
                                      atlas.info().edition)
        return cls(atlas, store, session)

    # --- where we are --------------------------------------------------------------------
    def first_unanswered(self) -> int:
        for index, step in enumerate(self.steps):
            if step.item_id not in self.answers:
                return index
        return len(self.steps)

    @property
    def current(self) -> Step | None:
        return self.steps[self.position] if self.position < len(self.steps) else None

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def answered(self) -> int:
        return sum(step.item_id in self.answers for step in self.steps)

    def is_complete(self) -> bool:
        return self.answered == self.total

    def current_answer(self) -> int | None:
        step = self.current
        answer = self.answers.get(step.item_id) if step else None
        return answer.value if answer else None

    def seconds_left(self) -> int:
        times = [a.response_ms / 1000 for a in self.answers.values() if a.response_ms]
        pace = median(times) if len(times) >= MIN_SAMPLES_FOR_PACE else DEFAULT_SECONDS_PER_ITEM
        pace = min(max(pace, 3.0), 30.0)
        return round((self.total - self.answered) * pace)

    # --- moving --------------------------------------------------------------------------
    def answer(self, value: int, response_ms: int | None = None) -> None:
        """Save the answer to the current step (committed at once), then move on."""
        step = self.current
        if step is None:
            raise IndexError("the questionnaire is finished")
        valid = (0, 1) if step.is_ddo else (0, 1, 2, 3, 4)
        if value not in valid:
            raise ValueError(f"answer {value} out of range for {step.item_id}")
        self.store.save_answer(self.session.id, step.item_id, value, response_ms)
        self.answers[step.item_id] = Answer(step.item_id, value, response_ms)
        # After going back, the following items keep their answers and show them again.
        self.position += 1

    def back(self) -> bool:
        if self.position == 0:
            return False
        self.position -= 1
        return True

    def pause(self) -> str:
        """Mark the session paused; returns the resume code to show the student."""
        self.store.set_status(self.session.id, "paused")
        self.session = self.store.session(self.session.id)
        return self.session.resume_code or ""

    def resume(self) -> None:
        self.store.set_status(self.session.id, "active")
        self.position = self.first_unanswered()

    # --- the end -------------------------------------------------------------------------
    def scores(self) -> tuple[RiasecScores | None, DdoScores | None]:
        answers = list(self.answers.values())
        riasec = ddo = None
        for instrument in PROGRAMMES[self.session.programme]:
            items = [step.item for step in self.steps if step.instrument == instrument]
            if instrument == "ddo":
                ddo = score_ddo(items, answers)
            else:
                riasec = score_riasec(items, answers)
        return riasec, ddo

    def finish(self, recommender: Recommender) -> RunResult:
        riasec, ddo = self.scores()
        student = self.store.student(self.session.student_id)
        recommendations = recommender.recommend(riasec, context_of(student), ddo)
        scores = {"riasec": asdict(riasec) if riasec else None,
                  "ddo": asdict(ddo) if ddo else None}
        self.store.save_result(self.session.id, scores, recommendations.to_json())
        self.store.set_status(self.session.id, "completed")
        return RunResult(riasec, ddo, recommendations)
