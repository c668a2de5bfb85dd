"""The database handle every service takes.

The window holds one and hands it back to the services with each call; it never opens a
session or reads a table itself, so the ui layer imports this module, not storage.
"""

from __future__ import annotations

from registration.storage.database import Database

__all__ = ["Database"]
