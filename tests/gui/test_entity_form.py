"""The entity form, filled as a user fills it: a good entry lands in the file with its link rows; a bad one cannot
be saved and the form says why."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext, QgsEditorWidgetWrapper
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QTableWidget, QTabWidget, QTextEdit, QWidget

from brussels_creative.layers.ecosystem_layers import open_ecosystem


def _editor(form, field: str) -> QWidget:
    widget = form.findChild(QWidget, field)
    assert widget is not None, f"no widget for {field}"
    return widget


def type_text(form, field: str, text: str) -> None:
    """Type into a text field as a user would."""
    widget = _editor(form, field)
    edit = widget if isinstance(widget, QLineEdit | QTextEdit) else widget.findChild((QLineEdit, QTextEdit))
    if isinstance(edit, QTextEdit):
        edit.setPlainText(text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)
        edit.editingFinished.emit()


def choose(form, field: str, code: str) -> None:
    """Pick a value from a drop-down by its stored code."""
    widget = _editor(form, field)
    combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {field}"
    combo.setCurrentIndex(index)


def tick(form, field: str, codes: set[str]) -> None:
    """Tick the given codes in a multiple-choice list."""
    table = _editor(form, field)
    table = table if isinstance(table, QTableWidget) else table.findChild(QTableWidget)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None and item.data(Qt.UserRole) in codes:
                item.setCheckState(Qt.Checked)


@pytest.fixture
def entities(sample_gpkg, project):
    layer = open_ecosystem(sample_gpkg, project, "fr").layers["entities"]
    assert layer.startEditing()
    yield layer
    layer.rollBack()


def _dialog(layer, x=149_500.0, y=170_500.0):
    feature = QgsVectorLayerUtils.createFeature(
        layer, QgsGeometry.fromPointXY(QgsPointXY(x, y)), {}, layer.createExpressionContext()
    )
    dialog = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
    dialog.setMode(QgsAttributeEditorContext.AddFeatureMode)
    dialog.show()
    return dialog


def failure(form, field: str) -> str:
    """The reason the form gives for a field's failed constraint ('' when the field is valid)."""
    for wrapper in form.findChildren(QgsEditorWidgetWrapper):
        if wrapper.field().name() == field:
            if wrapper.constraintResult() == QgsEditorWidgetWrapper.ConstraintResultFailHard:
                return wrapper.constraintFailureReason()
            return ""
    raise AssertionError(f"no editor for {field}")


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)


def test_a_filled_form_saves_the_entity_with_its_sectors_services_and_audiences(entities, sample_gpkg, qtbot):
    dialog = _dialog(entities)
    form = dialog.attributeForm()
    type_text(form, "name", "Atelier Éclair")
    choose(form, "entity_type", "fablab")
    tick(form, "sector_codes", {"design", "crafts"})
    choose(form, "primary_sector", "design")
    tick(form, "service_codes", {"prototyping", "training"})
    tick(form, "audience_codes", {"makers"})
    type_text(form, "email", "bonjour@eclair.be")
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled(), timeout=3000)
    dialog.accept()
    assert entities.commitChanges(), entities.commitErrors()
    with sqlite3.connect(sample_gpkg) as connection:
        row = connection.execute(
            "SELECT uuid, entity_type, municipality, email, status, created_by FROM entities WHERE name = ?",
            ("Atelier Éclair",),
        ).fetchone()
        assert row is not None
        uuid, entity_type, municipality, email, status, created_by = row
        assert (entity_type, email, status) == ("fablab", "bonjour@eclair.be", "active")
        assert municipality == "21004"  # filled from the point by the form's default
        assert created_by
        sectors = connection.execute(
            "SELECT code, is_primary FROM entity_sectors WHERE entity_uuid = ? ORDER BY code", (uuid,)
        ).fetchall()
        services = connection.execute(
            "SELECT code FROM entity_services WHERE entity_uuid = ? ORDER BY code", (uuid,)
        ).fetchall()
        audiences = connection.execute("SELECT code FROM entity_audiences WHERE entity_uuid = ?", (uuid,)).fetchall()
    assert sectors == [("crafts", 0), ("design", 1)]
    assert services == [("prototyping",), ("training",)]
    assert audiences == [("makers",)]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "pas un e-mail", "L'e-mail doit avoir la forme nom@domaine.be"),
        ("website", "www.example.be", "Le site doit commencer par http:// ou https://"),
        ("postcode", "999", "Un code postal bruxellois a quatre chiffres"),
    ],
)
def test_a_form_with_a_bad_value_cannot_be_saved_and_says_why(entities, sample_gpkg, qtbot, field, value, message):
    before = entities.featureCount()
    dialog = _dialog(entities)
    form = dialog.attributeForm()
    type_text(form, "name", "Studio Test")
    choose(form, "entity_type", "company")
    qtbot.waitUntil(lambda: _ok(dialog).isEnabled(), timeout=3000)
    type_text(form, field, value)
    qtbot.waitUntil(lambda: not _ok(dialog).isEnabled(), timeout=3000)
    assert message in failure(form, field)
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)  # the user clicks OK: nothing is saved
    assert entities.featureCount() == before
    assert dialog.isVisible()


def test_a_form_without_a_name_cannot_be_saved(entities, qtbot):
    dialog = _dialog(entities)
    form = dialog.attributeForm()
    choose(form, "entity_type", "company")
    qtbot.wait(50)
    assert not _ok(dialog).isEnabled()
    assert "Le nom est obligatoire" in failure(form, "name")


def test_a_point_outside_the_region_cannot_be_saved(entities, qtbot):
    dialog = _dialog(entities, x=100_000.0, y=100_000.0)
    form = dialog.attributeForm()
    type_text(form, "name", "Far away")
    choose(form, "entity_type", "company")
    qtbot.wait(50)
    assert not _ok(dialog).isEnabled()
    assert "Région bruxelloise" in failure(form, "municipality")


def _shown_texts(dialog) -> str:
    from qgis.PyQt.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog))


def test_a_read_only_form_says_how_to_edit_and_an_editable_one_does_not(sample_gpkg, project, qtbot):
    layer = open_ecosystem(sample_gpkg, project, "fr").layers["entities"]
    feature = next(layer.getFeatures())
    viewing = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
    qtbot.addWidget(viewing)
    viewing.show()
    shown = _shown_texts(viewing)
    assert "Lecture seule.\nPour modifier cette fiche, activez l'édition" in shown
    assert "hint" not in shown.split()  # the text line has no label of its own
    assert layer.startEditing()
    try:
        editing = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
        qtbot.addWidget(editing)
        editing.show()
        assert "Lecture seule" not in _shown_texts(editing)
    finally:
        layer.rollBack()


def test_the_relationships_tab_gives_the_entity_degree(sample_gpkg, project, qtbot):
    uuid, outgoing, incoming = sqlite3.connect(sample_gpkg).execute(
        "SELECT uuid, o, i FROM (SELECT e.fid, e.uuid, (SELECT count(*) FROM relationships WHERE from_uuid = e.uuid) "
        "AS o, (SELECT count(*) FROM relationships WHERE to_uuid = e.uuid) AS i FROM entities e) "
        "ORDER BY o + i DESC, fid LIMIT 1").fetchone()
    assert outgoing + incoming > 1
    for language, expected in (("en", f"Degree: {outgoing + incoming} relationships ({outgoing} outgoing, "
                                      f"{incoming} incoming)"),
                               ("nl", f"Graad: {outgoing + incoming} relaties ({outgoing} uitgaand, "
                                      f"{incoming} inkomend)")):
        project.clear()
        layer = open_ecosystem(sample_gpkg, project, language).layers["entities"]
        feature = next(f for f in layer.getFeatures() if f["uuid"] == uuid)
        dialog = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.findChild(QTabWidget).setCurrentIndex(3)  # the relationships tab
        shown = _shown_texts(dialog)
        assert expected in shown and "degree" not in shown.split()


def test_the_relationships_tab_gives_the_entitys_community_from_the_latest_network_metrics(sample_gpkg, project,
                                                                                           qtbot):
    from brussels_creative.processing.algorithms.output_styles import StyleOnLoad

    layer = open_ecosystem(sample_gpkg, project, "en").layers["entities"]
    feature = next(layer.getFeatures())

    def relationships_tab() -> str:
        dialog = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.findChild(QTabWidget).setCurrentIndex(3)
        return _shown_texts(dialog)

    assert "Network metrics" not in relationships_tab()  # no metrics computed yet: nothing said
    metrics = QgsVectorLayer("Point?crs=EPSG:31370&field=uuid:string&field=network:string&field=community:integer"
                             "&field=community_size:integer&field=betweenness:double&field=k_core:integer",
                             "Network metrics", "memory")
    row = QgsFeature(metrics.fields())
    row.setAttributes([feature["uuid"], "all", 3, 12, 0.25, 2])
    metrics.dataProvider().addFeatures([row])
    project.addMapLayer(metrics)
    context = QgsProcessingContext()
    context.setProject(project)
    StyleOnLoad("network_metrics", None).postProcessLayer(metrics, context, QgsProcessingFeedback())
    assert ("Network metrics (all): community 3 of 12 entities, betweenness 0.250, k-core 2"
            in relationships_tab())
    project.removeMapLayer(metrics.id())
    assert "Network metrics" not in relationships_tab()


def test_relationships_are_listed_by_the_names_of_their_ends_and_their_relation(sample_gpkg, project):
    layers = open_ecosystem(sample_gpkg, project, "fr").layers
    relationship = next(layers["relationships"].getFeatures())
    names = dict(sqlite3.connect(sample_gpkg).execute("SELECT uuid, name FROM entities"))
    label = dict(sqlite3.connect(sample_gpkg).execute("SELECT code, label_fr FROM relation_types"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layers["relationships"]))
    context.setFeature(relationship)
    shown = QgsExpression(layers["relationships"].displayExpression()).evaluate(context)
    assert shown == (f"{names[relationship['from_uuid']]} → {names[relationship['to_uuid']]}  "
                     f"({label[relationship['relation_type']]})")
