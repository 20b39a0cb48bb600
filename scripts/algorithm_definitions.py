#!/usr/bin/env python3
"""Print every Brussels Creative algorithm as QGIS sees it, as JSON: its parameters (QGIS's own description of each,
toVariantMap: type, description, help, default, flags, limits, options, parent), outputs, name, group, tags and help.

Two checkouts printing the same JSON declare the same algorithms, which is how a change to the way parameters or
texts are written is shown to change nothing a user sees:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/algorithm_definitions.py > after.json
    (the same in a worktree of the commit before, > before.json)   then   diff before.json after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def definitions() -> dict:
    """Every algorithm of the provider, by id, as plain JSON values."""
    from qgis.core import QgsApplication

    from brussels_creative.processing.provider import BrusselsCreativeProvider

    provider = BrusselsCreativeProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    found = {}
    for algorithm in sorted(provider.algorithms(), key=lambda a: a.name()):
        parameters = [{"name": p.name(), "type": p.type(), "description": p.description(), "help": p.help(),
                       "default": repr(p.defaultValue()), "flags": int(p.flags()), "definition": p.toVariantMap()}
                      for p in algorithm.parameterDefinitions()]
        outputs = [{"name": o.name(), "type": o.type(), "description": o.description()}
                   for o in algorithm.outputDefinitions()]
        found[algorithm.name()] = {"parameters": parameters, "outputs": outputs, "name": algorithm.displayName(),
                                   "group": algorithm.group(), "tags": algorithm.tags(),
                                   "help": algorithm.shortHelpString()}
    return json.loads(json.dumps(found, default=repr))


def main() -> int:
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    print(json.dumps(definitions(), indent=1, sort_keys=True, ensure_ascii=False))
    application.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
