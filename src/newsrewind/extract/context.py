"""What every extractor reads: the entry text, its folded twin, its language data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract.normalize import fold

# ``DocContext.memo`` key: the regional police department the document names ("ДП СКО"),
# which its bare "полиция" means.
POLICE_FORCE = "police.force"
# ``DocContext.memo`` key: per generic noun ("bureau"), the one body the document names in
# capitals with it ("Bureau of Meteorology"), which its bare "the bureau" means.
NAMED_BODIES = "named.bodies"


@dataclass
class DocContext:
    """Facts about the whole document that single entries lean on."""

    lang: str | None = None
    # ISO country code the story is mostly about (ranks ambiguous places, names
    # institutions like "the interior ministry").
    country: str | None = None
    # Places below city level seen with their city somewhere in the document
    # ("Piața Republicii din Almaty"): folded name → (city geonameid, ...).
    subplaces: dict[str, Any] = field(default_factory=dict)
    # How often each country (ISO code) is named in the document, cities counting
    # for their country: ranks ambiguous place names ("Hama" in a Syria story).
    countries: dict[str, int] = field(default_factory=dict)
    # People the document names in full ("Vyacheslav Gladkov"): surname key
    # (normalize.fold_key) → full Latin name, so a later "Gladkov" is the same person.
    names: dict[str, str] = field(default_factory=dict)
    # Words the document writes in lower case somewhere ("dacă", "man"): a capitalised
    # one opening a sentence is that word, not the town it also spells.
    common_words: frozenset[str] = frozenset()
    # GeoNames id of the city the document names most (at least twice): "in the city",
    # "în oraș" in an entry naming no city of its own mean it.
    city: int | None = None
    # Per-entry work the extractors share within this document (tokens, known names,
    # place runs), keyed by entry text: computed once, reused by scan and find.
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def home(self) -> str | None:
        """ISO country code whose national bodies a bare name means ("Ministerul Sănătății",
        "Parlamentul"): the story's country, unless the page is told from the language's other
        home state (``home_country``)."""
        return home_country(self)

    def fold(self, text: str) -> str:
        """``normalize.fold`` of an entry's text, once per document (every extractor's view
        of the entry shares it)."""
        folds = self.memo.get("folds")
        if folds is None:
            folds = self.memo["folds"] = {}
        got = folds.get(text)
        if got is None:
            got = folds[text] = fold(text)
        return got  # type: ignore[no-any-return]


@dataclass
class EntryText:
    """One entry as the extractors see it. ``folded`` has the same length as
    ``text``, so a span found in one is the same span in the other."""

    text: str
    lang: str
    doc: DocContext
    folded: str = ""
    #: The entry's memo in ``doc.memo`` (``places._slot``), held by the view once looked up.
    slot: dict[Any, Any] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.folded:
            self.folded = self.doc.fold(self.text)

    def data(self, section: str) -> dict[str, Any]:
        """One of this language's data files (``figures``, ``sources`` ...)."""
        return langdata.section(self.lang, section)


def home_country(ctx: DocContext) -> str | None:
    """The state whose bare national bodies the page means. A language spoken as the national
    one in two states names in its data the second one (``[institutions.other_home]`` of its
    ``actors.toml``: Moldova for Romanian): a page about a third country that names that state
    more often than the first is told from it ("Ministerul Sănătății" on a Chișinău page about
    strikes on Ukraine is Moldova's). Otherwise the story's country."""
    data = langdata.section(ctx.lang, "actors") if ctx.lang in langdata.available() else {}
    other = data.get("institutions", {}).get("other_home")
    if not other or ctx.country is None:
        return ctx.country
    second, first = str(other["country"]), str(other["instead_of"])
    if ctx.country in (second, first):
        return ctx.country  # a story about either home may be told from either
    if ctx.countries.get(second, 0) > ctx.countries.get(first, 0):
        return second
    return ctx.country


def told_from_other_home(ctx: DocContext, body: str) -> str | None:
    """The other home state (``home_country``) when the page is told from it and ``body`` (an
    English name template, "{country} Ministry of Foreign Affairs") is one both homes have under
    one name: a bare "MAE" there is that state's, not the first home's. Else None."""
    if ctx.home is None or ctx.home == ctx.country or ctx.lang not in langdata.available():
        return None
    other = langdata.section(ctx.lang, "actors").get("institutions", {}).get("other_home", {})
    return ctx.home if body in other.get("shared", ()) else None
