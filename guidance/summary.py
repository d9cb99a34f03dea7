"""The district clerk's command: merge the schools' anonymous summaries into one table.

    python -m guidance.summary merge school-5.csv school-12.csv -o district-2026.csv

Each school's counsellor exports the summary from the room (Reports and exports); the district
education department collects the files (e-mail, a USB stick) and runs this — no Python
knowledge needed beyond the line above, and the same merge is a button in the room. Files
re-saved by Excel in a Russian locale (``;``, cp1251) are read too. A school's file given twice
is refused rather than counted twice; a file that is not a summary is named with the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guidance.exports import merge_summaries, write_merged_csv


def merge_files(files: list[Path], out: Path) -> int:
    """Merge ``files`` into ``out``; returns the number of rows written."""
    rows = merge_summaries(files)
    write_merged_csv(rows, out)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guidance.summary",
                                     description="Merge schools' anonymous Bagdar summaries.")
    commands = parser.add_subparsers(dest="command", required=True)
    merge = commands.add_parser("merge", help="merge summary CSV files into one table")
    merge.add_argument("files", nargs="+", type=Path, help="the schools' summary CSV files")
    merge.add_argument("-o", "--output", required=True, type=Path, help="the merged CSV file")
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        print(f"not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        count = merge_files(args.files, args.output)
    except (ValueError, UnicodeDecodeError) as problem:
        print(f"cannot merge: {problem}", file=sys.stderr)
        return 1
    print(f"{len(args.files)} files merged: {count} rows in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
