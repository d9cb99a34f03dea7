"""Installed atlas editions: atomic install with the previous edition kept for rollback.

Installed editions live in the user data folder as ``atlas-<hash>.sqlite`` files. A small
pointer file (``current.txt``, replaced atomically) names the current and the previous edition,
so a power cut during an update leaves either the old or the new edition in use — both whole.
The embedded atlas is used until the first update. Reading the pointer needs no builder, so
the app's start-up stays light.
"""

from __future__ import annotations

import os
from pathlib import Path

from guidance import paths
from guidance.atlas.reader import Atlas, AtlasError

POINTER = "current.txt"


class AtlasInstall:
    """The folder of installed editions."""

    def __init__(self, folder: Path, embedded: Path):
        self.folder = Path(folder)
        self.embedded = Path(embedded)

    def _pointer(self) -> list[str]:
        try:
            return (self.folder / POINTER).read_text(encoding="utf-8").split()
        except OSError:
            return []

    def _write_pointer(self, names: list[str]) -> None:
        tmp = self.folder / (POINTER + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write("\n".join(names) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.folder / POINTER)

    def current(self) -> Path:
        names = self._pointer()
        if names and (self.folder / names[0]).is_file():
            return self.folder / names[0]
        return self.embedded

    def previous(self) -> Path | None:
        names = self._pointer()
        if len(names) > 1 and (self.folder / names[1]).is_file():
            return self.folder / names[1]
        return None

    def install(self, data) -> Path:
        """Build beside, verify, then switch the pointer; returns the new edition's file."""
        from guidance.atlas.builder import build_database, content_hash

        self.folder.mkdir(parents=True, exist_ok=True)
        expected = content_hash(data)
        target = self.folder / f"atlas-{expected[:16]}.sqlite"
        if target == self.current():
            return target  # the same content is already in use: nothing to switch
        if not target.exists():
            build_database(data, target)
        paths.make_shared_file(target)  # readable by every user of the PC, whoever installed
        try:
            atlas = Atlas(target)
        except AtlasError:
            target.unlink(missing_ok=True)
            raise
        try:
            ok = atlas.info().content_hash == expected and atlas._all(
                "PRAGMA quick_check")[0][0] == "ok"
        finally:
            atlas.close()
        if not ok:
            target.unlink(missing_ok=True)
            raise AtlasError("the new atlas failed its check")
        current = self.current()
        keep = [target.name]
        if current != target:
            if current.parent != self.folder:  # first update: keep the embedded one reachable
                copy = self.folder / f"atlas-embedded-{current.stat().st_mtime_ns}.sqlite"
                copy.write_bytes(current.read_bytes())
                paths.make_shared_file(copy)
                current = copy
            keep.append(current.name)
        self._write_pointer(keep)
        self._clean(keep)
        return target

    def rollback(self) -> Path:
        names = self._pointer()
        if len(names) < 2:
            raise AtlasError("no previous edition to return to")
        self._write_pointer([names[1], names[0]])
        return self.folder / names[1]

    def _clean(self, keep: list[str]) -> None:
        for old in self.folder.glob("atlas-*.sqlite"):
            if old.name not in keep:
                old.unlink(missing_ok=True)
