"""Folding text the way a Kazakh student types it, for tolerant search.

Many school keyboards have only the Russian layout, so students type «кызылорда» for
«Қызылорда» or «онер» for «өнер». Both the indexed text and the query are folded the same
way: lower case, the nine Kazakh-specific letters mapped to their nearest Russian letters,
«ё» to «е», and a Latin «i» typed inside a Cyrillic word (a common stand-in for «і») to «и».
"""

from __future__ import annotations

import re

_KAZAKH_FOLD = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def fold(text: str) -> str:
    """Lower-case and fold Kazakh letters: ``fold("Қазақ тілі") == "казак тили"``."""
    return " ".join(fold_word(word) for word in _WORD.findall(text.lower()))


def fold_word(word: str) -> str:
    word = word.lower().translate(_KAZAKH_FOLD)
    if "i" in word and _CYRILLIC.search(word):
        word = word.replace("i", "и")
    return word


def query_terms(query: str) -> list[str]:
    """The folded words of a search query, in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(query.lower()):
        seen.setdefault(fold_word(word), None)
    return [w for w in seen if w]


# Kazakh in Latin script (the 2021 alphabet, and the informal spelling of phones and passports:
# sh, ch, zh, y for ы), straight to the folded Cyrillic of ``fold``. Digraphs go first.
_LATIN_DIGRAPHS = (("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
                   ("ya", "я"), ("yu", "ю"), ("yo", "е"))
_LATIN_LETTERS = str.maketrans({
    "a": "а", "ä": "а", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
    "ǵ": "г", "ğ": "г", "h": "х", "ı": "ы", "i": "и", "İ": "и", "j": "ж", "k": "к", "l": "л",
    "m": "м", "n": "н", "ń": "н", "ñ": "н", "o": "о", "ó": "о", "ö": "о", "p": "п", "q": "к",
    "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ú": "у", "ū": "у", "ü": "у", "v": "в",
    "w": "у", "x": "х", "y": "ы", "z": "з",
})
# Letters only the Kazakh Latin alphabet uses (an English word never has them).
KAZAKH_LATIN_LETTERS = frozenset("äǵğıńñóöşçúūü")  # not q: English has it too
_LATIN_WORD = re.compile(r"^[a-zäǵğıńñóöqşçúūüİ0-9]+$")


def is_latin_word(word: str) -> bool:
    return bool(_LATIN_WORD.match(word)) and not word.isdigit()


def latin_to_cyrillic(word: str) -> str:
    """A Kazakh word typed in Latin letters, folded like ``fold``: ``"qazfosfat"`` →
    ``"казфосфат"``, ``"mugalim"`` → ``"мугалим"``, ``"şaştaraz"`` → ``"шаштараз"``. Used only as
    an alternative spelling of a query word; English words stay searchable as typed."""
    word = word.lower()
    for latin, cyrillic in _LATIN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(_LATIN_LETTERS)


def has_kazakh_letters(text: str) -> bool:
    return any(ch in KAZAKH_LETTERS for ch in text)


# Kazakh alphabet order (the Russian alphabet is a subsequence of it, in its own order).
_KAZAKH_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {ch: i for i, ch in enumerate(_KAZAKH_ORDER)}


def sort_key(text: str) -> tuple:
    """Alphabetical order as a Kazakh reader expects it: «Әке» after «Аға», before «Бала»;
    leading quotes and punctuation ignored; Latin after Cyrillic."""
    core = text.lstrip("«»\"'„“”()[]- ").lower()
    return tuple((0, _RANK[ch]) if ch in _RANK else (1, ord(ch)) for ch in core)
