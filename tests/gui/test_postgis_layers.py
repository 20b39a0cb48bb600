"""An ecosystem in PostGIS opens in QGIS as a GeoPackage does: one group of valid, styled layers of the postgres
provider, the same relations and forms; a form's edit of the sector lists reaches the link tables through the
database's triggers, and a bad value is refused by the database naming its rule."""

from __future__ import annotations

import pytest
from postgis_server import copied_ecosystem, require_psycopg2, rows
from qgis.core import QgsCategorizedSymbolRenderer

from brussels_creative.core.errors import SchemaError
from brussels_creative.core.store import taxonomy
from brussels_creative.core.store.postgis.source import PostgisSource
from brussels_creative.layers.ecosystem_layers import LAYER_NAMES, RELATIONS, open_ecosystem

psycopg2 = require_psycopg2()


@pytest.fixture
def team(postgis_server, sample_gpkg):
    """The 120-entity sample copied into schema 'team' of a fresh database."""
    dsn = copied_ecosystem(postgis_server, "gui_postgis_layers", sample_gpkg, "team")
    yield PostgisSource(dsn, "team", "gui_postgis_layers")
    postgis_server.drop_database("gui_postgis_layers")



def test_a_postgis_ecosystem_opens_with_every_layer_styled_related_and_formed(team, sample_gpkg, project):
    in_database = open_ecosystem(team, project, "fr")
    assert set(in_database.layers) == set(LAYER_NAMES)
    for table, layer in in_database.layers.items():
        assert layer.isValid() and layer.providerType() == "postgres", table
        assert layer.name() == LAYER_NAMES[table][1]
    assert in_database.layers["entities"].featureCount() == 120
    assert in_database.layers["relationship_lines"].featureCount() > 0
    assert in_database.layers["relationship_lines"].crs().authid() == "EPSG:31370"
    for key in RELATIONS:
        assert in_database.relations[key.removeprefix("bc_")].isValid(), key
    renderer = in_database.layers["entities"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)

    in_file = open_ecosystem(sample_gpkg, project, "fr")  # the same ecosystem from its file, beside it
    assert [(c.value(), c.label()) for c in renderer.categories()] == [
        (c.value(), c.label()) for c in in_file.layers["entities"].renderer().categories()]
    for table in ("entities", "relationships", "entity_sectors"):
        ours, theirs = in_database.layers[table], in_file.layers[table]
        widgets = {f.name(): f.editorWidgetSetup().type() for f in theirs.fields()}
        assert {f.name(): f.editorWidgetSetup().type() for f in ours.fields() if f.name() in widgets} == widgets
    assert in_database.path == team.key and len(project.layerTreeRoot().findGroups()) == 2
    open_ecosystem(team, project, "fr")  # again: the same layers, no second group
    assert len(project.mapLayers()) == 2 * len(LAYER_NAMES)


def test_a_form_edit_of_the_sector_lists_reaches_the_link_tables_and_a_bad_value_is_refused(team, project):
    entities = open_ecosystem(team, project, "en").layers["entities"]
    feature = next(entities.getFeatures())
    uuid = feature["uuid"]
    assert entities.startEditing()
    assert entities.changeAttributeValue(feature.id(), entities.fields().indexOf("sector_codes"), "{crafts,design}")
    assert entities.changeAttributeValue(feature.id(), entities.fields().indexOf("primary_sector"), "crafts")
    assert entities.commitChanges(), entities.commitErrors()
    assert rows(team.dsn, "SELECT code, is_primary FROM team.entity_sectors WHERE entity_uuid = %s ORDER BY code",
                 (uuid,)) == [("crafts", True), ("design", False)]
    assert entities.startEditing()
    assert entities.changeAttributeValue(feature.id(), entities.fields().indexOf("email"), "not an address")
    assert not entities.commitChanges()
    assert "bc_email_shape" in "\n".join(entities.commitErrors())
    assert entities.rollBack()


def test_a_schema_without_an_ecosystem_is_refused_by_name(team, project):
    with pytest.raises(SchemaError, match="gui_postgis_layers/public holds no ecosystem of schema version"):
        open_ecosystem(PostgisSource(team.dsn, "public", "gui_postgis_layers"), project, "en")


def test_the_connect_tool_stores_a_relationship_in_postgis_and_shows_the_database_rule(team, project, qgis_iface):
    from brussels_creative.gui.connect_dialog import RelationChoice
    from brussels_creative.gui.connect_tool import ConnectEntitiesTool

    ecosystem = open_ecosystem(team, project, "en")
    entities = ecosystem.layers["entities"]
    first, second = list(entities.getFeatures())[:2]
    tool = ConnectEntitiesTool(qgis_iface, entities)
    assert [t.code for t in tool.ecosystem().relation_types()] == [t.code for t in taxonomy.RELATION_TYPES]
    lines = ecosystem.layers["relationship_lines"].featureCount()
    made = tool.connect(first, second, RelationChoice("collaborates_with", note="Met at the hub"))
    assert made is not None
    assert rows(team.dsn, "SELECT from_uuid::text, to_uuid::text, note, created_by = session_user "
                           "FROM team.relationships WHERE uuid = %s", (made,)) == [
        (first["uuid"], second["uuid"], "Met at the hub", True)]
    assert ecosystem.layers["relationship_lines"].featureCount() == lines + 1
    qgis_iface.messageBar().clear_messages()
    assert tool.connect(second, first, RelationChoice("collaborates_with")) is None  # undirected: counted both ways
    assert any("bc_relationship_unique" in m for m in qgis_iface.messageBar().get_messages(2))


def test_no_password_in_a_source_s_repr_and_the_stored_project_keeps_the_ssl_mode(team):
    from brussels_creative.layers.ecosystem_layers import postgis_project_uri

    secret = PostgisSource(team.dsn + " password=secret-pw", "team", "db",
                           "host=db.example port=5433 dbname=eco user=anna password=secret-pw sslmode=require")
    assert "secret-pw" not in repr(secret)
    uri = postgis_project_uri(secret)
    assert "sslmode=require" in uri and "schema=team" in uri and "dbname=eco" in uri and ":5433" in uri
