"""import_entities: a partner's list (CSV, spreadsheet, any layer) into the ecosystem GeoPackage, in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import BrusselsCreativeError
from ...core.intake import importer
from ...core.intake.address_reference import has_reference
from ...core.intake.geocoding import AddressReference, Geocoder
from ...core.intake.mapping import parse_mapping
from ...core.intake.similarity import DEFAULT_RADIUS_M
from ...core.store.sources import open_store
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm, ecosystem
from .messages import cancelled
from .parameters import advanced, boolean, choice, crs, decimal, file, layer, number_output, sink, text
from .tables import input_table

MODES = (importer.ALL_OR_NOTHING, importer.VALID_ROWS)
DUPLICATE_ACTIONS = (importer.SKIP, importer.UPDATE)
REPORTED = 50


class ImportEntities(BrusselsCreativeAlgorithm):
    """Import entities from a table or layer."""

    ALG_ID = "import_entities"
    ALG_GROUP = "data"

    INPUT = layer("Partner list (table or layer)",
                  "A CSV, XLSX, ODS, GeoJSON, shapefile, GeoPackage or any layer: one entity per row")
    GEOPACKAGE = ecosystem("The ecosystem .gpkg file to fill")
    ADDRESS_REFERENCE = advanced(file(
        "Address reference", "A GeoPackage holding an address reference (Load address reference) that places the "
        "rows with an address and no point; empty: the ecosystem GeoPackage's own, if it has one", extension="gpkg",
        optional=True))
    MAPPING = text("Column mapping (field=column;...)",
                   "Overrides the automatic choice of columns, e.g. name=Organisation;website=URL;sectors=Domaines",
                   optional=True)
    MODE = choice("Mode", ["All or nothing", "Import the valid rows"],
                  "All or nothing: one bad row imports nothing. Valid rows: bad rows go to REJECTS")
    DUPLICATES = choice("Rows matching an existing entity", ["Skip them", "Update the entity"],
                        "Same uuid, or same name within DISTANCE metres: skip the row or update the entity")
    DISTANCE = decimal("Duplicate distance (m)", DEFAULT_RADIUS_M,
                       "Two entities of the same name closer than this (metres) are the same entity", minimum=0)
    COORDINATE_CRS = crs("CRS of the X/Y columns", "The CRS of X/Y or longitude/latitude columns (default: EPSG:4326 "
                         "for longitude/latitude, EPSG:31370 for X/Y)", optional=True)
    DEFAULT_TYPE = text("Entity type of rows without one", "A code or label of entity_types given to rows whose type "
                        "is empty (none: such rows are refused)", optional=True)
    REJECTS = sink("Rejected rows",
                   "Valid-rows mode: one row per problem (row, column, value, reason, then the row's values)",
                   optional=True)
    AS_PROPOSALS = boolean("Import as proposals for a curator", False,
                           "Write nothing in the entities: each row becomes pending proposals (new entity, or the "
                           "values that differ from the matching entity's), approved or rejected in the curation dock")
    INSERTED = number_output("Entities added")
    UPDATED = number_output("Entities updated")
    SKIPPED = number_output("Rows skipped as duplicates")
    REJECTED = number_output("Rows refused")
    PROPOSED = number_output("Proposals stored")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read, check, import; report the refused rows."""
        ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
        crs = self.parameterAsCrs(parameters, self.COORDINATE_CRS, context)
        try:
            options = importer.ImportOptions(
                mode=MODES[self.parameterAsEnum(parameters, self.MODE, context)],
                duplicates=DUPLICATE_ACTIONS[self.parameterAsEnum(parameters, self.DUPLICATES, context)],
                distance_m=self.parameterAsDouble(parameters, self.DISTANCE, context),
                mapping=parse_mapping(self.parameterAsString(parameters, self.MAPPING, context)),
                coordinate_crs=crs.toWkt() if crs.isValid() else None,
                default_type=self.parameterAsString(parameters, self.DEFAULT_TYPE, context) or None,
                as_proposals=self.parameterAsBoolean(parameters, self.AS_PROPOSALS, context),
            )
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        table = input_table(self, parameters, self.INPUT, context, feedback)
        options.source_name = Path(table.name).name
        for note in table.notes:
            feedback.pushInfo(f"{table.name}: {error_text(note)}")
        geocode = None
        reference = self._reference(parameters, context, ecosystem)
        if reference is not None:  # addresses without coordinates are placed by an address reference
            geocode = importer.geocode_with(Geocoder(AddressReference.from_gpkg(reference)))
            feedback.pushInfo(self.tr("Rows with an address and no point are geocoded with the address reference "
                                      "of {}").format(reference))
        try:
            with open_store(ecosystem) as store:
                result = importer.import_entities(store, table, options, geocode=geocode,
                                                  is_canceled=feedback.isCanceled, progress=feedback.setProgress)
        except importer.ImportCanceledError as error:
            raise cancelled() from error
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        feedback.pushInfo(self.tr("Columns used: {}").format(
            ", ".join(f"{target}={header}" for target, header in result.columns.items())))
        for note in result.notes[:REPORTED]:
            feedback.pushInfo(self.tr("Row {}: {} {}").format(note.row, note.column, error_text(note.message)))
        lines = [self.tr("Row {}, {} {!r}: {}").format(p.row, p.column or "-", p.value, error_text(p.message))
                 for p in result.problems]
        if not result.committed:
            shown = "\n".join(lines[:REPORTED])
            more = self.tr("\n... and {} more").format(len(lines) - REPORTED) if len(lines) > REPORTED else ""
            raise QgsProcessingException(
                self.tr("{} rows refused; nothing was imported (all-or-nothing mode):\n{}{}").format(
                    len(set(result.rejected_rows)), shown, more))
        for line in lines[:REPORTED]:
            feedback.reportError(line)
        outputs = {self.INSERTED: result.inserted, self.UPDATED: result.updated, self.SKIPPED: result.skipped,
                   self.REJECTED: len(set(result.rejected_rows)), self.PROPOSED: result.proposed}
        outputs[self.REJECTS] = self._write_rejects(parameters, context, table, result)
        if result.proposed:
            feedback.pushInfo(self.tr("{} proposals stored for a curator").format(result.proposed))
        feedback.pushInfo(self.tr("{} added, {} updated, {} skipped, {} refused").format(
            result.inserted, result.updated, result.skipped, len(set(result.rejected_rows))))
        return outputs

    def _reference(self, parameters, context, ecosystem) -> str | None:
        """The GeoPackage whose address reference geocodes: the one given, else the ecosystem's file if it holds
        one; None otherwise."""
        given = self.parameterAsFile(parameters, self.ADDRESS_REFERENCE, context)
        if given:
            try:
                if has_reference(given):
                    return given
            except (BrusselsCreativeError, sqlite3.Error) as error:
                raise QgsProcessingException(f"{self.ADDRESS_REFERENCE}: {error_text(error)}") from error
            raise QgsProcessingException(self.tr("{}: {} holds no address reference (load one with Load address "
                                                 "reference)").format(self.ADDRESS_REFERENCE, given))
        if ecosystem.file is not None and has_reference(ecosystem.file):
            return str(ecosystem.file)
        return None

    def _write_rejects(self, parameters, context, table, result) -> str | None:
        """One row per problem with the refused row's values."""
        fields = QgsFields()
        fields.append(QgsField("row", QMetaType.Int))
        for name in ("column", "value", "reason"):
            fields.append(QgsField(name, QMetaType.QString))
        taken = {"row", "column", "value", "reason"}
        for header in table.headers:
            name = header if header.lower() not in taken else f"input_{header}"
            taken.add(name.lower())
            fields.append(QgsField(name, QMetaType.QString))
        sink, dest_id = self.parameterAsSink(parameters, self.REJECTS, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            return None
        index = {number: i for i, number in enumerate(table.row_numbers)}
        for problem in result.problems:
            cells = table.rows[index[problem.row]]
            feature = QgsFeature(fields)
            feature.setAttributes([problem.row, problem.column, problem.value, error_text(problem.message),
                                   *(None if c is None else str(c) for c in cells[:len(table.headers)]),
                                   *([None] * max(0, len(table.headers) - len(cells)))])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id
