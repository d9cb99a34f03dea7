"""The region's demand by *type of work*: new jobs grouped by the first RIASEC letter of the
profession that offers them.

A class report sets the class's interests (the first letter of each student's Holland code)
against this, so a parents' meeting can see whether the interests of the class and the work the
region is creating point the same way. The grouping uses the profession's own RIASEC code from
the atlas; the job counts keep their sources, because most of them are the Bagdar team's
estimates and the chart must say so.
"""

from __future__ import annotations

from guidance.atlas.reader import Atlas
from guidance.scoring import HEXAGON


def demand_share_by_riasec_letter(atlas: Atlas, first_year: int = 2025, last_year: int = 2027,
                                  without_kinds: tuple[str, ...] = ()
                                  ) -> tuple[dict[str, float], list[str]]:
    """Share (0–1) of the new jobs of ``first_year``–``last_year`` in professions whose RIASEC
    code starts with each letter, for all six letters in hexagon order (0.0 when none).

    The source ids follow ``stats.figure_source_ids``: one entry per letter and distinct source
    behind its figure, ready for ``stats.source_summary`` and the chart footnote. All shares are
    0.0 (and no ids) when the atlas has no demand in those years. Rows whose source is of a
    kind in ``without_kinds`` are left out: a report for parents passes ``("sample",)``, since
    an illustrative figure never drives what parents are told.
    """
    jobs = dict.fromkeys(HEXAGON, 0)
    ids: list[str] = []
    for r in atlas._all(
            "SELECT substr(p.riasec, 1, 1) AS letter, SUM(d.jobs) AS jobs, "
            "GROUP_CONCAT(DISTINCT d.source_id) AS sources FROM demand d "
            "JOIN professions p ON p.id = d.profession_id "
            "LEFT JOIN sources s ON s.id = d.source_id "
            "WHERE d.year BETWEEN ? AND ? AND COALESCE(s.kind, '') NOT IN "
            f"({_marks(without_kinds)}) GROUP BY letter", first_year, last_year, *without_kinds):
        letter = (r["letter"] or "").upper()
        if letter not in jobs:
            continue
        jobs[letter] += int(r["jobs"] or 0)
        ids.extend(sorted(set((r["sources"] or "").split(",")) - {""}))
    total = sum(jobs.values())
    shares = {letter: (jobs[letter] / total if total else 0.0) for letter in HEXAGON}
    return shares, ids


def demand_years(atlas: Atlas, first_year: int, last_year: int,
                 without_kinds: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The first and last year of ``first_year``–``last_year`` with demand rows (sources of
    ``without_kinds`` left out), so a chart names the years its figure really covers."""
    row = atlas._all(
        "SELECT MIN(d.year) AS first, MAX(d.year) AS last FROM demand d "
        "LEFT JOIN sources s ON s.id = d.source_id "
        "WHERE d.year BETWEEN ? AND ? AND COALESCE(s.kind, '') NOT IN "
        f"({_marks(without_kinds)})",
        first_year, last_year, *without_kinds)[0]
    return None if row["first"] is None else (int(row["first"]), int(row["last"]))


def _marks(values: tuple[str, ...]) -> str:
    """SQL placeholders for ``NOT IN``; ``''`` (no kind) when ``values`` is empty."""
    return ", ".join("?" * len(values)) or "''"
