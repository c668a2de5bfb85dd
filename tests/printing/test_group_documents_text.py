"""Rosters, call lists, certificates and table cards read back exactly (NFC), with pdfium
and pdftotext: the hard names, ฏ ฐ ญ over a lower vowel, all 136 demo names; Thai
metadata with the event name; every font embedded."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from registration.domain.grouped_list import GroupedList, ListColumn, ListGroup
from registration.domain.records import EventInfo
from registration.printing.certificate import (
    CertificatePage,
    Signatory,
    render_certificates,
    texts_for_event,
)
from registration.printing.document import creator
from registration.printing.roster import render_roster
from registration.printing.table_card import TableCard, render_table_cards
from registration.services import events, registry
from registration.services.missing import missing_list
from registration.services.missing_export import call_list
from registration.services.roster import RosterOptions, roster
from registration.storage.database import Database
from tests.printing.hard_names import HARD_FIRST_NAMES
from tests.printing.pdf_tools import pdf_fonts, readers
from tests.printing.people import EVENT

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# The hard names of the badges, and ฏ ฐ ญ whose lower part a lower vowel trims.
NAMES = [f"นาย{first} ศรีสุวรรณ" for first in HARD_FIRST_NAMES] + [
    "นางสาวฐุฑามาศ ปฏุมทอง",
    "นายปฏิพัทธ์ บุญญูรัตน์",
    "นางญุษา ฐิติกุล",
]


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def _all_text(path: Path) -> dict[str, str]:
    """Every reader's text of the whole document, squeezed; no private-use characters."""
    found = {reader: squeeze("".join(pages)) for reader, pages in readers(path).items()}
    assert set(found) == {"pdfium", "pdftotext"}
    for reader, text in found.items():
        assert not PRIVATE_USE.findall(text), reader
    return found


def _metadata(path: Path) -> dict[str, str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return document.get_metadata_dict()
    finally:
        document.close()


def _check_document(path: Path, strings: list[str], title: str, event_name: str) -> None:
    for reader, text in _all_text(path).items():
        for string in strings:
            assert squeeze(string) in text, (path.name, reader, string)
    meta = _metadata(path)
    assert meta["Title"] == f"{title} – {event_name}"
    assert meta["Creator"] == creator() and creator().startswith("registration")
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_a_roster_of_hard_names_reads_back_exactly(tmp_path: Path) -> None:
    rows = tuple((str(n), name, "ปิ่นทอง น้ำใส") for n, name in enumerate(NAMES, 1))
    document = GroupedList(
        "รายชื่อผู้เข้าร่วม", (EVENT.name, "ณ ห้องประชุมไพบูลย์"),
        (ListColumn("ที่", 1), ListColumn("ชื่อ-สกุล", 6), ListColumn("หน่วยงาน", 4)),
        (ListGroup("จังหวัดพระนครศรีอยุธยา (13 คน)", rows),), "รวมทั้งสิ้น 13 คน",
        pdf_title="รายชื่อผู้เข้าร่วม ตามจังหวัด", event_name=EVENT.name,
    )  # fmt: skip
    out = tmp_path / "roster.pdf"
    render_roster(out, document)
    strings = [*NAMES, "รายชื่อผู้เข้าร่วม", "ชื่อ-สกุล", "จังหวัดพระนครศรีอยุธยา (13 คน)"]
    strings += ["รวมทั้งสิ้น 13 คน", "หน้า 1/1", "พิมพ์เมื่อ"]
    _check_document(out, strings, "รายชื่อผู้เข้าร่วม ตามจังหวัด", EVENT.name)


@pytest.mark.slow
def test_every_demo_name_reads_back_from_the_roster_and_the_call_list(
    db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    people = registry.list_participants(db, demo_event.id)
    session = events.list_sessions(db, demo_event.id)[0]
    made = roster(db, demo_event.id, RosterOptions(columns=("organisation",)))
    calls = call_list(missing_list(db, session.id))
    for name, document in (("roster", made), ("calls", calls)):
        out = tmp_path / f"{name}.pdf"
        render_roster(out, document)
        for reader, text in _all_text(out).items():
            found = sum(squeeze(p.full_name) in text for p in people)
            assert found == len(people) == 136, (name, reader)
        assert _metadata(out)["Title"] == f"{document.pdf_title} – {demo_event.name}"
    assert calls.pdf_title == f"รายชื่อผู้ที่ยังไม่มา {session.title}"


def test_certificates_of_hard_names_read_back_exactly(tmp_path: Path) -> None:
    texts = texts_for_event(
        EVENT,
        "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)",
        [Signatory("นายสมศักดิ์ ผู้อำนวยการ", "ผู้อำนวยการสำนักงานภาคกลางและตะวันตก"),
         Signatory("นางน้ำใส ปิ่นทอง", "ประธานคณะทำงาน")],
    )  # fmt: skip
    out = tmp_path / "certificates.pdf"
    pages = [CertificatePage(name, f"{n:04d}/2562") for n, name in enumerate(NAMES, 1)]
    render_certificates(out, texts, pages)
    per_page = {reader: pages for reader, pages in readers(out).items()}
    for reader, texts_of_pages in per_page.items():
        for page, text in zip(pages, texts_of_pages, strict=True):
            text = squeeze(text)
            assert squeeze(page.name) in text, (reader, page.name)
            assert squeeze(f"เลขที่ {page.number}") in text, reader
    strings = ["ได้เข้าร่วมการประชุมเชิงปฏิบัติการ", "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า"]
    strings += ["(นายสมศักดิ์ ผู้อำนวยการ)", "(นางน้ำใส ปิ่นทอง)", texts.dates, texts.given_on]
    strings += [EVENT.name, "ผู้อำนวยการสำนักงานภาคกลางและตะวันตก"]
    _check_document(out, strings, "เกียรติบัตร", EVENT.name)


def test_table_cards_of_hard_names_read_back_exactly_on_both_faces(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    cards = [TableCard(name, "ผู้ใหญ่บ้าน กำนัน ตุ๊กตา") for name in NAMES]
    render_table_cards(out, cards, EVENT.name)
    for reader, texts_of_pages in readers(out).items():
        for card, text in zip(cards, texts_of_pages, strict=True):
            text = squeeze(text)
            assert text.count(squeeze(card.name)) == 2, (reader, card.name)
            assert text.count(squeeze(card.line)) == 2, reader
            assert text.count(squeeze(EVENT.name)) == 2, reader
    _check_document(out, NAMES, "ป้ายชื่อตั้งโต๊ะ", EVENT.name)
