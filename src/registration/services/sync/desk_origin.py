"""Which server and event the desk's own file was copied from.

The desk's file holds a copy of one server's participant list and the scans waiting
for that server. It records the server (host, port and database; never the password)
and the event, so that a desk pointed at another server neither opens that copy as
the new server's while it is away nor sends the old server's scans to the new one:
the old file is set aside, whole, and a new one begun.

A server is its address, not how the settings spell it: the driver (`postgresql://` or
`postgresql+psycopg://`), the default port written or left out, and this computer's
loopback address as `localhost`, `127.0.0.1` or `::1` do not make another server. Other
names are compared as written: they are never looked up on the network.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from registration.domain.records import EventInfo
from registration.storage.desk_file import DeskFile
from registration.storage.files import private_file

log = logging.getLogger(__name__)
FACT = "copied_from"


@dataclass(frozen=True)
class CopyOrigin:
    host: str
    port: int
    database: str
    event_id: int
    event_name: str

    @property
    def server(self) -> str:
        """host:port/database, as the desk names the server to its staff."""
        return f"{self.host}:{self.port}/{self.database}"

    def same_server(self, other: CopyOrigin) -> bool:
        """One server, however its address was written (`localhost` or `127.0.0.1`…)."""
        return self.server_key == other.server_key

    @property
    def server_key(self) -> tuple[str, int, str]:
        return compared_host(self.host), self.port, self.database


LOOPBACK = "localhost"
_LOOPBACK_ADDRESSES = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))


def compared_host(host: str) -> str:
    """The host as origins compare it: every spelling of this computer's loopback address
    (and no host at all: the local socket) is "localhost"; an IP address in its standard
    form; any other name as written, case aside (never looked up on the network)."""
    name = host.strip().lower().removeprefix("[").removesuffix("]").removesuffix(".")
    if name in ("", LOOPBACK):
        return LOOPBACK
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return name
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return LOOPBACK if address in _LOOPBACK_ADDRESSES else address.compressed


def origin_of(url: str, event_id: int = 0, event_name: str = "") -> CopyOrigin:
    """The server a URL points at (the address as written: no password, no user)."""
    parsed = make_url(url)
    host = (parsed.host or "localhost").lower()
    return CopyOrigin(host, parsed.port or 5432, parsed.database or "", event_id, event_name)


def recorded_origin(store: DeskFile) -> CopyOrigin | None:
    """What the file was copied from; None for a file from before this was recorded."""
    text = store.fact(FACT)
    return CopyOrigin(**json.loads(text)) if text else None


def record_origin(store: DeskFile, origin: CopyOrigin) -> None:
    store.save_fact(FACT, json.dumps(asdict(origin), ensure_ascii=False))


def foreign_origin(path: Path, url: str) -> CopyOrigin | None:
    """The origin of the desk's file when it is another server than `url`'s, else None."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    store = DeskFile(path)
    try:
        kept = recorded_origin(store)
    finally:
        store.close()
    return kept if kept is not None and not kept.same_server(origin_of(url)) else None


def claim_desk_file(path: Path, url: str, event: EventInfo) -> Path | None:
    """Make the desk's file this server's and this event's. A file of another server is
    renamed (kept whole, its waiting scans with it) and a new one begun; returns where
    it went, or None when the file was this server's or new."""
    wanted = origin_of(url, event.id, event.name)
    moved = None
    foreign = foreign_origin(path, url)
    if foreign is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        where = f"{foreign.host}-{foreign.port}-{foreign.database}"
        safe = "".join(c if c.isalnum() else "-" for c in where)
        moved = path.with_name(f"{path.stem}-{safe}-{stamp}{path.suffix}")
        path.rename(moved)
        log.warning("the desk's file was copied from %s: kept as %s", foreign.server, moved)
    store = DeskFile(private_file(path))
    try:
        record_origin(store, wanted)
    finally:
        store.close()
    return moved
