"""The certificates tab: who qualifies, ticking, live preview, numbers kept on reprint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from registration.domain.records import EventInfo
from registration.services import checkin, events, registry
from registration.services.certificates import certificate_log
from registration.storage.database import Database
from registration.ui.main_window import MainWindow
from tests.printing.pdf_tools import page_texts


@pytest.fixture
def attended(db: Database, demo_event: EventInfo) -> list:
    people = registry.list_participants(db, demo_event.id)[:4]
    for session in events.list_sessions(db, demo_event.id)[:2]:
        for person in people:
            checkin.check_in(db, person.badge_code, session.id, "Desk 1")
    return people


def test_tick_preview_and_write_with_numbers_kept(
    qtbot: QtBot,
    db: Database,
    demo_event: EventInfo,
    attended: list,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.sessions.setValue(2)
    assert view.list.count() == 4 and view.count.text() == "4 of 4 ticked"
    qtbot.waitUntil(
        lambda: view.preview.pixmap() is not None and not view.preview.pixmap().isNull()
    )
    view.list.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert view.count.text() == "3 of 4 ticked"
    view.form.issuer.setText("สถาบันพัฒนาองค์กรชุมชน")
    view.form.signers[0][0].setText("นายก ข")
    view.form.signers[0][1].setText("ผู้อำนวยการ")
    target = tmp_path / "cert.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.print_button.click()
    assert "3 certificate(s) (0 reprint(s))" in view.status.text()
    assert len(page_texts(target)) == 3
    view.list.item(3).setCheckState(Qt.CheckState.Checked)
    view.print_button.click()
    assert "4 certificate(s) (3 reprint(s))" in view.status.text()
    log = certificate_log(db, demo_event.id)
    assert [e.number for e in log] == [1, 2, 3, 4]
    assert [e.printed_count for e in log] == [2, 2, 2, 1]


def test_a_bad_logo_shows_its_reason_and_gives_no_number(
    qtbot: QtBot,
    db: Database,
    demo_event: EventInfo,
    attended: list,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + b"\0" * 64)
    view.form.logo.path.setText(str(bad))
    qtbot.waitUntil(lambda: "PNG or JPEG" in view.problem.text())
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.pdf"), "")
    )
    view.print_button.click()
    assert certificate_log(db, demo_event.id) == []


def test_picked_by_hand_lists_everyone_unticked(window: MainWindow, attended: list) -> None:
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.rule.setCurrentIndex(view.rule.findData("chosen"))
    assert view.list.count() == 136 and view.count.text() == "0 of 136 ticked"
    view.print_button.click()
    assert view.problem.text() == "Tick at least one person."


def test_the_thai_tab_fits_a_1366x768_laptop_with_every_field_whole(
    qtbot, qapp, window: MainWindow, attended: list
) -> None:
    """The preview asked for 300 px (then its picture's size): the tab needed 754-793 px of
    a 637 px page and squeezed the signatories' fields to 19 px, their text cut."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    from registration.i18n import install_translator
    from registration.ui.common.fonts import install_thai_font

    translator, font = install_translator(qapp, "th"), qapp.font()
    install_thai_font(qapp)
    try:
        window.resize(1366, 700)
        page = window.certificates
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        page.show_preview()  # a picture in the preview, as after ticking someone
        qtbot.wait(100)  # the layouts settle

        assert page.minimumSizeHint().height() <= page.height()
        squeezed = [
            edit.placeholderText() or edit.text()
            for edit in page.findChildren(QLineEdit)
            if edit.isVisible()
            and not isinstance(edit.parent(), QAbstractSpinBox)  # a spin box's own inner edit
            and edit.height() < edit.minimumSizeHint().height()
        ]
        assert squeezed == []
        assert page.preview.pixmap().height() >= 120  # the page still shows
    finally:
        qapp.removeTranslator(translator)
        qapp.setFont(font)


def test_the_thai_date_of_issue_reads_in_the_buddhist_era(
    qtbot: QtBot, qapp, demo_event: EventInfo
) -> None:
    """It showed 10/2/19: a Thai reader could not tell the year, nor that it was C.E."""
    from registration.i18n import install_translator
    from registration.ui.certificates.certificate_form import CertificateForm

    translator = install_translator(qapp, "th")
    try:
        form = CertificateForm(demo_event)
        qtbot.addWidget(form)

        assert form.given_on_reading.text() == "10 กุมภาพันธ์ 2562"
        assert form.given_on.text() == "10/02/2019 (ค.ศ.)"
        form.given_on.setFocus()
        form.given_on.setSelectedSection(form.given_on.Section.DaySection)
        qtbot.keyClick(form.given_on, Qt.Key.Key_Up)  # the next day, by the arrow key

        assert form.given_on_reading.text() == "11 กุมภาพันธ์ 2562"
        assert form.texts().given_on == "ให้ไว้ ณ วันที่ 11 เดือนกุมภาพันธ์ พุทธศักราช 2562"
    finally:
        qapp.removeTranslator(translator)


def test_writing_certificates_shows_progress_and_cancel_leaves_no_file_and_no_number(
    db: Database,
    demo_event: EventInfo,
    attended: list,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1,136 certificates take seconds: the window shows how far it got and Esc stops it;
    nothing is written and nobody is given a number."""
    from registration.printing import certificate
    from tests.ui.slow_jobs import HeldAfterFirstPage

    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.sessions.setValue(2)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "cert.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    held = HeldAfterFirstPage(monkeypatch, certificate, "_draw_page")
    held.cancel_when_the_progress_shows(view)
    assert view.write_certificates() is None
    assert held.pages < 4  # stopped before the last page
    assert list(target.parent.iterdir()) == []  # no file, no half-written one
    assert certificate_log(db, demo_event.id) == []
    assert view.problem.text() == "Cancelled: no certificate was written or numbered."

    view.print_button.click()  # again, to the end: numbered from 1
    assert "4 certificate(s) (0 reprint(s))" in view.status.text()
    assert [e.number for e in certificate_log(db, demo_event.id)] == [1, 2, 3, 4]


def test_table_name_cards_of_the_people_ticked(
    window: MainWindow, attended: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speakers' and guests' table cards from the window (they were only on the
    command line): pick them by hand, then one folded card each, names as stored."""
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.rule.setCurrentIndex(view.rule.findData("chosen"))
    picked = [view.people[0], view.people[5]]
    for row in (0, 5):
        view.list.item(row).setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.cards_button.click()
    assert view.status.text() == f"Wrote 2 table name card(s) to {target}"
    from tests.printing.pdf_tools import exact, readers

    for reader, pages in readers(target).items():  # the names read back exactly as stored
        assert len(pages) == 2, reader
        for page, person in zip(pages, picked, strict=True):
            assert exact(person.full_name) in page, reader


def test_table_name_cards_need_someone_ticked(window: MainWindow, attended: list) -> None:
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.rule.setCurrentIndex(view.rule.findData("chosen"))
    view.cards_button.click()
    assert view.problem.text() == "Tick at least one person."


def test_a_name_cut_short_or_without_its_emoji_is_named_after_writing(
    db: Database,
    demo_event: EventInfo,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The certificate is the person's document: a 200-character name was cut with "…"
    and an emoji left out, and the window said only "Wrote 2 certificate(s)"."""
    from registration.domain.enums import Role
    from registration.services.participant_input import ParticipantInput

    for first, last in (("ก" * 100, "ข" * 100), ("สมชาย😀", "ใจดี")):
        person = registry.add_participant(
            db,
            demo_event.id,
            ParticipantInput(first_name=first, last_name=last, role=Role.REPRESENTATIVE),
        )
        checkin.check_in(db, person.badge_code, events.list_sessions(db, demo_event.id)[0].id, "D")
    window.tabs.setCurrentWidget(window.certificates)
    view = window.certificates
    view.sessions.setValue(1)
    assert view.list.count() == 2
    target = tmp_path / "cert.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.print_button.click()
    assert "2 certificate(s)" in view.status.text()
    numbers = {certificate_log(db, demo_event.id)[i].number for i in (0, 1)}
    assert numbers == {1, 2}
    said = view.problem.text()
    assert said.startswith("Check these certificates") and "0001/2562" in said
    assert "0002/2562" in said
