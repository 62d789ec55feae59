"""Report times: dates from the text, weekdays, midnight, order, zones."""

from __future__ import annotations

from datetime import date

import pytest

from newsrewind.clock import ClockError, ClockOptions, clock, newest_first, parse_tz
from newsrewind.model import Document
from newsrewind.split import split

TODAY = date(2026, 11, 25)


def stamps(text: str, **options: object) -> list[str | None]:
    doc = Document(name="t", text=text)
    entries = clock(doc, split(doc, today=TODAY), ClockOptions(today=TODAY, **options))  # type: ignore[arg-type]
    return [e.reported_at.isoformat() if e.reported_at else None for e in entries]


def test_weekday_without_year_takes_latest_matching_year() -> None:
    text = "Protestele continuă joi, 6 ianuarie.\n\nUPDATE 17:20 Text.\n\nUPDATE 9:40 Text."
    assert stamps(text) == [None, "2022-01-06T17:20:00+02:00", "2022-01-06T09:40:00+02:00"]


def test_yearless_label_date_takes_the_blogs_year_not_todays() -> None:
    # a blog of 2023 whose labels name day and month but no year: each label stays in 2023
    text = (
        "Inundații în nord. Publicat 14.03.2023, 17:45\n\n"
        "Marți, 14 martie, 18:05 Apele au crescut.\n\n"
        "Miercuri, 15 martie, 07:30 Drumul a fost redeschis."
    )
    got = stamps(text)
    assert got[-2:] == ["2023-03-14T18:05:00+02:00", "2023-03-15T07:30:00+02:00"]


def test_yearless_label_date_without_a_blog_date_takes_the_latest_year_up_to_today() -> None:
    assert stamps("12 martie, 18:05 Apele au crescut.") == ["2026-03-12T18:05:00+02:00"]


def test_a_weekday_date_one_day_ahead_of_today_is_this_year() -> None:
    # a page in a zone east of the reader's already prints tomorrow (TODAY is Wednesday 25 November)
    text = "Joi, 26 noiembrie\n\n[01:10] Alertă aeriană în regiunea Odesa.\n\nMiercuri, 25 noiembrie\n\n[23:45] Text."
    assert stamps(text) == ["2026-11-26T01:10:00+02:00", "2026-11-25T23:45:00+02:00"]
    # two days ahead is no longer today's page: the latest year it was a Friday
    assert stamps("Vineri, 27 noiembrie\n\n[01:10] Text.")[-1] == "2020-11-27T01:10:00+02:00"


def test_option_date_and_zone_win() -> None:
    text = "UPDATE 17:20 Text."
    assert stamps(text, date=date(2023, 2, 6), tz="+03:00") == ["2023-02-06T17:20:00+03:00"]


def test_newest_first_crossing_midnight_moves_earlier_entries_back_a_day() -> None:
    text = "Luni, 6 februarie 2023.\n\nUPDATE 01.13 A.\n\nUPDATE 00.20 B.\n\nUPDATE 00.00 C.\n\nUPDATE 23.00 D.\n\nUPDATE 22.10 E."
    assert stamps(text) == [
        "2023-02-06T01:13:00+02:00",
        "2023-02-06T00:20:00+02:00",
        "2023-02-06T00:00:00+02:00",
        "2023-02-05T23:00:00+02:00",
        "2023-02-05T22:10:00+02:00",
    ]


def test_oldest_first_crossing_midnight_moves_later_entries_forward() -> None:
    text = "Monday 6 February 2023\n\n22:50 A.\n\n23:40 B.\n\n00:15 C."
    assert [s[:16] if s else None for s in stamps(text, tz="UTC")] == [
        "2023-02-06T22:50",
        "2023-02-06T23:40",
        "2023-02-07T00:15",
    ]


def test_out_of_order_entry_keeps_its_own_time() -> None:
    text = "joi, 6 ianuarie 2022\n\nUPDATE 10:40 A.\n\nUPDATE 10:37 B.\n\nUPDATE 10:45 C.\n\nUPDATE 10:10 D."
    got = stamps(text)
    assert [g[11:16] for g in got if g] == ["10:40", "10:37", "10:45", "10:10"]
    assert all(g.startswith("2022-01-06") for g in got if g)


def test_event_phrases_never_set_report_time() -> None:
    text = "UPDATE 08:15 Aseară, la ora 23:00, poliția a intervenit. Last night at 22:00 shots were heard."
    assert [s[11:16] for s in stamps(text, date=date(2022, 1, 6)) if s] == ["08:15"]


def test_label_zone_word_gives_offset() -> None:
    assert stamps("14:05 BST\nText.\n\n13:50 BST\nText.", date=date(2024, 8, 1)) == [
        "2024-08-01T14:05:00+01:00",
        "2024-08-01T13:50:00+01:00",
    ]


def test_russian_date_lines_and_moscow_time() -> None:
    text = "6 января 2022\n\n12:05 — Текст.\n\n11:40 — Ещё."
    assert stamps(text)[0] == "2022-01-06T12:05:00+03:00"


def test_order_detection() -> None:
    doc = Document(name="t", text="UPDATE 17:20 a\nUPDATE 16:00 b\nUPDATE 15:00 c")
    assert newest_first(split(doc))
    doc = Document(name="t", text="08:00 a\n09:00 b\n10:30 c")
    assert not newest_first(split(doc))


def test_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ClockError, match="unknown time zone"):
        parse_tz("Mars/Olympus")


def test_two_day_blog_with_date_lines_in_three_languages() -> None:
    ro = "Marți, 26 noiembrie 2024\n\n23:40 Seara.\n\nMiercuri, 27 noiembrie 2024\n\n00:15 Noaptea."
    ru = "Вторник, 26 ноября\n\n23:40\nВечером.\n\nСреда, 27 ноября\n\n00:15\nНочью."
    en = "Tuesday 26 November\n\n11.40pm GMT\nLate.\n\nWednesday 27 November\n\n12.15am GMT\nAfter midnight."
    assert stamps(ro) == ["2024-11-26T23:40:00+02:00", "2024-11-27T00:15:00+02:00"]
    assert stamps(ru) == ["2024-11-26T23:40:00+03:00", "2024-11-27T00:15:00+03:00"]
    assert stamps(en) == ["2024-11-26T23:40:00+00:00", "2024-11-27T00:15:00+00:00"]


def test_zone_on_the_label_beats_the_blog_default() -> None:
    text = "14:30 GMT+3 Rescue teams arrived.\n\n13:05 EET Schools shut.\n\n12:40 (ora României) Drumul e închis."
    assert [s[11:] if s else None for s in stamps(text, date=date(2024, 11, 26))] == [
        "14:30:00+03:00",
        "13:05:00+02:00",
        "12:40:00+02:00",
    ]


def test_relative_labels_cut_entries_but_give_no_time_without_an_anchor() -> None:
    text = "acum 5 minute\nPompierii au ajuns.\n\nacum 2 ore\nPrimarul a vorbit.\n\n12:40 — Drumul e închis."
    assert stamps(text, date=date(2024, 11, 26)) == [None, None, "2024-11-26T12:40:00+02:00"]


def test_yesterday_label_dates_the_entry_a_day_back() -> None:
    text = "Сегодня, 09:10\nУтром.\n\nВчера, 22:40\nВечером."
    assert stamps(text, date=date(2024, 11, 27)) == ["2024-11-27T09:10:00+03:00", "2024-11-26T22:40:00+03:00"]


def test_dates_opened_by_a_month_or_weekday_name_in_any_case_are_found() -> None:
    from newsrewind.clock import date_matches, text_date

    today = date(2030, 1, 1)
    assert text_date("Marți, 11 MARTIE 2025: ședința a fost amânată.", today) == date(2025, 3, 11)
    assert text_date("Blog opened Wednesday, 2 April 2025. More soon.", today) == date(2025, 4, 2)
    assert text_date("Трансляция. Среда, 16 июля 2025 года.", today) == date(2025, 7, 16)
    # a word merely starting like a month opens nothing; a digit still does
    got = [m.group().strip() for m in date_matches("Marathon runners met 3 May 2025 in Mayfield.")]
    assert got and all("Mayfield" not in g for g in got)


def test_the_pages_last_update_stamp_over_the_lead_is_no_entry_and_no_entry_is_later() -> None:
    # oldest first, the stamp written after midnight: the entries belong to the day before it
    text = (
        "Incendiu la un depozit din Soroca. LIVE\n\n"
        "Actualizat: 05.09.2025, 00:40\n\n"
        "Un incendiu a izbucnit marți după-amiază la un depozit de cereale.\n\n"
        "[15:05] Pompierii au ajuns la fața locului.\n\n"
        "[18:30] Flăcările au fost localizate.\n\n"
        "[00:20] Intervenția s-a încheiat."
    )
    got = stamps(text)
    assert got == [
        None,
        "2025-09-04T15:05:00+03:00",
        "2025-09-04T18:30:00+03:00",
        "2025-09-05T00:20:00+03:00",
    ]
    # newest first, an English stamp in the lead's text just after midnight: the entries are the day's before
    text = (
        "Wildfire near Hilo: live updates\n"
        "Last updated: 14 May 2024, 00:30\n\n"
        "23:50 Evacuation orders widened.\n\n"
        "21:05 A fire broke out in the hills."
    )
    assert stamps(text, tz="UTC")[1:] == ["2024-05-13T23:50:00+00:00", "2024-05-13T21:05:00+00:00"]


def test_a_dated_update_label_over_dated_entries_stays_an_entry() -> None:
    text = (
        "Actualizare 13.08.2025, 09:15\nDrumul a fost redeschis.\n\n"
        "Actualizare 12.08.2025, 22:40\nApele au crescut."
    )
    assert stamps(text) == ["2025-08-13T09:15:00+03:00", "2025-08-12T22:40:00+03:00"]


def test_the_pages_update_stamp_over_entries_dated_otherwise_is_no_entry() -> None:
    text = (
        "Quake shakes northern Luzon: live updates\n\n"
        "LIVE\nUpdated Feb. 12, 2026, 12:20 a.m. ET\n\n"
        "A strong earthquake struck on Wednesday night.\n\n"
        "Feb. 12, 2026, 12:20 a.m. ET\nRescuers reach the hotel\n\nCranes lifted slabs.\n\n"
        "11:35 p.m. ET\nA tourist is pulled alive\n\nShe was taken to hospital."
    )
    assert stamps(text) == [None, "2026-02-12T00:20:00-05:00", "2026-02-11T23:35:00-05:00"]


def test_the_headers_date_beats_a_weekday_named_for_a_later_event() -> None:
    text = (
        "Incendiu la spital\n\nde Redacția | 16.11.2025\n\n"
        "Update 20:10: Un avion ar urma să aterizeze luni, 17 noiembrie, la Bacău.\n\n"
        "Update 19:15: Alți doi pacienți au fost transferați."
    )
    assert [s[:16] if s else None for s in stamps(text)] == [None, "2025-11-16T20:10", "2025-11-16T19:15"]


def test_a_lone_historical_date_in_the_body_is_not_the_blogs_day() -> None:
    text = (
        "Proteste la Chișinău\n\n18:30\nMulțimea cântă imnul adoptat după 31 August 1989.\n\n"
        "19:05\nPoliția cere oamenilor să plece."
    )
    assert [s[:10] if s else None for s in stamps(text)] == [None, "2026-11-25", "2026-11-25"]


def test_a_date_backed_by_a_second_mention_dates_the_blog() -> None:
    text = (
        "18:30\nThe vote closed on 26 October 2024 at eight.\n\n"
        "19:05\nTurnout on October 26 was the highest since independence."
    )
    assert [s[:10] for s in stamps(text, tz="UTC") if s] == ["2024-10-26", "2024-10-26"]


def test_entries_above_the_first_dated_label_count_back_from_it() -> None:
    # no date of its own; the post after midnight names its day: the earlier ones are the day before
    text = (
        "Live updates: hotel siege\n\n"
        "Updated 10:15 p.m. EDT\nGunfire continues.\n\n"
        "Updated 11:50 p.m. EDT\nThe army says the building is cleared.\n\n"
        "Updated 12:40 a.m. EDT, April 24\nThe toll rises to 31."
    )
    assert [s[:16] if s else None for s in stamps(text)] == [
        None,
        "2026-04-23T22:15",
        "2026-04-23T23:50",
        "2026-04-24T00:40",
    ]


@pytest.mark.parametrize(
    "line", ["SATURDAY, APRIL 20", "Saturday 20 April", "sâmbătă, 20 aprilie", "Суббота, 20 апреля"]
)
def test_a_date_line_with_a_weekday_takes_the_year_that_weekday_fits(line: str) -> None:
    text = f"{line}\n\n13:18 GMT\nA ferry capsized.\n\n13:41 GMT\nRescuers reached the hull."
    assert [s[:10] for s in stamps(text, tz="UTC") if s] == ["2024-04-20", "2024-04-20"]


@pytest.mark.parametrize(
    "labels",
    [
        ("14.11, 22:40", "15.11, 00:15"),  # day and month first, no year
        ("22:40 14.11", "00:15 15.11"),  # the time first, the day after it
        ("14 нояб. 2026 22:40", "15 нояб. 2026 00:15"),  # a short month name with its stop
    ],
)
def test_numeric_day_and_month_labels_date_their_entries(labels: tuple[str, str]) -> None:
    text = (
        "Пожар на складе.\n\n"
        f"{labels[0]}\nПожарные приехали через десять минут.\n\n"
        f"{labels[1]}\nОгонь потушили к утру."
    )
    assert stamps(text)[-2:] == ["2026-11-14T22:40:00+03:00", "2026-11-15T00:15:00+03:00"]


def test_a_magnitude_after_a_time_is_no_date() -> None:
    text = "Cutremur.\n\n14:05 7.6 grade a avut seismul, anunță INFP.\n\n13:40 Primele date."
    got = stamps(text)
    assert [g[11:16] for g in got[1:]] == ["14:05", "13:40"]
    assert got[1][:10] == got[2][:10]


@pytest.mark.parametrize("sep", [" / ", " | ", " · ", " — "])
@pytest.mark.parametrize("days", [("25.11.2026", "24.11.2026"), ("25 noiembrie 2026", "24 noiembrie 2026")])
def test_a_date_after_the_labels_time_dates_its_entry(sep: str, days: tuple[str, str]) -> None:
    # "01:05 / 25.11.2026" newest first over midnight: each entry takes its label's own day
    posts = [("01:05", days[0]), ("23:40", days[1]), ("13:10", days[1])]
    body = "\n\n".join(f"{t}{sep}{d}\nPompierii au scos două persoane de sub dărâmături." for t, d in posts)
    doc = Document(name="t", text="Cutremur. Live\n\nUn seism puternic a lovit orașul.\n\n" + body)
    entries = clock(doc, split(doc, today=TODAY), ClockOptions(today=TODAY))
    assert [e.reported_at.isoformat() if e.reported_at else None for e in entries] == [
        None,
        "2026-11-25T01:05:00+02:00",
        "2026-11-24T23:40:00+02:00",
        "2026-11-24T13:10:00+02:00",
    ]
    assert all(e.text.startswith("Pompierii") for e in entries[1:])


@pytest.mark.parametrize(
    ("lead", "offset"),
    [
        ("Взрывы на складе. Онлайн\n\nСледим за событиями. Время ташкентское.", "+05:00"),
        ("Live: floods in Pakistan\n\nAll times are in GMT.", "+00:00"),
        ("Protest la București. Live\n\nOrele sunt ale României.", "+02:00"),
        (
            "Live: floods in Pakistan\n\nFollow our coverage below.",
            "+00:00",
        ),  # none given: the language's default
    ],
)
def test_the_zone_a_pages_lead_names_holds_for_its_labels(lead: str, offset: str) -> None:
    text = lead + "\n\n14:05\nRescuers reached the village.\n\n13:40\nThe road was closed."
    assert stamps(text)[1:] == [f"2026-11-25T14:05:00{offset}", f"2026-11-25T13:40:00{offset}"]


def test_a_zone_a_label_names_beats_the_pages() -> None:
    text = "Хроника\n\nВремя ташкентское.\n\n14:05 мск\nТекст.\n\n13:40\nТекст."
    assert stamps(text)[1:] == ["2026-11-25T14:05:00+03:00", "2026-11-25T13:40:00+05:00"]


def test_hrs_after_a_time_is_part_of_the_label() -> None:
    doc = Document(
        name="t",
        text="Live: floods\n\nRains lashed the city.\n\n14:05 hrs\nRoads shut.\n\n13:40 hrs\nSchools shut.",
    )
    entries = clock(doc, split(doc, today=TODAY), ClockOptions(today=TODAY))
    assert [e.text for e in entries[1:]] == ["Roads shut.", "Schools shut."]


def test_slash_dates_read_month_first_where_the_page_writes_them_so() -> None:
    def days(text: str) -> list[str]:
        return [s[:10] for s in stamps(text) if s]

    # one label can only be read month first: the others follow it
    us = "Live updates\n\n08/15/2026 09:30 EDT\nThe storm made landfall.\n\n08/14/2026 22:10 EDT\nWinds picked up.\n"
    assert days(us) == ["2026-08-15", "2026-08-14"]
    # both readings possible: a blog's days lie close together, not a month apart
    close = (
        "Live updates\n\n08/03/2026 00:25 CEST\nThe toll rose.\n\n08/02/2026 23:40 CEST\nRescuers arrived.\n"
    )
    assert days(close) == ["2026-08-03", "2026-08-02"]
    # read day first they lie close: day first they stay
    eu = "Live updates\n\n03/08/2026 00:25\nThe toll rose.\n\n02/08/2026 23:40\nRescuers arrived.\n"
    assert days(eu) == ["2026-08-03", "2026-08-02"]


def _stamped(text: str, name: str) -> list[str]:
    doc = Document(name=name, text=text)
    entries = clock(doc, split(doc), ClockOptions(today=date(2026, 3, 20)))
    return [e.reported_at.isoformat() for e in entries if e.reported_at is not None]


@pytest.mark.parametrize(
    ("lead", "name", "offset"),
    [
        ("Storm live. All times on this page are Philippine time (PHT, UTC+8).", "t.en.txt", "+08:00"),
        ("Взрыв газа: хроника. Время в ленте — местное (МСК+2).", "t.ru.txt", "+05:00"),
        ("Cutremur: LIVE. Toate orele sunt exprimate în GMT+2.", "t.ro.txt", "+02:00"),
    ],
)
def test_an_offset_the_lead_states_for_all_times_is_the_pages_clock(
    lead: str, name: str, offset: str
) -> None:
    text = f"{lead}\n\n10:05\nFirst post.\n\n11:20\nSecond post.\n"
    assert [s[-6:] for s in _stamped(text, name)] == [offset, offset]


def test_a_day_line_with_its_weekday_after_the_date_dates_the_posts_below() -> None:
    text = "Хроника\n\n19 марта, четверг\n\n23:40\nПоздний пост.\n\n18 марта, среда\n\n22:10\nРанний пост.\n"
    assert [s[:10] for s in _stamped(text, "t.ru.txt")] == ["2026-03-19", "2026-03-18"]
