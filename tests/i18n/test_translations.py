"""The Thai translation: complete, faithful to the English, in step with the code, and loaded."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QWizard

import registration
from registration.i18n import choose_language, compile_ts, install_translator, qm_file, ts_file

PACKAGE = Path(registration.__file__).parent
THAI_LETTER = re.compile(r"[\u0e01-\u0e5b]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: {message.findtext('source')!r}"
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    translation.text or "",
                    translation.get("type") not in {"unfinished", "vanished", "obsolete"},
                )
            )
    return messages


THAI = read_messages(ts_file("th"))


def thai(context: str, source: str) -> str:
    """The translation the .ts holds, so the runtime checks follow the file."""
    return next(m.translation for m in THAI if (m.context, m.source) == (context, source))


def failures(check: Callable[[Message], bool]) -> list[str]:
    return [f"{m.context}: {m.source!r} -> {m.translation!r}" for m in THAI if not check(m)]


# -- the file itself -----------------------------------------------------------------------


def test_there_is_a_thai_file_with_the_window_in_it() -> None:
    contexts = {m.context for m in THAI}
    assert {"messages", "MainWindow", "DeskView", "SettingsDialog"} <= contexts
    assert len(THAI) > 200


def test_every_message_has_a_finished_thai_translation() -> None:
    def translated(m: Message) -> bool:
        if not m.source.strip():  # an empty header label stays empty
            return m.finished
        return m.finished and bool(THAI_LETTER.search(m.translation))

    assert failures(translated) == []


def test_translations_keep_the_placeholders() -> None:
    def same(m: Message) -> bool:
        return Counter(PLACEHOLDER.findall(m.source)) == Counter(PLACEHOLDER.findall(m.translation))

    assert failures(same) == []


def test_translations_keep_the_shortcut_letter() -> None:
    def same(m: Message) -> bool:
        source = [letter.lower() for letter in MNEMONIC.findall(m.source)]
        return source == [letter.lower() for letter in MNEMONIC.findall(m.translation)]

    assert failures(same) == []


def test_translations_keep_ellipsis_colon_line_breaks_and_file_patterns() -> None:
    def same(m: Message) -> bool:
        endings = [end for end in ("…", ":") if m.source.endswith(end)]
        return (
            all(m.translation.endswith(end) for end in endings)
            and m.source.count("\n") == m.translation.count("\n")
            and re.findall(r"\*\.\w+", m.source) == re.findall(r"\*\.\w+", m.translation)
        )

    assert failures(same) == []


# -- in step with the code ------------------------------------------------------------------


def translated_modules() -> list[Path]:
    folders = ("ui", "devices", "i18n")
    return [
        *(path for folder in folders for path in sorted((PACKAGE / folder).rglob("*.py"))),
        PACKAGE / "app.py",
    ]


def lupdate() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")


def test_every_string_in_the_code_has_a_thai_translation(tmp_path: Path) -> None:
    found = tmp_path / "found.ts"
    subprocess.run(
        [
            str(lupdate()),
            *map(str, translated_modules()),
            "-ts",
            str(found),
            "-target-language",
            "th_TH",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
        capture_output=True,
    )
    in_code = {(m.context, m.source) for m in read_messages(found)}
    assert in_code, "lupdate found no strings at all: is the ui package there?"
    missing = sorted(in_code - {(m.context, m.source) for m in THAI})
    assert missing == [], "strings without Thai (run lupdate, then translate): " + "; ".join(
        f"{context}: {source!r}" for context, source in missing
    )


def test_no_module_hides_its_strings_from_lupdate() -> None:
    """lupdate reads only tr/translate calls; a `_tr("…")` helper keeps its strings English."""
    hidden = [
        f"{path.name}:{node.lineno}"
        for path in translated_modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"
    ]
    advice = "spell these out as QCoreApplication.translate(context, text): "
    assert hidden == [], advice + ", ".join(hidden)


# -- loaded at run time ----------------------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user cache, where a checkout compiles its .qm, kept in the test's folder."""
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *args, **kwargs: str(tmp_path))
    return tmp_path


@pytest.fixture
def thai_app(qapp: QCoreApplication, cache: Path) -> Iterator[QTranslator]:
    translator = install_translator(qapp, "th")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


def test_the_compiled_file_loads(tmp_path: Path) -> None:
    qm = compile_ts(ts_file("th"), tmp_path / "registration_th.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    source = "Already checked in at {time} by {desk}"
    assert translator.translate("messages", source) == thai("messages", source)


def test_the_window_speaks_thai_with_the_translator(qapp: QCoreApplication, cache: Path) -> None:
    source = "Checked in"
    translator = install_translator(qapp, "th")
    assert translator is not None
    try:
        shown = QCoreApplication.translate("messages", source)
        assert shown == thai("messages", source) and THAI_LETTER.search(shown)
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("messages", source) == source


def test_english_needs_no_translator(qapp: QCoreApplication, cache: Path) -> None:
    assert install_translator(qapp, "en") is None
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_checkout_compiles_the_thai_file_once_into_the_cache(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import registration.i18n

    checkout = tmp_path / "checkout"  # a source tree: the .ts and no .qm from a build
    checkout.mkdir()
    shutil.copy(ts_file("th"), checkout / ts_file("th").name)
    monkeypatch.setattr(registration.i18n, "TRANSLATIONS", checkout)

    first = qm_file("th")
    assert first is not None and first.parent == cache
    compiled_at = first.stat().st_mtime_ns
    assert qm_file("th") == first and first.stat().st_mtime_ns == compiled_at
    assert qm_file("xx") is None


def test_the_server_hint_clears_in_thai_too(qtbot, thai_app: QTranslator) -> None:
    """The hint for a server URL shows in Thai and goes once the embedded database is chosen."""
    from registration.config import Settings
    from registration.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(desk="จุด 1"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == thai("SettingsDialog", "Settings")
    dialog.server.setChecked(True)
    qtbot.keyClicks(dialog.url, "192.168.1.10")
    hint = thai("SettingsDialog", "A server URL looks like {example}.")
    assert dialog.connection_result.text() == hint.format(
        example="postgresql+psycopg://desk@192.168.1.10/registration"
    )

    dialog.embedded.setChecked(True)

    assert dialog.connection_result.text() == ""


def test_the_desk_says_in_thai_that_there_is_no_camera(
    thai_app: QTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    from registration.devices.camera import camera_problem

    monkeypatch.setattr(QMediaDevices, "videoInputs", staticmethod(lambda: []))
    problem = camera_problem()
    assert problem == thai("camera", "no camera found") and THAI_LETTER.search(problem)


def test_qt_own_buttons_speak_thai_too(qtbot, thai_app: QTranslator) -> None:
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel)
    wizard = QWizard()
    qtbot.addWidget(box)
    qtbot.addWidget(wizard)

    assert box.button(buttons.Ok).text() == thai("QPlatformTheme", "OK")
    assert box.button(buttons.Cancel).text() == thai("QPlatformTheme", "Cancel")
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == thai("QWizard", "< &Back")
    assert THAI_LETTER.search(wizard.buttonText(QWizard.WizardButton.NextButton))


# -- which language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("th", "en_US", "th"),
        ("en", "th_TH", "en"),
        ("", "th_TH", "th"),
        ("", "en_US", "en"),
        ("", "C", "en"),
        ("fr", "th_TH", "th"),
    ],
)
def test_choose_language(setting: str, system: str, expected: str) -> None:
    assert choose_language(setting, system) == expected


def test_two_checkouts_sharing_the_cache_each_load_their_own_translation(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer .ts elsewhere on the computer (another version) does not shadow this one."""
    import registration.i18n

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder, word in ((ours, "ของเรา"), (theirs, "ของเขา")):
        folder.mkdir()
        text = ts_file("th").read_text(encoding="utf-8")
        (folder / ts_file("th").name).write_text(
            text.replace("<translation>ตกลง</translation>", f"<translation>{word}</translation>"),
            encoding="utf-8",
        )
    monkeypatch.setattr(registration.i18n, "TRANSLATIONS", ours)
    mine = qm_file("th")
    monkeypatch.setattr(registration.i18n, "TRANSLATIONS", theirs)
    other = qm_file("th")
    monkeypatch.setattr(registration.i18n, "TRANSLATIONS", ours)

    assert qm_file("th") == mine != other
    translator = QTranslator()
    assert mine is not None and translator.load(str(mine))
    assert translator.translate("QPlatformTheme", "OK") == "ของเรา"
