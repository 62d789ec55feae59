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
