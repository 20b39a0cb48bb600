"""Parameters declared as class attributes (processing/algorithms/parameters.py) and the algorithms' help files."""

import json

import pytest
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from brussels_creative.processing.algorithms import parameters
from brussels_creative.processing.algorithms.base import (
    HELP_FOLDER,
    BrusselsCreativeAlgorithm,
    WholeEcosystemAlgorithm,
    algorithm_texts,
    ecosystem,
)
from brussels_creative.processing.provider import ALGORITHMS, algorithm_classes


class Base(BrusselsCreativeAlgorithm):
    INPUT = parameters.layer("Points", "The points", "point")
    COUNT = parameters.number_output("Count")


class Declaring(Base):
    ALG_ID = "declaring_test"
    SIZE = parameters.integer("Size", 7, "How big", minimum=2, maximum=9, advanced=True)
    FIELD = parameters.field("Field", Base.__dict__["INPUT"], "A field of INPUT")
    PAIR = parameters.group(parameters.boolean("First", True, "One", key="FIRST"),
                            parameters.choice("Second", ("a", "b"), "Two", default=1, key="SECOND"))
    OUTPUT = parameters.sink("Result", "What is written", "polygon", optional=True, create_by_default=False)
    COUNT = parameters.number_output("Count again")  # a subclass's declaration takes the name's place


def declared(algorithm) -> dict:
    algorithm.initAlgorithm()
    return {p.name(): p for p in algorithm.parameterDefinitions()}


def test_an_attribute_reads_as_its_key_and_declares_in_order_bases_first():
    assert (Declaring.SIZE, Declaring().OUTPUT, Declaring.INPUT) == ("SIZE", "OUTPUT", "INPUT")
    algorithm = Declaring()
    found = declared(algorithm)
    assert list(found) == ["INPUT", "SIZE", "FIELD", "FIRST", "SECOND", "OUTPUT"]
    assert [o.name() for o in algorithm.outputDefinitions()] == ["COUNT", "OUTPUT"]  # QGIS adds the sink's
    assert isinstance(algorithm.outputDefinition("COUNT"), QgsProcessingOutputNumber)
    assert algorithm.outputDefinition("COUNT").description() == "Count again"


def test_each_kind_keeps_its_settings():
    algorithm = Declaring()  # owns the definitions
    found = declared(algorithm)
    size = found["SIZE"]
    assert isinstance(size, QgsProcessingParameterNumber) and size.dataType() == QgsProcessingParameterNumber.Integer
    assert (size.defaultValue(), size.minimum(), size.maximum(), size.help()) == (7, 2, 9, "How big")
    assert size.flags() & QgsProcessingParameterDefinition.FlagAdvanced
    field = found["FIELD"]
    assert isinstance(field, QgsProcessingParameterField) and field.parentLayerParameterName() == "INPUT"
    assert field.flags() & QgsProcessingParameterDefinition.FlagOptional
    second = found["SECOND"]
    assert isinstance(second, QgsProcessingParameterEnum) and (second.options(), second.defaultValue()) == (
        ["a", "b"], 1)
    output = found["OUTPUT"]
    assert isinstance(output, QgsProcessingParameterFeatureSink)
    assert (output.dataType(), output.createByDefault()) == (QgsProcessing.TypeVectorPolygon, False)
    assert found["INPUT"].dataTypes() == [QgsProcessing.TypeVectorPoint]
    assert not found["INPUT"].flags() & QgsProcessingParameterDefinition.FlagOptional


def test_the_ecosystem_group_declares_three_parameters_and_the_shared_help():
    class Reading(WholeEcosystemAlgorithm):
        ALG_ID = "reading_test"
        SOURCE = ecosystem("Where it is")

    algorithm = Reading()
    assert list(declared(algorithm)) == ["SOURCE", "CONNECTION", "SCHEMA"]
    assert algorithm.parameterDefinition("SOURCE").help() == "Where it is"
    assert algorithm.parameterDefinition("SCHEMA").parentConnectionParameterName() == "CONNECTION"
    assert "give CONNECTION" in algorithm.shortHelpString()


def test_every_algorithm_has_its_help_file_and_every_help_file_its_algorithm():
    ids = {name for name, _module, _class, _needs in ALGORITHMS}
    files = {path.stem for path in HELP_FOLDER.glob("*.json")}
    assert files == ids
    for path in HELP_FOLDER.glob("*.json"):
        texts = json.loads(path.read_text(encoding="utf-8"))
        assert set(texts) <= {"name", "tags", "meaning", "help"} and texts["name"] and texts["help"], path.name
        assert all(isinstance(piece, str) for piece in texts["help"]), path.name


def test_the_help_file_becomes_the_class_texts():
    texts = json.loads((HELP_FOLDER / "hotspots.json").read_text(encoding="utf-8"))
    loaded = algorithm_texts("hotspots")
    assert loaded["ALG_HELP"] == "".join(texts["help"]) and loaded["ALG_MEANING"] == "".join(texts["meaning"])
    assert loaded["ALG_TAGS"] == tuple(texts["tags"]) and loaded["ALG_NAME"] == texts["name"]
    hotspots = next(c for c in algorithm_classes(frozenset()) if c.ALG_ID == "hotspots")
    assert texts["name"] == hotspots.ALG_NAME and hotspots().displayName() == texts["name"]
    assert algorithm_texts("no_such_algorithm") == {}


@pytest.mark.parametrize("algorithm_class", algorithm_classes(frozenset()), ids=lambda c: c.ALG_ID)
def test_every_parameter_and_output_is_declared_once(algorithm_class):
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert len(names) == len(set(names)), algorithm_class.ALG_ID
    assert all(p.help() for p in algorithm.parameterDefinitions()), algorithm_class.ALG_ID
