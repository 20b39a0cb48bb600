"""Where an ecosystem is, and what the analyses read from it: the storage interface a GeoPackage (this module) and a
PostGIS schema (postgis/source.py) both implement. The analyses ask an EcosystemSource, never a path or a driver."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from . import gpkg, relations, selection, taxonomy
from .relations import Relationships
from .selection import EntityFilter, EntityPoints

PORTFOLIO_COLUMNS = ("name", "expression", "entity_uuids", "description", "owner", "shared", "created_at")


class EcosystemSource(Protocol):
    """An ecosystem's tables as the analyses read them (each call reads the current state)."""

    label: str  # for messages: the file's path, or the database and schema
    key: str  # what tells this ecosystem from another (the file's resolved path, or server, database and schema)
    file: Path | None  # the GeoPackage, None in a database

    def vocabulary(self, table: str) -> list[str]:
        """The codes of a lookup table, in its order."""

    def sector_memberships(self, uuids: list[str], primary_only: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(point index, sector index) of the entities' sectors (points given by their uuids), and the codes."""

    def uuids_in_sectors(self, sectors: tuple[str, ...]) -> set[str]:
        """The uuids of the entities having any of these sectors."""

    def entity_points(self, entity_filter: EntityFilter, columns: tuple[str, ...] = (), with_uuids: bool = True,
                      coded: dict[str, str] | None = None) -> EntityPoints:
        """The (filtered) entities as points in EPSG:31370, with columns; `coded` columns as vocabulary positions."""

    def relationships(self, types: tuple[str, ...] = (), on_date: str | None = None) -> Relationships:
        """The relationships of these types (all when empty), those current on on_date when given."""

    def municipalities(self) -> tuple[list[str], list[str], list[bytes]]:
        """Codes, English labels and WKB polygons (EPSG:31370) of the municipalities."""

    def portfolio_rows(self) -> list[tuple]:
        """Every portfolio as a row of PORTFOLIO_COLUMNS (uuids as JSON text, dates as the GeoPackage writes them)."""

    def labels(self, table: str, language: str) -> list[tuple[str, str]]:
        """(code, label) of a lookup table in "en", "fr" or "nl", in its order (else the English label)."""

    def relation_types(self) -> list[taxonomy.RelationType]:
        """The relation types (team extensions included), in the vocabulary's order."""

    def existing_uuids(self, uuids: tuple[str, ...]) -> set[str]:
        """Those of the uuids that are entities now."""


@dataclass(frozen=True)
class GeoPackageSource:
    """An ecosystem GeoPackage, read on read-only connections."""

    path: Path

    @property
    def label(self) -> str:
        """The file's path."""
        return str(self.path)

    @property
    def key(self) -> str:
        """The file's resolved path."""
        return str(Path(self.path).resolve())

    @property
    def file(self) -> Path:
        """The GeoPackage."""
        return self.path

    def labels(self, table: str, language: str) -> list[tuple[str, str]]:
        """(code, label) of a lookup table in the language, in its order."""
        from .ecosystem import EcosystemStore

        with EcosystemStore.open_read_only(self.path) as store:
            return store.labels(table, language)

    def relation_types(self) -> list[taxonomy.RelationType]:
        """The relation types, in the vocabulary's order."""
        from .ecosystem import EcosystemStore

        with EcosystemStore.open_read_only(self.path) as store:
            return store.relation_types()

    def vocabulary(self, table: str) -> list[str]:
        """The codes of a lookup table, in its order."""
        return selection.read_vocabulary(self.path, table)

    def sector_memberships(self, uuids: list[str], primary_only: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(point index, sector index) of the entities' sectors, and the codes."""
        return selection.sector_memberships(self.path, uuids, primary_only)

    def uuids_in_sectors(self, sectors: tuple[str, ...]) -> set[str]:
        """The uuids of the entities having any of these sectors."""
        return selection.uuids_in_sectors(self.path, sectors)

    def entity_points(self, entity_filter: EntityFilter, columns: tuple[str, ...] = (), with_uuids: bool = True,
                      coded: dict[str, str] | None = None) -> EntityPoints:
        """The (filtered) entities read straight from SQLite."""
        return selection.read_entity_points(self.path, entity_filter, columns, with_uuids=with_uuids, coded=coded)

    def relationships(self, types: tuple[str, ...] = (), on_date: str | None = None) -> Relationships:
        """The relationships of these types, current on on_date when given."""
        return relations.read_relationships(self.path, types, on_date)

    def municipalities(self) -> tuple[list[str], list[str], list[bytes]]:
        """Codes, English labels and WKB polygons of the municipalities."""
        return relations.read_municipalities(self.path)

    def portfolio_rows(self) -> list[tuple]:
        """Every portfolio, by name."""
        connection = gpkg.connect_read_only(self.path)
        try:
            return connection.execute(f"SELECT {', '.join(PORTFOLIO_COLUMNS)} FROM portfolios ORDER BY name")\
                .fetchall()
        finally:
            connection.close()

    def existing_uuids(self, uuids: tuple[str, ...]) -> set[str]:
        """Those of the uuids that are entities now."""
        import json

        connection = gpkg.connect_read_only(self.path)
        try:
            return {row[0] for row in connection.execute(
                "SELECT uuid FROM entities WHERE uuid IN (SELECT value FROM json_each(?))", (json.dumps(uuids),))}
        finally:
            connection.close()


def as_source(ecosystem: str | Path | EcosystemSource) -> EcosystemSource:
    """An ecosystem given as a GeoPackage's path or as a source, as a source."""
    return GeoPackageSource(Path(ecosystem)) if isinstance(ecosystem, str | Path) else ecosystem


def open_store(ecosystem: str | Path | EcosystemSource, read_only: bool = False):
    """The store that writes the ecosystem (core/store/base.py's API): an EcosystemStore on the GeoPackage (upgraded
    when older), or a PostgisStore on the schema; read_only: a connection that cannot write."""
    source = as_source(ecosystem)
    if source.file is not None:
        from .ecosystem import EcosystemStore

        return EcosystemStore.open_read_only(source.file) if read_only else EcosystemStore.open(source.file)
    from .postgis.ecosystem import PostgisStore

    store = PostgisStore.from_source(source)
    if read_only:
        store.connection.raw.set_session(readonly=True)
    return store
