"""The parts of an XLSX workbook other than sheet cells, read within limits: the workbook's list
of sheets, its shared strings and its date styles; and the limits themselves, with the
streaming parser that counts every byte inflated and every XML element (``xlsx_reader`` reads
the cells). A DOCTYPE or an entity declaration refuses the workbook (XXE, "billion laughs").
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
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


class Budget:
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


def _stream(archive: zipfile.ZipFile, name: str, budget: Budget, handlers: dict) -> None:
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


def _attrs(archive: zipfile.ZipFile, name: str, tag: str, budget: Budget) -> list[dict]:
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


def sheet_parts(archive: zipfile.ZipFile, budget: Budget) -> dict[str, str]:
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


def shared_strings(archive: zipfile.ZipFile, budget: Budget) -> SharedStrings:
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


def date_styles(archive: zipfile.ZipFile, budget: Budget) -> set[int]:
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
