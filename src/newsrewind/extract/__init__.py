"""Extraction: from an entry's text to sources, actors, places, events, figures.

Each extractor is a plain function ``find(entry: EntryText) -> list[...]`` over
the entry's text and its language's data files; this module runs them all and
assembles the entry record.
"""

from __future__ import annotations

from newsrewind import langid
from newsrewind.clock import iso
from newsrewind.extract import actors, events, figures, places, prefilter, sources
from newsrewind.extract.context import DocContext, EntryText
from newsrewind.lang import available
from newsrewind.model import Document, Entry, Record


def document_context(doc: Document, entries: list[Entry]) -> DocContext:
    """Facts about the whole document (main language, story country, sub-city places)."""
    prefilter.new_document()
    main_lang = doc.lang if doc.lang in available() else langid.detect(doc.text[:4000])
    ctx = DocContext(lang=main_lang or "en")
    places.scan_document(ctx, [e.text for e in entries])
    sources.scan_document(ctx, [e.text for e in entries])
    actors.scan_document(ctx, [e.text for e in entries])
    events.scan_document(ctx, [e.text for e in entries])
    return ctx


def extract_entry(entry: Entry, document: str, ctx: DocContext) -> Record:
    """The full record of one entry."""
    code = langid.detect(entry.text, hint=ctx.lang) or ctx.lang or "en"
    if code not in available():
        code = ctx.lang or "en"
    view = EntryText(entry.text, code, ctx)
    found_places = places.find(view)
    found_figures = figures.find(view)
    found_actors = actors.find(view)
    return Record(
        document=document,
        seq=entry.seq,
        reported_at=iso(entry.reported_at),
        time_label=entry.label,
        lang=code,
        text=entry.text,
        sources=sources.find(view, found_actors),
        actors=found_actors,
        places=found_places,
        events=events.find(view, found_figures),
        figures=found_figures,
    )


def extract(doc: Document, entries: list[Entry]) -> list[Record]:
    """Records for every entry of a document, in document order."""
    ctx = document_context(doc, entries)
    return [extract_entry(entry, doc.name, ctx) for entry in entries]
