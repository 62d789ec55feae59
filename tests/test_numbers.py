"""The number reader: digits, number words, vague quantities, modifiers (ro, en, ru)."""

from __future__ import annotations

import pytest

from newsrewind.extract.numbers import digits_value, parse


def bounds(text: str, code: str) -> list[tuple[object, object, bool]]:
    return [(q.low, q.high, q.approx) for q in parse(text, code)]


def first(text: str, code: str) -> tuple[object, object, bool]:
    got = bounds(text, code)
    assert got, f"no quantity in {text!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.200", 1200),
        ("1,200", 1200),
        ("12 500", 12500),
        ("4.718", 4718),
        ("7,6", 7.6),
        ("7.8", 7.8),
        ("1.234,5", 1234.5),
        ("17:20", None),
        ("03.02.2023", None),
    ],
)
def test_digits_thousands_and_decimals(text: str, value: object) -> None:
    assert digits_value(text) == value


@pytest.mark.parametrize(
    ("code", "text", "low", "high"),
    [
        ("ro", "unsprezece răniți", 11, 11),
        ("ro", "douăzeci și trei de victime", 23, 23),
        ("ro", "două sute de oameni", 200, 200),
        ("ro", "o mie de voluntari", 1000, 1000),
        ("ro", "două mii cinci sute de refugiați", 2500, 2500),
        ("ro", "doua persoane", 2, 2),
        # a link word between the number and its multiplier
        ("ro", "peste 40 de mii de participanți", 40001, None),
        ("ro", "douăzeci de mii de oameni", 20000, 20000),
        ("ro", "15 de milioane de lei", 15_000_000, 15_000_000),
        ("en", "one of thousands of people", 1, 1),
        ("en", "forty-two people", 42, 42),
        ("en", "a hundred and five families", 105, 105),
        ("en", "a dozen houses", 12, 12),
        ("en", "2.5 million refugees", 2_500_000, 2_500_000),
        ("ru", "двух тысяч человек", 2000, 2000),
        ("ru", "пятерых задержанных", 5, 5),
        ("ru", "двадцать три человека", 23, 23),
        ("ru", "3 тыс. участников", 3000, 3000),
        ("ru", "до 2 316 человек выросло", None, 2316),
    ],
)
def test_number_words(code: str, text: str, low: int, high: int) -> None:
    assert first(text, code)[:2] == (low, high)


@pytest.mark.parametrize(
    ("code", "text", "low", "high"),
    [
        ("ro", "câțiva polițiști", 2, 9),
        ("ro", "zeci de localități", 20, 99),
        ("ro", "sute de pompieri", 200, 999),
        ("ro", "mii de familii", 2000, 9999),
        ("ro", "zeci de mii de sinistrați", 20000, 99999),
        ("ro", "unii martori", 1, None),
        ("en", "several buildings", 2, 9),
        ("en", "dozens of villages", 20, 99),
        ("en", "tens of thousands of people", 20000, 99999),
        ("en", "several hundred marchers", 200, 999),
        ("en", "some residents", 1, None),
        ("ru", "несколько домов", 2, 9),
        ("ru", "десятки тысяч жителей", 20000, 99999),
        ("ru", "сотни людей", 200, 999),
        ("ru", "тысячи участников", 2000, 9999),
        ("ru", "некоторые жители", 1, None),
        # the prepositional and dative plurals ("говорят о десятках тысяч")
        ("ru", "о десятках тысяч участников", 20000, 99999),
        ("ru", "о сотнях пострадавших", 200, 999),
    ],
)
def test_vague_quantities(code: str, text: str, low: int, high: int | None) -> None:
    assert first(text, code)[:2] == (low, high)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("ro", "peste 40 de răniți", (41, None, False)),
        ("ro", "mai mult de 15 arestați", (16, None, False)),
        ("ro", "cel puțin 9 morți", (9, None, False)),
        ("ro", "circa 300 de oameni", (300, 300, True)),
        ("ro", "aproape 70 de victime", (70, 70, True)),
        ("ro", "până la 500 de persoane", (None, 500, False)),
        ("ro", "între 30 și 45 de răniți", (30, 45, False)),
        ("ro", "peste o mie de evacuați", (1001, None, False)),
        ("en", "more than 3,000 dead", (3001, None, False)),
        ("en", "at least 14 killed", (14, None, False)),
        ("en", "nearly 90 injured", (90, 90, True)),
        ("en", "some 30 people", (30, 30, True)),
        ("en", "up to 60 trucks", (None, 60, False)),
        ("en", "between two and four soldiers", (2, 4, False)),
        ("en", "over a thousand people", (1001, None, False)),
        ("en", "40 or more", (40, None, False)),
        ("ru", "более тысячи человек", (1001, None, False)),
        ("ru", "свыше 70 раненых", (71, None, False)),
        ("ru", "не менее 12 погибших", (12, None, False)),
        ("ru", "около 400 человек", (400, 400, True)),
        ("ru", "почти 60 пострадавших", (60, 60, True)),
        ("ru", "от 30 до 50 человек", (30, 50, False)),
        ("ru", "до 80 задержанных", (None, 80, False)),
    ],
)
def test_modifiers(code: str, text: str, expected: tuple[object, object, bool]) -> None:
    assert first(text, code) == expected


def test_dash_range() -> None:
    assert first("70-85 de lei pe kilogram", "ro")[:2] == (70, 85)


def test_a_rise_is_not_an_upper_bound() -> None:
    assert first("число раненых возросло до 57", "ru") == (57, 57, False)
    assert first("bilanțul a crescut până la 31", "ro") == (31, 31, False)


def test_compounds_times_and_dates_are_not_quantities() -> None:
    assert bounds("a 19-year-old student", "en") == [(1, 1, False)]  # the article, not the age
    assert bounds("19-летний студент", "ru") == []
    assert bounds("la ora 14:35", "ro") == []
    assert bounds("pe 03.02.2023", "ro") == []


def test_spans_cover_modifier_and_number() -> None:
    text = "Potrivit medicilor, cel puțin 27 de pacienți sunt în stare gravă."
    q = parse(text, "ro")[0]
    assert text[q.span[0] : q.span[1]] == "cel puțin 27"


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("a dozen ambulances", "en", 12),
        ("o duzină de ambulanțe", "ro", 12),
        ("două duzini de mașini", "ro", 24),
        ("дюжина машин", "ru", 12),
    ],
)
def test_a_dozen(text: str, code: str, value: int) -> None:
    assert first(text, code) == (value, value, False)


def test_a_range_shares_its_multiplier() -> None:
    (q,) = parse("от 300 до 600 тысяч", "ru")
    assert (q.low, q.high) == (300_000, 600_000)
    (q,) = parse("between 20 and 30 thousand", "en")
    assert (q.low, q.high) == (20_000, 30_000)
    (q,) = parse("între 500 și 2 mii", "ro")
    assert (q.low, q.high) == (500, 2000)


def test_one_and_a_half_before_a_multiplier() -> None:
    (q,) = parse("полторы тысячи", "ru")
    assert (q.low, q.high) == (1500, 1500)
    assert isinstance(q.low, int)


def test_ru_upto_after_a_dash_is_a_bound_without_a_rise() -> None:
    from newsrewind.extract import numbers

    qs = numbers.read(numbers.tokenize("в регионе — до 25 человек", "ru"), "ru")
    assert [(q.low, q.high) for q in qs] == [(None, 25)]


def test_ru_hundreds_then_tens_in_any_case() -> None:
    from newsrewind.extract import numbers

    for text, want in (
        ("сто двадцать три человека", (123, 123)),
        ("более ста двадцати участников", (121, None)),
        ("двухсот пятидесяти человек", (250, 250)),
    ):
        qs = numbers.read(numbers.tokenize(text, "ru"), "ru")
        assert [(q.low, q.high) for q in qs] == [want], text


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("ru", "эвакуировали тысячи двухсот жителей", [(1200, 1200)]),
        ("ru", "около тысячи трехсот пятидесяти домов", [(1350, 1350)]),
        ("ru", "тысячу двести человек", [(1200, 1200)]),
        ("ru", "о тысяче четырехстах пострадавших", [(1400, 1400)]),
        ("ru", "более тысячи спасателей", [(1001, None)]),
        ("ru", "тысячи беженцев", [(2000, 9999)]),
        ("ro", "o mie patru sute de pompieri", [(1400, 1400)]),
        ("ro", "trei mii cinci sute de locuitori", [(3500, 3500)]),
        ("en", "one thousand three hundred residents", [(1300, 1300)]),
        ("en", "fifteen hundred soldiers", [(1500, 1500)]),
        ("en", "thousand four hundred volunteers", [(1400, 1400)]),
    ],
)
def test_compound_number_words_after_a_bare_thousand(
    code: str, text: str, want: list[tuple[int, int]]
) -> None:
    assert [(low, high) for low, high, _ in bounds(text, code)] == want


def test_ro_unul_reads_as_one() -> None:
    assert first("unul dintre ei", "ro")[:2] == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly half a million customers", [(500000, 500000, True)]),
        ("half a dozen soldiers", [(6, 6, False)]),
        ("half of the 200 people", [(200, 200, False)]),
    ],
)
def test_en_half_a_multiplier(text: str, expected: list[tuple[object, object, bool]]) -> None:
    assert [(q.low, q.high, q.approx) for q in parse(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "code", "or_more"),
    [
        ("trei sau mai multe persoane", "ro", True),
        ("five or more people", "en", True),
        ("трех и более человек", "ru", True),
        ("at least five people", "en", False),
        ("cel puțin trei persoane", "ro", False),
    ],
)
def test_open_above_by_words_after_the_number(text: str, code: str, or_more: bool) -> None:
    q = parse(text, code)[0]
    assert q.high is None and q.or_more is or_more


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("три-четыре тысячи человек", "ru", (3000, 4000, False)),
        ("около двух-трех тысяч", "ru", (2000, 3000, True)),
        ("două-trei persoane", "ro", (2, 3, False)),
        ("five-six people", "en", (5, 6, False)),
        ("twenty-three people", "en", (23, 23, False)),
    ],
)
def test_range_written_as_one_hyphenated_word(
    text: str, code: str, expected: tuple[object, object, bool]
) -> None:
    assert first(text, code) == expected


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("o mie și jumătate de oameni", "ro", (1500, 1500, False)),
        ("un milion și jumătate de oameni", "ro", (1500000, 1500000, False)),
        ("peste o mie și jumătate", "ro", (1501, None, False)),
        ("a million and a half people", "en", (1500000, 1500000, False)),
        ("o oră și jumătate", "ro", (1, 1, False)),
    ],
)
def test_a_multiplier_and_a_half(text: str, code: str, expected: tuple[object, object, bool]) -> None:
    assert first(text, code) == expected
