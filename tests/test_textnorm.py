"""Folding Kazakh text the way students type it on a Russian keyboard."""

from hypothesis import given
from hypothesis import strategies as st

from guidance.textnorm import KAZAKH_LETTERS, fold, query_terms


def test_kazakh_letters_fold_to_russian_keyboard_letters():
    assert fold("Әзірлеу Ғимарат Қызмет Өнер Ұста Үй Һ Іс") == \
        "азирлеу гимарат кызмет онер уста уй х ис"


def test_latin_i_inside_a_cyrillic_word_counts_as_kazakh_i():
    assert query_terms("тiгiншi") == ["тигинши"]
    assert query_terms("it") == ["it"]


def test_query_terms_are_unique_and_ordered():
    assert query_terms("Мал мал  дәрігер") == ["мал", "даригер"]


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_kazakh_letters(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert not (set(folded) & KAZAKH_LETTERS)


def test_kazakh_alphabetical_order_ignores_quotes():
    from guidance.textnorm import sort_key

    words = ["Бала", "«Ақылды қала» операторы", "Әке", "Аға", "BIM-модельдеуші", "Ұста", "Уақыт"]
    assert sorted(words, key=sort_key) == [
        "Аға", "«Ақылды қала» операторы", "Әке", "Бала", "Уақыт", "Ұста", "BIM-модельдеуші"]


def test_kazakh_in_latin_letters_folds_like_the_cyrillic_word():
    from guidance.textnorm import latin_to_cyrillic

    pairs = {"qazfosfat": "Қазфосфат", "dänekerleuşi": "дәнекерлеуші", "mugalim": "мұғалім",
             "shashtaraz": "шаштараз", "aspaz": "аспаз", "jambyl": "Жамбыл", "ńaǵyz": "нағыз"}
    for latin, cyrillic in pairs.items():
        assert latin_to_cyrillic(latin) == fold(cyrillic)


def test_only_latin_words_get_a_cyrillic_spelling():
    from guidance.textnorm import is_latin_word

    assert is_latin_word("qazfosfat") and is_latin_word("3d")
    assert not is_latin_word("сварщик") and not is_latin_word("2024")
