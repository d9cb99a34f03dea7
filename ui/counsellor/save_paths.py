"""Where the room's save dialogs open, and the names they suggest.

A counsellor looks for a saved report in Documents, not in the folder Bagdar happened to start
from, and a folder of "bagdar-results.csv" files says nothing: the suggested name says what is
in the file, for which class, in which language and on which day
("Bagdar — 9 «Ә» — class report (kk) — 2026-11-27.pdf").
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def file_name(*parts: str, suffix: str, on: date | None = None) -> str:
    """``Bagdar — <parts> — <date>.<suffix>``, without characters Windows refuses."""
    words = ["Bagdar", *(p for p in parts if p), (on or date.today()).isoformat()]
    name = " — ".join(_NOT_IN_FILE_NAMES.sub("_", " ".join(p.split())) for p in words)
    return f"{name[:150]}.{suffix}"


# Qt's own dialog, not the system's: a system dialog is not a Qt window, so the logout could
# not close it, and a student's name in the suggested file name would stay on screen.
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def ask_save_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    """The save dialog, opened in Documents with ``name`` suggested; None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / name),
                                            pattern, "", OPTIONS)
    return Path(chosen) if chosen else None


def ask_open_paths(parent: QWidget, title: str, pattern: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()), pattern,
                                             "", OPTIONS)
    return [Path(p) for p in chosen]
