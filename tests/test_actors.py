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
