"""PostgisStore: an ecosystem in a PostgreSQL/PostGIS schema, written through the same API as the GeoPackage's
EcosystemStore (core/store/base.py), so imports, samples and curation write either. Who wrote a row is the
database's login (the schema's triggers set updated_by and history's changed_by from session_user)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ... import errors
from ..base import StoreBase
from .connection import PostgisConnection
from .migrations import LATEST_VERSION, check_schema_name, schema_version
from .store import connect


class PostgisStore(StoreBase):
    """An open ecosystem schema. Writes go through `transaction()`: all or nothing."""

    path = None  # no file

    database_errors = (errors.DatabaseRefusedError,)

    def __init__(self, connection: PostgisConnection, database: str = "") -> None:
        self.connection = connection
        self.database = database

    @classmethod
    def open(cls, dsn: str, schema: str, database: str = "") -> PostgisStore:
        """Open the ecosystem of a schema (libpq connection string); refused when the schema holds none or one of
        another version than this plugin's (its curator copies or upgrades it)."""
        import psycopg2

        raw = connect(dsn)
        try:
            version = schema_version(raw, check_schema_name(schema))
            raw.rollback()
        except psycopg2.Error as error:  # no right on the schema, a lost connection
            raw.close()
            raise errors.DatabaseRefusedError(errors.tr_noop("{schema}: the database refused: {error}"),
                                              schema=schema, error=str(error).strip()) from error
        except BaseException:
            raw.close()
            raise
        if version != LATEST_VERSION:
            raw.close()
            raise errors.SchemaError(
                errors.tr_noop("{where} holds no ecosystem of schema version {latest} (found: {version})"),
                where=f"{database or 'PostgreSQL'}/{schema}", latest=LATEST_VERSION, version=version)
        return cls(PostgisConnection(raw, schema), database)

    @classmethod
    def from_source(cls, source) -> PostgisStore:
        """Open the ecosystem a PostgisSource names."""
        return cls.open(source.dsn, source.schema, source.database)

    @property
    def name(self) -> str:
        """The database and the schema."""
        return f"{self.database or 'PostgreSQL'}/{self.connection.schema}"

    @contextmanager
    def transaction(self) -> Iterator[PostgisConnection]:
        """One write transaction: committed when the block ends, rolled back entirely on any error. What the database
        refuses (a rule, a right, a lost connection) is a DatabaseRefusedError saying why."""
        self.connection.execute("BEGIN")
        try:
            yield self.connection
        except BaseException:
            if not self.connection.raw.closed:
                self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def refresh_extents(self) -> None:
        """Nothing to do: PostGIS computes extents when asked."""

    def extend_extent(self, xs: list[float], ys: list[float]) -> None:
        """Nothing to do: PostGIS computes extents when asked."""

    def has_project(self, name: str) -> bool:
        """True when the schema holds a QGIS project of this name (QGIS's qgis_projects table)."""
        if self.connection.execute("SELECT to_regclass('qgis_projects')").fetchone()[0] is None:
            return False
        return bool(self.connection.execute("SELECT 1 FROM qgis_projects WHERE name = ?", (name,)).fetchone())
