"""Importing the participant list organisers already have, from CSV or Excel."""

from registration.services.importing.service import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    import_participants,
    preview_import,
)

__all__ = [
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "import_participants",
    "preview_import",
]
