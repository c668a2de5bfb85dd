"""Imports point down only (STYLE.md): a crossing fails here, not in review.

Every top-level package and module of ``registration`` has a rule; a new one without a
rule fails the suite, so nothing slips past the check by living outside a layer.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "registration"
THIRD_PARTY_TEXT = {"pythainlp"}  # pure Thai text rules, no I/O: allowed in domain
QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic")
CORE = {"domain", "storage", "services", "printing", "jobs"}  # below the window

# part -> (first-party parts it may import, third-party top-level modules it must not import)
RULES: dict[str, tuple[set[str], tuple[str, ...]]] = {
    "domain": (set(), (*QT, *DATABASE, "reportlab", "openpyxl", "xlsxwriter")),
    "storage": ({"domain", "resources"}, QT),
    "services": ({"domain", "storage", "data"}, (*QT, "reportlab")),
    "printing": ({"domain", "resources"}, (*QT, *DATABASE)),
    "jobs": ({"domain", "storage", "services", "printing"}, QT),
    "i18n": ({"domain", "resources"}, DATABASE),
    "devices": ({"domain", "resources"}, DATABASE),
    "ui": (
        {"services", "domain", "devices", "printing", "jobs", "i18n", "config", "resources"},
        DATABASE,
    ),
    "cli": (
        {*CORE, "config", "devices"},
        QT,
    ),  # devices.wedge: a scan's text, cleaned as the desk does
    "config": ({"domain", "storage", "passwords"}, QT),
    "passwords": ({"domain"}, QT),
    "logging_setup": ({"config", "storage"}, QT),
    # The composition roots and the self-test put the layers together: they may use any.
    "app": ({*CORE, "ui", "i18n", "devices", "config", "logging_setup", "resources"}, ()),
    "__main__": ({"app", "cli", "selftest", "logging_setup", "config"}, ()),
    "__init__": (set(), (*QT, *DATABASE)),
    "selftest": ({"selftest_qt", "selftest_steps"}, ()),
    "selftest_qt": (
        {"app", "selftest_steps", "resources", "printing", "i18n", "devices", "config", "ui"},
        (),
    ),
    "selftest_steps": ({*CORE, "cli", "config"}, QT),
}
NOT_CODE = {"resources", "data"}  # fonts, translations, CSV files


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def parts() -> list[str]:
    """The top-level packages and modules of registration."""
    found = [p.stem for p in PACKAGE.glob("*.py")]
    found += [p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()]
    return sorted(set(found) - NOT_CODE)


def files_of(part: str) -> list[Path]:
    folder = PACKAGE / part
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{part}.py"]


def crossings(part: str) -> list[str]:
    allowed, forbidden = RULES[part]
    found = []
    for path in files_of(part):
        where = path.relative_to(PACKAGE)
        for name in sorted(imports_of(path)):
            top = name.split(".")[0]
            if top == "registration":
                target = name.split(".")[1] if "." in name else ""
                if target not in allowed | {part}:
                    found.append(
                        f"{where} imports {name}: {part} may import only "
                        f"{', '.join(sorted(allowed)) or 'the standard library'}"
                    )
            elif top in forbidden:
                found.append(f"{where} imports {name}: {part} must not import {top}")
    return found


def test_every_part_of_the_package_has_a_rule() -> None:
    assert [part for part in parts() if part not in RULES] == []


@pytest.mark.parametrize("part", parts())
def test_part_imports_only_what_it_may(part: str) -> None:
    assert part in RULES, f"{part} has no rule in RULES"
    assert crossings(part) == []


def test_domain_uses_only_the_standard_library() -> None:
    outside = {
        f"{path.name}: {name}"
        for path in files_of("domain")
        for name in imports_of(path)
        if name.split(".")[0] not in sys.stdlib_module_names | THIRD_PARTY_TEXT | {"registration"}
    }
    assert outside == set()


def test_the_checker_names_the_broken_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "domain"
    bad.mkdir()
    (bad / "bad.py").write_text("from PySide6.QtCore import QObject\nimport registration.ui.desk\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert crossings("domain") == [
        "domain/bad.py imports PySide6.QtCore: domain must not import PySide6",
        "domain/bad.py imports registration.ui.desk: domain may import only the standard library",
    ]
