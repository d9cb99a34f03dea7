"""Shared fixtures. Qt runs offscreen unless a platform is already chosen (e.g. xcb on Xvfb)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from guidance import paths  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def atlas_path(tmp_path_factory) -> Path:
    """The shipped atlas, freshly built from ``atlas_data`` for this test run."""
    from guidance.atlas import build

    out = tmp_path_factory.mktemp("atlas") / "atlas.sqlite"
    build(paths.atlas_source_dir(), out)
    return out


@pytest.fixture(scope="session")
def atlas(atlas_path):
    from guidance.atlas import Atlas

    opened = Atlas(atlas_path)
    yield opened
    opened.close()


@pytest.fixture
def languages(qapp):
    """The app's language manager, in Kazakh (the school default); English again after."""
    from ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    manager.set_language("kk")
    yield manager
    manager.set_language("en")


@pytest.fixture
def atlas_copy(tmp_path) -> Path:
    """A writable copy of the atlas source folder, for tests that break it on purpose."""
    target = tmp_path / "atlas_data"
    shutil.copytree(paths.atlas_source_dir(), target)
    return target


# Optional system tools some tests run, and the Debian package that brings each. A test marked
# ``@pytest.mark.needs_tool("pdftotext")`` is skipped, with the apt line as the reason, on a
# machine without it (the same way everywhere), instead of failing with FileNotFoundError.
TOOL_PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
                 "pdfinfo": "poppler-utils", "pdffonts": "poppler-utils", "strip": "binutils",
                 "wine": "wine wine64"}


def pytest_configure(config):
    config.addinivalue_line("markers", "needs_tool(*names): skip unless these commands exist")


def pytest_runtest_setup(item):
    for marker in item.iter_markers("needs_tool"):
        missing = [name for name in marker.args if shutil.which(name) is None]
        if missing:
            packages = " ".join(dict.fromkeys(TOOL_PACKAGES.get(n, n) for n in missing))
            pytest.skip(f"needs {', '.join(missing)}: sudo apt-get install {packages}")
