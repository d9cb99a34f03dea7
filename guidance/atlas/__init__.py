"""The regional atlas: source format, validation, database build and read-only access.

Entry points: ``Atlas`` (read the built database), ``build`` / ``load_source`` (from the CSV
folder), and the command line ``python -m guidance.atlas build|check``.

The builder (and with it sqlite-utils, which pulls in numpy) is imported only when a build is
asked for: the app only reads the atlas, and its start-up must stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guidance.atlas.problems import AtlasInvalid, Problem
from guidance.atlas.reader import Atlas, AtlasError

if TYPE_CHECKING:
    from guidance.atlas.builder import build, build_database, content_hash, load_source

_BUILDER_NAMES = {"build", "build_database", "content_hash", "load_source"}


def __getattr__(name: str):
    if name in _BUILDER_NAMES:
        from guidance.atlas import builder

        return getattr(builder, name)
    raise AttributeError(name)


__all__ = [
    "Atlas",
    "AtlasError",
    "AtlasInvalid",
    "Problem",
    "build",
    "build_database",
    "content_hash",
    "load_source",
]
