"""kpi_trends: the series of chosen KPIs kept by kpi_snapshot, with their changes, as a table and a chart."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import kpi
from ...core.errors import BrusselsCreativeError
from ...core.publish import charts
from ...core.store.gpkg import connect_read_only
from ...layers.translation import error_text
from .base import WholeEcosystemAlgorithm, ecosystem
from .outputs import check_writable, make_fields, writing
from .parameters import choice, file_destination, sink, text

DEFAULT_KPIS = "active_entities, density, share_verified, relationships_per_entity"
SCOPES = (kpi.REGION, kpi.MUNICIPALITY, kpi.SECTOR)
TREND_FIELDS = (
    ("kpi", QMetaType.QString), ("scope_type", QMetaType.QString), ("scope_code", QMetaType.QString),
    ("taken_at", QMetaType.QString), ("value", QMetaType.Double), ("unit", QMetaType.QString),
    ("change", QMetaType.Double), ("change_pct", QMetaType.Double),
    ("change_year", QMetaType.Double), ("change_year_pct", QMetaType.Double),
)  # fmt: skip
MAX_PANELS = 8


class KpiTrends(WholeEcosystemAlgorithm):
    """Read the KPI series and their changes."""

    ALG_ID = "kpi_trends"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg holding the snapshots (opened read-only)")
    KPIS = text("KPIs", "KPI names separated by commas; a name ending with ':' takes every category",
                default=DEFAULT_KPIS)
    SCOPE = choice("Scope", ["Region", "Each municipality", "Each sector"],
                   "Whether the series are the region's, each municipality's or each sector's")
    OUTPUT = sink("KPI trends", "One row per KPI, place and snapshot, with the changes")
    CHART = file_destination("Chart", "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)",
                             "The trends drawn as a chart (PNG, SVG or PDF by the file's suffix)", optional=True,
                             create_by_default=False)

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage."""
        names = [name.strip() for name in self.parameterAsString(parameters, self.KPIS, context).split(",")]
        names = [name for name in names if name]
        if not names:
            raise QgsProcessingException(self.tr("KPIS: name at least one KPI"))
        scope = SCOPES[self.parameterAsEnum(parameters, self.SCOPE, context)]
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            check_writable(chart, self.CHART)
            if chart.lower().rsplit(".", 1)[-1] not in ("png", "svg", "pdf"):
                raise QgsProcessingException(self.tr("CHART: a chart is written as .png, .svg or .pdf"))
        connection = connect_read_only(path)
        try:
            rows = kpi.read_trends(connection, names, scope)
        except Exception as error:  # a file without kpi_snapshots, or not a GeoPackage
            raise QgsProcessingException(self.tr("GEOPACKAGE: cannot read the KPI snapshots of {} ({})")
                                         .format(path, error)) from error
        finally:
            connection.close()
        if not rows:
            feedback.pushWarning(self.tr("No snapshot holds these KPIs in this scope: run KPI snapshot first"))
        fields = make_fields(TREND_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        feature = QgsFeature(fields)
        for row in rows:
            feature.setAttributes([row.kpi, row.scope_type, row.scope_code, row.taken_at, row.value, row.unit,
                                   row.change, row.change_pct, row.change_year, row.change_year_pct])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("OUTPUT refused the row of {} at {}: {}")
                                             .format(row.kpi, row.taken_at, sink.lastError()))
        results = {self.OUTPUT: dest_id}
        if chart:
            with writing(chart, self.CHART):
                self._chart(chart, rows)
            results[self.CHART] = chart
        return results

    def _chart(self, path: str, rows: list[kpi.TrendRow]) -> None:
        """One panel per KPI, one line per place."""
        panels: dict[str, tuple[str, dict]] = {}
        for row in rows:
            unit, series = panels.setdefault(row.kpi, (row.unit, {}))
            xs, ys = series.setdefault(row.scope_code or self.tr("region"), ([], []))
            xs.append(dt.date.fromisoformat(row.taken_at[:10]))
            ys.append(row.value)
        try:
            charts.line_panels(path, [(name, unit, series) for name, (unit, series) in
                                      list(panels.items())[:MAX_PANELS]])
        except BrusselsCreativeError as error:
            raise QgsProcessingException(f"{self.CHART}: {error_text(error)}") from error
