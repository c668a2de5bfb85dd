"""Imports point down only (STYLE.md): a crossing fails here, not in review."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "registration"
THIRD_PARTY_TEXT = {"pythainlp"}  # pure Thai text rules, no I/O: allowed in domain
QT = ("PySide6", "shiboken6")

# layer -> (allowed first-party layers, forbidden top-level third-party modules)
RULES: dict[str, tuple[set[str], tuple[str, ...]]] = {
    "domain": (set(), (*QT, "sqlalchemy", "alembic", "reportlab", "openpyxl")),
    "storage": ({"domain"}, QT),
    "services": ({"domain", "storage", "services"}, (*QT, "reportlab")),
    "printing": ({"domain", "printing", "resources"}, (*QT, "sqlalchemy", "alembic")),
    "jobs": ({"domain", "storage", "services", "printing", "jobs"}, QT),
    "i18n": ({"domain", "resources", "i18n"}, ("sqlalchemy", "alembic")),
    "devices": ({"domain", "devices", "resources"}, ("sqlalchemy", "alembic")),
    "ui": (
        {"services", "domain", "devices", "printing", "jobs", "i18n", "ui", "config", "resources"},
        ("sqlalchemy", "alembic"),
    ),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    allowed, forbidden = RULES[layer]
    crossings = []
    for path in layer_files(layer):
        for name in imports_of(path):
            top = name.split(".")[0]
            if top == "registration":
                part = name.split(".")[1] if "." in name else ""
                if part not in allowed | {layer}:
                    crossings.append(f"{path.relative_to(PACKAGE)} imports {name}")
            elif top in forbidden:
                crossings.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert crossings == []


def test_domain_uses_only_the_standard_library() -> None:
    import sys

    outside = {
        f"{path.name}: {name}"
        for path in layer_files("domain")
        for name in imports_of(path)
        if name.split(".")[0] not in sys.stdlib_module_names | THIRD_PARTY_TEXT | {"registration"}
    }
    assert outside == set()


def test_the_checker_sees_a_crossing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport registration.ui.desk\n")
    assert imports_of(bad) == {"PySide6.QtCore", "registration.ui.desk"}
