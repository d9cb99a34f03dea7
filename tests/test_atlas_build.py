"""Building the atlas database: schema, keys, meta, determinism, read-only access, CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from guidance import paths
from guidance.atlas import Atlas, build
from guidance.atlas.schema import SCHEMA_VERSION, TABLES
from tests.conftest import ROOT
from tests.csvedit import read_rows, set_cell, write_rows


def test_every_table_is_built_with_its_rows(atlas_path):
    conn = sqlite3.connect(atlas_path)
    for table in TABLES:
        _header, rows = read_rows(paths.atlas_source_dir(), table.name)
        count = conn.execute(f"SELECT COUNT(*) FROM {table.name}").fetchone()[0]
        assert count == len(rows), table.name
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_schema_has_types_keys_and_indexes(atlas_path):
    conn = sqlite3.connect(atlas_path)
    columns = {r[1]: (r[2], r[5]) for r in conn.execute("PRAGMA table_info(college_specialities)")}
    assert columns["state_places"][0] == "INTEGER"
    assert [name for name, (_t, pk) in columns.items() if pk] == [
        "college_id", "speciality_code", "language"]
    fks = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(college_specialities)")}
    assert ("colleges", "college_id") in fks and ("specialities", "speciality_code") in fks
    indexed = {r[1] for r in conn.execute("PRAGMA index_list(demand)")}
    assert any("profession_id" in name for name in indexed)


def test_meta_and_deterministic_content_hash(atlas_copy, tmp_path):
    first = build(atlas_copy, tmp_path / "a.sqlite")
    second = build(atlas_copy, tmp_path / "b.sqlite")
    assert first == second
    meta = dict(sqlite3.connect(tmp_path / "a.sqlite").execute("SELECT key, value FROM meta"))
    assert meta["content_hash"] == first
    assert {"edition", "built_at", "schema_version"} <= meta.keys()


def test_hash_ignores_row_and_column_order_but_not_content(atlas_copy, tmp_path):
    original = build(atlas_copy, tmp_path / "a.sqlite")
    header, rows = read_rows(atlas_copy, "professions")
    write_rows(atlas_copy, "professions", list(reversed(header)), list(reversed(rows)))
    assert build(atlas_copy, tmp_path / "b.sqlite") == original
    set_cell(atlas_copy, "professions", 0, "isco", "9999")
    assert build(atlas_copy, tmp_path / "c.sqlite") != original


def test_atlas_is_opened_read_only(atlas):
    with pytest.raises(sqlite3.OperationalError):
        atlas._conn.execute("DELETE FROM professions")


def test_cli_check_and_build(atlas_copy, tmp_path):
    run = [sys.executable, "-m", "guidance.atlas"]
    ok = subprocess.run([*run, "check", str(atlas_copy)], cwd=ROOT, capture_output=True,
                        text=True)
    assert ok.returncode == 0, ok.stderr
    out = tmp_path / "built.sqlite"
    built = subprocess.run([*run, "build", "--source", str(atlas_copy), "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert Atlas(out).info().edition
    line = set_cell(atlas_copy, "professions", 0, "klimov", "robots")
    bad = subprocess.run([*run, "check", str(atlas_copy)], cwd=ROOT, capture_output=True,
                         text=True)
    assert bad.returncode == 1
    assert f"professions.csv:{line}: klimov:" in bad.stderr


def test_an_unreadable_atlas_is_an_atlas_error_not_a_crash(atlas_path, monkeypatch):
    """Another Windows/Linux user's atlas without read permission: the app's 'cannot be
    opened' message, not the generic crash dialog (connect itself raises then)."""
    from guidance.atlas import reader

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(reader.sqlite3, "connect", refuse)
    with pytest.raises(reader.AtlasError, match="cannot be read"):
        reader.Atlas(atlas_path)
