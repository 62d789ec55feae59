"""RSS and Atom feeds: one entry per item, dates kept with their offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsrewind.read import ReadError, read_bytes, read_path
from newsrewind.read.feed import feed_date

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_rss_items_become_blocks() -> None:
    doc = read_path(str(PAGES / "feed.rss"))
    assert doc.kind == "rss" and doc.lang == "ro"
    assert doc.blocks is not None and len(doc.blocks) == 2
    first, second = doc.blocks
    # content:encoded wins over description; markup and scripts are gone
    assert first.text == (
        "Drumul spre Soroca, redeschis\n\nPoliția a redeschis traseul după ce utilajele au curățat zăpada."
        "\n\nCirculația se face cu viteză redusă."
    )
    assert first.headline == "Drumul spre Soroca, redeschis"
    assert first.url == "https://nord.example.md/live#u2"
    assert first.stamp is not None and first.stamp.iso == "2019-03-05T18:40:00+02:00"
    # a GMT date is the same instant, written in the feed's own +02:00 clock
    assert second.stamp is not None and second.stamp.iso == "2019-03-05T16:05:00+02:00"
    assert second.text.endswith("Zeci de mașini au rămas blocate pe drumul național, anunță IGP.")
    for b in doc.blocks:
        assert doc.text[b.start : b.start + len(b.text)] == b.text


def test_atom_entries_with_xhtml_and_html_content() -> None:
    doc = read_path(str(PAGES / "feed.atom"))
    assert doc.kind == "atom" and doc.lang == "en"
    assert doc.url == "https://harbour.example.com/live"
    assert doc.blocks is not None and len(doc.blocks) == 2
    first, second = doc.blocks
    assert first.headline == "Ferry service suspended"
    assert first.text == (
        "Ferry service suspended\n\nThe port authority halted all crossings because of the gale."
        "\n\nAbout 40 passengers are waiting at the terminal."
    )
    assert first.stamp is not None and first.stamp.iso == "2021-10-02T09:45:00+03:00"
    assert first.modified == "2021-10-02T09:58:00+03:00"
    assert first.url == "https://harbour.example.com/live/2"
    assert second.text == "Storm warning issued\n\nForecasters issued a red warning for the coast."


def test_rfc822_and_rfc3339_dates_keep_their_offsets() -> None:
    assert feed_date("Thu, 06 Jan 2022 17:20:00 +0600") == "2022-01-06T17:20:00+06:00"
    assert feed_date("Thu, 06 Jan 2022 11:20:00 GMT") == "2022-01-06T11:20:00+00:00"
    assert feed_date("2022-01-06T17:20:00-05:00") == "2022-01-06T17:20:00-05:00"
    assert feed_date("not a date") is None


def test_rss_1_0_with_dc_date_in_windows_1251() -> None:
    xml = """<?xml version="1.0" encoding="windows-1251"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Лента</title><language>ru</language></channel>
<item><title>Задержаны двое подозреваемых</title><description>Об этом сообщила полиция.</description>
<dc:date>2022-01-06T10:15:00+06:00</dc:date></item>
</rdf:RDF>"""
    doc = read_bytes(xml.encode("cp1251"), "lenta")
    assert doc.kind == "rss" and doc.lang == "ru"
    assert (
        doc.blocks is not None
        and doc.blocks[0].text == "Задержаны двое подозреваемых\n\nОб этом сообщила полиция."
    )
    assert doc.blocks[0].stamp is not None and doc.blocks[0].stamp.iso == "2022-01-06T10:15:00+06:00"


def test_external_entities_are_not_resolved() -> None:
    xml = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>Item &xxe; here</title><description>Body text.</description></item></channel></rss>"""
    doc = read_bytes(xml, "xxe")
    assert doc.blocks is not None
    assert "root:" not in doc.text


def test_xml_that_is_not_a_feed() -> None:
    with pytest.raises(ReadError):
        read_bytes(b"<rss><nothing/></rss>", "empty")
