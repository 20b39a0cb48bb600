"""load_address_reference: official address points into the ecosystem GeoPackage, for offline geocoding."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProcessingException, QgsWkbTypes

from ...core.errors import BrusselsCreativeError
from ...core.intake import address_reference
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm
from .inputs import WORKING_CRS
from .messages import check_canceled
from .parameters import field, file, layer, number_output, text_field


def best_csv_path(source: str) -> str | None:
    """The path of a BeST openaddress CSV given as INPUT (a path, or a layer's source on the file), else None."""
    path = (source or "").split("|")[0]
    if not path.lower().endswith(".csv") or not Path(path).is_file():
        return None
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    return path if {"EPSG:31370_x", "streetname_fr", "house_number"} <= set(header) else None


class LoadAddressReference(BrusselsCreativeAlgorithm):
    """Load the address reference used by geocode_addresses."""

    ALG_ID = "load_address_reference"
    ALG_GROUP = "data"

    INPUT = layer("Address points (BeST CSV or point layer)",
                  "BeST openaddress CSV, or a point layer with street, number and postcode fields")
    GEOPACKAGE = file("Ecosystem GeoPackage", "The ecosystem .gpkg file that receives the reference", extension="gpkg")
    STREET_FR_FIELD = text_field("Street name in French", INPUT, "For a point layer (not needed for a BeST CSV)")
    STREET_NL_FIELD = text_field("Street name in Dutch", INPUT, "For a point layer (not needed for a BeST CSV)")
    NUMBER_FIELD = field("House number", INPUT, "For a point layer (not needed for a BeST CSV)")
    POSTCODE_FIELD = field("Postcode", INPUT, "For a point layer (not needed for a BeST CSV)")
    BOX_FIELD = field("Box", INPUT, "For a point layer (not needed for a BeST CSV)")
    POINTS = number_output("Address points loaded")
    STREETS = number_output("Streets")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the source, write the reference."""
        target = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
        if not target or not Path(target).is_file():
            raise QgsProcessingException(self.tr("GEOPACKAGE: {} is not an existing file").format(target))
        raw = parameters.get(self.INPUT)
        if isinstance(raw, str):
            best = best_csv_path(raw)  # read directly: QGIS need not open 850 000 rows as a layer
        else:
            layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
            best = best_csv_path(layer.source()) if layer is not None else None
        try:
            if best is not None:
                feedback.pushInfo(self.tr("Reading the BeST CSV {}").format(best))
                rows = address_reference.read_best_csv(
                    best, lambda p: feedback.setProgress(p * 0.4), feedback.isCanceled
                )
            else:
                rows = self._read_layer(parameters, context, feedback)
            check_canceled(feedback)
            feedback.pushInfo(self.tr("Writing {} address points into {}").format(len(rows), target))
            counts = address_reference.write_reference(
                target, rows, lambda p: feedback.setProgress(40 + p * 0.6), feedback.isCanceled
            )
        except address_reference.LoadCancelledError as error:
            raise QgsProcessingException(self.tr("Cancelled: the previous reference is unchanged")) from error
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        except (OSError, sqlite3.Error, UnicodeDecodeError) as error:
            raise QgsProcessingException(
                self.tr("The load failed and the previous reference is unchanged: {}").format(error)
            ) from error
        for name, count in counts.items():
            feedback.pushInfo(f"{name}: {count}")
        return {self.GEOPACKAGE: target, self.POINTS: counts["address_points"], self.STREETS: counts["streets"]}

    def _read_layer(self, parameters, context, feedback) -> address_reference.ReferenceRows:
        """Columns of a point layer with the chosen fields, its points in EPSG:31370."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("INPUT: cannot read the layer"))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(
                self.tr("INPUT: neither a BeST openaddress CSV nor a point layer")
            )
        names = {key: self.parameterAsString(parameters, key, context) for key in (
            self.STREET_FR_FIELD, self.STREET_NL_FIELD, self.NUMBER_FIELD, self.POSTCODE_FIELD, self.BOX_FIELD)}
        if not (names[self.STREET_FR_FIELD] or names[self.STREET_NL_FIELD]) or not names[self.NUMBER_FIELD] \
                or not names[self.POSTCODE_FIELD]:
            raise QgsProcessingException(self.tr(
                "STREET_FR_FIELD or STREET_NL_FIELD, NUMBER_FIELD and POSTCODE_FIELD: choose the fields of a point "
                "layer"))
        fields = source.fields()
        index = {key: (fields.lookupField(name) if name else -1) for key, name in names.items()}
        for key, name in names.items():
            if name and index[key] < 0:
                raise QgsProcessingException(self.tr("{}: the layer has no field {}").format(key, name))
        transform = QgsCoordinateTransform(source.sourceCrs(), WORKING_CRS, context.transformContext())
        columns = {key: [] for key in names}
        xs, ys = [], []
        total = source.featureCount() or 0
        for i, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            if i % 5000 == 0:
                check_canceled(feedback)
                feedback.setProgress(40.0 * i / total if total else 0)
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                xs.append(None)
                ys.append(None)
            else:
                geometry.transform(transform)
                point = geometry.vertexAt(0)
                xs.append(point.x())
                ys.append(point.y())
            attributes = feature.attributes()
            for key, position in index.items():
                value = attributes[position] if position >= 0 else None
                columns[key].append(None if value is None or value == "" or _is_null(value) else value)
        return address_reference.rows_from_columns(
            xs, ys, columns[self.STREET_FR_FIELD], columns[self.STREET_NL_FIELD], columns[self.NUMBER_FIELD],
            columns[self.POSTCODE_FIELD], columns[self.BOX_FIELD] if names[self.BOX_FIELD] else None,
        )


def _is_null(value) -> bool:
    """Whether a QGIS attribute is NULL (a null QVariant)."""
    return hasattr(value, "isNull") and value.isNull()
