"""The bundle step that removes debug sections: it must shrink such libraries, leave them
loadable, and leave every other file (data, wheel-vendored libraries) byte for byte alone."""

from __future__ import annotations

import ctypes
import shutil
import subprocess

import kiwisolver
import pytest

from tools.strip_debug import has_debug_sections, strip_bundle

pytestmark = pytest.mark.skipif(shutil.which("strip") is None, reason="needs binutils' strip")


def test_debug_sections_go_and_the_library_still_loads(tmp_path):
    from pathlib import Path

    source = next(Path(kiwisolver.__file__).parent.glob("_cext*.so"))
    if not has_debug_sections(source):
        pytest.skip("this kiwisolver build has no debug sections")
    library = tmp_path / "lib" / source.name
    library.parent.mkdir()
    shutil.copy2(source, library)
    other = tmp_path / "atlas.sqlite"
    vendored = tmp_path / "numpy.libs" / "libvendored.so"
    vendored.parent.mkdir()
    shutil.copy2(source, vendored)
    content = b"SQLite format 3\x00" + b".debug_info" * 10
    other.write_bytes(content)

    files, saved = strip_bundle(tmp_path)

    assert files == 1 and saved > 0
    assert library.stat().st_size == source.stat().st_size - saved
    assert not has_debug_sections(library)
    assert other.read_bytes() == content
    assert vendored.read_bytes() == source.read_bytes()  # patchelf-ed: strip would break it
    ctypes.CDLL(str(library))  # still a loadable library


def test_symbol_tables_go_from_libraries_but_executables_keep_theirs(tmp_path):
    """A library without debug sections still loses its static symbol table (only debuggers
    read it); an executable (the bundle's bootloader carries the app's archive) is left alone
    unless it has debug sections."""
    from pathlib import Path

    source = next(Path(kiwisolver.__file__).parent.glob("_cext*.so"))
    library = tmp_path / "lib" / "libsample.so.1"
    library.parent.mkdir()
    shutil.copy2(source, library)
    subprocess.run(["strip", "--strip-debug", str(library)], check=True)
    if b".symtab" not in library.read_bytes():
        pytest.skip("this kiwisolver build has no symbol table")
    executable = tmp_path / "bagdar"
    shutil.copy2(library, executable)
    untouched = executable.read_bytes()
    before = library.stat().st_size

    files, saved = strip_bundle(tmp_path)

    assert files == 1 and saved == before - library.stat().st_size > 0
    assert b".symtab" not in library.read_bytes()
    assert executable.read_bytes() == untouched
    ctypes.CDLL(str(library))  # the dynamic symbols that loading needs are still there
