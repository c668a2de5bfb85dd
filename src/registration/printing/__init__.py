"""PDF output with reportlab: badges, sign-in sheets, the attendance report.

Plain data in (domain records), PDF out. Every Thai string is shaped with
HarfBuzz and wrapped at word boundaries; nothing here imports Qt or SQLAlchemy.
"""
