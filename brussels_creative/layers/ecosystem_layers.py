"""Open an ecosystem (a GeoPackage, or a schema in PostGIS) in a QGIS project: one group of styled layers, relations
and forms; and store those styles and a ready project inside a GeoPackage, so the file opens well even without the
plugin."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsProject,
    QgsProviderRegistry,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl, QUrlQuery

from ..core.errors import BrusselsCreativeError
from ..core.store.ecosystem import EcosystemStore, read_schema_version
from ..core.store.postgis.team_styles import DEFAULT_DESCRIPTION
from ..core.store.sources import EcosystemSource, GeoPackageSource, open_store
from ..core.store.taxonomy import in_language, normalize_language
from . import forms, styles

# table -> (English, French, Dutch) layer names; the order is the layer tree's, top to bottom
LAYER_NAMES = {
    "entities": ("Entities", "Entités", "Entiteiten"),
    "relationship_lines": ("Relationship lines", "Lignes de relation", "Relatielijnen"),
    "municipalities": ("Municipalities", "Communes", "Gemeenten"),
    "relationships": ("Relationships", "Relations", "Relaties"),
    "entity_sectors": ("Entity sectors", "Secteurs des entités", "Sectoren van entiteiten"),
    "entity_services": ("Entity services", "Services des entités", "Diensten van entiteiten"),
    "entity_audiences": ("Entity audiences", "Publics des entités", "Doelgroepen van entiteiten"),
    "history": ("History", "Historique", "Geschiedenis"),
    "entity_types": ("Entity types", "Types d'entité", "Soorten entiteiten"),
    "sectors": ("Sectors", "Secteurs", "Sectoren"),
    "services": ("Services", "Services", "Diensten"),
    "audiences": ("Audiences", "Publics", "Doelgroepen"),
    "relation_types": ("Relation types", "Types de relation", "Relatietypes"),
    "size_classes": ("Size classes", "Classes de taille", "Grootteklassen"),
}
VOCABULARIES = ("entity_types", "sectors", "services", "audiences", "relation_types", "size_classes")
TABLES = ("relationships", "entity_sectors", "entity_services", "entity_audiences", "history")
GROUP_PROPERTY = "brussels_creative/ecosystem"
# the tables with a geometry, and its type
SPATIAL_TABLES = {"entities": QgsWkbTypes.Point, "municipalities": QgsWkbTypes.MultiPolygon,
                  "relationship_lines": QgsWkbTypes.LineString}
PROJECT_NAME = "Brussels Creative"

# relation id -> (child table, child field, parent table, parent field)
RELATIONS = {
    "bc_entity_sectors": ("entity_sectors", "entity_uuid", "entities", "uuid"),
    "bc_entity_services": ("entity_services", "entity_uuid", "entities", "uuid"),
    "bc_entity_audiences": ("entity_audiences", "entity_uuid", "entities", "uuid"),
    "bc_relationships_from": ("relationships", "from_uuid", "entities", "uuid"),
    "bc_relationships_to": ("relationships", "to_uuid", "entities", "uuid"),
    "bc_history": ("history", "row_uuid", "entities", "uuid"),
}


@dataclass
class EcosystemLayers:
    """The layers and relations of one ecosystem in a project; `path` is the ecosystem's key (a GeoPackage's
    resolved path, or postgres://server/database/schema)."""

    path: str
    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    relations: dict[str, QgsRelation] = field(default_factory=dict)


def layer_table(layer) -> tuple[str, str] | None:
    """Return (GeoPackage path, table) of an OGR GeoPackage layer, else None."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path") or "", parts.get("layerName") or ""
    return (str(Path(path).resolve()), table) if path.lower().endswith(".gpkg") and table else None


def layer_location(layer) -> tuple[str, str] | None:
    """(the ecosystem's key, table) of a layer on a table of an ecosystem GeoPackage or PostGIS schema, else None;
    the key is EcosystemSource.key."""
    located = layer_table(layer)
    if located is not None:
        return located
    if layer is None or not isinstance(layer, QgsVectorLayer) or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    where = uri.service() or f"{uri.host()}:{uri.port() or '5432'}"
    return f"postgres://{where}/{uri.database()}/{uri.schema()}", uri.table()


def layer_ecosystem(layer, table: str = "entities") -> EcosystemSource | None:
    """The ecosystem whose entities (or other table) a layer shows, a GeoPackage's or a PostGIS schema's; else
    None."""
    located = layer_table(layer)
    if located is not None:
        if located[1] != table:
            return None
        try:
            return GeoPackageSource(Path(located[0])) if read_schema_version(located[0]) is not None else None
        except BrusselsCreativeError:
            return None
    from .postgres_connection import postgis_ecosystem

    return postgis_ecosystem(layer, table)


def find_table_layer(ecosystem: EcosystemSource, table: str, project: QgsProject | None = None
                     ) -> QgsVectorLayer | None:
    """The project's layer showing a table of the ecosystem (matched by its source), or None."""
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer_location(layer) == (ecosystem.key, table):
            return layer
    return None


def _existing_layers(project: QgsProject, key: str) -> dict[str, QgsVectorLayer]:
    found = {}
    for layer in project.mapLayers().values():
        located = layer_location(layer)
        if located and located[0] == key:
            found[located[1]] = layer
    return found


def ecosystem_source(location: str | Path | EcosystemSource) -> EcosystemSource:
    """The ecosystem of a GeoPackage path, or the source given, checked: a file is upgraded when older (with a
    backup), a schema must be at this plugin's version; SchemaError otherwise."""
    if isinstance(location, str | Path):
        EcosystemStore.open(location).close()  # refuses a non-ecosystem or newer file; upgrades an older one
        return GeoPackageSource(Path(location).resolve())
    open_store(location, read_only=True).close()  # refuses a schema holding none of this plugin's version
    return location


def _layer_connection(ecosystem: EcosystemSource) -> QgsDataSourceUri:
    """The connection the ecosystem's layers name: as saved in QGIS, else the plugin's without its password."""
    if ecosystem.layer_uri:
        return QgsDataSourceUri(ecosystem.layer_uri)
    uri = QgsDataSourceUri(ecosystem.dsn)
    uri.setPassword("")
    return uri


def table_layer(ecosystem: EcosystemSource, table: str, name: str) -> QgsVectorLayer:
    """A layer on one table of the ecosystem: a GeoPackage table (ogr) or a table or view of its PostGIS schema
    (postgres, keyed by fid, typed geometry)."""
    if ecosystem.file is not None:
        return QgsVectorLayer(f"{ecosystem.file}|layername={table}", name, "ogr")
    uri = _layer_connection(ecosystem)
    geometry = SPATIAL_TABLES.get(table)
    uri.setDataSource(ecosystem.schema, table, "geom" if geometry else None, "", "fid")
    if geometry:
        uri.setWkbType(geometry)
        uri.setSrid("31370")
    return QgsVectorLayer(uri.uri(False), name, "postgres")


def open_ecosystem(location: str | Path | EcosystemSource, project: QgsProject | None = None,
                   language: str = "en") -> EcosystemLayers:
    """Add (or refresh) the ecosystem's layers in the project: one group, styles, relations and forms; from an
    ecosystem GeoPackage's path, or an ecosystem in PostGIS (a PostgisSource).

    Opening the same ecosystem twice reuses its layers; an older GeoPackage is upgraded first (with a backup)."""
    project = project or QgsProject.instance()
    ecosystem = ecosystem_source(location)
    key = ecosystem.key
    title = Path(key).stem if ecosystem.file is not None else ecosystem.schema
    language = normalize_language(language)
    root = project.layerTreeRoot()
    group = next((g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY) == key), None)
    if group is None:
        group = root.insertGroup(0, f"{PROJECT_NAME} — {title}")
        group.setCustomProperty(GROUP_PROPERTY, key)
        vocabulary_group = group.addGroup(in_language(("Vocabularies", "Vocabulaires", "Vocabulaires"), language))
        vocabulary_group.setItemVisibilityChecked(False)
        vocabulary_group.setExpanded(False)
        tables_group = group.addGroup(in_language(("Tables", "Tables", "Tabellen"), language))
        tables_group.setExpanded(False)
    vocabulary_group, tables_group = group.findGroups()[0], group.findGroups()[1]

    existing = _existing_layers(project, key)
    result = EcosystemLayers(key, group)
    for table, names in LAYER_NAMES.items():
        layer = existing.get(table)
        if layer is None:
            layer = table_layer(ecosystem, table, in_language(names, language))
            if not layer.isValid():
                raise RuntimeError(f"{ecosystem.label}: layer {table} cannot be opened")
            project.addMapLayer(layer, False)
            target = vocabulary_group if table in VOCABULARIES else tables_group if table in TABLES else group
            target.addLayer(layer)
        result.layers[table] = layer

    manager = project.relationManager()
    for relation_id, (child, child_field, parent, parent_field) in RELATIONS.items():
        full_id = f"{relation_id}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
        relation = manager.relation(full_id)
        if not relation.isValid():
            relation = QgsRelation(QgsRelationContext(project))
            relation.setId(full_id)
            relation.setName(relation_id)
            relation.setReferencingLayer(result.layers[child].id())
            relation.setReferencedLayer(result.layers[parent].id())
            relation.addFieldPair(child_field, parent_field)
            relation.setStrength(QgsRelation.Composition if child != "history" else QgsRelation.Association)
            manager.addRelation(relation)
        result.relations[relation_id.removeprefix("bc_")] = manager.relation(full_id)

    layers = result.layers
    layers["entities"].setRenderer(styles.entity_renderer(ecosystem, language))
    layers["relationship_lines"].setRenderer(styles.relationship_renderer(ecosystem, language))
    styles.municipality_style(layers["municipalities"], language)
    forms.configure_entities(layers["entities"], layers, result.relations, language)
    forms.configure_relationships(layers["relationships"], layers, language)
    for table in ("entity_sectors", "entity_services", "entity_audiences"):
        forms.configure_link_table(layers[table], layers[table.removeprefix("entity_")], language)
    for table in ("history", "relationship_lines"):
        forms.configure_read_only(layers[table], language)
    for layer in layers.values():
        layer.triggerRepaint()
    return result


def has_stored_project(path: str | Path) -> bool:
    """True when the GeoPackage already holds the Brussels Creative project."""
    with EcosystemStore.open_read_only(path) as store:
        return store.has_project(PROJECT_NAME)


def project_uri(path: str | Path) -> str:
    """Return the URI of the project stored in the GeoPackage."""
    return f"geopackage:{Path(path).resolve()}?projectName={PROJECT_NAME.replace(' ', '%20')}"


def store_in_geopackage(path: str | Path, language: str = "en") -> str:
    """Save every layer's style and form as its default (layer_styles) and a ready project in the GeoPackage.

    Works on a project of its own, so the user's current project is left as it is. Returns the project's URI."""
    return _store_styles_and_project(path, language, Path(path).stem, project_uri(path))


def _store_styles_and_project(location: str | Path | EcosystemSource, language: str, title: str, uri: str) -> str:
    """Open the ecosystem in a project of its own, save each layer's style and form as its default (the
    GeoPackage's or the database's layer_styles) and the project at uri; returns uri."""
    project = QgsProject()
    ecosystem = open_ecosystem(location, project, language)
    for table, layer in ecosystem.layers.items():
        message = layer.saveStyleToDatabase(table, DEFAULT_DESCRIPTION, True, "")
        if message:
            raise RuntimeError(f"saving the style of {table}: {message}")
    project.setTitle(f"{PROJECT_NAME} — {title}")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    if not project.write(uri):
        raise RuntimeError(f"saving the project {uri}: {project.error()}")
    project.clear()
    return uri


def postgis_project_uri(ecosystem: EcosystemSource) -> str:
    """The URI of the project stored in the ecosystem's schema (QGIS's qgis_projects table there); the login's
    password is never written into it (QGIS asks or takes it from the connection's authentication)."""
    connection = _layer_connection(ecosystem)
    url = QUrl()
    url.setScheme("postgresql")
    if connection.host():
        url.setHost(connection.host())
    if connection.port():
        url.setPort(int(connection.port()))
    if connection.username():
        url.setUserName(connection.username())
    query = QUrlQuery()
    ssl = connection.sslMode()
    ssl_mode = QgsDataSourceUri.encodeSslMode(ssl) if ssl != QgsDataSourceUri.SslPrefer else ""
    for key, value in (("service", connection.service()), ("authcfg", connection.authConfigId()),
                       ("sslmode", ssl_mode), ("dbname", connection.database()), ("schema", ecosystem.schema),
                       ("project", PROJECT_NAME)):
        if value:
            query.addQueryItem(key, value)
    url.setQuery(query)
    return url.toString()


def store_in_postgis(ecosystem: EcosystemSource, language: str = "en") -> str:
    """Save every layer's style and form as its default (QGIS's layer_styles of the database) and a ready project in
    the ecosystem's schema (qgis_projects), so that colleagues open it well without the plugin. Works on a project
    of its own, so the user's current project is left as it is. Returns the project's URI."""
    # a project in the schema is read by the whole team: its layers name the connection without a password
    shared = QgsDataSourceUri(ecosystem.layer_uri or ecosystem.dsn)
    shared.setPassword("")
    ecosystem = dataclasses.replace(ecosystem, layer_uri=shared.connectionInfo(False))
    return _store_styles_and_project(ecosystem, language, ecosystem.schema, postgis_project_uri(ecosystem))
