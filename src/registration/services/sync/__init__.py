"""Several desks on one database: the change feed, the offline queue and the desk link.

For the window:

- `desk_link.DeskLink(server_url, store_path, desk, event_id)` — one per desk; building
  it waits at most `first_wait` seconds (4) for the server. No call waits for the
  server without limit: `check_in(code_or_participant, session_id)` returns within about
  50 ms with a `DeskScanResult` (the usual `CheckInResult`, plus `online`, `queued` and
  `confirmed`: False means "checked in here, not yet confirmed by the server").
  `anyway` (a group room's "count anyway") goes with the scan: the server's audit entry is
  written with the check-in, or when the queued scan is sent.
  `annul(scan_id, reason)` undoes one of the desk's scans by `DeskScanResult.scan_id`,
  whether it is queued, sent or was answered online (`undo.UndoResult`).
  From a worker timer about once a second: `flush()` (sends queued undos and scans,
  reconnects) then `changes()` (other desks' check-ins, also written to the desk's copy);
  `refresh()` every few minutes (the copy of the list used offline). `status()` gives
  online, scans and undos waiting, the last problem, since when offline, and when the
  list was copied; `take_conflicts()` the offline check-ins that met another desk's.
- `feed.feed_start(db)` / `feed.changes_since(db, event_id, cursor)` — the same feed
  without the link (one Database, SQLite or PostgreSQL); `feed.feed_update(...)` adds the
  participants added, edited, cancelled or reinstated, and the desks that imported a list.
"""
