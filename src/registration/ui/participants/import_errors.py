"""A damaged or oversized import file in words: which file and what is wrong with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from registration.domain.errors import UserError

TOO_BIG = (
    "file_too_big",
    "too_many_rows",
    "too_many_columns",
    "too_many_cells",
    "unpacks_too_big",
    "too_much_text",
    "too_many_parts",
)


def file_problem_text(error: UserError) -> str | None:
    """None for errors that are not about the file itself."""
    name = str(error.params.get("name", ""))
    if error.code == "damaged_file":
        return QCoreApplication.translate(
            "ImportErrors", "{name} is damaged ({problem}); nothing was imported."
        ).format(name=name, problem=error.params.get("problem", ""))
    if error.code in TOO_BIG:
        return QCoreApplication.translate(
            "ImportErrors", "{name} is too big to import ({what}); nothing was imported."
        ).format(name=name, what=error.params.get("what", ""))
    return None
