"""The small base class every Brussels Creative algorithm derives from."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...resources import icon_path

# group id -> display name (translated on use)
GROUPS = {
    "data": "Data",
    "quality": "Quality",
    "density": "Density",
    "network": "Network",
    "monitoring": "Monitoring",
    "export": "Export",
}


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


class BrusselsCreativeAlgorithm(QgsProcessingAlgorithm):
    """Boilerplate shared by the algorithms: id, group, help and icon come from class attributes."""

    ALG_ID = ""
    ALG_NAME = ""
    ALG_GROUP = "data"
    ALG_HELP = ""
    ALG_TAGS: tuple[str, ...] = ()

    def tr(self, text: str) -> str:
        """Translate a user-facing string."""
        return tr(text)

    def createInstance(self):
        """Return a fresh instance of the same algorithm."""
        return type(self)()

    def name(self) -> str:
        """Return the stable algorithm id."""
        return self.ALG_ID

    def displayName(self) -> str:
        """Return the translated algorithm name."""
        return self.tr(self.ALG_NAME)

    def group(self) -> str:
        """Return the translated group name."""
        return self.tr(GROUPS[self.ALG_GROUP])

    def groupId(self) -> str:
        """Return the stable group id."""
        return self.ALG_GROUP

    def shortHelpString(self) -> str:
        """Return what the algorithm computes, its units and its edge rules."""
        return self.tr(self.ALG_HELP)

    def tags(self) -> list[str]:
        """Return search tags for the toolbox."""
        return [self.tr(tag) for tag in self.ALG_TAGS] + ["brussels", "creative"]

    def icon(self) -> QIcon:
        """Return the plugin icon."""
        return QIcon(icon_path())

    def _add(self, parameter, help_text: str) -> None:
        """Add a parameter with its (translated) help."""
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)

    def add_points_input(self, key: str = "INPUT") -> None:
        """Add the entities (or any point layer) input shared by the analyses."""
        from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

        self._add(
            QgsProcessingParameterFeatureSource(
                key, self.tr("Entities (or any point layer)"), [QgsProcessing.TypeVectorPoint]
            ),
            "The entities layer of an ecosystem GeoPackage, or any point layer in any CRS",
        )
