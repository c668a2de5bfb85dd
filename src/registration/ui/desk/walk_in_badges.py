"""Which layout a walk-in's single badge prints on: a label or an A6 card by default, not an
A4 sheet of eight (seven of them wasted); chosen in Settings, kept with the desk's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from registration.config import Settings

SETTING = "walk_in_layout"
DEFAULT = "label-62"


def layout_names() -> dict[str, str]:
    """Layout key -> what Settings shows."""
    return {
        "label-62": QCoreApplication.translate("walk_in", "Label 100 × 62 mm"),
        "a6": QCoreApplication.translate("walk_in", "A6 card"),
        "a4-8": QCoreApplication.translate("walk_in", "A4 sheet of 8"),
    }


def walk_in_layout(settings: Settings) -> str:
    chosen = settings.extra.get(SETTING, DEFAULT)
    return chosen if chosen in layout_names() else DEFAULT


def with_walk_in_layout(settings: Settings, layout: str) -> Settings:
    return settings.with_changes(extra={**settings.extra, SETTING: layout})
