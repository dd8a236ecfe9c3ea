"""What the generator takes from the method profile (``cc_warning_plugin/profiles/default.toml``)
through the plugin's Qt-free core. The generator holds no threshold, limit or grading of its own:
the standard limits the monitoring data are built around, the statistics conventions, the
degradation severities and construction-land codes counted, the names of the special evaluations
and, in :mod:`.check`, every class rule all come from here."""

from __future__ import annotations

from functools import lru_cache

from cc_warning_plugin.core.exceedance import air_limits, water_limits
from cc_warning_plugin.core.indicators import match_alias
from cc_warning_plugin.core.profile import Profile, deep_merge, load_profile
from cc_warning_plugin.core.profile.schema import validate


@lru_cache(maxsize=None)
def profile() -> Profile:
    """The built-in default profile the sample is designed for."""
    return load_profile(None)


@lru_cache(maxsize=None)
def profile_tn_on_rivers() -> Profile:
    """The default with total nitrogen applied to river sections as well (the S1 reading of
    GB 3838-2002): the sample must give the same classes under it."""
    base = profile()
    std = base.get("elements.environment.water_standard")
    tn = base.get(f"standards.water.{std}.parameters.tn")
    applies = list(dict.fromkeys(list(tn["applies_to"]) + list(base.get("water_bodies"))))
    data = deep_merge(
        base.data, {"standards": {"water": {std: {"parameters": {"tn": {"applies_to": applies}}}}}}
    )
    validate(data, base.source)
    return Profile(data, base.source)


def counted_severities() -> set[str]:
    """Degradation severities that count as moderate or worse (中度及以上)."""
    return set(profile().get("elements.ecology.counted_severities"))


def construction_codes() -> tuple[str, ...]:
    """三调 land-use code prefixes counted as construction land (建设用地)."""
    return tuple(profile().get("elements.land.overlay.construction_codes"))


def water_body(text: str) -> str:
    """Profile key (``river``/``lake``) of a water-body type written in the data (河流/湖库)."""
    key = match_alias(text, profile().get("water_bodies"))
    if key is None:
        raise ValueError(f"water body {text!r} is not in the profile's water_bodies")
    return key


def section_limits(body_text: str) -> dict[str, float]:
    """Limit of every pollutant at the profile's water class for a section of this body, total
    nitrogen included for rivers (the generator keeps TN below the driving pollutant under both
    readings)."""
    limits = water_limits(profile_tn_on_rivers(), water_body(body_text))
    return {p: limits[p][0] for p in profile().get("elements.environment.water_pollutants")}


def annual_air_limits() -> dict[str, float]:
    """Annual-statistic limits of the profile's air standard (GB 3095 edition)."""
    return air_limits(profile())


def daily_rule() -> tuple[float, str]:
    """(24-h limit, comparison) that makes a day a PM2.5 exceedance day."""
    p = profile()
    rule = p.get("elements.environment.stations.exceed_days")
    std = p.get("elements.environment.air_standard")
    return p.get(f"standards.air.{std}.daily")[rule["limit"]], rule["op"]


def percentile_of(statistic: str) -> float:
    """The percentile p of an annual statistic (``co_p95``, ``o3_8h_p90``)."""
    return profile().get(f"elements.environment.stations.statistics.{statistic}")["p"]


def special_kind(mfz: str, agri: str) -> str:
    """Key of the special evaluation that applies to a county of this 主体功能区 (and 农产品主产区
    sub-type)."""
    zones = {k: v for k, v in profile().get("function_zones").items() if isinstance(v, dict)}
    key = match_alias(agri or mfz, zones)
    if key is None:
        raise ValueError(f"主体功能区 {agri or mfz!r} is not in the profile's function_zones")
    return zones[key]["special"]


def special_name(mfz: str, agri: str) -> str:
    """Chinese name of the special evaluation that applies (水气环境黑灰指数 …)."""
    return profile().get(f"special.{special_kind(mfz, agri)}")["name_zh"]
