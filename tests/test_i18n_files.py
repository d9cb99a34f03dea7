"""Every user-visible string is translated into Kazakh and Russian, and reads as a native
speaker would write it: plural forms where a number meets a noun, the glossary's terms, one
voice on the student's screens, and Qt's own buttons in Kazakh."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import pytest

from guidance import paths
from tests.records_files import school_records

I18N = paths.translations_dir()
TS_FILES = sorted(I18N.glob("bagdar_*.ts"))
APP_TS = [p for p in TS_FILES if p.stem in ("bagdar_kk", "bagdar_ru")]
FORMS = {"bagdar_kk": 2, "bagdar_ru": 3, "bagdar_en": 2}  # Qt's numerus forms per language
# (Qt gives Kazakh two forms; a Kazakh noun after a number does not change, so both match)
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")
# Screens a student sees: they say «сен»/«ты» throughout, never «сіз»/«вы».
STUDENT_CONTEXTS = {"AboutYouPage", "ContextFields", "Explorer", "FinishPage", "PauseCodeDialog",
                    "ProfilePage", "QuestionnairePage", "ReasonTexts", "RecommendationsPage",
                    "ResumeCodeDialog", "StudentFlow", "WelcomePage", "ChartTexts", "MatchCard",
                    "NextSteps"}


def messages(ts):
    """(context, source, [translation forms], is_numerus, translation element) per message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.findall("numerusform")] or
                [translation.text or ""])
            yield (name, message.findtext("source") or "", forms,
                   message.get("numerus") == "yes", translation)


def glossary():
    with open(I18N / "glossary.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_both_languages_have_translation_files():
    assert [p.stem for p in APP_TS] == ["bagdar_kk", "bagdar_ru"]
    assert [p.stem for p in TS_FILES] == ["bagdar_en", "bagdar_kk", "bagdar_ru"]


@pytest.mark.parametrize("ts", APP_TS, ids=lambda p: p.stem)
def test_no_unfinished_or_missing_translations(ts):
    bad = []
    for _context, source, forms, numerus, translation in messages(ts):
        unfinished = translation is None or translation.get("type") in (
            "unfinished", "vanished", "obsolete")
        if unfinished or not all(f.strip() for f in forms) or \
                (numerus and len(forms) != FORMS[ts.stem]):
            bad.append(source)
    assert bad == []


@pytest.mark.parametrize("ts", APP_TS, ids=lambda p: p.stem)
def test_every_message_has_the_context_it_is_looked_up_in(ts):
    """A call through an alias (``tr = partial(QCoreApplication.translate, "X")``) is filed by
    lupdate under no context, so its translation is never found: write the call out."""
    assert [source for context, source, *_ in messages(ts) if not context] == []


def test_english_plural_forms_are_written():
    """English is the source language, but "1 new jobs" is still wrong: bagdar_en holds the
    singular of every %n message."""
    en = list(messages(I18N / "bagdar_en.ts"))
    assert en and all(numerus for *_, numerus, _t in en)
    for _context, source, forms, _numerus, _t in en:
        assert len(forms) == 2 and all(forms), source
        if re.search(r"\(s\)|%n [\w-]+s\b", source):
            assert forms[0] != forms[1], source


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_placeholders_survive_translation(ts):
    for _context, source, forms, _numerus, _t in messages(ts):
        for text in forms:
            if not text:
                continue
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), \
                (source, text)


def test_every_count_of_a_noun_in_russian_agrees_with_the_number():
    """«23 новых мест», «41 новых мест»: a number written right before a noun must come from a
    %n message with its three Russian forms; otherwise the translation has to phrase around it
    («Учеников: %1»). Unit abbreviations do not inflect, nor does «год» after a year."""
    nouns = ("students|jobs|places|seconds|minutes|years|months|problems|characters|sessions|"
             "pairs|questions|items|files|rows|graduates|specialities|professions|colleges|"
             "classes|answers|choices|bytes|days|pages|groups|employers|codes|tries")
    bad = []
    for _c, source, forms, numerus, _t in messages(I18N / "bagdar_ru.ts"):
        if numerus:
            continue
        for marker in re.findall(r"(%\d|\{\w+\}) (?:[a-z-]+ )?(?:" + nouns + r")\b", source):
            before_noun = re.escape(marker) + r"\s+(?!(км|мин|с|г|мес|байт|год\w*)\b)[а-яё]"
            if re.search(before_noun, forms[0], re.IGNORECASE):
                bad.append((source, forms[0]))
    assert bad == []


def test_no_kazakh_case_ending_glued_to_a_number():
    """«%2 түлектің %1-і» reads wrong for 142, 20 or 6: the ending depends on the number's
    last sound. A placeholder takes no case or possessive ending (an ordinal «%1-сынып» is fine,
    and «%-ы» after a per-cent sign is always right)."""
    ending = re.compile(r"(%\d|%n|\{\w+\})-(ы|і|сы|сі|ге|ке|қа|ға|а|е|де|те|да|та|нан|нен|дан|"
                        r"ден|тан|тен|ның|нің|дың|дің|тың|тің|ні|ны|ді|ды|ті|ты)\b")
    bad = [forms for _c, _s, forms, _n, _t in messages(I18N / "bagdar_kk.ts")
           if any(ending.search(f) for f in forms)]
    assert bad == []


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_translation_uses_a_term_the_glossary_forbids(lang):
    avoid = [row[lang] for row in glossary() if row["term"].startswith("avoid:") and row[lang]]
    assert avoid, "the glossary lists forbidden terms"
    catalogues = [I18N / f"bagdar_{lang}.ts"] + ([I18N / "qtbase_kk.ts"] if lang == "kk" else [])
    bad = [(source, term) for ts in catalogues for _c, source, forms, _n, _t in messages(ts)
           for term in avoid if any(term.lower() in f.lower() for f in forms)]
    assert bad == []


def test_the_glossary_is_used_for_the_key_terms():
    rows = {row["term"]: row for row in glossary()}
    for term in ("profession", "speciality", "graduate", "estimate", "grade"):
        assert rows[term]["kk"] and rows[term]["ru"], term
    assert rows["profession"]["kk"] == "кәсіп" and rows["speciality"]["kk"] == "мамандық"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_source_badges_use_the_glossary_words(lang):
    rows = {row["term"]: row for row in glossary()}
    badges = {source: forms[0] for context, source, forms, *_ in
              messages(I18N / f"bagdar_{lang}.ts") if context in ("SourceBadge", "ChartTexts")}
    for kind in ("official", "press", "estimate", "sample"):
        assert badges[kind] == rows[kind][lang], kind


def test_kazakh_says_kasip_for_a_profession_and_mamandyq_for_a_speciality():
    """Professions are «кәсіп» (the national occupation classifier's word); «мамандық» is a
    college speciality. A text about professions only must not call them «мамандық»."""
    bad = []
    for _c, source, forms, _n, _t in messages(I18N / "bagdar_kk.ts"):
        words = re.sub(r"\{\w+\}", "", source)  # {profession} is a placeholder, not a word
        words = words.replace("Year of Working Professions", "")  # «Жұмысшы мамандықтары жылы»
        about_professions = re.search(r"\bprofessions?\b", words, re.IGNORECASE)
        about_specialities = re.search(r"specialit", words, re.IGNORECASE)
        text = " ".join(forms).lower()
        if about_professions and (not re.search("кәсі[пб]", text) or
                                  (not about_specialities and "мамандық" in text)):
            bad.append((source, text))
        if about_specialities and not about_professions and "мамандық" not in text \
                and "мамандығ" not in text:
            bad.append((source, text))
    assert bad == []


def test_student_screens_keep_one_voice():
    """One voice on the student's screens: «сен» and «ты», never «сіз»/«вы» or their
    imperatives («көріңіз», «введите»)."""
    formal_kk = re.compile(r"\bсіз\w*|\w+(ыңыз|іңіз|ңыз|ңіз|ыңдар|іңдер)\b", re.IGNORECASE)
    formal_ru = re.compile(r"\b(вы|вас|вам|ваш\w*)\b|\b\w+ите\b", re.IGNORECASE)
    bad = []
    for lang, formal in (("kk", formal_kk), ("ru", formal_ru)):
        for context, source, forms, _n, _t in messages(I18N / f"bagdar_{lang}.ts"):
            if context in STUDENT_CONTEXTS and any(formal.search(f) for f in forms):
                bad.append((lang, context, source))
    assert bad == []


def test_qt_buttons_and_dialogs_have_a_kazakh_catalogue():
    contexts = {c for c, *_ in messages(I18N / "qtbase_kk.ts")}
    assert {"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QFileDialog",
            "QPrintDialog", "QLineEdit"} <= contexts
    assert all(forms[0].strip() for *_, forms, _n, _t in
               [(c, s, f, n, t) for c, s, f, n, t in messages(I18N / "qtbase_kk.ts")])


@pytest.mark.parametrize("lang, yes, cancel", [("kk", "&Иә", "Бас тарту"),
                                                ("ru", "&Да", "Отмена"),
                                                ("en", "&Yes", "Cancel")])
def test_message_box_buttons_speak_the_interface_language(qapp, lang, yes, cancel):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    try:
        assert manager.set_language(lang)
        box = QMessageBox(QMessageBox.Icon.Question, "Bagdar", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text() == yes
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        manager.set_language("en")


def test_english_counts_read_right(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    manager.set_language("en")
    one = QCoreApplication.translate("ProfessionView", "%n new jobs", "", 1)
    many = QCoreApplication.translate("ProfessionView", "%n new jobs", "", 23)
    assert (one, many) == ("1 new job", "23 new jobs")


@pytest.mark.parametrize("n, expected", [(1, "1 новое рабочее место"),
                                         (21, "21 новое рабочее место"),
                                         (23, "23 новых рабочих места"),
                                         (41, "41 новое рабочее место"),
                                         (92, "92 новых рабочих места"),
                                         (12, "12 новых рабочих мест"),
                                         (142, "142 новых рабочих места")])
def test_russian_counts_agree_with_the_number(qapp, n, expected):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    try:
        manager.set_language("ru")
        assert QCoreApplication.translate("ProfessionView", "%n new jobs", "", n) == expected
    finally:
        manager.set_language("en")


@pytest.mark.parametrize("stored, flag, expected", [
    ("ru", None, "Бағдар уже открыт на этом компьютере. Найдите его окно."),
    ("ru", "kk", "Бағдар бұл компьютерде ашық тұр. Оның терезесін табыңыз."),
    (None, None, "Бағдар бұл компьютерде ашық тұр. Оның терезесін табыңыз.")])
def test_already_open_speaks_the_language_before_anything_starts(qapp, tmp_path, monkeypatch,
                                                                 stored, flag, expected):
    """The school's stored language (or --lang, which wins) is set before the first message."""
    from PySide6.QtWidgets import QMessageBox

    import ui.app
    from ui.i18n import LanguageManager
    from ui.startup import single_instance

    if stored:
        school_records(tmp_path, stored)
    other_instance = single_instance(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    try:
        assert ui.app.run(ui.app.Options(data_dir=tmp_path, language=flag), ["bagdar"]) == 0
    finally:
        other_instance.unlock()
        LanguageManager(qapp).set_language("en")
    assert shown == [expected]


def test_damaged_records_question_speaks_the_requested_language(qapp, tmp_path, monkeypatch):
    import ui.app
    from ui.i18n import LanguageManager

    (tmp_path / "records.sqlite").write_bytes(b"not a database" * 100)
    asked = []
    monkeypatch.setattr(ui.app, "_ask", lambda question: asked.append(question) or False)
    try:
        assert ui.app.run(ui.app.Options(data_dir=tmp_path, language="ru"), ["bagdar"]) == 1
    finally:
        LanguageManager(qapp).set_language("en")
    assert len(asked) == 1 and asked[0].startswith("Файл записей учеников повреждён"), asked


def test_holland_type_names_follow_the_glossary_in_the_atlas_and_the_interface():
    """The type names a student and a counsellor read (types.csv, the profile's labels) are the
    glossary's: «Шығармашылық» and «Жүйелі», not the calques «Артистік»/«Конвенционалдық»."""
    rows = {row["term"]: row for row in glossary()}
    with open(paths.atlas_source_dir() / "instruments" / "types.csv",
              encoding="utf-8", newline="") as f:
        types = {row["code"]: row for row in csv.DictReader(f) if row["instrument"] == "riasec"}
    for code, term in (("A", "Holland type A"), ("C", "Holland type C")):
        assert types[code]["name_kk"] == rows[term]["kk"], code
        assert types[code]["summary_kk"].startswith(rows[term]["kk"]), code
        english = rows[term]["en"]
        kazakh = {forms[0] for _c, source, forms, _n, _t in messages(I18N / "bagdar_kk.ts")
                  if source == english}
        assert kazakh == {rows[term]["kk"]}, (english, kazakh)
