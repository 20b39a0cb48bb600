"""save_portfolio: a named selection of entities kept in the ecosystem GeoPackage (by expression or by list)."""

from __future__ import annotations

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProcessingException

from ...core.curation.portfolios import Portfolio, save_portfolio
from ...core.errors import BrusselsCreativeError
from ...core.store.sources import open_store
from ...layers.translation import error_text
from ...layers.user import curator_name
from .base import BrusselsCreativeAlgorithm, ecosystem
from .messages import check_canceled
from .parameters import boolean, expression, layer, number_output, text
from .portfolio_input import portfolio_members


class SavePortfolio(BrusselsCreativeAlgorithm):
    """Save a portfolio in the ecosystem file."""

    ALG_ID = "save_portfolio"
    ALG_GROUP = "data"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg that keeps the portfolio")
    NAME = text("Portfolio name", "A name of your choice")
    EXPRESSION = expression("Filter expression", "A QGIS expression on the entities' fields (leave empty to give "
                            "entities instead)", parent=None)  # None: no parent layer
    ENTITIES = layer("Entities", "The entities of the portfolio (tick 'Selected features only' to keep a selection)",
                     "point", optional=True)
    DESCRIPTION = text("Description", "What the portfolio is for", optional=True)
    SHARED = boolean("Shared with the team", True, "Listed for every curator, not only its owner")
    REPLACE = boolean("Replace a portfolio of the same name", False, "Overwrite a portfolio of the same name")
    MEMBERS = number_output("Entities in the portfolio")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the definition, store it, count its members."""
        ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
        name = self.parameterAsString(parameters, self.NAME, context).strip()
        expression = self.parameterAsExpression(parameters, self.EXPRESSION, context).strip()
        source = self.parameterAsSource(parameters, self.ENTITIES, context)
        if bool(expression) == (source is not None):
            raise QgsProcessingException(self.tr("{} or {}: give one of the two, an expression or entities").format(
                self.EXPRESSION, self.ENTITIES))
        if expression and QgsExpression(expression).hasParserError():
            raise QgsProcessingException(self.tr("{}: {}").format(
                self.EXPRESSION, QgsExpression(expression).parserErrorString()))
        uuids = None
        if source is not None:
            if source.fields().indexOf("uuid") < 0:
                raise QgsProcessingException(self.tr("{}: the layer has no uuid field; give the entities layer of "
                                                     "the ecosystem").format(self.ENTITIES))
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            request.setSubsetOfAttributes(["uuid"], source.fields())
            uuids = []
            for i, feature in enumerate(source.getFeatures(request)):
                if i % 2000 == 0:
                    check_canceled(feedback)
                uuids.append(str(feature["uuid"]))
            if not uuids:
                raise QgsProcessingException(self.tr("{}: no entity given").format(self.ENTITIES))
        portfolio = Portfolio(name, expression or None, tuple(dict.fromkeys(uuids)) if uuids else None,
                              self.parameterAsString(parameters, self.DESCRIPTION, context) or None,
                              curator_name(),
                              self.parameterAsBoolean(parameters, self.SHARED, context))
        try:
            with open_store(ecosystem) as store:
                save_portfolio(store, portfolio, replace=self.parameterAsBoolean(parameters, self.REPLACE, context))
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        members = len(portfolio_members(ecosystem, name, feedback))
        feedback.pushInfo(self.tr("Portfolio {}: {} entities").format(name, members))
        return {self.MEMBERS: members}
