"""The plugin's error hierarchy: every error the core raises derives from BrusselsCreativeError."""


class BrusselsCreativeError(Exception):
    """Base class of the errors raised by the Brussels Creative core."""


class SchemaError(BrusselsCreativeError):
    """The GeoPackage is not an ecosystem file, or its schema cannot be used or upgraded."""


class ValidationError(BrusselsCreativeError):
    """A value breaks one of the ecosystem's rules; the message names the rule and the field or row."""
