"""The Processing provider `brussels_creative`: lists every algorithm of the plugin."""

from __future__ import annotations

import importlib

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..resources import icon_path
from .algorithms.messages import tr

PROVIDER_ID = "brussels_creative"


# Algorithm id, module, class, and the packages it needs at run time beyond QGIS (measured by the imports of the
# module and of the core functions it calls: shapely runs GEOS, so a shapely on another GEOS disables these).
ALGORITHMS = (
    ("create_geopackage", "create_geopackage", "CreateGeoPackage", ()),
    ("create_postgis_ecosystem", "create_postgis_ecosystem", "CreatePostgisEcosystem", ("psycopg2",)),
    ("copy_ecosystem", "copy_ecosystem", "CopyEcosystem", ("numpy", "psycopg2")),
    ("check_geopackage", "check_geopackage", "CheckGeoPackage", ("numpy", "shapely")),
    ("generate_sample", "generate_sample", "GenerateSample", ("numpy", "scipy", "shapely")),
    ("density_by_area", "density_by_area", "DensityByArea", ("numpy", "scipy", "shapely")),
    ("density_grid", "density_grid", "DensityGrid", ("numpy", "scipy", "shapely")),
    ("kernel_density", "kernel_density", "KernelDensity", ("numpy", "scipy", "shapely")),
    ("hotspots", "hotspots", "Hotspots", ("numpy", "scipy", "shapely")),
    ("clusters", "clusters", "Clusters", ("numpy", "scipy", "shapely")),
    ("point_pattern", "point_pattern", "PointPattern", ("numpy", "scipy", "shapely")),
    ("export_ecosystem", "export_ecosystem", "ExportEcosystem", ("numpy",)),
    ("kpi_snapshot", "kpi_snapshot", "KpiSnapshot", ("shapely",)),
    ("kpi_trends", "kpi_trends", "KpiTrends", ("numpy",)),  # its charts: matplotlib runs on numpy
    ("emerging_hotspots", "emerging_hotspots", "EmergingHotspots", ("numpy", "scipy", "shapely")),
    ("centrography", "centrography", "Centrography", ("numpy",)),
    ("density_change", "density_change", "DensityChange", ("numpy", "scipy", "shapely")),
    ("ecosystem_report", "ecosystem_report", "EcosystemReport", ("numpy", "scipy", "shapely")),
    ("publish_web_map", "publish_web_map", "PublishWebMap", ("numpy",)),
    ("load_address_reference", "load_address_reference", "LoadAddressReference", ("numpy",)),
    ("geocode_addresses", "geocode_addresses", "GeocodeAddresses", ("numpy",)),
    ("network_metrics", "network_metrics", "NetworkMetrics", ("numpy", "scipy", "shapely", "igraph")),
    ("network_summary", "network_summary", "NetworkSummary", ("numpy", "scipy", "shapely", "igraph")),
    ("hub_reach", "hub_reach", "HubReach", ("numpy", "scipy", "shapely", "igraph")),
    ("flow_lines", "flow_lines", "FlowLines", ("numpy", "scipy", "shapely")),
    ("import_entities", "import_entities", "ImportEntities", ("numpy", "shapely")),
    ("quality_report", "quality_report", "QualityReport", ("numpy", "shapely")),
    ("import_corrections", "import_corrections", "ImportCorrections", ("numpy",)),
    ("review_queue", "review_queue", "ReviewQueue", ("numpy",)),
    ("compare_portfolios", "compare_portfolios", "ComparePortfolios", ("numpy", "shapely")),
    ("save_portfolio", "save_portfolio", "SavePortfolio", ("numpy",)),
)


def disabled_algorithms(unusable: frozenset[str]) -> list[str]:
    """The ids of the algorithms that need one of the unusable packages."""
    return [name for name, _module, _class, needs in ALGORITHMS if unusable & set(needs)]


class BrusselsCreativeProvider(QgsProcessingProvider):
    """Processing provider holding the Brussels Creative algorithms."""

    def __init__(self, unusable: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.unusable = frozenset(unusable)

    def loadAlgorithms(self) -> None:
        """Register one instance of each algorithm whose packages can be used (optional packages they need
        included: what is missing is logged with the command that installs it)."""
        from qgis.core import Qgis, QgsMessageLog

        from ..core.dependencies import missing_optional

        unusable = set(self.unusable)
        for missing in missing_optional():
            if missing.needed:
                unusable.add(missing.module)
                QgsMessageLog.logMessage(
                    tr("{} need {}: install it with pip in QGIS's Python").format(missing.users, missing.requirement),
                    "Brussels Creative", Qgis.Warning)
        for algorithm_class in algorithm_classes(frozenset(unusable)):
            self.addAlgorithm(algorithm_class())

    def id(self) -> str:
        """Return the provider id used in algorithm ids (`brussels_creative:<name>`)."""
        return PROVIDER_ID

    def name(self) -> str:
        """Return the provider's display name."""
        return tr("Brussels Creative")

    def longName(self) -> str:
        """Return the provider's long name."""
        return tr("Brussels Creative — creative ecosystem of the Brussels Capital Region")

    def icon(self) -> QIcon:
        """Return the plugin icon."""
        return QIcon(icon_path())


def algorithm_classes(unusable: frozenset[str] = frozenset()) -> list[type]:
    """Return the algorithm classes, one module each; modules needing an unusable package are not even imported."""
    classes = []
    for name, module_name, class_name, _needs in ALGORITHMS:
        if name in disabled_algorithms(frozenset(unusable)):
            continue
        module = importlib.import_module(f".algorithms.{module_name}", __package__)
        classes.append(getattr(module, class_name))
    return classes
