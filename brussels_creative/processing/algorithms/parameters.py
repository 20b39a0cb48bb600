"""The parameters and outputs of an algorithm, declared once as class attributes whose names are their keys.

    class Hotspots(BrusselsCreativeAlgorithm):
        CELL_SIZE = distance("Cell size", 500.0, "Grid only: side of the square cells, in metres")

declares the parameter "CELL_SIZE": `self.CELL_SIZE` (or `Hotspots.CELL_SIZE`) is that key, the string the
parameterAs…() readers take, and the base class's initAlgorithm declares every parameter and output in the order the
class and its bases write them (see `declared_in`). Texts are written in English and translated when the algorithm
declares its parameters; a group (`group`) declares several parameters under fixed keys, the keys its readers know.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from .messages import tr

# what a layer parameter takes or a sink writes, by name
GEOMETRIES = {
    "point": QgsProcessing.TypeVectorPoint,
    "line": QgsProcessing.TypeVectorLine,
    "polygon": QgsProcessing.TypeVectorPolygon,
    "geometry": QgsProcessing.TypeVectorAnyGeometry,
    "table": QgsProcessing.TypeVector,  # any vector layer, a table without geometry too
}

Make = Callable[[str], object]  # key -> the QgsProcessingParameterDefinition or QgsProcessingOutputDefinition


class Declared:
    """One parameter or output an algorithm declares: its key is the name of the class attribute holding it, and
    reading that attribute gives the key."""

    def __init__(self, make: Make, help_text: Callable[[], str] | None = None, advanced: bool = False,
                 key: str = "") -> None:
        self.make = make
        self.help_text = help_text
        self.advanced = advanced
        self.key = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = self.key or name

    def __get__(self, instance: object, owner: type | None = None) -> str:
        return self.key

    def add_to(self, algorithm) -> None:
        """Add the parameter (with its translated help, under the advanced ones if so) or the output."""
        made = self.make(self.key)
        if isinstance(made, QgsProcessingOutputDefinition):
            algorithm.addOutput(made)
            return
        if self.help_text is not None:
            made.setHelp(self.help_text())
        if self.advanced:
            made.setFlags(made.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        algorithm.addParameter(made)


class Group(Declared):
    """Several parameters declared together under their own keys (the attribute's name is the first one's key
    when it has none)."""

    def __init__(self, *members: Declared, takes_ecosystem: bool = False) -> None:
        super().__init__(lambda key: None)
        self.members = members
        self.takes_ecosystem = takes_ecosystem

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)
        if self.members and not self.members[0].key:
            self.members[0].key = name

    def add_to(self, algorithm) -> None:
        """Add each member in turn."""
        for member in self.members:
            member.add_to(algorithm)


def declared_in(cls: type) -> list[Declared]:
    """The parameters and outputs a class declares, its bases' first, each in the order written (a name declared
    again by a subclass keeps its place and takes the subclass's declaration)."""
    found: dict[str, Declared] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Declared):
                found[name] = value
    return list(found.values())


def key_of(parameter: Declared | str) -> str:
    """The key of a parameter given as its declaration (another attribute of the same class) or as its key."""
    return parameter.key if isinstance(parameter, Declared) else parameter


def group(*members: Declared, takes_ecosystem: bool = False) -> Group:
    """Parameters declared together (members given their keys with `key=`)."""
    return Group(*members, takes_ecosystem=takes_ecosystem)


def _help(help_text: str, values: Sequence = ()) -> Callable[[], str]:
    return lambda: tr(help_text).format(*values) if values else tr(help_text)


def layer(description: str, help_text: str, geometry: str = "table", optional: bool = False,
          advanced: bool = False, key: str = "") -> Declared:
    """A vector layer (or table) input; `geometry`: one of GEOMETRIES."""
    return Declared(lambda k: QgsProcessingParameterFeatureSource(k, tr(description), [GEOMETRIES[geometry]],
                                                                  optional=optional),
                    _help(help_text), advanced, key)


def sink(description: str, help_text: str, geometry: str = "table", optional: bool = False,
         create_by_default: bool = True, key: str = "") -> Declared:
    """A vector layer (or table) output; `geometry`: one of GEOMETRIES."""
    return Declared(lambda k: QgsProcessingParameterFeatureSink(k, tr(description), GEOMETRIES[geometry],
                                                                optional=optional,
                                                                createByDefault=create_by_default),
                    _help(help_text), key=key)


def _number(kind, description: str, default, help_text: str, minimum, maximum, optional: bool, advanced: bool,
            values: Sequence, key: str) -> Declared:
    def make(key: str) -> QgsProcessingParameterNumber:
        limits = {"minValue": minimum} if minimum is not None else {}
        if maximum is not None:
            limits["maxValue"] = maximum
        return QgsProcessingParameterNumber(key, tr(description), kind, default, optional, **limits)

    return Declared(make, _help(help_text, values), advanced, key)


def integer(description: str, default: int | None, help_text: str, minimum: int | None = None,
            maximum: int | None = None, optional: bool = False, advanced: bool = False,
            values: Sequence = (), key: str = "") -> Declared:
    """A whole number; the help is formatted with `values` (after translation) when given."""
    return _number(QgsProcessingParameterNumber.Integer, description, default, help_text,
                   minimum, maximum, optional, advanced, values, key)


def decimal(description: str, default: float | None, help_text: str, minimum: float | None = None,
            maximum: float | None = None, optional: bool = False, advanced: bool = False,
            values: Sequence = (), key: str = "") -> Declared:
    """A number with decimals; the help is formatted with `values` (after translation) when given."""
    return _number(QgsProcessingParameterNumber.Double, description, default, help_text,
                   minimum, maximum, optional, advanced, values, key)


def distance(description: str, default: float, help_text: str, minimum: float = 0.0,
             advanced: bool = False, key: str = "") -> Declared:
    """A distance in metres (the unit of EPSG:31370, where the analyses measure)."""
    return Declared(lambda k: QgsProcessingParameterDistance(k, tr(description), default, minValue=minimum),
                    _help(help_text), advanced, key)


def boolean(description: str, default: bool, help_text: str, advanced: bool = False, key: str = "") -> Declared:
    """A yes/no option."""
    return Declared(lambda k: QgsProcessingParameterBoolean(k, tr(description), default), _help(help_text), advanced,
                    key)


def choice(description: str, options: Sequence[str], help_text: str, default: int | None = 0,
           multiple: bool = False, optional: bool = False, advanced: bool = False, key: str = "") -> Declared:
    """One (or with `multiple`, several) of the options, translated; read back as their positions."""
    return Declared(lambda k: QgsProcessingParameterEnum(k, tr(description), options=[tr(o) for o in options],
                                                         allowMultiple=multiple, defaultValue=default,
                                                         optional=optional),
                    _help(help_text), advanced, key)


def codes(description: str, options: Callable[[], Sequence[str]], help_text: str, default: object = None,
          multiple: bool = False, optional: bool = False, advanced: bool = False, key: str = "") -> Declared:
    """One (or with `multiple`, several) of the codes `options()` gives when declared, read back as the codes."""
    return Declared(lambda k: QgsProcessingParameterEnum(k, tr(description), options=list(options()),
                                                         allowMultiple=multiple, defaultValue=default,
                                                         optional=optional, usesStaticStrings=True),
                    _help(help_text), advanced, key)


def text(description: str, help_text: str, default: str | None = None, optional: bool = False,
         advanced: bool = False, key: str = "") -> Declared:
    """A line of text."""
    return Declared(lambda k: QgsProcessingParameterString(k, tr(description), default, optional=optional),
                    _help(help_text), advanced, key)


def field(description: str, parent: Declared | str, help_text: str, default: str | None = None, numeric: bool = False,
          optional: bool = True, advanced: bool = False, key: str = "") -> Declared:
    """A field of the layer of the parameter `parent` (its key, or its declaration in the same class), with
    `numeric` a numeric one."""
    kind = QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any
    return Declared(lambda k: QgsProcessingParameterField(k, tr(description), default, key_of(parent), kind,
                                                          optional=optional),
                    _help(help_text), advanced, key)


def file(description: str, help_text: str, extension: str = "", optional: bool = False,
         key: str = "") -> Declared:
    """An existing file (with that extension, when given)."""
    return Declared(lambda k: QgsProcessingParameterFile(k, tr(description), extension=extension,
                                                         optional=optional),
                    _help(help_text), key=key)


def files(description: str, help_text: str) -> Declared:
    """Several existing files."""
    return Declared(lambda k: QgsProcessingParameterMultipleLayers(k, tr(description), QgsProcessing.TypeFile),
                    _help(help_text))


def file_destination(description: str, file_filter: str, help_text: str, optional: bool = False,
                     create_by_default: bool = True, key: str = "") -> Declared:
    """A file to write; `file_filter` as in a file dialog ("GeoPackage (*.gpkg)"), translated."""
    return Declared(lambda k: QgsProcessingParameterFileDestination(k, tr(description), tr(file_filter),
                                                                    optional=optional,
                                                                    createByDefault=create_by_default),
                    _help(help_text), key=key)


def raster_destination(description: str, help_text: str, optional: bool = False,
                       create_by_default: bool = True, key: str = "") -> Declared:
    """A raster to write."""
    return Declared(lambda k: QgsProcessingParameterRasterDestination(k, tr(description), optional=optional,
                                                                      createByDefault=create_by_default),
                    _help(help_text), key=key)


def point(description: str, help_text: str, optional: bool = False) -> Declared:
    """A point (clicked on the map, or x,y [CRS])."""
    return Declared(lambda k: QgsProcessingParameterPoint(k, tr(description), optional=optional), _help(help_text))


def extent(description: str, help_text: str, optional: bool = False) -> Declared:
    """A rectangle (an extent)."""
    return Declared(lambda k: QgsProcessingParameterExtent(k, tr(description), optional=optional), _help(help_text))


def date(description: str, help_text: str, optional: bool = True, advanced: bool = False, key: str = "") -> Declared:
    """A calendar date."""
    return Declared(lambda k: QgsProcessingParameterDateTime(k, tr(description), QgsProcessingParameterDateTime.Date,
                                                             optional=optional),
                    _help(help_text), advanced, key)


def expression(description: str, help_text: str, parent: Declared | str = "", optional: bool = True,
               advanced: bool = False, key: str = "") -> Declared:
    """A QGIS expression (on the fields of the layer of the parameter `parent`, when given)."""
    return Declared(lambda k: QgsProcessingParameterExpression(k, tr(description),
                                                               parentLayerParameterName=key_of(parent),
                                                               optional=optional),
                    _help(help_text), advanced, key)


def connection(description: str, help_text: str, optional: bool = False, key: str = "") -> Declared:
    """A PostgreSQL connection saved in QGIS."""
    return Declared(lambda k: QgsProcessingParameterProviderConnection(k, tr(description), "postgres",
                                                                       optional=optional),
                    _help(help_text), key=key)


def schema(description: str, connection_key: Declared | str, help_text: str, optional: bool = False,
           key: str = "") -> Declared:
    """A schema of the database of the connection parameter `connection_key`."""
    return Declared(lambda k: QgsProcessingParameterDatabaseSchema(k, tr(description), key_of(connection_key),
                                                                   optional=optional),
                    _help(help_text), key=key)


def number_output(description: str, key: str = "") -> Declared:
    """A number the algorithm gives back."""
    return Declared(lambda k: QgsProcessingOutputNumber(k, tr(description)), key=key)


def text_output(description: str, key: str = "") -> Declared:
    """A text the algorithm gives back."""
    return Declared(lambda k: QgsProcessingOutputString(k, tr(description)), key=key)


def labels(description: str, options: Callable[[], Sequence[str]], help_text: str, default: int = 0,
           key: str = "") -> Declared:
    """One of the labels `options()` gives when declared, shown as they are (names of languages or formats, not
    translated); read back as its position."""
    return Declared(lambda k: QgsProcessingParameterEnum(k, tr(description), options=list(options()),
                                                         defaultValue=default), _help(help_text), key=key)


def file_or_folder_destination(description: str, file_filter: str, help_text: str, key: str = "") -> Declared:
    """A file or a folder to write; `file_filter` ("Folder (*);;Zip (*.zip)") is shown as it is, not translated."""
    return Declared(lambda k: QgsProcessingParameterFileDestination(k, tr(description), fileFilter=file_filter),
                    _help(help_text), key=key)


def help_values(declared: Declared, *values: object) -> Declared:
    """The declaration with its help formatted with `values` after translation (for kinds without `values`)."""
    help_text = declared.help_text
    declared.help_text = lambda: help_text().format(*values)
    return declared


def crs(description: str, help_text: str, default: str | None = None, optional: bool = False, advanced: bool = False,
        key: str = "") -> Declared:
    """A coordinate reference system (default: none, or an authority id such as "EPSG:31370")."""
    return Declared(lambda k: QgsProcessingParameterCrs(k, tr(description), default, optional=optional),
                    _help(help_text), advanced, key)


def text_field(description: str, parent: Declared | str, help_text: str, optional: bool = True,
               key: str = "") -> Declared:
    """A text field of the layer of the parameter `parent` (its key, or its declaration in the same class)."""
    return Declared(lambda k: QgsProcessingParameterField(k, tr(description), None, key_of(parent),
                                                          QgsProcessingParameterField.String, optional=optional),
                    _help(help_text), key=key)


def advanced(declared: Declared) -> Declared:
    """A parameter put under the dialog's advanced parameters, for the kinds declared without `advanced=`."""
    declared.advanced = True
    return declared
