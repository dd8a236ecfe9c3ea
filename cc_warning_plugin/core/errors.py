"""Errors a user can fix. Their message is already translated and names the
file, layer, field, row or key at fault and how to fix it."""


class CCError(Exception):
    """Base class of every error the plugin reports to the user."""


class ProfileError(CCError):
    """A method profile that cannot be used: bad TOML, missing or wrong key."""

    def __init__(self, source: str, key: str, message: str):
        self.source = source
        self.key = key
        super().__init__(message)


class InputError(CCError):
    """Input data that cannot be evaluated as given (field, row, value)."""


def first_of(items, limit: int, sep: str = ", ") -> str:
    """The first ``limit`` of ``items`` for a message, "…" after them when
    there are more."""
    items = list(items)
    return sep.join(items[:limit]) + (" …" if len(items) > limit else "")
