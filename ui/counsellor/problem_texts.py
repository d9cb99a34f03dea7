# ruff: noqa: E501  (one translatable template per line keeps the table readable)
"""Validation problems in the interface language: one translatable template per problem
code of ``guidance.atlas.problems`` (a test checks none is missing)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from guidance.atlas.problems import Problem


class ProblemTexts(QObject):
    def templates(self) -> dict[str, str]:
        return {
            'missing_file': self.tr('the table file is missing'),
            'empty_file': self.tr('the file is empty: the first row must name the columns'),
            'not_utf8': self.tr("the file is not UTF-8 ({detail}); it looks like {guess}: save it as 'CSV UTF-8' in your spreadsheet program"),
            'converted_cp1251': self.tr("the file was in Windows Cyrillic (cp1251) and has been converted to UTF-8; that encoding cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і, so check the Kazakh texts (save as 'CSV UTF-8' next time)"),
            'bad_csv': self.tr('the file cannot be read as CSV: {detail}'),
            'missing_column': self.tr('the column is missing'),
            'unknown_column': self.tr('unknown column (a typo? the expected columns are: {expected})'),
            'duplicate_column': self.tr('the column appears twice'),
            'wrong_cell_count': self.tr('the row has {found} cells, the header has {expected}'),
            'required': self.tr('required value is empty'),
            'duplicate_id': self.tr('duplicate key {value}: first used on line {first_line}'),
            'dangling_ref': self.tr('{value} does not exist in {table}.csv'),
            'bad_slug': self.tr('{value} is not a valid id: use a-z, 0-9 and _'),
            'bad_int': self.tr('{value} is not a whole number'),
            'bad_float': self.tr('{value} is not a number'),
            'too_small': self.tr('{value} is below the minimum {minimum}'),
            'bad_flag': self.tr('{value} must be 1 or 0'),
            'bad_year': self.tr('{value} is not a year'),
            'bad_date': self.tr('{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'),
            'bad_choice': self.tr('{value} is not one of: {choices}'),
            'bad_code': self.tr('{value} is malformed: expected {hint}'),
            'bad_riasec': self.tr('{value} is not a RIASEC code: 1 to 3 different letters of R, I, A, S, E, C'),
            'isced_mismatch': self.tr('{value} must equal the first 4 digits of the code {code}'),
            'qualification_mismatch': self.tr('qualification {value} does not belong to speciality {code}'),
            'no_entry_grade': self.tr('at least one of after_9 and after_11 must be 1'),
            'employed_over_graduates': self.tr('employed ({employed}) is more than graduates ({graduates})'),
            'years_reversed': self.tr('year_from ({year_from}) is after year_to ({year_to})'),
            'missing_edition_key': self.tr('the key {value} is missing'),
            'horizon_without_new': self.tr('a horizon is given but is_new is not 1'),
            'instrument_structure': self.tr("the questionnaire's structure is broken: {detail}"),
            'file_too_large': self.tr('the file is too large ({size} bytes; the limit is {limit})'),
            'unknown_package': self.tr('this is not an atlas update: use a ZIP of CSV files or an XLSX workbook'),
            'bad_zip': self.tr('the ZIP archive is damaged'),
            'bad_workbook': self.tr('the workbook cannot be opened (damaged, or not an XLSX file)'),
            'missing_sheet': self.tr('the sheet for this table is missing'),
            'zip_too_many': self.tr('the archive has too many files ({count}; the limit is {limit})'),
            'zip_outside': self.tr('a file in the archive points outside its folder: refused'),
            'zip_link': self.tr('a link in the archive: refused'),
            'zip_too_large': self.tr('a file in the archive unpacks too large ({size} bytes): refused'),
            'unreadable_file': self.tr('the file cannot be read (a removed USB stick, or no permission)'),
            'far_cell': self.tr('there is a value far outside the table, in cell {cell} (a table may use {rows} rows and {columns} columns): delete it'),
            'absurd_merge': self.tr('the merged cells {cell} cover too large an area: unmerge them'),
            'too_many_cells': self.tr('the workbook holds too many filled cells or too much text (the limit is {limit} cells)'),
            'text_too_long': self.tr('the text is {length} characters long; this column allows {limit}'),
            'control_char': self.tr('the text holds an invisible control character ({char}) at position {position}: retype it'),
            'out_of_range': self.tr('{value} is outside the allowed range {minimum} to {maximum}'),
            'too_many_rows': self.tr('the table has more than {limit} rows: is this the right file?'),
            'too_many_problems': self.tr('there are more than {limit} problems: the check stopped here; fix these first'),
        }

    def param_texts(self) -> dict[str, str]:
        """Words the core puts inside messages (code formats, encodings)."""
        return {
            "3W or 4S and 8 digits": self.tr("3W or 4S and 8 digits"),
            "3W or 4S and 8 digits, e.g. 3W07150501": self.tr(
                "3W or 4S and 8 digits, e.g. 3W07150501"),
            "8 digits": self.tr("8 digits"),
            "8 digits, e.g. 07150500": self.tr("8 digits, e.g. 07150500"),
            "an ISCO-08 unit group: 4 digits, e.g. 7212": self.tr(
                "an ISCO-08 unit group: 4 digits, e.g. 7212"),
            "the 4-digit ISCED-F detailed field": self.tr("the 4-digit ISCED-F detailed field"),
            "an unknown encoding": self.tr("an unknown encoding"),
            "Windows Cyrillic (cp1251)": self.tr("Windows Cyrillic (cp1251)"),
        }

    def message(self, item: Problem) -> str:
        words = self.param_texts()
        params = {k: (f"«{v}»" if k == "value" else words.get(v, v) if isinstance(v, str) else v)
                  for k, v in item.params}
        template = self.templates().get(item.code, item.code)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return item.message

    def where(self, item: Problem) -> str:
        line = self.tr("row %1").replace("%1", str(item.line)) if item.line else ""
        return ", ".join(part for part in (item.file, line, item.column) if part)
