"""A synthetic atlas N times larger than the shipped one, for benchmarks.

Professions, their speciality links, colleges, their groups, employers and demand rows are
copied N times with suffixed ids (``welder`` → ``welder_x3``), so search and recommendation
work on realistic text at N times the volume.
"""

from __future__ import annotations

from pathlib import Path

from guidance import paths
from guidance.atlas.builder import build_database, load_source

COPIED = {
    "professions": ("id",),
    "profession_specialities": ("profession_id",),
    "colleges": ("id",),
    "college_specialities": ("college_id",),
    "enterprises": ("id",),
    "demand": ("id", "profession_id", "enterprise_id"),
    "memoranda": ("id", "college_id", "enterprise_id"),
}


def build_synthetic(out: Path, factor: int = 10, source: Path | None = None) -> Path:
    data = load_source(source or paths.atlas_source_dir())
    for table, keys in COPIED.items():
        rows = data.tables[table]
        grown = list(rows)
        for n in range(1, factor):
            for row in rows:
                copy = dict(row)
                for key in keys:
                    if copy.get(key):
                        copy[key] = f"{copy[key]}_x{n}"
                grown.append(copy)
        data.tables[table] = grown
    # synonyms name professions, colleges and employers by id: each copy gets its own
    synonyms = data.tables.get("synonyms", [])
    data.tables["synonyms"] = synonyms + [
        {**row, "ref_id": f"{row['ref_id']}_x{n}"} for n in range(1, factor) for row in synonyms
        if row["kind"] != "speciality"]  # specialities are not copied
    # employment rows point at colleges by id; keep the original ones only
    build_database(data, out)
    return out
