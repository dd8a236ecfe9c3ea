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
            <location filename="../cc_warning_plugin/core/actions/crosscheck.py" />
            <source>{layer}: the rows belong to several periods ({periods}). Give the results of one period.</source>
            <translation>{layer}：各行属于多个时期（{periods}）。请只给出一个时期的结果。</translation>
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
            <source>{layer} has no units.</source>
            <translation>{layer} 中没有评价单元。</translation>
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
            <source>{layer}: column '{zh}' ({en}) is missing.</source>
            <translation>{layer}：缺少列“{zh}”（{en}）。</translation>
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
            <source>Evaluation result</source>
            <translation>评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>History</source>
            <translation>历史结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/actions/measures.py" />
            <source>{layer}: unit code {code!r} appears twice ({first} and {second}).</source>
            <translation>{layer}：单元代码 {code!r} 出现两次（{first} 和 {second}）。</translation>
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
            <location filename="../cc_warning_plugin/core/actions/reminders.py" />
            <source>{layer}, {row}: status {value!r} is not known. Use one of: {names}.</source>
            <translation>{layer}，{row}：状态 {value!r} 无法识别。请使用以下之一：{names}。</translation>
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
            <source>{layer}: {row} repeats the observation of {first} (same region, indicator and year). Keep one.</source>
            <translation>{layer}：{row} 与 {first} 的监测值重复（区域、指标和年份相同）。请保留一行。</translation>
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
            <source>must have one entry more than 'breaks' ({n}), found {m}.</source>
            <translation>应比“breaks”多一项（{n} 项），实际为 {m} 项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must be strictly ascending, found {found}.</source>
            <translation>必须严格递增，实际为 {found}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must have one entry per value ({n}), found {m}.</source>
            <translation>必须与 values 一一对应（{n} 项），实际为 {m} 项。</translation>
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
            <source>must not repeat a value.</source>
            <translation>值不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class code of dual.classes.{set} ({codes})</source>
            <translation>dual.classes.{set} 中的分类代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>must not repeat a code.</source>
            <translation>代码不得重复。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is not a land-cover code: the keys of this table are integer codes (e.g. 1 = 0.0267).</source>
            <translation>不是土地覆被代码：此表的键应为整数代码（如 1 = 0.0267）。</translation>
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
            <source>a class code of dual.classes.importance ({codes})</source>
            <translation>dual.classes.importance 中的分类代码（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a class set under [dual.classes] ({names})</source>
            <translation>[dual.classes] 下的一个分类集（{names}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>needs exactly one of 'set' (a level) or 'shift' (levels to move, + = worse).</source>
            <translation>必须且只能有 'set'（设为某一等级）或 'shift'（移动的等级数，+ 表示变差）之一。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>a value of class set '{set}' ({values})</source>
            <translation>分类集 '{set}' 中的一个值（{values}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>is missing: kind = "codes" needs a list of {code, level}.</source>
            <translation>缺失：kind = "codes" 需要 {code, level} 列表。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/dual/profile_schema.py" />
            <source>repeats code {code}.</source>
            <translation>代码 {code} 重复。</translation>
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
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}, which is not a number. Enter a number (without units) or leave the cell empty.</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值 {value!r} 不是数字。请填写数字（不带单位）或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/indicators.py" />
            <source>{layer}, {row}: field '{field}' ({title}) holds {value!r}; expected yes or no (1/0, 是/否).</source>
            <translation>{layer}，{row}：字段“{field}”（{title}）的值为 {value!r}；应为是或否（1/0、是/否）。</translation>
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
            <source>special evaluation</source>
            <translation>专项评价</translation>
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
            <source>no result</source>
            <translation>无结果</translation>
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
            <location filename="../cc_warning_plugin/core/m2016/land.py" />
            <source>{where}: {title} is {value:g}, but L0 is a share of the land area (0–1). If the table gives a percentage, divide it by 100.</source>
            <translation>{where}：{title} 为 {value:g}，但 L0 是占土地面积的比例（0–1）。如表中为百分数，请除以 100。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/m2016/land.py" />
            <source>{where}: the construction land area ({constr:g} km²) is larger than the evaluated land area ({area:g} km²). Check both values and their units.</source>
            <translation>{where}：建设用地面积（{constr:g} km²）大于评价区域土地面积（{area:g} km²）。请核对两个数值及其单位。</translation>
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
            <location filename="../cc_warning_plugin/core/m2016/profile_schema.py" />
            <source>at most the number of {name}_components ({n})</source>
            <translation>不超过 {name}_components 的个数（{n}）</translation>
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
            <location filename="../cc_warning_plugin/core/m2016/special.py" />
            <source>{where}: 农产品主产区 type {value!r} is not known. Use 种植业 or 牧业 (or another agricultural entry of function_zones in the method profile).</source>
            <translation>{where}：无法识别的农产品主产区类型 {value!r}。请使用 种植业 或 牧业（或方法配置 function_zones 中的其他农业类型）。</translation>
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
            <source>no row for this unit in the base-year table</source>
            <translation>基准年表中没有该单元</translation>
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
            <source>Unit {code}: field '{field}' ({title}) is {a!r} in {layer_a} ({row_a}) but {b!r} in {layer_b} ({row_b}). Keep the value in one table only, or correct the one that is wrong.</source>
            <translation>评价单元 {code}：字段“{field}”（{title}）在 {layer_a}（{row_a}）中为 {a!r}，在 {layer_b}（{row_b}）中为 {b!r}。请只在一个表中保留该值，或更正错误的一方。</translation>
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
            <source>{table}, row {row}: the column '{column}' is empty ({n} rows in all). Fill it in or remove the rows.</source>
            <translation>{table}，第 {row} 行：“{column}”列为空（共 {n} 行）。请填写或删除这些行。</translation>
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
            <source>Cancelled.</source>
            <translation>已取消。</translation>
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
            <source>{table}, row {row}: the limit {value:g} is not above zero. Give the permit limit of the outlet, or leave the cell empty.</source>
            <translation>{table}，第 {row} 行：限值 {value:g} 不大于零。请填写该排放口的许可排放限值，或留空。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/series.py" />
            <source>The {param} {value!r} is not one of {allowed}.</source>
            <translation>参数 {param} 的值 {value!r} 不在 {allowed} 之中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/core/monitoring/series.py" />
            <source>{table}: pollution-source records need the column 'outlet_id' (the outlet each concentration was measured at).</source>
            <translation>{table}：污染源监测记录需要“outlet_id”列（各浓度值对应的排放口）。</translation>
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
            <location filename="../cc_warning_plugin/core/profile/checks.py" />
            <source>is {value}: every value it would catch is already caught by rule [{j}] ({op} {limit}), so class '{cls}' could never be given. Its threshold must lie above {limit}.</source>
            <translation>为 {value}：它能匹配的所有数值都已被第 [{j}] 条规则（{op} {limit}）匹配，类别“{cls}”永远不会出现。其阈值必须大于 {limit}。</translation>
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
            <source>Method profile {source}: key '{key}' {problem} Fix it in the file, or compare with the built-in profile 'default' (docs/profiles.md).</source>
            <translation>方法配置文件 {source}：键“{key}”{problem}请在文件中修改，或与内置配置“default”对照（docs/profiles.md）。</translation>
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
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Method profile (*.toml)</source>
            <translation>方法配置文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Empty: the built-in default profile.</source>
            <translation>留空：使用内置默认方法配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Method profile</source>
            <translation>方法配置</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Classification</source>
            <translation>分级内容</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Apply standard style</source>
            <translation>应用标准样式</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Colours and labels from the method profile; the layer's own style stays available as a named style.</source>
            <translation>颜色和图例标注取自方法配置；图层原有样式作为命名样式保留。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Base map</source>
            <translation>底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Compare periods</source>
            <translation>时期对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Unit</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Layout and report</source>
            <translation>出图与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Draw base map</source>
            <translation>绘制规划底图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Conventional planning-map symbols; boundaries over the result, areas under it. Only local files: no online service is used.</source>
            <translation>采用国土空间规划制图常用符号；界线绘于评价结果之上，面状要素绘于其下。仅使用本地文件，不访问任何在线服务。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Bar chart</source>
            <translation>柱状图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Pie chart</source>
            <translation>饼图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Export table…</source>
            <translation>导出表格…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Earlier result</source>
            <translation>前期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Later result</source>
            <translation>后期评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Click a unit on the map</source>
            <translation>在地图上点击评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Page</source>
            <translation>图幅</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Default: from the classification</source>
            <translation>默认：按分级内容生成</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Default: evaluation year and method</source>
            <translation>默认：评价年份与技术方法</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Subtitle</source>
            <translation>副标题</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Project variables (set once, used by every layout)</source>
            <translation>工程变量（设置一次，所有版面通用）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>编制单位 (prepared by)</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>编制日期 (date)</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>审图号 (map review number)</source>
            <translation>审图号</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>数据来源 (data source)</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Resolution (dpi)</source>
            <translation>分辨率（dpi）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Create layout</source>
            <translation>生成版面</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Adds an editable layout to the project's layout manager and opens it.</source>
            <translation>在工程的版面管理器中添加可编辑的版面并打开。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Export PDF and PNG…</source>
            <translation>导出 PDF 和 PNG…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Evaluation report…</source>
            <translation>评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Workbook (xlsx) and HTML report, made in the background.</source>
            <translation>在后台生成工作簿（xlsx）和 HTML 报告。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Warning map</source>
            <translation>预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Choose an evaluation result first.</source>
            <translation>请先选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>{n} unit(s) or cell(s) hold classes the method profile does not know ({codes}): drawn grey as unclassified.</source>
            <translation>{n} 个单元或像元的等级代码不在方法配置中（{codes}）：以灰色显示为未分类。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Styled '{layer}': {view}.</source>
            <translation>已为“{layer}”应用样式：{view}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Base map drawn: {layers}.</source>
            <translation>已绘制底图：{layers}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>No base-map layer chosen.</source>
            <translation>未选择底图图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Class statistics of {layer}</source>
            <translation>{layer} 的分级统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Counting the cells of '{layer}' in the background…</source>
            <translation>正在后台统计“{layer}”的像元…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>No statistics yet: choose an evaluation result.</source>
            <translation>尚无统计结果：请选择评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Export statistics</source>
            <translation>导出统计表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Statistics written: {path}</source>
            <translation>统计表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Choose the earlier and the later result.</source>
            <translation>请选择前期和后期评价结果。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Change {a} → {b}</source>
            <translation>变化 {a} → {b}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Raised: {up}, lowered: {down}.</source>
            <translation>等级提高：{up} 个，等级降低：{down} 个。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Unit code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Earlier</source>
            <translation>前期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Later</source>
            <translation>后期</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Compare two periods first.</source>
            <translation>请先进行时期对比。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Period changes</source>
            <translation>时期变化</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Export changes</source>
            <translation>导出变化表</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Changes written: {path}</source>
            <translation>变化表已写出：{path}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>No unit here.</source>
            <translation>此处没有评价单元。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Cause:</source>
            <translation>成因：</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Trend components (annual change rates, %)</source>
            <translation>耗损过程分项（年均变化率，%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>No data here.</source>
            <translation>此处无数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Unclassified ({codes})</source>
            <translation>未分类（{codes}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Carrying capacity warning map</source>
            <translation>承载能力预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Layout '{name}' added to the project.</source>
            <translation>版面“{name}”已添加到工程。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Written: {files}</source>
            <translation>已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Export warning map</source>
            <translation>导出预警图</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Evaluation report</source>
            <translation>评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>The report could not start: {why}</source>
            <translation>报告无法开始生成：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Making the evaluation report in the background…</source>
            <translation>正在后台生成评价报告…</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>Report written: {files}</source>
            <translation>报告已写出：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>The report was not written: {why}</source>
            <translation>报告未写出：{why}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/gui/warning_dock.py" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
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
            <source>Class</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Area (km²)</source>
            <translation>面积（平方千米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/layouts/builder.py" />
            <source>Area</source>
            <translation>面积</translation>
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
            <location filename="../cc_warning_plugin/plugin.py" />
            <source>Carrying capacity warning</source>
            <translation>承载能力监测预警</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Put the result exactly on the grid (CRS, cells, extent) of another raster, e.g. an earlier result, so that the rasters of an evaluation line up cell for cell. Overrides the CRS and cell size below.</source>
            <translation>使结果与另一栅格（如前一步的结果）的格网（坐标系、像元、范围）完全一致，使一次评价的各栅格逐像元对齐。优先于下方的坐标系和像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Analysis CRS (empty = the CRS of {ref})</source>
            <translation>分析坐标系（留空 = {ref}的坐标系）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are reprojected to it. A geographic CRS is refused: slope and areas need metres.</source>
            <translation>分析格网的投影坐标系（单位为米，如 CGCS2000 高斯-克吕格分带，EPSG:4513–4554）。其他坐标系的输入将重投影到该坐标系。不接受地理坐标系：坡度和面积需要以米计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Cell size of the analysis grid (CRS units; 0 = that of {ref})</source>
            <translation>分析格网像元大小（坐标系单位；0 = 与{ref}相同）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Every input is aligned to one grid: categorical inputs by nearest neighbour, continuous ones by bilinear interpolation (or the average of the covered cells where the grid is coarser). The run log says what was done to each input.</source>
            <translation>所有输入对齐到同一格网：分类数据用最邻近法，连续数据用双线性插值（格网较粗时取所覆盖像元的平均值）。运行日志会说明对每个输入做了何种处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Analysis area (polygons; empty = the whole {ref})</source>
            <translation>分析范围（面图层；留空 = 整个{ref}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Cells whose centre lies outside these polygons are left out (nodata); the grid covers their extent.</source>
            <translation>像元中心位于这些面之外的像元不参与评价（无数据）；格网范围取这些面的范围。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Block size (cells per side)</source>
            <translation>分块大小（每边像元数）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Rasters are processed in square blocks of this many cells a side; memory use grows with the block, not with the raster. The default suits a desktop with 8 GB.</source>
            <translation>栅格按此边长的正方形分块处理；内存占用随分块大小而非栅格大小增长。默认值适用于 8 GB 内存的台式机。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer} is served by the '{provider}' provider; the evaluations read files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As).</source>
            <translation>图层 {layer} 由 '{provider}' 数据提供者提供；评价通过 GDAL 读取文件。请先将其另存为 GeoTIFF（导出 ▸ 另存为）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer} cannot be transformed to {crs}. Check its CRS.</source>
            <translation>图层 {layer} 无法转换到 {crs}。请检查其坐标系。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Cell size not given: {cell:g} (CRS units), about the cell of {ref} in {crs}.</source>
            <translation>未指定像元大小：采用 {cell:g}（坐标系单位），约为{ref}在 {crs} 中的像元大小。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer} cannot be transformed to {crs}.</source>
            <translation>图层 {layer} 无法转换到 {crs}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Analysis grid: {grid}</source>
            <translation>分析格网：{grid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>analysis area</source>
            <translation>分析范围</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>The analysis area layer has no features (empty extent).</source>
            <translation>分析范围图层没有要素（范围为空）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer} has no CRS. Set its CRS and run again.</source>
            <translation>图层 {layer} 没有坐标系。请设置其坐标系后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Cannot write a temporary file {path}: {detail}</source>
            <translation>无法写入临时文件 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer} has no field {field}. Choose one of: {fields}.</source>
            <translation>图层 {layer} 没有字段 {field}。请从以下字段中选择：{fields}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value or leave it empty (missing).</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值或留空（缺失）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Layer {layer}, feature {fid} has no area.</source>
            <translation>图层 {layer} 要素 {fid} 没有面积。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>{layer}: {n:,} cells held values outside the plausible range {lo:g} … {hi:g} and were treated as nodata.</source>
            <translation>{layer}：有 {n:,} 个像元的值超出合理范围 {lo:g} … {hi:g}，已按无数据处理。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>{name}: {shares}</source>
            <translation>{name}：{shares}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>{description} ({name}): {value} is not accepted; give a number {accepted}.</source>
            <translation>{description}（{name}）：{value} 不可接受，请填写 {accepted} 的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Incorrect parameter value for {description} ({name}).</source>
            <translation>参数 {description}（{name}）的值不正确。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_base.py" />
            <source>Analysis grid from this raster (optional)</source>
            <translation>按此栅格确定分析格网（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>DEM (elevation, m)</source>
            <translation>DEM（高程，米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Digital elevation model in metres; its grid is the analysis grid.</source>
            <translation>以米为单位的数字高程模型；其格网即为分析格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Silt content (粉砂含量, %) (optional)</source>
            <translation>粉砂含量（%）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Lowers 农业耕作条件 where the silt content is high.</source>
            <translation>粉砂含量高处降低农业耕作条件。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Annual precipitation (mm)</source>
            <translation>年降水量（毫米）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Grades 农业供水条件.</source>
            <translation>用于农业供水条件分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Accumulated temperature ≥ 0 °C (°C·d) (optional)</source>
            <translation>≥0 °C 积温（°C·d）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Grades 光热条件 for the climate matrix.</source>
            <translation>用于气候矩阵的光热条件分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Monthly climate table of the stations (optional)</source>
            <translation>站点逐月气候表（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>站点编码, 月份, 月平均气温, 月平均相对湿度: grades 舒适度.</source>
            <translation>站点编码、月份、月平均气温、月平均相对湿度：用于舒适度分级。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Station points (optional)</source>
            <translation>站点（点图层，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>The stations of the climate table (field 站点编码).</source>
            <translation>气候表中的站点（字段 站点编码）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Evaluation units (counties) with their water figures</source>
            <translation>评价单元（县）及其水资源数据</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Polygons of the units (e.g. the counties joined with their indicator table): urban water supply, areas and carrying scale per unit.</source>
            <translation>评价单元面图层（如已连接指标表的县）：用于城镇供水条件、分单元面积和承载规模。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Urban water indicator field</source>
            <translation>城镇供水指标字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>用水总量控制指标模数 (10⁴ m³/km²), or a total such as 用水总量控制指标 (10⁴ m³) with 'divide by the unit area'.</source>
            <translation>用水总量控制指标模数（10⁴ m³/km²），或配合“除以单元面积”的总量（如用水总量控制指标，10⁴ m³）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>The water field is a total: divide it by the unit area</source>
            <translation>水资源字段为总量：除以单元面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Gives the modulus (10⁴ m³/km²) from a total.</source>
            <translation>由总量求模数（10⁴ m³/km²）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Unit code field</source>
            <translation>评价单元代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Unit name field</source>
            <translation>单元名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Copied into the tables.</source>
            <translation>复制到统计表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Units of the area tables (optional; e.g. townships)</source>
            <translation>面积统计单元（可选；如乡镇）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>The class areas are tabulated by these units (default: the evaluation units).</source>
            <translation>按这些单元统计各类面积（默认：评价单元）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Code field of the table units</source>
            <translation>统计单元的代码字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Name field of the table units</source>
            <translation>统计单元的名称字段</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Land cover / ecosystem type (codes) (optional, for the ecology)</source>
            <translation>土地覆被/生态系统类型（代码）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Codes of the profile's land-cover table: runoff coefficients of 水源涵养.</source>
            <translation>方法配置中土地覆被表的代码：用于水源涵养的地表径流系数。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Vegetation cover (0–1) (optional, for the ecology)</source>
            <translation>植被覆盖度（0–1）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Fractional vegetation cover: C of 水土保持 and of 水土流失.</source>
            <translation>植被覆盖度：水土保持与水土流失的 C 因子。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Soil texture (codes) (optional, for the ecology)</source>
            <translation>土壤质地（代码）（可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Codes of the profile's soil-texture table: K of 水土保持 and the soil score of 水土流失.</source>
            <translation>方法配置中土壤质地表的代码：水土保持的 K 因子与水土流失的土壤分值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Mean annual air temperature (°C) (for the ecology)</source>
            <translation>多年平均气温（°C）（用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>For Turc's evapotranspiration in 水源涵养.</source>
            <translation>用于水源涵养中 Turc 公式计算的蒸散发。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Very important habitats (polygons, optional, for the ecology)</source>
            <translation>极重要生境（面，可选，用于生态评价）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Habitats of protected species, nature reserves: 生物多样性维护 极重要.</source>
            <translation>保护物种栖息地、自然保护区：生物多样性维护极重要。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>生态保护重要性 raster (optional)</source>
            <translation>生态保护重要性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>The ecology result (1 极重要, 2 重要, 3 一般); 极重要 cells are left out of the suitability evaluations.</source>
            <translation>生态评价结果（1 极重要，2 重要，3 一般）；极重要像元不参与适宜性评价。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>生态保护极重要区 polygons (optional)</source>
            <translation>生态保护极重要区面图层（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>E.g. the 生态保护红线, when the ecology raster is not yet available.</source>
            <translation>例如生态保护红线，在生态评价栅格尚未生成时使用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Water field for the carrying scale (10⁴ m³/a) (optional)</source>
            <translation>承载规模所用水量字段（10⁴ m³/a）（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Water available per unit; the agricultural and urban shares below apply to it.</source>
            <translation>各单元可用水量；下方的农业和城镇比例作用于该值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Agricultural share of that water (0–1)</source>
            <translation>其中农业用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Urban share of that water (0–1)</source>
            <translation>其中城镇用水比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>综合灌溉定额 (m³/亩; 0 = none)</source>
            <translation>综合灌溉定额（m³/亩；0 = 不计）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Urban water use per person (m³/person/a; 0 = none)</source>
            <translation>城镇人均用水量（m³/人/年；0 = 不计）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Construction land per person (m²/person)</source>
            <translation>人均建设用地（m²/人）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>For the water constraint of the carrying scale.</source>
            <translation>用于承载规模的水资源约束。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>the DEM</source>
            <translation>DEM</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Receives every raster and table of the evaluation.</source>
            <translation>保存本次评价的全部栅格和表格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Agricultural production suitability</source>
            <translation>农业生产适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Urban construction suitability</source>
            <translation>城镇建设适宜性</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Files written</source>
            <translation>已写出的文件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>The ecology stage needs land cover, vegetation cover and soil texture together; missing: {missing}. Give them all, or none and a 生态保护重要性 raster or 极重要区 polygons.</source>
            <translation>生态评价需要同时提供土地覆被、植被覆盖度和土壤质地；缺少：{missing}。请全部提供，或都不提供而改为提供生态保护重要性栅格或极重要区面。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>A 生态保护重要性 raster or 极重要区 polygons are given: the ecology stage is not run, they are used instead.</source>
            <translation>已提供生态保护重要性栅格或极重要区面：不运行生态评价，直接使用所提供的数据。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>— {alg}</source>
            <translation>— {alg}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Written to {folder}: {files}</source>
            <translation>已写入 {folder}：{files}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>Dual evaluation, whole chain (双评价一键评价)</source>
            <translation>双评价一键评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_evaluation.py" />
            <source>&lt;p&gt;Runs the grid 双评价 from the layers of a county or a city in one go, on one analysis grid (the DEM's unless you choose another CRS, cell size or analysis area): 农业耕作条件 and 城镇建设条件 from the DEM (and the silt content); 农业供水条件 from precipitation; 城镇供水条件 from a modulus field of the units; 光热条件 from accumulated temperature; 舒适度 from the stations' monthly climate; the ecology — 水源涵养, 水土保持, 生物多样性维护 (with habitat polygons) and 水土流失 integrated into 生态保护重要性 and the 生态保护极重要区 — when land cover, vegetation cover and soil texture are given; then 农业生产适宜性 and 城镇建设适宜性 outside the 生态保护极重要区 (from the ecology stage, or from a 生态保护重要性 raster or 极重要区 polygons evaluated beforehand), the class areas by unit (km², ha, 亩) and the 承载规模.&lt;/p&gt;&lt;p&gt;防风固沙 and 土地沙化 need wind-erosion factors that are usually known per area: run them alone and give the result of 生态保护重要性 here.&lt;/p&gt;&lt;p&gt;Every step is also an algorithm of its own in the 双评价 group. The results go to one folder ({files}; with the ecology also {eco}); they appear there only when the whole chain has succeeded.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在同一分析网格上（默认取 DEM 的网格，也可另选坐标系、像元大小或分析范围）一次完成县或市的网格化双评价：由 DEM（及粉砂含量）评价农业耕作条件和城镇建设条件；由降水量评价农业供水条件；由评价单元的模数字段评价城镇供水条件；由积温评价光热条件；由站点逐月气候评价舒适度；提供土地覆被、植被覆盖度和土壤质地时，进行生态评价——水源涵养、水土保持、生物多样性维护（需生境面）和水土流失，集成为生态保护重要性和生态保护极重要区；然后在生态保护极重要区以外评价农业生产适宜性和城镇建设适宜性（极重要区取自生态评价，或取自事先评价的生态保护重要性栅格或极重要区面），按单元统计各等级面积（平方千米、公顷、亩）并测算承载规模。&lt;/p&gt;&lt;p&gt;防风固沙和土地沙化所需的风蚀因子通常按区域给定：请单独运行，并在此提供生态保护重要性的结果。&lt;/p&gt;&lt;p&gt;每一步也是双评价分组中的独立算法。结果写入同一文件夹（{files}；含生态评价时另有 {eco}），仅当整条流程成功后才出现在该文件夹中。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>综合灌溉定额 (m³/亩; 0 = no water constraint)</source>
            <translation>综合灌溉定额（m³/亩；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Urban water use per person (m³/person/a; 0 = no water constraint)</source>
            <translation>城镇人均用水量（m³/人/年；0 = 不计水资源约束）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>A number applied to every unit.</source>
            <translation>对所有单元适用的数值。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Carrying scale</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Carrying scale table (xlsx or csv)</source>
            <translation>承载规模表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>The same rows as a spreadsheet.</source>
            <translation>以电子表格保存的相同记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Provenance (JSON)</source>
            <translation>数据来源与参数记录（JSON）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Give at least one suitability raster.</source>
            <translation>请至少给出一个适宜性栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>{unit}: agriculture {a} km² ({ab}), urban {b} km² ({bb})</source>
            <translation>{unit}：农业 {a} km²（{ab}），城镇 {b} km²（{bb}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Carrying scale (承载规模)</source>
            <translation>承载规模</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>&lt;p&gt;承载规模 per unit (2020 guide §5.2.4): for agriculture and for urban construction, the largest reasonable scale is the smaller of the constraints (short-board rule):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;land: the area of the unit's cells classed as the profile's land classes (default 适宜区 and 一般适宜区) in the suitability raster;&lt;/li&gt;&lt;li&gt;agricultural water: available agricultural water (10⁴ m³/a, a field × share) / 综合灌溉定额 (m³/亩), in 亩 → km²;&lt;/li&gt;&lt;li&gt;urban water: available urban water (10⁴ m³/a) / water use per person (m³/person/a) × construction land per person (m²/person).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A constraint whose inputs are missing is left empty and the scale is the land constraint alone. The binding field says which constraint decides (land / water).&lt;/p&gt;</source>
            <translation>&lt;p&gt;各评价单元的承载规模（2020 指南 §5.2.4）：农业生产和城镇建设的最大合理规模分别取各约束条件下的最小值（短板原理）：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;土地：适宜性栅格中属于方法配置所列类别（默认适宜区和一般适宜区）的像元面积；&lt;/li&gt;&lt;li&gt;农业用水：可用农业用水量（10⁴ m³/a，字段 × 比例）/ 综合灌溉定额（m³/亩），由亩折算为 km²；&lt;/li&gt;&lt;li&gt;城镇用水：可用城镇用水量（10⁴ m³/a）/ 人均用水量（m³/人/年）× 人均建设用地（m²/人）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;缺少输入的约束留空，规模仅按土地约束计。binding 字段说明起决定作用的约束（land 土地 / water 水）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Evaluation units</source>
            <translation>评价单元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Counties (or townships) with the water fields.</source>
            <translation>含水资源字段的县（或乡镇）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Field identifying each unit.</source>
            <translation>标识各单元的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Unit name field (optional)</source>
            <translation>单元名称字段（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Field with the unit's name.</source>
            <translation>保存单元名称的字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Agricultural suitability raster (optional)</source>
            <translation>农业生产适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Urban suitability raster (optional)</source>
            <translation>城镇建设适宜性栅格（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>A suitability class raster written by the plugin.</source>
            <translation>本插件输出的适宜性分区栅格。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Available agricultural water field (10⁴ m³/a)</source>
            <translation>可用农业用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Available urban water field (10⁴ m³/a)</source>
            <translation>可用城镇用水量字段（10⁴ m³/a）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Water available to this use per unit, e.g. its share of the 用水总量控制指标.</source>
            <translation>各单元可用于该用途的水量，如用水总量控制指标中的相应份额。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Share of the agricultural water field that is available (0–1)</source>
            <translation>农业用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_scale.py" />
            <source>Share of the urban water field that is available (0–1)</source>
            <translation>城镇用水字段中可用的比例（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Unit name</source>
            <translation>单元名称</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class value</source>
            <translation>分类值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class code</source>
            <translation>分类代码</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Cells</source>
            <translation>像元数</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Area (ha)</source>
            <translation>面积（公顷）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Area (亩)</source>
            <translation>面积（亩）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class areas by unit (分区面积统计)</source>
            <translation>分区面积统计</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>&lt;p&gt;Area and share of every class of a 双评价 class raster (a level, suitability or importance raster written by the plugin) in each township or county. A cell belongs to the unit containing its centre; areas are cells × cell area of the projected grid, in km², hectares and 亩 (1 亩 = 10 000/15 m²); the share is of the unit's classified cells. Every class of the set is listed, with zero areas too.&lt;/p&gt;&lt;p&gt;Outputs: the units with one km²/ha/亩/% field per class, and a long table (xlsx or csv) with one row per unit and class plus the unit's total.&lt;/p&gt;</source>
            <translation>&lt;p&gt;统计双评价分类栅格（本插件输出的等级、适宜性或重要性栅格）中每一类在各乡镇或县中的面积和占比。像元归属于包含其中心的单元；面积 = 像元数 × 投影格网的像元面积，以 km²、公顷和亩（1 亩 = 10 000/15 m²）表示；占比相对于单元内已分类的像元。分类集中的每一类都会列出，面积为 0 的也不例外。&lt;/p&gt;&lt;p&gt;输出：每类一组 km²/公顷/亩/% 字段的单元图层，以及每个单元每类一行（另加单元合计）的长表（xlsx 或 csv）。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class raster</source>
            <translation>分类栅格</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>A class raster of the plugin (its class set is read from the metadata).</source>
            <translation>本插件输出的分类栅格（从元数据读取其分类集）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class set (optional)</source>
            <translation>分类集（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>For a raster without the plugin's metadata: the class set under [dual.classes] its values follow (e.g. levels, suitability_2).</source>
            <translation>对于没有本插件元数据的栅格：其取值所遵循的 [dual.classes] 分类集（如 levels、suitability_2）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Units (townships, counties)</source>
            <translation>统计单元（乡镇、县）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Polygons of the evaluation units.</source>
            <translation>评价单元面图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Field identifying each unit (default 行政区划代码; feature id if absent).</source>
            <translation>标识各单元的字段（默认 行政区划代码；缺失时用要素编号）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Field with the unit's name, copied into the table.</source>
            <translation>保存单元名称的字段，复制到表中。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Class areas by unit</source>
            <translation>分区面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Area table (xlsx or csv)</source>
            <translation>面积统计表（xlsx 或 csv）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>One row per unit and class plus each unit's total.</source>
            <translation>每个单元每类一行，另加单元合计。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>{unit}: {km2:.2f} km² classified</source>
            <translation>{unit}：已分类 {km2:.2f} km²</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>the areas</source>
            <translation>面积计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/alg_dual_zonal.py" />
            <source>Layer {layer} names no class set the method profile knows (metadata CC_WARNING_CLASS_SET = '{key}'). Give the class set, e.g. levels, suitability_2, suitability_3 or importance.</source>
            <translation>图层 {layer} 未指明方法配置中已知的分类集（元数据 CC_WARNING_CLASS_SET = '{key}'）。请给出分类集，如 levels、suitability_2、suitability_3 或 importance。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Thresholds, standard limits and labels come from the method profile (the built-in default unless you choose a file). See the plugin's docs/methods.md for sources and certainty.</source>
            <translation>阈值、标准限值和标签均来自方法配置（未选择文件时为内置默认配置）。各规则的来源与可信程度见插件文档 docs/methods.md。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Method profile (TOML; empty = built-in default)</source>
            <translation>方法配置文件（TOML；留空为内置默认配置）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>A method profile holding thresholds, matrices, standard limits, labels and colours. Copy the built-in profile, edit it, and choose it here. A file may start with extends = "default" and list only what it changes.</source>
            <translation>方法配置文件包含阈值、判别矩阵、标准限值、标签和颜色。可复制内置配置、修改后在此选择；文件也可写 extends = "default"，只列出需要修改的内容。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Input field '{name}' is replaced by the result of the same name.</source>
            <translation>输入字段“{name}”被同名结果字段替换。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Single-element evaluation (单项评价)</source>
            <translation>单项评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Integrated evaluation (集成评价)</source>
            <translation>集成评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Dual evaluation (双评价)</source>
            <translation>双评价</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Maps and reports (制图与报告)</source>
            <translation>制图与报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/base.py" />
            <source>Result of {alg} with method profile {profile} {version}.</source>
            <translation>{alg} 的结果，方法配置 {profile} {version}。</translation>
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
            <location filename="../cc_warning_plugin/processing/chains/carrying_capacity_2016.py" />
            <source>the overlays</source>
            <translation>叠加分析</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>{n} daily rows: a year has 365 or 366 days.</source>
            <translation>{n} 行日值：一年应有 365 或 366 天。</translation>
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
            <source>Accumulated temperature</source>
            <translation>积温</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Accumulated temperature ≥ 0 °C (°C·d)</source>
            <translation>≥0 °C 积温（°C·d）</translation>
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
            <source>{n} stations; every cell takes its nearest station.</source>
            <translation>{n} 个站点；每个像元取最近的站点。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/climate.py" />
            <source>Layer {layer}, feature {fid}: field {field} holds '{value}', which is not a number. Correct the value.</source>
            <translation>图层 {layer} 要素 {fid}：字段 {field} 的值为 '{value}'，不是数字。请更正该值。</translation>
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
            <source>{factor}: normalised over {lo:g} … {hi:g}.</source>
            <translation>{factor}：在 {lo:g} … {hi:g} 范围内归一化。</translation>
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
            <source>{layer}: polygons burnt onto the grid (cell centres).</source>
            <translation>{layer}：面已栅格化到分析格网（按像元中心）。</translation>
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
            <source>Cause</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>Inputs reaching the class — {bits}</source>
            <translation>达到该类别的输入 — {bits}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态保护极重要区</source>
            <translation>生态保护极重要区</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/importance.py" />
            <source>生态保护极重要区 (1 = inside)</source>
            <translation>生态保护极重要区（1 = 区内）</translation>
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
            <source>LS factor</source>
            <translation>LS 因子</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>R from the raster {layer}</source>
            <translation>R 取自栅格 {layer}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>R = {a:g}·P^{b:g} from the annual precipitation {layer}</source>
            <translation>R = {a:g}·P^{b:g}，由年降水量 {layer} 计算</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/soil.py" />
            <source>水土保持 needs the rainfall erosivity: give an R raster or the annual precipitation.</source>
            <translation>水土保持需要降雨侵蚀力：请提供 R 栅格或年降水量。</translation>
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
            <source>水土流失 needs the rainfall erosivity: give an R raster or the annual precipitation.</source>
            <translation>水土流失脆弱性需要降雨侵蚀力：请提供 R 栅格或年降水量。</translation>
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
            <source>Carbonate-rock outcrop share (fraction 0–1)</source>
            <translation>碳酸盐岩出露面积比例（0–1）</translation>
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
            <source>rainfall erosivity R</source>
            <translation>降雨侵蚀力 R</translation>
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
            <source>carbonate-rock share D</source>
            <translation>碳酸盐岩出露比例 D</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>slope P</source>
            <translation>坡度 P</translation>
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
            <location filename="../cc_warning_plugin/processing/dual/ecology/vulnerability.py" />
            <source>the relief, slope and areas</source>
            <translation>地形起伏度、坡度和面积</translation>
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
            <source>The method profile has no factor '{name}' under [dual.factors] (it has: {names}).</source>
            <translation>方法配置在 [dual.factors] 下没有因子 '{name}'（现有：{names}）。</translation>
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
            <source>Causes</source>
            <translation>成因</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/dual/suitability.py" />
            <source>{name}: causes (bit flags)</source>
            <translation>{name}：成因（位标志）</translation>
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
            <source>The result could not be written (feature {fid}): {error}</source>
            <translation>无法写出结果（要素 {fid}）：{error}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{label}: {n} unit(s)</source>
            <translation>{label}：{n} 个单元</translation>
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
            <source>The style file {path} could not be written: {msg}</source>
            <translation>无法写出样式文件 {path}：{msg}</translation>
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
            <location filename="../cc_warning_plugin/processing/m2016/base.py" />
            <source>{layer} has no features: nothing to evaluate.</source>
            <translation>{layer} 没有要素：无可评价的内容。</translation>
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
            <source>or the other per-type areas, or degradation polygons or rasters</source>
            <translation>或其他各类型面积，或退化图斑、退化栅格</translation>
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
            <source>L from {layer}</source>
            <translation>L 取自 {layer}</translation>
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
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>the construction land area</source>
            <translation>建设用地面积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/land.py" />
            <source>a land-use layer or suitability raster</source>
            <translation>土地利用图层或适宜性栅格</translation>
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
            <source>{layer} has no coordinate reference system, so {purpose} cannot be computed. Set its CRS (Layer Properties ▸ Source), e.g. a CGCS2000 Gauss–Krüger zone (EPSG:4513–4554).</source>
            <translation>{layer} 没有坐标参照系，无法计算{purpose}。请设置其坐标系（图层属性 ▸ 源），如 CGCS2000 高斯–克吕格投影带（EPSG:4513–4554）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer} has no severity field ({field}): every polygon is counted as moderate or worse.</source>
            <translation>{layer} 没有程度字段（{field}）：所有图斑都按中度及以上计入。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>{layer} uses a geographic CRS ({crs}), in degrees, so {purpose} cannot be computed from it. Reproject the layer to a projected CRS such as the CGCS2000 3-degree Gauss–Krüger zone of the area (EPSG:4513–4554) and run again.</source>
            <translation>{layer} 使用地理坐标系（{crs}），单位为度，无法据此计算{purpose}。请将图层重投影到投影坐标系，如所在地区的 CGCS2000 3 度带高斯–克吕格投影（EPSG:4513–4554）后重新运行。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/m2016/spatial.py" />
            <source>Raster {layer} cannot be read ({detail}).</source>
            <translation>无法读取栅格 {layer}（{detail}）。</translation>
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
            <source>{layer}: unit {code} has no polygon. Spatial inputs need the unit polygons (a county layer), not a plain table.</source>
            <translation>{layer}：评价单元 {code} 没有面要素。空间输入需要评价单元面（县级行政区图层），而非普通表格。</translation>
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
            <source>No base-year data: give the base-year tables, or one table with year-suffixed columns for both years.</source>
            <translation>没有基准年数据：请提供基准年指标表，或一张含两个年份后缀字段的表。</translation>
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
            <source>{n} unit(s) or cell(s) hold classes the profile's class set '{set}' does not know ({codes}): drawn grey and counted as unclassified.</source>
            <translation>{n} 个单元或像元的等级不在方法配置的等级集“{set}”中（{codes}）：以灰色显示并计为未分类。</translation>
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
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>Resource and environmental carrying capacity evaluation report</source>
            <translation>资源环境承载能力评价报告</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>This report</source>
            <translation>本报告</translation>
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
            <location filename="../cc_warning_plugin/processing/maps/report.py" />
            <source>An earlier result is compared with the evaluation result: give that too.</source>
            <translation>前期结果需要与评价结果对比：请同时指定评价结果。</translation>
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
            <location filename="../cc_warning_plugin/processing/provider.py" />
            <source>Resource and environmental carrying capacity monitoring and early warning (资源环境承载能力监测预警)</source>
            <translation>资源环境承载能力监测预警</translation>
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
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>no CRS</source>
            <translation>无坐标系</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/grid.py" />
            <source>Layer {layer} has no georeferencing (no geotransform). Georeference it (e.g. with the Georeferencer or gdal_translate -a_ullr) before using it.</source>
            <translation>图层 {layer} 没有地理参考（无仿射变换参数）。请先进行地理配准（如用地理配准工具或 gdal_translate -a_ullr）后再使用。</translation>
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
            <source>It covers {pct:.1f} % of the grid extent; cells beyond it are nodata.</source>
            <translation>其覆盖格网范围的 {pct:.1f} %；范围外的像元为无数据。</translation>
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
            <source>average of the covered cells</source>
            <translation>所覆盖像元的平均值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>cubic convolution</source>
            <translation>三次卷积</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/raster/inputs.py" />
            <source>most frequent value</source>
            <translation>众数</translation>
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
            <source>{indicator} ({region}, {year})</source>
            <translation>{indicator}（{region}，{year}年）</translation>
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
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Observed</source>
            <translation>监测值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/action_charts.py" />
            <source>Baseline</source>
            <translation>基准值</translation>
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
            <source>Change of the warning level</source>
            <translation>预警等级变化</translation>
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
            <source>Reason</source>
            <translation>原因</translation>
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
            <source>Task</source>
            <translation>任务</translation>
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
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Latest value</source>
            <translation>最新值</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Progress (%)</source>
            <translation>完成进度（%）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Status</source>
            <translation>状态</translation>
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
            <source>{units} units and {items} items compared; {d} disagree (indices within {tol} count as equal).</source>
            <translation>共比较 {units} 个单元、{items} 个事项，其中 {d} 项不一致（指数差在 {tol} 以内视为一致）。</translation>
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
            <source>Value</source>
            <translation>数值</translation>
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
            <source>Warning result</source>
            <translation>预警评价结果</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Warning levels of earlier periods</source>
            <translation>历年预警等级</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Targets</source>
            <translation>目标完成情况</translation>
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
            <source>Remediation plan</source>
            <translation>治理工作方案</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Monitoring database</source>
            <translation>监测数据库</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Prepared by: {org}</source>
            <translation>编制单位：{org}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Date: {date}</source>
            <translation>日期：{date}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Monitoring period: {period}</source>
            <translation>监测期：{period}</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Method profile: {name} ({id} {version})</source>
            <translation>方法配置：{name}（{id} {version}）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Cross-check of the county and city results</source>
            <translation>县市评价结果协同校验</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Deadline</source>
            <translation>完成时限</translation>
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
            <location filename="../cc_warning_plugin/report/annual.py" />
            <source>Total</source>
            <translation>合计</translation>
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
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/docmodel.py" />
            <source>no</source>
            <translation>否</translation>
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
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/report/public.py" />
            <source>Rewards and penalties</source>
            <translation>奖惩措施</translation>
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
            <location filename="../cc_warning_plugin/report/raster_stats.py" />
            <source>Raster '{layer}': rows {y0}–{y1} cannot be read.</source>
            <translation>栅格“{layer}”：无法读取第 {y0}–{y1} 行。</translation>
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
            <source>empty</source>
            <translation>空值</translation>
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
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Level raster (Byte, 1 = 高 … 5 = 低, 0 = nodata), tiled and compressed, with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 高 … 5 = 低，0 = 无数据），分块压缩存储，元数据中含分类标注、颜色和来源记录。</translation>
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
            <source>Level raster (Byte, 1 = best … 5 = worst, 0 = nodata) with the class labels, colours and provenance in its metadata.</source>
            <translation>等级栅格（Byte，1 = 最好 … 5 = 最差，0 = 无数据），元数据中含分类标注、颜色和来源记录。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Optional: the slope in degrees (Float32) the grading used.</source>
            <translation>可选：分级所用的坡度（度，Float32）。</translation>
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
            <source>slope</source>
            <translation>坡度</translation>
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
            <source>The cell's level is the most frequent monthly level over months {months} ({tie}).</source>
            <translation>像元等级取月份 {months} 中出现次数最多的月等级（{tie}）。</translation>
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
            <source>Level raster (Byte, 1 = 好 … 5 = 差, 0 = nodata).</source>
            <translation>等级栅格（Byte，1 = 好 … 5 = 差，0 = 无数据）。</translation>
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
            <source>elevation</source>
            <translation>高程</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The analysis grid is the accumulated-temperature raster's, or the DEM's in table mode.</source>
            <translation>分析格网取活动积温栅格的格网；表格模式下取 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>One row per station and month: station code, month (1–12), mean temperature (°C), mean relative humidity (%).</source>
            <translation>每个站点每月一行：站点编码、月份（1–12）、平均气温（°C）、平均相对湿度（%）。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>relief 地形起伏度</source>
            <translation>地形起伏度</translation>
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
            <source>{n} cells otherwise</source>
            <translation>其他情况 {n} 个像元</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>The relief is the elevation range in a moving window of {windows}.</source>
            <translation>地形起伏度为移动窗口内的高程差，窗口大小：{windows}。</translation>
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
            <source>Agricultural land condition (农业耕作条件)</source>
            <translation>农业耕作条件</translation>
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
            <source>土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees from the DEM by Horn's method on the projected analysis grid, graded by the method profile, then lowered by the 粉砂含量 (silt) when a silt layer is given.</source>
            <translation>双评价农业生产的土地资源因子：在投影分析格网上按 Horn 方法由 DEM 计算坡度（度），按方法配置分级；提供粉砂含量图层时再按粉砂含量降级。</translation>
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
            <source>Class raster of 生态保护重要性 (class set dual.classes.importance: 1 极重要, 2 重要, 3 一般); cells of the profile's eco_critical_values (极重要) are the 生态保护极重要区.</source>
            <translation>生态保护重要性分类栅格（分类集 dual.classes.importance：1 极重要，2 重要，3 一般）；取值属于方法配置 eco_critical_values（极重要）的像元即生态保护极重要区。</translation>
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
            <source>The analysis grid is the land raster's (or the DEM's).</source>
            <translation>分析格网取土地等级栅格（或 DEM）的格网。</translation>
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
            <source>silt content</source>
            <translation>粉砂含量</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A geographic DEM is reprojected to the analysis CRS (choose a projected one); degrees are never used as metres. Processing is block-wise: memory stays bounded whatever the raster size. The analysis grid is the DEM's unless you choose another.</source>
            <translation>地理坐标系的 DEM 会重投影到分析坐标系（请选择投影坐标系）；绝不把度当作米。按块处理：无论栅格多大，内存占用都有上限。除非另行指定，分析格网即 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Urban land condition (城镇建设条件)</source>
            <translation>城镇建设条件</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>土地资源 factor of the 双评价 for urban construction: the slope in degrees from the DEM graded by the method profile, then lowered by the elevation and by the relief (地形起伏度) in a moving window whose size follows the cell size.</source>
            <translation>双评价城镇建设的土地资源因子：由 DEM 计算的坡度（度）按方法配置分级，再按高程和移动窗口内的地形起伏度降级，窗口大小随像元大小而定。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>A geographic DEM is reprojected to the projected analysis CRS; the relief window is read across block edges (halo), so the result does not depend on the block size. The analysis grid is the DEM's unless you choose another.</source>
            <translation>地理坐标系的 DEM 会重投影到投影分析坐标系；地形起伏度窗口跨块边界读取（缓冲带），结果与分块大小无关。除非另行指定，分析格网即 DEM 的格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/dual.py" />
            <source>Reference raster for the grid (optional)</source>
            <translation>确定格网的参考栅格（可选）</translation>
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
            <source>SR = SL_潜 − SL with SL = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711; SL_潜 with C = 1; a negative difference is 0; kg/m² × 10 = t/(hm²·a).</source>
            <translation>SR = SL_潜 − SL，其中 SL = (2z/s²)·Q_max·e^(−(z/s)²)，Q_max = 109.8·(WF·EF·SCF·K′·C)，s = 150.71·(WF·EF·SCF·K′·C)^−0.3711；SL_潜 取 C = 1；差值为负时取 0；kg/m² × 10 = t/(hm²·a)。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Downwind distance z = {z} m; vegetation factor C = e^({k}·SC), SC the cover in %.</source>
            <translation>下风向距离 z = {z} m；植被因子 C = e^({k}·SC)，SC 为植被覆盖度（%）。</translation>
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
            <source>生态系统服务功能重要性 — 水源涵养 by the water balance P − R − ET of every cell, the runoff R from the runoff coefficient of the cell's ecosystem type; the total TQ = Σ (P − R − ET)·A of the area is reported in m³/a. The service raster is graded into 极重要 / 重要 / 一般.</source>
            <translation>生态系统服务功能重要性——水源涵养：按水量平衡计算每个像元的 P − R − ET，径流 R 取像元所属生态系统类型的径流系数；全区水源涵养总量 TQ = Σ (P − R − ET)·A，单位 m³/a。服务栅格再分为极重要 / 重要 / 一般。</translation>
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
            <source>{factor} (raster)</source>
            <translation>{factor}（栅格）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Water conservation</source>
            <translation>水源涵养</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil conservation (水土保持)</source>
            <translation>水土保持</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>生态系统服务功能重要性 — 水土保持 by RUSLE: the soil retained, the potential loss R·K·LS minus the actual loss R·K·LS·C·P, graded into 极重要 / 重要 / 一般. K from a K raster, from EPIC (sand, silt, clay, organic carbon) or from the soil-texture codes; LS from the DEM with a constant slope length (a simplification of the flow-path length); C from the vegetation cover.</source>
            <translation>生态系统服务功能重要性——水土保持：采用 RUSLE，保持量 = 潜在侵蚀量 R·K·LS 减去实际侵蚀量 R·K·LS·C·P，分为极重要 / 重要 / 一般。K 取自 K 栅格、EPIC 公式（砂粒、粉粒、黏粒、有机碳）或土壤质地代码；LS 由 DEM 按固定坡长计算（对汇流路径长度的简化）；C 由植被覆盖度计算。</translation>
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
            <source>Give all four for EPIC's K.</source>
            <translation>EPIC 计算 K 需要全部四项。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Silt content (%) (for EPIC K)</source>
            <translation>粉粒含量（%）（用于 EPIC K）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{factor} (constant, when no raster is given)</source>
            <translation>{factor}（常数，未提供栅格时使用）</translation>
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
            <source>One value for the whole area, used when the raster above is not given.</source>
            <translation>全区统一取值，未提供上面的栅格时使用。</translation>
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
            <source>Sand fixation</source>
            <translation>防风固沙</translation>
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
            <source>Annual precipitation (mm) (for R)</source>
            <translation>年降水量（毫米）（用于 R）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>{factor} score: {scores}.</source>
            <translation>{factor}得分：{scores}。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Mean annual precipitation in mm; R = a·P^b by the profile. Not needed when an R raster is given.</source>
            <translation>多年平均年降水量（毫米）；按方法配置 R = a·P^b。提供 R 栅格时不需要。</translation>
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
            <source>Index = {formula} of the factor scores.</source>
            <translation>指数 = 各因子得分的 {formula}。</translation>
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
            <source>Vegetation cover (fraction 0–1)</source>
            <translation>植被覆盖度（0–1）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>vegetation cover</source>
            <translation>植被覆盖度</translation>
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
            <source>carbonate share</source>
            <translation>碳酸盐岩出露比例</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/ecology.py" />
            <source>Soil texture (codes)</source>
            <translation>土壤质地（代码）</translation>
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
            <source>Soil-texture codes of [dual.soil_texture] in the method profile; each code has its score for this vulnerability.</source>
            <translation>方法配置 [dual.soil_texture] 中的土壤质地代码；每个代码有其在该脆弱性中的分值。</translation>
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
            <source>地下水矿化度 in g/L.</source>
            <translation>地下水矿化度，单位 g/L。</translation>
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
            <source>groundwater depth</source>
            <translation>地下水埋深</translation>
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
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Full reference page (offline)</source>
            <translation>完整参考页面（离线）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Rule</source>
            <translation>规则</translation>
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
            <location filename="../cc_warning_plugin/specs/help.py" />
            <source>Thresholds, standard limits and labels come from the method profile; the evidence tag of each rule says how sure its source is (V-off: official text, V-paper: the method authors' paper, V-impl: an implementation, V-std: a standard, MEM: not verified).</source>
            <translation>阈值、标准限值和标签均来自方法配置；每条规则的依据标记说明其来源的可靠程度（V-off：官方文本，V-paper：方法作者的论文，V-impl：已有实现，V-std：标准，MEM：未经核实）。</translation>
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
            <source>The rules apply in order: the first that holds gives the class.</source>
            <translation>规则按顺序判定：第一条成立的规则决定等级。</translation>
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
            <source>A raster of construction suitability classes. L0 of each unit is the share of its cells (cell centre inside the unit) whose value is one of the suitable values; this replaces L0 of the tables.</source>
            <translation>建设适宜性分级栅格。各单元的 L0 为其像元（像元中心在单元内）中取适宜值者所占比例，替代指标表中的 L0。</translation>
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
            <source>{what}: {rules}.</source>
            <translation>{what}：{rules}。</translation>
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
            <source>Severity codes counted as moderate or worse in the rasters. Empty: elements.ecology.raster_counted_values of the method profile.</source>
            <translation>栅格中计为中度及以上的程度代码。留空：取方法配置的 elements.ecology.raster_counted_values。</translation>
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
            <source>{step}: {rule}</source>
            <translation>{step}：{rule}</translation>
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
            <source>With a land-use layer, the construction land area is computed by overlay and the unit polygon area is used where the evaluated land area is not given; the units must then be in a projected CRS. With a construction-suitability raster (e.g. the 双评价 urban-suitability result), L0 is the share of the unit's cells holding a suitable value.</source>
            <translation>提供土地利用图层时，建设用地面积由叠加分析计算，未给评价区域土地面积时取评价单元图斑面积；此时评价单元须为投影坐标系。提供建设适宜性栅格（如双评价城镇建设适宜性结果）时，L0 为单元内取适宜值的像元所占比例。</translation>
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
            <source>the land-resource pressure index D</source>
            <translation>土地资源压力指数 D</translation>
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
            <source>the development intensity L</source>
            <translation>开发强度 L</translation>
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
            <source>Land-resource pressure index</source>
            <translation>土地资源压力指数</translation>
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
            <source>Development intensity (simplified rule, option)</source>
            <translation>开发强度（简化规则，可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/m2016.py" />
            <source>Inputs: the 主体功能区 type (and the 农产品主产区 type) plus the indicators of each evaluation; a base-year table for the two change indices; optionally air stations with daily values for the PM2.5 exceedance days.</source>
            <translation>输入：主体功能区类型（及农产品主产区类型）和各项评价所需指标；两项变化指数需要基准年表；PM2.5 超标天数可由空气站点日均值统计。</translation>
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
            <source>The method profile classes {index} unless another index is chosen.</source>
            <translation>除非另选指数，按方法配置对{index}分级。</translation>
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
            <source>Construction land by overlay: land-use polygons whose code starts with {codes}.</source>
            <translation>叠加计算建设用地：地类编码以 {codes} 开头的土地利用图斑。</translation>
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
            <source>L0 from a suitability raster: the share of the unit's cells holding {values} (unless other values are given).</source>
            <translation>由适宜性栅格计算 L0：单元内取值为 {values} 的像元所占比例（除非另给取值）。</translation>
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
            <source>Which class field of a vector result to use (warning level, overload type, the trend or an element). Ignored for a class raster.</source>
            <translation>使用矢量结果中的哪个分级字段（预警等级、超载类型、资源环境耗损类型或某一要素）。对分类栅格不起作用。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>An evaluation result layer with the class field to compare and the unit code (行政区划代码).</source>
            <translation>含有待比较等级字段和行政区划代码的评价结果图层。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Field matching the units of the two results; empty = the unit code field (行政区划代码 or an accepted alias). Both results need it.</source>
            <translation>用于匹配两期结果中评价单元的字段；留空则使用行政区划代码字段（或其可接受的别名）。两期结果都需要该字段。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Which class field to compare.</source>
            <translation>要比较的分级字段。</translation>
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
            <source>First available (warning level if present)</source>
            <translation>第一个可用项（有预警等级时为预警等级）</translation>
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
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Ecology</source>
            <translation>生态</translation>
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
            <source>County boundaries for the maps (optional)</source>
            <translation>地图中的县级行政区界（可选）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Drawn over the result in the report's maps.</source>
            <translation>在报告地图中绘制于评价结果之上。</translation>
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
            <source>Results are drawn with an opacity of {opacity}, the 三区三线 boundaries over them; maps at {dpi} dpi unless chosen.</source>
            <translation>评价结果按不透明度 {opacity} 绘制，三区三线边界绘于其上；未另行选择时地图分辨率为 {dpi} dpi。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/maps.py" />
            <source>Export warning map (预警图导出)</source>
            <translation>预警图导出</translation>
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
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Analysis CRS (empty = that of the main input)</source>
            <translation>分析坐标系（留空 = 主要输入的坐标系）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Cell size of the analysis grid (CRS units; 0 = that of the main input)</source>
            <translation>分析格网像元大小（坐标系单位；0 = 与主要输入相同）</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Analysis area (polygons; empty = the whole main input)</source>
            <translation>分析范围（面图层；留空 = 整个主要输入）</translation>
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
            <source>Result</source>
            <translation>结果</translation>
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
            <source>A method profile holding thresholds, matrices, standard limits, labels and colours. Copy the built-in profile, edit it, and choose it here. A file may start with extends = "default" and list only what it changes. Empty: the active profile (chosen in the dock, or with the environment variable CC_WARNING_PROFILE), else the built-in default.</source>
            <translation>方法配置文件包含阈值、判别矩阵、标准限值、标签和颜色。可复制内置配置、修改后在此选择；文件也可写 extends = "default"，只列出需要修改的内容。留空：使用当前方法配置（在停靠面板中选择，或由环境变量 CC_WARNING_PROFILE 指定），否则为内置默认配置。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Silt content of the topsoil in percent (0–100); continuous, resampled bilinearly to the grid if needed.</source>
            <translation>表层土壤粉砂含量百分比（0–100）；连续数据，必要时以双线性插值重采样到格网。</translation>
        </message>
        <message>
            <location filename="../cc_warning_plugin/specs/shared.py" />
            <source>Mean annual precipitation in mm on a grid.</source>
            <translation>多年平均年降水量（毫米）栅格。</translation>
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
            <location filename="../cc_warning_plugin/specs/texts.py" />
            <source>{what}: {intervals} ({closed}).</source>
            <translation>{what}：{intervals}（{closed}）。</translation>
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
            <location filename="../cc_warning_plugin/styles/basemap.py" />
            <source>Layer '{layer}' is in {crs}; it is reprojected on the fly to the map's {target}.</source>
            <translation>图层“{layer}”的坐标系为 {crs}，已实时投影到地图的 {target}。</translation>
        </message>
    </context>
</TS>
