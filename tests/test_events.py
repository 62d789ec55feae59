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
