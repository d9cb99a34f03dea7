"""Command line: ``python -m guidance.atlas build [--source DIR] [--out FILE]``,
``python -m guidance.atlas check [DIR | FILE.zip | FILE.xlsx]`` and
``python -m guidance.atlas export FILE.xlsx``.

``check`` is what the education department runs before sending an update: it prints every
problem as ``file:line: column: message`` and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from guidance import paths
from guidance.atlas.builder import build_database, load_source


def _report(problems, stream) -> None:
    for item in problems:
        print(str(item), file=stream)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guidance.atlas",
                                     description="Build or check the Bagdar atlas.")
    sub = parser.add_subparsers(dest="command", required=True)
    build_cmd = sub.add_parser("build", help="validate the CSV folder and build the database")
    build_cmd.add_argument("--source", type=Path, default=paths.atlas_source_dir())
    build_cmd.add_argument("--out", type=Path, default=paths.embedded_atlas_path())
    check_cmd = sub.add_parser("check", help="validate a folder, a ZIP of CSV files or an XLSX "
                               "workbook; exit 1 if there is any problem")
    check_cmd.add_argument("source", type=Path, nargs="?", default=paths.atlas_source_dir())
    export_cmd = sub.add_parser("export", help="write the atlas as an XLSX workbook (template)")
    export_cmd.add_argument("out", type=Path)
    export_cmd.add_argument("--atlas", type=Path, default=paths.embedded_atlas_path())
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.command == "export":
        from guidance.atlas.workbook import export_workbook

        print(f"wrote {export_workbook(args.atlas, args.out)}")
        return 0
    source = args.source
    if args.command == "check" and source.is_file():
        from guidance.atlas.update import load_update

        data, notices = load_update(source)
        _report(notices, sys.stdout)
    elif source.is_dir():
        data = load_source(source)
    else:
        print(f"{source}: not found", file=sys.stderr)
        return 2
    if not data.ok:
        _report(data.problems, sys.stderr)
        print(f"{len(data.problems)} problem(s); nothing was built.", file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"{source}: no problems.")
        return 0
    chash = build_database(data, args.out)
    rows = sum(len(rows) for rows in data.tables.values())
    print(f"built {args.out} — edition {data.edition.get('edition')}, {rows} rows, "
          f"hash {chash[:12]}, {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
