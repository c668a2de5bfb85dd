"""Print jobs the command line and the window share: choose who, write the PDF, record it.

No Qt here: the window adds only progress, preview and dialogs around these calls.
"""
