"""The pieces of the Windows build that can be checked without building: the installer's texts
in three languages, the test-only ICU stand-in, and the system check that prints the apt line.
(The bundle itself is built and self-tested under wine by `make windows` and .ci/run.)"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.windows.icu_standin import standin_source

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "tools" / "windows"
NSIS_LANGUAGES = Path("/usr/share/nsis/Contrib/Language files")


def nlf_keys(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return [key.lower() for key in re.findall(r"^# \^?(\w+)$", text, re.MULTILINE)]


def mui_keys(path: Path) -> set[str]:
    return set(re.findall(r"\$\{LangFileString\} (\w+) ", path.read_text(encoding="utf-8-sig")))


def test_every_installer_text_is_in_kazakh_russian_and_english():
    text = (WINDOWS / "lang" / "texts.nsh").read_text(encoding="utf-8-sig")
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\} \"(.+)\"$", text, re.MULTILINE)
    names = {name for name, _lang, _text in strings}
    assert names >= {"NeedsWindows10", "UnProgram", "UnRecords"}
    for name in names:
        langs = sorted(lang for n, lang, _t in strings if n == name)
        assert langs == ["ENGLISH", "KAZAKH", "RUSSIAN"], name
    kazakh = {n: t for n, lang, t in strings if lang == "KAZAKH"}
    assert "деректерін" in kazakh["UnRecords"]  # written in Kazakh, not a copy of another


@pytest.mark.skipif(not NSIS_LANGUAGES.is_dir(), reason="needs nsis: sudo apt-get install nsis")
def test_the_kazakh_installer_language_has_every_string_nsis_has():
    assert nlf_keys(WINDOWS / "lang" / "Kazakh.nlf") == nlf_keys(NSIS_LANGUAGES / "English.nlf")
    assert mui_keys(WINDOWS / "lang" / "Kazakh.nsh") == mui_keys(NSIS_LANGUAGES / "English.nsh")
    kazakh = (WINDOWS / "lang" / "Kazakh.nlf").read_text(encoding="utf-8-sig")
    assert "1087" in kazakh.splitlines()[3]  # Windows' language id for Kazakh


def test_the_icu_standin_refuses_what_it_cannot_stand_in_for():
    source = standin_source(["ucnv_close", "ucnv_open", "ucnv_toUnicode", "ucnv_close"])
    assert source.count("ucnv_close(") == 1 and "*error = 4" in source
    with pytest.raises(ValueError, match="open"):
        standin_source(["ucnv_openCCSID"])
    with pytest.raises(ValueError, match="not C names"):
        standin_source(["ucnv_close; system(x)"])


@pytest.mark.needs_tool("x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-objdump")
def test_the_icu_standin_builds_a_dll_exporting_every_name(tmp_path):
    names = ["ucnv_open", "ucnv_close", "ucnv_getName", "ucnv_toUnicode"]
    (tmp_path / "icuuc.c").write_text(standin_source(names), encoding="ascii")
    subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-o", str(tmp_path / "icuuc.dll"),
                    str(tmp_path / "icuuc.c")], check=True)
    table = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(tmp_path / "icuuc.dll")],
                           capture_output=True, text=True, check=True).stdout
    exported = set(re.findall(r"\]\s+(ucnv_\w+)", table))
    assert exported == set(names)


def run_check(tmp_path: Path, target: str, python: str = "python3", keep=()):
    """tools/check_system.sh with a PATH holding only bash, coreutils and ``keep``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "python3").symlink_to(os.path.realpath(sys.executable))
    for tool in ("bash", "grep", "ldconfig", *keep):
        found = shutil.which(tool) or shutil.which(tool, path="/sbin:/usr/sbin")
        if found and not (bin_dir / tool).exists():
            (bin_dir / tool).symlink_to(found)
    env = dict(os.environ, PATH=str(bin_dir), PYTHON=python)
    env.pop("BAGDAR_SKIP_SYSTEM_CHECK", None)
    return subprocess.run([shutil.which("bash"), str(ROOT / "tools" / "check_system.sh"),
                           target], capture_output=True, text=True, env=env)


def test_system_check_names_poppler_for_the_pdf_tests_but_lets_them_skip(tmp_path):
    done = run_check(tmp_path, "test")
    if "missing system packages" in done.stderr:
        pytest.skip("this machine lacks Qt's libraries: " + done.stderr.strip())
    assert done.returncode == 0
    assert "sudo apt-get install poppler-utils" in done.stdout


def test_system_check_stops_with_the_apt_line_for_a_missing_tool(tmp_path):
    done = run_check(tmp_path, "windows", python="python3")
    assert done.returncode == 1
    line = [x for x in done.stderr.splitlines() if "apt-get install" in x][0]
    assert {"wine", "osslsigncode", "nsis", "gcc-mingw-w64-x86-64-win32"} <= set(line.split())


def test_system_check_asks_for_python_when_there_is_none(tmp_path):
    done = run_check(tmp_path, "test", python="no-such-python3")
    assert done.returncode == 1
    assert "python3-venv" in done.stderr and "sudo apt-get install" in done.stderr
