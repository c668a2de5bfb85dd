"""A log file in the user's data folder; nothing personal is ever logged.

The program's own INFO lines are kept; other libraries (Alembic's plugin list, Qt
Multimedia's backend chatter) only from WARNING up, unless ``--verbose`` asks for all.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from registration.config import data_dir
from registration.storage.files import private_file

LOG_NAME = "registration.log"
OWN_LOGGER = "registration"
QUIET_QT_CATEGORIES = "qt.multimedia*=false"


class OwnInfoOnly(logging.Filter):
    """INFO and up from the program itself; WARNING and up from everyone else."""

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + ".")
        return own or record.levelno >= logging.WARNING


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """Each new log file (the first, and after every rotation) is owner-only."""

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def install_logging(level: int = logging.INFO, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    if not verbose:
        os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_CATEGORIES)
    try:
        log_file = private_file(data_dir() / LOG_NAME, own_folder=True)  # owner-only, both
        handler: logging.Handler = PrivateLogFile(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not verbose:
        handler.addFilter(OwnInfoOnly())
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else level)
