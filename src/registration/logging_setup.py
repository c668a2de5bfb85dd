"""A log file in the user's data folder; nothing personal is ever logged."""

from __future__ import annotations

import logging
import logging.handlers
from io import TextIOWrapper
from pathlib import Path

from registration.config import data_dir
from registration.storage.files import private_file

LOG_NAME = "registration.log"


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """Each new log file (the first, and after every rotation) is owner-only."""

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def install_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        log_file = private_file(data_dir() / LOG_NAME)  # owner-only, in an owner-only folder
        handler: logging.Handler = PrivateLogFile(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
