"""Open an ecosystem GeoPackage in a QGIS project: one group of styled layers, relations and forms; and store
those styles and a ready project inside the GeoPackage, so the file opens well even without the plugin."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProject,
    QgsProviderRegistry,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
)

from ..core.store.ecosystem import EcosystemStore
from ..core.store.taxonomy import normalize_language
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
    """The layers and relations of one ecosystem GeoPackage in a project."""

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


def _existing_layers(project: QgsProject, path: str) -> dict[str, QgsVectorLayer]:
    found = {}
    for layer in project.mapLayers().values():
        located = layer_table(layer)
        if located and located[0] == path:
            found[located[1]] = layer
    return found


def open_ecosystem(path: str | Path, project: QgsProject | None = None, language: str = "en") -> EcosystemLayers:
    """Add (or refresh) the ecosystem's layers in the project: one group, styles, relations and forms.

    Opening the same file twice reuses its layers; an older schema is upgraded first (with a backup)."""
    project = project or QgsProject.instance()
    path = str(Path(path).resolve())
    EcosystemStore.open(path).close()  # refuses a non-ecosystem or newer file; upgrades an older one
    language = normalize_language(language)
    index = ("en", "fr", "nl").index(language)
    root = project.layerTreeRoot()
    group = next((g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY) == path), None)
    if group is None:
        group = root.insertGroup(0, f"{PROJECT_NAME} — {Path(path).stem}")
        group.setCustomProperty(GROUP_PROPERTY, path)
        vocabulary_group = group.addGroup(("Vocabularies", "Vocabulaires", "Vocabulaires")[index])
        vocabulary_group.setItemVisibilityChecked(False)
        vocabulary_group.setExpanded(False)
        tables_group = group.addGroup(("Tables", "Tables", "Tabellen")[index])
        tables_group.setExpanded(False)
    vocabulary_group, tables_group = group.findGroups()[0], group.findGroups()[1]

    existing = _existing_layers(project, path)
    result = EcosystemLayers(path, group)
    for table, names in LAYER_NAMES.items():
        layer = existing.get(table)
        if layer is None:
            layer = QgsVectorLayer(f"{path}|layername={table}", names[index], "ogr")
            if not layer.isValid():
                raise RuntimeError(f"{path}: layer {table} cannot be opened")
            project.addMapLayer(layer, False)
            target = vocabulary_group if table in VOCABULARIES else tables_group if table in TABLES else group
            target.addLayer(layer)
        result.layers[table] = layer

    manager = project.relationManager()
    for relation_id, (child, child_field, parent, parent_field) in RELATIONS.items():
        full_id = f"{relation_id}_{hashlib.sha1(path.encode('utf-8')).hexdigest()[:8]}"
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
    layers["entities"].setRenderer(styles.entity_renderer(path, language))
    layers["relationship_lines"].setRenderer(styles.relationship_renderer(path, language))
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
    project = QgsProject()
    ecosystem = open_ecosystem(path, project, language)
    for table, layer in ecosystem.layers.items():
        message = layer.saveStyleToDatabase(table, "Brussels Creative default style", True, "")
        if message:
            raise RuntimeError(f"saving the style of {table}: {message}")
    project.setTitle(f"{PROJECT_NAME} — {Path(path).stem}")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    uri = project_uri(path)
    if not project.write(uri):
        raise RuntimeError(f"saving the project into {path}: {project.error()}")
    project.clear()
    return uri
