"""A portfolio's entities now, for Processing's PORTFOLIO filter and the curation dock alike (qgis.core only)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest, QgsVectorLayer

from ..core.curation.portfolios import Portfolio
from ..core.errors import ValidationError, tr_noop
from ..core.store.sources import EcosystemSource, as_source


def entities_layer(ecosystem: EcosystemSource) -> QgsVectorLayer:
    """A layer (outside any project) on the ecosystem's entities table, in its GeoPackage or its PostGIS schema."""
    from .ecosystem_layers import table_layer

    return table_layer(ecosystem, "entities", "entities")


def portfolio_uuids(ecosystem: EcosystemSource | str | Path, portfolio: Portfolio,
                    layer: QgsVectorLayer | None = None,
                    is_canceled: Callable[[], bool] | None = None) -> tuple[str, ...]:
    """The uuids of a portfolio's entities now: an explicit list without the entities deleted since, or the entities
    its expression selects, evaluated by QGIS on the entities layer (the one given, else the ecosystem's).
    ValidationError naming the portfolio when the expression does not parse or fails; InterruptedError on cancel."""
    ecosystem = as_source(ecosystem)
    if not portfolio.by_expression:
        known = ecosystem.existing_uuids(portfolio.uuids)
        return tuple(u for u in portfolio.uuids if u in known)
    expression = QgsExpression(portfolio.expression)
    if expression.hasParserError():
        raise ValidationError(tr_noop("PORTFOLIO: the expression of portfolio {name} does not parse: {error}"),
                              name=portfolio.name, error=expression.parserErrorString())
    layer = layer or entities_layer(ecosystem)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    request = QgsFeatureRequest(expression, context)
    if not expression.needsGeometry():
        request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(["uuid", *expression.referencedColumns()], layer.fields())
    members = []
    for i, feature in enumerate(layer.getFeatures(request)):
        if is_canceled is not None and i % 2000 == 0 and is_canceled():
            raise InterruptedError
        members.append(str(feature["uuid"]))
    if not members:  # the request drops features its expression fails on: say why, if that is why
        for feature in layer.getFeatures(QgsFeatureRequest().setLimit(1)):
            context.setFeature(feature)
            expression.evaluate(context)
    if expression.hasEvalError():
        raise ValidationError(tr_noop("PORTFOLIO: the expression of portfolio {name} fails: {error}"),
                              name=portfolio.name, error=expression.evalErrorString())
    return tuple(members)
