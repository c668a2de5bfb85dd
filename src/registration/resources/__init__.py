"""Files shipped inside the package: fonts (Sarabun, OFL-1.1), sounds, icons, translations.

Found next to this module, so the same code works from a checkout, a wheel and a
PyInstaller bundle (which keeps the package's data files beside its modules).
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def resource_path(kind: str, name: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("fonts", "Sarabun-Regular.ttf")``."""
    return RESOURCES / kind / name
