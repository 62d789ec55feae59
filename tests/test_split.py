"""The splitter cuts real outlets' time-label formats into entries."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsrewind.clock import ClockOptions, clock
from newsrewind.model import Document
from newsrewind.split import split
from newsrewind.stamps import InputWarning
from tests.conftest import run_rewind


def cut(text: str) -> list[tuple[str | None, str]]:
    blocks = split(Document(name="t", text=text))
    return [(b.label, b.text) for b in blocks]


def times(text: str) -> list[tuple[int, int] | None]:
    return [
        (b.stamp.hour, b.stamp.minute) if b.stamp and b.stamp.hour is not None else None
        for b in split(Document(name="t", text=text))
    ]


def test_update_labels_and_lead() -> None:
    text = (
        "Lead paragraph about the floods.\n\n"
        "UPDATE 17:20 Second update text.\n\n"
        "UPDATE: 8:05 First update.\nIts second paragraph.\n\n"
        "Update 09:09 lower-case keyword"
    )
    assert cut(text) == [
        (None, "Lead paragraph about the floods."),
        ("UPDATE 17:20", "Second update text."),
        ("UPDATE: 8:05", "First update.\nIts second paragraph."),
        ("Update 09:09", "lower-case keyword"),
    ]


def test_separators_after_times() -> None:
    text = "22:52. Punct după oră.\n10:40 — Linie de dialog.\n02:00 – Cratimă scurtă.\n11:33 Fără separator."
    assert [t for _, t in cut(text)] == [
        "Punct după oră.",
        "Linie de dialog.",
        "Cratimă scurtă.",
        "Fără separator.",
    ]
    assert times(text) == [(22, 52), (10, 40), (2, 0), (11, 33)]


def test_romanian_and_dotted_labels() -> None:
    text = "ACTUALIZARE 01.13 Noaptea continuă.\n\nUPDATE 00.20 - Text.\n\n14:00 UPDATE- Alt text.\n\nOra 06:47 Dimineața."
    assert times(text) == [(1, 13), (0, 20), (14, 0), (6, 47)]
    assert [t for _, t in cut(text)] == ["Noaptea continuă.", "Text.", "Alt text.", "Dimineața."]


def test_time_alone_then_headline_and_body() -> None:
    text = "11:53AM\nRescuers reach the valley\nTeams arrived overnight.\n\n09:57 AM\nRoads closed\nPolice say the bridge is shut."
    blocks = split(Document(name="t", text=text))
    assert [(b.stamp.hour, b.stamp.minute) for b in blocks if b.stamp] == [(11, 53), (9, 57)]
    assert blocks[0].text == "Rescuers reach the valley\nTeams arrived overnight."


def test_pm_times_become_24_hour() -> None:
    assert times("1:05PM\nAfternoon update.\n\n12:10 AM\nJust after midnight.") == [(13, 5), (0, 10)]


def test_published_at_with_glued_headline() -> None:
    text = (
        "Aid convoy reaches the borderpublished at 04:29 Greenwich Mean Time 6 February 2023\n"
        "Trucks crossed at dawn.\n\n"
        "Second headline published at 03:10 GMT 6 February 2023\nBody two."
    )
    blocks = split(Document(name="t", text=text))
    assert len(blocks) == 2
    assert blocks[0].text.startswith("Aid convoy reaches the border")
    assert "Trucks crossed at dawn." in blocks[0].text
    assert blocks[0].stamp and (blocks[0].stamp.hour, blocks[0].stamp.day, blocks[0].stamp.tz) == (
        4,
        6,
        "+00:00",
    )


def test_byline_and_stamp_after_the_entry() -> None:
    text = (
        "Shelling resumed in the east of the city.\nResidents sheltered in basements.\n"
        "Anna Petrova6 January 2022 13:30\n"
        "Power was cut in two districts.\n"
        "Ion Rusu6 January 2022 12:05\n"
    )
    blocks = split(Document(name="t", text=text))
    assert [b.text.splitlines()[0] for b in blocks] == [
        "Shelling resumed in the east of the city.",
        "Power was cut in two districts.",
    ]
    assert [(b.stamp.hour, b.stamp.minute) for b in blocks if b.stamp] == [(13, 30), (12, 5)]


def test_full_stamps_in_three_languages() -> None:
    text = (
        "28 февраля 2024 г. 06:02:09\nСпасатели продолжают работу.\n\n"
        "6 ianuarie 2022, ora 17:20\nSalvatorii lucrează.\n\n"
        "2023-02-06T13:30:00+03:00 Rescue teams."
    )
    blocks = split(Document(name="t", text=text))
    assert blocks[0].stamp and (blocks[0].stamp.day, blocks[0].stamp.month, blocks[0].stamp.second) == (
        28,
        2,
        9,
    )
    assert blocks[1].stamp and (blocks[1].stamp.year, blocks[1].stamp.hour) == (2022, 17)
    assert blocks[2].stamp and blocks[2].stamp.iso == "2023-02-06T13:30:00+03:00"
    assert blocks[2].text == "Rescue teams."


def test_date_lines_head_the_times_below() -> None:
    text = "6 января\n00:20 Ночью.\n\n5 января\n23:40 Вечером.\n\n05.01.2022\n22:00 Ещё раньше."
    blocks = split(Document(name="t", text=text))
    assert [b.text for b in blocks] == ["Ночью.", "Вечером.", "Ещё раньше."]
    assert [b.date_context.isoformat()[5:] if b.date_context else None for b in blocks] == [
        "01-06",
        "01-05",
        "01-05",
    ]


def test_untimed_update_blocks_between_stars() -> None:
    text = "UPDATE Primul bloc.\n*****\nUPDATE Al doilea bloc.\nCu un paragraf.\n*****\nUPDATE Al treilea."
    assert cut(text) == [
        ("UPDATE", "Primul bloc."),
        ("UPDATE", "Al doilea bloc.\nCu un paragraf."),
        ("UPDATE", "Al treilea."),
    ]


def test_edit_note_is_not_a_new_entry() -> None:
    text = (
        "15:20 The ministry raised the toll.\nUpdated at 15.08 GMT\nMore detail here.\n\n14:50 Earlier entry."
    )
    blocks = split(Document(name="t", text=text))
    assert len(blocks) == 2
    assert "Updated at 15.08 GMT" in blocks[0].text and "More detail here." in blocks[0].text


def test_footer_in_another_language_is_its_own_entry() -> None:
    text = (
        "UPDATE 10:00 Poliția a închis centrul orașului după protestele de aseară.\n\n"
        "Manifestanții s-au adunat din nou în piață, iar jandarmii au format un cordon.\n\n"
        "Internet access is being restored across the country, the operator says."
    )
    blocks = split(Document(name="t", text=text))
    assert len(blocks) == 2
    assert blocks[1].label is None and blocks[1].text.startswith("Internet access")


@pytest.mark.parametrize(
    ("lang", "last", "closing"),
    [
        (
            "ro",
            "Ora 23.40\nDigurile de pe Prut au rezistat, spun pompierii.",
            "Transmisiunea live se încheie aici. Reluăm transmisiunea mâine dimineață.",
        ),
        (
            "en",
            "22:15 GMT\nThe ferry resumed its crossings.",
            "That's all from us tonight. We'll be back at 07:00 GMT.",
        ),
        (
            "ru",
            "23:40\nПаводок в Оренбурге пошел на спад.",
            "На этом мы завершаем трансляцию. Спасибо, что были с нами.",
        ),
    ],
)
def test_a_sign_off_after_the_last_entry_is_its_own_entry(lang: str, last: str, closing: str) -> None:
    blocks = split(
        Document(name="t", text=f"{last}\n\nMore on the rescue work soon.\n\n{closing}", lang=lang)
    )
    assert [b.label is None for b in blocks][-2:] == [False, True]
    assert blocks[-1].text == closing


def test_an_entry_that_signs_off_keeps_its_own_closing_paragraph() -> None:
    text = (
        "00:50 ·\nCel mai recent bilanț: 12 răniți.\n\n"
        "01:20 ·\nÎncheiem aici transmisiunea live\n"
        "Încheiem aici transmisiunea în direct de la Chișinău. Revenim marți cu informații."
    )
    assert [label for label, _ in cut(text)] == ["00:50", "01:20"]


def test_credit_line_naming_several_agencies_is_its_own_entry() -> None:
    text = (
        "Updated 9:05 p.m. EDT\nThe harbour authority closed the port after the second blast.\n\n"
        "Bloomberg News, the Associated Press and Agence France-Presse contributed to this report."
    )
    blocks = split(Document(name="t", text=text))
    assert len(blocks) == 2
    assert blocks[1].label is None and blocks[1].text.startswith("Bloomberg News")


def test_numbers_that_look_like_times_do_not_split() -> None:
    text = "UPDATE 12:00 Bilanț.\n2.379 de morți au fost confirmați.\n7,6 Richter a fost magnitudinea."
    assert len(split(Document(name="t", text=text))) == 1


def test_bracketed_and_piped_labels() -> None:
    text = "[10:15] Primul.\n(09:50) Al doilea.\n09:20 | Al treilea.\n(AFP) 10 oameni au fost răniți."
    assert [t for _, t in cut(text)] == [
        "Primul.",
        "Al doilea.",
        "Al treilea.\n(AFP) 10 oameni au fost răniți.",
    ]


def test_updated_line_inside_an_entry_is_an_edit_note() -> None:
    text = (
        "22:20 BST\nCabinet meets\nThe cabinet met in emergency session.\n\n"
        "Updated 22:40: the cabinet also ordered arrests.\n\n"
        "21:30 BST\nHospitals full\nHospitals are overwhelmed.\n\n"
        "Updated 21:50 The toll was revised.\n\n"
        "20:45 BST\nEarlier entry\nText."
    )
    blocks = split(Document(name="t", text=text))
    assert [b.stamp.hour for b in blocks if b.stamp] == [22, 21, 20]
    assert "Updated 22:40: the cabinet also ordered arrests." in blocks[0].text
    assert "Updated 21:50 The toll was revised." in blocks[1].text


def test_updated_label_in_order_is_still_a_label() -> None:
    text = "12:10 — Первое.\n\nОБНОВЛЕНО: 9:30 Главное к утру.\n\n08:15 — Третье."
    assert [t for _, t in cut(text)] == ["Первое.", "Главное к утру.", "Третье."]


def test_zone_words_after_times() -> None:
    blocks = split(
        Document(name="t", text="17:20 ora României — Text.\n\n5:30 PM ET Other.\n\n08:00 МСК Третье.")
    )
    assert [b.stamp.tz for b in blocks if b.stamp] == ["Europe/Bucharest", "America/New_York", "+03:00"]
    assert [b.text for b in blocks] == ["Text.", "Other.", "Третье."]


# ---- a zoo of real-world label formats: entries, their opening words, report time and offset

TODAY = date(2024, 11, 27)


def entries(text: str, **options: object) -> list[tuple[str, str | None]]:
    """(first three words, "HH:MM+ZZ:ZZ") of every entry."""
    doc = Document(name="t", text=text)
    got = clock(doc, split(doc, today=TODAY), ClockOptions(today=TODAY, **options))  # type: ignore[arg-type]
    out = []
    for e in got:
        t = e.reported_at
        out.append((" ".join(e.text.split()[:3]), f"{t:%H:%M}{t.isoformat()[19:]}" if t else None))
    return out


def days(text: str, **options: object) -> list[str | None]:
    doc = Document(name="t", text=text)
    got = clock(doc, split(doc, today=TODAY), ClockOptions(today=TODAY, **options))  # type: ignore[arg-type]
    return [e.reported_at.date().isoformat() if e.reported_at else None for e in got]


RU_BODY_A = "Власти города объявили режим чрезвычайной ситуации после обрушения моста."
RU_BODY_B = "Жители сообщили о сильном взрыве в промышленной зоне на окраине."
RO_BODY_A = "Pompierii au ajuns la locul exploziei și evacuează blocul din apropiere."
RO_BODY_B = "Primarul a convocat comitetul pentru situații de urgență în această seară."
EN_BODY_A = "Rescue teams reached the flooded valley before dawn, officials said."
EN_BODY_B = "The council said all schools in the county would stay shut on Wednesday."

RU_A, RU_B = "Власти города объявили", "Жители сообщили о"
RO_A, RO_B = "Pompierii au ajuns", "Primarul a convocat"
EN_A, EN_B = "Rescue teams reached", "The council said"

CASES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    # ---- a time alone on its line, text below (Meduza, RBC, TASS)
    "colon_own_line_ru": (
        f"14:30\n{RU_BODY_A}\nСпасатели работают всю ночь.\n\n13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "dotted_inline_ro": (
        f"14.30 {RO_BODY_A}\n\n13.05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "h_separator": (
        f"14h30 {RO_BODY_A}\n\n13h05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "pm_dotted": (
        f"2.15pm\n{EN_BODY_A}\n\n1.40pm\n{EN_BODY_B}",
        [(EN_A, "14:15+00:00"), (EN_B, "13:40+00:00")],
    ),
    "pm_spaced_upper_inline": (
        f"2:15 PM {EN_BODY_A}\n\n11:40 AM {EN_BODY_B}",
        [(EN_A, "14:15+00:00"), (EN_B, "11:40+00:00")],
    ),
    "pm_dotted_letters": (
        f"2:15 p.m. ET\n{EN_BODY_A}\n\n1:40 p.m. ET\n{EN_BODY_B}",
        [(EN_A, "14:15-05:00"), (EN_B, "13:40-05:00")],
    ),
    # ---- zones on labels
    "guardian_gmt_headline": (
        "2.15pm GMT\nRescuers reach the valley\n"
        f"{EN_BODY_A}\nAt 2pm the police said the road would stay closed.\n\n"
        f"1.40pm GMT\nSchools shut\n{EN_BODY_B}",
        [("Rescuers reach the", "14:15+00:00"), ("Schools shut The", "13:40+00:00")],
    ),
    # wire services' four-digit times, read only with a zone after them; a date line above the first
    # one must not take "1318" for its year
    "wire_four_digit_gmt": (
        f"SATURDAY, APRIL 20\n\n1318 GMT\n{EN_BODY_A}\n\n1405 GMT\n{EN_BODY_B}",
        [(EN_A, "13:18+00:00"), (EN_B, "14:05+00:00")],
    ),
    "wire_four_digit_msk": (
        f"0945 МСК {EN_BODY_A}\n\n1010 МСК {EN_BODY_B}",
        [(EN_A, "09:45+03:00"), (EN_B, "10:10+03:00")],
    ),
    "gmt_plus_offset": (
        f"14:30 GMT+3 {EN_BODY_A}\n\n13:05 GMT+3 {EN_BODY_B}",
        [(EN_A, "14:30+03:00"), (EN_B, "13:05+03:00")],
    ),
    "utc_plus_offset": (
        f"14:30 (UTC+2)\n{EN_BODY_A}\n\n13:05 (UTC+2)\n{EN_BODY_B}",
        [(EN_A, "14:30+02:00"), (EN_B, "13:05+02:00")],
    ),
    "eet": (
        f"14:30 EET {EN_BODY_A}\n\n13:05 EET {EN_BODY_B}",
        [(EN_A, "14:30+02:00"), (EN_B, "13:05+02:00")],
    ),
    "ora_romaniei": (
        f"14:30 (ora României) {RO_BODY_A}\n\n13:05 (ora României) {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "msk": (
        f"14:30 мск {RU_BODY_A}\n\n13:05 мск {RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "po_moskve": (
        f"14:30 по Москве\n{RU_BODY_A}\n\n13:05 по Москве\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "kyiv_time_on_ro_blog": (
        f"14:30 (ora Kievului) {RO_BODY_A}\n\n13:05 (ora Kievului) {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    # ---- label words
    "ora_upper": (
        f"Ora 14:30 {RO_BODY_A}\n\nOra 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ora_lower_dotted": (
        f"ora 14.30 {RO_BODY_A}\n\nora 13.05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "actualizare": (
        f"Actualizare 14:30 {RO_BODY_A}\n\nActualizare 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "update_upper": (
        f"UPDATE 14:30 {RO_BODY_A}\n\nUPDATE 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "update_comma_colon": (
        f"Update, 14:30: {EN_BODY_A}\n\nUpdate, 13:05: {EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    "digi24_update_dash": (
        f"Update 14:30 – {RO_BODY_A}\n\nUpdate 13:05 – {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "hotnews_ora_dash": (
        f"ora 14:30 — {RO_BODY_A}\n\nora 13:05 — {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "g4media_time_dash": (
        f"14:30 — {RO_BODY_A}\n\n13:05 — {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ultima_ora": (
        f"ULTIMA ORĂ 14:30 {RO_BODY_A}\n\nULTIMA ORĂ 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    # ---- punctuation around the time
    "brackets": (
        f"[14:30] {RO_BODY_A}\n\n[13:05] {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "hyphen_after": (
        f"14:30 - {RO_BODY_A}\n\n13:05 - {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "pipe_after": (
        f"14:30 | {RO_BODY_A}\n\n13:05 | {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "dash_before": (
        f"— 14:30 {RO_BODY_A}\n\n— 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "dash_both_sides": (
        f"– 14:30 – {RO_BODY_A}\n\n– 13:05 – {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "bold_markers": (
        f"**14:30** {RO_BODY_A}\n\n**13:05** {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "bullet_before": (
        f"• 14:30 {RO_BODY_A}\n\n• 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "seconds": (
        f"14:30:05\n{RU_BODY_A}\n\n13:05:40\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    # ---- BBC
    "bbc_posted_at": (
        f"Posted at 14:30\nMinisters meet\n{EN_BODY_A}\n\nPosted at 14:05\nRoads closed\n{EN_BODY_B}",
        [("Ministers meet Rescue", "14:30+00:00"), ("Roads closed The", "14:05+00:00")],
    ),
    "bbc_posted_at_gmt_glued": (
        f"Posted at 14:30 GMT\nMinisters meet\n{EN_BODY_A}\n\nPosted at 14:05 GMT\nRoads closed\n{EN_BODY_B}",
        [("Ministers meet Rescue", "14:30+00:00"), ("Roads closed The", "14:05+00:00")],
    ),
    "bbc_gmt_headline": (
        f"14:30 GMT\nMinisters meet\n{EN_BODY_A}\n\n14:05 GMT\nRoads closed\n{EN_BODY_B}",
        [("Ministers meet Rescue", "14:30+00:00"), ("Roads closed The", "14:05+00:00")],
    ),
    # ---- date + time labels
    "ru_day_month_time": (
        f"26 ноября, 14:30\n{RU_BODY_A}\n\n26 ноября, 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "ro_full_date_time": (
        f"26 noiembrie 2024, 14:30\n{RO_BODY_A}\n\n26 noiembrie 2024, 13:05\n{RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "en_month_first_pm": (
        f"Nov 26, 2024 2:30 PM\n{EN_BODY_A}\n\nNov 26, 2024 1:05 PM\n{EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    "numeric_date_time": (
        f"26.11.2024 14:30\n{RU_BODY_A}\n\n26.11.2024 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "iso_date_time": (
        f"2024-11-26 14:30\n{RU_BODY_A}\n\n2024-11-26 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "time_then_date_ru": (
        f"14:30, 26 ноября 2024\n{RU_BODY_A}\n\n13:05, 26 ноября 2024\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "time_then_numeric_date": (
        f"14:30 26.11.2024\n{RU_BODY_A}\n\n13:05 26.11.2024\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "en_day_month_time_gmt": (
        f"26 Nov 2024 14.30 GMT\n{EN_BODY_A}\n\n26 Nov 2024 13.05 GMT\n{EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    # ---- relative labels: they cut entries; with no anchor, no report time
    "relative_en": (
        f"5 min ago\n{EN_BODY_A}\n\n40 mins ago\n{EN_BODY_B}",
        [(EN_A, None), (EN_B, None)],
    ),
    "relative_ro": (
        f"acum 10 minute\n{RO_BODY_A}\n\nacum 2 ore\n{RO_BODY_B}",
        [(RO_A, None), (RO_B, None)],
    ),
    "relative_ru": (
        f"2 часа назад\n{RU_BODY_A}\n\n3 часа назад\n{RU_BODY_B}",
        [(RU_A, None), (RU_B, None)],
    ),
    "relative_short": (f"1h\n{EN_BODY_A}\n\n2h\n{EN_BODY_B}", [(EN_A, None), (EN_B, None)]),
    "relative_then_time": (
        f"1h ago\n14.30 GMT\n{EN_BODY_A}\n\n2h ago\n13.05 GMT\n{EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    "posted_relative_then_time_with_an_australian_zone": (
        f"Posted 10m ago\n1:55am AEDT\n{EN_BODY_A}\n\nPosted 2h ago\n11:40pm AEDT\n{EN_BODY_B}",
        [(EN_A, "01:55+11:00"), (EN_B, "23:40+11:00")],
    ),
    # ---- body times are not labels
    "body_times": (
        f"14:30 {RO_BODY_A}\nla ora 12:00 a avut loc o ședință a prefecturii.\n"
        "La ora 11:15, polițiștii au închis drumul.\n\n"
        f"13:05 {RO_BODY_B}\nLa ora 14 poliția a spus că drumul va fi redeschis.",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "headline_and_paragraphs_one_entry": (
        f"14:30\nExplozie la Brăila\n{RO_BODY_A}\n\nMartorii spun că au auzit două bubuituri.\n\n"
        f"13:05\nȘedință de urgență\n{RO_BODY_B}\n\nSe așteaptă noi decizii.",
        [("Explozie la Brăila", "14:30+02:00"), ("Ședință de urgență", "13:05+02:00")],
    ),
    "mixed_own_line_and_inline": (
        f"14:30\n{RU_BODY_A}\n\n13:05 {RU_BODY_B}\n\n12:40 — Полиция оцепила район.",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00"), ("Полиция оцепила район.", "12:40+03:00")],
    ),
    "update_ora": (
        f"UPDATE ORA 14:30 {RO_BODY_A}\n\nUPDATE ORA 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "live_update": (
        f"LIVE UPDATE 14:30 {RO_BODY_A}\n\nLIVE UPDATE 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ora_time_then_date": (
        f"Ora 14:30, 26 noiembrie 2024 {RO_BODY_A}\n\nOra 13:05, 26 noiembrie 2024 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "posted_at_glued": (
        f"Posted at14:30\nMinisters meet\n{EN_BODY_A}\n\nPosted at13:05\nRoads closed\n{EN_BODY_B}",
        [("Ministers meet Rescue", "14:30+00:00"), ("Roads closed The", "13:05+00:00")],
    ),
    "en_weekday_day_month_time": (
        f"Tue 26 Nov 14.30 GMT\n{EN_BODY_A}\n\nTue 26 Nov 13.05 GMT\n{EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    "ap_style_pm_et": (
        f"November 26, 2024, 2:30 p.m. ET\n{EN_BODY_A}\n\nNovember 26, 2024, 1:05 p.m. ET\n{EN_BODY_B}",
        [(EN_A, "14:30-05:00"), (EN_B, "13:05-05:00")],
    ),
    "kyiv_time_words": (
        f"14:30 Kyiv time\n{EN_BODY_A}\n\n13:05 Kyiv time\n{EN_BODY_B}",
        [(EN_A, "14:30+02:00"), (EN_B, "13:05+02:00")],
    ),
    "key_event_badge_over_label": (
        f"Key event\n2.15pm GMT\nRescuers reach the valley\n{EN_BODY_A}\n\n"
        f"Pinned post\nKey event\n1.05pm GMT\nSchools shut\n{EN_BODY_B}",
        [("Rescuers reach the", "14:15+00:00"), ("Schools shut The", "13:05+00:00")],
    ),
    "list_dashes": (
        f"- 14:30 {RO_BODY_A}\n- 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "label_and_text_apart": (
        f"14:30\n\n{RO_BODY_A}\n\n13:05\n\n{RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "one_bare_dash_label_among_keyword_labels": (
        f"Update ora 14:30 – {RO_BODY_A}\n\n13:50 — Trenurile spre nord au fost anulate.\n\n"
        f"Update ora 13:05 – {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), ("Trenurile spre nord", "13:50+02:00"), (RO_B, "13:05+02:00")],
    ),
    "one_bare_time_alone_among_keyword_labels": (
        f"UPDATE 14:30 {RU_BODY_A}\n\n13:50\nПоезда на север отменены.\n\nUPDATE 13:05 {RU_BODY_B}",
        [(RU_A, "14:30+03:00"), ("Поезда на север", "13:50+03:00"), (RU_B, "13:05+03:00")],
    ),
    "kw_weekday_date_ora": (
        f"Actualizare marți, 26 noiembrie, ora 14:30 – {RO_BODY_A}\n\n"
        f"Actualizare marți, 26 noiembrie, ora 13:05 – {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "kw_date_time": (
        f"UPDATE 26 noiembrie, 14:30 {RO_BODY_A}\n\nUPDATE 26 noiembrie, 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ora_time_weekday": (
        f"ora 14:30, marți — {RO_BODY_A}\n\nora 13:05, marți — {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ora_time_then_upper_kw": (
        f"Ora 14:30 UPDATE {RO_BODY_A}\n\nOra 13:05 UPDATE {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "kw_time_slash_date": (
        f"UPDATE 14:30 / 26.11.2024 {RO_BODY_A}\n\nUPDATE 13:05 / 26.11.2024 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "emoji_before": (
        f"🔴 14:30 {RO_BODY_A}\n\n🔴 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "emoji_after": (
        f"14:30 🔴 {RO_BODY_A}\n\n13:05 🔴 {RO_BODY_B}",
        [("🔴 Pompierii au", "14:30+02:00"), ("🔴 Primarul a", "13:05+02:00")],
    ),
    "emoji_kw": (
        f"⚡️ UPDATE 14:30 {RO_BODY_A}\n\n⚡️ UPDATE 13:05 {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "double_slash": (
        f"14:30 // {RO_BODY_A}\n\n13:05 // {RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "ora_whole_hour_dash": (
        f"Ora 14 — {RO_BODY_A}\n\nOra 13 — {RO_BODY_B}",
        [(RO_A, "14:00+02:00"), (RO_B, "13:00+02:00")],
    ),
    "date_pipe_time": (
        f"26.11.2024 | 14:30\n{RO_BODY_A}\n\n26.11.2024 | 13:05\n{RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "cnn_posted_time_zone_date": (
        f"Posted 2:15 p.m. ET, Nov 26, 2024\n{EN_BODY_A}\n\nPosted 1:05 p.m. ET, Nov 26, 2024\n{EN_BODY_B}",
        [(EN_A, "14:15-05:00"), (EN_B, "13:05-05:00")],
    ),
    "ru_published_word_then_stamp": (
        f"Опубликовано: 26 ноября 2024, 14:30\n{RU_BODY_A}\n\nОпубликовано: 26 ноября 2024, 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "ru_published_word_then_time": (
        f"Опубликовано 14:30\n{RU_BODY_A}\n\nОпубликовано 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "ru_hour_abbreviation": (
        f"14:30 ч.\n{RU_BODY_A}\n\n13:05 ч.\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "ru_date_v_time": (
        f"26 ноября 2024 в 14:30\n{RU_BODY_A}\n\n26 ноября 2024 в 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "en_time_zone_date": (
        f"14:30 GMT 26 Nov\n{EN_BODY_A}\n\n13:05 GMT 26 Nov\n{EN_BODY_B}",
        [(EN_A, "14:30+00:00"), (EN_B, "13:05+00:00")],
    ),
    "hour_ranges_in_body": (
        f"14:30 — {RO_BODY_A}\n10:00 – 18:00 magazinele din centru rămân închise.\n\n"
        f"13:05 — {RO_BODY_B}\n09:00-12:00 se distribuie apă potabilă.",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "time_glued_to_text": (
        f"14:30{RU_BODY_A}\n\n13:05{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
    "keyword_time_glued_to_text": (
        f"UPDATE 14:30{RO_BODY_A}\n\nUPDATE 13:05{RO_BODY_B}",
        [(RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")],
    ),
    "today_yesterday_ru": (
        f"Сегодня, 09:10\n{RU_BODY_A}\n\nВчера в 22:10\n{RU_BODY_B}",
        [(RU_A, "09:10+03:00"), (RU_B, "22:10+03:00")],
    ),
    "today_yesterday_en": (
        f"Today 09:10\n{EN_BODY_A}\n\nYesterday, 10.10pm\n{EN_BODY_B}",
        [(EN_A, "09:10+00:00"), (EN_B, "22:10+00:00")],
    ),
    "azi_ieri_ro": (
        f"Azi, 09:10 {RO_BODY_A}\n\nIeri, ora 22:10 {RO_BODY_B}",
        [(RO_A, "09:10+02:00"), (RO_B, "22:10+02:00")],
    ),
    "weekday_time_ru": (
        f"Вторник, 14:30\n{RU_BODY_A}\n\nВторник, 13:05\n{RU_BODY_B}",
        [(RU_A, "14:30+03:00"), (RU_B, "13:05+03:00")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_zoo(name: str) -> None:
    text, want = CASES[name]
    assert entries(text) == want


def test_lead_before_first_label() -> None:
    text = f"Știrile zilei despre explozia din cartier.\n\n14:30 {RO_BODY_A}\n\n13:05 {RO_BODY_B}"
    assert entries(text) == [("Știrile zilei despre", None), (RO_A, "14:30+02:00"), (RO_B, "13:05+02:00")]


def test_newest_first_across_midnight_with_date_lines_ro() -> None:
    text = (
        f"27 noiembrie\n\n00:40 {RO_BODY_A}\n\n00:05 {RO_BODY_B}\n\n"
        f"26 noiembrie\n\n23:50 Ultima veste a serii.\n\n22:10 Prima veste."
    )
    assert days(text) == ["2024-11-27", "2024-11-27", "2024-11-26", "2024-11-26"]


def test_newest_first_across_midnight_without_date_lines() -> None:
    text = f"Miercuri, 27 noiembrie 2024\n\n00:40 {RO_BODY_A}\n\n00:05 {RO_BODY_B}\n\n23:50 Seara.\n\n22:10 Prima."
    assert days(text) == ["2024-11-27", "2024-11-27", "2024-11-26", "2024-11-26"]


def test_oldest_first_across_midnight() -> None:
    text = (
        f"Tuesday 26 November 2024\n\n22:10 {EN_BODY_A}\n\n23:50 {EN_BODY_B}\n\n00:05 Late.\n\n00:40 Later."
    )
    assert days(text) == ["2024-11-26", "2024-11-26", "2024-11-27", "2024-11-27"]


def test_oldest_first_with_date_lines_en() -> None:
    text = (
        f"Tuesday 26 November\n\n22:10 {EN_BODY_A}\n\n23:50 {EN_BODY_B}\n\n"
        "Wednesday 27 November\n\n00:05 Late.\n\n00:40 Later."
    )
    assert days(text) == ["2024-11-26", "2024-11-26", "2024-11-27", "2024-11-27"]


def test_two_days_with_ru_weekday_date_lines() -> None:
    text = (
        f"Среда, 27 ноября\n\n09:15\n{RU_BODY_A}\n\n08:00\n{RU_BODY_B}\n\n"
        "Вторник, 26 ноября\n\n22:40\nВечером прошёл митинг.\n\n18:05\nДнём всё было спокойно."
    )
    assert days(text) == ["2024-11-27", "2024-11-27", "2024-11-26", "2024-11-26"]
    assert [w for w, _ in entries(text)][:2] == [RU_A, RU_B]


def test_day_words_date_the_entry() -> None:
    text = f"Miercuri, 27 noiembrie 2024\n\nAzi, 09:10 {RO_BODY_A}\n\nIeri, ora 22:10 {RO_BODY_B}\n\nLuni, 14:00 Luni."
    assert days(text) == ["2024-11-27", "2024-11-26", "2024-11-25"]


def test_no_labels_keeps_every_paragraph_and_warns() -> None:
    text = "Just a paragraph.\n\nAnd another one.\nWith a second line."
    with pytest.warns(InputWarning, match="no time labels found"):
        blocks = split(Document(name="t", text=text))
    assert [b.text for b in blocks] == ["Just a paragraph.", "And another one.\nWith a second line."]
    assert all(b.stamp is None for b in blocks)


def test_no_labels_and_no_blank_lines_cuts_at_lines() -> None:
    with pytest.warns(InputWarning):
        blocks = split(Document(name="t", text="Prima știre.\nA doua știre.\nA treia."))
    assert [b.text for b in blocks] == ["Prima știre.", "A doua știre.", "A treia."]


def test_extract_on_a_blog_with_unknown_labels_keeps_all_text(tmp_path: Path) -> None:
    paragraphs = [
        "⏱ quarter past two — Rescuers reached the flooded valley before dawn.",
        "⏱ two o'clock — The council said all schools would stay shut.",
        "⏱ half past one — Police closed the bridge over the river.",
    ]
    path = tmp_path / "odd.en.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    done = run_rewind("extract", str(path), "--date", "2024-11-26")
    assert done.returncode == 0
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"] for r in records] == paragraphs
    assert "no time labels found" in done.stderr


def test_a_year_is_never_read_across_a_line_break() -> None:
    text = f"SATURDAY, APRIL 20\n\n1318 GMT\n{EN_BODY_A}"
    entries = clock(Document(name="t", text=text), split(Document(name="t", text=text)))
    stamped = [e.reported_at for e in entries if e.reported_at]
    assert stamped and stamped[0].year >= 2000


def test_an_update_word_out_of_the_blogs_time_order_is_an_edit_note() -> None:
    text = (
        "20:40 | Vântul a doborât copaci în Arad.\n\n"
        "19:55 | Grindina a afectat mașini în Timișoara.\nActualizare 20:05: ISU a precizat că nu sunt victime.\n\n"
        "19:10 | Meteorologii au emis cod roșu de vânt."
    )
    got = cut(text)
    assert len(got) == 3
    assert "nu sunt victime" in got[1][1]
    # a blog labelled by such words throughout keeps every label
    labelled = "Actualizare 14:20 Sirenele sună.\n\nActualizare 13:05 Explozii la Odesa.\n\nActualizare 12:10 Alertă."
    assert len(cut(labelled)) == 3


def test_a_short_closing_line_in_the_blog_language_stays_in_its_entry() -> None:
    # too short for a language model to tell: the document's language, no footer of its own
    from newsrewind.langid import detect

    # no Romanian letters and an English word: the blog's language decides, not a guess
    assert detect("Luni, 6 februarie. UPDATE 01.13 A.", hint="ro") == "ro"
    assert detect("Luni, 6 februarie. UPDATE 01.13 A.", hint="en") == "en"


def test_a_key_events_box_and_the_pages_own_stamps_are_not_entries() -> None:
    text = (
        "Storm Orla: two dead as floods hit the north – live\n\n"
        "Mara Quinn\n"
        "Tue 4 Mar 2025 16.10 GMT\n"
        "First published on Tue 4 Mar 2025 07.05 GMT\n\n"
        "Key events\n"
        "20m ago\n"
        "Second death confirmed in Carlisle\n"
        "2h ago\n"
        "Rail lines closed north of Preston\n\n"
        "20m ago\n"
        "15.52 GMT\n"
        "Second death confirmed in Carlisle\n\n"
        "Police say a man was found in a submerged car.\n\n"
        "2h ago\n"
        "14.05 GMT\n"
        "Rail lines closed north of Preston\n\n"
        "Network Rail says the closure will last until Wednesday.\n\n"
        "07.05 GMT\n"
        "Welcome to our coverage of Storm Orla.\n"
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "15.52 GMT", "14.05 GMT", "07.05 GMT"]
    lead = got[0][1]
    assert "First published on" in lead and "Rail lines closed north of Preston" in lead
    assert got[1][1].startswith("Second death confirmed in Carlisle\n")


def test_an_article_note_closing_the_page_is_its_own_entry() -> None:
    text = "10:15 // Drumul a fost închis.\n\n09:40 // A izbucnit un incendiu.\n\nArticol actualizat permanent. Foto: ISU"
    got = cut(text)
    assert got[-1] == (None, "Articol actualizat permanent. Foto: ISU")
    assert got[-2][1] == "A izbucnit un incendiu."


def test_a_label_word_over_a_timed_entrys_headline_stays_in_its_text() -> None:
    text = (
        "LIVE | Inundații în Banat: două sate evacuate\n\n"
        "Apele Timișului au crescut peste noapte.\n\n"
        "14:05\nBREAKING Podul de la Albina a fost închis\nPoliția a oprit traficul.\n\n"
        "13:20\nPompierii au ajuns în sat\nSunt 40 de salvatori la fața locului."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "14:05", "13:20"]
    assert got[0][1].startswith("LIVE | Inundații în Banat")
    assert got[1][1].startswith("BREAKING Podul de la Albina")


def test_the_text_above_the_first_label_is_one_lead_and_a_credit_line_ends_the_blog() -> None:
    text = (
        "Floods hit Lviv region\n\n"
        "by Ana Bilyk\n"
        "March 3, 2025\n\n"
        "Heavy rain flooded dozens of homes overnight.\n\n"
        "Update: 7:40 a.m. Kyiv time\nRescuers evacuated 30 people.\n\n"
        "Update: 9:15 a.m. Kyiv time\nThe river peaked at noon.\n\n"
        "Ivan Hrytsenko contributed reporting."
    )
    got = cut(text)
    assert len(got) == 4
    assert (
        got[0][0] is None
        and got[0][1].startswith("Floods hit Lviv region")
        and "dozens of homes" in got[0][1]
    )
    assert got[-1] == (None, "Ivan Hrytsenko contributed reporting.")


def test_a_posted_age_line_heads_the_entry_below_it() -> None:
    text = f"Posted 10m ago\n1:55am AEDT\n{EN_BODY_A}\n\nPosted 2h ago\n11:40pm AEDT\n{EN_BODY_B}"
    assert [t for _, t in cut(text)] == [EN_BODY_A, EN_BODY_B]


def test_headlines_printed_over_their_time_open_the_post_below() -> None:
    text = (
        "Plane crash live\n\nPublished On 17 Jan 2026\n\n"
        "Vigil outside hospital as lists are posted\n17:55 GMT\n\nAbout 300 people wait at the gate.\n\n"
        "Survivor dies, toll rises to 49\n17:20 GMT\n\nA passenger died of burns.\n\n"
        "Airline grounds fleet\n16:55 GMT\n\nAll flights are cancelled for three days."
    )
    blocks = split(Document(name="t", text=text))
    assert [b.label for b in blocks] == [None, "17:55 GMT", "17:20 GMT", "16:55 GMT"]
    assert blocks[1].text.startswith("Vigil outside hospital") and blocks[1].text.endswith(
        "wait at the gate."
    )
    assert blocks[2].headline == "Survivor dies, toll rises to 49"
    assert "Published On" in blocks[0].text and "Vigil" not in blocks[0].text


def test_a_short_last_line_before_the_next_time_stays_with_its_post() -> None:
    # most labels have a blank line over them: the one short line over a label is that post's end
    text = (
        "17:55\nAbout 300 people wait at the gate.\n\n"
        "17:20\nA passenger died of burns.\n\nMore soon\n16:55\nAll flights are cancelled.\n\n"
        "16:30\nThe airport is closed."
    )
    blocks = split(Document(name="t", text=text))
    assert blocks[1].text.endswith("More soon")
    assert blocks[2].text == "All flights are cancelled."


@pytest.mark.parametrize(
    "aside",
    [
        "We are with the families tonight.\n2:05 PM · Nov 17, 2024",  # an embedded post's footer
        "Rescuers at the site.\nPhoto: Reuters / 17.11.2024 13:55",  # a picture's credit
        "The commission published the schedule:\n10:00 – polls open\n21:00 – polls close",  # a timetable
        "Programul zilei:\n07:00 - deschiderea secțiilor\n21:00 - închiderea secțiilor",
        "Фото: ТАСС / 17.11.2024 13:55",
    ],
)
def test_times_inside_an_entry_that_label_nothing_open_no_entry(aside: str) -> None:
    text = f"Live\n\nLead.\n\n14:05\nFirst post.\n\n{aside}\n\n13:40\nSecond post.\n\n13:10\nThird post."
    blocks = split(Document(name="t", text=text))
    assert [b.label for b in blocks] == [None, "14:05", "13:40", "13:10"]
    assert aside.splitlines()[-1] in blocks[1].text


def test_a_dot_after_the_time_is_still_a_label() -> None:
    text = "Live\n\nLead.\n\n18:30 ·\nFirst post.\n\n18:52 ·\nSecond post."
    assert [b.label for b in split(Document(name="t", text=text))][1:] == ["18:30", "18:52"]


def test_a_date_on_the_line_below_a_lone_time_belongs_to_its_label() -> None:
    text = (
        "Взрыв на заводе.\n\n"
        "14:05\n17 ноября 2024\nСпасатели разбирают завалы.\n\n"
        "13:40\n17 ноября 2024\nНа месте работают пожарные."
    )
    blocks = split(Document(name="t", text=text))
    assert [b.text for b in blocks[1:]] == ["Спасатели разбирают завалы.", "На месте работают пожарные."]
    assert [(b.stamp.day, b.stamp.month, b.stamp.hour) for b in blocks[1:] if b.stamp] == [
        (17, 11, 14),
        (17, 11, 13),
    ]


def test_when_every_label_reads_updated_at_the_text_starts_after_it() -> None:
    text = (
        "Storm live.\n\n"
        "Updated at 2.05pm\nThe river burst its banks.\n\n"
        "Updated at 1.40pm\nSchools closed early."
    )
    assert cut(text)[1:] == [
        ("Updated at 2.05pm", "The river burst its banks."),
        ("Updated at 1.40pm", "Schools closed early."),
    ]


@pytest.mark.parametrize(
    "label",
    ["14:05 (2 hours ago)", "14:05 · 2h ago", "14:05 (acum 2 ore)", "14:05 (2 часа назад)"],
)
def test_a_relative_age_beside_the_time_belongs_to_the_label(label: str) -> None:
    text = f"Flood live.\n\n{label}\nThe river burst its banks.\n\n13:10\nSchools closed early."
    assert cut(text)[1][1] == "The river burst its banks."
    assert times(text)[1:] == [(14, 5), (13, 10)]


def test_a_relative_phrase_opening_the_text_stays_in_it() -> None:
    text = "Flood live.\n\n14:05 Acum două ore, apa a rupt digul.\n\n13:10 Școlile s-au închis."
    assert cut(text)[1] == ("14:05", "Acum două ore, apa a rupt digul.")


def test_times_printed_under_their_posts_close_them() -> None:
    text = (
        "Взрыв на заводе: первые данные.\nВторой абзац поста.\n14:05\n\n"
        "Губернатор прибыл на место.\n14:40\n\n"
        "Число пострадавших выросло до 12.\n15:10\n"
    )
    assert cut(text) == [
        ("14:05", "Взрыв на заводе: первые данные.\nВторой абзац поста."),
        ("14:40", "Губернатор прибыл на место."),
        ("15:10", "Число пострадавших выросло до 12."),
    ]


def test_times_over_their_posts_still_open_them_when_the_page_ends_on_text() -> None:
    text = "Губернатор прибыл на место.\n14:40\n\nЧисло пострадавших выросло до 12.\n15:10\n\nСпасатели работают."
    assert [label for label, _ in cut(text)] == [None, "14:40", "15:10"]


def test_a_channels_view_count_and_edit_mark_beside_a_posts_time_close_it_too() -> None:
    text = (
        "Пожар на складе тушат три расчёта.\n12.1K 👁 09:14\n\n"
        "Возгорание локализовано.\nedited 09:40\n\n"
        "Пострадавших нет.\n3 480 просмотров 10:02\n\n"
        "Движение по трассе открыто.\n10:30\n"
    )
    assert cut(text) == [
        ("12.1K 👁 09:14", "Пожар на складе тушат три расчёта."),
        ("edited 09:40", "Возгорание локализовано."),
        ("3 480 просмотров 10:02", "Пострадавших нет."),
        ("10:30", "Движение по трассе открыто."),
    ]


def _updates(times: list[str]) -> str:
    return "\n\n".join(f"Update {t}\nGuvernatorul regiunii a scris pe Telegram despre atac." for t in times)


def test_a_timeline_inside_an_update_opens_no_entries() -> None:
    text = (
        "Drone deasupra Dunării. LIVE\n\nRusia a atacat din nou portul.\n\n"
        "Update 10:15\nCronologia nopții, potrivit MApN\n02:15 – mesaj RO-Alert în Tulcea\n"
        "02:40 – două aeronave F-16 au decolat de la Fetești\n\n"
        + _updates(["09:40", "09:10", "08:45", "08:20"])
    )
    got = cut(text)
    assert [label for label, _ in got] == [
        None,
        "Update 10:15",
        "Update 09:40",
        "Update 09:10",
        "Update 08:45",
        "Update 08:20",
    ]
    assert "02:40 – două aeronave" in got[1][1]


def test_a_paragraph_opening_on_an_earlier_hour_stays_in_its_entry() -> None:
    text = (
        "Drone deasupra Dunării. LIVE\n\nRusia a atacat din nou portul.\n\n"
        "10:15\nMesajul RO-Alert a ajuns târziu pe telefoane.\n\n"
        "Ora 02:15 a fost emis mesajul, a precizat ISU Delta.\n\n"
        "09:40\nPompierii au stins incendiul.\n\n09:10\nPortul a fost închis.\n\n08:45\nSirenele au sunat."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "10:15", "09:40", "09:10", "08:45"]
    assert "a precizat ISU Delta" in got[1][1]


def test_a_label_printed_differently_but_in_order_still_opens_an_entry() -> None:
    text = (
        "Drone deasupra Dunării. LIVE\n\nRusia a atacat din nou portul.\n\n"
        "10:15\nMesajul RO-Alert a ajuns târziu pe telefoane.\n\n"
        "BREAKING 09:55 Un al doilea val de drone se apropie.\n\n"
        "09:40\nPompierii au stins incendiul.\n\n09:10\nPortul a fost închis.\n\n08:45\nSirenele au sunat."
    )
    assert len(cut(text)) == 6


def test_a_timeline_printed_inline_under_labels_on_their_own_line_opens_no_entries() -> None:
    text = (
        "Drones over the Danube - live\n\nThe port was hit again overnight.\n\n"
        "10:15\nThe army published what happened in the night.\n\n"
        "02:15 – first warning sent to phones in Tulcea\n\n02:40 – two jets took off\n\n"
        "09:40\nFirefighters put out the blaze.\n\n09:10\nThe port was closed.\n\n08:45\nSirens sounded."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "10:15", "09:40", "09:10", "08:45"]
    assert "02:40 – two jets took off" in got[1][1]


def test_a_paragraph_opening_on_an_hour_with_another_mark_stays_in_its_entry() -> None:
    text = (
        "Inundații - LIVE TEXT\n\nPloile au afectat trei județe.\n\n"
        "14:05 | Prefectul a convocat comitetul pentru situații de urgență.\n\n"
        "11:20 – sirenele au sunat în satele de pe malul râului.\n\n"
        "13:40 | Drumul județean a fost închis.\n\n13:10 | Școlile au fost închise.\n\n"
        "12:45 | Au fost emise mesaje RO-Alert."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "14:05", "13:40", "13:10", "12:45"]
    assert "sirenele au sunat" in got[1][1]


def test_the_pages_publication_stamp_above_a_newest_first_blog_stays_in_the_lead() -> None:
    text = (
        "Взрывы на складе: онлайн\n\n25 ноября 2026, 10:15\n\nНа складе под городом начался пожар.\n\n"
        "14:05\nЭвакуированы жители двух сёл.\n\n13:40\nТрасса перекрыта.\n\n"
        "13:10\nНа место прибыли спасатели.\n\n12:45\nСлышны взрывы."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "14:05", "13:40", "13:10", "12:45"]
    assert "25 ноября 2026, 10:15" in got[0][1] and "начался пожар" in got[0][1]


def test_a_byline_stamp_and_a_published_updated_line_stay_in_the_lead() -> None:
    posts = [
        "12:20\nRain.",
        "12:45\nSirens sounded.",
        "13:10\nPolice closed the road.",
        "13:40\nSchools shut.",
    ]
    oldest_first = "\n\n" + "\n\n".join(posts)
    newest_first = "\n\n" + "\n\n".join(reversed(posts))
    for stamp, body in (
        ("By Jane Doe, Reuters | 25 Nov 2026 18:40", oldest_first),
        ("By Jane Doe, Reuters | 25 Nov 2026 18:40", newest_first),
        ("Publicat: 25.11.2026, 10:15 | Actualizat: 25.11.2026, 18:40", newest_first),
    ):
        got = cut("Floods: live\n\n" + stamp + "\n\nRivers burst their banks." + body)
        assert len(got) == 5 and got[0][0] is None and stamp in got[0][1], stamp


def test_a_first_label_dated_past_midnight_still_opens_an_entry() -> None:
    text = (
        "Quake: live\n\nA strong quake hit the city.\n\n12 February 2026, 00:20\nA new aftershock.\n\n"
        "23:35\nRescuers reached the hotel.\n\n23:10\nThe toll rose.\n\n22:45\nPower is out."
    )
    assert len(cut(text)) == 5


def test_a_time_without_the_labels_zone_inside_an_entry_opens_no_entry() -> None:
    text = (
        "Удары по городу: онлайн\n\nНочью город атаковали беспилотники.\n\n"
        "14:05 мск\nГубернатор рассказал о пострадавших.\n\n13:40 мск\nВ городе слышны взрывы.\n\n"
        "Видео очевидцев\n\n02:15\n\nНа кадрах виден пожар.\n\n13:10 мск\nАэропорт закрыт.\n\n12:45 мск\nОбъявлена тревога."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "14:05 мск", "13:40 мск", "13:10 мск", "12:45 мск"]


def test_the_pages_dated_stamp_repeating_the_newest_posts_time_is_no_entry() -> None:
    text = (
        "Strikes on the south – as it happened\n\nJane Doe (now) and John Roe (earlier)\n"
        "Thu 26 Nov 2026 21.40 GMT\nFirst published on Thu 26 Nov 2026 05.58 GMT\n\n"
        "Key events\nToll rises\nSchools close\n\n21.40 GMT\nThis blog is now closed.\n\n"
        "20.55 GMT\nThe Red Cross carried 96 wounded to hospitals.\n\n20.10 GMT\nStrikes resumed.\n\n"
        "19.30 GMT\nAn official spoke to reporters."
    )
    got = cut(text)
    assert [label for label, _ in got] == [None, "21.40 GMT", "20.55 GMT", "20.10 GMT", "19.30 GMT"]


def test_a_plain_word_after_the_time_opens_the_text_a_set_off_one_is_a_label_word() -> None:
    text = (
        "[14:20] Alertă aeriană nouă în regiunea Odesa, anunță Forțele Aeriene ale Ucrainei.\n\n"
        "[14:05] Pompierii au ajuns la locul incidentului.\n\n"
        "[13:50] Drumul național a fost închis.\n\n"
        "[13:35] ALERTĂ: Un nou grup de drone se îndreaptă spre Dunăre."
    )
    assert entries(text) == [
        ("Alertă aeriană nouă", "14:20+02:00"),
        ("Pompierii au ajuns", "14:05+02:00"),
        ("Drumul național a", "13:50+02:00"),
        ("Un nou grup", "13:35+02:00"),
    ]


def test_hours_and_minutes_written_out_in_russian_are_labels() -> None:
    text = (
        "Паводок на реке. Хроника\n\nВода прибывает в нескольких районах.\n\n"
        "16 ч 20 мин\nУровень реки поднялся еще на 15 сантиметров.\n\n"
        "15 ч 05 мин\nВ двух селах введен режим ЧС.\n\n"
        "9 ч 40 мин\nСпасатели вывезли на лодках 12 человек."
    )
    assert times(text) == [None, (16, 20), (15, 5), (9, 40)]


def test_edit_notes_alone_under_each_post_close_their_posts() -> None:
    text = (
        "Primul post, despre deschiderea secțiilor.\nActualizat la 08:10\n\n"
        "Al doilea post, despre prezența de la prânz.\nActualizat la 12:35\n\n"
        "Al treilea post, despre închiderea urnelor.\nActualizat la 21:05"
    )
    assert times(text) == [(8, 10), (12, 35), (21, 5)]
    assert [body for _, body in cut(text)][1] == "Al doilea post, despre prezența de la prânz."


def test_an_embedded_posts_dated_stamp_under_its_name_opens_no_entry() -> None:
    text = (
        "Furtună în vestul țării\n\nMai multe județe sunt sub avertizare.\n\n"
        "15:10 | Pompierii au transmis un mesaj:\n\nISU Arad\n21.07.2026 14:52\n"
        "Nu parcați mașinile sub copaci!\n\n"
        "14:35 | Un acoperiș a fost smuls la Lipova.\n\n"
        "13:50 | Vântul a atins 85 km/h la Arad.\n\n"
        "13:05 | Meteorologii au emis o avertizare imediată."
    )
    assert times(text) == [None, (15, 10), (14, 35), (13, 50), (13, 5)]


def test_a_time_run_into_a_lower_case_word_is_the_sentences_not_a_label() -> None:
    text = (
        "Rail strike live\n\nMost routes run a reduced timetable.\n\n"
        "08:55 The first trains have left on time.\n\n"
        "09:40 Network Rail says 60% of services are running.\n\n"
        "11:00 talks between the union and the ministry are due to resume, a spokesman said.\n\n"
        "11:20 The minister called the strike unjustified.\n\n"
        "8.45 lei costă acum biletul cel mai ieftin.\n\n"
        "12:05 Services will end early."
    )
    assert times(text) == [None, (8, 55), (9, 40), (11, 20), (12, 5)]


def test_headlines_over_some_posts_only_open_those_posts() -> None:
    text = (
        "Alertă la Dunăre\n\nDrone au lovit din nou portul de pe malul ucrainean.\n\n"
        "Resturi de dronă găsite pe mal\nora 14:30\nMilitarii au găsit bucăți dintr-o dronă lângă sat.\n\n"
        "ora 13:45\nMinistrul spune că nu există un pericol pentru localnici.\n\n"
        "Mesaj RO-Alert în nordul județului\nora 12:50\nLocuitorii au primit un mesaj de alertă.\n\n"
        "ora 11:20\nPartea ucraineană anunță că un depozit a fost lovit.\n\n"
        "Avioane ridicate de la sol\nora 10:05\nDouă avioane au decolat pentru a urmări situația."
    )
    assert [body.split("\n")[0] for _, body in cut(text)] == [
        "Alertă la Dunăre",
        "Resturi de dronă găsite pe mal",
        "Ministrul spune că nu există un pericol pentru localnici.",
        "Mesaj RO-Alert în nordul județului",
        "Partea ucraineană anunță că un depozit a fost lovit.",
        "Avioane ridicate de la sol",
    ]


def test_a_timeline_quoted_in_an_entry_on_lines_glued_together_opens_no_entries() -> None:
    text = (
        "Drone la graniță\n\nAtacuri asupra porturilor de la Dunăre.\n\n"
        "14:30 - Armata a publicat cronologia nopții:\n\n"
        "02:15 - mesaj de alertă pentru nordul județului;\n02:40 - două avioane decolează;\n"
        "03:05 - încetarea alertei.\n\n"
        "13:10 - Primarul spune că localnicii au auzit explozii.\n\n"
        "11:45 - Ministerul anunță că nu a fost încălcat spațiul aerian.\n\n"
        "10:20 - Oamenii au fost sfătuiți să rămână aproape de adăposturi."
    )
    assert times(text) == [None, (14, 30), (13, 10), (11, 45), (10, 20)]


def test_a_timeline_quoted_one_paragraph_a_time_against_the_blogs_order_opens_no_entries() -> None:
    text = (
        "Drone la graniță\n\nAtacuri asupra porturilor de la Dunăre.\n\n"
        "14:30 - Armata a publicat cronologia nopții.\n\n"
        "02:15 - A fost trimis un mesaj de alertă pentru nordul județului.\n\n"
        "02:40 - Două avioane au decolat.\n\n03:05 - Alerta a încetat.\n\n"
        "13:10 - Primarul spune că localnicii au auzit explozii.\n\n"
        "11:45 - Ministerul anunță că nu a fost încălcat spațiul aerian.\n\n"
        "10:20 - Oamenii au fost sfătuiți să rămână aproape de adăposturi.\n\n"
        "09:35 - Partea ucraineană anunță că a doborât 20 de drone.\n\n"
        "08:50 - Nu sunt victime, spun autoritățile locale.\n\n"
        "07:30 - Alertă aeriană în toată regiunea."
    )
    assert times(text) == [None, (14, 30), (13, 10), (11, 45), (10, 20), (9, 35), (8, 50), (7, 30)]


def test_a_time_with_an_h_glued_after_it_and_a_breaking_news_tag_are_labels() -> None:
    text = (
        "Fire at a depot - live\n\nCrews are at the scene.\n\n"
        "15:40h\nThe fire is under control.\n\n14:55h\nRoads nearby are closed.\n\n"
        "14:10 - Breaking news\nSmoke is visible across the city.\n\n"
        "13:25 - Breaking news\nThe first crews have arrived."
    )
    assert cut(text)[1:] == [
        ("15:40h", "The fire is under control."),
        ("14:55h", "Roads nearby are closed."),
        ("14:10 - Breaking news", "Smoke is visible across the city."),
        ("13:25 - Breaking news", "The first crews have arrived."),
    ]


def test_a_time_under_a_posts_last_paragraph_with_the_next_label_below_closes_that_post() -> None:
    text = (
        "Viitură la munte\n\nApele au ieșit din albie.\n\n"
        "14:50 Drumul spre stațiune a fost redeschis.\n\n"
        "Pompierii au scos apa din subsolul a două pensiuni.\n14:30\n\n"
        "14:10 Primarul a cerut declararea stării de calamitate.\n\n"
        "13:40 Un autoturism a fost luat de ape.\n\n"
        "12:55 Hidrologii au emis cod roșu."
    )
    assert cut(text)[1:3] == [
        ("14:50", "Drumul spre stațiune a fost redeschis."),
        ("14:30", "Pompierii au scos apa din subsolul a două pensiuni."),
    ]
    assert times(text) == [None, (14, 50), (14, 30), (14, 10), (13, 40), (12, 55)]


def test_furniture_lines_opening_an_entry_are_not_its_text() -> None:
    # a link to another article, an advert and a picture's credit, in three languages
    text = (
        "Furtună puternică la Constanța\n\nVântul a atins 90 km/h.\n\n"
        "14:40\nCitește și: Ce trebuie să faci în caz de cod roșu\nPompierii au intervenit la 30 de copaci căzuți.\n\n"
        "14:10\nSursa foto: Facebook / ISU Dobrogea\nUn acoperiș a fost smuls în cartierul Tomis.\n\n"
        "13:30\nReclamă\nTrenurile spre Mangalia au întârzieri."
    )
    assert [t for _, t in cut(text)[1:]] == [
        "Pompierii au intervenit la 30 de copaci căzuți.",
        "Un acoperiș a fost smuls în cartierul Tomis.",
        "Trenurile spre Mangalia au întârzieri.",
    ]
    en = "Storm live\n\nWinds hit 90mph.\n\n14:40\nRead more: What an amber warning means\nTrees are down across the city."
    assert cut(en)[1][1] == "Trees are down across the city."
    ru = "Шторм в Сочи\n\nВетер до 30 м/с.\n\n14:40\nЧитайте также: Как вести себя при шторме\nВ городе повалены деревья."
    assert cut(ru)[1][1] == "В городе повалены деревья."
    # a headline naming a picture, and a line that is all the entry has, stay
    kept = "Storm live\n\nWinds hit 90mph.\n\n14:40\nPHOTOS The storm over the harbour\nWaves broke over the pier.\n\n14:10\nAdvertisement"
    assert cut(kept)[1][1].startswith("PHOTOS The storm")
    assert cut(kept)[2][1] == "Advertisement"


@pytest.mark.parametrize("label", ["UPD 17:05", "UPD: 17:05", "upd 17:05"])
def test_upd_opens_an_entry_on_its_own_line(label: str) -> None:
    text = (
        "Criză energetică: blocurile au rămas fără căldură.\n\n"
        f"{label}\nBilanțul intoxicărilor a ajuns la trei morți.\n\n"
        "UPD 16:20\nLocatarii unui bloc au fost evacuați."
    )
    assert times(text) == [None, (17, 5), (16, 20)]
    assert cut(text)[1][1] == "Bilanțul intoxicărilor a ajuns la trei morți."


def test_times_set_apart_under_their_posts_close_them_and_the_lead_keeps_no_post() -> None:
    # AP's "The Latest": headline, lead, then posts each closed by its time on a line of its own
    text = (
        "The Latest: Storm floods river towns\n\n"
        "Rain kept falling over the valley on Tuesday. The Latest (all times local):\n\n"
        "**Levee breached north of town**\n\n"
        "Water poured through a gap in the levee, the county sheriff said.\n\n"
        "6:10 a.m.\n\n"
        "**Schools closed**\n\n"
        "The school district closed every school for the day.\n\n"
        "7:45 a.m.\n\n"
        "**Governor asks for federal help**\n\n"
        "The governor asked for a disaster declaration.\n\nA second paragraph of the post.\n\n"
        "11:20 p.m.\n"
    )
    blocks = cut(text)
    assert [label for label, _ in blocks] == [None, "6:10 a.m.", "7:45 a.m.", "11:20 p.m."]
    assert blocks[0][1].startswith("The Latest: Storm floods") and blocks[0][1].endswith("(all times local):")
    assert blocks[1][1].startswith("**Levee breached") and blocks[1][1].endswith("the county sheriff said.")
    assert blocks[3][1].endswith("A second paragraph of the post.")
    assert times(text) == [None, (6, 10), (7, 45), (23, 20)]


def test_lone_times_set_apart_still_open_their_posts_when_the_page_ends_on_text() -> None:
    text = (
        "Storm live.\n\n6:10 a.m.\n\nWater poured through the levee.\n\n"
        "7:45 a.m.\n\nSchools closed.\n\n11:20 p.m.\n\nThe governor asked for help."
    )
    assert [label for label, _ in cut(text)] == [None, "6:10 a.m.", "7:45 a.m.", "11:20 p.m."]
    assert cut(text)[1][1] == "Water poured through the levee."


def test_a_title_ending_in_its_time_opens_the_post_below_it() -> None:
    text = (
        "LIVE Incendiu la un depozit din Ploiești\n\n"
        "Duminică, 3 mai\n\n"
        "Pompierii au lichidat focul (VIDEO) (16:40)\n"
        "Incendiul a fost stins după șase ore, anunță ISU Prahova.\n\n"
        "Un pompier, dus la spital (14:05)\n"
        "Un subofițer a suferit arsuri la mâini.\n"
    )
    assert times(text) == [None, (16, 40), (14, 5)]
    blocks = cut(text)
    assert (
        blocks[1][1]
        == "Pompierii au lichidat focul (VIDEO)\nIncendiul a fost stins după șase ore, anunță ISU Prahova."
    )
    # one sentence of running text ending in a time in brackets is no label
    one = "Storm live.\n\n10:05\nThe mayor spoke. Crews went out at dawn (06:30)\n\n11:20\nRoads reopened."
    assert times(one) == [None, (10, 5), (11, 20)]


def test_the_page_stamp_over_a_pinned_summary_is_lead_text() -> None:
    text = (
        "Floods in the north – latest updates\n\n"
        "Anna Berg (now) and Tom Hale (earlier)\n"
        "Mon 9 Mar 2026 21.15 GMT\n"
        "First published on Mon 9 Mar 2026 06.30 GMT\n\n"
        "Show key events only\nPlease turn on JavaScript to use this feature\n\n"
        "Pinned post\n"
        "4.00pm GMT\n**Key events so far**\n\nRivers burst their banks in three towns.\n\n"
        "9.15pm GMT\n**Closing the blog**\n\nThanks for following.\n\n"
        "8.40pm GMT\n**Army sent in**\n\nSoldiers arrived with boats.\n\n"
        "6.05pm GMT\n**Schools shut**\n\nClasses are off tomorrow.\n\n"
        "11.20am GMT\n**Red warning**\n\nForecasters raised the warning.\n"
    )
    assert times(text) == [None, (16, 0), (21, 15), (20, 40), (18, 5), (11, 20)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Maria Ionescu 09:10", "Maria Ionescu 11:45"),
        ("By Tom Hale | 9:10 AM", "By Tom Hale | 11:45 AM"),
        ("Ольга Смирнова, 09:10", "Ольга Смирнова, 11:45"),
        ("Tom Hale, 4 May 2026 at 09:10", "Tom Hale, 4 May 2026 at 11:45"),
    ],
)
def test_an_author_and_time_line_heads_the_post_under_it(first: str, second: str) -> None:
    text = (
        "Flood watch live\nThe river is rising in the east.\n\n"
        f"{second}\nSandbags ran out at the depot.\n\n"
        f"{first}\nThe first homes were evacuated.\n"
    )
    assert times(text) == [None, (11, 45), (9, 10)]
    blocks = cut(text)
    assert blocks[1][1] == "Sandbags ran out at the depot."
    assert blocks[2][1] == "The first homes were evacuated."


def test_an_author_and_time_line_closing_each_post_signs_it() -> None:
    text = (
        "Flood watch live\n\nSandbags ran out at the depot.\nTom Hale, 4 May 2026 at 11:45\n\n"
        "The first homes were evacuated.\nTom Hale, 4 May 2026 at 09:10\n"
    )
    assert times(text)[-2:] == [(11, 45), (9, 10)]
    assert cut(text)[-1][1].startswith("The first homes were evacuated.")


def test_a_capitalised_line_ending_in_a_time_once_is_no_label() -> None:
    text = "Flood watch live\n\n10:05\nCrews went out.\nRoad Closed Until 14:00\n\n11:20\nRoads reopened."
    assert times(text) == [None, (10, 5), (11, 20)]


def test_a_title_with_its_time_after_a_bar_or_a_dash_opens_the_post_below_it() -> None:
    text = (
        "Inundații în Vrancea – LIVE\n\n"
        "**Apele scad la Focșani** | 16:40\nCotele au coborât sub pragul de atenție.\n\n"
        "**Două sate izolate** | 14:05\nDrumul județean a fost rupt de viitură.\n"
    )
    assert times(text) == [None, (16, 40), (14, 5)]
    assert cut(text)[2][1].endswith("Drumul județean a fost rupt de viitură.")
    russian = "Паводок — онлайн\n\nВода пошла на убыль — 16:40\nУровень реки снизился.\n\nДва села отрезаны — 14:05\nДорогу размыло.\n"
    assert times(russian) == [None, (16, 40), (14, 5)]
    # a page stamp or a span of hours after a dash is no title
    stamp = "Floods live\nPublished on: 03/10/2026 - 05:10 | Modified: 03/10/2026 - 21:15\n\n10:05\nRivers rose.\n\n11:20\nSchools shut.\n"
    assert times(stamp) == [None, (10, 5), (11, 20)]
