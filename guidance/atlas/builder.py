"""Building the SQLite atlas from validated source rows.

The database is written with sqlite-utils to a temporary file beside the target and moved into
place only when complete, so a failed or interrupted build never leaves a half-written atlas.
The content hash is computed from the validated rows (sorted by key, independent of column and
row order and of the build time), so the same input always gives the same hash and an
export/import round trip can be checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from guidance.atlas.problems import AtlasInvalid
from guidance.atlas.schema import ALL_TABLES, EDITION_FILE, SCHEMA_VERSION, Table
from guidance.atlas.search import build_search_table
from guidance.atlas.source import read_folder
from guidance.atlas.validate import Validated, validate

SOURCE_FILES = {"edition": EDITION_FILE, **{t.name: t.file_name for t in ALL_TABLES}}


def load_source(folder: Path, allow_cp1251: bool = False) -> Validated:
    """Read and validate an atlas source folder; the result lists every problem."""
    raw = read_folder(Path(folder), SOURCE_FILES, allow_cp1251=allow_cp1251)
    return validate(raw)


def content_hash(data: Validated) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps(sorted(data.edition.items()), ensure_ascii=False).encode())
    for table in ALL_TABLES:
        rows = data.tables.get(table.name, [])
        canonical = sorted(
            json.dumps(sorted(row.items()), ensure_ascii=False, default=str) for row in rows
        )
        digest.update(table.name.encode())
        for line in canonical:
            digest.update(line.encode())
    return digest.hexdigest()


def _create_table(db: sqlite_utils.Database, table: Table, rows: list[dict]) -> None:
    columns: dict[str, type] = {}
    not_null: set[str] = set()
    foreign_keys = []
    for col in table.columns:
        for name in col.csv_names():
            columns[name] = col.sql_type
            if col.required:
                not_null.add(name)
        if col.ref and col.kind != "list":
            foreign_keys.append((col.name, col.ref[0], col.ref[1]))
    pk = table.key[0] if len(table.key) == 1 else table.key
    db[table.name].create(columns, pk=pk, not_null=not_null, foreign_keys=foreign_keys)
    db[table.name].insert_all(rows)
    for index in table.indexes:
        db[table.name].create_index(list(index))


def build_database(data: Validated, out: Path, built_at: str | None = None) -> str:
    """Write the atlas database for already validated data; returns the content hash."""
    if not data.ok:
        raise AtlasInvalid(data.problems)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    chash = content_hash(data)
    fd, tmp_name = tempfile.mkstemp(prefix=".atlas-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        db = sqlite_utils.Database(conn)
        with conn:
            for table in ALL_TABLES:
                _create_table(db, table, data.tables.get(table.name, []))
            build_search_table(conn, data.tables)
            meta = {
                **data.edition,
                "schema_version": str(SCHEMA_VERSION),
                "built_at": built_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "content_hash": chash,
            }
            db["meta"].insert_all(
                [{"key": k, "value": v} for k, v in sorted(meta.items())], pk="key"
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("VACUUM")
        conn.close()
        os.chmod(tmp, 0o644)  # mkstemp made it 0600: the atlas is for every user of the PC
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return chash


def build(source_dir: Path, out: Path) -> str:
    """Validate ``source_dir`` and build ``out``; raises AtlasInvalid listing every problem."""
    data = load_source(source_dir)
    if not data.ok:
        raise AtlasInvalid(data.problems)
    return build_database(data, out)


__all__ = ["EDITION_FILE", "build", "build_database", "content_hash", "load_source"]
