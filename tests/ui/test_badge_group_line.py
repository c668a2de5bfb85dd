"""The printing tab's group line: a set made in the groups tab appears in the choice, and
the previewed badges then carry "กลุ่ม 3 · ห้อง 204"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from registration.services.groups import create_group_set
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import assign_groups
from registration.ui.common.context import load_context
from registration.ui.printing.printing_view import PrintingView
from tests.printing.pdf_tools import pdfium_texts


def test_a_set_made_after_the_tab_opened_can_be_chosen_and_is_printed(
    qtbot: QtBot, db, demo_event
) -> None:
    context = load_context(db, "Desk 3")
    view = PrintingView(context)
    qtbot.addWidget(view)
    assert view.group_line.count() == 1 and view.group_line.set_id() is None
    made = create_group_set(db, demo_event.id, "กลุ่มย่อย บ่าย", 3, rooms=["204"])
    assign_groups(db, made.id, AssignMode.MIXED)
    view.group_line.reload()  # what opening its list does
    view.group_line.setCurrentIndex(view.group_line.findData(made.id))
    province = view.provinces[0]
    view.province.setCurrentIndex(view.province.findData(province.code))

    view.preview_badges.click()

    assert view.preview.path is not None
    text = "".join("".join(page.split()) for page in pdfium_texts(view.preview.path))
    assert text.count("กลุ่ม") == 7  # one line on each badge of the province
