"""The participant list: table, filters, add / edit / cancel, import wizard."""
