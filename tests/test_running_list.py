"""Atlas items joined into a running list: lower case after the first item, names and acronyms
as written (guidance.running_list)."""

import pytest

from guidance.running_list import inline_case, running_list


def test_russian_items_after_the_first_are_lower_case():
    assert running_list(["Чтение показаний приборов", "Соблюдение технологического режима"],
                        "ru") == "Чтение показаний приборов, соблюдение технологического режима"
    assert running_list(["Химия", "Физика"], "ru") == "Химия, физика"
    assert running_list(["Сменная работа", "Ночные смены"], "ru") == \
        "Сменная работа, ночные смены"


def test_kazakh_items_after_the_first_are_lower_case_kazakh_letters_included():
    assert running_list(["Химия", "Қазақ тілі", "Әдебиет", "Ұзақ тік тұру", "Іссапар мен жол"],
                        "kk") == "Химия, қазақ тілі, әдебиет, ұзақ тік тұру, іссапар мен жол"


@pytest.mark.parametrize("lang, item", [
    ("ru", "ЖЭО и сети"), ("ru", "ЧПУ-станки"), ("kk", "IT негіздері"),
    ("ru", "HTML и CSS"), ("kk", "CNC станок негіздері"), ("ru", "Wi-Fi роутеры"),
    ("kk", "Excel кестелері"), ("ru", "Python для начинающих"), ("en", "CNC basics"),
    ("en", "C# programming"), ("kk", "1С бағдарламасы"), ("ru", "3D-моделирование"),
    ("kk", "Тараз тарихы"), ("ru", "Казахстан и его регионы"),
])
def test_acronyms_product_names_and_places_keep_their_capital(lang, item):
    assert inline_case(item, lang) == item
    assert running_list(["Первое", item], lang).endswith(", " + item)


def test_english_lowers_common_words_but_keeps_language_names():
    assert running_list(["Mathematics", "Physics", "Kazakh language", "English"], "en") == \
        "Mathematics, physics, Kazakh language, English"
    assert running_list(["Shift work", "Night shifts", "SQL basics"], "en") == \
        "Shift work, night shifts, SQL basics"


def test_language_names_are_lower_case_inside_kazakh_and_russian_lists():
    assert running_list(["Математика", "Казахский язык", "Английский язык"], "ru") == \
        "Математика, казахский язык, английский язык"


def test_empty_items_are_dropped_and_an_empty_list_is_empty():
    assert running_list([], "kk") == ""
    assert running_list(["  ", "Химия", "", " Физика "], "ru") == "Химия, физика"
    assert running_list(["Химия"], "ru") == "Химия"


def test_every_shipped_subject_and_condition_reads_well_inside_a_list(atlas):
    """No item of the shipped atlas keeps a capital mid-list that is not an acronym or a
    name: after ``inline_case`` the only capitals left start an acronym or a listed name."""
    for lang in ("kk", "ru"):
        for profession_id in atlas.profession_ids():
            profession = atlas.profession(profession_id)
            items = profession.skill_list(lang) + [s.name.get(lang) for s in profession.subjects]
            joined = running_list(["X"] + items, lang)
            for part in joined.split(", ")[1:]:
                first = part.split()[0] if part.split() else ""
                if first[:1].isupper():
                    assert first[1:2].isupper() or first[:1].isascii(), part
