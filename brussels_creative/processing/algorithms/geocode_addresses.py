"""geocode_addresses: points for Brussels addresses, offline, from the address reference of an ecosystem GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import BrusselsCreativeError
from ...core.intake.geocoding import FUZZY_BACKEND, AddressReference, Geocoder, GeocodingCancelledError
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm
from .inputs import WORKING_CRS
from .messages import check_canceled
from .outputs import CHECK_EVERY
from .parameters import field, file, layer, number_output, sink

RESULT_FIELDS = (
    ("match_type", QMetaType.QString), ("match_score", QMetaType.Double), ("matched_fr", QMetaType.QString),
    ("matched_nl", QMetaType.QString), ("matched_postcode", QMetaType.QString), ("nis_code", QMetaType.QString),
    ("match_reason", QMetaType.QString),
)


class GeocodeAddresses(BrusselsCreativeAlgorithm):
    """Geocode the addresses of a table or layer."""

    ALG_ID = "geocode_addresses"
    ALG_GROUP = "data"

    INPUT = layer("Addresses (table or layer)",
                  "Any table or layer with address fields (CSV, spreadsheet, GeoPackage...)")
    ADDRESS_FIELD = field("Full address field", INPUT, "One field holding the whole address")
    STREET_FIELD = field("Street field", INPUT, "Street name (may hold the number too)")
    NUMBER_FIELD = field("House number field", INPUT, "House number, with letter or box")
    POSTCODE_FIELD = field("Postcode field", INPUT, "Four-digit Belgian postcode")
    MUNICIPALITY_FIELD = field("Municipality field", INPUT, "Municipality in French, Dutch or German")
    GEOPACKAGE = file("Ecosystem GeoPackage with the address reference",
                      "An ecosystem .gpkg into which 'Load address reference' has loaded address points (read only)",
                      extension="gpkg")
    OUTPUT = sink("Geocoded addresses", "Every input row with its point (EPSG:31370) and the match fields", "point")
    MATCHED = number_output("Rows with a point")
    UNMATCHED = number_output("Rows without a point")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the addresses, geocode them, write every row."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("INPUT: cannot read the table or layer"))
        names = {key: self.parameterAsString(parameters, key, context) for key in (
            self.ADDRESS_FIELD, self.STREET_FIELD, self.NUMBER_FIELD, self.POSTCODE_FIELD, self.MUNICIPALITY_FIELD)}
        if not names[self.ADDRESS_FIELD] and not names[self.STREET_FIELD]:
            raise QgsProcessingException(self.tr("ADDRESS_FIELD or STREET_FIELD: choose the field holding the "
                                                 "address or the street"))
        fields = source.fields()
        index = {key: fields.lookupField(name) if name else -1 for key, name in names.items()}
        for key, name in names.items():
            if name and index[key] < 0:
                raise QgsProcessingException(self.tr("{}: the input has no field {}").format(key, name))
        path = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("GEOPACKAGE: {} is not an existing file").format(path))
        try:
            geocoder = Geocoder(AddressReference.from_gpkg(path))
        except BrusselsCreativeError as error:
            raise QgsProcessingException(self.tr("GEOPACKAGE: {}").format(error_text(error))) from error
        feedback.pushInfo(self.tr("Address reference: {} points, {} streets (fuzzy matching: {})").format(
            len(geocoder.reference.x), len(geocoder.reference.streets), FUZZY_BACKEND))

        rows, columns = self._read_rows(source, index, feedback)
        given = {key: (columns[key] if names[key] else None) for key in names}
        try:
            result = geocoder.geocode(
                free_text=given[self.ADDRESS_FIELD], street=given[self.STREET_FIELD], number=given[self.NUMBER_FIELD],
                postcode=given[self.POSTCODE_FIELD], municipality=given[self.MUNICIPALITY_FIELD],
                progress=lambda p: feedback.setProgress(20 + p * 0.6), is_canceled=feedback.isCanceled,
            )
        except GeocodingCancelledError as error:
            raise QgsProcessingException(self.tr("Cancelled")) from error

        dest, matched = self._write(parameters, context, feedback, fields, rows, result)
        check_canceled(feedback)
        counts = {t: result.match_type.count(t) for t in ("exact", "interpolated", "street", "postcode", "none")}
        feedback.pushInfo(", ".join(f"{t}: {c}" for t, c in counts.items()))
        if counts["none"]:
            feedback.pushWarning(self.tr("{} rows without a point: see match_reason").format(counts["none"]))
        return {self.OUTPUT: dest, self.MATCHED: matched, self.UNMATCHED: len(rows) - matched}

    def _read_rows(self, source, index: dict[str, int], feedback) -> tuple[list[list], dict[str, list]]:
        """Every input row's attributes, and the address columns (NULL as None)."""
        rows, columns = [], {key: [] for key in index}
        total = source.featureCount() or 0
        for i, feature in enumerate(source.getFeatures()):
            if i % CHECK_EVERY == 0:
                check_canceled(feedback)
                feedback.setProgress(20.0 * i / total if total else 0)
            attributes = feature.attributes()
            rows.append(attributes)
            for key, position in index.items():
                value = attributes[position] if position >= 0 else None
                columns[key].append(None if value is None or (hasattr(value, "isNull") and value.isNull())
                                    else value)
        return rows, columns

    def _write(self, parameters, context, feedback, fields, rows: list[list], result) -> tuple[str, int]:
        """Every row with its point (none when not matched) and the result fields; returns the output and the
        number of rows matched."""
        extra = QgsFields()
        for name, kind in RESULT_FIELDS:
            extra.append(QgsField(name, kind))
        out_fields = QgsProcessingUtils.combineFields(fields, extra)
        renamed = [out_fields.at(fields.count() + j).name() for j in range(extra.count())]
        if renamed != [name for name, _ in RESULT_FIELDS]:
            feedback.pushWarning(self.tr("The input already has fields named like the results: they are written "
                                         "as {}").format(", ".join(renamed)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Point,
                                          WORKING_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feature = QgsFeature(out_fields)
        matched = 0
        n = len(rows)
        for i in range(n):
            if i % CHECK_EVERY == 0:
                check_canceled(feedback)
                feedback.setProgress(80 + 20.0 * i / n)
            kind = result.match_type[i]
            if kind == "none":
                feature.clearGeometry()
            else:
                matched += 1
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(result.x[i]), float(result.y[i]))))
            feature.setAttributes([*rows[i], kind, float(result.match_score[i]), result.address_fr[i],
                                   result.address_nl[i], result.postcode[i], result.nis_code[i],
                                   None if result.reason[i] is None else error_text(result.reason[i])])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("OUTPUT: cannot write row {}").format(i + 1))
        return dest, matched
