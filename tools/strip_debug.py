"""Remove debugging information and static symbol tables from the libraries of a built bundle.

PyInstaller copies libraries as it finds them; on Linux some (libpython, a few extension
modules) carry debug sections that no school PC ever uses — about 30 MB of a 244 MB bundle —
and most shared libraries a static symbol table (``.symtab``, 4-5 MB more) that only debuggers
read. Shared libraries (``*.so*``) lose both (``strip --strip-unneeded``: the dynamic symbols
that loading needs stay); other ELF files, such as the bundle's executable, lose only debug
sections (``strip --strip-debug``); files without either are not touched. The libraries that
wheels vendor in ``<package>.libs`` folders are never touched: auditwheel rewrote them with
patchelf, and strip then leaves them unloadable (numpy's libgfortran and OpenBLAS fail with
"ELF load command address/offset not page-aligned"). Windows DLLs keep no such sections, so
there the step finds nothing to do.

Usage: ``python -m tools.strip_debug dist/bagdar``
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def has_debug_sections(path: Path) -> bool:
    """An ELF file whose section names include ``.debug_info``."""
    with path.open("rb") as handle:
        if handle.read(4) != ELF_MAGIC:
            return False
    return b".debug_info" in path.read_bytes()


def is_shared_library(path: Path) -> bool:
    """``libx.so``, ``libx.so.6``, ``mod.cpython-311-x86_64-linux-gnu.so``."""
    return re.search(r"\.so(\.\d+)*$", path.name) is not None


def strip_option(path: Path) -> str | None:
    """How to strip this file, or None when there is nothing to remove."""
    with path.open("rb") as handle:
        if handle.read(4) != ELF_MAGIC:
            return None
    content = path.read_bytes()
    if is_shared_library(path) and b".symtab" in content:
        return "--strip-unneeded"
    return "--strip-debug" if b".debug_info" in content else None


def is_vendored(folder: Path, path: Path) -> bool:
    """A library a wheel vendors in a ``*.libs`` folder (relocated by auditwheel)."""
    return any(part.endswith(".libs") for part in path.relative_to(folder).parts[:-1])


def strip_bundle(folder: Path) -> tuple[int, int]:
    """Strip every ELF file in ``folder`` that has something to remove; (files, bytes saved)."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip_debug: no 'strip' tool here, nothing done")
        return 0, 0
    files = saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or is_vendored(folder, path):
            continue
        option = strip_option(path)
        if option is None:
            continue
        before = path.stat().st_size
        subprocess.run([strip, option, str(path)], check=True)
        files += 1
        saved += before - path.stat().st_size
    return files, saved


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print(__doc__.strip().splitlines()[-1])
        return 2
    files, saved = strip_bundle(Path(argv[0]))
    print(f"strip_debug: {files} files, {saved / 2**20:.1f} MB of debug sections and symbol "
          "tables removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
