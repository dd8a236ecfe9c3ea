"""Provenance record of an evaluation run: profile, parameters, inputs,
software versions and time. Stored with outputs and printed in reports."""

import datetime
import json
from typing import Dict, Optional

from .profile import Profile


def record(
    algorithm: str,
    profile: Profile,
    parameters: Dict,
    inputs: Dict[str, str],
    versions: Dict[str, str],
    when: Optional[datetime.datetime] = None,
) -> Dict:
    when = when or datetime.datetime.now().astimezone()
    prof = {
        "id": profile.id,
        "version": profile.version,
        "source": profile.source,
        "sha256": profile.digest,
    }
    if getattr(profile, "filled_sections", None):
        prof["sections_from_default"] = list(profile.filled_sections)
    return {
        "algorithm": algorithm,
        "profile": prof,
        "parameters": {k: _plain(v) for k, v in sorted(parameters.items())},
        "inputs": dict(sorted(inputs.items())),
        "versions": dict(sorted(versions.items())),
        "time": when.isoformat(timespec="seconds"),
    }


def _plain(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def to_json(rec: Dict) -> str:
    return json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=False)
