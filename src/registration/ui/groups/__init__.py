"""Breakout groups: group sets, automatic and hand assignment, clusters, rosters."""
