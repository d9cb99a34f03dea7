"""The regional atlas: source format, validation, database build and read-only access.

Entry points: ``Atlas`` (read the built database), ``build`` / ``load_source`` (from the CSV
folder), and the command line ``python -m guidance.atlas build|check``.
"""

from guidance.atlas.builder import build, build_database, content_hash, load_source
from guidance.atlas.problems import AtlasInvalid, Problem
from guidance.atlas.reader import Atlas, AtlasError

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
