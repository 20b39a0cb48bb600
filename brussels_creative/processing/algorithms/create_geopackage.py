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
    ALG_NAME = "Create ecosystem GeoPackage"
    ALG_GROUP = "data"
    ALG_TAGS = ("geopackage", "create", "new", "schema", "ecosystem")
    ALG_HELP = (
        "Creates a new ecosystem GeoPackage in EPSG:31370 (Belgian Lambert 72, metres): the entities point layer, "
        "sectors, services, audiences, relationships and their lines, the history, and the vocabularies in English, "
        "French and Dutch, with the 19 municipalities of the Brussels Capital Region as a polygon layer "
        "(UrbIS © CIRB/CIBG).\n\nIntegrity rules and the change history live in the file itself, so every client "
        "(QGIS, GDAL, sqlite3) is held to them.\n\nAn existing file is never replaced unless 'Overwrite' is ticked."
    )

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
