"""The 2016 monitoring and early-warning method (《资源环境承载能力监测预警
技术方法（试行）》) on county units: the basic elements (土地, 水, 环境, 生态),
the special evaluations by 主体功能区 type, the trend (过程评价), the load
type (集成评价), the warning level and the cause (成因解析). Pure Python: no
qgis or Qt import; messages through ``core.i18n.tr``."""
