"""The participant table model and its proxy, tested without a view."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import ParticipantRecord, ProvinceInfo
from registration.services.desk import ListedParticipant, listed_from_record
from registration.ui.participants.participant_filter import ParticipantFilter
from registration.ui.participants.participant_model import (
    PARTICIPANT_ROLE,
    SORT_ROLE,
    Column,
    ParticipantTableModel,
)
from registration.ui.participants.participant_proxy import ParticipantProxy

AYUTTHAYA = ProvinceInfo("TH-14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya", "central")
CHAINAT = ProvinceInfo("TH-18", "ชัยนาท", "Chai Nat", "central")


def person(
    n: int,
    first: str,
    last: str = "ทดลอง",
    nickname: str = "",
    phone: str = "",
    province: ProvinceInfo | None = AYUTTHAYA,
    status: ParticipantStatus = ParticipantStatus.REGISTERED,
) -> ListedParticipant:
    record = ParticipantRecord(
        id=n, event_id=1, badge_code=f"CODE{n:012d}", prefix="นาย", first_name=first,
        last_name=last, nickname=nickname, province=province, issue_area=None,
        role=Role.REPRESENTATIVE, organisation="", position="", phone=phone, email="", note="",
        status=status, registered_at=datetime(2019, 2, 1),
    )  # fmt: skip
    return listed_from_record(record)


@pytest.fixture
def model() -> ParticipantTableModel:
    model = ParticipantTableModel()
    model.set_participants(
        [
            person(1, "ไพศาล", nickname="ต้น", phone="0812345678"),
            person(2, "กุหลาบ", province=CHAINAT),
            person(3, "เกียรติศักดิ์", nickname="Tony"),
            person(4, "ขวัญใจ", status=ParticipantStatus.CANCELLED),
        ],
        session_ids=[10, 11],
    )
    return model


def names(proxy: ParticipantProxy) -> list[str]:
    return [proxy.participant_at(row).record.first_name for row in range(proxy.rowCount())]


def test_the_model_shows_one_row_per_participant_and_every_column(
    model: ParticipantTableModel,
) -> None:
    assert model.rowCount() == 4
    assert model.columnCount() == len(Column)
    assert model.data(model.index(0, Column.NAME)) == "นายไพศาล ทดลอง"
    assert model.data(model.index(0, Column.PHONE)) == "081-234-5678"
    assert model.data(model.index(1, Column.PROVINCE)) == "ชัยนาท"
    assert model.data(model.index(3, Column.STATUS)) == "Cancelled"
    assert model.data(model.index(2, Column.NAME), PARTICIPANT_ROLE).record.id == 3
    assert model.headerData(Column.NICKNAME, Qt.Orientation.Horizontal) == "Nickname"


def test_names_sort_in_thai_dictionary_order(model: ParticipantTableModel) -> None:
    proxy = ParticipantProxy(model)
    proxy.sort(Column.NAME)
    # เกียรติ sorts under ก (its leading vowel is skipped), ไพศาล under พ
    assert names(proxy) == ["กุหลาบ", "เกียรติศักดิ์", "ขวัญใจ", "ไพศาล"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["ไพศาล", "ขวัญใจ", "เกียรติศักดิ์", "กุหลาบ"]
    assert model.data(model.index(1, Column.NAME), SORT_ROLE) < model.data(
        model.index(2, Column.NAME), SORT_ROLE
    )


def test_filter_as_you_type_ignores_spacing_and_reads_phone_numbers(
    model: ParticipantTableModel,
) -> None:
    proxy = ParticipantProxy(model)
    proxy.set_filter(ParticipantFilter(text="ไพ ศาล"))
    assert names(proxy) == ["ไพศาล"]
    proxy.set_filter(ParticipantFilter(text="081-234"))
    assert names(proxy) == ["ไพศาล"]
    proxy.set_filter(ParticipantFilter(text="tony"))
    assert names(proxy) == ["เกียรติศักดิ์"]
    proxy.set_filter(ParticipantFilter(text="nobody"))
    assert proxy.rowCount() == 0


def test_drop_down_filters_combine(model: ParticipantTableModel) -> None:
    proxy = ParticipantProxy(model)
    proxy.set_filter(ParticipantFilter(province_code="TH-14"))
    assert sorted(names(proxy)) == sorted(["ไพศาล", "เกียรติศักดิ์", "ขวัญใจ"])
    proxy.set_filter(ParticipantFilter(province_code="TH-14", status=ParticipantStatus.CANCELLED))
    assert names(proxy) == ["ขวัญใจ"]
    proxy.set_filter(ParticipantFilter(require_text=True))
    assert proxy.rowCount() == 0


def test_checked_in_sessions_show_and_filter(qtbot: QtBot, model: ParticipantTableModel) -> None:
    proxy = ParticipantProxy(model)
    proxy.set_filter(ParticipantFilter(checked_in_to=11))
    assert proxy.rowCount() == 0
    with qtbot.waitSignal(model.dataChanged):
        model.set_checked_in(2, 11, True)
    assert model.data(model.index(1, Column.SESSIONS)) == "2"
    proxy.refresh()
    assert names(proxy) == ["กุหลาบ"]
    model.set_checked_in(2, 11, False)
    assert model.data(model.index(1, Column.SESSIONS)) == ""


def test_an_edited_participant_keeps_its_check_ins_and_a_new_one_is_appended(
    model: ParticipantTableModel,
) -> None:
    proxy = ParticipantProxy(model)
    proxy.sort(Column.NAME)
    model.set_checked_in(1, 10, True)
    model.upsert(person(1, "ไพศาลี"))
    assert model.participants()[0].sessions == {10}
    model.upsert(person(5, "กมล"))
    assert model.rowCount() == 5
    assert names(proxy)[0] == "กมล"  # the proxy re-sorts what was added


def test_a_painted_cell_gets_its_text_and_a_cancelled_person_is_greyed(
    qtbot: QtBot, model: ParticipantTableModel
) -> None:
    """What the view's delegate reads per cell (through the proxy's multiData)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    proxy = ParticipantProxy(model)
    proxy.sort(Column.NAME)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    delegate = view.itemDelegate()

    def painted(row: int, column: Column) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, proxy.index(row, column))
        return option

    rows = {painted(row, Column.NAME).text: row for row in range(proxy.rowCount())}
    assert set(rows) == {"นายไพศาล ทดลอง", "นายกุหลาบ ทดลอง", "นายเกียรติศักดิ์ ทดลอง", "นายขวัญใจ ทดลอง"}
    cancelled = painted(rows["นายขวัญใจ ทดลอง"], Column.STATUS)
    registered = painted(rows["นายไพศาล ทดลอง"], Column.STATUS)
    assert cancelled.palette.color(QPalette.ColorRole.Text).name() == "#888888"
    assert registered.palette.color(QPalette.ColorRole.Text).name() != "#888888"
    assert painted(rows["นายไพศาล ทดลอง"], Column.NICKNAME).text == "ต้น"
    flags = proxy.flags(proxy.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_typing_on_keeps_the_sorted_order_and_sees_edits(model: ParticipantTableModel) -> None:
    """The proxy keeps each row's search text and the sorted order between keystrokes;
    an edit, an addition or a check-in must still be seen by the next keystroke."""
    proxy = ParticipantProxy(model)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    for typed in ("ท", "ทด", "ทดล"):
        proxy.set_filter(ParticipantFilter(text=typed))
        assert names(proxy) == ["ไพศาล", "ขวัญใจ", "เกียรติศักดิ์", "กุหลาบ"]

    model.upsert(person(2, "กุหลาบ", last="ใจเย็น"))  # no longer matches ทดล
    model.upsert(person(5, "จันทร์"))  # a new one that does
    proxy.set_filter(ParticipantFilter(text="ทดลอ"))
    assert names(proxy) == ["ไพศาล", "จันทร์", "ขวัญใจ", "เกียรติศักดิ์"]

    model.set_checked_in(3, 10, True)
    proxy.set_filter(ParticipantFilter(text="ทดลอง", checked_in_to=10))
    assert names(proxy) == ["เกียรติศักดิ์"]


def test_a_check_in_repaints_its_cell_and_re_sorts_only_when_sorted_by_sessions(
    qtbot: QtBot, model: ParticipantTableModel
) -> None:
    """A desk scan changes one sessions cell: it must show at once, and the sessions
    order and a session filter must see it; the name order and search texts stay."""
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    proxy = ParticipantProxy(model)
    proxy.sort(Column.NAME)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)

    def painted(row: int, column: Column) -> str:
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, proxy.index(row, column))
        return option.text

    row_of_kulab = names(proxy).index("กุหลาบ")
    assert painted(row_of_kulab, Column.SESSIONS) == ""
    texts = proxy._texts

    model.set_checked_in(2, 11, True)
    proxy.set_filter(ParticipantFilter())

    assert painted(row_of_kulab, Column.SESSIONS) == "2"
    assert proxy._texts is texts  # 100,000 search texts are not gathered again per scan
    proxy.sort(Column.SESSIONS, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "กุหลาบ"
    model.set_checked_in(1, 10, True)
    model.set_checked_in(1, 11, True)
    proxy.set_filter(ParticipantFilter())
    assert names(proxy)[:2] == ["ไพศาล", "กุหลาบ"]
    proxy.set_filter(ParticipantFilter(checked_in_to=10))
    model.set_checked_in(3, 10, True)
    proxy.set_filter(ParticipantFilter(text="ทด", checked_in_to=10))
    assert sorted(names(proxy)) == sorted(["ไพศาล", "เกียรติศักดิ์"])


def test_the_row_numbers_are_as_wide_as_qt_makes_them_without_asking_every_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QHeaderView

    from registration.ui.participants.participants_view import RowNumbers

    many = ParticipantTableModel()
    many.set_participants([person(n, f"คน{n}") for n in range(1, 1201)])
    proxy = ParticipantProxy(many)
    ours, qts = RowNumbers(), QHeaderView(Qt.Orientation.Vertical)
    for header in (ours, qts):
        qtbot.addWidget(header)
        header.setModel(proxy)
    asked: list[int] = []
    original = ParticipantProxy.headerData

    def counted(self: ParticipantProxy, *args: object) -> object:
        asked.append(1)
        return original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ParticipantProxy, "headerData", counted)
    assert ours.sizeHint().width() == qts.sizeHint().width()  # "1200" sets both widths
    proxy.set_filter(ParticipantFilter(text="คน11"))  # 1, 10-19, 100-199, 1100-1199: 112 rows
    asked.clear()
    narrower = ours.sizeHint()
    assert len(asked) < 20  # Qt alone asks four or five roles of 200 rows
    assert narrower.width() == qts.sizeHint().width()
