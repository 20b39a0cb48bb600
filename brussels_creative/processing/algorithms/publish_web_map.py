"""publish_web_map: the public web map (a folder or .zip opening from disk or any static host)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingException

from ...core.publish import webmap
from .base import BrusselsCreativeAlgorithm, ecosystem
from .outputs import all_or_nothing
from .parameters import codes, file_or_folder_destination, text


class PublishWebMap(BrusselsCreativeAlgorithm):
    """Write the public web map of an ecosystem."""

    ALG_ID = "publish_web_map"
    ALG_GROUP = "export"

    INPUT = ecosystem("The ecosystem .gpkg file to publish (opened read-only, never changed)")
    TITLE = text("Title of the page", "Shown at the top of the page and as the browser tab's title",
                 default="Brussels Creative")
    CONTACT_EMAIL = text("Team e-mail for corrections", "Where the page's correction e-mails are addressed; empty: "
                         "the person chooses the address", optional=True)
    LANGUAGE = codes("Default language of the page", lambda: list(webmap.PAGE_LANGUAGES),
                     "fr, nl or en; readers switch language in the page", default="fr")
    TILE_URL = text("Online tile layer URL", "An https:// XYZ template with {z}, {x} and {y}, shown under the "
                    "municipalities only when reachable; empty: municipalities only", default=webmap.DEFAULT_TILE_URL,
                    optional=True)
    TILE_ATTRIBUTION = text("Tile layer attribution", "The credit the tile provider requires, shown on the map with "
                            "its tiles", default=webmap.DEFAULT_TILE_ATTRIBUTION, optional=True)
    OUTPUT = file_or_folder_destination("Output folder or .zip", "Folder (*);;Zip (*.zip)", "A folder to create (a "
                                        "previous web map there is replaced) or a file name ending with .zip")

    def _read(self, parameters, context) -> dict:
        """Read every parameter once."""
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            raise QgsProcessingException(self.tr("OUTPUT: give a folder or a .zip file to write"))
        if parameters.get(self.OUTPUT) in (QgsProcessing.TEMPORARY_OUTPUT, None, ""):
            output = str(Path(output).with_suffix(""))
        return {
            "target": output,
            "title": self.parameterAsString(parameters, self.TITLE, context) or "Brussels Creative",
            "contact_email": self.parameterAsString(parameters, self.CONTACT_EMAIL, context) or "",
            "language": self.parameterAsEnumString(parameters, self.LANGUAGE, context) or "fr",
            "tile_url": self.parameterAsString(parameters, self.TILE_URL, context) or "",
            "tile_attribution": self.parameterAsString(parameters, self.TILE_ATTRIBUTION, context) or "",
        }

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Publish."""
        values = self._read(parameters, context)
        with self.ecosystem_file(parameters, self.INPUT, context, feedback) as source:
            return self._publish(source, values, feedback)

    def _publish(self, source: str, values: dict, feedback) -> dict:
        """Publish the ecosystem's GeoPackage."""
        feedback.pushInfo(self.tr("Publishing the public web map of {source} to {target}").format(source=source,
                                                                                                **values))
        with all_or_nothing(webmap.WebMapCancelledError,
                            self.tr("The publication failed and nothing was written: {}")):
            result = webmap.publish_web_map(source, **values, progress=feedback.setProgress,
                                            is_canceled=feedback.isCanceled)
        feedback.pushInfo(self.tr("{entities} entries, {relationships} relationships, {municipalities} "
                                  "municipalities").format(**result.counts))
        feedback.pushInfo(self.tr("Page data: {:.2f} MB").format(result.data_bytes / 1e6))
        if not result.counts["entities"]:
            feedback.pushWarning(self.tr("No entry is public: the map shows the municipalities only"))
        return {self.OUTPUT: str(result.path)}
