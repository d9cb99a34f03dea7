"""The one place that knows where Bagdar's files live, from source and when frozen.

A source checkout keeps resources in ``<repo>/resources`` and the atlas CSVs in
``<repo>/atlas_data``. A PyInstaller bundle unpacks the same two folders next to the
executable (``sys._MEIPASS``). Everything else asks this module, so a frozen run and a
source run find the same files the same way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

ATLAS_DB_NAME = "atlas.sqlite"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The folder holding ``resources/`` (and, from source, ``atlas_data/``)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def atlas_source_dir() -> Path:
    """The human-editable atlas CSV folder shipped with the app."""
    return app_root() / "atlas_data"


def embedded_atlas_path() -> Path:
    """The atlas database built from ``atlas_data`` (by ``make atlas``) and shipped in bundles."""
    return resource(ATLAS_DB_NAME)


def fonts_dir() -> Path:
    return resource("fonts")


def translations_dir() -> Path:
    return resource("i18n")


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` readable only by this user (0700 on Linux and macOS). On Windows the
    per-user AppData folder is already private to the user's profile."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        # not ours (a shared folder given with --data-dir): leave it as it is
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    return folder


def make_private_file(path: Path) -> None:
    """Records and their copies: readable and writable only by this user (0600)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if Path(path).is_file():
                os.chmod(path, 0o600)


def make_shared_file(path: Path) -> None:
    """The atlas: readable by every user of the PC (0644), whoever built it."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o644)
