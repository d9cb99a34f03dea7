"""Exports of students' results for the counsellor, and an anonymous summary for the district.

Why it is built this way:
- Files are opened in Excel or LibreOffice, so text a spreadsheet would run as a formula (first
  character ``= + - @``, tab, CR or LF) gets a leading ``'`` (OWASP "CSV injection"): a name
  ``=HYPERLINK(...)`` must not become a live link. Numbers stay numbers, so sums still work.
- CSV is UTF-8 *with* a BOM, or Excel shows Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, І) as
  mojibake. The counsellor's CSV (``spreadsheet=True``) is what Excel in a Kazakh or Russian
  locale opens by a double click: ``;`` between cells and a decimal comma. The machine files
  (the district summary) keep ``,`` and ``.`` with fixed English column names.
- XML 1.0 cannot carry most control characters nor U+FFFE/U+FFFF (openpyxl refuses some and
  silently writes a corrupt file for the others), and XML reading turns CR into LF: ``xlsx_cell``
  drops the first and writes line breaks as LF. ``read_back_*`` let the tests prove round-trips.
- Headers and codes are English keys translated through ``headers`` (missing: the English
  words of ``EXPORT_ENGLISH``, never a bare code such as ``full+ddo``), so the UI translates —
  into the report's language, one language per file — and this module stays Qt-free.

The anonymous summary for the district education department is *long* (one row per school,
dimension and value) so schools' files concatenate and pivot; values are codes, never names.
Small cells are pooled, not blanked: in a school's file a value of one or two students is
folded into a nameless ``other`` row of its dimension, so no file says "one student of grade 11
is flat", while every count that is shown is exact and the district's merged totals (which
``merge_summaries`` adds up, ``other`` included) stay whole. ``other`` is never one value under
another name: the dimensions add up to the number of students, so an ``other`` of one small
value would be that value's count, found by subtraction among the few grades or letters a
dimension has. ``guidance.disclosure`` decides what is pooled — the small values and, when they
alone could be told apart (one of them, or all of the same size), the next-smallest value with
them — so ``other`` always mixes values of different sizes and holds at least 3 students.
The two-letter Holland code is reported too: a rural school's three-letter codes are nearly
all pooled, its two-letter ones mostly are not.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from guidance.atlas import Atlas
from guidance.disclosure import SMALLEST, hidden_cells
from guidance.questionnaire import PROGRAMMES
from guidance.recommend_models import Recommendations
from guidance.records import RecordsStore
from guidance.records.queries import StudentResult, class_sort_key, latest_results
from guidance.scoring import HEXAGON
from guidance.textnorm import sort_key

DDO_TYPES = ("nature", "technology", "people", "signs", "art")
FLAGS = ("incomplete", "flat", "mostly_unsure", "too_fast", "inconsistent")
TOP_PROFESSIONS = 3
FORMULA_STARTS = frozenset("=+-@\t\r\n")
QUOTE = "'"

RESULT_COLUMNS: tuple[str, ...] = (
    "Name", "Class", "Grade", "Home district", "Date", "Programme", "Holland code",
    *HEXAGON, *(f"DDO {t}" for t in DDO_TYPES), "Quality flags",
    *(f"Profession {n}" for n in range(1, TOP_PROFESSIONS + 1)), "Counsellor's comment")
EXPORT_TEXTS: tuple[str, ...] = RESULT_COLUMNS + tuple(f"flag:{f}" for f in FLAGS) + tuple(
    f"programme:{p}" for p in PROGRAMMES)

# The English words of the codes, for an English file or a missing translation.
EXPORT_ENGLISH: dict[str, str] = {
    "flag:incomplete": "incomplete", "flag:flat": "flat profile",
    "flag:mostly_unsure": "mostly unsure", "flag:too_fast": "too fast",
    "flag:inconsistent": "inconsistent halves",
    "programme:full": "Holland (full)", "programme:short": "Holland (short)",
    "programme:ddo": "DDO", "programme:full+ddo": "Holland (full) + DDO",
    "programme:short+ddo": "Holland (short) + DDO",
}

# Characters XML 1.0 cannot carry (tab, LF and CR can): removed from XLSX cells.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_TITLE_BAD = re.compile(r"[\\/*?:\[\]]")


# --- one student per row -----------------------------------------------------------------
def _session_date(result: StudentResult) -> str:
    """YYYY-MM-DD of the end (else the start) on this PC's clock: the records keep UTC, the
    counsellor thinks in local time."""
    when = result.session.ended_at or result.session.started_at
    return datetime.fromisoformat(when).astimezone().strftime("%Y-%m-%d")


def _flags(scores: dict) -> list[str]:
    found = [f for part in ("riasec", "ddo") for f in (scores.get(part) or {}).get("flags") or ()]
    return list(dict.fromkeys(found))  # "incomplete" may come from both questionnaires


def _top_professions(snapshot: str | None) -> list:
    """The ranked top professions; none for a flat or missing profile (nothing was ranked)."""
    ranked = Recommendations.from_json(snapshot) if snapshot else None
    return list(ranked.professions[:TOP_PROFESSIONS]) if ranked and ranked.status == "ok" else []


def _district_name(atlas: Atlas, district_id: str | None, lang: str) -> str:
    try:
        return atlas.district(district_id).name.get(lang) if district_id else ""
    except KeyError:  # removed by an atlas update: the id is still better than nothing
        return district_id


def result_rows(store: RecordsStore, atlas: Atlas, lang: str,
                class_name: str | None = None,
                headers: Mapping[str, str] | None = None) -> list[dict]:
    """One row per student with a completed result (their latest), keyed by ``RESULT_COLUMNS``.

    Flag names are translated through ``headers["flag:<code>"]`` and the programme through
    ``headers["programme:<code>"]``, falling back to the bare code. Ordered by class
    (9 «Ә» before 10 «А») then name in Kazakh alphabetical order.
    """
    headers = {**EXPORT_ENGLISH, **(headers or {})}
    results = sorted(latest_results(store, class_name),
                     key=lambda r: (class_sort_key(r.student.class_name),
                                    sort_key(r.student.display_name)))
    rows = []
    for result in results:
        student, scores = result.student, result.scores
        riasec, ddo = scores.get("riasec"), scores.get("ddo")
        top = _top_professions(result.recommendations_json)
        row: dict = {
            "Name": student.display_name, "Class": student.class_name, "Grade": student.grade,
            "Home district": _district_name(atlas, student.district_id, lang),
            "Date": _session_date(result),
            "Programme": headers.get(f"programme:{result.session.programme}",
                                     result.session.programme),
            "Holland code": riasec["code"] if riasec else ""}
        for letter in HEXAGON:
            row[letter] = riasec["percentages"][letter] if riasec else ""
        for kind in DDO_TYPES:
            row[f"DDO {kind}"] = ddo["counts"][kind] if ddo else ""
        row["Quality flags"] = "; ".join(headers.get(f"flag:{f}", f) for f in _flags(scores))
        for n in range(TOP_PROFESSIONS):
            row[f"Profession {n + 1}"] = top[n].name.get(lang) if n < len(top) else ""
        row["Counsellor's comment"] = store.comment(student.id)
        rows.append(row)
    return rows


# --- writing cells safely ------------------------------------------------------------------
def csv_cell(value):
    """Text that a spreadsheet would run as a formula gets a leading quote; numbers pass."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return QUOTE + value
    return value


def xlsx_cell(value):
    """As ``csv_cell``, after dropping what XML cannot hold and writing line breaks as LF.

    Cleaning comes first, so ``"\\x01=cmd"`` cannot turn into a bare ``=cmd``.
    """
    if isinstance(value, str):
        value = _XML_ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return csv_cell(value)


def table(rows: Sequence[Mapping], headers: Mapping[str, str],
          columns: Sequence[str] | None = None) -> list[list]:
    """The translated header row and the raw values, in column order (before any quoting)."""
    columns = list(columns or (rows[0].keys() if rows else RESULT_COLUMNS))
    return [[headers.get(c, c) for c in columns]] + [[row.get(c, "") for c in columns]
                                                     for row in rows]


def spreadsheet_cell(value):
    """A number as a Kazakh/Russian-locale Excel reads it (``33,3``); text as ``csv_cell``."""
    if isinstance(value, float):
        return f"{value:.10g}".replace(".", ",")
    return csv_cell(value)


def write_csv(rows: Sequence[Mapping], path: Path, headers: Mapping[str, str],
              columns: Sequence[str] | None = None, spreadsheet: bool = False) -> None:
    """``spreadsheet``: ``;`` and decimal commas for a kk/ru-locale Excel; else ``,``/``.``."""
    cell = spreadsheet_cell if spreadsheet else csv_cell
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if spreadsheet else ",")
        for line in table(rows, headers, columns):
            writer.writerow([cell(v) for v in line])


def safe_sheet_title(title: str) -> str:
    """Excel refuses ``\\ / * ? : [ ]``, more than 31 characters and a quote at either end."""
    cleaned = _SHEET_TITLE_BAD.sub("_", _XML_ILLEGAL.sub("", title))[:31].strip("'")
    return cleaned or "Sheet1"


def write_xlsx(rows: Sequence[Mapping], path: Path, headers: Mapping[str, str],
               sheet_title: str, columns: Sequence[str] | None = None) -> None:
    """Bold, frozen, filterable header row; widths from the longest line of each column."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = safe_sheet_title(sheet_title)
    grid = [[xlsx_cell(v) for v in line] for line in table(rows, headers, columns)]
    for line in grid:
        sheet.append([None if v == "" else v for v in line])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(zip(*grid, strict=True), start=1):
        longest = max(len(part) for v in column for part in str(v).split("\n"))
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 6), 60)
    workbook.save(path)


def read_back_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    """Every cell as the text in the file (CSV has no numbers), quote prefixes kept."""
    with open(path, encoding="utf-8-sig", newline="") as src:
        return [list(line) for line in csv.reader(src, delimiter=delimiter)]


def read_back_xlsx(path: Path) -> list[list]:
    """Cells of the first sheet: numbers as numbers, text as text, blank cells as ``""``."""
    workbook = load_workbook(path)
    try:
        return [["" if v is None else v for v in line]
                for line in workbook.active.iter_rows(values_only=True)]
    finally:
        workbook.close()


# --- the anonymous summary for the district ------------------------------------------------
SUMMARY_COLUMNS = ("school", "district_id", "period", "dimension", "value", "count")
MERGED_COLUMNS = ("district_id", "period", "dimension", "value", "count", "suppressed",
                  "schools")
DIMENSIONS = ("grade", "holland_code", "holland_two_letters", "holland_first_letter",
              "ddo_leading_type", "recommended_industry", "flag")
OTHER = "other"
SMALL = "<3"
SMALL_BELOW = SMALLEST


def _student_values(result: StudentResult) -> dict[str, list[str]]:
    """The codes one student contributes to each dimension (never a name or a class)."""
    riasec, ddo = result.scores.get("riasec"), result.scores.get("ddo")
    code = "none" if riasec is None else \
        "flat" if "flat" in (riasec.get("flags") or []) else riasec["code"]
    leading = "+".join(t for t in DDO_TYPES if t in (ddo or {}).get("leading", ())) or "none"
    industries = dict.fromkeys(m.industry_id for m in _top_professions(
        result.recommendations_json))
    clear = code not in ("none", "flat")
    return {"grade": [str(result.student.grade)], "holland_code": [code],
            "holland_two_letters": [code[:2] if clear else code],
            "holland_first_letter": [code[0] if clear else code],
            "ddo_leading_type": [leading], "recommended_industry": list(industries),
            "flag": _flags(result.scores) or ["none"]}


def anonymous_summary(store: RecordsStore, atlas: Atlas, school: str, district_id: str,
                      period: str, date_from: str | None = None,
                      date_to: str | None = None) -> list[dict]:
    """Exact counts of students per dimension and value (``write_summary_csv`` hides small ones).

    Each student counts once, by their latest completed result, if its local date is within
    ``date_from``–``date_to`` (YYYY-MM-DD, both optional). ``grade``, ``holland_code``,
    ``holland_first_letter`` and ``ddo_leading_type`` add up to the number of students: ``none``
    = not taken, ``flat`` = flat RIASEC profile (its code means nothing), DDO ties joined with
    ``+`` (``people+signs``). ``recommended_industry`` counts students with any top-3
    profession in the industry, ``flag`` students with each flag (``none``: no flag); these two
    do not add up to the number of students.
    """
    try:
        atlas.district(district_id)
    except KeyError:
        raise ValueError(f"unknown district id: {district_id!r}") from None
    counts: dict[tuple[str, str], int] = {}
    for result in latest_results(store):
        day = _session_date(result)
        if (date_from and day < date_from) or (date_to and day > date_to):
            continue
        for dimension, values in _student_values(result).items():
            for value in values:
                counts[(dimension, value)] = counts.get((dimension, value), 0) + 1
    order = sorted(counts, key=lambda k: (DIMENSIONS.index(k[0]), len(k[1]), k[1]))  # 9 < 11
    return [{"school": school, "district_id": district_id, "period": period,
             "dimension": d, "value": v, "count": counts[(d, v)]} for d, v in order]


def pooled(rows: Sequence[Mapping]) -> list[dict]:
    """Each dimension's values that ``guidance.disclosure`` hides folded into one ``other``
    row (see the module docstring); an ``other`` of one or two (a dimension of one or two
    students in all) is written ``<3``."""
    out: list[dict] = []
    for dimension in dict.fromkeys(row["dimension"] for row in rows):
        mine = [row for row in rows if row["dimension"] == dimension]
        hidden = hidden_cells({row["value"]: row["count"] for row in mine}, SMALL_BELOW)
        small = sum(row["count"] for row in mine if row["value"] in hidden)
        last = mine[-1]
        out += [dict(row) for row in mine if row["value"] not in hidden]
        if small:
            out.append({**last, "value": OTHER,
                        "count": small if small >= SMALL_BELOW else SMALL})
    return out


def write_summary_csv(rows: Sequence[Mapping], path: Path, exact: bool = False) -> None:
    """The exchange file: UTF-8 with BOM, comma, fixed English column names (``SUMMARY_COLUMNS``)
    that are never translated, because it is machine-readable: ``merge_summaries`` and the
    department's tools find columns by name. Unless ``exact``, values of one or two students
    are ``pooled`` into ``other``, so one student of a small school cannot be recognised. Text
    cells get the same formula protection as exports.
    """
    write_csv(list(rows) if exact else pooled(rows), path, {}, SUMMARY_COLUMNS)


def _unquote(text: str) -> str:
    return text[1:] if text[:1] == QUOTE and text[1:2] in FORMULA_STARTS else text


def _read_summary(path: Path) -> list[dict]:
    """Also reads the file after Excel in a Russian locale re-saved it (``;``, maybe cp1251)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251")
    first = text.partition("\n")[0]
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, restval="")
    if tuple(reader.fieldnames or ()) != SUMMARY_COLUMNS:
        raise ValueError(f"{path}: columns {reader.fieldnames} are not {list(SUMMARY_COLUMNS)}")
    rows = list(reader)
    if any(None in row for row in rows):
        raise ValueError(f"{path}: a row has more cells than the header")
    return [{k: _unquote(v.strip()) for k, v in row.items()} for row in rows]


def merge_summaries(paths: Sequence[Path]) -> list[dict]:
    """Sum the schools' summaries per (district_id, period, dimension, value).

    ``count`` sums the exact counts; a ``<3`` cell is unknown-small (1 or 2 students) and adds
    to ``suppressed`` instead, so the true total is between ``count + suppressed`` and ``count +
    2 * suppressed``. ``schools``: how many schools reported the value. The same school's row
    seen twice (a file given twice) is an error, never a silent double count.
    """
    merged: dict[tuple[str, str, str, str], dict] = {}
    seen: set[tuple[str, ...]] = set()
    for path in paths:
        for line, row in enumerate(_read_summary(path), start=2):
            identity = tuple(row[c] for c in SUMMARY_COLUMNS[:-1])
            if identity in seen:
                raise ValueError(f"{path}:{line}: {identity} was already counted")
            seen.add(identity)
            key = (row["district_id"], row["period"], row["dimension"], row["value"])
            entry = merged.setdefault(key, {"count": 0, "suppressed": 0, "schools": set()})
            if row["count"] == SMALL:
                entry["suppressed"] += 1
            elif re.fullmatch("[0-9]+", row["count"]):
                entry["count"] += int(row["count"])
            else:
                raise ValueError(f"{path}:{line}: count {row['count']!r} is not a number")
            entry["schools"].add(row["school"])
    return [{"district_id": k[0], "period": k[1], "dimension": k[2], "value": k[3],
             "count": e["count"], "suppressed": e["suppressed"], "schools": len(e["schools"])}
            for k, e in sorted(merged.items())]


def write_merged_csv(rows: Sequence[Mapping], path: Path) -> None:
    """The district's merged table, with the same fixed English columns (``MERGED_COLUMNS``)."""
    write_csv(rows, path, {}, MERGED_COLUMNS)
