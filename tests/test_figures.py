"""Figures: what a number in a live-blog entry counts (ro, en, ru)."""

from __future__ import annotations

import pytest

from newsrewind.extract.context import DocContext, EntryText
from newsrewind.extract.figures import find
from newsrewind.extract.normalize import nfc

Row = tuple[str, str, object, object]


def figures(text: str, code: str) -> list[Row]:
    entry = EntryText(nfc(text), code, DocContext(lang=code))
    return [(f.measure, f.group, f.low, f.high) for f in find(entry)]


def check(text: str, code: str, *want: Row) -> None:
    assert figures(text, code) == list(want)


# -- Romanian -----------------------------------------------------------------


def test_ro_police_dead_and_staff_of_the_ministry_injured() -> None:
    check(
        "Inspectoratul anunță că 7 jandarmi au decedat. 212 angajați ai Ministerului Afacerilor Interne "
        "sunt răniți, potrivit Digi24.",
        "ro",
        ("killed", "security", 7, 7),
        ("injured", "security", 212, 212),
    )


def test_ro_number_word_subject() -> None:
    check("Doisprezece medici au fost răniți în timpul ciocnirilor.", "ro", ("injured", "medics", 12, 12))


def test_ro_over_a_thousand_and_hospital_subset() -> None:
    check(
        "Autoritățile au raportat peste o mie de răniți. 250 de persoane au fost internate, "
        "dintre care 31 – la terapie intensivă.",
        "ro",
        ("injured", "people", 1001, None),
        ("hospitalized", "people", 250, 250),
        ("critical", "people", 31, 31),
    )


def test_ro_group_carried_to_them() -> None:
    check(
        "120 de militari au fost victime ale atacului, 9 dintre ei au murit, a anunțat armata.",
        "ro",
        ("casualties", "security", 120, 120),
        ("killed", "security", 9, 9),
    )


def test_ro_coordinated_subjects_share_the_verb() -> None:
    check(
        "Zeci de manifestanți și 6 polițiști au murit, iar sute de oameni au fost răniți și peste 2.000 arestați.",
        "ro",
        ("killed", "protesters", 20, 99),
        ("killed", "security", 6, 6),
        ("injured", "people", 200, 999),
        ("arrested", "people", 2001, None),
    )


def test_ro_thousands_separators_and_casualty_nouns() -> None:
    check(
        "Cel puțin 5.210 decese au fost confirmate. Bilanțul: 4.118 morți și 21.006 răniți.",
        "ro",
        ("killed", "people", 5210, None),
        ("killed", "people", 4118, 4118),
        ("injured", "people", 21006, 21006),
    )


def test_ro_one_named_victim_and_no_one() -> None:
    check("Un cetățean francez a fost ucis în explozie.", "ro", ("killed", "civilians", 1, 1))
    check(
        "Cinci persoane au murit. Nimeni nu a fost rănit.",
        "ro",
        ("killed", "people", 5, 5),
        ("injured", "people", 0, 0),
    )


def test_ro_toll_rises() -> None:
    check("Bilanțul a crescut la 2.087 de morți.", "ro", ("killed", "people", 2087, 2087))


def test_ro_not_figures() -> None:
    check("Un bărbat de 35 de ani a fost arestat.", "ro", ("arrested", "people", 1, 1))
    check("Cutremurul de 6,4 grade a durat 40 de secunde.", "ro")
    check("Focuri de armă se aud de 15 minute în centru.", "ro")
    check("Bilanțul ar putea ajunge la 5.000 de morți.", "ro")
    check("Polițiștii au reținut 3 persoane pe 14 martie.", "ro", ("arrested", "people", 3, 3))


def test_ro_present_vehicles_and_shots() -> None:
    check(
        "Lângă sediul guvernului s-au adunat aproximativ 30 de blindate. Martorii au auzit circa 15 focuri.",
        "ro",
        ("present", "vehicles", 30, 30),
        ("shots", "unspecified", 15, 15),
    )


def test_ro_active_verb_counts_its_object() -> None:
    check("Trei atacatori au ucis 11 civili.", "ro", ("killed", "civilians", 11, 11))


# -- English ------------------------------------------------------------------


def test_en_more_than_people_killed() -> None:
    check(
        "More than 9,500 people have been killed since the fighting began, officials said.",
        "en",
        ("killed", "people", 9501, None),
    )


def test_en_subset_including_women() -> None:
    check(
        "Around 300 civilians, including 40 women, were beaten by the militia.",
        "en",
        ("injured", "civilians", 300, 300),
        ("injured", "civilians", 40, 40),
    )


def test_en_one_victim_toll_and_no_one() -> None:
    check("A child was killed in the strike.", "en", ("killed", "civilians", 1, 1))
    check("The death toll rose to 2,314 on Monday.", "en", ("killed", "people", 2314, 2314))
    check("No one was hurt in the blast.", "en", ("injured", "people", 0, 0))


def test_en_verb_before_and_dozens_more() -> None:
    check(
        "Police killed 4 demonstrators. Dozens more were wounded.",
        "en",
        ("killed", "protesters", 4, 4),
        ("injured", "protesters", 20, 99),
    )


def test_en_not_figures() -> None:
    check("A magnitude 6.1 quake struck at 3:40 am, lasting 30 seconds.", "en")
    check("The 19-year-old was released after 48 hours.", "en")
    check("Officials warned the toll could rise to 8,000.", "en")
    check("Up to 70 percent of homes were destroyed.", "en")
    check("Some of the wounded were treated in a church.", "en")


def test_en_none_of_a_group() -> None:
    check("No paramedics were injured, the ministry said.", "en", ("injured", "medics", 0, 0))


# -- Russian ------------------------------------------------------------------


def test_ru_verb_before_number_and_inherited_group() -> None:
    check(
        "По данным МВД, погибли 9 силовиков, ранены 140.",
        "ru",
        ("killed", "security", 9, 9),
        ("injured", "security", 140, 140),
    )


def test_ru_one_victim_without_number() -> None:
    check("В Харькове погиб ребенок.", "ru", ("killed", "civilians", 1, 1))


def test_ru_toll_rises_and_no_victims() -> None:
    check("Число погибших возросло до 61.", "ru", ("killed", "people", 61, 61))
    check("Пострадавших нет, сообщили в МЧС.", "ru", ("injured", "people", 0, 0))
    check("Жертв нет, сообщили в МЧС.", "ru", ("casualties", "people", 0, 0))
    check("Обошлось без пострадавших.", "ru", ("injured", "people", 0, 0))


def test_ru_inflected_number_words_and_modifiers() -> None:
    check(
        "Не менее 33 человек погибли, более тысячи задержаны. Трое полицейских ранены.",
        "ru",
        ("killed", "people", 33, None),
        ("arrested", "people", 1001, None),
        ("injured", "security", 3, 3),
    )


def test_ru_subset_of_children_keeps_the_measure() -> None:
    check(
        "В городе погибли 15 человек, в том числе четверо детей, еще 60 получили ранения.",
        "ru",
        ("killed", "people", 15, 15),
        ("killed", "civilians", 4, 4),
        ("injured", "people", 60, 60),
    )


def test_ru_not_figures() -> None:
    check("Землетрясение магнитудой 6,3 произошло в 02:14.", "ru")
    check("27-летний мужчина задержан.", "ru", ("arrested", "people", 1, 1))
    check("В результате могли погибнуть 300 человек.", "ru")
    check("Обстрел продолжался 40 минут.", "ru")


@pytest.mark.parametrize("code", ["ro", "en", "ru"])
def test_spans_point_at_the_words(code: str) -> None:
    text = {
        "ro": "Ieri, 14 protestatari au fost răniți.",
        "en": "Yesterday, 14 protesters were injured.",
        "ru": "Вчера 14 протестующих получили ранения.",
    }[code]
    entry = EntryText(nfc(text), code, DocContext(lang=code))
    (fig,) = find(entry)
    start, end = fig.span
    assert text[start:end].startswith("14")
    assert fig.label and fig.label in text


# -- prices and states ----------------------------------------------------------


def units(text: str, code: str) -> list[tuple[str, str, object, object, object]]:
    entry = EntryText(nfc(text), code, DocContext(lang=code))
    return [(f.measure, f.group, f.low, f.high, f.unit) for f in find(entry)]


def test_prices_of_named_goods() -> None:
    assert units("Guvernul a plafonat prețul motorinei la 7-8 lei per litru.", "ro") == [
        ("price", "diesel", 7, 8, "RON/l")
    ]
    assert units("Цену бензина снизили со 300 до 250 тенге за литр.", "ru") == [
        ("price", "petrol", 300, 300, "KZT/l"),
        ("price", "petrol", 250, 250, "KZT/l"),
    ]


def test_sums_of_money_are_not_figures() -> None:
    assert units("Guvernul a alocat 50 de milioane de lei pentru reconstrucție.", "ro") == []
    assert units("The EU pledged 20 million euros in aid.", "en") == []


def test_the_wounded_in_hospital_and_in_intensive_care() -> None:
    check("В больницах остаются 41 пострадавший.", "ru", ("hospitalized", "people", 41, 41))
    check("Patru răniți au fost internați la spitalul județean.", "ro", ("hospitalized", "people", 4, 4))
    check(
        "Of the 80 injured, 6 are in critical condition.",
        "en",
        ("injured", "people", 80, 80),
        ("critical", "people", 6, 6),
    )


def test_a_new_clause_after_a_comma_has_its_own_subject() -> None:
    check(
        "Peste 500 de pompieri intervin în zonă, iar 90 de persoane au fost evacuate.",
        "ro",
        ("present", "security", 501, None),
        ("evacuated", "people", 90, 90),
    )


def test_ordinals_and_lone_articles_are_not_counts() -> None:
    check(
        "Bilanțul a ajuns la 6 morți, după ce o a doua victimă a murit la spital.",
        "ro",
        ("killed", "people", 6, 6),
    )


def test_negated_hedged_and_reported_counts() -> None:
    check("Niciun jandarm nu a fost rănit în incident.", "ro", ("injured", "security", 0, 0))
    check("No paramedics were killed in the raid.", "en", ("killed", "medics", 0, 0))
    check("Ни один житель не пострадал.", "ru", ("injured", "civilians", 0, 0))  # residents: civilians
    check("Patru mineri nu au fost răniți.", "ro")
    check("Four people may have died in the fire.", "en")
    check("Patru persoane ar fi putut muri.", "ro")
    # the Romanian presumptive reports an unconfirmed claim: still a reported count
    check("Patru persoane ar fi murit, potrivit presei locale.", "ro", ("killed", "people", 4, 4))


def test_others_belong_to_the_group_counted_before() -> None:
    check(
        "An Israeli soldier was killed and three others were wounded.",
        "en",
        ("killed", "security", 1, 1),
        ("injured", "security", 3, 3),
    )
    check(
        "Un polițist a murit, iar alți trei au fost răniți.",
        "ro",
        ("killed", "security", 1, 1),
        ("injured", "security", 3, 3),
    )


def test_a_total_broken_down_after_a_colon() -> None:
    check(
        "The toll rose to 90: 50 in Gaza City and 40 in Khan Younis.",
        "en",
        ("killed", "people", 90, 90),
        ("killed", "people", 50, 50),
        ("killed", "people", 40, 40),
    )
    check("Ora 17:20: 5 persoane au fost rănite.", "ro", ("injured", "people", 5, 5))


# -- rescue, subsets, deployment, damage, unit-like nouns ----------------------


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Around 80 shoppers were led out safely from the burning mall.", "en", ("people", 80)),
        ("A coast guard helicopter lifted 9 people off the flooded roofs.", "en", ("people", 9)),
        ("Some 40 villagers were rescued overnight by boat.", "en", ("civilians", 40)),
        ("Au fost salvați de pe acoperișuri 17 oameni.", "ro", ("people", 17)),
        ("Jandarmii au preluat de pe un bloc 6 persoane.", "ro", ("people", 6)),
        ("Din clădire au fost scoși 25 de elevi.", "ro", ("civilians", 25)),
        ("Из торгового центра выведены около 300 человек.", "ru", ("people", 300)),
        ("Спасатели вывели из подвала 14 жителей.", "ru", ("people", 14)),
        ("Спасены 8 человек.", "ru", ("people", 8)),
    ],
)
def test_rescued_and_led_out_count_as_evacuated(text: str, code: str, want: tuple[str, int]) -> None:
    group, n = want
    check(text, code, ("evacuated", group, n, n))


def test_a_subset_named_by_a_group_noun() -> None:
    check(
        "The strike left 45 dead, seven of them children.",
        "en",
        ("killed", "people", 45, 45),
        ("killed", "civilians", 7, 7),
    )
    check(
        "Explozia a ucis 31 de oameni, dintre care cinci copii.",
        "ro",
        ("killed", "people", 31, 31),
        ("killed", "civilians", 5, 5),
    )
    check(
        "Atacul a făcut 12 morți, patru dintre ei femei.",
        "ro",
        ("killed", "people", 12, 12),
        ("killed", "civilians", 4, 4),
    )
    check(
        "Погибли 27 человек, из них пятеро детей.",
        "ru",
        ("killed", "people", 27, 27),
        ("killed", "civilians", 5, 5),
    )


def test_troops_stationed_are_present_never_displaced() -> None:
    check(
        "Germany, which has about 800 soldiers stationed in Mali, said it would stay.",
        "en",
        ("present", "security", 800, 800),
    )
    check("În bază sunt staționați 2.300 de militari americani.", "ro", ("present", "security", 2300, 2300))
    check("На базе размещено около 2 000 военных.", "ru", ("present", "security", 2000, 2000))


def test_supporters_in_the_street_are_protesters() -> None:
    check("Hundreds of supporters took to the streets of Nairobi.", "en", ("present", "protesters", 200, 999))
    check("Câteva sute de susținători au ieșit pe străzi.", "ro", ("present", "protesters", 200, 999))
    check("Несколько сотен сторонников вышли на улицы.", "ru", ("present", "protesters", 200, 999))


def test_people_cut_off_or_without_power_are_affected() -> None:
    check("Circa 40 de persoane au rămas izolate în satul Valea Mare.", "ro", ("affected", "people", 40, 40))
    check("Some 12,000 residents were left without power.", "en", ("affected", "civilians", 12000, 12000))
    check("Около 300 жителей оказались отрезаны от внешнего мира.", "ru", ("affected", "civilians", 300, 300))


def test_flooded_homes_and_households_cut_off_are_no_toll() -> None:
    check("Peste 3.000 de gospodării au fost afectate de viitură.", "ro")
    check("Sute de case au fost inundate în județ.", "ro")
    check("Some 12,000 households were left without power.", "en")
    check("Подтоплены 64 дома.", "ru")
    check("Some 12,000 residents were left without power.", "en", ("affected", "civilians", 12000, 12000))


def test_wrecked_buildings_and_vehicles_are_no_toll() -> None:
    check("More than 450 homes were damaged by the storm.", "en")
    check("At least 2,800 buildings have collapsed.", "en")
    check("Peste 1.500 de clădiri s-au prăbușit, iar 40 de mașini au fost distruse.", "ro")
    check("Повреждены 64 дома, сгорели 12 автомобилей.", "ru")
    check("В городе обрушились 9 зданий, погибли 14 человек.", "ru", ("killed", "people", 14, 14))


def test_left_homeless_or_gone_to_relatives_is_displaced() -> None:
    check("900 de persoane au rămas fără locuință.", "ro", ("displaced", "people", 900, 900))
    check("Some 2,400 people were left homeless.", "en", ("displaced", "people", 2400, 2400))
    check("Около 700 человек остались без крова.", "ru", ("displaced", "people", 700, 700))
    check("Alte câteva sute au plecat singure la rude.", "ro", ("displaced", "people", 200, 999))


def test_affected_places_are_not_affected_people() -> None:
    check("Peste 4.000 de salvatori lucrează în zonele afectate.", "ro", ("present", "security", 4001, None))
    check("Echipa va merge în Hatay, una dintre cele mai afectate provincii.", "ro")
    check(
        "Около 150 жителей поврежденных домов разместили в пунктах временного размещения.",
        "ru",
        ("displaced", "people", 150, 150),
    )


def test_counts_with_unit_like_nouns() -> None:
    check("A dozen ambulances were at the scene.", "en", ("present", "ambulances", 12, 12))
    check("O duzină de ambulanțe se află la fața locului.", "ro", ("present", "ambulances", 12, 12))
    check("Two policemen were slightly injured.", "en", ("injured", "security", 2, 2))
    check("Doi jandarmi au fost ușor răniți.", "ro", ("injured", "security", 2, 2))
    check("Двое полицейских получили легкие ранения.", "ru", ("injured", "security", 2, 2))
    check("The injured staff count is one, not zero.", "en", ("injured", "people", 1, 1))


def test_one_thing_or_one_witness_is_no_count() -> None:
    check("O rachetă a lovit o clădire de birouri.", "ro")
    check("A journalist at the scene saw the crowd.", "en")


def test_no_injuries_among_a_group() -> None:
    check("The police said there were no injuries among staff.", "en", ("injured", "security", 0, 0))
    check("Nu s-au înregistrat răniți în rândul polițiștilor.", "ro", ("injured", "security", 0, 0))
    check("Пострадавших среди сотрудников полиции нет.", "ru", ("injured", "security", 0, 0))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The 6.8-magnitude quake struck 40 km south of the city at a depth of 10 km.", "en"),
        ("Article 15 was backed by 120 votes to 45, with 3 abstentions.", "en"),
        ("Roughly 30 percent of the 2,000 houses may have been damaged.", "en"),
        ("The government pledged 4 million dollars for 12 schools.", "en"),
        ("Articolul 15 a fost votat de 101 deputați.", "ro"),
        ("Ar putea fi afectate până la 5.000 de gospodării.", "ro"),
        ("Bilanțul ar putea crește la 2.000 de morți.", "ro"),
        ("Могут пострадать до 5000 домов.", "ru"),
        ("Землетрясение магнитудой 7,1 произошло на глубине 12 км в 4:17 6 февраля.", "ru"),
        ("Эвакуация продлится 3 дня, на нее выделено 20 млн рублей.", "ru"),
    ],
)
def test_measures_money_dates_votes_and_hedges_are_no_figures(text: str, code: str) -> None:
    check(text, code)


def test_words_between_the_verb_and_its_count() -> None:
    check("Au fost evacuate preventiv 350 de persoane.", "ro", ("evacuated", "people", 350, 350))
    check("Au fost preluate de echipajele SMURD 11 persoane.", "ro", ("evacuated", "people", 11, 11))
    check("Спасатели МЧС вывели из горящего здания 19 человек.", "ru", ("evacuated", "people", 19, 19))
    check("A child was injured during an army raid.", "en", ("injured", "civilians", 1, 1))


def test_the_dead_include_a_group() -> None:
    check(
        "The toll includes 40 children and 25 women.",
        "en",
        ("killed", "civilians", 40, 40),
        ("killed", "civilians", 25, 25),
    )
    check("Printre morți se află 8 copii.", "ro", ("killed", "civilians", 8, 8))
    check("Среди погибших — 8 детей.", "ru", ("killed", "civilians", 8, 8))


def test_supporters_of_an_institution_take_its_group() -> None:
    check(
        "Tens of thousands of opposition supporters rallied in the capital.",
        "en",
        ("present", "protesters", 20000, 99999),
    )
    check("Five hospital staff were injured.", "en", ("injured", "medics", 5, 5))


def test_people_under_the_rubble_are_missing_and_survivors_pulled_out_no_count() -> None:
    check("Alte trei persoane sunt căutate sub dărâmături.", "ro", ("missing", "people", 3, 3))
    check("Cinci oameni se află încă sub dărâmături.", "ro", ("missing", "people", 5, 5))
    check("Două persoane au murit sub dărâmături.", "ro", ("killed", "people", 2, 2))
    check("Salvatorii au scos de sub dărâmături 13 persoane.", "ro")
    check("Rescuers have pulled 640 people alive from the rubble.", "en")
    check("Из-под завалов извлечены живыми более 300 человек.", "ru")
    check("Pompierii au evacuat 13 persoane din blocul inundat.", "ro", ("evacuated", "people", 13, 13))


def test_one_person_named_by_a_definite_noun() -> None:
    check(
        "Sora lui mai mare a fost rănită, iar tatăl lor a murit.",
        "ro",
        ("injured", "civilians", 1, 1),
        ("killed", "civilians", 1, 1),
    )
    # a trade says who: a civilian, hurt or held ("the driver", "учитель"); a boss is a person
    check("Șoferul a fost reținut de polițiști.", "ro", ("arrested", "civilians", 1, 1))
    check("Directorul depozitului a fost reținut.", "ro", ("arrested", "people", 1, 1))
    check("The young soldier was killed in the ambush.", "en", ("killed", "security", 1, 1))
    check("Her husband is in critical condition.", "en", ("critical", "people", 1, 1))
    # the doer of an active verb, a negated verb and a plural subject are no count of one
    check("Jandarmul a rănit un manifestant.", "ro", ("injured", "protesters", 1, 1))
    check("The driver was not hurt.", "en")
    check("Polițiștii au fost atacați.", "ro")


def test_a_second_toll_number_without_its_noun() -> None:
    check(
        "Bilanțul a ajuns la 1.204 morți și 8.310.",
        "ro",
        ("killed", "people", 1204, 1204),
        ("injured", "people", 8310, 8310),
    )
    check(
        "The toll stands at 640 dead and 2,350, officials said.",
        "en",
        ("killed", "people", 640, 640),
        ("injured", "people", 2350, 2350),
    )
    check(
        "По последним данным, 97 погибших и 412.",
        "ru",
        ("killed", "people", 97, 97),
        ("injured", "people", 412, 412),
    )
    check(
        "Salvatorii au actualizat bilanțul morților și al dispăruților: 31 de morți și 14.",
        "ro",
        ("killed", "people", 31, 31),
        ("missing", "people", 14, 14),
    )


def test_the_wounded_and_the_dead_counted_side_by_side() -> None:
    check("Sunt 14 răniți și 3 morți.", "ro", ("injured", "people", 14, 14), ("killed", "people", 3, 3))
    check("There are 14 injured and 3 dead.", "en", ("injured", "people", 14, 14), ("killed", "people", 3, 3))
    check("Of the wounded, four are in a serious condition.", "en", ("critical", "people", 4, 4))


def test_crowds_at_a_protest_are_protesters() -> None:
    check(
        "Tens of thousands gathered outside parliament for the rally.",
        "en",
        ("present", "protesters", 20000, 99999),
    )
    check(
        "Zeci de mii de oameni s-au adunat în fața guvernului, la protestul convocat de opoziție.",
        "ro",
        ("present", "protesters", 20000, 99999),
    )
    # no rally: a crowd of anyone, still counted as those present
    check("Hundreds of people gathered for the funeral.", "en", ("present", "people", 200, 999))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of people gathered on the boulevard, chanting slogans against the junta.", "en"),
        ("Mii de oameni s-au adunat pe bulevard, scandând împotriva juntei.", "ro"),
        ("Тысячи людей собрались на бульваре, скандируя лозунги против хунты.", "ru"),
    ],
)
def test_a_crowd_chanting_slogans_is_a_rallys(text: str, code: str) -> None:
    check(text, code, ("present", "protesters", 2000, 9999))


def test_a_crowd_with_no_slogans_stays_people() -> None:
    check("Сотни людей собрались у больницы, чтобы сдать кровь.", "ru", ("present", "people", 200, 999))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("If 10 people died, the mayor would resign.", "en"),
        ("Dacă 10 oameni ar muri, primarul ar demisiona.", "ro"),
        ("Если погибнут 10 человек, мэр уйдет в отставку.", "ru"),
    ],
)
def test_conditional_counts_are_no_figures(text: str, code: str) -> None:
    check(text, code)


def test_more_between_the_verb_and_its_count() -> None:
    check(
        "Explozia a ucis 9 oameni și a rănit alți 25.",
        "ro",
        ("killed", "people", 9, 9),
        ("injured", "people", 25, 25),
    )
    check("Обстрел унес жизни 6 человек.", "ru", ("killed", "people", 6, 6))


def test_a_count_repeated_for_another_place() -> None:
    check(
        "В Донецке погибли двое, в Макеевке — пятеро.",
        "ru",
        ("killed", "people", 2, 2),
        ("killed", "people", 5, 5),
    )
    check(
        "În Grecia au murit 740 de oameni, în Albania - 95.",
        "ro",
        ("killed", "people", 740, 740),
        ("killed", "people", 95, 95),
    )


def test_a_long_subject_before_the_toll_verb() -> None:
    check(
        "The overall toll reported by the regional health authorities in the three northern provinces stands at 812.",
        "en",
        ("killed", "people", 812, 812),
    )


def test_staff_of_an_institution_named_in_the_sentence_before() -> None:
    check(
        "Нападавшие ворвались в здание телеканала. Несколько сотрудников получили травмы.",
        "ru",
        ("injured", "journalists", 2, 9),
    )


def test_one_and_a_half_thousand() -> None:
    check("Задержаны более полутора тысяч человек.", "ru", ("arrested", "people", 1501, None))
    check("Эвакуированы полторы тысячи жителей.", "ru", ("evacuated", "people", 1500, 1500))


def test_a_crowd_standing_somewhere_during_a_protest() -> None:
    check(
        "The rally is growing. Thousands of people are now outside the parliament building.",
        "en",
        ("present", "protesters", 2000, 9999),
    )
    check("Crowds of protesters, many waving flags, filled the square.", "en")
    check("Thousands of people are now without power.", "en", ("affected", "people", 2000, 9999))


def test_of_them_points_back_to_the_group_mentioned() -> None:
    check(
        "The ministry said the officers had been attacked with stones and that two of them were in hospital.",
        "en",
        ("hospitalized", "security", 2, 2),
    )


def test_treated_for_injuries_and_assaulted() -> None:
    check("About 60 people were treated for smoke inhalation.", "en", ("injured", "people", 60, 60))
    check("At least six observers were assaulted.", "en", ("casualties", "civilians", 6, None))


def test_the_dead_listed_by_where_they_died() -> None:
    check(
        "Погибли 9 человек, 6 из них — на месте, двое — в больнице.",
        "ru",
        ("killed", "people", 9, 9),
        ("killed", "people", 6, 6),
        ("killed", "people", 2, 2),
    )


def test_a_number_in_another_case_than_the_noun_after_it() -> None:
    check(
        "В больницах остаются 30 раненых, состояние четверых медики называют тяжелым.",
        "ru",
        ("hospitalized", "people", 30, 30),
        ("critical", "people", 4, 4),
    )


def test_payments_to_the_victims_are_no_counts() -> None:
    check("Пострадавшим выплатят от 200 до 400 тысяч рублей, семьям погибших — по миллиону.", "ru")
    check(
        "Compensation of $5,000 will be paid to the families; the injured will get between 1,000 and 2,000.",
        "en",
    )


# -- firefighters hurt, and what became of the hurt next ----------------------


def test_firefighters_hurt_count_as_security_staff() -> None:
    check("Trei pompieri au fost răniți la stingerea incendiului.", "ro", ("injured", "security", 3, 3))
    check("Two firefighters were injured tackling the blaze.", "en", ("injured", "security", 2, 2))
    check("Двое спасателей получили травмы при разборе завалов.", "ru", ("injured", "security", 2, 2))


def test_rescuers_on_the_scene_are_uniformed_crews() -> None:
    check("La fața locului lucrează 40 de salvatori.", "ro", ("present", "security", 40, 40))
    check("В поисках участвуют 120 спасателей.", "ru", ("present", "security", 120, 120))


def test_firefighters_on_the_scene_are_uniformed_staff() -> None:
    check("La fața locului lucrează 40 de pompieri.", "ro", ("present", "security", 40, 40))
    check("Some 80 firefighters are battling the flames.", "en", ("present", "security", 80, 80))
    check("Пожар тушат более 200 пожарных.", "ru", ("present", "security", 201, None))
    # one verb for two coordinated counts
    check(
        "Peste 90 de pompieri și 25 de autospeciale au luptat toată noaptea cu flăcările.",
        "ro",
        ("present", "security", 91, None),
        ("present", "vehicles", 25, 25),
    )


def test_hurt_and_taken_to_hospital_in_one_sentence() -> None:
    check(
        "Un voluntar a fost rănit și transportat la spital.",
        "ro",
        ("injured", "civilians", 1, 1),
        ("hospitalized", "civilians", 1, 1),
    )
    check(
        "A nurse was hurt and taken to hospital.",
        "en",
        ("injured", "medics", 1, 1),
        ("hospitalized", "medics", 1, 1),
    )
    check(
        "Подросток получил травмы, он госпитализирован.",
        "ru",
        ("injured", "civilians", 1, 1),
        ("hospitalized", "civilians", 1, 1),
    )


def test_hospital_in_the_next_sentence_without_a_subject() -> None:
    check(
        "Un jandarm a fost lovit cu o piatră în timpul protestului. A fost dus la Spitalul Județean.",
        "ro",
        ("injured", "security", 1, 1),
        ("hospitalized", "security", 1, 1),
    )
    check(
        "A soldier was wounded by shrapnel near the border. He was later taken to hospital.",
        "en",
        ("injured", "security", 1, 1),
        ("hospitalized", "security", 1, 1),
    )
    check(
        "Мужчина получил ранения осколками. Его доставили в больницу.",
        "ru",
        ("injured", "civilians", 1, 1),
        ("hospitalized", "civilians", 1, 1),
    )


def test_next_sentence_with_its_own_subject_is_no_follow_up() -> None:
    check(
        "Un bărbat a fost rănit. Agresorul a fost dus la secție.",
        "ro",
        ("injured", "civilians", 1, 1),
        ("arrested", "people", 1, 1),
    )
    check("Пострадали 12 человек. Больше всего жертв в центре города.", "ru", ("injured", "people", 12, 12))


def test_one_person_named_out_of_a_count_is_no_new_figure() -> None:
    check(
        "At least six medics were hurt during the raid, among them a nurse who was hit by a rubber bullet.",
        "en",
        ("injured", "medics", 6, None),
    )
    check(
        "Cel puțin opt jurnaliști au fost răniți, printre care o reporteră care a fost lovită de un jandarm.",
        "ro",
        ("injured", "journalists", 8, None),
    )


def test_a_number_in_a_subset_stays() -> None:
    check(
        "Over 300 people were killed, including about 90 children.",
        "en",
        ("killed", "people", 301, None),
        ("killed", "civilians", 90, 90),
    )


def test_a_toll_set_after_its_number() -> None:
    check(
        "Three soldiers were killed on Monday, bringing to 72 the number of soldiers killed since the offensive began.",
        "en",
        ("killed", "security", 3, 3),
        ("killed", "security", 72, 72),
    )
    check(
        "Trei polițiști au murit, ridicând la 15 numărul polițiștilor uciși în ultima lună.",
        "ro",
        ("killed", "security", 3, 3),
        ("killed", "security", 15, 15),
    )
    check(
        "Погибли трое военных, доведя до 40 число погибших военнослужащих.",
        "ru",
        ("killed", "security", 3, 3),
        ("killed", "security", 40, 40),
    )


def test_customers_cut_off_are_no_toll_but_customers_hurt_are_people() -> None:
    check("About 3,000 customers remain without power.", "en")
    check("Aproximativ 15.000 de clienți au rămas fără energie electrică.", "ro")
    check("Около 12 тысяч абонентов остаются без света.", "ru")
    check("Two customers were injured when the roof fell in.", "en", ("injured", "people", 2, 2))


def test_people_who_spent_the_night_outside_are_displaced() -> None:
    check(
        "Thousands of families spent the night in their cars after the tremor.",
        "en",
        ("displaced", "families", 2000, 9999),
    )
    check("Sute de oameni au dormit afară de teama replicilor.", "ro", ("displaced", "people", 200, 999))
    check("Около 500 человек ночевали на улице.", "ru", ("displaced", "people", 500, 500))


def test_taken_from_their_homes_by_police_are_arrested() -> None:
    check(
        "At least nine activists were taken from their homes overnight by masked officers.",
        "en",
        ("arrested", "protesters", 9, None),
    )
    check("Patru activiști au fost ridicați de acasă.", "ro", ("arrested", "protesters", 4, 4))
    check("Пятерых участников акции доставили в отдел полиции.", "ru", ("arrested", "protesters", 5, 5))


def test_a_count_of_a_named_group_after_of_its_and_one_of_them_next() -> None:
    check(
        "Five of its volunteers were beaten, and one was taken to hospital.",
        "en",
        ("injured", "civilians", 5, 5),
        ("hospitalized", "civilians", 1, 1),
    )


def test_a_toll_in_a_headline_runs_on_into_its_clause() -> None:
    check("Death toll climbs to 214 as divers search the river", "en", ("killed", "people", 214, 214))
    check(
        "Bilanțul a urcat la 31 pe măsură ce echipele caută supraviețuitori.",
        "ro",
        ("killed", "people", 31, 31),
    )


def test_the_change_in_a_toll_is_no_count() -> None:
    check("The number of dead has risen by 4 to 37.", "en", ("killed", "people", 37, 37))


def test_bodies_found_are_dead() -> None:
    check("Trupurile a trei pescari au fost găsite pe mal.", "ro", ("killed", "civilians", 3, 3))
    check("Trupul unei femei a fost găsit într-o pivniță.", "ro", ("killed", "civilians", 1, 1))
    check("Тела двух рыбаков обнаружены у берега.", "ru", ("killed", "civilians", 2, 2))


def test_medical_care_and_the_wounded_who_died() -> None:
    check("Circa 40 de persoane au primit îngrijiri medicale.", "ro", ("injured", "people", 40, 40))
    check(
        "Пострадали девять человек, один из них скончался.",
        "ru",
        ("injured", "people", 9, 9),
        ("killed", "people", 1, 1),
    )
    check("Один из пострадавших скончался в больнице.", "ru", ("killed", "people", 1, 1))


def test_a_second_toll_after_a_dash_keeps_the_rise() -> None:
    check(
        "Число погибших возросло до 15, пострадавших — до 48.",
        "ru",
        ("killed", "people", 15, 15),
        ("injured", "people", 48, 48),
    )


def test_evacuation_orders_and_people_forced_out() -> None:
    check("Thousands of residents have been ordered to evacuate.", "en", ("evacuated", "people", 2000, 9999))
    check("About 6,000 people have been forced from their homes.", "en", ("displaced", "people", 6000, 6000))
    check(
        "Aproape 900 de oameni au fost nevoiți să-și părăsească locuințele.",
        "ro",
        ("displaced", "people", 900, 900),
    )


def test_people_treated_and_crews_at_work() -> None:
    check("Paramedics treated 25 people for smoke inhalation.", "en", ("injured", "people", 25, 25))
    check("Some 80 rescue workers are searching the rubble.", "en", ("present", "security", 80, 80))
    check("The bodies of two hikers were found on Sunday.", "en", ("killed", "people", 2, 2))


def test_crews_listed_with_troops_or_police_are_security() -> None:
    check(
        "În zonă acționează peste 600 de pompieri, jandarmi și militari.",
        "ro",
        ("present", "security", 601, None),
    )
    check(
        "About 300 firefighters and police officers have been deployed.",
        "en",
        ("present", "security", 300, 300),
    )


def test_a_toll_word_after_the_counts_tells_no_state() -> None:
    check(
        "Un mort și patru răniți, bilanțul provizoriu.",
        "ro",
        ("killed", "people", 1, 1),
        ("injured", "people", 4, 4),
    )


def test_people_stranded_or_without_drinking_water_are_affected() -> None:
    check("Thousands of drivers were stranded on the motorway.", "en", ("affected", "people", 2000, 9999))
    check("About 40,000 people were left without drinking water.", "en", ("affected", "people", 40000, 40000))
    check("Peste 200 de șoferi au rămas captivi în nămeți.", "ro", ("affected", "people", 201, None))


# -- a bare "one" of those just counted -----------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            "Three firefighters were hurt, one was taken to hospital with burns.",
            [("injured", "security", 3, 3), ("hospitalized", "security", 1, 1)],
        ),
        (
            "ro",
            "Patru jandarmi au fost răniți, unul a fost transportat la spital.",
            [("injured", "security", 4, 4), ("hospitalized", "security", 1, 1)],
        ),
        (
            "ru",
            "Пятеро демонстрантов ранены, один госпитализирован.",
            [("injured", "protesters", 5, 5), ("hospitalized", "protesters", 1, 1)],
        ),
    ],
)
def test_bare_one_refers_back_to_the_group(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


def test_en_one_in_apposition_is_no_new_count() -> None:
    check("Two reporters, one from a local radio, were hurt.", "en", ("injured", "journalists", 2, 2))


# -- a body found, no number ------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("ro", "Trupul pescarului a fost găsit pe mal.", [("killed", "civilians", 1, 1)]),
        ("ro", "Corpul neînsuflețit al șoferului a fost scos din mașină.", [("killed", "civilians", 1, 1)]),
        ("ro", "Cadavrul polițistului a fost recuperat.", [("killed", "security", 1, 1)]),
        ("ro", "Trupul copilului nu a fost încă găsit.", []),
        ("ro", "Trupele au fost retrase din regiune.", []),
        ("en", "The body of the driver was pulled from the river.", [("killed", "civilians", 1, 1)]),
        ("en", "Divers recovered the body of a young girl.", [("killed", "civilians", 1, 1)]),
        ("en", "The body of the missing climber has not been found.", []),
        ("en", "A governing body of the protesters met on Monday.", []),
        ("ru", "Тело рыбака обнаружено на берегу.", [("killed", "civilians", 1, 1)]),
        ("ru", "Спасатели нашли труп водителя.", [("killed", "civilians", 1, 1)]),
        ("ru", "Тело погибшего полицейского доставлено в морг.", [("killed", "security", 1, 1)]),
    ],
)
def test_a_body_found_is_one_dead(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


# -- mine and rescue stories: miners, mine rescuers, those not heard from --------------


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "ru",
            "На разрезе погибли 7 человек, в том числе двое горноспасателей. Судьба пяти шахтеров пока неизвестна.",
            [("killed", "people", 7, 7), ("killed", "security", 2, 2), ("missing", "civilians", 5, 5)],
        ),
        (
            "ru",
            "Под землей остаются 40 человек, связи с 12 проходчиками нет.",
            [("missing", "people", 40, 40), ("missing", "civilians", 12, 12)],
        ),
        ("ru", "В связи с 10 погибшими объявлен траур.", []),
        ("en", "The fate of 14 fishermen is unknown.", [("missing", "civilians", 14, 14)]),
        ("ro", "Soarta a doi mineri este încă necunoscută.", [("missing", "civilians", 2, 2)]),
        (
            "ru",
            "На объекте находились 80 человек, 70 из них удалось выйти на поверхность.",
            [("evacuated", "people", 70, 70)],
        ),
    ],
)
def test_miners_rescuers_and_the_fate_unknown(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "ru",
            "Подтверждена гибель 9 человек — 6 шахтеров и трех спасателей.",
            [("killed", "people", 9, 9), ("killed", "civilians", 6, 6), ("killed", "security", 3, 3)],
        ),
        (
            "en",
            "The toll rose to nine: six miners and three rescuers.",
            [("killed", "people", 9, 9), ("killed", "civilians", 6, 6), ("killed", "security", 3, 3)],
        ),
    ],
)
def test_a_total_broken_down_by_group_after_a_dash_or_colon(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("ru", "Один из раненых, 30-летний водитель, умер в больнице.", [("killed", "civilians", 1, 1)]),
        ("ro", "Unul dintre răniți, un tânăr de 20 de ani, a murit la spital.", [("killed", "people", 1, 1)]),
        (
            "ru",
            "Один из пострадавших, 50-летний шахтер, скончался в реанимации.",
            [("killed", "civilians", 1, 1)],
        ),
    ],
)
def test_what_became_of_one_of_them_past_an_apposition(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            "A man died when his car was swept away. Two men were arrested later.",
            [("killed", "civilians", 1, 1), ("arrested", "people", 2, 2)],
        ),
        (
            "ru",
            "Погиб мужчина, еще трое мужчин ранены.",
            [("killed", "civilians", 1, 1), ("injured", "people", 3, 3)],
        ),
    ],
)
def test_one_man_killed_is_a_civilian_men_otherwise_people(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


# -- crowds counted by their protest noun, a toll's own group, intensive care ------------


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "ro",
            "La miting, sute de protestatari stau în fața prefecturii.",
            [("present", "protesters", 200, 999)],
        ),
        ("en", "Dozens of demonstrators remained outside the ministry.", [("present", "protesters", 20, 99)]),
        ("ru", "У здания администрации около 300 митингующих.", [("present", "protesters", 300, 300)]),
        ("en", "Four gunmen opened fire at the concert hall.", []),
        (
            "ro",
            "Protestul continuă. Numărul protestatarilor din Piața Unirii a scăzut la câteva sute.",
            [("present", "protesters", 200, 999)],
        ),
    ],
)
def test_a_count_of_protesters_is_a_crowd(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("ru", "Число погибших российских военных возросло до пяти.", [("killed", "security", 5, 5)]),
        (
            "ro",
            "41 de persoane au fost conduse la secție, potrivit Jandarmeriei.",
            [("arrested", "people", 41, 41)],
        ),
        ("ro", "Un protestatar a fost internat la Terapie Intensivă.", [("critical", "protesters", 1, 1)]),
        ("ru", "Трое пострадавших госпитализированы в реанимацию.", [("critical", "people", 3, 3)]),
        ("en", "Rescuers pulled out five bodies on Sunday.", [("killed", "people", 5, 5)]),
        (
            "en",
            "ONE DEAD, 3 MISSING\nFirefighters searched the river all night.",
            [("killed", "people", 1, 1), ("missing", "people", 3, 3)],
        ),
    ],
)
def test_group_state_and_measure_from_the_right_words(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("No storm deaths have been reported in the county.", [("killed", "people", 0, 0)]),
        ("The state has 41 shelters open housing about 2,300 people.", [("displaced", "people", 2300, 2300)]),
        ("He said 212 people had spent the night in public shelters.", [("displaced", "people", 212, 212)]),
        ("About 1,200 National Guard soldiers were on duty.", [("present", "security", 1200, 1200)]),
        ("More than 610,000 homes and businesses were without electricity.", []),
        (
            "Deputies found a man dead in his truck, carried off a flooded road.",
            [("killed", "civilians", 1, 1)],
        ),
    ],
)
def test_en_storm_tolls_shelters_outages(text: str, want: list[Row]) -> None:
    check(text, "en", *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # people named one by one after the verb, no number said
        ("en", "Investigators arrested the landlord of the burnt hostel.", [("arrested", "people", 1, 1)]),
        (
            "en",
            "Officers detained the skipper of the trawler and four sailors who reached the shore.",
            [("arrested", "people", 5, 5)],
        ),
        (
            "ru",
            "Задержаны владелец торгового центра Олег Смирнов и главный инженер.",
            [("arrested", "people", 2, 2)],
        ),
        ("ro", "Ieri a fost reținut patronul restaurantului.", [("arrested", "people", 1, 1)]),
        (
            "ro",
            "Au fost reținuți directorul fabricii și inginerul șef al depozitului.",
            [("arrested", "people", 2, 2)],
        ),
        # a relative clause between the noun and its verb may run long
        (
            "ro",
            "Un salvator, care lucrase toată noaptea alături de colegii lui din echipa de la Cluj, a murit.",
            [("killed", "security", 1, 1)],
        ),
        # an adverb between the verb that sets a toll and its number
        ("ro", "Numărul morților a crescut astfel la cinci.", [("killed", "people", 5, 5)]),
        ("ru", "Число погибших выросло уже до 14.", [("killed", "people", 14, 14)]),
        ("en", "The death toll rose again to 14.", [("killed", "people", 14, 14)]),
        # people pulled out and later brought to a named hospital are in hospital
        (
            "en",
            "Some 30 people rescued from the flooded mine had been taken to St Mary's Regional Hospital.",
            [("hospitalized", "people", 30, 30)],
        ),
        ("en", "Eleven patients were moved to hospitals in the capital.", [("evacuated", "people", 11, 11)]),
        # an earlier disaster told as background is no figure of this story
        (
            "en",
            "In March 2015 a bus plunged into a gorge, killing 40 passengers, and in 2019 a fire killed 12. "
            "On Sunday three people died.",
            [("killed", "people", 3, 3)],
        ),
        (
            "ro",
            "În 2010, o explozie asemănătoare a ucis 12 mineri. Acum au murit doi oameni.",
            [("killed", "people", 2, 2)],
        ),
        (
            "ru",
            "В мае 2016 года при обрушении погибли 20 человек. Сейчас погибли трое.",
            [("killed", "people", 3, 3)],
        ),
        (
            "ro",
            "Zeci de mii de protestatari s-au strâns, ca în 1989, în piață.",
            [("present", "protesters", 20000, 99999)],
        ),
        # one man missing is a victim among the population
        ("ro", "Un bărbat de 40 de ani a fost dat dispărut.", [("missing", "civilians", 1, 1)]),
    ],
)
def test_counts_without_numbers_background_and_states(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # an aside between commas tells a first harm; the verb after it, where they are now
        (
            "ro",
            "Doi jandarmi, răniți de pietre, au fost duși la spital.",
            [("hospitalized", "security", 2, 2)],
        ),
        ("ro", "Un manifestant, lovit la cap, a plecat acasă.", [("injured", "protesters", 1, 1)]),
        ("en", "Three men, wounded in the blast, died overnight.", [("killed", "people", 3, 3)]),
        # part of the victims just counted, said to be of a group
        (
            "ro",
            "Au murit 12 oameni. Trei dintre victime erau copii.",
            [("killed", "people", 12, 12), ("killed", "civilians", 3, 3)],
        ),
        ("ro", "Cinci dintre răniți sunt copii.", [("injured", "civilians", 5, 5)]),
    ],
)
def test_asides_and_parts_said_to_be_a_group(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a hospital named before a list of towns puts those counted after the list in hospital
        (
            "ru",
            "В больницах Томска, Омска и Барнаула остаются 23 пострадавших.",
            [("hospitalized", "people", 23, 23)],
        ),
        # brought out, hurt: injured, not evacuated
        ("ru", "Ещё трое выведены на поверхность с травмами.", [("injured", "people", 3, 3)]),
        ("en", "Two workers were pulled out with burns.", [("injured", "civilians", 2, 2)]),
        ("ro", "Patru persoane au fost intoxicate cu fum.", [("injured", "people", 4, 4)]),
        # the first ones of a set already counted are no new count
        ("ro", "Primele trei victime vor fi transferate la Viena.", []),
        ("en", "The first two patients were flown to Berlin.", []),
        # the family the counted belong to is no count of its own
        ("en", "Five members of one family were hospitalized.", [("hospitalized", "people", 5, 5)]),
        ("ro", "Doi membri ai unei familii au fost internați.", [("hospitalized", "people", 2, 2)]),
        ("ru", "Четверо членов одной семьи погибли.", [("killed", "people", 4, 4)]),
        # drowning is death
        ("en", "Two fishermen drowned off the coast.", [("killed", "civilians", 2, 2)]),
        ("ro", "Trei turiști s-au înecat.", [("killed", "civilians", 3, 3)]),
        ("ru", "В реке утонули двое подростков.", [("killed", "civilians", 2, 2)]),
    ],
)
def test_hospital_lists_hurt_rescued_ordinals_families_drowning(
    code: str, text: str, want: list[Row]
) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # "two or more" names a legal category, not a count
        ("ru", "Дело возбуждено по статье о смерти двух и более лиц по неосторожности.", []),
        ("ro", "Ancheta vizează uciderea din culpă a două sau mai multe persoane.", []),
        ("en", "Forty or more people were injured.", [("injured", "people", 40, None)]),
        # seeking medical help is an injury
        ("ru", "За медицинской помощью обратились 15 человек.", [("injured", "people", 15, 15)]),
        ("en", "Nine people sought medical treatment.", [("injured", "people", 9, 9)]),
        ("ro", "Șase persoane au avut nevoie de asistență medicală.", [("injured", "people", 6, 6)]),
    ],
)
def test_legal_categories_and_medical_help(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a crowd that blocks a road is a protest on the scene
        ("en", "Several hundred farmers blocked the motorway.", [("present", "protesters", 200, 999)]),
        ("ru", "Около двухсот человек перекрыли трассу.", [("present", "protesters", 200, 200)]),
    ],
)
def test_a_crowd_blocking_a_road(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a state first reported, then revised, is no count of now
        ("en", "Thirty tourists initially listed as missing have been found safe.", []),
        ("ro", "Cei 15 turiști dați inițial dispăruți au fost găsiți.", []),
        ("ru", "Изначально пропавшими числились 12 туристов, все найдены.", []),
    ],
)
def test_a_state_first_reported_then_revised(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # an aside between the crowd and its verb
        (
            "ro",
            "Miting în Piața Universității. Câteva mii de oameni, mulți cu steaguri, stau pe carosabil.",
            [("present", "protesters", 2000, 9999)],
        ),
        (
            "ru",
            "Митинг у мэрии. Несколько сотен человек, многие с плакатами, собрались на площади.",
            [("present", "protesters", 200, 999)],
        ),
        # a count in quotation marks, its noun after the quote
        (
            "ro",
            "Organizatorii anunță „peste 30.000” de participanți la marș.",
            [("present", "protesters", 30001, None)],
        ),
    ],
)
def test_crowd_past_an_aside_and_quoted_counts(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # residents moved out of their homes are people; hurt or killed they stay civilians
        (
            "ro",
            "Peste 150 de locuitori ai satului au fost evacuați în noaptea de marți.",
            [("evacuated", "people", 151, None)],
        ),
        (
            "en",
            "About 300 residents of the tower block were evacuated overnight.",
            [("evacuated", "people", 300, 300)],
        ),
        (
            "ru",
            "Около 80 жителей дома отселили в пункты временного размещения.",
            [("displaced", "people", 80, 80)],
        ),
        ("ro", "Doi locuitori ai blocului au fost răniți de schije.", [("injured", "civilians", 2, 2)]),
        ("ru", "При обстреле ранены трое мирных жителей.", [("injured", "civilians", 3, 3)]),
        ("en", "Four residents were injured when the roof collapsed.", [("injured", "civilians", 4, 4)]),
    ],
)
def test_residents_moved_out_are_people(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # part of the hurt whose verb says what became of them: that state only, no second count
        (
            "ro",
            "Trei dintre răniți au fost internați la Spitalul Județean.",
            [("hospitalized", "people", 3, 3)],
        ),
        ("en", "Five of the injured were hospitalized overnight.", [("hospitalized", "people", 5, 5)]),
        ("ru", "Четверо из пострадавших были госпитализированы.", [("hospitalized", "people", 4, 4)]),
        # hurt, and then taken to hospital: two figures
        (
            "ro",
            "Două persoane au fost rănite și duse la spital.",
            [("injured", "people", 2, 2), ("hospitalized", "people", 2, 2)],
        ),
    ],
)
def test_part_of_the_hurt_with_their_own_verb(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a count, then after a comma what befell them told through a pronoun
        ("ru", "В забое остаются 14 шахтеров, связь с ними потеряна.", [("missing", "civilians", 14, 14)]),
        ("ru", "Под завалом остаётся семь рабочих, связи с ними нет.", [("missing", "civilians", 7, 7)]),
    ],
)
def test_missing_told_after_a_comma_through_a_pronoun(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a part named in an 'including' aside shares the measure of the whole, not what follows the aside
        (
            "en",
            "Staff moved 60 patients, including 12 children, to hospitals in the capital.",
            [("evacuated", "people", 60, 60), ("evacuated", "civilians", 12, 12)],
        ),
        (
            "ro",
            "Pompierii au evacuat 40 de persoane, printre care șase copii, la spitalul din oraș.",
            [("evacuated", "people", 40, 40), ("evacuated", "civilians", 6, 6)],
        ),
    ],
)
def test_an_including_aside_ends_at_its_comma(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the verb first, one person after it described by an age compound
        ("Погиб 52-летний водитель грузовика.", [("killed", "civilians", 1, 1)]),
        ("Пострадала 9-летняя школьница.", [("injured", "civilians", 1, 1)]),
    ],
)
def test_ru_one_person_after_the_verb_with_an_age(text: str, want: list[Row]) -> None:
    check(text, "ru", *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # drones, missiles and shells launched are shots, named plainly; those shot down are
        # no count of what struck, but the set they were downed from is
        (
            "ro",
            "Armata a anunțat că au fost lansate patru rachete și 35 de drone, dintre care 30 au fost doborâte.",
            [("shots", "missiles", 4, 4), ("shots", "drones", 35, 35), ("shots", "drones", 30, 30)],
        ),
        (
            "ro",
            "Noaptea trecută inamicul a trimis peste 50 de rachete și drone.",
            [("shots", "missiles and drones", 51, None)],
        ),
        (
            "en",
            "The air force said it shot down 41 of 44 drones and both cruise missiles; two people were hurt.",
            [("shots", "drones", 44, 44), ("injured", "people", 2, 2)],
        ),
        ("en", "Troops fired around 300 artillery shells at the town.", [("shots", "shells", 300, 300)]),
        (
            "ru",
            "Над областью сбиты 12 беспилотников и три реактивных снаряда.",
            [],
        ),
        # one drone, told with an article, is no count
        ("ro", "O dronă a căzut lângă sat.", []),
    ],
)
def test_munitions_are_shots(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # burns or wounds suffered are injuries, not a state of being affected
        ("ro", "Trei jandarmi au suferit arsuri la mâini.", [("injured", "security", 3, 3)]),
        # the missing told in the negative are none
        ("ro", "Nu mai există persoane date dispărute după inundații.", [("missing", "people", 0, 0)]),
        ("en", "Nobody is still unaccounted for, the sheriff said.", [("missing", "people", 0, 0)]),
        ("ru", "Пропавших без вести больше нет, уточнили спасатели.", [("missing", "people", 0, 0)]),
        # an evacuation told as a noun
        ("ro", "Viiturile au impus evacuarea a peste 300 de persoane.", [("evacuated", "people", 301, None)]),
        # people buried by snow are missing; brought out from under it, no evacuees
        ("ro", "Trei schiori sunt încă prinși sub zăpadă.", [("missing", "people", 3, 3)]),
        # outpatients and the poisoned are hurt; the carried out on stretchers are casualties
        ("en", "A further 14 people were treated as outpatients.", [("injured", "people", 14, 14)]),
        ("ru", "Еще семь человек лечатся амбулаторно.", [("injured", "people", 7, 7)]),
        ("ru", "Число отравившихся выросло до 40.", [("injured", "people", 40, 40)]),
        ("en", "Dozens of fans were carried out on stretchers.", [("casualties", "people", 20, 99)]),
        # a toll may also go down
        ("en", "The number of people missing fell to 52 overnight.", [("missing", "people", 52, 52)]),
        # fellow citizens are civilians
        ("ro", "Doi compatrioți au fost răniți în accident.", [("injured", "civilians", 2, 2)]),
    ],
)
def test_more_ways_to_tell_a_count(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


def test_ru_an_item_after_a_dash_says_its_own_state() -> None:
    check(
        "Пострадали 20 человек, 12 из них госпитализированы, четверо — в реанимации.",
        "ru",
        ("injured", "people", 20, 20),
        ("hospitalized", "people", 12, 12),
        ("critical", "people", 4, 4),
    )


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a tally of earlier years is background, a tally of the last hours is news
        ("ro", "În ultimii 30 de ani, pe acest traseu au murit peste 60 de alpiniști.", []),
        ("ro", "În ultimele 24 de ore, 9 persoane au fost rănite.", [("injured", "people", 9, 9)]),
        ("en", "Over the past 15 years, at least 120 miners have been killed in the region.", []),
        ("ru", "За последние 20 лет в регионе погибли более 300 человек.", []),
    ],
)
def test_a_tally_of_past_years_is_no_figure(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


def test_one_man_killed_is_a_civilian_in_every_language() -> None:
    # as in English and Russian; men hurt in numbers stay people
    check("Un bărbat a murit după ce a fost lovit de un copac.", "ro", ("killed", "civilians", 1, 1))
    check("A man died when a tree fell on his car.", "en", ("killed", "civilians", 1, 1))
    check("Trei bărbați au fost răniți.", "ro", ("injured", "people", 3, 3))


def test_hurt_and_taken_to_hospital_gives_both_states() -> None:
    rows = figures("Trei muncitori au suferit arsuri și au fost transportați la un spital din Cluj.", "ro")
    assert ("injured", "civilians", 3, 3) in [r[:4] for r in rows] or ("injured", "people", 3, 3) in [
        r[:4] for r in rows
    ]
    assert any(r[0] == "hospitalized" and r[2] == 3 for r in rows)
    rows = figures("Two officers were injured and taken to a hospital in the city centre.", "en")
    assert {r[0] for r in rows if r[2] == 2} == {"injured", "hospitalized"}
    # the hurt already counted, now in hospital: one state only
    rows = figures("Cei patru copii răniți, cu vârste între 3 și 9 ani, sunt internați la Iași.", "ro")
    assert [r[0] for r in rows if r[2] == 4] == ["hospitalized"]


def test_ru_person_noun_no_list_names() -> None:
    rows = figures("Полиция задержала трех кассирш магазина в Самаре.", "ru")
    assert ("arrested", "civilians", 3, 3) in rows
    rows = figures("При пожаре погибли пять курьеров службы доставки.", "ru")
    assert ("killed", "civilians", 5, 5) in rows
    # animals are animate too, but no one's toll
    assert not any(r[1] == "civilians" for r in figures("Во время наводнения погибли 40 коров.", "ru"))


def test_en_bracketed_acronym_does_not_cut_the_verb_off() -> None:
    rows = figures(
        "Some 800 soldiers of the Rapid Response Disaster Brigade (RRDB) were deployed overnight.", "en"
    )
    assert ("present", "security", 800, 800) in rows


def test_ru_family_members_are_civilians() -> None:
    rows = figures("В Рязани при пожаре погибли мать и дочь.", "ru")
    assert [r for r in rows if r[0] == "killed"] == [("killed", "civilians", 2, 2)]


def test_en_part_of_the_dead_said_to_be_a_group() -> None:
    assert figures("Police said three of the dead were children.", "en") == [("killed", "civilians", 3, 3)]
    assert figures("Two of the injured are police officers.", "en") == [("injured", "security", 2, 2)]


def test_en_moved_to_hospital_is_hospitalized_not_evacuated() -> None:
    assert figures("Paramedics moved 25 patients to hospital overnight.", "en") == [
        ("hospitalized", "people", 25, 25)
    ]
    assert figures("Crews evacuated 12 patients from the hospital.", "en") == [
        ("evacuated", "people", 12, 12)
    ]


def test_brought_out_then_taken_to_a_hospital_is_hospitalized() -> None:
    rows = figures(
        "Trei schiori au fost scoși de sub zăpadă și transportați cu ambulanța la Spitalul din Brașov.", "ro"
    )
    assert rows == [("hospitalized", "people", 3, 3)]


def test_an_article_between_the_hurt_and_the_next_sentence_counts_nothing() -> None:
    rows = figures(
        "Un polițist a fost rănit când a intrat în curtea unei case în flăcări. Acesta a fost dus la spital.",
        "ro",
    )
    assert rows == [("injured", "security", 1, 1), ("hospitalized", "security", 1, 1)]


def test_people_sent_home_from_hospital_are_no_toll() -> None:
    assert figures("Spitalul a anunțat că 14 pacienți au fost externați în cursul dimineții.", "ro") == []
    assert figures("Opt dintre răniți au fost deja externați, a precizat medicul.", "ro") == []
    assert figures("Nine of the patients have since been discharged.", "en") == []
    assert figures("Из больницы выписаны пять человек.", "ru") == []
    # those still there stay counted
    assert figures("Alte 20 de persoane rămân internate, iar 5 au fost externate.", "ro") == [
        ("hospitalized", "people", 20, 20)
    ]


def test_an_ordinal_before_a_word_for_the_dead_is_the_toll_so_far() -> None:
    assert figures("Pompierii au scos încă un trup. Este a șaptea victimă a incendiului.", "ro") == [
        ("killed", "people", 7, 7)
    ]
    assert figures("Divers recovered the body of a fourth victim on Sunday.", "en") == [
        ("killed", "people", 4, 4)
    ]
    assert figures("Под завалами нашли тело пятого погибшего.", "ru") == [("killed", "people", 5, 5)]
    # an ordinal before anything else counts nothing
    assert figures("The second day of searches began at dawn.", "en") == []
    assert figures("A treia zi de căutări ale victimelor a început în zori.", "ro") == []


def test_ro_more_words_for_the_hurt_and_the_gravely_ill() -> None:
    assert figures("Poliția a raportat trei morți și peste 20 de persoane traumatizate.", "ro") == [
        ("killed", "people", 3, 3),
        ("injured", "people", 21, None),
    ]
    assert figures("Spitalul a primit 12 persoane cu simptome de intoxicație.", "ro") == [
        ("injured", "people", 12, 12)
    ]
    assert figures("„Avem trei cazuri grave”, a spus medicul.", "ro") == [("critical", "people", 3, 3)]


def test_ro_a_gerund_joins_a_part_to_its_state() -> None:
    rows = figures("Au fost răniți 40 de oameni, 15 dintre ei fiind internați la Suceava.", "ro")
    assert ("hospitalized", "people", 15, 15) in rows


def test_en_remain_critical_and_taken_off_a_ship() -> None:
    assert figures("Doctors said 30 people were hurt; six remain critical.", "en") == [
        ("injured", "people", 30, 30),
        ("critical", "people", 6, 6),
    ]
    assert figures("More than 300 passengers had been taken off the vessel by dawn.", "en") == [
        ("evacuated", "people", 301, None)
    ]


def test_money_before_a_number_is_no_count() -> None:
    assert figures("The state will pay Rs 50,000 to each of the injured.", "en") == []
    assert figures("Families of the dead will get $10,000 each, the governor said.", "en") == []
    assert figures("Over 2 lakh people were moved to relief camps.", "en") == [
        ("evacuated", "people", 200001, None)
    ]


def test_those_searched_for_are_missing_the_searchers_are_not() -> None:
    assert figures("Scafandrii caută în continuare trei pescari.", "ro") == [("missing", "civilians", 3, 3)]
    assert figures("„Pe ceilalți patru îi căutăm încă”, a spus șeful echipei.", "ro") == [
        ("missing", "people", 4, 4)
    ]
    assert figures("Crews are still searching for two fishermen off the coast.", "en") == [
        ("missing", "civilians", 2, 2)
    ]
    assert figures("Продолжаются поиски еще трех рыбаков.", "ru") == [("missing", "civilians", 3, 3)]
    assert figures("Peste 40 de salvatori caută pe versantul nordic.", "ro") == []
    assert figures("About 120 volunteers were searching for the missing.", "en") == []


def test_workers_hurt_are_civilians_workers_held_or_moved_are_people() -> None:
    assert figures("Trei angajați ai fabricii au fost răniți în explozie.", "ro") == [
        ("injured", "civilians", 3, 3)
    ]
    assert figures("Doi angajați ai firmei au fost reținuți de polițiști.", "ro") == [
        ("arrested", "people", 2, 2)
    ]
    assert figures("Four workers were killed when the scaffolding collapsed.", "en") == [
        ("killed", "civilians", 4, 4)
    ]
    # staff of a named security institution stay security
    assert figures("Cinci angajați ai Ministerului Afacerilor Interne au fost răniți.", "ro") == [
        ("injured", "security", 5, 5)
    ]


def test_the_speaker_before_a_speech_verb_is_not_counted() -> None:
    assert figures("A nurse at the clinic said the bodies were taken away at night.", "en") == []
    assert figures("Un medic de la spital a declarat că răniții sunt stabili.", "ro") == []


def test_a_hospital_the_counted_come_from_is_no_state() -> None:
    assert figures("Врач из больницы рассказал, что раненые стабильны.", "ru") == []
    assert figures("Trei persoane au fost duse la spital.", "ro") == [("hospitalized", "people", 3, 3)]


def test_a_hospital_opening_the_next_sentence_is_its_subject_not_a_state() -> None:
    rows = figures("Patru copii au fost răniți. Spitalele din regiune au intrat în alertă.", "ro")
    assert rows == [("injured", "civilians", 4, 4)]


def test_ro_one_named_by_a_trade_is_one_person() -> None:
    assert figures("Vatmanul tramvaiului a fost reținut pentru 24 de ore.", "ro") == [
        ("arrested", "civilians", 1, 1)
    ]
    assert figures("Pilotul elicopterului a murit pe loc.", "ro") == [("killed", "people", 1, 1)]


def test_victims_counted_after_a_death_are_the_dead() -> None:
    rows = figures(
        "Un bărbat de 70 de ani a murit în noaptea de marți. Numărul victimelor a ajuns astfel la patru.",
        "ro",
    )
    assert ("killed", "people", 4, 4) in rows
    rows = figures("Another man died overnight, bringing the number of victims to seven.", "en")
    assert ("killed", "people", 7, 7) in rows
    # victims told beside the hurt stay casualties
    rows = figures("Au fost 12 victime: trei persoane au murit, iar nouă au fost rănite.", "ro")
    assert ("casualties", "people", 12, 12) in rows


def test_found_lifeless_is_dead() -> None:
    assert figures("Un bărbat de 60 de ani a fost găsit fără viață pe malul lacului.", "ro") == [
        ("killed", "civilians", 1, 1)
    ]
    assert figures("Scafandrii au scos trei persoane care nu mai prezentau semne vitale.", "ro") == [
        ("killed", "people", 3, 3)
    ]
    assert figures("Divers brought up two people showing no signs of life.", "en") == [
        ("killed", "people", 2, 2)
    ]
    assert figures("Трое рыбаков найдены без признаков жизни.", "ru") == [("killed", "civilians", 3, 3)]


def test_one_of_the_hospitals_counts_no_one() -> None:
    assert figures("Врач одной из областных больниц рассказал о нехватке мест.", "ru") == []
    assert figures("Трое из пострадавших госпитализированы.", "ru") == [("hospitalized", "people", 3, 3)]


def test_the_missing_found_alive_leave_the_toll_found_dead_join_the_dead() -> None:
    assert figures("Four climbers who had been reported missing were found alive on Sunday.", "en") == []
    assert figures("Doi pescari dați dispăruți au fost găsiți în viață pe o insulă.", "ro") == []
    assert figures("Трое пропавших туристов найдены живыми.", "ru") == []
    assert figures("Doi pescari dați dispăruți au fost găsiți morți.", "ro") == [
        ("killed", "civilians", 2, 2)
    ]
    assert figures("This brings the number of missing down to six.", "en") == [("missing", "people", 6, 6)]


def test_ro_the_state_of_some_of_them_is_critical() -> None:
    rows = figures("Alți 14 răniți sunt internați, iar starea a doi dintre ei este critică.", "ro")
    assert rows == [("hospitalized", "people", 14, 14), ("critical", "people", 2, 2)]


def test_none_of_a_set_hurt_is_zero_of_that_group() -> None:
    assert figures("Toți ostaticii au fost eliberați; niciunul dintre ei nu a fost rănit.", "ro") == [
        ("injured", "civilians", 0, 0)
    ]
    assert figures("None of the officers were injured, the force said.", "en") == [
        ("injured", "security", 0, 0)
    ]
    assert figures("Никто из заложников не пострадал.", "ru") == [("injured", "civilians", 0, 0)]
    # no one gravely hurt is no one in critical condition
    assert figures("Niciunul dintre turiști nu a fost rănit grav.", "ro") == [("critical", "civilians", 0, 0)]


def test_up_to_the_same_toll_is_the_toll() -> None:
    rows = figures(
        "The toll rose to 30. Officials revised the number of people killed up to 30, from 24.", "en"
    )
    assert rows == [("killed", "people", 30, 30)]


def test_ru_missing_without_trace_in_either_order() -> None:
    assert figures("Пропавшими без вести по-прежнему считаются семеро.", "ru") == [
        ("missing", "people", 7, 7)
    ]
    assert figures("Без вести пропали четверо рыбаков.", "ru") == [("missing", "civilians", 4, 4)]


def test_people_listed_past_an_aside_are_all_counted() -> None:
    assert figures("Задержаны водитель автобуса и, по предварительным данным, механик.", "ru") == [
        ("arrested", "civilians", 2, 2)
    ]


def test_many_of_a_set_is_no_count() -> None:
    assert figures("Many of those missing have since been traced to hospitals.", "en") == []


def test_counts_set_last_year_are_background() -> None:
    assert figures("In July last year, a fire on a car carrier killed one crew member.", "en") == []
    assert figures("Anul trecut, un incendiu asemănător a ucis trei oameni.", "ro") == []
    assert figures("В июле прошлого года при пожаре погибли три человека.", "ru") == []


def test_helicopters_ambulances_aircraft_and_boats_are_named_plainly() -> None:
    assert figures("La fața locului au fost trimise trei elicoptere și zece ambulanțe.", "ro") == [
        ("present", "helicopters", 3, 3),
        ("present", "ambulances", 10, 10),
    ]
    assert figures("Two firefighting planes and four boats were deployed to the area.", "en") == [
        ("present", "aircraft", 2, 2),
        ("present", "vessels", 4, 4),
    ]


def test_ru_attackers_neutralised_are_dead_all_of_them_counted() -> None:
    assert figures("Спецназ нейтрализовал всех четверых нападавших.", "ru") == [
        ("killed", "protesters", 4, 4)
    ]


def test_critical_in_hospital_stays_critical() -> None:
    assert figures("Four people remain in a critical condition in hospital.", "en") == [
        ("critical", "people", 4, 4)
    ]


def test_a_set_named_after_one_of_is_no_new_count_unless_it_opens_the_sentence() -> None:
    assert ("killed", "people", 2, 2) not in figures("One of the two injured has died in hospital.", "en")
    assert figures("Dintre cei 30 de răniți, opt sunt copii.", "ro") == [("injured", "people", 30, 30)]


def test_counts_in_a_claim_said_to_be_false_are_no_figures() -> None:
    assert (
        figures(
            "Poliția avertizează că circulă un mesaj fals, potrivit căruia ar fi murit 20 de oameni.", "ro"
        )
        == []
    )
    assert figures("Officials dismissed as a hoax a post claiming 50 people had died.", "en") == []
    assert figures("В МЧС назвали фейком сообщения о 30 погибших.", "ru") == []


def test_en_nationals_of_a_country_are_civilians() -> None:
    assert figures("Two Irish nationals are among the dead.", "en") == [("killed", "civilians", 2, 2)]


def test_ro_as_missing_is_no_new_clause() -> None:
    # "ca" (as) folds to the same letters as "că" (that): it opens no clause
    assert figures("Un turist figurează în continuare ca dispărut.", "ro") == [("missing", "civilians", 1, 1)]
    assert figures("Doi medici confirmă că trei pacienți au murit.", "ro") == [("killed", "civilians", 3, 3)]


def test_an_aside_between_the_state_and_its_count_and_an_aged_part() -> None:
    assert figures(
        "В реанимации, по словам врачей, остаются четверо, один из них — 9-летний мальчик.", "ru"
    ) == [
        ("critical", "people", 4, 4),
        ("critical", "civilians", 1, 1),
    ]
    assert figures("Au murit, potrivit autorităților, cel puțin 12 oameni.", "ro") == [
        ("killed", "people", 12, None)
    ]


def test_an_including_aside_names_a_part_not_who_all_of_them_are() -> None:
    rows = figures("Пятеро пострадавших, в том числе ребенок 2015 года рождения, госпитализированы.", "ru")
    assert ("hospitalized", "people", 5, 5) in rows


# -- ranges, belief, clause ends, dedupe, zero arrests ---------------------------


def test_two_numbers_joined_by_or_or_to_make_a_range() -> None:
    check("Rescuers said four to six climbers were missing on the ridge.", "en", ("missing", "people", 4, 6))
    check("Între timp, trei sau patru persoane au fost rănite.", "ro", ("injured", "people", 3, 4))
    check("Пять или шесть человек получили ранения.", "ru", ("injured", "people", 5, 6))


def test_a_change_from_one_number_to_another_is_no_range() -> None:
    from newsrewind.extract.numbers import parse

    got = [(q.low, q.high) for q in parse("The number of injured rose from 7 to 19 overnight.", "en")]
    assert got == [(7, 7), (19, 19)]


def test_the_missing_are_missing_on_belief_alone() -> None:
    check("Up to five people are feared trapped under the debris.", "en", ("missing", "people", None, 5))
    check("Many more are feared trapped.", "en")


def test_feared_dead_is_a_toll() -> None:
    check("Two hikers are feared dead.", "en", ("killed", "people", 2, 2))
    check("At least four people are feared dead after the landslide.", "en", ("killed", "people", 4, None))
    check("Many are feared dead.", "en")


def test_a_clause_opened_by_before_tells_of_someone_else() -> None:
    check(
        "The attacker stabbed three people and wounded two more before he was shot dead by police.",
        "en",
        ("injured", "people", 3, 3),
        ("injured", "people", 2, 2),
    )


def test_at_least_n_and_exactly_n_in_one_entry_are_one_figure() -> None:
    check(
        "Toll rises to 9\nAt least 9 people have died in the fire, officials said.",
        "en",
        ("killed", "people", 9, 9),
    )


def test_a_weak_toll_word_before_a_colon_yields_to_the_verb_after() -> None:
    check(
        "Bilanț provizoriu al autorităților: 9 persoane au solicitat asistență medicală.",
        "ro",
        ("injured", "people", 9, 9),
    )


def test_no_arrests_is_zero_arrested() -> None:
    check("The march ended peacefully and no arrests were made.", "en", ("arrested", "people", 0, 0))
    check("Jandarmii au precizat că nu s-au făcut rețineri.", "ro", ("arrested", "people", 0, 0))
    check("Митинг завершился, задержаний не было.", "ru", ("arrested", "people", 0, 0))


def test_no_group_hurt_names_the_group() -> None:
    check("No bystanders were hurt in the chase.", "en", ("injured", "civilians", 0, 0))


def test_an_aside_about_others_counts_nothing() -> None:
    check(
        "Un tânăr de 30 de ani, fratele unuia dintre pacienții decedați, a fost reținut de polițiști.",
        "ro",
        ("arrested", "people", 1, 1),
    )


def test_many_without_a_number_is_no_count() -> None:
    check("Many residents are still trapped in their homes.", "en")
    check("Много людей пострадали.", "ru")


def test_residents_who_block_a_road_are_protesters() -> None:
    check("Около трехсот жителей села перекрыли трассу.", "ru", ("present", "protesters", 300, 300))
    check("About 150 residents blocked the bridge on Monday.", "en", ("present", "protesters", 150, 150))


def test_residents_held_by_police_are_people() -> None:
    check("Двое жителей поселка задержаны за мародерство.", "ru", ("arrested", "people", 2, 2))


def test_shot_in_a_limb_is_injured_and_responders_are_present() -> None:
    check("A security guard was shot in the arm, police said.", "en", ("injured", "civilians", 1, 1))
    check("About 60 police officers responded to the scene.", "en", ("present", "security", 60, 60))


def test_a_hospital_treating_patients_counts_the_hurt() -> None:
    check("The county hospital is treating nine patients from the crash.", "en", ("injured", "people", 9, 9))


def test_shell_casings_are_shots() -> None:
    check("Detectives found 25 shell casings on the pavement.", "en", ("shots", "shell casings", 25, 25))


def test_evacuation_told_as_it_goes_on() -> None:
    check("Из поселка вывозят 400 жителей.", "ru", ("evacuated", "people", 400, 400))


def test_an_adverb_between_a_count_and_its_state() -> None:
    check(
        "Clinic update: 20 injured, 4 still critical",
        "en",
        ("injured", "people", 20, 20),
        ("critical", "people", 4, 4),
    )


def test_lives_after_a_number_are_the_dead_but_lives_as_a_verb_is_not() -> None:
    check("The landslide claimed 17 lives overnight.", "en", ("killed", "people", 17, 17))
    check("A man who lives next door was arrested on Friday.", "en", ("arrested", "people", 1, 1))


def test_two_people_named_one_by_one_are_two_figures() -> None:
    check(
        "A man drowned when his car was swept off the road. Later a woman was killed by a falling tree.",
        "en",
        ("killed", "civilians", 1, 1),
        ("killed", "civilians", 1, 1),
    )
    check(
        "Un bărbat a lovit un polițist cu pumnul. Polițistul a primit îngrijiri medicale.",
        "ro",
        ("injured", "security", 1, 1),
    )


def test_a_toll_after_one_victim_counts_everyone() -> None:
    check(
        "An elderly woman died in hospital overnight, taking the toll to 9.",
        "en",
        ("killed", "civilians", 1, 1),
        ("killed", "people", 9, 9),
    )


def test_a_count_then_a_dash_names_who_they_are() -> None:
    check(
        "Полиция задержала троих — капитана судна, его помощника и механика.",
        "ru",
        ("arrested", "people", 3, 3),
    )


def test_more_of_them_reach_their_verb_past_a_phrase() -> None:
    check(
        "Еще трое после осмотра врачами отпущены на амбулаторное лечение.",
        "ru",
        ("injured", "people", 3, 3),
    )


def test_a_guess_hedged_by_maybe_is_no_count() -> None:
    check("He said maybe 40 or 50 people were hurt in the crush.", "en")


def test_a_headline_in_title_case_has_no_names() -> None:
    check("County Board Fires 3 Managers Over Flood Response", "en")


def test_those_who_remain_in_hospital() -> None:
    check("La spital rămân 6 persoane, potrivit DSU.", "ro", ("hospitalized", "people", 6, 6))


def test_a_part_named_in_an_aside_does_not_cut_the_state_of_the_whole() -> None:
    check(
        "Five of the injured, among them a teenage boy, are in critical condition.",
        "en",
        ("critical", "people", 5, 5),
        # the part named is read as one, as "among them a 9-year-old girl" is
        ("critical", "civilians", 1, 1),
    )


def test_the_hurt_told_twice_then_their_state() -> None:
    check(
        "Trei dintre răniți au arsuri pe 40% din corp și sunt în stare critică.",
        "ro",
        ("critical", "people", 3, 3),
    )


# -- crowds, clauses and words added with the blind golds of 2025 --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mitingul continuă. Câteva sute de studenți au rămas în piața centrală.",
            ("present", "protesters", 200, 999),
        ),
        (
            "La marșul din martie participaseră peste 50.000 de oameni.",
            ("present", "protesters", 50001, None),
        ),
        (
            "Protestul continuă. În stradă erau aproximativ 8.000 de oameni.",
            ("present", "protesters", 8000, 8000),
        ),
        ("Un grup de circa 150 de localnici a blocat drumul național.", ("present", "protesters", 150, 150)),
        (
            "La Iași, câteva sute de elevi și profesori au mers în marș până la prefectură.",
            ("present", "protesters", 200, 999),
        ),
    ],
)
def test_ro_crowd_sizes_of_a_rally(text: str, want: Row) -> None:
    check(text, "ro", want)


def test_ro_a_longer_measure_wins_over_a_staying_verb() -> None:
    check(
        "Zeci de schiori au rămas captivi în telegondolă.",
        "ro",
        ("affected", "people", 20, 99),
    )


def test_ro_most_of_them_is_no_count() -> None:
    check(
        "Cei mai mulți dintre pacienți au fost transportați la spital, iar cele mai multe mașini au plecat.",
        "ro",
    )


def test_ro_no_toll_given_is_no_zero() -> None:
    check("Poliția nu a dat publicității niciun bilanț.", "ro")


def test_ro_a_clause_after_iar_counts_others() -> None:
    check(
        "La intervenție au participat 80 de pompieri, jandarmi și medici, iar ultimii turiști au fost evacuați seara.",
        "ro",
        ("present", "security", 80, 80),
    )


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("en", "A security guard was stabbed in the arm outside the venue.", ("injured", "civilians", 1, 1)),
        ("en", "Two teenagers were stabbed near the station.", ("injured", "civilians", 2, 2)),
        ("ro", "Un jandarm a fost înjunghiat în timpul încăierării.", ("injured", "security", 1, 1)),
    ],
)
def test_stabbed_is_hurt(code: str, text: str, want: Row) -> None:
    check(text, code, want)


def test_en_critical_care_crews_are_no_patients() -> None:
    check("The trust sent 12 ambulances and two critical care teams to the stadium.", "en")


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "ru",
            "Трое рыбаков, вышедших в море в субботу, до сих пор не найдены.",
            ("missing", "civilians", 3, 3),
        ),
        (
            "ro",
            "Patru excursioniști nu au fost găsiți nici până în seara aceasta.",
            ("missing", "people", 4, 4),
        ),
        (
            "en",
            "Five crew members have not yet been found, the coastguard said.",
            ("missing", "civilians", 5, 5),
        ),
        ("ru", "За медпомощью обратились 19 человек.", ("injured", "people", 19, 19)),
    ],
)
def test_not_found_yet_and_sought_care(code: str, text: str, want: Row) -> None:
    check(text, code, want)


def test_a_toll_after_a_part_keeps_its_own_group() -> None:
    check(
        "Officials said 9 people were killed, two of them children, and 40 injured.",
        "en",
        ("killed", "people", 9, 9),
        ("killed", "civilians", 2, 2),
        ("injured", "people", 40, 40),
    )


def test_en_lives_after_who_is_a_verb() -> None:
    check("An 81-year-old man who lives next door said he heard two blasts.", "en")


def test_en_brought_out_alive_from_ruins_is_no_missing() -> None:
    check("Firefighters brought four residents out alive from under the rubble overnight.", "en")


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("en", "Two hostages were wounded during the rescue.", ("injured", "civilians", 2, 2)),
        ("ro", "Trei ostatici au fost răniți.", ("injured", "civilians", 3, 3)),
        ("ru", "Трое заложников получили ранения.", ("injured", "civilians", 3, 3)),
    ],
)
def test_hostages_are_civilians(code: str, text: str, want: Row) -> None:
    check(text, code, want)


def test_ru_no_losses_among_a_force_is_zero_dead() -> None:
    check("Потерь среди сотрудников ФСБ нет, сообщили в ведомстве.", "ru", ("killed", "security", 0, 0))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Среди погибших — пожилой полицейский.", ("killed", "security", 1, 1)),
        ("Среди пострадавших есть гражданин Армении.", ("injured", "civilians", 1, 1)),
        ("Среди последних жертв — 40-летняя жительница Орска.", ("killed", "civilians", 1, 1)),
    ],
)
def test_ru_one_person_named_among_the_dead(text: str, want: Row) -> None:
    check(text, "ru", want)


def test_en_a_long_relative_clause_before_the_verb() -> None:
    check(
        "A 61-year-old man who had been living with his daughter in a flat near the Central Railway Station "
        "(CRS) in the old town died on Sunday.",
        "en",
        ("killed", "civilians", 1, 1),
    )


def test_a_hyphenated_pair_of_nouns_takes_the_first_group() -> None:
    check("Trei ofițeri-jandarmi au fost răniți.", "ro", ("injured", "security", 3, 3))


def test_among_the_victims_are_some_of_the_hurt_counted() -> None:
    check(
        "Twenty people were injured in the blast. Among the victims are four firefighters.",
        "en",
        ("injured", "people", 20, 20),
        ("injured", "security", 4, 4),
    )


def test_a_bare_count_after_people_on_the_scene_is_of_them() -> None:
    check(
        "În subteran se aflau 90 de mineri, iar 85 au fost scoși la suprafață.",
        "ro",
        ("present", "civilians", 90, 90),
        ("evacuated", "civilians", 85, 85),
    )


def test_ro_a_crowd_in_front_of_a_seat_of_power() -> None:
    check(
        "Câteva sute de oameni, vecini și colegi, s-au adunat în fața prefecturii.",
        "ro",
        ("present", "protesters", 200, 999),
    )


def test_a_breakdown_between_dashes_keeps_the_measure_before_it() -> None:
    check(
        "Bilanțul: patru turiști decedați – doi bărbați și două femei –, precum și 18 răniți.",
        "ro",
        ("killed", "civilians", 4, 4),
        ("killed", "people", 2, 2),
        ("killed", "civilians", 2, 2),
        ("injured", "people", 18, 18),
    )


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("ro", "Printre cei 40 de răniți se află patru copii.", ("injured", "civilians", 4, 4)),
        ("en", "Among the 15 dead are two police officers.", ("killed", "security", 2, 2)),
    ],
)
def test_part_of_a_set_named_with_its_count(code: str, text: str, want: Row) -> None:
    assert want in figures(text, code)


def test_a_negated_aside_after_the_count_leaves_the_word_before() -> None:
    assert ("injured", "civilians", 2, 2) in figures(
        "Printre cei 17 răniți se află doi copii, niciunul în stare gravă.", "ro"
    )


def test_ru_became_victims_of_an_attack() -> None:
    check("Жертвами обстрела стали пять человек.", "ru", ("killed", "people", 5, 5))
    check("Пострадавшими стали трое рабочих.", "ru", ("injured", "civilians", 3, 3))


# -- "no one ... or ...": a second measure joined to a zero -------------------


def test_zero_joined_by_or_counts_none_of_either() -> None:
    check(
        "Consulatul a confirmat că niciun cetățean moldovean nu a fost rănit sau reținut la Iași.",
        "ro",
        ("injured", "civilians", 0, 0),
        ("arrested", "civilians", 0, 0),
    )
    check(
        "The fire service said no one was killed or injured when the roof gave way.",
        "en",
        ("killed", "people", 0, 0),
        ("injured", "people", 0, 0),
    )
    check(
        "В пресс-службе ведомства уточнили, что никто не погиб и не пострадал.",
        "ru",
        ("killed", "people", 0, 0),
        ("injured", "people", 0, 0),
    )


def test_zero_then_and_a_new_clause_is_no_second_zero() -> None:
    check(
        "No one was hurt and officers arrested two teenagers at the scene.",
        "en",
        ("injured", "people", 0, 0),
        ("arrested", "civilians", 2, 2),
    )


# -- one man hurt: a victim among the population, unless the story is of unrest ---


def test_one_man_hurt_is_a_civilian() -> None:
    check(
        "Shelling on the outskirts overnight wounded a 58-year-old man.", "en", ("injured", "civilians", 1, 1)
    )
    check("Un bărbat a fost rănit de schije în curtea casei sale.", "ro", ("injured", "civilians", 1, 1))


def test_one_man_hurt_in_a_story_of_unrest_is_not_said_who() -> None:
    from newsrewind.extract import events

    texts = [
        "Thousands of protesters marched on parliament on Tuesday.",
        "Police fired tear gas as protesters tried to break through the barricades.",
        "A 30-year-old man was injured by a rubber bullet near the square.",
    ]
    doc = DocContext(lang="en")
    events.scan_document(doc, texts)
    entry = EntryText(texts[2], "en", doc)
    assert [(f.measure, f.group, f.low, f.high) for f in find(entry)] == [("injured", "people", 1, 1)]


# -- people named between dashes after their count -----------------------------


def test_people_named_between_dashes_are_the_count_again() -> None:
    check(
        "Detectives have arrested two more people – a 45-year-old man and a 38-year-old woman – at a flat.",
        "en",
        ("arrested", "people", 2, 2),
    )
    check(
        "Polițiștii au reținut două persoane – un bărbat de 40 de ani și o femeie de 35 de ani – după percheziție.",
        "ro",
        ("arrested", "people", 2, 2),
    )


def test_a_clause_after_a_dash_is_a_count_of_its_own() -> None:
    check(
        "Two people died – a woman was also injured.",
        "en",
        ("killed", "people", 2, 2),
        ("injured", "civilians", 1, 1),
    )


# -- Romanian vocabulary: pupils, breathing one's last, "însă" inside a phrase, a long aside ---


def test_ro_pupils_marching_are_a_rally_crowd() -> None:
    check(
        "La Iași, câteva sute de liceeni și profesori au mers în marș până la prefectură.",
        "ro",
        ("present", "protesters", 200, 999),
    )


def test_ro_breathed_their_last_is_dead() -> None:
    check(
        "Un al treilea pacient, un bărbat de 70 de ani, și-a dat ultima suflare la spital.",
        "ro",
        ("killed", "civilians", 1, 1),
    )


def test_ro_not_found_with_an_adverb_inside_is_missing() -> None:
    check(
        "Trei alpiniști care figurau pe lista salvamontiștilor nu au fost însă găsiți până seara.",
        "ro",
        ("missing", "people", 3, 3),
    )


def test_ro_an_aside_with_age_and_home_county_reaches_the_verb() -> None:
    check(
        "Unul dintre cei doi mecanici, un bărbat de 47 de ani din județul Hunedoara, a fost reținut pentru 24 de ore.",
        "ro",
        ("arrested", "civilians", 1, 1),
    )


def test_a_crowd_alone_is_no_protest() -> None:
    check(
        "A lorry ploughed into the crowd at the market, and a witness said she saw at least five people "
        "lying on the pavement.",
        "en",
    )
    check(
        "Thousands of people gathered outside parliament as the protest grew.",
        "en",
        ("present", "protesters", 2000, 9999),
    )


def test_a_bare_count_after_a_semicolon_is_of_the_people_just_counted() -> None:
    check(
        "Potrivit șefului de tură, în subteran se aflau 92 de mineri la ora accidentului; 80 au fost scoși la suprafață.",
        "ro",
        ("present", "civilians", 92, 92),
        ("evacuated", "civilians", 80, 80),
    )


# -- vehicles and crowds at a blockade ------------------------------------------


def test_ro_tractors_and_lorries_blocking_a_road_are_vehicles_on_the_scene() -> None:
    check(
        "La vama Giurgiu, aproape 90 de camioane și 25 de tractoare blochează banda de ieșire.",
        "ro",
        ("present", "vehicles", 90, 90),
        ("present", "vehicles", 25, 25),
    )


def test_ro_verb_forms_of_a_listed_stem() -> None:
    # "staționează", "circulă": present and imperfect forms of the verbs listed by their stem
    check(
        "Pe centură staționează de ieri peste 300 de utilaje agricole.",
        "ro",
        ("present", "vehicles", 301, None),
    )
    check(
        "Pe DN1, o coloană de 45 de autocamioane circulă cu viteză redusă.",
        "ro",
        ("present", "vehicles", 45, 45),
    )


def test_ro_participants_counted_by_the_gendarmes_at_a_rally() -> None:
    check(
        "Sindicatele vorbesc de 5.000 de oameni strânși în piață, în timp ce Jandarmeria estimează "
        "aproximativ 1.800 de participanți la miting.",
        "ro",
        ("present", "protesters", 5000, 5000),
        ("present", "protesters", 1800, 1800),
    )


# -- asides, rounding, owners ------------------------------------------------------


def test_en_no_one_spelled_with_a_hyphen() -> None:
    check("A shed roof blew off, but no-one was hurt, the council said.", "en", ("injured", "people", 0, 0))


def test_en_a_rounded_headline_count_gives_way_to_the_exact_one() -> None:
    check(
        "Toll rises to 30, with more than 100 hurt. Officials said 104 people had been injured.",
        "en",
        ("killed", "people", 30, 30),
        ("injured", "people", 104, 104),
    )
    # counts from two regions are two counts, not one rounded
    check(
        "In the north, 326 people have been killed; in the south at least 221 people had died.",
        "en",
        ("killed", "people", 326, 326),
        ("killed", "people", 221, None),
    )


def test_en_a_part_in_intensive_care_says_nothing_of_the_whole() -> None:
    got = figures(
        "The clinic said 25 patients were flown to Perth overnight, including three from the intensive care unit.",
        "en",
    )
    assert ("critical", "people", 25, 25) not in got


def test_ro_a_crowd_in_front_of_the_hospital_is_not_in_hospital() -> None:
    got = figures("Zeci de oameni, rude și vecini, s-au adunat în fața spitalului cu lumânări.", "ro")
    assert all(measure != "hospitalized" for measure, *_ in got)


def test_ro_the_people_of_an_aside_between_dashes_are_the_count_before() -> None:
    check(
        "Trei salvatori – doi pompieri și un paramedic – au suferit arsuri ușoare.",
        "ro",
        ("injured", "security", 3, 3),
    )


def test_hurt_told_by_a_phrase_then_taken_to_hospital() -> None:
    check("Doi muncitori cu arsuri au fost internați la Brăila.", "ro", ("hospitalized", "civilians", 2, 2))
    check("Ещё восьмерых рабочих с ожогами доставили в больницу.", "ru", ("hospitalized", "civilians", 8, 8))


def test_ru_none_dead_with_an_aside_before_net() -> None:
    check("Погибших, по предварительным данным, нет.", "ru", ("killed", "people", 0, 0))


def test_ru_sought_help_with_the_verb_last() -> None:
    check(
        "В травмпункт за помощью обратились 9 человек, в том числе двое детей.",
        "ru",
        ("injured", "people", 9, 9),
        ("injured", "civilians", 2, 2),
    )


def test_ru_staff_of_a_named_plant_are_not_the_police_who_hold_them() -> None:
    check("Полицейские задержали трёх работников фабрики.", "ru", ("arrested", "civilians", 3, 3))


def test_ru_one_of_the_miners_died() -> None:
    check("Ночью в больнице скончался один из шахтёров.", "ru", ("killed", "civilians", 1, 1))


# -- attackers put down, hostages unharmed ------------------------------------------


def test_those_killed_by_a_verb_that_puts_down_attackers_are_the_attackers() -> None:
    check(
        "Пятеро осуждённых, напавших на охрану колонии, ликвидированы сотрудниками спецназа.",
        "ru",
        ("killed", "protesters", 5, 5),
    )
    check("Four inmates who seized the guards were neutralised.", "en", ("killed", "protesters", 4, 4))
    check("Trei deținuți au fost neutralizați de trupele speciale.", "ro", ("killed", "protesters", 3, 3))
    # killed by another verb, inmates are people
    check("В колонии при пожаре погибли четверо заключённых.", "ru", ("killed", "people", 4, 4))


def test_a_group_none_of_whom_was_hurt() -> None:
    check("Пассажиры автобуса не пострадали.", "ru", ("injured", "people", 0, 0))
    check("Дети не пострадали.", "ru", ("injured", "civilians", 0, 0))
    check("Жилые дома не пострадали.", "ru")
    check("The crew were unharmed, the airline said.", "en", ("injured", "civilians", 0, 0))
    check("Turiștii nu au fost răniți, a precizat ISU.", "ro", ("injured", "civilians", 0, 0))


def test_en_a_headline_finds_a_body_without_an_article() -> None:
    check("Divers find body of missing fisherman off the coast", "en", ("killed", "civilians", 1, 1))
    check(
        "Crews confirmed the body of the 71-year-old man has been found.", "en", ("killed", "civilians", 1, 1)
    )


def test_ru_a_toll_that_became_a_number_is_of_people() -> None:
    check(
        "Из-под завалов извлекли тела ещё троих шахтёров, погибших стало 12.",
        "ru",
        ("killed", "civilians", 3, 3),
        ("killed", "people", 12, 12),
    )


def test_ru_a_count_in_the_next_sentence_holds_its_own_state() -> None:
    check(
        "За помощью обратились 8 человек, в том числе двое детей. В больнице остаются трое.",
        "ru",
        ("injured", "people", 8, 8),
        ("injured", "civilians", 2, 2),
        ("hospitalized", "people", 3, 3),
    )


def test_en_one_person_named_at_a_headline_start() -> None:
    check(
        "Girl killed in collision with lorry\n\nThe crash happened at 7am.",
        "en",
        ("killed", "civilians", 1, 1),
    )
    check("Key events\n- Hiker missing after storm in the national park", "en", ("missing", "people", 1, 1))
    # a noun after a noun, or a rescue from the ruins, is no one befallen
    check("Journalist death toll rises, press group says", "en")
    check("Man pulled alive from rubble in the old town", "en")


def test_ro_honking_tractors_and_an_incident_without_victims() -> None:
    check(
        "La Botoșani, circa 40 de tractoare au trecut prin centru, claxonând.",
        "ro",
        ("present", "vehicles", 40, 40),
    )
    check("Altercația nu s-a soldat cu victime, a precizat poliția.", "ro", ("casualties", "people", 0, 0))
    check("Medicii suspectează o intoxicație cu fum.", "ro")


def test_ru_a_headline_count_above_is_not_the_noun_of_the_next_line() -> None:
    check(
        "Число пострадавших выросло до шести\n\nЗа медицинской помощью обратились шесть человек, "
        "в том числе один ребенок, сообщили в минздраве.",
        "ru",
        ("injured", "people", 6, 6),
        ("injured", "civilians", 1, 1),
    )


# -- shots, a lone attacker, people at work ----------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # shots fired: whose they were is not said ("unspecified", as the seed gold names them)
        (
            "ro",
            "Au fost trase cel puțin trei focuri de armă lângă liceu.",
            [("shots", "unspecified", 3, None)],
        ),
        ("en", "Witnesses said they heard five shots.", [("shots", "unspecified", 5, 5)]),
        ("ru", "Прозвучало не менее пяти выстрелов.", [("shots", "unspecified", 5, None)]),
        # the attacker named alone is one man, not a crowd of attackers
        ("ro", "Atacatorul a fost rănit de polițiști.", [("injured", "people", 1, 1)]),
        ("en", "The gunman was arrested at the scene.", [("arrested", "people", 1, 1)]),
        ("en", "Two attackers were killed by police.", [("killed", "protesters", 2, 2)]),
        # shot and nothing more said: wounded; shot dead: killed
        ("ro", "O profesoară a fost împușcată în curtea liceului.", [("injured", "civilians", 1, 1)]),
        ("ro", "Paznicul a fost împușcat mortal.", [("killed", "civilians", 1, 1)]),
        # a trade says who: a civilian
        ("en", "A teacher was wounded in the attack.", [("injured", "civilians", 1, 1)]),
        ("ru", "Учитель ранен.", [("injured", "civilians", 1, 1)]),
    ],
)
def test_shots_lone_attacker_and_trades(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # people under orders to leave are evacuated
        (
            "en",
            "About 12,000 residents remain under mandatory evacuation orders.",
            [("evacuated", "people", 12000, 12000)],
        ),
        (
            "en",
            "The blaze prompted evacuation orders for about 3,500 residents.",
            [("evacuated", "people", 3500, 3500)],
        ),
        # crews assigned to a fire are on the scene; a road or a shelter named by number is no count
        (
            "en",
            "More than 900 firefighters were assigned to the blaze.",
            [("present", "security", 901, None)],
        ),
        ("en", "Flames jumped the 101 Freeway and the 23 Freeway overnight.", []),
        ("en", "Officials opened three evacuation shelters in the valley.", []),
        # carabinieri and agents are security staff; a tally of detentions counts the detained
        ("ro", "Trei carabinieri au fost răniți de pietre.", [("injured", "security", 3, 3)]),
        ("ro", "Doi agenți au fost răniți ușor.", [("injured", "security", 2, 2)]),
        ("ro", "Bilanțul reținerilor a ajuns la 41.", [("arrested", "people", 41, 41)]),
        # asking for medical help is being hurt
        ("ro", "Nouă manifestanți au cerut ajutor medical.", [("injured", "protesters", 9, 9)]),
    ],
)
def test_orders_to_leave_crews_assigned_and_tallies_of_detentions(
    code: str, text: str, want: list[Row]
) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # people sleeping in shelters are displaced, whatever the count of shelters between
        (
            "en",
            "Officials said 4,300 people spent the night in 85 shelters.",
            [("displaced", "people", 4300, 4300)],
        ),
        ("en", "The county said all four of its shelters were full.", []),
        # evacuated out of a hospital: no one put in one
        (
            "en",
            "Some 60 patients were evacuated from Riverside General Hospital.",
            [("evacuated", "people", 60, 60)],
        ),
        # a search launched for people: they are missing
        ("en", "The navy launched a search for six sailors.", [("missing", "civilians", 6, 6)]),
    ],
)
def test_shelters_hospitals_left_and_searches_launched(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # one person held is a suspect (people), whoever he is; a trade still says who
        ("ru", "Подросток задержан.", [("arrested", "people", 1, 1)]),
        ("ro", "Un elev de 15 ani a fost reținut.", [("arrested", "people", 1, 1)]),
        (
            "ro",
            "Niciun cetățean român nu a fost rănit sau reținut.",
            [("injured", "civilians", 0, 0), ("arrested", "civilians", 0, 0)],
        ),
        # pupils and staff evacuated from a school are civilians
        ("ru", "Из школы эвакуированы более 900 учеников.", [("evacuated", "civilians", 901, None)]),
        ("ru", "Из здания эвакуировали около 70 сотрудников.", [("evacuated", "civilians", 70, 70)]),
    ],
)
def test_one_held_is_a_suspect_and_school_staff_evacuated(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


def test_ru_personnel_of_an_operation_are_security() -> None:
    check(
        "На месте работают 52 человека личного состава и 17 единиц техники.",
        "ru",
        ("present", "security", 52, 52),
        ("present", "vehicles", 17, 17),
    )


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # "none of them": the group named just before
        ("ro", "Ostaticii au fost eliberați, niciunul nu a fost rănit.", [("injured", "civilians", 0, 0)]),
        ("ru", "Заложники освобождены, никто из них не пострадал.", [("injured", "civilians", 0, 0)]),
        ("en", "The hostages were freed and none of them was hurt.", [("injured", "civilians", 0, 0)]),
        ("en", "No one was hurt.", [("injured", "people", 0, 0)]),
        # crews sent to a search are on the scene; those they seek are missing
        (
            "ro",
            "Aproximativ 100 de militari au fost mobilizați pentru căutări.",
            [("present", "security", 100, 100)],
        ),
        (
            "en",
            "About 200 rescuers are searching for two missing hikers.",
            [("present", "security", 200, 200), ("missing", "people", 2, 2)],
        ),
    ],
)
def test_none_of_them_and_crews_sent_to_search(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # gravely hurt is a grave state
        ("ro", "Trei persoane au fost rănite grav.", [("critical", "people", 3, 3)]),
        ("ro", "Doi bărbați au fost grav răniți în accident.", [("critical", "people", 2, 2)]),
        # a teenager held; the one who fired, held, is one man
        ("ro", "Un adolescent de 16 ani a fost reținut de polițiști.", [("arrested", "people", 1, 1)]),
        ("ru", "Стрелявший задержан.", [("arrested", "people", 1, 1)]),
    ],
)
def test_gravely_hurt_and_the_one_held(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a word of when between the verb and its count
        ("ru", "Полиция задержала за ночь 45 человек.", [("arrested", "people", 45, 45)]),
        ("ru", "Спасатели эвакуировали за сутки 300 человек.", [("evacuated", "people", 300, 300)]),
        ("ro", "Poliția a reținut peste noapte 45 de persoane.", [("arrested", "people", 45, 45)]),
    ],
)
def test_when_between_verb_and_count(code: str, text: str, want: list[Row]) -> None:
    check(text, code, *want)


def test_people_who_heard_shots_count_no_shots() -> None:
    check("Mai mulți localnici au sunat la 112 spunând că au auzit împușcături.", "ro")
    check("Several residents said they heard gunshots.", "en")
    check("Witnesses heard at least 12 shots.", "en", ("shots", "unspecified", 12, None))


def test_ru_one_named_before_a_relative_clause() -> None:
    check("Охранник банка, который пытался помешать нападавшим, погиб.", "ru", ("killed", "civilians", 1, 1))
    check("Подросток, который стрелял в школе, задержан.", "ru", ("arrested", "people", 1, 1))
    check("Люди, которые были в здании, погибли.", "ru")


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        (
            "Четверо из семи боевиков убиты в ходе штурма, сообщили силовики.",
            "ru",
            [("killed", "protesters", 4, 4)],
        ),
        ("Troops said 3 of 8 gunmen had been shot dead.", "en", [("killed", "protesters", 3, 3)]),
        (
            "Patru din cei nouă atacatori au fost uciși de trupele speciale.",
            "ro",
            [("killed", "protesters", 4, 4)],
        ),
        # a set of things keeps its own size: the drones sent, whatever befell them
        ("ПВО сбила 17 из 20 беспилотников.", "ru", [("shots", "drones", 20, 20)]),
        # the part is the object of another verb: the set is the toll, the part is no count
        (
            "Officials published the names of two of the four people killed.",
            "en",
            [("killed", "people", 4, 4)],
        ),
    ],
)
def test_part_of_a_set_of_people_is_the_count(text: str, code: str, want: list[Row]) -> None:
    """'N of the M attackers were killed': N died, M is only the size of the group."""
    assert figures(text, code) == want


def test_ru_one_named_among_words_that_count_nobody() -> None:
    """'Среди захваченных — ...': a word for those held is no casualty word; nothing breaks, no count."""
    assert figures("Заключённые удерживают людей, среди захваченных — начальник отряда.", "ru") == []


def test_ro_strikes_counted_are_no_people_and_where_people_come_from_is_read_past() -> None:
    check(
        "Au fost lansate 40 de drone, iar 12 lovituri au fost înregistrate.",
        "ro",
        ("shots", "drones", 40, 40),
    )
    check(
        "22 de persoane din șase gospodării au fost mutate temporar la rude.",
        "ro",
        ("evacuated", "people", 22, 22),
    )
    check("Thirty pupils from two schools were evacuated.", "en", ("evacuated", "civilians", 30, 30))


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Погибли двое сотрудников исправительной колонии.", "ru", ("killed", "security", 2, 2)),
        ("Three prison officers were stabbed and wounded.", "en", ("injured", "security", 3, 3)),
        ("Trei angajați ai penitenciarului au fost răniți.", "ro", ("injured", "security", 3, 3)),
    ],
)
def test_prison_staff_are_security(text: str, code: str, want: Row) -> None:
    assert figures(text, code) == [want]


def test_one_more_of_a_group_keeps_its_group() -> None:
    check(
        "Шестеро боевиков уничтожены, ещё один задержан.",
        "ru",
        ("killed", "protesters", 6, 6),
        ("arrested", "protesters", 1, 1),
    )
    # alone, one arrested is a person held to account
    check("Нападавший задержан.", "ru", ("arrested", "people", 1, 1))


def test_ru_supporters_and_whose_they_are() -> None:
    # the police that detain them are no owner of the supporters; an opposition's supporters protest
    check("Полиция задержала более 200 сторонников.", "ru", ("arrested", "people", 201, None))
    check("Полиция задержала 40 сторонников оппозиции.", "ru", ("arrested", "protesters", 40, 40))
    # a possessive between the count and its noun
    check("Он сказал, что задержаны 150 его сторонников.", "ru", ("arrested", "people", 150, 150))
    check("Десятки людей избиты дубинками.", "ru", ("injured", "people", 20, 99))


def test_en_a_part_of_a_group_named_by_its_noun_and_those_a_hospital_took_in() -> None:
    check("Two of the gunmen were shot dead by troops.", "en", ("killed", "protesters", 2, 2))
    check("Four of the policemen were wounded.", "en", ("injured", "security", 4, 4))
    check("The district hospital had admitted 38 wounded people.", "en", ("hospitalized", "people", 38, 38))
    # a hospital that receives things admits nobody
    assert figures("The hospital received a donation of 300 blankets.", "en") == []


def test_en_a_hospital_a_few_words_before_admitted_is_its_subject() -> None:
    check(
        "The regional teaching hospital in the valley has admitted 14 of the miners.",
        "en",
        ("hospitalized", "civilians", 14, 14),
    )
    # no hospital before it: an admission of another kind
    assert figures("The governor admitted 14 complaints had gone unanswered.", "en") == []


def test_en_a_headline_line_without_a_full_stop_ends_before_the_next_line() -> None:
    # the last word of the headline ("gate") does not name a gate number on the next line
    check(
        "Families protest outside terminal gate\nDozens of relatives gathered at the terminal, chanting.",
        "en",
        ("present", "protesters", 20, 99),
    )


# -- munitions shot down, counterfactuals, names, number signs -------------------------


def test_drones_shot_down_are_no_count_but_drones_launched_are() -> None:
    check(
        "Overnight the enemy launched 80 drones at the region. Air defences shot down 52 drones over the coast.",
        "en",
        ("shots", "drones", 80, 80),
    )


def test_ro_drones_downed_are_no_count() -> None:
    check("Peste noapte au fost doborâte 45 de drone deasupra orașului.", "ro")


def test_ru_drones_downed_are_no_count() -> None:
    check("Силы ПВО сбили 30 беспилотников над областью.", "ru")


def test_people_on_board_are_present() -> None:
    check(
        "A small airliner with 48 people on board skidded off the runway.",
        "en",
        ("present", "people", 48, 48),
    )


def test_killed_on_board_stays_a_toll() -> None:
    check("The ferry capsized, killing all 31 people on board.", "en", ("killed", "people", 31, 31))


def test_no_one_somewhere_was_hurt() -> None:
    check(
        "The lorry hit a wall; no one on the ground was hurt, the police said.",
        "en",
        ("injured", "people", 0, 0),
    )


def test_ro_counterfactual_is_no_count() -> None:
    check("Dacă racheta cădea pe spital, acum am fi numărat zeci de morți, a spus primarul.", "ro")


def test_ro_a_country_is_no_person_hit() -> None:
    check("Noaptea trecută Rusia a lovit din nou depozitele din port.", "ro")


def test_ro_a_hurt_word_after_a_building_describes_the_building() -> None:
    check(
        "Peste 40 de locatari ai blocului lovit au fost cazați temporar într-un cămin.",
        "ro",
        ("displaced", "people", 41, None),
    )


def test_ru_number_sign_names_a_hospital() -> None:
    check("Утром в городской больнице № 3 скончался пожилой мужчина.", "ru", ("killed", "civilians", 1, 1))


def test_ru_payments_promised_are_no_count() -> None:
    check("Раненые получат по 300 тысяч рублей, семьи погибших — по миллиону.", "ru")


def test_ru_participle_of_those_who_sought_help() -> None:
    check("Число обратившихся за помощью к вечеру выросло до 62.", "ru", ("injured", "people", 62, 62))


def test_ru_outpatients_sent_home_are_hurt() -> None:
    check(
        "Еще 23 человека получили помощь амбулаторно и отпущены домой.",
        "ru",
        ("injured", "people", 23, 23),
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Conducerea penitenciarului a dezmințit zvonurile despre patru deținuți morți.", "ro"),
        ("The regional health office denied reports of five deaths at the plant.", "en"),
        ("В полиции опровергли сведения о двух погибших на рынке.", "ru"),
    ],
)
def test_a_count_an_authority_denies_is_no_figure(text: str, code: str) -> None:
    check(text, code)


def test_en_no_casualty_figures_given_is_no_zero() -> None:
    check("Officials asked drivers to avoid the bridge. No casualty figures were released.", "en")
    check("There were no casualties at the depot.", "en", ("casualties", "people", 0, 0))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("It is the worst mine disaster since 2010, when a blast killed 29 miners.", "en"),
        ("Este cel mai grav accident feroviar din 2012, când au murit 17 pasageri.", "ro"),
        ("Это самая крупная авария с 2009 года, когда погибли 75 рабочих.", "ru"),
    ],
)
def test_a_year_and_when_tell_an_earlier_disaster(text: str, code: str) -> None:
    check(text, code)


def test_ro_aid_paid_to_families_is_no_price() -> None:
    check(
        "Primăria a anunțat un ajutor de urgență de 3.000 de lei pentru fiecare familie, iar prețurile la pâine "
        "au fost plafonate.",
        "ro",
    )


def test_a_price_takes_the_goods_of_its_own_sentence() -> None:
    assert [
        (f[1], f[2])
        for f in figures(
            "Prețurile au explodat. O pâine costă 9 lei, iar un bax de apă plată a ajuns la 40 de lei.", "ro"
        )
    ] == [("bread", 9), ("bottled water", 40)]


def test_ro_a_country_after_a_colon_is_no_person_hit() -> None:
    check("Noapte grea în sud: Rusia a lovit cu rachete depozitele din port.", "ro")


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Unul dintre turiștii răniți, o femeie de 30 de ani, a povestit ce a văzut.", "ro", []),
        (
            "Unul dintre turiștii răniți a murit la spital.",
            "ro",
            [("killed", "civilians", 1, 1)],
        ),
        ("One of the injured hikers described the moment the slope gave way.", "en", []),
        ("Один из раненых туристов рассказал о случившемся.", "ru", []),
        (
            "Один из раненых сотрудников колонии скончался ночью.",
            "ru",
            [("killed", "security", 1, 1)],
        ),
    ],
)
def test_one_of_a_set_counted_hurt_has_only_the_state_said_after(
    text: str, code: str, want: list[Row]
) -> None:
    assert figures(text, code) == want


def test_en_a_count_after_the_parts_of_a_toll_keeps_no_part_group() -> None:
    check(
        "Officials say 15 people died, among them three children and two police officers, and 40 were hurt.",
        "en",
        ("killed", "people", 15, 15),
        ("killed", "civilians", 3, 3),
        ("killed", "security", 2, 2),
        ("injured", "people", 40, 40),
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protestatarii au ieșit din nou în stradă. La referendum au participat 900.000 de alegători.", "ro"),
        ("Protesters marched again. Some 3 million voters took part in the referendum.", "en"),
        ("Протестующие снова вышли на улицы. В референдуме приняли участие 900 тысяч избирателей.", "ru"),
    ],
)
def test_voters_who_took_part_in_a_vote_are_no_crowd(text: str, code: str) -> None:
    check(text, code)


def test_voters_hurt_are_people() -> None:
    check("Trei alegători au fost răniți la o secție de votare.", "ro", ("injured", "people", 3, 3))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Salvatorii caută turistul dispărut cu ajutorul a două drone și al câinilor.", "ro"),
        ("Rescuers are combing the forest with four drones and a helicopter.", "en"),
        ("Спасатели ищут пропавшего грибника с помощью трёх беспилотников.", "ru"),
    ],
)
def test_drones_flown_in_a_search_are_no_shots(text: str, code: str) -> None:
    assert [f for f in figures(text, code) if f[0] == "shots"] == []


def test_ro_crews_sent_are_no_count_of_people() -> None:
    check(
        "Un bărbat a murit. La fața locului au fost trimise mai multe echipaje de poliție și ambulanțe.",
        "ro",
        ("killed", "civilians", 1, 1),
    )
    check("Patru membri ai echipajului au fost răniți.", "ro", ("injured", "civilians", 4, 4))


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        (
            "At least 30 people died in the crash. Eighteen of the bodies have been identified.",
            "en",
            [("killed", "people", 30, None)],
        ),
        (
            "Forty people were injured. Nine of the injured were flown to the capital overnight.",
            "en",
            [("injured", "people", 40, 40)],
        ),
        (
            "Forty people were injured. Nine of the injured are in a critical condition.",
            "en",
            [("injured", "people", 40, 40), ("critical", "people", 9, 9)],
        ),
        (
            "Au murit 14 oameni. Zece dintre morți au fost identificați de familii.",
            "ro",
            [("killed", "people", 14, 14)],
        ),
        (
            "Погибли 14 человек. Опознаны 10 из погибших.",
            "ru",
            [("killed", "people", 14, 14)],
        ),
    ],
)
def test_some_of_those_already_counted_told_nothing_new_are_no_figure(
    text: str, code: str, want: list[Row]
) -> None:
    assert figures(text, code) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peste noapte, salvatorii au scos cu bărcile 37 de oameni din casele inundate.",
            [("evacuated", "people", 37, 37)],
        ),
        ("Jandarmii au scos din clădire peste 60 de persoane.", [("evacuated", "people", 61, None)]),
        (
            "Ministrul a scos în evidență 3 probleme ale spitalului, după ce doi pacienți au murit.",
            [("killed", "civilians", 2, 2)],
        ),
        ("Patru pescari sunt căutați de scafandri pe lac.", [("missing", "civilians", 4, 4)]),
    ],
)
def test_ro_taken_out_and_searched_for(text: str, want: list[Row]) -> None:
    assert figures(text, "ro") == want


def test_people_taken_away_hurt_are_hurt() -> None:
    check("Paramedicii au preluat doi turiști răniți.", "ro", ("injured", "civilians", 2, 2))
    check("Crews pulled out two people who were injured.", "en", ("injured", "people", 2, 2))


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("Three climbers are still being searched for on the glacier.", "en", [("missing", "people", 3, 3)]),
        ("Двое рыбаков до сих пор разыскиваются.", "ru", [("missing", "civilians", 2, 2)]),
        ("Two suspects are still being sought by detectives.", "en", []),
        ("Разыскиваются двое подозреваемых в поджоге.", "ru", []),
        ("Doi suspecți sunt căutați de polițiști.", "ro", []),
        ("Doi suspecți au fost reținuți.", "ro", [("arrested", "people", 2, 2)]),
    ],
)
def test_those_searched_for_are_missing_but_suspects_are_wanted(
    text: str, code: str, want: list[Row]
) -> None:
    assert figures(text, code) == want


def test_ru_a_participle_naming_someone_is_no_state_of_those_counted_before() -> None:
    check(
        "Погиб один охранник, двое ранены. Погибшему охраннику было 52 года.",
        "ru",
        ("killed", "civilians", 1, 1),
        ("injured", "people", 2, 2),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Следователи задержали старшего инспектора изолятора.", [("arrested", "security", 1, 1)]),
        ("В аварии пострадал инспектор ДПС.", [("injured", "security", 1, 1)]),
    ],
)
def test_ru_inspectors_take_the_group_of_their_service(text: str, want: list[Row]) -> None:
    assert figures(text, "ru") == want


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("All four hostage-takers were killed in the raid.", "en"),
        ("Cei doi sechestratori au fost uciși de mascați, iar patru sechestratori au murit.", "ro"),
        ("При штурме погибли трое захватчиков.", "ru"),
    ],
)
def test_hostage_takers_are_attackers(text: str, code: str) -> None:
    assert {f[1] for f in figures(text, code)} == {"protesters"}


def test_those_just_counted_named_again_behind_an_article_are_the_same() -> None:
    check(
        "Doi protestatari au fost reținuți. Cei doi bărbați reținuți au fost duși la secție.",
        "ro",
        ("arrested", "protesters", 2, 2),
    )
    check(
        "Two protesters were arrested. The two men detained were later released.",
        "en",
        ("arrested", "protesters", 2, 2),
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two people died. The block, which had 36 flats, collapsed at dawn.", "en"),
        ("Un om a murit. În zonă se află 40 de case, iar 300 de clienți au rămas fără curent.", "ro"),
    ],
)
def test_things_that_stand_where_they_are_are_never_present(text: str, code: str) -> None:
    assert [f for f in figures(text, code) if f[0] == "present"] == []


def test_a_none_before_a_comma_does_not_negate_the_count_after_it() -> None:
    check("Погибших нет, ранены двое.", "ru", ("killed", "people", 0, 0), ("injured", "people", 2, 2))
    check("Жертв нет, пострадали трое.", "ru", ("casualties", "people", 0, 0), ("injured", "people", 3, 3))
    check("Никто не ранен.", "ru", ("injured", "people", 0, 0))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The 2015 attack on the concert hall killed 130 people.", "en"),
        ("A 7.8-magnitude quake struck the region in 2023, killing more than 50,000.", "en"),
        ("Incendiul din clubul Colectiv din 2015 a ucis 64 de oameni.", "ro"),
        ("Теракт в концертном зале в 2024 году унес жизни 145 человек.", "ru"),
    ],
)
def test_a_bare_year_inside_a_sentence_tells_an_earlier_event(text: str, code: str) -> None:
    assert figures(text, code) == []


def test_a_sentence_measured_against_a_year_keeps_its_counts() -> None:
    check(
        "Five people were killed on Friday in the deadliest attack since 2015.",
        "en",
        ("killed", "people", 5, 5),
    )
    check(
        "Peste 100.000 de oameni au protestat, cel mai mare protest din 1989.",
        "ro",
        ("present", "protesters", 100001, None),
    )
    check("On 5 March 2024, 12 people were killed.", "en", ("killed", "people", 12, 12))


def test_one_person_named_with_an_age_between_noun_and_verb() -> None:
    check("Tânărul de 19 ani a fost reținut.", "ro", ("arrested", "people", 1, 1))
    check("Șoferul de 33 de ani a murit pe loc.", "ro", ("killed", "civilians", 1, 1))
    check("The 34-year-old man was arrested.", "en", ("arrested", "people", 1, 1))
    check("Police said the woman was killed.", "en", ("killed", "civilians", 1, 1))
    check("Задержан 37-летний местный житель.", "ru", ("arrested", "people", 1, 1))


def test_ru_one_subject_before_its_genitive() -> None:
    check("Сотрудник полиции погиб при исполнении.", "ru", ("killed", "security", 1, 1))
    check("Житель Белгорода погиб.", "ru", ("killed", "civilians", 1, 1))


def test_shelters_hold_the_displaced_but_a_count_of_them_is_none() -> None:
    check(
        "Около 500 человек находятся в пунктах временного размещения.",
        "ru",
        ("displaced", "people", 500, 500),
    )
    check("В регионе открыты 12 пунктов временного размещения.", "ru")


def test_taking_part_still_sought_and_named_by_trade() -> None:
    check("В акции приняли участие около 2 тысяч человек.", "ru", ("present", "protesters", 2000, 2000))
    check("Opt persoane sunt în continuare căutate.", "ro", ("missing", "people", 8, 8))
    check("Patruzeci de migranți au fost salvați.", "ro", ("evacuated", "people", 40, 40))
    check("The strike injured three port workers.", "en", ("injured", "civilians", 3, 3))
    check("Two border guards were wounded.", "en", ("injured", "security", 2, 2))


def test_ru_none_hurt_after_an_aside_or_a_pronoun() -> None:
    check(
        "Сотрудники ФСИН, которых удерживали в заложниках, не пострадали.",
        "ru",
        ("injured", "security", 0, 0),
    )
    check("Освобождены оба заложника, они не пострадали.", "ru", ("injured", "civilians", 0, 0))
    check("В ходе штурма уничтожены пять преступников.", "ru", ("killed", "protesters", 5, 5))


def test_ru_officials_held_are_people() -> None:
    check("Мятежники задержали нескольких министров.", "ru", ("arrested", "people", 2, 9))
    check("Военные задержали президента страны.", "ru", ("arrested", "people", 1, 1))


def test_ro_crews_at_work_and_rescues() -> None:
    check(
        "Pompierii au intervenit cu 12 autospeciale și 40 de militari.",
        "ro",
        ("present", "vehicles", 12, 12),
        ("present", "security", 40, 40),
    )
    check("Pompierii au intervenit pentru salvarea a 5 persoane.", "ro", ("evacuated", "people", 5, 5))


def test_on_board_then_what_befell_them() -> None:
    check("Five of the six passengers on the flight died.", "en", ("killed", "people", 5, 5))
    check("The plane had 72 people on board.", "en", ("present", "people", 72, 72))


def test_part_of_a_counted_set_in_a_state() -> None:
    check("Two of the 12 injured are in critical condition.", "en", ("critical", "people", 2, 2))


def test_a_year_in_another_clause_than_the_measure() -> None:
    check(
        "The storm is the deadliest in the country's history, surpassing the 1973 floods that killed 150 people.",
        "en",
    )
    check(
        "Police say 12 people were killed, making it the deadliest attack of 2024.",
        "en",
        ("killed", "people", 12, 12),
    )
    # a clause after the toll, no compound noun: the toll is no count of rescuers
    assert not any(
        r[1] == "security" for r in figures("Death Toll Passes 60 as Rescuers Search Collapsed Hotel", "en")
    )


def test_crews_put_in_place_are_no_protest_and_a_later_clause_is_not_theirs() -> None:
    rows = figures(
        "The utility said roughly 9,500 line workers were staged to start repairs once the wind dies down.",
        "en",
    )
    assert not any(r[0] == "killed" or r[1] == "protesters" for r in rows)
    check(
        "Some 5,000 people staged a march through the capital.", "en", ("present", "protesters", 5000, 5000)
    )


def test_a_year_names_the_background_from_where_it_stands() -> None:
    check(
        "The blast killed 135 people in a country still scarred by the 1975-90 civil war.",
        "en",
        ("killed", "people", 135, 135),
    )


def test_a_pronoun_after_a_comma_opens_what_came_next() -> None:
    check(
        "Пострадали 3 человека, они госпитализированы.",
        "ru",
        ("injured", "people", 3, 3),
        ("hospitalized", "people", 3, 3),
    )
    check("В ДТП попали 5 человек, их госпитализировали.", "ru", ("hospitalized", "people", 5, 5))


def test_gerunds_of_killing_and_hostages_freed_unhurt() -> None:
    check(
        "Atacatorul a deschis focul în mulțime, ucigând cinci persoane și rănind alte 12.",
        "ro",
        ("killed", "people", 5, 5),
        ("injured", "people", 12, 12),
    )
    check("Ostaticii au fost eliberați nevătămați.", "ro", ("injured", "civilians", 0, 0))
    check("The hostages were released unharmed after 14 hours.", "en", ("injured", "civilians", 0, 0))


def test_a_number_that_ends_a_channel_name_is_no_count() -> None:
    check(
        "Ministrul a prezentat la France 24, intrată din nou sub control, un bilanț revizuit: "
        "12 persoane și-au pierdut viața.",
        "ro",
        ("killed", "people", 12, 12),
    )
    check("The minister told Channel 4 the toll had risen.", "en")
    check("În Iași 5 persoane au fost rănite.", "ro", ("injured", "people", 5, 5))
    check("В Курске 5 погибших.", "ru", ("killed", "people", 5, 5))


def test_captured_and_the_noun_of_arrest_count_the_held() -> None:
    check("Cel puțin cinci soldați au fost capturați.", "ro", ("arrested", "security", 5, None))
    check("At least five of the mutineers were captured.", "en", ("arrested", "security", 5, None))
    check(
        "Guvernul a anunțat arestarea a 17 militari suspectați de participare la puci.",
        "ro",
        ("arrested", "security", 17, 17),
    )
    check("Poliția a confirmat reținerea a 12 persoane.", "ro", ("arrested", "people", 12, 12))


def test_a_list_of_the_dead_ends_where_iar_opens_the_next_clause() -> None:
    check(
        "12 persoane și-au pierdut viața, între care patru militari și cinci civili, iar alte 51 au fost rănite.",
        "ro",
        ("killed", "people", 12, 12),
        ("killed", "security", 4, 4),
        ("killed", "civilians", 5, 5),
        ("injured", "people", 51, 51),
    )


def test_the_one_quoted_is_no_one_counted() -> None:
    check("Al Jazeera, citând un ofițer, afirmă că președintele ar fi fost reținut.", "ro")


def test_a_wound_received_in_the_present_tense() -> None:
    check("63-летний охранник получает ранение в плечо.", "ru", ("injured", "civilians", 1, 1))


def test_the_doers_in_the_instrumental_are_not_the_one_held() -> None:
    check("Стрелявший задержан сотрудниками полиции.", "ru", ("arrested", "people", 1, 1))
    check("Подозреваемый задержан полицейскими на вокзале.", "ru", ("arrested", "people", 1, 1))
    check("Погиб сотрудник полиции.", "ru", ("killed", "security", 1, 1))


def test_all_of_them_opens_what_came_next_of_those_counted() -> None:
    check(
        "Ранены девять человек, все они в больницах.",
        "ru",
        ("injured", "people", 9, 9),
        ("hospitalized", "people", 9, 9),
    )


def test_part_of_the_injured_is_of_the_injured_group() -> None:
    check(
        "Cel puțin șapte persoane au fost ucise și 34 au fost rănite. Printre morți se află doi "
        "polițiști. Șase dintre răniți sunt în stare gravă.",
        "ro",
        ("killed", "people", 7, None),
        ("injured", "people", 34, 34),
        ("killed", "security", 2, 2),
        ("critical", "people", 6, 6),
    )


def test_by_the_hospital_is_not_in_it() -> None:
    check("Десятки родственников с утра дежурят у городской больницы.", "ru")
    check("Трое находятся в городской больнице.", "ru", ("hospitalized", "people", 3, 3))


def test_a_denier_answering_with_a_count_of_its_own() -> None:
    check(
        "В облминздраве эти данные опровергли: «В реанимации трое, их состояние стабильно тяжёлое».",
        "ru",
        ("critical", "people", 3, 3),
    )
    check("В МЧС опровергли сообщения о трех погибших.", "ru")


def test_an_acquaintance_held() -> None:
    check("В Сызрани задержан 18-летний знакомый стрелявшего.", "ru", ("arrested", "people", 1, 1))


def test_a_woman_student_is_a_civilian() -> None:
    check("Одна из раненых студенток скончалась в больнице.", "ru", ("killed", "civilians", 1, 1))


def test_a_count_said_to_be_untrue_is_no_figure() -> None:
    check(
        "Информация о четырёх погибших, которую распространяют некоторые каналы, не соответствует "
        "действительности. На эту минуту погибли два человека.",
        "ru",
        ("killed", "people", 2, 2),
    )


def test_the_missing_stay_missing_when_a_later_clause_speaks_of_bodies() -> None:
    check(
        "The chief said 40 people were dead and 12 others were still missing, and he accused the "
        "police of counting only the bodies they had carried away.",
        "en",
        ("killed", "people", 40, 40),
        ("missing", "people", 12, 12),
    )


def test_a_casualty_word_before_the_noun_after_a_count_of_the_dead() -> None:
    check(
        "Volunteers pulled out seven bodies, and five injured persons were taken to the General Hospital.",
        "en",
        ("killed", "people", 7, 7),
        ("injured", "people", 5, 5),
    )


def test_a_time_phrase_between_the_care_sought_and_the_count() -> None:
    check("За медицинской помощью с утра обратились 17 человек.", "ru", ("injured", "people", 17, 17))
    check("В больницы с начала суток поступил 21 человек.", "ru", ("hospitalized", "people", 21, 21))


def test_a_toll_that_remains_at_a_value() -> None:
    check("The official death toll remains at nine.", "en", ("killed", "people", 9, 9))


def test_crews_on_duty_are_on_the_scene() -> None:
    check(
        "Aproximativ 250 de jandarmi sunt la datorie în zona gării.", "ro", ("present", "security", 250, 250)
    )
    check("Около 400 полицейских несут службу на улицах города.", "ru", ("present", "security", 400, 400))
    check("Some 150 officers are patrolling the square tonight.", "en", ("present", "security", 150, 150))


def test_trapped_in_a_wreck_are_missing() -> None:
    check("Trei pasageri sunt încă încarcerați în primul vagon.", "ro", ("missing", "people", 3, 3))
    check("„Patru oameni sunt încă prinși între fiare”, a spus prefectul.", "ro", ("missing", "people", 4, 4))
    check("Три человека остаются заблокированы в салоне автобуса.", "ru", ("missing", "people", 3, 3))


def test_none_of_a_group_named_before_among_the_hurt() -> None:
    check("Граждан Казахстана среди пострадавших нет.", "ru", ("injured", "civilians", 0, 0))
    check("Среди пострадавших в больнице нет детей.", "ru")


def test_a_count_the_page_took_back_is_no_figure() -> None:
    check(
        "Correction: an earlier version of this post said 12 people were seriously injured. "
        "Police say nine were seriously injured.",
        "en",
        ("critical", "people", 9, 9),
    )
    check("Corectură: într-o versiune anterioară a acestei știri am scris că 11 persoane au murit.", "ro")


def test_receiving_treatment_and_first_aid() -> None:
    check("Officials said 27 people were receiving treatment.", "en", ("hospitalized", "people", 27, 27))
    check("Eight people are receiving treatment at the scene.", "en", ("injured", "people", 8, 8))
    check("Paramedics gave first aid to more than 30 people.", "en", ("injured", "people", 31, None))
    check("Alte 14 persoane au primit primul ajutor la fața locului.", "ro", ("injured", "people", 14, 14))


def test_an_aside_that_says_who_a_part_is() -> None:
    check(
        "Two of them, a 12-year-old girl and a man in his sixties, died overnight.",
        "en",
        ("killed", "civilians", 2, 2),
    )


def test_one_more_person_in_romanian() -> None:
    check("Un alt pasager este dat dispărut.", "ro", ("missing", "people", 1, 1))


def test_two_persons_held_one_named_by_a_possessive() -> None:
    check("Задержаны директор рынка и его заместитель.", "ru", ("arrested", "people", 2, 2))


def test_the_doers_of_an_active_verb_are_not_one_held() -> None:
    check("Police detained the driver.", "en", ("arrested", "civilians", 1, 1))


def test_and_a_new_subject_after_a_comma_opens_another_clause() -> None:
    check(
        "Doctors said two patients were reclassified overnight, and the number of seriously injured fell.",
        "en",
    )


def test_bodies_in_the_indefinite_plural() -> None:
    check("Scafandrii au scos patru trupuri din lac.", "ro", ("killed", "people", 4, 4))


def test_including_opens_a_part_in_russian() -> None:
    check(
        "За медпомощью с вечера обратились 27 человек, включая шестерых несовершеннолетних.",
        "ru",
        ("injured", "people", 27, 27),
        ("injured", "civilians", 6, 6),
    )


def test_of_them_opening_a_sentence_is_of_the_whole_not_its_part() -> None:
    check(
        "Ранены 20 человек, в том числе трое детей. Девять из них находятся в больницах.",
        "ru",
        ("injured", "people", 20, 20),
        ("injured", "civilians", 3, 3),
        ("hospitalized", "people", 9, 9),
    )


def test_an_ordinal_alone_after_a_count_is_one_more() -> None:
    check(
        "Двое нападавших ликвидированы, третий задержан.",
        "ru",
        ("killed", "protesters", 2, 2),
        ("arrested", "protesters", 1, 1),
    )
    check(
        "Two gunmen were killed and a third was arrested.",
        "en",
        ("killed", "protesters", 2, 2),
        ("arrested", "protesters", 1, 1),
    )
    check(
        "Doi atacatori au fost uciși, iar al treilea a fost reținut.",
        "ro",
        ("killed", "protesters", 2, 2),
        ("arrested", "protesters", 1, 1),
    )


def test_an_article_before_an_operation_or_a_place_counts_no_one() -> None:
    check("Two men were caught carrying tools out of an evacuated home.", "en")
    check("The regional district issued an evacuation order for 640 properties.", "en")
    check("An evacuated resident said she had lost everything.", "en", ("evacuated", "people", 1, 1))


def test_townspeople_none_of_whom_was_hurt_during_an_operation() -> None:
    check("Никто из горожан во время ночной операции не пострадал.", "ru", ("injured", "civilians", 0, 0))


def test_still_in_hospital_said_now() -> None:
    check("В больницах сейчас остаются два человека.", "ru", ("hospitalized", "people", 2, 2))


def test_crews_flown_in_or_put_on_a_blaze_are_present() -> None:
    check("A contingent of 120 firefighters landed at the airport.", "en", ("present", "security", 120, 120))
    check("160 firefighters are on the fire.", "en", ("present", "security", 160, 160))


def test_evacuees_registered_or_back_home() -> None:
    check("More than 2,600 evacuees have registered so far.", "en", ("evacuated", "people", 2601, None))
    check(
        "The shelter opened at noon and more than 300 people had registered there by evening.",
        "en",
        ("displaced", "people", 301, None),
    )
    check("About 2,000 evacuees have already returned home.", "en")


def test_not_heard_from_is_missing() -> None:
    check("Two climbers have not been heard from since Tuesday.", "en", ("missing", "people", 2, 2))


def test_an_ordinal_alone_in_a_state() -> None:
    check(
        "Trei persoane au murit, iar a patra este în stare gravă.",
        "ro",
        ("killed", "people", 3, 3),
        ("critical", "people", 1, 1),
    )
    check(
        "Двое погибли, третий в реанимации.", "ru", ("killed", "people", 2, 2), ("critical", "people", 1, 1)
    )


def test_arrests_dated_by_a_past_season_or_year_are_background() -> None:
    check("Всех троих арестовали осенью по делам о разбое.", "ru")
    check("All three had been arrested last autumn on robbery charges.", "en")
    check("Toți trei fuseseră arestați în toamnă pentru tâlhărie.", "ro")
    check("Cei doi au fost reținuți anul trecut pentru trafic de droguri.", "ro")
    check("Police arrested three suspects on Tuesday morning.", "en", ("arrested", "people", 3, 3))


def test_an_ordinal_opening_the_next_sentence_is_one_more() -> None:
    check(
        "Two gunmen were shot dead; the third was detained.",
        "en",
        ("killed", "protesters", 2, 2),
        ("arrested", "protesters", 1, 1),
    )
    check(
        "Двое нападавших ликвидированы. Третий задержан.",
        "ru",
        ("killed", "protesters", 2, 2),
        ("arrested", "protesters", 1, 1),
    )


def test_one_of_a_group_named_without_an_article() -> None:
    check("Один из полицейских ранен.", "ru", ("injured", "security", 1, 1))
    check("В колонии начался бунт, один из сотрудников ранен.", "ru", ("injured", "security", 1, 1))
    check("Одна из женщин, которую считали пропавшей, нашлась у родственников.", "ru")


def test_freed_and_unhurt_in_a_second_verb() -> None:
    check("Заложники освобождены и не пострадали.", "ru", ("injured", "civilians", 0, 0))
    check("The hostages were released and are unhurt.", "en", ("injured", "civilians", 0, 0))
    check("Ostaticii au fost eliberați și nu au fost răniți.", "ro", ("injured", "civilians", 0, 0))


def test_some_of_the_evacuees_said_who() -> None:
    check("Thirty-eight of the evacuees were children.", "en", ("evacuated", "civilians", 38, 38))
    check("About 300 evacuees spent the night at the arena.", "en", ("evacuated", "people", 300, 300))


def test_kin_of_someone_are_civilians_unless_held_or_gathered() -> None:
    check("Her husband is still missing after the flood.", "en", ("missing", "civilians", 1, 1))
    check("Two brothers were injured when the wall collapsed.", "en", ("injured", "people", 2, 2))
    check("Doi frați au fost răniți când s-a prăbușit zidul.", "ro", ("injured", "civilians", 2, 2))
    check("Fiul ei, de 19 ani, este dat dispărut.", "ro", ("missing", "civilians", 1, 1))
    check("Тело соседа нашли под обломками.", "ru", ("killed", "civilians", 1, 1))
    check("Police detained two relatives of the suspect.", "en", ("arrested", "people", 2, 2))


def test_an_article_before_a_toll_counts_no_one() -> None:
    check("The ministry gave a death toll of 97.", "en", ("killed", "people", 97, 97))
    check("A health official in the province has given a much higher toll than the capital.", "en")
    check("A local official has given a different casualty figure.", "en")
    check("A soldier was among the dead.", "en", ("killed", "security", 1, 1))


def test_one_of_them_named_right_after_is_one_victim() -> None:
    check(
        "Seven people, one of them a paramedic, were killed there.",
        "en",
        ("killed", "people", 7, 7),
        ("killed", "medics", 1, 1),
    )


def test_a_second_part_of_a_toll_joined_by_and() -> None:
    check(
        "Nine of the dead were children and five were paramedics, the ministry said.",
        "en",
        ("killed", "civilians", 9, 9),
        ("killed", "medics", 5, 5),
    )
    check(
        "Trei dintre morți erau copii, iar doi erau polițiști.",
        "ro",
        ("killed", "civilians", 3, 3),
        ("killed", "security", 2, 2),
    )
    check(
        "Трое из погибших — дети и двое — медики.",
        "ru",
        ("killed", "civilians", 3, 3),
        ("killed", "medics", 2, 2),
    )


def test_doctors_fighting_for_lives_is_a_critical_count() -> None:
    check("Doctors are fighting for the lives of four other people.", "en", ("critical", "people", 4, 4))
    check("Medicii luptă pentru viața altor patru oameni.", "ro", ("critical", "people", 4, 4))
    check("Врачи борются за жизнь еще четырех человек.", "ru", ("critical", "people", 4, 4))


def test_no_drone_is_no_count_of_shots() -> None:
    check("No drone entered Romanian airspace, the ministry said.", "en")
    check("Niciuna dintre dronele monitorizate nu a pătruns în spațiul aerian.", "ro")
    check("Ни один беспилотник не пересек границу.", "ru")
    check("Russia launched 64 drones overnight.", "en", ("shots", "drones", 64, 64))


def test_crashed_without_causing_casualties() -> None:
    check("O dronă s-a prăbușit fără să facă victime.", "ro", ("casualties", "people", 0, 0))
    check("A drone crashed in a field without causing casualties.", "en", ("casualties", "people", 0, 0))


def test_a_count_of_its_own_in_a_listed_toll() -> None:
    check(
        "Bilanț: doi morți, o persoană dispărută și 1.136 de oameni evacuați.",
        "ro",
        ("killed", "people", 2, 2),
        ("missing", "people", 1, 1),
        ("evacuated", "people", 1136, 1136),
    )


def test_headline_with_a_word_before_the_one_named() -> None:
    check("Lebanese soldier killed at checkpoint near the border", "en", ("killed", "security", 1, 1))
    check("Elderly woman dies in house fire", "en", ("killed", "civilians", 1, 1))
    check("He said Lebanese soldier killed was a scandal.", "en")


def test_volunteers_of_an_institution_named_as_theirs() -> None:
    check(
        "The Red Cross said one of its volunteers was killed when a strike hit the road.",
        "en",
        ("killed", "medics", 1, 1),
    )
    check("Police said three volunteers were hurt.", "en", ("injured", "civilians", 3, 3))


def test_villagers_families_and_found_at_relatives() -> None:
    check("23 de săteni au fost evacuați.", "ro", ("evacuated", "people", 23, 23))
    check("Mai multe familii și-au petrecut noaptea la rude.", "ro", ("displaced", "families", 2, 9))
    check("Ceilalți doi oameni au fost găsiți la rude și sunt bine.", "ro")
    check("Trupul ciobanului de 63 de ani a fost găsit în zori.", "ro", ("killed", "civilians", 1, 1))
    check(
        "Aid agencies say at least 3,500 families have nowhere to sleep.",
        "en",
        ("displaced", "families", 3500, None),
    )


def test_a_family_of_n_counts_its_members() -> None:
    check("A family of five has not been heard from since the strike.", "en", ("missing", "civilians", 5, 5))
    check("O familie de cinci persoane este dată dispărută.", "ro", ("missing", "civilians", 5, 5))
    check("Семья из пяти человек числится пропавшей без вести.", "ru", ("missing", "civilians", 5, 5))
    check("Эвакуированы 30 семей.", "ru", ("evacuated", "families", 30, 30))


def test_a_casualty_word_after_a_word_of_nearness_names_whom_they_stand_by() -> None:
    check("Vreo douăzeci de vecini au stat lângă răniți până la sosirea ambulanțelor.", "ro")
    check("About thirty neighbours stayed beside the wounded until ambulances came.", "en")
    check("Около тридцати соседей оставались рядом с ранеными до приезда скорой.", "ru")
    check("Doi voluntari s-au aflat printre răniți.", "ro", ("injured", "civilians", 2, 2))


def test_kin_lost_died() -> None:
    check("He told me he had lost eleven members of his family.", "en", ("killed", "civilians", 11, 11))
    check("At least 3,500 families had lost their homes.", "en", ("displaced", "families", 3500, None))
    check("The city will pay each family that lost a relative.", "en")
    check("A pierdut trei rude în bombardament.", "ro", ("killed", "civilians", 3, 3))
    check("Женщина потеряла двух сыновей.", "ru", ("killed", "civilians", 2, 2))
    check("They lost 3,000 homes.", "en")


def test_a_set_of_the_dead_opening_the_sentence() -> None:
    check(
        "Dintre morți, nouă sunt copii și cinci sunt paramedici.",
        "ro",
        ("killed", "civilians", 9, 9),
        ("killed", "medics", 5, 5),
    )
    check("Of the dead, nine were children.", "en", ("killed", "civilians", 9, 9))
    check("Printre răniți, doi sunt polițiști.", "ro", ("injured", "security", 2, 2))


def test_romanian_headline_without_an_article() -> None:
    check("Polițist rănit în ciocnirile din fața parlamentului", "ro", ("injured", "security", 1, 1))
    check("Polițiști răniți în ciocniri", "ro")


def test_a_bare_count_with_only_another_place_repeats_the_count_before() -> None:
    check(
        "Three people were killed in Odesa and two in Kharkiv.",
        "en",
        ("killed", "people", 3, 3),
        ("killed", "people", 2, 2),
    )
    check(
        "Trei oameni au murit la Odesa și doi la Harkov.",
        "ro",
        ("killed", "people", 3, 3),
        ("killed", "people", 2, 2),
    )
    check("Five people were injured in the attack and two in Kharkiv.", "en", ("injured", "people", 5, 5))


def test_ministers_are_people_and_the_wounded_visited_are_no_count() -> None:
    check("The soldiers detained two ministers.", "en", ("arrested", "people", 2, 2))
    check("Militarii au reținut doi miniștri.", "ro", ("arrested", "people", 2, 2))
    check("Two ministers visited the wounded.", "en")
    check("Hundreds of mourners buried the dead on Friday.", "en")
    check("Three soldiers were among the dead.", "en", ("killed", "security", 3, 3))


def test_a_phrase_between_the_verb_and_its_count() -> None:
    check("Спасатели эвакуировали из подтопленных домов 27 человек.", "ru", ("evacuated", "people", 27, 27))
    check("Погибли при обрушении дома в Днепре 23 человека.", "ru", ("killed", "people", 23, 23))
    check("Задержаны после митинга в Москве более 40 человек.", "ru", ("arrested", "people", 41, None))
    check("Pompierii au evacuat din casele inundate 27 de persoane.", "ro", ("evacuated", "people", 27, 27))
    check("Au murit în urma atacului cu drone de la Odesa 4 oameni.", "ro", ("killed", "people", 4, 4))
    check(
        "Authorities evacuated overnight from the low-lying districts more than 300 residents.",
        "en",
        ("evacuated", "people", 301, None),
    )
    # a bare number after a phrase is a label, not a count
    check("Au fost răniți în accidentul de pe DN1 la kilometrul 30 trei oameni.", "ro")
    check(
        "Two people were killed in the attack on the city of 300,000 people.",
        "en",
        ("killed", "people", 2, 2),
    )


def test_a_word_of_harm_in_the_phrase_says_why_not_what() -> None:
    check("В больницы Ростова доставлены с ранениями 12 человек.", "ru", ("hospitalized", "people", 12, 12))
    check("Госпитализированы с отравлением угарным газом 5 человек.", "ru", ("hospitalized", "people", 5, 5))
    check("Au fost transportați la spital cu arsuri 5 oameni.", "ro", ("hospitalized", "people", 5, 5))
    check("Taken to hospital with burns were 5 people.", "en", ("hospitalized", "people", 5, 5))
    check("Из Херсона эвакуировали 27 человек.", "ru", ("evacuated", "people", 27, 27))


def test_a_long_phrase_and_a_town_before_the_count() -> None:
    check(
        "Au fost reținuți în urma protestelor de la Chișinău 25 de manifestanți.",
        "ro",
        ("arrested", "protesters", 25, 25),
    )
    check(
        "Injured in the overnight drone attack on Odesa were 7 people, including two children.",
        "en",
        ("injured", "people", 7, 7),
        ("injured", "civilians", 2, 2),
    )
    # the verb of the count makes no headline of one police officer arrested
    check("Police detained after the match 40 fans.", "en", ("arrested", "people", 40, 40))
    check("Au vorbit la Digi 24 de minute.", "ro")


def test_moved_to_shelters_is_evacuated() -> None:
    check(
        "Peste 300 de locuitori din zonele joase au fost mutați în adăposturi.",
        "ro",
        ("evacuated", "people", 301, None),
    )
    check("Au fost mutați în adăposturi 200 de oameni.", "ro", ("evacuated", "people", 200, 200))


def test_visitors_caught_up_in_it_are_civilians() -> None:
    check("About 3,000 pilgrims were stranded on the highway.", "en", ("affected", "civilians", 3000, 3000))
    check("Rescuers evacuated 45 tourists from the hotel.", "en", ("evacuated", "civilians", 45, 45))
    check("Aproximativ 600 de turiști au fost evacuați.", "ro", ("evacuated", "civilians", 600, 600))
    check("Из отеля эвакуировали 120 туристов.", "ru", ("evacuated", "civilians", 120, 120))


def test_a_shepherd_is_someone_said_who() -> None:
    check("A shepherd was killed by the avalanche.", "en", ("killed", "civilians", 1, 1))
    check("Пастух погиб под лавиной.", "ru", ("killed", "civilians", 1, 1))


def test_found_dead_in_russian() -> None:
    check("Водитель найден мертвым ниже по течению.", "ru", ("killed", "civilians", 1, 1))


def test_heavy_machinery_is_no_grave_condition() -> None:
    check("Из Чечни выдвинулись 150 спасателей и тяжелая техника.", "ru")
    check("Направлены 40 единиц тяжелой техники.", "ru", ("present", "vehicles", 40, 40))
    check(
        "Ранены 5 человек, двое в тяжелом состоянии.",
        "ru",
        ("injured", "people", 5, 5),
        ("critical", "people", 2, 2),
    )


def test_one_person_named_before_a_verb_whose_doers_are_unsaid() -> None:
    check("Женщину госпитализировали с ожогами.", "ru", ("hospitalized", "civilians", 1, 1))
    check("Журналиста задержали у здания парламента.", "ru", ("arrested", "journalists", 1, 1))
    check("Водителя автобуса задержали на месте.", "ru", ("arrested", "civilians", 1, 1))
    check("Участников акции задержали.", "ru")
    check("Сотрудники МЧС спасли с крыш 14 человек.", "ru", ("evacuated", "people", 14, 14))
    check("Еще 23 человека получили ранения.", "ru", ("injured", "people", 23, 23))
    check("По меньшей мере 42 человека погибли.", "ru", ("killed", "people", 42, None))


def test_one_who_must_still_be_taken_to_hospital_is_not_there() -> None:
    check("Avem o femeie însărcinată care trebuie dusă la spital și n-avem cum.", "ro")
    check("Un bărbat a fost dus la spital.", "ro", ("hospitalized", "civilians", 1, 1))


def test_one_named_and_searched_for_is_missing_unless_wanted() -> None:
    check("Pescarul este căutat de salvatori.", "ro", ("missing", "civilians", 1, 1))
    check("Agresorul este căutat de polițiști.", "ro")
    check("Atacatorul este căutat de polițiști.", "ro")
    check("The gunman is still being sought.", "en")
    check("Стрелок до сих пор разыскивается.", "ru")


def test_ranks_of_police_army_and_fire_service_are_security() -> None:
    check("Un plutonier de 34 de ani a murit la spital.", "ro", ("killed", "security", 1, 1))
    check("Un locotenent de jandarmi a fost rănit.", "ro", ("injured", "security", 1, 1))
    check("В перестрелке погиб лейтенант полиции.", "ru", ("killed", "security", 1, 1))
    check("Ранен сержант Росгвардии.", "ru", ("injured", "security", 1, 1))
    check(
        "A police sergeant was killed and two constables were injured.",
        "en",
        ("killed", "security", 1, 1),
        ("injured", "security", 2, 2),
    )


def test_unreal_condition_in_romanian_imperfect_is_no_toll() -> None:
    check("„Dacă explodau și rezervoarele mari, vorbeam acum de zeci de morți”, a spus el.", "ro")


def test_a_count_corrected_by_another_keeps_the_second() -> None:
    check(
        "Ножевые ранения получили не двое, а пятеро сотрудников изолятора.",
        "ru",
        ("injured", "security", 5, 5),
    )
    check("Погибли не трое, а пятеро человек.", "ru", ("killed", "people", 5, 5))
    check("Au fost răniți nu doi, ci cinci polițiști.", "ro", ("injured", "security", 5, 5))
    check("Officials now say not three, but five people were killed.", "en", ("killed", "people", 5, 5))


def test_the_missing_found_alive_past_a_word_of_time() -> None:
    check("A man missing since Wednesday has been found alive.", "en")
    check("Two hikers missing since Friday were found alive.", "en")
    check(
        "Rescuers say 12 people are missing since Monday when the river rose.",
        "en",
        ("missing", "people", 12, 12),
    )


def test_one_whose_kin_speak_is_no_count() -> None:
    check("Об этом рассказал отец одного из погибших.", "ru")
    check("Погибли двое, сообщил брат одного из заложников.", "ru", ("killed", "people", 2, 2))
    check("Один из заложников погиб.", "ru", ("killed", "civilians", 1, 1))
    check("The account came from relatives of one of the hostages.", "en")
    check("Informația vine de la rudele unuia dintre ostatici.", "ro")


def test_a_part_of_the_hurt_taken_to_hospital_is_hospitalised() -> None:
    check("Из пострадавших восемь госпитализированы.", "ru", ("hospitalized", "people", 8, 8))
    check("Из раненых пятеро в реанимации.", "ru", ("critical", "people", 5, 5))
    check(
        "Eight of the injured have been shifted to the district hospital.",
        "en",
        ("hospitalized", "people", 8, 8),
    )


def test_gravely_wounded_is_critical() -> None:
    check("Двое тяжело ранены.", "ru", ("critical", "people", 2, 2))
    check(
        "Ранены семь человек, двое тяжело ранены.",
        "ru",
        ("injured", "people", 7, 7),
        ("critical", "people", 2, 2),
    )


def test_patients_killed_in_a_hospital_disaster_are_civilians() -> None:
    check("Trei pacienți au murit în incendiul de la secția ATI.", "ro", ("killed", "civilians", 3, 3))
    check(
        "Four patients died when fire tore through the intensive care ward.",
        "en",
        ("killed", "civilians", 4, 4),
    )
    check("При пожаре в больнице погибли трое пациентов.", "ru", ("killed", "civilians", 3, 3))
    check("Șase pacienți se află în stare critică.", "ro", ("critical", "people", 6, 6))
    check(
        "The hospital has admitted 19 patients, six of them in intensive care.",
        "en",
        ("hospitalized", "people", 19, 19),
        ("critical", "people", 6, 6),
    )


def test_a_ships_crew_are_civilians() -> None:
    check(
        "Three crew members were killed when the missile hit the tanker.", "en", ("killed", "civilians", 3, 3)
    )
    check(
        "Two seafarers died and one is missing after the blast.",
        "en",
        ("killed", "civilians", 2, 2),
        ("missing", "civilians", 1, 1),
    )
    check("Doi membri ai echipajului au murit.", "ro", ("killed", "civilians", 2, 2))
    check("Погибли два члена экипажа судна.", "ru", ("killed", "civilians", 2, 2))


def test_volunteer_firefighters_are_security() -> None:
    check("Three volunteer firefighters were hurt fighting the blaze.", "en", ("injured", "security", 3, 3))


def test_people_covered_by_an_evacuation_order_are_evacuated() -> None:
    check(
        "About 8,700 people are covered by the evacuation order, the county said.",
        "en",
        ("evacuated", "people", 8700, 8700),
    )


def test_ru_those_sought_before_the_verb_and_the_searchers_after_the_search() -> None:
    check("Еще четверых жителей ищут.", "ru", ("missing", "people", 4, 4))
    check("Двоих рыбаков до сих пор ищут.", "ru", ("missing", "civilians", 2, 2))
    check("Поиски продолжают 380 спасателей и кинологи.", "ru")
    check("Продолжаются поиски двух спасателей.", "ru", ("missing", "security", 2, 2))


def test_no_one_hurt_with_the_subject_after_the_verb_or_a_place_inside() -> None:
    check("În incident nu a fost rănit nimeni, precizează ISU.", "ro", ("injured", "people", 0, 0))
    check("La explozie nu a murit nimeni, spun pompierii.", "ro", ("killed", "people", 0, 0))
    check("Nobody in town was hurt, the mayor said.", "en", ("injured", "people", 0, 0))
    check("No one at the school was hurt, police said.", "en", ("injured", "people", 0, 0))


def test_the_parts_of_a_total_a_few_words_after_it() -> None:
    check(
        "Bilanțul: 30 de persoane au primit îngrijiri medicale, 12 jandarmi și 18 protestatari.",
        "ro",
        ("injured", "people", 30, 30),
        ("injured", "security", 12, 12),
        ("injured", "protesters", 18, 18),
    )
    check(
        "In all, 25 people were injured overnight: 15 police officers and 10 protesters.",
        "en",
        ("injured", "people", 25, 25),
        ("injured", "security", 15, 15),
        ("injured", "protesters", 10, 10),
    )
    # parts by place with no noun of their own stay out
    check(
        "Three fire engines, two from the town and one sent from the capital, were at the scene.",
        "en",
        ("present", "vehicles", 3, 3),
    )


def test_ru_a_state_in_a_clause_of_its_own_is_not_the_measure_of_the_count_before() -> None:
    check(
        "За помощью обратились 14 человек, в стационарах остаются десять.",
        "ru",
        ("injured", "people", 14, 14),
        ("hospitalized", "people", 10, 10),
    )
    # a state set off by a comma with no count of its own is still the state of the one counted
    check(
        "Printre răniți se află un tânăr de 22 de ani, aflat în stare gravă.",
        "ro",
        ("critical", "people", 1, 1),
    )


def test_a_crowd_told_by_the_violence_it_did() -> None:
    check(
        "About 100 young people smashed shop windows in the centre.",
        "en",
        ("present", "protesters", 100, 100),
    )
    check("Protesters hurled 30 petrol bombs at the police station.", "en")


def test_one_picked_up_then_taken_to_hospital() -> None:
    check(
        "Jurnalistul a fost preluat de un echipaj SMURD și dus la spital.",
        "ro",
        ("hospitalized", "journalists", 1, 1),
    )


def test_a_state_followed_by_its_own_count_is_not_of_the_count_before() -> None:
    check(
        "За медпомощью обратились 20 человек, госпитализированы восемь.",
        "ru",
        ("injured", "people", 20, 20),
        ("hospitalized", "people", 8, 8),
    )


def test_those_held_after_hurt_officers_are_not_officers() -> None:
    check(
        "Seventy-nine police officers were injured and more than 600 were detained, the ministry said.",
        "en",
        ("injured", "security", 79, 79),
        ("arrested", "people", 601, None),
    )
    # the arrested named by their own toll noun stay soldiers
    check("Numărul militarilor arestați a ajuns la 23.", "ro", ("arrested", "security", 23, 23))


def test_under_an_order_is_no_count() -> None:
    check(
        "About 4,500 residents remain under an evacuation order.",
        "en",
        ("evacuated", "people", 4500, 4500),
    )


def test_ru_care_given_or_needed_in_the_dative() -> None:
    check("Еще троим помощь оказали на месте.", "ru", ("injured", "people", 3, 3))
    check("Помощь медиков понадобилась 12 людям.", "ru", ("injured", "people", 12, 12))
    check("Гуманитарная помощь оказана более чем 2 тысячам семей.", "ru")


def test_a_wound_that_killed() -> None:
    check("Two men were stabbed to death outside the station.", "en", ("killed", "people", 2, 2))
    check("Doi bărbați au fost înjunghiați mortal.", "ro", ("killed", "people", 2, 2))
    check("Двое мужчин были застрелены.", "ru", ("killed", "people", 2, 2))


def test_the_doer_of_a_killing_is_no_victim() -> None:
    check("A police officer shot dead 17-year-old Rayan at a traffic stop.", "en")
    check("Нападавший убил двоих прохожих.", "ru", ("killed", "civilians", 2, 2))


def test_hospital_refused_is_hurt_not_admitted() -> None:
    check(
        "Еще троим помощь оказали на месте, от госпитализации они отказались.",
        "ru",
        ("injured", "people", 3, 3),
    )
    check("Three people refused hospital treatment.", "en", ("injured", "people", 3, 3))
    check("Trei persoane au refuzat transportul la spital.", "ro", ("injured", "people", 3, 3))


def test_an_ordinal_person_dead_tells_the_toll() -> None:
    check("A second person has died after the explosion, officials said.", "en", ("killed", "people", 2, 2))
    check("O a doua persoană a murit.", "ro", ("killed", "people", 2, 2))
    check("A second man was arrested on Friday.", "en")


def test_one_person_named_by_age_alone() -> None:
    check(
        "A 17-year-old was shot dead by a police officer at a checkpoint.",
        "en",
        ("killed", "civilians", 1, 1),
    )
    check("An 80-year-old died in the fire.", "en", ("killed", "civilians", 1, 1))
    check("A 34-year-old man was arrested.", "en", ("arrested", "people", 1, 1))


def test_an_age_said_of_one_who_died_is_no_count() -> None:
    check("The Indian sailor who died was 34.", "en", ("killed", "civilians", 1, 1))
    check("The man who was killed was 52, police said.", "en", ("killed", "civilians", 1, 1))
    check("The number of people who died was 34, officials said.", "en", ("killed", "people", 34, 34))


def test_ru_one_hurt_person_taken_to_hospital() -> None:
    check("Пострадавший госпитализирован.", "ru", ("hospitalized", "people", 1, 1))
    check("Пострадавшая доставлена в больницу.", "ru", ("hospitalized", "people", 1, 1))
    check("Раненый скончался в больнице.", "ru", ("killed", "people", 1, 1))
    check("Пострадавшие госпитализированы.", "ru")


def test_a_crowd_where_people_protest_is_of_protesters() -> None:
    check(
        "Circa 15.000 de persoane se află în Piața Victoriei, unde protestează împotriva guvernului.",
        "ro",
        ("present", "protesters", 15000, 15000),
    )
    check(
        "Around 3,000 people are in the square, where they are protesting against the decree.",
        "en",
        ("present", "protesters", 3000, 3000),
    )
    check(
        "Oamenii au ieșit în stradă după cutremur. Circa 2.000 de persoane se află în parcul central.", "ro"
    )


def test_one_person_whose_fate_needs_no_auxiliary() -> None:
    check("The bus driver died at the scene, police said.", "en", ("killed", "civilians", 1, 1))
    check("The fisherman drowned after his boat capsized.", "en", ("killed", "civilians", 1, 1))
    check("The gunman killed two people.", "en", ("killed", "people", 2, 2))


def test_one_person_past_a_name_and_an_age_set_off_by_commas() -> None:
    check(
        "The owner of the nightclub, Marco Bellini, 51, was arrested on Friday.",
        "en",
        ("arrested", "people", 1, 1),
    )
    check(
        "Administratorul clubului, Ion Popescu, în vârstă de 48 de ani, a fost reținut pentru 24 de ore.",
        "ro",
        ("arrested", "people", 1, 1),
    )


def test_one_person_an_aside_describes_is_counted_once() -> None:
    check("Șoferul autocarului, un bărbat de 45 de ani, a murit pe loc.", "ro", ("killed", "civilians", 1, 1))
    check(
        "The lorry driver, a 58-year-old man from Kent, died in hospital.",
        "en",
        ("killed", "civilians", 1, 1),
    )


def test_ru_one_person_before_a_longer_genitive() -> None:
    check("Директор управляющей компании задержан, передает ТАСС.", "ru", ("arrested", "people", 1, 1))
    check("Владелец кафе задержан, сообщили в СК.", "ru", ("arrested", "people", 1, 1))
    check("Директор школы задержан.", "ru", ("arrested", "people", 1, 1))


def test_one_person_found_alive_then_taken_to_hospital() -> None:
    check(
        "Ciobanul a fost găsit în viață și a fost transportat la spital.",
        "ro",
        ("hospitalized", "civilians", 1, 1),
    )
    check(
        "The boy was found alive and is being treated in hospital.", "en", ("hospitalized", "civilians", 1, 1)
    )
    check("Ciobanul a fost găsit în viață.", "ro")


def test_one_person_held_past_a_phrase_of_place_after_the_verb() -> None:
    check(
        "Полицейские задержали в Подольске водителя грузовика.",
        "ru",
        ("arrested", "civilians", 1, 1),
    )
    check("A fost reținut la Constanța administratorul clubului.", "ro", ("arrested", "people", 1, 1))
    check("Ранены в результате обстрела двое мирных жителей.", "ru", ("injured", "civilians", 2, 2))
    check("Силовики задержали в Оше троих человек.", "ru", ("arrested", "people", 3, 3))


def test_ru_one_person_held_is_a_suspect_whoever_he_is() -> None:
    check(
        "Сотрудники ФСБ задержали в Махачкале предполагаемого пособника нападавших.",
        "ru",
        ("arrested", "people", 1, 1),
    )


def test_those_a_craft_carried_are_on_board() -> None:
    check(
        "A small ferry carrying about 120 people sank near the harbour.",
        "en",
        ("present", "people", 120, 120),
    )
    check(
        "The plane, which was carrying 64 people, crashed after take-off.",
        "en",
        ("present", "people", 64, 64),
    )
    check(
        "Un microbuz care transporta 16 pasageri a ieșit de pe carosabil.",
        "ro",
        ("present", "people", 16, 16),
    )
    check("Автобус, перевозивший 35 пассажиров, съехал в кювет.", "ru", ("present", "people", 35, 35))
    # a count before the verb is of the carriers, and what befell them is told after it
    check("Two officers carrying shields were injured.", "en", ("injured", "security", 2, 2))
    check("A lorry carrying 18 tonnes of grain overturned.", "en")


def test_those_pulled_out_of_the_water_are_evacuated() -> None:
    check("Fishermen pulled 27 people from the water.", "en", ("evacuated", "people", 27, 27))
    check("Two traders pulled an injured woman behind their counter.", "en", ("injured", "civilians", 1, 1))
    check("Coastguard crews plucked 19 people from the sea overnight.", "en", ("evacuated", "people", 19, 19))
    check("Спасатели достали из воды 11 человек.", "ru", ("evacuated", "people", 11, 11))


def test_ru_victims_of_a_poisoning_are_its_dead() -> None:
    check("Число жертв отравления метанолом выросло до девяти.", "ru", ("killed", "people", 9, 9))
    check("Число отравившихся выросло до 40.", "ru", ("injured", "people", 40, 40))


def test_ro_compatriots_are_civilians() -> None:
    check(
        "Trei conaționali și-au pierdut viața, iar alți 19 au fost răniți.",
        "ro",
        ("killed", "civilians", 3, 3),
        ("injured", "civilians", 19, 19),
    )


def test_ro_no_one_hurt_in_the_present_tense() -> None:
    check("Nimeni nu e rănit, spun pompierii.", "ro", ("injured", "people", 0, 0))
    check("Nimeni nu este rănit grav.", "ro", ("critical", "people", 0, 0))


def test_those_in_a_vehicle_when_it_befell_are_present() -> None:
    check("В поезде ехали 380 пассажиров.", "ru", ("present", "people", 380, 380))
    check("În microbuz se aflau 14 pasageri.", "ro", ("present", "people", 14, 14))
    # what befell them after the place in the vehicle is the count's measure
    check("Police said all 35 people on board were evacuated.", "en", ("evacuated", "people", 35, 35))
    check("Doi pasageri din autocar au murit.", "ro", ("killed", "people", 2, 2))


def test_homeless_told_state_first_and_moved_into_camps() -> None:
    check("Без крова остались более трех тысяч жителей.", "ru", ("displaced", "people", 3001, None))
    check("В палатках уже разместились около 700 человек.", "ru", ("displaced", "people", 700, 700))
    check("В школе разместились 60 спасателей из Еревана.", "ru", ("present", "security", 60, 60))
    check(
        "About 1,500 residents have been left without a roof over their heads.",
        "en",
        ("displaced", "people", 1500, 1500),
    )


def test_on_a_ventilator_is_critical() -> None:
    check("Пятеро на ИВЛ.", "ru", ("critical", "people", 5, 5))
    check("Трое пациентов подключены к аппаратам ИВЛ.", "ru", ("critical", "people", 3, 3))


def test_held_in_their_cars_on_the_road_are_affected() -> None:
    check("Sunt 31 de oameni blocați în mașini pe DN7.", "ro", ("affected", "people", 31, 31))
    check("About 60 people are stuck in their cars on the motorway.", "en", ("affected", "people", 60, 60))
    check("Dozens of drivers are trapped in their vehicles.", "en", ("affected", "people", 20, 99))
    check("Two miners are trapped underground.", "en", ("missing", "civilians", 2, 2))


def test_officers_standing_as_a_line_or_cordon_are_present() -> None:
    check("Youths threw stones at a line of about 60 officers.", "en", ("present", "security", 60, 60))
    check("Un cordon de 120 de jandarmi păzește intrarea.", "ro", ("present", "security", 120, 120))
    check("Three officers in riot gear were hurt.", "en", ("injured", "security", 3, 3))


def test_one_person_past_an_age_word_or_a_verb_of_remaining() -> None:
    check("A teenage boy was stabbed in the leg.", "en", ("injured", "civilians", 1, 1))
    check("The driver remains in a critical condition.", "en", ("critical", "civilians", 1, 1))
    check("Șoferul se află în stare gravă.", "ro", ("critical", "civilians", 1, 1))


def test_ru_one_person_in_a_state_told_by_a_linking_verb() -> None:
    check("Пострадавший находится в реанимации.", "ru", ("critical", "people", 1, 1))
    check("Водитель автобуса в тяжелом состоянии.", "ru", ("critical", "civilians", 1, 1))
    check("Сотрудник полиции остается в больнице.", "ru", ("hospitalized", "security", 1, 1))
    check("23 человека находятся в больнице.", "ru", ("hospitalized", "people", 23, 23))


def test_one_person_as_the_object_of_an_arrest() -> None:
    check("The court ordered the arrest of the captain.", "en", ("arrested", "people", 1, 1))
    check("Procurorii au dispus reținerea bărbatului.", "ro", ("arrested", "people", 1, 1))
    check("Polițiștii l-au reținut pe șofer.", "ro", ("arrested", "civilians", 1, 1))
    check("Polițiștii i-au reținut pe protestatari.", "ro")
    check("The bodies of the gunmen were not included in the toll.", "en")


def test_a_toll_that_rose_from_one_value_to_another_is_the_new_one() -> None:
    check("The death toll has risen from 10 to 15, officials said.", "en", ("killed", "people", 15, 15))
    check("ISU a revizuit bilanțul răniților din județ de la 11 la 16.", "ro", ("injured", "people", 16, 16))
    check("Число погибших выросло с 10 до 15.", "ru", ("killed", "people", 15, 15))


def test_a_hedged_range_and_an_order_to_leave() -> None:
    check("Some 10 to 15 people were hurt.", "en", ("injured", "people", 10, 15))
    check("About 3,000 people were told to evacuate.", "en", ("evacuated", "people", 3000, 3000))
    check("Two people were injured, police told reporters.", "en", ("injured", "people", 2, 2))


def test_a_count_of_people_after_an_evacuation_is_of_those_evacuated() -> None:
    check(
        "Am decis evacuarea blocului. Sunt în jur de 300 de oameni.", "ro", ("evacuated", "people", 300, 300)
    )
    check(
        "Authorities have ordered the evacuation of the village. About 1,200 people live there.",
        "en",
        ("evacuated", "people", 1200, 1200),
    )
    check(
        "Эвакуация туристов завершена. В Каракол доставлены все 67 человек.",
        "ru",
        ("evacuated", "civilians", 67, 67),
    )
    check(
        "Autoritățile au decis evacuarea. 200 de pompieri sunt la fața locului.",
        "ro",
        ("present", "security", 200, 200),
    )


def test_counts_split_over_hospitals_of_named_places() -> None:
    check(
        "Trei răniți sunt internați la Iași, opt la Cluj și șapte la clinica universitară din Szeged.",
        "ro",
        ("hospitalized", "people", 3, 3),
        ("hospitalized", "people", 8, 8),
        ("hospitalized", "people", 7, 7),
    )
    check(
        "Three injured were taken to hospital in Leeds and two to a hospital in York.",
        "en",
        ("hospitalized", "people", 3, 3),
        ("hospitalized", "people", 2, 2),
    )
    check("Three people were killed in Odesa and two in a hospital.", "en", ("killed", "people", 3, 3))


def test_counts_split_over_places_after_a_dash_or_a_colon() -> None:
    check(
        "Погибли пять человек в Херсоне, трое — в Николаеве и двое — в Одессе.",
        "ru",
        ("killed", "people", 5, 5),
        ("killed", "people", 3, 3),
        ("killed", "people", 2, 2),
    )
    check(
        "Пострадали 12 человек, трое — в реанимации.",
        "ru",
        ("injured", "people", 12, 12),
        ("critical", "people", 3, 3),
    )
    check(
        "Răniții au fost duși la spital: 11 la Kecskemét, opt la Szeged și șapte la Cegléd.",
        "ro",
        ("hospitalized", "people", 11, 11),
        ("hospitalized", "people", 8, 8),
        ("hospitalized", "people", 7, 7),
    )
    check("Sunt 19 răniți – 17 la Ismail și doi la Reni.", "ro", ("injured", "people", 19, 19))


def test_the_victim_alone_is_one_person() -> None:
    check("The victim died in hospital.", "en", ("killed", "people", 1, 1))
    check("Victima a fost declarată decedată.", "ro", ("killed", "people", 1, 1))
    check("The victim, a man in his 60s, died at the scene.", "en", ("killed", "civilians", 1, 1))
    check("Victimele au murit pe loc.", "ro")
    check("Жертва скончалась в больнице.", "ru", ("killed", "people", 1, 1))
    check("Жертвы скончались.", "ru")


def test_those_let_go_from_custody_are_no_arrests() -> None:
    check(
        "Police detained 312 people, 58 of whom were later released.", "en", ("arrested", "people", 312, 312)
    )
    check(
        "Au fost reținute 312 persoane, dintre care 58 au fost eliberate.",
        "ro",
        ("arrested", "people", 312, 312),
    )
    check(
        "Задержаны 312 человек, 58 из них отпущены после установления личности.",
        "ru",
        ("arrested", "people", 312, 312),
    )


def test_one_of_a_set_who_speaks_is_no_count() -> None:
    check(
        "One Thai soldier was killed and four wounded in the fighting, one of them said.",
        "en",
        ("killed", "security", 1, 1),
        ("injured", "security", 4, 4),
    )
    check("Trei jandarmi au fost răniți, a declarat unul dintre ei.", "ro", ("injured", "security", 3, 3))
    check(
        "Two people died and five were hurt, one of them seriously.",
        "en",
        ("killed", "people", 2, 2),
        ("injured", "people", 5, 5),
        ("critical", "people", 1, 1),
    )
    check("The service says four of the dead were children.", "en", ("killed", "civilians", 4, 4))


def test_a_civilian_death_toll_counts_civilians() -> None:
    check("The ministry raised its civilian death toll to 12.", "en", ("killed", "civilians", 12, 12))
    check("Police said the death toll had risen to 9.", "en", ("killed", "people", 9, 9))


def test_a_crowd_that_demands_or_is_estimated() -> None:
    check(
        "На площади перед мэрией собрались около полутора тысяч человек. Собравшиеся требуют отменить постановление.",
        "ru",
        ("present", "protesters", 1500, 1500),
    )
    check("Число протестующих оценивается в 5 тысяч.", "ru", ("present", "protesters", 5000, 5000))
    check("Numărul manifestanților este estimat la 5.000.", "ro", ("present", "protesters", 5000, 5000))
    check("Ущерб оценивается в 5 млн рублей.", "ru")


def test_none_of_its_own_and_participle_zeros() -> None:
    check("None of its soldiers were hurt, he said.", "en", ("injured", "security", 0, 0))
    check("O rachetă a căzut într-o livadă; nu au fost raportați răniți.", "ro", ("injured", "people", 0, 0))


def test_body_bags_count_no_one() -> None:
    check("The WHO is sending 5,000 body bags and supplies.", "en")


def test_one_hurt_who_then_died_is_one_dead() -> None:
    check(
        "A 67-year-old woman who had been wounded in the strike died overnight.",
        "en",
        ("killed", "civilians", 1, 1),
    )
    check(
        "Un bărbat de 63 de ani, adus în stare critică la spital, a murit.",
        "ro",
        ("killed", "civilians", 1, 1),
    )
    check(
        "Un bărbat a fost rănit, iar soția lui a murit.",
        "ro",
        ("injured", "civilians", 1, 1),
        ("killed", "civilians", 1, 1),
    )


def test_operated_on_is_in_hospital_care() -> None:
    check(
        "Еще около 60 человек обратились за помощью, около двадцати прооперированы.",
        "ru",
        ("injured", "people", 60, 60),
        ("hospitalized", "people", 20, 20),
    )
    check("Doi dintre răniți au fost operați.", "ro", ("hospitalized", "people", 2, 2))
    check("About 20 people have undergone surgery.", "en", ("hospitalized", "people", 20, 20))
    check("The airline operated 20 flights.", "en")


def test_its_volunteers_belong_to_the_society_named_after() -> None:
    check(
        "None of its volunteers was hurt, the Nigerian Red Cross Society said.",
        "en",
        ("injured", "medics", 0, 0),
    )


def test_a_crowd_size_set_by_a_verb_on_the_number_of_a_group() -> None:
    check("Organisers put the number of protesters at 20,000.", "en", ("present", "protesters", 20000, 20000))
    check(
        "Jandarmeria estimează numărul protestatarilor la 5.000.", "ro", ("present", "protesters", 5000, 5000)
    )
    check(
        "Толпа скандировала «Отставка!». Очевидцы оценивают число собравшихся в три-четыре тысячи человек.",
        "ru",
        ("present", "protesters", 3000, 4000),
    )
    check("Police put the number of dead at 12.", "en", ("killed", "people", 12, 12))


def test_kin_of_the_dead_are_no_victims() -> None:
    assert figures("About 50 relatives of the dead arrived at the airport on Monday.", "en") == []
    assert figures("The governor met 14 families of the victims.", "en") == []
    assert figures("Aproximativ 25 de rude ale victimelor au sosit la Iași.", "ro") == []
    assert figures("В Оренбург прилетели около 30 родственников погибших.", "ru") == []
    assert figures("Губернатор встретился с 12 семьями погибших.", "ru") == []
    check("Roughly 2,000 families fled the villages overnight.", "en", ("displaced", "families", 2000, 2000))


def test_taken_away_by_ambulance_or_to_a_medical_facility_is_hospitalised() -> None:
    check("At least four people were taken away in ambulances.", "en", ("hospitalized", "people", 4, None))
    check("Cinci răniți au fost preluați de ambulanțe.", "ro", ("hospitalized", "people", 5, 5))
    check("Девять человек доставлены в медучреждения.", "ru", ("hospitalized", "people", 9, 9))
    check("Троих пострадавших увезли на скорой.", "ru", ("hospitalized", "people", 3, 3))


def test_many_on_ventilators_are_critical() -> None:
    check("Three of the injured are on ventilators.", "en", ("critical", "people", 3, 3))


def test_ru_a_participle_before_a_thing_tells_what_befell_the_thing() -> None:
    check("Около 90 жильцов пострадавшего дома эвакуированы.", "ru", ("evacuated", "people", 90, 90))


def test_where_they_are_from_with_an_article_and_a_number_is_read_past() -> None:
    check(
        "Peste 150 de locatari din blocul lovit și din cele trei blocuri vecine au fost evacuați.",
        "ro",
        ("evacuated", "people", 151, None),
    )


def test_an_address_inside_a_building_is_no_count() -> None:
    check(
        "Un bărbat a fost găsit fără suflare în apartamentul 14, de la etajul doi.",
        "ro",
        ("killed", "civilians", 1, 1),
    )
    assert figures("Мужчину нашли мертвым в квартире 31, на третьем этаже.", "ru") == []
    assert figures("The fire started in room 12 on Sunday night.", "en") == []


def test_a_wound_told_of_one_among_the_dead_says_how_they_died() -> None:
    check(
        "Four people died overnight, among them a soldier stabbed at a checkpoint.",
        "en",
        ("killed", "people", 4, 4),
        ("killed", "security", 1, 1),
    )
    check(
        "Patru oameni au murit, printre care un jandarm înjunghiat la Brăila.",
        "ro",
        ("killed", "people", 4, 4),
        ("killed", "security", 1, 1),
    )
    check(
        "Two people died and a policeman was stabbed.",
        "en",
        ("killed", "people", 2, 2),
        ("injured", "security", 1, 1),
    )


def test_them_opening_a_sentence_are_named_in_the_sentence_before() -> None:
    check(
        "Three gunmen barricaded themselves in a house. One of them was wounded.",
        "en",
        ("injured", "protesters", 1, 1),
    )
    check("Четверо военных попали под обстрел. Двое из них ранены.", "ru", ("injured", "security", 2, 2))
    check(
        "The hospital has admitted 23 people injured, director Dr. Ana Reis told reporters. Four of them are in intensive care.",
        "en",
        ("hospitalized", "people", 23, 23),
        ("critical", "people", 4, 4),
    )


def test_a_state_with_a_count_of_its_own_after_a_linking_verb_counts_others() -> None:
    check(
        "Пострадали 19 человек, в больницах остаются 11 человек.",
        "ru",
        ("injured", "people", 19, 19),
        ("hospitalized", "people", 11, 11),
    )
    check(
        "За медицинской помощью обратились 24 пострадавших, в стационарах остаются десять.",
        "ru",
        ("injured", "people", 24, 24),
        ("hospitalized", "people", 10, 10),
    )
    check(
        "Ранены четверо полицейских, один из них, 30-летний сержант, в тяжелом состоянии.",
        "ru",
        ("injured", "security", 4, 4),
        ("critical", "security", 1, 1),
    )
    check(
        "A fost rănit un bărbat, în vârstă de 45 de ani, aflat acum în stare gravă.",
        "ro",
        ("critical", "civilians", 1, 1),
    )


def test_no_one_there_and_shelters_named_with_the() -> None:
    check("Wilson County officials said no one there was injured.", "en", ("injured", "people", 0, 0))
    check("Nimeni altcineva nu a fost rănit.", "ro", ("injured", "people", 0, 0))
    check(
        "Some 150 people stayed overnight at the emergency shelter.", "en", ("displaced", "people", 150, 150)
    )
    check("A TV camera operator was injured by a stone.", "en", ("injured", "journalists", 1, 1))


def test_patients_taken_in_are_hospitalised_whoever_took_them() -> None:
    check(
        "Jennie Stuart Health admitted 23 storm patients, five of them in intensive care.",
        "en",
        ("hospitalized", "people", 23, 23),
        ("critical", "people", 5, 5),
    )
    check(
        "The medical center said it had received three patients by helicopter.",
        "en",
        ("hospitalized", "people", 3, 3),
    )
    check("Областная больница приняла 12 пациентов.", "ru", ("hospitalized", "people", 12, 12))
    assert figures("Police received 40 calls from residents.", "en") == []


def test_one_person_after_a_comma_with_a_verb_of_their_own_is_counted() -> None:
    check(
        "Trei persoane au fost rănite, un bărbat a fost ucis.",
        "ro",
        ("injured", "people", 3, 3),
        ("killed", "civilians", 1, 1),
    )
    check(
        "Two people were hurt, a man was killed.",
        "en",
        ("injured", "people", 2, 2),
        ("killed", "civilians", 1, 1),
    )
    check("Two people were killed, a man and a woman.", "en", ("killed", "people", 2, 2))


def test_staff_of_a_place_named_after_them_are_no_staff_of_the_speaker() -> None:
    check(
        "Минздрав сообщил ТАСС, что скончался сотрудник ночной смены завода.",
        "ru",
        ("killed", "civilians", 1, 1),
    )
    check("The health ministry said an employee of the plant had died.", "en", ("killed", "civilians", 1, 1))
    check("Police said two employees were hurt.", "en", ("injured", "security", 2, 2))


def test_one_person_named_by_a_noun_that_says_which() -> None:
    check("A factory worker was killed.", "en", ("killed", "civilians", 1, 1))
    check("A hotel employee was injured.", "en", ("injured", "civilians", 1, 1))
    check("A car bomb killed two soldiers.", "en", ("killed", "security", 2, 2))


def test_ro_a_camera_operator_is_a_journalist() -> None:
    check("Un operator de imagine a fost lovit în cap de o sticlă.", "ro", ("injured", "journalists", 1, 1))


def test_a_number_that_names_a_place_stands_between_a_state_and_its_count() -> None:
    check("В больнице № 2 остаются 11 человек.", "ru", ("hospitalized", "people", 11, 11))
    check(
        "В пункте временного размещения в школе № 3 остаются 64 человека.",
        "ru",
        ("displaced", "people", 64, 64),
    )


def test_a_toll_told_unchanged_keeps_its_value() -> None:
    check("The death toll is unchanged at nine.", "en", ("killed", "people", 9, 9))
    check("The death toll was still 12 on Friday evening.", "en", ("killed", "people", 12, 12))
    check("Bilanțul morților rămâne neschimbat la nouă.", "ro", ("killed", "people", 9, 9))
    check("Число погибших не изменилось — девять человек.", "ru", ("killed", "people", 9, 9))
    check("Число жертв осталось прежним — девять.", "ru", ("killed", "people", 9, 9))


def test_a_hospital_emergency_department_is_a_hospital() -> None:
    check("Seven people were taken to the emergency department.", "en", ("hospitalized", "people", 7, 7))
    check("Two people were brought to the trauma centre.", "en", ("hospitalized", "people", 2, 2))
    check("Cinci persoane au ajuns la UPU.", "ro", ("hospitalized", "people", 5, 5))
    check(
        "Patru persoane au fost transportate la Primiri Urgențe a Spitalului Județean.",
        "ro",
        ("hospitalized", "people", 4, 4),
    )
    check("Семь человек доставлены в приемный покой.", "ru", ("hospitalized", "people", 7, 7))
    check(
        "Inspectoratul pentru Situații de Urgență a trimis 12 pompieri.",
        "ro",
        ("present", "security", 12, 12),
    )


def test_numbers_after_a_word_of_age_are_ages() -> None:
    check("Two men aged 34 and 41 were arrested.", "en", ("arrested", "people", 2, 2))
    check("Three women aged 20, 25 and 31 were injured.", "en", ("injured", "civilians", 3, 3))
    check("A man aged 45 was killed.", "en", ("killed", "civilians", 1, 1))
    check("Двое мужчин в возрасте 34 и 41 года задержаны.", "ru", ("arrested", "people", 2, 2))


def test_a_crowd_gathered_on_the_scene_is_counted_whoever_it_is() -> None:
    check("Hundreds of people have gathered on the main square.", "en", ("present", "people", 200, 999))
    check("Sute de oameni s-au adunat în piața centrală.", "ro", ("present", "people", 200, 999))
    check("Сотни людей собрались у здания университета.", "ru", ("present", "people", 200, 999))
    check("Eight people gathered in the kitchen.", "en")


def test_a_count_told_only_by_its_state_after_a_comma_is_of_the_group_before() -> None:
    check(
        "Погибли 12 полицейских, 30 получили ранения.",
        "ru",
        ("killed", "security", 12, 12),
        ("injured", "security", 30, 30),
    )
    check(
        "Five police officers were killed, 12 injured.",
        "en",
        ("killed", "security", 5, 5),
        ("injured", "security", 12, 12),
    )
    check(
        "Au murit patru militari, 9 răniți.",
        "ro",
        ("killed", "security", 4, 4),
        ("injured", "security", 9, 9),
    )
    # (the police make the arrests: those held are others)
    check(
        "Eleven officers hurt, 43 detained.",
        "en",
        ("injured", "security", 11, 11),
        ("arrested", "people", 43, 43),
    )


def test_a_group_named_by_among_opening_the_clause_is_the_group_counted() -> None:
    check("Among the police officers, four were hurt.", "en", ("injured", "security", 4, 4))
    check("În rândul polițiștilor, trei răniți.", "ro", ("injured", "security", 3, 3))
    check("Среди мирных жителей двое погибших.", "ru", ("killed", "civilians", 2, 2))
    check("Two were killed among the protesters.", "en", ("killed", "people", 2, 2))


def test_the_dead_identified_are_no_toll_of_their_own() -> None:
    check("Forensic teams have so far identified 40 bodies.", "en")
    check("Până acum au fost identificate 20 de victime.", "ro")
    check("Погибли 15 человек, опознаны тела 12 погибших.", "ru", ("killed", "people", 15, 15))
    check("The man who killed 14 people has been identified.", "en", ("killed", "people", 14, 14))


def test_a_list_of_ages_after_a_noun_of_people_is_no_count() -> None:
    check("Двое мужчин 34 и 41 года задержаны.", "ru", ("arrested", "people", 2, 2))
    check("Doi bărbați de 34 și 41 de ani au fost reținuți.", "ro", ("arrested", "people", 2, 2))
    check("Au murit trei copii de 5, 7 și 9 ani.", "ro", ("killed", "civilians", 3, 3))


def test_a_fate_unknown_of_a_bare_number_is_missing() -> None:
    check("Судьба еще восьми неизвестна.", "ru", ("missing", "people", 8, 8))


def test_a_toll_verb_parted_from_its_value_by_an_aside() -> None:
    check("The death toll has risen, officials said, to 12.", "en", ("killed", "people", 12, 12))
    check("Bilanțul morților rămâne neschimbat, la nouă.", "ro", ("killed", "people", 9, 9))
    check("Число погибших возросло, по данным МЧС, до девяти.", "ru", ("killed", "people", 9, 9))


def test_a_part_said_by_a_copula_to_be_of_a_group() -> None:
    check(
        "74 people were injured, seven of whom were civilians.",
        "en",
        ("injured", "people", 74, 74),
        ("injured", "civilians", 7, 7),
    )
    check(
        "Au murit 12 oameni, dintre care trei erau polițiști.",
        "ro",
        ("killed", "people", 12, 12),
        ("killed", "security", 3, 3),
    )
    check(
        "Погибли 12 человек, трое из них были полицейскими.",
        "ru",
        ("killed", "people", 12, 12),
        ("killed", "security", 3, 3),
    )


def test_a_bare_number_put_at_a_value_is_another_account_of_the_toll() -> None:
    check(
        "Police said four people died, but local media put the figure at six.",
        "en",
        ("killed", "people", 4, 4),
        ("killed", "people", 6, 6),
    )
    check(
        "По данным МВД, погибли шесть человек; местные СМИ оценивают их число в семь.",
        "ru",
        ("killed", "people", 6, 6),
        ("killed", "people", 7, 7),
    )


def test_among_them_opening_the_next_sentence_is_a_part_of_its_count() -> None:
    check(
        "Число пострадавших выросло до 80. Среди них 25 сотрудников милиции и трое журналистов.",
        "ru",
        ("injured", "people", 80, 80),
        ("injured", "security", 25, 25),
        ("injured", "journalists", 3, 3),
    )
    check(
        "Officers detained 52 people overnight. Among them were five minors.",
        "en",
        ("arrested", "people", 52, 52),
        ("arrested", "civilians", 5, 5),
    )
    check(
        "Bilanțul a ajuns la 17 morți. Printre aceștia se află doi pompieri.",
        "ro",
        ("killed", "people", 17, 17),
        ("killed", "security", 2, 2),
    )
    # with no count before it, "among them" names no measure
    check("The wounded were flown to the capital. Among them are two children.", "en")


def test_militia_officers_are_security() -> None:
    check(
        "В столкновениях пострадали 12 милиционеров и 7 сотрудников милиции получили ожоги.",
        "ru",
        ("injured", "security", 12, 12),
        ("injured", "security", 7, 7),
    )


def test_an_estimated_count_is_approximate_not_hypothetical() -> None:
    entry = EntryText(
        nfc("Officials said an estimated 400 people were killed in the landslide."),
        "en",
        DocContext(lang="en"),
    )
    got = [(f.measure, f.group, f.low, f.high, f.approx) for f in find(entry)]
    assert got == [("killed", "people", 400, 400, True)]
    # hedged by a modal it is still no count
    check("As many as 400 people may have been killed.", "en")


def test_crowd_sizes_told_by_coming_and_by_estimates() -> None:
    check(
        "Organisers say more than 20,000 people came to the rally.",
        "en",
        ("present", "protesters", 20001, None),
    )
    check(
        "Police estimated the number of protesters at about 6,000.",
        "en",
        ("present", "protesters", 6000, 6000),
    )
    check("La miting au venit peste 25 de mii de oameni.", "ro", ("present", "protesters", 25001, None))
    check("На митинг пришли около 4 тысяч человек.", "ru", ("present", "protesters", 4000, 4000))


def test_a_part_of_the_set_a_sentence_opens_with_takes_its_group() -> None:
    check("Of the 60 miners, 41 were rescued.", "en", ("evacuated", "civilians", 41, 41))
    check("Из 60 горняков 41 поднят на поверхность.", "ru", ("evacuated", "civilians", 41, 41))
    check(
        "Из 60 горняков, которые работали в забое, 41 подняты на поверхность.",
        "ru",
        ("evacuated", "civilians", 41, 41),
    )
    check("Dintre cei 60 de mineri, 41 au fost scoși la suprafață.", "ro", ("evacuated", "civilians", 41, 41))


def test_no_contact_with_people_is_missing() -> None:
    check("Rescuers lost contact with 14 miners after the collapse.", "en", ("missing", "civilians", 14, 14))
    check("Связи по-прежнему нет с 14 шахтерами.", "ru", ("missing", "civilians", 14, 14))
    check("Salvatorii au pierdut legătura cu 14 mineri.", "ro", ("missing", "civilians", 14, 14))


def test_a_count_after_a_dash_says_how_many_the_people_named_before_it_were() -> None:
    check(
        "Salvamontiștii au evacuat turiștii din cele trei cabane — în total circa 150 de persoane.",
        "ro",
        ("evacuated", "people", 150, 150),
    )
    check(
        "Firefighters moved out the tenants of both towers - some 600 people.",
        "en",
        ("evacuated", "people", 600, 600),
    )
    check(
        "Жителей прибрежных улиц вывезли на катерах — по данным спасателей, около 90 человек.",
        "ru",
        ("evacuated", "people", 90, 90),
    )


def test_a_count_after_a_dash_of_people_counted_already_is_no_second_figure() -> None:
    check(
        "Из поселка эвакуировали 300 жителей — около 300 человек.",
        "ru",
        ("evacuated", "people", 300, 300),
    )


def test_people_under_the_ruins_or_the_mud_are_missing() -> None:
    check("Sub ruine au rămas cinci locatari, spun pompierii.", "ro", ("missing", "people", 5, 5))
    check("About a dozen people are thought to be under the mud.", "en", ("missing", "people", 12, 12))
    check("Под руинами школы остаются шесть человек.", "ru", ("missing", "people", 6, 6))


# -- parts of a counted set, tolls corrected, one named before an auxiliary, flight ---------


def test_a_set_with_its_own_count_opens_the_sentence_and_a_part_is_said_to_be_a_group() -> None:
    check(
        "Of the 30 people taken to hospital, 5 are children.",
        "en",
        ("hospitalized", "people", 30, 30),
        ("hospitalized", "civilians", 5, 5),
    )
    check(
        "Dintre cei 15 morți, trei erau jandarmi.",
        "ro",
        ("killed", "people", 15, 15),
        ("killed", "security", 3, 3),
    )
    check(
        "Из 15 погибших трое были военнослужащими.",
        "ru",
        ("killed", "people", 15, 15),
        ("killed", "security", 3, 3),
    )


def test_a_part_of_a_fronted_set_said_after_a_dash() -> None:
    check(
        "Из 25 раненых, семеро — дети.", "ru", ("injured", "people", 25, 25), ("injured", "civilians", 7, 7)
    )
    check("Из пострадавших, двое - полицейские.", "ru", ("injured", "security", 2, 2))


def test_a_toll_corrected_to_a_new_value_is_no_upper_bound() -> None:
    check("Число пострадавших скорректировано до 35.", "ru", ("injured", "people", 35, 35))
    check("Число погибших уточнили до 8.", "ru", ("killed", "people", 8, 8))
    check("The toll was revised up to 19 on Sunday.", "en", ("killed", "people", 19, 19))


def test_a_hedge_between_the_rise_and_the_new_value_makes_it_approximate() -> None:
    figs = [
        (f.measure, f.low, f.high, f.approx)
        for f in find(EntryText("Число раненых выросло примерно до 70.", "ru", DocContext(lang="ru")))
    ]
    assert figs == [("injured", 70, 70, True)]


def test_ru_one_person_named_before_an_auxiliary_and_the_verb() -> None:
    check("Ночью полицейский был ранен у блокпоста.", "ru", ("injured", "security", 1, 1))
    check("Фотограф был задержан на площади.", "ru", ("arrested", "journalists", 1, 1))


def test_adults_are_people_and_photographers_journalists() -> None:
    check("Doi adulți au fost răniți.", "ro", ("injured", "people", 2, 2))
    check("Пятеро взрослых получили травмы.", "ru", ("injured", "people", 5, 5))
    check("Doi fotografi au fost reținuți de jandarmi.", "ro", ("arrested", "journalists", 2, 2))


def test_ro_a_count_that_fled_a_place_is_displaced_but_one_who_fled_is_no_toll() -> None:
    check("Peste 500 de oameni au fugit din calea incendiului.", "ro", ("displaced", "people", 501, None))
    check("Șoferul a fugit din parcare.", "ro")


def test_suspects_on_the_run_are_no_one_displaced() -> None:
    check("Three suspects fled from custody overnight.", "en")
    check("Doi suspecți au fugit din arest.", "ro")
    check("Двое подозреваемых покинули изолятор.", "ru")


def test_ro_ever_more_is_no_count() -> None:
    check("Tot mai mulți locuitori fug din sat.", "ro")


def test_ru_a_crowd_that_marched_was_there() -> None:
    check("До 3 тысяч человек прошли маршем по центру города.", "ru", ("present", "protesters", None, 3000))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Niciunul dintre pompierii care intervin nu a fost rănit, precizează ISU.", "ro"),
        ("None of the firefighters who responded was hurt, the chief said.", "en"),
        ("Никто из спасателей, работавших на месте, не пострадал.", "ru"),
        ("Никто из спасателей, которые работали ночью, не пострадал.", "ru"),
    ],
)
def test_none_of_a_group_told_with_a_relative_clause_is_a_zero(text: str, code: str) -> None:
    assert ("injured", "security", 0, 0) in [row[:4] for row in figures(text, code)]
