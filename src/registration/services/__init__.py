"""Use cases: one public call is one transaction and returns plain records."""
