"""The small base class every Brussels Creative algorithm derives from."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingMultiStepFeedback,
)
from qgis.PyQt.QtGui import QIcon

from ...layers.translation import error_text
from ...resources import icon_path
from .console_lines import console_feedback
from .messages import tr
from .parameters import Group, connection, declared_in, file, group, schema

HELP_FOLDER = Path(__file__).with_name("help")  # each algorithm's name, tags and help: <id>.json

# where an ecosystem in PostGIS is, for the algorithms that take an ecosystem (base.ecosystem)
ECOSYSTEM_CONNECTION = "CONNECTION"
ECOSYSTEM_SCHEMA = "SCHEMA"

ECOSYSTEM_HELP = (
    "The ecosystem is a GeoPackage, or a schema of a PostgreSQL/PostGIS database: give CONNECTION (a connection "
    "saved in QGIS) and SCHEMA instead of the GeoPackage. A whole schema is read from a copy taken at one instant, "
    "so others may edit meanwhile; what is written goes into the schema in one transaction."
)


def ecosystem(help_text: str) -> Group:
    """Where the ecosystem is: a GeoPackage (the parameter named by the attribute holding this group), or the schema
    SCHEMA in the database of the saved PostgreSQL connection CONNECTION (BrusselsCreativeAlgorithm.ecosystem reads
    them)."""
    return group(
        file("Ecosystem GeoPackage", help_text, extension="gpkg", optional=True),
        connection("or PostgreSQL connection", "Instead of a GeoPackage: a PostgreSQL connection saved in QGIS whose "
                   "database holds the ecosystem", optional=True, key=ECOSYSTEM_CONNECTION),
        schema("Schema", ECOSYSTEM_CONNECTION, "The schema of the ecosystem in that database", optional=True,
               key=ECOSYSTEM_SCHEMA),
        takes_ecosystem=True,
    )


# group id -> display name (translated on use)
GROUPS = {
    "data": "Data",
    "quality": "Quality",
    "density": "Density",
    "network": "Network",
    "monitoring": "Monitoring",
    "export": "Export",
}


def multi_step(steps: int, feedback) -> QgsProcessingMultiStepFeedback:
    """Feedback over a run of several steps (each reports 0–100 % of its share), already cancelled when the run was
    cancelled before it started (QGIS passes on only the cancels that come later)."""
    stepped = QgsProcessingMultiStepFeedback(steps, feedback)
    if feedback is not None and feedback.isCanceled():
        stepped.cancel()
    return stepped


def released_on_error(process):
    """processAlgorithm reporting one message a line (console_lines), and raising its QgsProcessingException afresh,
    without the traceback of the frames below.

    QGIS keeps the exception an algorithm ends on; its traceback holds every frame's locals, layers among them, and
    a layer still alive after QGIS has exited crashes the interpreter (QGIS desktop at close, the test session)."""

    @functools.wraps(process)
    def process_released(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, console_feedback(feedback))
        except QgsProcessingException as error:
            message = error.args[0] if error.args else str(error)
        raise QgsProcessingException(message)

    return process_released


def algorithm_texts(algorithm_id: str) -> dict[str, object]:
    """The texts of an algorithm, from help/<id>.json, as the class attributes ALG_NAME, ALG_TAGS, ALG_MEANING and
    ALG_HELP (in English; the base class translates them on display). In the file, a long text is a list of pieces
    to join, as the source would write it across lines."""
    path = HELP_FOLDER / f"{algorithm_id}.json"
    if not path.exists():
        return {}
    texts = json.loads(path.read_text(encoding="utf-8"))
    return {"ALG_NAME": texts["name"], "ALG_TAGS": tuple(texts.get("tags", ())),
            "ALG_MEANING": "".join(texts.get("meaning", ())), "ALG_HELP": "".join(texts["help"])}


class BrusselsCreativeAlgorithm(QgsProcessingAlgorithm):
    """Boilerplate shared by the algorithms: id and group from class attributes, name, tags and help from the
    algorithm's help/<id>.json, parameters from their declarations (parameters.py)."""

    def __init_subclass__(cls, **kwargs) -> None:
        """Each algorithm's texts come from its help file; its processAlgorithm ends its errors through
        released_on_error."""
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("ALG_ID"):
            for name, value in algorithm_texts(cls.ALG_ID).items():
                setattr(cls, name, value)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = released_on_error(cls.__dict__["processAlgorithm"])

    ALG_ID = ""
    ALG_NAME = ""
    ALG_GROUP = "data"
    ALG_HELP = ""
    # What the result means and how to read it, in the words of the dialog: the help leads with it (the method
    # and its rules follow in ALG_HELP).
    ALG_MEANING = ""
    ALG_TAGS: tuple[str, ...] = ()

    def tr(self, text: str) -> str:
        """Translate a user-facing string."""
        return tr(text)

    def initAlgorithm(self, config=None) -> None:
        """Declare the parameters and outputs the class declares as attributes (parameters.Declared), in order."""
        for declared in declared_in(type(self)):
            if isinstance(declared, Group) and declared.takes_ecosystem:
                self._takes_ecosystem = True
            declared.add_to(self)

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
        text = self.tr(self.ALG_HELP)
        if self.ALG_MEANING:
            text = self.tr(self.ALG_MEANING) + "\n\n" + text
        if getattr(self, "_takes_ecosystem", False):
            text += "\n\n" + self.tr(ECOSYSTEM_HELP)
        return text

    def tags(self) -> list[str]:
        """Return search tags for the toolbox."""
        return [self.tr(tag) for tag in self.ALG_TAGS] + ["brussels", "creative"]

    def icon(self) -> QIcon:
        """Return the plugin icon."""
        return QIcon(icon_path())

    def ecosystem(self, parameters, key: str, context):
        """The ecosystem of the parameters base.ecosystem declared (a core EcosystemSource), checked: an error
        names the parameter when it is neither a GeoPackage ecosystem nor a schema holding one of this plugin's
        version."""
        from ...core.errors import BrusselsCreativeError
        from ...core.store.sources import GeoPackageSource, open_store

        connection = self.parameterAsConnectionName(parameters, ECOSYSTEM_CONNECTION, context)
        if not connection and not self.parameterAsFile(parameters, key, context):
            raise QgsProcessingException(self.tr("{} or {}: give the ecosystem, a GeoPackage or a PostgreSQL "
                                                 "connection and its schema").format(key, ECOSYSTEM_CONNECTION))
        if not connection:
            return GeoPackageSource(Path(self.ecosystem_path(parameters, key, context)))
        if self.parameterAsFile(parameters, key, context):
            raise QgsProcessingException(self.tr("{} or {}: give one of the two, a GeoPackage or a PostgreSQL "
                                                 "connection").format(key, ECOSYSTEM_CONNECTION))
        schema = self.parameterAsSchema(parameters, ECOSYSTEM_SCHEMA, context)
        if not schema:
            raise QgsProcessingException(self.tr("{}: choose the schema of the ecosystem").format(ECOSYSTEM_SCHEMA))
        from ...layers.postgres_connection import saved_connection_source

        try:
            source = saved_connection_source(connection, schema)
            open_store(source, read_only=True).close()
        except BrusselsCreativeError as error:
            raise QgsProcessingException(f"{ECOSYSTEM_CONNECTION}: {error_text(error)}") from error
        return source

    @contextmanager
    def ecosystem_file(self, parameters, key: str, context, feedback) -> Iterator[str]:
        """The GeoPackage of the ecosystem base.ecosystem declared, for the algorithms that read a whole file
        (reports, exports, the web map, the history's replays): the file itself, or for a PostGIS schema a copy of
        it taken at one instant (one consistent state while others edit), removed afterwards."""
        ecosystem = self.ecosystem(parameters, key, context)
        if ecosystem.file is not None:
            yield str(ecosystem.file)
            return
        import tempfile

        from ...core.store.postgis import copy
        from ...core.store.postgis.store import connect
        from .database_errors import database_errors

        feedback.pushInfo(self.tr("Reading {} at one instant").format(ecosystem.label))
        with tempfile.TemporaryDirectory(prefix="bc-snapshot-") as folder:
            path = Path(folder) / f"{ecosystem.schema}.gpkg"
            with database_errors(ECOSYSTEM_CONNECTION, f"{ECOSYSTEM_CONNECTION}: "):
                connection = connect(ecosystem.dsn)
                try:
                    copy.copy_postgis_to_geopackage(connection, ecosystem.schema, path,
                                                    progress=lambda _table, _rows: not feedback.isCanceled())
                finally:
                    connection.close()
            yield str(path)

    def ecosystem_path(self, parameters, key: str, context) -> str:
        """The path of an ecosystem GeoPackage parameter, checked: an error names the parameter when the file is
        missing or not an ecosystem file."""
        from ...core.errors import BrusselsCreativeError
        from ...core.store.ecosystem import read_schema_version

        path = self.parameterAsFile(parameters, key, context)
        try:
            version = read_schema_version(path) if path else None
        except BrusselsCreativeError as error:
            raise QgsProcessingException(f"{key}: {error_text(error)}") from error
        if version is None:
            raise QgsProcessingException(
                self.tr("{}: {} is not a Brussels Creative ecosystem GeoPackage").format(key, path or "''"))
        return path

    def schema_version(self, path: str) -> int:
        """The schema version of the ecosystem GeoPackage at `path`, checked: an error when the file cannot be read or
        holds no schema version."""
        from ...core.errors import BrusselsCreativeError
        from ...core.store.ecosystem import read_schema_version

        try:
            version = read_schema_version(path)
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        if version is None:
            raise QgsProcessingException(
                self.tr("{} is not a Brussels Creative ecosystem GeoPackage (no schema version)").format(path))
        return version

    def points_input(self, parameters, context, key: str = "INPUT"):
        """The point input and its filters, resolved once (layer, source, the ecosystem file behind them, filters)
        into an inputs.PointsInput that inputs.read_points reads."""
        from .inputs import PointsInput, whole_source

        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        value = parameters.get(key)
        layer_parameters = parameters
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            # parameterAsVectorLayer does not resolve a definition (selected features only, a feature limit)
            layer_parameters = {**parameters, key: value.source.valueAsString(context.expressionContext())[0]}
        points_input = PointsInput.resolve(
            key,
            source,
            self.parameterAsVectorLayer(layer_parameters, key, context),
            whole_source(value),
            self._entity_filter(parameters, context),
            self._filter_expression(parameters, context),
            self.createExpressionContext(parameters, context, source),
            context.transformContext(),
        )
        return self._with_portfolio(points_input, parameters, context)

    def _with_portfolio(self, points_input, parameters, context):
        """The point input restricted to the members of the PORTFOLIO parameter's portfolio (when one is named)."""
        import dataclasses

        from .portfolio_input import PORTFOLIO, portfolio_members

        name = self.parameterAsString(parameters, PORTFOLIO, context).strip() if PORTFOLIO in parameters else ""
        if not name:
            return points_input
        ecosystem = points_input.ecosystem
        if ecosystem is None:
            raise QgsProcessingException(
                tr("{}: portfolios live in an ecosystem; the input is not its entities layer").format(PORTFOLIO))
        members = portfolio_members(ecosystem, name, layer=points_input.layer)
        entity_filter = points_input.entity_filter
        if entity_filter.uuids is not None:
            members = tuple(u for u in members if u in set(entity_filter.uuids))
        return dataclasses.replace(points_input, entity_filter=dataclasses.replace(entity_filter, uuids=members))

    def _entity_filter(self, parameters, context):
        """The filter parameters (sectors, types, statuses, visibilities, dates) as an EntityFilter."""
        from ...core.store.selection import EntityFilter
        from .inputs import CREATED_FROM, CREATED_TO, ENTITY_TYPES, SECTORS, STATUSES, VISIBILITIES

        def codes(key: str) -> tuple[str, ...]:
            return self.enum_codes(parameters, key, context)

        def date(key: str) -> str | None:
            return self.date_parameter(parameters, key, context)

        entity_filter = EntityFilter(
            sectors=codes(SECTORS), entity_types=codes(ENTITY_TYPES), statuses=codes(STATUSES),
            visibilities=codes(VISIBILITIES), created_from=date(CREATED_FROM), created_to=date(CREATED_TO),
        )
        start, end = entity_filter.created_from, entity_filter.created_to
        if start and end and start > end:
            raise QgsProcessingException(tr("CREATED_FROM ({}) is after CREATED_TO ({})").format(start, end))
        return entity_filter

    def enum_codes(self, parameters, key: str, context) -> tuple[str, ...]:
        """The codes chosen in a static-string enum parameter (none: an empty tuple)."""
        # An unset static-string enum reads back as [""]: no criterion, not "the empty code".
        return tuple(c for c in self.parameterAsEnumStrings(parameters, key, context) if c)

    def date_parameter(self, parameters, key: str, context) -> str | None:
        """A date parameter as YYYY-MM-DD, None when unset."""
        value = self.parameterAsDateTime(parameters, key, context)
        return value.date().toString("yyyy-MM-dd") if value is not None and value.isValid() else None

    def _filter_expression(self, parameters, context) -> str:
        """The free filter expression, checked ("" for none)."""
        from qgis.core import QgsExpression

        from .inputs import EXPRESSION

        free = self.parameterAsExpression(parameters, EXPRESSION, context) or ""
        if not free and str(parameters.get(EXPRESSION) or "").strip():
            # QGIS gives back an empty expression when the one typed does not parse: never drop a filter silently
            free = str(parameters[EXPRESSION])
        if free:
            parsed = QgsExpression(free)
            if parsed.hasParserError():
                raise QgsProcessingException(tr("EXPRESSION: {}").format(parsed.parserErrorString()))
        return free

    def polygon_source(self, parameters, key: str, context):
        """The feature source of a polygon parameter, None when the optional parameter is unset."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None and parameters.get(key) not in (None, ""):
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        return source

    def sink(self, parameters, key: str, context, fields, geometry_type, crs=None):
        """The sink of an output parameter and its destination id; a sink that cannot be made is an error naming it."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

        destination = self.parameterAsOutputLayer(parameters, key, context) or ""
        full = fields.names()
        if destination.lower().endswith(".shp"):
            fields = self._shapefile_fields(fields)
        sink, dest_id = self.parameterAsSink(
            parameters, key, context, fields, geometry_type, crs or QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        if fields.names() != full:
            self._write_field_table(destination, full, fields.names(), key, context)
        if geometry_type == QgsWkbTypes.NoGeometry and str(dest_id).lower().endswith(".shp"):
            dest_id = self._table_as_dbf(dest_id, key, context)
        return sink, dest_id

    @staticmethod
    def _shapefile_fields(fields):
        """Fields with names a shapefile holds (≤ 10 characters, unique, readable); the fields as given when all
        fit."""
        from qgis.core import QgsField, QgsFields

        from ...core.publish.shapefile_names import short_names

        short = short_names(fields.names())
        if short == fields.names():
            return fields
        renamed = QgsFields()
        for field, name in zip(fields, short, strict=True):
            copy = QgsField(field)
            copy.setName(name)
            copy.setAlias(field.name())
            renamed.append(copy)
        return renamed

    def _write_field_table(self, destination: str, full: list[str], short: list[str], key: str, context) -> None:
        """<name>_fields.csv beside a shapefile output, mapping its short field names to the full ones, said in the
        log."""
        from ...core.publish.shapefile_names import write_field_table

        table = write_field_table(destination[:-4] + "_fields.csv", Path(destination).stem, full, short)
        if context.feedback() is not None:
            context.feedback().pushInfo(self.tr("{}: field names cut to 10 characters for the shapefile; {} maps them "
                                                "to the full names").format(key, table))

    def _table_as_dbf(self, dest_id: str, key: str, context) -> str:
        """A table asked as .shp is written by GDAL as the lone .dbf file a shapefile without geometry is: name the
        output as that file (the .shp does not exist), load it as such, and say so."""
        table = dest_id[:-4] + ".dbf"
        if context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            layers = dict(context.layersToLoadOnCompletion())
            layers[table] = layers.pop(dest_id, details)
            context.setLayersToLoadOnCompletion(layers)
        if context.feedback() is not None:
            context.feedback().pushWarning(self.tr("{}: a table has no geometry, so it is written as {} (a shapefile "
                                                   "without geometry is only its .dbf file)").format(key, table))
        return table


class WholeEcosystemAlgorithm(BrusselsCreativeAlgorithm):
    """An algorithm that reads a whole ecosystem file (reports, the history's replays): processAlgorithm hands its
    process_file the GeoPackage of the ecosystem the class declares (base.ecosystem), or for a PostGIS schema a copy
    of it taken at one instant."""

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Take the ecosystem's file, run process_file on it."""
        key = next(d.key for d in declared_in(type(self)) if isinstance(d, Group) and d.takes_ecosystem)
        with self.ecosystem_file(parameters, key, context, feedback) as path:
            return self.process_file(path, parameters, context, feedback)

    def process_file(self, path: str, parameters, context, feedback) -> dict:
        """The algorithm on the ecosystem's GeoPackage at `path`."""
        raise NotImplementedError
