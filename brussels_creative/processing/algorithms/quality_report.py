"""quality_report: what to fix in the ecosystem's data, as a table of findings and an HTML page for people."""

from __future__ import annotations

import base64
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.intake import quality
from ...core.intake.similarity import DEFAULT_RADIUS_M
from .base import WholeEcosystemAlgorithm, ecosystem
from .map_picture import render_png
from .messages import check_canceled, tr, watched
from .outputs import check_writable, writing
from .parameters import decimal, file_destination, integer, number_output, sink


class QualityReport(WholeEcosystemAlgorithm):
    """Report the data quality of an ecosystem GeoPackage."""

    ALG_ID = "quality_report"
    ALG_GROUP = "quality"

    INPUT = ecosystem("The ecosystem .gpkg file to check (opened read-only)")
    MONTHS = integer("Review period (months)", 12,
                     "Entities whose last review is older than this many months are listed", minimum=0)
    DISTANCE = decimal("Duplicate distance (m)", DEFAULT_RADIUS_M,
                       "Entities with similar names closer than this (metres) are probable duplicates", minimum=0)
    OUTPUT = sink("Findings", "One row per entity and problem")
    REPORT = file_destination("HTML report", "HTML files (*.html)",
                              "A page with the figures, a map and the rows to fix")
    ERRORS = number_output("Number of errors")
    WARNINGS = number_output("Number of warnings")

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """Check, write the table, render the map, write the page."""
        months = self.parameterAsInt(parameters, self.MONTHS, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        self.schema_version(path)
        check_writable(report_path, self.REPORT)
        feedback.pushInfo(self.tr("Checking {}").format(path))
        report = quality.build_report(path, months=months, distance_m=distance, is_canceled=feedback.isCanceled)
        check_canceled(feedback)
        feedback.setProgress(50)
        fields = QgsFields()
        for name in ("check", "severity", "uuid", "name", "field", "value", "message"):
            fields.append(QgsField(name, QMetaType.QString))
        for name in ("x", "y"):
            fields.append(QgsField(name, QMetaType.Double))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for finding in watched(report.findings, feedback, every=2000):
            feature = QgsFeature(fields)
            feature.setAttributes([finding.check, finding.severity, finding.uuid, finding.name, finding.field,
                                   finding.value, finding.message, finding.x, finding.y])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.setProgress(75)
        marked = sorted({(f.x, f.y) for f in report.findings
                         if f.severity in (quality.ERROR, quality.WARNING) and f.x is not None})
        png = render_png(path, report.points, marked)
        with writing(report_path, self.REPORT):
            Path(report_path).write_text(
                quality.report_html(report, base64.b64encode(png).decode("ascii"), tr=tr), encoding="utf-8")
        counts = report.counts()
        errors = sum(n for check, n in counts.items() if quality.CHECKS[check][0] == quality.ERROR)
        warnings = sum(n for check, n in counts.items() if quality.CHECKS[check][0] == quality.WARNING)
        for check, count in counts.items():
            feedback.pushInfo(f"{check}: {count}")
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.REPORT: report_path, self.ERRORS: errors, self.WARNINGS: warnings}
