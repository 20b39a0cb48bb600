"""An ecosystem in a PostGIS schema as the analyses read it: the EcosystemSource of core/store/sources.py over
psycopg2, each read in a read-only transaction of its own. Values come as the GeoPackage gives them (dates as ISO
text, booleans as 0/1), so an analysis gives the same result on either."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ... import errors
from .. import schema, taxonomy
from ..relations import Relationships
from ..selection import EntityFilter, EntityPoints, code_positions
from ..sources import PORTFOLIO_COLUMNS
from .relation import DATETIME_SQL, as_geopackage_sql, quoted, table_columns


@dataclass(frozen=True)
class PostgisSource:
    """The ecosystem of a schema, reached by a libpq connection string."""

    dsn: str = field(repr=False)  # libpq connection string the plugin's own reads use (credentials expanded)
    schema: str
    database: str = ""  # a name for messages: the saved connection's or the database's
    layer_uri: str = field(default="", repr=False)  # the connection as QGIS layers name it (an authcfg stays one)

    @property
    def label(self) -> str:
        """The database and the schema."""
        return f"{self.database or 'PostgreSQL'}/{self.schema}"

    @property
    def key(self) -> str:
        """Server, database and schema (no user, no password)."""
        from psycopg2.extensions import parse_dsn

        parts = parse_dsn(self.dsn)
        where = parts.get("service") or f"{parts.get('host', '')}:{parts.get('port', '5432')}"
        return f"postgres://{where}/{parts.get('dbname', '')}/{self.schema}"

    @property
    def file(self) -> Path | None:
        """No file: the ecosystem is in a database."""
        return None

    def labels(self, table: str, language: str) -> list[tuple[str, str]]:
        """(code, label) of a lookup table in the language, in its order (else the English label)."""
        if table not in schema.LOOKUP_TABLES:
            raise ValueError(f"unknown lookup table {table}")
        column = f"label_{taxonomy.normalize_language(language)}"
        rows = self._rows(f"SELECT code, {column}, label_en FROM {self._table(table)} ORDER BY fid")
        return [(code, label or label_en or code) for code, label, label_en in rows]

    def relation_types(self) -> list[taxonomy.RelationType]:
        """The relation types, in the vocabulary's order."""
        rows = self._rows("SELECT code, label_en, label_fr, label_nl, directed, inverse_en, inverse_fr, inverse_nl "
                          f"FROM {self._table('relation_types')} ORDER BY fid")
        return [taxonomy.RelationType(code, en, fr or en, nl or en, bool(directed), i_en or "", i_fr or "",
                                      i_nl or "") for code, en, fr, nl, directed, i_en, i_fr, i_nl in rows]

    def _table(self, name: str) -> str:
        return f"{quoted(self.schema)}.{quoted(name)}"

    def _rows(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        from .store import connect

        connection = connect(self.dsn)
        try:
            connection.set_session(readonly=True)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        finally:
            connection.close()

    def vocabulary(self, table: str) -> list[str]:
        """The codes of a lookup table, in its order."""
        if table not in (*schema.LOOKUP_TABLES, "municipalities"):
            raise ValueError(f"unknown lookup table {table}")
        return [row[0] for row in self._rows(f"SELECT code FROM {self._table(table)} ORDER BY fid")]

    def sector_memberships(self, uuids: list[str], primary_only: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(point index, sector index) of the entities' sectors, and the sector codes in the vocabulary's order."""
        codes = self.vocabulary("sectors")
        links = self._rows(f"SELECT entity_uuid::text, code FROM {self._table('entity_sectors')}"
                           + (" WHERE is_primary" if primary_only else "") + " ORDER BY fid")
        position = {u: i for i, u in enumerate(uuids)}
        code_index = {c: i for i, c in enumerate(codes)}
        pairs = [(position[u], code_index[c]) for u, c in links if u in position and c in code_index]
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), codes
        array = np.asarray(pairs, dtype=np.int64)
        return array[:, 0], array[:, 1], codes

    def uuids_in_sectors(self, sectors: tuple[str, ...]) -> set[str]:
        """The uuids of the entities having any of these sectors."""
        return {row[0] for row in self._rows(f"SELECT DISTINCT entity_uuid::text FROM {self._table('entity_sectors')} "
                                             "WHERE code = ANY(%s)", (list(sectors),))}

    def entity_points(self, entity_filter: EntityFilter, columns: tuple[str, ...] = (), with_uuids: bool = True,
                      coded: dict[str, str] | None = None) -> EntityPoints:
        """The (filtered) entities in fid order: one query, coordinates and columns as the GeoPackage gives them."""
        from .store import connect

        coded = coded or {}
        connection = connect(self.dsn)
        try:
            connection.set_session(readonly=True)
            with connection.cursor() as cursor:
                declared = table_columns(cursor, self._table("entities"))
                unknown = [c for c in (*columns, *coded) if c not in declared]
                if unknown:
                    raise ValueError(f"entities has no field {', '.join(unknown)}")
                where, params = filter_sql(entity_filter, set(declared), self.schema, "e")
                wanted = list(dict.fromkeys([*(["uuid"] if with_uuids else []), *columns, *coded]))
                selected = ", ".join(as_geopackage_sql(c, declared[c], "e") for c in wanted)
                cursor.execute(
                    f"SELECT ST_X(e.geom), ST_Y(e.geom){', ' if selected else ''}{selected} "
                    f"FROM {self._table('entities')} e WHERE ({where}) ORDER BY e.fid", params)
                rows = cursor.fetchall()
        finally:
            connection.close()
        usable = [row for row in rows if row[0] is not None]
        x = np.fromiter((row[0] for row in usable), dtype=float, count=len(usable))
        y = np.fromiter((row[1] for row in usable), dtype=float, count=len(usable))
        values = {c: [row[2 + k] for row in usable] for k, c in enumerate(wanted)}
        uuids = values.get("uuid") if with_uuids else [""] * len(usable)
        points = EntityPoints(x, y, list(uuids), {c: values[c] for c in columns}, len(rows) - len(usable))
        for column, table in coded.items():
            codes = self.vocabulary(table)
            points.coded[column] = code_positions(values[column], codes)
            points.vocabularies[column] = codes
        return points

    def relationships(self, types: tuple[str, ...] = (), on_date: str | None = None) -> Relationships:
        """The relationships of these types (all when empty), those current on on_date when given."""
        sql = f"SELECT from_uuid::text, to_uuid::text, relation_type FROM {self._table('relationships')} WHERE true"
        params: list = []
        if types:
            sql += " AND relation_type = ANY(%s)"
            params.append(list(types))
        if on_date:
            sql += " AND (since IS NULL OR since <= %s::date) AND (until IS NULL OR until >= %s::date)"
            params += [on_date, on_date]
        rows = self._rows(sql + " ORDER BY fid", params)
        flags = {code: bool(flag) for code, flag in
                 self._rows(f"SELECT code, directed FROM {self._table('relation_types')} ORDER BY fid")}
        return Relationships([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], flags)

    def municipalities(self) -> tuple[list[str], list[str], list[bytes]]:
        """Codes, English labels and WKB polygons of the municipalities."""
        rows = self._rows(f"SELECT code, label_en, ST_AsBinary(geom) FROM {self._table('municipalities')} "
                          "WHERE geom IS NOT NULL ORDER BY fid")
        return [r[0] for r in rows], [r[1] for r in rows], [bytes(r[2]) for r in rows]

    def portfolio_rows(self) -> list[tuple]:
        """Every portfolio, by name (dates as the GeoPackage writes them, shared as 0/1)."""
        columns = ", ".join(DATETIME_SQL.format(c) if c == "created_at" else f"{c}::integer" if c == "shared"
                            else c for c in PORTFOLIO_COLUMNS)
        return self._rows(f"SELECT {columns} FROM {self._table('portfolios')} ORDER BY name")

    def existing_uuids(self, uuids: tuple[str, ...]) -> set[str]:
        """Those of the uuids that are entities now."""
        return {row[0] for row in self._rows(f"SELECT uuid::text FROM {self._table('entities')} "
                                             "WHERE uuid::text = ANY(%s)", (list(uuids),))}


def filter_sql(entity_filter: EntityFilter, columns: set[str], ecosystem_schema: str | None,
               alias: str = "p", subset: str = "") -> tuple[str, list]:
    """SQL condition on the entities (aliased) and its bound parameters: the entity filter, and a layer's own subset
    (SQL of the layer's definition, run as QGIS runs it). A criterion on a column the table lacks is refused by name;
    sectors need the ecosystem's schema (where entity_sectors is)."""
    clauses, params = [], []

    def needs(column: str) -> str:
        if column not in columns:
            raise errors.ValidationError(errors.tr_noop("The input layer has no field {column} to filter on"),
                                         column=column)
        return f"{alias}.{quoted(column)}"

    for column, values in (("entity_type", entity_filter.entity_types), ("status", entity_filter.statuses),
                           ("visibility", entity_filter.visibilities), ("verification", entity_filter.verifications),
                           ("municipality", entity_filter.municipalities)):
        if values:
            clauses.append(f"{needs(column)} = ANY(%s)")
            params.append(list(values))
    for bound, operator in ((entity_filter.created_from, ">="), (entity_filter.created_to, "<=")):
        if bound:
            clauses.append(f"to_char({needs('created_at')} AT TIME ZONE 'UTC', 'YYYY-MM-DD') {operator} %s")
            params.append(bound[:10])
    if entity_filter.sectors:
        if ecosystem_schema is None:
            raise errors.ValidationError(errors.tr_noop("SECTORS: filtering by sector needs the entities of an "
                                                        "ecosystem"))
        clauses.append(f"EXISTS (SELECT 1 FROM {quoted(ecosystem_schema)}.entity_sectors s "
                       f"WHERE s.entity_uuid = {alias}.uuid AND s.code = ANY(%s))")
        params.append(list(entity_filter.sectors))
    if entity_filter.uuids is not None:
        clauses.append(f"{needs('uuid')}::text = ANY(%s)")
        params.append(list(entity_filter.uuids))
    if subset.strip():  # run with bound parameters: a % of the layer's SQL is said as %%
        clauses.append(f"({subset.replace('%', '%%')})")
    return " AND ".join(clauses) or "true", params
