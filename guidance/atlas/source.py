"""Reading the atlas source folder: one CSV file per table, as spreadsheets save them.

The reader is forgiving about what spreadsheets do (a UTF-8 BOM, UTF-16 "Unicode text" with its
BOM, ``;`` or tab as separator, trailing spaces, empty rows, a stray BOM inside a header) and
strict about what would silently corrupt data (a non-UTF-8 file is a problem, with a hint that
it is probably Windows Cyrillic or UTF-16, unless the caller allows converting cp1251).
Every row keeps the line it came from, so problems can name ``file:line``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from guidance.atlas.problems import Problem, problem

MAX_ROWS = 50_000  # rows of one table (the atlas's largest has under 1,000)
MAX_PROBLEMS = 1_000  # wrong rows listed per file; the rest are counted in one problem


@dataclass
class RawTable:
    file: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


@dataclass
class RawSource:
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)


def decode(data: bytes, file: str, allow_cp1251: bool) -> tuple[str | None, list[Problem]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 ("Unicode text"): lossless
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            return None, [problem(file, 0, "", "not_utf8", detail="UTF-16",
                                  guess="damaged UTF-16")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        detail = f"byte 0x{data[err.start]:02x} at position {err.start}"
    if data.count(b"\x00") > len(data) // 4:  # UTF-16 without its BOM: not Windows Cyrillic
        return None, [problem(file, 0, "", "not_utf8", detail=detail, guess="UTF-16")]
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None, [problem(file, 0, "", "not_utf8", detail=detail, guess="an unknown encoding")]
    if allow_cp1251:
        return text, [problem(file, 0, "", "converted_cp1251")]
    return None, [problem(file, 0, "", "not_utf8", detail=detail,
                          guess="Windows Cyrillic (cp1251)")]


def parse_csv(text: str, file: str) -> tuple[RawTable | None, list[Problem]]:
    """Parse CSV text; the separator is ``,`` unless the header uses ``;`` only."""
    first_line = text.split("\n", 1)[0]
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    delimiter = max(counts, key=lambda sep: (counts[sep], sep == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        header: list[str] | None = None
        table: RawTable | None = None
        for cells in reader:
            line = reader.line_num
            cells = [cell.replace("\ufeff", "").strip() for cell in cells]
            if not any(cells):
                continue
            if header is None:
                header = cells
                table = RawTable(file, header)
                continue
            assert table is not None
            if len(table.rows) >= MAX_ROWS:
                return None, problems + [problem(file, line, "", "too_many_rows",
                                                 limit=MAX_ROWS)]
            if len(cells) > len(header) and not any(cells[len(header):]):
                cells = cells[: len(header)]
            if len(cells) != len(header):
                if len(problems) == MAX_PROBLEMS:
                    return None, problems + [problem(file, line, "", "too_many_problems",
                                                     limit=MAX_PROBLEMS)]
                problems.append(problem(file, line, "", "wrong_cell_count",
                                        found=len(cells), expected=len(header)))
                continue
            table.rows.append((line, dict(zip(header, cells, strict=True))))
    except csv.Error as err:
        return None, [problem(file, reader.line_num, "", "bad_csv", detail=str(err))]
    if header is None:
        return None, [problem(file, 0, "", "empty_file")]
    return table, problems


def read_csv_bytes(data: bytes, file: str, allow_cp1251: bool = False) -> tuple[
        RawTable | None, list[Problem], list[Problem]]:
    """Returns (table, problems, notices)."""
    text, found = decode(data, file, allow_cp1251)
    if text is None:
        return None, found, []
    table, problems = parse_csv(text, file)
    return table, problems, found


def read_folder(folder: Path, files: dict[str, str], allow_cp1251: bool = False) -> RawSource:
    """Read every ``{table: relative file}``; a missing file is a problem, not an exception."""
    source = RawSource()
    for name, file in files.items():
        path = folder / file
        if not path.is_file():
            source.problems.append(problem(file, 0, "", "missing_file"))
            continue
        table, problems, notices = read_csv_bytes(path.read_bytes(), file, allow_cp1251)
        source.problems.extend(problems)
        source.notices.extend(notices)
        if table is not None:
            source.tables[name] = table
    return source
