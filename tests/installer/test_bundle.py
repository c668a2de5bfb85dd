"""Build the desk bundle from installer/registration.spec and run its self-test.

What a desk laptop gets: a folder that starts without Python installed, carries
its data files, and passes ``--self-test`` offscreen. Built once for the module
(about a minute on two cores).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from registration.selftest import STEPS

ROOT = Path(__file__).parents[2]
SPEC = ROOT / "installer" / "registration.spec"
SUFFIX = ".exe" if os.name == "nt" else ""
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    return work / "dist" / "registration"


def run_bundled(program: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run with a fresh home and data folder, as on a laptop that never ran the program."""
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("PYTHAINLP", "REG"))
    }
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "USERPROFILE": str(home)}
    env |= {"REGISTRATION_DATA_DIR": str(home / "registration-data")}
    return subprocess.run(
        [str(program), *arguments], env=env, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip


def test_bundled_program_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    result = run_bundled(bundle / f"registration{SUFFIX}", tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" (")[0] for line in lines[:-1]] == [f"  ok  {t}" for t, _ in STEPS]
    assert lines[-1].startswith("self-test ok")


def test_self_test_writes_nothing_into_the_home_folder(bundle: Path, tmp_path: Path) -> None:
    """Not the user's data folder, and not pythainlp's ~/pythainlp-data either (the command
    line program this time: the one organisers run by hand)."""
    result = run_bundled(bundle / f"registration-cli{SUFFIX}", tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    written = {path.relative_to(tmp_path).parts[:2] for path in tmp_path.rglob("*")}
    # Only the PulseAudio client behind Qt multimedia leaves its runtime link, as any program.
    assert written <= {(".config",), (".config", "pulse")}


def test_bundled_commands_work_on_a_real_database(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite"
    cli = bundle / f"registration-cli{SUFFIX}"
    loaded = run_bundled(cli, tmp_path, "--database", str(database), "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert "136 participants" in loaded.stdout
    listed = run_bundled(cli, tmp_path, "--database", str(database), "participants",
                         "--province", "อยุธยา")  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "พระนครศรีอยุธยา" in listed.stdout


def test_bundle_carries_its_data_and_only_the_word_lists_of_pythainlp(bundle: Path) -> None:
    internal = bundle / "_internal"
    package = internal / "registration"
    for shipped in (
        "resources/fonts/Sarabun-Regular.ttf",
        "resources/fonts/OFL.txt",
        "resources/icons/registration.png",
        "data/provinces.csv",
        "storage/migrations/script.py.mako",
        "storage/migrations/versions/0001_initial_schema.py",
    ):
        assert (package / shipped).is_file(), shipped
    sources = (ROOT / "src" / "registration" / "resources" / "translations").glob("*.ts")
    compiled = (package / "resources" / "translations").glob("*.qm")
    assert {qm.name for qm in compiled} == {ts.with_suffix(".qm").name for ts in sources}
    corpus = sorted(path.name for path in (internal / "pythainlp" / "corpus").iterdir())
    assert corpus == ["corpus_license.md", "stopwords_th.txt", "words_th.txt"]


def test_bundle_version_is_the_project_version(bundle: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert (bundle / "VERSION").read_text("utf-8").strip() == project["version"]
