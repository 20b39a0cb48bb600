"""The period parameters the monitoring algorithms share: FROM, TO and STEP, read into the moments that end each
period (ISO times as the history stores them)."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsProcessingException

from ...core.analysis import kpi
from ...core.errors import BrusselsCreativeError
from .messages import tr
from .parameters import Group, choice, group, text

FROM, TO, STEP = "FROM", "TO", "STEP"
STEPS = ((1, "Month"), (3, "Quarter"), (12, "Year"))


def period_parameters(default_step: int = 1) -> Group:
    """FROM, TO and STEP: the periods a monitoring algorithm replays the history over."""
    return group(
        text("From", "First date (YYYY-MM-DD); empty: the register's first recorded change", optional=True, key=FROM),
        text("To", "Last date (YYYY-MM-DD); empty: today", optional=True, key=TO),
        choice("Period", [label for _, label in STEPS], "Length of each period; each ends on the last day of a "
               "calendar month, quarter or year", default=default_step, key=STEP),
    )


def read_periods(algorithm, parameters, context, connection) -> list[str]:
    """The moments ending each period, oldest first, checked (FROM before TO, TO not in the future)."""
    first = algorithm.parameterAsString(parameters, FROM, context).strip()
    last = algorithm.parameterAsString(parameters, TO, context).strip() or dt.date.today().isoformat()
    if not first:
        first = kpi.first_moment(connection)
        if first is None:
            raise QgsProcessingException(tr("FROM: the register has no history yet; give a date"))
    for key, value in ((FROM, first), (TO, last)):
        parameter_moment(value, key)
    if last[:10] > dt.datetime.now(dt.UTC).date().isoformat():
        raise QgsProcessingException(tr("TO: {} is in the future").format(last))
    if first[:10] > last[:10]:
        raise QgsProcessingException(tr("FROM: {} is after TO ({})").format(first[:10], last[:10]))
    months = STEPS[algorithm.parameterAsEnum(parameters, STEP, context)][0]
    return kpi.period_moments(first, last, months)


def parameter_moment(text: str, key: str) -> str | None:
    """A date or date-time parameter as the history stores times (None when empty); an error naming the parameter
    when it is neither."""
    try:
        return kpi.parse_moment(text)
    except BrusselsCreativeError as error:
        raise QgsProcessingException(
            tr("{}: '{}' is not a date (YYYY-MM-DD) or an ISO date-time").format(key, text)) from error
