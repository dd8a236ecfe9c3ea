"""Every algorithm the provider registers, in one list. Ids are a public
interface (models, scripts and qgis_process calls name them): keep them."""


def algorithm_classes():
    from . import algorithms as legacy
    from .dual.land import AgriLandAlgorithm, UrbanLandAlgorithm
    from .m2016.water import WaterLoadAlgorithm
    return [WaterLoadAlgorithm, AgriLandAlgorithm, UrbanLandAlgorithm] + \
        legacy.all_algorithms()
