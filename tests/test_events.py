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


def test_gunmen_shooting_at_people_is_an_attack() -> None:
    got = types("Several gunmen burst into the theatre and began shooting at people in the hall.", "en")
    assert "attack" in got and "shooting" not in got
    got = types("Bărbați înarmați au intrat în magazin și au deschis focul asupra oamenilor.", "ro")
    assert "attack" in got and "shooting" not in got and "force_against_protesters" not in got
    got = types("Неизвестные в камуфляже ворвались в школу и открыли стрельбу по людям.", "ru")
    assert "attack" in got and "shooting" not in got and "riot" not in got
    assert "attack" in types("Власти назвали произошедшее на рынке терактом.", "ru")
    assert "attack" in types("Произошла атака на автобус с паломниками.", "ru")
    assert "attack" in types("Autoritățile vorbesc despre un atac terorist la o școală.", "ro")
    assert "attack" in types("The attack on the concert hall left the town in shock.", "en")


def test_connectivity_monitors_report_a_shutdown() -> None:
    assert "internet_shutdown" in types(
        "Mobile internet works intermittently; connectivity fell to 60% of normal, NetBlocks said.", "en"
    )
    assert "internet_shutdown" in types("Internetul mobil funcționează cu întreruperi în tot orașul.", "ro")
    assert "internet_shutdown" in types("В регионе мобильный интернет работает с перебоями.", "ru")
    assert "internet_shutdown" in types("По данным мониторинга, связность упала до 40%.", "ru")
    assert "internet_shutdown" in types("Conectivitatea a scăzut la 30% din nivelul obișnuit.", "ro")


def test_crowds_in_the_streets_are_a_protest() -> None:
    assert "protest" in types("Hundreds of supporters took to the streets with placards on Sunday.", "en")
    assert "protest" in types("Sute de oameni au ieșit în stradă în mai multe orașe.", "ro")
    assert "protest" in types("Сотни сторонников вышли на улицы с плакатами.", "ru")
    assert "protest" in types("Thousands gathered outside parliament chanting slogans.", "en")


def test_coups_are_a_political_change() -> None:
    assert "political_change" in types("The constitution is suspended and all institutions dissolved.", "en")
    assert "political_change" in types("Soldiers on state TV announced they had ended the regime.", "en")
    assert "political_change" in types("A fost suspendată constituția, iar guvernul a fost dizolvat.", "ro")
    assert "political_change" in types("Военные заявили, что конституция приостановлена.", "ru")
    assert "political_change" in types("Мятежники отстранили президента от власти.", "ru")
    assert "political_change" in types("Militarii l-au înlăturat de la putere pe președinte.", "ro")


def test_diplomatic_contacts() -> None:
    assert "diplomacy" in types("The regional bloc will convene on Friday to discuss the crisis.", "en")
    assert "diplomacy" in types(
        "The foreign minister spoke with the detained president, who is in good health.", "en"
    )
    assert "diplomacy" in types("A mediator flew to the capital on Monday.", "en")
    assert "diplomacy" in types("Un emisar al blocului regional a ajuns în capitală pentru mediere.", "ro")
    assert "diplomacy" in types("Președintele a transmis condoleanțe familiilor victimelor.", "ro")
    assert "diplomacy" in types("Министры иностранных дел провели телефонный разговор.", "ru")
    assert "diplomacy" in types("Спецпосланник ООН прилетел в столицу.", "ru")


def test_special_forces_storming_is_a_security_operation() -> None:
    got = types("Special forces entered the building to free the hostages.", "en")
    assert "security_operation" in got
    assert "security_operation" in types("Police stormed the school and freed the hostages.", "en")
    assert "security_operation" in types("A început o operațiune a forțelor speciale în clădire.", "ro")
    got = types("Спецназ вошел в здание, начался штурм.", "ru")
    assert "security_operation" in got and "riot" not in got
    assert "security_operation" in types("Силовики начали штурм здания, где удерживают заложников.", "ru")


def test_detentions_in_a_lead() -> None:
    assert "arrests" in types("Four suspects were taken into custody overnight, police said.", "en")
    assert "arrests" in types("Unsprezece persoane sunt reținute, anunță anchetatorii.", "ro")
    assert "arrests" in types("Задержаны 11 человек, в том числе четверо подозреваемых.", "ru")


def test_precision_of_violent_types() -> None:
    got = types("Police used stun grenades; loud bangs were heard as the crowd was dispersed.", "en")
    assert "explosion" not in got and "force_against_protesters" in got
    got = types("Jandarmii dispersează mulțimea, se aud explozii în piață.", "ro")
    assert "explosion" not in got and "force_against_protesters" in got
    got = types("Полиция разгоняет толпу, слышны взрывы светошумовых гранат.", "ru")
    assert "explosion" not in got
    assert "armed_clash" not in types("The gunmen fired at the guards, who did not fire back.", "en")
    assert "foreign_deployment" not in types("Rescue teams from Japan arrived in the quake zone.", "en")
    assert "foreign_deployment" not in types(
        "Echipele de salvare din Israel au ajuns în zona afectată.", "ro"
    )
    assert "casualty_report" not in types("There are no official casualty figures yet.", "en")
    assert "casualty_report" not in types("Deocamdată nu există un bilanț oficial al victimelor.", "ro")
    assert "casualty_report" not in types("Официальных данных о жертвах пока нет.", "ru")


def test_every_trigger_starts_with_a_literal_word() -> None:
    # a trigger with no literal start would be tried at every word of every entry
    for code in ("ro", "en", "ru"):
        assert not events._rules(code).always, code


def test_rescuers_and_unknown_tolls_are_not_deployments_or_casualties() -> None:
    assert "foreign_deployment" not in types("A contingent of rescuers from Spain landed in Adana.", "en")
    assert "foreign_deployment" not in types(
        "Un contingent de salvatori din Grecia a aterizat la Adana.", "ro"
    )
    assert "foreign_deployment" not in types("Прибыл контингент спасателей из Армении.", "ru")
    assert "casualty_report" not in types("There is no information yet on casualties.", "en")
    assert "casualty_report" not in types("Пока нет официальных данных о погибших.", "ru")
    assert "arrests" in types("Two men were apprehended near the border.", "en")
    assert "arrests" in types("Câțiva tineri au fost ridicați de jandarmi.", "ro")
    assert "arrests" in types("Активистов доставили в отдел полиции.", "ru")


def test_more_wordings_of_the_same_types() -> None:
    got = types("Attackers in combat fatigues opened fire on civilians outside the stadium.", "en")
    assert "attack" in got and "force_against_protesters" not in got
    assert "diplomacy" in types("The minister held a phone call with his French counterpart.", "en")
    assert "diplomacy" in types("Ministrul a discutat cu omologul său german.", "ro")
    assert "diplomacy" in types("Лидеры обсудили по телефону ситуацию в регионе.", "ru")
    assert "security_operation" in types("Troops began an operation to free the captives.", "en")
    assert "security_operation" in types("Начата операция по освобождению заложников.", "ru")
    assert "protest" in types("Mii de oameni au ieșit la proteste în capitală.", "ro")
    assert "protest" in types("Жители вышли на акцию против закрытия больницы.", "ru")
    assert "political_change" in types("Мятежники объявили, что положили конец режиму.", "ru")
    assert "internet_shutdown" in types("В центре города пропал мобильный интернет.", "ru")
    assert "force_against_protesters" in types("Riot police threw flash-bangs into the crowd.", "en")
    assert "casualty_report" not in types("The number of casualties is not yet known.", "en")
    assert "casualty_report" not in types("Nu se cunoaște încă numărul victimelor.", "ro")
    assert "casualty_report" not in types("Число пострадавших пока уточняется.", "ru")
