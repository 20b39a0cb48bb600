"""compare_portfolios: two or more portfolios side by side, as a table and a chart."""

from __future__ import annotations

from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis.kpi import municipality_areas
from ...core.curation.compare import compare
from ...core.errors import BrusselsCreativeError
from ...core.publish.charts import grouped_bars
from ...core.store.sources import open_store
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm, ecosystem
from .outputs import add_table_rows, check_writable, writing
from .parameters import file_destination, sink, text
from .portfolio_input import portfolio_members


class ComparePortfolios(BrusselsCreativeAlgorithm):
    """Compare saved portfolios."""

    ALG_ID = "compare_portfolios"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg holding the portfolios (read only)")
    PORTFOLIOS = text("Portfolios", "Two or more portfolio names separated by semicolons (;)")
    OUTPUT = sink("Comparison", "One row per figure (measure, category), one column per portfolio")
    CHART = file_destination("Chart", "Charts (*.png *.svg *.pdf)",
                             "Bars of the figures, one colour per portfolio (.png, .svg or .pdf)", optional=True)

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Resolve the members, compare, write the table and the chart."""
        ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
        names = list(dict.fromkeys(n.strip() for n in self.parameterAsString(
            parameters, self.PORTFOLIOS, context).split(";") if n.strip()))
        if len(names) < 2:
            raise QgsProcessingException(self.tr("{}: give at least two portfolio names, separated by ;").format(
                self.PORTFOLIOS))
        chart = self.parameterAsFileOutput(parameters, self.CHART, context) if parameters.get(self.CHART) else ""
        if chart:
            check_writable(chart, self.CHART)
        members = {name: portfolio_members(ecosystem, name, feedback) for name in names}
        try:
            with open_store(ecosystem, read_only=True) as store:
                comparison = compare(store.connection, members, sum(municipality_areas(store.connection).values()))
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        fields = QgsFields()
        for name, kind in (("measure", QMetaType.QString), ("category", QMetaType.QString)):
            fields.append(QgsField(name, kind))
        for name in names:
            fields.append(QgsField(name, QMetaType.Double))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        add_table_rows(sink, fields, [[m, c, *v] for m, c, v in comparison.rows], feedback)
        for name, count in zip(names, comparison.value("entities"), strict=True):
            feedback.pushInfo(self.tr("{}: {} entities").format(name, int(count)))
        if chart:
            with writing(chart, self.CHART):
                grouped_bars(chart, names, self._panels(comparison), self.tr("Portfolios compared"))
        return {self.OUTPUT: dest_id, self.CHART: chart or None}

    def _panels(self, comparison) -> list[list[tuple[str, list[str], list[list[float]]]]]:
        """The chart's rows of panels: the headline figures side by side (each on its own scale), then counts by
        entity type and by primary sector."""
        headline = [(self.tr("Entities"), "entities"), (self.tr("Per km²"), "per_km2"),
                    (self.tr("Verified (%)"), "verified_pct"), (self.tr("Mean degree"), "mean_degree")]
        rows = [[(label, [""], [comparison.value(measure)]) for label, measure in headline]]
        for measure, title in (("entity_type", self.tr("Entities by type")),
                               ("primary_sector", self.tr("Entities by primary sector"))):
            counts = [(code, values) for m, code, values in comparison.rows if m == measure]
            if counts:
                rows.append([(title, [code for code, _ in counts], [values for _, values in counts])])
        return rows
