"""The splitter cuts real outlets' time-label formats into entries."""

from __future__ import annotations

from newsrewind.model import Document
from newsrewind.split import split


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


def test_numbers_that_look_like_times_do_not_split() -> None:
    text = "UPDATE 12:00 Bilanț.\n2.379 de morți au fost confirmați.\n7,6 Richter a fost magnitudinea."
    assert len(split(Document(name="t", text=text))) == 1


def test_no_labels_is_one_untimed_entry() -> None:
    blocks = split(Document(name="t", text="Just a paragraph.\n\nAnd another one."))
    assert len(blocks) == 1 and blocks[0].stamp is None


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
