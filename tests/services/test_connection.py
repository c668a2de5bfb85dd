"""'Test connection' tells a working database from a missing server or a bad URL."""

from __future__ import annotations

import socket

import pytest

from registration.domain.errors import UserError
from registration.services.connection import check_connection


def test_the_open_database_is_ready(db, db_url) -> None:
    assert check_connection(db_url).code == "ready"


def test_a_new_file_is_fine_and_is_not_created(tmp_path) -> None:
    report = check_connection(f"sqlite:///{tmp_path / 'new.sqlite'}")

    assert (report.ok, report.code) == (True, "empty")
    assert not (tmp_path / "new.sqlite").exists()


def test_a_server_that_is_not_there_is_unreachable() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = check_connection(f"postgresql+psycopg://desk@127.0.0.1:{port}/registration")

    assert (report.ok, report.code) == (False, "unreachable")
    assert report.detail


def test_a_bad_url_is_said_plainly() -> None:
    with pytest.raises(UserError) as refused:
        check_connection("not a url")

    assert refused.value.code == "bad_database_url"


def test_an_unknown_kind_of_database_names_the_missing_driver() -> None:
    report = check_connection("nosuchdb://desk@server/registration")

    assert (report.ok, report.code) == (False, "no_driver")
