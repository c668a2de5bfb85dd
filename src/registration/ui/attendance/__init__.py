"""The attendance tab: counts per session by province or issue area, exports."""
