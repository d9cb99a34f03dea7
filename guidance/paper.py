"""Paper mode: answers typed from a printed sheet, scored exactly as if taken on screen.

Schools with one PC print blank sheets; the counsellor then types each student's answers as a
string of digits in the sheet's order — RIASEC "1"–"5" per item (strongly dislike … strongly
like), DDO "1" or "2" (or "a"/"b") per pair. Spaces, dashes and line breaks are ignored so
the counsellor can type in groups of ten. Every character is checked; a problem names the item.

The DDO letters are read the same way whatever the keyboard: Latin a/b, the Cyrillic first and
second letters а/б, the Kazakh а/ә, the look-alikes в and ь for "b", and ф/и — what the a and b
keys type on a Russian or Kazakh layout. Upper case too.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidance.questionnaire import QuestionnaireRun, Step

DDO_LETTERS = {"a": "1", "b": "2",  # Latin
               "а": "1", "б": "2", "ә": "2",  # Cyrillic а/б, Kazakh а/ә
               "в": "2", "ь": "2",  # look like b
               "ф": "1", "и": "2"}  # the a and b keys on a Russian or Kazakh layout


@dataclass(frozen=True)
class PaperProblem:
    item_number: int  # 1-based, as printed on the sheet
    instrument: str
    typed: str
    code: str  # out_of_range | missing | too_many


def clean(typed: str) -> str:
    text = "".join(ch for ch in typed.lower() if not ch.isspace() and ch not in "-_.,;/")
    return "".join(DDO_LETTERS.get(ch, ch) for ch in text)


def parse(all_steps: list[Step], typed_by_instrument: dict[str, str]
          ) -> tuple[dict[str, int], list[PaperProblem]]:
    """Map sheet digits onto the programme's steps; returns ({item_id: value}, problems)."""
    values: dict[str, int] = {}
    problems: list[PaperProblem] = []
    for instrument in dict.fromkeys(step.instrument for step in all_steps):
        steps = [s for s in all_steps if s.instrument == instrument]
        text = clean(typed_by_instrument.get(instrument, ""))
        top = 2 if instrument == "ddo" else 5
        for number, step in enumerate(steps, start=1):
            if number > len(text):
                problems.append(PaperProblem(number, instrument, "", "missing"))
                continue
            ch = text[number - 1]
            if not ch.isdigit() or not 1 <= int(ch) <= top:
                problems.append(PaperProblem(number, instrument, ch, "out_of_range"))
                continue
            values[step.item_id] = int(ch) - 1
        if len(text) > len(steps):
            problems.append(PaperProblem(len(steps) + 1, instrument, text[len(steps):],
                                         "too_many"))
    return values, problems


def enter(run: QuestionnaireRun, values: dict[str, int]) -> None:
    """Save every typed answer in sheet order (no response times: they were on paper)."""
    for step in run.steps:
        run.position = run.steps.index(step)
        run.answer(values[step.item_id], None)
