"""Events: types of what happened, each with the span of its trigger words."""

from __future__ import annotations

from newsrewind.extract import events
from newsrewind.extract.context import DocContext, EntryText
from newsrewind.model import Figure


def types(text: str, lang: str, figures: list[Figure] | None = None) -> set[str]:
    found = events.find(EntryText(text, lang, DocContext(lang=lang)), figures or [])
    for e in found:
        assert 0 <= e.span[0] < e.span[1] <= len(text)
    return {e.type for e in found}


def test_force_against_protesters_is_not_arson_or_shooting() -> None:
    got = types("Jandarmii au deschis focul asupra manifestanților din fața prefecturii.", "ro")
    assert got == {"force_against_protesters"}


def test_shots_by_unclear_shooters() -> None:
    assert types("Lângă gară a fost deschis focul.", "ro") == {"shooting"}
    assert types("У вокзала слышна стрельба.", "ru") == {"shooting"}


def test_exchange_of_fire_is_an_armed_clash() -> None:
    assert types("La marginea orașului a început un schimb de focuri.", "ro") == {"armed_clash"}


def test_arson_and_riot() -> None:
    assert types("Sediul primăriei a fost cuprins de flăcări.", "ro") == {"arson"}
    assert "riot" in types("Rioters stormed the regional parliament.", "en")


def test_background_noun_is_not_an_event() -> None:
    # the protests are the background, the news is the injured medics
    got = types("Cinci medici au fost răniți în timpul protestelor.", "ro")
    assert got == {"casualty_report"}
    assert "protest" in types("Protestele au izbucnit din nou în capitală.", "ro")


def test_casualty_report_from_figures() -> None:
    fig = Figure("killed", "people", 3, 3, (0, 7))
    assert types("Trei oameni, conform bilanțului oficial.", "ro", [fig]) >= {"casualty_report"}


def test_strategic_developments() -> None:
    assert types("Autoritățile au decretat starea de urgență.", "ro") == {"state_of_emergency"}
    assert types("În port are loc o operațiune antiteroristă.", "ro") == {"security_operation"}
    assert types("Cei doi miniștri au avut o discuție telefonică.", "ro") == {"diplomacy"}
    assert types("Internet is being restored in the capital.", "en") == {"internet_restored"}
    assert types("Интернет в стране почти полностью отключен.", "ru") == {"internet_shutdown"}
    assert types("Premierul și-a prezentat demisia.", "ro") == {"political_change"}
    assert types("Procurorii au format un grup de anchetă.", "ro") == {"investigation"}
    assert types("Trupe de menținere a păcii au sosit la aeroport.", "ro") == {"foreign_deployment"}


def test_intervention_request() -> None:
    got = types("Președintele a cerut ajutorul aliaților din alianța militară.", "ro")
    assert "foreign_intervention_request" in got


def test_explosion_in_russian() -> None:
    assert "explosion" in types("В центре города прогремели взрывы, начался обстрел.", "ru")


def test_remote_violence_in_three_languages() -> None:
    assert "explosion" in types("An air strike hit a market in the town on Tuesday.", "en")
    assert "explosion" in types("Two rockets were fired towards the coast overnight.", "en")
    assert "explosion" in types("Apărarea antiaeriană a doborât 12 drone deasupra portului.", "ro")
    assert "explosion" in types("Armata a atacat depozitele din oraș cu 15 drone.", "ro")
    assert "explosion" in types("Силы ПВО сбили над районом шесть беспилотников.", "ru")
    assert "explosion" in types("Обстрел города продолжался около часа.", "ru")


def test_shelling_as_background_is_no_new_explosion() -> None:
    assert "explosion" not in types("Губернатор рассказал о последствиях при обстреле.", "ru")


def test_armed_clash_and_attack() -> None:
    assert "armed_clash" in types("Two soldiers died in fighting with militants near the border.", "en")
    assert "armed_clash" in types("Patrol troops came under fire and returned fire.", "en")
    assert "armed_clash" in types("Pe front au avut loc 12 de confruntări în ultima zi.", "ro")
    assert "attack" in types("Un jurnalist a fost lovit de un bărbat la intrarea în secție.", "ro")


def test_arrests_in_three_languages() -> None:
    assert types("Police said 40 people were detained near the stadium.", "en") == {"arrests"}
    assert types("Trei activiști au fost reținuți de jandarmi.", "ro") == {"arrests"}
    assert types("Полиция сообщила, что задержаны 15 человек.", "ru") == {"arrests"}


def test_force_against_protesters_by_police() -> None:
    assert "force_against_protesters" in types(
        "Police fired live rounds as crowds approached the palace.", "en"
    )
    assert "force_against_protesters" in types(
        "Jandarmii au folosit spray lacrimogen împotriva mulțimii.", "ro"
    )


def test_diplomacy_is_not_every_appeal() -> None:
    assert "diplomacy" not in types("The mayor urged residents to stay indoors.", "en")
    assert "diplomacy" not in types("Губернатор призвал жителей оставаться дома.", "ru")
    assert "diplomacy" in types("Japan and Canada offered to send rescue teams.", "en")
    assert "diplomacy" in types("Президент выразил соболезнования народу соседней страны.", "ru")
    assert "diplomacy" in types("Premierul a vorbit la telefon cu omologul său polonez.", "ro")


def test_demands_are_not_measures() -> None:
    got = types("Участники акции требуют отставки губернатора и снижения цен на топливо.", "ru")
    assert not got & {"political_change", "economic_measure"}


def test_no_casualties_is_no_casualty_report() -> None:
    assert "casualty_report" not in types("No one was hurt in the blast at the depot.", "en")
    assert "casualty_report" not in types("Nu au fost raportate victime după cutremur.", "ro")
    assert "casualty_report" not in types("Данных о погибших пока нет.", "ru")
    zero = Figure("injured", "people", 0, 0, (0, 9))
    assert "casualty_report" not in types("Nobody injured.", "en", [zero])


def test_services_back_and_disaster_zone() -> None:
    assert "internet_restored" in types(
        "Mobile and internet services are gradually returning in the north.", "en"
    )
    assert "state_of_emergency" in types("The government declared three provinces a disaster zone.", "en")
    assert "state_of_emergency" in types("Guvernul a declarat stare de calamitate în trei județe.", "ro")
