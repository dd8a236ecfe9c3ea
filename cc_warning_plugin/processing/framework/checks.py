"""The checks every algorithm runs before QGIS's own and before any work
(``SpecAlgorithm.checkParameterValues``). Each returns a message that names
the parameter as the dialog and ``qgis_process`` show it, the value and
what would be accepted, or ``""``. docs/reliability.md lists them."""

from typing import Optional

from qgis.core import QgsProcessingException

from ...core.i18n import tr


def number_problem(alg, param, value) -> str:
    """A constant outside the parameter's range (carbonate share 5 where
    0–1 is allowed) names the parameter, the value and the range."""
    if value is None or value == "" or isinstance(value, bool):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""  # an expression or a layer: QGIS checks it
    definition = alg.parameterDefinition(param.name)
    low, high = definition.minimum(), definition.maximum()
    if low <= number <= high:
        if param.kind == "integer" and number != int(number):
            return tr("{description} ({name}): {value} is not a whole number.").format(
                description=definition.description(), name=param.name, value=value
            )
        return ""
    accepted = (
        f"≥ {low:g}" if high > 1e300 else f"≤ {high:g}" if low < -1e300 else f"{low:g} … {high:g}"
    )
    unit = f" {param.unit}" if param.unit else ""
    return tr(
        "{description} ({name}): {value} is not accepted; give a number {accepted}{unit}."
    ).format(
        description=definition.description(),
        name=param.name,
        value=value,
        accepted=accepted,
        unit=unit,
    )


def enum_problem(alg, param, value) -> str:
    if value is None or value == "" or isinstance(value, (list, tuple)):
        return ""
    try:
        index = int(value)
    except (TypeError, ValueError):
        return ""
    definition = alg.parameterDefinition(param.name)
    options = definition.options()
    if 0 <= index < len(options):
        return ""
    choices = "; ".join(f"{i} = {o}" for i, o in enumerate(options))
    return tr("{description} ({name}): {value} is not one of the choices ({choices}).").format(
        description=definition.description(), name=param.name, value=value, choices=choices
    )


def profile_problem(alg, parameters, context) -> str:
    """A method profile that cannot be used is refused before the run, with
    the key that is wrong."""
    if not alg.SPEC.has(alg.PROFILE):
        return ""
    try:
        alg.profile(parameters, context)
    except QgsProcessingException as exc:
        return str(exc)
    return ""


def run_shared_checks(alg, parameters, context) -> Optional[str]:
    """The first problem found, or ``""``."""
    for param in alg.SPEC.inputs:
        value = parameters.get(param.name)
        if param.kind in ("number", "integer"):
            problem = number_problem(alg, param, value)
        elif param.kind == "enum" and not param.multiple:
            problem = enum_problem(alg, param, value)
        else:
            problem = ""
        if problem:
            return problem
    return profile_problem(alg, parameters, context)
