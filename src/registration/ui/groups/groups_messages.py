"""The error codes of breakout groups, rosters and the missing list, in the window's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from registration.domain.errors import EnvironmentProblem, UserError
from registration.ui.common.messages import describe_error


def group_error_text(error: UserError | EnvironmentProblem) -> str:
    texts = {
        "group_set_name_missing": QCoreApplication.translate(
            "groups", "The group set needs a name."
        ),
        "group_count_invalid": QCoreApplication.translate(
            "groups", "The number of groups must be between 1 and {maximum}."
        ),
        "group_name_missing": QCoreApplication.translate("groups", "The group needs a name."),
        "no_such_group": QCoreApplication.translate("groups", "That group no longer exists."),
        "no_such_group_set": QCoreApplication.translate(
            "groups", "That group set no longer exists."
        ),
        "group_set_empty": QCoreApplication.translate("groups", "The group set has no groups."),
        "nothing_to_undo": QCoreApplication.translate(
            "groups", "There is no assignment of this set to undo."
        ),
        "moved_since": QCoreApplication.translate(
            "groups",
            "Not put back: this person was moved again since (perhaps at another desk).",
        ),
        "participant_cancelled": QCoreApplication.translate(
            "groups", "This registration is cancelled; reinstate it first."
        ),
        "cluster_name_too_long": QCoreApplication.translate(
            "groups", "A cluster name is at most {maximum} characters."
        ),
        "group_set_missing": QCoreApplication.translate(
            "groups", "Choose or create a group set first."
        ),
        "empty_selection": QCoreApplication.translate(
            "groups", "Nobody to list: the document would be empty."
        ),
        "bad_output": QCoreApplication.translate(
            "groups", "The file {path} cannot be written: choose another place."
        ),
        "no_such_folder": QCoreApplication.translate(
            "groups",
            "The folder {path} is not there any more (removed, or a USB stick pulled out): "
            "choose another place. Nothing was written.",
        ),
        "output_is_folder": QCoreApplication.translate(
            "groups", "{path} is a folder: give the file a name."
        ),
        "cannot_write": QCoreApplication.translate(
            "groups", "This program may not write in the folder {path}: choose another place."
        ),
        "write_failed": QCoreApplication.translate(
            "groups",
            "Writing the file failed (is the disk full, or the file open in another "
            "program?). A file of that name was left as it was.",
        ),
        "bad_output_type": QCoreApplication.translate(
            "groups", "The file's name must end in .pdf, .xlsx or .csv."
        ),
        "image_missing": QCoreApplication.translate("groups", "The image {path} does not exist."),
        "image_wrong_type": QCoreApplication.translate(
            "groups", "The image {path} is not a PNG or JPEG file."
        ),
        "image_too_large": QCoreApplication.translate(
            "groups", "The image {path} is too large: use one under 5 MB and 40 megapixels."
        ),
        "image_unreadable": QCoreApplication.translate(
            "groups", "The image {path} is damaged and cannot be read."
        ),
        "too_many_signatories": QCoreApplication.translate(
            "groups", "A certificate has one or two signatories."
        ),
        "bad_rule": QCoreApplication.translate(
            "groups", "Nobody can meet this rule: check the day or the number of sessions."
        ),
    }
    params = error.params if isinstance(error, UserError) else {}
    text = texts.get(error.code)
    try:
        return text.format(**params) if text else describe_error(error)
    except KeyError:  # raised where the words' {path} is not known: the plain reason
        return describe_error(error)
