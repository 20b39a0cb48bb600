"""A saved QGIS PostgreSQL connection as the libpq connection string the PostGIS store connects with (qgis.core
only)."""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry

from ..core.errors import ValidationError, tr_noop


def saved_connection_dsn(name: str) -> str:
    """The libpq connection string of the PostgreSQL connection saved in QGIS under this name (its authentication
    configuration expanded); ValidationError naming it when there is none."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None and name else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise ValidationError(tr_noop("CONNECTION: no PostgreSQL connection named {name!r} is saved in QGIS"),
                              name=name)
    return QgsDataSourceUri(connection.uri()).connectionInfo(True)
