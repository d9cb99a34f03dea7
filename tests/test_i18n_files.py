"""Every user-visible string is translated into Kazakh and Russian."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from guidance import paths

TS_FILES = sorted(paths.translations_dir().glob("bagdar_*.ts"))


def test_both_languages_have_translation_files():
    assert [p.stem for p in TS_FILES] == ["bagdar_kk", "bagdar_ru"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_no_unfinished_or_missing_translations(ts):
    root = ET.parse(ts).getroot()
    bad = []
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") in (
            "unfinished", "vanished", "obsolete")
        if unfinished or not (translation.text or "").strip():
            bad.append(source)
    assert bad == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_placeholders_survive_translation(ts):
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        for marker in ("%1", "%2", "%3"):
            assert (marker in source) == (marker in text), (source, text)
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), \
            (source, text)
