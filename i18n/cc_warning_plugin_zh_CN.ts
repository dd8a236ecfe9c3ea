<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cc_warning</name>
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
            <location filename="../cc_warning_plugin/core/profile.py" line="363" />
            <source>is missing: the matrix needs a row for every load class.</source>
            <translation>缺失：矩阵需要为每个超载类型设一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="368" />
            <source>is missing: every row needs a colour for every trend type.</source>
            <translation>缺失：每一行都需要为每种耗损类型给出预警颜色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="419" />
            <source>a standard under [standards.air] ({names})</source>
            <translation>[standards.air] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="423" />
            <source>a standard under [standards.water] ({names})</source>
            <translation>[standards.water] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="428" />
            <source>one of the classes of {std} ({classes})</source>
            <translation>{std} 的水质类别之一（{classes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="435" />
            <source>is missing: air_pollutants lists it.</source>
            <translation>缺失：air_pollutants 中列出了该项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="440" />
            <source>a parameter of {std}</source>
            <translation>{std} 中的项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="449" />
            <source>Method profile {path} does not exist. Give the path of a .toml profile file, or leave the parameter empty to use the built-in default.</source>
            <translation>方法配置文件 {path} 不存在。请给出 .toml 配置文件路径，或留空以使用内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="457" />
            <source>Method profile {path} is not valid TOML: {detail}. Check the quoting and brackets on that line.</source>
            <translation>方法配置文件 {path} 不是有效的 TOML：{detail}。请检查该行的引号和括号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="461" />
            <source>Method profile {path} is not UTF-8 text. Save it as UTF-8.</source>
            <translation>方法配置文件 {path} 不是 UTF-8 文本。请以 UTF-8 编码保存。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="48" />
            <source>Method profile {source}: key '{key}' {problem} Fix it in the file, or compare with the built-in profile 'default' (docs/profiles.md).</source>
            <translation>方法配置文件 {source}：键“{key}”{problem}请在文件中修改，或与内置配置“default”对照（docs/profiles.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="484" />
            <source>Method profile {path}: 'profile.extends' chains more than {n} files (a loop?). Point it at the built-in 'default' or a complete profile.</source>
            <translation>方法配置文件 {path}：“profile.extends”的继承链超过 {n} 个文件（是否循环引用？）。请指向内置“default”或一个完整的配置文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="55" />
            <source>must be {expected}, found {found}.</source>
            <translation>应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="62" />
            <source>text</source>
            <translation>文本</translation>
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
            <source>As in the method profile</source>
            <translation>按方法配置</translation>
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
            <location filename="../cc_warning_plugin/processing/alg_pollutant_exceedance.py" line="99" />
            <source>Provenance (JSON)</source>
            <translation>数据来源与参数记录（JSON）</translation>
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
            <location filename="../cc_warning_plugin/processing/base.py" line="166" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
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
            <location filename="../cc_warning_plugin/styles/__init__.py" line="39" />
            <source>Unclassified ({codes})</source>
            <translation>未分类（{codes}）</translation>
        </message>
    </context>
</TS>
