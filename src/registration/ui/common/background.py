"""Run a long job (a big print, an export) off the GUI thread behind a progress dialog.

The caller gets the job's result as if it were a plain call, while the window keeps
painting and the user can cancel; a user or environment error becomes a message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.progress import JobCancelled
from registration.ui.common.freed_memory import give_back_freed_memory
from registration.ui.common.messages import describe_error
from registration.ui.common.workers import Job, Worker, start

SHOW_AFTER_MS = 400  # quick jobs never flash a dialog


def run_with_progress(parent: QWidget | None, title: str, job: Job) -> Any | None:
    """The job's result, or None when it was cancelled or failed (the user was told)."""
    cancel = QCoreApplication.translate("run_with_progress", "Cancel")
    progress = QProgressDialog(title, cancel, 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    worker = Worker(job)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def advanced(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finished(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: Exception) -> None:
        outcome["error"] = error
        loop.quit()

    worker.signals.progress.connect(advanced)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    progress.canceled.connect(worker.cancel)
    start(worker)
    loop.exec()
    give_back_freed_memory()  # what the job freed, before the window grows by it for good
    progress.reset()
    progress.close()
    progress.deleteLater()
    if parent is not None:  # back to the window, so the desk's next scan is not lost
        parent.window().activateWindow()
    error = outcome.get("error")
    if isinstance(error, UserError | EnvironmentProblem):
        if not isinstance(error, JobCancelled):  # the user knows: nothing to tell
            QMessageBox.warning(parent, title, describe_error(error))
        return None
    if error is not None:
        raise error  # a bug: the excepthook logs it and shows the crash dialog
    return outcome.get("result")
