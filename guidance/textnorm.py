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
