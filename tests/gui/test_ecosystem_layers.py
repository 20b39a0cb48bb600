"""Opening an ecosystem: one group of valid, styled layers, relations, forms in the user's language, and the
styles and a ready project stored in the GeoPackage for colleagues without the plugin."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from brussels_creative.layers.ecosystem_layers import (
    LAYER_NAMES,
    RELATIONS,
    has_stored_project,
    open_ecosystem,
    project_uri,
    store_in_geopackage,
)


def test_open_adds_one_group_with_every_layer_valid_and_styled(sample_gpkg, project):
    ecosystem = open_ecosystem(sample_gpkg, project, "en")
    assert set(ecosystem.layers) == set(LAYER_NAMES)
    for table, layer in ecosystem.layers.items():
        assert layer.isValid(), table
        assert layer.name() == LAYER_NAMES[table][0]
    assert ecosystem.layers["entities"].featureCount() == 120
    assert ecosystem.layers["municipalities"].featureCount() == 19
    assert ecosystem.layers["entities"].crs().authid() == "EPSG:31370"
    renderer = ecosystem.layers["entities"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "entity_type"
    codes = {c.value() for c in renderer.categories() if c.value() is not None}
    assert {"hub", "fablab", "freelancer"} <= codes
    # each entity type has its own marker
    svgs = {c.symbol().symbolLayer(0).path() for c in renderer.categories() if c.value() is not None}
    assert len(svgs) == len(codes)
    lines = ecosystem.layers["relationship_lines"].renderer()
    assert lines.classAttribute() == "relation_type"
    groups = [g for g in project.layerTreeRoot().findGroups() if g.name().startswith("Brussels Creative")]
    assert len(groups) == 1


def test_opening_twice_does_not_duplicate_layers_groups_or_relations(sample_gpkg, project):
    open_ecosystem(sample_gpkg, project, "en")
    count = len(project.mapLayers())
    relations = len(project.relationManager().relations())
    open_ecosystem(sample_gpkg, project, "en")
    assert len(project.mapLayers()) == count == len(LAYER_NAMES)
    assert len(project.relationManager().relations()) == relations == len(RELATIONS)
    assert len([g for g in project.layerTreeRoot().findGroups() if g.name().startswith("Brussels Creative")]) == 1


def test_relations_link_entities_to_links_relationships_and_history(sample_gpkg, project):
    ecosystem = open_ecosystem(sample_gpkg, project, "en")
    for key, (child, child_field, parent, parent_field) in RELATIONS.items():
        relation = ecosystem.relations[key.removeprefix("bc_")]
        assert relation.isValid(), key
        assert relation.referencingLayer() is ecosystem.layers[child]
        assert relation.referencedLayer() is ecosystem.layers[parent]
        assert relation.fieldPairs() == {child_field: parent_field}
    hub = next(ecosystem.layers["entities"].getFeatures("\"entity_type\" = 'hub'"))
    members = list(ecosystem.relations["relationships_to"].getRelatedFeatures(hub))
    assert members, "a sample hub has members"
    assert all(member["to_uuid"] == hub["uuid"] for member in members)


@pytest.mark.parametrize(
    ("language", "value_column", "name_label", "first_tab", "layer_name"),
    [
        ("en", "label_en", "Name", "Identity", "Entities"),
        ("fr", "label_fr", "Nom", "Identité", "Entités"),
        ("nl", "label_nl", "Naam", "Identiteit", "Entiteiten"),
    ],
)
def test_entity_form_speaks_the_users_language(sample_gpkg, project, language, value_column, name_label, first_tab,
                                               layer_name):
    layer = open_ecosystem(sample_gpkg, project, language).layers["entities"]
    fields = layer.fields()
    assert layer.name() == layer_name
    assert layer.attributeDisplayName(fields.indexOf("name")) == name_label
    setup = layer.editorWidgetSetup(fields.indexOf("entity_type"))
    assert setup.type() == "ValueRelation"
    assert setup.config()["Value"] == value_column
    assert setup.config()["Key"] == "code"
    for multiple in ("sector_codes", "service_codes", "audience_codes"):
        config = layer.editorWidgetSetup(fields.indexOf(multiple)).config()
        assert config["AllowMulti"] is True
    assert layer.editorWidgetSetup(fields.indexOf("municipality")).config()["Value"] == value_column
    tabs = [tab.name() for tab in layer.editFormConfig().tabs()]
    assert tabs[0] == first_tab
    assert len(tabs) == 5


def test_entity_form_hides_or_locks_technical_fields_and_has_defaults(sample_gpkg, project):
    layer = open_ecosystem(sample_gpkg, project, "en").layers["entities"]
    fields = layer.fields()
    config = layer.editFormConfig()
    assert layer.editorWidgetSetup(fields.indexOf("fid")).type() == "Hidden"
    for name in ("uuid", "created_at", "created_by", "updated_at", "updated_by"):
        assert config.readOnly(fields.indexOf(name)), name
    assert "uuid(" in layer.defaultValueDefinition(fields.indexOf("uuid")).expression()
    assert layer.defaultValueDefinition(fields.indexOf("status")).expression() == "'active'"
    assert layer.defaultValueDefinition(fields.indexOf("updated_by")).applyOnUpdate()
    history_layer = open_ecosystem(sample_gpkg, project, "en").layers["history"]
    assert history_layer.readOnly()


def test_styles_and_project_stored_in_the_geopackage_open_without_the_plugin(sample_gpkg, project):
    assert not has_stored_project(sample_gpkg)
    uri = store_in_geopackage(sample_gpkg, "fr")
    assert uri == project_uri(sample_gpkg)
    assert has_stored_project(sample_gpkg)
    assert project.fileName() == ""  # the user's project is untouched
    assert validate_gpkg.check(str(sample_gpkg), abort_at_first_error=False, warning_msg=False) == []
    with sqlite3.connect(sample_gpkg) as connection:
        defaults = {row[0] for row in connection.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert {"entities", "relationships", "relationship_lines", "municipalities"} <= defaults

    # A colleague loads a layer by hand: the default style brings the form and the symbols.
    plain = QgsVectorLayer(f"{sample_gpkg}|layername=entities", "plain", "ogr")
    assert plain.isValid()
    assert isinstance(plain.renderer(), QgsCategorizedSymbolRenderer)
    assert plain.editFormConfig().tabs()[0].name() == "Identité"

    # Or opens the stored project: the same forms as the plugin builds.
    stored = QgsProject()
    assert stored.read(uri)
    entities = next(layer for layer in stored.mapLayers().values() if layer.name() == "Entités")
    reference = open_ecosystem(sample_gpkg, project, "fr").layers["entities"]
    for name in ("entity_type", "sector_codes", "municipality", "status"):
        index = reference.fields().indexOf(name)
        assert entities.editorWidgetSetup(index).type() == reference.editorWidgetSetup(index).type()
        assert entities.editorWidgetSetup(index).config().get("Value") == reference.editorWidgetSetup(index).config(
        ).get("Value")
    assert [t.name() for t in entities.editFormConfig().tabs()] == [t.name() for t in
                                                                   reference.editFormConfig().tabs()]
    assert len(stored.relationManager().relations()) == len(RELATIONS)
    stored.clear()


def test_relationship_lines_show_mutual_confirmations_wider_and_unconfirmed_ones_dashed(sample_gpkg, project):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsSymbolLayer

    from brussels_creative.core.curation import claims
    from brussels_creative.core.store.ecosystem import EcosystemStore

    relationship, source, target = sqlite3.connect(sample_gpkg).execute(
        "SELECT uuid, from_uuid, to_uuid FROM relationships ORDER BY fid LIMIT 1").fetchone()
    with EcosystemStore.open(sample_gpkg) as store:
        claims.confirm_relationship(store, relationship, source, "a")
        claims.confirm_relationship(store, relationship, target, "b")
    layer = open_ecosystem(sample_gpkg, project, "en").layers["relationship_lines"]
    categories = layer.renderer().categories()  # keep the copies alive: symbolLayer() points into them
    symbol = categories[0].symbol()
    line = symbol.symbolLayer(0)
    width = line.dataDefinedProperties().property(QgsSymbolLayer.PropertyStrokeWidth)
    dash = line.dataDefinedProperties().property(QgsSymbolLayer.PropertyStrokeStyle)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    shown = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        shown[feature["confirmation"]] = (width.valueAsDouble(context)[0], dash.valueAsString(context)[0])
    assert shown == {"mutual": (0.8, "solid"), "none": (0.3, "dash")}
