"""The plugin's error hierarchy: every error the core raises derives from BrusselsCreativeError.

The core has no Qt, so it cannot translate; an error made from a template marked with `tr_noop` keeps the template
and its values, and the layer that shows it (Processing, the GUI) translates the template in the user's language and
fills it: `translated(error, tr)`. str(error) is the English message."""

from __future__ import annotations

from collections.abc import Callable


def tr_noop(template: str) -> str:
    """Mark an English message template for translation (the template is extracted into the .ts files)."""
    return template


class BrusselsCreativeError(Exception):
    """Base class of the errors raised by the Brussels Creative core: a message, or a template and its values."""

    def __init__(self, message: str = "", **values) -> None:
        self.template, self.values = message, values
        super().__init__(message.format(**values) if values else message)

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language: the template translated, then filled with the values."""
        if not self.values:
            return translate(self.template) if self.template else str(self)
        try:
            return translate(self.template).format(**self.values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English message
            return str(self)


class SchemaError(BrusselsCreativeError):
    """The GeoPackage is not an ecosystem file, or its schema cannot be used or upgraded."""


class ValidationError(BrusselsCreativeError):
    """A value breaks one of the ecosystem's rules; the message names the rule and the field or row."""


def translated(error: BaseException, translate: Callable[[str], str]) -> str:
    """Any error's message in the user's language when it is one of ours, else as it is."""
    return error.translated(translate) if isinstance(error, BrusselsCreativeError) else str(error)
