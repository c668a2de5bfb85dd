"""Turning the rows of an import file into participants, naming every problem by row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from registration.domain.enums import Role
from registration.domain.names import split_full_name, split_prefix
from registration.domain.records import IssueAreaInfo, ProvinceInfo
from registration.services.importing.columns import Mapping
from registration.services.importing.reading import ImportTable
from registration.services.importing.resolving import (
    ROLE_OF_AREA_KEY,
    IssueAreaResolver,
    ProvinceResolver,
    Resolved,
    resolve_role,
)
from registration.services.participant_input import ParticipantInput, check_participant_input
from registration.services.registry import duplicate_key

Fields = dict[str, str]  # field -> the row's text for it, stripped
MAX_CELL = 2000


@dataclass(frozen=True)
class RowProblem:
    """One problem: spreadsheet row number (header = 1), the column's header, a stable code."""

    row: int
    column: str
    code: str
    message: str
    suggestion: str = ""


@dataclass
class ValidationReport:
    valid: list[tuple[int, ParticipantInput]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def invalid_rows(self) -> set[int]:
        return {p.row for p in self.problems}


@dataclass(frozen=True)
class ImportContext:
    provinces: list[ProvinceInfo]
    issue_areas: list[IssueAreaInfo]
    existing_keys: dict[str, str]  # duplicate key -> the existing person's badge code


def validate_rows(
    table: ImportTable,
    mapping: Mapping,
    context: ImportContext,
    progress: Callable[[int, int], None] | None = None,
) -> ValidationReport:
    report = ValidationReport()
    if "first_name" not in mapping and "full_name" not in mapping:
        report.problems.append(
            RowProblem(
                1, "", "no_name_column", "No name column found (ชื่อ / ชื่อ-สกุล / first_name / name)."
            )
        )
        return report
    checker = _RowChecker(table, mapping, context)
    seen: dict[str, int] = {}
    for offset, cells in enumerate(table.rows):
        row = table.first_row_number + offset
        if progress and offset % 500 == 0:
            progress(offset, len(table.rows))
        fields = checker.fields_of(cells)
        if not any(fields.values()):
            report.blank_rows += 1  # blank, or only a running number in an unmapped column
            continue
        data, problems = checker.check(row, fields)
        if data is not None and not problems:
            key = duplicate_key(data.first_name, data.last_name, data.phone)
            if key in seen:
                problems.append(
                    checker.problem(
                        row,
                        "full_name" if "full_name" in mapping else "first_name",
                        "duplicate_in_file",
                        f"Same name and phone as row {seen[key]}.",
                    )
                )
            elif key in context.existing_keys:
                problems.append(
                    checker.problem(
                        row,
                        "full_name" if "full_name" in mapping else "first_name",
                        "duplicate_person",
                        f"Already registered (badge {context.existing_keys[key]}).",
                    )
                )
            else:
                seen[key] = row
        if problems:
            report.problems.extend(problems)
        elif data is not None:
            report.valid.append((row, data))
    return report


class _RowChecker:
    def __init__(self, table: ImportTable, mapping: Mapping, context: ImportContext) -> None:
        self.headers = table.headers
        self.mapping = mapping
        self.provinces = ProvinceResolver(context.provinces)
        self.areas = IssueAreaResolver(context.issue_areas)
        # A file names a few provinces, areas and roles thousands of times: each text is
        # resolved once.
        self._province_of: dict[str, Resolved[ProvinceInfo]] = {}
        self._area_of: dict[str, Resolved[IssueAreaInfo]] = {}
        self._role_of: dict[str, Role | None] = {}

    def problem(
        self, row: int, field_name: str, code: str, message: str, suggestion: str = ""
    ) -> RowProblem:
        index = self.mapping.get(field_name)
        column = self.headers[index] if index is not None and index < len(self.headers) else ""
        return RowProblem(row, column or field_name, code, message, suggestion)

    def fields_of(self, cells: list[str]) -> Fields:
        """The row's text per mapped field, stripped (a short row lacks its last cells)."""
        return {
            name: cells[index].strip() if index < len(cells) else ""
            for name, index in self.mapping.items()
        }

    def check(self, row: int, cells: Fields) -> tuple[ParticipantInput | None, list[RowProblem]]:
        problems = [
            self.problem(row, name, "too_long", f"The cell holds {len(text)} characters.")
            for name, text in cells.items()
            if len(text) > MAX_CELL
        ]
        if problems:
            return None, problems
        prefix, first, last = self._name(cells)
        province_code = self._province(row, cells, problems)
        area, role = self._issue_area_and_role(row, cells, problems)
        phone_text = cells.get("phone", "")
        data = ParticipantInput(
            prefix=prefix,
            first_name=first,
            last_name=last,
            nickname=cells.get("nickname", ""),
            province_code=province_code,
            issue_area_id=area.id if area else None,
            role=role,
            organisation=cells.get("organisation", ""),
            position=cells.get("position", ""),
            phone=phone_text,
            email=cells.get("email", ""),
            note=cells.get("note", ""),
        )
        for field_problem in check_participant_input(data):
            name = field_problem.field
            if name in ("first_name", "last_name", "prefix") and "full_name" in self.mapping:
                name = "full_name"
            problems.append(self.problem(row, name, field_problem.code, field_problem.message))
        return data.cleaned(), problems

    def _name(self, cells: Fields) -> tuple[str, str, str]:
        prefix = cells.get("prefix", "")
        if "first_name" in self.mapping:
            first = cells.get("first_name", "")
            last = cells.get("last_name", "")
            if not prefix:
                prefix, first = split_prefix(first)
            if first and not last and " " in first:
                first, _, last = first.partition(" ")
            return prefix, first, last
        parts = split_full_name(cells.get("full_name", ""))
        return prefix or parts.prefix, parts.first_name, parts.last_name

    def _province(self, row: int, cells: Fields, problems: list[RowProblem]) -> str | None:
        text = cells.get("province", "")
        if not text:
            return None
        resolved = self._province_of.get(text)
        if resolved is None:
            resolved = self._province_of[text] = self.provinces.resolve(text)
        if resolved.value:
            return resolved.value.code
        hint = f" Did you mean {resolved.suggestion}?" if resolved.suggestion else ""
        problems.append(
            self.problem(
                row,
                "province",
                "unknown_province",
                f"Unknown province '{text}'.{hint}",
                resolved.suggestion,
            )
        )
        return None

    def _issue_area_and_role(
        self, row: int, cells: Fields, problems: list[RowProblem]
    ) -> tuple[IssueAreaInfo | None, Role]:
        area = None
        text = cells.get("issue_area", "")
        if text:
            resolved = self._area_of.get(text)
            if resolved is None:
                resolved = self._area_of[text] = self.areas.resolve(text)
            area = resolved.value
            if area is None:
                hint = f" Did you mean {resolved.suggestion}?" if resolved.suggestion else ""
                problems.append(
                    self.problem(
                        row,
                        "issue_area",
                        "unknown_issue_area",
                        f"Unknown issue area '{text}'.{hint}",
                        resolved.suggestion,
                    )
                )
        role = ROLE_OF_AREA_KEY.get(area.key, Role.REPRESENTATIVE) if area else Role.REPRESENTATIVE
        role_text = cells.get("role", "")
        if role_text:
            if role_text not in self._role_of:
                self._role_of[role_text] = resolve_role(role_text)
            found = self._role_of[role_text]
            if found is None:
                problems.append(
                    self.problem(row, "role", "unknown_role", f"Unknown role '{role_text}'.")
                )
            else:
                role = found
        return area, role
