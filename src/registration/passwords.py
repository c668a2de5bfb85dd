"""Server passwords live in the system keyring, never in settings.json or a shown URL.

A URL typed with a password (``postgresql+psycopg://desk:secret@host/db``) is kept as
``postgresql+psycopg://desk@host/db`` and the password goes to the keyring under that
URL; opening the database puts it back. Without a keyring backend the password is
refused with advice: PostgreSQL's own ~/.pgpass or the PGPASSWORD variable.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from registration.domain.errors import UserError

log = logging.getLogger(__name__)
SERVICE = "registration"


def without_password(url: str) -> tuple[str, str | None]:
    """The URL with its password removed, and the password (None when it had none)."""
    if "://" not in url:
        return url, None
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if parsed.password is None:
        return url, None
    bare = parsed._replace(password=None)  # URL.set() ignores None
    return bare.render_as_string(hide_password=False), str(parsed.password)


def shown(url: str) -> str:
    """The URL as the window and the log show it: the password, if any, as ***."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def keep_password_safe(url: str) -> str:
    """Move a password out of `url` into the keyring; returns the URL to store."""
    bare, password = without_password(url)
    if password is None:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, bare, password)
    except KeyringError as error:
        raise UserError(
            "no_keyring",
            "This computer has no keyring to keep the server password in: remove it from "
            "the URL and put it in ~/.pgpass or the PGPASSWORD variable instead.",
        ) from error
    return bare


def with_password(url: str) -> str:
    """`url` with the keyring's password for it, if the keyring has one."""
    bare, password = without_password(url)
    if password is not None or "://" not in url or url.startswith("sqlite"):
        return url
    try:
        import keyring
        from keyring.errors import KeyringError

        stored = keyring.get_password(SERVICE, bare)
    except (ImportError, KeyringError) as error:
        log.info("no keyring for the server password: %s", type(error).__name__)
        return url
    if stored is None:
        return url
    return make_url(url).set(password=stored).render_as_string(hide_password=False)
