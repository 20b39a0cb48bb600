"""kpi_snapshot: the ecosystem's KPIs at a date (now, or replayed from history), appended to kpi_snapshots."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import kpi
from ...core.errors import BrusselsCreativeError
from ...core.store.ecosystem import EcosystemStore
from ...core.store.sources import open_store
from ...layers.translation import error_text
from .base import BrusselsCreativeAlgorithm, ecosystem
from .messages import check_canceled
from .outputs import make_fields
from .parameters import field, layer, number_output, sink, text
from .periods import parameter_moment

KPI_FIELDS = (
    ("kpi", QMetaType.QString), ("scope_type", QMetaType.QString), ("scope_code", QMetaType.QString),
    ("value", QMetaType.Double), ("unit", QMetaType.QString), ("taken_at", QMetaType.QString),
)


class KpiSnapshot(BrusselsCreativeAlgorithm):
    """Compute the KPIs and keep them, dated, in the ecosystem GeoPackage."""

    ALG_ID = "kpi_snapshot"
    ALG_GROUP = "monitoring"

    GEOPACKAGE = ecosystem("The ecosystem .gpkg whose KPIs are computed and kept")
    AS_OF = text("Date as of", "Empty for now; a past date (YYYY-MM-DD) or ISO date-time is replayed from the history",
                 optional=True)
    MONTHLY_FROM = text("Monthly snapshots from", "A date (YYYY-MM-DD): one snapshot at the end of every month from "
                        "it up to the date as of", optional=True)
    POPULATION = layer("Population by municipality", "A table with each municipality's NIS code and number of "
                       "inhabitants (optional)", optional=True)
    POPULATION_CODE_FIELD = field("NIS code field", POPULATION,
                                  "The population table's field holding the NIS code (21001–21019)")
    POPULATION_FIELD = field("Population field", POPULATION,
                             "The population table's field holding the number of inhabitants", numeric=True)
    OUTPUT = sink("KPIs", "The KPIs written: kpi, scope_type, scope_code, value, unit, taken_at")
    SNAPSHOTS = number_output("Number of snapshots")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Read the parameters, take the snapshots in one transaction, write the KPIs."""
        moments = self._moments(self.parameterAsString(parameters, self.AS_OF, context),
                                self.parameterAsString(parameters, self.MONTHLY_FROM, context))
        population = self._population(parameters, context)
        fields = make_fields(KPI_FIELDS)
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        try:
            # in PostGIS: computed on a copy taken at one instant, then stored in the schema in one transaction
            with self.ecosystem_file(parameters, self.GEOPACKAGE, context, feedback) as path, \
                    EcosystemStore.open(path) as store, store.transaction() as connection:
                taken = kpi.take_snapshots(connection, moments, population, feedback.isCanceled, feedback.setProgress)
                check_canceled(feedback)  # inside the transaction: rolled back
            ecosystem = self.ecosystem(parameters, self.GEOPACKAGE, context)
            if ecosystem.file is None:
                with open_store(ecosystem) as store, store.transaction() as connection:
                    kpi.write_snapshots(connection, taken)
        except BrusselsCreativeError as error:
            raise QgsProcessingException(error_text(error)) from error
        feature = QgsFeature(fields)
        for taken_at, kpis in taken:
            feedback.pushInfo(self.tr("Snapshot {}: {} KPIs, {} active entities").format(
                taken_at, len(kpis), int(kpis[0].value)))
            for item in kpis:
                feature.setAttributes([item.kpi, item.scope_type, item.scope_code, float(item.value), item.unit,
                                       taken_at])
                if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(self.tr("OUTPUT refused the KPI {}: {}").format(
                        item.kpi, sink.lastError()))
        return {self.OUTPUT: dest_id, self.SNAPSHOTS: len(taken)}

    def _moments(self, as_of: str, monthly_from: str) -> list[str | None]:
        """The moments to snapshot, oldest first (None: now)."""
        moment = parameter_moment(as_of, self.AS_OF)
        if moment is not None and moment[:10] > dt.datetime.now(dt.UTC).date().isoformat():
            raise QgsProcessingException(self.tr("AS_OF: {} is in the future").format(as_of))
        if not monthly_from.strip():
            return [moment]
        start = parameter_moment(monthly_from, self.MONTHLY_FROM)
        if start[:10] > (moment or kpi.now_moment())[:10]:
            raise QgsProcessingException(
                self.tr("MONTHLY_FROM: {} is after the date as of").format(monthly_from))
        series = kpi.monthly_moments(start, moment or kpi.now_moment())
        if moment is None:
            series[-1] = None  # the series ends with the tables as they are now
        return series

    def _population(self, parameters, context) -> dict[str, float] | None:
        """Population by NIS code from the optional table, or None."""
        source = self.parameterAsSource(parameters, self.POPULATION, context)
        if source is None:
            return None
        code_field = self.parameterAsString(parameters, self.POPULATION_CODE_FIELD, context)
        value_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not code_field or not value_field:
            raise QgsProcessingException(
                self.tr("POPULATION_CODE_FIELD and POPULATION_FIELD are needed with a population table"))
        population = {}
        for feature in source.getFeatures():
            code, value = feature[code_field], feature[value_field]
            if code is not None and value is not None:
                try:
                    population[str(code).strip().split(".")[0]] = float(value)
                except (TypeError, ValueError) as error:
                    raise QgsProcessingException(self.tr("POPULATION_FIELD: '{}' is not a number (NIS {})")
                                                 .format(value, code)) from error
        return population
