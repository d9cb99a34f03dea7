"""The atlas's descriptions speak in one neutral, third-person voice in every language.

The same profession text is read by a student (the student screens say «сен»), by a counsellor
in the explorer and by a parent in the report, so it must address none of them: no «сіз/сен»,
no «вы/ты», no "you". The patterns below are deliberately plain word lists and endings; a word
they wrongly catch goes into the language's allow-list with a note, never by weakening a pattern.
"""

import csv
import re
from pathlib import Path

import pytest

ATLAS_DATA = Path(__file__).resolve().parent.parent / "atlas_data"

# Kazakh: the pronouns in every case, the 2nd-person possessive (-ңыз/-ңіз: «қолыңыз»,
# «өзіңіз»), the formal and informal 2nd-person verb endings after a vowel
# («басқарасыз», «тексересің», «жасайсыздар») and the conditional («келсеңіз», «барсаң»).
KAZAKH_ADDRESS = re.compile(
    r"\b(?:сіз|сен|сендер|сіздер)(?:дің|нің|ің|ге|ді|ні|і|де|ден|мен|ше)?\b"
    r"|\b(?:саған|сізге|сізді)\b"
    r"|\b\w+(?:ңыз|ңіз)\w*"
    r"|\b\w+[аеийоөұүыәя](?:сыз|сіз|сың|сің)(?:дар|дер)?\b"
    r"|\b\w+(?:саң|сең)\b",
    re.IGNORECASE,
)
# Words the Kazakh patterns catch that do not address anyone.
KAZAKH_NOT_ADDRESS = {
    "маңызды", "маңызы", "маңызын", "аңыз", "аңыздар", "аңыздарды",  # importance; legend
    "қатесіз",  # error-free
    "жүргізушісіз",  # driverless
    "қамтамасыз",  # "provide" (қамтамасыз ету)
    "ақшасыз",  # cashless
}

# Russian: the pronouns in every case and the 2nd-person verb endings (-ешь/-ишь informal;
# -ете/-ите formal, which also end many nouns in the prepositional case, hence the allow-list).
RUSSIAN_ADDRESS = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш\w*|ты|тебя|тебе|тобой|тобою|тво(?:й|я|ё|е|и|ю|его|ей|ему|им|их|ими|ём|ем))\b"
    r"|\b\w+(?:ешь|ёшь|ишь)(?:ся)?\b"
    r"|\b\w+(?:ете|ёте|ите)(?:сь)?\b",
    re.IGNORECASE,
)
RUSSIAN_NOT_ADDRESS = {
    "интернете", "бюджете", "совете", "предмете", "цвете", "свете", "объекте", "проекте",
    "аспекте", "пакете", "билете", "кабинете", "факультете", "университете", "комитете",
    "макете", "планшете", "отчёте", "отчете", "расчёте", "расчете", "счёте", "счете", "учёте",
    "учете", "ракете", "паркете", "букете", "портрете", "сюжете", "пикете", "менеджменте",
    "элементе", "моменте", "документе", "сегменте", "ассортименте", "эксперименте", "инструменте",
    "фундаменте", "компоненте", "клиенте", "агенте", "проценте", "студенте", "пациенте",
    "магните", "граните", "лимите", "кредите", "депозите", "сайте", "транзите", "вебсайте",
    "рецепте", "рассвете", "привете", "защите",  # nouns and adjectives in the prepositional case
}

ENGLISH_ADDRESS = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b|\byou'", re.IGNORECASE)

PATTERNS = {
    "kk": (KAZAKH_ADDRESS, KAZAKH_NOT_ADDRESS),
    "ru": (RUSSIAN_ADDRESS, RUSSIAN_NOT_ADDRESS),
    "en": (ENGLISH_ADDRESS, set()),
}


def addressing_words(text, lang):
    pattern, allowed = PATTERNS[lang]
    return [m.group(0) for m in pattern.finditer(text) if m.group(0).lower() not in allowed]


def description_cells(lang):
    """Every description_<lang> cell of every atlas source table, with where it came from."""
    for path in sorted(ATLAS_DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = row.get(f"description_{lang}")
                if text:
                    yield f"{path.name}:{row.get('id', '?')}", text


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_description_addresses_the_reader(lang):
    cells = list(description_cells(lang))
    assert len(cells) >= 160, "the professions' descriptions were not found"
    offenders = {where: words for where, text in cells if (words := addressing_words(text, lang))}
    first = dict(list(offenders.items())[:8])
    assert not offenders, f"{len(offenders)} {lang} descriptions address the reader, e.g. {first}"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Сіз аспаптардағы қысымды бақылайсыз."),
        ("kk", "Желіні басқарасың."),
        ("kk", "Қолыңыз майланады."),
        ("kk", "Бұл жұмыс саған ұнайды."),
        ("kk", "Сендер бірге жұмыс істейсіздер."),
        ("ru", "Вы управляете линией."),
        ("ru", "Управляете линией и следите за давлением."),
        ("ru", "Твоя работа — следить за печью."),
        ("ru", "Работаешь в смену."),
        ("ru", "Это зависит от вас и от вашей смены."),
        ("en", "You run the line."),
        ("en", "It keeps your hands busy."),
        ("en", "You'll work in shifts."),
    ],
)
def test_the_patterns_catch_each_form_of_address(lang, text):
    assert addressing_words(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Оператор қысымды бақылайды, қауіпсіздік ережесін сақтайды; бұл маңызды."),
        ("kk", "Ол сенімді әрі қатесіз жұмыс істейді, жүргізушісіз көлік те бар."),
        ("ru", "Оператор управляет линией и работает в интернете и в бюджете."),
        ("ru", "Сырьё — молоко для творога; кружок творчества; тверской завод."),
        ("en", "Young operators run the line; their work is in shifts."),
    ],
)
def test_the_patterns_spare_neutral_text(lang, text):
    assert addressing_words(text, lang) == []
