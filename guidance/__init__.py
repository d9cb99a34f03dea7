"""Bagdar's Qt-free core: the atlas, questionnaires, recommendations and school records.

Nothing in this package imports Qt or the ``ui`` package (an import-linter contract checks it),
so the same code serves the desktop app, the command line and the tests.
"""

__version__ = "0.1.0"
APP_NAME = "Bagdar"
APP_ID = "bagdar"
ORGANIZATION = "Bagdar"
LANGUAGES = ("kk", "ru", "en")
