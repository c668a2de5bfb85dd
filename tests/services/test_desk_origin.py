"""The desk's file names the server it was copied from by address, never by password."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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


LOCAL = "postgresql+psycopg://desk@127.0.0.1:5432/workshop"


@pytest.mark.parametrize(
    "retyped",
    [
        "postgresql+psycopg://desk@localhost:5432/workshop",
        "postgresql+psycopg://desk@localhost/workshop",  # the default port left out
        "postgresql://desk@127.0.0.1/workshop",  # the default driver
        "postgresql://other@LOCALHOST./workshop",
        "postgresql+psycopg://desk@[::1]:5432/workshop",
        "postgresql+psycopg://desk@[0:0:0:0:0:0:0:1]/workshop",
        "postgresql+psycopg://desk@[::ffff:127.0.0.1]/workshop",
        "postgresql+psycopg:///workshop",  # no host: the server on this computer
    ],
)
def test_one_server_named_two_ways_is_the_same_origin(tmp_path: Path, retyped: str) -> None:
    path = tmp_path / "desk.sqlite"
    event = EventInfo(3, "อบรม", "", "", date(2019, 2, 9), date(2019, 2, 10))
    claim_desk_file(path, LOCAL, event)

    assert origin_of(retyped).same_server(origin_of(LOCAL))
    assert foreign_origin(path, retyped) is None
    assert claim_desk_file(path, retyped, event) is None  # kept, not set aside
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite"] == ["desk.sqlite"]
    assert foreign_origin(path, LOCAL) is None  # and back again


@pytest.mark.parametrize(
    "other",
    [
        "postgresql+psycopg://desk@127.0.0.1:5433/workshop",  # another port
        "postgresql+psycopg://desk@localhost/other",  # another database
        "postgresql+psycopg://desk@127.0.0.2/workshop",  # another loopback address
        "postgresql+psycopg://desk@192.168.1.10/workshop",
        "postgresql+psycopg://desk@db.example/workshop",  # a name: never looked up
    ],
)
def test_another_server_on_this_computer_or_elsewhere_stays_another(other: str) -> None:
    assert not origin_of(other).same_server(origin_of(LOCAL))


def test_an_address_is_compared_in_its_one_standard_form() -> None:
    assert origin_of("postgresql://d@[FE80:0::1]/w").same_server(
        origin_of("postgresql://d@[fe80::1]/w")
    )
    assert origin_of("postgresql://d@Server.Local/w").same_server(
        origin_of("postgresql://d@server.local/w")
    )
    assert origin_of("postgresql://d@localhost/w").server == "localhost:5432/w"  # as written
