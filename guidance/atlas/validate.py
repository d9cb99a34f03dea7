"""Validation of the atlas source: every problem is collected, none stops the others.

The result is either typed rows ready for the builder or the full list of problems, each
naming the file, the line and the column, so the person who edited the spreadsheet can fix
everything in one pass instead of one error per attempt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guidance.atlas.cell_rules import MAX_PROBLEMS, cell_problems
from guidance.atlas.instrument_rules import check_instruments
from guidance.atlas.problems import Problem, problem
from guidance.atlas.schema import (
    ALL_TABLES,
    DATE,
    EDITION_FILE,
    EDITION_KEYS,
    RIASEC_LETTERS,
    SLUG,
    SYNONYM_TARGETS,
    YEAR,
    Column,
    Table,
)
from guidance.atlas.source import RawSource, RawTable

Row = dict[str, object]


@dataclass
class Validated:
    tables: dict[str, list[Row]] = field(default_factory=dict)
    lines: dict[str, list[int]] = field(default_factory=dict)
    edition: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _convert(col: Column, csv_name: str, raw: str, file: str, line: int) -> tuple[object, list]:
    """Typed value of one non-empty cell, or (None, [problem])."""
    def bad(code: str, **params: object) -> tuple[None, list[Problem]]:
        return None, [problem(file, line, csv_name, code, value=raw, **params)]

    kind = col.kind
    if kind == "slug":
        return (raw, []) if SLUG.match(raw) else bad("bad_slug")
    if kind == "int":
        try:
            number = int(float(raw)) if raw.endswith(".0") else int(raw)
        except ValueError:
            return bad("bad_int")
        if col.minimum is not None and number < col.minimum:
            return bad("too_small", minimum=col.minimum)
        return number, []
    if kind == "float":
        try:
            return float(raw.replace(",", ".")), []
        except ValueError:
            return bad("bad_float")
    if kind == "flag":
        return (int(raw), []) if raw in ("0", "1") else bad("bad_flag")
    if kind == "year":
        return (int(raw), []) if YEAR.match(raw) else bad("bad_year")
    if kind == "date":
        return (raw, []) if DATE.match(raw) else bad("bad_date")
    if kind == "choice":
        if raw in col.choices:
            return raw, []
        return bad("bad_choice", choices=", ".join(col.choices))
    if kind == "pattern":
        assert col.pattern is not None
        return (raw, []) if col.pattern.match(raw) else bad("bad_code", hint=col.pattern_hint)
    if kind == "riasec":
        code = raw.upper()
        valid = 1 <= len(code) <= 3 and all(c in RIASEC_LETTERS for c in code)
        return (code, []) if valid and len(set(code)) == len(code) else bad("bad_riasec")
    if kind == "list":
        items = [item.strip() for item in raw.split(";") if item.strip()]
        if col.choices:
            wrong = [i for i in items if i not in col.choices]
            if wrong:
                return bad("bad_choice", choices=", ".join(col.choices))
        return ";".join(items), []
    return raw, []


def _check_header(table: Table, raw: RawTable) -> list[Problem]:
    expected = table.csv_columns()
    found: list[Problem] = []
    seen: set[str] = set()
    for name in raw.header:
        if name in seen:
            found.append(problem(raw.file, 1, name, "duplicate_column"))
        seen.add(name)
        if name not in expected:
            found.append(problem(raw.file, 1, name, "unknown_column", expected=", ".join(expected)))
    found += [problem(raw.file, 1, name, "missing_column") for name in expected if name not in seen]
    return found


def _typed_rows(table: Table, raw: RawTable, out: Validated) -> None:
    rows: list[Row] = []
    lines: list[int] = []
    first_seen: dict[tuple, int] = {}
    for line, cells in raw.rows:
        if len(out.problems) >= MAX_PROBLEMS:  # a hostile file: stop, memory and time bounded
            out.problems.append(problem(raw.file, line, "", "too_many_problems",
                                        limit=MAX_PROBLEMS))
            break
        row: Row = {}
        for col in table.columns:
            for csv_name in col.csv_names():
                value = cells.get(csv_name, "")
                if value == "":
                    row[csv_name] = None
                    if col.required:
                        out.problems.append(problem(raw.file, line, csv_name, "required"))
                    continue
                typed, problems = _convert(col, csv_name, value, raw.file, line)
                limits = cell_problems(col.kind, csv_name, value, typed, raw.file, line)
                out.problems.extend(problems + limits)
                row[csv_name] = None if limits else typed
        key = tuple(row.get(k) for k in table.key)
        # an empty optional key part (a college group's language: not published) is still a key
        if all(row.get(k) is not None for k in table.key if table.column(k).required):
            if key in first_seen:
                out.problems.append(problem(raw.file, line, table.key[0], "duplicate_id",
                                            value="/".join(map(str, key)),
                                            first_line=first_seen[key]))
                continue
            first_seen[key] = line
        rows.append(row)
        lines.append(line)
    out.tables[table.name] = rows
    out.lines[table.name] = lines


def _check_references(out: Validated) -> None:
    keys: dict[tuple[str, str], set] = {}
    for table in ALL_TABLES:
        for col in table.columns:
            if col.ref is None or table.name not in out.tables:
                continue
            ref_table, ref_col = col.ref
            if (ref_table, ref_col) not in keys:
                keys[(ref_table, ref_col)] = {r[ref_col] for r in out.tables.get(ref_table, [])}
            known = keys[(ref_table, ref_col)]
            if ref_table not in out.tables:
                continue  # the missing table is reported already
            for row, line in zip(out.tables[table.name], out.lines[table.name], strict=True):
                value = row.get(col.name)
                if value is None:
                    continue
                items = str(value).split(";") if col.kind == "list" else [value]
                for item in items:
                    if item not in known:
                        out.problems.append(problem(table.file_name, line, col.name,
                                                    "dangling_ref", value=item, table=ref_table))


def _check_rules(out: Validated) -> None:
    """Rules that involve more than one cell of a row."""
    def rows(name: str):
        return zip(out.tables.get(name, []), out.lines.get(name, []), strict=True)

    for row, line in rows("specialities"):
        code, field_ = row.get("code"), row.get("isced_field")
        if code and field_ and str(code)[:4] != field_:
            out.problems.append(problem("specialities.csv", line, "isced_field", "isced_mismatch",
                                        value=field_, code=code))
    for row, line in rows("qualifications"):
        code, spec = row.get("code"), row.get("speciality_code")
        if code and spec and str(code)[2:8] != str(spec)[:6]:
            out.problems.append(problem("qualifications.csv", line, "code",
                                        "qualification_mismatch", value=code, code=spec))
    for row, line in rows("profession_specialities"):
        qual, spec = row.get("qualification_code"), row.get("speciality_code")
        if qual and spec and str(qual)[2:8] != str(spec)[:6]:
            out.problems.append(problem("profession_specialities.csv", line, "qualification_code",
                                        "qualification_mismatch", value=qual, code=spec))
    for row, line in rows("college_specialities"):
        if row.get("after_9") == 0 and row.get("after_11") == 0:  # both empty = not published
            out.problems.append(problem("college_specialities.csv", line, "after_9",
                                        "no_entry_grade"))
    for row, line in rows("graduate_employment"):
        grads, employed = row.get("graduates"), row.get("employed")
        if isinstance(grads, int) and isinstance(employed, int) and employed > grads:
            out.problems.append(problem("graduate_employment.csv", line, "employed",
                                        "employed_over_graduates", employed=employed,
                                        graduates=grads))
        y0, y1 = row.get("year_from"), row.get("year_to")
        if isinstance(y0, int) and isinstance(y1, int) and y0 > y1:
            out.problems.append(problem("graduate_employment.csv", line, "year_from",
                                        "years_reversed", year_from=y0, year_to=y1))
    targets = {kind: {r[col] for r in out.tables.get(table, [])}
               for kind, (table, col) in SYNONYM_TARGETS.items()}
    for row, line in rows("synonyms"):
        kind, ref = row.get("kind"), row.get("ref_id")
        if kind in targets and ref is not None and ref not in targets[kind]:
            out.problems.append(problem("synonyms.csv", line, "ref_id", "dangling_ref",
                                        value=ref, table=SYNONYM_TARGETS[kind][0]))
    for row, line in rows("professions"):
        if row.get("horizon") is not None and row.get("is_new") != 1:
            out.problems.append(problem("professions.csv", line, "horizon",
                                        "horizon_without_new"))


def _check_edition(raw: RawTable | None, out: Validated) -> None:
    if raw is None:
        return
    if raw.header[:2] != ["key", "value"]:
        out.problems.append(problem(EDITION_FILE, 1, "key", "missing_column"))
        return
    out.edition = {cells["key"]: cells["value"] for _, cells in raw.rows}
    for line, cells in raw.rows:
        out.problems += cell_problems("text", "value", cells["value"], None, raw.file, line)
    for key in EDITION_KEYS:
        if not out.edition.get(key):
            out.problems.append(problem(EDITION_FILE, 0, "key", "missing_edition_key", value=key))


def validate(source: RawSource) -> Validated:
    out = Validated(problems=list(source.problems))
    for table in ALL_TABLES:
        raw = source.tables.get(table.name)
        if raw is None:
            continue
        header_problems = _check_header(table, raw)
        out.problems.extend(header_problems)
        if any(p.code == "missing_column" for p in header_problems):
            continue  # typed checks would only repeat "required" on every row
        _typed_rows(table, raw, out)
    _check_references(out)
    _check_rules(out)
    check_instruments(out.tables, out.problems)
    _check_edition(source.tables.get("edition"), out)
    out.problems.sort()
    return out
