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
    ALG_NAME = "Create ecosystem in PostgreSQL/PostGIS"
    ALG_GROUP = "data"
    ALG_TAGS = ("postgis", "postgresql", "database", "team", "create", "schema", "ecosystem")
    ALG_MEANING = (
        "Makes a place where several people can edit one ecosystem at once: a schema in a PostgreSQL database with "
        "PostGIS, holding the entities with their sectors, services and audiences, the relationships, the history, "
        "the proposals, the portfolios and the KPI snapshots, as an ecosystem GeoPackage does, with the "
        "vocabularies in English, French and Dutch and the 19 municipalities. A GeoPackage on a network share is "
        "unsafe for several editors; a database is made for them. The analyses read its entities layer as they read "
        "a GeoPackage's; copy_ecosystem fills it from a GeoPackage."
    )
    ALG_HELP = (
        "The database is the one of a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL ▸ New "
        "Connection); it must have the postgis extension. The schema is created; a schema that holds an ecosystem "
        "already is refused and left as it is. Everything is written in one transaction: on any error nothing is "
        "left behind.\n\nThe database enforces the GeoPackage's rules under the same names (bc_email_shape, "
        "bc_entity_type_known...) for every client, writes the history of every change with the name of the "
        "database user who made it, and has three roles to grant to people's logins: bc_curator (everything), "
        "bc_editor (entities, relationships, their sectors, services and audiences, and proposals) and bc_reader "
        "(the view public_entities only). Coordinates are stored in EPSG:31370 (Belgian Lambert 72, metres).\n\n"
        "The layers' styles and forms are stored as the database's default styles (QGIS's layer_styles) and a ready "
        "project in the schema (Project ▸ Open from ▸ PostgreSQL), in the LANGUAGE chosen, naming the connection "
        "without any password; the plugin opens the ecosystem with Open ecosystem from PostgreSQL…."
    )

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
