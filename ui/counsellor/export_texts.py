"""Translated column headers and codes of the results exports (``guidance.exports``).

lupdate only extracts literal strings, so every key of ``EXPORT_TEXTS`` has its own
``self.tr`` call here; a test checks the two lists stay the same."""

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
