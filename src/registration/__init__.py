"""Registration desk: participants, badges, sign-in sheets and check-in for workshops."""

__version__ = "0.1.0"
