"""The ``cc_warning`` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from . import registry


class CCWarningProvider(QgsProcessingProvider):
    """Provider holding every cc_warning algorithm."""

    PROVIDER_ID = "cc_warning"

    def __init__(self, icon: QIcon = None):
        super().__init__()
        self._icon = icon or QIcon()

    def id(self):
        return self.PROVIDER_ID

    def name(self):
        return tr("Carrying capacity warning")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr(
            "Resource and environmental carrying capacity monitoring and early "
            "warning (资源环境承载能力监测预警)"
        )

    def icon(self):
        return self._icon

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for cls in registry.algorithm_classes():
            self.addAlgorithm(cls())
