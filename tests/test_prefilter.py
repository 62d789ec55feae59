"""The quick scans find exactly what a plain ``finditer`` finds."""

from __future__ import annotations

import re

from newsrewind.clock import date_matches
from newsrewind.extract import prefilter
from newsrewind.extract.normalize import fold
from newsrewind.stamps import patterns

TEXTS = [
    "Joi, 6 ianuarie 2022, ora 17:20: ministerul a anunțat că 12 persoane au fost rănite.",
    "Luni 3 martie, la Chișinău, poliția spune că 25.02.2024 a fost o zi liniștită.",
    "UPDATE 09:15 On Tuesday, 14 February 2023, the governor said 1,200 people were evacuated.",
    "March 5th, 2021 - officials reported; by Wed. 6 Mar the toll rose. 2022 January 12",
    "В четверг, 6 января 2022 г., МВД сообщило: 18 сотрудников погибли; 7-го января — ещё 2.",
    "ВТОРНИК 5 МАЯ и среду 6 мая, 12/05/24, ab12 января",
    "İANUARIE 6 și ıanuarıe 7: litere pe care regexul le ia drept „i”.",
    "ΣΕΠΤΕΜΒΡΙΟΣ 3 MAI, ΟΔΟΣ 5 MAI ΣΑΣ; Şubat 4 iunie, ǅ 9 IUNIE.",
    "",
]


def test_date_matches_are_finditer() -> None:
    rx = patterns().date
    for text in TEXTS:
        want = [(m.span(), m.group()) for m in rx.finditer(text)]
        assert [(m.span(), m.group()) for m in date_matches(text)] == want


def test_keyed_scan_is_finditer() -> None:
    words = ["ministerul", "a anunțat", "the governor", "said", "сообщило", "мвд", "la", "12 persoane"]
    alternatives = [re.escape(w).replace(r"\ ", r"\s+") for w in words]
    pattern = prefilter.keyed(
        alternatives, lambda chosen: rf"(?:{'|'.join(alternatives[i] for i in chosen)})(?!\w)"
    )
    assert pattern.keys is not None
    for text in map(fold, TEXTS):
        want = [(m.span(), m.group()) for m in pattern.full.finditer(text) if _word_start(text, m.start())]
        got = prefilter.scan_keyed(pattern, text, prefilter.word_keys(text))
        assert [(m.span(), m.group()) for m in got] == want


def test_keyed_scan_with_loose_alternatives_is_finditer() -> None:
    # "[\w-]*anunț\w*" and the look-behind may start anywhere: looked for on their own
    alternatives = ["ministerul", r"[\w-]*anunț\w*", r"(?<=['’]s )\w+ office", "said", "мвд", "la"]
    pattern = prefilter.keyed(
        alternatives, lambda chosen: rf"(?<![\w.-])(?:{'|'.join(alternatives[i] for i in chosen)})(?!\w)"
    )
    assert pattern.keys is not None and pattern.loose == [1, 2]
    for text in [*map(fold, TEXTS), "the governor's press office said", "re-anunțat la mvd, мвд"]:
        want = [(m.span(), m.group()) for m in pattern.full.finditer(text)]
        got = prefilter.scan_keyed(pattern, text, prefilter.word_keys(text), ".-")
        assert [(m.span(), m.group()) for m in got] == want


def test_pattern_keys_of_plain_words() -> None:
    assert prefilter.pattern_keys(r"ministerul\s+de\s+interne") == frozenset({"mini"})
    assert prefilter.pattern_keys(r"abcd?e") == frozenset({"abcd", "abce"})  # the 4th letter is optional
    assert prefilter.pattern_keys(r"said|says") == frozenset({"said", "says"})
    assert prefilter.pattern_keys(r"un\s+oficial") == frozenset({"un"})


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not re.match(r"\w", text[at - 1])


def _parsed_keys(pattern: str) -> frozenset[str] | None:
    """``pattern_keys`` the slow way, through the regex parser."""
    parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    heads = prefilter._heads(list(parsed), prefilter._KEY_LEN)
    return None if heads is None or "" in heads else frozenset(heads)


def test_quick_keys_are_the_parsers() -> None:
    patterns_ = [
        "said|says|stated",
        "(?:a\\s+anunțat)",
        "al[\\s'-]+arabiya",
        "аль\\-арабии|би[\\s'-]+би[\\s'-]+си",
        "un oficial|oficialul|înalți oficiali",
        "procuratura(?: generală)?|parchetul(?: general)?",
        "isw",
        "ab\\.|cd,",
        "l'orient\\-le\\ jour",
    ]
    for pattern in patterns_:
        assert prefilter._literal_keys(pattern) == _parsed_keys(pattern), pattern
    # where a word may go on or the pattern is not plain, the quick reading gives up
    for pattern in [
        "ab?c",
        "ab\\s?cd",
        "ab\\s*cd",
        "ab\\s++c",
        "ab.c",
        "(?i)abc",
        "(?:ab)?c",
        "a[^x]b",
        "abcd?",
        "eye-?witness",
        "a|",
        "ab\\b",
        "ab[x-]",
        "(?:ab)|(?:cd)",
    ]:
        assert prefilter._literal_keys(pattern) is None, pattern


def test_word_memo_is_per_document_and_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Word lists are remembered within one document only, and never past ``MEMO_CHARS``;
    the scans find the same with or without them."""
    words = "spokesman|purtător|пресс-секретарь"
    rx = re.compile(rf"(?<!\w)(?:{words})(?!\w)")
    keys = prefilter.pattern_keys(words)
    assert keys is not None
    texts = [fold(t) for t in TEXTS] + ["The spokesman said; purtătorul nu; пресс-секретарь заявил"]
    prefilter.new_document()
    first = [[m.span() for m in prefilter.scan(rx, keys, t, prefilter.word_keys(t))] for t in texts]
    assert first == [[m.span() for m in rx.finditer(t)] for t in texts]
    assert len(first[-1]) == 2  # "purtătorul" is another word
    assert prefilter.word_keys(texts[-1]) is prefilter.word_keys(texts[-1])  # remembered
    prefilter.new_document()
    assert not prefilter._memo_words and not prefilter._memo_keys
    monkeypatch.setattr(prefilter, "MEMO_CHARS", 40)
    again = [[m.span() for m in prefilter.scan(rx, keys, t, prefilter.word_keys(t))] for t in texts]
    assert again == first
    assert sum(map(len, prefilter._memo_words)) <= max(40, max(map(len, texts)))


def test_gate_never_hides_a_match() -> None:
    """A gate says no only where the pattern finds nothing: whatever the case of the text
    (ignored or not, "İ", "ı", "ſ", final sigma), and it says no to texts without the words."""
    patterns_ = [
        r"(?i:sondaj(?:ul)?|exit-poll|survey)\s+(?:\w+\s+){0,3}?(?i:realizat|conducted)\s+by\s+(?P<n>[A-Z]\w+)",
        r"(?i:istanbul|ſtation|σπίτι)\s+(?:agenția|agency)",
        r"(?i:told|said to|according to)\s+the\s+(?P<name>[A-Z]\w+)\s+(?i:newspaper|daily)",
        r"(?:по данным|сообщил\w*)\s+(?i:телеканал\w*|агентств\w*)",
        r"Minister(?:ul)? of\s+\w+",
    ]
    texts = TEXTS + [
        "İSTANBUL AGENȚIA a transmis; ıstanbul agency; ISTANBUL AGENCY; ſtation agency",
        "Un sondaj realizat by Gorbi; the SURVEY was CONDUCTED BY Ipsos.",
        "He told the Guardian newspaper; SAID TO THE Times DAILY.",
        "ΣΠΊΤΙ agency; σπίτι agenția; по данным телеканала; Сообщила АГЕНТСТВУ",
        "Ministerul of Health; MINISTER OF x",
        "",
    ]
    gated = 0
    for pattern in patterns_:
        rx = re.compile(pattern)
        assert prefilter.gate(rx) is not None, pattern
        for text in texts:
            if not prefilter.may_match(rx, text):
                gated += 1
                assert rx.search(text) is None, (pattern, text)
    assert gated > len(patterns_) * len(TEXTS) // 2  # most texts hold none of the words


def test_gate_needs_literal_words() -> None:
    """A pattern that may open anywhere ("\\w+ said") or on short words alone has no gate."""
    assert prefilter.gate(re.compile(r"\w+\s+said")) is not None  # "said" is a need
    assert prefilter.gate(re.compile(r"[A-Z]\w+\s+\w+")) is None
    assert prefilter.gate(re.compile(r"(?:a|of)\s+\d+")) is None
    assert prefilter.gate(re.compile(r"(?:said|)\s+\d+")) is None  # an empty alternative


def test_finditer_by_openings_is_finditer() -> None:
    """Tried only where a literal opening stands, a pattern finds what ``finditer`` finds: matches
    inside words, overlapping openings, openings after a lookbehind, any case of the text."""
    patterns_ = [
        r"(?<!\w)(?:nimeni nu|fără victime|(?<=soldat cu )(?:victime|răniți))(?!\w)",
        r"(?i:said|told|says)\s+on\s+(?:the\s+)?(?P<name>[A-Z]\w+)",
        r"(?i:istanbul|ſtation|σπίτι)\s+(?:agenția|agency)",
        r"\b(?:AP|ANSA|The Times)(?![\w-])",
        r"aaa|aab",
        # no literal: tried where a word opens
        r"(?<![\w.-])(?:(?:[Tt]he )?([A-Z][\w-]+) [Dd]istrict (?:[Aa]dministration|[Oo]fficials?))",
        r"(?<![\w'’-])[A-ZĂÎȘА-Я][\w'’-]*(?:\s+[A-ZĂÎȘА-Я][\w'’-]*)*",
        r"\b(?i:[a-zș]+ești)\b",
    ]
    texts = TEXTS + [
        "the Tiraspol District Administration; The Ohio district officials; X-Bay District Officials",
        "Ion Popescu, d'Artagnan și O'Neil; Șerban al-Hariri; Владимир Путин-младший; 3Moscow",
        "Pitești, PLOIEȘTI și ploieștii; Bucureștiul; Fundulești-București",
        "unSAID on TV Digi; He said on the Realitatea; TOLD on Antena; says  on ProTV",
        "İSTANBUL AGENȚIA a transmis; ıstanbul agency; ISTANBUL AGENCY; ſtation agency",
        "nimeni nu a murit; nu s-a soldat cu victime; fără victime, fără victimele",
        "AP, ANSA și The Times; APE; the times; ANSAP",
        "aaaab aab aaaaaa",
        "ΣΠΊΤΙ agency; σπίτι agenția",
    ]
    for pattern in patterns_:
        rx = re.compile(pattern)
        assert prefilter.openings(rx) is not None, pattern
        for text in texts:
            prefilter.new_document()
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in prefilter.finditer(rx, text)] == want, (pattern, text)
    assert prefilter.openings(re.compile(r"[A-Z]\w+\s+said")) is None  # may open on any capital
