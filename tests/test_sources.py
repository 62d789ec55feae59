"""Sources: the relaying outlet and the original claimant, in ro, en and ru."""

from __future__ import annotations

from newsrewind.extract import sources
from newsrewind.extract.context import DocContext, EntryText


def names(text: str, lang: str, country: str | None = None) -> dict[str, str]:
    found = sources.find(EntryText(text, lang, DocContext(lang=lang, country=country)))
    for s in found:
        assert 0 <= s.span[0] < s.span[1] <= len(text)
    return {s.name: s.kind for s in found}


def test_outlet_spellings_are_one_source() -> None:
    assert names("Trei soldați au fost răniți la graniță, scrie Ria.", "ro") == {"RIA Novosti": "media"}
    assert names("Trupele au intrat în oraș, scrie ria.ru.", "ro") == {"RIA Novosti": "media"}
    assert names("Военные вошли в город, передает РИА Новости.", "ru") == {"RIA Novosti": "media"}
    assert names("Эфир прерывался, сообщает «Хабар 24».", "ru") == {"Khabar 24": "media"}
    assert "Khabar 24" in names("Mesajul a fost difuzat de postul Khabar-24 aseară.", "ro")


def test_institution_needs_an_attribution_cue() -> None:
    got = names("Ministerul Sănătății din Ucraina a raportat 40 de răniți, transmite Agerpres.", "ro")
    assert got == {"Ukraine Ministry of Health": "government", "Agerpres": "media"}
    # named as a victim, not as a claimant
    assert names("Clădirea ministerului sănătății a fost avariată.", "ro") == {}


def test_story_country_fills_an_unnamed_country() -> None:
    got = names("MAI anunță că drumurile sunt închise.", "ro", country="KZ")
    assert got == {"Kazakhstan Ministry of Internal Affairs": "government"}


def test_city_police_and_commandant() -> None:
    got = names("Poliția din Almaty a declarat că doi oameni au fost reținuți.", "ro")
    assert got == {"Almaty police": "police"}
    got = names(
        "Postul Khabar-24 a transmis, cu referire la biroul comandantului orașului, că e liniște.", "ro"
    )
    assert got["commandant's office"] == "military"


def test_eyewitnesses_and_monitors() -> None:
    assert names("S-au auzit împușcături, spun martorii oculari.", "ro") == {"eyewitnesses": "eyewitness"}
    assert names("Связность упала, по данным сервиса NetBlocks.", "ru") == {"NetBlocks": "monitor"}
    assert names("Shots were heard near the square, witnesses said.", "en") == {"eyewitnesses": "eyewitness"}


def test_unknown_outlet_after_a_strong_cue_is_kept_as_written() -> None:
    assert names("Un pod s-a prăbușit, scrie Jurnalul Nostru.", "ro") == {"Jurnalul Nostru": "media"}
    assert names("A bridge collapsed overnight, Channel Nine reports.", "en") == {"Channel Nine": "media"}


def test_media_group_and_russian_agency() -> None:
    assert names("Presa rusă a publicat imagini cu coloana.", "ro") == {"Russian media": "media"}
    got = names("В МВД Казахстана сообщили о задержаниях, передает ТАСС.", "ru")
    assert got == {"Kazakhstan Ministry of Internal Affairs": "government", "TASS": "media"}


def test_english_attribution() -> None:
    got = names("The interior ministry said the curfew would stay, according to Reuters.", "en", country="KZ")
    assert got == {"Kazakhstan Ministry of Internal Affairs": "government", "Reuters": "media"}
