"""Bagdar — offline career guidance for the schools of the Zhambyl region.

Usage: ``python main.py [--lang kk|ru|en] [--atlas FILE] [--data-dir DIR] [--kiosk]
[--self-test] [--exit-after-start]``
"""

from __future__ import annotations

import sys
from pathlib import Path

_FLAGS = {"--kiosk": "kiosk", "--self-test": "self_test",
          "--exit-after-start": "exit_after_start"}
_VALUES = {"--lang": "language", "--atlas": "atlas", "--data-dir": "data_dir"}
_LANGUAGES = ("kk", "ru", "en")


def _plain_args(argv: list[str]) -> dict | None:
    """The usual command lines (only Bagdar's own options, spelled out in full), read without
    ``argparse``: building its parser loads ``gettext`` and ``locale`` and searches for their
    catalogues (about 10 ms before the first window). Anything else — ``--help``, an
    abbreviation, a wrong value, Qt's own options — returns None and goes to ``argparse``,
    which answers exactly as it always has."""
    found: dict = {}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word in _FLAGS:
            found[_FLAGS[word]] = True
        elif name in _VALUES:
            if not equals:
                value = next(words, None)
                if value is None or value.startswith("-"):
                    return None
            if not value or (name == "--lang" and value not in _LANGUAGES):
                return None
            found[_VALUES[name]] = value if name == "--lang" else Path(value)
        else:
            return None
    return found


def parse_args(argv: list[str]):
    from ui.app import Options

    plain = _plain_args(argv)
    if plain is not None:
        return Options(**plain)
    import argparse

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
