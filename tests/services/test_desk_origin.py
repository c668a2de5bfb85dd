"""The desk's file names the server it was copied from by address, never by password."""

from __future__ import annotations

from pathlib import Path

from registration.domain.records import EventInfo
from registration.services.events import get_event
from registration.services.sync.desk_origin import (
    claim_desk_file,
    foreign_origin,
    origin_of,
    recorded_origin,
)
from registration.storage.database import Database
from registration.storage.desk_file import DeskFile

URL = "postgresql+psycopg://desk:s3cret@Server.Local:5433/workshop"


def test_the_origin_holds_host_port_and_database_only() -> None:
    origin = origin_of(URL, 3, "อบรม")
    assert (origin.host, origin.port, origin.database) == ("server.local", 5433, "workshop")
    assert "s3cret" not in repr(origin) and "desk" not in origin.server


def test_a_file_is_foreign_only_to_another_server(
    tmp_path: Path, db: Database, demo_event: EventInfo
) -> None:
    path = tmp_path / "desk.sqlite"
    event = get_event(db, demo_event.id)
    assert claim_desk_file(path, URL, event) is None  # a new file is this server's
    store = DeskFile(path)
    assert recorded_origin(store) == origin_of(URL, event.id, event.name)
    store.close()
    assert path.read_bytes().find(b"s3cret") == -1

    assert foreign_origin(path, "postgresql+psycopg://other@server.local:5433/workshop") is None
    assert foreign_origin(path, "postgresql+psycopg://desk@server.local/workshop") is not None
    assert foreign_origin(path, "postgresql+psycopg://desk@server.local:5433/other") is not None
