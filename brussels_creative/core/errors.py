"""The plugin's error hierarchy: every error the core raises derives from BrusselsCreativeError.

The core has no Qt, so it cannot translate; an error made from a template marked with `tr_noop` keeps the template
and its values, and the layer that shows it (Processing, the GUI) translates the template in the user's language and
fills it: `translated(error, tr)`. str(error) is the English message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


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
        return _fill(self.template, self.values, translate) if self.template else str(self)


class SchemaError(BrusselsCreativeError):
    """The GeoPackage is not an ecosystem file, or its schema cannot be used or upgraded."""


class ValidationError(BrusselsCreativeError):
    """A value breaks one of the ecosystem's rules; the message names the rule and the field or row."""


class DatabaseRefusedError(ValidationError):
    """The database refused a statement: one of its rules, the user's rights, or a lost connection."""


class CanceledError(BrusselsCreativeError):
    """The caller stopped the work; nothing was written."""


@dataclass(frozen=True)
class Message:
    """A user-facing text the core reports without raising (a reason, a finding): an English template marked with
    `tr_noop` and its values. str() is the English text; translated() the user's language."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, template: str, **values) -> Message:
        """The message of a template and its values (a value may be a Message: it is translated too)."""
        return cls(template, tuple(values.items()))

    @classmethod
    def joined(cls, parts: list[Message]) -> Message:
        """Several messages said as one, separated by semicolons."""
        if len(parts) == 1:
            return parts[0]
        return cls.of(tr_noop("{first}; {then}"), first=parts[0], then=cls.joined(parts[1:]))

    def __str__(self) -> str:
        return self.template.format(**dict(self.values)) if self.values else self.template

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language: the template translated, then filled with the values."""
        return _fill(self.template, dict(self.values), translate)


class HasReason:
    """A record saying why through its `message` (a Message): a refused row, a rejected file."""

    message: Message

    @property
    def reason(self) -> str:
        """The reason in English (message.translated(tr) in the user's language)."""
        return str(self.message)


def _fill(template: str, values: dict, translate: Callable[[str], str]) -> str:
    """The translated template filled with the values (messages among them translated); the English text when the
    translation lost a placeholder."""
    if not values:
        return translate(template)
    values = {k: v.translated(translate) if isinstance(v, Message) else v for k, v in values.items()}
    try:
        return translate(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def translated(error: BaseException | Message, translate: Callable[[str], str]) -> str:
    """Any error's (or core message's) text in the user's language when it is one of ours, else as it is."""
    return error.translated(translate) if isinstance(error, BrusselsCreativeError | Message) else str(error)
