"""Small declaration helpers shared by the spec modules of several groups."""

from .base import Output
from .shared import PROVENANCE


def reported_numbers(*numbers) -> tuple:
    """The plain outputs of a run that reports numbers: one number output per
    ``(name, label)``, then the provenance."""
    return tuple(Output(name, "number", text) for name, text in numbers) + (PROVENANCE,)
