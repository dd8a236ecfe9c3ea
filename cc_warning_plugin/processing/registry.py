"""Every algorithm the provider registers, in one list. Ids are a public
interface (models, scripts and qgis_process calls name them): keep them."""


def algorithm_classes():
    from . import algorithms as legacy
    from .dual.climate import ComfortAlgorithm, HeatAlgorithm
    from .dual.factor import FactorGradingAlgorithm
    from .dual.land import AgriLandAlgorithm, UrbanLandAlgorithm
    from .dual.suitability import AgriSuitabilityAlgorithm, UrbanSuitabilityAlgorithm
    from .dual.water import AgriWaterAlgorithm, UrbanWaterAlgorithm
    from .m2016.water import WaterLoadAlgorithm
    return [WaterLoadAlgorithm,
            AgriLandAlgorithm, UrbanLandAlgorithm, AgriWaterAlgorithm, UrbanWaterAlgorithm,
            HeatAlgorithm, ComfortAlgorithm, FactorGradingAlgorithm,
            AgriSuitabilityAlgorithm, UrbanSuitabilityAlgorithm] + legacy.all_algorithms()
