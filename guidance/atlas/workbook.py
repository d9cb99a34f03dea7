"""The atlas as one XLSX workbook: the template the education department edits.

One sheet per table, named after its CSV file (``professions``, ``riasec_items``…), with the
CSV's column names in the first row, plus the ``edition`` sheet. Importing the exported
workbook gives the same content hash as the atlas it came from: every text is written as text,
including one that starts with ``=`` (a spreadsheet would otherwise take it for a formula and
it would come back empty), and no text is longer than a cell holds (the atlas check refuses
longer ones).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from guidance.atlas.packages import sheet_name
from guidance.atlas.schema import ALL_TABLES, EDITION_KEYS


def export_workbook(atlas_path: Path, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    conn = sqlite3.connect(f"file:{atlas_path}?mode=ro", uri=True)
    try:
        book = Workbook()
        edition = book.active
        edition.title = "edition"
        edition.append(["key", "value"])
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        for key in EDITION_KEYS:
            edition.append([key, meta.get(key, "")])
        for table in ALL_TABLES:
            sheet = book.create_sheet(sheet_name(table.file_name))
            columns = table.csv_columns()
            sheet.append(columns)
            quoted = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(f'"{c}"' for c in table.key)
            for row in conn.execute(f"SELECT {quoted} FROM {table.name} ORDER BY {order}"):
                values = ["" if v is None else v for v in row]
                sheet.append(values)
                if any(isinstance(v, str) and v.startswith("=") for v in values):
                    for cell in sheet[sheet.max_row]:
                        if isinstance(cell.value, str) and cell.value.startswith("="):
                            cell.data_type = "s"  # text, not a formula
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            sheet.freeze_panes = "A2"
    finally:
        conn.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out
