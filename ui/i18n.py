"""Switching the interface language at run time.

``LanguageManager`` installs the app's translator (``resources/i18n/bagdar_<lang>.qm``) and the
translation of Qt's own buttons and dialogs: ``qtbase_kk.qm`` is ours (Qt ships no Kazakh),
``qtbase_ru.qm`` is Qt's (the bundle copies it next to ours; from source it is found in Qt's
folder). English installs ``bagdar_en.qm``, which holds only plural forms ("1 new job").
Installing a translator makes Qt send every widget a ``LanguageChange`` event; widgets then
call their ``retranslate()``. Atlas content (professions, colleges) is not in ``.qm`` files
but in the atlas's ``_kk/_ru/_en`` columns, so widgets showing it also listen to
``language_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from guidance import paths

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "kk"
_LOADED: dict[tuple[int, str], QTranslator] = {}


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def _loaded(self, name: str, *folders: str) -> QTranslator | None:
        """One translator per catalogue for the application's lifetime, owned by the
        application: a manager that goes away never takes an installed translator with it."""
        key = (id(self._app), name)
        if key not in _LOADED:
            translator = QTranslator(self._app)
            if not any(translator.load(name, folder) for folder in folders):
                translator.deleteLater()
                return None
            _LOADED[key] = translator
        return _LOADED[key]

    def set_language(self, lang: str) -> bool:
        """Switch to ``lang``; returns False (and keeps English) if its translation is missing."""
        if lang not in LANGUAGE_NAMES:
            raise ValueError(lang)
        for (app_id, _name), translator in _LOADED.items():
            if app_id == id(self._app):  # the language is the application's, whoever set it
                self._app.removeTranslator(translator)
        bundled = str(paths.translations_dir())
        app_translator = self._loaded(f"bagdar_{lang}", bundled)
        ok = app_translator is not None or lang == "en"  # English only adds plural forms
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = None if lang == "en" else self._loaded(f"qtbase_{lang}", bundled, qt_dir)
        self._translators = [t for t in (app_translator, qt_translator) if t is not None]
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = lang if ok else "en"
        QLocale.setDefault(QLocale(self.language))
        self.language_changed.emit(self.language)
        return ok
