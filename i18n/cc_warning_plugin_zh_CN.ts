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
            <location filename="../cc_warning_plugin/core/profile.py" line="585" />
            <source>is missing: the matrix needs a row for every load class.</source>
            <translation>缺失：矩阵需要为每个超载类型设一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="590" />
            <source>is missing: every row needs a colour for every trend type.</source>
            <translation>缺失：每一行都需要为每种耗损类型给出预警颜色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="62" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="642" />
            <source>a standard under [standards.air] ({names})</source>
            <translation>[standards.air] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="646" />
            <source>a standard under [standards.water] ({names})</source>
            <translation>[standards.water] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="651" />
            <source>one of the classes of {std} ({classes})</source>
            <translation>{std} 的水质类别之一（{classes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="658" />
            <source>is missing: air_pollutants lists it.</source>
            <translation>缺失：air_pollutants 中列出了该项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="663" />
            <source>a parameter of {std}</source>
            <translation>{std} 中的项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="672" />
            <source>Method profile {path} does not exist. Give the path of a .toml profile file, or leave the parameter empty to use the built-in default.</source>
            <translation>方法配置文件 {path} 不存在。请给出 .toml 配置文件路径，或留空以使用内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="680" />
            <source>Method profile {path} is not valid TOML: {detail}. Check the quoting and brackets on that line.</source>
            <translation>方法配置文件 {path} 不是有效的 TOML：{detail}。请检查该行的引号和括号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile.py" line="684" />
            <source>Method profile {path} is not UTF-8 text. Save it as UTF-8.</source>
            <translation>方法配置文件 {path} 不是 UTF-8 文本。请以 UTF-8 编码保存。</translation>
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
            <location filename="../cc_warning_plugin/core/profile.py" line="707" />
            <source>Method profile {path}: 'profile.extends' chains more than {n} files (a loop?). Point it at the built-in 'default' or a complete profile.</source>
            <translation>方法配置文件 {path}：“profile.extends”的继承链超过 {n} 个文件（是否循环引用？）。请指向内置“default”或一个完整的配置文件。</translation>
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
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="100" />
            <source>Method profile (*.toml)</source>
            <translation>方法配置文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="101" />
            <source>Empty: the built-in default profile.</source>
            <translation>留空：使用内置默认方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="103" />
            <source>Method profile</source>
            <translation>方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="110" />
            <source>Evaluation result</source>
            <translation>评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="113" />
            <source>Classification</source>
            <translation>分级内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="115" />
            <source>Apply standard style</source>
            <translation>应用标准样式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="116" />
            <source>Colours and labels from the method profile; the layer's own style stays available as a named style.</source>
            <translation>颜色和图例标注取自方法配置；图层原有样式作为命名样式保留。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="123" />
            <source>Base map</source>
            <translation>底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="124" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="125" />
            <source>Compare periods</source>
            <translation>时期对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="126" />
            <source>Unit</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="127" />
            <source>Layout and report</source>
            <translation>出图与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="150" />
            <source>Draw base map</source>
            <translation>绘制规划底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="151" />
            <source>Conventional planning-map symbols; boundaries over the result, areas under it. Only local files: no online service is used.</source>
            <translation>采用国土空间规划制图常用符号；界线绘于评价结果之上，面状要素绘于其下。仅使用本地文件，不访问任何在线服务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="167" />
            <source>Bar chart</source>
            <translation>柱状图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="168" />
            <source>Pie chart</source>
            <translation>饼图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="174" />
            <source>Export table…</source>
            <translation>导出表格…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="194" />
            <source>Earlier result</source>
            <translation>前期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="199" />
            <source>Later result</source>
            <translation>后期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="201" />
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="216" />
            <source>Click a unit on the map</source>
            <translation>在地图上点击评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="231" />
            <source>Page</source>
            <translation>图幅</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="233" />
            <source>Default: from the classification</source>
            <translation>默认：按分级内容生成</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="234" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="236" />
            <source>Default: evaluation year and method</source>
            <translation>默认：评价年份与技术方法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="237" />
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="239" />
            <source>Project variables (set once, used by every layout)</source>
            <translation>工程变量（设置一次，所有版面通用）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="242" />
            <source>编制单位 (prepared by)</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="243" />
            <source>编制日期 (date)</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="244" />
            <source>审图号 (map review number)</source>
            <translation>审图号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="245" />
            <source>数据来源 (data source)</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="253" />
            <source>Resolution (dpi)</source>
            <translation>分辨率（dpi）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="260" />
            <source>Create layout</source>
            <translation>生成版面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="261" />
            <source>Adds an editable layout to the project's layout manager and opens it.</source>
            <translation>在工程的版面管理器中添加可编辑的版面并打开。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="265" />
            <source>Export PDF and PNG…</source>
            <translation>导出 PDF 和 PNG…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="268" />
            <source>Evaluation report…</source>
            <translation>评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="269" />
            <source>Workbook (xlsx) and HTML report, made in the background.</source>
            <translation>在后台生成工作簿（xlsx）和 HTML 报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="278" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="292" />
            <source>Warning map</source>
            <translation>预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="412" />
            <source>Choose an evaluation result first.</source>
            <translation>请先选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="431" />
            <source>{n} unit(s) or cell(s) hold classes the method profile does not know ({codes}): drawn grey as unclassified.</source>
            <translation>{n} 个单元或像元的等级代码不在方法配置中（{codes}）：以灰色显示为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="436" />
            <source>Styled '{layer}': {view}.</source>
            <translation>已为“{layer}”应用样式：{view}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="464" />
            <source>Base map drawn: {layers}.</source>
            <translation>已绘制底图：{layers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="466" />
            <source>No base-map layer chosen.</source>
            <translation>未选择底图图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="520" />
            <source>Class statistics of {layer}</source>
            <translation>{layer} 的分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="524" />
            <source>Counting the cells of '{layer}' in the background…</source>
            <translation>正在后台统计“{layer}”的像元…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="566" />
            <source>No statistics yet: choose an evaluation result.</source>
            <translation>尚无统计结果：请选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="571" />
            <source>Export statistics</source>
            <translation>导出统计表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="572" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="576" />
            <source>Statistics written: {path}</source>
            <translation>统计表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="587" />
            <source>Choose the earlier and the later result.</source>
            <translation>请选择前期和后期评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="604" />
            <source>Change {a} → {b}</source>
            <translation>变化 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="610" />
            <source>Raised: {up}, lowered: {down}.</source>
            <translation>等级提高：{up} 个，等级降低：{down} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="616" />
            <source>Unit code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="616" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="616" />
            <source>Earlier</source>
            <translation>前期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="616" />
            <source>Later</source>
            <translation>后期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="616" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="633" />
            <source>Compare two periods first.</source>
            <translation>请先进行时期对比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="637" />
            <source>Period changes</source>
            <translation>时期变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="640" />
            <source>Export changes</source>
            <translation>导出变化表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="645" />
            <source>Changes written: {path}</source>
            <translation>变化表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="680" />
            <source>No unit here.</source>
            <translation>此处没有评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="688" />
            <source>Cause:</source>
            <translation>成因：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="688" />
            <source>Trend components (annual change rates, %)</source>
            <translation>耗损过程分项（年均变化率，%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="698" />
            <source>No data here.</source>
            <translation>此处无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="702" />
            <source>Unclassified ({codes})</source>
            <translation>未分类（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="71" />
            <source>Carrying capacity warning map</source>
            <translation>承载能力预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="747" />
            <source>Layout '{name}' added to the project.</source>
            <translation>版面“{name}”已添加到工程。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="776" />
            <source>Written: {files}</source>
            <translation>已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="780" />
            <source>Export warning map</source>
            <translation>导出预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="823" />
            <source>The report could not start: {why}</source>
            <translation>报告无法开始生成：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="834" />
            <source>Making the evaluation report in the background…</source>
            <translation>正在后台生成评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="844" />
            <source>Report written: {files}</source>
            <translation>报告已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="849" />
            <source>The report was not written: {why}</source>
            <translation>报告未写出：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="850" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="864" />
            <source>Evaluation report</source>
            <translation>评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" line="865" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="101" />
            <source>Layout template {path} does not exist. Choose a .qpt file or one of the built-in templates.</source>
            <translation>版面模板 {path} 不存在。请选择 .qpt 文件或内置模板之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="108" />
            <source>Layout template {path} cannot be read: {detail}.</source>
            <translation>无法读取版面模板 {path}：{detail}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="111" />
            <source>Layout template {path} is not a valid .qpt (XML) file. Save it again from the layout designer (Layout ▸ Save as Template).</source>
            <translation>版面模板 {path} 不是有效的 .qpt（XML）文件。请在版面设计器中重新保存（版面 ▸ 另存为模板）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="117" />
            <source>Layout template {path} could not be loaded as a print layout.</source>
            <translation>版面模板 {path} 无法作为打印版面加载。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="148" />
            <source>Layout template {template} has no item with the id {ids}. In the layout designer select the item (map, legend or title label) and set Item Properties ▸ Item ID, or use a built-in template.</source>
            <translation>版面模板 {template} 中没有标识为 {ids} 的元素。请在版面设计器中选中该元素（地图、图例或标题文本），在“元素属性 ▸ 元素标识”中设置，或使用内置模板。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="154" />
            <source>Layout template {template}: the item(s) {ids} are of the wrong kind (e.g. 'cc_map' must be a map, 'cc_stats' a table frame). Fix their ids in the layout designer.</source>
            <translation>版面模板 {template}：元素 {ids} 的类型不对（例如 'cc_map' 必须是地图，'cc_stats' 必须是表格框）。请在版面设计器中修改其标识。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="177" />
            <source>No font for Chinese text is installed (looked for {fonts}): Chinese text may show as boxes. Install fonts-wqy-microhei (Debian) or Noto Sans CJK.</source>
            <translation>未安装可显示中文的字体（已查找 {fonts}）：中文可能显示为方框。请安装 fonts-wqy-microhei（Debian）或 Noto Sans CJK。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="216" />
            <source>Fonts {missing} are not installed here; the layout uses {font} instead.</source>
            <translation>本机未安装字体 {missing}，版面改用 {font}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="267" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="326" />
            <source>km</source>
            <translation>千米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="326" />
            <source>m</source>
            <translation>米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="340" />
            <source>Class</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="341" />
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="341" />
            <source>Area (km²)</source>
            <translation>面积（平方千米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="341" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="372" />
            <source>The template has no item {ids}; that part is left out.</source>
            <translation>模板中没有元素 {ids}，该部分从略。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="441" />
            <source>The {kind} export to {path} failed (code {code}). {detail} Check the disk space and the output path.</source>
            <translation>导出 {kind} 到 {path} 失败（代码 {code}）。{detail} 请检查磁盘空间和输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="70" />
            <source>A3 landscape</source>
            <translation>A3 横版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="70" />
            <source>A3 portrait</source>
            <translation>A3 竖版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="71" />
            <source>A4 landscape</source>
            <translation>A4 横版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" line="71" />
            <source>A4 portrait</source>
            <translation>A4 竖版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="25" />
            <source>First available (warning level if present)</source>
            <translation>第一个可用项（有预警等级时为预警等级）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="25" />
            <source>Warning level</source>
            <translation>预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="26" />
            <source>Overload type</source>
            <translation>超载类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="26" />
            <source>Resource and environmental depletion trend</source>
            <translation>资源环境耗损趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="27" />
            <source>Land resources</source>
            <translation>土地资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="27" />
            <source>Water resources</source>
            <translation>水资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="27" />
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="27" />
            <source>Ecology</source>
            <translation>生态</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="28" />
            <source>Special evaluation</source>
            <translation>专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="39" />
            <source>Layer '{layer}' has no classification '{key}'. It offers: {views}.</source>
            <translation>图层“{layer}”没有分级内容“{key}”。可用的有：{views}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="45" />
            <source>Carrying capacity evaluation map: {view}</source>
            <translation>资源环境承载能力评价图：{view}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="49" />
            <source>2020 dual-evaluation guide (双评价)</source>
            <translation>《资源环境承载能力和国土空间开发适宜性评价指南（试行）》（2020）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="50" />
            <source>2016 monitoring and early-warning method</source>
            <translation>《资源环境承载能力监测预警技术方法（试行）》（2016）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" line="52" />
            <source>Evaluation year {year} · {method}</source>
            <translation>评价年份 {year} · {method}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="57" />
            <source>Resource and environmental carrying capacity warning</source>
            <translation>资源环境承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="60" />
            <source>Open the carrying-capacity evaluations in the Processing toolbox</source>
            <translation>在处理工具箱中打开承载能力评价工具</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="79" />
            <source>Warning map, statistics and report</source>
            <translation>预警图、统计与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="81" />
            <source>Open the warning-map dock: style a result over the planning base map, statistics, period comparison, layouts and the evaluation report</source>
            <translation>打开预警图面板：在规划底图上按标准样式显示评价结果，分级统计、时期对比、出图版面和评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" line="91" />
            <source>Carrying capacity warning</source>
            <translation>承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="123" />
            <source>Layer {layer} cannot be transformed to {crs}. Check its CRS.</source>
            <translation>图层 {layer} 无法转换到 {crs}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="127" />
            <source>Cell size not given: {cell:g} (CRS units), about the cell of {ref} in {crs}.</source>
            <translation>未指定像元大小：采用 {cell:g}（坐标系单位），约为{ref}在 {crs} 中的像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="139" />
            <source>Layer {layer} cannot be transformed to {crs}.</source>
            <translation>图层 {layer} 无法转换到 {crs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="145" />
            <source>Analysis grid: {grid}</source>
            <translation>分析格网：{grid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="149" />
            <source>analysis area</source>
            <translation>分析范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="159" />
            <source>The analysis area layer has no features (empty extent).</source>
            <translation>分析范围图层没有要素（范围为空）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="170" />
            <source>Layer {layer} has no CRS. Set its CRS and run again.</source>
            <translation>图层 {layer} 没有坐标系。请设置其坐标系后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="182" />
            <source>Cannot write a temporary file {path}: {detail}</source>
            <translation>无法写入临时文件 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="268" />
            <source>{layer}: {n:,} cells held values outside the plausible range {lo:g} … {hi:g} and were treated as nodata.</source>
            <translation>{layer}：有 {n:,} 个像元的值超出合理范围 {lo:g} … {hi:g}，已按无数据处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="282" />
            <source>{name}: {shares}</source>
            <translation>{name}：{shares}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="55" />
            <source>Analysis CRS (empty = the CRS of {ref})</source>
            <translation>分析坐标系（留空 = {ref}的坐标系）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="57" />
            <source>Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are reprojected to it. A geographic CRS is refused: slope and areas need metres.</source>
            <translation>分析格网的投影坐标系（单位为米，如 CGCS2000 高斯-克吕格分带，EPSG:4513–4554）。其他坐标系的输入将重投影到该坐标系。不接受地理坐标系：坡度和面积需要以米计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="64" />
            <source>Cell size of the analysis grid (CRS units; 0 = that of {ref})</source>
            <translation>分析格网像元大小（坐标系单位；0 = 与{ref}相同）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="67" />
            <source>Every input is aligned to one grid: categorical inputs by nearest neighbour, continuous ones by bilinear interpolation (or the average of the covered cells where the grid is coarser). The run log says what was done to each input.</source>
            <translation>所有输入对齐到同一格网：分类数据用最邻近法，连续数据用双线性插值（格网较粗时取所覆盖像元的平均值）。运行日志会说明对每个输入做了何种处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="74" />
            <source>Analysis area (polygons; empty = the whole {ref})</source>
            <translation>分析范围（面图层；留空 = 整个{ref}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="76" />
            <source>Cells whose centre lies outside these polygons are left out (nodata); the grid covers their extent.</source>
            <translation>像元中心位于这些面之外的像元不参与评价（无数据）；格网范围取这些面的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="80" />
            <source>Block size (cells per side)</source>
            <translation>分块大小（每边像元数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="83" />
            <source>Rasters are processed in square blocks of this many cells a side; memory use grows with the block, not with the raster. The default suits a desktop with 8 GB.</source>
            <translation>栅格按此边长的正方形分块处理；内存占用随分块大小而非栅格大小增长。默认值适用于 8 GB 内存的台式机。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" line="98" />
            <source>Layer {layer} is served by the '{provider}' provider; the evaluations read files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As).</source>
            <translation>图层 {layer} 由 '{provider}' 数据提供者提供；评价通过 GDAL 读取文件。请先将其另存为 GeoTIFF（导出 ▸ 另存为）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="140" />
            <source>Agricultural land condition (农业耕作条件)</source>
            <translation>农业耕作条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="143" />
            <source>&lt;p&gt;土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees from the DEM by Horn's method on the projected analysis grid, graded by the profile (default ≤ 2° 高, 2–6° 较高, 6–15° 中等, 15–25° 较低, &amp;gt; 25° 低; a slope on a break belongs to the lower class), then lowered by the 粉砂含量 (silt) when a silt layer is given (default ≥ 80 % → 低, 60–80 % → one level down).&lt;/p&gt;&lt;p&gt;A geographic DEM is reprojected to the analysis CRS (choose a projected one); degrees are never used as metres. Processing is block-wise: memory stays bounded whatever the raster size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价农业功能指向的土地资源单项评价：在投影分析格网上用 Horn 方法由 DEM 计算坡度（度），按方法配置分级（默认 ≤ 2° 高、2–6° 较高、6–15° 中等、15–25° 较低、&amp;gt; 25° 低；恰在分级点上的坡度归入较低一级区间），给出粉砂含量图层时再据其降级（默认 ≥ 80 % 为低，60–80 % 降一级）。&lt;/p&gt;&lt;p&gt;地理坐标系的 DEM 会重投影到分析坐标系（请选择投影坐标系），绝不把度当作米。分块处理：无论栅格多大，内存占用都有上限。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="154" />
            <source>DEM (elevation, m)</source>
            <translation>DEM（高程，米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="154" />
            <source>Digital elevation model in metres. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的数字高程模型。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="157" />
            <source>Silt content (粉砂含量, %) (optional)</source>
            <translation>粉砂含量（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="157" />
            <source>Silt content of the topsoil in percent (0–100); continuous, resampled bilinearly to the grid if needed.</source>
            <translation>表层土壤粉砂含量百分比（0–100）；连续数据，必要时以双线性插值重采样到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="160" />
            <source>the DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="177" />
            <source>Urban land condition (城镇建设条件)</source>
            <translation>城镇建设条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="180" />
            <source>&lt;p&gt;土地资源 factor of the 双评价 for urban construction: the slope in degrees from the DEM graded by the profile (default ≤ 3° 高, 3–8° 较高, 8–15° 中等, 15–25° 较低, &amp;gt; 25° 低), then the elevation (default ≥ 5000 m → 低, 3500–5000 m → one level down) and the relief 地形起伏度 — the elevation range in a moving window whose size follows the cell size (default 15 cells below 30 m, 12 below 50 m, 9 below 100 m, else 3) — (default 100–200 m → one level down, &amp;gt; 200 m → two).&lt;/p&gt;&lt;p&gt;A geographic DEM is reprojected to the projected analysis CRS; the relief window is read across block edges (halo), so the result does not depend on the block size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;双评价城镇功能指向的土地资源单项评价：由 DEM 计算坡度（度）并按方法配置分级（默认 ≤ 3° 高、3–8° 较高、8–15° 中等、15–25° 较低、&amp;gt; 25° 低），再依次按高程（默认 ≥ 5000 m 为低，3500–5000 m 降一级）和地形起伏度修正——地形起伏度为移动窗口内的高差，窗口大小随像元大小而定（默认小于 30 m 取 15 个像元，小于 50 m 取 12，小于 100 m 取 9，其余取 3）——（默认 100–200 m 降一级，&amp;gt; 200 m 降两级）。&lt;/p&gt;&lt;p&gt;地理坐标系的 DEM 会重投影到投影分析坐标系；起伏度窗口跨分块边界读取（缓冲区），结果与分块大小无关。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="207" />
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
            <location filename="../cc_warning_plugin/processing/alg_dual_land.py" line="43" />
            <source>Provenance (JSON)</source>
            <translation>数据来源与参数记录（JSON）</translation>
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
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="106" />
            <source>Layer '{layer}' has no field '{field}' to match the units by. Choose a field both results have.</source>
            <translation>图层“{layer}”没有用于匹配单元的字段“{field}”。请选择两期结果都有的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="111" />
            <source>Layer '{layer}' has no unit code field (行政区划代码 or an accepted alias). Choose the field that identifies the units.</source>
            <translation>图层“{layer}”没有评价单元代码字段（行政区划代码或其可接受的别名）。请选择标识评价单元的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="134" />
            <source>Layer '{layer}' has no features: there is nothing to compare.</source>
            <translation>图层“{layer}”没有要素，无可比较。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="178" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="193" />
            <source>{label}: {n} unit(s)</source>
            <translation>{label}：{n} 个单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="197" />
            <source>Unit {key}: not compared — {why}</source>
            <translation>单元 {key}：无法比较——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="31" />
            <source>Change of the class</source>
            <translation>等级变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="59" />
            <source>Compare two periods (预警等级变化)</source>
            <translation>两期对比（预警等级变化）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="62" />
            <source>&lt;p&gt;Compares the class of each unit in an earlier and a later evaluation result (matched on the unit code): 预警等级提高 (raised, more severe), 预警等级降低 (lowered) or unchanged, with the number of levels moved. The ranking is the order of the method profile's class set, most severe first (红 → 绿; 超载 → 不超载). Units found in one result only, or with a class that cannot be ranked (not_evaluated, unknown codes), are marked not compared with the reason.&lt;/p&gt;&lt;p&gt;The output has the later result's geometry and is styled by the change; the table can also be written to xlsx or csv. When both results hold a year field, the years must differ and the earlier must come first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按行政区划代码匹配前后两期评价结果，比较每个评价单元的等级：预警等级提高（更严重）、预警等级降低或不变，并给出变化的级数。等级高低按方法配置中等级集的顺序，最严重的在前（红 → 绿；超载 → 不超载）。只在一期中出现的单元，或等级无法排序的单元（无法评价、未知代码），标记为无法比较并说明原因。&lt;/p&gt;&lt;p&gt;输出图层采用后期结果的几何，按变化类型设置样式；变化表也可写出为 xlsx 或 csv。两期结果都有年份字段时，年份必须不同且前期在前。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="78" />
            <source>An evaluation result layer with the class field to compare and the unit code (行政区划代码).</source>
            <translation>含有待比较等级字段和行政区划代码的评价结果图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="81" />
            <source>Unit code field</source>
            <translation>评价单元代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="83" />
            <source>Field matching the units of the two results; empty = the unit code field (行政区划代码 or an accepted alias). Both results need it.</source>
            <translation>用于匹配两期结果中评价单元的字段；留空则使用行政区划代码字段（或其可接受的别名）。两期结果都需要该字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="91" />
            <source>Change between periods</source>
            <translation>两期变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="93" />
            <source>Change table (xlsx or csv, optional)</source>
            <translation>变化表（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="96" />
            <source>Units raised</source>
            <translation>等级提高的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_compare.py" line="97" />
            <source>Units lowered</source>
            <translation>等级降低的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="105" />
            <source>Own layout template (.qpt, optional)</source>
            <translation>自定义版面模板（.qpt，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="108" />
            <source>A template with items whose ids are cc_map, cc_legend and cc_title (and optionally cc_subtitle, cc_overview, cc_scalebar, cc_north, cc_stats, cc_org, cc_date, cc_review_no, cc_source). Replaces the page choice.</source>
            <translation>模板中须有标识为 cc_map、cc_legend 和 cc_title 的元素（可选 cc_subtitle、cc_overview、cc_scalebar、cc_north、cc_stats、cc_org、cc_date、cc_review_no、cc_source）。指定后不再使用图幅选项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="121" />
            <source>Empty: the project variable of the same meaning (set once in Project ▸ Properties ▸ Variables).</source>
            <translation>留空：使用同义的工程变量（在“工程 ▸ 属性 ▸ 变量”中设置一次即可）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="129" />
            <source>PDF map</source>
            <translation>PDF 图件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="131" />
            <source>PNG map</source>
            <translation>PNG 图件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="133" />
            <source>Add the layout to the project</source>
            <translation>将版面添加到工程</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="135" />
            <source>Keep the layout (and a group with its styled layers) in the current project, to edit it in the layout designer.</source>
            <translation>将版面（及其已设置样式的图层组）保留在当前工程中，以便在版面设计器中编辑。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="138" />
            <source>Layout name</source>
            <translation>版面名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="153" />
            <source>Nothing to do: give a PDF or PNG output, or add the layout to the project.</source>
            <translation>没有可执行的操作：请指定 PDF 或 PNG 输出，或将版面添加到工程。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="187" />
            <source>{n} unit(s) or cell(s) hold classes the profile's class set '{set}' does not know ({codes}): drawn grey and counted as unclassified.</source>
            <translation>{n} 个单元或像元的等级不在方法配置的等级集“{set}”中（{codes}）：以灰色显示并计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="235" />
            <source>PDF written: {path}</source>
            <translation>PDF 已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="240" />
            <source>PNG written: {path}</source>
            <translation>PNG 已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="53" />
            <source>Export warning map (预警图导出)</source>
            <translation>预警图导出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="56" />
            <source>&lt;p&gt;Draws an evaluation result (warning level, overload type, an element or a 双评价 class raster) with the method profile's colours and labels over the planning base map — county and township boundaries with labels, 三区三线 (生态保护红线, 永久基本农田, 城镇开发边界), land use and a local raster or MBTiles base map, all optional and all local files — and lays it out on an A4 or A3 template with legend, scale bar, north arrow, inset map, title, statistics table, 编制单位, 编制日期, 审图号 and data source.&lt;/p&gt;&lt;p&gt;编制单位, 编制日期, 审图号 and 数据来源 come from the parameters or, when left empty, from the project variables cc_org, cc_date, cc_review_no and cc_data_source. Base-map layers in another CRS are reprojected on the fly. Exports to PDF (text kept as text, Chinese font embedded) and PNG at the chosen resolution; files are written completely or not at all. With "Add the layout to the project" the layout and its styled layers stay in the project for editing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;以方法配置中的颜色和标注，在规划底图上绘制评价结果（预警等级、超载类型、单项要素或双评价分级栅格）。规划底图包括带注记的县级和乡镇级行政区界、三区三线（生态保护红线、永久基本农田、城镇开发边界）、土地利用现状以及本地栅格或 MBTiles 底图，均为可选且均为本地文件。制图版面采用 A4 或 A3 模板，含图例、比例尺、指北针、索引图、标题、统计表、编制单位、编制日期、审图号和数据来源。&lt;/p&gt;&lt;p&gt;编制单位、编制日期、审图号和数据来源取自参数；参数留空时取自工程变量 cc_org、cc_date、cc_review_no 和 cc_data_source。坐标系不同的底图图层实时投影。导出为 PDF（文字保留为文字，嵌入中文字体）和指定分辨率的 PNG；文件要么完整写出，要么不写。勾选“将版面添加到工程”时，版面及其已设置样式的图层保留在工程中供编辑。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="74" />
            <source>Evaluation result (vector layer or class raster)</source>
            <translation>评价结果（矢量图层或分级栅格）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="79" />
            <source>County boundaries (县级行政区)</source>
            <translation>县级行政区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="80" />
            <source>Township boundaries (乡镇级行政区)</source>
            <translation>乡镇级行政区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="81" />
            <source>Ecological protection red line (生态保护红线)</source>
            <translation>生态保护红线</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="82" />
            <source>Permanent basic farmland (永久基本农田)</source>
            <translation>永久基本农田</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="83" />
            <source>Urban development boundary (城镇开发边界)</source>
            <translation>城镇开发边界</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="84" />
            <source>Land use (土地利用现状)</source>
            <translation>土地利用现状</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="89" />
            <source>A local layer of the planning base map (optional).</source>
            <translation>规划底图的本地图层（可选）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="91" />
            <source>Local raster or MBTiles base map</source>
            <translation>本地栅格或 MBTiles 底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="93" />
            <source>A local GeoTIFF or MBTiles file drawn under everything. Online services are refused.</source>
            <translation>本地 GeoTIFF 或 MBTiles 文件，绘于最底层。不接受在线服务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="96" />
            <source>Layer of the inset map</source>
            <translation>索引图图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_export.py" line="99" />
            <source>Drawn in the inset overview map, e.g. the province; empty = the result.</source>
            <translation>绘制在索引图（位置示意图）中的图层，例如全省范围；留空则使用评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="119" />
            <source>{title}: {n} unit(s) or cell(s) counted.</source>
            <translation>{title}：已统计 {n} 个单元或像元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="122" />
            <source>{n} value(s) are not classes of the profile's class set '{set}' ({codes}): counted as unclassified.</source>
            <translation>{n} 个值不属于方法配置的等级集“{set}”（{codes}）：计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="34" />
            <source>Class statistics of a result (分级统计)</source>
            <translation>分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="37" />
            <source>&lt;p&gt;Counts the evaluation units (or, for a class raster, the cells) of each class and their area in km² and share of the total, in the order of the method profile's class set. Areas are planar in a projected CRS and ellipsoidal in a geographic one.&lt;/p&gt;&lt;p&gt;A value the class set does not know is counted on an "unclassified" row and reported. The table can also be written to an xlsx or csv file.&lt;/p&gt;</source>
            <translation>&lt;p&gt;按方法配置中等级集的顺序，统计每个等级的评价单元数（分级栅格为像元数）、面积（平方千米）及占总面积的比例。投影坐标系下按平面面积计算，地理坐标系下按椭球面积计算。&lt;/p&gt;&lt;p&gt;等级集中没有的值计入“未分类”行并给出提示。统计表也可写出为 xlsx 或 csv 文件。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="49" />
            <source>A result of a cc_warning evaluation: a layer with class fields (warning_level, load_type, &lt;element&gt;_class …) or a 双评价 class raster.</source>
            <translation>cc_warning 评价的结果：含等级字段（warning_level、load_type、&lt;要素&gt;_class …）的图层，或双评价分级栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="54" />
            <source>Which class field of a vector result to count. Ignored for a class raster.</source>
            <translation>统计矢量结果的哪个等级字段。分级栅格忽略此项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="59" />
            <source>Class statistics</source>
            <translation>分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="61" />
            <source>Statistics file (xlsx or csv, optional)</source>
            <translation>统计表文件（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_map_statistics.py" line="66" />
            <source>Units or cells unclassified</source>
            <translation>未分类的单元或像元数</translation>
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
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="101" />
            <source>HTML report</source>
            <translation>HTML 报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="129" />
            <source>Nothing to do: give the workbook or the HTML output.</source>
            <translation>没有可执行的操作：请指定工作簿或 HTML 输出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="135" />
            <source>Give an evaluation result or at least one 双评价 class raster.</source>
            <translation>请指定评价结果或至少一个双评价分级栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="148" />
            <source>An earlier result is compared with the evaluation result: give that too.</source>
            <translation>前期结果需要与评价结果对比：请同时指定评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="183" />
            <source>Resource and environmental carrying capacity evaluation report</source>
            <translation>资源环境承载能力评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="191" />
            <source>This report</source>
            <translation>本报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="243" />
            <source>{title}: {n} unit(s) hold unknown class codes ({codes}), counted as unclassified.</source>
            <translation>{title}：{n} 个单元的等级代码未知（{codes}），计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="266" />
            <source>Workbook written: {path}</source>
            <translation>工作簿已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="272" />
            <source>HTML report written: {path}</source>
            <translation>HTML 报告已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="285" />
            <source>Both results need the unit code field (行政区划代码) to be compared ('{a}', '{b}').</source>
            <translation>两期结果都需要行政区划代码字段才能对比（“{a}”、“{b}”）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="50" />
            <source>Evaluation report (评价报告)</source>
            <translation>评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="53" />
            <source>&lt;p&gt;Writes the evaluation report of a 2016-method result (and, optionally, 双评价 class rasters):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;an xlsx workbook: the composite result (集成评价), one sheet per element (单项评价) with index, class and note, the process evaluation (过程评价) with its component rates, the class statistics, one sheet per class raster, the change between periods and the provenance; headers in the interface language with units;&lt;/li&gt;&lt;li&gt;an HTML report that opens offline in a browser (one file, images embedded): a map, chart and table per classification, element indices per unit, trend components, the change between periods, the cause analysis of every unit (成因解析) and the provenance (method profile and version, inputs, parameters, software versions, date).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Give an earlier result to add the change of the warning level. Both outputs are written completely or not at all.&lt;/p&gt;</source>
            <translation>&lt;p&gt;为 2016 版方法的评价结果（以及可选的双评价分级栅格）编写评价报告：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;xlsx 工作簿：集成评价结果、每个要素一张工作表（单项评价的指数、等级和说明）、过程评价及其分项变化率、分级统计、每个分级栅格一张表、两期变化和数据来源；表头为界面语言并注明单位；&lt;/li&gt;&lt;li&gt;可离线在浏览器中打开的 HTML 报告（单一文件，内嵌图片）：每种分级内容的地图、统计图和统计表，各单元的要素指数，耗损过程分项，两期变化，每个单元的成因解析，以及数据来源（方法配置及版本、输入、参数、软件版本、日期）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;指定前期结果时增加预警等级变化部分。两个输出要么完整写出，要么都不写。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="70" />
            <source>Evaluation result (2016 method)</source>
            <translation>评价结果（2016 版方法）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="74" />
            <source>A result layer with element, trend and warning fields (e.g. of integrated_warning).</source>
            <translation>含要素、耗损过程和预警字段的结果图层（例如 integrated_warning 的输出）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="77" />
            <source>双评价 class rasters</source>
            <translation>双评价分级栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="79" />
            <source>Class rasters written by the 双评价 algorithms (their band metadata names the class set).</source>
            <translation>双评价算法写出的分级栅格（其波段元数据注明等级集）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="82" />
            <source>Earlier result (optional, for the change)</source>
            <translation>前期评价结果（可选，用于两期变化）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="87" />
            <source>County boundaries for the maps (optional)</source>
            <translation>地图中的县级行政区界（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="92" />
            <source>Report title</source>
            <translation>报告标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="98" />
            <source>Workbook (xlsx)</source>
            <translation>工作簿（xlsx）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_report.py" line="98" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
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
            <location filename="../cc_warning_plugin/raster/inputs.py" line="137" />
            <source>Layer {layer} is a categorical input but holds the non-integer value {value}. Give a raster of integer class codes.</source>
            <translation>图层 {layer} 是分类型输入，但含有非整数值 {value}。请提供整数分类代码的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="158" />
            <source>cells</source>
            <translation>个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="159" />
            <source>Layer {layer} holds codes the method profile does not know for {what}: {codes}. Known codes: {known}. Reclassify the layer, declare the codes' cells as nodata, or add the codes to the profile.</source>
            <translation>图层 {layer} 含有方法配置中{what}未定义的代码：{codes}。已知代码：{known}。请重分类该图层、将这些代码的像元设为无数据，或在方法配置中补充这些代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="210" />
            <source>Layer {layer} has {n} band(s); band {band} was asked for.</source>
            <translation>图层 {layer} 有 {n} 个波段，但请求的是第 {band} 波段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="217" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准后再使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="234" />
            <source>Layer {layer} does not overlap the analysis grid: its extent is {ext} in {crs}, the grid covers {grid} in {gcrs}. Check the layer's CRS (a wrong CRS puts a layer elsewhere) and that it covers the study area.</source>
            <translation>图层 {layer} 与分析格网不重叠：其范围为 {ext}（{crs}），格网范围为 {grid}（{gcrs}）。请检查图层坐标系（坐标系错误会使图层落到别处）以及它是否覆盖研究区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="245" />
            <source>{layer}: read as is (already on the analysis grid).</source>
            <translation>{layer}：直接读取（已位于分析格网上）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="248" />
            <source>{layer}: read as is at an offset of {dx}, {dy} cells (same CRS and cells as the analysis grid).</source>
            <translation>{layer}：按 {dx}, {dy} 个像元的偏移直接读取（坐标系和像元与分析格网相同）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="274" />
            <source>It covers {pct:.1f} % of the grid extent; cells beyond it are nodata.</source>
            <translation>其覆盖格网范围的 {pct:.1f} %；范围外的像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="326" />
            <source>Layer {layer} cannot be reprojected to the analysis grid: {detail}. Check its CRS.</source>
            <translation>图层 {layer} 无法重投影到分析格网：{detail}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="329" />
            <source>{layer}: reprojected/resampled from {crs} (cells {cells}) to the analysis grid with {method} ({kind} input).</source>
            <translation>{layer}：由 {crs}（像元 {cells}）以{method}重投影/重采样到分析格网（{kind}输入）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="333" />
            <source>categorical</source>
            <translation>分类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="333" />
            <source>continuous</source>
            <translation>连续型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="36" />
            <source>nearest neighbour</source>
            <translation>最邻近法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="360" />
            <source>Layer {layer} holds the value {value:g} but declares no nodata value; it looks like an undeclared nodata marker. Declare it (Layer Properties ▸ Transparency ▸ No data value, or gdal_edit.py -a_nodata {value:g}) and run again.</source>
            <translation>图层 {layer} 含有值 {value:g}，但未声明无数据值；该值看起来是未声明的无数据标记。请声明它（图层属性 ▸ 透明度 ▸ 无数据值，或 gdal_edit.py -a_nodata {value:g}）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="369" />
            <source>declare it as the nodata value (gdal_edit.py -a_nodata {value:g})</source>
            <translation>请将其声明为无数据值（gdal_edit.py -a_nodata {value:g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="37" />
            <source>bilinear interpolation</source>
            <translation>双线性插值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="371" />
            <source>check the layer's unit and its nodata value</source>
            <translation>请检查图层的单位和无数据值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" line="372" />
            <source>Layer {layer} holds the value {value:g}, outside the plausible range {lo:g} … {hi:g} of this input. If it marks missing data, {hint}; otherwise check that the right layer was chosen.</source>
            <translation>图层 {layer} 含有值 {value:g}，超出该输入的合理范围 {lo:g} … {hi:g}。如果它表示缺失数据，{hint}；否则请检查是否选错了图层。</translation>
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
            <location filename="../cc_warning_plugin/raster/output.py" line="102" />
            <source>Output {name}: value {value} does not fit the {type} raster type (range {lo} … {hi}). Use class values inside that range in the method profile.</source>
            <translation>输出 {name}：值 {value} 超出 {type} 栅格类型的取值范围（{lo} … {hi}）。请在方法配置中使用该范围内的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="109" />
            <source>Output {name}: the nodata value {value} is also a class value of {key}. Choose class values that differ from the nodata value.</source>
            <translation>输出 {name}：无数据值 {value} 同时是 {key} 的分类值。请选择与无数据值不同的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="126" />
            <source>Output folder {path} cannot be created: {detail}</source>
            <translation>无法创建输出文件夹 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="137" />
            <source>Output {name} cannot be created in {path}: {detail}. Check that the folder is writable.</source>
            <translation>无法在 {path} 中创建输出 {name}：{detail}。请检查该文件夹是否可写。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="274" />
            <source>Not enough free disk space in {path}: the outputs of this run need up to {need} (their uncompressed size), {free} is free. Free some space, choose an output folder on another disk, or use a coarser cell size or a smaller extent.</source>
            <translation>{path} 磁盘剩余空间不足：本次运行的输出最多需要 {need}（未压缩大小），当前剩余 {free}。请释放空间、选择其他磁盘上的输出文件夹，或采用更粗的像元大小或更小的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="319" />
            <source>Output {name}: {path} is not a GeoTIFF file name. The evaluations write GeoTIFF; give a file name ending in .tif.</source>
            <translation>输出 {name}：{path} 不是 GeoTIFF 文件名。评价结果以 GeoTIFF 格式写出，请给出以 .tif 结尾的文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="325" />
            <source>Output {name} would overwrite the input {path}. Inputs are never modified: choose another output file.</source>
            <translation>输出 {name} 将覆盖输入 {path}。输入数据绝不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" line="331" />
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
            <location filename="../cc_warning_plugin/report/charts.py" line="161" />
            <source>Annual change rate (%)</source>
            <translation>年均变化率（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/charts.py" line="162" />
            <source>Trend components</source>
            <translation>耗损过程分项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="107" />
            <source>Cause analysis per unit</source>
            <translation>各评价单元成因解析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="113" />
            <source>Cause: {cause}</source>
            <translation>成因：{cause}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="114" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="114" />
            <source>Index</source>
            <translation>指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="114" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="126" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="136" />
            <source>Prepared by: {org}</source>
            <translation>编制单位：{org}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="137" />
            <source>Date: {date}</source>
            <translation>日期：{date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="139" />
            <source>Evaluation year: {year}</source>
            <translation>评价年份：{year}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="140" />
            <source>Method profile: {name} ({id} {version})</source>
            <translation>方法配置：{name}（{id} {version}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="145" />
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="146" />
            <source>{n} evaluation units in '{layer}'.</source>
            <translation>“{layer}”中共 {n} 个评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="157" />
            <source>{n} unit(s) hold class codes the method profile does not know ({codes}); they are drawn grey and counted as unclassified.</source>
            <translation>{n} 个单元的等级代码不在方法配置中（{codes}），以灰色显示并计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="165" />
            <source>Units and area per class</source>
            <translation>各等级评价单元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="167" />
            <source>Index, class and note per unit</source>
            <translation>各评价单元指数、等级与说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="175" />
            <source>Trend components per unit</source>
            <translation>各评价单元耗损过程分项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="177" />
            <source>Composite result per unit</source>
            <translation>各评价单元集成评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="182" />
            <source>Element indices per unit</source>
            <translation>各评价单元要素指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="189" />
            <source>Map: {title}</source>
            <translation>地图：{title}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="191" />
            <source>{n} cell(s) hold values the class set does not know ({codes}); they are counted as unclassified.</source>
            <translation>{n} 个像元的值不在等级集中（{codes}），计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="194" />
            <source>Class distribution: {title}</source>
            <translation>等级分布：{title}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="196" />
            <source>Cells and area per class</source>
            <translation>各等级像元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="202" />
            <source>Map: change of the warning level</source>
            <translation>地图：预警等级变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="204" />
            <source>Units per change</source>
            <translation>各变化类型的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="205" />
            <source>Change per unit</source>
            <translation>各评价单元变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="214" />
            <source>Provenance</source>
            <translation>数据来源与过程记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="215" />
            <source>Method profile {id} {version} ({source}).</source>
            <translation>方法配置 {id} {version}（{source}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="219" />
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="76" />
            <source>Composite evaluation</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" line="83" />
            <source>Process evaluation</source>
            <translation>过程评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="17" />
            <source>No output path given.</source>
            <translation>未指定输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="20" />
            <source>Output {path} is a folder. Give a file name.</source>
            <translation>输出 {path} 是一个文件夹。请给出文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="22" />
            <source>Output {path} must end in {ext}.</source>
            <translation>输出 {path} 的扩展名必须是 {ext}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="25" />
            <source>Cannot write {path}: the folder {folder} does not exist. Create it or choose another output path.</source>
            <translation>无法写出 {path}：文件夹 {folder} 不存在。请先创建，或选择其他输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="30" />
            <source>Cannot write {path}: no permission to write there. Choose another output path.</source>
            <translation>无法写出 {path}：没有写入权限。请选择其他输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" line="51" />
            <source>Writing {path} failed: nothing was written.</source>
            <translation>写出 {path} 失败：未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/layers.py" line="43" />
            <source>Layer '{layer}' is neither a vector nor a raster layer.</source>
            <translation>图层“{layer}”既不是矢量图层也不是栅格图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/layers.py" line="50" />
            <source>Layer '{layer}' has no features: there is nothing to map. Choose a result with evaluation units.</source>
            <translation>图层“{layer}”没有要素，无可制图内容。请选择含有评价单元的结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/raster_stats.py" line="58" />
            <source>Raster '{layer}' cannot be opened ({path}). Check that the file exists and is a raster.</source>
            <translation>无法打开栅格“{layer}”（{path}）。请检查文件是否存在且为栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/raster_stats.py" line="74" />
            <source>Raster '{layer}': rows {y0}–{y1} cannot be read.</source>
            <translation>栅格“{layer}”：无法读取第 {y0}–{y1} 行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="117" />
            <source>Method profile {source}: there is no class set '{key}'. Use a profile that defines it (the one the result was made with).</source>
            <translation>方法配置 {source}：没有等级集“{key}”。请使用定义了它的方法配置（即生成该结果时所用的配置）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="128" />
            <source>Method profile {source}: class set '{key}' lists no classes: give 'order' or 'values'.</source>
            <translation>方法配置 {source}：等级集“{key}”没有列出等级：请给出 'order' 或 'values'。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="133" />
            <source>Method profile {source}: '{key}.codes' must have one entry per value ({n}), found {m}.</source>
            <translation>方法配置 {source}：“{key}.codes”的条目数必须与值的个数相同（{n}），实际为 {m}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="148" />
            <source>Method profile {source}: class '{code}' of class set '{key}' has no colour. Add it (label_zh, label_en, color).</source>
            <translation>方法配置 {source}：等级集“{key}”中的等级“{code}”没有颜色。请补充（label_zh、label_en、color）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="254" />
            <source>Layer '{layer}' is not an evaluation result: it has none of the class fields {fields}. Choose a layer written by a cc_warning evaluation (for example integrated_warning), or name the class field and its class set.</source>
            <translation>图层“{layer}”不是评价结果：没有任何等级字段 {fields}。请选择由 cc_warning 评价算法写出的图层（例如 integrated_warning 的输出），或指定等级字段及其等级集。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="269" />
            <source>Layer '{layer}' has no field '{field}'. Fields: {fields}.</source>
            <translation>图层“{layer}”没有字段“{field}”。现有字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="281" />
            <source>Raster '{layer}' is not a class raster of an evaluation: band {band} has no {meta} metadata naming its class set. Choose a raster written by a cc_warning 双评价 algorithm.</source>
            <translation>栅格“{layer}”不是评价分级栅格：第 {band} 波段没有注明等级集的 {meta} 元数据。请选择由 cc_warning 双评价算法写出的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="289" />
            <source>Raster '{layer}' names the class set '{key}', which the method profile cannot give: {detail} Choose the profile the raster was made with.</source>
            <translation>栅格“{layer}”注明的等级集“{key}”在方法配置中无法取得：{detail} 请选择生成该栅格时所用的方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="36" />
            <source>Land-use efficiency change rate</source>
            <translation>土地资源利用效率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="37" />
            <source>Water-use efficiency change rate</source>
            <translation>水资源利用效率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="38" />
            <source>COD emission-intensity change rate</source>
            <translation>化学需氧量排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="383" />
            <source>empty</source>
            <translation>空值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="39" />
            <source>NH3-N emission-intensity change rate</source>
            <translation>氨氮排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="40" />
            <source>SO2 emission-intensity change rate</source>
            <translation>二氧化硫排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="41" />
            <source>NOx emission-intensity change rate</source>
            <translation>氮氧化物排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" line="42" />
            <source>Forest and grass cover change rate</source>
            <translation>林草覆盖率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="153" />
            <source>Layer '{layer}', {row}: the unit key field '{field}' is empty. Fill it, or choose another key field.</source>
            <translation>图层“{layer}”，{row}：单元代码字段“{field}”为空。请填写，或选择其他代码字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="157" />
            <source>Layer '{layer}': the unit key '{key}' (field '{field}') occurs more than once. Each unit must appear once per period.</source>
            <translation>图层“{layer}”：单元代码“{key}”（字段“{field}”）出现了不止一次。每期中每个单元只能出现一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="185" />
            <source>not in the earlier result '{layer}'</source>
            <translation>不在前期结果“{layer}”中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="189" />
            <source>not in the later result '{layer}'</source>
            <translation>不在后期结果“{layer}”中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="195" />
            <source>class '{code}' cannot be ranked</source>
            <translation>等级“{code}”无法排序</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="210" />
            <source>Both results are of the year {year} ('{before}' and '{after}'). Choose results of two different years.</source>
            <translation>两期结果都是 {year} 年的（“{before}”和“{after}”）。请选择不同年份的两期结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="215" />
            <source>The earlier result '{before}' is of {y1}, later than the later result '{after}' ({y2}). Swap the two layers.</source>
            <translation>前期结果“{before}”为 {y1} 年，晚于后期结果“{after}”（{y2} 年）。请交换两个图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" line="50" />
            <source>Cells</source>
            <translation>像元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="110" />
            <source>{title} (% per year)</source>
            <translation>{title}（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="127" />
            <source>Earlier ({layer})</source>
            <translation>前期（{layer}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="128" />
            <source>Later ({layer})</source>
            <translation>后期（{layer}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="130" />
            <source>Levels moved</source>
            <translation>变化级数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="131" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="137" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="54" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="77" />
            <source>Cause</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="79" />
            <source>Elements causing the class</source>
            <translation>致警要素</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" line="92" />
            <source>{title} (dimensionless)</source>
            <translation>{title}（无量纲）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="152" />
            <source>Other land-use codes</source>
            <translation>其他地类代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="169" />
            <source>Layer '{layer}' is not a raster: the local base map must be a raster or MBTiles file.</source>
            <translation>图层“{layer}”不是栅格：本地底图必须是栅格或 MBTiles 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="179" />
            <source>Layer '{layer}' cannot be drawn as {role}: it needs polygon or line features.</source>
            <translation>图层“{layer}”不能作为{role}绘制：需要面或线要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="50" />
            <source>its data provider '{provider}' reads from a server</source>
            <translation>其数据提供者“{provider}”从服务器读取数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="58" />
            <source>its source is a web address</source>
            <translation>其数据源是网络地址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="65" />
            <source>Layer '{layer}' cannot be a base-map layer: {reason}. The warning map works offline; use the bureau's own files (GeoPackage, shapefile, GeoTIFF or MBTiles).</source>
            <translation>图层“{layer}”不能作为底图图层：{reason}。预警图完全离线制作，请使用本单位的本地文件（GeoPackage、shapefile、GeoTIFF 或 MBTiles）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" line="76" />
            <source>Layer '{layer}' is in {crs}; it is reprojected on the fly to the map's {target}.</source>
            <translation>图层“{layer}”的坐标系为 {crs}，已实时投影到地图的 {target}。</translation>
        </message>
    </context>
</TS>
