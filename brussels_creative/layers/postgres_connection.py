"""A saved QGIS PostgreSQL connection as the libpq connection string the PostGIS store connects with, and the PostGIS
table behind a layer (qgis.core only)."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core.errors import ValidationError, tr_noop
from ..core.store.postgis.relation import Relation


def saved_connection_source(name: str, schema: str):
    """The ecosystem (a core PostgisSource) of a schema in the database of a PostgreSQL connection saved in QGIS: the
    plugin reads with the connection's credentials, layers name the connection as it is saved, as QGIS's own
    layers do (an authentication configuration stays one; store_in_postgis writes no password at all)."""
    from ..core.store.postgis.source import PostgisSource

    return PostgisSource(saved_connection_dsn(name), schema, name, _saved_connection(name).uri())


def _saved_connection(name: str):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None and name else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise ValidationError(tr_noop("CONNECTION: no PostgreSQL connection named {name!r} is saved in QGIS"),
                              name=name)
    return connection


def saved_connection_dsn(name: str) -> str:
    """The libpq connection string of the PostgreSQL connection saved in QGIS under this name (its authentication
    configuration expanded); ValidationError naming it when there is none."""
    return QgsDataSourceUri(_saved_connection(name).uri()).connectionInfo(True)


@dataclass(frozen=True)
class PostgisTable:
    """A QGIS PostgreSQL layer as the table it shows: where the database is and which table, key and geometry."""

    database: tuple[str, str, str, str]  # host, port, database name, service: the same four, the same database
    dsn: str = field(repr=False)  # libpq connection string (authentication expanded)
    relation: Relation
    subset: str  # the layer's own filter (SQL)


def postgis_table(layer, wanted_type: QgsWkbTypes.GeometryType | None = None) -> PostgisTable | None:
    """The PostGIS table behind a layer that the database can read as QGIS does: a table (or view) of the postgres
    provider with an integer key that QGIS takes as feature id, in EPSG:31370, without curves; None otherwise."""
    if layer is None or not layer.isValid() or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    table, key, geometry = uri.table(), uri.keyColumn(), uri.geometryColumn()
    if not table or table.startswith("(") or not geometry or not key or "," in key:
        return None
    if "%" in "".join((uri.schema(), table, geometry, key)):  # names the count's SQL would take for placeholders
        return None
    fields = layer.fields()
    index = fields.indexOf(key.strip('"'))
    if index < 0 or fields.field(index).type() not in (QVariant.Int, QVariant.LongLong):
        return None
    if layer.crs().authid() != "EPSG:31370" or uri.srid() not in ("", "31370") or \
            QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    if wanted_type is not None and QgsWkbTypes.geometryType(layer.wkbType()) != wanted_type:
        return None
    return PostgisTable((uri.host(), uri.port(), uri.database(), uri.service()), uri.connectionInfo(True),
                        Relation(uri.schema() or "public", table, geometry, key.strip('"')), layer.subsetString())


def postgis_ecosystem(layer, table: str = "entities"):
    """The ecosystem (a core PostgisSource) when the layer shows this table of an ecosystem's PostGIS schema,
    whatever its subset; None otherwise, or when the database cannot be reached."""
    if layer is None or not layer.isValid() or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    if uri.table() != table:
        return None
    import psycopg2

    from ..core.errors import BrusselsCreativeError
    from ..core.store.postgis.source import PostgisSource
    from ..core.store.postgis.store import connect, ecosystem_schema

    dsn = uri.connectionInfo(True)
    try:
        connection = connect(dsn)
    except BrusselsCreativeError:  # no password at hand (asked once by QGIS, not saved): read as any layer
        return None
    try:
        schema = ecosystem_schema(connection, Relation(uri.schema() or "public", "entities", "geom", "fid"))
    except psycopg2.Error:  # no right to read which version the schema is at: read as any layer
        schema = None
    finally:
        connection.close()
    return PostgisSource(dsn, schema, uri.database(), uri.connectionInfo(False)) if schema else None
