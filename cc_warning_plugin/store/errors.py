"""Errors of the monitoring database. Each message names the database (never
with a password), the table, file, row or column at fault, and the fix."""

from ..core.errors import CCError, InputError


class StoreError(CCError):
    """The database cannot do what was asked (connection, permission, lock,
    schema version …). Nothing was written."""


class SchemaError(StoreError):
    """The database's schema version does not match the plugin's: older
    (upgrade it) or newer (update the plugin)."""


class LockedError(StoreError):
    """A GeoPackage locked by another program."""


class ReadOnlyError(StoreError):
    """A GeoPackage that cannot be written (read-only file, folder or opened
    read-only)."""


class ConnectionLost(StoreError):
    """The PostgreSQL connection broke; the server rolled the transaction back."""


class PermissionRefused(StoreError):
    """PostgreSQL refused a write (privileges or row-level security)."""


class ConcurrentChange(StoreError):
    """Another session changed the same rows at the same time."""


class ImportRejected(InputError):
    """An import with rejected rows: nothing was written. ``report`` holds
    every rejected row (row number, column, reason)."""

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


__all__ = [
    "StoreError",
    "SchemaError",
    "LockedError",
    "ReadOnlyError",
    "ConnectionLost",
    "PermissionRefused",
    "ConcurrentChange",
    "ImportRejected",
    "InputError",
]
