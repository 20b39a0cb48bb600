"""The PORTFOLIO parameter: a named selection stored in the ecosystem GeoPackage, resolved to its members."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException

from ...core.curation.portfolios import Portfolio, pick_portfolio
from ...core.errors import BrusselsCreativeError
from ...core.store.sources import EcosystemSource, as_source
from ...layers.portfolio_members import portfolio_uuids
from ...layers.translation import error_text
from .messages import check_canceled
from .parameters import Declared, text

PORTFOLIO = "PORTFOLIO"


def portfolio_parameter(advanced: bool = False) -> Declared:
    """The optional portfolio parameter PORTFOLIO."""
    return text("Portfolio", "The name of a portfolio saved in the ecosystem GeoPackage: only its entities are used",
                optional=True, advanced=advanced, key=PORTFOLIO)


def read_portfolio(ecosystem: EcosystemSource, name: str) -> Portfolio:
    """A portfolio of the ecosystem by name (an error names the parameter and lists the portfolios there are)."""
    try:
        return pick_portfolio(ecosystem.portfolio_rows(), name)
    except BrusselsCreativeError as error:
        raise QgsProcessingException(error_text(error)) from error


def portfolio_members(ecosystem: EcosystemSource | str | Path, name: str, feedback=None,
                      layer=None) -> tuple[str, ...]:
    """The uuids of a portfolio's entities now: an explicit list without the entities deleted since, or the
    entities its expression selects (evaluated by QGIS on the layer given, else the ecosystem's entities)."""
    ecosystem = as_source(ecosystem)
    portfolio = read_portfolio(ecosystem, name)
    try:
        return portfolio_uuids(ecosystem, portfolio, layer,
                               is_canceled=feedback.isCanceled if feedback is not None else None)
    except InterruptedError:
        check_canceled(feedback)
        raise
    except BrusselsCreativeError as error:
        raise QgsProcessingException(error_text(error)) from error
