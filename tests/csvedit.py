"""Helpers to break a copy of the atlas source on purpose, remembering where."""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(folder: Path, table: str) -> tuple[list[str], list[dict[str, str]]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(folder: Path, table: str, header: list[str], rows: list[dict[str, str]]) -> None:
    with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def set_cell(folder: Path, table: str, index: int, column: str, value: str) -> int:
    """Change one cell; returns the CSV line number of that row (header = line 1)."""
    header, rows = read_rows(folder, table)
    rows[index][column] = value
    write_rows(folder, table, header, rows)
    return line_of(folder, table, index)


def line_of(folder: Path, table: str, index: int) -> int:
    """The physical line on which data row ``index`` ends (cells may span lines)."""
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for i, _row in enumerate(reader):
            if i == index:
                return reader.line_num
    raise IndexError(index)
