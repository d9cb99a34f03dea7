"""Reading an atlas update as the district sends it: a ZIP of CSV files, one XLSX workbook with a
sheet per table, or a folder.

Files from a USB stick are untrusted. Before anything is unpacked the ZIP is checked: no member
may point outside the archive's folder, be a link, claim to be too large, or expand too much,
and there may not be too many members; while a member is unpacked the bytes really inflated
are counted, so a forged size in the header changes nothing. A workbook is read by the
streaming ``xlsx_reader`` with its own limits. Limits are named constants; every failure is a
``Problem``, never a traceback. Spreadsheet habits are accepted: a UTF-8 BOM, UTF-16 text,
Windows Cyrillic (converted, with a notice), ``;`` or tab separators, numbers stored as text,
trailing spaces, empty rows, formulas (their saved values are used) and merged cells (the value
spreads over the merged area).
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from guidance.atlas import xlsx_reader
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
    try:
        data = path.read_bytes()
    except OSError:
        return RawSource(problems=[problem(path.name, 0, "", "unreadable_file")])
    if data[:4] != b"PK\x03\x04":
        return RawSource(problems=[problem(path.name, 0, "", "unknown_package")])
    workbook = path.suffix.lower() == ".xlsx"
    try:
        return (read_workbook if workbook else read_zip)(data, path.name, files)
    except (ValueError, LookupError, OSError, EOFError, RuntimeError, zlib.error,
            zipfile.BadZipFile, NotImplementedError, UnicodeError, RecursionError):
        # A damaged file met a path no check foresaw: still a problem, never a traceback.
        return RawSource(problems=[problem(path.name, 0, "", "bad_workbook" if workbook
                                           else "bad_zip")])


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The member's bytes, counted as they are inflated; None past ``limit``."""
    chunks, size = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _safe_members(archive: zipfile.ZipFile, label: str, sizes: bool = True) -> tuple[
        dict[str, zipfile.ZipInfo], list[Problem]]:
    """Names, links and count; with ``sizes`` also the sizes the header claims (a quick
    first check: the bytes really inflated are counted again while reading)."""
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
        if sizes and info.file_size > MAX_MEMBER_BYTES or sizes and (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO):
            problems.append(problem(label, 0, name, "zip_too_large", size=info.file_size))
            continue
        members[name] = info
    if sizes and total > MAX_TOTAL_BYTES:
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
        inflated = 0
        for table, file in files.items():
            name = by_suffix.get(table)
            if name is None:
                source.problems.append(problem(file, 0, "", "missing_file"))
                continue
            try:
                raw = read_member(archive, members[name],
                                  min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - inflated))
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                    NotImplementedError, ValueError):
                source.problems.append(problem(file, 0, "", "bad_zip"))
                continue
            if raw is None:
                source.problems.append(problem(label, 0, name, "zip_too_large",
                                               size=MAX_MEMBER_BYTES))
                return source
            inflated += len(raw)
            parsed, found, notices = read_csv_bytes(raw, file, allow_cp1251=True)
            source.problems += found
            source.notices += notices
            if parsed is not None:
                source.tables[table] = parsed
    return source


def read_workbook(data: bytes, label: str, files: dict[str, str]) -> RawSource:
    """One sheet per table, read by the streaming reader within its limits."""
    source = RawSource()
    wanted = {table: sheet_name(file) for table, file in files.items()}
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return RawSource(problems=[problem(label, 0, "", "bad_workbook")])
    with archive:
        _members, problems = _safe_members(archive, label, sizes=False)
        if problems:
            return RawSource(problems=problems)
        try:
            sheets = xlsx_reader.read_sheets(archive, list(wanted.values()))
        except xlsx_reader.Refused as refused:
            where = f"{label} [{refused.sheet}]" if refused.sheet else label
            return RawSource(problems=[problem(where, 0, "", refused.code, **refused.params)])
    for table, name in wanted.items():
        where = f"{label} [{name}]"
        sheet = sheets.get(name)
        if sheet is None:
            source.problems.append(problem(where, 0, "", "missing_sheet"))
            continue
        table_rows = _sheet_rows(sheet)
        header = next((cells for _i, cells in table_rows if any(cells)), None)
        if header is None:
            source.problems.append(problem(where, 0, "", "empty_file"))
            continue
        header = [cell.replace("\ufeff", "").strip() for cell in header]
        raw = RawTable(where, header)
        for r_index, cells in table_rows[1:] if table_rows else []:
            cells = cells + [""] * (len(header) - len(cells))
            if len(cells) > len(header):
                source.problems.append(problem(where, r_index, "", "wrong_cell_count",
                                               found=len(cells), expected=len(header)))
                continue
            raw.rows.append((r_index, dict(zip(header, cells, strict=True))))
        source.tables[table] = raw
    return source


def _sheet_rows(sheet: xlsx_reader.Sheet) -> list[tuple[int, list[str]]]:
    """Non-empty rows in order, as lists of cell texts (the first is the header)."""
    rows = []
    for r_index in sorted(sheet.rows):
        cells = sheet.rows[r_index]
        width = max(cells)
        rows.append((r_index, [cells.get(c, "") for c in range(1, width + 1)]))
    return rows
