"""copy_ecosystem: an ecosystem copied from a GeoPackage into a new PostgreSQL/PostGIS schema, or back, losing
nothing."""

from __future__ import annotations

import sqlite3

from qgis.core import QgsProcessingException

from ...core.errors import BrusselsCreativeError
from ...core.store.postgis import copy, team_styles
from ...core.store.postgis.store import connect
from ...layers.postgres_connection import saved_connection_dsn
from .base import BrusselsCreativeAlgorithm
from .database_errors import database_errors
from .messages import check_canceled
from .parameters import boolean, choice, connection, file, number_output, text, text_output
from .project import language_parameter, store_forms_and_project, store_postgis_forms_and_project

DIRECTIONS = (("to_postgis", "GeoPackage → PostGIS (a new schema)"),
              ("to_geopackage", "PostGIS → GeoPackage (a new file)"))


class CopyEcosystem(BrusselsCreativeAlgorithm):
    """Copy an ecosystem between a GeoPackage and a PostGIS schema."""

    ALG_ID = "copy_ecosystem"
    ALG_GROUP = "data"

    DIRECTION = choice("Copy", [label for _, label in DIRECTIONS], "Which way the ecosystem is copied")
    GEOPACKAGE = file("Ecosystem GeoPackage", "The GeoPackage read (to PostGIS) or written (to GeoPackage)",
                      extension="gpkg")
    CONNECTION = connection("PostgreSQL connection", "A PostgreSQL connection saved in QGIS")
    SCHEMA = text("Schema", "The ecosystem's schema: made (to PostGIS) or read (to GeoPackage)",
                  default="brussels_creative")
    OVERWRITE = boolean("Replace an existing GeoPackage", False,
                        "PostGIS → GeoPackage only: replace the file when it exists")
    GEOPACKAGE_COPIED = text_output("Ecosystem GeoPackage", key="GEOPACKAGE")
    SCHEMA_COPIED = text_output("Schema", key="SCHEMA")
    ROWS = number_output("Rows copied")

    LANGUAGE = language_parameter()  # the last parameter

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Copy every table in one transaction, reporting the rows table by table."""
        direction = DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)][0]
        path = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        if not path:
            raise QgsProcessingException(self.tr("GEOPACKAGE: choose the ecosystem GeoPackage"))
        check_canceled(feedback)
        tables = len(copy.TABLES)

        def progress(table: str, rows: int) -> bool:
            feedback.setProgress(100 * copy.TABLES.index(table) / tables)
            return not feedback.isCanceled()

        with database_errors(f"CONNECTION {name}"):
            connection = connect(saved_connection_dsn(name))
            try:
                if direction == "to_postgis":
                    styles = team_styles.styles_of_geopackage(path)
                    report = copy.copy_geopackage_to_postgis(path, connection, schema, progress)
                else:
                    styles = team_styles.styles_of_postgis(connection, schema)
                    report = copy.copy_postgis_to_geopackage(connection, schema, path, overwrite, progress)
            finally:
                connection.close()
        for table, rows in report.rows.items():
            feedback.pushInfo(self.tr("{}: {} rows").format(table, rows))
        if direction == "to_postgis":
            store_postgis_forms_and_project(self, parameters, context, name, schema, feedback)
        else:
            store_forms_and_project(self, parameters, context, path, feedback)
        self._copy_team_styles(direction, styles, path, name, schema, feedback)
        feedback.pushInfo(self.tr("Copied {} rows into {}").format(
            report.total, schema if direction == "to_postgis" else path))
        feedback.setProgress(100)
        return {self.GEOPACKAGE: path, self.SCHEMA: schema, self.ROWS: report.total}

    def _copy_team_styles(self, direction: str, styles: list, path: str, name: str, schema: str, feedback) -> None:
        """The team's own styles, beside the plugin's defaults written for the target; what the database refuses
        (no right on its layer_styles) is a warning: the ecosystem itself is complete."""
        if not styles:
            return
        import psycopg2

        try:
            if direction == "to_postgis":
                connection = connect(saved_connection_dsn(name))
                try:
                    team_styles.add_styles_to_postgis(connection, schema, styles)
                finally:
                    connection.close()
            else:
                team_styles.add_styles_to_geopackage(path, styles)
        except (BrusselsCreativeError, psycopg2.Error, sqlite3.Error) as error:
            feedback.pushWarning(self.tr("The team's {} own styles could not be copied: {}").format(
                len(styles), str(error).strip()))
            return
        feedback.pushInfo(self.tr("Copied the team's {} own styles").format(len(styles)))
