"""Attendance as rows of a table: a group (province or issue area) × sessions, with totals.

Plain Python, so the numbers are tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from registration.domain.records import IssueAreaInfo, ProvinceInfo, SessionInfo
from registration.domain.thai_text import thai_sort_key
from registration.services.attendance import AttendanceCounts


class GroupBy(StrEnum):
    PROVINCE = "province"
    ISSUE_AREA = "issue_area"


@dataclass(frozen=True)
class AttendanceRow:
    label: str
    expected: int
    checked_in: list[int]  # one per session, in session order
    is_total: bool = False

    def share(self, column: int) -> float | None:
        """Share of the expected people checked in, or None when nobody is expected."""
        return self.checked_in[column] / self.expected if self.expected else None


def attendance_rows(
    counts: AttendanceCounts,
    sessions: list[SessionInfo],
    group_by: GroupBy,
    provinces: list[ProvinceInfo],
    issue_areas: list[IssueAreaInfo],
    unassigned: str,
    total: str,
) -> list[AttendanceRow]:
    """One row per group that has anyone expected or checked in, Thai order, then a total."""
    if group_by is GroupBy.PROVINCE:
        names: dict[object, str] = {p.code: p.name_th for p in provinces}
        index = 0
    else:
        names = {a.id: a.name_th for a in issue_areas}
        index = 1
    keys = {key[index] for key in counts.expected} | {key[index + 1] for key in counts.checked_in}
    rows = []
    for key in keys:
        expected = sum(n for k, n in counts.expected.items() if k[index] == key)
        checked = [
            sum(n for k, n in counts.checked_in.items() if k[0] == s.id and k[index + 1] == key)
            for s in sessions
        ]
        rows.append(
            AttendanceRow(names.get(key, unassigned) if key else unassigned, expected, checked)
        )
    rows.sort(key=lambda r: (r.label == unassigned, thai_sort_key(r.label)))
    rows.append(
        AttendanceRow(
            total,
            counts.expected_total,
            [counts.session_total(s.id) for s in sessions],
            is_total=True,
        )
    )
    return rows
