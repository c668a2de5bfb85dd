"""Several desks on one database: the change feed, the offline queue and the desk link.

For the window:

- `desk_link.DeskLink(server_url, store_path, desk, event_id)` — one per desk; building
  it tries the server once (up to a few seconds when the network is down: do it in a
  worker). `check_in(code_or_participant, session_id)` returns a `DeskScanResult`
  (the usual `CheckInResult`, plus `online` and `queued`). From a worker timer:
  `changes()` about once a second (`CheckInChange` list: apply by check-in id),
  `flush()` every few seconds (sends queued scans, reconnects), `refresh()` every few
  minutes (the copy of the list used offline). `status()` gives `online`, how many
  scans wait, the last problem and when the list was copied.
- `feed.feed_start(db)` / `feed.changes_since(db, event_id, cursor)` — the same feed
  without the link (one Database, SQLite or PostgreSQL); `feed.feed_update(...)` adds the
  participants added, edited, cancelled or reinstated, and the desks that imported a list.
"""
