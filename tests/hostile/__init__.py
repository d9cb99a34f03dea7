"""Hostile atlas updates, generated when needed (nothing large is kept in the repository).

Each case is a file a school might really receive — by accident or on purpose — built from
the shipped atlas: an exported workbook or the ZIP of CSV files, with one thing made hostile.
``CASES`` maps a name to (builder, the problem codes that must refuse it). ``scale`` is
``"small"`` for the tests (each file is at most a few megabytes unpacked) or ``"full"`` for the
sizes the adversarial run used (``tools/bench.py`` measures the worst of them).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from guidance import paths
from guidance.atlas import source, xlsx_parts

Builder = Callable[[Path, Path, str], Path]  # (exported workbook, out folder, scale) -> file


def source_files() -> dict[str, bytes]:
    root = paths.atlas_source_dir()
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.csv"))
            if "parts" not in p.parts}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def patch_workbook(book: Path, out: Path, sheet: str,
                   change: Callable[[bytes], bytes]) -> Path:
    """A copy of ``book`` whose ``sheet`` XML went through ``change``."""
    with zipfile.ZipFile(book) as src:
        part = xlsx_parts.sheet_parts(src, xlsx_parts.Budget())[sheet]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == part:
                    data = change(data)
                dst.writestr(info.filename, data)
    out.write_bytes(buffer.getvalue())
    return out


def _before(tag: bytes, extra: bytes) -> Callable[[bytes], bytes]:
    return lambda xml: xml.replace(tag, extra + tag, 1)


def _rows(start: int, count: int) -> bytes:
    return b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>'
                    % (n, n) for n in range(start, start + count))


def _cell_row(text: bytes) -> bytes:
    return b'<row r="40"><c r="B40" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"


def far_cell(book: Path, out: Path, scale: str) -> Path:
    row = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return patch_workbook(book, out / "far_cell.xlsx", "colleges",
                          _before(b"</sheetData>", row))


def whole_sheet_merge(book: Path, out: Path, scale: str) -> Path:
    merge = b'<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>'
    return patch_workbook(book, out / "merge.xlsx", "colleges",
                          lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + merge, 1))


def million_rows(book: Path, out: Path, scale: str) -> Path:
    count = 1_000_000 if scale == "full" else xlsx_parts.MAX_ROWS + 100
    return patch_workbook(book, out / "rows.xlsx", "colleges",
                          _before(b"</sheetData>", _rows(100, count)))


def whitespace_cell(book: Path, out: Path, scale: str) -> Path:
    size = 300_000_000 if scale == "full" else 1_000_000
    return patch_workbook(book, out / "whitespace.xlsx", "colleges",
                          _before(b"</sheetData>", _cell_row(b" " * size)))


def huge_cell(book: Path, out: Path, scale: str) -> Path:
    size = 100_000_000 if scale == "full" else 1_000_000
    return patch_workbook(book, out / "huge_cell.xlsx", "colleges",
                          _before(b"</sheetData>", _cell_row(b"x" * size)))


def inflating_sheet(book: Path, out: Path, scale: str) -> Path:
    """A sheet that unpacks far beyond the part limit (empty styled cells compress ~1000:1)."""
    count = (xlsx_parts.MAX_PART_BYTES // 10) + 1000
    filler = b'<c s="0"/>' * count
    return patch_workbook(book, out / "inflating.xlsx", "colleges",
                          _before(b"</sheetData>", b'<row r="45">' + filler + b"</row>"))


def many_strings(book: Path, out: Path, scale: str) -> Path:
    """Millions of tiny shared strings: the workbook's string table is read before any sheet."""
    count = 3_000_000 if scale == "full" else xlsx_parts.MAX_ELEMENTS
    table = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             + b"<si><t>s</t></si>" * count + b"</sst>")
    with zipfile.ZipFile(book) as src:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                if info.filename != "xl/sharedStrings.xml":
                    dst.writestr(info.filename, src.read(info))
            dst.writestr("xl/sharedStrings.xml", table)
    (out / "strings.xlsx").write_bytes(buffer.getvalue())
    return out / "strings.xlsx"


def external_entity(book: Path, out: Path, scale: str) -> Path:
    doctype = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    return patch_workbook(book, out / "xxe.xlsx", "colleges",
                          lambda xml: doctype + xml.split(b"?>", 1)[-1])


def forged_sizes(book: Path, out: Path, scale: str) -> Path:
    """A ZIP whose headers claim a small member that really unpacks to 30 MB."""
    files = source_files()
    files["professions.csv"] = files["professions.csv"] + b"\n" * 30_000_000
    raw = bytearray(write_zip(out / "forged.zip", files).read_bytes())
    name = b"professions.csv"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := raw.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at:name_at + len(name)] == name:
                raw[at + offset:at + offset + 4] = struct.pack("<I", 1000)
            at += 4
    (out / "forged.zip").write_bytes(bytes(raw))
    return out / "forged.zip"


def corrupt_deflate(book: Path, out: Path, scale: str) -> Path:
    raw = bytearray(write_zip(out / "corrupt.zip", source_files()).read_bytes())
    at = raw.find(b"professions.csv") + len(b"professions.csv") + 40
    raw[at:at + 64] = b"\xff" * 64
    (out / "corrupt.zip").write_bytes(bytes(raw))
    return out / "corrupt.zip"


def _csv_case(name: str, table: str, change: Callable[[bytes], bytes]) -> Builder:
    def build(book: Path, out: Path, scale: str) -> Path:
        files = source_files()
        files[table] = change(files[table])
        return write_zip(out / f"{name}.zip", files)

    return build


def _replace_cell(column: str, value: bytes, row: int = 1) -> Callable[[bytes], bytes]:
    """Put ``value`` in ``column`` of data row ``row`` (simple CSV: no quoted commas needed)."""
    def change(data: bytes) -> bytes:
        import csv

        lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        lines[row][lines[0].index(column)] = value.decode("utf-8", "surrogatepass")
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows(lines)
        return text.getvalue().encode("utf-8", "surrogatepass")

    return change


def _append_rows(name: str, table: str, row: Callable[[int, int], bytes],
                 full: int) -> Builder:
    """A CSV table with many extra rows; ``row(n, columns)`` makes row n."""
    def build(book: Path, out: Path, scale: str) -> Path:
        files = source_files()
        columns = files[table].split(b"\n", 1)[0].count(b",") + 1
        count = full if scale == "full" else source.MAX_ROWS + 100
        files[table] = files[table].rstrip(b"\n") + b"\n" + b"".join(
            row(n, columns) for n in range(count))
        return write_zip(out / f"{name}.zip", files)

    return build


CASES: dict[str, tuple[Builder, set[str]]] = {
    "csv_row_flood": (_append_rows("rows", "demand.csv",
                                   lambda n, cols: b"d%d" % n + b"," * (cols - 1) + b"\n",
                                   1_000_000), {"too_many_rows"}),
    "csv_wrong_rows": (_append_rows("wrong", "demand.csv", lambda n, cols: b"x,y\n",
                                    1_000_000), {"too_many_problems"}),
    "every_cell_wrong": (_append_rows("every", "professions.csv",
                                      lambda n, cols: b"X!," * (cols - 1) + b"X!\n", 49_000),
                         {"bad_slug", "too_many_rows"}),
    "far_cell": (far_cell, {"far_cell"}),
    "whole_sheet_merge": (whole_sheet_merge, {"absurd_merge"}),
    "million_rows": (million_rows, {"far_cell"}),
    "whitespace_cell": (whitespace_cell, {"text_too_long"}),
    "huge_cell": (huge_cell, {"text_too_long"}),
    "inflating_sheet": (inflating_sheet, {"zip_too_large", "too_many_cells"}),
    "many_strings": (many_strings, {"too_many_cells", "zip_too_large"}),
    "external_entity": (external_entity, {"bad_workbook"}),
    "forged_sizes": (forged_sizes, {"bad_zip"}),
    "corrupt_deflate": (corrupt_deflate, {"bad_zip"}),
    "infinite_latitude": (_csv_case("lat_inf", "districts.csv", _replace_cell("lat", b"inf")),
                          {"out_of_range"}),
    "overflowing_latitude": (_csv_case("lat_1e999", "districts.csv",
                                       _replace_cell("lat", b"1e999")), {"out_of_range"}),
    "outside_the_region": (_csv_case("lat_far", "districts.csv", _replace_cell("lat", b"51.1")),
                           {"out_of_range"}),
    "integer_beyond_sqlite": (_csv_case("big_int", "graduate_employment.csv",
                                        _replace_cell("graduates", b"18446744073709551616")),
                              {"out_of_range"}),
    "negative_places": (_csv_case("negative", "college_specialities.csv",
                                  _replace_cell("state_places", b"-5")), {"too_small"}),
    "control_character": (_csv_case("control", "industries.csv",
                                    _replace_cell("name_ru", b"\xd0\xa5\x00\x07")),
                          {"control_char"}),
    "text_over_a_cell": (_csv_case("long_text", "professions.csv",
                                   _replace_cell("description_en", b"w" * 40_000)),
                         {"text_too_long"}),
}
