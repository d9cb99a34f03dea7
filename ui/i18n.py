"""Switching the interface language at run time.

``LanguageManager`` installs the app's translator (``resources/i18n/bagdar_<lang>.qm``) and,
where Qt ships one, Qt's own translation for standard dialogs. Installing a translator makes Qt
send every widget a ``LanguageChange`` event; widgets then call their ``retranslate()``. Atlas
content (professions, colleges) is not in ``.qm`` files but in the atlas's ``_kk/_ru/_en``
columns, so widgets showing it also listen to ``language_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from guidance import paths

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "kk"


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, lang: str) -> bool:
        """Switch to ``lang``; returns False (and keeps English) if its translation is missing."""
        if lang not in LANGUAGE_NAMES:
            raise ValueError(lang)
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        ok = True
        if lang != "en":
            app_translator = QTranslator(self)
            ok = app_translator.load(f"bagdar_{lang}", str(paths.translations_dir()))
            if ok:
                self._translators.append(app_translator)
            qt_translator = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            bundled = paths.translations_dir()
            if qt_translator.load(f"qtbase_{lang}", str(bundled)) or \
                    qt_translator.load(f"qtbase_{lang}", qt_dir):
                self._translators.append(qt_translator)
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = lang if ok else "en"
        QLocale.setDefault(QLocale(self.language))
        self.language_changed.emit(self.language)
        return ok
