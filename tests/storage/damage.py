"""Damage a SQLite file the way a failing disk does: garbage over one index page."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def damage_an_index(path: Path, index: str = "ix_participants_sort_key") -> None:
    """Overwrite the cells of `index`'s root page; the table's rows stay readable."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    descriptor = os.open(path, os.O_WRONLY)
    try:
        os.pwrite(descriptor, b"\x00" * 300, root * page_size - 300)
    finally:
        os.close(descriptor)
