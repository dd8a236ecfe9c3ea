<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cc_warning</name>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" line="87" />
            <source>climate (光热) matrix</source>
            <translation>光热条件矩阵</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" line="88" />
            <source>patch contiguity (连片度) correction</source>
            <translation>地块连片度修正</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" line="89" />
            <source>inside the 生态保护极重要区</source>
            <translation>位于生态保护极重要区内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="169" />
            <source>no value to evaluate ({missing} missing)</source>
            <translation>无可评价的数值（缺少 {missing}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="175" />
            <source>classed on the values present; missing: {missing}</source>
            <translation>按已有数值定级；缺少：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="178" />
            <source>missing values could change the class: {missing}</source>
            <translation>缺失数值可能改变等级：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="181" />
            <source>partial: classed without {missing}</source>
            <translation>部分评价：未计入 {missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="195" />
            <source>{layer}: no pollutant columns found. Expected columns such as: {names}.</source>
            <translation>{layer}：未找到污染物字段。应包含如下字段：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="205" />
            <source>{layer}, {row}: the section code is empty.</source>
            <translation>{layer}，{row}：断面编码为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="208" />
            <source>{layer}: section code {code!r} appears twice ({first} and {second}). Give every section a unique code.</source>
            <translation>{layer}：断面编码 {code!r} 重复出现（{first} 和 {second}）。请为每个断面设置唯一编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="215" />
            <source>{layer}, section {section}: unit code {code!r} is not among the evaluation units. Correct the code or add the unit.</source>
            <translation>{layer}，断面 {section}：评价单元代码 {code!r} 不在评价单元中。请更正代码或补充该评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="222" />
            <source>{layer}, section {section}: water body type {value!r} is not known. Use one of: {names}.</source>
            <translation>{layer}，断面 {section}：无法识别的水体类型 {value!r}。请使用以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="235" />
            <source>{layer}, section {section}: {field} is 0, so its inverted index S/C − 1 is infinite. Check the measurement (use the detection limit if it was below it).</source>
            <translation>{layer}，断面 {section}：{field} 为 0，其倒数形式的超标指数 S/C − 1 为无穷大。请核对监测值（低于检出限时请填检出限）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="271" />
            <source>Units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="277" />
            <source>{layer}: no air pollutant columns found and no water sections given. Add columns such as {names}, or give the water sections table.</source>
            <translation>{layer}：未找到大气污染物字段，也未提供水质断面。请添加如 {names} 等字段，或提供水质断面表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="284" />
            <source>Water sections</source>
            <translation>水质断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="307" />
            <source>water sections</source>
            <translation>水质断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" line="60" />
            <source>Air standard {std!r} is not in the method profile. Choose one of: {names}.</source>
            <translation>方法配置中没有空气质量标准 {std!r}。请选择以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" line="120" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}, which is not a number. Enter a number (without units) or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值 {value!r} 不是数字。请填写数字（不带单位）或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" line="146" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}; expected yes or no (1/0, 是/否).</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值为 {value!r}；应为是或否（1/0、是/否）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" line="148" />
            <source>Input table</source>
            <translation>输入表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" line="81" />
            <source>{layer}: the columns {columns} all match the field '{field}' ({title}). Keep one of them or rename the others.</source>
            <translation>{layer}：字段 {columns} 均对应指标“{field}”（{title}）。请只保留其中一个，或将其余字段改名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" line="89" />
            <source>{layer}: required field '{field}' ({title}) is missing. Add a column named one of: {names}.</source>
            <translation>{layer}：缺少必需字段“{field}”（{title}）。请添加名为以下之一的字段：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="104" />
            <source>a list [...]</source>
            <translation>列表 [...]</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="106" />
            <source>must have at least {n} entries, found {m}.</source>
            <translation>至少应有 {n} 项，实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="109" />
            <source>must have at most {n} entries, found {m}.</source>
            <translation>至多应有 {n} 项，实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="126" />
            <source>a table</source>
            <translation>表（table）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="130" />
            <source>is missing.</source>
            <translation>缺失。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="141" />
            <source>is not a known key here (known: {known}).</source>
            <translation>不是此处可用的键（可用：{known}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="163" />
            <source>a class code of '{set}' ({codes})</source>
            <translation>“{set}”中的等级代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="175" />
            <source>is missing: every code in 'order' needs a table with label_zh, label_en and color.</source>
            <translation>缺失：“order”中的每个代码都需要一个含 label_zh、label_en 和 color 的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="193" />
            <source>needs both 'op' and 'value', or neither (only the last rule).</source>
            <translation>需要同时给出“op”和“value”，或都不给（仅限最后一条规则）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="196" />
            <source>is the last rule and must have no 'op': it catches every value the rules above leave.</source>
            <translation>是最后一条规则，不能有“op”：它承接前面规则未覆盖的所有数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="199" />
            <source>has no 'op' but is not the last rule: the rules after it could never apply.</source>
            <translation>没有“op”但不是最后一条规则：其后的规则将永远不会生效。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="211" />
            <source>must be strictly ascending, found {found}.</source>
            <translation>必须严格递增，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="214" />
            <source>must have one entry more than 'breaks' ({n}), found {m}.</source>
            <translation>应比“breaks”多一项（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="275" />
            <source>must have one entry more than 'l_breaks'.</source>
            <translation>应比“l_breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="279" />
            <source>must have one entry more than 'den_breaks'.</source>
            <translation>应比“den_breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="283" />
            <source>must have one entry more than 'breaks'.</source>
            <translation>应比“breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="304" />
            <source>must have one entry per value ({n}), found {m}.</source>
            <translation>必须与 values 一一对应（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="307" />
            <source>must not repeat a value.</source>
            <translation>值不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="309" />
            <source>must not repeat a code.</source>
            <translation>代码不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="323" />
            <source>a class set under [dual.classes] ({names})</source>
            <translation>[dual.classes] 下的一个分类集（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="335" />
            <source>needs exactly one of 'set' (a level) or 'shift' (levels to move, + = worse).</source>
            <translation>必须且只能有 'set'（设为某一等级）或 'shift'（移动的等级数，+ 表示变差）之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="364" />
            <source>a value of class set '{set}' ({values})</source>
            <translation>分类集 '{set}' 中的一个值（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="378" />
            <source>is missing: kind = "codes" needs a list of {code, level}.</source>
            <translation>缺失：kind = "codes" 需要 {code, level} 列表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="383" />
            <source>repeats code {code}.</source>
            <translation>代码 {code} 重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="394" />
            <source>is missing: kind = "breaks" needs breaks, closed and levels.</source>
            <translation>缺失：kind = "breaks" 需要 breaks、closed 和 levels。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="420" />
            <source>needs at least one condition.</source>
            <translation>至少需要一个条件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="425" />
            <source>names an input the step does not declare in 'inputs' ({names}).</source>
            <translation>引用了本步骤 'inputs' 中未声明的输入（{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="462" />
            <source>is missing: every level 1–5 needs a class.</source>
            <translation>缺失：等级 1–5 都必须对应一个分区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="468" />
            <source>a code of dual.classes.suitability_2</source>
            <translation>dual.classes.suitability_2 中的一个代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="475" />
            <source>a value of class set 'importance' ({values})</source>
            <translation>分类集 'importance' 中的一个值（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="48" />
            <source>Method profile {source}: key '{key}' {problem} Fix it in the file, or compare with the built-in profile 'default' (docs/profiles.md).</source>
            <translation>方法配置文件 {source}：键“{key}”{problem}请在文件中修改，或与内置配置“default”对照（docs/profiles.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="55" />
            <source>must be {expected}, found {found}.</source>
            <translation>应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="550" />
            <source>is missing: the matrix needs a row for every load class.</source>
            <translation>缺失：矩阵需要为每个超载类型设一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="555" />
            <source>is missing: every row needs a colour for every trend type.</source>
            <translation>缺失：每一行都需要为每种耗损类型给出预警颜色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="606" />
            <source>a standard under [standards.air] ({names})</source>
            <translation>[standards.air] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="610" />
            <source>a standard under [standards.water] ({names})</source>
            <translation>[standards.water] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="615" />
            <source>one of the classes of {std} ({classes})</source>
            <translation>{std} 的水质类别之一（{classes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="62" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="622" />
            <source>is missing: air_pollutants lists it.</source>
            <translation>缺失：air_pollutants 中列出了该项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="627" />
            <source>a parameter of {std}</source>
            <translation>{std} 中的项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="636" />
            <source>Method profile {path} does not exist. Give the path of a .toml profile file, or leave the parameter empty to use the built-in default.</source>
            <translation>方法配置文件 {path} 不存在。请给出 .toml 配置文件路径，或留空以使用内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="644" />
            <source>Method profile {path} is not valid TOML: {detail}. Check the quoting and brackets on that line.</source>
            <translation>方法配置文件 {path} 不是有效的 TOML：{detail}。请检查该行的引号和括号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="648" />
            <source>Method profile {path} is not UTF-8 text. Save it as UTF-8.</source>
            <translation>方法配置文件 {path} 不是 UTF-8 文本。请以 UTF-8 编码保存。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="671" />
            <source>Method profile {path}: 'profile.extends' chains more than {n} files (a loop?). Point it at the built-in 'default' or a complete profile.</source>
            <translation>方法配置文件 {path}：“profile.extends”的继承链超过 {n} 个文件（是否循环引用？）。请指向内置“default”或一个完整的配置文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="70" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="70" />
            <source>a number</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="73" />
            <source>at least {min}</source>
            <translation>不小于 {min}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="75" />
            <source>at most {max}</source>
            <translation>不大于 {max}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="89" />
            <source>a colour like "#ff0000"</source>
            <translation>形如“#ff0000”的颜色</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="96" />
            <source>one of {choices}</source>
            <translation>以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" line="30" />
            <source>{row} (unit {code})</source>
            <translation>{row}（单元 {code}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" line="51" />
            <source>row {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" line="75" />
            <source>{layer}, {row}: the unit code is empty. Every unit needs a unique code (行政区划代码).</source>
            <translation>{layer}，{row}：评价单元代码为空。每个评价单元都需要唯一的行政区划代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" line="79" />
            <source>{layer}: unit code {code!r} appears twice ({first} and {second}). Unit codes must be unique; merge or recode the duplicates.</source>
            <translation>{layer}：评价单元代码 {code!r} 重复出现（{first} 和 {second}）。单元代码必须唯一，请合并或重新编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" line="90" />
            <source>{layer}, {row}: field '{field}' is negative ({value:g}). Concentrations, areas and volumes cannot be negative; correct the value.</source>
            <translation>{layer}，{row}：字段“{field}”为负值（{value:g}）。浓度、面积和水量不能为负，请更正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="56" />
            <source>Resource and environmental carrying capacity warning</source>
            <translation>资源环境承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="59" />
            <source>Open the carrying-capacity evaluations in the Processing toolbox</source>
            <translation>在处理工具箱中打开承载能力评价工具</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="68" />
            <source>Carrying capacity warning</source>
            <translation>承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="104" />
            <source>Analysis area (polygons; empty = the whole {ref})</source>
            <translation>分析范围（面图层；留空 = 整个{ref}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="106" />
            <source>Cells whose centre lies outside these polygons are left out (nodata); the grid covers their extent.</source>
            <translation>像元中心位于这些面之外的像元不参与评价（无数据）；格网范围取这些面的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="110" />
            <source>Block size (cells per side)</source>
            <translation>分块大小（每边像元数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="113" />
            <source>Rasters are processed in square blocks of this many cells a side; memory use grows with the block, not with the raster. The default suits a desktop with 8 GB.</source>
            <translation>栅格按此边长的正方形分块处理；内存占用随分块大小而非栅格大小增长。默认值适用于 8 GB 内存的台式机。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="134" />
            <source>Layer {layer} is served by the '{provider}' provider; the evaluations read files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As).</source>
            <translation>图层 {layer} 由 '{provider}' 数据提供者提供；评价通过 GDAL 读取文件。请先将其另存为 GeoTIFF（导出 ▸ 另存为）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="164" />
            <source>Layer {layer} cannot be transformed to {crs}. Check its CRS.</source>
            <translation>图层 {layer} 无法转换到 {crs}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="168" />
            <source>Cell size not given: {cell:g} (CRS units), about the cell of {ref} in {crs}.</source>
            <translation>未指定像元大小：采用 {cell:g}（坐标系单位），约为{ref}在 {crs} 中的像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="180" />
            <source>Layer {layer} cannot be transformed to {crs}.</source>
            <translation>图层 {layer} 无法转换到 {crs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="189" />
            <source>Analysis grid: {grid}</source>
            <translation>分析格网：{grid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="193" />
            <source>analysis area</source>
            <translation>分析范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="203" />
            <source>The analysis area layer has no features (empty extent).</source>
            <translation>分析范围图层没有要素（范围为空）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="215" />
            <source>Layer {layer} has no CRS. Set its CRS and run again.</source>
            <translation>图层 {layer} 没有坐标系。请设置其坐标系后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="227" />
            <source>Cannot write a temporary file {path}: {detail}</source>
            <translation>无法写入临时文件 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="267" />
            <source>Layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>图层 {layer} 没有字段 {field}。请从以下字段中选择：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="284" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value or leave it empty (missing).</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值或留空（缺失）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="293" />
            <source>Layer {layer}, feature {fid} has no area.</source>
            <translation>图层 {layer} 要素 {fid} 没有面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="370" />
            <source>{layer}: {n:,} cells held values outside the plausible range {lo:g} … {hi:g} and were treated as nodata.</source>
            <translation>{layer}：有 {n:,} 个像元的值超出合理范围 {lo:g} … {hi:g}，已按无数据处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="384" />
            <source>{name}: {shares}</source>
            <translation>{name}：{shares}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="57" />
            <source>Incorrect parameter value for {name}</source>
            <translation>参数 {name} 的值不正确</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="77" />
            <source>Analysis grid from this raster (optional)</source>
            <translation>按此栅格确定分析格网（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="79" />
            <source>Put the result exactly on the grid (CRS, cells, extent) of another raster, e.g. an earlier result, so that the rasters of an evaluation line up cell for cell. Overrides the CRS and cell size below.</source>
            <translation>使结果与另一栅格（如前一步的结果）的格网（坐标系、像元、范围）完全一致，使一次评价的各栅格逐像元对齐。优先于下方的坐标系和像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="85" />
            <source>Analysis CRS (empty = the CRS of {ref})</source>
            <translation>分析坐标系（留空 = {ref}的坐标系）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="87" />
            <source>Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are reprojected to it. A geographic CRS is refused: slope and areas need metres.</source>
            <translation>分析格网的投影坐标系（单位为米，如 CGCS2000 高斯-克吕格分带，EPSG:4513–4554）。其他坐标系的输入将重投影到该坐标系。不接受地理坐标系：坡度和面积需要以米计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="94" />
            <source>Cell size of the analysis grid (CRS units; 0 = that of {ref})</source>
            <translation>分析格网像元大小（坐标系单位；0 = 与{ref}相同）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="97" />
            <source>Every input is aligned to one grid: categorical inputs by nearest neighbour, continuous ones by bilinear interpolation (or the average of the covered cells where the grid is coarser). The run log says what was done to each input.</source>
            <translation>所有输入对齐到同一格网：分类数据用最邻近法，连续数据用双线性插值（格网较粗时取所覆盖像元的平均值）。运行日志会说明对每个输入做了何种处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="100" />
            <source>Month field (monthly means; optional)</source>
            <translation>月份字段（逐月均值；可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="103" />
            <source>When given, each row is a monthly mean (1–12) weighted by the days of its month; otherwise each row is one day.</source>
            <translation>给出时，每行为一个月（1–12）的月均值，按该月天数加权；否则每行为一天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="106" />
            <source>Mean temperature field (°C)</source>
            <translation>平均气温字段（°C）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="109" />
            <source>The field holding the mean temperature in °C.</source>
            <translation>保存平均气温（°C）的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="111" />
            <source>Elevation of the reference station (m)</source>
            <translation>参证站海拔（米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="115" />
            <source>The elevation the station's temperatures belong to.</source>
            <translation>该站气温所对应的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="117" />
            <source>the accumulated-temperature raster or the DEM</source>
            <translation>积温栅格或 DEM</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="119" />
            <source>Level raster (Byte, 1 = 好 … 5 = 差, 0 = nodata).</source>
            <translation>等级栅格（Byte，1 = 好 … 5 = 差，0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="121" />
            <source>Accumulated temperature (°C·d)</source>
            <translation>积温（°C·d）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="121" />
            <source>Optional: the accumulated temperature computed for every cell (table mode).</source>
            <translation>可选：为每个像元计算的积温（参证站模式）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="124" />
            <source>Provenance (JSON)</source>
            <translation>数据来源与参数记录（JSON）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="130" />
            <source>Choose the mean temperature field of the table.</source>
            <translation>请选择表中的平均气温字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="146" />
            <source>Layer {layer}, feature {fid}: no temperature. A reference series must be complete.</source>
            <translation>图层 {layer} 要素 {fid}：没有气温值。参证站序列必须完整。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="153" />
            <source>Layer {layer}, feature {fid}: month {month} is not 1–12.</source>
            <translation>图层 {layer} 要素 {fid}：月份 {month} 不在 1–12 之间。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="158" />
            <source>Layer {layer} has no rows for station '{station}'.</source>
            <translation>图层 {layer} 中没有站点 '{station}' 的记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="162" />
            <source>Layer {layer}: the monthly means of station '{station}' must cover the months 1–12 once each, found {months}.</source>
            <translation>图层 {layer}：站点 '{station}' 的月均值必须恰好覆盖 1–12 月各一次，实际为 {months}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="169" />
            <source>{n} daily rows: a year has 365 or 366 days.</source>
            <translation>{n} 行日值：一年应有 365 或 366 天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="183" />
            <source>Give either an accumulated-temperature raster, or a reference station's temperatures together with a DEM.</source>
            <translation>请给出积温栅格，或参证站气温加 DEM。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="199" />
            <source>the evaluation</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="205" />
            <source>Reference series: {n} means at {z:g} m, moved to each cell's elevation at {rate:g} °C per 100 m; at the station's elevation the accumulated temperature is {at:.0f} °C·d.</source>
            <translation>参证序列：{n} 个均值（海拔 {z:g} 米），按每 100 米 {rate:g} °C 移至各像元海拔；参证站海拔处的积温为 {at:.0f} °C·d。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="220" />
            <source>Accumulated temperature</source>
            <translation>积温</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="221" />
            <source>Accumulated temperature ≥ 0 °C (°C·d)</source>
            <translation>≥0 °C 积温（°C·d）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="268" />
            <source>Comfort (舒适度, temperature-humidity index)</source>
            <translation>舒适度（温湿指数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="271" />
            <source>&lt;p&gt;气候 factor of the 双评价 for urban construction: the temperature-humidity index THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26) (T in °C, RH as a fraction) of every month, graded by the profile (default 好 50–70; 较好 45–50 or 70–75; 一般 40–45 or 75–80; 较差 35–40 or 80–85; 差 &amp;lt; 35 or ≥ 85), and the most frequent monthly level (a tie goes to the worse level).&lt;/p&gt;&lt;p&gt;Either give 12-band rasters of monthly mean temperature and relative humidity, or a table of monthly means per station with the station points: every cell takes its nearest station; with a DEM, the station's temperatures are moved to the cell's elevation with the profile's lapse rate.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价城镇功能指向的气候单项评价：逐月计算温湿指数 THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26)（T 以 °C 计，RH 为小数），按方法配置分级（默认 好 50–70；较好 45–50 或 70–75；一般 40–45 或 75–80；较差 35–40 或 80–85；差 &amp;lt; 35 或 ≥ 85），取出现月数最多的等级（并列时取较差等级）。&lt;/p&gt;&lt;p&gt;可给出逐月平均气温和相对湿度的 12 波段栅格，或各站逐月均值表及站点：每个像元取最近的站点；给出 DEM 时，按方法配置的气温直减率把站点气温移至像元海拔。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="283" />
            <source>Monthly mean temperature, 12 bands (°C) (optional)</source>
            <translation>逐月平均气温，12 波段（°C）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="285" />
            <source>Band m = month m.</source>
            <translation>第 m 波段 = 第 m 月。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="286" />
            <source>Monthly mean relative humidity, 12 bands (%) (optional)</source>
            <translation>逐月平均相对湿度，12 波段（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="290" />
            <source>Monthly climate table of the stations (optional)</source>
            <translation>站点逐月气候表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="292" />
            <source>One row per station and month: station code, month (1–12), mean temperature (°C), mean relative humidity (%).</source>
            <translation>每个站点每月一行：站点编码、月份（1–12）、平均气温（°C）、平均相对湿度（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="296" />
            <source>Station field of the table</source>
            <translation>表中的站点字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="297" />
            <source>Month field</source>
            <translation>月份字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="299" />
            <source>Mean relative humidity field (%)</source>
            <translation>平均相对湿度字段（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="303" />
            <source>A field of the climate table.</source>
            <translation>气候表中的一个字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="306" />
            <source>Station points (optional)</source>
            <translation>站点（点图层，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="308" />
            <source>The stations of the table, as points; every cell takes its nearest station.</source>
            <translation>气候表中的站点（点）；每个像元取最近的站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="31" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value.</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="311" />
            <source>Station code field of the points</source>
            <translation>点图层的站点编码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="314" />
            <source>The field of the points matching the table's station field.</source>
            <translation>点图层中与气候表站点字段对应的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="316" />
            <source>Reference raster for the grid (optional)</source>
            <translation>确定格网的参考栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="317" />
            <source>Gives the analysis grid in table mode (e.g. the DEM).</source>
            <translation>在气候表模式下确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="319" />
            <source>DEM for the lapse correction (optional)</source>
            <translation>用于气温直减率修正的 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="320" />
            <source>Moves each station's temperatures to every cell's elevation (profile lapse rate).</source>
            <translation>按方法配置的直减率把各站气温移至每个像元的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="322" />
            <source>the temperature or reference raster</source>
            <translation>气温或参考栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="333" />
            <source>The climate table needs the station points.</source>
            <translation>气候表需要站点点图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="353" />
            <source>Layer {layer}, feature {fid}: relative humidity {value} is not a percentage (0–100).</source>
            <translation>图层 {layer} 要素 {fid}：相对湿度 {value} 不是百分数（0–100）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="364" />
            <source>Station {code} has no rows in {layer}; it is not used.</source>
            <translation>站点 {code} 在 {layer} 中没有记录，不予使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="369" />
            <source>Layer {layer}: station {code} has no row for month(s) {months}.</source>
            <translation>图层 {layer}：站点 {code} 缺少第 {months} 月的记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="378" />
            <source>No station of {points} has rows in {layer}: check the station code fields.</source>
            <translation>{points} 中没有任何站点在 {layer} 中有记录：请检查站点编码字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="396" />
            <source>Give either the monthly temperature and humidity rasters, or the climate table with the station points.</source>
            <translation>请给出逐月气温和湿度栅格，或气候表及站点点图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="400" />
            <source>The temperature raster needs the humidity raster too.</source>
            <translation>给出气温栅格时还需要湿度栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="405" />
            <source>In table mode give a reference raster (or a DEM) for the analysis grid.</source>
            <translation>气候表模式下请给出确定分析格网的参考栅格（或 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="421" />
            <source>{n} stations; every cell takes its nearest station.</source>
            <translation>{n} 个站点；每个像元取最近的站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="434" />
            <source>Station {code} lies outside the DEM or on a nodata cell: its elevation is unknown.</source>
            <translation>站点 {code} 位于 DEM 之外或落在无数据像元上：其海拔未知。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="438" />
            <source>Temperatures moved to each cell's elevation at {rate:g} °C per 100 m from the station elevations read from the DEM.</source>
            <translation>已按每 100 米 {rate:g} °C 把气温由 DEM 读取的站点海拔移至各像元海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="64" />
            <source>Heat condition (光热条件)</source>
            <translation>光热条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="67" />
            <source>&lt;p&gt;气候 factor of the 双评价 for agriculture: the ≥ 0 °C accumulated temperature (°C·d), graded by the profile (default ≥ 7600 好, 5800–7600 较好, 4000–5800 一般, 1500–4000 较差, &amp;lt; 1500 差).&lt;/p&gt;&lt;p&gt;Either give a raster of accumulated temperature, or the mean temperatures of a reference station (one row per day, or per month with a month field) with the station's elevation and a DEM: each mean is moved to every cell's elevation with the profile's lapse rate (default −0.6 °C per 100 m) before the days at or above 0 °C are summed — the lapse correction acts on the daily means, not on the sum.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价农业功能指向的气候单项评价：≥0 °C 活动积温（°C·d），按方法配置分级（默认 ≥ 7600 好，5800–7600 较好，4000–5800 一般，1500–4000 较差，&amp;lt; 1500 差）。&lt;/p&gt;&lt;p&gt;可给出积温栅格；或给出参证站的平均气温（每天一行，或带月份字段时每月一行）、参证站海拔和 DEM：每个均值先按方法配置的直减率（默认每 100 米 −0.6 °C）移至各像元海拔，再累加 0 °C 及以上的日子——直减率修正作用于日均温，而不是积温总和。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="78" />
            <source>Accumulated temperature ≥ 0 °C (°C·d) (optional)</source>
            <translation>≥0 °C 积温（°C·d）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="80" />
            <source>A raster of the accumulated temperature; graded as is.</source>
            <translation>积温栅格；直接分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="82" />
            <source>DEM (elevation, m) for the lapse correction (optional)</source>
            <translation>用于直减率修正的 DEM（高程，米）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="84" />
            <source>With a reference station's temperatures: the grid and the elevation of every cell.</source>
            <translation>配合参证站气温：提供格网和每个像元的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="87" />
            <source>Reference station temperatures (table, optional)</source>
            <translation>参证站气温（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="89" />
            <source>Daily mean temperatures (one row per day) or monthly means (one row per month, with a month field) of the reference station.</source>
            <translation>参证站的日平均气温（每天一行）或月平均气温（每月一行，带月份字段）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="92" />
            <source>Station field (optional)</source>
            <translation>站点字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="94" />
            <source>With a table of several stations: the field naming the station.</source>
            <translation>表中含多个站点时：标识站点的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="96" />
            <source>Reference station (optional)</source>
            <translation>参证站（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_climate.py" line="98" />
            <source>The station whose rows are used (value of the station field).</source>
            <translation>使用哪个站点的记录（站点字段的值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="101" />
            <source>Evaluation units (counties) with their water figures</source>
            <translation>评价单元（县）及其水资源数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="103" />
            <source>Polygons of the units (e.g. the counties joined with their indicator table): urban water supply, areas and carrying scale per unit.</source>
            <translation>评价单元面图层（如已连接指标表的县）：用于城镇供水条件、分单元面积和承载规模。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="107" />
            <source>Urban water indicator field</source>
            <translation>城镇供水指标字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="109" />
            <source>用水总量控制指标模数 (10⁴ m³/km²), or a total such as 用水总量控制指标 (10⁴ m³) with 'divide by the unit area'.</source>
            <translation>用水总量控制指标模数（10⁴ m³/km²），或配合“除以单元面积”的总量（如用水总量控制指标，10⁴ m³）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="112" />
            <source>The water field is a total: divide it by the unit area</source>
            <translation>水资源字段为总量：除以单元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="115" />
            <source>Gives the modulus (10⁴ m³/km²) from a total.</source>
            <translation>由总量求模数（10⁴ m³/km²）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="117" />
            <source>Unit code field</source>
            <translation>单元代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="118" />
            <source>Unit name field</source>
            <translation>单元名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="122" />
            <source>Copied into the tables.</source>
            <translation>复制到统计表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="125" />
            <source>Units of the area tables (optional; e.g. townships)</source>
            <translation>面积统计单元（可选；如乡镇）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="128" />
            <source>The class areas are tabulated by these units (default: the evaluation units).</source>
            <translation>按这些单元统计各类面积（默认：评价单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="131" />
            <source>Code field of the table units</source>
            <translation>统计单元的代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="133" />
            <source>Name field of the table units</source>
            <translation>统计单元的名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="140" />
            <source>生态保护重要性 raster (optional)</source>
            <translation>生态保护重要性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="140" />
            <source>The ecology result (1 极重要, 2 重要, 3 一般); 极重要 cells are left out of the suitability evaluations.</source>
            <translation>生态评价结果（1 极重要，2 重要，3 一般）；极重要像元不参与适宜性评价。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="144" />
            <source>生态保护极重要区 polygons (optional)</source>
            <translation>生态保护极重要区面图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="146" />
            <source>E.g. the 生态保护红线, when the ecology raster is not yet available.</source>
            <translation>例如生态保护红线，在生态评价栅格尚未生成时使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="148" />
            <source>Water field for the carrying scale (10⁴ m³/a) (optional)</source>
            <translation>承载规模所用水量字段（10⁴ m³/a）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="152" />
            <source>Water available per unit; the agricultural and urban shares below apply to it.</source>
            <translation>各单元可用水量；下方的农业和城镇比例作用于该值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="156" />
            <source>Agricultural share of that water (0–1)</source>
            <translation>其中农业用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="157" />
            <source>Urban share of that water (0–1)</source>
            <translation>其中城镇用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="158" />
            <source>综合灌溉定额 (m³/亩; 0 = none)</source>
            <translation>综合灌溉定额（m³/亩；0 = 不计）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="159" />
            <source>Urban water use per person (m³/person/a; 0 = none)</source>
            <translation>城镇人均用水量（m³/人/年；0 = 不计）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="161" />
            <source>Construction land per person (m²/person)</source>
            <translation>人均建设用地（m²/人）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="166" />
            <source>For the water constraint of the carrying scale.</source>
            <translation>用于承载规模的水资源约束。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="168" />
            <source>the DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="171" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="172" />
            <source>Receives every raster and table of the evaluation.</source>
            <translation>保存本次评价的全部栅格和表格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="175" />
            <source>Agricultural production suitability</source>
            <translation>农业生产适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="177" />
            <source>Urban construction suitability</source>
            <translation>城镇建设适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="178" />
            <source>Files written</source>
            <translation>已写出的文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="205" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="206" />
            <source>— {alg}</source>
            <translation>— {alg}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="280" />
            <source>Written to {folder}: {files}</source>
            <translation>已写入 {folder}：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="64" />
            <source>Dual evaluation, whole chain (双评价一键评价)</source>
            <translation>双评价一键评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="67" />
            <source>&lt;p&gt;Runs the grid 双评价 from the layers of a county or a city in one go, on one analysis grid (the DEM's unless you choose another CRS, cell size or analysis area): 农业耕作条件 and 城镇建设条件 from the DEM (and the silt content); 农业供水条件 from precipitation; 城镇供水条件 from a modulus field of the units; 光热条件 from accumulated temperature; 舒适度 from the stations' monthly climate; then 农业生产适宜性 and 城镇建设适宜性 outside the 生态保护极重要区 (from the 生态保护重要性 raster or the 极重要区 polygons, when given), the class areas by unit (km², ha, 亩) and the 承载规模.&lt;/p&gt;&lt;p&gt;Every step is also an algorithm of its own in the 双评价 group. The results go to one folder ({files}); they appear there only when the whole chain has succeeded.&lt;/p&gt;</source>
            <translation>&lt;p&gt;一次完成一个县或市的栅格双评价，全部在同一分析格网上（默认取 DEM 的格网，除非另行指定坐标系、像元大小或分析范围）：由 DEM（及粉砂含量）计算农业耕作条件和城镇建设条件；由降水计算农业供水条件；由评价单元的模数字段计算城镇供水条件；由积温计算光热条件；由站点逐月气候计算舒适度；然后在生态保护极重要区之外（给出生态保护重要性栅格或极重要区面图层时）评价农业生产适宜性和城镇建设适宜性，按单元统计各类面积（km²、公顷、亩）并计算承载规模。&lt;/p&gt;&lt;p&gt;每一步也是“双评价”组中的独立算法。结果写入一个文件夹（{files}）；只有整个流程成功后才会出现在该文件夹中。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="81" />
            <source>DEM (elevation, m)</source>
            <translation>DEM（高程，米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="81" />
            <source>Digital elevation model in metres; its grid is the analysis grid.</source>
            <translation>以米为单位的数字高程模型；其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="83" />
            <source>Silt content (粉砂含量, %) (optional)</source>
            <translation>粉砂含量（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="83" />
            <source>Lowers 农业耕作条件 where the silt content is high.</source>
            <translation>粉砂含量高处降低农业耕作条件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="85" />
            <source>Annual precipitation (mm)</source>
            <translation>年降水量（mm）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="85" />
            <source>Grades 农业供水条件.</source>
            <translation>用于农业供水条件分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="89" />
            <source>Grades 光热条件 for the climate matrix.</source>
            <translation>用于气候矩阵的光热条件分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="93" />
            <source>站点编码, 月份, 月平均气温, 月平均相对湿度: grades 舒适度.</source>
            <translation>站点编码、月份、月平均气温、月平均相对湿度：用于舒适度分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" line="98" />
            <source>The stations of the climate table (field 站点编码).</source>
            <translation>气候表中的站点（字段 站点编码）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="103" />
            <source>The method profile has no factor '{name}' under [dual.factors] (it has: {names}).</source>
            <translation>方法配置在 [dual.factors] 下没有因子 '{name}'（现有：{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="113" />
            <source>Give either a factor raster, or polygons and the field holding the code or value.</source>
            <translation>请给出因子栅格，或面图层及保存代码或数值的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="116" />
            <source>The factor comes from polygons: give a reference raster (e.g. the DEM) for the analysis grid.</source>
            <translation>因子来自面图层：请给出确定分析格网的参考栅格（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="141" />
            <source>Layer {layer}: field {field} holds codes the profile does not know for {factor}: {codes}. Known codes: {known}.</source>
            <translation>图层 {layer}：字段 {field} 含有方法配置中{factor}未定义的代码：{codes}。已知代码：{known}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="149" />
            <source>{layer}: field {field} burnt onto the grid (cell centre).</source>
            <translation>{layer}：字段 {field} 已栅格化到格网（按像元中心）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="40" />
            <source>Environment or hazard factor grading (环境/灾害单项评价)</source>
            <translation>环境/灾害单项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="50" />
            <source>breaks {breaks}</source>
            <translation>分级点 {breaks}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="53" />
            <source>&lt;p&gt;Reclassifies a user's layer into the levels of a 双评价 factor, as the method profile defines it under [dual.factors]: class codes mapped to levels, or a continuous value graded by breaks. A code the profile does not list stops the run and is named. Add your own factor to a profile and give its name in 'Factor name'.&lt;/p&gt;&lt;p&gt;Factors of the built-in profile:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
            <translation>&lt;p&gt;按方法配置 [dual.factors] 的定义，把用户图层重分类为双评价因子的等级：类别代码对应等级，或连续数值按分级点分级。方法配置中未列出的代码会使运行停止并给出该代码。可在方法配置中添加自己的因子，并在“因子名称”中填写其名称。&lt;/p&gt;&lt;p&gt;内置方法配置中的因子：&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="63" />
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="65" />
            <source>The factor to grade (from the built-in profile).</source>
            <translation>要分级的因子（来自内置方法配置）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="67" />
            <source>Factor name in your profile (optional)</source>
            <translation>自定义方法配置中的因子名称（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="70" />
            <source>The name of a table [dual.factors.&lt;name&gt;] of your own profile; overrides the choice above.</source>
            <translation>自定义方法配置中 [dual.factors.&lt;name&gt;] 表的名称；优先于上方的选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="73" />
            <source>Factor raster (optional)</source>
            <translation>因子栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="73" />
            <source>Class codes (categorical, nearest neighbour) or values (continuous) of the factor.</source>
            <translation>因子的类别代码（分类型，最邻近法）或数值（连续型）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="77" />
            <source>Polygons with the factor (optional)</source>
            <translation>含因子的面图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="79" />
            <source>Instead of a raster: polygons (hazard zones, units) holding the code or value in a field, burnt onto the grid by cell centre.</source>
            <translation>代替栅格：在字段中保存代码或数值的面图层（灾害分区、评价单元），按像元中心栅格化到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="82" />
            <source>Code or value field</source>
            <translation>代码或数值字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="85" />
            <source>The field of the polygons holding the code or value.</source>
            <translation>面图层中保存代码或数值的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="88" />
            <source>Gives the analysis grid when the factor comes from polygons (e.g. the DEM).</source>
            <translation>因子来自面图层时确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="90" />
            <source>the factor or reference raster</source>
            <translation>因子或参考栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="92" />
            <source>Factor levels</source>
            <translation>因子等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_factor.py" line="92" />
            <source>Level raster of the factor's class set (Byte, 0 = nodata).</source>
            <translation>因子分类集的等级栅格（Byte，0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="141" />
            <source>Agricultural land condition (农业耕作条件)</source>
            <translation>农业耕作条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="144" />
            <source>&lt;p&gt;土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees from the DEM by Horn's method on the projected analysis grid, graded by the profile (default ≤ 2° 高, 2–6° 较高, 6–15° 中等, 15–25° 较低, &amp;gt; 25° 低; a slope on a break belongs to the lower class), then lowered by the 粉砂含量 (silt) when a silt layer is given (default ≥ 80 % → 低, 60–80 % → one level down).&lt;/p&gt;&lt;p&gt;A geographic DEM is reprojected to the analysis CRS (choose a projected one); degrees are never used as metres. Processing is block-wise: memory stays bounded whatever the raster size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价农业功能指向的土地资源单项评价：在投影分析格网上用 Horn 方法由 DEM 计算坡度（度），按方法配置分级（默认 ≤ 2° 高、2–6° 较高、6–15° 中等、15–25° 较低、&amp;gt; 25° 低；恰在分级点上的坡度归入较低一级区间），给出粉砂含量图层时再据其降级（默认 ≥ 80 % 为低，60–80 % 降一级）。&lt;/p&gt;&lt;p&gt;地理坐标系的 DEM 会重投影到分析坐标系（请选择投影坐标系），绝不把度当作米。分块处理：无论栅格多大，内存占用都有上限。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="155" />
            <source>Digital elevation model in metres. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的数字高程模型。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="158" />
            <source>Silt content of the topsoil in percent (0–100); continuous, resampled bilinearly to the grid if needed.</source>
            <translation>表层土壤粉砂含量百分比（0–100）；连续数据，必要时以双线性插值重采样到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="178" />
            <source>Urban land condition (城镇建设条件)</source>
            <translation>城镇建设条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="181" />
            <source>&lt;p&gt;土地资源 factor of the 双评价 for urban construction: the slope in degrees from the DEM graded by the profile (default ≤ 3° 高, 3–8° 较高, 8–15° 中等, 15–25° 较低, &amp;gt; 25° 低), then the elevation (default ≥ 5000 m → 低, 3500–5000 m → one level down) and the relief 地形起伏度 — the elevation range in a moving window whose size follows the cell size (default 15 cells below 30 m, 12 below 50 m, 9 below 100 m, else 3) — (default 100–200 m → one level down, &amp;gt; 200 m → two).&lt;/p&gt;&lt;p&gt;A geographic DEM is reprojected to the projected analysis CRS; the relief window is read across block edges (halo), so the result does not depend on the block size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价城镇功能指向的土地资源单项评价：由 DEM 计算坡度（度）并按方法配置分级（默认 ≤ 3° 高、3–8° 较高、8–15° 中等、15–25° 较低、&amp;gt; 25° 低），再依次按高程（默认 ≥ 5000 m 为低，3500–5000 m 降一级）和地形起伏度修正——地形起伏度为移动窗口内的高差，窗口大小随像元大小而定（默认小于 30 m 取 15 个像元，小于 50 m 取 12，小于 100 m 取 9，其余取 3）——（默认 100–200 m 降一级，&amp;gt; 200 m 降两级）。&lt;/p&gt;&lt;p&gt;地理坐标系的 DEM 会重投影到投影分析坐标系；起伏度窗口跨分块边界读取（缓冲区），结果与分块大小无关。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="208" />
            <source>Relief window: {n} × {n} cells ({m:g} m).</source>
            <translation>地形起伏度窗口：{n} × {n} 个像元（{m:g} 米）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="31" />
            <source>slope breaks {breaks}° ({side})</source>
            <translation>坡度分级点 {breaks}°（{side}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="33" />
            <source>a value on a break belongs to the lower class</source>
            <translation>恰在分级点上的值归入较低区间</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="34" />
            <source>a value on a break belongs to the upper class</source>
            <translation>恰在分级点上的值归入较高区间</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="38" />
            <source>Level raster (Byte, 1 = 高 … 5 = 低, 0 = nodata), tiled and compressed, with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 高 … 5 = 低，0 = 无数据），分块压缩存储，元数据中含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="41" />
            <source>Slope (degrees)</source>
            <translation>坡度（度）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="41" />
            <source>Optional: the slope in degrees (Float32) the grading used.</source>
            <translation>可选：分级所用的坡度（度，Float32）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="71" />
            <source>the slope</source>
            <translation>坡度计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="81" />
            <source>No {input} layer given: its modifier of {factor} is not applied.</source>
            <translation>未提供 {input} 图层：不应用其对{factor}的修正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="100" />
            <source>综合灌溉定额 (m³/亩; 0 = no water constraint)</source>
            <translation>综合灌溉定额（m³/亩；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="102" />
            <source>Urban water use per person (m³/person/a; 0 = no water constraint)</source>
            <translation>城镇人均用水量（m³/人/年；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="111" />
            <source>A number applied to every unit.</source>
            <translation>对所有单元适用的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="115" />
            <source>Carrying scale</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="117" />
            <source>Carrying scale table (xlsx or csv)</source>
            <translation>承载规模表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="119" />
            <source>The same rows as a spreadsheet.</source>
            <translation>以电子表格保存的相同记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="149" />
            <source>Give at least one suitability raster.</source>
            <translation>请至少给出一个适宜性栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="193" />
            <source>{unit}: agriculture {a} km² ({ab}), urban {b} km² ({bb})</source>
            <translation>{unit}：农业 {a} km²（{ab}），城镇 {b} km²（{bb}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="52" />
            <source>Carrying scale (承载规模)</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="55" />
            <source>&lt;p&gt;承载规模 per unit (2020 guide §5.2.4): for agriculture and for urban construction, the largest reasonable scale is the smaller of the constraints (short-board rule):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;land: the area of the unit's cells classed as the profile's land classes (default 适宜区 and 一般适宜区) in the suitability raster;&lt;/li&gt;&lt;li&gt;agricultural water: available agricultural water (10⁴ m³/a, a field × share) / 综合灌溉定额 (m³/亩), in 亩 → km²;&lt;/li&gt;&lt;li&gt;urban water: available urban water (10⁴ m³/a) / water use per person (m³/person/a) × construction land per person (m²/person).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A constraint whose inputs are missing is left empty and the scale is the land constraint alone. The binding field says which constraint decides (land / water).&lt;/p&gt;</source>
            <translation>&lt;p&gt;各评价单元的承载规模（2020 指南 §5.2.4）：农业生产和城镇建设的最大合理规模分别取各约束条件下的最小值（短板原理）：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;土地：适宜性栅格中属于方法配置所列类别（默认适宜区和一般适宜区）的像元面积；&lt;/li&gt;&lt;li&gt;农业用水：可用农业用水量（10⁴ m³/a，字段 × 比例）/ 综合灌溉定额（m³/亩），由亩折算为 km²；&lt;/li&gt;&lt;li&gt;城镇用水：可用城镇用水量（10⁴ m³/a）/ 人均用水量（m³/人/年）× 人均建设用地（m²/人）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;缺少输入的约束留空，规模仅按土地约束计。binding 字段说明起决定作用的约束（land 土地 / water 水）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="68" />
            <source>Evaluation units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="70" />
            <source>Counties (or townships) with the water fields.</source>
            <translation>含水资源字段的县（或乡镇）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="75" />
            <source>Field identifying each unit.</source>
            <translation>标识各单元的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="77" />
            <source>Unit name field (optional)</source>
            <translation>单元名称字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="79" />
            <source>Field with the unit's name.</source>
            <translation>保存单元名称的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="81" />
            <source>Agricultural suitability raster (optional)</source>
            <translation>农业生产适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="82" />
            <source>Urban suitability raster (optional)</source>
            <translation>城镇建设适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="84" />
            <source>A suitability class raster written by the plugin.</source>
            <translation>本插件输出的适宜性分区栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="87" />
            <source>Available agricultural water field (10⁴ m³/a)</source>
            <translation>可用农业用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="88" />
            <source>Available urban water field (10⁴ m³/a)</source>
            <translation>可用城镇用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="92" />
            <source>Water available to this use per unit, e.g. its share of the 用水总量控制指标.</source>
            <translation>各单元可用于该用途的水量，如用水总量控制指标中的相应份额。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="96" />
            <source>Share of the agricultural water field that is available (0–1)</source>
            <translation>农业用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" line="98" />
            <source>Share of the urban water field that is available (0–1)</source>
            <translation>城镇用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="103" />
            <source>{step}: {name} ({set}) (optional)</source>
            <translation>{step}：{name}（{set}）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="105" />
            <source>Class raster with the values of the class set {set} ({values}); the downgrade step is skipped without it.</source>
            <translation>取值为分类集 {set}（{values}）的分类栅格；未给出时跳过该降级步骤。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="110" />
            <source>Class raster of 生态保护重要性 (class set dual.classes.importance: 1 极重要, 2 重要, 3 一般); cells of the profile's eco_critical_values (极重要) are the 生态保护极重要区.</source>
            <translation>生态保护重要性分类栅格（分类集 dual.classes.importance：1 极重要，2 重要，3 一般）；取值属于方法配置 eco_critical_values（极重要）的像元即生态保护极重要区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="117" />
            <source>Polygons of the 生态保护极重要区 (e.g. a 生态保护红线 layer), instead of or besides the raster.</source>
            <translation>生态保护极重要区面图层（如生态保护红线），可代替栅格或与之并用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="121" />
            <source>Patch contiguity (连片度) correction</source>
            <translation>地块连片度修正</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="122" />
            <source>As in the method profile</source>
            <translation>按方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="122" />
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="122" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="123" />
            <source>Corrects each cell by the compactness of its patch (cells of equal level joined by their edges): patch area / area of the patch's minimum bounding circle.</source>
            <translation>按各像元所在图斑的紧凑度修正（等级相同、以边相连的像元构成图斑）：图斑面积 / 图斑最小外接圆面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="128" />
            <source>Result classes</source>
            <translation>结果分区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="129" />
            <source>2 classes: 适宜 / 不适宜 (2020)</source>
            <translation>两类：适宜 / 不适宜（2020）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="130" />
            <source>3 classes: 适宜 / 一般适宜 / 不适宜</source>
            <translation>三类：适宜 / 一般适宜 / 不适宜</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="131" />
            <source>The 2020 guide delivers 适宜区 and 不适宜区; many implementations add 一般适宜区.</source>
            <translation>2020 指南的成果为适宜区和不适宜区；许多实现另设一般适宜区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="134" />
            <source>the land raster</source>
            <translation>土地栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="136" />
            <source>Suitability class raster (Byte: 1 适宜区, 2 一般适宜区, 3 不适宜区; 0 = nodata).</source>
            <translation>适宜性分区栅格（Byte：1 适宜区，2 一般适宜区，3 不适宜区；0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="138" />
            <source>Final levels 1–5 (optional)</source>
            <translation>最终等级 1–5（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="138" />
            <source>The level after every step and the 连片度 correction, before the classes (0 in 生态保护极重要区).</source>
            <translation>经过所有步骤和连片度修正、归入分区之前的等级（生态保护极重要区内为 0）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="141" />
            <source>Causes (bit flags, optional)</source>
            <translation>成因（位标志，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="141" />
            <source>UInt16: bit i set where step i changed the level; bit 12 the climate matrix, bit 13 the 连片度 correction, bit 14 inside 生态保护极重要区 (legend in the raster metadata CC_WARNING_CAUSE_BITS).</source>
            <translation>UInt16：第 i 位表示第 i 个步骤改变了等级；第 12 位为气候矩阵，第 13 位为连片度修正，第 14 位为位于生态保护极重要区内（图例见栅格元数据 CC_WARNING_CAUSE_BITS）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="145" />
            <source>Patch compactness (optional)</source>
            <translation>图斑紧凑度（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="145" />
            <source>The 连片度 metric of each cell's patch.</source>
            <translation>各像元所在图斑的连片度指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="174" />
            <source>Give the land levels, or a DEM to compute them.</source>
            <translation>请给出土地等级，或用于计算土地等级的 DEM。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="176" />
            <source>Give the water levels{alt}.</source>
            <translation>请给出水资源等级{alt}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="177" />
            <source>, or the precipitation to compute them</source>
            <translation>，或用于计算水资源等级的降水</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="195" />
            <source>the slope and the patch areas</source>
            <translation>坡度和图斑面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="225" />
            <source>Land levels computed from the DEM ({factor}).</source>
            <translation>已由 DEM 计算土地等级（{factor}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="233" />
            <source>Water levels graded from the precipitation ({factor}).</source>
            <translation>已由降水分级得到水资源等级（{factor}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="241" />
            <source>No 生态保护重要性 raster or 生态保护极重要区 polygons given: every cell is evaluated (the 2020 guide evaluates only outside the 生态保护极重要区).</source>
            <translation>未给出生态保护重要性栅格或生态保护极重要区面图层：所有像元都参与评价（2020 指南只在生态保护极重要区以外评价）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="245" />
            <source>No 光热条件 raster given: the climate matrix is skipped.</source>
            <translation>未给出光热条件栅格：跳过气候矩阵。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="250" />
            <source>Step {step} is skipped: no {inputs} layer given.</source>
            <translation>跳过步骤 {step}：未给出 {inputs} 图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="316" />
            <source>{name}: final level</source>
            <translation>{name}：最终等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="320" />
            <source>Causes</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="320" />
            <source>{name}: causes (bit flags)</source>
            <translation>{name}：成因（位标志）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="328" />
            <source>Patch compactness</source>
            <translation>图斑紧凑度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="374" />
            <source>连片度: {n:,} patches of equal level (largest {cells:,} cells).</source>
            <translation>连片度：{n:,} 个等级相同的图斑（最大 {cells:,} 个像元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="426" />
            <source>Agricultural production suitability (农业生产适宜性)</source>
            <translation>农业生产适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="430" />
            <source>&lt;p&gt;农业生产适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区 (give the 生态保护重要性 raster or the 极重要区 polygons; their cells are classed 不适宜 by default). In order: the land × water matrix (rows = 农业耕作条件, columns = 农业供水条件), the climate matrix with 光热条件, the downgrade steps chained in order, each on the result of the one before:&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;then the 连片度 correction by the compactness of each cell's patch, and the levels folded into 适宜 / 不适宜 (or 3 classes). Every number is in the method profile [dual.agriculture].&lt;/p&gt;</source>
            <translation>&lt;p&gt;2020 双评价的农业生产适宜性，在生态保护极重要区以外评价（给出生态保护重要性栅格或极重要区面图层；其像元默认归为不适宜）。依次为：土地 × 水资源矩阵（行 = 农业耕作条件，列 = 农业供水条件），与光热条件的气候矩阵，各降级步骤按顺序串联、每步作用于上一步的结果：&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;然后按各像元所在图斑的紧凑度做连片度修正，最后把等级归并为适宜 / 不适宜（或三类）。所有数值都在方法配置 [dual.agriculture] 中。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="441" />
            <source>Agricultural land condition levels (农业耕作条件)</source>
            <translation>农业耕作条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="442" />
            <source>Agricultural water supply levels (农业供水条件)</source>
            <translation>农业供水条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="451" />
            <source>Urban construction suitability (城镇建设适宜性)</source>
            <translation>城镇建设适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="455" />
            <source>&lt;p&gt;城镇建设适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区. In order: the land × water matrix (rows = 城镇建设条件, columns = 城镇供水条件), the downgrade steps chained in order:&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;then the 连片度 correction and the classes. Every number is in the method profile [dual.urban].&lt;/p&gt;</source>
            <translation>&lt;p&gt;2020 双评价的城镇建设适宜性，在生态保护极重要区以外评价。依次为：土地 × 水资源矩阵（行 = 城镇建设条件，列 = 城镇供水条件），各降级步骤按顺序串联：&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;然后做连片度修正并归入分区。所有数值都在方法配置 [dual.urban] 中。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="463" />
            <source>Urban land condition levels (城镇建设条件)</source>
            <translation>城镇建设条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="464" />
            <source>Urban water supply levels (城镇供水条件)</source>
            <translation>城镇供水条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="67" />
            <source>set {n}</source>
            <translation>设为 {n}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="76" />
            <source>Level raster 1–5 of the land factor (output of the land algorithm); or give the DEM below and the levels are computed in the same pass.</source>
            <translation>土地因子等级栅格 1–5（土地算法的输出）；或在下方给出 DEM，在同一遍处理中计算等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="79" />
            <source>DEM, to compute the land levels (optional)</source>
            <translation>用于计算土地等级的 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="79" />
            <source>Instead of the land levels: the DEM (m), graded as the land algorithm does, without writing the intermediate raster.</source>
            <translation>代替土地等级：DEM（米），按土地算法的方法分级，不写出中间栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="83" />
            <source>Silt content (粉砂含量, %) with the DEM (optional)</source>
            <translation>粉砂含量（%），配合 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="85" />
            <source>The silt downgrade of 农业耕作条件 when the land levels are computed from the DEM.</source>
            <translation>由 DEM 计算土地等级时农业耕作条件的粉砂含量降级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="87" />
            <source>Level raster 1–5 of the water factor (output of the water algorithm).</source>
            <translation>水资源因子等级栅格 1–5（水资源算法的输出）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="91" />
            <source>Annual precipitation (mm), to compute the water levels (optional)</source>
            <translation>年降水量（mm），用于计算水资源等级（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="94" />
            <source>Instead of the water levels: precipitation graded as 农业供水条件.</source>
            <translation>代替水资源等级：按农业供水条件对降水分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="97" />
            <source>Heat condition levels (光热条件)</source>
            <translation>光热条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_suitability.py" line="97" />
            <source>Level raster 1–5 of 光热条件; without it the climate matrix is skipped (and reported).</source>
            <translation>光热条件等级栅格 1–5；未给出时跳过气候矩阵（并在日志中说明）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="102" />
            <source>The indicator comes from units: give a reference raster (e.g. the DEM) for the analysis grid.</source>
            <translation>指标来自评价单元：请给出确定分析格网的参考栅格（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="116" />
            <source>the area of the units</source>
            <translation>单元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="126" />
            <source>{n} unit(s) have no value in {field}: their cells are nodata.</source>
            <translation>{n} 个单元在 {field} 中没有数值：其像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="130" />
            <source>{layer}: field {field} of {n} units burnt onto the grid (cell centre){per_area}.</source>
            <translation>{layer}：{n} 个单元的字段 {field} 已栅格化到格网（按像元中心）{per_area}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="133" />
            <source>, divided by the unit area (km²)</source>
            <translation>，并除以单元面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="166" />
            <source>Agricultural water supply (农业供水条件)</source>
            <translation>农业供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="169" />
            <source>&lt;p&gt;水资源 factor of the 双评价 for agriculture, from one of three indicators: annual precipitation (mm), the aridity index (ET₀/P) or the water-quota modulus (10⁴ m³/km²), as a raster or as a value per unit (rasterised by cell centre). Breaks from the profile: {breaks}. Level 1 = 好 … 5 = 差.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价农业功能指向的水资源单项评价，可选三种指标之一：年降水量（mm）、干旱指数（ET₀/P）或用水总量控制指标模数（10⁴ m³/km²），可为栅格，也可为各单元的数值（按像元中心栅格化）。方法配置中的分级点：{breaks}。等级 1 = 好 … 5 = 差。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="182" />
            <source>Urban water supply (城镇供水条件)</source>
            <translation>城镇供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="185" />
            <source>&lt;p&gt;水资源 factor of the 双评价 for urban construction, from the water-quota modulus or the water-resource modulus (10⁴ m³/km²), usually one value per county: give the units and the field, or a total field with 'divide by the unit area'. Breaks from the profile: {breaks}. Level 1 = 好 … 5 = 差.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价城镇功能指向的水资源单项评价，采用用水总量控制指标模数或水资源总量模数（10⁴ m³/km²），通常每县一个值：给出评价单元和字段，或总量字段并勾选“除以单元面积”。方法配置中的分级点：{breaks}。等级 1 = 好 … 5 = 差。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="48" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="50" />
            <source>Which indicator grades the water supply; its breaks come from the method profile.</source>
            <translation>用于水资源分级的指标；分级点取自方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="53" />
            <source>Indicator raster (optional)</source>
            <translation>指标栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="53" />
            <source>A raster of the chosen indicator in the profile's unit (continuous; resampled bilinearly, or averaged where the grid is coarser).</source>
            <translation>所选指标的栅格，单位同方法配置（连续型；以双线性插值重采样，格网较粗时取平均值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="57" />
            <source>Evaluation units with the indicator (optional)</source>
            <translation>含指标的评价单元（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="59" />
            <source>Instead of a raster: polygons (counties, townships) holding the indicator per unit in a field; each unit's value is burnt onto the grid (cell centre).</source>
            <translation>代替栅格：在字段中保存各单元指标的面图层（县、乡镇）；各单元的数值按像元中心栅格化到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="64" />
            <source>Indicator field</source>
            <translation>指标字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="66" />
            <source>The field holding the indicator of each unit (numbers; an empty cell is a missing value).</source>
            <translation>保存各单元指标的字段（数值；空单元格为缺失值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="70" />
            <source>The field is a total (10⁴ m³): divide it by the unit area (km²)</source>
            <translation>字段为总量（10⁴ m³）：除以单元面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="72" />
            <source>For a modulus (10⁴ m³/km²) from a total such as 用水总量控制指标: the value is divided by the unit's area measured in the projected analysis CRS.</source>
            <translation>由用水总量控制指标等总量求模数（10⁴ m³/km²）：数值除以在投影分析坐标系中量算的单元面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="77" />
            <source>Gives the analysis grid (e.g. the DEM) when the indicator comes from units rather than a raster.</source>
            <translation>指标来自评价单元而非栅格时，确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="79" />
            <source>the indicator or reference raster</source>
            <translation>指标或参考栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="81" />
            <source>Level raster (Byte, 1 = best … 5 = worst, 0 = nodata) with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 最好 … 5 = 最差，0 = 无数据），元数据中含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_water.py" line="98" />
            <source>Give either an indicator raster, or evaluation units and the field holding the indicator.</source>
            <translation>请给出指标栅格，或评价单元及保存指标的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="108" />
            <source>Unit code</source>
            <translation>单元代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="108" />
            <source>Unit name</source>
            <translation>单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="109" />
            <source>Class value</source>
            <translation>分类值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="109" />
            <source>Class code</source>
            <translation>分类代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="110" />
            <source>Class</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="110" />
            <source>Cells</source>
            <translation>像元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="111" />
            <source>Area (km²)</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="111" />
            <source>Area (ha)</source>
            <translation>面积（公顷）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="112" />
            <source>Area (亩)</source>
            <translation>面积（亩）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="112" />
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="127" />
            <source>Class areas by unit (分区面积统计)</source>
            <translation>分区面积统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="130" />
            <source>&lt;p&gt;Area and share of every class of a 双评价 class raster (a level, suitability or importance raster written by the plugin) in each township or county. A cell belongs to the unit containing its centre; areas are cells × cell area of the projected grid, in km², hectares and 亩 (1 亩 = 10 000/15 m²); the share is of the unit's classified cells. Every class of the set is listed, with zero areas too.&lt;/p&gt;&lt;p&gt;Outputs: the units with one km²/ha/亩/% field per class, and a long table (xlsx or csv) with one row per unit and class plus the unit's total.&lt;/p&gt;</source>
            <translation>&lt;p&gt;统计双评价分类栅格（本插件输出的等级、适宜性或重要性栅格）中每一类在各乡镇或县中的面积和占比。像元归属于包含其中心的单元；面积 = 像元数 × 投影格网的像元面积，以 km²、公顷和亩（1 亩 = 10 000/15 m²）表示；占比相对于单元内已分类的像元。分类集中的每一类都会列出，面积为 0 的也不例外。&lt;/p&gt;&lt;p&gt;输出：每类一组 km²/公顷/亩/% 字段的单元图层，以及每个单元每类一行（另加单元合计）的长表（xlsx 或 csv）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="140" />
            <source>Class raster</source>
            <translation>分类栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="141" />
            <source>A class raster of the plugin (its class set is read from the metadata).</source>
            <translation>本插件输出的分类栅格（从元数据读取其分类集）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="143" />
            <source>Class set (optional)</source>
            <translation>分类集（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="145" />
            <source>For a raster without the plugin's metadata: the class set under [dual.classes] its values follow (e.g. levels, suitability_2).</source>
            <translation>对于没有本插件元数据的栅格：其取值所遵循的 [dual.classes] 分类集（如 levels、suitability_2）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="148" />
            <source>Units (townships, counties)</source>
            <translation>统计单元（乡镇、县）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="150" />
            <source>Polygons of the evaluation units.</source>
            <translation>评价单元面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="155" />
            <source>Field identifying each unit (default 行政区划代码; feature id if absent).</source>
            <translation>标识各单元的字段（默认 行政区划代码；缺失时用要素编号）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="160" />
            <source>Field with the unit's name, copied into the table.</source>
            <translation>保存单元名称的字段，复制到表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="163" />
            <source>Class areas by unit</source>
            <translation>分区面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="167" />
            <source>Area table (xlsx or csv)</source>
            <translation>面积统计表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="169" />
            <source>One row per unit and class plus each unit's total.</source>
            <translation>每个单元每类一行，另加单元合计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="215" />
            <source>{unit}: {km2:.2f} km² classified</source>
            <translation>{unit}：已分类 {km2:.2f} km²</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="225" />
            <source>the areas</source>
            <translation>面积计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" line="43" />
            <source>Layer {layer} names no class set the method profile knows (metadata CC_WARNING_CLASS_SET = '{key}'). Give the class set, e.g. levels, suitability_2, suitability_3 or importance.</source>
            <translation>图层 {layer} 未指明方法配置中已知的分类集（元数据 CC_WARNING_CLASS_SET = '{key}'）。请给出分类集，如 levels、suitability_2、suitability_3 或 importance。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="116" />
            <source>{layer} has no features: nothing to evaluate.</source>
            <translation>{layer} 没有要素：无可评价的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="128" />
            <source>The limits of {names} in {std} are not verified (the profile marks them so); results that depend on them need checking.</source>
            <translation>{std} 中 {names} 的限值尚未核实（方法配置已标注）；依赖这些限值的结果需要复核。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="135" />
            <source>{layer} has no column for {names}: these pollutants count as missing values (see docs/indicators.md for the accepted column names).</source>
            <translation>{layer} 中没有 {names} 的字段：这些污染物按缺测处理（可用的字段名见 docs/indicators.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="139" />
            <source>Air standard: {std}</source>
            <translation>空气质量标准：{std}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="162" />
            <source>{label}: {n} unit(s)</source>
            <translation>{label}：{n} 个单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="166" />
            <source>{row}: not evaluated — {why}</source>
            <translation>{row}：无法评价——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="31" />
            <source>Pollutant concentration exceedance index (污染物浓度超标指数)</source>
            <translation>污染物浓度超标指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="39" />
            <source>&lt;p&gt;Environment element of the 2016 monitoring and early-warning method.&lt;/p&gt;&lt;p&gt;Air: R = C / S − 1 for each pollutant's annual statistic against the chosen edition of GB 3095; the unit's air index is the maximum. Water: each section's index is the maximum over pollutants of C / S − 1 (dissolved oxygen inverted: S / C − 1) against GB 3838-2002 class III, with river or lake limits for TP and TN; the unit's water index is the mean of its sections' indices (or, as an option, the maximum over pollutants of the mean over sections). The element index is max(air, water): &amp;gt; 0 overloaded, (−0.2, 0] critical, ≤ −0.2 not overloaded.&lt;/p&gt;&lt;p&gt;Units table: a unit code and the annual statistics {air}. Water sections (optional): section code, unit code, water body type (河流 / 湖库) and annual means {water}. Chinese column names are accepted (see docs/indicators.md).&lt;/p&gt;&lt;p&gt;Outputs: env_index, env_class (overload / critical / none / not_evaluated), env_label, the air and water indices, the worst pollutant and section (env_worst), a note when values were missing, and the index of every air pollutant.&lt;/p&gt;</source>
            <translation>&lt;p&gt;2016年版监测预警技术方法的环境要素评价。&lt;/p&gt;&lt;p&gt;大气：按所选 GB 3095 版本，各污染物年度统计值 R = C / S − 1，单元大气指数取最大值。水：各断面超标指数取各污染物 C / S − 1 的最大值（溶解氧取倒数形式 S / C − 1），对照 GB 3838-2002 Ⅲ类标准，总磷、总氮区分河流与湖库限值；单元水污染指数为各断面指数的平均值（可选：先对断面求各污染物平均再取最大）。要素指数取大气与水的最大值：&amp;gt; 0 为超载，(−0.2, 0] 为临界超载，≤ −0.2 为不超载。&lt;/p&gt;&lt;p&gt;评价单元表：单元代码及年度统计值 {air}。水质断面（可选）：断面编码、单元代码、水体类型（河流 / 湖库）及年均值 {water}。可直接使用中文字段名（见 docs/indicators.md）。&lt;/p&gt;&lt;p&gt;输出：env_index、env_class（overload / critical / none / not_evaluated）、env_label、大气与水的指数、最主要超标污染物及断面（env_worst）、缺测说明，以及各大气污染物的超标指数。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="59" />
            <source>Evaluation units with annual air statistics</source>
            <translation>含大气年度统计值的评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="61" />
            <source>County polygons or a plain table (CSV, xlsx sheet) with one row per unit: unit code and the annual statistics of each air pollutant.</source>
            <translation>县级面图层或普通表格（CSV、xlsx 工作表），每个评价单元一行：单元代码及各大气污染物的年度统计值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="65" />
            <source>Surface-water sections with annual means (optional)</source>
            <translation>含年均值的地表水断面（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="67" />
            <source>One row per monitoring section: section code, unit code, water body type (河流/湖库) and the annual mean of each pollutant (mg/L).</source>
            <translation>每个监测断面一行：断面编码、评价单元代码、水体类型（河流/湖库）及各污染物年均浓度（mg/L）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="71" />
            <source>Air quality standard edition</source>
            <translation>空气质量标准版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="72" />
            <source>GB 3095-2012</source>
            <translation>GB 3095-2012</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="73" />
            <source>GB 3095-2026 transitional (2026–2030)</source>
            <translation>GB 3095-2026 过渡阶段（2026—2030年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="74" />
            <source>GB 3095-2026 final (from 2031)</source>
            <translation>GB 3095-2026（2031年起）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="75" />
            <source>Use the edition in force in the evaluation year. GB 3095-2026 changes the PM2.5 limits; its final-phase PM10/SO2/NO2 limits are not verified and are reported as such.</source>
            <translation>请使用评价年份施行的标准版本。GB 3095-2026 调整了 PM2.5 限值；其2031年起的 PM10/SO2/NO2 限值尚未核实，使用时会给出提示。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="80" />
            <source>Water index aggregation</source>
            <translation>水污染指数汇总方式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="82" />
            <source>Mean over sections of each section's maximum (default)</source>
            <translation>先取各断面最大值再对断面求平均（默认）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="83" />
            <source>Maximum over pollutants of the mean over sections</source>
            <translation>先对断面求各污染物平均再取最大值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="85" />
            <source>How a unit's water index is formed from its sections. The method text could not be checked on this point; the default follows the 2016-method implementation the profile cites.</source>
            <translation>评价单元水污染指数由各断面汇总的方式。方法原文此处尚未核实；默认采用方法配置所引用的2016年版方法实现的做法。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="90" />
            <source>Class units with missing values on the values present</source>
            <translation>对有缺测值的单元按已有数值定级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="92" />
            <source>Off (default): a unit whose missing values could change its class is marked not_evaluated. On: it is classed on the values present and the note lists what was missing.</source>
            <translation>关闭（默认）：缺测值可能改变等级的单元标记为无法评价（not_evaluated）。开启：按已有数值定级，并在备注中列出缺测项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="98" />
            <source>Exceedance index</source>
            <translation>超标指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="102" />
            <source>Method profile (TOML; empty = built-in default)</source>
            <translation>方法配置文件（TOML；留空为内置默认配置）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="104" />
            <source>A method profile holding thresholds, matrices, standard limits, labels and colours. Copy the built-in profile, edit it, and choose it here. A file may start with extends = "default" and list only what it changes.</source>
            <translation>方法配置文件包含阈值、判别矩阵、标准限值、标签和颜色。可复制内置配置、修改后在此选择；文件也可写 extends = "default"，只列出需要修改的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="132" />
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="150" />
            <source>Input field '{name}' is replaced by the result of the same name.</source>
            <translation>输入字段“{name}”被同名结果字段替换。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="218" />
            <source>Result of {alg} with method profile {profile} {version}.</source>
            <translation>{alg} 的结果，方法配置 {profile} {version}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="23" />
            <source>Single-element evaluation (单项评价)</source>
            <translation>单项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="24" />
            <source>Integrated evaluation (集成评价)</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="25" />
            <source>Dual evaluation (双评价)</source>
            <translation>双评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="26" />
            <source>Maps and reports (制图与报告)</source>
            <translation>制图与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" line="91" />
            <source>Thresholds, standard limits and labels come from the method profile (the built-in default unless you choose a file). See the plugin's docs/methods.md for sources and certainty.</source>
            <translation>阈值、标准限值和标签均来自方法配置（未选择文件时为内置默认配置）。各规则的来源与可信程度见插件文档 docs/methods.md。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/provider.py" line="26" />
            <source>Resource and environmental carrying capacity monitoring and early warning (资源环境承载能力监测预警)</source>
            <translation>资源环境承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="103" />
            <source>Layer {layer} is a rotated grid, which the evaluations cannot use as the analysis grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>图层 {layer} 是旋转格网，不能作为分析格网。请先将其变换为正北方向的格网（栅格 ▸ 投影 ▸ 变形）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="112" />
            <source>Layer {layer} is stored south-up (positive row step). Convert it with gdal_translate or Raster ▸ Projections ▸ Warp first.</source>
            <translation>图层 {layer} 以南朝上方式存储（行步长为正）。请先用 gdal_translate 或“栅格 ▸ 投影 ▸ 变形”转换。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="124" />
            <source>The analysis grid needs a CRS. Choose one in the 'Analysis CRS' parameter.</source>
            <translation>分析格网需要坐标系。请在“分析坐标系”参数中选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="127" />
            <source>The cell size must be a positive number of CRS units, found {value}.</source>
            <translation>像元大小必须为正数（坐标系单位），实际为 {value}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="130" />
            <source>The analysis extent is empty ({xmin}, {ymin}, {xmax}, {ymax}). Choose a layer or an extent that covers the study area.</source>
            <translation>分析范围为空（{xmin}, {ymin}, {xmax}, {ymax}）。请选择覆盖研究区的图层或范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="191" />
            <source>{crs}, cell {cx:g} × {cy:g}, {w} × {h} cells ({n:,} cells), extent {xmin:.2f}, {ymin:.2f} : {xmax:.2f}, {ymax:.2f}</source>
            <translation>{crs}，像元 {cx:g} × {cy:g}，{w} × {h} 个像元（共 {n:,} 个），范围 {xmin:.2f}, {ymin:.2f} : {xmax:.2f}, {ymax:.2f}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="203" />
            <source>The analysis grid is in a geographic CRS ({crs}), but {why} needs metres. Degrees are never used as metres: choose a projected analysis CRS in the 'Analysis CRS' parameter (for this area e.g. {suggest}, CGCS2000 / 3-degree Gauss-Kruger) and the inputs are reprojected to it.</source>
            <translation>分析格网位于地理坐标系（{crs}），但{why}需要以米为单位。绝不把度当作米：请在“分析坐标系”参数中选择投影坐标系（本区域如 {suggest}，CGCS2000 / 3 度带高斯-克吕格投影），输入数据将重投影到该坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="255" />
            <source>Layer {layer} has no CRS, so it cannot be placed on the analysis grid. Set its CRS (Layer Properties ▸ Source ▸ Assigned Coordinate Reference System, or gdal_edit.py -a_srs EPSG:xxxx) and run again.</source>
            <translation>图层 {layer} 没有坐标系，无法放到分析格网上。请设置其坐标系（图层属性 ▸ 源 ▸ 指定坐标参考系，或 gdal_edit.py -a_srs EPSG:xxxx）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="271" />
            <source>Layer {layer} ({path}) cannot be read as a raster: {detail} Check that the file exists and is a GDAL-readable raster.</source>
            <translation>图层 {layer}（{path}）无法作为栅格读取：{detail} 请检查文件是否存在且为 GDAL 可读的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="49" />
            <source>no CRS</source>
            <translation>无坐标系</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" line="98" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it (e.g. with the Georeferencer or gdal_translate -a_ullr) before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准（如用地理配准工具或 gdal_translate -a_ullr）后再使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="150" />
            <source>Layer {layer} is a categorical input but holds the non-integer value {value}. Give a raster of integer class codes.</source>
            <translation>图层 {layer} 是分类型输入，但含有非整数值 {value}。请提供整数分类代码的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="196" />
            <source>cells</source>
            <translation>个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="197" />
            <source>Layer {layer} holds codes the method profile does not know for {what}: {codes}. Known codes: {known}. Reclassify the layer, declare the codes' cells as nodata, or add the codes to the profile.</source>
            <translation>图层 {layer} 含有方法配置中{what}未定义的代码：{codes}。已知代码：{known}。请重分类该图层、将这些代码的像元设为无数据，或在方法配置中补充这些代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="252" />
            <source>Layer {layer} has {n} band(s); band {band} was asked for.</source>
            <translation>图层 {layer} 有 {n} 个波段，但请求的是第 {band} 波段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="259" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准后再使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="276" />
            <source>Layer {layer} does not overlap the analysis grid: its extent is {ext} in {crs}, the grid covers {grid} in {gcrs}. Check the layer's CRS (a wrong CRS puts a layer elsewhere) and that it covers the study area.</source>
            <translation>图层 {layer} 与分析格网不重叠：其范围为 {ext}（{crs}），格网范围为 {grid}（{gcrs}）。请检查图层坐标系（坐标系错误会使图层落到别处）以及它是否覆盖研究区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="287" />
            <source>{layer}: read as is (already on the analysis grid).</source>
            <translation>{layer}：直接读取（已位于分析格网上）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="290" />
            <source>{layer}: read as is at an offset of {dx}, {dy} cells (same CRS and cells as the analysis grid).</source>
            <translation>{layer}：按 {dx}, {dy} 个像元的偏移直接读取（坐标系和像元与分析格网相同）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="316" />
            <source>It covers {pct:.1f} % of the grid extent; cells beyond it are nodata.</source>
            <translation>其覆盖格网范围的 {pct:.1f} %；范围外的像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="36" />
            <source>nearest neighbour</source>
            <translation>最邻近法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="37" />
            <source>bilinear interpolation</source>
            <translation>双线性插值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="370" />
            <source>Layer {layer} cannot be reprojected to the analysis grid: {detail}. Check its CRS.</source>
            <translation>图层 {layer} 无法重投影到分析格网：{detail}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="373" />
            <source>{layer}: reprojected/resampled from {crs} (cells {cells}) to the analysis grid with {method} ({kind} input).</source>
            <translation>{layer}：由 {crs}（像元 {cells}）以{method}重投影/重采样到分析格网（{kind}输入）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="377" />
            <source>categorical</source>
            <translation>分类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="377" />
            <source>continuous</source>
            <translation>连续型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="38" />
            <source>average of the covered cells</source>
            <translation>所覆盖像元的平均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="39" />
            <source>cubic convolution</source>
            <translation>三次卷积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="40" />
            <source>most frequent value</source>
            <translation>众数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="404" />
            <source>Layer {layer} holds the value {value:g} but declares no nodata value; it looks like an undeclared nodata marker. Declare it (Layer Properties ▸ Transparency ▸ No data value, or gdal_edit.py -a_nodata {value:g}) and run again.</source>
            <translation>图层 {layer} 含有值 {value:g}，但未声明无数据值；该值看起来是未声明的无数据标记。请声明它（图层属性 ▸ 透明度 ▸ 无数据值，或 gdal_edit.py -a_nodata {value:g}）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="413" />
            <source>declare it as the nodata value (gdal_edit.py -a_nodata {value:g})</source>
            <translation>请将其声明为无数据值（gdal_edit.py -a_nodata {value:g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="415" />
            <source>check the layer's unit and its nodata value</source>
            <translation>请检查图层的单位和无数据值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="416" />
            <source>Layer {layer} holds the value {value:g}, outside the plausible range {lo:g} … {hi:g} of this input. If it marks missing data, {hint}; otherwise check that the right layer was chosen.</source>
            <translation>图层 {layer} 含有值 {value:g}，超出该输入的合理范围 {lo:g} … {hi:g}。如果它表示缺失数据，{hint}；否则请检查是否选错了图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="103" />
            <source>Output {name}: value {value} does not fit the {type} raster type (range {lo} … {hi}). Use class values inside that range in the method profile.</source>
            <translation>输出 {name}：值 {value} 超出 {type} 栅格类型的取值范围（{lo} … {hi}）。请在方法配置中使用该范围内的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="110" />
            <source>Output {name}: the nodata value {value} is also a class value of {key}. Choose class values that differ from the nodata value.</source>
            <translation>输出 {name}：无数据值 {value} 同时是 {key} 的分类值。请选择与无数据值不同的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="127" />
            <source>Output folder {path} cannot be created: {detail}</source>
            <translation>无法创建输出文件夹 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="138" />
            <source>Output {name} cannot be created in {path}: {detail}. Check that the folder is writable.</source>
            <translation>无法在 {path} 中创建输出 {name}：{detail}。请检查该文件夹是否可写。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="297" />
            <source>Not enough free disk space in {path}: the outputs of this run need up to {need} (their uncompressed size), {free} is free. Free some space, choose an output folder on another disk, or use a coarser cell size or a smaller extent.</source>
            <translation>{path} 磁盘剩余空间不足：本次运行的输出最多需要 {need}（未压缩大小），当前剩余 {free}。请释放空间、选择其他磁盘上的输出文件夹，或采用更粗的像元大小或更小的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="342" />
            <source>Output {name}: {path} is not a GeoTIFF file name. The evaluations write GeoTIFF; give a file name ending in .tif.</source>
            <translation>输出 {name}：{path} 不是 GeoTIFF 文件名。评价结果以 GeoTIFF 格式写出，请给出以 .tif 结尾的文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="348" />
            <source>Output {name} would overwrite the input {path}. Inputs are never modified: choose another output file.</source>
            <translation>输出 {name} 将覆盖输入 {path}。输入数据绝不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="354" />
            <source>Two outputs of this run would be written to the same file {path}. Give them different names.</source>
            <translation>本次运行的两个输出将写入同一文件 {path}。请为它们指定不同的名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/patches.py" line="49" />
            <source>The 连片度 (patch) correction needs the Python package scipy, which this QGIS installation lacks. Install scipy (Debian: apt install python3-scipy; OSGeo4W: python3-scipy) or switch the correction off in the method profile.</source>
            <translation>连片度（图斑）修正需要 Python 包 scipy，而当前 QGIS 环境中没有。请安装 scipy（Debian：apt install python3-scipy；OSGeo4W：python3-scipy），或在方法配置中关闭该修正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" line="28" />
            <source>Layer {layer} cannot be read as a vector layer: {detail}</source>
            <translation>图层 {layer} 无法作为矢量图层读取：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" line="32" />
            <source>Layer {layer} has no sub-layer {sub}.</source>
            <translation>图层 {layer} 没有子图层 {sub}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" line="39" />
            <source>Layer {layer} is in {crs}, not in the analysis CRS {grid}; it must be reprojected before it is rasterised.</source>
            <translation>图层 {layer} 位于 {crs}，而非分析坐标系 {grid}；栅格化前必须先重投影。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" line="53" />
            <source>Layer {layer} could not be rasterised onto the analysis grid.</source>
            <translation>图层 {layer} 无法栅格化到分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/__init__.py" line="39" />
            <source>Unclassified ({codes})</source>
            <translation>未分类（{codes}）</translation>
        </message>
    </context>
</TS>
