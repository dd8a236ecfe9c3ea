"""Every algorithm the provider registers, in one list. Ids are a public
interface (models, scripts and qgis_process calls name them): keep them."""


def algorithm_classes():
    from .actions.annual import AnnualReportAlgorithm
    from .actions.crosscheck import CrossCheckAlgorithm
    from .actions.measures import UnitMeasuresAlgorithm
    from .actions.reminders import WarningRemindersAlgorithm
    from .actions.targets import TargetTrackingAlgorithm
    from .chains.carrying_capacity_2016 import CarryingCapacity2016Algorithm
    from .chains.dual_evaluation import DualEvaluationAlgorithm
    from .dual.climate import ComfortAlgorithm, HeatAlgorithm
    from .database.backup import BackupAlgorithm, RestoreAlgorithm
    from .database.coverage import StationCoverageAlgorithm
    from .database.create import CreateDatabaseAlgorithm
    from .database.due import DueListAlgorithm
    from .database.evaluate import EvaluateAlgorithm
    from .database.history import HistoryAlgorithm
    from .database.indicators import ImportIndicatorsAlgorithm
    from .database.station_layer import LoadStationsAlgorithm
    from .database.stations import ImportStationsAlgorithm
    from .database.units import LoadUnitsAlgorithm
    from .dual.ecology.biodiversity import BiodiversityAlgorithm
    from .dual.ecology.importance import EcoImportanceAlgorithm
    from .dual.ecology.sand import SandFixationAlgorithm
    from .dual.ecology.soil import SoilConservationAlgorithm
    from .dual.ecology.vulnerability import (
        DesertificationVulnerabilityAlgorithm,
        RockyDesertificationVulnerabilityAlgorithm,
        SalinizationVulnerabilityAlgorithm,
        SoilErosionVulnerabilityAlgorithm,
    )
    from .dual.ecology.water import WaterConservationAlgorithm
    from .dual.factor import FactorGradingAlgorithm
    from .dual.land import AgriLandAlgorithm, UrbanLandAlgorithm
    from .dual.scale import CarryingScaleAlgorithm
    from .dual.suitability import AgriSuitabilityAlgorithm, UrbanSuitabilityAlgorithm
    from .dual.water import AgriWaterAlgorithm, UrbanWaterAlgorithm
    from .dual.zonal import ZonalSummaryAlgorithm
    from .m2016.ecology import EcosystemHealthAlgorithm
    from .m2016.environment import PollutantExceedanceAlgorithm
    from .m2016.integration import IntegratedWarningAlgorithm
    from .m2016.land import LandPressureAlgorithm
    from .m2016.special import (
        CroplandQualityAlgorithm,
        EcoFunctionAlgorithm,
        GrasslandBalanceAlgorithm,
        SpecialEvaluationAlgorithm,
        UrbanBlackGreyAlgorithm,
    )
    from .m2016.trend import ProcessTrendAlgorithm
    from .m2016.water import WaterLoadAlgorithm
    from .maps.compare import ComparePeriodsAlgorithm
    from .maps.export import ExportWarningMapAlgorithm
    from .maps.report import EvaluationReportAlgorithm
    from .maps.statistics import ClassStatisticsAlgorithm
    from .methods.construction import ConstructionScreenAlgorithm
    from .methods.eco_index import EcoIndexAlgorithm
    from .methods.erosivity import RainfallErosivityAlgorithm
    from .methods.series import SeriesTrendAlgorithm
    from .zoning.access_list import AccessListAlgorithm
    from .zoning.compare import CompareVersionsAlgorithm
    from .zoning.compliance import ComplianceAlgorithm
    from .zoning.delineate import DelineateAlgorithm
    from .zoning.validate import ValidateUnitsAlgorithm

    m2016 = [
        LandPressureAlgorithm,
        WaterLoadAlgorithm,
        PollutantExceedanceAlgorithm,
        EcosystemHealthAlgorithm,
        UrbanBlackGreyAlgorithm,
        CroplandQualityAlgorithm,
        GrasslandBalanceAlgorithm,
        EcoFunctionAlgorithm,
        SpecialEvaluationAlgorithm,
        ProcessTrendAlgorithm,
        IntegratedWarningAlgorithm,
        CarryingCapacity2016Algorithm,
    ]
    dual = [
        AgriLandAlgorithm,
        UrbanLandAlgorithm,
        AgriWaterAlgorithm,
        UrbanWaterAlgorithm,
        HeatAlgorithm,
        ComfortAlgorithm,
        FactorGradingAlgorithm,
        AgriSuitabilityAlgorithm,
        UrbanSuitabilityAlgorithm,
        ZonalSummaryAlgorithm,
        CarryingScaleAlgorithm,
        DualEvaluationAlgorithm,
    ]
    ecology = [
        WaterConservationAlgorithm,
        SoilConservationAlgorithm,
        SandFixationAlgorithm,
        BiodiversityAlgorithm,
        SoilErosionVulnerabilityAlgorithm,
        RockyDesertificationVulnerabilityAlgorithm,
        DesertificationVulnerabilityAlgorithm,
        SalinizationVulnerabilityAlgorithm,
        EcoImportanceAlgorithm,
    ]
    maps = [
        ExportWarningMapAlgorithm,
        ClassStatisticsAlgorithm,
        ComparePeriodsAlgorithm,
        EvaluationReportAlgorithm,
    ]
    actions = [
        UnitMeasuresAlgorithm,
        WarningRemindersAlgorithm,
        TargetTrackingAlgorithm,
        CrossCheckAlgorithm,
        AnnualReportAlgorithm,
    ]
    zoning = [
        DelineateAlgorithm,
        ValidateUnitsAlgorithm,
        AccessListAlgorithm,
        ComplianceAlgorithm,
        CompareVersionsAlgorithm,
    ]
    methods = [
        SeriesTrendAlgorithm,
        EcoIndexAlgorithm,
        ConstructionScreenAlgorithm,
        RainfallErosivityAlgorithm,
    ]
    database = [
        CreateDatabaseAlgorithm,
        LoadUnitsAlgorithm,
        LoadStationsAlgorithm,
        ImportIndicatorsAlgorithm,
        ImportStationsAlgorithm,
        StationCoverageAlgorithm,
        EvaluateAlgorithm,
        HistoryAlgorithm,
        DueListAlgorithm,
        BackupAlgorithm,
        RestoreAlgorithm,
    ]
    return m2016 + dual + ecology + maps + actions + zoning + methods + database
