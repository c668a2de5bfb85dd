"""Write a PDF all or nothing: a temporary file in the target folder, renamed on success.

A failed or cancelled job never leaves a half-written file under the user's name,
and an existing file of that name stays as it was until the new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.shared_files import share_like_a_new_file


def check_output_path(path: Path) -> None:
    """Refuse early, with a clear message, a path the PDF cannot be written to."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(
            "output_is_folder",
            f"{path} is a folder; give a file name ending in .pdf.",
            path=str(path),
        )
    if not folder.is_dir():
        raise UserError("no_such_folder", f"The folder {folder} does not exist.", path=str(folder))
    if not os.access(folder, os.W_OK):
        raise UserError(
            "cannot_write", f"The folder {folder} cannot be written to.", path=str(folder)
        )


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to `path`; it becomes `path` only if the block succeeds."""
    path = Path(path)
    check_output_path(path)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".part", dir=path.parent or None
        )
    except OSError as error:
        raise UserError(
            "cannot_write",
            f"Cannot write to {path.parent}: {error.strerror}.",
            path=str(path.parent),
        ) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        share_like_a_new_file(temporary)  # for sharing, not mkstemp's 0600
        os.replace(temporary, path)
    except OSError as error:
        raise EnvironmentProblem(
            "write_failed", f"Writing {path} failed: {error.strerror or error}."
        ) from error
    finally:
        temporary.unlink(missing_ok=True)
