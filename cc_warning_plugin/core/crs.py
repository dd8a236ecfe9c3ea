"""The check of a layer's coordinate reference system before areas or
lengths are measured, for the OGR layers of the core and the QGIS layers of
the algorithms alike: a quantity in metres is never measured in degrees."""

from typing import Optional

from .errors import InputError
from .i18n import tr


def check_projected(layer: str, purpose: str, crs: Optional[str], geographic: bool) -> None:
    """Refuse ``layer`` where it has no CRS (``crs`` None) or a geographic
    one (``geographic``; ``crs`` is its name), naming ``purpose`` (what
    cannot be computed) and how to fix it."""
    if crs is None:
        raise InputError(
            tr(
                "{layer} has no coordinate reference system, so {purpose} cannot be computed. Set "
                "its CRS (Layer Properties ▸ Source), e.g. a CGCS2000 Gauss–Krüger zone "
                "(EPSG:4513–4554)."
            ).format(layer=layer, purpose=purpose)
        )
    if geographic:
        raise InputError(
            tr(
                "{layer} uses a geographic CRS ({crs}), in degrees, so {purpose} cannot be "
                "computed "
                "from it. Reproject the layer to a projected CRS such as the CGCS2000 3-degree "
                "Gauss–Krüger zone of the area (EPSG:4513–4554) and run again."
            ).format(layer=layer, crs=crs, purpose=purpose)
        )
