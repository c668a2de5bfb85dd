"""Alembic environment: the program passes its own connection in `config.attributes`."""

from alembic import context

from registration.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through registration.storage.migrate.upgrade_to_head")


def include_object(obj: object, name: str | None, type_: str, *_: object) -> bool:
    """The FTS5 search index (0002) is raw SQL, not a model: autogenerate leaves it be."""
    return not (type_ == "table" and name is not None and name.startswith("participant_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
