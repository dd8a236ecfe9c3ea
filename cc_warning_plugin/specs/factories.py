"""Small declaration helpers shared by the spec modules of several groups."""

import functools
from typing import Callable

from .base import AlgorithmSpec, Output
from .shared import PROVENANCE


def reported_numbers(*numbers) -> tuple:
    """The plain outputs of a run that reports numbers: one number output per
    ``(name, label)``, then the provenance."""
    return tuple(Output(name, "number", text) for name, text in numbers) + (PROVENANCE,)


def group_spec(group: str, doc: str) -> Callable[..., AlgorithmSpec]:
    """The spec constructor of the algorithms of one group that share a
    reference page: :class:`AlgorithmSpec` with ``group`` and ``doc`` given."""
    return functools.partial(AlgorithmSpec, group=group, doc=doc)


#: a spec of the 双评价 group, documented on its page
dual_spec = group_spec("dual_evaluation", "dual_evaluation.md")
