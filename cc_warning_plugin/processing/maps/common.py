"""What the map and statistics algorithms share: the class view of an
evaluation result and the warning about classes its profile does not know."""

from qgis.core import QgsRasterLayer

from ...layouts.mapping import choose_view
from ...report import layers as rl
from ...report.results import View


def result_view(layer, profile, key: str) -> View:
    """The class view of the evaluation result ``layer``: a class raster's
    only one, or among a result layer's views the one of ``key``. Refuses an
    empty layer."""
    rl.check_not_empty(layer)
    views = rl.layer_views(layer, profile)
    return views[0] if isinstance(layer, QgsRasterLayer) else choose_view(views, key, layer.name())


def warn_unknown(feedback, message: str, stats, **fields) -> None:
    """Push ``message`` as a warning when ``stats`` counted class codes the
    profile does not know; it is formatted with ``n`` (their count), ``codes``
    and ``fields``."""
    if stats.unknown:
        feedback.pushWarning(
            message.format(
                n=stats.unclassified_count, codes=", ".join(sorted(stats.unknown)), **fields
            )
        )
