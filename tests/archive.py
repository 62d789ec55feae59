"""A generated archive of small live blogs in Romanian, English and Russian (tests and benchmarks).

Deterministic for a seed: crises (floods, earthquake, protests, war, election),
cities, sources, figures and times vary from blog to blog; most blogs are plain
text, some are HTML pages with one <article> per update.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

CITIES = {
    "ro": ["Cluj-Napoca", "Iași", "Timișoara", "Craiova", "Constanța", "Brașov", "Galați", "Oradea"],
    "en": ["Leeds", "Manchester", "Glasgow", "Cardiff", "Bristol", "Liverpool", "Belfast", "Sheffield"],
    "ru": ["Казани", "Самаре", "Перми", "Омске", "Томске", "Уфе", "Воронеже", "Иркутске"],
}
SOURCES = {
    "ro": [
        "Inspectoratul pentru Situații de Urgență",
        "Ministerul Afacerilor Interne",
        "Agerpres",
        "Digi24",
        "Poliția Română",
    ],
    "en": ["the interior ministry", "Reuters", "the BBC", "police", "the fire service"],
    "ru": ["МВД", "РИА Новости", "ТАСС", "МЧС", "Интерфакс"],
}
MONTHS = {
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}
LEADS = {
    "ro": [
        "Inundații grave în mai multe județe",
        "Cutremur puternic resimțit în țară",
        "Proteste de amploare în marile orașe",
        "Alegeri parlamentare: ziua votului",
    ],
    "en": [
        "Severe floods across the north",
        "Strong earthquake shakes the region",
        "Mass protests in several cities",
        "Election day: polls open",
    ],
    "ru": [
        "Сильное наводнение на востоке страны",
        "Землетрясение в регионе",
        "Массовые протесты в городах",
        "День выборов",
    ],
}
UPDATES = {
    "ro": [
        "{src} anunță că {n} persoane au murit la {city}.",
        "Cel puțin {n} oameni au fost răniți în {city}, potrivit {src}.",
        "{n} polițiști au fost răniți în confruntările de la {city}, transmite {src}.",
        "Zeci de persoane au fost evacuate din {city}.",
        "Autoritățile au deschis {n} centre de cazare în {city}.",
        "Bilanțul a ajuns la {n} morți, anunță {src}.",
    ],
    "en": [
        "{src} said {n} people were killed in {city}.",
        "At least {n} people were injured in {city}, according to {src}.",
        "{n} police officers were hurt in clashes in {city}, {src} reports.",
        "Dozens of residents were evacuated from {city}.",
        "Officials opened {n} shelters in {city}.",
        "The death toll has risen to {n}, {src} said.",
    ],
    "ru": [
        "{src} сообщает, что в {city} погибли {n} человек.",
        "По данным {src}, в {city} пострадали не менее {n} человек.",
        "В {city} задержаны {n} участников акции, сообщает {src}.",
        "Десятки жителей эвакуированы в {city}.",
        "В {city} открыли {n} пунктов временного размещения.",
        "Число погибших выросло до {n}, передает {src}.",
    ],
}


def blog(rng: random.Random, lang: str, day: int, month: int, year: int) -> tuple[str, list[tuple[str, str]]]:
    """A lead line and (time label, text) updates, newest first."""
    months = MONTHS[lang]
    date_line = {
        "ro": f"{rng.choice(LEADS['ro'])}, {day} {months[month - 1]} {year}.",
        "en": f"{rng.choice(LEADS['en'])}, {day} {months[month - 1]} {year}.",
        "ru": f"{rng.choice(LEADS['ru'])}, {day} {months[month - 1]} {year} года.",
    }[lang]
    minutes = sorted(rng.sample(range(6 * 60, 23 * 60), rng.randint(3, 8)), reverse=True)
    updates = []
    for m in minutes:
        text = rng.choice(UPDATES[lang]).format(
            src=rng.choice(SOURCES[lang]), n=rng.randint(2, 400), city=rng.choice(CITIES[lang])
        )
        updates.append((f"{m // 60:02d}:{m % 60:02d}", text[0].upper() + text[1:]))
    return date_line, updates


STYLES = {
    "ro": ["UPDATE {t} ", "{t} ", "Ora {t}. "],
    "en": ["UPDATE {t} ", "{t} ", "{t}: "],
    "ru": ["{t} ", "{t} — ", "Обновление {t}. "],
}


def as_text(lead: str, updates: list[tuple[str, str]], lang: str, rng: random.Random) -> str:
    style = rng.choice(STYLES[lang])
    return lead + "\n\n" + "\n\n".join(style.format(t=t) + text for t, text in updates) + "\n"


def as_html(lead: str, updates: list[tuple[str, str]], lang: str, published: str) -> str:
    items = "\n".join(
        f'<article class="update"><time>{t}</time><p>{html.escape(text)}</p></article>' for t, text in updates
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta property="article:published_time" content="{published}T06:00:00Z"><title>{html.escape(lead)}</title></head>'
        f"<body><main><h1>{html.escape(lead)}</h1>\n{items}\n</main></body></html>\n"
    )


def make_archive(
    folder: Path, count: int, seed: int = 7, html_share: float = 0.1, stories: int = 24
) -> list[Path]:
    """Write ``count`` live blogs into ``stories`` story folders under ``folder``; returns their paths.

    The blogs of one story are in one language and cover one or two days, as
    several outlets' live blogs of one crisis would."""
    rng = random.Random(seed)
    plan = []
    for k in range(stories):
        lang = ("ro", "en", "ru")[k % 3]
        plan.append(
            (
                f"story-{k:02d}-{lang}",
                lang,
                rng.randint(1, 27),
                rng.randint(1, 12),
                rng.choice([2022, 2023, 2024]),
            )
        )
    paths = []
    for i in range(count):
        name, lang, day, month, year = plan[i % stories]
        day_of_blog = day + rng.randint(0, 1)
        lead, updates = blog(rng, lang, day_of_blog, month, year)
        sub = folder / name
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < html_share:
            path = sub / f"blog-{i:05d}.{lang}.html"
            path.write_text(
                as_html(lead, updates, lang, f"{year}-{month:02d}-{day_of_blog:02d}"), encoding="utf-8"
            )
        else:
            path = sub / f"blog-{i:05d}.{lang}.txt"
            path.write_text(as_text(lead, updates, lang, rng), encoding="utf-8")
        paths.append(path)
    return paths
