"""Command line: ``python -m guidance.atlas build [--source DIR] [--out FILE]`` and
``python -m guidance.atlas check [DIR]``.

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
    check_cmd = sub.add_parser("check", help="validate only; exit 1 if there is any problem")
    check_cmd.add_argument("source", type=Path, nargs="?", default=paths.atlas_source_dir())
    args = parser.parse_args(argv)

    started = time.perf_counter()
    source = args.source
    if not source.is_dir():
        print(f"{source}: not a folder of atlas CSV files", file=sys.stderr)
        return 2
    data = load_source(source)
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
