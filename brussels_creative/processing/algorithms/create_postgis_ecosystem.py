"""create_postgis_ecosystem: a new ecosystem in a schema of a PostgreSQL/PostGIS database, for a team."""

from __future__ import annotations

from ...core.store.postgis.store import connect, create_ecosystem
from ...layers.postgres_connection import saved_connection_dsn
from .base import BrusselsCreativeAlgorithm
from .database_errors import database_errors
from .messages import check_canceled
from .parameters import connection, number_output, text, text_output
from .project import language_parameter, store_postgis_forms_and_project


class CreatePostgisEcosystem(BrusselsCreativeAlgorithm):
    """Create an ecosystem schema in PostgreSQL/PostGIS."""

    ALG_ID = "create_postgis_ecosystem"
    ALG_GROUP = "data"

    CONNECTION = connection("PostgreSQL connection",
                            "A PostgreSQL connection saved in QGIS; its database needs the postgis extension")
    SCHEMA = text("Schema", "The new schema: lower-case letters, digits and underscores, starting with a letter",
                  default="brussels_creative")
    SCHEMA_CREATED = text_output("Schema", key="SCHEMA")
    VERSION = number_output("Schema version")

    LANGUAGE = language_parameter()  # the last parameter

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Create the schema, its tables, rules, roles, vocabularies and municipalities in one transaction."""
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        check_canceled(feedback)
        with database_errors(f"CONNECTION {name}"):
            connection = connect(saved_connection_dsn(name))
            try:
                version = create_ecosystem(connection, schema)
            finally:
                connection.close()
        feedback.pushInfo(self.tr("Created schema {} (version {}) in the database of {}").format(schema, version, name))
        store_postgis_forms_and_project(self, parameters, context, name, schema, feedback)
        feedback.setProgress(100)
        return {self.SCHEMA: schema, self.VERSION: version}
