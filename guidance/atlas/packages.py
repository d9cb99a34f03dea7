"""Reading an atlas update as the district sends it: a ZIP of CSV files, one XLSX workbook with a
sheet per table, or a folder.

Files from a USB stick are untrusted. Before anything is unpacked the ZIP is checked: no member
may point outside the archive's folder, be a link, be too large, or expand too much, and there
may not be too many members. Limits are named constants. Spreadsheet habits are accepted:
a UTF-8 BOM, Windows Cyrillic (converted, with a notice), ``;`` separators, numbers stored as
text, trailing spaces, empty rows, formulas (their saved values are used) and merged cells (the
value spreads over the merged area).
"""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path, PurePosixPath

from guidance.atlas.problems import Problem, problem
from guidance.atlas.source import RawSource, RawTable, read_csv_bytes, read_folder

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file on the stick
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 20 * 1024 * 1024  # one table, unpacked
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # all tables, unpacked
MAX_RATIO = 200  # unpacked / packed, per member


def sheet_name(file_name: str) -> str:
    """The XLSX sheet that holds a table: its file name without folder and ``.csv``."""
    return PurePosixPath(file_name).stem


def read_update(path: Path, files: dict[str, str]) -> RawSource:
    """Read an update file (ZIP, XLSX or folder) into raw tables, collecting every problem."""
    path = Path(path)
    if path.is_dir():
        return read_folder(path, files, allow_cp1251=True)
    if not path.is_file():
        return RawSource(problems=[problem(path.name, 0, "", "missing_file")])
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return RawSource(problems=[problem(path.name, 0, "", "file_too_large",
                                           size=size, limit=MAX_FILE_BYTES)])
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" and path.suffix.lower() == ".xlsx":
        return read_workbook(data, path.name, files)
    if data[:4] == b"PK\x03\x04":
        return read_zip(data, path.name, files)
    return RawSource(problems=[problem(path.name, 0, "", "unknown_package")])


def _safe_members(archive: zipfile.ZipFile, label: str) -> tuple[dict[str, zipfile.ZipInfo],
                                                                  list[Problem]]:
    problems: list[Problem] = []
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        return {}, [problem(label, 0, "", "zip_too_many", count=len(infos), limit=MAX_MEMBERS)]
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
            problems.append(problem(label, 0, name, "zip_outside"))
            continue
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            problems.append(problem(label, 0, name, "zip_link"))
            continue
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO):
            problems.append(problem(label, 0, name, "zip_too_large", size=info.file_size))
            continue
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        problems.append(problem(label, 0, "", "zip_too_large", size=total))
    return members, problems


def read_zip(data: bytes, label: str, files: dict[str, str]) -> RawSource:
    source = RawSource()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return RawSource(problems=[problem(label, 0, "", "bad_zip")])
    with archive:
        members, problems = _safe_members(archive, label)
        source.problems += problems
        if problems:
            return source
        # Tables may sit at the top or inside one folder (e.g. "atlas_data/professions.csv").
        by_suffix = {}
        for name in members:
            for table, file in files.items():
                if name == file or name.endswith("/" + file):
                    by_suffix.setdefault(table, name)
        for table, file in files.items():
            name = by_suffix.get(table)
            if name is None:
                source.problems.append(problem(file, 0, "", "missing_file"))
                continue
            try:
                raw = archive.read(members[name])
            except (zipfile.BadZipFile, OSError, RuntimeError):
                source.problems.append(problem(file, 0, "", "bad_zip"))
                continue
            parsed, found, notices = read_csv_bytes(raw, file, allow_cp1251=True)
            source.problems += found
            source.notices += notices
            if parsed is not None:
                source.tables[table] = parsed
    return source


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


def read_workbook(data: bytes, label: str, files: dict[str, str]) -> RawSource:
    from openpyxl import load_workbook

    source = RawSource()
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        return RawSource(problems=[problem(label, 0, "", "bad_workbook")])
    for table, file in files.items():
        name = sheet_name(file)
        if name not in book.sheetnames:
            source.problems.append(problem(f"{label} [{name}]", 0, "", "missing_sheet"))
            continue
        sheet = book[name]
        merged = {}
        for area in sheet.merged_cells.ranges:
            top_left = sheet.cell(area.min_row, area.min_col).value
            for row in range(area.min_row, area.max_row + 1):
                for col in range(area.min_col, area.max_col + 1):
                    merged[(row, col)] = top_left
        rows = []
        for r_index, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(merged.get((r_index, c), v)) for c, v in enumerate(row, 1)]
            while cells and cells[-1] == "":
                cells.pop()
            rows.append((r_index, cells))
        header = next((cells for _i, cells in rows if any(cells)), None)
        where = f"{label} [{name}]"
        if header is None:
            source.problems.append(problem(where, 0, "", "empty_file"))
            continue
        raw = RawTable(where, header)
        for r_index, cells in rows:
            if cells is header or not any(cells):
                continue
            cells = cells + [""] * (len(header) - len(cells))
            if len(cells) > len(header):
                source.problems.append(problem(where, r_index, "", "wrong_cell_count",
                                               found=len(cells), expected=len(header)))
                continue
            raw.rows.append((r_index, dict(zip(header, cells, strict=True))))
        source.tables[table] = raw
    return source
