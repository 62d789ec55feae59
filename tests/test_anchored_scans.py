"""Patterns tried only at the tokens a match can open on find what ``finditer`` finds."""

from __future__ import annotations

import random
from operator import methodcaller

from newsrewind.extract import places, prefilter
from newsrewind.extract.context import DocContext, EntryText

SEPARATORS = [" ", "  ", "-", ", ", "", "1", "_", "\n", "'", ". "]


def _texts(vocabulary: list[str], count: int = 3000) -> list[str]:
    rnd = random.Random(7)
    out = []
    for _ in range(count):
        text = "".join(rnd.choice(SEPARATORS) + rnd.choice(vocabulary) for _ in range(rnd.randint(1, 6)))
        out.append(text.title() if rnd.random() < 0.3 else text)
    return out


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_anchored_place_patterns_find_what_finditer_finds() -> None:
    vocabulary = ["president", "prime minister", "the", "ab", "x1", "президент", "глава"]
    outlet_rx = places._outlet_pattern()
    assert outlet_rx is not None
    vocabulary += places._outlet_names()[:60] + ["112 ukraine", "i24 news", "u.s. geological survey"]
    for code in ("en", "ro", "ru"):
        dem = places._demonyms(code)
        if dem is not None and dem.last:
            vocabulary += ["bucur" + e for e in dem.last] + ["бел" + e for e in dem.last] + list(dem.last)
        title = places._title_pattern(code)
        if title is not None:
            vocabulary += [stem for stem, _ in title[1][:40]] + [stem + "an" for stem, _ in title[1][:10]]
    for text in _texts(vocabulary):
        view = EntryText(text, "en", DocContext(lang="en"))
        base = places.base_text(view)
        toks = places.tokens(view)
        starts = [t.start for t in toks]
        expected = set()
        for m in prefilter.scan(outlet_rx, places._outlet_keys(), base, None):
            expected.update(places._cover(toks, starts, m.start(), m.end()))
        assert places._outlet_tokens(view, toks, outlet_rx) == expected, text
        for code in ("en", "ro", "ru"):
            dem = places._demonyms(code)
            if dem is not None and dem.last is not None:
                got = places._token_matches(
                    view, dem.pattern, map(methodcaller("endswith", dem.last), places.words(view))
                )
                assert _spans(got) == _spans(dem.pattern.finditer(base)), text
            title = places._title_pattern(code)
            if title is not None and title[3] is not None:
                got = places._token_matches(view, title[0], places._opening(view, title[3]))
                assert _spans(got) == _spans(title[0].finditer(base)), text


def test_tails_looked_for_only_where_they_can_end() -> None:
    """``sources._ends_on`` says no only where the tail patterns before a verb find nothing."""
    from newsrewind.extract import sources

    for code in ("en", "ro", "ru"):
        sp = sources._speakers(code)
        vocabulary = [*sp.aux_last, *sp.pronoun_last, "the", "minister", "x", "(ab)", ","]
        for text in _texts(vocabulary, 1500):
            text = text.lower()
            for end in range(len(text) + 1):
                for rx, lo, last in (
                    (sp.aux_tail, end - 60, sp.aux_last),
                    (sp.pronoun, end - 30, sp.pronoun_last),
                    (sp.appos_tail, end - 400, (",",)),
                ):
                    if rx is not None and not sources._ends_on(text, max(0, lo), end, last):
                        assert rx.search(text, max(0, lo), end) is None, (code, text, end)
