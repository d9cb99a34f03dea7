"""Joining atlas items into a running list that reads like a sentence.

The atlas stores skills, school subjects and working conditions as separate items, each starting
with a capital letter («Химия», «Сменная работа», "Shift work") because each is also shown alone
(a chip, a spreadsheet cell). Joined after a label — «Школьные предметы: Химия, Физика» — the
capitals in the middle of the sentence look wrong to a teacher in any of the three languages:
Kazakh, Russian and English all write common words in lower case inside a list.

So every item after the first gets its first letter lower-cased, unless it starts with a word
that keeps its capital: an acronym or a name with a capital inside («ЖЭО», «ЧПУ», "CNC",
"Wi-Fi", "1C"), a Latin word in a Cyrillic text (a product name: «Excel», «Python»), a one-letter
name with a sign ("C#"), or a proper name from ``KEEP_CASE`` — in English the names of languages
and peoples ("Kazakh", "English") are capitalised, in Kazakh and Russian they are not
(«қазақ тілі», «казахский язык»), so they are in the English list only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Proper names an item may start with (matched as the whole first word, in that case).
_PLACES = {"Қазақстан", "Казахстан", "Kazakhstan", "Жамбыл", "Zhambyl", "Тараз", "Taraz",
           "Алматы", "Almaty", "Астана", "Astana", "Ресей", "Россия", "Russia",
           "Еуропа", "Европа", "Europe", "Шу", "Қаратау", "Каратау", "Karatau"}
_ENGLISH_NAMES = {"Kazakh", "Russian", "English", "European", "Chinese", "Turkish", "German",
                  "Korean", "Uzbek", "Kyrgyz", "Arabic", "French", "Latin", "Asian",
                  "Excel", "Python", "Java", "Git", "Windows", "Linux", "Android",
                  "Internet", "I"}
KEEP_CASE = {"kk": _PLACES, "ru": _PLACES, "en": _PLACES | _ENGLISH_NAMES}
_LATIN = re.compile(r"[A-Za-z]")
_EDGE_PUNCTUATION = "«»\"'„“”()[],.;:!?"


def keeps_capital(item: str, lang: str) -> bool:
    """Whether ``item`` must keep its first letter as written inside a running list."""
    words = item.split()
    if not words:
        return True
    word = words[0].strip(_EDGE_PUNCTUATION)
    if not word or not word[0].isupper():
        return True  # already lower case, a digit («1С», "3D") or a sign
    if any(ch.isupper() for ch in word[1:]):
        return True  # an acronym or a name with a capital inside: ЖЭО, IT, ЧПУ, Wi-Fi, iOS
    if len(word) > 1 and sum(ch.isalpha() for ch in word) == 1:
        return True  # one letter and a sign: C#, C++
    if lang in ("kk", "ru") and _LATIN.match(word):
        return True  # a Latin word in a Cyrillic text names a product: Excel, Python
    return word in KEEP_CASE.get(lang, _PLACES)


def inline_case(item: str, lang: str) -> str:
    """``item`` as it is written inside a sentence: «Сменная работа» → «сменная работа»."""
    item = item.strip()
    if keeps_capital(item, lang):
        return item
    return item[0].lower() + item[1:]


def running_list(items: Iterable[str], lang: str, separator: str = ", ") -> str:
    """The items joined as one sentence-like list: the first as written, the others in
    ``inline_case``. ``running_list(["Химия", "Физика"], "ru") == "Химия, физика"``."""
    cleaned = [item.strip() for item in items if item and item.strip()]
    if not cleaned:
        return ""
    return separator.join([cleaned[0]] + [inline_case(item, lang) for item in cleaned[1:]])
