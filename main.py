"""Bagdar — offline career guidance for the schools of the Zhambyl region.

Usage: ``python main.py [--lang kk|ru|en] [--atlas FILE] [--data-dir DIR] [--kiosk]
[--self-test] [--exit-after-start]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]):
    from ui.app import Options

    parser = argparse.ArgumentParser(prog="bagdar", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("kk", "ru", "en"), default=None,
                        help="interface language (default: the school's setting, else Kazakh)")
    parser.add_argument("--atlas", type=Path, help="atlas database to open instead of the "
                        "embedded one")
    parser.add_argument("--data-dir", type=Path, help="folder for the school records (default: "
                        "the user data folder)")
    parser.add_argument("--kiosk", action="store_true",
                        help="full screen; leaving or closing needs the counsellor password")
    parser.add_argument("--self-test", action="store_true",
                        help="open the atlas, search, switch languages, exit 0 if all works")
    parser.add_argument("--exit-after-start", action="store_true",
                        help="quit as soon as the first window has been painted (printing "
                        "when, on the monotonic clock)")
    args, _qt_args = parser.parse_known_args(argv)
    return Options(atlas=args.atlas, data_dir=args.data_dir, language=args.lang,
                   self_test=args.self_test, exit_after_start=args.exit_after_start,
                   kiosk=args.kiosk)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from ui.app import run

    return run(parse_args(argv), [sys.argv[0], *argv])


if __name__ == "__main__":
    sys.exit(main())
