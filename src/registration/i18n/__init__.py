"""Thai and English: which language to show, and Qt's translator for it.

The English source strings live in the code (`self.tr`, `QCoreApplication.translate`);
Thai lives in `resources/translations/registration_th.ts`. The compiled `.qm` is made
by the build (setup.py runs Qt's lrelease); a checkout without it compiles one into the
user's cache folder on first start.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from registration.resources import RESOURCES

log = logging.getLogger(__name__)
LANGUAGES = ("th", "en")
SOURCE_LANGUAGE = "en"
TRANSLATIONS = RESOURCES / "translations"
_shown: list[str] = [SOURCE_LANGUAGE]  # the language the window was started in


def current_language() -> str:
    """ "th" or "en": what the window shows, for dates (Buddhist Era in Thai) and the like."""
    return _shown[-1]


def choose_language(setting: str, system_locale: str | None = None) -> str:
    """The setting if it names a language we have, else Thai on a Thai system, else English."""
    if setting in LANGUAGES:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    return "th" if name.lower().startswith("th") else "en"


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"registration_{language}.ts"


def lrelease() -> Path:
    """Qt's translation compiler, shipped inside PySide6-Essentials."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compile_ts(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(lrelease()), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def qm_file(language: str) -> Path | None:
    """The compiled translation: shipped by the build, or compiled now from the .ts."""
    shipped = ts_file(language).with_suffix(".qm")
    if shipped.exists():
        return shipped
    source = ts_file(language)
    if not source.exists():
        return None
    # Named by the source's content: two checkouts or versions on one computer share the
    # cache folder, and an older .ts must never load a newer one's (or the reverse) .qm.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = (
        Path(platformdirs.user_cache_dir("registration", False)) / f"{shipped.stem}-{digest}.qm"
    )
    if cached.exists():
        return cached
    try:
        return compile_ts(source, cached)
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("could not compile %s: %s", source.name, error)
        return None


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for `language` (none for the English source strings)."""
    if language == SOURCE_LANGUAGE:
        _shown.append(SOURCE_LANGUAGE)
        return None
    path = qm_file(language)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("no %s translation found; showing English", language)
        return None
    app.installTranslator(translator)
    _shown.append(language)
    return translator
