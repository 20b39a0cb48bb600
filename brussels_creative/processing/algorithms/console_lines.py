"""One message a line in qgis_process's log, whose progress dots ("0...10...20.") end no line of their own."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProcessingMultiStepFeedback

# qgis_process draws 40 ticks: a number every fourth ("0", "10", …), a dot between, " - done." and a line end at 40
_TICKS = 40


def _on_own_line(name: str):
    """QgsProcessingMultiStepFeedback's method `name`, run after ending the progress dots' line."""

    def passed_on(self, *arguments) -> None:
        self._end_line()
        getattr(QgsProcessingMultiStepFeedback, name)(self, *arguments)

    passed_on.__name__ = passed_on.__qualname__ = name
    passed_on.__doc__ = f"{name}, on a line of its own."
    return passed_on


class LineKeepingFeedback(QgsProcessingMultiStepFeedback):
    """qgis_process's feedback, passed through whole, that ends the progress dots' line before a message.

    Without it, a message pushed at 30 % is printed right after the dots: "0...10...20...30.Counting 3000 points…".
    The ticks drawn are followed as qgis_process draws them, from the progress it is given."""

    def __init__(self, console: QgsProcessingFeedback) -> None:
        super().__init__(1, console)
        self._console = console
        self._tick = -1
        self._mid_line = False
        console.progressChanged.connect(self._follow)

    def _follow(self, progress: float) -> None:
        tick = min(_TICKS, max(0, int(progress * 0.4)))
        if tick > self._tick:
            self._tick = tick
            self._mid_line = tick < _TICKS

    def _end_line(self) -> None:
        if self._mid_line:
            self._mid_line = False
            self._console.pushInfo("")


# every way a message reaches the log, each on a line of its own
for _name in ("setProgressText", "reportError", "pushWarning", "pushInfo", "pushCommandInfo", "pushDebugInfo",
              "pushConsoleInfo", "pushFormattedMessage"):
    setattr(LineKeepingFeedback, _name, _on_own_line(_name))


def console_feedback(feedback):
    """The feedback an algorithm reports to: under qgis_process's text log, one that keeps each message on a line of
    its own; anywhere else (the Processing dialog, processing.run, qgis_process --json) the feedback given."""
    application = QgsApplication.instance()
    if (feedback is None or application is None or application.platform() != "qgis_process"
            or "--json" in application.arguments()):
        return feedback
    return LineKeepingFeedback(feedback)
