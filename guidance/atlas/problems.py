"""Validation problems: where (file, line, column) and what, as data the UI can translate.

A problem carries a message ``code`` and its ``params``; ``message`` renders the English text.
The UI keeps its own translated templates for the same codes, so the department sees every
problem in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TEMPLATES: dict[str, str] = {
    "missing_file": "the table file is missing",
    "empty_file": "the file is empty: the first row must name the columns",
    "not_utf8": "the file is not UTF-8 ({detail}); it looks like {guess}: "
                "save it as 'CSV UTF-8' in your spreadsheet program",
    "converted_cp1251": "the file was in Windows Cyrillic (cp1251) and has been converted to "
                        "UTF-8; that encoding cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і, "
                        "so check the Kazakh texts (save as 'CSV UTF-8' next time)",
    "bad_csv": "the file cannot be read as CSV: {detail}",
    "missing_column": "the column is missing",
    "unknown_column": "unknown column (a typo? the expected columns are: {expected})",
    "duplicate_column": "the column appears twice",
    "wrong_cell_count": "the row has {found} cells, the header has {expected}",
    "required": "required value is empty",
    "duplicate_id": "duplicate key {value!r}: first used on line {first_line}",
    "dangling_ref": "{value!r} does not exist in {table}.csv",
    "bad_slug": "{value!r} is not a valid id: use a-z, 0-9 and _",
    "bad_int": "{value!r} is not a whole number",
    "bad_float": "{value!r} is not a number",
    "too_small": "{value!r} is below the minimum {minimum}",
    "bad_flag": "{value!r} must be 1 or 0",
    "bad_year": "{value!r} is not a year",
    "bad_date": "{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "bad_choice": "{value!r} is not one of: {choices}",
    "bad_code": "{value!r} is malformed: expected {hint}",
    "bad_riasec": "{value!r} is not a RIASEC code: 1 to 3 different letters of R, I, A, S, E, C",
    "isced_mismatch": "{value!r} must equal the first 4 digits of the code {code}",
    "qualification_mismatch": "qualification {value!r} does not belong to speciality {code}",
    "no_entry_grade": "at least one of after_9 and after_11 must be 1",
    "employed_over_graduates": "employed ({employed}) is more than graduates ({graduates})",
    "years_reversed": "year_from ({year_from}) is after year_to ({year_to})",
    "missing_edition_key": "the key {value!r} is missing",
    "horizon_without_new": "a horizon is given but is_new is not 1",
    "instrument_structure": "the questionnaire's structure is broken: {detail}",
    "file_too_large": "the file is too large ({size} bytes; the limit is {limit})",
    "unknown_package": "this is not an atlas update: use a ZIP of CSV files or an XLSX workbook",
    "bad_zip": "the ZIP archive is damaged",
    "bad_workbook": "the workbook cannot be opened (damaged, or not an XLSX file)",
    "missing_sheet": "the sheet for this table is missing",
    "zip_too_many": "the archive has too many files ({count}; the limit is {limit})",
    "zip_outside": "a file in the archive points outside its folder: refused",
    "zip_link": "a link in the archive: refused",
    "zip_too_large": "a file in the archive unpacks too large ({size} bytes): refused",
    "unreadable_file": "the file cannot be read (a removed USB stick, or no permission)",
    "far_cell": "there is a value far outside the table, in cell {cell} (a table may use "
                "{rows} rows and {columns} columns): delete it",
    "absurd_merge": "the merged cells {cell} cover too large an area: unmerge them",
    "too_many_cells": "the workbook holds too many filled cells or too much text (the limit is "
                      "{limit} cells)",
    "text_too_long": "the text is {length} characters long; this column allows {limit}",
    "control_char": "the text holds an invisible control character ({char}) at position "
                    "{position}: retype it",
    "out_of_range": "{value!r} is outside the allowed range {minimum} to {maximum}",
    "too_many_rows": "the table has more than {limit} rows: is this the right file?",
    "too_many_problems": "there are more than {limit} problems: the check stopped here; fix "
                         "these first",
}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int  # 0 = the whole file
    column: str
    code: str
    params: tuple[tuple[str, object], ...] = field(default=())

    @property
    def message(self) -> str:
        return TEMPLATES[self.code].format(**dict(self.params))

    def __str__(self) -> str:
        where = self.file if not self.line else f"{self.file}:{self.line}"
        column = f" {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message}"


def problem(file: str, line: int, column: str, code: str, **params: object) -> Problem:
    return Problem(file, line, column, code, tuple(sorted(params.items())))


class AtlasInvalid(Exception):
    """Raised by the builder when the source has problems; carries every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the atlas source")
