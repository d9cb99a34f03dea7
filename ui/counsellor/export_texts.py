"""Translated column headers and codes of the results exports (``guidance.exports``).

lupdate only extracts literal strings, so every key of ``EXPORT_TEXTS`` has its own
``self.tr`` call here; a test checks the two lists stay the same. ``export_texts(lang)`` gives
them in the language of the file (one language per file, whatever the screen shows): the
translation of ``lang``, else the English words (``EXPORT_ENGLISH`` for the codes)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ExportTexts(QObject):
    def texts(self) -> dict[str, str]:
        return {
            "Name": self.tr("Name"),
            "Class": self.tr("Class"),
            "Grade": self.tr("Grade"),
            "Home district": self.tr("Home district"),
            "Date": self.tr("Date"),
            "Programme": self.tr("Programme"),
            "Holland code": self.tr("Holland code"),
            "R": self.tr("R"),
            "I": self.tr("I"),
            "A": self.tr("A"),
            "S": self.tr("S"),
            "E": self.tr("E"),
            "C": self.tr("C"),
            "DDO nature": self.tr("DDO nature"),
            "DDO technology": self.tr("DDO technology"),
            "DDO people": self.tr("DDO people"),
            "DDO signs": self.tr("DDO signs"),
            "DDO art": self.tr("DDO art"),
            "Quality flags": self.tr("Quality flags"),
            "Profession 1": self.tr("Profession 1"),
            "Profession 2": self.tr("Profession 2"),
            "Profession 3": self.tr("Profession 3"),
            "Counsellor's comment": self.tr("Counsellor's comment"),
            "flag:incomplete": self.tr("flag:incomplete"),
            "flag:flat": self.tr("flag:flat"),
            "flag:mostly_unsure": self.tr("flag:mostly_unsure"),
            "flag:too_fast": self.tr("flag:too_fast"),
            "flag:inconsistent": self.tr("flag:inconsistent"),
            "programme:full": self.tr("programme:full"),
            "programme:short": self.tr("programme:short"),
            "programme:ddo": self.tr("programme:ddo"),
            "programme:full+ddo": self.tr("programme:full+ddo"),
            "programme:short+ddo": self.tr("programme:short+ddo"),
        }


def export_texts(lang: str) -> dict[str, str]:
    """Headers and code words in ``lang``, from the report's private translator."""
    from guidance.exports import EXPORT_ENGLISH
    from ui.reports.report_texts import translate_in

    keys = ExportTexts().texts()
    out = {}
    for key in keys:
        translated = translate_in(lang, "ExportTexts", key)
        out[key] = translated if translated != key else EXPORT_ENGLISH.get(key, key)
    return out
