"""generate_sample: a seeded, realistic sample ecosystem of Brussels for demos, tests, benchmarks and training."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from qgis.core import QgsProcessingException

from ...core.errors import BrusselsCreativeError
from ...core.sample.generator import generate_sample
from ...core.store.ecosystem import EcosystemStore
from ...core.store.postgis import copy
from ...core.store.postgis.store import connect
from ...layers.postgres_connection import saved_connection_dsn
from ...layers.translation import error_text
from .base import ECOSYSTEM_CONNECTION, ECOSYSTEM_SCHEMA, BrusselsCreativeAlgorithm
from .database_errors import database_errors
from .parameters import boolean, connection, file_destination, integer, number_output, text
from .project import language_parameter, store_forms_and_project, store_postgis_forms_and_project


class GenerateSample(BrusselsCreativeAlgorithm):
    """Create an ecosystem GeoPackage filled with a generated sample ecosystem."""

    ALG_ID = "generate_sample"
    ALG_GROUP = "data"

    OUTPUT = file_destination("Sample ecosystem GeoPackage", "GeoPackage (*.gpkg)", "Path of the new .gpkg file",
                              optional=True, create_by_default=False)
    CONNECTION = connection("or PostgreSQL connection", "Instead of (or besides) a GeoPackage: a PostgreSQL connection "
                            "saved in QGIS whose database receives the sample", optional=True, key=ECOSYSTEM_CONNECTION)
    SCHEMA = text("Schema", "The new schema of the sample in that database (one holding an ecosystem is refused)",
                  default="sample", optional=True, key=ECOSYSTEM_SCHEMA)
    COUNT = integer("Number of entities", 3000, "How many entities to generate", minimum=1, maximum=2_000_000)
    SEED = integer("Random seed", 42, "The same seed gives the same ecosystem", minimum=0)
    OVERWRITE = boolean("Overwrite an existing file", False, "Replace the file if it exists (its content is lost)")
    ENTITIES = number_output("Entities")
    RELATIONSHIPS = number_output("Relationships")

    LANGUAGE = language_parameter()  # the last parameter

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Create the file and fill it."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        if not path and not name:
            raise QgsProcessingException(self.tr("{} or {}: give where to write the sample").format(
                self.OUTPUT, self.CONNECTION))
        if name and not schema:
            raise QgsProcessingException(self.tr("{}: choose the schema of the ecosystem").format(self.SCHEMA))
        if not path:  # a schema only: the sample is built in a file of its own first
            with tempfile.TemporaryDirectory(prefix="bc-sample-") as folder:
                return self._generate(str(Path(folder) / "sample.gpkg"), name, schema, parameters, context, feedback)
        return self._generate(path, name, schema, parameters, context, feedback)

    def _generate(self, path: str, name: str, schema: str, parameters, context, feedback) -> dict:
        """Write the sample into the GeoPackage, then into the schema when a connection is given."""
        count = self.parameterAsInt(parameters, self.COUNT, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        target = Path(path)
        if target.exists() and not overwrite:
            raise QgsProcessingException(
                self.tr("{} already exists; choose another name or allow overwriting").format(path)
            )
        # Build beside the target and move into place only when complete: a failure or cancel changes nothing.
        temporary = target.with_name(target.stem + ".generating.gpkg")
        try:
            with EcosystemStore.create(temporary, overwrite=True) as store:
                summary = generate_sample(
                    store, n=count, seed=seed, progress=feedback.setProgress, is_canceled=feedback.isCanceled
                )
            temporary.replace(target)
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        finally:
            temporary.unlink(missing_ok=True)
        if name:
            with database_errors(f"{self.CONNECTION} {name}"):
                connection = connect(saved_connection_dsn(name))
                try:
                    copy.copy_geopackage_to_postgis(path, connection, schema,
                                                    lambda _table, _rows: not feedback.isCanceled())
                finally:
                    connection.close()
            store_postgis_forms_and_project(self, parameters, context, name, schema, feedback)
            feedback.pushInfo(self.tr("The sample is in schema {} of {}").format(schema, name))
        if self.parameterAsFileOutput(parameters, self.OUTPUT, context):
            store_forms_and_project(self, parameters, context, path, feedback)
        else:
            path = None
        values = dataclasses.asdict(summary)
        for key, value in values.items():
            feedback.pushInfo(f"{key}: {value}")
        return {
            self.OUTPUT: path,
            self.ENTITIES: values.get("entities", 0),
            self.RELATIONSHIPS: values.get("relationships", 0),
        }
