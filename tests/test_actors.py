"""Actors: people, organisations and states, canonical English names across scripts."""

from __future__ import annotations

from newsrewind.extract import actors
from newsrewind.extract.context import DocContext, EntryText


def names(text: str, lang: str = "ro", country: str | None = "KZ") -> set[str]:
    view = EntryText(text, lang, DocContext(lang=lang, country=country))
    found = actors.find(view)
    for a in found:
        assert a.span[0] < a.span[1] <= len(text)
    return {a.name for a in found}


def test_known_people_across_spellings() -> None:
    assert names("Tokaev a semnat decretul.") == {"Kassym-Jomart Tokayev"}
    assert names("President Tokayev spoke on television.", "en") == {"Kassym-Jomart Tokayev"}
    assert names("Обращение Токаева показали по телевидению.", "ru") == {"Kassym-Jomart Tokayev"}
    assert names("Președintele din Belarus Aleksandr Lukașenko a comentat.") == {"Alexander Lukashenko"}


def test_unknown_people_after_a_title() -> None:
    assert "Ion Vasilescu" in names("Purtătorul de cuvânt al poliției, Ion Vasilescu, a confirmat.")
    assert "Mark Dobson" in names("Police spokesman Mark Dobson said two people died.", "en", None)
    assert "Vyacheslav Gladkov" in names(
        "Губернатор Белгородской области Вячеслав Гладков сообщил о жертвах.", "ru"
    )
    assert names("The president said nothing.", "en") == set()


def test_institutions_take_the_place_named_or_the_story_country() -> None:
    assert names("Ministerul Afacerilor Interne din Kazahstan a anunțat noi arestări.") == {
        "Kazakhstan Ministry of Internal Affairs"
    }
    assert names("Ministerul Sănătății a raportat sute de răniți.") == {"Kazakhstan Ministry of Health"}
    assert names("Guvernul Kazahstanului a demisionat.") == {"Government of Kazakhstan"}
    assert names("Poliția din Almaty a reținut zeci de oameni.") == {"Almaty police"}
    assert "National Guard of Kazakhstan" in names("Zece militari ai Gărzii Naționale au fost răniți.")
    assert names("Armata a deschis focul.") == {"Kazakhstan Armed Forces"}


def test_troops_by_demonym_mean_the_state() -> None:
    assert names("Primele trupe ruse au ajuns la aeroport.") == {"Russia"}
    assert "Russia" in names("Russian troops landed at the airport.", "en")
    assert "Russia" in names("Российские военные прибыли в аэропорт.", "ru")


def test_organisations_in_every_script() -> None:
    assert names("OTSC a trimis forțe de menținere a păcii.") == {"CSTO"}
    assert names("ОДКБ направит миротворцев.", "ru") == {"CSTO"}
    assert names("Uniunea Europeană a cerut calm.") == {"European Union"}
    assert "European Union" in names("Евросоюз призвал к сдержанности.", "ru")


def test_acting_country() -> None:
    assert "Russia" in names("Rusia trimite trupe în Kazahstan.")
    assert "Russia" in names("Uniunea Europeană a cerut Rusiei să se retragă.")


def test_international_bodies_in_every_language() -> None:
    assert "UNICEF" in names("A UNICEF convoy reached the camp on Tuesday.", "en", None)
    assert "White Helmets" in names("Rescuers from the White Helmets dug through the rubble.", "en", "SY")
    assert "White Helmets" in names("Voluntarii Căștilor Albe caută supraviețuitori.", "ro", "SY")
    assert "Israel Defense Forces" in names("The IDF said it struck a launch site overnight.", "en", "IL")
    assert "Israel Defense Forces" in names("ЦАХАЛ сообщил об ударе по складу.", "ru", "IL")
    assert "AFAD" in names("AFAD a trimis echipe în provincie.", "ro", "TR")


def test_red_cross_takes_the_demonym_or_is_the_icrc() -> None:
    assert "Ukrainian Red Cross" in names("Crucea Roșie ucraineană distribuie apă.", "ro", "UA")
    assert "ICRC" in names("The Red Cross asked for access to the detainees.", "en", None)


def test_per_country_bodies_and_name_conventions() -> None:
    assert "Moldova Central Electoral Commission" in names(
        "Comisia Electorală Centrală a anunțat prezența la vot.", "ro", "MD"
    )
    assert "Gaza Health Ministry" in names("The health ministry in Gaza raised the toll again.", "en", "PS")
    assert "National Police Service" in names("Police in Kenya fired tear gas at marchers.", "en", "KE")


def test_office_of_a_place_without_a_name() -> None:
    assert "Governor of Malatya" in names("The governor of Malatya said 40 buildings collapsed.", "en", "TR")


def test_a_person_named_in_full_is_known_later_by_surname() -> None:
    ctx = DocContext(lang="en", country="KE")
    first = EntryText("Interior minister Halima Otieno visited the site.", "en", ctx)
    assert "Halima Otieno" in {a.name for a in actors.find(first)}
    later = EntryText("Otieno later promised an inquiry.", "en", ctx)
    assert {a.name for a in actors.find(later)} == {"Halima Otieno"}
    ru = DocContext(lang="ru", country="RU")
    actors.find(EntryText("Мэр города Аркадий Веселов приехал на место.", "ru", ru))
    assert "Arkady Veselov" in {
        a.name for a in actors.find(EntryText("Веселова спросили о потерях.", "ru", ru))
    }


def test_cyrillic_foreign_names_in_the_nominative_and_english_spelling() -> None:
    assert "Mohamed Bazoum" in names("Президент Нигера Мохамеда Базума свергли военные.", "ru", None)
    assert "Patrice Talon" in names("Президент Бенина Патрис Талон осудил мятеж.", "ru", None)
    assert "Moussa Faki Mahamat" in names(
        "Председатель комиссии Африканского союза Мусса Факи Махамат призвал к диалогу.", "ru", None
    )
    assert "Fuat Oktay" in names("Об этом сообщил вице-президент Фуат Октай.", "ru", "TR")
    assert "William Ruto" in names("Президент Кении Уильям Руто выступил с обращением.", "ru", "KE")
    assert "Volodymyr Zelensky" in names("Мэр позвонил Владимиру Зеленскому вечером.", "ru", "UA")


def test_an_inflected_unknown_name_is_known_later_in_another_case() -> None:
    ctx = DocContext(lang="ru", country="NE")
    first = EntryText("Военные задержали премьер-министра Ахмеда Дуалеба в столице.", "ru", ctx)
    assert {a.name for a in actors.find(first)} == {"Ahmed Dualeb"}
    later = EntryText("С Дуалебом связался посол.", "ru", ctx)
    assert {a.name for a in actors.find(later)} == {"Ahmed Dualeb"}


def test_a_nations_army_is_its_armed_forces() -> None:
    assert names("The Lebanese army deployed troops along the border.", "en", None) == {
        "Lebanon Armed Forces"
    }
    assert names("Armata sudaneză a respins atacul.", "ro", None) == {"Sudan Armed Forces"}
    assert names("Ливанская армия усилила патрули.", "ru", None) == {"Lebanon Armed Forces"}
    assert names("Statul Major General al Armatei ucrainene a anunțat pierderi.", "ro", "UA") == {
        "General Staff of the Armed Forces of Ukraine"
    }


def test_regional_and_international_bodies() -> None:
    assert names("ECOWAS threatened to intervene in Niamey.", "en", "NE") == {"ECOWAS"}
    assert "UNIFIL" in names("UNIFIL said two peacekeepers were wounded.", "en", "LB")
    assert names("ОМОН задержал десятки людей, Росгвардия оцепила центр.", "ru", "BY") == {
        "OMON",
        "Rosgvardia",
    }
    assert names("Uniunea Africană a suspendat Nigerul.", "ro", "NE") >= {"African Union"}
    assert names(
        "Comitetul Județean pentru Situații de Urgență al județului Vaslui s-a reunit.", "ro", "RO"
    ) == {"Vaslui County Emergency Situations Committee"}


def test_outlets_and_monitors_are_not_actors() -> None:
    assert names("NetBlocks reported a nationwide internet outage.", "en", None) == set()
    assert names("The head of the hospital told Al Jazeera that 30 bodies arrived.", "en", None) == set()


def test_countries_acting() -> None:
    assert "United States" in names("The United States pledged support to the government.", "en", None)
    assert names("Statele Unite au promis sprijin militar.", "ro", None) == {"United States"}
