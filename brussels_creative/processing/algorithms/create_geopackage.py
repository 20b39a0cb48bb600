"""create_geopackage: a new, empty ecosystem GeoPackage with its schema, vocabularies and municipalities."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ...core.errors import BrusselsCreativeError
from ...core.store.ecosystem import EcosystemStore
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm
from .parameters import boolean, file_destination
from .project import language_parameter, store_forms_and_project


class CreateGeoPackage(BrusselsCreativeAlgorithm):
    """Create an ecosystem GeoPackage."""

    ALG_ID = "create_geopackage"
    ALG_GROUP = "data"

    OUTPUT = file_destination("Ecosystem GeoPackage", "GeoPackage (*.gpkg)", "Path of the new .gpkg file")
    OVERWRITE = boolean("Overwrite an existing file", False, "Replace the file if it exists (its content is lost)")

    LANGUAGE = language_parameter()  # the last parameter

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Create the file."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        if not path:
            raise QgsProcessingException(self.tr("OUTPUT: give the path of the GeoPackage to create"))
        try:
            store = EcosystemStore.create(path, overwrite=overwrite)
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        with store:
            feedback.pushInfo(
                self.tr("Created {} (schema version {}, {} municipalities)").format(
                    path, store.schema_version(), store.count("municipalities")
                )
            )
        store_forms_and_project(self, parameters, context, path, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: path}
