"""Who is still missing at the current session: a live call list."""
