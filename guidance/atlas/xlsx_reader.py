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

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from xml.parsers import expat

MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELLS = 1_000_000
MAX_CELL_CHARS = 32_767  # what Excel itself can hold in one cell
MAX_TEXT_CHARS = 50_000_000
MAX_MERGES = 10_000
MAX_MERGE_CELLS = 10_000
MAX_ELEMENTS = 1_000_000  # XML elements of all parts (the atlas has ~60,000): bounds the time
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 96 * 1024 * 1024
CHUNK = 64 * 1024

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
DATE_FORMAT_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(
    range(50, 59))
CELL_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")


class Refused(Exception):
    """The workbook breaks a limit: ``code`` and ``params`` become a ``Problem``."""

    def __init__(self, code: str, sheet: str = "", **params: object):
        super().__init__(code)
        self.code, self.sheet, self.params = code, sheet, params


@dataclass
class Sheet:
    rows: dict[int, dict[int, str]] = field(default_factory=dict)


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_ref(ref: str) -> tuple[int, int]:
    match = CELL_REF.match(ref.strip().upper())
    if not match:
        raise Refused("bad_workbook")
    return int(match.group(2)), column_number(match.group(1))


class _Budget:
    """Bytes inflated and characters kept, across the whole workbook."""

    def __init__(self):
        self.bytes = 0
        self.chars = 0
        self.cells = 0
        self.elements = 0

    def count_element(self, sheet: str = "") -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise Refused("too_many_cells", sheet, count=self.elements, limit=MAX_ELEMENTS)


def _stream(archive: zipfile.ZipFile, name: str, budget: _Budget, handlers: dict) -> None:
    """Feed one part to an expat parser with ``handlers``, counting what is inflated."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def refuse(*_args) -> None:
        raise Refused("bad_workbook")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    for event, handler in handlers.items():
        setattr(parser, event, handler)
    seen = 0
    try:
        with archive.open(name) as part:
            while chunk := part.read(CHUNK):
                seen += len(chunk)
                budget.bytes += len(chunk)
                if seen > MAX_PART_BYTES or budget.bytes > MAX_TOTAL_BYTES:
                    raise Refused("zip_too_large", size=seen)
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as err:
        raise Refused("bad_workbook") from err
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
            NotImplementedError, ValueError) as err:
        raise Refused("bad_zip") from err


def _attrs(archive: zipfile.ZipFile, name: str, tag: str, budget: _Budget) -> list[dict]:
    """The attributes of every ``tag`` element of a small part (workbook, relationships)."""
    found: list[dict] = []

    def start(element: str, attrs: dict) -> None:
        budget.count_element()
        if element.rsplit("}", 1)[-1] == tag:
            found.append(attrs)
            if len(found) > 10_000:
                raise Refused("bad_workbook")

    _stream(archive, name, budget, {"StartElementHandler": start})
    return found


def sheet_parts(archive: zipfile.ZipFile, budget: _Budget) -> dict[str, str]:
    """{sheet name: part name inside the ZIP}."""
    try:
        sheets = _attrs(archive, "xl/workbook.xml", "sheet", budget)
        rels = _attrs(archive, "xl/_rels/workbook.xml.rels", "Relationship", budget)
    except KeyError as err:
        raise Refused("bad_workbook") from err
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in sheets:
        target = targets.get(sheet.get(REL[1:-1] + "}id") or sheet.get("r:id"), "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = str(PurePosixPath("xl") / target)
        parts[sheet.get("name", "")] = target
    return parts


@dataclass
class SharedStrings:
    texts: list[str] = field(default_factory=list)
    too_long: dict[int, int] = field(default_factory=dict)  # index: real length


def shared_strings(archive: zipfile.ZipFile, budget: _Budget) -> SharedStrings:
    """The workbook's strings; one longer than a cell may hold is kept short and remembered,
    so the cell that uses it can be named."""
    shared = SharedStrings()
    if "xl/sharedStrings.xml" not in archive.namelist():
        return shared
    strings = shared.texts
    state = {"in_si": False, "in_t": False, "phonetic": 0, "parts": [], "size": 0}

    def start(element: str, _attrs: dict) -> None:
        budget.count_element()
        local = element.rsplit("}", 1)[-1]
        if local == "si":
            state["in_si"], state["parts"], state["size"] = True, [], 0
        elif local == "rPh":
            state["phonetic"] += 1
        elif local == "t" and state["in_si"] and not state["phonetic"]:
            state["in_t"] = True

    def end(element: str) -> None:
        local = element.rsplit("}", 1)[-1]
        if local == "t":
            state["in_t"] = False
        elif local == "rPh":
            state["phonetic"] -= 1
        elif local == "si":
            text = "".join(state["parts"])
            budget.chars += len(text)
            if budget.chars > MAX_TEXT_CHARS or len(strings) >= MAX_CELLS:
                raise Refused("too_many_cells", count=len(strings), limit=MAX_CELLS)
            if len(text) > MAX_CELL_CHARS:
                shared.too_long[len(strings)] = len(text)
                text = ""
            strings.append(text)
            state["in_si"] = False

    def text(data: str) -> None:
        if state["in_t"]:
            state["parts"].append(data)
            state["size"] += len(data)
            if state["size"] > MAX_TEXT_CHARS:
                raise Refused("too_many_cells", count=len(strings), limit=MAX_CELLS)

    _stream(archive, "xl/sharedStrings.xml", budget, {
        "StartElementHandler": start, "EndElementHandler": end, "CharacterDataHandler": text})
    return shared


def date_styles(archive: zipfile.ZipFile, budget: _Budget) -> set[int]:
    """Indexes of cell styles that show a number as a date."""
    if "xl/styles.xml" not in archive.namelist():
        return set()
    custom: dict[int, str] = {}
    xfs: list[int] = []
    depth = {"cellXfs": False}

    def start(element: str, attrs: dict) -> None:
        budget.count_element()
        local = element.rsplit("}", 1)[-1]
        if local == "numFmt":
            custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            depth["cellXfs"] = True
        elif local == "xf" and depth["cellXfs"]:
            xfs.append(int(attrs.get("numFmtId", "0")))

    def end(element: str) -> None:
        if element.rsplit("}", 1)[-1] == "cellXfs":
            depth["cellXfs"] = False

    try:
        _stream(archive, "xl/styles.xml", budget,
                {"StartElementHandler": start, "EndElementHandler": end})
    except ValueError as err:
        raise Refused("bad_workbook") from err

    def is_date(fmt_id: int) -> bool:
        if fmt_id in DATE_FORMAT_IDS:
            return True
        code = re.sub(r'"[^"]*"|\[[^]]*]|\\.', "", custom.get(fmt_id, "")).lower()
        return bool(code) and bool(re.search(r"[dy]", code))

    return {index for index, fmt_id in enumerate(xfs) if is_date(fmt_id)}


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
        column = cache[letters] = column_number(letters)
    return column


def read_sheet(archive: zipfile.ZipFile, part: str, sheet: str, strings: SharedStrings,
               dates: set[int], budget: _Budget) -> Sheet:
    """The cells with a value. The handlers are kept lean: one sheet may have millions of
    XML elements, and each costs a Python call."""
    out = Sheet()
    merges: list[str] = []
    names: dict[str, str] = {}
    columns: dict[str, int] = {}
    row = col = size = 0
    kind = style = ""
    parts: list[str] | None = None
    collecting = in_is = False

    def start(element: str, attrs: dict) -> None:
        nonlocal row, col, kind, style, parts, size, collecting, in_is
        budget.elements += 1
        if budget.elements > MAX_ELEMENTS:
            raise Refused("too_many_cells", sheet, count=budget.elements, limit=MAX_ELEMENTS)
        local = _local(element, names)
        if local == "c":
            ref = attrs.get("r")
            col = _column_of(ref, columns) if ref else col + 1
            kind, style, parts, size = attrs.get("t", "n"), attrs.get("s", ""), None, 0
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
            if len(merges) > MAX_MERGES:
                raise Refused("absurd_merge", sheet, cell=attrs.get("ref", ""))

    def end(element: str) -> None:
        nonlocal collecting, in_is, parts
        local = _local(element, names)
        if local == "c":
            if parts:
                _keep("".join(parts))
            parts = None
        elif local in ("v", "t"):
            collecting = False
        elif local == "is":
            in_is = False

    def text(data: str) -> None:
        nonlocal parts, size
        if collecting:
            if parts is None:
                parts = []
            parts.append(data)
            size += len(data)
            if size > MAX_CELL_CHARS:
                raise Refused("text_too_long", sheet, cell=_ref(), length=size,
                              limit=MAX_CELL_CHARS)

    def _ref() -> str:
        return f"{column_letters(col)}{row}"

    def _keep(raw: str) -> None:
        if kind == "s":
            try:
                index = int(raw)
                value = strings.texts[index]
            except (ValueError, IndexError) as err:
                raise Refused("bad_workbook", sheet) from err
            if index in strings.too_long:
                raise Refused("text_too_long", sheet, cell=_ref(),
                              length=strings.too_long[index], limit=MAX_CELL_CHARS)
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
        if row > MAX_ROWS or col > MAX_COLUMNS:
            raise Refused("far_cell", sheet, cell=_ref(), rows=MAX_ROWS, columns=MAX_COLUMNS)
        budget.cells += 1
        budget.chars += len(value)
        if budget.cells > MAX_CELLS or budget.chars > MAX_TEXT_CHARS:
            raise Refused("too_many_cells", sheet, count=budget.cells, limit=MAX_CELLS)
        out.rows.setdefault(row, {})[col] = value

    _stream(archive, part, budget, {"StartElementHandler": start, "EndElementHandler": end,
                                    "CharacterDataHandler": text})
    _spread_merges(out, merges, sheet)
    return out


def _spread_merges(out: Sheet, merges: list[str], sheet: str) -> None:
    for ref in merges:
        if ":" not in ref:
            continue
        first, last = ref.split(":", 1)
        (r0, c0), (r1, c1) = parse_ref(first), parse_ref(last)
        area = (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
        if area > MAX_MERGE_CELLS or max(r0, r1) > MAX_ROWS or max(c0, c1) > MAX_COLUMNS:
            raise Refused("absurd_merge", sheet, cell=ref)
        value = out.rows.get(min(r0, r1), {}).get(min(c0, c1))
        if value is None:
            continue
        for row in range(min(r0, r1), max(r0, r1) + 1):
            for col in range(min(c0, c1), max(c0, c1) + 1):
                out.rows.setdefault(row, {})[col] = value


def read_sheets(archive: zipfile.ZipFile, wanted: list[str]) -> dict[str, Sheet]:
    """The wanted sheets that exist, as {name: Sheet}; raises ``Refused`` on any limit."""
    budget = _Budget()
    parts = sheet_parts(archive, budget)
    present = [name for name in wanted if name in parts]
    if not present:
        return {}
    strings = shared_strings(archive, budget)
    dates = date_styles(archive, budget)
    sheets = {}
    for name in present:
        if parts[name] not in archive.namelist():
            raise Refused("bad_workbook", name)
        sheets[name] = read_sheet(archive, parts[name], name, strings, dates, budget)
    return sheets
