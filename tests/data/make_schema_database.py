"""Write tests/data/schema_<revision>.sqlite: the demo event with check-ins at the
current head revision. Run it once whenever a migration is added, and commit the file:
every saved database must keep upgrading cleanly (tests/storage/test_migrations.py).

    .venv/bin/python tests/data/make_schema_database.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from registration.services import checkin, demo, events, registry
from registration.storage.migrate import head_revision, open_database


def main() -> None:
    target = Path(__file__).with_name(f"schema_{head_revision()}.sqlite")
    target.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{target}")
    event = demo.load_demo_event(db, desk="Desk 1")
    first_session = events.list_sessions(db, event.id)[0]
    people = registry.list_participants(db, event.id)
    for minute, person in enumerate(people[:40]):
        at = first_session.starts_at.replace(minute=minute % 30)
        checkin.check_in(db, person.badge_code, first_session.id, "Desk 1", now=at)
    checkin.check_in(db, "NOT-A-CODE", first_session.id, "Desk 1", now=datetime(2019, 2, 9, 9))
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
