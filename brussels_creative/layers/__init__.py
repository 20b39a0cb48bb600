"""The QGIS side of an ecosystem file without any widget: its layers, their forms (editor widgets, tabs, relations)
and styles, and the project stored in the file. Built on qgis.core only, so Processing (headless) and the GUI both
use it; it sits above core/ and below processing/ and gui/."""
