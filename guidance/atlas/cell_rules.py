"""Limits on single cells of an atlas update: what one value may be, beyond its type.

Why: a value that is the right type can still break Bagdar after installation — ``lat = inf``
crashes distance calculations, an integer above 2^63 fails in SQLite, a control character
crashes the workbook export, a 100-megabyte cell freezes the screen that shows it. Each is
refused here, naming the file, the line and the column, before anything is installed.

- numbers: finite; coordinates inside the Zhambyl region (with a margin); counts non-negative
  and plausible for a region of 1.2 million people; every integer within SQLite's range;
- text: no control characters (tab and line breaks are fine), at most ``text_limit`` characters
  for its column — never more than a spreadsheet cell holds (32,767), so an exported atlas
  comes back byte for byte.
"""

from __future__ import annotations

import math
import re

from guidance.atlas.problems import Problem, problem

SQLITE_MAX_INT = 2**63 - 1
MAX_PROBLEMS = 10_000  # the check of a table stops past this many problems in all
CELL_MAX_CHARS = 32_767
NAME_CHARS = 1_000
LIST_CHARS = 5_000
TEXT_CHARS = 20_000
NAME_COLUMNS = {"id", "name", "town", "centre", "title", "address", "term", "ref_id", "code"}

# (minimum, maximum) by column name: the Zhambyl region lies within about 42.2–45.6 °N and
# 69.1–75.9 °E; counts are bounded by what a region of 1.2 million people can have.
RANGES: dict[str, tuple[float, float]] = {
    "lat": (41.5, 46.5), "lon": (68.5, 76.5),
    "employees": (0, 500_000), "jobs": (0, 1_000_000), "projects": (1, 100_000),
    "state_places": (0, 20_000), "graduates": (0, 200_000), "employed": (0, 200_000),
    "months_after_9": (1, 120), "months_after_11": (1, 120),
    "position": (1, 100_000), "number": (1, 100_000), "value": (0, 1_000_000),
}
DEFAULT_INT = (-SQLITE_MAX_INT - 1, SQLITE_MAX_INT)
DEFAULT_FLOAT = (-1e12, 1e12)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def text_limit(column: str, kind: str) -> int:
    base = column.rsplit("_", 1)[0] if column.endswith(("_kk", "_ru", "_en")) else column
    if base in NAME_COLUMNS or base.endswith("_id"):
        return NAME_CHARS
    return LIST_CHARS if kind == "list" else TEXT_CHARS


def cell_problems(kind: str, column: str, raw: str, typed: object, file: str,
                  line: int) -> list[Problem]:
    """Problems of one non-empty cell beyond its type (empty list when it is fine)."""
    found: list[Problem] = []
    bad = CONTROL.search(raw)
    if bad:
        found.append(problem(file, line, column, "control_char",
                             char=f"U+{ord(bad.group()):04X}", position=bad.start() + 1))
    limit = text_limit(column, kind)
    if len(raw) > limit:
        found.append(problem(file, line, column, "text_too_long", length=len(raw), limit=limit))
    if isinstance(typed, float) and not isinstance(typed, bool):
        low, high = RANGES.get(column, DEFAULT_FLOAT)
        if not math.isfinite(typed) or not low <= typed <= high:
            found.append(problem(file, line, column, "out_of_range", value=raw[:40],
                                 minimum=low, maximum=high))
    elif isinstance(typed, int) and not isinstance(typed, bool) and kind == "int":
        low, high = RANGES.get(column, DEFAULT_INT)
        if not low <= typed <= high:
            found.append(problem(file, line, column, "out_of_range", value=raw[:40],
                                 minimum=int(low), maximum=int(high)))
    return found
