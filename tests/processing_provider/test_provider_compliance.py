"""Every algorithm of the provider explains itself, has a stable id, a known group and tags, and runs headless."""

from __future__ import annotations

import re

import pytest

from brussels_creative.processing.algorithms.base import GROUPS
from brussels_creative.processing.provider import algorithm_classes


@pytest.mark.parametrize("algorithm_class", algorithm_classes(), ids=lambda c: c.ALG_ID)
def test_algorithm_has_id_group_help_and_tags(algorithm_class, provider):
    algorithm = provider.algorithm(algorithm_class.ALG_ID)
    assert algorithm is not None
    assert re.fullmatch(r"[a-z][a-z0-9_]*", algorithm.name())
    assert algorithm.id() == f"brussels_creative:{algorithm.name()}"
    assert algorithm.groupId() in GROUPS
    assert len(algorithm.shortHelpString()) > 100
    assert algorithm.tags()
    assert not algorithm.icon().isNull()
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), f"{algorithm.name()}: parameter {parameter.name()} has no help"
        assert parameter.name().isupper()


def test_algorithm_module_names_match_ids():
    for algorithm_class in algorithm_classes():
        assert algorithm_class.__module__.rsplit(".", 1)[-1] == algorithm_class.ALG_ID


def test_the_analyses_help_leads_with_what_the_result_means(provider):
    """Found in use: the help spoke to statisticians first. The Density analyses open with how to read the result;
    the method follows."""
    for algorithm_class in algorithm_classes():
        if algorithm_class.ALG_GROUP != "density":
            continue
        help_text = provider.algorithm(algorithm_class.ALG_ID).shortHelpString()
        assert algorithm_class.ALG_MEANING, algorithm_class.ALG_ID
        assert help_text.startswith(algorithm_class.ALG_MEANING + "\n\n" + algorithm_class.ALG_HELP[:40])
