"""ecosystem_report: a self-contained HTML report (and a PDF through a QGIS print layout) a policy maker reads."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProject

from ...core.analysis import kpi
from ...core.publish import charts, report
from ...core.store.gpkg import connect_read_only
from ...core.store.timeline import active_points_at
from . import report_maps
from .base import WholeEcosystemAlgorithm, ecosystem
from .outputs import check_writable, writing
from .parameters import file_destination, labels

LANGUAGES = ("en", "fr", "nl")
TREND_KPIS = ("active_entities", "density", "relationships_per_entity", "share_verified")
BANDWIDTH = 500.0


class EcosystemReport(WholeEcosystemAlgorithm):
    """Write the ecosystem report."""

    ALG_ID = "ecosystem_report"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg reported on (opened read-only)")
    LANGUAGE = labels("Language of the report", lambda: ["English", "Français", "Nederlands"],
                      "The report's language, whatever QGIS's")
    OUTPUT = file_destination("HTML report", "HTML files (*.html)", "The report as one HTML file with its images "
                              "inside")
    PDF = file_destination("PDF report", "PDF files (*.pdf)", "The report laid out by a QGIS print layout, as PDF",
                           optional=True, create_by_default=False)

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage."""
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.PDF, context)
        for key, target in ((self.OUTPUT, html_path), (self.PDF, pdf_path)):
            if target:
                check_writable(target, key)
        connection = connect_read_only(path)
        try:
            content = report.gather(connection, language, Path(path).name)
            trends = kpi.read_trends(connection, list(TREND_KPIS))
            _, x, y = active_points_at(connection, [None])[0]
        except Exception as error:  # not an ecosystem file, or one without its tables
            raise QgsProcessingException(self.tr("GEOPACKAGE: cannot read {} ({})").format(path, error)) from error
        finally:
            connection.close()
        feedback.setProgress(30)
        with tempfile.TemporaryDirectory(prefix="bc_report_") as folder:
            chart = str(Path(folder) / "trends.png")
            if trends:
                panels = {}
                for row in trends:
                    xs, ys = panels.setdefault(row.kpi, ([], []))
                    xs.append(dt.date.fromisoformat(row.taken_at[:10]))
                    ys.append(row.value)
                charts.line_panels(chart, [(report.kpi_label(name, language), "", {"": series})
                                           for name, series in panels.items()])  # fmt: skip
                content.trend_chart = Path(chart).read_bytes()
            entities, municipalities = report_maps.entity_layers(path, language)
            density = report_maps.density_layer(x, y, str(Path(folder) / "density.tif"), BANDWIDTH)
            type_caption = report.text("map_types", language)
            density_caption = report.text("map_density", language, bandwidth=int(BANDWIDTH))
            outline = municipalities_outline(municipalities)
            content.maps = [(type_caption, report_maps.render_png([entities, municipalities])),
                            (density_caption, report_maps.render_png([outline, density]))]
            feedback.setProgress(70)
            with writing(html_path, self.OUTPUT):
                Path(html_path).write_text(report.render_html(content), encoding="utf-8")
            results = {self.OUTPUT: html_path}
            if pdf_path:
                project = QgsProject()
                for layer in (entities, municipalities, outline, density):
                    project.addMapLayer(layer, False)
                pages = self._pages(content, language, [entities, municipalities], [outline, density],
                                    chart if trends else None)
                with writing(pdf_path, self.PDF):
                    report_maps.write_pdf(pdf_path, report.text("title", language), pages, project)
                results[self.PDF] = pdf_path
        return results

    def _pages(self, content, language: str, type_layers: list, density_layers: list, chart: str | None) -> list:
        """The PDF's pages: key figures with the map of types, density with the trends, the tables."""
        t = lambda key, **values: report.text(key, language, **values)  # noqa: E731
        figures = ([t("figure"), t("value"), t("change")],
                   [(report.kpi_label(f.name, language), f.value, "–" if f.change is None else f"{f.change:+.2f}")
                    for f in content.figures])  # fmt: skip
        municipalities = ([t("municipality"), t("entities"), t("density"), t("strongest_sector")],
                          content.municipalities)
        sectors = ([t("sector"), t("entities"), t("share"), t("strongest_municipality")], content.sectors)
        pages = [
            {"heading": f"{t('title')} — {content.generated.isoformat()}",
             "items": [("map", type_layers, (10, 20, 145, 180)), ("table", figures, (160, 20, 127, 180))]},
            {"heading": t("map_density", bandwidth=int(BANDWIDTH)), "items": [("map", density_layers, (10, 20, 277,
                                                                                                        180))]},
            {"heading": t("by_municipality"), "items": [("table", municipalities, (10, 20, 277, 180))]},
            {"heading": t("by_sector"), "items": [("table", sectors, (10, 20, 277, 180))]},
        ]  # fmt: skip
        if chart:
            pages.insert(2, {"heading": t("trends"), "items": [("picture", chart, (10, 20, 277, 180))]})
        return pages


def municipalities_outline(layer):
    """The municipalities drawn as outlines only, over a raster."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    outline = layer.clone()
    outline.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "60,60,60,255", "outline_width": "0.3"})))
    return outline
