"""Every algorithm the provider registers, in one list. Ids are a public
interface (models, scripts and qgis_process calls name them): keep them."""


def algorithm_classes():
    from . import algorithms as legacy
    from .chains.carrying_capacity_2016 import CarryingCapacity2016Algorithm
    from .dual.land import AgriLandAlgorithm, UrbanLandAlgorithm
    from .m2016.ecology import EcosystemHealthAlgorithm
    from .m2016.environment import PollutantExceedanceAlgorithm
    from .m2016.integration import IntegratedWarningAlgorithm
    from .m2016.land import LandPressureAlgorithm
    from .m2016.special import (CroplandQualityAlgorithm, EcoFunctionAlgorithm,
                                GrasslandBalanceAlgorithm, SpecialEvaluationAlgorithm,
                                UrbanBlackGreyAlgorithm)
    from .m2016.trend import ProcessTrendAlgorithm
    from .m2016.water import WaterLoadAlgorithm
    m2016 = [LandPressureAlgorithm, WaterLoadAlgorithm, PollutantExceedanceAlgorithm,
             EcosystemHealthAlgorithm, UrbanBlackGreyAlgorithm, CroplandQualityAlgorithm,
             GrasslandBalanceAlgorithm, EcoFunctionAlgorithm, SpecialEvaluationAlgorithm,
             ProcessTrendAlgorithm, IntegratedWarningAlgorithm, CarryingCapacity2016Algorithm]
    return m2016 + [AgriLandAlgorithm, UrbanLandAlgorithm] + legacy.all_algorithms()
