"""Structural rules of the two questionnaires, checked whenever the atlas is built.

A wording edit must never silently break an instrument's key, so these are validation problems
like any other: the RIASEC profiler has 10 items per type, a 5-per-type short form and a display
order 1..N with no type twice in a row, and an item's id names its type (``i12``); Klimov's
DDO has 20 pairs over five types, each pair of types compared exactly twice, item k+10
repeating the pairing of item k, each type in 8 options.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from guidance.atlas.problems import Problem, problem
from guidance.atlas.schema import KLIMOV_TYPES, RIASEC_LETTERS

RIASEC_ITEMS_PER_TYPE = 10
RIASEC_SHORT_PER_TYPE = 5
DDO_ITEMS = 20
DDO_OPTIONS_PER_TYPE = 8

RIASEC_FILE = "instruments/riasec_items.csv"
DDO_FILE = "instruments/ddo_items.csv"


def _structure(file: str, column: str, message: str) -> Problem:
    return problem(file, 0, column, "instrument_structure", detail=message)


def check_riasec(items: list[dict]) -> list[Problem]:
    found: list[Problem] = []
    per_type = Counter(item["type"] for item in items)
    short = Counter(item["type"] for item in items if item.get("short_form") == 1)
    for letter in RIASEC_LETTERS:
        if per_type[letter] != RIASEC_ITEMS_PER_TYPE:
            found.append(_structure(RIASEC_FILE, "type", f"type {letter} has {per_type[letter]} "
                                    f"items, the profiler needs {RIASEC_ITEMS_PER_TYPE}"))
        if short[letter] != RIASEC_SHORT_PER_TYPE:
            found.append(_structure(RIASEC_FILE, "short_form", f"type {letter} has "
                                    f"{short[letter]} short-form items, the short form needs "
                                    f"{RIASEC_SHORT_PER_TYPE}"))
    for item in items:
        item_id = item.get("id") or ""
        letter = re.escape((item.get("type") or "").lower())  # an update's text, not a pattern
        if item_id and not (letter and re.fullmatch(f"{letter}[0-9]{{2}}", item_id)):
            found.append(_structure(RIASEC_FILE, "id", f"item {item_id} measures type "
                                    f"{item.get('type')}: its id is that letter and a number "
                                    f"(a new activity takes a new number, see Versioning)"))
    positions = sorted(item["position"] for item in items if item.get("position"))
    if positions != list(range(1, len(items) + 1)):
        found.append(_structure(RIASEC_FILE, "position",
                                f"positions must be 1..{len(items)}, each once"))
    else:
        ordered = sorted(items, key=lambda i: i["position"])
        for before, after in zip(ordered, ordered[1:], strict=False):
            if before["type"] == after["type"]:
                found.append(_structure(RIASEC_FILE, "position", f"positions "
                                        f"{before['position']} and {after['position']} are both "
                                        f"type {after['type']}: interleave the types"))
    return found


def check_ddo(items: list[dict]) -> list[Problem]:
    found: list[Problem] = []
    numbers = sorted(item["number"] for item in items if item.get("number") is not None)
    if numbers != list(range(1, DDO_ITEMS + 1)):
        return [_structure(DDO_FILE, "number", f"items must be numbered 1..{DDO_ITEMS}")]
    by_number = {item["number"]: frozenset((item["a_type"], item["b_type"])) for item in items}
    if any(len(pair) != 2 for pair in by_number.values()):
        found.append(_structure(DDO_FILE, "b_type", "an item compares a type with itself"))
    pairs = Counter(by_number.values())
    for a, b in combinations(KLIMOV_TYPES, 2):
        if pairs[frozenset((a, b))] != 2:
            found.append(_structure(DDO_FILE, "a_type", f"the pair {a}–{b} is compared "
                                    f"{pairs[frozenset((a, b))]} times, it must be 2"))
    half = DDO_ITEMS // 2
    for k in range(1, half + 1):
        if by_number[k] != by_number[k + half]:
            found.append(_structure(DDO_FILE, "a_type", f"item {k + half} must repeat the "
                                    f"pairing of item {k}"))
    options = Counter(t for item in items for t in (item["a_type"], item["b_type"]))
    for kind in KLIMOV_TYPES:
        if options[kind] != DDO_OPTIONS_PER_TYPE:
            found.append(_structure(DDO_FILE, "a_type", f"type {kind} is in {options[kind]} "
                                    f"options, it must be in {DDO_OPTIONS_PER_TYPE}"))
    return found


def check_instruments(tables: dict[str, list[dict]], problems: list[Problem]) -> None:
    if tables.get("riasec_items"):
        problems.extend(check_riasec(tables["riasec_items"]))
    if tables.get("ddo_items"):
        problems.extend(check_ddo(tables["ddo_items"]))
