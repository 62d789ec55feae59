"""Time-label layouts live blogs use, in ro, en and ru: each must split into its posts, each post
with its own report time (the time written above it, or below it where the page signs its posts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from newsrewind.pipeline import Options, entries_of
from newsrewind.read import read_bytes

BODY = {
    "en": [
        "Police say two people were injured when a car hit a crowd near the station.",
        "The mayor told reporters the square would stay closed overnight.",
        "Firefighters have put out the blaze at the warehouse, officials said.",
        "The health ministry now says 14 people have died and 40 were hurt.",
    ],
    "ro": [
        "Poliția anunță că doi oameni au fost răniți lângă gară.",
        "Primarul a declarat că piața rămâne închisă peste noapte.",
        "Pompierii au stins incendiul de la depozit, potrivit ISU.",
        "Ministerul Sănătății anunță 14 morți și 40 de răniți.",
    ],
    "ru": [
        "Полиция сообщает, что у вокзала пострадали два человека.",
        "Мэр заявил журналистам, что площадь будет закрыта до утра.",
        "Пожарные потушили возгорание на складе, сообщили в МЧС.",
        "Минздрав сообщает о 14 погибших и 40 пострадавших.",
    ],
}
LEAD = {
    "en": "LIVE: Unrest in the city centre\nFollow our live coverage of the events.",
    "ro": "LIVE: Tensiuni în centrul orașului\nUrmăriți relatarea noastră în direct.",
    "ru": "Онлайн: беспорядки в центре города\nСледите за нашей трансляцией.",
}
TIMES = [(9, 5), (10, 40), (13, 15), (17, 20)]
Layout = Callable[[int, int, str], str]
LAYOUTS: dict[str, tuple[str, Layout, bool]] = {}


def h12(h: int, m: int, sep: str = ":", low: bool = True) -> str:
    ap = "am" if h < 12 else "pm"
    return f"{h % 12 or 12}{sep}{m:02d}{ap if low else ap.upper()}"


def layout(name: str, lang: str, newest_first: bool = False) -> Callable[[Layout], Layout]:
    def register(f: Layout) -> Layout:
        LAYOUTS[name] = (lang, f, newest_first)
        return f

    return register


@layout("own-line hh:mm", "en")
def _layout_1(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}\n{b}"


@layout("own-line h.mm", "ro")
def _layout_2(h: int, m: int, b: str) -> str:
    return f"{h}.{m:02d}\n{b}"


@layout("inline hh:mm dash", "ru")
def _layout_3(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} — {b}"


@layout("inline hh:mm en dash", "ro")
def _layout_4(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} – {b}"


@layout("brackets", "en")
def _layout_5(h: int, m: int, b: str) -> str:
    return f"[{h:02d}:{m:02d}] {b}"


@layout("ora hh.mm", "ro")
def _layout_6(h: int, m: int, b: str) -> str:
    return f"Ora {h:02d}.{m:02d}\n{b}"


@layout("guardian 12h", "en", True)
def _layout_7(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, '.')} GMT\n\nHeadline of the update\n\n{b}"


@layout("AP ET", "en", True)
def _layout_8(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, ':', False).replace('AM', ' a.m.').replace('PM', ' p.m.')} ET\n{b}"


@layout("US datetime", "en", True)
def _layout_9(h: int, m: int, b: str) -> str:
    return f"Nov 3, 2026, {h12(h, m, ':', False).replace('AM', ' AM').replace('PM', ' PM')} EST\n{b}"


@layout("time zone suffix", "en")
def _layout_10(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} GMT+2\n{b}"


@layout("ro date time", "ro", True)
def _layout_11(h: int, m: int, b: str) -> str:
    return f"3 noiembrie 2026, {h:02d}:{m:02d}\n{b}"


@layout("ru date time", "ru", True)
def _layout_12(h: int, m: int, b: str) -> str:
    return f"3 ноября 2026, {h:02d}:{m:02d}\n{b}"


@layout("numeric date time", "ru")
def _layout_13(h: int, m: int, b: str) -> str:
    return f"03.11.2026 {h:02d}:{m:02d}\n{b}"


@layout("trailing time", "en")
def _layout_14(h: int, m: int, b: str) -> str:
    return f"{b}\n{h:02d}:{m:02d}"


@layout("time bold label colon", "en")
def _layout_15(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}: {b}"


@layout("UPDATE label", "ro")
def _layout_16(h: int, m: int, b: str) -> str:
    return f"UPDATE {h:02d}:{m:02d} {b}"


@layout("Actualizare", "ro")
def _layout_17(h: int, m: int, b: str) -> str:
    return f"Actualizare ora {h:02d}:{m:02d}\n{b}"


@layout("ru ч мин", "ru")
def _layout_18(h: int, m: int, b: str) -> str:
    return f"{h} ч {m:02d} мин\n{b}"


@layout("ru Обновлено", "ru", True)
def _layout_19(h: int, m: int, b: str) -> str:
    return f"Обновлено в {h:02d}:{m:02d}\n{b}"


@layout("time pipe", "ro", True)
def _layout_20(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} | {b}"


@layout("time then headline own", "ru", True)
def _layout_21(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}\nЗаголовок обновления\n{b}"


@layout("hh:mm EET", "ro")
def _layout_22(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} EET\n{b}"


@layout("12h no space", "en")
def _layout_23(h: int, m: int, b: str) -> str:
    return f"{h12(h, m)}: {b}"


@layout("posted at", "en", True)
def _layout_24(h: int, m: int, b: str) -> str:
    return f"Posted at {h:02d}:{m:02d}\n{b}"


@layout("ISO stamps", "en")
def _layout_25(h: int, m: int, b: str) -> str:
    return f"2026-11-03T{h:02d}:{m:02d}:00Z\n{b}"


@layout("day + time", "en", True)
def _layout_26(h: int, m: int, b: str) -> str:
    return f"Tuesday {h:02d}:{m:02d}\n{b}"


@layout("time with seconds", "ru")
def _layout_27(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}:00\n{b}"


@layout("bold marker", "en")
def _layout_28(h: int, m: int, b: str) -> str:
    return f"**{h:02d}:{m:02d}** {b}"


@layout("hours h", "ro")
def _layout_29(h: int, m: int, b: str) -> str:
    return f"{h:02d}h{m:02d}\n{b}"


@layout("ro ora inline comma", "ro")
def _layout_30(h: int, m: int, b: str) -> str:
    return f"Ora {h:02d}:{m:02d}, {b}"


@layout("ru в hh:mm", "ru")
def _layout_31(h: int, m: int, b: str) -> str:
    return f"{h:02d}.{m:02d}\n{b}"


@layout("MSK", "ru", True)
def _layout_32(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} мск\n{b}"


@layout("byline after", "en", True)
def _layout_33(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, ':', False)} EST\nFrom our correspondent Jane Roe\n{b}"


@layout("blank lines between", "en")
def _layout_34(h: int, m: int, b: str) -> str:
    return f"\n{h:02d}:{m:02d}\n\n{b}\n"


@layout("no leading zero inline", "en")
def _layout_35(h: int, m: int, b: str) -> str:
    return f"{h}:{m:02d} {b}"


@layout("time then author", "en", True)
def _layout_36(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} Jane Roe\n{b}"


@layout("author then time", "en", True)
def _layout_37(h: int, m: int, b: str) -> str:
    return f"Jane Roe {h:02d}:{m:02d}\n{b}"


@layout("ru обновлено paren", "ru", True)
def _layout_38(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} (обновлено)\n{b}"


@layout("ACTUALIZARE upper", "ro", True)
def _layout_39(h: int, m: int, b: str) -> str:
    return f"ACTUALIZARE {h:02d}:{m:02d}\n{b}"


@layout("[UPDATE]", "ro")
def _layout_40(h: int, m: int, b: str) -> str:
    return f"[UPDATE {h:02d}:{m:02d}] {b}"


@layout("Update colon dot", "en")
def _layout_41(h: int, m: int, b: str) -> str:
    return f"Update {h:02d}.{m:02d}: {b}"


@layout("time dot place", "ro", True)
def _layout_42(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} · Chișinău\n{b}"


@layout("time comma date", "ro", True)
def _layout_43(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}, 3 noiembrie\n{b}"


@layout("ora Romaniei", "ro")
def _layout_44(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} ora României\n{b}"


@layout("ru hh.mm dash", "ru", True)
def _layout_45(h: int, m: int, b: str) -> str:
    return f"{h:02d}.{m:02d} — {b}"


@layout("en 24h with h", "en")
def _layout_46(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}h {b}"


@layout("local time words", "en", True)
def _layout_47(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} local time\n{b}"


@layout("en date then time own lines", "en", True)
def _layout_48(h: int, m: int, b: str) -> str:
    return f"3 November 2026\n{h:02d}:{m:02d}\n{b}"


@layout("min ago stamps", "en", True)
def _layout_49(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} GMT · 5 min read\n{b}"


@layout("share junk", "ro", True)
def _layout_50(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}\n{b}\nDistribuie pe Facebook\nCopiază link"


@layout("ru time bold headline inline", "ru", True)
def _layout_51(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} Главное к этому часу. {b}"


@layout("title (time)", "ro", True)
def _layout_52(h: int, m: int, b: str) -> str:
    return f"Titlul actualizării {h}{m} ({h:02d}:{m:02d})\n{b}"


@layout("title (time GMT)", "en", True)
def _layout_53(h: int, m: int, b: str) -> str:
    return f"Update headline {h}{m} ({h:02d}:{m:02d} GMT)\n{b}"


@layout("title (ora time)", "ro")
def _layout_54(h: int, m: int, b: str) -> str:
    return f"Titlul actualizării {h}{m} (ora {h:02d}.{m:02d})\n\n{b}"


@layout("cnn am ET date", "en", True)
def _layout_55(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, ':', False).replace('AM', ' a.m.').replace('PM', ' p.m.')} ET, November 3, 2026\nHeadline of the update\n{b}"


@layout("bbc posted at twice", "en", True)
def _layout_56(h: int, m: int, b: str) -> str:
    return f"Posted at {h}:{m:02d}\n{h}:{m:02d}\nHeadline of the update\n{b}"


@layout("updated am EST date", "en", True)
def _layout_57(h: int, m: int, b: str) -> str:
    return (
        f"Updated {h12(h, m, ':', False).replace('AM', ' a.m.').replace('PM', ' p.m.')} EST Nov. 3, 2026\n{b}"
    )


@layout("ru date в time", "ru", True)
def _layout_58(h: int, m: int, b: str) -> str:
    return f"3 ноября в {h:02d}:{m:02d}\n{b}"


@layout("ru Сегодня, time", "ru", True)
def _layout_59(h: int, m: int, b: str) -> str:
    return f"Сегодня, {h:02d}:{m:02d}\n{b}"


@layout("ru time, date year", "ru", True)
def _layout_60(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}, 3 ноября 2026\n{b}"


@layout("en time · date", "en", True)
def _layout_61(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} · 3 Nov\n{b}"


@layout("d/m/y time", "ro", True)
def _layout_62(h: int, m: int, b: str) -> str:
    return f"3/11/2026 {h:02d}:{m:02d}\n{b}"


@layout("ro ora lower dash", "ro")
def _layout_63(h: int, m: int, b: str) -> str:
    return f"ora {h}:{m:02d} - {b}"


@layout("ro time dash title then body", "ro", True)
def _layout_64(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} - Titlul actualizării\n{b}"


@layout("time utc+3 paren", "ru")
def _layout_65(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} (UTC+3)\n{b}"


@layout("author, date at time", "en", True)
def _layout_66(h: int, m: int, b: str) -> str:
    return f"Jane Roe, 3 Nov 2026 at {h:02d}:{m:02d}\n{b}"


@layout("time then author own line", "ro", True)
def _layout_67(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}\nIon Popescu\n{b}"


@layout("author | time", "en", True)
def _layout_68(h: int, m: int, b: str) -> str:
    return f"By Jane Roe | {h:02d}:{m:02d}\n{b}"


@layout("time + ro day date", "ro", True)
def _layout_69(h: int, m: int, b: str) -> str:
    return f"marți, 3 noiembrie 2026, {h:02d}:{m:02d}\n{b}"


@layout("en weekday date time", "en", True)
def _layout_70(h: int, m: int, b: str) -> str:
    return f"Tuesday 3 November 2026 {h:02d}.{m:02d} GMT\n{b}"


@layout("ru time МСК upper", "ru", True)
def _layout_71(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d} МСК\n{b}"


@layout("en h.mm am", "en")
def _layout_72(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, '.')}\n{b}"


@layout("ru time без двоеточия в строке", "ru")
def _layout_73(h: int, m: int, b: str) -> str:
    return f"{h:02d}:{m:02d}. {b}"


@layout("en bold heading time dash", "en", True)
def _layout_74(h: int, m: int, b: str) -> str:
    return f"## {h:02d}:{m:02d} - Headline of the update\n{b}"


@layout("ro Actualizat la", "ro", True)
def _layout_75(h: int, m: int, b: str) -> str:
    return f"Actualizat la {h:02d}:{m:02d}\n{b}"


@layout("ro Update ora", "ro", True)
def _layout_76(h: int, m: int, b: str) -> str:
    return f"Update ora {h:02d}:{m:02d}: {b}"


@layout("en time EDT headline inline", "en", True)
def _layout_77(h: int, m: int, b: str) -> str:
    return f"{h12(h, m, ':', False)} EDT — Headline of the update\n{b}"


@layout("ro author · time", "ro", True)
def _layout_78(h: int, m: int, b: str) -> str:
    return f"Ion Popescu · {h:02d}:{m:02d}\n{b}"


@layout("ru author, time oldest", "ru")
def _layout_79(h: int, m: int, b: str) -> str:
    return f"Иван Петров, {h:02d}:{m:02d}\n{b}"


@layout("en author time then headline", "en", True)
def _layout_80(h: int, m: int, b: str) -> str:
    return f"Jane Roe {h12(h, m, ':', False)}\nHeadline of the update\n{b}"


@layout("author time closes post", "en")
def _layout_81(h: int, m: int, b: str) -> str:
    return f"{b}\nJane Roe, 3 Nov 2026 at {h:02d}:{m:02d}"


@layout("author time blank below", "en", True)
def _layout_82(h: int, m: int, b: str) -> str:
    return f"Jane Roe {h:02d}:{m:02d}\n\n{b}"


@layout("bold title | time", "ro", True)
def _title_bar_time(h: int, m: int, b: str) -> str:
    return f"**Titlul actualizării {h}{m}** | {h:02d}:{m:02d}\n{b}"


@layout("title — time", "ru", True)
def _title_dash_time(h: int, m: int, b: str) -> str:
    return f"Заголовок обновления {h}{m} — {h:02d}:{m:02d}\n{b}"


@layout("title with its own dash - time GMT", "en")
def _title_dashes_time(h: int, m: int, b: str) -> str:
    return f"Rescue update {h}{m} — roads shut - {h:02d}:{m:02d} GMT\n{b}"


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_post_gets_the_time_of_its_label(name: str) -> None:
    lang, label, newest_first = LAYOUTS[name]
    posts = list(zip(TIMES, BODY[lang], strict=True))
    if newest_first:
        posts.reverse()
    text = LEAD[lang] + "\n\n" + "\n\n".join(label(h, m, body) for (h, m), body in posts) + "\n"
    entries = entries_of(read_bytes(text.encode(), f"layout.{lang}.txt"), Options(today=date(2026, 11, 3)))
    timed = [e for e in entries if e.reported_at is not None]
    assert len(timed) == len(posts)
    for (h, m), body in posts:
        post = next(e for e in timed if body[:30] in e.text)
        assert (post.reported_at.hour, post.reported_at.minute) == (h, m)


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_blog_running_past_midnight_moves_to_the_next_day(newest_first: bool) -> None:
    posts = [
        ("22:30", "Wind rose."),
        ("23:45", "Power cut."),
        ("00:20", "Roof fell."),
        ("01:10", "Calm now."),
    ]
    if newest_first:
        posts.reverse()
    text = "Live: storm\nFollow us.\n\n" + "\n\n".join(f"{t}\n{body}" for t, body in posts) + "\n"
    entries = entries_of(read_bytes(text.encode(), "storm.en.txt"), Options(today=date(2026, 11, 3)))
    stamps = {e.text: e.reported_at for e in entries if e.reported_at is not None}
    assert stamps["Roof fell."].date() == stamps["Wind rose."].date() + timedelta(days=1)
    assert stamps["Calm now."] > stamps["Power cut."]
