<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cc_warning</name>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}: required field '{field}' is missing. Add a column named one of: {names}.</source>
            <translation>{layer}：缺少必需字段“{field}”。请添加列，列名为以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: field '{field}' is empty. Give one of {codes}.</source>
            <translation>{layer}，{row}：字段“{field}”为空。请填写以下之一：{codes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: field '{field}' holds {value!r}; expected one of {codes} (the code written by the evaluation, not its label).</source>
            <translation>{layer}，{row}：字段“{field}”的值为 {value!r}，应为以下代码之一：{codes}（评价写出的代码，而非其名称）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>Special evaluation</source>
            <translation>专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: field '{field}' is empty. Give a date as YYYY-MM-DD.</source>
            <translation>{layer}，{row}：字段“{field}”为空。请按 YYYY-MM-DD 填写日期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: field '{field}' holds {value!r}, which is not a date. Write it as YYYY-MM-DD (e.g. 2026-06-30).</source>
            <translation>{layer}，{row}：字段“{field}”的值 {value!r} 不是日期。请写成 YYYY-MM-DD（如 2026-06-30）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: the period (year) is empty. Give the year the result belongs to.</source>
            <translation>{layer}，{row}：时期（年份）为空。请填写结果所属的年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/common.py" />
            <source>{layer}, {row}: field '{field}' holds {value!r}, which is not a number. Enter the number (without units) or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”的值为 {value!r}，不是数字。请填写数字（不带单位），或将该单元格留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{layer}: the rows belong to several periods ({periods}). Give the results of one period.</source>
            <translation>{layer}：各行属于多个时期（{periods}）。请只给出一个时期的结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{role} ({layer})</source>
            <translation>{role}（{layer}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source> … ({n} more)</source>
            <translation> …（另有 {n} 个）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{a} and {b} share no unit code: {a} has {na} unit(s) ({ca}), {b} has {nb} ({cb}). Both must be results of the same units (the same level: county codes on both sides, or township codes on both sides) and of the same area.</source>
            <translation>{a} 与 {b} 没有相同的单元代码：{a} 有 {na} 个单元（{ca}），{b} 有 {nb} 个（{cb}）。两者必须是同一批单元的评价结果（同一级别：两边均为县级代码，或均为乡镇代码），且属于同一区域。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>County self-assessment</source>
            <translation>县级自评</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>City evaluation</source>
            <translation>市级评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{layer}: the table has no rows (only a header): there is no unit to compare. Give the result with one row per unit.</source>
            <translation>{layer}：该表没有数据行（只有表头）：没有可比对的单元。请提供每个单元一行的评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>The two results are of different periods: {a} is {pa}, {b} is {pb}. Compare the county's and the city's results of the same period.</source>
            <translation>两个结果的时期不同：{a} 为 {pa}，{b} 为 {pb}。请比较同一时期的县级和市级结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>The two results do not hold the same units: only in {a}: {la}; only in {b}: {lb}. Compare results of the same units (filter the city's result to the county's units).</source>
            <translation>两个结果的评价单元不一致：仅在{a}中：{la}；仅在{b}中：{lb}。请比较相同单元的结果（将市级结果筛选为该县的单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{layer} (inputs)</source>
            <translation>{layer}（输入数据）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>Overload type</source>
            <translation>超载类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>Depletion trend</source>
            <translation>资源环境耗损趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>Warning level</source>
            <translation>预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{element} class</source>
            <translation>{element}等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{layer}, {row}: unit {code!r} item {item!r} is not a disagreement of the cross-check. Disagreements: {items}.</source>
            <translation>{layer}，{row}：单元 {code!r} 的事项 {item!r} 不是协同校验中的不一致项。不一致项：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{layer}: no period: the rows have no year field and none was given. Give the period (year) of the result.</source>
            <translation>{layer}：缺少时期：各行没有年份字段，也未指定时期。请给出结果的时期（年份）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>Warning result</source>
            <translation>预警评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>History</source>
            <translation>历史结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{layer}: the table has no rows (only a header): there is no unit to give measures to. Give the warning result with one row per unit.</source>
            <translation>{layer}：该表没有数据行（只有表头）：没有可确定管控措施的单元。请提供每个单元一行的预警评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{layer}, {row}: the unit code is empty.</source>
            <translation>{layer}，{row}：单元代码为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{layer}: unit {code} has two rows for period {period} ({first} and {second}). Keep one.</source>
            <translation>{layer}：单元 {code} 在时期 {period} 有两行（{first} 和 {second}）。请保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{before} → {after}, treated as {level}</source>
            <translation>{before} → {after}，按{level}处理</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{level} in {n} consecutive periods</source>
            <translation>连续 {n} 期{level}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>the same level in {n} consecutive periods</source>
            <translation>连续 {n} 期保持同一等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>Warning level {level}, {load}</source>
            <translation>预警等级{level}，{load}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{element} {cls}</source>
            <translation>{element}{cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>elements: {items}</source>
            <translation>致警要素：{items}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>not compared with {period}</source>
            <translation>无法与 {period} 年比较</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{change} since {period} (was {before})</source>
            <translation>较 {period} 年{change}（原为{before}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>no earlier period</source>
            <translation>无上期结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>has no condition: give at least one of {keys}.</source>
            <translation>没有任何条件：请至少给出 {keys} 之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>needs both 'element' and 'element_classes' (the classes of that element the entry applies to), or neither.</source>
            <translation>“element”和“element_classes”（该条目适用的该要素等级）须同时给出或同时省略。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>is not a valid text template ({detail}); write placeholders as {{county}} and a literal brace as {{{{.</source>
            <translation>不是有效的文本模板（{detail}）；占位符写作 {{county}}，字面花括号写作 {{{{。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>placeholders among {names}</source>
            <translation>以下占位符之一：{names}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>a key of statuses ({names})</source>
            <translation>statuses 中的一个键（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>repeats the code {code!r} of {group}[{first}]: codes must be unique.</source>
            <translation>与 {group}[{first}] 的代码 {code!r} 重复：代码必须唯一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>repeats the code {code!r} of rules[{first}]: codes must be unique.</source>
            <translation>与 rules[{first}] 的代码 {code!r} 重复：代码必须唯一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>is missing.</source>
            <translation>缺失。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>{item!r} is also listed in public.internal: an internal item cannot be published. Remove it from one of the two lists.</source>
            <translation>{item!r} 同时列在 public.internal 中：内部事项不能公开。请从两个列表之一中删除。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>'cause_text' quotes the element indices, which public.internal lists as 'indices': publish 'cause_elements' instead, or remove 'indices' from public.internal.</source>
            <translation>“cause_text”引用了要素指数，而 public.internal 将“indices”列为内部事项：请改为公开“cause_elements”，或从 public.internal 中删除“indices”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/profile_schema.py" />
            <source>a code of '{set}' ({codes})</source>
            <translation>“{set}”中的代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/reminders.py" />
            <source>{layer}, {row}: status {value!r} is not known. Use one of: {names}.</source>
            <translation>{layer}，{row}：状态 {value!r} 无法识别。请使用以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/sidecar.py" />
            <source>{layer}: column '{zh}' ({en}) is missing.</source>
            <translation>{layer}：缺少列“{zh}”（{en}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/sidecar.py" />
            <source>{path}: a sidecar table must be .xlsx or .csv.</source>
            <translation>{path}：附表必须是 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/sidecar.py" />
            <source>Table {path} does not exist.</source>
            <translation>表格 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/sidecar.py" />
            <source>Cannot write {path}: the folder {folder} does not exist.</source>
            <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: the columns {columns} all mean '{field}'. Keep one of them.</source>
            <translation>{layer}：列 {columns} 都表示“{field}”。请只保留其中一列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: column '{field}' is missing. Name it one of: {names}.</source>
            <translation>{layer}：缺少列“{field}”。列名可为以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: indicator {value!r} is not known. Use one of: {known} — or add it to targets.indicators of the method profile.</source>
            <translation>{layer}，{row}：指标 {value!r} 无法识别。请使用以下之一：{known}——或将其加入方法配置的 targets.indicators。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: direction {value!r} is not known. Use one of: {names}.</source>
            <translation>{layer}，{row}：目标方向 {value!r} 无法识别。请使用以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: {field} must be a year (a whole number), found {value!r}.</source>
            <translation>{layer}，{row}：{field} 应为年份（整数），实为 {value!r}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: {field} is empty. Give a number.</source>
            <translation>{layer}，{row}：{field} 为空。请填写数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer} holds no targets.</source>
            <translation>{layer} 中没有目标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: the region is empty. Give the code of the unit or region the target is set for.</source>
            <translation>{layer}，{row}：区域为空。请填写目标所针对的单元或区域代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}, {row}: the target year {target} is not after the baseline year {base}. Correct one of the two.</source>
            <translation>{layer}，{row}：目标年 {target} 不晚于基准年 {base}。请更正其中之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: {row} repeats the target of {first} (same indicator, region and target year). Keep one.</source>
            <translation>{layer}：{row} 与 {first} 的目标重复（指标、区域和目标年相同）。请保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: the table has no rows (only a header). Give the observations, one row per region, indicator and year.</source>
            <translation>{layer}：该表没有数据行（只有表头）。请提供观测值，每个区域、指标和年份一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: {row} repeats the observation of {first} (same region, indicator and year). Keep one.</source>
            <translation>{layer}：{row} 与 {first} 的监测值重复（区域、指标和年份相同）。请保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{layer}: none of its {n} rows has a value in column {column}. Fill in the observed values (or check that this column holds them).</source>
            <translation>{layer}：全部 {n} 行在列 {column} 中都没有数值。请填写观测值（或检查该列是否为数值列）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>{path} cannot be read as TOML: {detail}</source>
            <translation>{path} 无法按 TOML 读取：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>[[target]] {n}</source>
            <translation>第 {n} 个 [[target]]</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>no observation in the target year {year}; {used} used</source>
            <translation>目标年 {year} 无监测值，采用 {used} 年数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>Attained</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>On track</source>
            <translation>进度正常</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>Off track</source>
            <translation>进度滞后</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>Missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/targets.py" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>must have one entry more than 'class_breaks' ({n}), found {m}.</source>
            <translation>应比“class_breaks”多一项（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>names a class set that [dual.classes] does not have: {name}.</source>
            <translation>指定的类别集在 [dual.classes] 中不存在：{name}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>a code of dual.classes.{set} ({codes})</source>
            <translation>dual.classes.{set} 中的代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>is missing: kind = "codes" needs a list of {code, score}.</source>
            <translation>缺失：kind = "codes" 需要 {code, score} 列表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>at most max_score ({max})</source>
            <translation>不大于 max_score（{max}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>is missing: kind = "{kind}" needs breaks, closed and scores.</source>
            <translation>缺失：kind = "{kind}" 需要 breaks、closed 和 scores。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>repeat a factor key: every factor needs its own key.</source>
            <translation>因子键重复：每个因子须有自己的键。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/profile_schema.py" />
            <source>has more than 254 factors (the cause raster is Byte).</source>
            <translation>因子超过 254 个（成因栅格为 Byte 类型）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/screen.py" />
            <source>Construction-suitability screen: the factor {name} needs the raster '{input}'. Give it, or set required = false for this factor in [construction_screen.factors] of the method profile.</source>
            <translation>建设开发适宜性筛查：因子“{name}”需要栅格“{input}”。请提供该栅格，或在方法配置的 [construction_screen.factors] 中将该因子设为 required = false。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/screen.py" />
            <source>Construction-suitability screen: no factor raster given. Give at least the DEM (slope) or one of the factor layers.</source>
            <translation>建设开发适宜性筛查：未提供任何因子栅格。请至少提供 DEM（用于坡度）或其中一个因子图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/screen.py" />
            <source>Factors left out (no layer given): {names}</source>
            <translation>未参与的因子（未提供图层）：{names}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/construction/screen.py" />
            <source>no limiting factor</source>
            <translation>无限制因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/crs.py" />
            <source>{layer} has no coordinate reference system, so {purpose} cannot be computed. Set its CRS (Layer Properties ▸ Source), e.g. a CGCS2000 Gauss–Krüger zone (EPSG:4513–4554).</source>
            <translation>{layer} 没有坐标参照系，无法计算{purpose}。请设置其坐标系（图层属性 ▸ 源），如 CGCS2000 高斯–克吕格投影带（EPSG:4513–4554）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/crs.py" />
            <source>{layer} uses a geographic CRS ({crs}), in degrees, so {purpose} cannot be computed from it. Reproject the layer to a projected CRS such as the CGCS2000 3-degree Gauss–Krüger zone of the area (EPSG:4513–4554) and run again.</source>
            <translation>{layer} 使用地理坐标系（{crs}），单位为度，无法据此计算{purpose}。请将图层重投影到投影坐标系，如所在地区的 CGCS2000 3 度带高斯–克吕格投影（EPSG:4513–4554）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>needs exactly one of 'set' (a level) or 'shift' (levels to move, + = worse).</source>
            <translation>必须且只能有 'set'（设为某一等级）或 'shift'（移动的等级数，+ 表示变差）之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: kind = "codes" needs a list of {code, level}.</source>
            <translation>缺失：kind = "codes" 需要 {code, level} 列表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: kind = "breaks" needs breaks, closed and levels.</source>
            <translation>缺失：kind = "breaks" 需要 breaks、closed 和 levels。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>needs at least one condition.</source>
            <translation>至少需要一个条件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>names an input the step does not declare in 'inputs' ({names}).</source>
            <translation>引用了本步骤 'inputs' 中未声明的输入（{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: every level 1–5 needs a class.</source>
            <translation>缺失：等级 1–5 都必须对应一个分区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a code of dual.classes.suitability_2</source>
            <translation>dual.classes.suitability_2 中的一个代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a value of class set 'importance' ({values})</source>
            <translation>分类集 'importance' 中的一个值（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class code of dual.classes.{set} ({codes})</source>
            <translation>dual.classes.{set} 中的分类代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is not a land-cover code: the keys of this table are integer codes (e.g. 1 = 0.0267).</source>
            <translation>不是土地覆被代码：此表的键应为整数代码（如 1 = 0.0267）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must have one entry per value ({n}), found {m}.</source>
            <translation>必须与 values 一一对应（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>lists code {code}, which also has a runoff coefficient in [dual.ecology.runoff_coefficients]. Keep a code in one of the two.</source>
            <translation>列出了代码 {code}，但该代码在 [dual.ecology.runoff_coefficients] 中也有径流系数。一个代码只能出现在两者之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: every class of dual.classes.vulnerability needs the importance class it counts as.</source>
            <translation>缺失：dual.classes.vulnerability 的每个类别都需要指定其视同的重要性类别。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class code of dual.classes.vulnerability ({codes})</source>
            <translation>dual.classes.vulnerability 中的分类代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: every importance class needs a row.</source>
            <translation>缺失：每个重要性类别都需要一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must not repeat a value.</source>
            <translation>值不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class code of dual.classes.importance ({codes})</source>
            <translation>dual.classes.importance 中的分类代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must not repeat a code.</source>
            <translation>代码不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class set under [dual.classes] ({names})</source>
            <translation>[dual.classes] 下的一个分类集（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a value of class set '{set}' ({values})</source>
            <translation>分类集 '{set}' 中的一个值（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" />
            <source>climate (光热) matrix</source>
            <translation>光热条件矩阵</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" />
            <source>patch contiguity (连片度) correction</source>
            <translation>地块连片度修正</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/suitability.py" />
            <source>inside the 生态保护极重要区</source>
            <translation>位于生态保护极重要区内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}: the columns {columns} all match '{field}'. Keep one of them or rename the others.</source>
            <translation>{layer}：字段 {columns} 都对应“{field}”。请保留其中一个，或重命名其余字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>land-cover areas</source>
            <translation>土地覆被面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>vegetation cover index from the mean vegetation cover (a proxy, not the standard's NDVI formula)</source>
            <translation>植被覆盖指数由平均植被覆盖度近似计算（并非标准中的 NDVI 公式）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>wet year: water resources counted as {used:.4g} of {given:.4g}</source>
            <translation>丰水年：水资源量按 {used:.4g} 计（原值 {given:.4g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>not evaluated: missing {names}</source>
            <translation>未评价：缺少 {names}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>environmental limit ({limit}): grade {before} → {after}</source>
            <translation>环境限制（{limit}）：等级 {before} → {after}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: unit {unit}: the land-cover areas add up to {total:g} km², more than the unit's area of {area:g} km² (column '{area_column}'). Parts: {parts}. Correct the areas (all in km², each class counted once).</source>
            <translation>{layer}，{row}：单元 {unit}：各土地覆盖类型面积合计 {total:g} km²，大于该单元面积 {area:g} km²（字段“{area_column}”）。各类面积：{parts}。请更正面积（单位均为 km²，每一类只计一次）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>EI inputs</source>
            <translation>EI 输入表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}: unit column '{column}' not found. The table has: {have}.</source>
            <translation>{layer}：未找到单元字段“{column}”。表中字段为：{have}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}: no area column. Add the area of every unit in km² (column 区域面积), or give all five sub-indices.</source>
            <translation>{layer}：缺少面积字段。请添加各单元面积（km²，字段“区域面积”），或直接给出全部五个分指数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer} (base year)</source>
            <translation>{layer}（基准年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: the unit column '{column}' is empty.</source>
            <translation>{layer}，{row}：单元字段“{column}”为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}: unit {unit} is given twice ({a} and {b}). Keep one row per unit.</source>
            <translation>{layer}：单元 {unit} 出现两次（{a} 和 {b}）。每个单元只保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: column '{column}' holds {value!r}, which is not an environmental-limit level ({names}). Leave it empty when there is none.</source>
            <translation>{layer}，{row}：字段“{column}”的值 {value!r} 不是环境限制等级（{names}）。无环境限制时请留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: unit {unit}, column '{column}' holds {value:g}, outside its possible range {low:g} … {high:g} ([eco_index.ranges] {key} of the method profile). Correct the value or leave the cell empty.</source>
            <translation>{layer}，{row}：单元 {unit}，字段“{column}”为 {value:g}，超出其可能取值范围 {low:g} … {high:g}（方法配置 [eco_index.ranges] {key}）。请更正该值或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: column '{column}' is negative ({value:g}). Areas, lengths, loads and indices cannot be negative.</source>
            <translation>{layer}，{row}：字段“{column}”为负值（{value:g}）。面积、长度、排放量和指数不能为负。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>{layer}, {row}: the area must be above 0 km².</source>
            <translation>{layer}，{row}：面积必须大于 0 km²。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/ei.py" />
            <source>no row for this unit in the base-year table</source>
            <translation>基准年表中没有该单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>must be above wet_year_full ({full:g}).</source>
            <translation>必须大于 wet_year_full（{full:g}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>must be [lowest, highest] with lowest &lt; highest, found {found}.</source>
            <translation>必须为 [最小值, 最大值] 且最小值小于最大值，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>must add up to 1, found {sum:g}.</source>
            <translation>之和必须为 1，实际为 {sum:g}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>repeat a class key: every land-cover class is counted once.</source>
            <translation>类别键重复：每个土地覆被类型只能计算一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>names '{k}', which is not a class of [eco_index.habitat_quality]. Use one of: {keys}.</source>
            <translation>指定的“{k}”不是 [eco_index.habitat_quality] 中的类型。请使用以下之一：{keys}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/eco_index/profile_schema.py" />
            <source>must be a class code of [eco_index.grading.level] ({codes}), found {found!r}.</source>
            <translation>必须是 [eco_index.grading.level] 中的等级代码（{codes}），实际为 {found!r}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/encodings.py" />
            <source>{path} cannot be opened as a vector data source.</source>
            <translation>{path} 无法作为矢量数据源打开。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/encodings.py" />
            <source>field {name}</source>
            <translation>字段 {name}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/encodings.py" />
            <source>feature {fid}, field {name}</source>
            <translation>要素 {fid} 的字段 {name}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/encodings.py" />
            <source>line {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}: no {role} column. The table has: {have}. Choose the column, or head it with one of: {accepted}.</source>
            <translation>{layer}：没有{role}列。表中的列为：{have}。请选择该列，或将其表头命名为以下之一：{accepted}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}: no date column, nor year, month and day columns. The table has: {have}. Choose the date column, or head it 日期 / date (or 年, 月, 日).</source>
            <translation>{layer}：没有日期列，也没有年、月、日列。表中的列为：{have}。请选择日期列，或将表头命名为 日期 / date（或 年、月、日）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>station</source>
            <translation>站号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>day</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>precipitation</source>
            <translation>降水量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}, {row}: '{column}' holds {value!r}, which is not a date. Use YYYY-MM-DD (or year, month and day columns).</source>
            <translation>{layer}，{row}：“{column}”的值 {value!r} 不是日期。请使用 YYYY-MM-DD 格式（或分别给出年、月、日字段）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}, {row}: column '{column}' holds {value!r}, which is not a number of millimetres. Enter the daily precipitation, or leave the cell empty for a missing day.</source>
            <translation>{layer}，{row}：字段“{column}”的值 {value!r} 不是以毫米计的数值。请填写日降水量，缺测日请留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}, {row}: column '{column}' is negative ({value:g}). Daily precipitation cannot be negative; a station file's special codes (e.g. trace or missing markers) must be cleaned first.</source>
            <translation>{layer}，{row}：字段“{column}”为负值（{value:g}）。日降水量不能为负；请先清理站点资料中的特征码（如微量、缺测标记）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}, {row}: station {station}, {date}: column '{column}' holds {value} ({mm:g} mm), above the largest possible daily precipitation, {max:g} mm ([erosivity] max_daily_precipitation of the method profile). Correct the value, or set DAILY_RAIN_SCALE if the table is not in millimetres (0.1 for 0.1 mm).</source>
            <translation>{layer}，{row}：站点 {station}，{date}：字段“{column}”为 {value}（{mm:g} mm），超过日降水量可能的最大值 {max:g} mm（方法配置 [erosivity] max_daily_precipitation）。请更正该值；若表中单位不是毫米，请设置 DAILY_RAIN_SCALE（0.1 mm 为单位时填 0.1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>Daily rainfall</source>
            <translation>逐日降雨</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}: column '{column}' not found. The table has: {have}.</source>
            <translation>{layer}：未找到字段“{column}”。表中字段为：{have}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}: name the date column, or the year, month and day columns.</source>
            <translation>{layer}：请指定日期字段，或年、月、日字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{layer}: station {station}, {date} is given twice ({a} and {b}). Keep one row per station and day.</source>
            <translation>{layer}：站点 {station} 的 {date} 出现两次（{a} 和 {b}）。每个站点每天只保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>years left out (days without a value): {years}</source>
            <translation>未参与计算的年份（缺测天数）：{years}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/daily.py" />
            <source>{n} complete year(s); at least {min} are needed for a mean R</source>
            <translation>完整年份 {n} 年；计算多年平均 R 至少需要 {min} 年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/erosivity/profile_schema.py" />
            <source>must not repeat a month.</source>
            <translation>月份不能重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>no value to evaluate ({missing} missing)</source>
            <translation>无可评价的数值（缺少 {missing}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>classed on the values present; missing: {missing}</source>
            <translation>按已有数值定级；缺少：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>missing values could change the class: {missing}</source>
            <translation>缺失数值可能改变等级：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>partial: classed without {missing}</source>
            <translation>部分评价：未计入 {missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}: no pollutant columns found. Expected columns such as: {names}.</source>
            <translation>{layer}：未找到污染物字段。应包含如下字段：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}, {row}: the section code is empty.</source>
            <translation>{layer}，{row}：断面编码为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}: section code {code!r} appears twice ({first} and {second}). Give every section a unique code.</source>
            <translation>{layer}：断面编码 {code!r} 重复出现（{first} 和 {second}）。请为每个断面设置唯一编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}, section {section}: unit code {code!r} is not among the evaluation units. Correct the code or add the unit.</source>
            <translation>{layer}，断面 {section}：评价单元代码 {code!r} 不在评价单元中。请更正代码或补充该评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}, section {section}: water body type {value!r} is not known. Use one of: {names}.</source>
            <translation>{layer}，断面 {section}：无法识别的水体类型 {value!r}。请使用以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}, section {section}: {field} is 0, so its inverted index S/C − 1 is infinite. Check the measurement (use the detection limit if it was below it).</source>
            <translation>{layer}，断面 {section}：{field} 为 0，其倒数形式的超标指数 S/C − 1 为无穷大。请核对监测值（低于检出限时请填检出限）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>Units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>{layer}: no air pollutant columns found and no water sections given. Add columns such as {names}, or give the water sections table.</source>
            <translation>{layer}：未找到大气污染物字段，也未提供水质断面。请添加如 {names} 等字段，或提供水质断面表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>Water sections</source>
            <translation>水质断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>water sections</source>
            <translation>水质断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/exceedance.py" />
            <source>Air standard {std!r} is not in the method profile. Choose one of: {names}.</source>
            <translation>方法配置中没有空气质量标准 {std!r}。请选择以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/gdal_open.py" />
            <source>Raster {layer} ({path}): rows {y0}–{y1} cannot be read; the file is damaged or incomplete. Copy or export the raster again and run again.</source>
            <translation>栅格 {layer}（{path}）：无法读取第 {y0}–{y1} 行，文件已损坏或不完整。请重新复制或导出该栅格后再运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>Input table</source>
            <translation>输入表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}: the columns {columns} all match the field '{field}' ({title}). Keep one of them or rename the others.</source>
            <translation>{layer}：字段 {columns} 均对应指标“{field}”（{title}）。请只保留其中一个，或将其余字段改名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}: required field '{field}' ({title}) is missing. Add a column named one of: {names}.</source>
            <translation>{layer}：缺少必需字段“{field}”（{title}）。请添加名为以下之一的字段：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}, which is not a number. Enter a number (without units) or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值 {value!r} 不是数字。请填写数字（不带单位）或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>If the table gives a percentage, divide it by 100.</source>
            <translation>如果表中给的是百分数，请除以 100。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) is negative ({value:g}); it cannot be negative (possible range {range}). Correct the value or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）为负值（{value:g}），该量不可能为负（可能取值范围 {range}）。请更正该值或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) is {value:g}, outside its possible range {range}.{hint} Correct the value or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）为 {value:g}，超出其可能取值范围 {range}。{hint}请更正该值或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}; expected yes or no (1/0, 是/否).</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值为 {value!r}；应为是或否（1/0、是/否）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/invest/profile_schema.py" />
            <source>must have one entry per break ({n}) — the steepest interval takes m_steep — found {m}.</source>
            <translation>应与断点数相同（{n} 项；最陡区间取 m_steep），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/invest/profile_schema.py" />
            <source>"beta" or a number 0–1</source>
            <translation>"beta" 或 0–1 之间的数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/invest/profile_schema.py" />
            <source>is not a land-cover code: the keys of this table are integer codes.</source>
            <translation>不是土地覆被代码：此表的键应为整数代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/invest/profile_schema.py" />
            <source>must be above omega_min ({v:g}).</source>
            <translation>必须大于 omega_min（{v:g}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/chain.py" />
            <source>evaluation-year tables</source>
            <translation>评价年指标表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/chain.py" />
            <source>base-year tables</source>
            <translation>基准年指标表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/chain.py" />
            <source>results</source>
            <translation>评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/chain.py" />
            <source>no base-year table was given</source>
            <translation>未提供基准年表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/ecology.py" />
            <source>{where}: the degraded area ({deg:g} km²) is larger than the evaluated land area ({area:g} km²). Check the values and their units.</source>
            <translation>{where}：退化土地面积（{deg:g} km²）大于评价区域土地面积（{area:g} km²）。请核对数值及其单位。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/ecology.py" />
            <source>sum of the per-type areas: overlaps between types are not removed, so the index may be too high (give the degradation polygons to dissolve them)</source>
            <translation>按各类型面积相加：类型之间的重叠未扣除，指数可能偏高（提供退化图斑可去除重叠）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/environment.py" />
            <source>{layer}: no air statistics (columns such as {names}), no station data and no water sections were given: nothing to evaluate for the environment element.</source>
            <translation>{layer}：未提供大气年评价统计量（如 {names} 等字段）、站点数据或水质断面，环境要素无可评价内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/environment.py" />
            <source>no air station in this unit: annual statistics taken from the table</source>
            <translation>本单元无空气监测站：年统计量取自指标表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>soil erosion</source>
            <translation>水土流失</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>desertification</source>
            <translation>土地沙化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>salinisation</source>
            <translation>盐渍化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>rocky desertification</source>
            <translation>石漠化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>no overdraft</source>
            <translation>无超采</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>general overdraft</source>
            <translation>一般超采</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>severe overdraft</source>
            <translation>严重超采</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>worst: section {section}, {pollutant}</source>
            <translation>最不利：断面 {section}，{pollutant}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>worst: {pollutant}</source>
            <translation>最不利：{pollutant}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>driven by total water use</source>
            <translation>主要由用水总量引起</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>driven by groundwater use</source>
            <translation>主要由地下水供水量引起</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>mainly {kind}</source>
            <translation>以{kind}为主</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>no result</source>
            <translation>无结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>special evaluation</source>
            <translation>专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{element}: {reason}</source>
            <translation>{element}：{reason}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>Overloaded: {items}.</source>
            <translation>超载：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>Critical: {items}.</source>
            <translation>临界超载：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>Not evaluated: {items}.</source>
            <translation>无法评价：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>Also not evaluated (cannot change the result): {items}.</source>
            <translation>另有无法评价的要素（不影响结果）：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>No element is overloaded or critical.</source>
            <translation>各要素均不超载、不临界超载。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{type}; worse than the national rate: {groups}.</source>
            <translation>{type}；差于全国平均的方面：{groups}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>Depletion trend not evaluated: {reason}.</source>
            <translation>资源环境耗损无法评价：{reason}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{index} {value}</source>
            <translation>{index} {value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{values}, {detail}</source>
            <translation>{values}，{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{element} ({values})</source>
            <translation>{element}（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>{where}: field '{field}' holds {value!r}; expected one of {codes} (the code written by the element algorithms, not the label).</source>
            <translation>{where}：字段“{field}”的值为 {value!r}；应为 {codes} 之一（即要素算法写出的代码，而非标签）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>run the element and trend algorithms first and give their results</source>
            <translation>请先运行各要素评价和过程评价算法并提供其结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>the special evaluation given is {given}, but the 主体功能区 type calls for {expected}</source>
            <translation>所给专项评价为 {given}，但该主体功能区类型对应的是 {expected}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/integration.py" />
            <source>no special evaluation result</source>
            <translation>无专项评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/land.py" />
            <source>{where}: the construction land area ({constr:g} km²) is larger than the evaluated land area ({area:g} km²). Check both values and their units.</source>
            <translation>{where}：建设用地面积（{constr:g} km²）大于评价区域土地面积（{area:g} km²）。请核对两个数值及其单位。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/land.py" />
            <source>{where}: {title} is {value:g}, but L0 is a share of the land area (0–1). If the table gives a percentage, divide it by 100.</source>
            <translation>{where}：{title} 为 {value:g}，但 L0 是占土地面积的比例（0–1）。如表中为百分数，请除以 100。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>at most the number of {name}_components ({n})</source>
            <translation>不超过 {name}_components 的个数（{n}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is missing: a percentile statistic needs p.</source>
            <translation>缺失：百分位数统计需要 p。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is missing: the matrix needs a row for every load class.</source>
            <translation>缺失：矩阵需要为每个超载类型设一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is missing: every row needs a colour for every trend type.</source>
            <translation>缺失：每一行都需要为每种耗损类型给出预警颜色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>a standard under [standards.air] ({names})</source>
            <translation>[standards.air] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>a standard under [standards.water] ({names})</source>
            <translation>[standards.water] 下的标准（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>one of the classes of {std} ({classes})</source>
            <translation>{std} 的水质类别之一（{classes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is missing: air_pollutants lists it.</source>
            <translation>缺失：air_pollutants 中列出了该项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>a parameter of {std}</source>
            <translation>{std} 中的项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>one of air_pollutants ({names})</source>
            <translation>air_pollutants 之一（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is missing: elements.environment.stations.exceed_days uses it.</source>
            <translation>缺失：elements.environment.stations.exceed_days 用到了该项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>is black_grey, but special.black_grey has no tables for a zone named '{zone}' (it has: {names}).</source>
            <translation>为 black_grey，但 special.black_grey 中没有名为“{zone}”的功能区的阈值表（现有：{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>must have one entry more than 'l_breaks'.</source>
            <translation>应比“l_breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>must have one entry more than 'den_breaks'.</source>
            <translation>应比“den_breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>must have one entry more than 'breaks'.</source>
            <translation>应比“breaks”多一项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/rows.py" />
            <source>The tables of this run are kept in a temporary file in {folder}, which cannot be written ({reason}). Free some space there, or set the TMPDIR environment variable to a folder with room and start QGIS again.</source>
            <translation>本次运行的表格暂存在 {folder} 中的临时文件里，但该文件无法写入（{reason}）。请在该处腾出空间，或将环境变量 TMPDIR 设为一个有空间的文件夹后重新启动 QGIS。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{where}: 农产品主产区 type {value!r} is not known. Use 种植业 or 牧业 (or another agricultural entry of function_zones in the method profile).</source>
            <translation>{where}：无法识别的农产品主产区类型 {value!r}。请使用 种植业 或 牧业（或方法配置 function_zones 中的其他农业类型）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{where}: the severely black-odorous length ({severe:g} m) is longer than the measured black-odorous length ({length:g} m). Check both values.</source>
            <translation>{where}：重度黑臭水体长度（{severe:g} m）大于黑臭水体实测长度（{length:g} m）。请核对两个数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>classed on the values present (the missing ones cannot change it); missing: {missing}</source>
            <translation>按已有数值定级（缺失数值不会改变结果）；缺少：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{field} of the base year</source>
            <translation>基准年{field}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>rule and thresholds unverified (method profile defaults)</source>
            <translation>规则和阈值未经核实（方法配置默认值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>the 主体功能区 type is missing, so the special evaluation to apply is unknown; add the field {field}</source>
            <translation>缺少主体功能区类型，无法确定应开展的专项评价；请添加字段 {field}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>not applicable: the 主体功能区 type {zone} calls for {special}</source>
            <translation>不适用：主体功能区类型 {zone} 对应的是 {special}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{where}: the 水气环境黑灰指数 needs the 主体功能区 type (优化开发区域 or 重点开发区域) to choose its thresholds; the unit has {value!r}.</source>
            <translation>{where}：水气环境黑灰指数需要主体功能区类型（优化开发区域或重点开发区域）来选择阈值；该单元为 {value!r}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>no 农产品主产区 sub-type ({field}) given: evaluated as {zone}</source>
            <translation>未给出农产品主产区类型（{field}）：按{zone}评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>air {grade} ({days:g} PM2.5 exceedance days)</source>
            <translation>大气{grade}（PM2.5 超标 {days:g} 天）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>water {grade} (density {den:.0f} m/km², severe share {share:.2f})</source>
            <translation>水{grade}（密度 {den:.0f} m/km²，重度比例 {share:.2f}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{where}: 主体功能区 type {value!r} is not known. Use one of: {names} (or add it to function_zones in the method profile).</source>
            <translation>{where}：无法识别的主体功能区类型 {value!r}。请使用以下之一：{names}（或在方法配置的 function_zones 中添加）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>Year mismatch: the {what} in {layer} are of {found}, but the indicator tables are of {expected}. Use monitoring data of the evaluation year.</source>
            <translation>年份不一致：{layer} 中的{what}为 {found} 年，而指标表为 {expected} 年。请使用评价年的监测数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}, {row}: the station code is empty.</source>
            <translation>{layer}，{row}：站点编码为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}, {row}: station {station!r} is not in the station layer. Add the station (with its location) or correct the code.</source>
            <translation>{layer}，{row}：站点 {station!r} 不在站点图层中。请补充该站点（含位置）或更正编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}: the observations cover more than one year ({a} at {where}, {b} at {row}). Give the daily values of one calendar year.</source>
            <translation>{layer}：监测数据跨越多个年份（{where} 为 {a} 年，{row} 为 {b} 年）。请提供同一自然年的日均值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}: station {station} has two rows for {date} ({first} and {second}). Keep one value per station and day.</source>
            <translation>{layer}：站点 {station} 在 {date} 有两行数据（{first} 和 {second}）。每个站点每天只保留一个值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>air observations</source>
            <translation>空气监测数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>no air station in this unit</source>
            <translation>本单元无空气监测站</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{field}: {n} days with a value (at least {min} needed)</source>
            <translation>{field}：有效天数 {n} 天（至少需要 {min} 天）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}, {row}: section {section!r} is not in the sections layer. Add the section (with its unit or location and water body type) or correct the code.</source>
            <translation>{layer}，{row}：断面 {section!r} 不在断面图层中。请补充该断面（含所属单元或位置及水体类型）或更正编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}, {row}: month {value:g} is not 1–12.</source>
            <translation>{layer}，{row}：月份 {value:g} 不在 1–12 之间。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}: the observations cover more than one year ({a} at {where}, {b} at {row}). Give the observations of one calendar year.</source>
            <translation>{layer}：监测数据跨越多个年份（{where} 为 {a} 年，{row} 为 {b} 年）。请提供同一自然年的监测数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>water observations</source>
            <translation>水质监测数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/stations.py" />
            <source>{layer}, {row}: {value!r} is not a date. Write dates as YYYY-MM-DD, e.g. 2025-01-31.</source>
            <translation>{layer}，{row}：{value!r} 不是日期。请按 YYYY-MM-DD 填写日期，例如 2025-01-31。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>The years of the two periods are not known: give a year column (年份) in the indicator tables, or set the base and evaluation year parameters.</source>
            <translation>无法确定两个时期的年份：请在指标表中提供年份字段（年份），或设置基准年和评价年参数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>The base year ({base}) must be before the evaluation year ({eval}). Check that the base-year and evaluation-year tables are not swapped.</source>
            <translation>基准年（{base}）必须早于评价年（{eval}）。请检查基准年表与评价年表是否放反。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>National rates missing for: {names}. Give them in the national-rates table (codes {codes}) or as parameters, in percent per year.</source>
            <translation>缺少以下全国平均变化率：{names}。请在全国平均变化率表中提供（代码 {codes}），或以参数给出，单位为 %/年。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>missing values could change the trend type: {missing}</source>
            <translation>缺失数值可能改变耗损类型：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>decided by the components present; missing: {missing}</source>
            <translation>按已有分项判定；缺少：{missing}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>Year mismatch: {where} gives the national rate for {field} {stated}, but the indicator tables are of {expected}. Use national rates of the same period.</source>
            <translation>年份不一致：{where} 给出的全国平均变化率的{field}为 {stated}，而指标表为 {expected} 年。请使用同一时期的全国平均变化率。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>National rates: {a} and {b} both give the rate of {name}. Keep one.</source>
            <translation>全国平均变化率：{a} 和 {b} 都给出了 {name} 的变化率。请只保留一个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>National rates, {where}: the rate is empty. Enter the national average annual rate in percent per year.</source>
            <translation>全国平均变化率，{where}：变化率为空。请填写全国平均年变化率（%/年）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>land-use efficiency</source>
            <translation>土地资源利用效率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>water-use efficiency</source>
            <translation>水资源利用效率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>COD emission intensity</source>
            <translation>化学需氧量排放强度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>NH3-N emission intensity</source>
            <translation>氨氮排放强度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>SO2 emission intensity</source>
            <translation>二氧化硫排放强度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>NOx emission intensity</source>
            <translation>氮氧化物排放强度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>forest and grass cover</source>
            <translation>林草覆盖率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>resource-use efficiency</source>
            <translation>资源利用效率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>pollutant emission intensity</source>
            <translation>污染物排放强度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/trend.py" />
            <source>ecological quality</source>
            <translation>生态质量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}: the table has both a year column ({column}) and columns for several years ({years}). Use one layout: one table per year with a year column, or one table with year-suffixed columns and no year column.</source>
            <translation>{layer}：表中既有年份字段（{column}），又有多个年份的字段（{years}）。请只用一种格式：每年一张表并带年份字段，或一张表用带年份后缀的字段且不设年份字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}: columns for {n} years found ({years}); the trend compares two. Keep the columns of the base year and of the evaluation year only.</source>
            <translation>{layer}：发现 {n} 个年份的字段（{years}）；过程评价只比较两个年份。请只保留基准年和评价年的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}: the base-year table has columns for several years ({years}). Give one year per table.</source>
            <translation>{layer}：基准年表包含多个年份的字段（{years}）。每张表只给一个年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}, {row}: the year {value:g} is not a calendar year. Enter the year as four digits, e.g. 2025.</source>
            <translation>{layer}，{row}：年份 {value:g} 不是公历年份。请填写四位年份，例如 2025。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>Year mismatch in the {what}: {where} says {a}, but {layer}, {row} says {b}. All tables of one period must be of the same year.</source>
            <translation>{what}年份不一致：{where} 为 {a} 年，而 {layer}，{row} 为 {b} 年。同一时期的各表必须为同一年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{where}: field '{field}' ({title}) is {value:g}, but it must be greater than 0 (the evaluation divides by it). Correct the value, or leave the cell empty to have the unit marked not evaluated.</source>
            <translation>{where}：字段“{field}”（{title}）为 {value:g}，但必须大于 0（评价要用它作除数）。请更正该值，或留空使该单元标为无法评价。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{where}: field '{field}' ({title}) is negative ({value:g}). Areas, volumes, lengths and concentrations cannot be negative; correct the value.</source>
            <translation>{where}：字段“{field}”（{title}）为负值（{value:g}）。面积、水量、长度和浓度不能为负；请更正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>Required field '{field}' ({title}) was found in none of the inputs ({tables}){purpose}. Add a column named one of: {names}.</source>
            <translation>在所有输入（{tables}）中都找不到必需字段“{field}”（{title}）{purpose}。请添加名为以下之一的字段：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}: the columns {a!r} and {b!r} both give the field '{field}' ({title}) but differ in {row} ({va!r} and {vb!r}). Keep one of them or correct the value.</source>
            <translation>{layer}：字段 {a!r} 和 {b!r} 都对应指标“{field}”（{title}），但在 {row} 中不一致（{va!r} 与 {vb!r}）。请只保留其中一个或更正数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}: the table has no rows (only a header). Give the table with one row per unit, or leave it out.</source>
            <translation>{layer}：该表没有数据行（只有表头）。请提供每个评价单元一行的表，或不选该表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>Unit {code}: field '{field}' ({title}) is {a!r} in {layer_a} ({row_a}) but {b!r} in {layer_b} ({row_b}). Keep the value in one table only, or correct the one that is wrong.</source>
            <translation>评价单元 {code}：字段“{field}”（{title}）在 {layer_a}（{row_a}）中为 {a!r}，在 {layer_b}（{row_b}）中为 {b!r}。请只在一个表中保留该值，或更正错误的一方。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/units.py" />
            <source>{layer}, {row} (unit {code})</source>
            <translation>{layer}，{row}（评价单元 {code}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/water.py" />
            <source>{where}: field 'gw_overdraft' ({title}) holds {value!r}, which is not a known overdraft state. Use one of: {names} (or edit elements.water.overdraft in the method profile).</source>
            <translation>{where}：字段 gw_overdraft（{title}）的值 {value!r} 不是可识别的超采状况。请使用以下之一：{names}（或修改方法配置中的 elements.water.overdraft）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>{table}: station {station}: the water body {value!r} is not one of {allowed}.</source>
            <translation>{table}：断面 {station}：水体类型 {value!r} 不在 {allowed} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>Station {station}: the water body {value!r} is not one of {allowed}.</source>
            <translation>断面 {station}：水体类型 {value!r} 不在 {allowed} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>{table}: the water body (river or lake) of the section(s) {stations} is not known; the limits of TP and TN depend on it. Add a column 'water_body' or give the sections' water bodies.</source>
            <translation>{table}：断面 {stations} 的水体类型（河流或湖库）未知，总磷、总氮的限值取决于水体类型。请增加“water_body”列，或给出各断面的水体类型。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>Water standard {std!r} is not in the method profile. Choose one of: {names}.</source>
            <translation>方法配置中没有地表水标准 {std!r}。请从以下选择：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>Water quality class {cls!r} is not a class of {std}: choose one of {classes}.</source>
            <translation>水质类别 {cls!r} 不是 {std} 的类别，请从 {classes} 中选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>daily value {value} above the 24-h limit {limit} of {std}</source>
            <translation>日均值 {value} 超过 {std} 的24小时平均限值 {limit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>value {value} above the class {cls} limit {limit}</source>
            <translation>监测值 {value} 高于 {cls} 类标准限值 {limit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>value {value} below the class {cls} limit {limit}</source>
            <translation>监测值 {value} 低于 {cls} 类标准限值 {limit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>{table}: the column 'limit' is missing. Pollution-source records need the permit limit of their outlet to raise exceedance alarms.</source>
            <translation>{table}：缺少“limit”列。污染源监测记录须带有其排放口的许可排放限值，才能发出超标报警。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>hour(s)</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>day(s)</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>{n} consecutive {what} above the limit {limit}; the highest value {value} is {pct} % over it</source>
            <translation>连续 {n} {what}超过限值 {limit}；最大值 {value}，超标 {pct}%</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/alerts.py" />
            <source>{table}, row {row}: the column 'valid' is empty. Give true or false for every record (run the quality control again).</source>
            <translation>{table}，第 {row} 行：“valid”列为空。每条记录都须为 true 或 false（请重新运行质量控制）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/cadence.py" />
            <source>{rule}: last evaluated on {date} (period {period})</source>
            <translation>{rule}：上次评价于 {date}（评价期 {period}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/cadence.py" />
            <source>{rule}: new observation on {obs} after the evaluation of {date}</source>
            <translation>{rule}：{date} 评价后，{obs} 有新的监测数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/cadence.py" />
            <source>no evaluation recorded</source>
            <translation>尚无评价记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/cadence.py" />
            <source>{table}, row {row}: the load type {value!r} is not a load class of the profile ({codes}).</source>
            <translation>{table}，第 {row} 行：超载类型 {value!r} 不是方法配置中的承载类型（{codes}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}, row {row}: {value!r} in the column '{column}' is not a date and time. Write it as YYYY-MM-DD HH:MM, e.g. 2025-01-31 13:00.</source>
            <translation>{table}，第 {row} 行：“{column}”列中的 {value!r} 不是日期时间。请按 YYYY-MM-DD HH:MM 填写，例如 2025-01-31 13:00。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}, row {row}: the column '{column}' is empty ({n} rows in all). Every record needs its date and time.</source>
            <translation>{table}，第 {row} 行：“{column}”列为空（共 {n} 行）。每条记录都须有日期和时间。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}, row {row}: {value!r} in the column '{column}' is not a number. Write the number alone (no unit, no flag), or leave the cell empty.</source>
            <translation>{table}，第 {row} 行：“{column}”列中的 {value!r} 不是数值。请只填写数字（不带单位或标记），或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}, row {row}: {value!r} in the column '{column}' is not one of {allowed}.</source>
            <translation>{table}，第 {row} 行：“{column}”列中的 {value!r} 不在 {allowed} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}: expected a table (pandas DataFrame), found {found}.</source>
            <translation>{table}：应为数据表（pandas DataFrame），实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}: the column(s) {columns} are missing (found: {found}). Add them or rename the columns.</source>
            <translation>{table}：缺少列 {columns}（现有列：{found}）。请补充这些列或更正列名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/common.py" />
            <source>{table}, row {row}: the column '{column}' is empty ({n} rows in all). Fill it in or remove the rows.</source>
            <translation>{table}，第 {row} 行：“{column}”列为空（共 {n} 行）。请填写或删除这些行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>valid_counts: station {station} has {n} valid records; a count cannot be negative.</source>
            <translation>有效数据个数：站点 {station} 的有效数据个数为 {n}，个数不能为负。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>{table}: the field '{column}' is missing. The coverage requirement for {type} applies only to units where it is yes; add it (1 / 0).</source>
            <translation>{table}：缺少字段“{column}”。{type}的覆盖要求只适用于该字段为“是”的单元，请补充该字段（1 / 0）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>no {type} in the unit; at least {min} needed</source>
            <translation>单元内没有{type}，至少需要 {min} 个</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>{n} {type}(s) in the unit, {k} with at least {records} valid records in the period; at least {min} needed</source>
            <translation>单元内有{type} {n} 个，其中评价期内有效数据不少于 {records} 个的有 {k} 个；至少需要 {min} 个</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>{table}, row {row}: {value!r} in the field '{column}' is not yes or no. Write 1 or 0 (是/否).</source>
            <translation>{table}，第 {row} 行：字段“{column}”中的 {value!r} 不是“是”或“否”。请填写 1 或 0（是/否）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>{table}, row {row}: the unit code is empty.</source>
            <translation>{table}，第 {row} 行：单元代码为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/coverage.py" />
            <source>{table}, row {row}: the unit code {code} appears twice. Give each unit once.</source>
            <translation>{table}，第 {row} 行：单元代码 {code} 重复出现。每个单元只能出现一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>at most o3_window_hours ({n})</source>
            <translation>不大于 o3_window_hours（{n}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>and o3_last_window_end must satisfy o3_window_hours &lt;= first &lt;= last &lt;= 24 (a window ends inside its day), found {first} and {last}.</source>
            <translation>与 o3_last_window_end 须满足 o3_window_hours &lt;= 起 &lt;= 止 &lt;= 24（滑动窗口须在当日内结束），实际为 {first} 和 {last}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>at most the number of windows from o3_first_window_end to o3_last_window_end ({n})</source>
            <translation>不大于 o3_first_window_end 至 o3_last_window_end 之间的窗口数（{n}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>at most 28</source>
            <translation>不大于 28</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>must be strictly decreasing (0.05 before 0.01), found {found}.</source>
            <translation>必须严格递减（0.05 在 0.01 之前），实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>must have one entry per level ({n}).</source>
            <translation>每个显著性水平须有一项（{n} 项）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>rows must be in strictly ascending n, found {found}.</source>
            <translation>各行的 n 必须严格递增，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>at least the n of the first row of 'critical' ({n})</source>
            <translation>不小于“critical”第一行的 n（{n}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>must have one value per level ({n}), found {m}.</source>
            <translation>每个显著性水平须有一个值（{n} 个），实际为 {m} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>must not decrease from level to level: a stricter level needs a larger |rs|, found {found}.</source>
            <translation>不得随显著性水平递减：水平越严格，所需 |rs| 越大，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>must not exceed the values of the row before (more years need a smaller |rs|), found {found}.</source>
            <translation>不得大于上一行的值（年数越多，所需 |rs| 越小），实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>needs either 'every_months' or 'on_new_data = true' (one of them).</source>
            <translation>须给出“every_months”或“on_new_data = true”（二者之一）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>codes must be unique, found {found}.</source>
            <translation>代码不得重复，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>is '{limit}', which standards.air.{edition} does not have. Name a key of that table such as 'daily.{name}' or 'limits.o3_8h_p90'.</source>
            <translation>为“{limit}”，但 standards.air.{edition} 中没有该项。请填写该表中的键，如“daily.{name}”或“limits.o3_8h_p90”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>a statistic of elements.environment.stations.statistics ({names})</source>
            <translation>elements.environment.stations.statistics 中的统计量（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>a load class code ({codes})</source>
            <translation>承载类型代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>each of {codes} exactly once</source>
            <translation>{codes} 各出现且仅出现一次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>needs both 'jump_step' and 'jump_ratio', or neither.</source>
            <translation>须同时给出“jump_step”和“jump_ratio”，或都不给出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/profile_schema.py" />
            <source>needs both 'daily' and 'limit', or neither.</source>
            <translation>须同时给出“daily”和“limit”，或都不给出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} record(s) without a value</source>
            <translation>{n} 条记录无数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} negative value(s), the lowest {value}</source>
            <translation>{n} 个负值，最小为 {value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} value(s) above the instrument range of {limit} {unit}, the highest {value}</source>
            <translation>{n} 个值超出仪器量程 {limit} {unit}，最大为 {value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} records share their time with a record of another value; neither can be trusted</source>
            <translation>{n} 条记录与同一时间、数值不同的记录重复，无法判断哪条可信</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} repeated record(s) of a time already given with the same value</source>
            <translation>{n} 条记录与已有记录时间、数值均相同（重复上报）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} consecutive records of the same value {value} (a flat line from {min} records on)</source>
            <translation>连续 {n} 条记录数值均为 {value}（连续 {min} 条及以上即为恒值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} change(s) from the previous record larger than {step} {unit} and {ratio} times the previous value</source>
            <translation>{n} 处与前一条记录相比变化大于 {step} {unit} 且大于前值的 {ratio} 倍</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>no record for {n} {what}</source>
            <translation>{n} {what}无数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} valid hourly values; a daily mean needs at least {min}</source>
            <translation>有效小时值 {n} 个；日均值至少需要 {min} 个</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} valid 8-hour means ending between {first}:00 and {last}:00; the daily maximum needs at least {min}</source>
            <translation>{first}时至{last}时的有效8小时滑动平均值 {n} 个；日最大8小时平均至少需要 {min} 个</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} valid days in the month; an annual statistic needs at least {min} in every month</source>
            <translation>当月有效日数 {n} 天；年评价要求每月至少 {min} 天</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>a valid value in {n} months; an annual mean needs at least {min}</source>
            <translation>有有效数据的月份 {n} 个；年均值至少需要 {min} 个月</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{n} valid days in the year; an annual statistic needs at least {min}</source>
            <translation>全年有效日数 {n} 天；年评价至少需要 {min} 天</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>the value {value} makes up {share} % of the {n} records of the month (threshold {threshold} %): check for a stuck instrument or fabricated data</source>
            <translation>数值 {value} 占当月 {n} 条记录的 {share}%（阈值 {threshold}%）：请核查仪器是否卡滞或数据是否造假</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/qc.py" />
            <source>{share} % of the {n} valid values of the month lie within {band} % below the limit {limit} (threshold {threshold} %): check for data held under the limit</source>
            <translation>当月 {n} 个有效值中有 {share}% 处于限值 {limit} 以下 {band}% 的范围内（阈值 {threshold}%）：请核查是否存在人为压低数据（贴限值排放）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/series.py" />
            <source>{table}: pollution-source records need the column 'outlet_id' (the outlet each concentration was measured at).</source>
            <translation>{table}：污染源监测记录需要“outlet_id”列（各浓度值对应的排放口）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/series.py" />
            <source>{table}, row {row}: the limit {value:g} is not above zero. Give the permit limit of the outlet, or leave the cell empty.</source>
            <translation>{table}，第 {row} 行：限值 {value:g} 不大于零。请填写该排放口的许可排放限值，或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/series.py" />
            <source>The {param} {value!r} is not one of {allowed}.</source>
            <translation>参数 {param} 的值 {value!r} 不在 {allowed} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/trend.py" />
            <source>{table}, row {row}: the year {value!r} is not a whole number.</source>
            <translation>{table}，第 {row} 行：年份 {value!r} 不是整数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/trend.py" />
            <source>{table}, row {row}: {value!r} in the column 'value' is not a number.</source>
            <translation>{table}，第 {row} 行：“value”列中的 {value!r} 不是数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/trend.py" />
            <source>{table}: station {station}, {pollutant}, {year} has more than one value (rows {rows}). Keep one value per station, pollutant and year.</source>
            <translation>{table}：站点 {station} 的 {pollutant} 在 {year} 年有多个值（第 {rows} 行）。每个站点、污染物和年份只能有一个值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/trend.py" />
            <source>{n} valid days (at least {min} needed)</source>
            <translation>有效日数 {n} 天（至少需要 {min} 天）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/trend.py" />
            <source>too few valid days in month(s) {months}</source>
            <translation>{months} 月有效日数不足</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/outputs.py" />
            <source>The output folder {folder} cannot be created: {reason}</source>
            <translation>无法创建输出文件夹 {folder}：{reason}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/outputs.py" />
            <source>The results could not be moved into place ({path}: {reason}); every output is left as it was.</source>
            <translation>结果无法移动到目标位置（{path}：{reason}）；所有输出均保持原样。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/outputs.py" />
            <source>it is a file, not a folder</source>
            <translation>它是文件，而不是文件夹</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>is {value}: every value it would catch is already caught by rule [{j}] ({op} {limit}), so class '{cls}' could never be given. Its threshold must lie above {limit}.</source>
            <translation>为 {value}：它能匹配的所有数值都已被第 [{j}] 条规则（{op} {limit}）匹配，类别“{cls}”永远不会出现。其阈值必须大于 {limit}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>a value inside the physical range {limits} {unit}</source>
            <translation>在物理取值范围 {limits} {unit} 之内的数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>below the overload ratio elements.water.overload_ratio ({ratio}): a unit is critical before it is overloaded</source>
            <translation>小于超载比例 elements.water.overload_ratio（{ratio}）：评价单元先达到临界超载，再达到超载</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>is '{cur}', more severe than '{prev}' of the rule before it: the rules are tried in order from the most to the least severe class. Swap the rules or their thresholds.</source>
            <translation>为“{cur}”，比前一条规则的“{prev}”更严重：规则按从最严重到最轻的类别依次判断。请调换这两条规则或其阈值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>is {value}: every value it would catch is already caught by rule [{j}] ({op} {limit}), so class '{cls}' could never be given. Its threshold must lie below {limit}.</source>
            <translation>为 {value}：它能匹配的所有数值都已被第 [{j}] 条规则（{op} {limit}）匹配，类别“{cls}”永远不会出现。其阈值必须小于 {limit}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/loader.py" />
            <source>Method profile {path} does not exist. Give the path of a .toml profile file, or leave the parameter empty to use the built-in default.</source>
            <translation>方法配置文件 {path} 不存在。请给出 .toml 配置文件路径，或留空以使用内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/loader.py" />
            <source>Method profile {path} is not valid TOML: {detail}. Check the quoting and brackets on that line.</source>
            <translation>方法配置文件 {path} 不是有效的 TOML：{detail}。请检查该行的引号和括号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/loader.py" />
            <source>Method profile {path} is not UTF-8 text. Save it as UTF-8.</source>
            <translation>方法配置文件 {path} 不是 UTF-8 文本。请以 UTF-8 编码保存。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/loader.py" />
            <source>Method profile {path}: 'profile.extends' chains more than {n} files (a loop?). Point it at the built-in 'default' or a complete profile.</source>
            <translation>方法配置文件 {path}：“profile.extends”的继承链超过 {n} 个文件（是否循环引用？）。请指向内置“default”或一个完整的配置文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a colour like "#ff0000"</source>
            <translation>形如“#ff0000”的颜色</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>one of {choices}</source>
            <translation>以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a list [...]</source>
            <translation>列表 [...]</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>must have at least {n} entries, found {m}.</source>
            <translation>至少应有 {n} 项，实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>must have at most {n} entries, found {m}.</source>
            <translation>至多应有 {n} 项，实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a table</source>
            <translation>表（table）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>is not a known key here (known: {known}).</source>
            <translation>不是此处可用的键（可用：{known}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a class code of '{set}' ({codes})</source>
            <translation>“{set}”中的等级代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>is missing: every code in 'order' needs a table with label_zh, label_en and color.</source>
            <translation>缺失：“order”中的每个代码都需要一个含 label_zh、label_en 和 color 的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>needs both 'op' and 'value', or neither (only the last rule).</source>
            <translation>需要同时给出“op”和“value”，或都不给（仅限最后一条规则）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>is the last rule and must have no 'op': it catches every value the rules above leave.</source>
            <translation>是最后一条规则，不能有“op”：它承接前面规则未覆盖的所有数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>has no 'op' but is not the last rule: the rules after it could never apply.</source>
            <translation>没有“op”但不是最后一条规则：其后的规则将永远不会生效。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>must have one entry more than 'breaks' ({n}), found {m}.</source>
            <translation>应比“breaks”多一项（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>repeats code {code}.</source>
            <translation>代码 {code} 重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>Method profile {source}: key '{key}' {problem} Fix it in the file, or compare with the built-in profile 'default' (docs/profiles.md).</source>
            <translation>方法配置文件 {source}：键“{key}”{problem}请在文件中修改，或与内置配置“default”对照（docs/profiles.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>must be strictly ascending, found {found}.</source>
            <translation>必须严格递增，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>must be {expected}, found {found}.</source>
            <translation>应为{expected}，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>a number</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>at least {min}</source>
            <translation>不小于 {min}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/profile/vocab.py" />
            <source>at most {max}</source>
            <translation>不大于 {max}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/progress.py" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>The ecological-quality series is compared with the national rate of {component}: give that rate.</source>
            <translation>生态质量逐年序列需与{component}的全国年变化率比较：请给出该全国年变化率。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>no ecological-quality series for this unit: the two-year rate is used</source>
            <translation>该单元无生态质量逐年序列：采用两期年变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>no rate of the fitted line</source>
            <translation>拟合直线无年变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>ecological-quality series not used ({why}): the two-year rate is used</source>
            <translation>未采用生态质量逐年序列（{why}）：采用两期年变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>ecological quality from the yearly series {first}–{last}: {rate:.4g} %/a against the national {national:.4g} %/a</source>
            <translation>生态质量取自 {first}–{last} 年逐年序列：{rate:.4g} %/a，全国 {national:.4g} %/a</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>two-year inputs: {note}</source>
            <translation>两期数据：{note}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>{layer}: which column holds the series? Choose the value column, or head it 林草覆盖率 (forest_grass_cover). The table has: {have}.</source>
            <translation>{layer}：无法确定哪一列为序列值。请选择数值列，或将表头命名为 林草覆盖率（forest_grass_cover）。表中的列为：{have}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/process.py" />
            <source>Ecological-quality series</source>
            <translation>生态质量逐年序列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/profile_schema.py" />
            <source>are sizes of a change |Δ| and must be above 0, found {found}.</source>
            <translation>是变化幅度 |Δ| 的断点，必须大于 0，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/profile_schema.py" />
            <source>must have one entry per break ({n}), found {m}.</source>
            <translation>应与断点数相同（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/profile_schema.py" />
            <source>must be above min ({min:g}), found {found:g}.</source>
            <translation>必须大于 min（{min:g}），实际为 {found:g}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/profile_schema.py" />
            <source>has both grading = "eco_index" and its own level/change: keep one.</source>
            <translation>同时设置了 grading = "eco_index" 和自有的 level/change：请只保留一种。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/profile_schema.py" />
            <source>refers to [eco_index.grading], which the profile does not have.</source>
            <translation>引用了 [eco_index.grading]，但方法配置中没有该表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}, {row}: column '{column}' holds {value!r}, which is not a number. Enter a number without units, or leave the cell empty for a missing year.</source>
            <translation>{layer}，{row}：字段“{column}”的值 {value!r} 不是数字。请填写不带单位的数字，缺值年份请留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}, {row}: column '{column}' holds {value!r}, which is not a year. Enter the year as four digits (e.g. 2015).</source>
            <translation>{layer}，{row}：字段“{column}”的值 {value!r} 不是年份。请填写四位数年份（如 2015）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}: column(s) {columns} not found. The table has: {have}. Choose the right columns.</source>
            <translation>{layer}：未找到字段 {columns}。表中字段为：{have}。请选择正确的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}, {row}: the unit column '{column}' is empty. Every row needs the code or name of its unit.</source>
            <translation>{layer}，{row}：单元字段“{column}”为空。每一行都需要填写所属单元的代码或名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}, {row}: the indicator column '{column}' is empty. Name the indicator of every row.</source>
            <translation>{layer}，{row}：指标字段“{column}”为空。请为每一行填写指标名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}: unit {unit}, {indicator}, year {year} is given twice ({a} and {b}). Keep one row per unit and year.</source>
            <translation>{layer}：单元 {unit} 的 {indicator} {year} 年出现两次（{a} 和 {b}）。每个单元每年只保留一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>Series table</source>
            <translation>序列表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}: name the value column(s): one column per indicator, or an indicator column and a value column.</source>
            <translation>{layer}：请指定数值字段：每个指标一列，或一个指标字段加一个数值字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}: a wide table needs one column per year, headed with the year (2015, 2015年 or Y2015); found {n}. Columns: {have}.</source>
            <translation>{layer}：宽表需要每年一列，列名为年份（2015、2015年 或 Y2015）；找到 {n} 列。字段为：{have}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}: two columns name the same year. Keep one column per year.</source>
            <translation>{layer}：有两列对应同一年份。每年只保留一列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>[series_trend.indicators.{key}] of the method profile</source>
            <translation>方法配置的 [series_trend.indicators.{key}]</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>field {field} of the indicator dictionary</source>
            <translation>指标字典的字段 {field}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{layer}, {row}: unit {unit}, {indicator}, year {year}: column '{column}' holds {value:g}, outside the possible range {range} of {indicator} ({source}). Correct the value or leave the cell empty.</source>
            <translation>{layer}，{row}：单元 {unit}，{indicator}，{year} 年：字段“{column}”为 {value:g}，超出{indicator}的可能取值范围 {range}（{source}）。请更正该值或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>no values</source>
            <translation>无数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>{n} year(s) with values ({years}); at least {min} are needed for a trend</source>
            <translation>有数值的年份 {n} 年（{years}）；计算趋势至少需要 {min} 年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>years without a value between {first} and {last}: {years} (at most {max} allowed). Fill them or shorten the period.</source>
            <translation>{first}—{last} 年间缺值年份：{years}（最多允许 {max} 年）。请补齐数据或缩短时段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>missing years {years} left out</source>
            <translation>缺值年份 {years} 未参与计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>constant series</source>
            <translation>序列为常数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/series/trend.py" />
            <source>change not significant at α = {alpha} ({test}): graded as no change</source>
            <translation>变化在 α = {alpha} 水平下不显著（{test}）：按无明显变化分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" />
            <source>{layer}, {row}: the unit code is empty. Every unit needs a unique code (行政区划代码).</source>
            <translation>{layer}，{row}：评价单元代码为空。每个评价单元都需要唯一的行政区划代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" />
            <source>{layer}: unit code {code!r} appears twice ({first} and {second}). Unit codes must be unique; merge or recode the duplicates.</source>
            <translation>{layer}：评价单元代码 {code!r} 重复出现（{first} 和 {second}）。单元代码必须唯一，请合并或重新编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" />
            <source>{layer}, {row}: field '{field}' is negative ({value:g}). Concentrations, areas and volumes cannot be negative; correct the value.</source>
            <translation>{layer}，{row}：字段“{field}”为负值（{value:g}）。浓度、面积和水量不能为负，请更正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" />
            <source>{row} (unit {code})</source>
            <translation>{row}（单元 {code}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/table.py" />
            <source>row {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{source}: the list has no column {missing} (found: {found}). The headers are 适用范围, 维度, 条款 and optionally 编号 and 条件 (or scope, dimension, text, id, condition).</source>
            <translation>{source}：清单缺少列 {missing}（现有列：{found}）。表头应为 适用范围、维度、条款，可选 编号 和 条件（或 scope、dimension、text、id、condition）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: clause id {id} appears twice</source>
            <translation>{row}：条款编号 {id} 重复</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: the scope (适用范围) is empty</source>
            <translation>{row}：适用范围为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: unit code {code} is not a unit of the unit layer</source>
            <translation>{row}：单元编码 {code} 不在管控单元图层中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: the scope {scope!r} is neither 总体准入要求, a unit class nor a unit code (pattern {pattern})</source>
            <translation>{row}：适用范围 {scope!r} 既不是总体准入要求，也不是单元类别或单元编码（编码格式 {pattern}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: unknown dimension {dim!r} (use {known})</source>
            <translation>{row}：未知的维度 {dim!r}（应为 {known}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: the clause text (条款) is empty</source>
            <translation>{row}：条款内容为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{row}: the condition {cond!r} is malformed: {why}</source>
            <translation>{row}：判定条件 {cond!r} 格式有误：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source> … and {n} more</source>
            <translation> …… 另有 {n} 处</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{source}: the access list cannot be used: {problems}{more}. Fix these rows and load it again (docs/zoning.md explains the format).</source>
            <translation>{source}：准入清单无法使用：{problems}{more}。请修改这些行后重新载入（格式见 docs/zoning.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{source}: the access list has no clauses.</source>
            <translation>{source}：准入清单中没有条款。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: the file is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.</source>
            <translation>{path}：文件既不是 UTF-8 也不是 GBK 编码的文本，请另存为 UTF-8 编码的 CSV。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: the workbook cannot be read ({detail}).</source>
            <translation>{path}：无法读取工作簿（{detail}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: the workbook has no sheet of clauses.</source>
            <translation>{path}：工作簿中没有条款工作表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: sheet {sheet} is empty.</source>
            <translation>{path}：工作表 {sheet} 为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>sheet {sheet}, row {n}</source>
            <translation>工作表 {sheet} 第 {n} 行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path} is not valid TOML: {detail}.</source>
            <translation>{path} 不是有效的 TOML：{detail}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{source}: expected [[clauses]] tables (one per clause with scope, dimension, text and optionally id and condition).</source>
            <translation>{source}：应为 [[clauses]] 表（每条一个，含 scope、dimension、text，可选 id 和 condition）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>clause {n}</source>
            <translation>第 {n} 条</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>The access list {path} does not exist.</source>
            <translation>准入清单 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: an access list is read from .xlsx, .csv or .toml.</source>
            <translation>{path}：准入清单须为 .xlsx、.csv 或 .toml 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>{path}: an access list is written as .xlsx, .csv or .toml.</source>
            <translation>{path}：准入清单只能写为 .xlsx、.csv 或 .toml 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/access_list.py" />
            <source>version {v}</source>
            <translation>版本 {v}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>all</source>
            <translation>全域</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>{layer}: {problem}</source>
            <translation>{layer}：{problem}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>re-classed</source>
            <translation>类别调整</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>re-coded</source>
            <translation>编码调整</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compare.py" />
            <source>area changed</source>
            <translation>面积变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>county code</source>
            <translation>县级行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>warning level</source>
            <translation>预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>overload type</source>
            <translation>超载类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{source}: no field for the {role} (fields: {fields}).</source>
            <translation>{source}：找不到{role}字段（现有字段：{fields}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>warning result</source>
            <translation>预警结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{layer}: {problems}. Check the unit layer (or run its validation) first.</source>
            <translation>{layer}：{problems}。请先检查管控单元图层（或运行单元图层校验）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{layer} has no sites.</source>
            <translation>{layer} 中没有项目选址。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{layer}: field {field} (given for {attr}) not found (fields: {fields}).</source>
            <translation>{layer}：找不到为 {attr} 指定的字段 {field}（现有字段：{fields}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{layer}: sites transformed from {src} to the units' CRS {dst}.</source>
            <translation>{layer}：项目选址已由 {src} 转换到管控单元的坐标系 {dst}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid}: the geometry is empty</source>
            <translation>项目 {fid}：几何为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid} is a point or line: give a buffer distance (field {field} or the buffer parameter, in m)</source>
            <translation>项目 {fid} 为点或线：请给出缓冲距离（字段 {field} 或缓冲距离参数，单位米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>buffered by {d:g} m</source>
            <translation>已按 {d:g} 米缓冲</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid}: invalid geometry ({why}) near ({x:.1f}, {y:.1f})</source>
            <translation>项目 {fid}：几何无效（{why}），位置约在 ({x:.1f}, {y:.1f})</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>invalid geometry ({why}) repaired: area {a:.1f} → {b:.1f} m²</source>
            <translation>无效几何（{why}）已修复：面积 {a:.1f} → {b:.1f} 平方米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>GEOS gives no reason</source>
            <translation>GEOS 未给出原因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid} has no area</source>
            <translation>项目 {fid} 没有面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid}: {field} = {value!r} is not a GB/T 4754 industry code (C2614, 2614, C …)</source>
            <translation>项目 {fid}：{field} = {value!r} 不是 GB/T 4754 行业代码（如 C2614、2614、C）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid}: {field} = {value!r} is not a number</source>
            <translation>项目 {fid}：{field} = {value!r} 不是数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{layer}: {problems}. Fix the sites and run again.</source>
            <translation>{layer}：{problems}。请修改项目选址后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>The site lies outside every control unit given: the list does not cover it.</source>
            <translation>项目选址位于所给全部管控单元之外，清单不覆盖该位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>the site lies outside every control unit</source>
            <translation>项目选址位于全部管控单元之外</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>text only: no machine-checkable condition; judge it from the clause text</source>
            <translation>仅有文字条款，无可机器判定的条件，请依据条款原文人工判断</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>the clause concerns projects where {test}; here {why}</source>
            <translation>该条款适用于满足 {test} 的项目；本项目为 {why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site area ({key}, ha)</source>
            <translation>选址面积（{key}，公顷）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code}</source>
            <translation>行业 {code}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>the project attribute {attr} is missing</source>
            <translation>缺少项目属性 {attr}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{attr} = {v:g}</source>
            <translation>{attr} = {v:g}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code} falls under the prohibited {hit}</source>
            <translation>行业 {code} 属于禁止类 {hit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code} is not among {codes}: the clause does not concern it</source>
            <translation>行业 {code} 不属于 {codes}，该条款不涉及本项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code} falls under the restricted {hit}: allowed only on the terms of the clause</source>
            <translation>行业 {code} 属于限制类 {hit}：仅在满足条款要求时允许</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code} is among the admitted {hit}</source>
            <translation>行业 {code} 属于准入的 {hit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>industry {code} is not among the admitted {codes}</source>
            <translation>行业 {code} 不在准入的 {codes} 之内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{attr} = {v:g}, required {op} {limit:g}</source>
            <translation>{attr} = {v:g}，要求 {op} {limit:g}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>the layer {layer} ({key}) was not given</source>
            <translation>未提供图层 {layer}（{key}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{area:.1f} m² ({share:.1%}) of the site in {layer}</source>
            <translation>选址有 {area:.1f} 平方米（{share:.1%}）位于{layer}内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>the site lies wholly in {layer}</source>
            <translation>选址全部位于{layer}内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>no part of the site in {layer}</source>
            <translation>选址没有任何部分位于{layer}内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>{area:.1f} m² ({share:.1%}) of the site in {layer}, the rest outside</source>
            <translation>选址有 {area:.1f} 平方米（{share:.1%}）位于{layer}内，其余在外</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>no part of {layer} within {d:g} m, required {op} {limit:g} m</source>
            <translation>{d:g} 米范围内没有{layer}，要求 {op} {limit:g} 米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>distance to {layer} {d:.1f} m, required {op} {limit:g} m</source>
            <translation>与{layer}的距离为 {d:.1f} 米，要求 {op} {limit:g} 米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>site {fid}: {note}</source>
            <translation>项目 {fid}：{note}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/compliance.py" />
            <source>No access list given: no verdict (缺少官方清单时不判断符合性).</source>
            <translation>未提供准入清单：不作符合性判断（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>unexpected character {char!r} at position {pos}</source>
            <translation>第 {pos} 个字符处有无法识别的字符 {char!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>a name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected {want} at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为 {want}，实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>the end</source>
            <translation>结尾</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>the condition is empty</source>
            <translation>条件为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>unexpected {found!r} at position {pos}: join requirements with 'and'</source>
            <translation>第 {pos} 个字符处多出 {found!r}：多个要求之间请用 'and' 连接</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected a requirement at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为一项要求，实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected {want} after 'industry' at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处，'industry' 之后应为 {want}，实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected '(' after 'distance' (distance(layer) &gt;= 500)</source>
            <translation>'distance' 后应为 '('（如 distance(layer) &gt;= 500）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected ')' after the layer of 'distance'</source>
            <translation>'distance' 的图层名后应为 ')'</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>{name!r} at position {pos} is not a requirement: use industry, outside, inside, distance(…) or a project attribute ({known})</source>
            <translation>第 {pos} 个字符处的 {name!r} 不是有效的要求：应为 industry、outside、inside、distance(…) 或项目属性（{known}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected a layer name at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为图层名，实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected a comparison (&lt;=, &lt;, &gt;=, &gt;, =, !=) at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为比较符（&lt;=、&lt;、&gt;=、&gt;、=、!=），实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected a number at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为数值，实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>the number at position {pos} is not finite</source>
            <translation>第 {pos} 个字符处的数值不是有限数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>expected an industry code of GB/T 4754 (C, C26, 2614 …) at position {pos}, found {found!r}</source>
            <translation>第 {pos} 个字符处应为 GB/T 4754 行业代码（如 C、C26、2614），实为 {found!r}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>{code!r} at position {pos}: {letter} is not a section of [zoning.industry_sections]</source>
            <translation>第 {pos} 个字符处的 {code!r}：{letter} 不是 [zoning.industry_sections] 中的门类</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/conditions.py" />
            <source>{code!r} at position {pos}: division {div} is not in section {letter} ({lo:02d}–{hi:02d})</source>
            <translation>第 {pos} 个字符处的 {code!r}：大类 {div} 不属于门类 {letter}（{lo:02d}–{hi:02d}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}: field {field} (boundary code) not found; the fields are {fields}.</source>
            <translation>{layer}：找不到边界编码字段 {field}；现有字段为 {fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}, feature {fid}: the boundary code ({field}) is empty. Every township needs its code.</source>
            <translation>{layer}，要素 {fid}：边界编码（{field}）为空，每个乡镇都须有编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}: boundary code {code} appears in features {a} and {b}. Merge the two polygons or give each its own code.</source>
            <translation>{layer}：边界编码 {code} 同时出现在要素 {a} 和 {b} 中。请合并这两个多边形，或分别赋予不同编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}, feature {fid}: the county code ({field}) is empty.</source>
            <translation>{layer}，要素 {fid}：县级行政区划代码（{field}）为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{a} and {b} ({area:.1f} m²)</source>
            <translation>{a} 与 {b}（{area:.1f} 平方米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}: boundary polygons overlap: {pairs}. Units are fitted to the boundary layer, so it must not overlap itself; fix it (e.g. Vector ▸ Geometry tools ▸ Check validity, or the topology checker) and run again.</source>
            <translation>{layer}：边界多边形相互重叠：{pairs}。管控单元按边界图层拟合，边界图层自身不得重叠；请修正（如 矢量 ▸ 几何工具 ▸ 检查有效性，或拓扑检查器）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>unit areas</source>
            <translation>单元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>Layer {layer} is tagged with class {cls}, which is not a class of the profile ({classes}).</source>
            <translation>图层 {layer} 被标为类别 {cls}，该类别不在方法配置的类别中（{classes}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>Layer {layer} is tagged with class {cls}, the remainder class (what no layer covers). Tag it with a class of higher precedence ({classes}) or leave it out.</source>
            <translation>图层 {layer} 被标为类别 {cls}，即剩余类别（不被任何图层覆盖的区域）。请标为优先级更高的类别（{classes}），或不使用该图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer} has no features: give the township (or county) boundaries.</source>
            <translation>{layer} 中没有要素：请提供乡镇（或县级）边界。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}, boundary {code}: the unit code rule gives {unit_code} for it, which does not match the profile's pattern {pattern}. Check the county code field, or the [zoning.codes] rule of the profile.</source>
            <translation>{layer}，边界 {code}：按单元编码规则得到 {unit_code}，不符合方法配置的编码格式 {pattern}。请检查县级行政区划代码字段，或方法配置中的 [zoning.codes] 规则。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer} has no features (with a geometry): it adds nothing to {label}. If it should hold polygons, check that it is the right layer.</source>
            <translation>{layer} 中没有（带几何的）要素：未向{label}增加任何区域。如该图层应包含多边形，请检查是否选对了图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>Merged a part of class {cls} of {area:.1f} m² ({reason}) in {town} into unit {unit} (shared boundary {shared:.1f} m).</source>
            <translation>已将 {town} 内类别 {cls}、面积 {area:.1f} 平方米的图斑（{reason}）并入单元 {unit}（公共边长 {shared:.1f} 米）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>Merged {n} fragments smaller than {area} m² that the overlay left along shared edges (numerical slivers) into their neighbours; they are not in the merge records.</source>
            <translation>已将叠加分析沿公共边界留下的 {n} 个小于 {area} 平方米的碎屑（数值误差产生的狭长碎片）并入相邻单元；合并记录中不列出这些碎屑。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>{layer}: none of its {n} feature(s) lies inside the boundary layer {boundary}, so it adds nothing to {label}. Its extent is {extent} ({crs}); the boundary's is {bextent} ({bcrs}). Check its CRS and extent: is it the layer of this area, with its CRS set right?</source>
            <translation>{layer}：其 {n} 个要素均不在边界图层 {boundary} 范围内，因此未向{label}增加任何区域。该图层范围为 {extent}（{crs}）；边界图层范围为 {bextent}（{bcrs}）。请检查其坐标参考系和范围：是否为本区域的图层，坐标参考系是否设置正确？</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>below the minimum area</source>
            <translation>小于最小面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>thinner than the minimum mean width</source>
            <translation>小于最小平均宽度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/delineate.py" />
            <source>The unit code rule of the profile ({rule}) gives the same code {code} to units in {a} and {b}: include {{seq}} in [zoning.codes] format.</source>
            <translation>方法配置的单元编码规则（{rule}）为 {a} 和 {b} 中的单元生成了相同的编码 {code}：请在 [zoning.codes] 的 format 中加入 {{seq}}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}: the file {path} does not exist.</source>
            <translation>{layer}：文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}: {path} is not a vector file OGR can read.</source>
            <translation>{layer}：{path} 不是 OGR 能读取的矢量文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}: {path} has no layer {name} (it has: {names}).</source>
            <translation>{layer}：{path} 中没有图层 {name}（现有图层：{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer} has no CRS, so it cannot be put in the CRS of the units ({crs}). Set the layer's CRS and run again.</source>
            <translation>{layer} 没有坐标参考系，无法转换到管控单元的坐标系（{crs}）。请设置该图层的坐标参考系后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}, feature {fid}: cannot be transformed from {src} to {dst}.</source>
            <translation>{layer}，要素 {fid}：无法从 {src} 转换到 {dst}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}, feature {fid}: the geometry is empty. Remove the feature or draw its outline.</source>
            <translation>{layer}，要素 {fid}：几何为空。请删除该要素或绘制其边界。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}, feature {fid}: invalid geometry ({why}) repaired (area {before:.1f} → {after:.1f} m²).</source>
            <translation>{layer}，要素 {fid}：无效几何（{why}）已修复（面积 {before:.1f} → {after:.1f} 平方米）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}, feature {fid}: has no area (not a polygon, or a polygon collapsed to a line). Remove it or fix its outline.</source>
            <translation>{layer}，要素 {fid}：没有面积（不是多边形，或多边形退化为线）。请删除或修正其边界。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}: invalid geometries in features {ids}. Repair them (Vector ▸ Geometry tools ▸ Fix geometries, with the repair method Structure where QGIS offers it) or allow repair, and run again.</source>
            <translation>{layer}：要素 {ids} 的几何无效。请先修复（矢量 ▸ 几何工具 ▸ 修复几何，QGIS 提供修复方法时选择“Structure”），或允许自动修复，然后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>no CRS</source>
            <translation>无坐标系</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/features.py" />
            <source>{layer}, feature {fid}: the geometry cannot be read ({detail}). Give WKB, WKT or an OGR geometry.</source>
            <translation>{layer}，要素 {fid}：无法读取几何（{detail}）。请提供 WKB、WKT 或 OGR 几何。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>a class code of [load_classes] ({codes})</source>
            <translation>[load_classes] 中的类别代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>the five verdicts {codes}, each once, worst first</source>
            <translation>五种结论 {codes} 各出现一次，最不利的在前</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>must be a plain name (letters, digits, _).</source>
            <translation>必须是简单名称（字母、数字、下划线）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>must be [first, last] with first ≤ last, found {found}.</source>
            <translation>必须为 [起, 止] 且起 ≤ 止，实为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>must be one capital letter (a GB/T 4754 section).</source>
            <translation>必须是一个大写字母（GB/T 4754 门类）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>is missing: every code in 'order' needs a table with label_zh, label_en and field.</source>
            <translation>缺失：'order' 中的每个代码都需要一个含 label_zh、label_en 和 field 的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>is missing or not of kind "code": list conditions on industries read it.</source>
            <translation>缺失或其 kind 不是 "code"：清单中关于行业的条件需要读取它。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>is not a valid template ({detail}): use {{name}} or {{name:04d}} placeholders.</source>
            <translation>不是有效的模板（{detail}）：请使用 {{name}} 或 {{name:04d}} 形式的占位符。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>uses the placeholder {{{name}}}; allowed are {allowed}.</source>
            <translation>使用了占位符 {{{name}}}；允许的占位符为 {allowed}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>cannot be filled ({detail}).</source>
            <translation>无法填充（{detail}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>is not a valid regular expression ({detail}).</source>
            <translation>不是有效的正则表达式（{detail}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>does not accept the code {code} that 'format' makes for class {cls}: make the two agree.</source>
            <translation>不接受 'format' 为类别 {cls} 生成的编码 {code}：请使两者一致。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/profile_schema.py" />
            <source>every class code of [zoning.classes] exactly once ({codes})</source>
            <translation>[zoning.classes] 中的每个类别代码各出现一次（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/tiling.py" />
            <source>{layer}: the control units do not tile the area ({n_overlap} overlaps, {n_gap} gaps, {n_out} parts outside the boundary, each above {tol} m²): {places}. Fix the input layers at these places (or the boundary layer) and run again.</source>
            <translation>{layer}：管控单元未能无缝覆盖全域（重叠 {n_overlap} 处、空隙 {n_gap} 处、超出边界 {n_out} 处，均大于 {tol} 平方米）：{places}。请在这些位置修正输入图层（或边界图层）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/tiling.py" />
            <source>units {a} and {b} overlap by {area:.2f} m² near ({x:.1f}, {y:.1f})</source>
            <translation>单元 {a} 与 {b} 重叠 {area:.2f} 平方米，位置约在 ({x:.1f}, {y:.1f})</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/tiling.py" />
            <source>{area:.2f} m² of boundary polygon {a} is in no unit, near ({x:.1f}, {y:.1f})</source>
            <translation>边界多边形 {a} 中有 {area:.2f} 平方米不属于任何单元，位置约在 ({x:.1f}, {y:.1f})</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/tiling.py" />
            <source>{area:.2f} m² of unit {a} lies outside the boundary layer, near ({x:.1f}, {y:.1f})</source>
            <translation>单元 {a} 有 {area:.2f} 平方米位于边界图层之外，位置约在 ({x:.1f}, {y:.1f})</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/tiling.py" />
            <source>… and {n} more</source>
            <translation>…… 另有 {n} 处</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>feature {fid}: the unit code is empty</source>
            <translation>要素 {fid}：单元编码为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit code {code} appears in features {a} and {b}</source>
            <translation>单元编码 {code} 同时出现在要素 {a} 和 {b} 中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit code {code} (feature {fid}) does not match the pattern {pattern}</source>
            <translation>单元编码 {code}（要素 {fid}）不符合编码格式 {pattern}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit code {code} (feature {fid}) says class {a} but the class field says {b}</source>
            <translation>单元编码 {code}（要素 {fid}）表示类别 {a}，但类别字段为 {b}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>feature {fid} ({code}): class {value!r} is not a class of the profile ({known})</source>
            <translation>要素 {fid}（{code}）：类别 {value!r} 不是方法配置中的类别（{known}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>{layer}: the unit layer cannot be used as it is: {problems}{more}. Fix the layer (or the field names given) and run again.</source>
            <translation>{layer}：管控单元图层不能直接使用：{problems}{more}。请修正图层（或所给字段名）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>{layer}: field {field} not found (fields: {fields}). Give the name of the field that holds the {role}.</source>
            <translation>{layer}：找不到字段 {field}（现有字段：{fields}）。请指定存放{role}的字段名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit code</source>
            <translation>单元编码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit class</source>
            <translation>单元类别</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>unit name</source>
            <translation>单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/zoning/validate.py" />
            <source>{layer} has no features.</source>
            <translation>{layer} 中没有要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Warning map</source>
            <translation>预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>The environment variable CC_WARNING_PROFILE ({source}) sets the algorithms' profile; the dock uses {path}.</source>
            <translation>环境变量 CC_WARNING_PROFILE（{source}）指定了各算法使用的方法配置；本面板使用 {path}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>the built-in default</source>
            <translation>内置默认方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Class statistics of {layer}</source>
            <translation>{layer} 的分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Counting the cells of '{layer}' in the background…</source>
            <translation>正在后台统计“{layer}”的像元…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Carrying capacity warning map</source>
            <translation>承载能力预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Method profile (*.toml)</source>
            <translation>方法配置文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Empty: the built-in default profile. The profile chosen here is also the one the algorithm dialogs and their help use.</source>
            <translation>留空：使用内置默认方法配置。此处选择的方法配置同时用于各算法对话框及其帮助说明。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Method profile</source>
            <translation>方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Evaluation result</source>
            <translation>评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/dock.py" />
            <source>Classification</source>
            <translation>分级内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Measures and targets</source>
            <translation>行动与目标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Actions</source>
            <translation>行动</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Measures of a unit</source>
            <translation>评价单元的管控措施</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Click a unit on the map</source>
            <translation>在地图上点击评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Then click a unit of the evaluation result on the map: its measures, rewards and penalties are shown here.</source>
            <translation>然后在地图上点击评价结果中的单元：此处显示其管控措施和奖惩。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Unit</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>An earlier warning result (with its year field): the level change since then decides some measures and the rewards and penalties.</source>
            <translation>前一期预警结果（含年份字段）：此后的预警等级变化决定部分管控措施和奖惩。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Earlier result</source>
            <translation>前期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Table (*.xlsx *.csv)</source>
            <translation>表格 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Levels of earlier periods: unit code, period, warning_level[, load_type] (e.g. sample_data_actions/warning_history.csv).</source>
            <translation>往期预警等级：单元代码、时期、warning_level[、load_type]（例如 sample_data_actions/warning_history.csv）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>History table</source>
            <translation>历史等级表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Remediation plan</source>
            <translation>治理工作方案</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Plan (*.xlsx *.csv)</source>
            <translation>工作方案 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>The remediation plan (治理工作方案) written by cc_warning:warning_reminders, or one kept since.</source>
            <translation>cc_warning:warning_reminders 生成的治理工作方案，或此后维护的方案。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Plan file</source>
            <translation>方案文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Open a plan: its tasks are listed here. Double-click a deadline or a status to change it; overdue tasks are highlighted.</source>
            <translation>打开治理工作方案：此处列出其任务。双击完成时限或状态可修改；逾期任务突出显示。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Save plan</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Write the statuses and deadlines back to the plan file.</source>
            <translation>将状态和完成时限写回方案文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Targets</source>
            <translation>目标完成情况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Targets (*.xlsx *.csv *.toml)</source>
            <translation>目标表 (*.xlsx *.csv *.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>指标, 区域, 基准年, 基准值, 目标年, 目标值, 方向 (e.g. sample_data_actions/targets.csv).</source>
            <translation>指标、区域、基准年、基准值、目标年、目标值、方向（例如 sample_data_actions/targets.csv）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>区域, 指标, 年份, 数值 (e.g. sample_data_actions/target_observations.csv).</source>
            <translation>区域、指标、年份、数值（例如 sample_data_actions/target_observations.csv）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Observations</source>
            <translation>监测值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>all years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Observations up to this year count (all years: every observation).</source>
            <translation>只计入截至该年的监测值（全部年份：计入所有监测值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>As of</source>
            <translation>截至年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Track targets</source>
            <translation>目标跟踪</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Progress and status of every target, as cc_warning:target_tracking computes them.</source>
            <translation>各项目标的进度和状态，计算方法同 cc_warning:target_tracking。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>The measures need a warning result of the 2016 method: a vector layer with the unit code (行政区划代码), warning_level and load_type, such as the output of cc_warning:integrated_warning or cc_warning:unit_measures.</source>
            <translation>管控措施需要 2016 年方法的监测预警结果：含行政区划代码、warning_level 和 load_type 字段的矢量图层，例如 cc_warning:integrated_warning 或 cc_warning:unit_measures 的输出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Choose an evaluation result above.</source>
            <translation>请在上方选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>'{layer}' is not a vector layer.</source>
            <translation>“{layer}”不是矢量图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>'{layer}' lacks the fields {fields}.</source>
            <translation>“{layer}”缺少字段 {fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Earlier result {layer}: no year field (年份 or trend_eval_year) holding one year, so its period is unknown.</source>
            <translation>前期结果 {layer}：没有只含一个年份的年份字段（年份或 trend_eval_year），无法确定其时期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>the act_prev_* fields</source>
            <translation>act_prev_* 字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Click a unit on the map or pick it above: its control measures, rewards and penalties and the reason are shown here, from the method profile's catalogue.</source>
            <translation>在地图上点击单元或在上方选择：此处按方法配置中的措施目录显示其管控措施、奖惩及理由。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Unit {code} is not in the result.</source>
            <translation>评价结果中没有单元 {code}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>{change} since {period}</source>
            <translation>较 {period} 年{change}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>(unverified)</source>
            <translation>（未核实）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Because: {why}</source>
            <translation>依据：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Control measures</source>
            <translation>管控措施</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Rewards and penalties</source>
            <translation>奖惩措施</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>No unit here.</source>
            <translation>此处没有评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Cannot read the plan {path}: {detail}</source>
            <translation>无法读取方案 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Task (responsible department)</source>
            <translation>任务（责任部门）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Overdue by {n} days (deadline {date}).</source>
            <translation>已逾期 {n} 天（完成时限 {date}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>{n} of {total} tasks overdue (highlighted). Double-click a deadline or a status to change it, then save.</source>
            <translation>{total} 项任务中 {n} 项逾期（突出显示）。双击完成时限或状态可修改，然后保存。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Open a plan first.</source>
            <translation>请先打开治理工作方案。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>the file is read-only</source>
            <translation>文件为只读</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>The plan was not saved: {path} could not be replaced ({detail}). Close it if another program has it open, or check that its folder can be written to. The file is unchanged.</source>
            <translation>方案未保存：无法替换 {path}（{detail}）。如该文件已在其他程序中打开，请先关闭；或检查其所在文件夹是否可写。原文件未改动。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Plan saved: {path}</source>
            <translation>方案已保存：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Choose the targets table and the observations.</source>
            <translation>请选择目标表和监测值表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>{indicator} ({region}, {year})</source>
            <translation>{indicator}（{region}，{year}年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Target name</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Base</source>
            <translation>基准</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Baseline</source>
            <translation>基准值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Latest value</source>
            <translation>最新值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Progress (%)</source>
            <translation>完成进度（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Baseline year {year}</source>
            <translation>基准年 {year}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Target year {year}</source>
            <translation>目标年 {year}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Observed in {year}</source>
            <translation>{year} 年监测值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/actions.py" />
            <source>Linear projection to {year}: {value}</source>
            <translation>线性外推至 {year} 年：{value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/base.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/base.py" />
            <source>The algorithm cc_warning:{id} is not available: enable the plugin's Processing provider.</source>
            <translation>算法 cc_warning:{id} 不可用：请启用本插件的处理工具（Processing）提供程序。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/base.py" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Choose an evaluation result first.</source>
            <translation>请先选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>{n} unit(s) or cell(s) hold classes the method profile does not know ({codes}): drawn grey as unclassified.</source>
            <translation>{n} 个单元或像元的等级代码不在方法配置中（{codes}）：以灰色显示为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Styled '{layer}': {view}.</source>
            <translation>已为“{layer}”应用样式：{view}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Base map drawn: {layers}.</source>
            <translation>已绘制底图：{layers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>No base-map layer chosen.</source>
            <translation>未选择底图图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Style and base map</source>
            <translation>样式与规划底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Map</source>
            <translation>底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Apply standard style</source>
            <translation>应用标准样式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Colours and labels from the method profile; the layer's own style stays available as a named style.</source>
            <translation>颜色和图例标注取自方法配置；图层原有样式作为命名样式保留。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Planning base map (local files only)</source>
            <translation>规划底图（仅限本地文件）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Draw base map</source>
            <translation>绘制规划底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/basemap.py" />
            <source>Conventional planning-map symbols, as on the exported layout: boundaries over the result, areas under it, the result semi-transparent. Only local files: no online service is used.</source>
            <translation>采用规划图常用符号，与导出的版面一致：界线压盖在评价结果之上，面状要素置于其下，评价结果半透明显示。仅使用本地文件，不调用任何在线服务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Change {a} → {b}</source>
            <translation>变化 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Raised: {up}, lowered: {down}.</source>
            <translation>等级提高：{up} 个，等级降低：{down} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Compare two periods first.</source>
            <translation>请先进行时期对比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Period changes</source>
            <translation>时期变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Export changes</source>
            <translation>导出变化表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Changes written: {path}</source>
            <translation>变化表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Unit code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Earlier</source>
            <translation>前期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Later</source>
            <translation>后期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Compare periods</source>
            <translation>时期对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Later result</source>
            <translation>后期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Which units' class rose or fell between the two results (matched on the unit code); the change layer is added to the project.</source>
            <translation>按行政区划代码匹配两期结果，列出等级升高或降低的评价单元；变化图层将添加到工程中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compare.py" />
            <source>Choose the earlier and the later result.</source>
            <translation>请选择前期和后期评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Conformity analysis (符合性分析)</source>
            <translation>符合性分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Conformity</source>
            <translation>符合性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Checks project sites against the control units and their 准入清单: the units touched, the 三区三线, the county's warning and every clause with its verdict and reason. Without a list no verdict is given.</source>
            <translation>对照生态环境管控单元及其准入清单分析建设项目选址：涉及的管控单元、三区三线、所在县的预警结果，以及每条适用条款的判断和理由。没有清单时不给出判断。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Project sites</source>
            <translation>建设项目选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Only the selected features</source>
            <translation>仅分析选中的要素</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Analyse the selected sites only (a picked or drawn site is selected).</source>
            <translation>仅分析选中的项目选址（点选或绘制的选址会被选中）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Pick a site</source>
            <translation>点选选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Then click a feature of the site layer on the map.</source>
            <translation>然后在地图上点击选址图层中的一个要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Draw a site</source>
            <translation>绘制选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Click the corners on the map, right-click to finish. The site goes into a layer of drawn sites, whose attribute table takes its industry code, water use …</source>
            <translation>在地图上依次点击拐点，右键结束。选址保存在“绘制的项目选址”图层中，可在其属性表中填写行业代码、用水量等。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>name of a drawn site</source>
            <translation>绘制选址的名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Drawn site</source>
            <translation>绘制的选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Industry code (GB/T 4754)</source>
            <translation>行业代码（GB/T 4754）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Buffer of point and line sites without their own buffer field.</source>
            <translation>没有缓冲距离字段的点状、线状选址所用的缓冲距离。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Buffer of points and lines</source>
            <translation>点、线选址缓冲距离</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Control units</source>
            <translation>生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Access list (*.xlsx *.csv *.toml)</source>
            <translation>准入清单 (*.xlsx *.csv *.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Empty: no verdict is given (缺少官方清单时不判断符合性).</source>
            <translation>为空时不给出任何判断（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>准入清单 (access list)</source>
            <translation>生态环境准入清单</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Analyse</source>
            <translation>分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Runs cc_warning:zoning_compliance with these choices and writes a report per site.</source>
            <translation>按以上选择运行 cc_warning:zoning_compliance，并为每个选址生成一份报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Open report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>The report of the site chosen in the table (HTML; the PDF is beside it).</source>
            <translation>表中所选选址的报告（HTML，同目录下另有 PDF）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Site</source>
            <translation>选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Conclusion</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Clauses</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Clause</source>
            <translation>条款</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Verdict</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Further layers for the conditions: {layers}</source>
            <translation>条件所用的其他图层：{layers}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Further layers for the conditions (drinking_water, industrial_park …): none in the project. A polygon layer named after a layer key of the profile is used.</source>
            <translation>条件所用的其他图层（drinking_water、industrial_park 等）：项目中没有。以方法配置中图层键名或其中文名命名的面图层会被自动使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>No site layer chosen.</source>
            <translation>尚未选择选址图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>{n} selected site(s) of {layer}.</source>
            <translation>{layer}中选中的 {n} 个选址。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>All {n} site(s) of {layer}.</source>
            <translation>{layer}中的全部 {n} 个选址。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Choose the layer of the project sites first.</source>
            <translation>请先选择建设项目选址图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>No site of {layer} here.</source>
            <translation>此处没有{layer}中的选址。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Drawn project sites</source>
            <translation>绘制的项目选址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Drawn site {n}</source>
            <translation>绘制选址 {n}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>The drawn site could not be stored.</source>
            <translation>绘制的选址无法保存。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Choose the project sites and the control units.</source>
            <translation>请选择建设项目选址和生态环境管控单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>No site of {layer} is selected: pick one on the map, or analyse all sites.</source>
            <translation>{layer}中没有选中的选址：请在地图上点选，或分析全部选址。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>No access list: no verdict (缺少官方清单时不判断符合性).</source>
            <translation>未提供准入清单，不作判断（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>Conclusions: {text}</source>
            <translation>结论：{text}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>no verdict</source>
            <translation>无结论</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/compliance.py" />
            <source>No report yet: run the analysis first.</source>
            <translation>尚无报告：请先运行分析。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>earlier versions</source>
            <translation>历史版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>no value</source>
            <translation>无数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Monitoring database</source>
            <translation>监测数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>The .gpkg file of the monitoring database.</source>
            <translation>监测预警数据库的 .gpkg 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>A PostgreSQL connection saved in QGIS; its credentials come from the QGIS authentication database.</source>
            <translation>QGIS 中保存的 PostgreSQL 连接；其用户名和密码取自 QGIS 认证数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Or PostgreSQL</source>
            <translation>或 PostgreSQL</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>No database open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Units × periods</source>
            <translation>单元 × 期次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Counties</source>
            <translation>县级单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Townships</source>
            <translation>乡镇单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Each cell: the indicator values of the 2016 method there (of those the database knows); the tooltip lists what is missing.</source>
            <translation>每格：该单元该期次已有的 2016 方法指标值（以数据库登记的指标为准）；悬停提示列出缺失项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Indicator over time</source>
            <translation>指标时间序列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Department</source>
            <translation>报送部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Air, daily values</source>
            <translation>环境空气，日均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Air, hourly values</source>
            <translation>环境空气，小时值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Pollution sources (online monitoring)</source>
            <translation>污染源（在线监测）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Station records</source>
            <translation>站点监测数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>as the file says</source>
            <translation>以文件为准</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Year of the records</source>
            <translation>数据所属年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Indicators…</source>
            <translation>指标…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>A department's workbook: dry run first, then confirm.</source>
            <translation>部门报送的指标表：先试导入检查，再确认导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Station records…</source>
            <translation>站点数据…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Records of stations, sections or pollution sources, through the quality control: dry run first, then confirm.</source>
            <translation>站点、断面或污染源的监测数据，经质量控制：先试导入检查，再确认导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Confirm import</source>
            <translation>确认导入</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Quality control (latest import)</source>
            <translation>质量控制（最近一次导入）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Due for evaluation</source>
            <translation>待评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Load history layer</source>
            <translation>加载历史图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Every unit's warning level over the evaluated periods, set up for the temporal controller.</source>
            <translation>各单元历次评价的预警等级，已设置好时间控制器所需的时间属性。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>No database open: choose a GeoPackage or a PostgreSQL connection and connect.</source>
            <translation>未打开数据库：请选择 GeoPackage 或 PostgreSQL 连接后点击“连接”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Choose either a GeoPackage or a PostgreSQL connection, not both.</source>
            <translation>请选择 GeoPackage 或 PostgreSQL 连接之一，不要同时选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Choose a GeoPackage or a PostgreSQL connection.</source>
            <translation>请选择 GeoPackage 或 PostgreSQL 连接。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{present} of {total} values; missing: {fields}</source>
            <translation>{present}/{total} 项有值；缺失：{fields}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>No threshold of the method profile applies to this indicator.</source>
            <translation>方法配置中没有适用于该指标的阈值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{value} (v{version})</source>
            <translation>{value}（第{version}版）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>current</source>
            <translation>现行版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>superseded</source>
            <translation>已被替代</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>imported by {user}</source>
            <translation>导入人：{user}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Period</source>
            <translation>期次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Indicator workbook</source>
            <translation>指标数据表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Workbook or CSV (*.xlsx *.csv)</source>
            <translation>工作簿或 CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Dry run of {file}</source>
            <translation>试导入 {file}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Preview an import first.</source>
            <translation>请先试导入预览。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Import of {file}</source>
            <translation>导入 {file}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>An import is running; wait for it or cancel it.</source>
            <translation>正在导入：请等待完成或取消。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{what} could not start: {why}</source>
            <translation>{what}无法开始：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{what} in the background…</source>
            <translation>{what}（后台运行中）…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Station</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Pollutant</source>
            <translation>污染物</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>QC finding</source>
            <translation>质控结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>The first {n} rows are shown (rejected, conflicts and changes first).</source>
            <translation>仅显示前 {n} 行（拒收、冲突和变更排在前面）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{db}: no unit is due for evaluation.</source>
            <translation>{db}：暂无到期待评价的单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>{db}: {n} unit(s) due for evaluation, {k} overdue.</source>
            <translation>{db}：{n} 个单元到期待评价，其中 {k} 个已逾期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>The history layer could not be read.</source>
            <translation>无法读取历史图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>Warning levels {periods}</source>
            <translation>预警等级 {periods}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>History layer loaded ({n} rows, periods {periods}): open the temporal controller to animate it.</source>
            <translation>历史图层已加载（{n} 行，期次 {periods}）：打开时间控制器即可播放。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/database.py" />
            <source>current value</source>
            <translation>现行值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Layout '{name}' added to the project.</source>
            <translation>版面“{name}”已添加到工程。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Written: {files}</source>
            <translation>已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Export warning map</source>
            <translation>导出预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>编制单位 (prepared by)</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>编制日期 (date)</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>审图号 (map review number)</source>
            <translation>审图号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>数据来源 (data source)</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Layout and export</source>
            <translation>版面与导出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Layout</source>
            <translation>出图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Page</source>
            <translation>图幅</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Default: from the classification</source>
            <translation>默认：按分级内容生成</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Default: evaluation year and method</source>
            <translation>默认：评价年份与技术方法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Resolution (dpi)</source>
            <translation>分辨率（dpi）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Project variables</source>
            <translation>工程变量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Set once, saved with the project, used by every layout and the report.</source>
            <translation>设置一次即可，随工程保存，所有版面和评价报告通用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Create layout</source>
            <translation>生成版面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Adds an editable layout to the project's layout manager and opens it.</source>
            <translation>在工程的版面管理器中添加可编辑的版面并打开。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>Export PDF and PNG…</source>
            <translation>导出 PDF 和 PNG…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/layout.py" />
            <source>A new layout, exported at the chosen resolution (not added to the project).</source>
            <translation>按所选分辨率导出一个新版面（不添加到工程中）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Making the evaluation report in the background…</source>
            <translation>正在后台生成评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Report written: {files}</source>
            <translation>报告已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>The report was not written: {why}</source>
            <translation>报告未写出：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Evaluation report</source>
            <translation>评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>An Excel workbook and an HTML report of the chosen result: the composite, each element, the trend, class statistics, maps, charts, the cause of every unit and the provenance. The county layer of the base map, the earlier result of the period comparison and the layout's title and 编制单位 are used when set.</source>
            <translation>生成所选评价结果的 Excel 工作簿和 HTML 报告：集成评价、各单项评价、过程评价、分级统计、地图、图表、各评价单元的成因解析以及数据来源与过程记录。底图中的县级行政区图层、时期对比中的前期结果、版面的标题和编制单位如已设置，一并使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Evaluation report…</source>
            <translation>评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>Workbook (xlsx) and HTML report, made in the background.</source>
            <translation>在后台生成工作簿（xlsx）和 HTML 报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/report.py" />
            <source>The report could not start: {why}</source>
            <translation>报告无法开始生成：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>No statistics yet: choose an evaluation result.</source>
            <translation>尚无统计结果：请选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Export statistics</source>
            <translation>导出统计表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Statistics written: {path}</source>
            <translation>统计表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Class</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Stats</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Bar chart</source>
            <translation>柱状图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Pie chart</source>
            <translation>饼图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Area in km², share of the total area in %.</source>
            <translation>面积单位：平方千米；占比为占总面积的百分比（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/statistics.py" />
            <source>Share of the total count in %.</source>
            <translation>占比为占总数的百分比（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Unit details</source>
            <translation>评价单元详情</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Identify</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Then click the map: this tab shows what the result says about the unit.</source>
            <translation>然后在地图上点击评价单元：本页显示评价结果中该单元的各项内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Cause:</source>
            <translation>成因：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Trend components (annual change rates, %)</source>
            <translation>耗损过程分项（年均变化率，%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>No data here.</source>
            <translation>此处无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/panels/unit.py" />
            <source>Unclassified ({codes})</source>
            <translation>未分类（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/widgets.py" />
            <source>Export table…</source>
            <translation>导出表格…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/widgets.py" />
            <source>Write the table as an Excel workbook or CSV.</source>
            <translation>将表格导出为 Excel 工作簿或 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>A3 landscape</source>
            <translation>A3 横版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>A3 portrait</source>
            <translation>A3 竖版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>A4 landscape</source>
            <translation>A4 横版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>A4 portrait</source>
            <translation>A4 竖版</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {path} does not exist. Choose a .qpt file or one of the built-in templates.</source>
            <translation>版面模板 {path} 不存在。请选择 .qpt 文件或内置模板之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {path} cannot be read: {detail}.</source>
            <translation>无法读取版面模板 {path}：{detail}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {path} is not a valid .qpt (XML) file. Save it again from the layout designer (Layout ▸ Save as Template).</source>
            <translation>版面模板 {path} 不是有效的 .qpt（XML）文件。请在版面设计器中重新保存（版面 ▸ 另存为模板）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {path} could not be loaded as a print layout.</source>
            <translation>版面模板 {path} 无法作为打印版面加载。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {template} has no item with the id {ids}. In the layout designer select the item (map, legend or title label) and set Item Properties ▸ Item ID, or use a built-in template.</source>
            <translation>版面模板 {template} 中没有标识为 {ids} 的元素。请在版面设计器中选中该元素（地图、图例或标题文本），在“元素属性 ▸ 元素标识”中设置，或使用内置模板。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Layout template {template}: the item(s) {ids} are of the wrong kind (e.g. 'cc_map' must be a map, 'cc_stats' a table frame). Fix their ids in the layout designer.</source>
            <translation>版面模板 {template}：元素 {ids} 的类型不对（例如 'cc_map' 必须是地图，'cc_stats' 必须是表格框）。请在版面设计器中修改其标识。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>No font for Chinese text is installed (looked for {fonts}): Chinese text may show as boxes. Install fonts-wqy-microhei (Debian) or Noto Sans CJK.</source>
            <translation>未安装可显示中文的字体（已查找 {fonts}）：中文可能显示为方框。请安装 fonts-wqy-microhei（Debian）或 Noto Sans CJK。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Fonts {missing} are not installed here; the layout uses {font} instead.</source>
            <translation>本机未安装字体 {missing}，版面改用 {font}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>km</source>
            <translation>千米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>m</source>
            <translation>米</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Area (km²)</source>
            <translation>面积（平方千米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>The template has no item {ids}; that part is left out.</source>
            <translation>模板中没有元素 {ids}，该部分从略。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>The {kind} export to {path} failed (code {code}). {detail} Check the disk space and the output path.</source>
            <translation>导出 {kind} 到 {path} 失败（代码 {code}）。{detail} 请检查磁盘空间和输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" />
            <source>Layer '{layer}' has no classification '{key}'. It offers: {views}.</source>
            <translation>图层“{layer}”没有分级内容“{key}”。可用的有：{views}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" />
            <source>Carrying capacity evaluation map: {view}</source>
            <translation>资源环境承载能力评价图：{view}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" />
            <source>2020 dual-evaluation guide (双评价)</source>
            <translation>《资源环境承载能力和国土空间开发适宜性评价指南（试行）》（2020）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" />
            <source>2016 monitoring and early-warning method</source>
            <translation>《资源环境承载能力监测预警技术方法（试行）》（2016）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/mapping.py" />
            <source>Evaluation year {year} · {method}</source>
            <translation>评价年份 {year} · {method}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Carrying capacity warning</source>
            <translation>承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Resource and environmental carrying capacity warning</source>
            <translation>资源环境承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Open the carrying-capacity evaluations in the Processing toolbox</source>
            <translation>在处理工具箱中打开承载能力评价工具</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Warning map, statistics and report</source>
            <translation>预警图、统计与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Open the warning-map dock: style a result over the planning base map, statistics, period comparison, layouts and the evaluation report</source>
            <translation>打开预警图面板：在规划底图上按标准样式显示评价结果，分级统计、时期对比、出图版面和评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Targets are tracked against observations: give both the targets table and the observations, or neither.</source>
            <translation>目标须对照监测值跟踪：请同时给出目标表和监测值表，或都不给。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>A consultation record belongs to a cross-check: give the county self-assessment too.</source>
            <translation>会商记录属于协同校验：请同时给出县级自评结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Monitoring period: {period}</source>
            <translation>监测期：{period}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>This report</source>
            <translation>本报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Report written: {path}</source>
            <translation>已写出报告：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Public edition: {n} files in {path}</source>
            <translation>公开版：{path} 中共 {n} 个文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Station quality control</source>
            <translation>站点数据质控</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Exceedance alerts</source>
            <translation>超标报警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Station-coverage gaps</source>
            <translation>站点覆盖缺口</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Evaluations due</source>
            <translation>到期评价清单</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/annual.py" />
            <source>Nothing to do: give the HTML, PDF or Word report, or the public edition's folder.</source>
            <translation>没有可做的：请给出 HTML、PDF 或 Word 报告，或公开版文件夹。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>Earlier result {layer} is not a vector layer or table.</source>
            <translation>往期结果 {layer} 不是矢量图层或表格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>Earlier result {layer}: no year field (年份 or trend_eval_year) holding one year, so its period is unknown. Add the year to it, or give its levels in the history table.</source>
            <translation>往期结果 {layer}：没有只含一个年份的年份字段（年份或 trend_eval_year），无法确定其所属时期。请为其补充年份，或在历史预警等级表中给出这些等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>Period {period} is given twice: by {a} and by {b}. Keep one of them.</source>
            <translation>时期 {period} 给出了两次：{a} 和 {b}。请只保留其一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>Issue date {value!r} is not a date. Write it as YYYY-MM-DD (e.g. 2026-03-01).</source>
            <translation>印发日期 {value!r} 不是日期。请写作 YYYY-MM-DD（如 2026-03-01）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>{layer}: no name column (名称 or 评价单元名称). Give a table with the unit code and the name.</source>
            <translation>{layer}：没有名称列（名称或评价单元名称）。请给出含行政区划代码和名称的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>Choose at least one format (HTML, PDF or Word).</source>
            <translation>请至少选择一种格式（HTML、PDF 或 Word）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/base.py" />
            <source>{layer}: its year field says {year}, but the period given is {period}. Leave the period at 0 or give {year}.</source>
            <translation>{layer}：其年份字段为 {year}，但给出的时期为 {period}。请将时期保留为 0 或填写 {year}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/crosscheck.py" />
            <source>{units} units and {items} items compared; {d} disagree (indices within {tol} count as equal).</source>
            <translation>共比较 {units} 个单元、{items} 个事项，其中 {d} 项不一致（指数差在 {tol} 以内视为一致）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/crosscheck.py" />
            <source>{n} unit(s) of {city} are not in {county} and are left out.</source>
            <translation>{city} 中有 {n} 个评价单元不在 {county} 中，不参与比较。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/maps.py" />
            <source>Change of the warning level</source>
            <translation>预警等级变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/measures.py" />
            <source>{label}: {n} unit(s)</source>
            <translation>{label}：{n} 个单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/measures.py" />
            <source>{n} unit(s) get measures or rewards/penalties whose profile entry cites no source document (act_unverified = 1): check them against the implementing rules.</source>
            <translation>{n} 个评价单元适用的管控措施或奖惩在方法配置中未注明出处文件（act_unverified = 1）：请对照实施细则核实。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/reminders.py" />
            <source>No unit gets a reminder: no letter written.</source>
            <translation>没有评价单元需要提醒：未写出函件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/reminders.py" />
            <source>{n} reminder(s), {m} letter file(s), {k} remediation task(s).</source>
            <translation>共 {n} 条提醒，{m} 个函件文件，{k} 项整改任务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/reminders.py" />
            <source>Reminder rules applied without a cited source document: the letters say they are drafts. Check the rules before sending.</source>
            <translation>所用提醒规则未注明出处文件：函件均标注为草稿。发出前请核实规则。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/reminders.py" />
            <source>Letter to {county}: {title} (deadline {deadline})</source>
            <translation>致{county}：{title}（期限 {deadline}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/targets.py" />
            <source>{n} chart(s) written to {folder}.</source>
            <translation>已向 {folder} 写出 {n} 幅图表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/targets.py" />
            <source>{label}: {n} target(s)</source>
            <translation>{label}：{n} 项目标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/actions/targets.py" />
            <source>Observations of {indicator} in {region} belong to no target and are not used.</source>
            <translation>{region} 的{indicator}监测值不对应任何目标，未使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/carrying_capacity_2016.py" />
            <source>the overlays</source>
            <translation>叠加分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/carrying_capacity_2016.py" />
            <source>Base year {b}, evaluation year {e}.</source>
            <translation>基准年 {b} 年，评价年 {e} 年。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/carrying_capacity_2016.py" />
            <source>No base-year table: the depletion trend cannot be evaluated, so overloaded and critical units get no warning colour.</source>
            <translation>未提供基准年表：无法开展过程评价，超载和临界超载单元无法确定预警颜色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/carrying_capacity_2016.py" />
            <source>{element}: no column for {names} in the inputs; units that need them are not evaluated. Accepted column names: {headers}.</source>
            <translation>{element}：输入中没有 {names} 字段；需要这些字段的单元无法评价。可用的字段名：{headers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/dual_evaluation.py" />
            <source>Written to {folder}: {files}</source>
            <translation>已写入 {folder}：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/dual_evaluation.py" />
            <source>The ecology stage needs land cover, vegetation cover and soil texture together; missing: {missing}. Give them all, or none and a 生态保护重要性 raster or 极重要区 polygons.</source>
            <translation>生态评价需要同时提供土地覆被、植被覆盖度和土壤质地；缺少：{missing}。请全部提供，或都不提供而改为提供生态保护重要性栅格或极重要区面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/dual_evaluation.py" />
            <source>A 生态保护重要性 raster or 极重要区 polygons are given: the ecology stage is not run, they are used instead.</source>
            <translation>已提供生态保护重要性栅格或极重要区面：不运行生态评价，直接使用所提供的数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/chains/dual_evaluation.py" />
            <source>— {alg}</source>
            <translation>— {alg}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>{db} holds a monitoring database of schema version {have}; the backup is of version {want}. Restore into an empty database.</source>
            <translation>{db} 中已有模式版本 {have} 的监测预警数据库，而备份为版本 {want}。请恢复到空数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>Restoring {src} into {dst} (schema version {v}).</source>
            <translation>正在将 {src} 恢复到 {dst}（模式版本 {v}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>{n} rows restored.</source>
            <translation>已恢复 {n} 行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>{what}: {path} must be a GeoPackage (.gpkg).</source>
            <translation>{what}：{path} 必须是 GeoPackage（.gpkg）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>{what}: {path} exists already; a backup or a restored database is never written over an existing file. Choose a new file name.</source>
            <translation>{what}：{path} 已存在；备份或恢复的数据库从不覆盖已有文件。请另取文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>{db} copied to {path}: {n} rows.</source>
            <translation>{db} 已复制到 {path}：{n} 行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>Restore into either a new GeoPackage (OUTPUT) or the empty database of a saved PostgreSQL connection (CONNECTION): give one of them.</source>
            <translation>请指定恢复目标之一：新的 GeoPackage（OUTPUT），或已保存 PostgreSQL 连接中的空数据库（CONNECTION）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>Restored database</source>
            <translation>恢复后的数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/backup.py" />
            <source>The backup {path} does not exist.</source>
            <translation>备份文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>Give either a GeoPackage ({gpkg}) or a saved PostgreSQL connection ({conn}), not both.</source>
            <translation>请指定 GeoPackage（{gpkg}）或已保存的 PostgreSQL 连接（{conn}）之一，不要同时指定。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>Give the monitoring database: a GeoPackage (DATABASE) or a saved PostgreSQL connection (CONNECTION).</source>
            <translation>请指定监测预警数据库：GeoPackage（DATABASE）或已保存的 PostgreSQL 连接（CONNECTION）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>PostgreSQL connection {name}</source>
            <translation>PostgreSQL 连接 {name}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>Database: {db}</source>
            <translation>数据库：{db}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}: no field named {accepted}; fields: {fields}. Choose the field ({param}).</source>
            <translation>{layer}：没有名为 {accepted} 的字段；现有字段：{fields}。请选择字段（{param}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}: there is no field {field}.</source>
            <translation>{layer}：没有字段 {field}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}, feature {n}: the feature has no geometry; a unit needs its polygon. Draw its outline or remove the feature, then load the layer again; nothing was written.</source>
            <translation>{layer}，要素 {n}：该要素没有几何图形，评价单元必须有多边形。请绘制其边界或删除该要素，然后重新载入图层；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>feature {n} ({why})</source>
            <translation>要素 {n}（{why}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}, feature {n}: the point cannot be reprojected to EPSG:{srid} ({error}).</source>
            <translation>{layer} 第 {n} 个要素：点位无法重投影到 EPSG:{srid}（{error}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}, feature {n}: the geometry cannot be reprojected to EPSG:{srid} ({error}).</source>
            <translation>{layer} 第 {n} 个要素：几何无法重投影到 EPSG:{srid}（{error}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer} has no features: there is nothing to load. Choose the layer that holds them (or remove its filter).</source>
            <translation>{layer} 没有要素：没有可载入的内容。请选择包含要素的图层（或取消其筛选条件）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/base.py" />
            <source>{layer}: {n} feature(s) have invalid geometries, which give wrong areas and overlays, and are stored repaired (made valid): {features}. The layer itself is not changed (Fix Geometries with the repair method Structure repairs it for good).</source>
            <translation>{layer}：有 {n} 个要素的几何图形无效（会导致面积和叠加分析出错），已修复为有效图形后存入数据库：{features}。图层本身未被修改（用“修复几何图形”工具并选择修复方法“Structure”可永久修复）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/connection.py" />
            <source>The PostgreSQL provider of QGIS is not available: install QGIS with PostgreSQL support.</source>
            <translation>QGIS 的 PostgreSQL 数据提供者不可用：请安装支持 PostgreSQL 的 QGIS。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/connection.py" />
            <source>There is no saved PostgreSQL connection named {name!r} (saved connections: {known}). Create it in the Browser (PostgreSQL ▸ New Connection) or choose another.</source>
            <translation>没有名为 {name!r} 的已保存 PostgreSQL 连接（已保存的连接：{known}）。请在浏览器面板中新建（PostgreSQL ▸ 新建连接）或另选一个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/connection.py" />
            <source>The saved PostgreSQL connection {name!r} takes its credentials from the authentication configuration {authcfg}, which cannot be read: it does not exist, or the master password of the QGIS authentication database has not been entered. Check it in Settings ▸ Options ▸ Authentication.</source>
            <translation>已保存的 PostgreSQL 连接 {name!r} 的用户名和密码取自认证配置 {authcfg}，但无法读取：该配置不存在，或尚未输入 QGIS 认证数据库的主密码。请在“设置 ▸ 选项 ▸ 认证”中检查。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/coverage.py" />
            <source>{layer}: the table has no rows (only a header). Give the table with one row per unit (the unit code and the yes/no fields), or leave it out.</source>
            <translation>{layer}：该表没有数据行（只有表头）。请提供每个单元一行的表（单元代码及各是/否字段），或不提供该表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/coverage.py" />
            <source>{layer}: no unit-code column (行政区划代码). Give a table with the unit code and the yes/no fields.</source>
            <translation>{layer}：没有单元代码列（行政区划代码）。请提供含单元代码和是/否字段的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/coverage.py" />
            <source>{n} unit(s) where the network must be extended ({year}, {rows} row(s)).</source>
            <translation>{n} 个单元需要加密布点（{year} 年，{rows} 行）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/coverage.py" />
            <source>Station coverage</source>
            <translation>站点覆盖</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/create.py" />
            <source>Backed up to {path} before the upgrade.</source>
            <translation>升级前已备份至 {path}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/create.py" />
            <source>Upgraded: migrations {versions} applied.</source>
            <translation>已升级：已执行迁移 {versions}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/create.py" />
            <source>CRS of a new database: {crs} is not a projected EPSG CRS. Choose one in metres, e.g. a CGCS2000 Gauss-Kruger zone (EPSG:4513–4554).</source>
            <translation>新建数据库的坐标系：{crs} 不是以 EPSG 编号的投影坐标系。请选择以米为单位的坐标系，如 CGCS2000 高斯-克吕格分带（EPSG:4513–4554）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/create.py" />
            <source>A new monitoring database is a GeoPackage: give a file name ending in .gpkg ({path}).</source>
            <translation>新建的监测预警数据库为 GeoPackage：文件名须以 .gpkg 结尾（{path}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/create.py" />
            <source>Created {db} with {d} departments and {i} indicators.</source>
            <translation>已创建 {db}，含 {d} 个部门、{i} 项指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/due.py" />
            <source>As of {value!r} is not a date. Write it as YYYY-MM-DD (e.g. 2026-03-01), or leave it empty for today.</source>
            <translation>截至日期 {value!r} 不是日期。请写作 YYYY-MM-DD（如 2026-03-01），或留空表示今天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/due.py" />
            <source>As of {date}: {n} unit(s) due, {k} overdue.</source>
            <translation>截至 {date}：{n} 个单元到期，{k} 个已逾期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>The base period {base} is not before the period {period}. Give an earlier year, or 0 for the latest earlier period with values.</source>
            <translation>基准期 {base} 不早于评价期 {period}。请给出更早的年份，或填 0 以采用最近一个有数据的更早期次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>No earlier period with values: the depletion trend cannot be evaluated, so overloaded and critical units get no warning colour.</source>
            <translation>没有更早的有数据期次：无法评价资源环境耗损过程，超载和临界超载单元不能定出预警等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Period {period}, base period {base}.</source>
            <translation>评价期 {period}，基准期 {base}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Air stations: the valid daily values of {year} in the database.</source>
            <translation>空气站点：采用数据库中 {year} 年的有效日均值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Water sections: the valid values of {year} in the database.</source>
            <translation>水质断面：采用数据库中 {year} 年的有效监测值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>{element}: no value of {names} in the period; units that need them are not evaluated.</source>
            <translation>{element}：本期没有 {names} 的数值；需要这些数值的单元不予评价。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Unit {code}: no value for {fields} in {period}.</source>
            <translation>单元 {code}：{period} 年缺少 {fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Run {id} written: {n} unit(s) of period {period}.</source>
            <translation>已写入评价记录 {id}：{period} 年 {n} 个单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>It supersedes {n} earlier run(s) of the period; they stay in the database.</source>
            <translation>该记录替代本期此前的 {n} 次评价；原记录仍保留在数据库中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Class value</source>
            <translation>分类值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Class code</source>
            <translation>分类代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Cells</source>
            <translation>像元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Area (ha)</source>
            <translation>面积（公顷）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>Area (亩)</source>
            <translation>面积（亩）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>{table}: the columns {columns} are missing. Give the class-area table written by dual_zonal_summary (its TABLE output).</source>
            <translation>{table}：缺少列 {columns}。请提供 dual_zonal_summary 输出的分类面积表（其 TABLE 输出）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/evaluate.py" />
            <source>{table}, row {row}: {value!r} in {column} is not a number.</source>
            <translation>{table} 第 {row} 行：{column} 中的 {value!r} 不是数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>Warning level {period}</source>
            <translation>预警等级 {period}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>The frame {path} could not be written.</source>
            <translation>无法写入帧图 {path}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>The database holds no evaluation of the {level} units: the layer is empty. Run db_evaluate_2016 first.</source>
            <translation>数据库中没有 {level} 单元的评价结果：图层为空。请先运行 db_evaluate_2016。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>{n} unit(s), evaluated periods: {periods}.</source>
            <translation>{n} 个单元，已评价期次：{periods}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>The history layer could not be read back to draw the frames: write it to a file.</source>
            <translation>无法读回历史图层以绘制帧图：请将其写入文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>Frame {path}</source>
            <translation>帧图 {path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/history.py" />
            <source>Warning levels over time (temporal)</source>
            <translation>预警等级历史（时间属性）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>rejected</source>
            <translation>拒收</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>changed</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>{path}: an indicator file is an Excel workbook (.xlsx) or a CSV file (.csv). Save the sheet in one of them.</source>
            <translation>{path}：指标文件须为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。请将该表另存为其中一种。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>… and {n} more rejection(s): see the report.</source>
            <translation>……另有 {n} 处拒收：见导入报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>Conflict: row {row}, {unit_code} {indicator} {period}: {value} here, {old_value} stored from {stored_department} ({stored_source}); not written.</source>
            <translation>冲突：第 {row} 行，{unit_code} {indicator} {period}：本文件为 {value}，库中为 {old_value}（{stored_department}，{stored_source}）；未写入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/indicators.py" />
            <source>The report lists the first {n} rows of each kind.</source>
            <translation>报告中每类仅列出前 {n} 行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/station_layer.py" />
            <source>{layer}, feature {n}</source>
            <translation>{layer}，要素 {n}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/station_layer.py" />
            <source>{layer}: {added} station(s) added, {existing} already in the database (left as they are), {outside} outside every county.</source>
            <translation>{layer}：新增 {added} 个站点，{existing} 个已在库中（保持不变），{outside} 个不在任何县级单元内。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/station_layer.py" />
            <source>Stations outside every county (no unit; they count for no unit's coverage): {codes}.</source>
            <translation>不在任何县级单元内的站点（无所属单元，不计入任何单元的覆盖）：{codes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>permit limit</source>
            <translation>许可排放限值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>{path}: station records are an Excel workbook (.xlsx) or a CSV file (.csv).</source>
            <translation>{path}：站点监测数据须为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>Conflict: row {row}, {station} {pollutant} {time}: {value} here, {stored} stored; not written.</source>
            <translation>冲突：第 {row} 行，{station} {pollutant} {time}：本文件为 {value}，库中为 {stored}；未写入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>QC: {label} ({code}): {n} finding(s)</source>
            <translation>质控：{label}（{code}）：{n} 条</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>{n} exceedance alert(s) and {m} outlet alarm(s).</source>
            <translation>超标预警 {n} 条，排放口超标报警 {m} 条。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/stations.py" />
            <source>Spearman trends: {n} series, {k} with a significant change.</source>
            <translation>Spearman 秩相关趋势：{n} 个序列，其中 {k} 个变化显著。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/units.py" />
            <source>{layer}: {added} unit(s) added, {unchanged} already in the database, {differing} in the database with another name or county (left as they are).</source>
            <translation>{layer}：新增 {added} 个单元，{unchanged} 个已在库中，{differing} 个在库中但名称或所属县不同（保持不变）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/database/units.py" />
            <source>Units in the database with another name or county: {codes}. They were not changed.</source>
            <translation>库中已有但名称或所属县不同的单元：{codes}。未作修改。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>{parameter}: layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>{parameter}：图层 {layer} 没有字段 {field}。请从以下字段中选择：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer} cannot be transformed to {crs}. Check its CRS.</source>
            <translation>图层 {layer} 无法转换到 {crs}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Cell size not given: {cell:g} (CRS units), about the cell of {ref} in {crs}.</source>
            <translation>未指定像元大小：采用 {cell:g}（坐标系单位），约为{ref}在 {crs} 中的像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer} cannot be transformed to {crs}.</source>
            <translation>图层 {layer} 无法转换到 {crs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Analysis grid: {grid}</source>
            <translation>分析格网：{grid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>analysis area</source>
            <translation>分析范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>The analysis area layer has no features (empty extent).</source>
            <translation>分析范围图层没有要素（范围为空）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer} has no CRS. Set its CRS and run again.</source>
            <translation>图层 {layer} 没有坐标系。请设置其坐标系后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Cannot write a temporary file {path}: {detail}</source>
            <translation>无法写入临时文件 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value or leave it empty (missing).</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值或留空（缺失）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer}, feature {fid} has no area.</source>
            <translation>图层 {layer} 要素 {fid} 没有面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer}, feature {fid}: field {field} gives {value:g} {unit}, outside the possible range {lo:g} … {hi:g} {unit}. Check the value, the field chosen and its unit (and whether it is per km²).</source>
            <translation>图层 {layer}，要素 {fid}：字段 {field} 的值为 {value:g} {unit}，超出可能取值范围 {lo:g} … {hi:g} {unit}。请检查该值、所选字段及其单位（以及是否为每平方千米的值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer} is served by the '{provider}' provider; the evaluations read files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As).</source>
            <translation>图层 {layer} 由 '{provider}' 数据提供者提供；评价通过 GDAL 读取文件。请先将其另存为 GeoTIFF（导出 ▸ 另存为）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>图层 {layer} 没有字段 {field}。请从以下字段中选择：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>{layer}: {n:,} cells held values outside the plausible range {lo:g} … {hi:g} and were treated as nodata.</source>
            <translation>{layer}：有 {n:,} 个像元的值超出合理范围 {lo:g} … {hi:g}，已按无数据处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>{name}: {shares}</source>
            <translation>{name}：{shares}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/base.py" />
            <source>Incorrect parameter value for {description} ({name}).</source>
            <translation>参数 {description}（{name}）的值不正确。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Give either an accumulated-temperature raster, or a reference station's temperatures together with a DEM.</source>
            <translation>请给出积温栅格，或参证站气温加 DEM。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>the evaluation</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Reference series: {n} means at {z:g} m, moved to each cell's elevation at {rate:g} °C per 100 m; at the station's elevation the accumulated temperature is {at:.0f} °C·d.</source>
            <translation>参证序列：{n} 个均值（海拔 {z:g} 米），按每 100 米 {rate:g} °C 移至各像元海拔；参证站海拔处的积温为 {at:.0f} °C·d。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Accumulated temperature ≥ 0 °C (°C·d)</source>
            <translation>≥0 °C 积温（°C·d）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Accumulated temperature</source>
            <translation>积温</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>The climate table needs the station points.</source>
            <translation>气候表需要站点点图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}, feature {fid}: relative humidity {value} is not a percentage (0–100).</source>
            <translation>图层 {layer} 要素 {fid}：相对湿度 {value} 不是百分数（0–100）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Station {code} has no rows in {layer}; it is not used.</source>
            <translation>站点 {code} 在 {layer} 中没有记录，不予使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}: station {code} has no row for month(s) {months}.</source>
            <translation>图层 {layer}：站点 {code} 缺少第 {months} 月的记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>No station of {points} has rows in {layer}: check the station code fields.</source>
            <translation>{points} 中没有任何站点在 {layer} 中有记录：请检查站点编码字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Give either the monthly temperature and humidity rasters, or the climate table with the station points.</source>
            <translation>请给出逐月气温和湿度栅格，或气候表及站点点图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>The temperature raster needs the humidity raster too.</source>
            <translation>给出气温栅格时还需要湿度栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>In table mode give a reference raster (or a DEM) for the analysis grid.</source>
            <translation>气候表模式下请给出确定分析格网的参考栅格（或 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value.</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>{n} stations; every cell takes its nearest station.</source>
            <translation>{n} 个站点；每个像元取最近的站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Station {code} lies outside the DEM or on a nodata cell: its elevation is unknown.</source>
            <translation>站点 {code} 位于 DEM 之外或落在无数据像元上：其海拔未知。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Temperatures moved to each cell's elevation at {rate:g} °C per 100 m from the station elevations read from the DEM.</source>
            <translation>已按每 100 米 {rate:g} °C 把气温由 DEM 读取的站点海拔移至各像元海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Choose the mean temperature field of the table.</source>
            <translation>请选择表中的平均气温字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}, feature {fid}: no temperature. A reference series must be complete.</source>
            <translation>图层 {layer} 要素 {fid}：没有气温值。参证站序列必须完整。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}, feature {fid}: month {month} is not 1–12.</source>
            <translation>图层 {layer} 要素 {fid}：月份 {month} 不在 1–12 之间。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer} has no rows for station '{station}'.</source>
            <translation>图层 {layer} 中没有站点 '{station}' 的记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}: the monthly means of station '{station}' must cover the months 1–12 once each, found {months}.</source>
            <translation>图层 {layer}：站点 '{station}' 的月均值必须恰好覆盖 1–12 月各一次，实际为 {months}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>{n} daily rows: a year has 365 or 366 days.</source>
            <translation>{n} 行日值：一年应有 365 或 366 天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>Manual breaks "{text}" cannot be used ({why}). Give two ascending numbers separated by a comma, e.g. "100, 300".</source>
            <translation>人工分级阈值 "{text}" 无法使用（{why}）。请填写两个以逗号分隔的递增数值，如 "100, 300"。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>the cell area</source>
            <translation>像元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>{service} importance</source>
            <translation>{service}重要性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>cumulative share: first {a:g} % of the total service value → 极重要 (value ≥ {t1}), up to {b:g} % → 重要 (value ≥ {t2})</source>
            <translation>累积占比：服务功能总量前 {a:g} % → 极重要（值 ≥ {t1}），至 {b:g} % → 重要（值 ≥ {t2}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>manual breaks: ≥ {t1:g} → 极重要, ≥ {t2:g} → 重要 ({unit})</source>
            <translation>人工分级阈值：≥ {t1:g} → 极重要，≥ {t2:g} → 重要（{unit}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>Grading: {text}.</source>
            <translation>分级：{text}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>Total {service} of the area: {total:,.6g} {unit}.</source>
            <translation>评价区{service}总量：{total:,.6g} {unit}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>{factor}: give a raster or a constant value (parameters {name} or {name}_VALUE).</source>
            <translation>{factor}：请提供栅格或常数值（参数 {name} 或 {name}_VALUE）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/base.py" />
            <source>{factor}: the constant {value:g} for every cell.</source>
            <translation>{factor}：所有像元取常数 {value:g}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>NPP-based index and habitat polygons</source>
            <translation>基于 NPP 的指数与生境面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>NPP-based index</source>
            <translation>基于 NPP 的指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>No NPP index is computed from habitat polygons alone: the service raster is not written.</source>
            <translation>仅有生境面时不计算 NPP 指数：不输出服务功能栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>habitat polygons</source>
            <translation>生境面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>{layer}: polygons burnt onto the grid (cell centres).</source>
            <translation>{layer}：面已栅格化到分析格网（按像元中心）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>The NPP-based index needs NPP, precipitation and temperature; missing: {names}.</source>
            <translation>基于 NPP 的指数需要 NPP、降水量和气温；缺少：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>生物多样性维护 needs the NPP, precipitation and temperature rasters, or habitat polygons, or both.</source>
            <translation>生物多样性维护需要 NPP、降水量和气温栅格，或生境面，或两者都提供。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/biodiversity.py" />
            <source>{factor}: normalised over {lo:g} … {hi:g}.</source>
            <translation>{factor}：在 {lo:g} … {hi:g} 范围内归一化。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>a service importance raster</source>
            <translation>服务功能重要性栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>a vulnerability raster</source>
            <translation>生态脆弱性栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>the areas of the 极重要区</source>
            <translation>极重要区面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态系统服务功能重要性 (dual.classes.importance)</source>
            <translation>生态系统服务功能重要性（dual.classes.importance）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态脆弱性 (dual.classes.vulnerability)</source>
            <translation>生态脆弱性（dual.classes.vulnerability）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Service importance (highest of the services)</source>
            <translation>服务功能重要性（各服务功能的最高类别）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Vulnerability (highest of the vulnerabilities)</source>
            <translation>生态脆弱性（各脆弱性的最高类别）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Inputs reaching the class — {bits}</source>
            <translation>达到该类别的输入 — {bits}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Cause</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态保护极重要区 (1 = inside)</source>
            <translation>生态保护极重要区（1 = 区内）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态保护极重要区</source>
            <translation>生态保护极重要区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>preliminary importance</source>
            <translation>初步重要性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>斑块集中度 correction: {n:,} patches (cells joined by {c}-connectivity).</source>
            <translation>斑块集中度修正：{n:,} 个斑块（像元按 {c} 邻域连通）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>patch area</source>
            <translation>斑块面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>highest class over the inputs; vulnerability counted as {mapping}</source>
            <translation>取各输入的最高类别；脆弱性视同：{mapping}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态保护极重要区: {ha:,.2f} ha ({cells:,} cells).</source>
            <translation>生态保护极重要区：{ha:,.2f} 公顷（{cells:,} 个像元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>area {n}</source>
            <translation>第 {n} 个区域</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Layer {layer} is a {found} raster, not {what} ({expected}). Put it in the list it belongs to, or choose the right layer.</source>
            <translation>图层 {layer} 是 {found} 栅格，不是{what}（{expected}）。请把它放入对应的列表，或选择正确的图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Give at least one service-importance or vulnerability raster.</source>
            <translation>请至少提供一个服务功能重要性栅格或生态脆弱性栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>At most 32 input rasters can be combined (the cause raster has 32 bits); {n} were given.</source>
            <translation>最多可组合 32 个输入栅格（成因栅格为 32 位）；实际提供了 {n} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/sand.py" />
            <source>{n:,} cells had SL_潜 &lt; SL (strong wind beyond the peak of the RWEQ curve); their sand fixation is 0.</source>
            <translation>{n:,} 个像元 SL_潜 &lt; SL（风力超过 RWEQ 曲线峰值）；其防风固沙量取 0。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>水土保持 needs the soil erodibility: give a K raster, the four EPIC rasters (sand, silt, clay, organic carbon) or the soil-texture codes.</source>
            <translation>水土保持需要土壤可蚀性：请提供 K 栅格、EPIC 所需的四个栅格（砂粒、粉粒、黏粒、有机碳）或土壤质地代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>Support practice factor P</source>
            <translation>水土保持措施因子 P</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>LS from the D8 flow accumulation ({variant})</source>
            <translation>LS 由 D8 汇流累积量计算（{variant}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>LS from the flow accumulation over the DEM (Desmet &amp; Govers, variant {variant}); flow directions and accumulation tile by tile.</source>
            <translation>LS 由 DEM 汇流累积量计算（Desmet &amp; Govers，{variant} 方案）；流向与汇流累积量逐分块计算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>Slope length λ = {m:g} m ({why}).</source>
            <translation>坡长 λ = {m:g} 米（{why}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>constant from the parameter or profile</source>
            <translation>取自参数或方法配置的常数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>one cell</source>
            <translation>一个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>soil texture ([dual.soil_texture])</source>
            <translation>土壤质地（[dual.soil_texture]）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>Layer {layer}: the texture codes {codes} have no k_factor in [dual.soil_texture] of the method profile. Add k_factor to those codes, or give a K raster.</source>
            <translation>图层 {layer}：质地代码 {codes} 在方法配置的 [dual.soil_texture] 中没有 k_factor。请为这些代码补充 k_factor，或提供 K 栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>The flow accumulation is written only with the LS from flow accumulation.</source>
            <translation>仅在 LS 由汇流累积量计算时输出汇流累积量。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>LS factor</source>
            <translation>LS 因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>Flow accumulation (cells)</source>
            <translation>汇流累积量（像元数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>R from the raster {layer}</source>
            <translation>R 取自栅格 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>An R raster is given: the daily rainfall is not used.</source>
            <translation>已给出 R 栅格：不使用逐日降雨。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>R = {a:g}·P^{b:g} from the annual precipitation {layer}</source>
            <translation>R = {a:g}·P^{b:g}，由年降水量 {layer} 计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>水土保持 needs the rainfall erosivity: give an R raster, the annual precipitation or daily rainfall.</source>
            <translation>水土保持需要降雨侵蚀力：请给出 R 栅格、年降水量或逐日降雨。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>K from the raster {layer}</source>
            <translation>K 取自栅格 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>EPIC's K needs sand, silt, clay and organic carbon; missing: {names}. Give all four, a K raster or the soil-texture codes.</source>
            <translation>EPIC 模型计算 K 需要砂粒、粉粒、黏粒和有机碳；缺少：{names}。请提供全部四项、K 栅格或土壤质地代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>K by EPIC from sand, silt, clay and organic carbon</source>
            <translation>K 由 EPIC 模型根据砂粒、粉粒、黏粒和有机碳计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>K by soil texture ([dual.soil_texture] k_factor) from {layer}</source>
            <translation>K 按土壤质地（[dual.soil_texture] k_factor）取自 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>水土流失 needs the rainfall erosivity: give an R raster, the annual precipitation or daily rainfall.</source>
            <translation>水土流失需要降雨侵蚀力：请给出 R 栅格、年降水量或逐日降雨。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>R from the raster</source>
            <translation>R 取自栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>R = {a:g}·P^{b:g} from the annual precipitation</source>
            <translation>R = {a:g}·P^{b:g}，由年降水量计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>the relief, slope and areas</source>
            <translation>地形起伏度、坡度和面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>rainfall erosivity R</source>
            <translation>降雨侵蚀力 R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>{name} index</source>
            <translation>{name}指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Factor scores</source>
            <translation>因子分值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>soil texture K</source>
            <translation>土壤质地 K</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>relief (LS)</source>
            <translation>地形起伏度（LS）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>vegetation cover C</source>
            <translation>植被覆盖度 C</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>geometric mean of the scores; breaks {breaks} ({side}); 5 = most vulnerable</source>
            <translation>各因子分值的几何平均；分级点 {breaks}（{side}）；5 = 最脆弱</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>a value on a break belongs to the upper class</source>
            <translation>恰在分级点上的值归入较高区间</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>a value on a break belongs to the lower class</source>
            <translation>恰在分级点上的值归入较低区间</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>carbonate-rock share D</source>
            <translation>碳酸盐岩出露比例 D</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Carbonate-rock outcrop share (fraction 0–1)</source>
            <translation>碳酸盐岩出露面积比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>slope P</source>
            <translation>坡度 P</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Aridity I</source>
            <translation>干燥度 I</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Wind days W (days/a)</source>
            <translation>起沙风天数 W（天/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Evaporation / precipitation I</source>
            <translation>蒸降比 I</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Groundwater mineralisation M (g/L)</source>
            <translation>地下水矿化度 M（g/L）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>Groundwater depth D (m)</source>
            <translation>地下水埋深 D（米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>aridity I</source>
            <translation>干燥度 I</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>wind days W</source>
            <translation>起沙风天数 W</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>evaporation/precipitation I</source>
            <translation>蒸降比 I</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>groundwater mineralisation M</source>
            <translation>地下水矿化度 M</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>groundwater depth D</source>
            <translation>地下水埋深 D</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>The annual water yield needs the reference evapotranspiration ET0, the depth to the root-restricting layer and the plant available water content; missing: {names}.</source>
            <translation>年产水量需要参考蒸散发 ET0、根系限制层深度和植物可利用水含量；缺少：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>annual water yield, Budyko curve (Fu), Z = {z:g}</source>
            <translation>年产水量，Budyko 曲线（傅抱璞公式），Z = {z:g}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>the water yield ([invest.water_yield.biophysical])</source>
            <translation>产水量（[invest.water_yield.biophysical]）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>Actual evapotranspiration AET</source>
            <translation>实际蒸散发 AET</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>AET is written only with the annual water yield.</source>
            <translation>仅在计算年产水量时输出 AET。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>Mean annual air temperature (°C)</source>
            <translation>年均气温（°C）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>水源涵养 needs the evapotranspiration: give an ET raster, or the mean annual air temperature (a raster or one value) for Turc's formula.</source>
            <translation>水源涵养需要蒸散发量：请提供蒸散发栅格，或提供年均气温（栅格或统一值）以用 Turc 公式估算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>ET from the raster {layer}</source>
            <translation>蒸散发取自栅格 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>ET by Turc's formula from the temperature {t}</source>
            <translation>蒸散发按 Turc 公式由气温 {t} 估算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/water.py" />
            <source>the runoff coefficients of 水源涵养 ([dual.ecology.runoff_coefficients] or no_service_codes)</source>
            <translation>水源涵养径流系数（[dual.ecology.runoff_coefficients] 或 no_service_codes）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/factor.py" />
            <source>Give either a factor raster, or polygons and the field holding the code or value.</source>
            <translation>请给出因子栅格，或面图层及保存代码或数值的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/factor.py" />
            <source>The factor comes from polygons: give a reference raster (e.g. the DEM) for the analysis grid.</source>
            <translation>因子来自面图层：请给出确定分析格网的参考栅格（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/factor.py" />
            <source>The method profile has no factor '{name}' under [dual.factors] (it has: {names}).</source>
            <translation>方法配置在 [dual.factors] 下没有因子 '{name}'（现有：{names}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/factor.py" />
            <source>Layer {layer}: field {field} holds codes the profile does not know for {factor}: {codes}. Known codes: {known}.</source>
            <translation>图层 {layer}：字段 {field} 含有方法配置中{factor}未定义的代码：{codes}。已知代码：{known}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/factor.py" />
            <source>{layer}: field {field} burnt onto the grid (cell centre).</source>
            <translation>{layer}：字段 {field} 已栅格化到格网（按像元中心）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/land.py" />
            <source>Relief window: {n} × {n} cells ({m:g} m).</source>
            <translation>地形起伏度窗口：{n} × {n} 个像元（{m:g} 米）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/land.py" />
            <source>slope breaks {breaks}° ({side})</source>
            <translation>坡度分级点 {breaks}°（{side}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/land.py" />
            <source>the slope</source>
            <translation>坡度计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/land.py" />
            <source>No {input} layer given: its modifier of {factor} is not applied.</source>
            <translation>未提供 {input} 图层：不应用其对{factor}的修正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/land.py" />
            <source>Slope (degrees)</source>
            <translation>坡度（度）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>Their land constraint and carrying scale are left empty.</source>
            <translation>这些单元的土地约束和承载规模留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>{unit}: agriculture {a} km² ({ab}), urban {b} km² ({bb})</source>
            <translation>{unit}：农业 {a} km²（{ab}），城镇 {b} km²（{bb}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>Carrying scale</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>Give at least one suitability raster.</source>
            <translation>请至少给出一个适宜性栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>{field} is given but not {missing}: the water constraint is not applied.</source>
            <translation>已给出{field}，但未给出{missing}：不计水资源约束。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/scale.py" />
            <source>{numbers} given without {field}: the water constraint is not applied. Choose the field of the units that holds the available water.</source>
            <translation>给出了{numbers}，但未给出{field}：不计水资源约束。请选择评价单元中存放可用水量的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Land levels computed from the DEM ({factor}).</source>
            <translation>已由 DEM 计算土地等级（{factor}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Water levels graded from the precipitation ({factor}).</source>
            <translation>已由降水分级得到水资源等级（{factor}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>No 生态保护重要性 raster or 生态保护极重要区 polygons given: every cell is evaluated (the 2020 guide evaluates only outside the 生态保护极重要区).</source>
            <translation>未给出生态保护重要性栅格或生态保护极重要区面图层：所有像元都参与评价（2020 指南只在生态保护极重要区以外评价）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>No 光热条件 raster given: the climate matrix is skipped.</source>
            <translation>未给出光热条件栅格：跳过气候矩阵。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Step {step} is skipped: no {inputs} layer given.</source>
            <translation>跳过步骤 {step}：未给出 {inputs} 图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>{name}: final level</source>
            <translation>{name}：最终等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>{name}: causes (bit flags)</source>
            <translation>{name}：成因（位标志）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Causes</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Patch compactness</source>
            <translation>图斑紧凑度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>连片度: {n:,} patches of equal level (largest {cells:,} cells).</source>
            <translation>连片度：{n:,} 个等级相同的图斑（最大 {cells:,} 个像元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Give the land levels, or a DEM to compute them.</source>
            <translation>请给出土地等级，或用于计算土地等级的 DEM。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>Give the water levels{alt}.</source>
            <translation>请给出水资源等级{alt}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>, or the precipitation to compute them</source>
            <translation>，或用于计算水资源等级的降水</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>the slope and the patch areas</source>
            <translation>坡度和图斑面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>Give either an indicator raster, or evaluation units and the field holding the indicator.</source>
            <translation>请给出指标栅格，或评价单元及保存指标的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>The indicator comes from units: give a reference raster (e.g. the DEM) for the analysis grid.</source>
            <translation>指标来自评价单元：请给出确定分析格网的参考栅格（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>the area of the units</source>
            <translation>单元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>{n} unit(s) have no value in {field}: their cells are nodata.</source>
            <translation>{n} 个单元在 {field} 中没有数值：其像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>{layer}: field {field} of {n} units burnt onto the grid (cell centre){per_area}.</source>
            <translation>{layer}：{n} 个单元的字段 {field} 已栅格化到格网（按像元中心）{per_area}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/water.py" />
            <source>, divided by the unit area (km²)</source>
            <translation>，并除以单元面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>the areas</source>
            <translation>面积计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>{layer}: no unit has a classified cell (the units lie outside the raster, or over its nodata only). Check the raster's extent and the units' CRS.</source>
            <translation>{layer}：所有单元都没有已分级的像元（单元位于栅格范围之外，或只覆盖其无数据区）。请检查栅格范围和单元图层的坐标参考系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>{layer}: {n} unit(s) have no classified cell (they lie outside the raster, or over its nodata only): {units}. {consequence}</source>
            <translation>{layer}：有 {n} 个单元没有已分级的像元（位于栅格范围之外，或只覆盖其无数据区）：{units}。{consequence}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>Unit name</source>
            <translation>单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>Their areas are 0: check the raster's extent and the units' CRS.</source>
            <translation>这些单元的面积为 0：请检查栅格范围和单元图层的坐标参考系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>Class areas by unit</source>
            <translation>分区面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>{unit}: {km2:.2f} km² classified</source>
            <translation>{unit}：已分类 {km2:.2f} km²</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>Layer {layer} cannot be read as a raster file ({path}): give the class raster as a file (GeoTIFF), not a web or tile layer.</source>
            <translation>图层 {layer} 无法作为栅格文件读取（{path}）：请以文件（GeoTIFF）形式提供分级栅格，而不是网络图层或瓦片图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>Layer {layer} names no class set the method profile knows (metadata CC_WARNING_CLASS_SET = '{key}'). Give the class set, e.g. levels, suitability_2, suitability_3 or importance.</source>
            <translation>图层 {layer} 未指明方法配置中已知的分类集（元数据 CC_WARNING_CLASS_SET = '{key}'）。请给出分类集，如 levels、suitability_2、suitability_3 或 importance。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/zonal.py" />
            <source>{layer} has no features: give the unit polygons.</source>
            <translation>{layer} 没有要素：请提供评价单元面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/active.py" />
            <source>The active method profile {source} cannot be used: {error}</source>
            <translation>当前方法配置 {source} 无法使用：{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/algorithm.py" />
            <source>{alg} has no run.</source>
            <translation>{alg} 没有运行步骤。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/algorithm.py" />
            <source>Input field '{name}' is replaced by the result of the same name.</source>
            <translation>输入字段“{name}”被同名结果字段替换。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/checks.py" />
            <source>{description} ({name}): {value} is not a whole number.</source>
            <translation>{description}（{name}）：{value} 不是整数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/checks.py" />
            <source>{description} ({name}): {value} is not accepted; give a number {accepted}{unit}.</source>
            <translation>{description}（{name}）：不接受 {value}；请给出 {accepted}{unit} 的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/checks.py" />
            <source>{description} ({name}): {value} is not one of the choices ({choices}).</source>
            <translation>{description}（{name}）：{value} 不在可选项之中（{choices}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>{output}: the features could not be written. {error}</source>
            <translation>{output}：要素无法写入。{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>The style file {path} could not be written: {msg}</source>
            <translation>无法写出样式文件 {path}：{msg}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>The style could not be stored in {path} ({error}): the result is complete, but opens unstyled in another project. Use the .qml file beside it.</source>
            <translation>无法将样式存入 {path}（{error}）：结果完整，但在其他工程中打开时不带样式。请使用其旁边的 .qml 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>Result of {alg} with method profile {profile} {version}.</source>
            <translation>{alg} 的结果，方法配置 {profile} {version}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>{output}: {row} could not be written. {error}</source>
            <translation>{output}：{row} 无法写入。{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/common.py" />
            <source>{output}: the last features could not be written. {error}</source>
            <translation>{output}：最后的要素无法写入。{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/geometry.py" />
            <source>invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/geometry.py" />
            <source>feature {fid} ({why})</source>
            <translation>要素 {fid}（{why}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/geometry.py" />
            <source>and {n} more</source>
            <translation>等，另有 {n} 个</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/geometry.py" />
            <source>{layer} ({param}): {n} feature(s) have invalid geometries, which give wrong areas and overlays: {features}. Repair them (Vector ▸ Geometry Tools ▸ Fix Geometries with the repair method Structure where QGIS offers it: the default, Linework, turns overlapping parts into holes) or set 'Invalid polygons' to repair them for the run.</source>
            <translation>{layer}（{param}）：有 {n} 个要素的几何图形无效，会导致面积和叠加分析结果错误：{features}。请修复这些要素（矢量 ▸ 几何工具 ▸ 修复几何图形，QGIS 提供修复方法时选择“Structure”：默认的“Linework”会把相互重叠的部分变成洞），或将“无效多边形”设为在运行时修复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/geometry.py" />
            <source>{layer} ({param}): {n} feature(s) have invalid geometries and are repaired (made valid) for this run: {features}. Their areas and overlays are those of the repaired polygons; the layer itself is not changed (Fix Geometries with the repair method Structure repairs it for good).</source>
            <translation>{layer}（{param}）：有 {n} 个要素的几何图形无效，本次运行中已将其修复为有效图形：{features}。其面积和叠加分析按修复后的多边形计算；图层本身未被修改（用“修复几何图形”工具并选择修复方法“Structure”可永久修复）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{path} ({param}): its text must be read in another encoding, which cannot be done for the selected features only. Set the layer's encoding (Layer Properties ▸ Source ▸ Data source encoding) and run again.</source>
            <translation>{path}（{param}）：其文字需要按另一种编码读取，而仅使用所选要素时无法这样做。请设置图层的编码（图层属性 ▸ 源 ▸ 数据源编码）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{path} ({param}) cannot be read as a vector layer or table: GDAL does not recognise the file. Give a GeoPackage, shapefile, CSV or xlsx file (and check that it is complete).</source>
            <translation>{path}（{param}）无法作为矢量图层或表格读取：GDAL 无法识别该文件。请提供 GeoPackage、shapefile、CSV 或 xlsx 文件（并检查文件是否完整）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{name} ({param}): the text at {where} is not valid {declared}, the encoding it is read with, and does not read as GBK or GB18030 either ('{sample}'). Save the table as UTF-8 (Excel: Save As ▸ CSV UTF-8) or as an xlsx workbook.</source>
            <translation>{name}（{param}）：{where} 处的文字既不符合读取所用的编码 {declared}，也无法按 GBK 或 GB18030 解码（“{sample}”）。请将该表另存为 UTF-8 编码（Excel：另存为 ▸ CSV UTF-8）或 xlsx 工作簿。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{name} ({param}): its text is {encoding}, not {declared} as the layer is read with. Set the layer's encoding to {encoding} (Layer Properties ▸ Source) or save the table as UTF-8.</source>
            <translation>{name}（{param}）：其文字为 {encoding} 编码，而不是图层读取所用的 {declared}。请将图层编码设为 {encoding}（图层属性 ▸ 源），或将该表另存为 UTF-8 编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{name} ({param}) cannot be read as a table. A table needs a header row naming its columns (e.g. 行政区划代码) and one row per unit below it, the columns separated by commas; save it as CSV (UTF-8) or as an xlsx workbook.</source>
            <translation>{name}（{param}）无法作为表格读取。表格需要一行表头给出各列名称（如 行政区划代码），其下每个评价单元一行，各列以逗号分隔；请保存为 CSV（UTF-8）或 xlsx 工作簿。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{name} ({param}): GDAL does not recognise this table (a CSV of a single column has no separator to find); it is read with QGIS's delimited-text reader.</source>
            <translation>{name}（{param}）：GDAL 无法识别该表（只有一列的 CSV 找不到分隔符），改用 QGIS 的分隔文本读取器读取。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{name} ({param}): its text is not valid {declared}, the encoding it is read with ({where}), but reads cleanly as {encoding} ('{sample}'): it is read as {encoding}. Save the table as UTF-8 (Excel: Save As ▸ CSV UTF-8) to make this explicit.</source>
            <translation>{name}（{param}）：其文字不符合读取所用的编码 {declared}（{where}），但按 {encoding} 可完整解码（“{sample}”），因此按 {encoding} 读取。如需明确，请将该表另存为 UTF-8 编码（Excel：另存为 ▸ CSV UTF-8）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{layer} ({param}): the text at {where} is not valid {declared}, the encoding it is read with, and does not read as GBK or GB18030 either ('{sample}'). Declare the file's encoding: add a file {cpg} beside the shapefile holding the encoding's name (e.g. Big5), or set the layer's encoding (Layer Properties ▸ Source ▸ Data source encoding).</source>
            <translation>{layer}（{param}）：{where} 处的文字既不符合读取所用的编码 {declared}，也无法按 GBK 或 GB18030 解码（“{sample}”）。请声明文件的编码：在 shapefile 旁添加文件 {cpg}，内容为编码名称（如 Big5），或设置图层的编码（图层属性 ▸ 源 ▸ 数据源编码）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/inputs.py" />
            <source>{layer} ({param}): its text is not valid {declared}, the encoding it is read with ({where}), but reads cleanly as {encoding} ('{sample}'): it is read as {encoding}. Add a file {cpg} containing {encoding} beside the shapefile (or set the layer's encoding) to make this explicit.</source>
            <translation>{layer}（{param}）：其文字不符合读取所用的编码 {declared}（{where}），但按 {encoding} 可完整解码（“{sample}”），因此按 {encoding} 读取。如需明确指定，请在 shapefile 旁添加内容为 {encoding} 的文件 {cpg}（或设置图层的编码）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output}: the output folder {folder} holds the input {input} ({path}), which the run would overwrite. Inputs are never modified: choose another output folder.</source>
            <translation>{output}：输出文件夹 {folder} 中含有输入 {input}（{path}），运行时会将其覆盖。输入数据绝不会被修改：请选择其他输出文件夹。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output} would overwrite the layer {layer} of {path}, which is the input {input}. Inputs are never modified: choose another layer name or another file.</source>
            <translation>{output} 将覆盖 {path} 中的图层 {layer}，而该图层正是输入 {input}。输入数据绝不会被修改：请另取图层名或选择其他文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output} would replace the whole file {path}, which holds the input {input} (layer {layer}). Inputs are never modified: choose another output file.</source>
            <translation>{output} 将替换整个文件 {path}，而该文件中含有输入 {input}（图层 {layer}）。输入数据绝不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output} would overwrite the input {input} ({path}). Inputs are never modified: choose another output file.</source>
            <translation>{output} 将覆盖输入 {input}（{path}）。输入数据绝不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{a} and {b} would be written to the same file {path}. Give them different names.</source>
            <translation>{a} 和 {b} 将写入同一个文件 {path}。请为它们取不同的名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output}: {path} is a folder. Give a file name.</source>
            <translation>{output}：{path} 是文件夹。请给出文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output}: the folder {folder} cannot be written to ({reason}). Choose a folder you can write to, or change its permissions.</source>
            <translation>{output}：文件夹 {folder} 不可写入（{reason}）。请选择有写入权限的文件夹，或修改该文件夹的权限。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>{output}: the folder {folder} does not exist and cannot be created in {place} ({reason}). Choose a folder you can write to.</source>
            <translation>{output}：文件夹 {folder} 不存在，且无法在 {place} 中创建（{reason}）。请选择有写入权限的文件夹。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/framework/safety.py" />
            <source>Temporary files of the failed run could not be removed: {files}</source>
            <translation>未成功运行留下的临时文件无法删除：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer} has no features: nothing to evaluate.</source>
            <translation>{layer} 没有要素：无可评价的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer} is not a table or vector layer.</source>
            <translation>{layer} 不是表格或矢量图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer} is a table without polygons, but {purpose} needs the unit polygons. Give the county polygon layer as the evaluation units.</source>
            <translation>{layer} 是没有面要素的表格，但{purpose}需要评价单元面图层。请以县级行政区面图层作为评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{table}: {n} row(s) have a unit code that is not among the evaluation units and are not used: {codes}. Check the codes if these units should be evaluated.</source>
            <translation>{table}：有 {n} 行的行政区划代码不在评价单元中，未被使用：{codes}。如这些单元应参与评价，请核对代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Unit {code}: no row in {tables}.</source>
            <translation>评价单元 {code}：{tables} 中没有该单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Unit {code} not evaluated — {why}</source>
            <translation>评价单元 {code} 无法评价——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>If {layer} is not the layer of the evaluation units, choose that layer instead.</source>
            <translation>如果 {layer} 不是评价单元图层，请改选评价单元图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Parameter {param}: {value!r} is not a number. Give numbers separated by commas, e.g. 1, 2.</source>
            <translation>参数 {param}：{value!r} 不是数字。请给出以逗号分隔的数字，例如 1, 2。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Class style of the cc_warning result</source>
            <translation>cc_warning 评价结果的分级样式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Air stations were given without their daily values: give the daily values table too, or leave the stations out.</source>
            <translation>提供了空气站点但没有日均值：请同时提供日均值表，或不提供站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>joining stations</source>
            <translation>站点空间连接</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Unit {code} has no air station: its air statistics are taken from the indicator tables if given, otherwise it is not evaluated. Add a station or give the annual statistics.</source>
            <translation>评价单元 {code} 没有空气监测站：其大气统计量取自指标表（如有），否则无法评价。请补充站点或提供年评价统计量。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Water observations were given without the sections (code, water body type, location or unit code): give the sections too.</source>
            <translation>提供了水质监测值但没有断面（编码、水体类型、位置或行政区划代码）：请同时提供断面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>joining sections</source>
            <translation>断面空间连接</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>Unit {code} has no surface-water section: its water part is missing, so it is not evaluated unless its air index already makes it overloaded. Add a section or set the partial option.</source>
            <translation>评价单元 {code} 没有地表水监测断面：缺少水环境部分，除非大气指数已判定超载，否则无法评价。请补充断面或开启部分评价选项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer}, {row}: unit code {code!r} of station {station} is not among the evaluation units. Correct the code or remove the station.</source>
            <translation>{layer}，{row}：站点 {station} 的行政区划代码 {code!r} 不在评价单元中。请更正代码或删除该站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer}: station {station} is given in two units ({a} and {b}).</source>
            <translation>{layer}：站点 {station} 被归入两个评价单元（{a} 和 {b}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>or the other per-type areas, or degradation polygons or rasters</source>
            <translation>或其他各类型面积，或退化图斑、退化栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>Give the degradation either as polygons or as rasters, not both (the same land would be counted from two sources).</source>
            <translation>退化数据请只以图斑或栅格之一给出，不要同时给出（同一地块会被两种数据重复计算）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>the degraded land overlay</source>
            <translation>退化土地叠加分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>the degraded land area</source>
            <translation>退化土地面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>Their degraded area counts only the cells with data and may be too low.</source>
            <translation>这些单元的退化面积只统计有数据的像元，可能偏低。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/ecology.py" />
            <source>{layers} data</source>
            <translation>{layers} 数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/environment.py" />
            <source>The limits of {names} in {std} are not verified (the profile marks them so); results that depend on them need checking.</source>
            <translation>{std} 中 {names} 的限值尚未核实（方法配置已标注）；依赖这些限值的结果需要复核。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/environment.py" />
            <source>Air standard: {std}</source>
            <translation>空气质量标准：{std}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/environment.py" />
            <source>{layer} has no column for {names}: these pollutants count as missing values. Accepted column names: {headers}.</source>
            <translation>{layer} 没有 {names} 字段：这些污染物按缺测值处理。可用的字段名：{headers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>a land-use layer or suitability raster</source>
            <translation>土地利用图层或适宜性栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>the construction land area</source>
            <translation>建设用地面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>L from {layer}</source>
            <translation>L 取自 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>Their L0 is the suitable share of the cells with data.</source>
            <translation>这些单元的 L0 为有数据像元中适宜建设的比例。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>L0 = suitable share of {layer} ({n} of {m} cells)</source>
            <translation>L0 = {layer} 中适宜像元比例（{m} 个像元中 {n} 个）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>{layer} has no data in this unit</source>
            <translation>{layer} 在本单元内无数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer} changed while the algorithm was running (its features are not the same when read again). Run the algorithm again.</source>
            <translation>算法运行期间 {layer} 发生了变化（再次读取时要素不一致）。请重新运行算法。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}, {row}: the code ({field}) is empty.</source>
            <translation>{layer}，{row}：编码（{field}）为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}: code {code!r} appears twice ({first} and {second}). Give every station or section a unique code.</source>
            <translation>{layer}：编码 {code!r} 重复出现（{first} 和 {second}）。请为每个站点或断面设置唯一编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}, {row} ({code}): the feature has no location.</source>
            <translation>{layer}，{row}（{code}）：该要素没有位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}: {n} point(s) lie outside every evaluation unit of {units}: {points}. Check that both layers have the right CRS, or remove the points of other areas (e.g. Select by Location) and run again.</source>
            <translation>{layer}：有 {n} 个点位于 {units} 的所有评价单元之外：{points}。请检查两个图层的坐标系是否正确，或删除其他地区的点（如按位置选择）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer} has no severity field ({field}): every polygon is counted as moderate or worse.</source>
            <translation>{layer} 没有程度字段（{field}）：所有图斑都按中度及以上计入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Raster {layer} cannot be read ({detail}).</source>
            <translation>无法读取栅格 {layer}（{detail}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Raster(s) {layers} have no data inside the units: every cell there is nodata, or the rasters lie elsewhere. Check their extent, CRS and nodata value.</source>
            <translation>栅格 {layers} 在评价单元内没有数据：单元内的像元均为无数据值，或栅格位于别处。请检查其范围、坐标参考系和无数据值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}: unit {code} has no polygon. Spatial inputs need the unit polygons (a county layer), not a plain table.</source>
            <translation>{layer}：评价单元 {code} 没有面要素。空间输入需要评价单元面（县级行政区图层），而非普通表格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Raster(s) {layers}: most cells of {n} unit(s) are without data: {units}. {consequence}</source>
            <translation>栅格 {layers}：有 {n} 个单元的大部分像元没有数据：{units}。{consequence}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Rasters {a} and {b} are not on the same grid (size, origin, cell size and CRS must match). Align them first (Raster ▸ Align Rasters, or gdalwarp with the same -te and -tr).</source>
            <translation>栅格 {a} 与 {b} 不在同一格网上（行列数、原点、像元大小和坐标系须一致）。请先对齐（栅格 ▸ 对齐栅格，或用 gdalwarp 设置相同的 -te 和 -tr）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Raster {layer} has no CRS. Set it and run again.</source>
            <translation>栅格 {layer} 没有坐标系。请设置后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer}: the polygon of unit {code} is invalid and cannot be repaired. Fix it with Vector ▸ Geometry Tools ▸ Fix Geometries.</source>
            <translation>{layer}：评价单元 {code} 的面几何无效且无法修复。请用 矢量 ▸ 几何工具 ▸ 修复几何 处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/special.py" />
            <source>it chooses the special evaluation</source>
            <translation>它决定应开展的专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/special.py" />
            <source>{name}: the rule and thresholds are unverified defaults of the method profile; check them against the official text.</source>
            <translation>{name}：规则和阈值为方法配置中未经核实的默认值；请对照正式文本核对。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/trend.py" />
            <source>{table}: {n} unit(s) are not among the evaluation units and are not used: {codes}.</source>
            <translation>{table}：{n} 个单元不在评价单元中，不予使用：{codes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/trend.py" />
            <source>Ecological quality from the yearly series of {table}: {n} unit(s) with a trend.</source>
            <translation>生态质量取自 {table} 的逐年序列：{n} 个单元有趋势结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/trend.py" />
            <source>No base-year data: give the base-year tables, or one table with year-suffixed columns for both years.</source>
            <translation>没有基准年数据：请提供基准年指标表，或一张含两个年份后缀字段的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/compare.py" />
            <source>unit {code}</source>
            <translation>评价单元 {code}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/compare.py" />
            <source>Unit {key}: not compared — {why}</source>
            <translation>单元 {key}：无法比较——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/compare.py" />
            <source>Layer '{layer}' has no field '{field}' to match the units by. Choose a field both results have.</source>
            <translation>图层“{layer}”没有用于匹配单元的字段“{field}”。请选择两期结果都有的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/compare.py" />
            <source>Layer '{layer}' has no unit code field (行政区划代码 or an accepted alias). Choose the field that identifies the units.</source>
            <translation>图层“{layer}”没有评价单元代码字段（行政区划代码或其可接受的别名）。请选择标识评价单元的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/compare.py" />
            <source>Layer '{layer}' has no features: there is nothing to compare.</source>
            <translation>图层“{layer}”没有要素，无可比较。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/export.py" />
            <source>PDF written: {path}</source>
            <translation>PDF 已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/export.py" />
            <source>PNG written: {path}</source>
            <translation>PNG 已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/export.py" />
            <source>Nothing to do: give a PDF or PNG output, or add the layout to the project.</source>
            <translation>没有可执行的操作：请指定 PDF 或 PNG 输出，或将版面添加到工程。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/export.py" />
            <source>{n} unit(s) or cell(s) hold classes the profile's class set '{set}' does not know ({codes}): drawn grey and counted as unclassified.</source>
            <translation>{n} 个单元或像元的等级不在方法配置的等级集“{set}”中（{codes}）：以灰色显示并计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>An earlier result is compared with the evaluation result: give that too.</source>
            <translation>前期结果需要与评价结果对比：请同时指定评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Resource and environmental carrying capacity evaluation report</source>
            <translation>资源环境承载能力评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>{title}: {n} unit(s) hold unknown class codes ({codes}), counted as unclassified.</source>
            <translation>{title}：{n} 个单元的等级代码未知（{codes}），计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Workbook written: {path}</source>
            <translation>工作簿已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>HTML report written: {path}</source>
            <translation>HTML 报告已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Both results need the unit code field (行政区划代码) to be compared ('{a}', '{b}').</source>
            <translation>两期结果都需要行政区划代码字段才能对比（“{a}”、“{b}”）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Nothing to do: give the workbook or the HTML output.</source>
            <translation>没有可执行的操作：请指定工作簿或 HTML 输出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Give an evaluation result or at least one 双评价 class raster.</source>
            <translation>请指定评价结果或至少一个双评价分级栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/statistics.py" />
            <source>{title}: {n} unit(s) or cell(s) counted.</source>
            <translation>{title}：已统计 {n} 个单元或像元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/statistics.py" />
            <source>{n} value(s) are not classes of the profile's class set '{set}' ({codes}): counted as unclassified.</source>
            <translation>{n} 个值不属于方法配置的等级集“{set}”（{codes}）：计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>{layer}: codes {codes} are not in the table of {factor}; those cells are {how}.</source>
            <translation>{layer}：代码 {codes} 不在{factor}的赋分表中；这些像元{how}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>not limited by it</source>
            <translation>不受该因子限制</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>nodata</source>
            <translation>为无数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>Construction suitability</source>
            <translation>建设开发适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>Combined score</source>
            <translation>综合得分</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>Limiting factor</source>
            <translation>限制因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>Share of suitable cells (L0 of the whole area): {share:.4f}</source>
            <translation>适宜像元占比（全区 L0）：{share:.4f}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>{name}: the layer {value} cannot be read.</source>
            <translation>{name}：无法读取图层 {value}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>{name}: {layer} is neither polygons nor a raster.</source>
            <translation>{name}：{layer} 既不是面图层也不是栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/construction.py" />
            <source>[construction_screen.factors] of the method profile: the factor {factor} reads the input '{input}', which this algorithm does not offer. Use one of: {inputs}.</source>
            <translation>方法配置的 [construction_screen.factors]：因子 {factor} 读取输入“{input}”，本算法不提供该输入。请使用以下之一：{inputs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/eco_index.py" />
            <source>Unit {unit}: no EI — {note}.</source>
            <translation>单元 {unit}：无 EI——{note}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Rain gauge stations were given without their daily rainfall table: give the table too.</source>
            <translation>给出了雨量站但没有其逐日降雨表：请同时给出该表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Give the daily rainfall either as a station table or as daily rasters, not both.</source>
            <translation>逐日降雨请以站点表或逐日栅格之一给出，不能同时给出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>R from {n} daily rasters, {a} – {b}</source>
            <translation>R 由 {n} 个逐日栅格计算，{a} – {b}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>{layer}: the stations' locations are needed to interpolate their R: give the rain gauge stations (points).</source>
            <translation>{layer}：插值站点 R 需要站点位置：请给出雨量站（点）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>{layer}: no station code field. The layer has: {have}. Choose the field, or head it with one of: {accepted}.</source>
            <translation>{layer}：没有站号字段。图层中的字段为：{have}。请选择该字段，或将其命名为以下之一：{accepted}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>{layer}: station {station} is given twice. Keep one point per station.</source>
            <translation>{layer}：站点 {station} 出现两次。每个站点只保留一个点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>{layer}: the stations must be points.</source>
            <translation>{layer}：站点必须为点要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Station {station}: no R — {note}.</source>
            <translation>站点 {station}：无 R——{note}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Station {station} of {table} is not in {layer}: it takes no part in the interpolation.</source>
            <translation>{table} 中的站点 {station} 不在 {layer} 中：不参与插值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>{table}: no station has both a mean R (at least {min} complete years) and a location in {layer}.</source>
            <translation>{table}：没有站点同时具有多年平均 R（至少 {min} 个完整年份）和 {layer} 中的位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>R of {n} station(s) from {table}, inverse-distance weighting</source>
            <translation>{table} 中 {n} 个站点的 R，反距离加权插值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Give the daily rainfall: a station table with the stations, or daily rasters.</source>
            <translation>请给出逐日降雨：站点逐日降雨表及站点，或逐日降雨栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>The stations' R needs a grid: give the raster giving the analysis grid (REFERENCE, e.g. the DEM).</source>
            <translation>站点 R 插值需要格网：请给出确定分析格网的栅格（REFERENCE，如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>The complete years per cell are written for daily rasters only; with stations see the R of the stations.</source>
            <translation>各像元完整年数仅在使用逐日栅格时输出；使用站点时请查看站点 R 表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>the interpolation distances</source>
            <translation>插值距离</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Rainfall erosivity R</source>
            <translation>降雨侵蚀力 R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Complete years</source>
            <translation>完整年数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/erosivity.py" />
            <source>Mean R of the grid: {r:,.1f} {unit}.</source>
            <translation>格网平均 R：{r:,.1f} {unit}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>{n} series of {u} unit(s) read from {layer}.</source>
            <translation>从 {layer} 读取了 {u} 个单元的 {n} 条序列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>Unit {unit}, {indicator}: no trend — {note}.</source>
            <translation>单元 {unit}，{indicator}：无趋势结果——{note}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>No grading in [series_trend.indicators] for {names}: their trends have no classes.</source>
            <translation>[series_trend.indicators] 中没有 {names} 的分级：其趋势不分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>Series table, long layout: choose the year column (YEAR_FIELD).</source>
            <translation>序列表（长表）：请选择年份列（YEAR_FIELD）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>Series table, long layout: choose the indicator columns (VALUE_FIELDS), or an indicator column (INDICATOR_FIELD) and a value column (VALUE_FIELD).</source>
            <translation>序列表（长表）：请选择指标列（VALUE_FIELDS），或指标名称列（INDICATOR_FIELD）和数值列（VALUE_FIELD）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/series.py" />
            <source>Series table, long layout: give either indicator columns (VALUE_FIELDS) or an indicator column with a value column, not both.</source>
            <translation>序列表（长表）：请给出指标列（VALUE_FIELDS）或指标名称列加数值列，二者不能同时给出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/tables.py" />
            <source>{layer} has no rows: nothing to evaluate.</source>
            <translation>{layer} 没有数据行：无可评价内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/methods/tables.py" />
            <source>{layer}: column '{column}' is headed like a year but is not read as one, so its values are left out. Years read: {years}. Head it with the year as four digits (2015, 2015年 or Y2015).</source>
            <translation>{layer}：字段“{column}”的表头像年份，但无法识别为年份，其数值未被使用。已读取的年份：{years}。请以四位数字年份作表头（2015、2015年 或 Y2015）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/provider.py" />
            <source>Resource and environmental carrying capacity monitoring and early warning (资源环境承载能力监测预警)</source>
            <translation>资源环境承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/access_list.py" />
            <source>{list}: {n} clauses, {k} with a machine-checkable condition.</source>
            <translation>{list}：共 {n} 条条款，其中 {k} 条有可机器判断的条件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/access_list.py" />
            <source>{path}: an access list is read from {extensions} files.</source>
            <translation>{path}：准入清单只能从 {extensions} 文件读取。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/access_list.py" />
            <source>{path}: the checked list is written as {extensions}.</source>
            <translation>{path}：检查后的清单只能写为 {extensions}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/base.py" />
            <source>{id} (features {a} and {b})</source>
            <translation>{id}（要素 {a} 和 {b}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/base.py" />
            <source>{layer}: the ids in {field} repeat: {ids}. Every site needs its own id (it names its report): correct them and run again.</source>
            <translation>{layer}：字段 {field} 中的编号重复：{ids}。每个选址需要唯一编号（报告以编号命名）：请改正后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/base.py" />
            <source>{layer}: field {field} not found (fields: {fields}).</source>
            <translation>{layer}：找不到字段 {field}（现有字段：{fields}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/base.py" />
            <source>{layer}: no field for the {what} (looked for {names}; the fields are {fields}). Choose the field in {param}.</source>
            <translation>{layer}：找不到{what}字段（查找了 {names}；现有字段为 {fields}）。请在 {param} 中选择字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/base.py" />
            <source>{layer} ({what}) is not a polygon layer: give polygons.</source>
            <translation>{layer}（{what}）不是面图层：请提供面要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>No font for Chinese text is installed (the method profile's maps.fonts: {fonts}); the PDF reports would show empty boxes. Install one of them (Debian: fonts-wqy-microhei) or leave the report folder empty.</source>
            <translation>未安装中文字体（方法配置 maps.fonts：{fonts}），PDF 报告中的中文将显示为方框。请安装其中一种字体（Debian：fonts-wqy-microhei），或不填写报告文件夹。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>Layer {layer} ({what}): its name is not a layer of the method profile ({keys}). Rename the layer to the key or the Chinese name its conditions use (e.g. drinking_water or 饮用水水源保护区).</source>
            <translation>图层 {layer}（{what}）：其名称不是方法配置中的图层（{keys}）。请将图层改名为条件中使用的键名或中文名（如 drinking_water 或 饮用水水源保护区）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>Layer {layer} stands for {key}, which is given twice: leave one out.</source>
            <translation>图层 {layer} 对应 {key}，而 {key} 已重复提供：请去掉其中一个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>{layer}: {problems}. Check the unit layer (cc_warning:zoning_validate_units lists every problem) and run again.</source>
            <translation>{layer}：{problems}。请检查管控单元图层（cc_warning:zoning_validate_units 会列出全部问题）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>Sites {a} and {b} would write the same report file {name}: give them ids that differ in letters or digits.</source>
            <translation>选址 {a} 和 {b} 会写入同一报告文件 {name}：请使用字母或数字不同的编号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/compliance.py" />
            <source>{n} reports written to {folder}.</source>
            <translation>已将 {n} 份报告写入 {folder}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{layer} has no features: no 2016 result adds key-control areas. Give the result layer of the 2016 evaluation of this area, or leave the parameter empty.</source>
            <translation>{layer} 中没有要素：没有 2016 年评价结果可增加重点管控区域。请提供本区域 2016 年评价的结果图层，或将该参数留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{layer}: {n} unit(s) whose environment element is {classes} are key-control areas.</source>
            <translation>{layer}：环境要素为{classes}的 {n} 个评价单元划为重点管控区域。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{layer} (environment {classes})</source>
            <translation>{layer}（环境要素{classes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{list}, {row}: unit {code} is not among the delineated units; the clause is not written into any unit.</source>
            <translation>{list}，{row}：管控单元 {code} 不在划定结果中；该条款未写入任何单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{n} units; 优先保护 takes {share:.1%} of the area; {m} parts merged.</source>
            <translation>共 {n} 个管控单元；优先保护单元占总面积 {share:.1%}；合并碎片 {m} 处。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>The method profile's precedence ({classes}) has no key-control class between the priority class and the remainder: key-control layers cannot be used with it.</source>
            <translation>方法配置的优先顺序（{classes}）在优先保护类和剩余类之间没有重点管控类：无法使用重点管控图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>township code</source>
            <translation>乡镇代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>environment class of the 2016 result</source>
            <translation>2016 年评价结果的环境要素类别</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/delineate.py" />
            <source>{layer}: the county names need a code field ({codes}) and a name field ({names}); the fields are {fields}.</source>
            <translation>{layer}：县名需要代码字段（{codes}）和名称字段（{names}）；现有字段为 {fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/zoning/validate.py" />
            <source>{layer}: no problem found ({n} units).</source>
            <translation>{layer}：未发现问题（共 {n} 个管控单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/erosivity.py" />
            <source>Daily rainfall raster {path} ({date}): the cell at column {col}, row {row} holds {mm:g} mm, above the largest possible daily precipitation, {max:g} mm ([erosivity] max_daily_precipitation of the method profile). Correct the raster, or set DAILY_RAIN_SCALE if it is not in millimetres (0.1 for 0.1 mm).</source>
            <translation>逐日降水栅格 {path}（{date}）：第 {col} 列、第 {row} 行的像元值为 {mm:g} mm，超过可能的最大日降水量 {max:g} mm（方法配置 [erosivity] max_daily_precipitation）。请修正该栅格；如其单位不是毫米，请设置 DAILY_RAIN_SCALE（0.1 mm 时填 0.1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/erosivity.py" />
            <source>Daily rainfall raster {path}: no date in the file name. Name the files with the day as YYYYMMDD or YYYY-MM-DD (e.g. rain_20150601.tif).</source>
            <translation>逐日降雨栅格 {path}：文件名中没有日期。请在文件名中以 YYYYMMDD 或 YYYY-MM-DD 标明日期（如 rain_20150601.tif）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/erosivity.py" />
            <source>Daily rainfall rasters {a} and {b} are of the same day {day}. Keep one file per day.</source>
            <translation>逐日降雨栅格 {a} 和 {b} 为同一天（{day}）。每天只保留一个文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/erosivity.py" />
            <source>Daily rainfall raster {path} cannot be opened.</source>
            <translation>无法打开逐日降雨栅格 {path}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/erosivity.py" />
            <source>Daily rainfall raster {path} is not on the analysis grid ({grid}). Warp all daily rasters to one grid first (Raster ▸ Projections ▸ Warp, or gdalwarp with -tr and -te).</source>
            <translation>逐日降雨栅格 {path} 不在分析格网上（{grid}）。请先将所有逐日栅格重投影/重采样到同一格网（栅格 ▸ 投影 ▸ 变形，或使用带 -tr 和 -te 的 gdalwarp）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it (e.g. with the Georeferencer or gdal_translate -a_ullr) before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准（如用地理配准工具或 gdal_translate -a_ullr）后再使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} is a rotated grid, which the evaluations cannot use as the analysis grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp).</source>
            <translation>图层 {layer} 是旋转格网，不能作为分析格网。请先将其变换为正北方向的格网（栅格 ▸ 投影 ▸ 变形）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} is stored south-up (positive row step). Convert it with gdal_translate or Raster ▸ Projections ▸ Warp first.</source>
            <translation>图层 {layer} 以南朝上方式存储（行步长为正）。请先用 gdal_translate 或“栅格 ▸ 投影 ▸ 变形”转换。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>The analysis grid needs a CRS. Choose one in the 'Analysis CRS' parameter.</source>
            <translation>分析格网需要坐标系。请在“分析坐标系”参数中选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>The cell size must be a positive number of CRS units, found {value}.</source>
            <translation>像元大小必须为正数（坐标系单位），实际为 {value}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>The analysis extent is empty ({xmin}, {ymin}, {xmax}, {ymax}). Choose a layer or an extent that covers the study area.</source>
            <translation>分析范围为空（{xmin}, {ymin}, {xmax}, {ymax}）。请选择覆盖研究区的图层或范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>{crs}, cell {cx:g} × {cy:g}, {w} × {h} cells ({n:,} cells), extent {xmin:.2f}, {ymin:.2f} : {xmax:.2f}, {ymax:.2f}</source>
            <translation>{crs}，像元 {cx:g} × {cy:g}，{w} × {h} 个像元（共 {n:,} 个），范围 {xmin:.2f}, {ymin:.2f} : {xmax:.2f}, {ymax:.2f}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>The analysis grid is in a geographic CRS ({crs}), but {why} needs metres. Degrees are never used as metres: choose a projected analysis CRS in the 'Analysis CRS' parameter (for this area e.g. {suggest}, CGCS2000 / 3-degree Gauss-Kruger) and the inputs are reprojected to it.</source>
            <translation>分析格网位于地理坐标系（{crs}），但{why}需要以米为单位。绝不把度当作米：请在“分析坐标系”参数中选择投影坐标系（本区域如 {suggest}，CGCS2000 / 3 度带高斯-克吕格投影），输入数据将重投影到该坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} has no CRS, so it cannot be placed on the analysis grid. Set its CRS (Layer Properties ▸ Source ▸ Assigned Coordinate Reference System, or gdal_edit.py -a_srs EPSG:xxxx) and run again.</source>
            <translation>图层 {layer} 没有坐标系，无法放到分析格网上。请设置其坐标系（图层属性 ▸ 源 ▸ 指定坐标参考系，或 gdal_edit.py -a_srs EPSG:xxxx）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} ({path}) cannot be read as a raster: {detail} Check that the file exists and is a GDAL-readable raster.</source>
            <translation>图层 {layer}（{path}）无法作为栅格读取：{detail} 请检查文件是否存在且为 GDAL 可读的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} is a categorical input but holds the non-integer value {value}. Give a raster of integer class codes.</source>
            <translation>图层 {layer} 是分类型输入，但含有非整数值 {value}。请提供整数分类代码的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>cells</source>
            <translation>个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} holds codes the method profile does not know for {what}: {codes}. Known codes: {known}. Reclassify the layer, declare the codes' cells as nodata, or add the codes to the profile.</source>
            <translation>图层 {layer} 含有方法配置中{what}未定义的代码：{codes}。已知代码：{known}。请重分类该图层、将这些代码的像元设为无数据，或在方法配置中补充这些代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} has {n} band(s); band {band} was asked for.</source>
            <translation>图层 {layer} 有 {n} 个波段，但请求的是第 {band} 波段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准后再使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} does not overlap the analysis grid: its extent is {ext} in {crs}, the grid covers {grid} in {gcrs}. Check the layer's CRS (a wrong CRS puts a layer elsewhere) and that it covers the study area.</source>
            <translation>图层 {layer} 与分析格网不重叠：其范围为 {ext}（{crs}），格网范围为 {grid}（{gcrs}）。请检查图层坐标系（坐标系错误会使图层落到别处）以及它是否覆盖研究区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>{layer}: read as is (already on the analysis grid).</source>
            <translation>{layer}：直接读取（已位于分析格网上）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>{layer}: read as is at an offset of {dx}, {dy} cells (same CRS and cells as the analysis grid).</source>
            <translation>{layer}：按 {dx}, {dy} 个像元的偏移直接读取（坐标系和像元与分析格网相同）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>nearest neighbour</source>
            <translation>最邻近法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>bilinear interpolation</source>
            <translation>双线性插值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>inside the analysis area</source>
            <translation>在分析范围内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>on the analysis grid</source>
            <translation>在分析栅格上</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>average of the covered cells</source>
            <translation>所覆盖像元的平均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>(nodata value {value:g})</source>
            <translation>（无数据值 {value:g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} holds no data {where}: every cell there is nodata{nodata}, so every result would be nodata. Check the layer (a failed export or clip leaves an all-nodata raster), its nodata value, and that it covers the study area.</source>
            <translation>图层 {layer} {where}没有任何数据：所有像元均为无数据{nodata}，结果将全部为无数据。请检查该图层（导出或裁剪失败会留下全为无数据的栅格）、其无数据值，以及它是否覆盖研究区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>cubic convolution</source>
            <translation>三次卷积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>all {n:,} cells counted</source>
            <translation>共统计全部 {n:,} 个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>estimated from {n:,} cells spread over it</source>
            <translation>由均匀分布的 {n:,} 个像元估算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>{layer}: {pct:.1f} % of the cells {where} hold no data ({how}); the results are nodata there. Check that the layer covers the study area and that its nodata value is right.</source>
            <translation>{layer}：{where}有 {pct:.1f} % 的像元没有数据（{how}），这些位置的结果为无数据。请检查该图层是否覆盖研究区、无数据值是否正确。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>most frequent value</source>
            <translation>众数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>It covers {pct:.1f} % of the grid extent; cells beyond it are nodata.</source>
            <translation>其覆盖格网范围的 {pct:.1f} %；范围外的像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} cannot be reprojected to the analysis grid: {detail}. Check its CRS.</source>
            <translation>图层 {layer} 无法重投影到分析格网：{detail}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>{layer}: reprojected/resampled from {crs} (cells {cells}) to the analysis grid with {method} ({kind} input).</source>
            <translation>{layer}：由 {crs}（像元 {cells}）以{method}重投影/重采样到分析格网（{kind}输入）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>categorical</source>
            <translation>分类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>continuous</source>
            <translation>连续型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} holds the value {value:g} but declares no nodata value; it looks like an undeclared nodata marker. Declare it (Layer Properties ▸ Transparency ▸ No data value, or gdal_edit.py -a_nodata {value:g}) and run again.</source>
            <translation>图层 {layer} 含有值 {value:g}，但未声明无数据值；该值看起来是未声明的无数据标记。请声明它（图层属性 ▸ 透明度 ▸ 无数据值，或 gdal_edit.py -a_nodata {value:g}）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>declare it as the nodata value (gdal_edit.py -a_nodata {value:g})</source>
            <translation>请将其声明为无数据值（gdal_edit.py -a_nodata {value:g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>check the layer's unit and its nodata value</source>
            <translation>请检查图层的单位和无数据值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>Layer {layer} holds the value {value:g}, outside the plausible range {lo:g} … {hi:g} of this input. If it marks missing data, {hint}; otherwise check that the right layer was chosen.</source>
            <translation>图层 {layer} 含有值 {value:g}，超出该输入的合理范围 {lo:g} … {hi:g}。如果它表示缺失数据，{hint}；否则请检查是否选错了图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output {name}: value {value} does not fit the {type} raster type (range {lo} … {hi}). Use class values inside that range in the method profile.</source>
            <translation>输出 {name}：值 {value} 超出 {type} 栅格类型的取值范围（{lo} … {hi}）。请在方法配置中使用该范围内的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output {name}: the nodata value {value} is also a class value of {key}. Choose class values that differ from the nodata value.</source>
            <translation>输出 {name}：无数据值 {value} 同时是 {key} 的分类值。请选择与无数据值不同的分类值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output folder {path} cannot be created: {detail}</source>
            <translation>无法创建输出文件夹 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output {name} cannot be created in {path}: {detail}. Check that the folder is writable.</source>
            <translation>无法在 {path} 中创建输出 {name}：{detail}。请检查该文件夹是否可写。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Not enough free disk space in {path}: the outputs of this run need up to {need} (their uncompressed size), {free} is free. Free some space, choose an output folder on another disk, or use a coarser cell size or a smaller extent.</source>
            <translation>{path} 磁盘剩余空间不足：本次运行的输出最多需要 {need}（未压缩大小），当前剩余 {free}。请释放空间、选择其他磁盘上的输出文件夹，或采用更粗的像元大小或更小的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output {name}: {path} is not a GeoTIFF file name. The evaluations write GeoTIFF; give a file name ending in .tif.</source>
            <translation>输出 {name}：{path} 不是 GeoTIFF 文件名。评价结果以 GeoTIFF 格式写出，请给出以 .tif 结尾的文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Output {name} would overwrite the input {path}. Inputs are never modified: choose another output file.</source>
            <translation>输出 {name} 将覆盖输入 {path}。输入数据绝不会被修改：请选择其他输出文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/output.py" />
            <source>Two outputs of this run would be written to the same file {path}. Give them different names.</source>
            <translation>本次运行的两个输出将写入同一文件 {path}。请为它们指定不同的名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/patches.py" />
            <source>The 连片度 (patch) correction needs the Python package scipy, which this QGIS installation lacks. Install scipy (Debian: apt install python3-scipy; OSGeo4W: python3-scipy) or switch the correction off in the method profile.</source>
            <translation>连片度（图斑）修正需要 Python 包 scipy，而当前 QGIS 环境中没有。请安装 scipy（Debian：apt install python3-scipy；OSGeo4W：python3-scipy），或在方法配置中关闭该修正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" />
            <source>Layer {layer} could not be rasterised onto the analysis grid.</source>
            <translation>图层 {layer} 无法栅格化到分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" />
            <source>{layer}: polygons burnt onto the analysis grid (cell centres).</source>
            <translation>{layer}：多边形已按栅格单元中心栅格化到分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" />
            <source>Layer {layer} cannot be read as a vector layer: {detail}</source>
            <translation>图层 {layer} 无法作为矢量图层读取：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" />
            <source>Layer {layer} has no sub-layer {sub}.</source>
            <translation>图层 {layer} 没有子图层 {sub}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/vector.py" />
            <source>Layer {layer} is in {crs}, not in the analysis CRS {grid}; it must be reprojected before it is rasterised.</source>
            <translation>图层 {layer} 位于 {crs}，而非分析坐标系 {grid}；栅格化前必须先重投影。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Observed</source>
            <translation>监测值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Projection</source>
            <translation>线性预测</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>No progress to show:
no observation yet,
or the target equals the baseline.</source>
            <translation>无法显示进度：
尚无监测值，
或目标值等于基准值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Progress (%), {year}: {status}</source>
            <translation>进度（%），{year} 年：{status}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>{n} units, {a:.2f} km²</source>
            <translation>{n} 个单元，{a:.2f} km²</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>{n} units</source>
            <translation>{n} 个单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Progress from the baseline to the target (%)</source>
            <translation>自基准值至目标值的完成进度（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Progress towards the targets</source>
            <translation>目标完成进度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Summary</source>
            <translation>概况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{n} evaluation units in period {period}: {over} overloaded, {crit} critical, {none} not overloaded.</source>
            <translation>{period} 年共 {n} 个评价单元：超载 {over} 个，临界超载 {crit} 个，不超载 {none} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Compared with the previous period: {items}.</source>
            <translation>与上期相比：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Units and area per warning level</source>
            <translation>各预警等级单元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Warning levels</source>
            <translation>预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Units and area per overload type</source>
            <translation>各超载类型单元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Maps</source>
            <translation>预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{name} ({code})</source>
            <translation>{name}（{code}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Units: causes, measures, rewards and penalties</source>
            <translation>各评价单元预警结果、成因、管控措施与奖惩</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Warning result per unit</source>
            <translation>各评价单元预警结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Elements causing the class</source>
            <translation>致警要素</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Cause: {cause}</source>
            <translation>成因：{cause}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Measures:</source>
            <translation>管控措施：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Measures: none.</source>
            <translation>管控措施：无。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Rewards and penalties:</source>
            <translation>奖惩措施：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Why: {reason}</source>
            <translation>依据：{reason}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Reminders and remediation</source>
            <translation>提醒与整改</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Kind</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Requirement</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Remediation plan (overdue tasks highlighted, as of {date})</source>
            <translation>治理工作方案（截至 {date}，逾期任务以底色标出）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Responsible department</source>
            <translation>责任部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source> (overdue)</source>
            <translation>（逾期）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{n} of {m} tasks are overdue.</source>
            <translation>{m} 项任务中有 {n} 项逾期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{n} targets: {items}.</source>
            <translation>共 {n} 项目标：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{status} (projected {value:.4g})</source>
            <translation>{status}（预测 {value:.4g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Targets attained and missed</source>
            <translation>目标达标情况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>not given</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Target sources: {sources}</source>
            <translation>目标依据：{sources}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{name}: observations, target and projection</source>
            <translation>{name}：监测值、目标值与线性预测</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Monitoring network</source>
            <translation>监测网络</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>No station QC, exceedance alerts, coverage gaps or due list were given (they come from the monitoring database).</source>
            <translation>未提供站点质控、超标报警、站点覆盖缺口和到期评价清单（这些来自监测数据库）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{comment} Agreed: {agreed} ({who} {when})</source>
            <translation>{comment} 商定：{agreed}（{who} {when}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Disagreements between {a} and {b}</source>
            <translation>{a}与{b}的不一致项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Differing inputs</source>
            <translation>存在差异的数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Consultation</source>
            <translation>会商情况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Cross-check of {a} and {b}</source>
            <translation>{a}与{b}协同校验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Period: {period}</source>
            <translation>时期：{period}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{n} disagreement(s) without an agreed value yet.</source>
            <translation>尚有 {n} 个不一致项未商定结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>What is not verified</source>
            <translation>未核实事项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>These entries of the method profile ({profile}) were applied but cite no source document yet; check them against the implementing rules before relying on them:</source>
            <translation>以下方法配置（{profile}）条目已被采用，但尚未注明依据文件，使用前请对照实施细则核实：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Evidence tag</source>
            <translation>依据标注</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Provenance</source>
            <translation>数据来源与过程记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Profile file</source>
            <translation>方法配置文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Profile SHA-256</source>
            <translation>方法配置 SHA-256</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Sections taken from the built-in default</source>
            <translation>取自内置默认配置的部分</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>What each part is computed from</source>
            <translation>各部分的数据来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Part</source>
            <translation>部分</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{city}{period} monitoring and early-warning report on the resource and environmental carrying capacity</source>
            <translation>{city}{period}年度资源环境承载能力监测预警报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>{city} carrying-capacity monitoring and warning: public information</source>
            <translation>{city}资源环境承载能力监测预警信息公开</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Warning levels of earlier periods</source>
            <translation>历年预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Target observations</source>
            <translation>目标指标监测值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Unit boundaries (areas)</source>
            <translation>评价单元边界（面积）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Cross-check of the county and city results</source>
            <translation>县市评价结果协同校验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Requirements:</source>
            <translation>要求：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Draft: the measures and reminder rules applied cite no source document yet (method profile {profile}); check them before sending.</source>
            <translation>草稿：所用管控措施和提醒规则尚未注明依据文件（方法配置 {profile}），发文前请核实。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Source: {sources}</source>
            <translation>数据来源：{sources}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/charts.py" />
            <source>Annual change rate (%)</source>
            <translation>年均变化率（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/charts.py" />
            <source>Trend components</source>
            <translation>耗损过程分项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>三区三线: the site's area in each layer</source>
            <translation>三区三线：选址在各图层中的面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Warning result of the counties</source>
            <translation>所在县的监测预警结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>(text only)</source>
            <translation>（仅文字，无机器判定条件）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Clauses of the access list that apply to the site</source>
            <translation>适用于该选址的准入清单条款</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Scope</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Dimension</source>
            <translation>维度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Condition</source>
            <translation>判定条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Project {id}</source>
            <translation>项目 {id}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Access list: {name}; version {version}; date {date}</source>
            <translation>准入清单：{name}；版本 {version}；日期 {date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Access list: none given</source>
            <translation>准入清单：未提供</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Method profile {id} {version} · report of {date}</source>
            <translation>方法配置 {id} {version} · 报告日期 {date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Project attributes</source>
            <translation>项目属性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Attribute</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Site area {area:.1f} m² ({ha:.4f} ha).</source>
            <translation>选址面积 {area:.1f} m²（{ha:.4f} 公顷）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Map of the site</source>
            <translation>选址位置图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>The site (black outline) over the control units and the 三区三线</source>
            <translation>项目选址（黑色轮廓）与生态环境管控单元、三区三线叠加图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Unit class or layer</source>
            <translation>管控单元分类或图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>The site lies outside every control unit given.</source>
            <translation>选址不在所给的任何管控单元内。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>三区三线</source>
            <translation>三区三线</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>The site lies in no county of the units.</source>
            <translation>选址不在管控单元所属的任何县内。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>No access list was given, so no clause is judged: a conformity verdict needs the official list (缺少官方清单时不判断符合性).</source>
            <translation>未提供准入清单，因此不对任何条款作判断：符合性判断需要官方清单（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>{name}: conformity with the environmental zoning control (生态环境分区管控符合性分析)</source>
            <translation>{name}生态环境分区管控符合性分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Verdicts, worst first: {order}. A clause without a machine condition, or whose project attribute or layer is missing, is {undetermined}: a person must judge it.</source>
            <translation>判断结果由重到轻：{order}。没有机器判定条件的条款，或缺少所需项目属性、图层的条款，判为“{undetermined}”：需要人工判断。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>No clause of the list applies to the site.</source>
            <translation>清单中没有适用于该选址的条款。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Algorithm cc_warning:zoning_compliance, method profile {id} {version} ({source}).</source>
            <translation>算法 cc_warning:zoning_compliance，方法配置 {id} {version}（{source}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Run of {time}; inputs: {inputs}.</source>
            <translation>运行时间 {time}；输入：{inputs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>No access list was given: no verdict is given (缺少官方清单时不判断符合性).</source>
            <translation>未提供准入清单，不给出任何判断（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>No clause of the list applies to the site: no verdict.</source>
            <translation>清单中没有适用于该选址的条款：无结论。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Overall conclusion: {verdict}, given by clause(s) {causes}.</source>
            <translation>总体结论：{verdict}，由条款 {causes} 决定。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>outside every unit</source>
            <translation>不在任何管控单元内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Control units touched by the site</source>
            <translation>选址涉及的生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Unit class</source>
            <translation>管控单元分类</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Control unit code</source>
            <translation>单元编码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>County</source>
            <translation>县（市、区）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Area (m²)</source>
            <translation>面积（m²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>Share of the site</source>
            <translation>占选址比例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/compliance.py" />
            <source>layer not given</source>
            <translation>未提供图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>Word output needs the python-docx package, which is not installed here. On Debian/Ubuntu install python3-docx (apt install python3-docx); elsewhere run 'pip install python-docx' in the Python that QGIS uses. The HTML and PDF outputs do not need it.</source>
            <translation>输出 Word 文档需要 python-docx 包，本机未安装。Debian/Ubuntu 上请安装 python3-docx（apt install python3-docx）；其他系统请在 QGIS 所用的 Python 中运行“pip install python-docx”。HTML 和 PDF 输出不需要它。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>Prepared by: {org}</source>
            <translation>编制单位：{org}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>Date: {date}</source>
            <translation>日期：{date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>Method profile: {name} ({id} {version})</source>
            <translation>方法配置：{name}（{id} {version}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Composite evaluation</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Process evaluation</source>
            <translation>过程评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Class statistics</source>
            <translation>分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Cause analysis per unit</source>
            <translation>各评价单元成因解析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Index</source>
            <translation>指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Evaluation year: {year}</source>
            <translation>评价年份：{year}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>{n} evaluation units in '{layer}'.</source>
            <translation>“{layer}”中共 {n} 个评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>{n} unit(s) hold class codes the method profile does not know ({codes}); they are drawn grey and counted as unclassified.</source>
            <translation>{n} 个单元的等级代码不在方法配置中（{codes}），以灰色显示并计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Units and area per class</source>
            <translation>各等级评价单元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Index, class and note per unit</source>
            <translation>各评价单元指数、等级与说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Trend components per unit</source>
            <translation>各评价单元耗损过程分项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Composite result per unit</source>
            <translation>各评价单元集成评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Element indices per unit</source>
            <translation>各评价单元要素指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Map: {title}</source>
            <translation>地图：{title}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>{n} cell(s) hold values the class set does not know ({codes}); they are counted as unclassified.</source>
            <translation>{n} 个像元的值不在等级集中（{codes}），计为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Class distribution: {title}</source>
            <translation>等级分布：{title}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Cells and area per class</source>
            <translation>各等级像元数与面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Change between periods</source>
            <translation>两期变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Map: change of the warning level</source>
            <translation>地图：预警等级变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Units per change</source>
            <translation>各变化类型的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Change per unit</source>
            <translation>各评价单元变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/document.py" />
            <source>Method profile {id} {version} ({source}).</source>
            <translation>方法配置 {id} {version}（{source}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>No output path given.</source>
            <translation>未指定输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>Output {path} is a folder. Give a file name.</source>
            <translation>输出 {path} 是一个文件夹。请给出文件名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>Output {path} must end in {ext}.</source>
            <translation>输出 {path} 的扩展名必须是 {ext}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>Cannot write {path}: {place} cannot be written to ({reason}). Choose another output path.</source>
            <translation>无法写入 {path}：{place} 不可写入（{reason}）。请选择其他输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>Cannot write {path}: no permission to write there. Choose another output path.</source>
            <translation>无法写出 {path}：没有写入权限。请选择其他输出路径。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/files.py" />
            <source>Writing {path} failed: nothing was written.</source>
            <translation>写出 {path} 失败：未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/layers.py" />
            <source>Layer '{layer}' is neither a vector nor a raster layer.</source>
            <translation>图层“{layer}”既不是矢量图层也不是栅格图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/layers.py" />
            <source>Layer '{layer}' has no features: there is nothing to map. Choose a result with evaluation units.</source>
            <translation>图层“{layer}”没有要素，无可制图内容。请选择含有评价单元的结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/outputs.py" />
            <source>Nothing to do: give an HTML, PDF or Word output.</source>
            <translation>没有要做的事：请指定 HTML、PDF 或 Word 输出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/outputs.py" />
            <source>Unknown letter format(s) {names}: use {known}.</source>
            <translation>无法识别的函件格式 {names}：请使用 {known}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/pdf.py" />
            <source>No font for Chinese text is installed (the method profile's maps.fonts: {fonts}); the PDF would show empty boxes. Install one of them (Debian: fonts-wqy-microhei).</source>
            <translation>未安装中文字体（方法配置 maps.fonts：{fonts}），PDF 中的中文将显示为方框。请安装其中之一（Debian：fonts-wqy-microhei）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Unit {code} of layer {layer} ({path}) has coordinates beyond what its geographic CRS allows (latitude beyond ±90°), so its area cannot be measured. Check the layer's CRS (its coordinates may be metres of a projected CRS) and run again.</source>
            <translation>图层 {layer}（{path}）的评价单元 {code} 的坐标超出其地理坐标系允许的范围（纬度超出 ±90°），无法量算其面积。请检查该图层的坐标参考系（其坐标可能是投影坐标系的米制坐标）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Back to the overview</source>
            <translation>返回总览</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>{element}: {cls}</source>
            <translation>{element}：{cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Measures</source>
            <translation>管控措施</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>{path} exists and is not an earlier public edition: choose an empty or new folder (nothing was written).</source>
            <translation>{path} 已存在且不是以前生成的公开版：请选择空文件夹或新文件夹（未写入任何内容）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>The unit layer has units without a result: {codes}. Give the boundaries of the evaluated units only.</source>
            <translation>单元图层中有无评价结果的单元：{codes}。请只给出已评价单元的边界。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>{name}: not yet published</source>
            <translation>{name}：暂未发布</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Not yet published</source>
            <translation>暂未发布</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Select a unit on the map or in the list for its warning level, causes and measures.</source>
            <translation>点击地图或列表中的评价单元，查看其预警等级、成因和管控措施。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Published {date}</source>
            <translation>发布日期：{date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Cannot open the unit layer {path}.</source>
            <translation>无法打开单元图层 {path}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>{path} has no layer {layer!r}.</source>
            <translation>{path} 中没有图层 {layer!r}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Layer {layer} of {path} has no unit-code field (行政区划代码). Fields: {fields}.</source>
            <translation>{path} 的图层 {layer} 没有单元代码字段（行政区划代码）。现有字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/raster_stats.py" />
            <source>Raster '{layer}' cannot be opened ({path}). Check that the file exists and is a raster.</source>
            <translation>无法打开栅格“{layer}”（{path}）。请检查文件是否存在且为栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Method profile {source}: there is no class set '{key}'. Use a profile that defines it (the one the result was made with).</source>
            <translation>方法配置 {source}：没有等级集“{key}”。请使用定义了它的方法配置（即生成该结果时所用的配置）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Method profile {source}: class set '{key}' lists no classes: give 'order' or 'values'.</source>
            <translation>方法配置 {source}：等级集“{key}”没有列出等级：请给出 'order' 或 'values'。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Method profile {source}: '{key}.codes' must have one entry per value ({n}), found {m}.</source>
            <translation>方法配置 {source}：“{key}.codes”的条目数必须与值的个数相同（{n}），实际为 {m}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Method profile {source}: class '{code}' of class set '{key}' has no colour. Add it (label_zh, label_en, color).</source>
            <translation>方法配置 {source}：等级集“{key}”中的等级“{code}”没有颜色。请补充（label_zh、label_en、color）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Change of the class</source>
            <translation>等级变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Resource and environmental depletion trend</source>
            <translation>资源环境耗损趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Layer '{layer}' is not an evaluation result: it has none of the class fields {fields}. Choose a layer written by a cc_warning evaluation (for example integrated_warning), or name the class field and its class set.</source>
            <translation>图层“{layer}”不是评价结果：没有任何等级字段 {fields}。请选择由 cc_warning 评价算法写出的图层（例如 integrated_warning 的输出），或指定等级字段及其等级集。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Layer '{layer}' has no field '{field}'. Fields: {fields}.</source>
            <translation>图层“{layer}”没有字段“{field}”。现有字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Raster '{layer}' is not a class raster of an evaluation: band {band} has no {meta} metadata naming its class set. Choose a raster written by a cc_warning 双评价 algorithm.</source>
            <translation>栅格“{layer}”不是评价分级栅格：第 {band} 波段没有注明等级集的 {meta} 元数据。请选择由 cc_warning 双评价算法写出的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Raster '{layer}' names the class set '{key}', which the method profile cannot give: {detail} Choose the profile the raster was made with.</source>
            <translation>栅格“{layer}”注明的等级集“{key}”在方法配置中无法取得：{detail} 请选择生成该栅格时所用的方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Land-use efficiency change rate</source>
            <translation>土地资源利用效率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>empty</source>
            <translation>空值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Water-use efficiency change rate</source>
            <translation>水资源利用效率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>COD emission-intensity change rate</source>
            <translation>化学需氧量排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>NH3-N emission-intensity change rate</source>
            <translation>氨氮排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>SO2 emission-intensity change rate</source>
            <translation>二氧化硫排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>NOx emission-intensity change rate</source>
            <translation>氮氧化物排放强度变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/results.py" />
            <source>Forest and grass cover change rate</source>
            <translation>林草覆盖率变化率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>Layer '{layer}', {row}: the unit key field '{field}' is empty. Fill it, or choose another key field.</source>
            <translation>图层“{layer}”，{row}：单元代码字段“{field}”为空。请填写，或选择其他代码字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>Layer '{layer}': the unit key '{key}' (field '{field}') occurs more than once. Each unit must appear once per period.</source>
            <translation>图层“{layer}”：单元代码“{key}”（字段“{field}”）出现了不止一次。每期中每个单元只能出现一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>not in the earlier result '{layer}'</source>
            <translation>不在前期结果“{layer}”中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>not in the later result '{layer}'</source>
            <translation>不在后期结果“{layer}”中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>class '{code}' cannot be ranked</source>
            <translation>等级“{code}”无法排序</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>Both results are of the year {year} ('{before}' and '{after}'). Choose results of two different years.</source>
            <translation>两期结果都是 {year} 年的（“{before}”和“{after}”）。请选择不同年份的两期结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/stats.py" />
            <source>The earlier result '{before}' is of {y1}, later than the later result '{after}' ({y2}). Swap the two layers.</source>
            <translation>前期结果“{before}”为 {y1} 年，晚于后期结果“{after}”（{y2} 年）。请交换两个图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" />
            <source>{title} (dimensionless)</source>
            <translation>{title}（无量纲）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" />
            <source>{title} (% per year)</source>
            <translation>{title}（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" />
            <source>Earlier ({layer})</source>
            <translation>前期（{layer}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" />
            <source>Later ({layer})</source>
            <translation>后期（{layer}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/tables.py" />
            <source>Levels moved</source>
            <translation>变化级数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Letter formats</source>
            <translation>函件格式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Word (.docx) needs python-docx (Debian: python3-docx); asked for without it, the run stops before anything is written, saying how to install it.</source>
            <translation>Word (.docx) 需要 python-docx（Debian：python3-docx）；未安装时选择此项，运行在写出任何文件之前终止并说明安装方法。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Targets table (xlsx, csv or toml)</source>
            <translation>目标表（xlsx、csv 或 toml）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per target: 指标 (indicator), 区域 (region or unit code), 基准年, 基准值, 目标年, 目标值, 方向 (不低于 / 不高于) and 来源. A .toml file holds [[target]] tables with the same keys. Indicators are those of the method profile's [targets.indicators].</source>
            <translation>每项目标一行：指标、区域（区域或评价单元代码）、基准年、基准值、目标年、目标值、方向（不低于 / 不高于）和来源。.toml 文件以 [[target]] 表写出相同的键。指标须为方法配置 [targets.indicators] 中的指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Observations (xlsx or csv)</source>
            <translation>监测值（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A long table: 区域, 指标, 年份, 数值 — one row per region, indicator and year.</source>
            <translation>长表：区域、指标、年份、数值——每个区域、指标和年份一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>persistent ({levels} in consecutive periods)</source>
            <translation>持续预警（连续各期均为{levels}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>warning level {classes}</source>
            <translation>预警等级为{classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>overload type {classes}</source>
            <translation>超载类型为{classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>depletion trend {classes}</source>
            <translation>耗损类型为{classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>{element} {classes}</source>
            <translation>{element}{classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>change {changes}</source>
            <translation>变化为{changes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the same level in at least {n} consecutive periods</source>
            <translation>连续至少 {n} 期保持同一等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source> and </source>
            <translation>且</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Level change against the latest earlier period, ranked most severe first: {levels}.</source>
            <translation>预警等级变化与最近一期相比，按由重到轻排序：{levels}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Persistent: the level is unchanged and one of {levels}.</source>
            <translation>持续预警：等级未变且为{levels}之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>for every measure and reminder</source>
            <translation>适用于全部措施和提醒</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>for rewards and penalties only</source>
            <translation>仅用于奖惩</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Overload type {before} → {after}: treated as {level} ({scope}).</source>
            <translation>超载类型由{before}变为{after}：按{level}对待（{scope}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>{code} ({kind}): {conditions} → {text}</source>
            <translation>{code}（{kind}）：{conditions} → {text}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>{code} ({kind}, within {days} days): {conditions} → {text}</source>
            <translation>{code}（{kind}，{days} 日内）：{conditions} → {text}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One letter per county: units grouped by the first {n} digits of their code; the letter's kind is the strongest of its reminders, its deadline the earliest.</source>
            <translation>每个县一份函件：评价单元按代码前 {n} 位归并；函件类别取其中最重的提醒，期限取最早的期限。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One letter per unit; its kind is the strongest of its reminders, its deadline the earliest.</source>
            <translation>每个评价单元一份函件；类别取其中最重的提醒，期限取最早的期限。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Remediation task: {conditions} → {task} ({department}, due {months} months after the issue date)</source>
            <translation>整改任务：{conditions} → {task}（{department}，印发后 {months} 个月内完成）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Task statuses: {statuses}; done: {done}. A task not done after its deadline is overdue.</source>
            <translation>任务状态：{statuses}；视为完成：{done}。过期未完成的任务为逾期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Written YYYY-MM-DD (e.g. 2026-03-01). Empty: today.</source>
            <translation>写作 YYYY-MM-DD（如 2026-03-01）。为空：今天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Direction 'at least' is written {at_least}; 'at most' {at_most}.</source>
            <translation>“不低于”可写作 {at_least}；“不高于”可写作 {at_most}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Indicators: {items}.</source>
            <translation>指标：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A value attains the target when it is at least (at most) the target value, compared at {n} significant digits; progress = (value − baseline) / (target − baseline).</source>
            <translation>数值不低于（不高于）目标值即为达标，按 {n} 位有效数字比较；进度 =（数值 − 基准值）/（目标值 − 基准值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Status: attained or missed by the first observation in or after the target year; before it attained when already met, else on track or off track by the least-squares line through the baseline and the observations, projected to the target year; no data without observations.</source>
            <translation>状态：以目标年或其后的第一个监测值判定已达标或未达标；目标年之前已满足目标即为已达标，否则按过基准点和各监测值的最小二乘直线外推至目标年，判定进度正常或进度滞后；没有监测值为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Warning result (2016 method)</source>
            <translation>预警结果（2016 版方法）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>An item disagrees when the classes differ or the indices differ by more than {index_tolerance}.</source>
            <translation>等级不同，或指数相差超过 {index_tolerance}，即为不一致。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>An input indicator differs when the two values differ by more than {input_rel_tolerance} % (relative), when texts differ, or when only one side has a value.</source>
            <translation>两方数值相对相差超过 {input_rel_tolerance} %、文字不同，或仅一方有值时，该输入指标视为存在差异。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A result of carrying_capacity_2016 or integrated_warning: one feature or row per unit with its unit code (行政区划代码), warning_level and load_type as the evaluation writes them (codes, not labels), and, when present, the element classes (land_class, water_class, env_class, eco_class, special_class), trend_type, the cause and the year (trend_eval_year).</source>
            <translation>carrying_capacity_2016 或 integrated_warning 的结果：每个评价单元一个要素或一行，含行政区划代码、评价写出的 warning_level 和 load_type（代码而非名称），以及（如有）各要素等级（land_class、water_class、env_class、eco_class、special_class）、trend_type、成因和年份（trend_eval_year）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Indices are quoted with {index_digits} decimals.</source>
            <translation>指数保留 {index_digits} 位小数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>depletion trend</source>
            <translation>耗损类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the elements causing it</source>
            <translation>致警要素</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the cause text</source>
            <translation>成因说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>measures</source>
            <translation>管控措施</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>rewards and penalties</source>
            <translation>奖惩</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>raw indicator values</source>
            <translation>原始指标值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>indices</source>
            <translation>指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>draft results</source>
            <translation>未审定结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>会商 comments</source>
            <translation>会商意见</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>remediation plans</source>
            <translation>治理工作方案</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Areas in km² with {area_km2_digits} decimals, shares in % with {share_digits} decimals, indices with {index_digits} decimals; table columns wider than {wrap_width} characters wrap; page {page_size}.</source>
            <translation>面积以平方千米计保留 {area_km2_digits} 位小数，占比以 % 计保留 {share_digits} 位小数，指数保留 {index_digits} 位小数；宽于 {wrap_width} 个字符的表格列自动换行；页面 {page_size}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The public edition shows {items}; it never shows {internal}.</source>
            <translation>公开版展示{items}；从不展示{internal}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Units whose field {fields} holds {values} are drafts: drawn grey as not yet published, without a page.</source>
            <translation>字段 {fields} 为 {values} 的评价单元属草稿：以灰色标为暂未发布，不生成页面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Measures and rewards/penalties per unit (管控措施与奖惩)</source>
            <translation>各评价单元管控措施与奖惩</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Works out what follows from a warning result for each unit: the control measures that apply (by element class, overload type, warning level and level change), the rewards, penalties and 生态补偿 (by the level change and how long a level has persisted), and the reason (level, type, the elements causing it, the change, a treated-as rule). Earlier results or a history table give the level change; without them every unit is 'not compared'. The catalogue is the method profile's [actions]; an entry without a cited source is flagged as unverified.</source>
            <translation>根据预警结果确定每个评价单元的后续措施：适用的管控措施（按要素等级、超载类型、预警等级和等级变化）、奖惩和生态补偿（按等级变化和同一等级持续的期数），以及理由（等级、类型、致警要素、变化、“按……对待”规则）。等级变化由往期结果或历史预警等级表得出；没有这些时，各单元均为“无法比较”。措施清单见方法配置的 [actions]；未注明出处的条目标记为未核实。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Measures and rewards/penalties per unit</source>
            <translation>各评价单元管控措施与奖惩</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Period (year) of the result (0 = its year field)</source>
            <translation>结果所属时期（年份；0 = 取其年份字段）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The output keeps the result's features and fields and adds the fields below; it is styled by the warning level. The annual report and the letters list the same measures.</source>
            <translation>输出保留结果的要素和字段，并增加下列字段；按预警等级配色。年度报告和函件列出相同的措施。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the period of the result</source>
            <translation>结果所属时期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the latest earlier period of the unit (empty: none)</source>
            <translation>该单元最近的往期（为空：无）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The year the result belongs to. 0: read from the result's year field (年份 or trend_eval_year); give it when the result has none. A year that contradicts the year field is refused.</source>
            <translation>结果所属年份。0：取结果的年份字段（年份或 trend_eval_year）；结果没有年份字段时须填写。与年份字段矛盾的年份将被拒绝。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>its warning level then</source>
            <translation>当时的预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>raised, lowered, unchanged or not_compared</source>
            <translation>raised（提高）、lowered（降低）、unchanged（不变）或 not_compared（无法比较）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the change as the profile names it</source>
            <translation>方法配置中该变化的名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>1 when the level persists (unchanged and one of the persistent levels)</source>
            <translation>等级持续时为 1（未变且属持续预警等级）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>consecutive periods at this level, this one included</source>
            <translation>连续处于该等级的期数（含本期）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the level the unit is treated as (after treated-as rules)</source>
            <translation>该单元按其对待的等级（应用“按……对待”规则后）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>codes of the control measures, comma-separated</source>
            <translation>管控措施代码，以逗号分隔</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the control measures' texts</source>
            <translation>管控措施内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>codes of the rewards, penalties and compensation</source>
            <translation>奖惩和生态补偿的代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>their texts, each with its kind</source>
            <translation>其内容，各附类别</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>why: level, type, elements, change, treated-as</source>
            <translation>理由：等级、类型、要素、变化、按……对待</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>1 when an applied entry cites no source document</source>
            <translation>所用条目未注明出处文件时为 1</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Reminders, letters and remediation plan (预警提醒与治理工作方案)</source>
            <translation>预警提醒与治理工作方案</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Decides which units get a written notice (书面通知), an interview (约谈) or a public notice (公告) by the method profile's reminder rules, with the deadline counted from the issue date; writes one letter per county (HTML, PDF, Word) listing its units with level, cause, measures, requirements and deadline; and proposes the remediation plan (治理工作方案): the profile's tasks per unit with the responsible department, the deadline and the status, as a table to keep and update.</source>
            <translation>按方法配置的提醒规则确定哪些评价单元须书面通知、约谈或公告，期限自印发日期起算；每个县写出一份函件（HTML、PDF、Word），列出其评价单元的等级、成因、措施、要求和期限；并提出治理工作方案：按方法配置为每个单元列出任务、责任部门、完成时限和状态，形成一张可保存、可更新的表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per unit and reminder.</source>
            <translation>每个评价单元的每条提醒一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Letters (folder)</source>
            <translation>函件（文件夹）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One file per county and format: &lt;county code&gt;_&lt;name&gt;.html / .pdf / .docx. Files of the same name are replaced, others kept.</source>
            <translation>每个县、每种格式一个文件：&lt;县代码&gt;_&lt;名称&gt;.html / .pdf / .docx。同名文件被替换，其他文件保留。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Remediation plan (xlsx or csv)</source>
            <translation>治理工作方案（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>行政区划代码, 评价单元名称, 任务, 责任部门, 完成时限, 状态, 完成日期, 备注: fill in the status as the work goes on; the annual report reads it back and highlights overdue tasks.</source>
            <translation>行政区划代码、评价单元名称、任务、责任部门、完成时限、状态、完成日期、备注：随工作推进填写状态；年度报告读回此表并标出逾期任务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Letters</source>
            <translation>函件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Each letter ends with a line saying it is a draft while a rule it applies cites no source document.</source>
            <translation>函件所用规则未注明出处文件时，函件末尾注明其为草稿。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>&lt;unit code&gt;/&lt;rule code&gt;</source>
            <translation>&lt;行政区划代码&gt;/&lt;规则代码&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the unit code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the unit name</source>
            <translation>评价单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the code of the reminder rule</source>
            <translation>提醒规则代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>notice, interview or public</source>
            <translation>notice（书面通知）、interview（约谈）或 public（公告）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the kind as the profile names it</source>
            <translation>方法配置中该类别的名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>what the unit is asked to do</source>
            <translation>对该单元的要求</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>why the rule applies</source>
            <translation>适用该规则的理由</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the issue date</source>
            <translation>印发日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the deadline</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>1 when the rule cites no source document</source>
            <translation>规则未注明出处文件时为 1</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Target tracking (目标完成情况)</source>
            <translation>目标完成情况跟踪</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Tracks numeric targets (indicator, region, baseline year and value, target year and value, direction) against observations: per target the latest value, whether it attains the target, the progress from the baseline as a share of the way to the target, and the status — attained, missed, on track or off track by linear projection to the target year, or no data. Charts: the progress bars of all targets and, per target, its time series with the target line and the projection.</source>
            <translation>对照监测值跟踪数值目标（指标、区域、基准年和基准值、目标年和目标值、方向）：每项目标的最新值、是否达标、自基准值起完成的进度（占全程的比例），以及状态——已达标、未达标、按线性外推至目标年的进度正常或进度滞后，或无数据。图表：全部目标的进度条图，以及每项目标含目标线和外推线的时间序列图。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>As of year (0 = every observation)</source>
            <translation>截至年份（0 = 全部监测值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Observations after this year are left out, as in a report of that year.</source>
            <translation>不使用该年份之后的监测值，与该年度报告一致。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Target attainment</source>
            <translation>目标完成情况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per target.</source>
            <translation>每项目标一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Attainment per target and year (optional)</source>
            <translation>各目标逐年完成情况（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per target and observed year after the baseline.</source>
            <translation>每项目标在基准年之后的每个监测年份一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Warning levels of earlier periods (table, optional)</source>
            <translation>往期预警等级（表格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Charts (folder, optional)</source>
            <translation>图表（文件夹，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>progress.png and one series_&lt;indicator&gt;_&lt;region&gt;_&lt;target year&gt;.png per target with observations.</source>
            <translation>progress.png，以及每项有监测值的目标一幅 series_&lt;指标&gt;_&lt;区域&gt;_&lt;目标年&gt;.png。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per unit and earlier period: the unit code, the period (year) and warning_level, optionally load_type (codes as the evaluation writes them). From the monitoring database or kept by hand (CSV, xlsx sheet). It gives the level change and how long a level has persisted.</source>
            <translation>每个评价单元的每个往期一行：行政区划代码、时期（年份）和 warning_level，可含 load_type（评价写出的代码）。来自监测数据库或手工维护（CSV、xlsx 工作表）。据此得出等级变化和同一等级持续的期数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Targets attained</source>
            <translation>已达标目标数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Targets missed</source>
            <translation>未达标目标数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Targets on track</source>
            <translation>进度正常目标数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Targets off track</source>
            <translation>进度滞后目标数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A target year not after the baseline year, an unknown indicator or direction, or a repeated target or observation stops the run, naming the row.</source>
            <translation>目标年不晚于基准年、指标或方向无法识别、目标或监测值重复时，运行终止并指明所在行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the indicator key of the profile</source>
            <translation>方法配置中的指标键</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>its name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>its unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the region or unit code</source>
            <translation>区域或行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>baseline year</source>
            <translation>基准年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>baseline value</source>
            <translation>基准值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>target year</source>
            <translation>目标年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>at_least or at_most</source>
            <translation>at_least（不低于）或 at_most（不高于）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the latest observed year used</source>
            <translation>所用的最新监测年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>its value</source>
            <translation>其数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>1 when the latest value attains the target, 0 when not</source>
            <translation>最新值达标为 1，否则为 0</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>(latest − baseline) / (target − baseline); 1 = the whole way</source>
            <translation>（最新值 − 基准值）/（目标值 − 基准值）；1 = 完成全程</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>attained, missed, on_track, off_track or no_data</source>
            <translation>attained（已达标）、missed（未达标）、on_track（进度正常）、off_track（进度滞后）或 no_data（无数据）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the status in words</source>
            <translation>状态名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the least-squares line at the target year</source>
            <translation>最小二乘直线在目标年的值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>its slope per year</source>
            <translation>其年斜率</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>where the target comes from</source>
            <translation>目标来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>notes (e.g. no observation in the target year)</source>
            <translation>备注（如目标年无监测值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>County–city cross-check (县市评价结果协同校验)</source>
            <translation>县市评价结果协同校验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Compares a county's self-assessment with the city's evaluation of the same units and period (协同校验, 纵向会商): per unit the four elements and the special evaluation (index and class), the overload type, the depletion trend and the warning level. For every disagreement it lists the input indicators that differ and by how much, so that the consultation discusses data, not conclusions. Writes the differences table, the consultation record (会商记录) to fill in and a report of the differences.</source>
            <translation>将县级自评与市级评价的同一批评价单元、同一时期结果进行比较（协同校验、纵向会商）：逐单元比较四个要素和专项评价（指数和等级）、超载类型、耗损类型和预警等级。对每个不一致项列出存在差异的输入指标及差值，使会商围绕数据而非结论展开。写出差异表、待填写的会商记录和差异报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>County self-assessment (result)</source>
            <translation>县级自评（结果）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The county's own 2016-method result (layer or table) with the unit code and the class fields (and indices where computed).</source>
            <translation>县级按 2016 版方法自行评价的结果（图层或表格），含行政区划代码和各等级字段（以及已计算的指数）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>City evaluation (result)</source>
            <translation>市级评价（结果）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The city's result of the same period.</source>
            <translation>市级同一时期的结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Compare only the county's units</source>
            <translation>只比较县级结果中的评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>On (default): the city's units that the county's result does not hold are left out (a county assesses its own units). Off: both results must hold the same units. A county unit the city's result lacks always stops the run.</source>
            <translation>开（默认）：县级结果中没有的市级评价单元不参与比较（县只评价本县的单元）。关：两个结果必须包含相同的评价单元。市级结果缺少县级的某个单元时，运行总是终止。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>County's indicator table (optional)</source>
            <translation>县级指标表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The indicators the county used, joined on the unit code: the differing inputs are read from here and from the intermediate fields both results carry (land_l0, water_r_total …).</source>
            <translation>县级所用的指标，按行政区划代码连接：存在差异的输入从此表以及两个结果都有的中间字段（land_l0、water_r_total 等）中读取。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>City's indicator table (optional)</source>
            <translation>市级指标表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The indicators the city used.</source>
            <translation>市级所用的指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Consultation record so far (xlsx or csv, optional)</source>
            <translation>已有会商记录（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A consultation record written earlier and filled in (会商意见, 商定结果, 参会人员, 会商日期): its entries are shown in the report and kept in the new record. A row naming a unit or item that is not a disagreement stops the run.</source>
            <translation>此前写出并已填写的会商记录（会商意见、商定结果、参会人员、会商日期）：其内容列入报告并保留在新的记录中。某行所指单元或事项并非不一致项时，运行终止。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Name of the county's side</source>
            <translation>县级一方名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Empty: 县级自评 (County self-assessment).</source>
            <translation>为空：县级自评。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Earlier results (optional)</source>
            <translation>往期结果（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Name of the city's side</source>
            <translation>市级一方名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Empty: 市级评价 (City evaluation).</source>
            <translation>为空：市级评价。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Results of earlier periods of the same units, each with its year field; read like rows of the history table. A period given both here and in the history table is refused.</source>
            <translation>同一批评价单元的往期结果，各带年份字段；与历史预警等级表的行同样读取。同一时期在此处和历史表中都出现时将被拒绝。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Differences</source>
            <translation>差异表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per unit and item compared.</source>
            <translation>每个评价单元的每个比较事项一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Consultation record (xlsx or csv)</source>
            <translation>会商记录（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>One row per disagreement, with the values, the differing inputs and empty columns for the comment, the agreed value, who and when.</source>
            <translation>每个不一致项一行，含双方数值、存在差异的数据，以及待填写的会商意见、商定结果、参会人员和会商日期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Differences report (HTML)</source>
            <translation>差异报告（HTML）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Differences report (PDF, optional)</source>
            <translation>差异报告（PDF，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Disagreements</source>
            <translation>不一致项数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Two results of different periods, or with different units, stop the run with a message listing them; nothing is written.</source>
            <translation>两个结果时期不同或评价单元不同时，运行终止并列出差异；不写出任何文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>&lt;unit code&gt;/&lt;item&gt;, the key of the consultation record</source>
            <translation>&lt;行政区划代码&gt;/&lt;事项&gt;，会商记录的键</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>land, water, env, eco, special, load, trend or warning</source>
            <translation>land、water、env、eco、special、load、trend 或 warning</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the item's name</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the county's class</source>
            <translation>县级等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the city's class</source>
            <translation>市级等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the county's index</source>
            <translation>县级指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the city's index</source>
            <translation>市级指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>city − county</source>
            <translation>市级 − 县级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>1 when the item agrees within the tolerances</source>
            <translation>在容差内一致时为 1</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>the differing inputs: county → city (difference)</source>
            <translation>存在差异的数据：县级 → 市级（差值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Annual monitoring and warning report (年度监测预警报告)</source>
            <translation>年度监测预警报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Writes the annual 监测预警报告 of a period as HTML, PDF and Word: the summary (units and area by warning level and overload type, changes), the warning map and the level-change map on the print layout (legend, scale bar, north arrow), the units with causes, measures, rewards and penalties, the reminders and the remediation plan (overdue tasks highlighted), the targets attained and missed with charts, the monitoring network's tables when given, the county–city cross-check, what is unverified, and the provenance of every part. Optionally also the public edition for the government website: a self-contained folder of static pages (index with a clickable SVG map, one page per unit), without anything the method profile marks as internal.</source>
            <translation>以 HTML、PDF 和 Word 写出某一时期的年度监测预警报告：概况（按预警等级和超载类型统计的单元数和面积、变化情况），打印版式上的预警图和预警等级变化图（图例、比例尺、指北针），各评价单元的成因、管控措施和奖惩，提醒和治理工作方案（标出逾期任务），含图表的目标完成情况，给出时的监测网络各表，县市评价结果协同校验，未核实事项，以及各部分的数据来源。还可选写出供政府网站发布的公开版：一个自成一体的静态网页文件夹（首页含可点击的 SVG 预警图，每个评价单元一页），不含方法配置列为内部的任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Warning result (2016 method, unit polygons)</source>
            <translation>预警结果（2016 版方法，评价单元面）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Remediation plan (xlsx or csv, optional)</source>
            <translation>治理工作方案（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The plan written by warning_reminders and kept up to date; without it the report shows the plan proposed by the profile's tasks.</source>
            <translation>由 warning_reminders 写出并持续更新的方案；不给出时，报告列出按方法配置任务提出的方案。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Issue date (YYYY-MM-DD)</source>
            <translation>印发日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>County self-assessment for the cross-check (optional)</source>
            <translation>用于协同校验的县级自评（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A county's own result of the same period: compared with this result on the county's units.</source>
            <translation>县级同一时期的自评结果：在县级的评价单元上与本结果比较。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Consultation record (xlsx or csv, optional)</source>
            <translation>会商记录（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The filled-in consultation record of the cross-check.</source>
            <translation>已填写的协同校验会商记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Station quality control (table, optional)</source>
            <translation>站点数据质控（表格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Findings of the station quality control from the monitoring database; shown as a table.</source>
            <translation>来自监测数据库的站点数据质控结果；以表格列出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Exceedance alerts (table, optional)</source>
            <translation>超标报警（表格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Exceedance alerts from the monitoring database; shown as a table.</source>
            <translation>来自监测数据库的超标报警；以表格列出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Station-coverage gaps (table, optional)</source>
            <translation>站点覆盖缺口（表格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Units without the stations they need; shown as a table.</source>
            <translation>缺少所需监测站点的评价单元；以表格列出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Evaluations due (table, optional)</source>
            <translation>到期评价清单（表格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The due list of the evaluation cadence; shown as a table.</source>
            <translation>按评价周期到期的评价清单；以表格列出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>编制单位 (issued by)</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Map page</source>
            <translation>地图版式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The layout the two maps are drawn on.</source>
            <translation>两幅地图所用的版式。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The authority issuing the letters and the report (e.g. 示范市自然资源和规划局).</source>
            <translation>印发函件和报告的机关（如示范市自然资源和规划局）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Map resolution (dpi)</source>
            <translation>地图分辨率（dpi）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Resolution of the map images in the report.</source>
            <translation>报告中地图图片的分辨率。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>City (report title)</source>
            <translation>城市（报告标题）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The name of the city or region the report is about (示范市).</source>
            <translation>报告所述城市或地区的名称（如示范市）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Code of the city in the targets table</source>
            <translation>目标表中城市的代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The region code of targets set for the whole city, named by the city's name in the report.</source>
            <translation>全市目标所用的区域代码，报告中以城市名称显示。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Report (HTML)</source>
            <translation>报告（HTML）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Report (PDF)</source>
            <translation>报告（PDF）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Report (Word .docx, optional)</source>
            <translation>报告（Word .docx，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Needs python-docx (Debian: python3-docx); asked for without it, the run stops before anything is written.</source>
            <translation>需要 python-docx（Debian：python3-docx）；未安装时选择此项，运行在写出任何文件之前终止。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Public edition (folder, optional)</source>
            <translation>公开版（文件夹，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>index.html, style.css and units/&lt;code&gt;.html; no script, no web font, nothing fetched from anywhere. A folder holding other files is refused.</source>
            <translation>index.html、style.css 和 units/&lt;代码&gt;.html；不含脚本和网络字体，不从任何地方获取内容。文件夹中已有其他文件时将被拒绝。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Names of counties and regions (optional)</source>
            <translation>县和区域名称（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>The maps are laid out on the chosen page with the result styled by the profile's colours; the level-change map needs an earlier period (history or earlier results). Areas come from the unit polygons: planar in a projected CRS, ellipsoidal in a geographic one.</source>
            <translation>地图按所选版式排版，结果按方法配置的颜色配色；预警等级变化图需要往期（历史预警等级或往期结果）。面积由评价单元面计算：投影坐标系下为平面面积，地理坐标系下为椭球面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>Every input is checked before anything is written: a bad row of the history, the targets, the observations, the plan or the consultation record stops the run naming the row.</source>
            <translation>写出任何文件之前先检查全部输入：历史预警等级、目标、监测值、治理工作方案或会商记录中有错误的行时，运行终止并指明该行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/actions.py" />
            <source>A layer or table with the unit code (行政区划代码) and the name (名称) of the counties the letters are addressed to and of the regions the targets are set for, e.g. the county boundaries. Without it a letter is addressed by the name of the unit whose code is the county code, else by the code.</source>
            <translation>含行政区划代码和名称的图层或表格，给出函件收文县和目标所在区域的名称，如县级行政区界。不给出时，函件以代码等于县代码的评价单元名称称呼收文县，否则使用代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Single-element evaluation (单项评价)</source>
            <translation>单项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Integrated evaluation (集成评价)</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Dual evaluation (双评价)</source>
            <translation>双评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Maps and reports (制图与报告)</source>
            <translation>制图与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Monitoring and warning mechanism (监测预警机制)</source>
            <translation>监测预警机制</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Environmental zoning control (生态环境分区管控)</source>
            <translation>生态环境分区管控</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Supporting methods (辅助方法)</source>
            <translation>辅助方法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/base.py" />
            <source>Monitoring and warning database (监测预警数据库)</source>
            <translation>监测预警数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Carrying capacity monitoring and early warning, 2016 method (资源环境承载能力监测预警)</source>
            <translation>资源环境承载能力监测预警（2016 年技术方法）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Runs the whole 2016 monitoring and early-warning method on county units and writes one result layer: the four basic elements (land_pressure, water_load, pollutant_exceedance, ecosystem_health), the special evaluation matching each unit's 主体功能区 type (special_evaluation), the depletion trend (process_trend), the load type, the warning level and the cause (integrated_warning). Each step follows the rules of its own algorithm, listed below.</source>
            <translation>对县级评价单元运行 2016 年监测预警技术方法全流程，输出一个结果图层：四项基础评价（land_pressure、water_load、pollutant_exceedance、ecosystem_health）、与各单元主体功能区类型对应的专项评价（special_evaluation）、资源环境耗损过程评价（process_trend）、超载类型、预警等级和成因解析（integrated_warning）。各步骤的规则与对应的单项算法相同，列于下方。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Carrying capacity warning 2016</source>
            <translation>资源环境承载能力监测预警（2016）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Land index</source>
            <translation>土地指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Minimum inputs: the units and one indicator table of the evaluation year. Add the base-year table and the national rates for the trend, station and section data for the environment, land-use, suitability and degradation layers to compute those inputs by overlay instead of taking them from the table.</source>
            <translation>最少输入：评价单元和一张评价年指标表。提供基准年表和全国平均变化率可开展过程评价；提供站点和断面数据可由监测数据计算环境要素；提供土地利用、适宜性和退化图层可由叠加分析计算相应指标，而不取自指标表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>The result keeps every index, class, label and note of every step (prefixes land_, water_, env_, eco_, special_, trend_) and adds load_type, load_label, warning_level, warning_label, cause and cause_elements; it is styled by the warning level (also saved as a .qml beside a file output and as the default style of a GeoPackage).</source>
            <translation>结果保留每一步的指数、等级、标签和说明（前缀 land_、water_、env_、eco_、special_、trend_），并增加 load_type、load_label、warning_level、warning_label、cause 和 cause_elements；按预警等级设色（同时在文件输出旁保存 .qml 样式，并作为 GeoPackage 的默认样式）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Mean annual precipitation in mm: grades 农业供水条件, and gives the water balance and the rainfall erosivity of the ecology.</source>
            <translation>多年平均降水量（mm）：用于评价农业供水条件，并提供生态评价的水量平衡和降雨侵蚀力。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Evaluation units (counties) with their water figures</source>
            <translation>评价单元（县）及其水资源数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Polygons of the units (e.g. the counties joined with their indicator table): urban water supply, areas and carrying scale per unit.</source>
            <translation>评价单元面图层（如已连接指标表的县）：用于城镇供水条件、分单元面积和承载规模。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Urban water indicator field</source>
            <translation>城镇供水指标字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>用水总量控制指标模数 (10⁴ m³/km²), or a total such as 用水总量控制指标 (10⁴ m³) with 'divide by the unit area'. The dialog proposes the column 用水总量控制指标 where the units have it.</source>
            <translation>用水总量控制指标模数（10⁴ m³/km²），或用水总量控制指标（10⁴ m³）等总量并勾选“除以单元面积”。评价单元有“用水总量控制指标”字段时，对话框默认选用该字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Units of the area tables (optional; e.g. townships)</source>
            <translation>面积统计单元（可选；如乡镇）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>The class areas are tabulated by these units (default: the evaluation units).</source>
            <translation>按这些单元统计各类面积（默认：评价单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Code field of the table units</source>
            <translation>统计单元的代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Field identifying each unit of the area tables (default 乡镇代码; feature id if absent).</source>
            <translation>标识面积统计表中各单元的字段（默认 乡镇代码；缺少时用要素编号）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Name field of the table units</source>
            <translation>统计单元的名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Field with the name of each unit of the area tables, copied into the tables.</source>
            <translation>面积统计表中各单元的名称字段，写入统计表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Land cover / ecosystem type (codes) (optional, for the ecology)</source>
            <translation>土地覆被/生态系统类型（代码）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Vegetation cover (0–1) (optional, for the ecology)</source>
            <translation>植被覆盖度（0–1）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Fractional vegetation cover: C of 水土保持 and of 水土流失.</source>
            <translation>植被覆盖度：水土保持与水土流失的 C 因子。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Soil texture (codes) (optional, for the ecology)</source>
            <translation>土壤质地（代码）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Codes of the profile's soil-texture table: K of 水土保持 and the soil score of 水土流失.</source>
            <translation>方法配置中土壤质地表的代码：水土保持的 K 因子与水土流失的土壤分值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Mean annual air temperature (°C) (for the ecology)</source>
            <translation>多年平均气温（°C）（用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>For Turc's evapotranspiration in 水源涵养.</source>
            <translation>用于水源涵养中 Turc 公式计算的蒸散发。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Water field for the carrying scale (10⁴ m³/a) (optional)</source>
            <translation>承载规模所用水量字段（10⁴ m³/a）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Water available per unit; the agricultural and urban shares below apply to it.</source>
            <translation>各单元可用水量；下方的农业和城镇比例作用于该值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Agricultural share of that water (0–1)</source>
            <translation>其中农业用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Urban share of that water (0–1)</source>
            <translation>其中城镇用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Receives every raster and table of the evaluation: {files}; with the ecology also {eco}. They appear there only when the whole chain has succeeded.</source>
            <translation>存放评价的全部栅格和表格：{files}；进行生态评价时另有 {eco}。只有整个流程成功完成后，结果才会出现在该文件夹中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Dual evaluation, whole chain (双评价一键评价)</source>
            <translation>双评价一键评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Runs the grid 双评价 of a county or a city in one go, on one analysis grid (the DEM's unless you choose another CRS, cell size or analysis area): the single factors, the ecology when its layers are given, 农业生产适宜性 and 城镇建设适宜性 outside the 生态保护极重要区, the class areas by unit and the 承载规模. Each step follows the rules of its own algorithm, listed below.</source>
            <translation>在同一分析网格上（默认取 DEM 的网格，也可另选坐标系、像元大小或分析范围）一次完成县或市的网格化双评价：各单项评价，提供相应图层时的生态评价，生态保护极重要区以外的农业生产适宜性和城镇建设适宜性，按单元的分区面积统计和承载规模。每一步都按其自身算法的规则进行，规则列于下文。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Agricultural production suitability</source>
            <translation>农业生产适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Urban construction suitability</source>
            <translation>城镇建设适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Files written</source>
            <translation>已写出的文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>The steps: 农业耕作条件 and 城镇建设条件 from the DEM (and the silt content); 农业供水条件 from the precipitation; 城镇供水条件 from a water field of the units; 光热条件 from the accumulated temperature; 舒适度 from the stations' monthly climate; then the two suitabilities, the class areas by unit (km², ha, 亩) and the 承载规模.</source>
            <translation>各步骤：由 DEM（及粉砂含量）评价农业耕作条件和城镇建设条件；由降水量评价农业供水条件；由评价单元的水资源字段评价城镇供水条件；由积温评价光热条件；由站点逐月气候评价舒适度；然后评价两类适宜性，按单元统计各类面积（平方千米、公顷、亩）并测算承载规模。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>The ecology — 水源涵养, 水土保持, 生物多样性维护 (with habitat polygons) and 水土流失, integrated into 生态保护重要性 and the 生态保护极重要区 — runs when land cover, vegetation cover and soil texture are given; otherwise give a 生态保护重要性 raster or 极重要区 polygons evaluated beforehand.</source>
            <translation>提供土地覆被、植被覆盖度和土壤质地时进行生态评价——水源涵养、水土保持、生物多样性维护（需生境面）和水土流失，集成为生态保护重要性和生态保护极重要区；否则请提供事先评价的生态保护重要性栅格或极重要区面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>防风固沙 and 土地沙化 need wind-erosion factors that are usually known per area: run them alone and give the result of 生态保护重要性 here.</source>
            <translation>防风固沙和土地沙化所需的风蚀因子通常按区域给定：请单独运行，并在此提供生态保护重要性的结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Every step is also an algorithm of its own in the 双评价 group.</source>
            <translation>每一步也是双评价分组中的独立算法。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Land (土地资源)</source>
            <translation>土地资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Water (水资源)</source>
            <translation>水资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Environment (环境)</source>
            <translation>环境</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Ecology (生态)</source>
            <translation>生态</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Special evaluation (专项评价)</source>
            <translation>专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Trend (过程评价)</source>
            <translation>过程评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/chains.py" />
            <source>Integration (集成评价)</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Source of the values (e.g. 水资源公报)</source>
            <translation>数值来源（如 水资源公报）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Where the numbers come from. A different value for the same cell from another department or source is a conflict (listed, not written).</source>
            <translation>数值的出处。同一单元格若由其他部门或来源报送了不同数值，视为冲突（列出，不写入）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Sheet (xlsx; empty = the first)</source>
            <translation>工作表（xlsx；留空 = 第一个）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Period (year)</source>
            <translation>期次（年份）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The period of the evaluation, e.g. 2025.</source>
            <translation>评价期次，如 2025。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Import id (0: nothing written)</source>
            <translation>导入编号（0：未写入）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows per table (JSON)</source>
            <translation>各表行数（JSON）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>A county code has {county} digits, a township code {township} and starts with the code of its county; codes are unique and digits only.</source>
            <translation>县级代码为 {county} 位，乡镇代码为 {township} 位且以所属县代码开头；代码唯一且为纯数字。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Each cell (unit × indicator × period) is added, changed (a new version superseding the stored one, which is kept), unchanged (the same value to {n} significant digits), a conflict (another department or source supplied a different value: listed, not written) or rejected (the whole import is refused).</source>
            <translation>每个单元格（单元 × 指标 × 期次）分为：新增、变更（新版本替代库中现行值，原值保留）、未变（按 {n} 位有效数字相同）、冲突（其他部门或来源报送了不同数值：列出，不写入）或拒收（整个导入被拒绝）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>A period is a year from {first} to the current year.</source>
            <translation>期次为 {first} 年至今年之间的年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Each record gets the first fault it has, in this order: {order}; else {ok}. Invalid: {invalid}.</source>
            <translation>每条记录取其最先出现的问题，顺序为：{order}；否则为{ok}。无效：{invalid}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Flat line: the same value in at least {hour} consecutive hourly or {day} daily records.</source>
            <translation>数据恒值：同一数值连续出现至少 {hour} 条小时记录或 {day} 条日记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Above the instrument range / jump (a change larger than the step and the ratio times the previous value): {items}.</source>
            <translation>超出仪器量程 / 数据突变（变化量大于步长且大于前一值的倍数）：{items}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>A daily mean needs {daily_min_hours} valid hourly values; the O3 daily maximum 8-h mean {o3_min_windows} valid 8-h means; an annual statistic {month_min_days} valid days a month ({february_min_days} in February) and {min_valid_days} in the year; a water section's annual mean a valid value in {water_min_months} months.</source>
            <translation>日均值需要 {daily_min_hours} 个有效小时值；臭氧日最大8小时平均需要 {o3_min_windows} 个有效8小时均值；年评价统计量每月需要 {month_min_days} 个有效日（2月 {february_min_days} 个），全年 {min_valid_days} 个；水质断面年均值需要 {water_min_months} 个月有有效值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Tampering signs per series and month: one value in at least {share} % of the records; at least {below} % of the values within {band} % below the limit.</source>
            <translation>疑似数据干预（按序列和月）：某一数值占记录数不少于 {share}%；不少于 {below}% 的数值落在限值以下 {band}% 以内。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Alerts: valid daily air values above the 24-h limit of the GB 3095 edition; water values worse than the limit of class {cls} of GB 3838.</source>
            <translation>超标预警：有效空气日均值高于所用 GB 3095 版本的24小时限值；水质值劣于 GB 3838 {cls} 类限值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Outlet alarm: at least {n} consecutive hour(s) above the permit limit of the record.</source>
            <translation>排放口超标报警：连续至少 {n} 小时高于该记录的许可排放限值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Spearman trend of the annual values of at least {n} years: rs = 1 − 6Σd² / (n³ − n), significant at {levels} when |rs| reaches the critical value for n.</source>
            <translation>至少 {n} 年年值的 Spearman 秩相关趋势：rs = 1 − 6Σd² / (n³ − n)，|rs| 达到该 n 的临界值时在 {levels} 水平上显著。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>units whose {field} is yes</source>
            <translation>{field} 为“是”的单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>every unit</source>
            <translation>每个单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>{type}: at least {n} per unit with at least {records} valid records in the period ({where}).</source>
            <translation>{type}：每个单元至少 {n} 个，且期内至少 {records} 条有效记录（{where}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source> / </source>
            <translation> / </translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Monitoring database (GeoPackage)</source>
            <translation>监测预警数据库（GeoPackage）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>{rule}: {who}, due {months} months after the latest evaluation.</source>
            <translation>{rule}：{who}，上次评价后 {months} 个月到期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>{rule}: {who}, due at the first observation newer than the latest evaluation.</source>
            <translation>{rule}：{who}，上次评价后出现新监测数据即到期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The .gpkg file of the monitoring database. Leave it empty and choose a PostgreSQL connection instead for a shared PostGIS database.</source>
            <translation>监测预警数据库的 .gpkg 文件。共享的 PostGIS 数据库则留空，改选 PostgreSQL 连接。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Warning levels: {levels}.</source>
            <translation>预警等级：{levels}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Create, open or upgrade a monitoring database</source>
            <translation>创建、打开或升级监测预警数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Creates a monitoring database — a new GeoPackage, or the tables in the schema cc_warning of a PostgreSQL/PostGIS database prepared by its administrator (docs/database.md) — with the departments and indicators of the catalogue; or opens an existing one and reports its schema version. A database of an older version is upgraded when asked (a GeoPackage is backed up first); one of a newer version than the plugin knows is refused and left unchanged.</source>
            <translation>创建监测预警数据库——新的 GeoPackage，或在管理员已准备好的 PostgreSQL/PostGIS 数据库 cc_warning 模式中建表（见 docs/database.md）——并写入部门和指标目录；或打开已有数据库并报告其模式版本。旧版本数据库可按要求升级（GeoPackage 先行备份）；比插件所知更新的版本予以拒绝，数据库保持不变。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>CRS of a new database</source>
            <translation>新数据库的坐标系</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The projected CRS of the units and stations of a new database (e.g. a CGCS2000 Gauss-Kruger zone). Empty: EPSG:4527, the zone of the sample city.</source>
            <translation>新数据库中单元和站点的投影坐标系（如 CGCS2000 高斯-克吕格分带）。留空：EPSG:4527（示范市所在分带）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Upgrade an older database</source>
            <translation>升级旧版本数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Apply the migrations the database lacks, in one transaction. A GeoPackage is first copied beside itself (name_before_vN.gpkg).</source>
            <translation>在一个事务中执行数据库缺少的迁移。GeoPackage 先在同目录下复制一份（name_before_vN.gpkg）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Schema status</source>
            <translation>模式状态</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Schema version</source>
            <translation>模式版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Created (1) or opened (0)</source>
            <translation>新建（1）或打开（0）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Backup made before the upgrade</source>
            <translation>升级前所做的备份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Load evaluation units into the database</source>
            <translation>向数据库加载评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Adds the counties or townships of a polygon layer to the database with their code, name and geometry (reprojected to the database's CRS), in one transaction. Every code is checked first — digits, length, duplicates, a township's county — and any problem stops the load with the feature and the reason; nothing is written. Units already in the database are left as they are and reported (unchanged, or differing in name or county).</source>
            <translation>在一个事务中将面图层中的县或乡镇连同代码、名称和几何（重投影到数据库坐标系）写入数据库。先检查每个代码——纯数字、位数、重复、乡镇所属县——有任何问题即停止加载并指明要素和原因，不写入任何内容。库中已有的单元保持不变并在报告中列出（相同，或名称、所属县不同）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Unit polygons</source>
            <translation>单元面图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>County or township polygons with a code and a name field.</source>
            <translation>含代码和名称字段的县或乡镇面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Code field (行政区划代码 / 乡镇代码)</source>
            <translation>代码字段（行政区划代码 / 乡镇代码）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: for counties the field the indicator dictionary recognises as the unit code (行政区划代码 …), for townships 乡镇代码.</source>
            <translation>留空：县级单元取指标字典识别为单元代码的字段（行政区划代码等），乡镇取“乡镇代码”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Name field</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: for counties the field the indicator dictionary recognises as the unit name (名称 …), for townships 乡镇名称.</source>
            <translation>留空：县级单元取指标字典识别为单元名称的字段（名称等），乡镇取“乡镇名称”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Or: saved PostgreSQL connection</source>
            <translation>或：已保存的 PostgreSQL 连接</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>County code field (townships)</source>
            <translation>所属县代码字段（乡镇）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>For townships: the field holding the code of the county each belongs to. Empty: the field recognised as the unit code (行政区划代码 …).</source>
            <translation>乡镇：记录其所属县代码的字段。留空：取识别为单元代码的字段（行政区划代码等）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The name of a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL) whose database holds the monitoring tables in the schema cc_warning. Its user name and password come from the QGIS authentication database (the connection's authentication configuration) and are never written into a project, a log, a run record or a report.</source>
            <translation>QGIS 中已保存的 PostgreSQL 连接名称（浏览器面板 ▸ PostgreSQL），其数据库的 cc_warning 模式中存有监测预警数据表。用户名和密码取自 QGIS 认证数据库（该连接的认证配置），不会写入工程、日志、评价记录或报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>English name field (optional)</source>
            <translation>英文名称字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units added</source>
            <translation>新增单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units already there</source>
            <translation>已在库中的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units there with another name or county</source>
            <translation>库中名称或所属县不同的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Load monitoring stations into the database</source>
            <translation>向数据库加载监测站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Adds the air stations, water sections or pollution sources (enterprises) of a point layer to the database with their code, name and location (reprojected to the database's CRS), in one transaction; each gets the county it lies in, or the one a unit-code field names. Their records can then be imported. Codes already in the database are left as they are and reported.</source>
            <translation>在一个事务中将点图层中的空气监测站、水质断面或污染源（企业）连同代码、名称和位置（重投影到数据库坐标系）写入数据库；每个站点归入其所在的县，或单元代码字段指定的县。之后即可导入其监测数据。库中已有的代码保持不变并在报告中列出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Station points</source>
            <translation>站点点图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Kind of station</source>
            <translation>站点类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Air quality stations</source>
            <translation>环境空气质量监测站</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Water-quality sections</source>
            <translation>地表水水质断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Pollution sources (enterprises)</source>
            <translation>污染源（企业）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Code field (站点编码 / 断面编码 / 企业编码)</source>
            <translation>代码字段（站点编码 / 断面编码 / 企业编码）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: the field recognised as the station or section code.</source>
            <translation>留空：取识别为站点或断面编码的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: 站点名称, 断面名称 or 企业名称.</source>
            <translation>留空：站点名称、断面名称或企业名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Water body field (sections: 河流 / 湖库)</source>
            <translation>水体字段（断面：河流 / 湖库）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: the field recognised as the water body (水体类型 …). The limits of TP and TN depend on it.</source>
            <translation>留空：取识别为水体类型的字段（水体类型等）。总磷、总氮限值与之有关。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Unit-code field (optional)</source>
            <translation>单元代码字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Empty: each station gets the county whose polygon holds it.</source>
            <translation>留空：每个站点归入其点位所在的县级单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Department running the stations</source>
            <translation>运维站点的部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Stations added</source>
            <translation>新增站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Stations already there</source>
            <translation>已在库中的站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Stations outside every unit</source>
            <translation>不在任何单元内的站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>One row per rejected row and per cell added, changed, unchanged or in conflict: status, the file's row number and column, unit, indicator, period, value, the stored value, version, the stored department and source, and the reason of a rejection.</source>
            <translation>每个拒收行、每个新增、变更、未变或冲突的单元格一行：状态、文件中的行号和列、单元、指标、期次、数值、库中数值、版本、库中数值的报送部门和来源，以及拒收原因。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Import indicator values (department workbook)</source>
            <translation>导入指标数据（部门报送表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Imports the indicator values a department sends — an xlsx sheet or a CSV file (UTF-8 or GBK), wide (a row per unit, a column per indicator) or long (unit, indicator, period, value) — with headers matched through the indicator dictionary and units of measure converted. Run it first as a dry run: the report lists, with row numbers, what would be added, changed, left unchanged, held as a conflict or rejected, and nothing is written. Then run it with the dry run off: all rows are written in one transaction, or none. A changed value becomes a new version; the old one stays in the history.</source>
            <translation>导入部门报送的指标数据——xlsx 工作表或 CSV 文件（UTF-8 或 GBK），宽表（每单元一行、每指标一列）或长表（单元、指标、期次、数值）——表头经指标字典匹配，计量单位自动换算。先试导入：报告按行号列出将新增、变更、不变、冲突或拒收的内容，不写入任何数据。再关闭试导入正式导入：所有行在一个事务中写入，否则一行也不写。数值变更形成新版本，旧版本保留在历史中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Workbook or CSV file</source>
            <translation>工作簿或 CSV 文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The department's file (.xlsx or .csv).</source>
            <translation>部门报送的文件（.xlsx 或 .csv）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Period (year) of a wide table without a year column (0 = from the file)</source>
            <translation>无年份列的宽表所属期次（年份；0 = 以文件为准）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Leave empty cells out instead of rejecting them</source>
            <translation>跳过空单元格而不拒收</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Off (default): an empty cell of a wide table is rejected (a value is missing). On: it is left out, as if the indicator were not in the file for that unit.</source>
            <translation>关闭（默认）：宽表中的空单元格予以拒收（缺少数值）。开启：跳过该单元格，视同文件中该单元没有此指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Cells added</source>
            <translation>新增单元格数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Cells changed (new versions)</source>
            <translation>变更单元格数（新版本）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Cells unchanged</source>
            <translation>未变单元格数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Cells in conflict</source>
            <translation>冲突单元格数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows or cells rejected</source>
            <translation>拒收的行或单元格数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Dry run: check and report, write nothing</source>
            <translation>试导入：只检查和报告，不写入</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Import station records with quality control</source>
            <translation>导入站点监测数据（含质量控制）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Imports monitoring records — daily or hourly air values of the stations, water-section values, pollution-source online monitoring — after the quality control of the method profile: each record keeps its QC code and validity; the QC report lists the stations and periods that fail and why (gaps, incomplete days and years, flat lines, jumps, duplicates, tampering signs). Exceedance alerts against GB 3095 / GB 3838, alarms of the outlets above their permit limit, and the Spearman trend of every station and pollutant over the years in the database come with it. A dry run writes nothing.</source>
            <translation>按方法配置进行质量控制后导入监测数据——站点空气日均值或小时值、断面水质值、污染源在线监测数据：每条记录保留质控代码和有效性；质控报告列出不合格的站点和时段及原因（缺测时段、日和年数据不完整、数据恒值、突变、重复、疑似数据干预）。同时给出对照 GB 3095 / GB 3838 的超标预警、超出许可限值的排放口报警，以及库中各站点、各污染物逐年的 Spearman 秩相关趋势。试导入不写入任何数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>On (default): every row is read, checked and classified, and the report lists what an import would add, change, leave unchanged, hold as a conflict or reject; the database is not changed. Off: the same, then everything is written in one transaction — all rows or, if any is rejected, none.</source>
            <translation>开启（默认）：读取、检查并分类每一行，报告列出导入时将新增、变更、不变、冲突或拒收的内容；数据库不作改动。关闭：同样检查后在一个事务中全部写入——若有拒收则一行也不写。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records (xlsx or CSV)</source>
            <translation>监测数据（xlsx 或 CSV）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Air daily: station code, date, a column per pollutant (SO2, NO2, PM10, PM2.5, CO, O3_8h). Air hourly: station code, time (2025-01-01 13:00), a column per pollutant. Water: section code, month (with the year) or date, a column per pollutant (溶解氧, 高锰酸盐指数, 氨氮 …). Air and water may also come long: station, time, pollutant, value. Pollution sources: enterprise code, outlet (排放口编号), time, pollutant, concentration, permit limit (许可限值). The stations must be in the database.</source>
            <translation>空气日值：站点编码、日期、每种污染物一列（SO2、NO2、PM10、PM2.5、CO、O3_8h）。空气小时值：站点编码、时间（2025-01-01 13:00）、每种污染物一列。水质：断面编码、月份（另给年份）或日期、每种污染物一列（溶解氧、高锰酸盐指数、氨氮等）。空气和水质数据也可用长表：站点、时间、污染物、数值。污染源：企业编码、排放口编号、时间、污染物、浓度、许可限值。站点须已在数据库中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Year of the records (0 = as they say)</source>
            <translation>数据所属年份（0 = 以数据为准）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The calendar year the file covers: needed for water records given by month, and the QC then also reports gaps at the start and end of the year.</source>
            <translation>文件覆盖的日历年：按月份给出的水质数据需要；给出后质控还会报告年初和年末的缺测时段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The file holds whole years</source>
            <translation>文件包含整年数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>On: the annual rules (valid days a month and a year, water months) are checked for every year of the file. Off for a file of part of a year.</source>
            <translation>开启：对文件中的每一年检查年度规则（每月和全年有效天数、水质有效月数）。文件只含部分年份时关闭。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>QC report</source>
            <translation>质控报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>One row per station, pollutant and period that fails a check: the code, its label, the period, the count and why.</source>
            <translation>每个未通过检查的站点、污染物和时段一行：代码、名称、时段、条数及原因。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Exceedance alerts and outlet alarms</source>
            <translation>超标预警和排放口报警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Air days and water values above the standard's limit, and runs of hours a pollution source was above its permit limit.</source>
            <translation>高于标准限值的空气日值和水质值，以及污染源连续高于许可限值的小时段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Spearman trends</source>
            <translation>Spearman 趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Per station and pollutant: the years, rs, the critical values, the significance level reached and the trend (rising, falling, no significant change, too few years).</source>
            <translation>按站点和污染物：年份、rs、临界值、达到的显著性水平及趋势（显著上升、显著下降、无显著变化、年数不足）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records read</source>
            <translation>读取记录数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records added</source>
            <translation>新增记录数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records unchanged</source>
            <translation>未变记录数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records in conflict</source>
            <translation>冲突记录数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Records marked invalid by the QC</source>
            <translation>质控判为无效的记录数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>QC findings</source>
            <translation>质控发现</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Alerts and alarms</source>
            <translation>预警和报警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Station coverage (加密布点)</source>
            <translation>站点覆盖（加密布点）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Lists the units where the monitoring network must be extended: per required station type of the method profile, the units with too few stations, or too few with enough valid records in the year (air: valid daily values; water: months with a valid value). A map layer of those units and, optionally, the same rows as a table.</source>
            <translation>列出需要加密布点的单元：按方法配置要求的每类站点，找出站点不足，或有足够有效记录的站点不足（空气：有效日均值；水质：有有效值的月数）的单元。输出这些单元的图层，并可另输出同内容的表格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Yes/no fields of the units (optional)</source>
            <translation>单元是/否字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>A layer or table with the unit code and the fields the requirements name (e.g. has_river: 1 for units with rivers). A requirement whose field is not given applies to every unit.</source>
            <translation>含单元代码及要求中所用字段（如 has_river：有河流的单元为 1）的图层或表。未给出字段的要求对所有单元适用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Unit level</source>
            <translation>单元层级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units where the network must be extended</source>
            <translation>需要加密布点的单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The same as a table (optional)</source>
            <translation>同内容的表格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows (unit and station type)</source>
            <translation>行数（单元 × 站点类型）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Counties (6-digit codes) or townships (9 or 12 digits).</source>
            <translation>县级单元（6位代码）或乡镇单元（9位或12位代码）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>air or water</source>
            <translation>空气或水质</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>stations of the type in the unit</source>
            <translation>单元内该类站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>of them with enough valid records</source>
            <translation>其中有效记录足够的站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>stations to add</source>
            <translation>需增设的站点数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Evaluate from the database (2016 method)</source>
            <translation>基于数据库评价（2016 方法）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Runs the whole 2016 monitoring and early-warning chain on a period of the database: the evaluation table is assembled from the current version of every indicator value of the period and of the base period, with the air stations' valid daily values and the water sections' valid values of the year. Units with missing values are listed. The run record (profile, parameters, inputs, user, times) and every unit's result are written to the database; a later run for the same period supersedes this one, and both stay queryable. The result layer is styled by warning level.</source>
            <translation>对数据库中的某一期次运行完整的 2016 监测预警评价流程：评价表由该期次和基准期各指标的现行版本组成，并采用当年空气站点的有效日均值和水质断面的有效监测值。列出缺值的单元。评价记录（方法配置、参数、输入、用户、时间）和各单元结果写入数据库；同一期次后来的评价替代此次评价，两者均可查询。结果图层按预警等级符号化。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Base period (0 = the latest earlier period with values)</source>
            <translation>基准期（0 = 最近一个有数据的更早期次）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The period the depletion trend compares with.</source>
            <translation>耗损过程评价的比较期次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Use the station records of the year</source>
            <translation>采用当年站点监测数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>On: the air stations' valid daily values and the water sections' valid values of the year replace the annual statistics of the tables for their units.</source>
            <translation>开启：当年空气站点的有效日均值和水质断面的有效监测值代替表中相应单元的年评价统计量。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>双评价 class areas by unit (optional)</source>
            <translation>双评价各单元分类面积（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Tables written by dual_zonal_summary (class areas of a 双评价 layer per unit): stored with the run, under each table's name.</source>
            <translation>dual_zonal_summary 输出的表（双评价图层各单元分类面积）：随本次评价记录保存，以各表名称区分。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Missing values per unit</source>
            <translation>各单元缺失值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>One row per unit with indicators without a value in the period.</source>
            <translation>本期有指标缺值的单元，每单元一行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Run id</source>
            <translation>评价记录编号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Earlier runs of the period</source>
            <translation>本期此前的评价次数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>warning level code</source>
            <translation>预警等级代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the cause</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the run in the database</source>
            <translation>数据库中的评价记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>History of warning levels (temporal layer)</source>
            <translation>预警等级历史（时间图层）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Every unit's load type and warning level for every evaluated period of the database (the latest run of each period), as a polygon layer with the period's start and the day the level held until. The layer's temporal properties are set (start and end from these fields), so QGIS's temporal controller animates the warning map over the years; optionally one PNG frame of the map per period.</source>
            <translation>数据库中各单元历次评价期次（每期取最新一次评价）的超载类型和预警等级，输出为面图层，含期次起始日和该等级的有效截止日。图层的时间属性已设置（起止取自这两个字段），QGIS 时间控制器可逐年播放预警图；可选为每个期次输出一帧 PNG 地图。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>History layer</source>
            <translation>历史图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>PNG frames, one per period (optional)</source>
            <translation>PNG 帧图，每期一张（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The warning map at each evaluated period, drawn through the layer's temporal range (warning_&lt;period&gt;.png).</source>
            <translation>各评价期次的预警图，按图层的时间范围绘制（warning_&lt;期次&gt;.png）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Combined table: each value by its indicator's department</source>
            <translation>汇总表：各数值按其指标的报送部门计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Frame width (pixels)</source>
            <translation>帧图宽度（像素）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Evaluated periods</source>
            <translation>已评价期次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows (unit and period)</source>
            <translation>行数（单元 × 期次）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the evaluated period</source>
            <translation>评价期次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>its first day (temporal start)</source>
            <translation>期次首日（时间起点）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the day before the unit's next evaluated period, or the period's last day (temporal end)</source>
            <translation>该单元下一个评价期次的前一天，或本期末日（时间终点）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Due list (evaluation cadence)</source>
            <translation>到期待评价清单（评价周期）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The units due or overdue for evaluation, from the latest result of every unit in the database and the cadence rules of the method profile: all units every few years, 临界超载 units every year, 超载 units as soon as a newer observation (a valid station record or an indicator import) arrives — with the due date and the days overdue.</source>
            <translation>根据数据库中各单元最新一次评价结果和方法配置的评价周期规则，列出到期或逾期待评价的单元：所有单元每隔数年全面评价，临界超载单元每年评价，超载单元一有新监测数据（有效站点记录或指标导入）即需评价——并给出到期日和逾期天数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>As of (YYYY-MM-DD; empty = today)</source>
            <translation>截至日期（YYYY-MM-DD；留空 = 今天）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Also units due within (days)</source>
            <translation>同时列出若干天内到期的单元（天）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>List units never evaluated</source>
            <translation>列出从未评价的单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Due list</source>
            <translation>到期待评价清单</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units listed</source>
            <translation>列出的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Units overdue</source>
            <translation>逾期单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Reminders (one line per unit)</source>
            <translation>提醒（每单元一行）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>the cadence rule</source>
            <translation>评价周期规则</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>when it fell due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>days since (negative: days until)</source>
            <translation>逾期天数（负数：距到期天数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Back up a monitoring database</source>
            <translation>备份监测预警数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>A consistent copy of a GeoPackage — also while it is open in QGIS or being written (SQLite's online backup) — or an export of every table of a PostGIS database into a new GeoPackage of the same schema version and CRS, with every id, version and time. An existing file is never overwritten.</source>
            <translation>对 GeoPackage 做一致性复制——即使其正在 QGIS 中打开或正在写入（SQLite 在线备份）——或将 PostGIS 数据库的所有表导出为同模式版本、同坐标系的新 GeoPackage，保留全部编号、版本和时间。从不覆盖已有文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Backup (GeoPackage)</source>
            <translation>备份（GeoPackage）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows copied</source>
            <translation>复制的行数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Supplying department</source>
            <translation>报送部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Restore a monitoring database</source>
            <translation>恢复监测预警数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Writes a backup or export (a GeoPackage) into a new database: a new GeoPackage, or the empty PostgreSQL database of a saved connection (its administrator ran the set-up script; the tables are created with the backup's schema version and CRS). Every row keeps its id, version and time; the copy is one transaction.</source>
            <translation>将备份或导出文件（GeoPackage）写入新数据库：新的 GeoPackage，或已保存连接中的空 PostgreSQL 数据库（管理员已运行初始化脚本；按备份的模式版本和坐标系建表）。每行保留原编号、版本和时间；复制在一个事务中完成。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>The department that sent the file. On PostgreSQL its editors may write only the indicators it supplies (row-level security). A combined table counts each value as supplied by its indicator's department; only a role that may write all of them (the administrator) can import one.</source>
            <translation>报送该文件的部门。在 PostgreSQL 中，部门编辑角色只能写入本部门报送的指标（行级安全）。汇总表中各数值按其指标的报送部门计，只有可写入全部指标的角色（管理员）才能导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Into: saved PostgreSQL connection (an empty database)</source>
            <translation>恢复到：已保存的 PostgreSQL 连接（空数据库）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Or into: a new GeoPackage</source>
            <translation>或恢复到：新的 GeoPackage</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/database.py" />
            <source>Rows restored</source>
            <translation>恢复的行数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A geographic DEM is reprojected to the analysis CRS (choose a projected one); degrees are never used as metres. Processing is block-wise: memory stays bounded whatever the raster size. The analysis grid is the DEM's unless you choose another.</source>
            <translation>地理坐标系的 DEM 会重投影到分析坐标系（请选择投影坐标系）；绝不把度当作米。按块处理：无论栅格多大，内存占用都有上限。除非另行指定，分析格网即 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Unit name field (optional)</source>
            <translation>单元名称字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Field with the unit's name, copied into the table.</source>
            <translation>保存单元名称的字段，复制到表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A cell belongs to the unit that contains its centre; the area of a class is its number of cells × the cell area of the projected grid.</source>
            <translation>像元归属于包含其中心的单元；某类的面积 = 该类像元数 × 投影格网的像元面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>1 亩 = 10 000/15 m² ≈ {m2} m², so 1 km² = {mu} 亩 and 1 ha = {ha} 亩.</source>
            <translation>1 亩 = 10 000/15 m² ≈ {m2} m²，故 1 平方千米 = {mu} 亩，1 公顷 = {ha} 亩。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The share of a class is its cells over the unit's classified cells × 100; every class of the set is listed, with zero areas too.</source>
            <translation>某类的占比 = 该类像元数 / 单元内已分类的像元数 × 100；分类集中的每一类都会列出，面积为 0 的也不例外。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class areas by unit (分区面积统计)</source>
            <translation>分区面积统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Area and share of every class of a 双评价 class raster (a level, suitability or importance raster written by the plugin) in each township or county, in km², hectares and 亩.</source>
            <translation>统计双评价分类栅格（本插件输出的等级、适宜性或重要性栅格）中每一类在各乡镇或县中的面积（平方千米、公顷和亩）和占比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class raster</source>
            <translation>分类栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A class raster of the plugin (its class set is read from the metadata).</source>
            <translation>本插件输出的分类栅格（从元数据读取其分类集）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class set (optional)</source>
            <translation>分类集（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>For a raster without the plugin's metadata: the class set under [dual.classes] its values follow (e.g. levels, suitability_2).</source>
            <translation>对于没有本插件元数据的栅格：其取值所遵循的 [dual.classes] 分类集（如 levels、suitability_2）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The units with one km², ha, 亩 and % field per class and the total classified area.</source>
            <translation>评价单元图层，每类一组平方千米、公顷、亩和 % 字段，另有已分类面积合计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Area table (xlsx or csv)</source>
            <translation>面积统计表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>One row per unit and class plus each unit's total.</source>
            <translation>每个单元每类一行，另加单元合计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>the unit's code (its feature id without a code field)</source>
            <translation>单元代码（无代码字段时为要素编号）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>the unit's name</source>
            <translation>单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>area of the class (codes of the class set, e.g. suitable_km2)</source>
            <translation>该类面积（字段名取分类集的代码，如 suitable_km2）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban land condition (城镇建设条件)</source>
            <translation>城镇建设条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>share of the class in the unit's classified area (%)</source>
            <translation>该类占单元已分类面积的比例（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>classified area of the unit</source>
            <translation>单元的已分类面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The grid must be projected (areas in metres). The class set comes from the raster's metadata CC_WARNING_CLASS_SET, or from 'Class set'.</source>
            <translation>栅格须为投影坐标系（面积以米计）。分类集取自栅格元数据 CC_WARNING_CLASS_SET，或取自“分类集”参数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>土地资源 factor of the 双评价 for urban construction: the slope in degrees from the DEM graded by the method profile, then lowered by the elevation and by the relief (地形起伏度) in a moving window whose size follows the cell size.</source>
            <translation>双评价城镇建设的土地资源因子：由 DEM 计算的坡度（度）按方法配置分级，再按高程和移动窗口内的地形起伏度降级，窗口大小随像元大小而定。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>agriculture</source>
            <translation>农业生产</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>urban construction</source>
            <translation>城镇建设</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Land constraint of {use}: the area (km²) of the unit's cells classed {classes} in the suitability raster.</source>
            <translation>{use}的土地约束：适宜性栅格中该单元内属于{classes}的像元面积（km²）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Water constraint of agriculture (km²) = available water (10⁴ m³/a) × share × 10⁴ / 综合灌溉定额 (m³/亩) × {m2} m²/亩 / 10⁶.</source>
            <translation>农业生产的水资源约束（km²）= 可用水量（10⁴ m³/a）× 比例 × 10⁴ / 综合灌溉定额（m³/亩）× {m2} m²/亩 / 10⁶。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Water constraint of urban construction (km²) = available water (10⁴ m³/a) × share × 10⁴ / water use per person (m³/person/a) × construction land per person (m²/person) / 10⁶.</source>
            <translation>城镇建设的水资源约束（km²）= 可用水量（10⁴ m³/a）× 比例 × 10⁴ / 人均用水量（m³/人/年）× 人均建设用地（m²/人）/ 10⁶。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>承载规模 = the smaller of the land and the water constraint (short-board rule); the binding field says which decides (land / water). Without the water inputs the scale is the land constraint alone.</source>
            <translation>承载规模 = 土地约束和水资源约束中的较小值（短板原理）；binding 字段说明起决定作用的约束（land 土地 / water 水）。缺少水资源输入时，规模仅按土地约束计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Water available to this use per unit (10⁴ m³/a), e.g. its share of the 用水总量控制指标. Empty: no water constraint.</source>
            <translation>各单元可用于该用途的水量（10⁴ m³/a），如用水总量控制指标中的相应份额。留空：不计水资源约束。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A suitability class raster written by the plugin.</source>
            <translation>本插件输出的适宜性分区栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A number applied to every unit.</source>
            <translation>对所有单元适用的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A geographic DEM is reprojected to the projected analysis CRS; the relief window is read across block edges (halo), so the result does not depend on the block size. The analysis grid is the DEM's unless you choose another.</source>
            <translation>地理坐标系的 DEM 会重投影到投影分析坐标系；地形起伏度窗口跨块边界读取（缓冲带），结果与分块大小无关。除非另行指定，分析格网即 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Carrying scale (承载规模)</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>承载规模 per unit (2020 guide §5.2.4): for agriculture and for urban construction, the largest reasonable scale is the smaller of the land and the water constraint (short-board rule).</source>
            <translation>各评价单元的承载规模（2020 指南 §5.2.4）：农业生产和城镇建设的最大合理规模分别取土地约束和水资源约束中的较小值（短板原理）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Evaluation units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Counties (or townships) with the water fields.</source>
            <translation>含水资源字段的县（或乡镇）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Field identifying each unit.</source>
            <translation>标识各单元的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Field with the unit's name.</source>
            <translation>保存单元名称的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural suitability raster (optional)</source>
            <translation>农业生产适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban suitability raster (optional)</source>
            <translation>城镇建设适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Available agricultural water field (10⁴ m³/a)</source>
            <translation>可用农业用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Available urban water field (10⁴ m³/a)</source>
            <translation>可用城镇用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Share of the agricultural water field that is available (0–1)</source>
            <translation>农业用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Share of the urban water field that is available (0–1)</source>
            <translation>城镇用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>综合灌溉定额 (m³/亩; 0 = no water constraint)</source>
            <translation>综合灌溉定额（m³/亩；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban water use per person (m³/person/a; 0 = no water constraint)</source>
            <translation>城镇人均用水量（m³/人/年；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Construction land per person (m²/person)</source>
            <translation>人均建设用地（m²/人）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The units with the land, water and final scale of both uses.</source>
            <translation>评价单元图层，含两类用途的土地约束、水资源约束和最终承载规模。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Carrying scale table (xlsx or csv)</source>
            <translation>承载规模表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The same rows as a spreadsheet.</source>
            <translation>以电子表格保存的相同记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>the unit's code and name</source>
            <translation>单元代码和名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>land and water constraint of agriculture</source>
            <translation>农业生产的土地约束和水资源约束</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>承载规模 of agriculture, in km² and 亩</source>
            <translation>农业生产承载规模（平方千米和亩）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>the constraint that decides (land / water)</source>
            <translation>起决定作用的约束（land 土地 / water 水）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>land and water constraint of urban construction</source>
            <translation>城镇建设的土地约束和水资源约束</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>承载规模 of urban construction and the constraint that decides</source>
            <translation>城镇建设承载规模及起决定作用的约束</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A water constraint needs its field and its numbers: a quota (or water use and land per person) without the field, or a field without them, is reported in the log and the scale is the land constraint alone.</source>
            <translation>水资源约束需要字段和相应数值：只给定额（或人均用水量和人均建设用地）而无字段，或只给字段而无数值时，会在日志中说明，规模仅按土地约束计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Indicator raster (optional)</source>
            <translation>指标栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A raster of the chosen indicator in the profile's unit (continuous; resampled bilinearly, or averaged where the grid is coarser).</source>
            <translation>所选指标的栅格，单位同方法配置（连续型；以双线性插值重采样，格网较粗时取平均值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Evaluation units with the indicator (optional)</source>
            <translation>含指标的评价单元（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Instead of a raster: polygons (counties, townships) holding the indicator per unit in a field; each unit's value is burnt onto the grid (cell centre).</source>
            <translation>代替栅格：在字段中保存各单元指标的面图层（县、乡镇）；各单元的数值按像元中心栅格化到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Indicator field</source>
            <translation>指标字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The field holding the indicator of each unit (numbers; an empty cell is a missing value).</source>
            <translation>保存各单元指标的字段（数值；空单元格为缺失值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Gives the analysis grid (e.g. the DEM) when the indicator comes from units rather than a raster.</source>
            <translation>指标来自评价单元而非栅格时，确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Which indicator grades the water supply; its breaks come from the method profile.</source>
            <translation>用于水资源分级的指标；分级点取自方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The field is a total (10⁴ m³): divide it by the unit area (km²)</source>
            <translation>字段为总量（10⁴ m³）：除以单元面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>For a modulus (10⁴ m³/km²) from a total such as 用水总量控制指标: the value is divided by the unit's area measured in the projected analysis CRS.</source>
            <translation>由用水总量控制指标等总量求模数（10⁴ m³/km²）：数值除以在投影分析坐标系中量算的单元面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster (Byte, 1 = 高 … 5 = 低, 0 = nodata), tiled and compressed, with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 高 … 5 = 低，0 = 无数据），分块压缩存储，元数据中含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster (Byte, 1 = best … 5 = worst, 0 = nodata) with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 最好 … 5 = 最差，0 = 无数据），元数据中含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The analysis grid is the indicator raster's, or the reference raster's when the indicator comes from units.</source>
            <translation>分析格网取指标栅格的格网；指标来自评价单元时取参考栅格的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural water supply (农业供水条件)</source>
            <translation>农业供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>水资源 factor of the 双评价 for agriculture, from one of three indicators: annual precipitation (mm), the aridity index (ET₀/P) or the water-quota modulus (10⁴ m³/km²), as a raster or as a value per unit (rasterised by cell centre). Level 1 = 好 … 5 = 差.</source>
            <translation>双评价中农业生产的水资源单项评价，可在三种指标中任选其一：年降水量（mm）、干旱指数（ET₀/P）或用水总量控制指标模数（万m³/km²），以栅格给出，或按评价单元给值（按像元中心栅格化）。等级 1 = 好 … 5 = 差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban water supply (城镇供水条件)</source>
            <translation>城镇供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>水资源 factor of the 双评价 for urban construction, from the water-quota modulus or the water-resource modulus (10⁴ m³/km²), usually one value per county: give the units and the field, or a total field with 'divide by the unit area'. Level 1 = 好 … 5 = 差.</source>
            <translation>双评价中城镇建设的水资源单项评价，采用用水总量控制指标模数或水资源总量模数（万m³/km²），通常每县一个值：给出评价单元及字段，或给出总量字段并勾选“除以单元面积”。等级 1 = 好 … 5 = 差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{factor} ({key}): codes {mapping}.</source>
            <translation>{factor}（{key}）：代码 {mapping}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Factor raster (optional)</source>
            <translation>因子栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class codes (categorical, nearest neighbour) or values (continuous) of the factor.</source>
            <translation>因子的类别代码（分类型，最邻近法）或数值（连续型）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Polygons with the factor (optional)</source>
            <translation>含因子的面图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Instead of a raster: polygons (hazard zones, units) holding the code or value in a field, burnt onto the grid by cell centre.</source>
            <translation>代替栅格：在字段中保存代码或数值的面图层（灾害分区、评价单元），按像元中心栅格化到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Code or value field</source>
            <translation>代码或数值字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The field of the polygons holding the code or value.</source>
            <translation>面图层中保存代码或数值的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Gives the analysis grid when the factor comes from polygons (e.g. the DEM).</source>
            <translation>因子来自面图层时确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Optional: the slope in degrees (Float32) the grading used.</source>
            <translation>可选：分级所用的坡度（度，Float32）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Environment or hazard factor grading (环境/灾害单项评价)</source>
            <translation>环境/灾害单项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Reclassifies a user's layer into the levels of a 双评价 factor, as the method profile defines it under [dual.factors]: class codes mapped to levels, or a continuous value graded by breaks. A code the profile does not list stops the run and is named. Add your own factor to a profile and give its name in 'Factor name'.</source>
            <translation>按方法配置文件 [dual.factors] 的定义，将用户图层重分类为双评价因子的等级：类别代码映射为等级，或对连续值按分级断点分级。配置文件未列出的代码会中止运行并列出该代码。可在自己的配置文件中添加因子，并在“因子名称”中填写其名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The factor to grade (the factors of the active method profile).</source>
            <translation>要分级的因子（当前方法配置文件中的因子）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Factor name in your profile (optional)</source>
            <translation>自定义方法配置中的因子名称（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The name of a table [dual.factors.&lt;name&gt;] of your own profile; overrides the choice above.</source>
            <translation>自定义方法配置中 [dual.factors.&lt;name&gt;] 表的名称；优先于上方的选择。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Factor levels</source>
            <translation>因子等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster of the factor's class set (Byte, 0 = nodata).</source>
            <translation>因子分类集的等级栅格（Byte，0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>accumulated temperature ≥ {base} °C</source>
            <translation>≥{base} ℃活动积温</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>With a reference station: every daily (or monthly) mean is moved to the cell's elevation at {rate} °C per 100 m before the days at or above {base} °C are summed; the lapse correction acts on the means, not on the sum.</source>
            <translation>使用参考站时：先按 {rate} ℃/100 m 将每个日（或月）平均气温订正到像元海拔，再累加日平均气温 ≥{base} ℃的各日；垂直递减率订正作用于平均气温，而非累加值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>a tie goes to the worse level</source>
            <translation>并列时取较差等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>a tie goes to the better level</source>
            <translation>并列时取较好等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26), T in °C and RH as a fraction, for every month.</source>
            <translation>THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26)，T 为 ℃，RH 为小数，逐月计算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>monthly THI</source>
            <translation>月温湿指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>slope</source>
            <translation>坡度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The cell's level is the most frequent monthly level over months {months} ({tie}).</source>
            <translation>像元等级取月份 {months} 中出现次数最多的月等级（{tie}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster (Byte, 1 = 好 … 5 = 差, 0 = nodata).</source>
            <translation>等级栅格（Byte，1 = 好 … 5 = 差，0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Heat condition (光热条件)</source>
            <translation>光热条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>气候 factor of the 双评价 for agriculture: the ≥ 0 °C accumulated temperature (°C·d), graded by the method profile. Either give a raster of accumulated temperature, or the mean temperatures of a reference station (one row per day, or per month with a month field) with the station's elevation and a DEM.</source>
            <translation>双评价中农业生产的气候单项评价：≥0 ℃活动积温（℃·d），按方法配置文件分级。可给出活动积温栅格，或给出参考气象站的平均气温（每行一天，或带月份字段时每行一个月）以及该站海拔和 DEM。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Accumulated temperature ≥ 0 °C (°C·d) (optional)</source>
            <translation>≥0 °C 积温（°C·d）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A raster of the accumulated temperature; graded as is.</source>
            <translation>积温栅格；直接分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>DEM (elevation, m) for the lapse correction (optional)</source>
            <translation>用于直减率修正的 DEM（高程，米）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>With a reference station's temperatures: the grid and the elevation of every cell.</source>
            <translation>配合参证站气温：提供格网和每个像元的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Reference station temperatures (table, optional)</source>
            <translation>参证站气温（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Daily mean temperatures (one row per day) or monthly means (one row per month, with a month field) of the reference station.</source>
            <translation>参证站的日平均气温（每天一行）或月平均气温（每月一行，带月份字段）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Station field (optional)</source>
            <translation>站点字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>With a table of several stations: the field naming the station.</source>
            <translation>表中含多个站点时：标识站点的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Reference station (optional)</source>
            <translation>参证站（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The station whose rows are used (value of the station field).</source>
            <translation>使用哪个站点的记录（站点字段的值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Month field (monthly means; optional)</source>
            <translation>月份字段（逐月均值；可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>When given, each row is a monthly mean (1–12) weighted by the days of its month; otherwise each row is one day.</source>
            <translation>给出时，每行为一个月（1–12）的月均值，按该月天数加权；否则每行为一天。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Mean temperature field (°C)</source>
            <translation>平均气温字段（°C）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The field holding the mean temperature in °C.</source>
            <translation>保存平均气温（°C）的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Elevation of the reference station (m)</source>
            <translation>参证站海拔（米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The elevation the station's temperatures belong to.</source>
            <translation>该站气温所对应的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>elevation</source>
            <translation>高程</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>relief 地形起伏度</source>
            <translation>地形起伏度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Accumulated temperature (°C·d)</source>
            <translation>积温（°C·d）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Optional: the accumulated temperature computed for every cell (table mode).</source>
            <translation>可选：为每个像元计算的积温（参证站模式）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The analysis grid is the accumulated-temperature raster's, or the DEM's in table mode.</source>
            <translation>分析格网取活动积温栅格的格网；表格模式下取 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Monthly climate table of the stations (optional)</source>
            <translation>站点逐月气候表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>One row per station and month: station code, month (1–12), mean temperature (°C), mean relative humidity (%).</source>
            <translation>每个站点每月一行：站点编码、月份（1–12）、平均气温（°C）、平均相对湿度（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{n} cells below {size} m</source>
            <translation>像元小于 {size} m 时 {n} 个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A field of the climate table.</source>
            <translation>气候表中的一个字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Comfort (舒适度, temperature-humidity index)</source>
            <translation>舒适度（温湿指数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>气候 factor of the 双评价 for urban construction: the temperature-humidity index THI of every month, graded by the method profile, and the most frequent monthly level. Either give 12-band rasters of monthly mean temperature and relative humidity, or a table of monthly means per station with the station points: every cell takes its nearest station; with a DEM, the station's temperatures are moved to the cell's elevation with the profile's lapse rate.</source>
            <translation>双评价中城镇建设的气候单项评价：逐月温湿指数 THI 按方法配置文件分级，取各月出现次数最多的等级。可给出 12 个波段的月平均气温和月平均相对湿度栅格，或给出各站月平均值表及站点：每个像元取最近的站点；给出 DEM 时，按配置文件的气温垂直递减率将站点气温订正到像元海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Monthly mean temperature, 12 bands (°C) (optional)</source>
            <translation>逐月平均气温，12 波段（°C）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Band m = month m.</source>
            <translation>第 m 波段 = 第 m 月。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{n} cells otherwise</source>
            <translation>其他情况 {n} 个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Monthly mean relative humidity, 12 bands (%) (optional)</source>
            <translation>逐月平均相对湿度，12 波段（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Station field of the table</source>
            <translation>表中的站点字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Month field</source>
            <translation>月份字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Mean relative humidity field (%)</source>
            <translation>平均相对湿度字段（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Station points (optional)</source>
            <translation>站点（点图层，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The stations of the table, as points; every cell takes its nearest station.</source>
            <translation>气候表中的站点（点）；每个像元取最近的站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Station code field of the points</source>
            <translation>点图层的站点编码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The field of the points matching the table's station field.</source>
            <translation>点图层中与气候表站点字段对应的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The relief is the elevation range in a moving window of {windows}.</source>
            <translation>地形起伏度为移动窗口内的高程差，窗口大小：{windows}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Gives the analysis grid in table mode (e.g. the DEM).</source>
            <translation>在气候表模式下确定分析格网（如 DEM）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>DEM for the lapse correction (optional)</source>
            <translation>用于气温直减率修正的 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Moves each station's temperatures to every cell's elevation (profile lapse rate).</source>
            <translation>按方法配置的直减率把各站气温移至每个像元的海拔。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{step}: {name} ({set}) (optional)</source>
            <translation>{step}：{name}（{set}）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class raster with the values of the class set {set} ({values}); the downgrade step is skipped without it.</source>
            <translation>取值为分类集 {set}（{values}）的分类栅格；未给出时跳过该降级步骤。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Matrix {rows} (rows 1–5) × {cols} (columns 1–5): {matrix}.</source>
            <translation>矩阵 {rows}（行 1–5）× {cols}（列 1–5）：{matrix}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>level {n}</source>
            <translation>等级 {n}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{n} level(s) down</source>
            <translation>降 {n} 级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>{n} level(s) up</source>
            <translation>升 {n} 级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Step {step}: {rules}.</source>
            <translation>步骤“{step}”：{rules}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>on</source>
            <translation>开启</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>连片度 correction ({state}): patch {metric} with breaks {breaks}.</source>
            <translation>连片度修正（{state}）：图斑 {metric}，分级断点 {breaks}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Levels to classes: {mapping}.</source>
            <translation>等级归并为分类：{mapping}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>cells of 生态保护极重要区 (生态保护重要性 values {values}) are {what}</source>
            <translation>生态保护极重要区（生态保护重要性取值 {values}）内的像元{what}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>classed 不适宜</source>
            <translation>划为不适宜</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>left out (nodata)</source>
            <translation>不参与评价（无数据）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster 1–5 of the land factor (output of the land algorithm); or give the DEM below and the levels are computed in the same pass.</source>
            <translation>土地因子等级栅格 1–5（土地算法的输出）；或在下方给出 DEM，在同一遍处理中计算等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>DEM, to compute the land levels (optional)</source>
            <translation>用于计算土地等级的 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Instead of the land levels: the DEM (m), graded as the land algorithm does, without writing the intermediate raster.</source>
            <translation>代替土地等级：DEM（米），按土地算法的方法分级，不写出中间栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Silt content (粉砂含量, %) with the DEM (optional)</source>
            <translation>粉砂含量（%），配合 DEM（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The silt downgrade of 农业耕作条件 when the land levels are computed from the DEM.</source>
            <translation>由 DEM 计算土地等级时农业耕作条件的粉砂含量降级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster 1–5 of the water factor (output of the water algorithm).</source>
            <translation>水资源因子等级栅格 1–5（水资源算法的输出）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Annual precipitation (mm), to compute the water levels (optional)</source>
            <translation>年降水量（mm），用于计算水资源等级（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Instead of the water levels: precipitation graded as 农业供水条件.</source>
            <translation>代替水资源等级：按农业供水条件对降水分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Heat condition levels (光热条件)</source>
            <translation>光热条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster 1–5 of 光热条件; without it the climate matrix is skipped (and reported).</source>
            <translation>光热条件等级栅格 1–5；未给出时跳过气候矩阵（并在日志中说明）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>生态保护重要性 raster (optional)</source>
            <translation>生态保护重要性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Class raster of 生态保护重要性 (class set dual.classes.importance: 1 极重要, 2 重要, 3 一般); cells of the profile's eco_critical_values (极重要) are the 生态保护极重要区.</source>
            <translation>生态保护重要性分类栅格（分类集 dual.classes.importance：1 极重要，2 重要，3 一般）；取值属于方法配置 eco_critical_values（极重要）的像元即生态保护极重要区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>生态保护极重要区 polygons (optional)</source>
            <translation>生态保护极重要区面图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Polygons of the 生态保护极重要区 (e.g. a 生态保护红线 layer), instead of or besides the raster.</source>
            <translation>生态保护极重要区面图层（如生态保护红线），可代替栅格或与之并用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Patch contiguity (连片度) correction</source>
            <translation>地块连片度修正</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Corrects each cell by the compactness of its patch (cells of equal level joined by their edges): patch area / area of the patch's minimum bounding circle.</source>
            <translation>按各像元所在图斑的紧凑度修正（等级相同、以边相连的像元构成图斑）：图斑面积 / 图斑最小外接圆面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>As in the method profile</source>
            <translation>按方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Result classes</source>
            <translation>结果分区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The 2020 guide delivers 适宜区 and 不适宜区; many implementations add 一般适宜区.</source>
            <translation>2020 指南的成果为适宜区和不适宜区；许多实现另设一般适宜区。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>2 classes: 适宜 / 不适宜 (2020)</source>
            <translation>两类：适宜 / 不适宜（2020）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>3 classes: 适宜 / 一般适宜 / 不适宜</source>
            <translation>三类：适宜 / 一般适宜 / 不适宜</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Suitability class raster (Byte: 1 适宜区, 2 一般适宜区, 3 不适宜区; 0 = nodata).</source>
            <translation>适宜性分区栅格（Byte：1 适宜区，2 一般适宜区，3 不适宜区；0 = 无数据）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Final levels 1–5 (optional)</source>
            <translation>最终等级 1–5（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The level after every step and the 连片度 correction, before the classes (0 in 生态保护极重要区).</source>
            <translation>经过所有步骤和连片度修正、归入分区之前的等级（生态保护极重要区内为 0）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Causes (bit flags, optional)</source>
            <translation>成因（位标志，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>UInt16: bit i set where step i changed the level; bit 12 the climate matrix, bit 13 the 连片度 correction, bit 14 inside 生态保护极重要区 (legend in the raster metadata CC_WARNING_CAUSE_BITS).</source>
            <translation>UInt16：第 i 位表示第 i 个步骤改变了等级；第 12 位为气候矩阵，第 13 位为连片度修正，第 14 位为位于生态保护极重要区内（图例见栅格元数据 CC_WARNING_CAUSE_BITS）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Patch compactness (optional)</source>
            <translation>图斑紧凑度（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The 连片度 metric of each cell's patch.</source>
            <translation>各像元所在图斑的连片度指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>农业耕作条件</source>
            <translation>农业耕作条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>农业供水条件</source>
            <translation>农业供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>the land × water level</source>
            <translation>土地 × 水资源等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>光热条件</source>
            <translation>光热条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural land condition (农业耕作条件)</source>
            <translation>农业耕作条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>城镇建设条件</source>
            <translation>城镇建设条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>城镇供水条件</source>
            <translation>城镇供水条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees from the DEM by Horn's method on the projected analysis grid, graded by the method profile, then lowered by the 粉砂含量 (silt) when a silt layer is given.</source>
            <translation>双评价农业生产的土地资源因子：在投影分析格网上按 Horn 方法由 DEM 计算坡度（度），按方法配置分级；提供粉砂含量图层时再按粉砂含量降级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The analysis grid is the land raster's (or the DEM's).</source>
            <translation>分析格网取土地等级栅格（或 DEM）的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural production suitability (农业生产适宜性)</source>
            <translation>农业生产适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>农业生产适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区 (give the 生态保护重要性 raster or the 极重要区 polygons). In order: the land × water matrix (rows = 农业耕作条件, columns = 农业供水条件), the climate matrix with 光热条件, the downgrade steps chained in order, each on the result of the one before, then the 连片度 correction by the compactness of each cell's patch, and the levels folded into 适宜 / 不适宜 (or 3 classes).</source>
            <translation>2020 年版双评价的农业生产适宜性，在生态保护极重要区之外评价（给出生态保护重要性栅格或极重要区面图层）。依次为：土地 × 水资源矩阵（行 = 农业耕作条件，列 = 农业供水条件）、与光热条件组合的气候矩阵、按顺序串联的各项降级步骤（每一步作用于上一步的结果），然后按像元所在图斑的紧凑度做连片度修正，最后将等级归并为适宜 / 不适宜（或三类）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural land condition levels (农业耕作条件)</source>
            <translation>农业耕作条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Agricultural water supply levels (农业供水条件)</source>
            <translation>农业供水条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban construction suitability (城镇建设适宜性)</source>
            <translation>城镇建设适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>城镇建设适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区. In order: the land × water matrix (rows = 城镇建设条件, columns = 城镇供水条件), the downgrade steps chained in order, then the 连片度 correction and the classes.</source>
            <translation>2020 年版双评价的城镇建设适宜性，在生态保护极重要区之外评价。依次为：土地 × 水资源矩阵（行 = 城镇建设条件，列 = 城镇供水条件）、按顺序串联的各项降级步骤，然后做连片度修正并归并为分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban land condition levels (城镇建设条件)</source>
            <translation>城镇建设条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban water supply levels (城镇供水条件)</source>
            <translation>城镇供水条件等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Units (townships, counties)</source>
            <translation>统计单元（乡镇、县）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>silt content</source>
            <translation>粉砂含量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Polygons of the evaluation units.</source>
            <translation>评价单元面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Unit code field</source>
            <translation>评价单元代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Field identifying each unit (default 行政区划代码; feature id if absent).</source>
            <translation>标识各单元的字段（默认 行政区划代码；缺失时用要素编号）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil salinisation vulnerability (土壤盐渍化脆弱性)</source>
            <translation>土壤盐渍化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态脆弱性 — 盐渍化 = ⁴√(I·M·D·K) of the factor scores: I evaporation / precipitation, M the groundwater mineralisation, D the groundwater depth, K the soil texture. I, M and D are each a raster or one value for the area. The class raster feeds the downgrade of 农业生产适宜性.</source>
            <translation>生态脆弱性——盐渍化 = 各因子得分的 ⁴√(I·M·D·K)：I 为蒸发量/降水量，M 为地下水矿化度，D 为地下水埋深，K 为土壤质地。I、M、D 各为栅格或全区一个值。分类栅格用于农业生产适宜性的降级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Ratio of annual evaporation to annual precipitation.</source>
            <translation>年蒸发量与年降水量之比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil texture (codes)</source>
            <translation>土壤质地（代码）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>地下水矿化度 in g/L.</source>
            <translation>地下水矿化度，单位 g/L。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil-texture codes of [dual.soil_texture] in the method profile; each code has its score for this vulnerability.</source>
            <translation>方法配置 [dual.soil_texture] 中的土壤质地代码；每个代码有其在该脆弱性中的分值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>地下水埋深 in metres.</source>
            <translation>地下水埋深，单位米。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil salinisation vulnerability</source>
            <translation>土壤盐渍化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Every cell takes the highest class over all service-importance and vulnerability rasters, a vulnerability class counting as: {mapping}.</source>
            <translation>每个像元取所有服务功能重要性和脆弱性栅格中的最高类别，脆弱性类别按以下对应计入：{mapping}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态保护极重要区 = the cells of {classes}.</source>
            <translation>生态保护极重要区 = {classes}的像元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>斑块集中度 correction: patches graded by area with breaks {breaks} km², corrected by the profile's matrix.</source>
            <translation>斑块集中度修正：图斑按面积分级，断点 {breaks} km²，按配置文件中的矩阵修正。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>The 2019-draft 斑块集中度 correction is off.</source>
            <translation>2019 年征求意见稿的斑块集中度修正未启用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Ecological protection importance (生态保护重要性)</source>
            <translation>生态保护重要性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态保护重要性 of the 双评价: in every cell the highest class over all the service-importance rasters and all the vulnerability rasters; inputs with nodata in a cell do not take part there. 生态保护极重要区 = the cells of 极重要 (服务功能极重要区 ∪ 生态极脆弱区): written as a mask raster and as polygons with their area, for the agricultural and urban suitability (evaluated outside it). The cause raster says which inputs reached the cell's class (bit 1 = the first input, 2 = the second, 4 = the third …; services first, then vulnerabilities).</source>
            <translation>双评价的生态保护重要性：每个像元取所有服务功能重要性栅格和所有脆弱性栅格中的最高类别；某像元为无数据的输入不参与该像元的评价。生态保护极重要区 = 极重要像元（服务功能极重要区 ∪ 生态极脆弱区），输出为掩膜栅格和带面积的面图层，供农业生产和城镇建设适宜性评价（在其之外评价）使用。成因栅格说明哪些输入达到了像元的类别（位 1 = 第一个输入，2 = 第二个，4 = 第三个……；先服务功能，后脆弱性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Service importance rasters (极重要 / 重要 / 一般)</source>
            <translation>服务功能重要性栅格（极重要 / 重要 / 一般）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Importance class rasters of the ecosystem services (class set dual.classes.importance), e.g. the outputs of the 水源涵养, 水土保持, 防风固沙 and 生物多样性维护 algorithms. The first input layer defines the analysis grid unless you choose another.</source>
            <translation>生态系统服务功能重要性分级栅格（分类集 dual.classes.importance），如水源涵养、水土保持、防风固沙和生物多样性维护算法的输出。除非另行指定，第一个输入图层确定分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Vulnerability rasters (极脆弱 / 脆弱 / 一般脆弱)</source>
            <translation>生态脆弱性栅格（极脆弱 / 脆弱 / 一般脆弱）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Vulnerability class rasters (class set dual.classes.vulnerability), e.g. the outputs of the 水土流失, 石漠化 and 土地沙化 algorithms.</source>
            <translation>生态脆弱性分级栅格（分类集 dual.classes.vulnerability），如水土流失、石漠化和土地沙化算法的输出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Ecological protection importance</source>
            <translation>生态保护重要性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态保护重要性 (Byte: 1 = 极重要, 2 = 重要, 3 = 一般, 0 = nodata; class set dual.classes.importance) with labels, colours and provenance.</source>
            <translation>生态保护重要性（Byte：1 = 极重要，2 = 重要，3 = 一般，0 = 无数据；分类集 dual.classes.importance），含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: 生态系统服务功能重要性, the highest class over the services.</source>
            <translation>可选：生态系统服务功能重要性，取各服务功能的最高类别。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: 生态脆弱性, the highest class over the vulnerabilities.</source>
            <translation>可选：生态脆弱性，取各类脆弱性的最高类别。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Cause (inputs reaching the class)</source>
            <translation>成因（达到该类别的输入）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: UInt32, bit i set where input i (services first, then vulnerabilities) has the cell's class; the band description lists the bits.</source>
            <translation>可选：UInt32，第 i 个输入（先服务功能，后脆弱性）达到该像元类别时置第 i 位；波段描述列出各位的含义。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Ecological protection red-line candidate mask (极重要区)</source>
            <translation>生态保护极重要区掩膜</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: Byte, 1 = 生态保护极重要区, 0 = outside, 255 = nodata.</source>
            <translation>可选：Byte，1 = 生态保护极重要区，0 = 区外，255 = 无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态保护极重要区 polygons</source>
            <translation>生态保护极重要区（面）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>The 极重要 cells as polygons (cells joined as the profile's patch_connectivity says), with their area in hectares — the input '生态保护极重要区 polygons' of the suitability algorithms.</source>
            <translation>极重要像元转为面（像元按方法配置 patch_connectivity 的连通方式合并），附面积（公顷）——即适宜性评价算法的输入“生态保护极重要区（面）”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Area of 生态保护极重要区 (ha)</source>
            <translation>生态保护极重要区面积（公顷）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Importance by cumulative share: cells sorted by service value, descending; the first {a} % of the total value → {very}, up to {b} % → {important}, the rest → {general} (equal values are never split).</source>
            <translation>按累积占比分级：像元按服务值从高到低排序；累积达到总值前 {a}% 的像元 → {very}，至 {b}% → {important}，其余 → {general}（相等的值不会被拆分）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Importance by manual breaks: ≥ {hi} {unit} → {very}, ≥ {lo} → {important}, below → {general}.</source>
            <translation>按手动断点分级：≥ {hi} {unit} → {very}，≥ {lo} → {important}，其余 → {general}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Grading into 极重要 / 重要 / 一般</source>
            <translation>分级为 极重要 / 重要 / 一般</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Cumulative share: cells sorted by service value, descending; those within the first 50 % of the total value are 极重要, up to 80 % 重要, the rest 一般 (shares from the profile; equal values are never split). Manual breaks: the values below, or the profile's manual_breaks of this service.</source>
            <translation>累积占比：像元按服务功能值从高到低排序，累积值占总量前 50 % 的为极重要，至 80 % 的为重要，其余为一般（占比取自方法配置；相同的值不会被拆分到不同类别）。人工分级阈值：使用下方填写的数值，或方法配置中该服务的 manual_breaks。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>As the method profile says</source>
            <translation>按方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Cumulative share of the total service value (50 % / 80 %)</source>
            <translation>服务功能总量累积占比（50 % / 80 %）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Manual breaks</source>
            <translation>人工分级阈值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Manual breaks: 重要 from, 极重要 from ({unit})</source>
            <translation>人工分级阈值：重要起点，极重要起点（{unit}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Two ascending numbers separated by a comma, e.g. "100, 300": a value ≥ the second is 极重要, ≥ the first 重要, below it 一般. Empty: the profile's manual_breaks.</source>
            <translation>两个递增的数，以逗号分隔，如 "100, 300"：不小于第二个数为极重要，不小于第一个数为重要，低于第一个数为一般。留空则用方法配置中的 manual_breaks。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{service} ({unit})</source>
            <translation>{service}（{unit}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>The service value of every cell (Float32, nodata −9999), tiled and compressed, with provenance in its metadata. Skip it to keep only the importance classes.</source>
            <translation>每个像元的服务功能量（Float32，无数据值 −9999），分块压缩存储，元数据中含来源记录。不需要时可跳过，只输出重要性分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Importance class (Byte: 1 = 极重要, 2 = 重要, 3 = 一般, 0 = nodata; class set dual.classes.importance) with labels, colours and provenance.</source>
            <translation>重要性分级（Byte：1 = 极重要，2 = 重要，3 = 一般，0 = 无数据；分类集 dual.classes.importance），含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Total service of the area</source>
            <translation>评价区服务功能总量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Thresholds used (极重要 from, 重要 from)</source>
            <translation>所用阈值（极重要起点，重要起点）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Service = P − R − ET (mm/a) per cell, R = P·α; a negative value is 0 (not its absolute value).</source>
            <translation>每个像元的服务量 = P − R − ET（mm/a），R = P·α；负值取 0（不取绝对值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Runoff coefficient α by land-cover code: {table}.</source>
            <translation>各土地覆被代码的径流系数 α：{table}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Land-cover codes without the service (value 0): {codes}; a code in neither list stops the run before any work.</source>
            <translation>无水源涵养服务（取值 0）的土地覆被代码：{codes}；两份列表中都没有的代码会在开始计算前中止运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Without an ET raster, ET by Turc from P and the mean annual temperature T: E = P / √(0.9 + (P/L)²), L = 300 + 25T + 0.05T³, E ≤ P.</source>
            <translation>未给出 ET 栅格时，ET 按 Turc 公式由 P 和年平均气温 T 计算：E = P / √(0.9 + (P/L)²)，L = 300 + 25T + 0.05T³，E ≤ P。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil retained A_c = R·K·LS·(1 − C·P) in t/(hm²·a).</source>
            <translation>土壤保持量 A_c = R·K·LS·(1 − C·P)，单位 t/(hm²·a)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>R from the annual precipitation: R = {a}·P^{b} (MJ·mm/(hm²·h·a)), unless an R raster is given.</source>
            <translation>R 由年降水量计算：R = {a}·P^{b}（MJ·mm/(hm²·h·a)），给出 R 栅格时除外。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>L = (λ/22.13)^m with λ = {length}; m by slope: {parts}.</source>
            <translation>L = (λ/22.13)^m，λ = {length}；m 按坡度取值：{parts}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>S by slope: {parts}.</source>
            <translation>S 按坡度计算：{parts}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>C from the vegetation cover f (%): 1 for f = 0, {a} − {b}·lg f up to {full} %, 0 above.</source>
            <translation>C 由植被覆盖度 f（%）计算：f = 0 时为 1，f ≤ {full}% 时为 {a} − {b}·lg f，以上为 0。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>P = {p} unless a P raster or constant is given.</source>
            <translation>P = {p}，给出 P 栅格或常数时除外。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>R from daily rainfall (option): {rule}</source>
            <translation>R 由逐日降雨计算（选项）：{rule}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>A_in = (FA − 1)·D², the contributing area at the cell's inlet, and x = |sin α| + |cos α| of the aspect α (Desmet &amp; Govers 1996; InVEST SDR up to 3.13)</source>
            <translation>A_in = (FA − 1)·D²，即像元入口处的上游汇水面积，x = 坡向 α 的 |sin α| + |cos α|（Desmet &amp; Govers 1996；InVEST SDR 3.13 及以前）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>A_in = √((FA − 1)·D²) and x = |sin θ| + |cos θ| of the slope θ (InVEST SDR since 3.14)</source>
            <translation>A_in = √((FA − 1)·D²)，x = 坡度 θ 的 |sin θ| + |cos θ|（InVEST SDR 3.14 起）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>L not capped</source>
            <translation>L 不设上限</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>L at most {lmax}</source>
            <translation>L 不超过 {lmax}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>every cell on the raster edge drains off it</source>
            <translation>栅格边缘像元均向外排出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>edge cells drain inside like the others</source>
            <translation>边缘像元与其他像元一样向内排水</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>LS from flow accumulation (option): L = [(A_in + D²)^(m+1) − A_in^(m+1)] / (D^(m+2)·x^m·{unit}^m), LS = L·S with {cap}; {variant}; FA from D8 flow directions (steepest drop to a lower neighbour; {edge}).</source>
            <translation>LS 由汇流累积量计算（选项）：L = [(A_in + D²)^(m+1) − A_in^(m+1)] / (D^(m+2)·x^m·{unit}^m)，LS = L·S，{cap}；{variant}；FA 由 D8 流向计算（流向落差最大的较低邻元；{edge}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>m by the slope in percent: {parts} (β = (sinθ/0.0896)/(3·sinθ^0.8 + 0.56)); S = {a1}·sinθ + {b1} below {brk} %, {a2}·sinθ {b2} from it.</source>
            <translation>m 按坡度百分比取值：{parts}（β = (sinθ/0.0896)/(3·sinθ^0.8 + 0.56)）；坡度小于 {brk} % 时 S = {a1}·sinθ + {b1}，不小于时 S = {a2}·sinθ {b2}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{factor} (raster)</source>
            <translation>{factor}（栅格）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Condition the DEM first (fill sinks): a cell without a lower neighbour drains nowhere.</source>
            <translation>请先对 DEM 做填洼处理：没有较低邻元的像元不排水。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>root {mm} mm</source>
            <translation>根系深度 {mm} mm</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>not vegetated</source>
            <translation>非植被</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual water yield (option): Y = (1 − AET/P)·P per cell (mm/a). Vegetated classes: AET/P = min(PET/P, 1 + PET/P − [1 + (PET/P)^ω]^(1/ω)), PET = Kc·ET0, ω = Z·AWC/P + {omega_min} (at most {omega_max}), AWC = min(depth to the root-restricting layer, root depth)·PAWC, Z = {z} unless given; other classes: AET = min(Kc·ET0, P).</source>
            <translation>年产水量（选项）：逐像元 Y = (1 − AET/P)·P（mm/a）。植被类型：AET/P = min(PET/P, 1 + PET/P − [1 + (PET/P)^ω]^(1/ω))，PET = Kc·ET0，ω = Z·AWC/P + {omega_min}（不超过 {omega_max}），AWC = min(根系限制层深度, 根系深度)·PAWC，未指定时 Z = {z}；其他类型：AET = min(Kc·ET0, P)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Kc and root depth by land-cover code: {table}; a code not listed stops the run before any work.</source>
            <translation>各土地覆被代码的 Kc 与根系深度：{table}；出现未列出的代码时，运行在计算前终止。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>SR = SL_潜 − SL with SL = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711; SL_潜 with C = 1; a negative difference is 0; kg/m² × 10 = t/(hm²·a).</source>
            <translation>SR = SL_潜 − SL，其中 SL = (2z/s²)·Q_max·e^(−(z/s)²)，Q_max = 109.8·(WF·EF·SCF·K′·C)，s = 150.71·(WF·EF·SCF·K′·C)^−0.3711；SL_潜 取 C = 1；差值为负时取 0；kg/m² × 10 = t/(hm²·a)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Downwind distance z = {downwind_distance} m; vegetation factor C = e^({vegetation_coefficient}·SC), SC the cover in %.</source>
            <translation>下风向距离 z = {downwind_distance} m；植被因子 C = e^({vegetation_coefficient}·SC)，SC 为植被覆盖度（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{factor} (constant, when no raster is given)</source>
            <translation>{factor}（常数，未提供栅格时使用）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>NPP index S_bio = NPP·F_pre·F_tem·(1 − F_alt), each F normalised to 0–1 over the analysis area (a factor constant over the area counts as 1, F_alt as 0).</source>
            <translation>NPP 指数 S_bio = NPP·F_pre·F_tem·(1 − F_alt)，各 F 在分析区域内归一化到 0–1（在全区为常数的因子取 1，F_alt 取 0）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Cells in the very important habitats are 极重要, in the important ones at least 重要; with the index too, a cell takes the more important class.</source>
            <translation>位于极重要生境内的像元为极重要，位于重要生境内的至少为重要；同时计算指数时，像元取两者中较重要的类别。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Water conservation (水源涵养)</source>
            <translation>水源涵养</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态系统服务功能重要性 — 水源涵养 by the water balance P − R − ET of every cell, the runoff R from the runoff coefficient of the cell's ecosystem type; the total TQ = Σ (P − R − ET)·A of the area is reported in m³/a. As an option, the annual water yield of InVEST (the Budyko curve in Fu's form) instead. The service raster is graded into 极重要 / 重要 / 一般.</source>
            <translation>生态系统服务功能重要性——水源涵养：逐像元水量平衡 P − R − ET，径流 R 按像元生态系统类型的径流系数计算；全区总量 TQ = Σ (P − R − ET)·A，单位 m³/a。可选用 InVEST 的年产水量（傅抱璞形式的 Budyko 曲线）代替。服务功能栅格分为极重要 / 重要 / 一般。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>One value for the whole area, used when the raster above is not given.</source>
            <translation>全区统一取值，未提供上面的栅格时使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual precipitation in mm. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>多年平均年降水量（毫米）。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Land cover / ecosystem type (codes)</source>
            <translation>土地覆被 / 生态系统类型（代码）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Integer land-cover codes; the runoff coefficient of each code comes from [dual.ecology.runoff_coefficients] of the method profile (the codes of the sample data's landcover.tif by default). Aligned by nearest neighbour.</source>
            <translation>整数土地覆被代码；各代码的径流系数取自方法配置的 [dual.ecology.runoff_coefficients]（默认为示例数据 landcover.tif 的代码）。按最邻近法对齐。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual actual evapotranspiration (mm) (optional)</source>
            <translation>年实际蒸散发量（毫米）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual actual evapotranspiration in mm. Without it, ET is estimated by Turc's formula from the temperature.</source>
            <translation>年实际蒸散发量（毫米）。未提供时按 Turc 公式由气温估算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual air temperature in °C, for Turc's ET when no ET raster is given.</source>
            <translation>年均气温（°C），未提供蒸散发栅格时用于 Turc 公式。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Service model</source>
            <translation>服务功能模型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>The water balance P − R − ET of the 双评价 guide (default), or the annual water yield of InVEST (the Budyko curve in Fu's form) for comparison with InVEST results.</source>
            <translation>双评价指南的水量平衡 P − R − ET（默认），或 InVEST 的年产水量（傅抱璞形式的 Budyko 曲线），便于与 InVEST 结果对比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Water balance P − R − ET (default)</source>
            <translation>水量平衡 P − R − ET（默认）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual water yield, Budyko curve (Fu; as InVEST)</source>
            <translation>年产水量，Budyko 曲线（傅抱璞公式，同 InVEST）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Reference evapotranspiration ET0 (mm) (for the water yield)</source>
            <translation>参考蒸散发 ET0（mm）（用于产水量）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual reference evapotranspiration in mm.</source>
            <translation>年参考蒸散发，单位 mm。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Depth to the root-restricting layer (mm) (for the water yield)</source>
            <translation>根系限制层深度（mm）（用于产水量）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil depth in mm to a layer roots cannot pass.</source>
            <translation>至根系无法穿透土层的土壤深度，单位 mm。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Plant available water content (0–1) (for the water yield)</source>
            <translation>植物可利用水含量（0–1）（用于产水量）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Plant available water content of the soil, a fraction 0–1.</source>
            <translation>土壤植物可利用水含量，0–1 的比例。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Seasonality factor Z (0 = the profile's)</source>
            <translation>季节性因子 Z（0 = 方法配置中的值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Z of ω = Z·AWC/P + 1.25 (1–30); calibrate it for the region. 0 takes z of [invest.water_yield].</source>
            <translation>ω = Z·AWC/P + 1.25 中的 Z（1–30），应按区域率定。0 表示采用 [invest.water_yield] 的 z。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Water conservation</source>
            <translation>水源涵养</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Actual evapotranspiration AET (mm/a)</source>
            <translation>实际蒸散发 AET（mm/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional, water yield only: the AET of the Budyko curve (Float32).</source>
            <translation>可选，仅产水量模型：Budyko 曲线的 AET（Float32）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual precipitation (mm) (for R)</source>
            <translation>年降水量（毫米）（用于 R）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Give all four for EPIC's K.</source>
            <translation>EPIC 计算 K 需要全部四项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil conservation (水土保持)</source>
            <translation>水土保持</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态系统服务功能重要性 — 水土保持 by RUSLE: the soil retained, the potential loss R·K·LS minus the actual loss R·K·LS·C·P, graded into 极重要 / 重要 / 一般. K from a K raster, from EPIC (sand, silt, clay, organic carbon) or from the soil-texture codes; LS from the DEM with a constant slope length (a simplification of the flow-path length) or, as an option, from the flow accumulation (Desmet &amp; Govers, as InVEST SDR); R from an R raster, the annual precipitation or daily rainfall; C from the vegetation cover.</source>
            <translation>生态系统服务功能重要性——水土保持（RUSLE）：土壤保持量为潜在侵蚀量 R·K·LS 减去实际侵蚀量 R·K·LS·C·P，分为极重要 / 重要 / 一般。K 来自 K 栅格、EPIC 公式（砂粒、粉粒、黏粒、有机碳）或土壤质地代码；LS 由 DEM 按固定坡长计算（对汇流路径长度的简化），或作为选项由汇流累积量计算（Desmet &amp; Govers，同 InVEST SDR）；R 来自 R 栅格、年降水量或逐日降雨；C 由植被覆盖度计算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual precipitation in mm; R = a·P^b by the profile. Not needed when an R raster is given.</source>
            <translation>多年平均年降水量（毫米）；按方法配置 R = a·P^b。提供 R 栅格时不需要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Digital elevation model in metres, for the slope and LS. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的数字高程模型，用于坡度和 LS。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil erodibility K (t·hm²·h/(hm²·MJ·mm))</source>
            <translation>土壤可蚀性 K（t·hm²·h/(hm²·MJ·mm)）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>K factor raster in SI units; used instead of EPIC or the texture table.</source>
            <translation>国际单位制的 K 因子栅格；提供时代替 EPIC 或质地表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Sand content (%) (for EPIC K)</source>
            <translation>砂粒含量（%）（用于 EPIC K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Silt content (%) (for EPIC K)</source>
            <translation>粉粒含量（%）（用于 EPIC K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Clay content (%) (for EPIC K)</source>
            <translation>黏粒含量（%）（用于 EPIC K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Organic carbon (%) (for EPIC K)</source>
            <translation>有机碳含量（%）（用于 EPIC K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil texture (codes) (for K)</source>
            <translation>土壤质地（代码）（用于 K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil-texture codes of [dual.soil_texture]; K is the code's k_factor. Used when neither a K raster nor the four EPIC rasters are given.</source>
            <translation>[dual.soil_texture] 中的土壤质地代码；K 取该代码的 k_factor。未提供 K 栅格且未提供 EPIC 四个栅格时使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Fractional vegetation cover, 0–1, for C.</source>
            <translation>植被覆盖度，0–1，用于 C。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>P factor raster (0–1); without it the constant, or the profile's value (default 1).</source>
            <translation>P 因子栅格（0–1）；未提供时取常数或方法配置中的值（默认 1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Slope length λ (m; 0 = the profile's)</source>
            <translation>坡长 λ（米；0 = 方法配置中的值）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Constant slope length for L. 0 takes the profile's slope_length (default 0 = one cell).</source>
            <translation>计算 L 用的常数坡长。0 表示取方法配置中的 slope_length（默认 0 = 一个像元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>The constant slope length λ (default), or the slope length from the flow accumulation over the DEM (Desmet &amp; Govers, as InVEST SDR; the variant of [invest.ls] in the method profile). Condition the DEM first (fill sinks).</source>
            <translation>固定坡长 λ（默认），或由 DEM 汇流累积量计算坡长（Desmet &amp; Govers，同 InVEST SDR；方案见方法配置 [invest.ls]）。请先对 DEM 做填洼处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Constant slope length λ (default)</source>
            <translation>固定坡长 λ（默认）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>From flow accumulation (Desmet &amp; Govers; InVEST SDR)</source>
            <translation>由汇流累积量计算（Desmet &amp; Govers；InVEST SDR）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil conservation</source>
            <translation>水土保持</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: the LS factor the service used (Float32).</source>
            <translation>可选：计算所用的 LS 因子（Float32）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional, LS from flow accumulation only: the D8 flow accumulation the LS used, in cells, the cell itself included (Float32).</source>
            <translation>可选，仅 LS 由汇流累积量计算时：LS 所用的 D8 汇流累积量，以像元数计，含像元本身（Float32）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Rainfall erosivity R (MJ·mm/(hm²·h·a))</source>
            <translation>降雨侵蚀力 R（MJ·mm/(hm²·h·a)）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>R factor raster in SI units; used instead of the precipitation.</source>
            <translation>国际单位制的 R 因子栅格；提供时代替降水量。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Weather factor WF (kg/m)</source>
            <translation>气候因子 WF（kg/m）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Weather factor of RWEQ in kg/m (wind, air density, snow cover and soil moisture over the year).</source>
            <translation>RWEQ 的气候因子，单位 kg/m（全年风速、空气密度、积雪覆盖和土壤湿度）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Erodible fraction EF (0–1)</source>
            <translation>土壤可蚀性成分 EF（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil erodible fraction of RWEQ (0–1).</source>
            <translation>RWEQ 的土壤可蚀性成分（0–1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil crust factor SCF (0–1)</source>
            <translation>土壤结皮因子 SCF（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil crust factor of RWEQ (0–1).</source>
            <translation>RWEQ 的土壤结皮因子（0–1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Surface roughness factor K′ (0–1)</source>
            <translation>地表糙度因子 K′（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Surface roughness factor K′ of RWEQ (0–1).</source>
            <translation>RWEQ 的地表糙度因子 K′（0–1）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Sand fixation (防风固沙)</source>
            <translation>防风固沙</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态系统服务功能重要性 — 防风固沙 by the Revised Wind Erosion Equation in its published form: the potential minus the actual wind erosion, in t/(hm²·a), graded into 极重要 / 重要 / 一般. WF, EF, SCF and K′ are each a raster or one value for the whole area, computed beforehand from weather and soil data.</source>
            <translation>生态系统服务功能重要性——防风固沙：采用公开发表形式的修正风蚀方程（RWEQ），潜在风蚀量减去实际风蚀量，单位 t/(hm²·a)，分为极重要 / 重要 / 一般。WF、EF、SCF 和 K′ 各为栅格或全区一个值，需事先由气象和土壤资料算出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Fractional vegetation cover, 0–1, for the vegetation factor C. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>植被覆盖度，0–1，用于植被因子 C。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Daily rainfall of the stations (for R, optional)</source>
            <translation>站点逐日降雨（用于 R，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Sand fixation</source>
            <translation>防风固沙</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Instead of an R raster or the annual precipitation: R from daily rainfall by the daily erosive-rainfall model (as the algorithm rainfall_erosivity), one row per station and day with a station code, the date and the precipitation (headers 站号 / station, 日期 / date, 日降水量 / precipitation); give the stations too.</source>
            <translation>代替 R 栅格或年降水量：按日侵蚀性降雨模型由逐日降雨计算 R（同算法 rainfall_erosivity），每个站点每天一行，含站号、日期和降水量（表头 站号 / station、日期 / date、日降水量 / precipitation）；同时给出站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Biodiversity maintenance (生物多样性维护)</source>
            <translation>生物多样性维护</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态系统服务功能重要性 — 生物多样性维护, by the NPP-based index, by habitat polygons (ranges of key protected species, 自然保护地), or both. The DEM defines the analysis grid.</source>
            <translation>生态系统服务功能重要性——生物多样性维护：采用基于 NPP 的指数、生境面图层（重点保护物种分布区、自然保护地），或两者结合。分析格网取 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Elevation in metres: F_alt of the NPP index, and the analysis grid.</source>
            <translation>以米为单位的高程：用于 NPP 指数的 F_alt，并确定分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual NPP (gC/(m²·a)) (optional)</source>
            <translation>多年平均 NPP（gC/(m²·a)）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Net primary productivity, multi-year mean. With precipitation and temperature, the NPP-based index is computed.</source>
            <translation>植被净初级生产力，多年平均值。与降水量、气温一同提供时计算基于 NPP 的指数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Annual precipitation (mm) (optional)</source>
            <translation>年降水量（毫米）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>For F_pre of the NPP index.</source>
            <translation>用于 NPP 指数的 F_pre。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual air temperature (°C) (optional)</source>
            <translation>年均气温（°C）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>For F_tem of the NPP index.</source>
            <translation>用于 NPP 指数的 F_tem。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Very important habitats (polygons, optional)</source>
            <translation>极重要生境（面，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>E.g. ranges of national key protected species or 自然保护地: their cells are 极重要.</source>
            <translation>如国家重点保护物种分布区或自然保护地：其中的像元为极重要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Important habitats (polygons, optional)</source>
            <translation>重要生境（面，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>E.g. ranges of provincial key protected species: their cells are at least 重要.</source>
            <translation>如省级重点保护物种分布区：其中的像元至少为重要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Biodiversity maintenance</source>
            <translation>生物多样性维护</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{factor} score: {scores}.</source>
            <translation>{factor}得分：{scores}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Rain gauge stations (for R, optional)</source>
            <translation>雨量站（用于 R，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Classes by the geometric mean of the scores (1 一般, 3 脆弱, 5 极脆弱): {classes}.</source>
            <translation>按各因子得分的几何平均值分类（1 一般，3 脆弱，5 极脆弱）：{classes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil texture score ({column}): {scores}.</source>
            <translation>土壤质地得分（{column}）：{scores}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Daily rainfall rasters (for R, optional)</source>
            <translation>逐日降雨栅格（用于 R，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>relief</source>
            <translation>地形起伏度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>vegetation cover</source>
            <translation>植被覆盖度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>carbonate share</source>
            <translation>碳酸盐岩出露比例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>aridity</source>
            <translation>干燥度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>wind days</source>
            <translation>起沙风天数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>evaporation / precipitation</source>
            <translation>蒸发量/降水量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>groundwater mineralisation</source>
            <translation>地下水矿化度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Instead of the station table: one raster per day on the analysis grid, the date in the file name (YYYYMMDD).</source>
            <translation>代替站点表：每天一个位于分析格网上的栅格，文件名中含日期（YYYYMMDD）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>groundwater depth</source>
            <translation>地下水埋深</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Index = {formula} of the factor scores.</source>
            <translation>指数 = 各因子得分的 {formula}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Geometric mean of the factor scores (Float32, 1–5, nodata −9999).</source>
            <translation>各因子分值的几何平均（Float32，1–5，无数据值 −9999）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Vulnerability class (Byte: 1 = 极脆弱, 2 = 脆弱, 3 = 一般脆弱, 0 = nodata; class set dual.classes.vulnerability) with labels, colours and provenance.</source>
            <translation>脆弱性分级（Byte：1 = 极脆弱，2 = 脆弱，3 = 一般脆弱，0 = 无数据；分类集 dual.classes.vulnerability），含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Optional: the factor scores as digits of one number (UInt16), in the order of the formula, e.g. 5351 = 5, 3, 5, 1.</source>
            <translation>可选：各因子分值按公式顺序组成一个数的各位数字（UInt16），如 5351 = 5、3、5、1。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil erosion vulnerability (水土流失脆弱性)</source>
            <translation>水土流失脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态脆弱性 — 水土流失 = ⁴√(R·K·LS·C) of the factor scores: R the rainfall erosivity (an R raster, or R = a·P^b from the annual precipitation as in 水土保持), K the soil texture, LS the relief in a moving window by cell size, C the vegetation cover; the higher the index, the more vulnerable.</source>
            <translation>生态脆弱性——水土流失 = 各因子得分的 ⁴√(R·K·LS·C)：R 为降雨侵蚀力（R 栅格，或如水土保持中由年降水量按 R = a·P^b 计算），K 为土壤质地，LS 为按像元大小确定的移动窗口内的地形起伏度，C 为植被覆盖度；指数越高越脆弱。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Elevation in metres, for the relief. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的高程，用于地形起伏度。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil erosion vulnerability</source>
            <translation>水土流失脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Rocky desertification vulnerability (石漠化脆弱性)</source>
            <translation>石漠化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态脆弱性 — 石漠化 = ∛(D·P·C) of the factor scores: D the carbonate-rock outcrop share, P the slope from the DEM, C the vegetation cover.</source>
            <translation>生态脆弱性——石漠化 = 各因子得分的 ∛(D·P·C)：D 为碳酸盐岩出露面积比例，P 为由 DEM 计算的坡度，C 为植被覆盖度。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Vegetation cover (fraction 0–1)</source>
            <translation>植被覆盖度（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Elevation in metres, for the slope. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的高程，用于坡度。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Fractional vegetation cover, 0–1.</source>
            <translation>植被覆盖度，0–1 的小数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Share of carbonate rock (limestone, dolomite) outcrop, 0–1.</source>
            <translation>碳酸盐岩（石灰岩、白云岩）出露面积比例，0–1。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Rocky desertification vulnerability</source>
            <translation>石漠化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Land desertification vulnerability (土地沙化脆弱性)</source>
            <translation>土地沙化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态脆弱性 — 土地沙化 = ⁴√(I·W·K·C) of the factor scores: I the aridity, W the days with wind above 6 m/s, K the soil texture, C the vegetation cover. I and W are each a raster or one value for the area.</source>
            <translation>生态脆弱性——土地沙化 = 各因子得分的 ⁴√(I·W·K·C)：I 为干燥度，W 为风速大于 6 m/s 的天数，K 为土壤质地，C 为植被覆盖度。I 和 W 各为栅格或全区一个值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>干燥度 I = 0.16·Σ(T ≥ 10 °C)/Σ(P in that period).</source>
            <translation>干燥度 I = 0.16·Σ(T ≥ 10 °C)/Σ(同期降水量)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Days a year with wind above 6 m/s (起沙风天数).</source>
            <translation>全年风速大于 6 m/s 的天数（起沙风天数）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Land desertification vulnerability</source>
            <translation>土地沙化脆弱性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Thresholds, standard limits and labels come from the method profile; the evidence tag of each rule says how sure its source is (V-off: official text, V-paper: the method authors' paper, V-impl: an implementation, V-std: a standard, MEM: not verified).</source>
            <translation>阈值、标准限值和标签均来自方法配置；每条规则的依据标记说明其来源的可靠程度（V-off：官方文本，V-paper：方法作者的论文，V-impl：已有实现，V-std：标准，MEM：未经核实）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Full reference page (offline)</source>
            <translation>完整参考页面（离线）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>With the method profile {id} {version}:</source>
            <translation>按方法配置 {id} {version}：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Outputs</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Result fields</source>
            <translation>结果字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>More: [{page}](../{page}).</source>
            <translation>详见：[{page}](../{page})。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>A .tif.aux.xml file beside the raster holds its class names: keep the two files together.</source>
            <translation>栅格旁的 .tif.aux.xml 文件保存其类别名称：请将两个文件放在一起。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>raster</source>
            <translation>栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>vector layer</source>
            <translation>矢量图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>layers</source>
            <translation>多个图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>number</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>yes / no</source>
            <translation>是 / 否</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>choice</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>CRS</source>
            <translation>坐标系</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>method profile</source>
            <translation>方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>vector output</source>
            <translation>矢量输出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>raster output</source>
            <translation>栅格输出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>file output</source>
            <translation>文件输出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>advanced</source>
            <translation>高级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>method profile {id} {version}</source>
            <translation>方法配置 {id} {version}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water-air black-grey index, urbanised areas (水气环境黑灰指数)</source>
            <translation>水气环境黑灰指数（城市化地区）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation of 城市化地区 (优化开发 and 重点开发 zones) in the 2016 method. Water part (黑): the black-odorous water density Den = measured length (m) / built-up area (km²) and the severe share L = severe length / measured length (L = 0 without black-odorous water). Air part (灰): the PM2.5 exceedance days, from the table or counted from daily station values. The two grades combine into the class; a missing part is tolerated when no value of it could change the class.</source>
            <translation>2016 年技术方法中城市化地区（优化开发和重点开发区域）的专项评价。水（黑）：黑臭水体密度 Den = 实测长度（m）/ 城市建成区面积（km²），重度比例 L = 重度黑臭水体长度 / 实测长度（无黑臭水体时 L = 0）。气（灰）：PM2.5 年超标天数，取自指标表或由站点日均值统计。两部分分级组合得出等级；某一部分缺失时，仅当其任何取值都不会改变结果才予以定级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs per unit: 主体功能区类型, 是否核心城市, 城市建成区面积, 黑臭水体实测长度, 重度黑臭水体长度 and PM2.5年超标天数 (or daily station values).</source>
            <translation>每个单元的输入：主体功能区类型、是否核心城市、城市建成区面积、黑臭水体实测长度、重度黑臭水体长度和 PM2.5年超标天数（或站点日均值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Construction land by overlay: land-use polygons whose code starts with {codes}.</source>
            <translation>叠加计算建设用地：地类编码以 {codes} 开头的土地利用图斑。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Cropland quality change index, crop areas (耕地质量变化指数)</source>
            <translation>耕地质量变化指数（种植业主产区）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation of 农产品主产区 (种植业) in the 2016 method: index = (grade of the evaluation year − grade of the base year) / grade of the base year, from the mean cropland quality grade (耕地质量平均等别; a higher 等别 number is a worse grade, so a positive index is a decline). Give the base year as a second table or as year-suffixed columns.</source>
            <translation>2016 年技术方法中农产品主产区（种植业）的专项评价：指数 = （评价年等别 − 基准年等别）/ 基准年等别，取耕地质量平均等别（等别数字越大质量越差，故指数为正表示下降）。基准年以第二张表或带年份后缀的字段给出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Grassland livestock-balance index, pasture areas (草原草畜平衡指数)</source>
            <translation>草原草畜平衡指数（牧业主产区）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation of 农产品主产区 (牧业) in the 2016 method: I = actual livestock / rated livestock capacity − 1 (实际载畜量, 合理载畜量; sheep units, rated capacity per NY/T 635).</source>
            <translation>2016 年技术方法中农产品主产区（牧业）的专项评价：I = 实际载畜量 / 合理载畜量 − 1（羊单位，合理载畜量按 NY/T 635 计算）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Ecosystem function index, key ecological function zones (生态系统功能指数)</source>
            <translation>生态系统功能指数（重点生态功能区）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation of 重点生态功能区 in the 2016 method: the relative change of the ecosystem function index (生态系统功能指数) between the base and the evaluation year, (F_eval − F_base) / F_base; a decline is a negative index.</source>
            <translation>2016 年技术方法中重点生态功能区的专项评价：生态系统功能指数在基准年与评价年之间的相对变化 (F_评价 − F_基准) / F_基准；下降时指数为负。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation by main functional zone type (专项评价)</source>
            <translation>按主体功能区类型的专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Applies to each unit the special evaluation its 主体功能区 type calls for (function_zones of the method profile; 农产品主产区 by the 农产品主产区类型 field). The result feeds cc_warning:integrated_warning.</source>
            <translation>对每个单元开展其主体功能区类型对应的专项评价（方法配置 function_zones；农产品主产区按农产品主产区类型字段区分）。结果供 cc_warning:integrated_warning 使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs: the 主体功能区 type (and the 农产品主产区 type) plus the indicators of each evaluation; a base-year table for the two change indices; optionally air stations with daily values for the PM2.5 exceedance days.</source>
            <translation>输入：主体功能区类型（及农产品主产区类型）和各项评价所需指标；两项变化指数需要基准年表；PM2.5 超标天数可由空气站点日均值统计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>L0 from a suitability raster: the share of the unit's cells holding {values} (unless other values are given).</source>
            <translation>由适宜性栅格计算 L0：单元内取值为 {values} 的像元所占比例（除非另给取值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Resource and environmental depletion trend (资源环境耗损过程评价)</source>
            <translation>资源环境耗损过程评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Process evaluation of the 2016 method between a base year b and an evaluation year e (Δt = e − b), each annual rate (percent per year) compared with the national rate of the same period: 资源利用效率 r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/Δt) − 1 for construction land and water use; 污染物排放强度 r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/Δt) − 1 for COD, NH3-N, SO2 and NOx; 生态质量 r = (F_e/F_b)^(1/Δt) − 1 of the forest and grass cover.</source>
            <translation>2016 年技术方法的过程评价，比较基准年 b 与评价年 e（Δt = e − b）之间各分项的年变化率（%/年）与同期全国平均变化率：资源利用效率，建设用地和用水量 r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/Δt) − 1；污染物排放强度，化学需氧量、氨氮、二氧化硫、氮氧化物 r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/Δt) − 1；生态质量，林草覆盖率 r = (F_e/F_b)^(1/Δt) − 1。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Indicator tables of the base year</source>
            <translation>基准年指标表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>GDP should be at constant prices. Missing values leave a component unknown; the type is still given when the known components decide it.</source>
            <translation>GDP 应按可比价。缺失数值使相应分项未知；已知分项足以判定时仍给出类型。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs: the evaluation-year and base-year tables (or one table with year-suffixed columns) with GDP, construction land, water use, the four emissions and the forest and grass cover; the national rates as a table (the seven single rates under Advanced parameters override it).</source>
            <translation>输入：评价年和基准年指标表（或一张带年份后缀字段的表），含地区生产总值、建设用地、用水量、四项污染物排放量和林草覆盖率；全国平均变化率以表给出（“高级参数”中的七个单项变化率可覆盖表中数值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>worsening / easing / not_evaluated</source>
            <translation>worsening / easing / not_evaluated</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the type label of the method profile</source>
            <translation>方法配置中的类型标签</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the seven annual rates (%/a)</source>
            <translation>七项年变化率（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the group flags (1 worse, 0 not)</source>
            <translation>分项标志（1 趋差，0 否）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the number of worse groups</source>
            <translation>趋差分项数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the two years</source>
            <translation>两个年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Integrated evaluation and warning level (集成评价与预警等级)</source>
            <translation>集成评价与预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Integration of the 2016 method: the load type (超载类型) from the four basic elements and the special evaluation, the warning level from the load type and the depletion trend, and the cause (成因解析): a text per unit in the interface language naming the overloaded, critical and not-evaluated elements with their index values, the worst pollutant or section, the quota exceeded, the main degradation type, the black-grey grades and the trend components worse than the national rate.</source>
            <translation>2016 年技术方法的集成评价：由四项基础评价和专项评价判定超载类型，由超载类型和资源环境耗损类型确定预警等级，并生成成因解析：按界面语言为每个单元生成一段文字，列出超载、临界超载和无法评价的要素及其指数值、最不利的污染物或断面、超出的控制指标、主要退化类型、黑灰指数分级，以及差于全国平均的耗损分项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs: the units with the fields written by the element, special and trend algorithms (land_class, water_class, env_class, eco_class, special_class, trend_type), and/or their result layers, joined here on the unit code. Write results to GeoPackage: Shapefile cuts field names to 10 characters.</source>
            <translation>输入：带有各要素、专项和过程评价算法所写字段（land_class、water_class、env_class、eco_class、special_class、trend_type）的评价单元，和/或这些算法的结果图层（此处按行政区划代码连接）。请将结果写为 GeoPackage：Shapefile 会把字段名截断为 10 个字符。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>red / orange / yellow / blue / green / not_evaluated</source>
            <translation>red / orange / yellow / blue / green / not_evaluated</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the level label of the method profile</source>
            <translation>方法配置中的等级标签</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the cause text (成因解析)</source>
            <translation>成因解析文字</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the element prefixes that are overloaded or critical: land, water, env, eco, special</source>
            <translation>超载或临界超载的要素前缀：land、water、env、eco、special</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>W &gt; {r}·W0 or G &gt; {r}·G0 → {cls}</source>
            <translation>W &gt; {r}·W0 或 G &gt; {r}·G0 → {cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>otherwise → {cls}</source>
            <translation>否则 → {cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The comparisons are strict: W = {r}·W0 is not above {r}·W0.</source>
            <translation>比较不含等号：W = {r}·W0 不算高于 {r}·W0。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Groundwater overdraft state {state} → at least {cls}</source>
            <translation>地下水超采状况为{state} → 至少为{cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the mean over its sections of each section's index</source>
            <translation>各断面指数的平均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the maximum over pollutants of the mean over sections</source>
            <translation>各污染物断面平均值中的最大值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Air: R = C / S − 1 for each pollutant's annual statistic against {standard} (unless another edition is chosen); the unit's air index is the largest R.</source>
            <translation>大气：各污染物年评价统计量对照 {standard}（除非另选版本）计算 R = C / S − 1；单元大气指数取最大的 R。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Limits of {standard}: {limits}.</source>
            <translation>{standard} 限值：{limits}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water: each section's index is the largest C / S − 1 over {pollutants} (dissolved oxygen inverted: S / C − 1) against {standard} class {cls}, with river or lake limits where the standard has both.</source>
            <translation>水：各断面指数为 {pollutants} 的 C / S − 1 中的最大值（溶解氧取倒数：S / C − 1），对照 {standard} {cls} 类；标准区分河流和湖库限值的，按水体类型取值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The unit's water index is {aggregation} (unless another aggregation is chosen).</source>
            <translation>单元水指数为{aggregation}（除非另选汇总方式）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The element index R is the larger of the air and water indices.</source>
            <translation>要素指数 R 取大气指数与水指数中的较大者。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Pollutant concentration exceedance index</source>
            <translation>污染物浓度超标指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Ecosystem health</source>
            <translation>生态系统健康度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Degradation polygons count when their severity is one of: {values}.</source>
            <translation>退化程度为以下之一的退化图斑计入：{values}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Degradation raster cells count when they hold one of {values} (unless other values are given).</source>
            <translation>退化栅格中取值为 {values} 之一的像元计入（除非另给取值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Den {den}: {grades}</source>
            <translation>Den {den}：{grades}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water part (黑), {zone}: {bands} ({closed}).</source>
            <translation>水（黑），{zone}：{bands}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>core city</source>
            <translation>核心城市</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>other units</source>
            <translation>其他单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Air part (灰), {zone}, {city}: PM2.5 exceedance days {grades} ({closed}).</source>
            <translation>气（灰），{zone}，{city}：PM2.5 年超标天数 {grades}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Exceedance days counted from daily station values: days whose unit mean is above the 24-h PM2.5 limit of the chosen edition ({limits}).</source>
            <translation>由站点日均值统计超标天数：单元日均值高于所选版本 PM2.5 日均限值的天数（{limits}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>air {grades}</source>
            <translation>大气{grades}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>water {grades}</source>
            <translation>水{grades}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{a} and {b} → {cls}</source>
            <translation>{a}且{b} → {cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Combination, first rule that holds: {rules}.</source>
            <translation>组合判定，取第一条成立的规则：{rules}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Unverified rule: the official thresholds of the {index} could not be checked; the method profile holds documented defaults, and every result says so in its note. Edit special.{kind}.rules in a profile of your own to apply the official values.</source>
            <translation>未经核实的规则：{index}的官方阈值未能核对；方法配置中为有据可查的默认值，每个结果都在说明字段中注明。如需采用官方数值，请在自己的方法配置中修改 special.{kind}.rules。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{zone} → {evaluation}</source>
            <translation>{zone} → {evaluation}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Special evaluation by 主体功能区 type: {mapping}.</source>
            <translation>按主体功能区类型开展专项评价：{mapping}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{group} is worse when at least {n} of its {m} rates ({components}) are below the national rate.</source>
            <translation>{group}：{m} 项变化率（{components}）中至少 {n} 项低于全国平均时为趋差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{group} is worse when at least {n} of its {m} rates ({components}) are above the national rate.</source>
            <translation>{group}：{m} 项变化率（{components}）中至少 {n} 项高于全国平均时为趋差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{group} is worse when the rate of {components} is below the national rate.</source>
            <translation>{group}：{components}变化率低于全国平均时为趋差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>At least {n} of the three worse → {worse}; otherwise → {easing}.</source>
            <translation>三项中至少 {n} 项趋差 → {worse}；否则 → {easing}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>A rate equal to the national rate is not worse.</source>
            <translation>与全国平均相等不算趋差。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The rules apply in order: the first that holds gives the class.</source>
            <translation>规则按顺序判定：第一条成立的规则决定等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>With a yearly series of the ecological quality, its rate is the annual rate of the least-squares line, (ŷ_last/ŷ_first)^(1/span) − 1, over at least {min_years} years with at most {max_missing} missing; otherwise the two-year rate is kept.</source>
            <translation>给出生态质量逐年序列时，其变化率取最小二乘拟合直线的年变化率 (ŷ_末/ŷ_初)^(1/年数) − 1，要求至少 {min_years} 年、缺失不超过 {max_missing} 年；否则保留两期年变化率。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Load type by the short-board rule over {elements} and the special evaluation of the unit's type: any element {over}, or at least {n} {crit} → {over}; one {crit} → {crit}; otherwise → {none}.</source>
            <translation>按短板原则，对{elements}及与单元类型对应的专项评价判定超载类型：任一要素{over}，或至少 {n} 项{crit} → {over}；1 项{crit} → {crit}；否则 → {none}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>An element that could not be evaluated makes the unit {ne} unless the others already give {over}.</source>
            <translation>某要素无法评价时，除非其余要素已判定为{over}，否则该单元为{ne}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Warning level: {load} and {worse} → {a}; {load} and {easing} → {b}.</source>
            <translation>预警等级：{load}且{worse} → {a}；{load}且{easing} → {b}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land-use polygons (optional, for L by overlay)</source>
            <translation>土地利用图斑（可选，叠加计算 L）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land-use survey polygons (三调) with a land-use code field (地类编码). Their construction land is summed per unit; this replaces the construction land area of the tables.</source>
            <translation>带地类编码字段（地类编码）的土地利用现状（三调）图斑。按单元汇总其中的建设用地，替代指标表中的建设用地面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Construction-suitability raster (optional, for L0)</source>
            <translation>建设适宜性栅格（可选，计算 L0）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>A raster of construction suitability classes, e.g. the output of cc_warning:construction_screen. L0 of each unit is the share of its cells (cell centre inside the unit) whose value is one of the suitable values; this replaces L0 of the tables.</source>
            <translation>建设适宜性分级栅格，如 cc_warning:construction_screen 的输出。各单元的 L0 为其像元（像元中心在单元内）中取适宜值者所占比例，替代指标表中的 L0。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Suitable raster values (comma-separated; empty = method profile)</source>
            <translation>适宜的栅格值（逗号分隔；留空 = 方法配置）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Raster values counted as suitable for construction, e.g. 1 or 1,2. Empty: elements.land.overlay.suitable_values of the method profile.</source>
            <translation>计为适宜建设的栅格值，例如 1 或 1,2。留空：取方法配置的 elements.land.overlay.suitable_values。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The pressure index D follows the 2016 method; the development-intensity rule is an earlier simplification kept as an option.</source>
            <translation>土地资源压力指数 D 符合 2016 年技术方法；开发强度规则是早期的简化做法，保留为可选项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{what}: {rules}.</source>
            <translation>{what}：{rules}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land-resource pressure index D (default)</source>
            <translation>土地资源压力指数 D（默认）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Development intensity L (simplified rule)</source>
            <translation>开发强度 L（简化规则）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Surface-water sections (optional)</source>
            <translation>地表水监测断面（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>One row or point per monitoring section: section code, water body type (河流/湖库), the unit code (or a point location, joined to the unit containing it) and, unless observations are given, the annual mean of each pollutant (mg/L).</source>
            <translation>每个监测断面一行或一点：断面编码、水体类型（河流/湖库）、行政区划代码（或点位，按所在单元空间连接），以及（未提供监测值时）各污染物年均值（mg/L）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Surface-water observations (table, optional)</source>
            <translation>地表水监测值（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>One row per section and sampling (e.g. monthly) of one year: section code, date or month and pollutant values (mg/L). The annual mean of each pollutant is computed per section.</source>
            <translation>同一年内每个断面每次监测（如每月）一行：断面编码、日期或月份及各污染物监测值（mg/L）。按断面计算各污染物年均值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water index aggregation</source>
            <translation>水污染指数汇总方式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>How a unit's water index is formed from its sections. The method text could not be checked on this point; the default follows the 2016-method implementation the profile cites.</source>
            <translation>评价单元水污染指数由各断面汇总的方式。方法原文此处尚未核实；默认采用方法配置所引用的2016年版方法实现的做法。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Mean over sections of each section's maximum (default)</source>
            <translation>先取各断面最大值再对断面求平均（默认）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Maximum over pollutants of the mean over sections</source>
            <translation>先对断面求各污染物平均再取最大值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Degradation polygons (optional)</source>
            <translation>生态退化图斑（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Polygons of 水土流失, 土地沙化, 盐渍化 and 石漠化 with a severity field (退化程度/程度: 轻度, 中度, 重度 …) and optionally a type field (退化类型). Moderate-or-worse polygons (the profile's counted severities) are intersected with each unit and dissolved, so land covered by two types counts once.</source>
            <translation>水土流失、土地沙化、盐渍化和石漠化图斑，带程度字段（退化程度/程度：轻度、中度、重度……），可带类型字段（退化类型）。中度及以上图斑（方法配置中计入的程度）与各评价单元相交后融合，两类退化重叠的土地只计一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Degradation rasters (optional)</source>
            <translation>生态退化栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Rasters of degradation severity codes on one grid (projected CRS). A cell counts once if any raster holds a counted value there.</source>
            <translation>位于同一格网（投影坐标系）的退化程度代码栅格。任一栅格在某像元为计入值时，该像元计一次。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Counted raster values (comma-separated; empty = method profile)</source>
            <translation>计入的栅格值（逗号分隔；留空 = 方法配置）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>{step}: {rule}</source>
            <translation>{step}：{rule}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Severity codes counted as moderate or worse in the rasters. Empty: elements.ecology.raster_counted_values of the method profile.</source>
            <translation>栅格中计为中度及以上的程度代码。留空：取方法配置的 elements.ecology.raster_counted_values。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Yearly series of the ecological quality (table, optional)</source>
            <translation>生态质量逐年序列（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>A series per unit for the 生态质量 component, e.g. the 林草覆盖率 of every year: long (unit code, year and value columns) or wide (unit code and one column per year, headed 2015 or 2015年). The annual rate of the fitted trend line replaces the two-year rate and is compared with the same national rate; a unit whose series is too short or has gaps keeps the two-year rate, and its note says so.</source>
            <translation>各单元生态质量分量的逐年序列，如逐年林草覆盖率：长表（单元代码、年份和数值列）或宽表（单元代码及每年一列，表头为 2015 或 2015年）。以拟合趋势线的年变化率代替两期年变化率，并与同一全国年变化率比较；序列过短或有缺年的单元保留两期年变化率，并在备注中说明。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Value column of the series (long table)</source>
            <translation>序列数值列（长表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Empty: the column headed 林草覆盖率 (forest_grass_cover), an indicator of [series_trend.indicators], or the only column besides unit code and year.</source>
            <translation>留空：取表头为 林草覆盖率（forest_grass_cover）的列、[series_trend.indicators] 中的指标列，或单元代码和年份之外唯一的列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National average rates (table, optional)</source>
            <translation>全国平均变化率（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>A small table with a rate code (指标代码: land_use_efficiency, water_use_efficiency, cod_intensity, nh3n_intensity, so2_intensity, nox_intensity, forest_grass_cover_change or their Chinese names) and the national average annual rate in percent per year (全国平均年变化率). Base and evaluation year columns, if present, must match the tables.</source>
            <translation>一张小表：指标代码（指标代码：land_use_efficiency、water_use_efficiency、cod_intensity、nh3n_intensity、so2_intensity、nox_intensity、forest_grass_cover_change 或对应中文名称）和全国平均年变化率（全国平均年变化率，%/年）。如有基准年、评价年字段，须与指标表一致。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National average annual rate of this component over the same period, in percent per year (e.g. 5.0 or -8.0). Overrides the national-rates table.</source>
            <translation>同一时期该分项的全国平均年变化率，单位 %/年（如 5.0 或 -8.0）。优先于全国平均变化率表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: land-use efficiency (%/a)</source>
            <translation>全国平均变化率：土地资源利用效率（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: water-use efficiency (%/a)</source>
            <translation>全国平均变化率：水资源利用效率（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: COD emission intensity (%/a)</source>
            <translation>全国平均变化率：化学需氧量排放强度（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: NH3-N emission intensity (%/a)</source>
            <translation>全国平均变化率：氨氮排放强度（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: SO2 emission intensity (%/a)</source>
            <translation>全国平均变化率：二氧化硫排放强度（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: NOx emission intensity (%/a)</source>
            <translation>全国平均变化率：氮氧化物排放强度（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>National rate: forest and grass cover (%/a)</source>
            <translation>全国平均变化率：林草覆盖率（%/年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Base year (if the tables have no year column)</source>
            <translation>基准年（指标表无年份字段时）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Year of the base-year tables; needed only when they have no year column (年份).</source>
            <translation>基准年指标表的年份；仅在表中没有年份字段（年份）时需要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Evaluation year (if the tables have no year column)</source>
            <translation>评价年（指标表无年份字段时）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Year of the evaluation-year tables; needed only when they have no year column (年份).</source>
            <translation>评价年指标表的年份；仅在表中没有年份字段（年份）时需要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Element and trend results to join (optional)</source>
            <translation>需连接的要素和过程评价结果（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Result layers of land_pressure, water_load, pollutant_exceedance, ecosystem_health, special_evaluation (or one of the special algorithms) and process_trend, joined to the units on the unit code. Not needed when the units already carry those fields.</source>
            <translation>land_pressure、water_load、pollutant_exceedance、ecosystem_health、special_evaluation（或某一专项算法）和 process_trend 的结果图层，按行政区划代码与评价单元连接。评价单元已带有这些字段时无需提供。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the special evaluation applied</source>
            <translation>所采用的专项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the index</source>
            <translation>指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>overload / critical / none / not_evaluated; empty where the unit's 主体功能区 type calls for another special evaluation</source>
            <translation>overload / critical / none / not_evaluated；单元主体功能区类型对应其他专项评价时为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the class label of the method profile</source>
            <translation>方法配置中的等级标签</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the 主体功能区 type</source>
            <translation>主体功能区类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the reference value compared</source>
            <translation>参与比较的参照值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the value compared</source>
            <translation>参与比较的数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>black-grey index: grade of the air part</source>
            <translation>黑灰指数：大气部分分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>black-grey index: grade of the water part</source>
            <translation>黑灰指数：水部分分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>black-odorous water density Den (m/km²)</source>
            <translation>黑臭水体密度 Den（m/km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>severe share L of the black-odorous water</source>
            <translation>重度黑臭水体比例 L</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>PM2.5 exceedance days</source>
            <translation>PM2.5 年超标天数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>what was missing or assumed</source>
            <translation>缺失或假定的内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>overload / critical / none / not_evaluated</source>
            <translation>overload / critical / none / not_evaluated</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the land-resource pressure index D</source>
            <translation>土地资源压力指数 D</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the development intensity L</source>
            <translation>开发强度 L</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water resources use against quotas (水资源开发利用量)</source>
            <translation>水资源开发利用量（对照控制指标）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Water element of the 2016 monitoring and early-warning method: total water use W against its control quota W0 and groundwater use G against its quota G0 (最严格水资源管理制度 red lines), and the groundwater overdraft state. A zero or negative quota is an error; a missing value marks the unit not_evaluated unless the values present already make it overloaded.</source>
            <translation>2016 年监测预警技术方法的水资源要素：用水总量 W 对照用水总量控制指标 W0，地下水供水量 G 对照地下水开采控制指标 G0（最严格水资源管理制度红线），并考虑地下水超采状况。控制指标为零或负数时报错；有缺测值时该单元为 not_evaluated，除非已有数值已判定超载。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs per unit: total water use (用水总量), its control quota (用水总量控制指标), groundwater supply (地下水供水量), its quota (地下水开采控制指标) and the groundwater overdraft state (地下水超采状况: 无 / 一般超采 / 严重超采).</source>
            <translation>每个单元的输入：用水总量、用水总量控制指标、地下水供水量、地下水开采控制指标和地下水超采状况（无 / 一般超采 / 严重超采）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land-resource pressure index</source>
            <translation>土地资源压力指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the larger of W/W0 and G/G0</source>
            <translation>W/W0 与 G/G0 中的较大者</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>W/W0</source>
            <translation>W/W0</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>G/G0</source>
            <translation>G/G0</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the overdraft state</source>
            <translation>超采状况</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>what drove the class: total, groundwater or overdraft</source>
            <translation>决定等级的因素：用水总量、地下水或超采</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land-resource pressure index (土地资源压力指数)</source>
            <translation>土地资源压力指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Land element of the 2016 monitoring and early-warning method: D = (L − L0) / L0, where L is the construction land area over the evaluated land area (现状建设开发程度) and L0 the suitable construction-development threshold (适宜建设开发程度阈值). As an option, the development intensity L itself is classed (an earlier simplification).</source>
            <translation>2016 年监测预警技术方法的土地资源要素：D = (L − L0) / L0，其中 L 为建设用地面积与评价区域土地面积之比（现状建设开发程度），L0 为适宜建设开发程度阈值。也可选择直接对开发强度 L 分级（早期的简化做法）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs per unit: construction land area (建设用地面积), evaluated land area (评价区域土地面积) and L0 (适宜建设开发程度阈值), from the unit layer or the indicator tables.</source>
            <translation>每个单元的输入：建设用地面积、评价区域土地面积和 L0（适宜建设开发程度阈值），取自评价单元图层或指标表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>With a land-use layer, the construction land area is computed by overlay and the unit polygon area is used where the evaluated land area is not given; the units must then be in a projected CRS. With a construction-suitability raster (the output of construction_screen, or e.g. the 双评价 urban-suitability result), L0 is the share of the unit's cells holding a suitable value.</source>
            <translation>提供土地利用图层时，建设用地面积由叠加分析计算，未给评价区域土地面积时取评价单元图斑面积；此时评价单元须为投影坐标系。提供建设适宜性栅格（construction_screen 的输出，或如双评价城镇建设适宜性结果）时，L0 为单元内取适宜值的像元所占比例。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>D, or L with the intensity method</source>
            <translation>D，开发强度方法时为 L</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>what was missing or assumed, and where L and L0 came from</source>
            <translation>缺失或假定的内容，以及 L 和 L0 的来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>L0</source>
            <translation>L0</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>construction land area (km²)</source>
            <translation>建设用地面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>evaluated land area (km²)</source>
            <translation>评价区域土地面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the index used: pressure or intensity</source>
            <translation>所用指数：pressure（压力指数）或 intensity（开发强度）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Development intensity (simplified rule, option)</source>
            <translation>开发强度（简化规则，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Pollutant concentration exceedance index (污染物浓度超标指数)</source>
            <translation>污染物浓度超标指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Environment element of the 2016 monitoring and early-warning method: the exceedance index R = C / S − 1 of the air pollutants' annual statistics against GB 3095 and of the surface-water sections' annual means against GB 3838-2002; the element index is the larger of the air and water indices.</source>
            <translation>2016 年监测预警技术方法的环境要素：大气污染物年评价统计量对照 GB 3095、地表水断面年均值对照 GB 3838-2002 计算超标指数 R = C / S − 1；要素指数取大气指数与水指数中的较大者。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Evaluation units with annual air statistics</source>
            <translation>含大气年度统计值的评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>County polygons or a plain table (CSV, xlsx sheet) with one row per unit: unit code and the annual statistics of each air pollutant.</source>
            <translation>县级面图层或普通表格（CSV、xlsx 工作表），每个评价单元一行：单元代码及各大气污染物的年度统计值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Exceedance index</source>
            <translation>超标指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Units table: a unit code and the annual statistics of the air pollutants. Water sections (optional): section code, unit code, water body type (河流 / 湖库) and the annual means of the water pollutants. Chinese column names are accepted (see the indicator dictionary).</source>
            <translation>评价单元表：行政区划代码及各大气污染物年评价统计量。水质断面（可选）：断面编码、行政区划代码、水体类型（河流 / 湖库）及各水污染物年均值。可使用中文字段名（见指标字典）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Raw monitoring data instead of statistics: air stations (points) with a table of daily values give the annual means, the CO 95th and O3 90th percentiles (HJ 663-2013) per unit; section points (joined to the unit containing them) with a table of observations give the sections' annual means.</source>
            <translation>也可用原始监测数据代替统计量：空气站点（点）加日均值表，按单元计算年均值、CO 第 95 百分位数和 O3 第 90 百分位数（HJ 663-2013）；断面点（按所在单元空间连接）加监测值表，计算各断面年均值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the larger of the air and water indices</source>
            <translation>大气指数与水指数中的较大者</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the air index</source>
            <translation>大气指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The method profile classes {index} unless another index is chosen.</source>
            <translation>除非另选指数，按方法配置对{index}分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the air pollutant with the largest index</source>
            <translation>指数最大的大气污染物</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the water index</source>
            <translation>水指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the section and pollutant with the largest index</source>
            <translation>指数最大的断面和污染物</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the worst pollutant and section</source>
            <translation>最不利的污染物和断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the index of each air pollutant</source>
            <translation>各大气污染物的指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Ecosystem health (生态系统健康度)</source>
            <translation>生态系统健康度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Ecology element of the 2016 monitoring and early-warning method: H = A_d / A_t, the share of the evaluated land area A_t that is moderately or worse degraded (水土流失, 土地沙化, 盐渍化, 石漠化).</source>
            <translation>2016 年监测预警技术方法的生态要素：H = A_d / A_t，即评价区域土地面积 A_t 中中度及以上退化土地（水土流失、土地沙化、盐渍化、石漠化）所占比例。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>The degraded area comes from degradation polygons or rasters (overlaid with the unit polygons, overlaps dissolved), or else from the four per-type areas (中度及以上水土流失面积, 中度及以上土地沙化面积, 中度及以上盐渍化面积, 中度及以上石漠化面积) — their sum counts land with two types twice, and the note says so. A_t is the evaluated land area (评价区域土地面积), or the unit polygon area when overlaying. Areas need a projected CRS.</source>
            <translation>退化面积取自退化图斑或栅格（与评价单元叠加，重叠部分融合），否则取四类面积（中度及以上水土流失面积、中度及以上土地沙化面积、中度及以上盐渍化面积、中度及以上石漠化面积）之和——两类重叠的土地会被计两次，说明字段会注明。A_t 为评价区域土地面积，叠加时也可取评价单元图斑面积。面积计算需要投影坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>degraded area (km²)</source>
            <translation>退化面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>the degradation type with the largest area</source>
            <translation>面积最大的退化类型</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>polygons / raster / type_fields</source>
            <translation>polygons（图斑）/ raster（栅格）/ type_fields（分类面积字段）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Draws an evaluation result (warning level, overload type, an element or a 双评价 class raster) with the method profile's colours and labels over the planning base map — county and township boundaries with labels, 三区三线 (生态保护红线, 永久基本农田, 城镇开发边界), land use and a local raster or MBTiles base map, all optional and all local files — and lays it out on an A4 or A3 template with legend, scale bar, north arrow, inset map, title, statistics table, 编制单位, 编制日期, 审图号 and data source.</source>
            <translation>用方法配置文件的颜色和标注，将评价结果（预警等级、超载类型、某一要素或双评价分类栅格）叠加在规划底图上绘制——县级和乡镇级行政界线及注记、三区三线（生态保护红线、永久基本农田、城镇开发边界）、土地利用以及本地栅格或 MBTiles 底图，均为可选的本地文件——并排版到 A4 或 A3 模板上，含图例、比例尺、指北针、鹰眼图、标题、统计表、编制单位、编制日期、审图号和数据来源。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>A local layer of the planning base map (optional).</source>
            <translation>规划底图的本地图层（可选）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Local raster or MBTiles base map</source>
            <translation>本地栅格或 MBTiles 底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>A local GeoTIFF or MBTiles file drawn under everything. Online services are refused.</source>
            <translation>本地 GeoTIFF 或 MBTiles 文件，绘于最底层。不接受在线服务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Layer of the inset map</source>
            <translation>索引图图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Drawn in the inset overview map, e.g. the province; empty = the result.</source>
            <translation>绘制在索引图（位置示意图）中的图层，例如全省范围；留空则使用评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Own layout template (.qpt, optional)</source>
            <translation>自定义版面模板（.qpt，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>A template with items whose ids are cc_map, cc_legend and cc_title (and optionally cc_subtitle, cc_overview, cc_scalebar, cc_north, cc_stats, cc_org, cc_date, cc_review_no, cc_source). Replaces the page choice.</source>
            <translation>模板中须有标识为 cc_map、cc_legend 和 cc_title 的元素（可选 cc_subtitle、cc_overview、cc_scalebar、cc_north、cc_stats、cc_org、cc_date、cc_review_no、cc_source）。指定后不再使用图幅选项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Empty: the project variable of the same meaning (set once in Project ▸ Properties ▸ Variables).</source>
            <translation>留空：使用同义的工程变量（在“工程 ▸ 属性 ▸ 变量”中设置一次即可）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Which class field of a vector result to use (warning level, overload type, the trend or an element). Ignored for a class raster.</source>
            <translation>使用矢量结果中的哪个分级字段（预警等级、超载类型、资源环境耗损类型或某一要素）。对分类栅格不起作用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>PDF map</source>
            <translation>PDF 图件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>PNG map</source>
            <translation>PNG 图件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Add the layout to the project</source>
            <translation>将版面添加到工程</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Keep the layout (and a group with its styled layers) in the current project, to edit it in the layout designer.</source>
            <translation>将版面（及其已设置样式的图层组）保留在当前工程中，以便在版面设计器中编辑。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Layout name</source>
            <translation>版面名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>编制单位, 编制日期, 审图号 and 数据来源 come from the parameters or, when left empty, from the project variables cc_org, cc_date, cc_review_no and cc_data_source. Base-map layers in another CRS are reprojected on the fly. Exports to PDF (text kept as text, Chinese font embedded) and PNG at the chosen resolution; files are written completely or not at all.</source>
            <translation>编制单位、编制日期、审图号和数据来源取自参数，留空时取项目变量 cc_org、cc_date、cc_review_no 和 cc_data_source。其他坐标系的底图图层会实时投影转换。按所选分辨率导出 PDF（文字保留为文字，嵌入中文字体）和 PNG；文件要么完整写出，要么不写出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Class statistics of a result (分级统计)</source>
            <translation>分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Counts the evaluation units (or, for a class raster, the cells) of each class and their area in km² and share of the total, in the order of the method profile's class set. Areas are planar in a projected CRS and ellipsoidal in a geographic one. A value the class set does not know is counted on an "unclassified" row and reported.</source>
            <translation>按方法配置文件中类别的顺序，统计各类别的评价单元数（分类栅格则为像元数）、面积（km²）及其占比。投影坐标系下为平面面积，地理坐标系下为椭球面积。类别集中没有的值计入“未分级”一行并给出提示。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Statistics file (xlsx or csv, optional)</source>
            <translation>统计表文件（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Units or cells unclassified</source>
            <translation>未分类的单元或像元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>First available (warning level if present)</source>
            <translation>第一个可用项（有预警等级时为预警等级）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Ranking, most severe first: {levels}; a move towards the first is 预警等级提高, towards the last 预警等级降低.</source>
            <translation>排序（最严重在前）：{levels}；向前者移动为预警等级提高，向后者移动为预警等级降低。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Compare two periods (预警等级变化)</source>
            <translation>两期对比（预警等级变化）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Compares the class of each unit in an earlier and a later evaluation result (matched on the unit code): 预警等级提高 (raised, more severe), 预警等级降低 (lowered) or unchanged, with the number of levels moved, in the order of the method profile's class set. Units found in one result only, or with a class that cannot be ranked, are marked not compared with the reason.</source>
            <translation>比较前后两期评价结果中每个单元的类别（按单元代码匹配）：按方法配置文件中类别的顺序，判定预警等级提高（更严重）、预警等级降低或不变，并给出变化的级数。只出现在一期结果中的单元，或类别无法排序的单元，标为未比较并说明原因。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>An evaluation result layer with the class field to compare and the unit code (行政区划代码).</source>
            <translation>含有待比较等级字段和行政区划代码的评价结果图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Land resources</source>
            <translation>土地资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Water resources</source>
            <translation>水资源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Field matching the units of the two results; empty = the unit code field (行政区划代码 or an accepted alias). Both results need it.</source>
            <translation>用于匹配两期结果中评价单元的字段；留空则使用行政区划代码字段（或其可接受的别名）。两期结果都需要该字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Which class field to compare.</source>
            <translation>要比较的分级字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Ecology</source>
            <translation>生态</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Change table (xlsx or csv, optional)</source>
            <translation>变化表（xlsx 或 csv，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Units raised</source>
            <translation>等级提高的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Units lowered</source>
            <translation>等级降低的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>The output has the later result's geometry and is styled by the change. When both results hold a year field, the years must differ and the earlier must come first.</source>
            <translation>输出采用后期结果的几何图形，并按变化情况设置样式。两期结果都含年份字段时，年份必须不同，且前期在前。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Evaluation report (评价报告)</source>
            <translation>评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Writes the evaluation report of a 2016-method result (and, optionally, 双评价 class rasters): an xlsx workbook (the composite result, one sheet per element, the process evaluation, the class statistics, one sheet per class raster, the change between periods and the provenance) and an HTML report that opens offline in a browser (maps, charts and tables, the cause analysis of every unit and the provenance). Both are written completely or not at all.</source>
            <translation>生成 2016 年方法评价结果（以及可选的双评价分类栅格）的评价报告：xlsx 工作簿（集成评价结果、每个要素一张表、过程评价、分级统计、每个分类栅格一张表、两期变化和来源信息）以及可离线在浏览器中打开的 HTML 报告（地图、图表和表格，各单元的成因解析和来源信息）。两者要么完整写出，要么都不写出。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Evaluation result (2016 method)</source>
            <translation>评价结果（2016 版方法）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>A result layer with element, trend and warning fields (e.g. of integrated_warning).</source>
            <translation>含要素、耗损过程和预警字段的结果图层（例如 integrated_warning 的输出）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>双评价 class rasters</source>
            <translation>双评价分级栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Class rasters written by the 双评价 algorithms (their band metadata names the class set).</source>
            <translation>双评价算法写出的分级栅格（其波段元数据注明等级集）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Earlier result (optional, for the change)</source>
            <translation>前期评价结果（可选，用于两期变化）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>An earlier 2016-method result of the same units: the report adds the change of the warning level.</source>
            <translation>同一批评价单元的前期 2016 年方法评价结果：报告中增加预警等级的变化。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Report title</source>
            <translation>报告标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Workbook (xlsx)</source>
            <translation>工作簿（xlsx）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>HTML report</source>
            <translation>HTML 报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Evaluation result (vector layer or class raster)</source>
            <translation>评价结果（矢量图层或分级栅格）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>A result of a cc_warning evaluation: a layer with class fields (warning_level, load_type, &lt;element&gt;_class …) or a 双评价 class raster.</source>
            <translation>cc_warning 评价的结果：含等级字段（warning_level、load_type、&lt;要素&gt;_class …）的图层，或双评价分级栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>County boundaries (县级行政区)</source>
            <translation>县级行政区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Township boundaries (乡镇级行政区)</source>
            <translation>乡镇级行政区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Ecological protection red line (生态保护红线)</source>
            <translation>生态保护红线</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Permanent basic farmland (永久基本农田)</source>
            <translation>永久基本农田</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Urban development boundary (城镇开发边界)</source>
            <translation>城镇开发边界</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Land use (土地利用现状)</source>
            <translation>土地利用现状</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Results are drawn with an opacity of {result_opacity}, the 三区三线 boundaries over them; maps at {dpi} dpi unless chosen.</source>
            <translation>评价结果按不透明度 {result_opacity} 绘制，三区三线边界绘于其上；未另行选择时地图分辨率为 {dpi} dpi。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Export warning map (预警图导出)</source>
            <translation>预警图导出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The level graded is {level}; the change graded is {change}; {gate}.</source>
            <translation>参与分级的水平值为{level}；参与分级的变化量为{change}；{gate}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>level {classes}</source>
            <translation>水平 {classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>change {classes}</source>
            <translation>变化 {classes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{indicator}: {grades} ({closed}).</source>
            <translation>{indicator}：{grades}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Trend of a yearly series per unit (逐年序列趋势)</source>
            <translation>逐年序列趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The trend of every unit's yearly series of an indicator (for example the 生态环境状况指数 EI of every county over a decade): the least-squares slope per year with R² and its significance, the change between the first and the last year (fitted and observed), the annual rate of the fitted line, the Mann–Kendall test with Sen's slope as the robust alternative, and the level and change classes of the indicator from the method profile. Units with too few years or with gaps get a note instead of numbers.</source>
            <translation>各单元某一指标逐年序列的趋势（如各县十余年的生态环境状况指数 EI）：最小二乘年斜率及 R² 和显著性、首末年间的变化量（拟合与实测）、拟合直线年变化率、Mann–Kendall 检验及作为稳健替代的 Sen 斜率，以及按方法配置给出的水平等级和变化等级。年数不足或有缺年的单元只给出备注，不给出数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>A table (CSV, xlsx sheet, layer) in one of two layouts. Long: one row per unit and year, with a year column and one column per indicator, or an indicator column and a value column. Wide: one row per unit (and indicator), one column per year headed 2015, 2015年 or Y2015. An empty cell is a missing year.</source>
            <translation>表（CSV、xlsx 工作表或图层），两种格式之一。长表：每个单元每年一行，含年份列和每个指标一列，或指标名称列和数值列。宽表：每个单元（及指标）一行，每年一列，表头为 2015、2015年 或 Y2015。空单元格表示该年缺失。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Layout of the table</source>
            <translation>表格式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Long: one row per unit and year. Wide: one column per year.</source>
            <translation>长表：每个单元每年一行。宽表：每年一列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Long: one row per unit and year</source>
            <translation>长表：每个单元每年一行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Wide: one column per year</source>
            <translation>宽表：每年一列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Unit column</source>
            <translation>单元列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The code or name of the unit of every row.</source>
            <translation>每行所属单元的代码或名称。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Year column (long layout)</source>
            <translation>年份列（长表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The year of every row (2015, "2015" or "2015年").</source>
            <translation>每行的年份（2015、“2015”或“2015年”）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Indicator columns (long layout)</source>
            <translation>指标列（长表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>One column per indicator; the column name is the indicator's name (EI, 生态环境状况指数 … are recognised by the profile's [series_trend.indicators] and graded).</source>
            <translation>每个指标一列，列名即指标名称（EI、生态环境状况指数等按方法配置的 [series_trend.indicators] 识别并分级）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Indicator column (optional)</source>
            <translation>指标名称列（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Long layout: the column naming the indicator of every row, with the value in the value column. Wide layout: the column naming the indicator of every row when the table holds several.</source>
            <translation>长表：给出每行指标名称的列，数值在数值列中。宽表：表中有多个指标时，给出每行指标名称的列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Value column (long layout with an indicator column)</source>
            <translation>数值列（带指标名称列的长表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The value of every row when an indicator column names the indicator.</source>
            <translation>由指标名称列给出指标时，每行的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Indicator of a wide table (e.g. EI)</source>
            <translation>宽表的指标（如 EI）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The indicator a wide table without an indicator column holds; its name or alias chooses its grading (EI → the EI grades).</source>
            <translation>不含指标名称列的宽表所对应的指标；按其名称或别名选择分级（EI → EI 等级）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Trend per unit</source>
            <translation>各单元趋势</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>One row per unit and indicator with the fields below (a table).</source>
            <translation>每个单元每个指标一行，字段见下（表）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Series with a trend</source>
            <translation>有趋势结果的序列数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Series without a trend (too few years or gaps)</source>
            <translation>无趋势结果的序列数（年数不足或有缺年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Trends.Earth reads its productivity trajectory the same way (a linear fit for the direction, the Mann–Kendall S for its significance). The series of the 生态质量 component of the 2016 过程评价 can be given to process_trend and carrying_capacity_2016 directly (parameter ECOLOGY_SERIES).</source>
            <translation>Trends.Earth 对生产力轨迹的判读方式相同（线性拟合判断方向，Mann–Kendall S 判断显著性）。2016 年方法过程评价中生态质量分量的逐年序列可直接输入 process_trend 和 carrying_capacity_2016（参数 ECOLOGY_SERIES）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the unit, the indicator as named in the table, and its profile key when recognised</source>
            <translation>单元、表中的指标名称，以及识别到的方法配置指标键</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>ok / too_few_years / gaps, and why</source>
            <translation>ok / too_few_years / gaps 及原因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the years used</source>
            <translation>所用年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the least-squares line (per year) and its t test</source>
            <translation>最小二乘拟合直线（按年）及其 t 检验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>slope × span, last − first value, annual rate of the fitted line (%/a)</source>
            <translation>斜率 × 年数、末年值 − 首年值、拟合直线年变化率（%/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the Mann–Kendall test</source>
            <translation>Mann–Kendall 检验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Sen's slope and Sen's slope × span</source>
            <translation>Sen 斜率及 Sen 斜率 × 年数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the level graded and its class</source>
            <translation>参与分级的水平值及其等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the change graded and its class</source>
            <translation>参与分级的变化量及其等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>EI = {biological}·生物丰度 + {vegetation}·植被覆盖 + {water}·水网密度 + {land_stress}·(100 − 土地胁迫) + {pollution}·(100 − 污染负荷); every sub-index is capped at {cap}.</source>
            <translation>EI = {biological}·生物丰度 + {vegetation}·植被覆盖 + {water}·水网密度 + {land_stress}·(100 − 土地胁迫) + {pollution}·(100 − 污染负荷)；各分指数上限为 {cap}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>生物丰度 = (BI′ + HQ)/2 with the biodiversity index BI′, else HQ; HQ = {coefficient}·Σ group weight·Σ class weight·area / unit area (km²). Weights: {groups}.</source>
            <translation>有生物多样性指数 BI′ 时 生物丰度 = (BI′ + HQ)/2，否则为 HQ；HQ = {coefficient}·Σ 类型权重·Σ 子类权重·面积 / 区域面积（km²）。权重：{groups}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>植被覆盖 = {coefficient}·mean NDVI·{ndvi_scale}; from the mean vegetation cover (a proxy): {cover_scale}·cover.</source>
            <translation>植被覆盖 = {coefficient}·NDVI 均值·{ndvi_scale}；由植被覆盖度均值代替（近似）：{cover_scale}·覆盖度。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>水网密度 = ({river}·river length (km) + {water_area}·water area (km²) + {water_resources}·water resources (10⁶ m³)) / (3·area); with the long-term mean of the water resources, a year above {wet_year_full}× the mean counts as mean·({wet_year_zero} − ratio), above {wet_year_zero}× as 0.</source>
            <translation>水网密度 = ({river}·河流长度（km） + {water_area}·水域面积（km²） + {water_resources}·水资源量（10⁶ m³）) / (3·面积)；给出多年平均水资源量时，超过均值 {wet_year_full} 倍的年份按 均值·({wet_year_zero} − 比值) 计，超过 {wet_year_zero} 倍按 0 计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>土地胁迫 = {coefficient}·({severe_erosion}·severe erosion + {moderate_erosion}·moderate erosion + {construction}·construction land + {other}·other stress) / area (km²).</source>
            <translation>土地胁迫 = {coefficient}·({severe_erosion}·重度侵蚀面积 + {moderate_erosion}·中度侵蚀面积 + {construction}·建设用地面积 + {other}·其他胁迫面积) / 面积（km²）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>污染负荷 = Σ weight·coefficient·load (t) / D, D = annual precipitation (mm) × area (km²) for the water pollutants, the area for the others; coefficient (weight): {parts}.</source>
            <translation>污染负荷 = Σ 权重·归一化系数·排放量（t） / D，水污染物 D = 年降水量（mm）× 面积（km²），其他污染物 D = 面积；归一化系数（权重）：{parts}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Grades: {classes} ({closed}).</source>
            <translation>等级：{classes}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Change grades of ΔEI = EI − EI of the base year: {classes}.</source>
            <translation>ΔEI = EI − 基准年 EI 的变化等级：{classes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>环境限制指数 (column 环境限制): {levels}; the grade moves, the index stays.</source>
            <translation>环境限制指数（列 环境限制）：{levels}；调整等级，指数不变。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Eco-environment status index EI (生态环境状况指数, HJ 192-2015)</source>
            <translation>生态环境状况指数 EI（HJ 192-2015）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The 生态环境状况指数 EI of every unit from its sub-indices — 生物丰度, 植被覆盖, 水网密度, 土地胁迫 and 污染负荷 — with the weights and normalisation coefficients of the method profile, computed from the land-cover areas by unit, the mean NDVI (or vegetation cover), river length, water area and water resources, erosion and construction areas and the pollutant loads; a sub-index given in the table is used as is. Grades 优 / 良 / 一般 / 较差 / 差, the 环境限制指数, and with a base-year table the change grades (无明显变化 / 略微 / 明显 / 显著 变好 or 变差).</source>
            <translation>由各单元的分指数——生物丰度、植被覆盖、水网密度、土地胁迫和污染负荷——按方法配置中的权重和归一化系数计算生态环境状况指数 EI；分指数由各单元的土地覆被面积、NDVI 均值（或植被覆盖度）、河流长度、水域面积和水资源量、侵蚀及建设用地面积和污染物排放量计算，表中直接给出的分指数按原值使用。等级为优 / 良 / 一般 / 较差 / 差，考虑环境限制指数；给出基准年表时另给出变化等级（无明显变化 / 略微 / 明显 / 显著 变好或变差）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Units with the EI inputs (polygons or a table)</source>
            <translation>含 EI 输入数据的评价单元（面或表）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>One row per unit: its code, the area (区域面积, km²), the land-cover sub-class areas (有林地, 灌木林地 … km²), NDVI均值, 河流长度, 水域面积, 水资源量, the erosion and construction areas, 年降水量 and the loads (化学需氧量排放量 … t), or the sub-indices themselves; headers are matched by the profile's names and aliases. The result keeps these features and fields.</source>
            <translation>每个单元一行：单元代码、区域面积（km²）、土地覆被子类面积（有林地、灌木林地等，km²）、NDVI均值、河流长度、水域面积、水资源量、侵蚀及建设用地面积、年降水量和污染物排放量（化学需氧量排放量等，t），或直接给出分指数；表头按方法配置中的名称和别名匹配。结果保留这些要素和字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The code or name of every unit (the base-year table uses the same column).</source>
            <translation>各单元的代码或名称（基准年表使用同名列）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>EI inputs of the base year (optional)</source>
            <translation>基准年 EI 输入数据（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The same columns for the base year, for ΔEI and its change grade.</source>
            <translation>基准年的相同各列，用于计算 ΔEI 及其变化等级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Eco-environment status index</source>
            <translation>生态环境状况指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The units with the EI fields, styled by the grade.</source>
            <translation>带 EI 字段的评价单元，按等级配色。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The text of HJ 192-2015 was not available when the coefficients were set: the weights reproduce a published worked example, the normalisation coefficients are those of one public implementation, some values are from memory; each rule shows its evidence tag. Verify them against the standard before treating results as official.</source>
            <translation>设定系数时未能查阅 HJ 192-2015 原文：权重可复现一个已发布的算例，归一化系数取自一个公开实现，部分数值凭记忆；每条规则都标有依据标记。将结果作为正式成果前，请对照标准核实这些系数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The sub-class areas are needed: a group total alone (only 林地) cannot be weighted, because its sub-classes weigh differently. A unit missing an input gets no EI and a note naming what is missing.</source>
            <translation>需要子类面积：仅有一级类合计（如只有林地）无法加权，因为各子类权重不同。缺少输入的单元不计算 EI，备注中列出缺少的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the sub-indices</source>
            <translation>各分指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>HQ of the land-cover areas</source>
            <translation>由土地覆被面积计算的 HQ</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the eco-environment status index</source>
            <translation>生态环境状况指数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the grade after the environmental limit</source>
            <translation>考虑环境限制后的等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the grade before the environmental limit</source>
            <translation>考虑环境限制前的等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the environmental-limit level</source>
            <translation>环境限制级别</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>with a base-year table: its EI, ΔEI and the change grade</source>
            <translation>给出基准年表时：基准年 EI、ΔEI 和变化等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>no data does not limit</source>
            <translation>无数据处不受限制</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>no data gives no class</source>
            <translation>无数据处不分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>codes {codes}</source>
            <translation>代码 {codes}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>any non-zero value or polygon</source>
            <translation>任一非零值或面内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{factor}: inside ({inside}) → score {score}; outside not limited.</source>
            <translation>{factor}：范围内（{inside}）→ 得分 {score}；范围外不受限制。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{factor}: {scores}; {missing}.</source>
            <translation>{factor}：{scores}；{missing}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{factor} (slope of the DEM, Horn)</source>
            <translation>{factor}（由 DEM 按 Horn 方法计算的坡度）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{factor}: {scores} ({closed}); {missing}.</source>
            <translation>{factor}：{scores}（{closed}）；{missing}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the minimum of the factor scores (the limiting factor decides)</source>
            <translation>各因子得分的最小值（短板因子决定）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>{max} × the product of score/{max} over the factors</source>
            <translation>{max} × 各因子 得分/{max} 的乘积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Scores 0 (excluded) … {max}; combined by {how}; the combined score: {classes} ({closed}).</source>
            <translation>得分 0（禁止建设）… {max}；按{how}综合；综合得分：{classes}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>land_pressure and carrying_capacity_2016 take the class raster as the construction-suitability raster: L0 = the share of a unit's cells holding {values}.</source>
            <translation>land_pressure 和 carrying_capacity_2016 以该分类栅格作为建设开发适宜性栅格：L0 = 单元内取值为 {values} 的像元占比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Construction-suitability screen for L0 (建设开发适宜性筛查)</source>
            <translation>建设开发适宜性筛查（L0）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The table-driven screen that gives L0 (适宜建设开发程度阈值) of the 土地资源压力指数: on the analysis grid every factor of the method profile scores each cell — exclusion layers (生态保护红线, 重要湿地, 天然牧草地, 严重地面沉降区) score 0, limiting factors (slope bands, 耕地质量等别, 地震基本烈度, 地质灾害易发性, the water-resource constraint) are scored by class — and the scores combine into 适宜 / 一般适宜 / 不适宜. The class raster is the construction-suitability raster of land_pressure and carrying_capacity_2016.</source>
            <translation>按配置表给出土地资源压力指数 L0（适宜建设开发程度阈值）的筛查：在分析格网上，方法配置中的每个因子为每个像元赋分——禁止建设图层（生态保护红线、重要湿地、天然牧草地、严重地面沉降区）得 0 分，限制因子（坡度分级、耕地质量等别、地震基本烈度、地质灾害易发性、水资源约束）按分级赋分——各得分综合为适宜 / 一般适宜 / 不适宜。该分类栅格即 land_pressure 和 carrying_capacity_2016 的建设开发适宜性栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>DEM (elevation, m)</source>
            <translation>DEM（高程，米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>生态保护红线 (polygons or raster, optional)</source>
            <translation>生态保护红线（面或栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Exclusion layer: polygons, or a raster whose non-zero cells are inside.</source>
            <translation>禁止建设图层：面，或非零像元表示范围内的栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>重要湿地 (polygons or raster, optional)</source>
            <translation>重要湿地（面或栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>天然牧草地 (polygons or raster, optional)</source>
            <translation>天然牧草地（面或栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>严重地面沉降区 (polygons or raster, optional)</source>
            <translation>严重地面沉降区（面或栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>耕地质量等别 (raster, optional)</source>
            <translation>耕地质量等别（栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The national cultivated-land quality grade (1 best … 15); cells without cultivated land are nodata.</source>
            <translation>国家耕地质量等别（1 最好 … 15）；非耕地像元为无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>地震基本烈度 (raster, optional)</source>
            <translation>地震基本烈度（栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Basic seismic intensity in degrees (codes, e.g. 6 … 10).</source>
            <translation>地震基本烈度（度，代码，如 6 … 10）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>地质灾害易发性 (raster, optional)</source>
            <translation>地质灾害易发性（栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Geological-hazard susceptibility codes (1 高易发 … 4 不易发 by default).</source>
            <translation>地质灾害易发性代码（默认 1 高易发 … 4 不易发）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>用水总量控制指标模数 (万m³/km², raster, optional)</source>
            <translation>用水总量控制指标模数（万m³/km²，栅格，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The water-use quota per km², for the water-resource constraint.</source>
            <translation>每平方公里用水总量控制指标，用于水资源约束。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Construction suitability (适宜 / 一般适宜 / 不适宜)</source>
            <translation>建设开发适宜性（适宜 / 一般适宜 / 不适宜）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Class raster (Byte: 1 = 适宜, 2 = 一般适宜, 3 = 不适宜, 0 = nodata; class set dual.classes.suitability_3) with labels, colours and provenance.</source>
            <translation>分类栅格（Byte：1 = 适宜，2 = 一般适宜，3 = 不适宜，0 = 无数据；分类集 dual.classes.suitability_3），含标签、颜色和来源信息。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Optional: the combined score of every cell (Float32, nodata −9999).</source>
            <translation>可选：各像元的综合得分（Float32，无数据 −9999）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Optional: the number of the factor with the lowest score (Byte, in the order of the rule above, counting only the factors given; 0 = nothing limits, 255 = nodata); the band description lists them.</source>
            <translation>可选：得分最低的因子编号（Byte，按上述规则顺序，仅计已给出的因子；0 = 无限制因子，255 = 无数据）；波段描述中列出各编号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the last value</source>
            <translation>末年值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Share of suitable cells in the area (L0 of the whole area)</source>
            <translation>全区适宜像元占比（全区 L0）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Every score is an example to set for the region: the factor list follows the land-resource technique of the 2016 method as its authors describe it, the scores are not national values. Slope bands are closed on the right, as the slope grades of the land survey: a cell of exactly 8° is in the 2–8° band.</source>
            <translation>各项得分均为示例，应按区域设定：因子清单参照 2016 年方法作者介绍的土地资源评价技术，得分并非全国统一值。坡度分级为右闭区间，与土地调查坡度分级一致：恰为 8° 的像元属于 2–8° 级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the mean of the years</source>
            <translation>各年平均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>A factor whose layer is not given is left out (the log lists them); the slope is required. Polygons are burnt by cell centre; rasters are aligned to the grid (codes by nearest neighbour).</source>
            <translation>未给出图层的因子不参与筛查（日志中列出）；坡度为必需因子。面按像元中心栅格化；栅格对齐到格网（代码按最近邻）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the fitted value of the last year</source>
            <translation>末年拟合值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>all stations</source>
            <translation>全部站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>the {n} nearest stations</source>
            <translation>最近的 {n} 个站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>no search radius</source>
            <translation>不限搜索半径</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>within {r} m</source>
            <translation>{r} 米以内</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>R of a day = α·P^{beta} on days with P ≥ {threshold} mm, else 0; α = {alpha_warm} in months {months}, {alpha_cold} in the others; R in MJ·mm/(hm²·h·a).</source>
            <translation>日降雨侵蚀力 = α·P^{beta}（P ≥ {threshold} mm 的日子），否则为 0；{months} 月 α = {alpha_warm}，其他月份 {alpha_cold}；R 单位 MJ·mm/(hm²·h·a)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>R of a year = the sum of its days (half-months split after day {half_month_split}); R = the mean over the complete years (at most {max_missing_days} day(s) without a value); fewer than {min_years} complete years give no R.</source>
            <translation>年 R = 各日之和（半月以第 {half_month_split} 日为界）；R = 各完整年份的平均值（缺测不超过 {max_missing_days} 天）；完整年份少于 {min_years} 年时不计算 R。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>slope × span (the fitted change)</source>
            <translation>斜率 × 年数（拟合变化量）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Stations to the grid by inverse-distance weighting: weight 1/d^{p}, {points}, {radius}; a cell on a station takes its value.</source>
            <translation>站点值按反距离加权插值到格网：权重 1/d^{p}，{points}，{radius}；站点所在像元取站点值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>last − first value (the observed change)</source>
            <translation>末年值 − 首年值（实测变化量）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Sen's slope × span</source>
            <translation>Sen 斜率 × 年数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Rainfall erosivity R from daily rainfall (日降雨侵蚀力)</source>
            <translation>日降雨侵蚀力 R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The rainfall erosivity R of the daily erosive-rainfall model of the national soil-erosion survey: erosive days (at least the profile's threshold), a power law in the daily rain with warm-season and cold-season coefficients, summed to the year and averaged over the complete years — from station daily series interpolated to the grid by inverse-distance weighting, or from daily rasters. The R raster is the R input of dual_eco_soil_conservation and dual_eco_vuln_soil_erosion (which can also take the daily rainfall directly).</source>
            <translation>按全国水土流失调查采用的日侵蚀性降雨模型计算降雨侵蚀力 R：侵蚀性降雨日（不小于方法配置中的阈值）、以暖季和冷季系数表示的日雨量幂函数，逐年累加后对完整年份取平均——数据为站点逐日序列（按反距离加权插值到格网）或逐日栅格。R 栅格即 dual_eco_soil_conservation 和 dual_eco_vuln_soil_erosion 的 R 输入（二者也可直接输入逐日降雨）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Station column of the daily table</source>
            <translation>逐日表的站号列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Empty: the column headed 站号, 区站号, 站点编码 or station.</source>
            <translation>留空：取表头为 站号、区站号、站点编码 或 station 的列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Date column of the daily table</source>
            <translation>逐日表的日期列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Empty: the column headed 日期 or date, or the columns 年, 月, 日 (year, month, day).</source>
            <translation>留空：取表头为 日期 或 date 的列，或 年、月、日（year、month、day）三列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>every change is graded, significant or not</source>
            <translation>无论是否显著，所有变化都参与分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Precipitation column of the daily table</source>
            <translation>逐日表的降水量列</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Empty: the column headed 日降水量, 降水量, precipitation, prcp or pre.</source>
            <translation>留空：取表头为 日降水量、降水量、precipitation、prcp 或 pre 的列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Station code field of the stations</source>
            <translation>站点图层的站号字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>a change that is not significant in the t test is graded as no change</source>
            <translation>t 检验不显著的变化按无明显变化分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Empty: the field headed 站号, 区站号, 站点编码 or station.</source>
            <translation>留空：取名为 站号、区站号、站点编码 或 station 的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Raster giving the analysis grid (e.g. the DEM)</source>
            <translation>确定分析格网的栅格（如 DEM）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>The grid the stations' R is interpolated to (needed with stations). With daily rasters the grid is theirs.</source>
            <translation>站点 R 插值所用的格网（使用站点时必需）。使用逐日栅格时取其格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>a change that is not significant in the Mann–Kendall test is graded as no change</source>
            <translation>Mann–Kendall 检验不显著的变化按无明显变化分级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Mean annual R (Float32, nodata −9999) with provenance.</source>
            <translation>多年平均 R（Float32，无数据 −9999），含来源信息。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Complete years per cell</source>
            <translation>各像元完整年数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Optional, daily rasters only: the number of complete years behind each cell's R (Int16).</source>
            <translation>可选，仅逐日栅格：各像元 R 所依据的完整年数（Int16）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>R of the stations</source>
            <translation>站点 R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Optional: one row per station of the daily table — its R, the years used and left out, the mean erosive days and a note; at the station when the stations layer gives it.</source>
            <translation>可选：逐日表中每个站点一行——R、采用和剔除的年份、年均侵蚀性降雨日数及备注；站点图层给出位置时为站点处的点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Mean R of the grid</source>
            <translation>格网平均 R</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Clean a station file first: special codes (trace, missing markers such as 32766) must be empty cells, values in the unit the scale says. A station with too few complete years gets no R and a warning; it takes no part in the interpolation.</source>
            <translation>请先清理站点数据：特征码（微量、缺测标记如 32766）须为空单元格，数值单位须与换算系数一致。完整年份不足的站点不计算 R 并给出警告，不参与插值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>Per unit and indicator: the least-squares slope per year, R², the two-sided p of its t test (n − 2 degrees of freedom), the Mann–Kendall S, Z and p (from the exact distribution up to {exact_max_n} values without ties) and Sen's slope; a trend is significant when p &lt; {alpha}.</source>
            <translation>按单元和指标计算：最小二乘年斜率、R²、t 检验双侧 p 值（自由度 n − 2）、Mann–Kendall 的 S、Z 和 p（无结且不超过 {exact_max_n} 个值时用精确分布）及 Sen 斜率；p &lt; {alpha} 时趋势显著。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/methods.py" />
            <source>A series needs at least {min_years} years with a value and at most {max_missing} missing year(s) inside its span; otherwise it gets a note and no numbers.</source>
            <translation>序列至少需要 {min_years} 个有值年份，期间缺失不超过 {max_missing} 年；否则只给出备注，不给出数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>The same indicators for the base year, joined on the unit code. Instead, one table may hold both years as year-suffixed columns (e.g. 地区生产总值(可比价)2020 and 地区生产总值(可比价)2025).</source>
            <translation>基准年的同一套指标，按行政区划代码连接。也可用一张表以年份后缀字段同时给出两个年份（如 地区生产总值(可比价)2020 和 地区生产总值(可比价)2025）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Class units with missing values on the values present</source>
            <translation>对有缺测值的单元按已有数值定级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Off (default): a unit whose missing values could change its class is marked not_evaluated. On: it is classed on the values present and the note lists what was missing.</source>
            <translation>关闭（默认）：缺测值可能改变等级的单元标记为无法评价（not_evaluated）。开启：按已有数值定级，并在备注中列出缺测项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Invalid polygons</source>
            <translation>无效多边形</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Input polygons that are not valid (a self-intersecting 'bow-tie', a ring crossing itself, overlapping parts) have no well-defined area and give wrong overlays. They are found before the run. Repair (default): they are made valid for the run (a bow-tie becomes its two triangles, overlapping parts their union), the log names them, and the layer is not changed. Stop: the run is refused, listing them. This replaces QGIS's 'Invalid features filtering' setting for these inputs.</source>
            <translation>无效的输入多边形（自相交的“蝴蝶结”形、自身交叉的环、相互重叠的部分）没有确定的面积，会使叠加分析出错。运行前会查出这些要素。修复（默认）：本次运行中将其修复为有效图形（蝴蝶结形变为两个三角形，重叠部分取并集），日志中列出这些要素，图层本身不变。停止：拒绝运行并列出这些要素。对这些输入，本选项取代 QGIS 的“无效要素过滤”设置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Repair them for the run and name them in the log</source>
            <translation>运行时修复，并在日志中列出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Stop the run and list them</source>
            <translation>停止运行并列出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Air quality stations (points, optional)</source>
            <translation>空气质量监测站点（点，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Monitoring stations with a station code (站点编码). Each is joined to the unit polygon containing it (or, if the units are a table, by a unit-code column of the station layer). A station outside every unit stops the run.</source>
            <translation>带站点编码（站点编码）的监测站点。各站点按所在评价单元面进行空间连接（评价单元为表格时，按站点图层中的行政区划代码字段连接）。站点位于所有评价单元之外时停止运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Daily air quality values (table, optional)</source>
            <translation>空气质量日均值（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>One row per station and day of one calendar year: station code, date (YYYY-MM-DD) and 24-h means of SO2, NO2, PM10, PM2.5, CO and the daily maximum 8-h mean of O3. Annual means, the CO 95th and O3 90th percentiles and the PM2.5 exceedance days are computed from them (HJ 663-2013 conventions); they replace the annual statistics of the tables for the units that have stations. Given as points at the stations, the values need no station layer.</source>
            <translation>同一自然年内每个站点每天一行：站点编码、日期（YYYY-MM-DD）及 SO2、NO2、PM10、PM2.5、CO 日均值和 O3 日最大 8 小时平均值。由此计算年均值、CO 第 95 百分位数、O3 第 90 百分位数和 PM2.5 超标天数（按 HJ 663-2013 规定）；对有站点的单元，替代指标表中的年评价统计量。以站点位置的点给出时，无需站点图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Air quality standard edition</source>
            <translation>空气质量标准版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Use the edition in force in the evaluation year. GB 3095-2026 changes the PM2.5 limits; its final-phase PM10/SO2/NO2 limits are not verified and are reported as such.</source>
            <translation>请使用评价年份施行的标准版本。GB 3095-2026 调整了 PM2.5 限值；其2031年起的 PM10/SO2/NO2 限值尚未核实，使用时会给出提示。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>GB 3095-2012</source>
            <translation>GB 3095-2012</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>GB 3095-2026 transitional (2026–2030)</source>
            <translation>GB 3095-2026 过渡阶段（2026—2030年）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>GB 3095-2026 final (from 2031)</source>
            <translation>GB 3095-2026（2031年起）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Digital elevation model in metres. Its grid is the analysis grid unless you choose another CRS, cell size or analysis area.</source>
            <translation>以米为单位的数字高程模型。除非另行指定坐标系、像元大小或分析范围，其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Silt content (粉砂含量, %) (optional)</source>
            <translation>粉砂含量（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Silt content of the topsoil in percent (0–100); continuous, resampled bilinearly to the grid if needed.</source>
            <translation>表层土壤粉砂含量百分比（0–100）；连续数据，必要时以双线性插值重采样到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Annual precipitation (mm)</source>
            <translation>年降水量（毫米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Mean annual precipitation in mm on a grid.</source>
            <translation>多年平均年降水量（毫米）栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Analysis grid from this raster (optional)</source>
            <translation>按此栅格确定分析格网（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Put the result exactly on the grid (CRS, cells, extent) of another raster, e.g. an earlier result, so that the rasters of an evaluation line up cell for cell. Overrides the CRS and cell size below.</source>
            <translation>使结果与另一栅格（如前一步的结果）的格网（坐标系、像元、范围）完全一致，使一次评价的各栅格逐像元对齐。优先于下方的坐标系和像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Analysis CRS (empty = that of the main input)</source>
            <translation>分析坐标系（留空 = 主要输入的坐标系）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are reprojected to it. A geographic CRS is refused: slope and areas need metres.</source>
            <translation>分析格网的投影坐标系（单位为米，如 CGCS2000 高斯-克吕格分带，EPSG:4513–4554）。其他坐标系的输入将重投影到该坐标系。不接受地理坐标系：坡度和面积需要以米计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Cell size of the analysis grid (CRS units; 0 = that of the main input)</source>
            <translation>分析格网像元大小（坐标系单位；0 = 与主要输入相同）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Every input is aligned to one grid: categorical inputs by nearest neighbour, continuous ones by bilinear interpolation (or the average of the covered cells where the grid is coarser). The run log says what was done to each input.</source>
            <translation>所有输入对齐到同一格网：分类数据用最邻近法，连续数据用双线性插值（格网较粗时取所覆盖像元的平均值）。运行日志会说明对每个输入做了何种处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Analysis area (polygons; empty = the whole main input)</source>
            <translation>分析范围（面图层；留空 = 整个主要输入）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Cells whose centre lies outside these polygons are left out (nodata); the grid covers their extent.</source>
            <translation>像元中心位于这些面之外的像元不参与评价（无数据）；格网范围取这些面的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Block size (cells per side)</source>
            <translation>分块大小（每边像元数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Rasters are processed in square blocks of this many cells a side; memory use grows with the block, not with the raster. The default suits a desktop with 8 GB.</source>
            <translation>栅格按此边长的正方形分块处理；内存占用随分块大小而非栅格大小增长。默认值适用于 8 GB 内存的台式机。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Reference raster for the grid (optional)</source>
            <translation>确定格网的参考栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Daily rainfall of the stations (table, optional)</source>
            <translation>站点逐日降雨（表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>One row per station and day: a station code, the date (YYYY-MM-DD, or year, month and day columns) and the day's precipitation. Columns are recognised by their headers (站号 / station, 日期 / date, 年 / 月 / 日, 日降水量 / precipitation). An empty cell is a missing day; a negative value (a station file's special code) stops the run: clean such codes first.</source>
            <translation>每个站点每天一行：站号、日期（YYYY-MM-DD，或年、月、日三列）和日降水量。各列按表头识别（站号 / station、日期 / date、年 / 月 / 日、日降水量 / precipitation）。空单元格为缺测日；负值（站点数据的特征码）将终止运行：请先清理此类代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Rain gauge stations (points, optional)</source>
            <translation>雨量站（点，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>The stations of the daily rainfall table, as points with the same station code (站号 / station). Their R is interpolated to the analysis grid by inverse-distance weighting.</source>
            <translation>逐日降雨表中的站点，为具有相同站号（站号 / station）的点。各站 R 按反距离加权插值到分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Daily rainfall rasters (optional)</source>
            <translation>逐日降雨栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>One raster per day, on the analysis grid (same CRS, cells and extent), the date in the file name as YYYYMMDD or YYYY-MM-DD (e.g. rain_20150601.tif). A day without a file counts as missing.</source>
            <translation>每天一个栅格，位于分析格网上（坐标系、像元和范围相同），文件名中含日期 YYYYMMDD 或 YYYY-MM-DD（如 rain_20150601.tif）。没有文件的日子按缺测计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Millimetres per unit of the daily rainfall</source>
            <translation>逐日降雨每单位对应的毫米数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>1 for values in mm; 0.1 for values stored in tenths of a millimetre, as in many station files.</source>
            <translation>数值单位为 mm 时为 1；以 0.1 mm 存储时为 0.1（许多站点数据如此）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Method profile (TOML; empty = built-in default)</source>
            <translation>方法配置文件（TOML；留空为内置默认配置）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>A method profile holding thresholds, matrices, standard limits, labels and colours. Copy the built-in profile, edit it, and choose it here. A file may start with extends = "default" and list only what it changes. Empty: the active profile (chosen in the dock, or with the environment variable CC_WARNING_PROFILE), else the built-in default.</source>
            <translation>方法配置文件包含阈值、判别矩阵、标准限值、标签和颜色。可复制内置配置、修改后在此选择；文件也可写 extends = "default"，只列出需要修改的内容。留空：使用当前方法配置（在停靠面板中选择，或由环境变量 CC_WARNING_PROFILE 指定），否则为内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>County boundaries for the maps (optional)</source>
            <translation>地图中的县级行政区界（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Drawn over the result in the report's maps.</source>
            <translation>在报告地图中绘制于评价结果之上。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Provenance (JSON)</source>
            <translation>数据来源与参数记录（JSON）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Profile, parameters, inputs, software versions and time of the run.</source>
            <translation>本次运行的方法配置、参数、输入、软件版本和时间。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Evaluation units (county polygons or a table)</source>
            <translation>评价单元（县级行政区面或表格）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>One feature or row per unit with its unit code (行政区划代码). County polygons are needed for inputs joined by location (stations, land use, degradation, rasters); a plain table (CSV, xlsx sheet) works otherwise. The result keeps these features and fields. The dialog preselects the first layer of the project that QGIS finds suitable, which need not be the unit layer: check the choice. A layer without a unit-code column is refused before the run, with the column names accepted.</source>
            <translation>每个评价单元一个要素或一行，带行政区划代码。需要空间连接的输入（站点、土地利用、退化、栅格）要求县级行政区面图层；其他情况下普通表格（CSV、xlsx 工作表）即可。结果保留这些要素和字段。对话框会预选工程中 QGIS 认为可用的第一个图层，它不一定是评价单元图层：请核对所选图层。没有行政区划代码字段的图层会在运行前被拒绝，并列出可用的字段名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Indicator tables of the evaluation year (joined on the unit code)</source>
            <translation>评价年指标表（按行政区划代码连接）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Workbook sheets or CSV files with one row per unit: the unit code and indicator columns, Chinese headers accepted (see the indicator dictionary). They are joined to the units on the unit code; no join is needed beforehand. A field given in several inputs must agree.</source>
            <translation>每个评价单元一行的工作表或 CSV 文件：行政区划代码及各指标字段，可用中文表头（见指标字典）。按行政区划代码与评价单元连接，无需事先连接。同一字段出现在多个输入中时必须一致。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Indicator tables of the base year (optional)</source>
            <translation>基准年指标表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{what}: {intervals} ({closed}).</source>
            <translation>{what}：{intervals}（{closed}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{condition} → {level}</source>
            <translation>{condition} → {level}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{condition} → one level down</source>
            <translation>{condition} → 降一级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{condition} → {n} levels down</source>
            <translation>{condition} → 降 {n} 级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{index} {op} {value} → {cls}</source>
            <translation>{index} {op} {value} → {cls}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Classes, their codes and colours: {classes}.</source>
            <translation>分类及其代码和颜色：{classes}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Fields: code {code}, name {name}, class {class}, county {county}, township {township}, area {area} (km²); list dimensions {dims}.</source>
            <translation>字段：单元编码 {code}，单元名称 {name}，管控单元分类 {class}，县级代码 {county}，乡镇代码 {township}，面积 {area}（km²）；清单维度 {dims}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Dimensions: {dims}. The scope is {overall} (the whole area), a class of units or one unit code.</source>
            <translation>维度：{dims}。适用范围为 {overall}（全域）、某类管控单元或某个单元编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Project attributes a condition may name: {attrs}; site_area (ha) comes from the geometry.</source>
            <translation>条件可用的项目属性：{attrs}；site_area（公顷）由几何计算。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Layers a condition may name: {layers}.</source>
            <translation>条件可用的图层：{layers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Overall conclusion of a site: the worst verdict of its clauses in the order {order}, with the clauses that gave it. Without a list no verdict is given.</source>
            <translation>选址总体结论：按 {order} 的顺序取各条款中最重的判断，并列出决定结论的条款。没有清单时不给出判断。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Same code = same unit; a new code overlapping a vanished one by at least {overlap} of both areas is re-coded; an area change counts above {m2} m² and {share} of the old area.</source>
            <translation>编码相同即为同一单元；新编码单元与消失的旧单元重叠面积达双方面积的 {overlap} 以上，视为重新编码；面积变化超过 {m2} m² 且超过原面积的 {share} 才计为面积变化。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Repair invalid geometries</source>
            <translation>修复无效几何</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>On (default): an invalid polygon is repaired (GEOS MakeValid) and the log names the feature, GEOS's reason and the change of area. Off: the run stops naming the features and the place GEOS reports.</source>
            <translation>开启（默认）：无效面要素用 GEOS MakeValid 修复，日志注明要素、GEOS 给出的原因及面积变化。关闭：运行停止，并列出这些要素及 GEOS 报告的位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Control units (生态环境管控单元)</source>
            <translation>生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Unit polygons with a unit code and a class (1/2/3 or 优先保护单元 …), e.g. the official layer received from the province or the result of the delineation. A projected CRS (areas in m²).</source>
            <translation>带单元编码和管控单元分类（1/2/3 或 优先保护单元 等）的面图层，如省里下发的官方成果或本插件的划定结果。须为投影坐标系（面积以 m² 计）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Unit code field (empty: the profile's, HJZHGKDYBM)</source>
            <translation>单元编码字段（为空：方法配置中的 HJZHGKDYBM）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the field named in the profile's [zoning.fields] (found in any case).</source>
            <translation>为空时使用方法配置 [zoning.fields] 中的字段名（不区分大小写）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Unit class field (empty: the profile's, ZHGKDYFL)</source>
            <translation>管控单元分类字段（为空：方法配置中的 ZHGKDYFL）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the field named in the profile's [zoning.fields]. Values 1, 2, 3 or the class names (优先保护单元 …).</source>
            <translation>为空时使用方法配置 [zoning.fields] 中的字段名。取值为 1、2、3 或分类名称（优先保护单元 等）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>County code field (empty: the profile's, XZQHDM)</source>
            <translation>县级行政区划代码字段（为空：方法配置中的 XZQHDM）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the field named in the profile's [zoning.fields]; a unit without it takes the county code inside its unit code.</source>
            <translation>为空时使用方法配置 [zoning.fields] 中的字段名；没有该字段时取单元编码中的县级代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>准入清单 (access list: xlsx, csv or toml)</source>
            <translation>生态环境准入清单（xlsx、csv 或 toml）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>One clause per row: 适用范围 (总体准入要求, a class of units or one unit code), 维度, 条款 and optionally 编号 and 条件 (a machine-checkable condition, docs/zoning.md). Checked on import: every problem is reported with its row.</source>
            <translation>每行一条条款：适用范围（总体准入要求、某类管控单元或某个单元编码）、维度、条款，可选编号和条件（可机器判断的条件，见 docs/zoning.md）。导入时检查，每个问题都注明所在行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv);;TOML (*.toml)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;TOML (*.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Delineate control units (划定生态环境管控单元)</source>
            <translation>划定生态环境管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Delineates the environmental control units of an area: the priority-protection layers (生态保护红线, 一般生态空间, 饮用水水源保护区 and any layer you list with them), then the key-control layers (城镇开发边界, 工业园区/开发区, 大气/水/土壤环境重点管控区 and the counties whose 2016 environment result is overloaded), the rest general control; fitted to the township (or county) boundaries so that no unit crosses a township line; small or thin parts merged into their neighbour; codes, names, classes, the four list dimensions, county and area with the provincial field names. The run fails listing the places if the units leave a gap, overlap or reach outside the boundary layer.</source>
            <translation>划定区域的生态环境管控单元：先是优先保护图层（生态保护红线、一般生态空间、饮用水水源保护区及一并列出的其他图层），再是重点管控图层（城镇开发边界、工业园区/开发区、大气/水/土壤环境重点管控区，以及 2016 年评价环境要素超载的县），其余为一般管控；按乡镇（或县）界线切分，单元不跨乡镇界；过小或过窄的碎片并入相邻单元；按省级常用字段名写出单元编码、名称、分类、四个清单维度、所在县和面积。若单元之间有缝隙、重叠或超出边界图层，运行失败并列出位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Overlay precedence {order}: where layers of several classes overlap the first class wins; {rest} is what no layer covers.</source>
            <translation>叠加优先顺序 {order}：多类图层重叠处取前者；未被任何图层覆盖的部分为{rest}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Township (or county) boundaries</source>
            <translation>乡镇（或县级）行政区界线</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Polygons the units are fitted to, in a projected CRS (areas in m²): one feature per township with its code, and the county code. A boundary layer that overlaps itself is refused with the pairs.</source>
            <translation>管控单元按其切分的面图层，须为投影坐标系（面积以 m² 计）：每个乡镇一个要素，带乡镇代码和县级代码。自身有重叠的边界图层会被拒绝，并列出重叠的要素对。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Township code field</source>
            <translation>乡镇代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the first of 乡镇代码, XZDM, 乡镇编码, code found in the layer.</source>
            <translation>为空时取图层中首个找到的 乡镇代码、XZDM、乡镇编码、code 字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Township name field (optional)</source>
            <translation>乡镇名称字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the first of 乡镇名称, XZMC, name found in the layer (names may stay empty).</source>
            <translation>为空时取图层中首个找到的 乡镇名称、XZMC、name 字段（名称可以为空）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>County code field (optional)</source>
            <translation>县级行政区划代码字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the first of 行政区划代码, XZQHDM, county found; a boundary layer without one is taken as county boundaries (each polygon its own county).</source>
            <translation>为空时取首个找到的 行政区划代码、XZQHDM、county 字段；没有时视为县级边界（每个面为一个县）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>County names (layer or table, optional)</source>
            <translation>县名（图层或表，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Counties with their code (行政区划代码 or XZQHDM) and name (名称 or XZQMC), for the unit names (城关区东关街道优先保护单元).</source>
            <translation>带代码（行政区划代码或 XZQHDM）和名称（名称或 XZQMC）的县，用于单元名称（如 城关区东关街道优先保护单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Priority-protection layers (优先保护)</source>
            <translation>优先保护图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>生态保护红线, 一般生态空间, 饮用水水源保护区 and any other polygon layer to be treated as priority protection. Any CRS (transformed to the boundaries').</source>
            <translation>生态保护红线、一般生态空间、饮用水水源保护区及其他按优先保护处理的面图层。坐标系不限（转换到边界图层的坐标系）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Key-control layers (重点管控)</source>
            <translation>重点管控图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>城镇开发边界, 工业园区/开发区, 大气/水/土壤环境重点管控区 and any other polygon layer to be treated as key control.</source>
            <translation>城镇开发边界、工业园区/开发区、大气/水/土壤环境重点管控区及其他按重点管控处理的面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>2016 evaluation result (environment element, optional)</source>
            <translation>2016 年方法评价结果（环境要素，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Polygons of a 2016-method result: those whose environment class (env_class, or 环境评价结果) is one of the profile's [zoning.delineation] env_key_classes are added to the key-control layers.</source>
            <translation>2016 年方法评价结果的面图层：环境要素类别（env_class 或 环境评价结果）属于方法配置 [zoning.delineation] env_key_classes 的单元加入重点管控图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Environment class field of the 2016 result</source>
            <translation>2016 年评价结果的环境要素类别字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: env_class, else 环境评价结果 or 环境. Codes (overload) or labels (超载) are both read.</source>
            <translation>为空时取 env_class，其次 环境评价结果 或 环境。代码（overload）和名称（超载）均可识别。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Optional: the four dimension fields of every unit are filled with the clauses of its class and code. Checked on import against the new units' codes.</source>
            <translation>可选：用各单元所属分类和编码的条款填写单元的四个维度字段。导入时按新划定单元的编码核对。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units by class and county</source>
            <translation>按县和分类统计的管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Merge log</source>
            <translation>碎片合并记录</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>One point per part merged into a neighbour: township, class, area, reason, the receiving unit and the shared boundary.</source>
            <translation>每个并入相邻单元的碎片一个点：乡镇、分类、面积、原因、接收单元和公共边长度。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Number of units</source>
            <translation>管控单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Number of merged parts</source>
            <translation>合并的碎片数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units of the 2016 result whose environment element is {classes} count as a layer of {cls}.</source>
            <translation>2016 年评价结果中环境要素为{classes}的单元作为{cls}的图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Share of 优先保护 in the total area</source>
            <translation>优先保护单元占总面积的比例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Every layer may be in any CRS; the units are written in the CRS of the boundaries. Invalid geometries are repaired with a note (or refused, see the option). The summary gives the unit counts and areas (km²) by county and class, each class's share of its county and, on the rows of the whole area, the share of 优先保护 in the total.</source>
            <translation>各图层可用任意坐标系；管控单元按边界图层的坐标系写出。无效几何修复并注明（或按选项拒绝）。统计表按县和分类给出单元数和面积（km²）、各类占本县的比例，全域各行给出优先保护单元占总面积的比例。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>unit code (the profile's code field)</source>
            <translation>单元编码（方法配置中的编码字段）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>class 1/2/3; class_label its name</source>
            <translation>管控单元分类 1/2/3；class_label 为其名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>county and township code</source>
            <translation>县级和乡镇级行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>area in km²</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the four list dimensions</source>
            <translation>清单的四个维度</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the input layers that make up the unit</source>
            <translation>构成该单元的输入图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Check an official unit layer (管控单元数据检查)</source>
            <translation>管控单元数据检查</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Checks a unit layer received as given (most bureaus receive their units from the province): codes present, unique and of the profile's form, the class digit of the code agreeing with the class field, classes known, geometries valid, no overlaps, and with a boundary layer no gaps and nothing outside it. Writes the problems as a layer (a point at each overlap, gap or part outside; attribute problems without geometry) and, if wanted, the units with their geometries repaired.</source>
            <translation>按原样检查收到的管控单元图层（多数单位的管控单元由省里下发）：单元编码齐全、唯一且符合方法配置的格式，编码中的分类位与分类字段一致，分类可识别，几何有效，无重叠；给出边界图层时还检查无缝隙、无超出。问题写成一个图层（重叠、缝隙和超出处各一个点；属性问题无几何），需要时另写出几何已修复的管控单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Unit layer to check</source>
            <translation>待检查的管控单元图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Boundary layer (optional)</source>
            <translation>边界图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>The county or township boundaries the units must cover: gaps and parts outside are reported.</source>
            <translation>管控单元应覆盖的县或乡镇边界：报告缝隙和超出部分。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units with repaired geometries</source>
            <translation>几何已修复的管控单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>The unit layer as given, every invalid geometry repaired (GEOS MakeValid); the problems layer names the repaired features.</source>
            <translation>原样输出管控单元图层，其中无效几何用 GEOS MakeValid 修复；问题图层列出修复的要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Number of problems</source>
            <translation>问题数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>code, class, geometry, overlap, gap or outside</source>
            <translation>编码、分类、几何、重叠、缝隙或超出</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the unit codes (or feature ids) concerned</source>
            <translation>涉及的单元编码（或要素编号）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>area of an overlap, gap or part outside</source>
            <translation>重叠、缝隙或超出部分的面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the problem in words</source>
            <translation>问题描述</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Import and check an access list (导入生态环境准入清单)</source>
            <translation>导入生态环境准入清单</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Reads a 生态环境准入清单 from an Excel workbook, a CSV file (UTF-8 or GBK, Chinese headers) or TOML and checks every clause: scope (总体准入要求, a class or a unit code, checked against the unit layer when given), dimension, clause text, and the machine-checkable condition when there is one (industries by GB/T 4754 code, limits on project attributes, inside/outside/distance to a layer). Every problem is reported with its row before anything is written. The checked list is written as a table and, if wanted, again as xlsx, CSV or TOML.</source>
            <translation>从 Excel 工作簿、CSV 文件（UTF-8 或 GBK，中文表头）或 TOML 读取生态环境准入清单并逐条检查：适用范围（总体准入要求、某类单元或单元编码，给出管控单元图层时核对编码）、维度、条款文字，以及可机器判断的条件（按 GB/T 4754 代码的行业、项目属性限值、位于图层内/外或与图层的距离）。写出任何结果之前报告全部问题及所在行。检查后的清单写为一个表，需要时另存为 xlsx、CSV 或 TOML。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Access list (xlsx, csv or toml)</source>
            <translation>准入清单（xlsx、csv 或 toml）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A sheet 清单信息 (名称, 版本, 日期) in a workbook, or [list] in TOML, gives the list's name, version and date.</source>
            <translation>工作簿中的“清单信息”工作表（名称、版本、日期）或 TOML 中的 [list] 给出清单名称、版本和日期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Control units (optional, to check unit codes)</source>
            <translation>生态环境管控单元（可选，用于核对单元编码）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A unit-scoped clause must name a code of this layer.</source>
            <translation>针对单个单元的条款必须是该图层中的单元编码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>List name (empty: from the file)</source>
            <translation>清单名称（为空：取自文件）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>List version (empty: from the file)</source>
            <translation>清单版本（为空：取自文件）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>List date (empty: from the file)</source>
            <translation>清单日期（为空：取自文件）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Checked clauses</source>
            <translation>检查后的条款</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Checked list as a file (optional)</source>
            <translation>检查后的清单文件（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>The same clauses written again as xlsx (with a 清单信息 sheet), CSV or TOML.</source>
            <translation>将相同条款另存为 xlsx（含“清单信息”工作表）、CSV 或 TOML。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Number of clauses</source>
            <translation>条款数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Clauses with a machine condition</source>
            <translation>有机器判定条件的条款数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>List name, version and date</source>
            <translation>清单名称、版本和日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>适用范围 as written</source>
            <translation>原文中的适用范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>overall, class or unit</source>
            <translation>overall（总体）、class（分类）或 unit（单元）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the dimension (its name)</source>
            <translation>维度（名称）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the condition as written (empty: text only)</source>
            <translation>原文中的条件（为空：仅文字）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>1 if a machine can check the clause</source>
            <translation>可由机器判断的条款为 1</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Conformity analysis of project sites (符合性分析)</source>
            <translation>建设项目选址符合性分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>One unit per township (or county) polygon and class, its parts kept together.</source>
            <translation>每个乡镇（或县）每类划为一个管控单元，其各部分合为一体。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Checks each project site against the control units and their 准入清单: the units it touches with the area and share of the site in each, its overlap with 生态保护红线 and 永久基本农田 and the part inside 城镇开发边界, the warning level and overload type of its counties, and every applicable clause with a verdict (匹配, 不匹配, 部分匹配, 无法判断, 不适用) and the reason — which condition, which value. A clause without a machine condition, or whose project attribute is missing, is 无法判断 with what is missing: never a guess. Without a list no verdict is given at all. Writes a table (one row per site and clause), the sites with their overall conclusion, the site pieces by unit and, if a folder is given, one report per site in HTML and PDF with a map of the site over the units and the 三区三线.</source>
            <translation>对照生态环境管控单元及其准入清单分析每个建设项目选址：涉及的管控单元及选址在各单元中的面积和比例，与生态保护红线、永久基本农田的重叠及位于城镇开发边界内的部分，所在县的预警等级和超载类型，以及每条适用条款的判断（匹配、不匹配、部分匹配、无法判断、不适用）和理由——哪个条件、哪个数值。没有机器判定条件的条款，或缺少所需项目属性的条款，判为“无法判断”并写明缺少什么，绝不猜测。没有清单时不给出任何判断。写出一个表（每个选址每条条款一行）、带总体结论的选址图层、按单元切分的选址图斑，给出文件夹时为每个选址生成 HTML 和 PDF 报告，含选址与管控单元、三区三线叠加图。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Polygons, or points and lines with a buffer distance (a field buffer_m or 缓冲距离, or the parameter below); any CRS. Attributes are read by the profile's [zoning.attributes] names: 行业代码, 年用水量, 年综合能耗, 用地面积, emissions …</source>
            <translation>面要素，或带缓冲距离的点、线要素（字段 buffer_m 或 缓冲距离，或下面的参数）；坐标系不限。属性按方法配置 [zoning.attributes] 中的名称读取：行业代码、年用水量、年综合能耗、用地面积、排放量等。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>One unit per connected part, numbered north to south within its township.</source>
            <translation>每个连通部分为一个管控单元，在乡镇内由北向南编号。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Project id field</source>
            <translation>项目编号字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the first of 项目编号, 编号, site_id, id found, else the feature id. Ids must be unique (they name the reports).</source>
            <translation>为空时取首个找到的 项目编号、编号、site_id、id 字段，否则用要素编号。编号必须唯一（报告以编号命名）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Project name field</source>
            <translation>项目名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Empty: the first of 项目名称, 名称, name, site_name found.</source>
            <translation>为空时取首个找到的 项目名称、名称、name、site_name 字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Buffer of point and line sites (m)</source>
            <translation>点、线选址缓冲距离（m）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Used for a point or line site without its own buffer field value. 0: none (such a site is refused).</source>
            <translation>用于没有自身缓冲距离值的点、线选址。0：不缓冲（此类选址会被拒绝）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Without a list no verdict is given at all: the table stays empty and the conclusion says that there is no list (缺少官方清单时不判断符合性).</source>
            <translation>没有清单时不给出任何判断：判断表为空，结论注明没有清单（缺少官方清单时不判断符合性）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A 三区三线 layer: the area and share of each site in it. Empty: reported as not given; a condition on it is 无法判断.</source>
            <translation>三区三线图层：各选址在其中的面积和比例。为空时注明未提供，涉及该图层的条件判为“无法判断”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Further layers named by the list's conditions</source>
            <translation>清单条件所用的其他图层</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Polygon layers the conditions name (drinking_water, industrial_park …): each is taken under its layer name, which must be a key of the profile's [zoning.layers] or its Chinese name (饮用水水源保护区).</source>
            <translation>条件中用到的面图层（drinking_water、industrial_park 等）：按图层名识别，图层名须为方法配置 [zoning.layers] 中的键名或其中文名（如 饮用水水源保护区）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Latest warning result (optional)</source>
            <translation>最新监测预警结果（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A 2016-method result by county (file or database table): the warning level and overload type of the counties a site lies in, matched on the county code (行政区划代码).</source>
            <translation>按县的 2016 年方法评价结果（文件或数据库表）：按行政区划代码匹配选址所在县的预警等级和超载类型。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>On (default): an invalid site or layer polygon is repaired with a note naming it and the change of area. Off: an invalid site is refused naming the site, GEOS's reason and the place.</source>
            <translation>开启（默认）：无效的选址或图层面要素被修复，并注明要素及面积变化。关闭：拒绝无效选址，并列出选址、GEOS 给出的原因和位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Verdicts (one row per site and clause)</source>
            <translation>判断结果（每个选址每条条款一行）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Sites with their conclusion</source>
            <translation>选址及总体结论</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A part smaller than {min_unit_area_m2} m² or with a mean width (2 × area / perimeter) below {min_mean_width_m} m is merged into the neighbouring unit of the same township with the longest shared boundary; every merge is logged.</source>
            <translation>面积小于 {min_unit_area_m2} m² 或平均宽度（2 × 面积 / 周长）小于 {min_mean_width_m} m 的碎片，并入同一乡镇内公共边最长的相邻单元；每次合并都记入日志。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Site pieces by unit</source>
            <translation>按管控单元切分的选址图斑</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Reports (one HTML and PDF per site)</source>
            <translation>报告（每个选址一份 HTML 和 PDF）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A folder receiving &lt;project id&gt;.html and &lt;project id&gt;.pdf for every site: conclusion, map, units, 三区三线, county warning, every clause with its verdict and reason, the list's name, version and date.</source>
            <translation>每个选址写入 &lt;项目编号&gt;.html 和 &lt;项目编号&gt;.pdf 的文件夹：结论、地图、管控单元、三区三线、所在县预警、每条条款的判断和理由，以及清单名称、版本和日期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Number of sites</source>
            <translation>选址数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Conclusion of every site (id: verdict)</source>
            <translation>各选址结论（编号：判断）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Geometry: a site straddling units is cut by them (area and share in each); a site touching a unit along an edge only is not in it; a multi-part site counts every part; a site in another CRS is transformed to the units' CRS; a site outside every unit gets 不适用 for the 总体准入要求 with a note.</source>
            <translation>几何处理：跨单元的选址按单元切分（各单元中的面积和比例）；仅沿边线与单元相接的选址不算在该单元内；多部件选址各部分都计入；其他坐标系的选址转换到管控单元的坐标系；不在任何单元内的选址，总体准入要求判为“不适用”并加说明。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the verdict code and its name</source>
            <translation>判断代码及其名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>which condition, which value</source>
            <translation>哪个条件、哪个数值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>sites: the clauses that gave the conclusion</source>
            <translation>选址图层：决定结论的条款</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>sites: share of the site in each 三区三线 layer</source>
            <translation>选址图层：选址在各三区三线图层中的比例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Compare two versions of the units (管控单元调整对比)</source>
            <translation>管控单元调整对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Compares two versions of the control units (the 5-yearly adjustment or a dynamic update): units added, removed, re-classed, re-coded, or changed in area beyond the profile's tolerance, as a layer of the changes (the unit, or for an area change the gained and lost parts) and a table of unit counts and areas by county and class before and after.</source>
            <translation>比较两个版本的生态环境管控单元（五年调整或动态更新）：新增、撤销、调整分类、重新编码或面积变化超过方法配置容差的单元，写成变化图层（单元本身，面积变化时为增加和减少的部分），并按县和分类统计调整前后的单元数和面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Earlier version</source>
            <translation>调整前版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Later version</source>
            <translation>调整后版本</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Transformed to the earlier version's CRS if needed.</source>
            <translation>必要时转换到调整前版本的坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>The same field name in both versions; empty: the profile's.</source>
            <translation>两个版本使用相同字段名；为空时用方法配置中的字段名。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Changes</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Totals before and after</source>
            <translation>调整前后汇总</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units removed</source>
            <translation>撤销单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units re-classed</source>
            <translation>调整分类的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units re-coded</source>
            <translation>重新编码的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Units changed in area</source>
            <translation>面积变化的单元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>Unit code {format} ({{admin}} county code, {{cls}} class digit, {{seq}} sequence within county and class), checked against {pattern}; unit name {name_format}.</source>
            <translation>单元编码 {format}（{{admin}} 县级行政区划代码，{{cls}} 分类位，{{seq}} 县内同类单元序号），按 {pattern} 校验；单元名称 {name_format}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>added, removed, recoded, reclassed or area_changed</source>
            <translation>added（新增）、removed（撤销）、recoded（重新编码）、reclassed（调整分类）或 area_changed（面积变化）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>the unit before and after</source>
            <translation>调整前后的单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>area gained and lost</source>
            <translation>增加和减少的面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>new area − old area</source>
            <translation>新面积 − 原面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>A gap, an overlap or a part outside the boundary layer larger than {gap_overlap_m2} m² is reported with its place.</source>
            <translation>大于 {gap_overlap_m2} m² 的缝隙、重叠或超出边界图层的部分均报告其位置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/zoning.py" />
            <source>An intersection of at most {min_piece_area_m2} m² (a site touching a unit along an edge) does not put the site in the unit.</source>
            <translation>交集面积不超过 {min_piece_area_m2} m²（选址仅沿边线与单元相接）时，不算选址位于该单元内。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>{src} has schema version {a}, {dst} has {b}. Upgrade the older one first.</source>
            <translation>{src} 的数据库结构版本为 {a}，{dst} 为 {b}。请先升级较旧的一方。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>{db} is not empty; restore only into a new database.</source>
            <translation>{db} 不是空库；只能恢复到新建的数据库中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>{src} is in EPSG:{a}, {dst} in EPSG:{b}: create the target with the source's CRS.</source>
            <translation>{src} 的坐标系为 EPSG:{a}，{dst} 为 EPSG:{b}：请按源数据库的坐标系创建目标数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>restoring the tables</source>
            <translation>恢复数据表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>{path} exists already; choose a new file for the backup.</source>
            <translation>{path} 已存在；请为备份另选一个新文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/backup.py" />
            <source>Backup of {db} failed: {error}. Nothing was written.</source>
            <translation>{db} 备份失败：{error}。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>changing an indicator's department</source>
            <translation>修改指标的报送部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Department {dept!r} is not in table departments.</source>
            <translation>部门 {dept!r} 不在 departments 表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Indicator {code!r} is not in table indicators.</source>
            <translation>指标 {code!r} 不在 indicators 表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>filling the catalogue</source>
            <translation>填写目录（部门与指标）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>empty, not a year</source>
            <translation>为空，不是年份</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>{value!r} is not a year (YYYY)</source>
            <translation>{value!r} 不是年份（YYYY）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>{year} is in the future (it is {today} today)</source>
            <translation>{year} 年晚于今天（今天是 {today}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>{year} is before {first} (database.earliest_year of the profile)</source>
            <translation>{year} 年早于 {first} 年（方法配置 database.earliest_year）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Period {value!r}: {reason}.</source>
            <translation>评价期 {value!r}：{reason}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>adding a period</source>
            <translation>添加评价期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>changing a period</source>
            <translation>修改评价期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Period {code} is not in table periods.</source>
            <translation>评价期 {code} 不在 periods 表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>The {what} code {code!r} is not valid: use lower-case letters, digits and _ (starting with a letter), e.g. water_use.</source>
            <translation>{what}代码 {code!r} 无效：只能使用小写字母、数字和下划线（以字母开头），如 water_use。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>adding a department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Indicator {code}: kind {kind!r} is not one of {kinds}.</source>
            <translation>指标 {code}：类型 {kind!r} 不在 {kinds} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>adding an indicator</source>
            <translation>添加指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/catalog.py" />
            <source>Indicator {code}: department {dept!r} is not in table departments. Add the department first.</source>
            <translation>指标 {code}：部门 {dept!r} 不在 departments 表中。请先添加该部门。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>Connection: the saved QGIS connection stores its credentials in the authentication configuration {authcfg}. Resolve it in QGIS (Settings ▸ Options ▸ Authentication) and pass the password to the store.</source>
            <translation>连接：该 QGIS 已保存连接的凭据存放在认证配置 {authcfg} 中。请在 QGIS 中解析（设置 ▸ 选项 ▸ 认证）并将密码传给数据库模块。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>Connection: the URI names no database (dbname=…) and no service. Give the database of the saved connection.</source>
            <translation>连接：URI 中没有数据库名（dbname=…），也没有服务名。请给出已保存连接的数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>Connection: {dsn!r} is not a PostgreSQL connection string ({error}). Write it as "host=… port=5432 dbname=… user=…" or "postgresql://user@host:5432/dbname".</source>
            <translation>连接：{dsn!r} 不是 PostgreSQL 连接字符串（{error}）。请写成 "host=… port=5432 dbname=… user=…" 或 "postgresql://user@host:5432/dbname"。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>Connection: unknown parameter(s) {names}. Known: {known}.</source>
            <translation>连接：未知参数 {names}。可用参数：{known}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>local socket {path}</source>
            <translation>本地套接字 {path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/connection.py" />
            <source>Connection: sslmode {mode!r} is not known. Use one of disable, allow, prefer, require, verify-ca, verify-full.</source>
            <translation>连接：未知的 sslmode {mode!r}。请使用 disable、allow、prefer、require、verify-ca、verify-full 之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: a row refers to something that is not in the database, or something still referred to would disappear, while {action} ({error}). Nothing was written.</source>
            <translation>{db}：在{action}时，某行引用了数据库中不存在的内容，或仍被引用的内容将被删除（{error}）。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: error while {action}: {error}</source>
            <translation>{db}：{action}时出错：{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>reading the database</source>
            <translation>读取数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>Internal error: a transaction is already open on {db}.</source>
            <translation>内部错误：{db} 上已有一个未结束的事务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>writing to the database</source>
            <translation>写入数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>opening the database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>GeoPackage {path}</source>
            <translation>GeoPackage {path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} is locked by another program while {action} (QGIS editing one of its layers, another import, a sync tool). Save or stop the edits there, or close that program, and try again. Nothing was written.</source>
            <translation>{db} 在{action}时被其他程序锁定（QGIS 正在编辑其中的图层、另一次导入或同步工具）。请在该程序中保存或结束编辑，或关闭该程序后重试。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} cannot be written while {action}: the file or its folder is read-only, or it was opened read-only. Copy it to a folder you can write, or change its permissions. Nothing was written.</source>
            <translation>{db} 在{action}时无法写入：文件或其所在文件夹为只读，或以只读方式打开。请将其复制到可写的文件夹，或修改权限。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} cannot be opened: the file does not exist or cannot be read. Check the path, or create the database first.</source>
            <translation>{db} 无法打开：文件不存在或不可读。请检查路径，或先创建数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} is not a GeoPackage or is damaged ({error}). Restore it from a backup.</source>
            <translation>{db} 不是 GeoPackage 或已损坏（{error}）。请从备份恢复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: a constraint refused a row while {action} ({error}). Nothing was written; if another import ran at the same time, run this one again.</source>
            <translation>{db}：在{action}时，某行违反了约束（{error}）。未写入任何内容；如有另一次导入同时进行，请重新运行本次导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>Cannot connect to PostgreSQL {db}: {error} Check the host, port, database, user and password of the connection.</source>
            <translation>无法连接 PostgreSQL {db}：{error} 请检查连接的主机、端口、数据库、用户名和密码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>PostgreSQL database {where} (schema {schema})</source>
            <translation>PostgreSQL 数据库 {where}（模式 {schema}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>The connection to {db} was lost while {action} ({error}). The server rolled the open transaction back: nothing of it was written. Check the network and the server, reconnect and run it again.</source>
            <translation>在{action}时与 {db} 的连接中断（{error}）。服务器已回滚未完成的事务：其中的内容均未写入。请检查网络和服务器，重新连接后再运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: row-level security refused a row of table {table} for the role {role} while {action}: a department's editor may only write the indicators its department supplies. Sign in as an editor of the supplying department, or ask the administrator to change the indicator's department. Nothing was written.</source>
            <translation>{db}：在{action}时，行级安全策略拒绝了角色 {role} 写入 {table} 表的一行：部门编辑只能写入本部门报送的指标。请以报送部门的编辑身份登录，或请管理员修改该指标的报送部门。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: the role {role} may not write table {table} while {action} ({error}). Ask the administrator for the privilege, or sign in with a role that has it. Nothing was written.</source>
            <translation>{db}：角色 {role} 在{action}时无权写入 {table} 表（{error}）。请向管理员申请权限，或以具备该权限的角色登录。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: the role {role} lacks a privilege needed for {action} ({error}). Ask the administrator, or sign in with a role that has it. Nothing was written.</source>
            <translation>{db}：角色 {role} 缺少{action}所需的权限（{error}）。请联系管理员，或以具备该权限的角色登录。未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: another session changed the same rows while {action} ({error}). Nothing was written; run it again.</source>
            <translation>{db}：在{action}时，另一会话修改了相同的行（{error}）。未写入任何内容；请重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} is read-only (a standby server or a read-only transaction) while {action}. Connect to the primary server.</source>
            <translation>{db} 在{action}时为只读（备用服务器或只读事务）。请连接主服务器。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>writing table {table}</source>
            <translation>写入 {table} 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>GeoPackage {path} does not exist. Check the path, or create the database first.</source>
            <translation>GeoPackage {path} 不存在。请检查路径，或先创建数据库。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{path} is not a GeoPackage. Choose a .gpkg monitoring database, or create one.</source>
            <translation>{path} 不是 GeoPackage。请选择 .gpkg 监测预警数据库，或新建一个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{path} exists already. Open it, or choose a new file name; an existing file is never overwritten.</source>
            <translation>{path} 已存在。请打开它，或另选文件名；已有文件绝不会被覆盖。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>The folder {folder} does not exist. Create it first.</source>
            <translation>文件夹 {folder} 不存在。请先创建。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db} holds a monitoring database already. Open it instead; it is never overwritten.</source>
            <translation>{db} 中已有监测预警数据库。请直接打开；已有数据库绝不会被覆盖。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/db.py" />
            <source>{db}: the PostGIS extension is not installed. Ask the administrator to run CREATE EXTENSION postgis; in this database (docs/database.md).</source>
            <translation>{db}：未安装 PostGIS 扩展。请管理员在该数据库中执行 CREATE EXTENSION postgis;（见 docs/database.md）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Indicators {names} are not in table indicators.</source>
            <translation>指标 {names} 不在 indicators 表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>database, air stations {year}</source>
            <translation>数据库，{year} 年空气监测站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>database, water sections {year}</source>
            <translation>数据库，{year} 年地表水断面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>database units ({level})</source>
            <translation>数据库评价单元（{level}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Run status {status!r} is not finished or failed.</source>
            <translation>运行状态 {status!r} 不是 finished 或 failed。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>The run has no SHA-256 of its profile (Profile.digest).</source>
            <translation>该运行记录缺少方法配置的 SHA-256（Profile.digest）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Result of unit {code!r}: the unit is not in table units.</source>
            <translation>评价单元 {code!r} 的结果：该单元不在 units 表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Two results for unit {code} in one run.</source>
            <translation>同一次运行中评价单元 {code} 有两条结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>writing a run into tables runs and results</source>
            <translation>将运行记录写入 runs 和 results 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>A remark needs a text.</source>
            <translation>意见内容不能为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>writing table remarks</source>
            <translation>写入 remarks 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>database, period {period}</source>
            <translation>数据库，{period} 评价期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Period {code!r} is not a year.</source>
            <translation>评价期 {code!r} 不是年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/evaluation.py" />
            <source>Period {period} is not in the database (periods: {known}). Import its indicators first.</source>
            <translation>评价期 {period} 不在数据库中（已有评价期：{known}）。请先导入该期的指标。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>GeoPackage {path}: cannot be created. Check that the folder exists and can be written.</source>
            <translation>GeoPackage {path}：无法创建。请检查文件夹是否存在且可写。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>GeoPackage {path}: the layer {table} cannot be created.</source>
            <translation>GeoPackage {path}：无法创建图层 {table}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>The geometry of {what} in the database could not be read (its WKB is damaged, e.g. by an edit outside the plugin). Import the layer again to replace it.</source>
            <translation>数据库中{what}的几何无法读取（其 WKB 已损坏，例如在插件之外被编辑过）。请重新导入该图层以替换它。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>A geometry could not be read (its WKB is damaged).</source>
            <translation>无法读取几何（其 WKB 已损坏）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>A geometry is not a GeoPackage geometry blob.</source>
            <translation>几何不是 GeoPackage 几何二进制。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>The coordinate reference system {srs!r} is not known. Give an EPSG code such as EPSG:4527 (CGCS2000 / 3-degree Gauss-Kruger zone 39).</source>
            <translation>未知的坐标参照系 {srs!r}。请给出 EPSG 代码，如 EPSG:4527（CGCS2000 / 3 度高斯-克吕格 39 带）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>{path}: there is no layer {layer}.</source>
            <translation>{path}：没有图层 {layer}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/gpkg.py" />
            <source>{path}|{layer}: there is no field {field}. Fields: {fields}.</source>
            <translation>{path}|{layer}：没有字段 {field}。已有字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>the cell is empty ({value!r}). Enter the value, or leave the indicator out of the file for this unit (long layout)</source>
            <translation>单元格为空（{value!r}）。请填写数值；如该单元不报送此指标，请改用长表格式并省略该行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{name!r} is not an indicator of table indicators. Use its code or Chinese name (docs/indicators.md)</source>
            <translation>{name!r} 不是 indicators 表中的指标。请使用其代码或中文名称（见 docs/indicators.md）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>the unit of measure {unit} disagrees with indicator {code}, which is in {expected}. Convert the value or correct the unit</source>
            <translation>计量单位 {unit} 与指标 {code} 的单位 {expected} 不一致。请换算数值或更正计量单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>same unit, indicator and period</source>
            <translation>同一评价单元、指标和评价期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>writing table imports</source>
            <translation>写入 imports 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file} ({layout}, {encoding}): {added} added, {changed} changed (new version), {unchanged} unchanged, {conflicts} in conflict, {rejected} rejected.</source>
            <translation>{file}（{layout}，{encoding}）：新增 {added}，变更 {changed}（新版本），未变 {unchanged}，冲突 {conflicts}，拒绝 {rejected}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>Written as import {id}.</source>
            <translation>已写入，导入编号 {id}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>Nothing to write.</source>
            <translation>没有需要写入的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: the header {header!r} appears twice (columns {a} and {b}). Keep one of them.</source>
            <translation>{file}：表头 {header!r} 出现两次（第 {a} 列和第 {b} 列）。请只保留一列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: no column of unit codes. Add a column named one of: {names}.</source>
            <translation>{file}：没有评价单元代码列。请添加一列，列名为以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: no period column (年份) and no period given. Add a column 年份 or give the period of the file.</source>
            <translation>{file}：没有年份列（年份），也未给出评价期。请添加年份列，或给出文件的评价期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: no period column (年份) and no period given. Add a column 年份 with the year of each row, or give the period of the file.</source>
            <translation>{file}：没有年份列（年份），也未给出评价期。请添加一列年份写明每行的年份，或给出文件的评价期。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: the columns {a!r} and {b!r} are both indicator {code}. Keep one of them.</source>
            <translation>{file}：列 {a!r} 和列 {b!r} 都是指标 {code}。请只保留一列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>the unit of measure {unit} disagrees with indicator {code}, which is in {expected}. Convert the values to {expected} or correct the header</source>
            <translation>计量单位 {unit} 与指标 {code} 的单位 {expected} 不一致。请将数值换算为 {expected}，或更正表头</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>column {column}: values in {unit} converted to {expected} (× {factor:g})</source>
            <translation>{column} 列：数值由 {unit} 换算为 {expected}（× {factor:g}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>column {column}: {unit!r} is not a unit of measure the plugin knows; the values are taken as {expected}</source>
            <translation>{column} 列：插件不认识计量单位 {unit!r}；数值按 {expected} 读取</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: no column is an indicator of the database. Name the columns by the indicator's Chinese name or code (docs/indicators.md), or use the long layout (unit code, indicator, period, value).</source>
            <translation>{file}：没有任何一列是数据库中的指标。请以指标的中文名称或代码作列名（见 docs/indicators.md），或使用长表格式（单元代码、指标、年份、数值）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>indicator {code} has no supplying department in table indicators. Ask the administrator to set it</source>
            <translation>指标 {code} 在 indicators 表中没有报送部门。请管理员设置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>indicator {code} is supplied by department {owner}, not {department}. Leave it out, or let {owner} import it</source>
            <translation>指标 {code} 由 {owner} 部门报送，不是 {department}。请删去该指标，或由 {owner} 导入</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value} is negative; indicator {code} cannot be negative (possible range {range}). Correct the value</source>
            <translation>{value} 为负值，指标 {code} 不可能为负（可能取值范围 {range}）。请更正该值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value} is outside the possible range {range} of indicator {code}.{hint} Correct the value</source>
            <translation>{value} 超出指标 {code} 的可能取值范围 {range}。{hint}请更正该值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value!r} is not a number. Enter a number without units (or with % or ‰)</source>
            <translation>{value!r} 不是数字。请填写不带单位的数字（可带 % 或 ‰）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value!r} is not yes or no (1/0, 是/否)</source>
            <translation>{value!r} 不是“是”或“否”（1/0，是/否）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value!r} is a percentage, but the indicator is in {unit}</source>
            <translation>{value!r} 是百分数，但该指标的单位为 {unit}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} 不是整数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>Department {dept!r} is not in table departments (known: {known}). Give the code of the department supplying the file.</source>
            <translation>部门 {dept!r} 不在 departments 表中（已有：{known}）。请给出报送该文件的部门代码。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: the period given, {value!r}: {reason}. Give a year such as 2025.</source>
            <translation>{file}：给出的评价期 {value!r}：{reason}。请给出年份，如 2025。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>wide</source>
            <translation>宽表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>long</source>
            <translation>长表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>columns not read (no indicator of the database): {columns}</source>
            <translation>未读取的列（不是数据库中的指标）：{columns}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: the table has no rows (only a header). Fill in the values, one row per unit (or per unit and indicator in the long layout), and import it again.</source>
            <translation>{file}：该表没有数据行（只有表头）。请填写指标值，每个评价单元一行（长表格式为每个评价单元和指标一行），然后重新导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>{file}: {n} rejected row(s) or cell(s), for example {first}. Nothing was written. Correct the file and import it again (a dry run lists every rejection).</source>
            <translation>{file}：有 {n} 行或单元格被拒绝，例如 {first}。未写入任何内容。请更正文件后重新导入（试运行会列出全部被拒绝项）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>importing {file} into table observations</source>
            <translation>将 {file} 导入 observations 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>the unit code is empty</source>
            <translation>评价单元代码为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>unit code {code!r} is not in table units. Load the unit first or correct the code</source>
            <translation>评价单元代码 {code!r} 不在 units 表中。请先加载该单元或更正代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>period {reason}. Write the year as YYYY, not later than this year</source>
            <translation>评价期{reason}。请按 YYYY 填写年份，且不晚于今年</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>column {column}: {reason}</source>
            <translation>{column} 列：{reason}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>duplicate of row {first} ({what}). Keep one row</source>
            <translation>与第 {first} 行重复（{what}）。请只保留一行</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>row {row}, column {column}: {reason}</source>
            <translation>第 {row} 行，{column} 列：{reason}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/importer.py" />
            <source>same unit and period</source>
            <translation>同一评价单元和评价期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>{db} is not a cc_warning monitoring database (it has no schema_version table). Choose the right database, or create a new one.</source>
            <translation>{db} 不是 cc_warning 监测预警数据库（没有 schema_version 表）。请选择正确的数据库，或新建一个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>{db} has schema version {current}, newer than this plugin knows (version {latest}, plugin {plugin}). Update the plugin to work with it; the database was not changed.</source>
            <translation>{db} 的数据库结构版本为 {current}，比本插件支持的版本新（版本 {latest}，插件 {plugin}）。请更新插件后再使用；数据库未作任何改动。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>{db} has schema version {current}; this plugin uses version {latest}. An upgrade is available ({names}): back the database up, then upgrade it. Until then it can be read and backed up but not written.</source>
            <translation>{db} 的数据库结构版本为 {current}；本插件使用版本 {latest}。可以升级（{names}）：请先备份数据库再升级。升级前只能读取和备份，不能写入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>{db} has schema version {current} (up to date).</source>
            <translation>{db} 的数据库结构版本为 {current}（已是最新）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>Internal error: an incomplete SQL statement ends {action}.</source>
            <translation>内部错误：{action}的 SQL 以不完整的语句结尾。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>Schema version {v} does not exist (1 to {n}).</source>
            <translation>数据库结构版本 {v} 不存在（应为 1 至 {n}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>upgrading the schema</source>
            <translation>升级数据库结构</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>Applying schema version {v}: {name}</source>
            <translation>正在应用数据库结构版本 {v}：{name}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>applying schema version {v} ({name})</source>
            <translation>应用数据库结构版本 {v}（{name}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>Internal error: migration {name} needs the SRID of the database.</source>
            <translation>内部错误：迁移 {name} 需要数据库的 SRID。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/migrations.py" />
            <source>Internal error: the migrations in {folder} are not numbered 1, 2, 3 … ({versions}).</source>
            <translation>内部错误：{folder} 中的迁移未按 1、2、3 …… 编号（{versions}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>{n} months with a valid value (at least {min} needed)</source>
            <translation>{n} 个月有有效值（至少需要 {min} 个）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>annual values</source>
            <translation>年值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>station {code}</source>
            <translation>站点 {code}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>The field {field} has no value for {n} unit(s) ({units}): the requirement for {type} was not applied to them.</source>
            <translation>字段 {field} 对 {n} 个单元（{units}）无值：{type} 的要求对这些单元不适用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>No table gives the field {field} of the units: the requirement for {type} was applied to every unit.</source>
            <translation>没有表格给出单元的字段 {field}：{type} 的要求对所有单元适用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>stations</source>
            <translation>监测站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>latest results</source>
            <translation>最新评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>never evaluated</source>
            <translation>从未评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>{name} ({code}): due {date}, {days} day(s) overdue — {why}</source>
            <translation>{name}（{code}）：{date} 到期，已逾期 {days} 天——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>{name} ({code}): due today ({date}) — {why}</source>
            <translation>{name}（{code}）：今天（{date}）到期——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>{name} ({code}): due in {days} day(s), on {date} — {why}</source>
            <translation>{name}（{code}）：{days} 天后（{date}）到期——{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>{cls}: {ratio} × {quota}</source>
            <translation>{cls}：{ratio} × {quota}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>limit of {std}: {value}</source>
            <translation>{std} 限值：{value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/monitoring.py" />
            <source>limit {value}</source>
            <translation>限值 {value}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/profile_schema.py" />
            <source>must all be longer than the county code lengths ({county}): a township code starts with the code of its county.</source>
            <translation>必须都大于县级代码的位数（{county}）：乡镇代码以其所属县的代码开头。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file}, row {row}: {k} cells, but the header has {n} columns. Remove the extra cells or add a header for them.</source>
            <translation>{file}，第 {row} 行：有 {k} 个单元格，但表头只有 {n} 列。请删除多余的单元格或为其添加表头。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file} cannot be read as an xlsx workbook ({error}). Save it as .xlsx (Excel 2007 or later) or as CSV UTF-8.</source>
            <translation>{file} 无法作为 xlsx 工作簿读取（{error}）。请另存为 .xlsx（Excel 2007 及以上）或 CSV UTF-8。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file} does not exist.</source>
            <translation>{file} 不存在。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file}: there is no sheet {sheet!r} (sheets: {sheets}).</source>
            <translation>{file}：没有工作表 {sheet!r}（已有工作表：{sheets}）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file}: sheet {sheet} is empty.</source>
            <translation>{file}：工作表 {sheet} 为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file} is an old Excel/WPS workbook. Save it as .xlsx or as CSV UTF-8 and import that.</source>
            <translation>{file} 是旧版 Excel/WPS 工作簿。请另存为 .xlsx 或 CSV UTF-8 后再导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file}: the first line (the header) is empty.</source>
            <translation>{file}：第一行（表头）为空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file} is saved as UTF-16 (Excel's 'Unicode text'). Save it as 'CSV UTF-8 (comma delimited)' and import it again.</source>
            <translation>{file} 保存为 UTF-16 编码（Excel 的“Unicode 文本”）。请另存为“CSV UTF-8（逗号分隔）”后重新导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/readers.py" />
            <source>{file}: the text is neither UTF-8 nor GBK/GB18030 (undecodable bytes near byte {offset}). Open it in Excel or WPS and save it as 'CSV UTF-8 (comma delimited)'.</source>
            <translation>{file}：文本既不是 UTF-8 也不是 GBK/GB18030（第 {offset} 字节附近有无法解码的字节）。请用 Excel 或 WPS 打开并另存为“CSV UTF-8（逗号分隔）”。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/sample.py" />
            <source>Sample database: units, stations and the catalogue loaded.</source>
            <translation>示例数据库：已加载评价单元、监测站点和目录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/sample.py" />
            <source>sample city (fictional)</source>
            <translation>示范市（虚构）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/sample.py" />
            <source>Sample database: indicators of 2010 and 2015 (fictional), 2020 and 2025 and the 2025 station records imported.</source>
            <translation>样例数据库：已导入 2010 年和 2015 年（虚构）、2020 年和 2025 年的指标及 2025 年站点监测数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/sample.py" />
            <source>Sample database: the 2016 chain evaluated for 2015, 2020 and 2025.</source>
            <translation>样例数据库：已按 2016 方法评价 2015、2020 和 2025 年。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{row}: the station code is empty</source>
            <translation>{row}：站点编码为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{row}: kind {kind!r} is not air, water or source</source>
            <translation>{row}：类型 {kind!r} 不是 air、water 或 source</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{row}: unit {unit} is not in table units</source>
            <translation>{row}：评价单元 {unit} 不在 units 表中</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{row}: code {code} appears twice</source>
            <translation>{row}：编码 {code} 出现两次</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{layer}: {problems}. Correct the stations and add them again; nothing was written.</source>
            <translation>{layer}：{problems}。请更正站点后重新添加；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>adding stations to table stations</source>
            <translation>向 stations 表添加站点</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file} ({format}): {records} records, {added} added, {unchanged} unchanged, {conflicts} in conflict, {duplicates} duplicates not stored, {invalid} marked invalid by the QC, {rejected} rejected.</source>
            <translation>{file}（{format}）：共 {records} 条记录，新增 {added}，未变 {unchanged}，冲突 {conflicts}，重复未存 {duplicates}，质控判为无效 {invalid}，拒绝 {rejected}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>Station file format {fmt!r} is not one of {formats}.</source>
            <translation>站点文件格式 {fmt!r} 不在 {formats} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: no column of {what} codes. Add a column named one of: {names}.</source>
            <translation>{file}：没有{what}站点编码列。请添加一列，列名为以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: no {role} column. Add a column named one of: {names}.</source>
            <translation>{file}：没有 {role} 列。请添加一列，列名为以下之一：{names}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: no pollutant column found for the {fmt} format (a column per pollutant, or the columns pollutant and value).</source>
            <translation>{file}：未找到 {fmt} 格式的污染物列（每种污染物一列，或“污染物”和“数值”两列）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: no time column (监测时间, 日期 or 月份).</source>
            <translation>{file}：没有时间列（监测时间、日期或月份）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: the records have a month but no year. Give the year of the file.</source>
            <translation>{file}：记录只有月份没有年份。请给出文件的年份。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{code!r} is not in table stations as a station of kind {kind}. Add the station (with its location and unit) or correct the code</source>
            <translation>{code!r} 不在 stations 表中（类型 {kind}）。请添加该站点（含位置和所属单元）或更正编码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{value!r} is not a time. Write it as YYYY-MM-DD HH:MM (or the month 1-12)</source>
            <translation>{value!r} 不是时间。请写成 YYYY-MM-DD HH:MM（或月份 1-12）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} 不是数字</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: the table has no rows (only a header). Fill in the records, one row per station and time, and import it again.</source>
            <translation>{file}：该表没有数据行（只有表头）。请填写监测记录，每个站点和时间一行，然后重新导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: none of its {n} rows has a value under {columns}. Fill in the measured values (or check that these columns hold them) and import it again.</source>
            <translation>{file}：全部 {n} 行在 {columns} 下都没有数值。请填写监测值（或检查这些列是否为监测值列）后重新导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>The quality-control function {name} must return (records, findings); it returned {type}.</source>
            <translation>质控函数 {name} 必须返回（记录，发现）；实际返回了 {type}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>The quality-control function {name} must return the records it was given (same rows, same index), with qc_code and valid.</source>
            <translation>质控函数 {name} 必须返回传入的记录（行相同，索引相同），并带 qc_code 和 valid 列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>The quality-control function {name} returned no column {column}.</source>
            <translation>质控函数 {name} 返回的结果中没有 {column} 列。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>A quality-control function is needed (unchecked_qc to store the records unchecked).</source>
            <translation>需要质控函数（如不质控直接入库，请使用 unchecked_qc）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>{file}: {n} rejected row(s), for example {first}. Nothing was written. Correct the file and import it again.</source>
            <translation>{file}：有 {n} 行被拒绝，例如 {first}。未写入任何内容。请更正文件后重新导入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/stations.py" />
            <source>importing {file} into table station_observations</source>
            <translation>将 {file} 导入 station_observations 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: township {code} has no county code</source>
            <translation>{row}：乡镇 {code} 没有所属县代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: township code {code} does not start with the code of its county {parent}</source>
            <translation>{row}：乡镇代码 {code} 不以其所属县的代码 {parent} 开头</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: county {parent} of township {code} is not in the database; load the counties first</source>
            <translation>{row}：乡镇 {code} 所属的县 {parent} 不在数据库中；请先加载县级单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>; and {n} more</source>
            <translation>；另有 {n} 项</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{layer}: {n} unit code problem(s): {problems}. Correct the codes (行政区划代码) in the layer and load it again; nothing was written.</source>
            <translation>{layer}：{n} 个评价单元代码问题：{problems}。请更正图层中的代码（行政区划代码）后重新加载；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>loading units into table units</source>
            <translation>将评价单元加载到 units 表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{path}|{layer}, feature {n}: the geometry is not a polygon. Units must be polygons.</source>
            <translation>{path}|{layer}，要素 {n}：几何不是面。评价单元必须是面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: level {level!r} is not county or township</source>
            <translation>{row}：级别 {level!r} 不是 county 或 township</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: the unit code is empty</source>
            <translation>{row}：评价单元代码为空</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: code {code!r} has characters other than digits</source>
            <translation>{row}：代码 {code!r} 含有数字以外的字符</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: code {code} has {n} digits; a {level} code has {allowed}</source>
            <translation>{row}：代码 {code} 为 {n} 位；{level} 代码应为 {allowed} 位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/store/units.py" />
            <source>{row}: code {code} appears twice (also at {first})</source>
            <translation>{row}：代码 {code} 出现两次（另见 {first}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Layer '{layer}' is in {crs}; it is reprojected on the fly to the map's {target}.</source>
            <translation>图层“{layer}”的坐标系为 {crs}，已实时投影到地图的 {target}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Other land-use codes</source>
            <translation>其他地类代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Layer '{layer}' is not a raster: the local base map must be a raster or MBTiles file.</source>
            <translation>图层“{layer}”不是栅格：本地底图必须是栅格或 MBTiles 文件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Layer '{layer}' cannot be drawn as {role}: it needs polygon or line features.</source>
            <translation>图层“{layer}”不能作为{role}绘制：需要面或线要素。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>its data provider '{provider}' reads from a server</source>
            <translation>其数据提供者“{provider}”从服务器读取数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>its source is a web address</source>
            <translation>其数据源是网络地址</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Layer '{layer}' cannot be a base-map layer: {reason}. The warning map works offline; use the bureau's own files (GeoPackage, shapefile, GeoTIFF or MBTiles).</source>
            <translation>图层“{layer}”不能作为底图图层：{reason}。预警图完全离线制作，请使用本单位的本地文件（GeoPackage、shapefile、GeoTIFF 或 MBTiles）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/supported.py" />
            <source>The Carrying Capacity Warning plugin needs QGIS {minimum} or newer; this is QGIS {running}, so the plugin is not loaded. Install QGIS {minimum} LTR or a later release, then restart QGIS.</source>
            <translation>资源环境承载能力监测预警插件需要 QGIS {minimum} 或更高版本；当前为 QGIS {running}，插件未加载。请安装 QGIS {minimum} 长期支持版（LTR）或更新的版本，然后重新启动 QGIS。</translation>
        </message>
    </context>
</TS>
