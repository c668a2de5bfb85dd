"""PDF output with reportlab: badges, sign-in sheets, the attendance report.

Plain data in (domain records), PDF out; nothing here imports Qt or SQLAlchemy.
A new document builds on the same helpers, so its text reads back too:

- `document.new_canvas`: metadata (Thai title with the event, creator), embedded font
- `pdf_text.draw_text`: one shaped run whose /ActualText holds its characters
- `text_box.draw_fitted` / `draw_lines`: shrink, wrap at Thai word boundaries, keep
  stacked marks clear of the line above
- `table` (Column, layout_row, draw_row, paginate without a widow) and `sheet_pages`
  (a ruled sheet with header, totals and certifier's lines on every page set)
- `atomic.atomic_output` and `jobs.print_control`: all or nothing, progress, cancel
"""
