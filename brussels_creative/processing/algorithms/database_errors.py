"""What a PostgreSQL database or the PostGIS store refused, said as the algorithm's error (one place for the
algorithms that reach a database)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from qgis.core import QgsProcessingException

from ...core.errors import BrusselsCreativeError
from ...layers.translation import error_text
from .messages import tr


@contextmanager
def database_errors(parameter: str, prefix: str = "") -> Iterator[None]:
    """The block's errors as QgsProcessingException: the store's own (translated, after `prefix`), and the
    database's refusals (rights, a value it cannot take, an extension missing) in its words, naming the
    parameter."""
    import psycopg2  # shipped with QGIS; imported only by the algorithms that reach a database

    try:
        yield
    except BrusselsCreativeError as error:
        raise QgsProcessingException(prefix + error_text(error)) from error
    except psycopg2.Error as error:
        raise QgsProcessingException(tr("{}: the database refused: {}").format(parameter, str(error).strip())) \
            from error
