"""Reading an XLSX workbook from a USB stick without trusting it: a streaming reader.

A general spreadsheet library builds every cell of a sheet's declared range in memory: one
value at XFD1048576 or a merge over the whole sheet asks it for billions of cells. This reader
streams the XML of only the sheets it needs, keeps only cells that hold a value, and stops with
a problem (never an exception) at the first of these limits:

- bytes actually inflated per part and in total (a forged size in the ZIP header is not
  believed), counted while reading;
- rows and columns where a value may sit (``MAX_ROWS``, ``MAX_COLUMNS``): a value further out
  is named by its cell, e.g. ``XFD1048576``;
- non-empty cells, characters in one cell and in the whole workbook;
- merged areas: a merge larger than ``MAX_MERGE_CELLS`` or reaching past the limits is named;
- a DOCTYPE or entity declaration (XXE, "billion laughs") refuses the workbook.

Formulas give their saved values, numbers stored as text stay text, whole numbers lose ``.0``,
cells formatted as dates become ``YYYY-MM-DD``, and a merged area gives its value to every cell.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from guidance.atlas import xlsx_parts as parts
from guidance.atlas.xlsx_parts import Refused

__all__ = ["Refused", "Sheet", "read_sheets"]


@dataclass
class Sheet:
    rows: dict[int, dict[int, str]] = field(default_factory=dict)


def _number_text(raw: str, as_date: bool) -> str:
    try:
        number = float(raw)
    except ValueError:
        return raw
    if as_date and 0 < number < 2_958_466:  # up to 9999-12-31
        moment = datetime(1899, 12, 30) + timedelta(days=number)
        return moment.strftime("%Y-%m-%d") if moment.hour == moment.minute == 0 else \
            moment.strftime("%Y-%m-%d %H:%M")
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return raw


def _local(name: str, cache: dict[str, str]) -> str:
    local = cache.get(name)
    if local is None:
        local = cache[name] = name.rsplit("}", 1)[-1]
    return local


def _column_of(ref: str, cache: dict[str, int]) -> int:
    letters = ref.rstrip("0123456789")
    column = cache.get(letters)
    if column is None:
        if not (1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
            raise Refused("bad_workbook")
        column = cache[letters] = parts.column_number(letters)
    return column


def read_sheet(archive: zipfile.ZipFile, part: str, sheet: str, strings: parts.SharedStrings,
               dates: set[int], budget: parts.Budget) -> Sheet:
    """The cells with a value. The handlers are kept lean: one sheet may have millions of
    XML elements, and each costs a Python call."""
    out = Sheet()
    merges: list[str] = []
    names: dict[str, str] = {}
    columns: dict[str, int] = {}
    row = col = size = 0
    kind = style = ""
    pieces: list[str] | None = None
    collecting = in_is = False

    def start(element: str, attrs: dict) -> None:
        nonlocal row, col, kind, style, pieces, size, collecting, in_is
        budget.elements += 1
        if budget.elements > parts.MAX_ELEMENTS:
            raise Refused("too_many_cells", sheet, count=budget.elements,
                          limit=parts.MAX_ELEMENTS)
        local = _local(element, names)
        if local == "c":
            ref = attrs.get("r")
            col = _column_of(ref, columns) if ref else col + 1
            kind, style, pieces, size = attrs.get("t", "n"), attrs.get("s", ""), None, 0
        elif local == "v" or (local == "t" and in_is):
            collecting = True
        elif local == "row":
            number = attrs.get("r", "")
            row = int(number) if number.isdigit() else row + 1
            col = 0
        elif local == "is":
            in_is = True
        elif local == "mergeCell":
            merges.append(attrs.get("ref", ""))
            if len(merges) > parts.MAX_MERGES:
                raise Refused("absurd_merge", sheet, cell=attrs.get("ref", ""))

    def end(element: str) -> None:
        nonlocal collecting, in_is, pieces
        local = _local(element, names)
        if local == "c":
            if pieces:
                _keep("".join(pieces))
            pieces = None
        elif local in ("v", "t"):
            collecting = False
        elif local == "is":
            in_is = False

    def text(data: str) -> None:
        nonlocal pieces, size
        if collecting:
            if pieces is None:
                pieces = []
            pieces.append(data)
            size += len(data)
            if size > parts.MAX_CELL_CHARS:
                raise Refused("text_too_long", sheet, cell=_ref(), length=size,
                              limit=parts.MAX_CELL_CHARS)

    def _ref() -> str:
        return f"{parts.column_letters(col)}{row}"

    def _keep(raw: str) -> None:
        if kind == "s":
            try:
                index = int(raw)
                value = strings.texts[index]
            except (ValueError, IndexError) as err:
                raise Refused("bad_workbook", sheet) from err
            if index in strings.too_long:
                raise Refused("text_too_long", sheet, cell=_ref(),
                              length=strings.too_long[index], limit=parts.MAX_CELL_CHARS)
        elif kind == "b":
            value = "1" if raw.strip() in ("1", "true") else "0"
        elif kind == "d":
            value = raw[:10] if raw[10:].strip("T0:.Z") == "" else raw
        elif kind in ("str", "inlineStr", "e"):
            value = raw
        else:
            value = _number_text(raw.strip(), style.isdigit() and int(style) in dates)
        value = value.strip()
        if not value:
            return
        if row > parts.MAX_ROWS or col > parts.MAX_COLUMNS:
            raise Refused("far_cell", sheet, cell=_ref(), rows=parts.MAX_ROWS,
                          columns=parts.MAX_COLUMNS)
        budget.cells += 1
        budget.chars += len(value)
        if budget.cells > parts.MAX_CELLS or budget.chars > parts.MAX_TEXT_CHARS:
            raise Refused("too_many_cells", sheet, count=budget.cells, limit=parts.MAX_CELLS)
        out.rows.setdefault(row, {})[col] = value

    parts._stream(archive, part, budget, {"StartElementHandler": start, "EndElementHandler": end,
                                    "CharacterDataHandler": text})
    _spread_merges(out, merges, sheet)
    return out


def _spread_merges(out: Sheet, merges: list[str], sheet: str) -> None:
    for ref in merges:
        if ":" not in ref:
            continue
        first, last = ref.split(":", 1)
        (r0, c0), (r1, c1) = parts.parse_ref(first), parts.parse_ref(last)
        area = (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
        if area > parts.MAX_MERGE_CELLS or max(r0, r1) > parts.MAX_ROWS or \
                max(c0, c1) > parts.MAX_COLUMNS:
            raise Refused("absurd_merge", sheet, cell=ref)
        value = out.rows.get(min(r0, r1), {}).get(min(c0, c1))
        if value is None:
            continue
        for row in range(min(r0, r1), max(r0, r1) + 1):
            for col in range(min(c0, c1), max(c0, c1) + 1):
                out.rows.setdefault(row, {})[col] = value


def read_sheets(archive: zipfile.ZipFile, wanted: list[str]) -> dict[str, Sheet]:
    """The wanted sheets that exist, as {name: Sheet}; raises ``Refused`` on any limit."""
    budget = parts.Budget()
    found = parts.sheet_parts(archive, budget)
    present = [name for name in wanted if name in found]
    if not present:
        return {}
    strings = parts.shared_strings(archive, budget)
    dates = parts.date_styles(archive, budget)
    sheets = {}
    for name in present:
        if found[name] not in archive.namelist():
            raise Refused("bad_workbook", name)
        sheets[name] = read_sheet(archive, found[name], name, strings, dates, budget)
    return sheets
