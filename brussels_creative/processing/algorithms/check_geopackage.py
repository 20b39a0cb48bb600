"""check_geopackage: integrity, references, GeoPackage conformance and geometry checks, as a table of findings."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.store import checks
from .base import BrusselsCreativeAlgorithm
from .outputs import add_feature
from .parameters import file, number_output, sink


class CheckGeoPackage(BrusselsCreativeAlgorithm):
    """Check an ecosystem GeoPackage."""

    ALG_ID = "check_geopackage"
    ALG_GROUP = "quality"

    INPUT = file("Ecosystem GeoPackage", "The .gpkg file to check (opened read-only)", extension="gpkg")
    OUTPUT = sink("Findings", "A table with one row per finding: severity, check, table_name, row, message")
    ERRORS = number_output("Number of errors")
    WARNINGS = number_output("Number of warnings")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Run the checks and write the findings."""
        path = self.parameterAsFile(parameters, self.INPUT, context)
        version = self.schema_version(path)
        fields = QgsFields()
        for name in ("severity", "check", "table_name", "row", "message"):
            fields.append(QgsField(name, QMetaType.QString))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feedback.pushInfo(self.tr("Checking {} (schema version {})").format(path, version))
        findings = checks.check_file(path, is_canceled=feedback.isCanceled)
        errors = warnings = 0
        for index, finding in enumerate(findings):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes([finding.severity, finding.check, finding.table, finding.row, finding.message])
            add_feature(sink, feature, index, len(findings))
            errors += finding.severity == checks.ERROR
            warnings += finding.severity == checks.WARNING
            if finding.severity == checks.ERROR:
                feedback.reportError(f"{finding.check} {finding.table} {finding.row}: {finding.message}")
            feedback.setProgress(100 * (index + 1) / len(findings))
        feedback.pushInfo(self.tr("{} errors, {} warnings").format(errors, warnings))
        return {self.OUTPUT: dest_id, self.ERRORS: errors, self.WARNINGS: warnings}
