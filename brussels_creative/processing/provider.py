"""The Processing provider `brussels_creative`: lists every algorithm of the plugin."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..resources import icon_path
from .algorithms.base import tr

PROVIDER_ID = "brussels_creative"


class BrusselsCreativeProvider(QgsProcessingProvider):
    """Processing provider holding the Brussels Creative algorithms."""

    def loadAlgorithms(self) -> None:
        """Register one instance of each algorithm."""
        for algorithm_class in algorithm_classes():
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


def algorithm_classes() -> list[type]:
    """Return the algorithm classes, one module each."""
    from .algorithms.check_geopackage import CheckGeoPackage
    from .algorithms.clusters import Clusters
    from .algorithms.create_geopackage import CreateGeoPackage
    from .algorithms.density_by_area import DensityByArea
    from .algorithms.density_grid import DensityGrid
    from .algorithms.export_ecosystem import ExportEcosystem
    from .algorithms.generate_sample import GenerateSample
    from .algorithms.hotspots import Hotspots
    from .algorithms.import_entities import ImportEntities
    from .algorithms.kernel_density import KernelDensity
    from .algorithms.point_pattern import PointPattern
    from .algorithms.quality_report import QualityReport

    return [
        CreateGeoPackage,
        CheckGeoPackage,
        QualityReport,
        GenerateSample,
        ImportEntities,
        DensityByArea,
        DensityGrid,
        KernelDensity,
        Hotspots,
        Clusters,
        PointPattern,
        ExportEcosystem,
    ]
