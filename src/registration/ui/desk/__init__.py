"""The check-in desk: scan field, result panel, name matches, undo, walk-ins, counters."""
