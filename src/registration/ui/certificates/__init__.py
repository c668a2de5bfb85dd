"""Certificates of attendance: who qualifies, wording, signatories, preview."""
