"""Compiles the Qt translations (.ts -> .qm) into the wheel; everything else is in pyproject."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("src/registration/resources/translations")


def _lrelease() -> Path:
    import PySide6  # a build requirement (pyproject [build-system])

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # a checkout compiles them on first start (registration.i18n)
        target = Path(self.build_lib) / "registration/resources/translations"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            qm = target / source.with_suffix(".qm").name
            subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithTranslations})
