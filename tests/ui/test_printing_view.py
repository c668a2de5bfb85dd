"""The printing tab and the badge hook: preview, print through the dialog, save, log reprints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from registration.services.badges import badge_print_history
from registration.services.registry import list_participants
from registration.ui.common.context import load_context
from registration.ui.printing.badge_printer import BadgePrinter
from registration.ui.printing.pdf_preview import PdfPreviewDialog
from registration.ui.printing.printing_view import PrintingView


@pytest.fixture
def context(db, demo_event):
    return load_context(db, "Desk 3")


@pytest.fixture
def view(qtbot, context):
    widget = PrintingView(context)
    qtbot.addWidget(widget)
    return widget


def pages(path: Path) -> int:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def test_badges_of_one_province_previewed_saved_and_logged(view, context, tmp_path, monkeypatch):
    province = view.provinces[0]
    view.province.setCurrentIndex(view.province.findData(province.code))
    expected = [
        p
        for p in list_participants(context.db, context.event.id)
        if p.province and p.province.code == province.code
    ]

    view.preview_badges.click()

    assert view.preview.document.pageCount() == -(-len(expected) // 8)
    assert view.preview.caption.text() == f"{len(expected)} badge(s)"
    target = tmp_path / "badges"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.preview.save_button.click()
    assert pages(tmp_path / "badges.pdf") == view.preview.document.pageCount()
    [job] = badge_print_history(context.db, context.event.id)
    assert sorted(job.participant_ids) == sorted(p.id for p in expected)
    assert (job.desk, view.history.count()) == ("Desk 3", 1)


def test_not_printed_yet_leaves_out_what_was_printed(view, context, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    view.province.setCurrentIndex(1)  # the first of the event's provinces
    view.preview_badges.click()
    view.preview.save_button.click()
    view.province.setCurrentIndex(0)
    view.not_printed.setChecked(True)

    view.preview_badges.click()

    total = len(list_participants(context.db, context.event.id))
    printed = len(badge_print_history(context.db, context.event.id)[0].participant_ids)
    assert view.preview.caption.text() == f"{total - printed} badge(s)"


def test_only_the_events_provinces_are_offered(view) -> None:
    assert view.province.count() == 1 + 16

    view.province.setCurrentIndex(view.province.count() - 1)
    view.preview_badges.click()

    assert view.preview.document.pageCount() == 1


def test_an_unknown_code_is_a_message_and_no_preview(view, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    view.codes.setText("ABCD-EFGH-JKMN-PQRS")

    view.preview_badges.click()

    assert warned and "not a valid badge code" in warned[0].lower()
    assert not view.preview.print_button.isEnabled()


def test_a_sign_in_sheet_goes_through_the_print_dialog(view, tmp_path, monkeypatch) -> None:
    printed = tmp_path / "printer-output.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    view.preview_sheet.click()
    assert view.preview.document.pageCount() >= 1

    view.preview.print_button.click()

    assert pages(printed) == view.preview.document.pageCount()


def test_the_summary_previews(view) -> None:
    view.preview_report.click()

    assert view.preview.document.pageCount() >= 1
    assert view.preview.caption.text() == "Attendance summary"


def test_the_badge_hook_prints_a_walk_in_and_logs_it(qtbot, context, tmp_path, monkeypatch):
    person = list_participants(context.db, context.event.id)[0]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "walk-in.pdf"), "")
    )
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: dialog.preview.save_pdf())
    printer = BadgePrinter(context.db, context.event, "Desk 3", "a6")

    printer([person], None)

    assert pages(tmp_path / "walk-in.pdf") == 1
    [job] = badge_print_history(context.db, context.event.id)
    assert (job.participant_ids, job.layout) == ([person.id], "a6")


def test_badges_sent_to_a_printer_still_scan(view, context, tmp_path, monkeypatch) -> None:
    from tests.printing.pdf_tools import decoded_pages

    printed = tmp_path / "printer-output.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    province = view.provinces[0]
    view.province.setCurrentIndex(view.province.findData(province.code))
    view.preview_badges.click()

    view.preview.print_button.click()

    codes = {
        p.badge_code
        for p in list_participants(context.db, context.event.id)
        if p.province and p.province.code == province.code
    }
    assert set().union(*decoded_pages(printed)) == codes
    assert len(badge_print_history(context.db, context.event.id)) == 1


def test_the_tab_offers_every_layout_the_printing_layer_has() -> None:
    from registration.printing.layouts import DEFAULT_LAYOUT, LAYOUTS
    from registration.ui.printing import printing_view

    assert list(printing_view.LAYOUT_NAMES) == list(LAYOUTS)
    assert printing_view.DEFAULT_LAYOUT == DEFAULT_LAYOUT


def test_whole_day_sheet_and_monochrome_badges_from_the_tab(view, context) -> None:
    view.session.setCurrentIndex(0)
    view.whole_day.setChecked(True)
    view.walk_in_rows.setValue(2)

    view.preview_sheet.click()

    document = pypdfium2.PdfDocument(str(view.preview.path))
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    assert "ลงชื่อเช้า 09:00 น." in text and "ลงชื่อบ่าย 13:00 น." in text
    view.monochrome.setChecked(True)
    view.layout_choice.setCurrentIndex(view.layout_choice.findData("label-62"))
    view.codes.setText(list_participants(context.db, context.event.id)[0].badge_code)
    view.preview_badges.click()
    assert view.preview.caption.text() == "1 badge(s)"


def test_no_badges_clears_the_old_preview_so_it_cannot_be_printed(view, monkeypatch) -> None:
    view.province.setCurrentIndex(1)
    view.preview_badges.click()
    assert view.preview.print_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    view.not_printed.setChecked(True)
    view.today_only.setChecked(True)  # nobody registered today in the demo

    view.preview_badges.click()

    assert warned == ["No participants match the selection: no badges."]
    assert not view.preview.print_button.isEnabled()
    assert not view.preview.save_button.isEnabled()
    assert view.preview.document.pageCount() == 0
    assert view.preview.caption.text().startswith("Nothing to show yet")


def test_default_file_names_name_the_province_session_and_date(view, context) -> None:
    ayutthaya = next(p for p in view.provinces if p.name_en == "Phra Nakhon Si Ayutthaya")
    session = context.sessions[0]
    view.session.setCurrentIndex(view.session.findData(session.id))
    names = []
    for province in (ayutthaya, view.provinces[1]):
        view.sheet_province.setCurrentIndex(view.sheet_province.findData(province.code))
        view.preview_sheet.click()
        names.append(view.preview.suggested_name)

    assert (
        names[0] == f"signin-session-{session.id}-2019-02-09-{session.starts_at:%H%M}-"
        "phra-nakhon-si-ayutthaya.pdf"
    )
    assert names[1] != names[0]
    view.province.setCurrentIndex(view.province.findData(ayutthaya.code))
    view.preview_badges.click()
    today = f"{date.today():%Y-%m-%d}"
    assert view.preview.suggested_name == f"badges-phra-nakhon-si-ayutthaya-{today}.pdf"


def test_the_print_log_names_the_selection_and_marks_reprints(view, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    province = view.provinces[0]
    view.province.setCurrentIndex(view.province.findData(province.code))
    view.preview_badges.click()
    view.preview.save_button.click()
    view.preview.save_button.click()  # the same badges again: a reprint

    newest, first = (view.history.item(row).text() for row in range(2))
    count = view.preview.caption.text().split()[0]
    assert first.endswith(
        f" · Desk 3 · {count} badges · A4, 8 a sheet · Province {province.name_th}"
    )
    assert newest.endswith(f"Province {province.name_th} · reprint")


def test_the_print_log_reads_in_thai_in_the_thai_window(qapp, view, tmp_path, monkeypatch):
    from registration.i18n import install_translator

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.pdf"), "")
    )
    translator = install_translator(qapp, "th")
    try:
        view.province.setCurrentIndex(view.province.findData("TH-14"))
        view.preview_badges.click()
        view.preview.save_button.click()
        view.preview.save_button.click()
    finally:
        qapp.removeTranslator(translator)

    line = view.history.item(0).text()
    assert " ป้าย · A4 8 ต่อแผ่น · จังหวัดพระนครศรีอยุธยา · พิมพ์ซ้ำ" in line


def test_every_control_keeps_its_height_on_a_1366x768_laptop(qtbot, window) -> None:
    """The badges box held 11 rows: at 768 px they were squeezed to half a line each."""
    window.resize(1366, 700)
    window.tabs.setCurrentWidget(window.printing)
    qtbot.waitUntil(window.printing.isVisible)
    for control in (window.printing.layout_choice, window.printing.province,
                    window.printing.group_line, window.printing.session):  # fmt: skip
        assert control.height() >= control.minimumSizeHint().height()


def _wheel_down_over(widget) -> None:
    """One notch of the mouse wheel with the pointer over `widget`, as the system sends it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    where = QPointF(widget.rect().center())
    event = QWheelEvent(
        where,
        QPointF(widget.mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_scrolls_the_controls_past_the_boxes(qtbot, window) -> None:
    """Scrolling down the tab set the sheet's blank rows from 5 to 1 as the box passed."""
    window.resize(1366, 700)
    printing = window.printing
    window.tabs.setCurrentWidget(printing)
    qtbot.waitUntil(printing.isVisible)
    scroll = printing.controls.verticalScrollBar()
    assert scroll.maximum() > 0  # taller than the tab: it scrolls
    rows, session = printing.walk_in_rows.value(), printing.session.currentIndex()

    for box in (printing.walk_in_rows, printing.session, printing.sheet_province):
        _wheel_down_over(box)

    assert printing.walk_in_rows.value() == rows
    assert printing.session.currentIndex() == session
    assert printing.sheet_province.currentIndex() == 0
    assert scroll.value() > 0  # the panel moved instead

    printing.walk_in_rows.setFocus()  # clicked into: now the wheel is for the box
    qtbot.waitUntil(printing.walk_in_rows.hasFocus)
    _wheel_down_over(printing.walk_in_rows)
    assert printing.walk_in_rows.value() == rows - 1


def test_the_thai_printing_tab_fits_a_1366_px_window_caption_whole(qtbot, qapp, window) -> None:
    """In Thai the preview's one-line caption made the tab 1,409 px wide: cut on the right."""
    from registration.i18n import install_translator
    from registration.ui.common.fonts import install_thai_font

    translator, font = install_translator(qapp, "th"), qapp.font()
    install_thai_font(qapp)  # as the program does: Thai widths are Sarabun's
    try:
        window.resize(1366, 700)
        printing = window.printing
        window.tabs.setCurrentWidget(printing)
        printing.preview.caption.setText(
            qapp.translate("PdfPreview", "Nothing to show yet: choose what to print, then Preview.")
        )
        qtbot.waitUntil(printing.isVisible)
        qtbot.wait(100)  # the layouts settle

        assert printing.minimumSizeHint().width() <= printing.width()
        caption = printing.preview.caption
        assert caption.text().startswith("ยังไม่มีเอกสาร")
        assert caption.heightForWidth(caption.width()) <= caption.height()  # no line cut
        assert caption.fontMetrics().horizontalAdvance(caption.text()) <= 2 * caption.width()
    finally:
        qapp.removeTranslator(translator)
        qapp.setFont(font)


def test_the_walk_in_preview_fits_the_screen_with_its_buttons(qtbot, context, monkeypatch) -> None:
    """On a 768-pixel laptop the preview was 860 pixels tall: its bottom ran off the screen."""
    from PySide6.QtWidgets import QApplication

    from registration.ui.common.window_fit import TITLE_BAR

    seen: list[tuple[int, bool]] = []

    def look(dialog: PdfPreviewDialog) -> int:
        dialog.show()
        free = dialog.screen().availableGeometry()
        seen.append((dialog.height(), free.contains(dialog.geometry())))
        assert dialog.preview.print_button.isVisible()
        dialog.close()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", look)
    person = list_participants(context.db, context.event.id)[0]

    BadgePrinter(context.db, context.event, "Desk 3", "label-62")([person], None)

    free = QApplication.primaryScreen().availableGeometry()
    assert seen and seen[0][0] <= free.height() - TITLE_BAR and seen[0][1]
