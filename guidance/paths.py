"""The one place that knows where Bagdar's files live, from source and when frozen.

A source checkout keeps resources in ``<repo>/resources`` and the atlas CSVs in
``<repo>/atlas_data``. A PyInstaller bundle unpacks the same two folders next to the
executable (``sys._MEIPASS``). Everything else asks this module, so a frozen run and a
source run find the same files the same way.
"""

from __future__ import annotations

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
