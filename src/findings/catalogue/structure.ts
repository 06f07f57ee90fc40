import type { RuleDoc, RuleMessage } from '../types'

/**
 * Messages of the rules about the structures real forms print beside the basic template: sub-totals,
 * balances and arrived funds, breakdowns, basic data, indicator groups, sub-rows, score columns,
 * split target columns.
 * @internal
 */
export const STRUCTURE_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'TEXT_GARBLED',
    severity: 'info',
    message: {
      'zh-CN': '此处文字疑似识别错误产生的乱码（“{excerpt}…”），请对照原表核对',
      en: 'This text reads as OCR debris ("{excerpt}…"); check it against the printed form',
    },
  },
  {
    code: 'STATUS_PRINTED_DIFFERS',
    severity: 'warning',
    message: {
      'zh-CN': '“{indicator}”的完成情况栏填“{printed}”，按目标值与实际值判断为 {readText}',
      en: '"{indicator}" is marked "{printed}" in its verdict column; its target and actual read as {readText}',
    },
  },
  {
    code: 'CONVERTED_SCORES_DOUBLE_WEIGHTED',
    severity: 'warning',
    message: {
      'zh-CN':
        '{rows} 项得分已按分值计分（合计 {scores}），折算得分又乘以权重占比（合计 {converted}）：权重被计算了两次',
      en: '{rows} rows are already scored in points of their weight (total {scores}), and their converted scores multiply by the weight share again (total {converted}): the weight is applied twice',
    },
  },
  {
    code: 'FUNDING_TOTAL_EMPTY',
    severity: 'warning',
    message: {
      'zh-CN': '合计行未填任何金额，而其下 {sources} 个资金来源填有金额',
      en: 'The total row prints no amount, while {sources} funding sources below it do',
    },
  },
  {
    code: 'BALANCE_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '结余填报为 {reported}，全年预算数 {budget} 减全年执行数 {actual} 为 {computed}',
      en: 'The balance is printed as {reported}; the budget {budget} minus the actual {actual} is {computed}',
    },
  },
  {
    code: 'FUNDS_NOT_ARRIVED',
    severity: 'warning',
    message: {
      'zh-CN': '到位资金 {arrived} 少于全年预算数 {budget}，差 {shortfall} {unit}',
      en: 'Funds arrived {arrived} are less than the budget {budget}, short by {shortfall} {unit}',
    },
  },
  {
    code: 'BREAKDOWN_TOTAL_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '分类合计填报为 {reported}，各项之和为 {sum}',
      en: 'The breakdown total is printed as {reported}; its parts add up to {sum}',
    },
  },
  {
    code: 'BREAKDOWN_TOTALS_DIFFER',
    severity: 'error',
    message: {
      'zh-CN': '按收入性质分合计 {byIncome} 与按支出性质分合计 {byExpenditure} 不一致',
      en: 'The total by income type {byIncome} differs from the total by expenditure type {byExpenditure}',
    },
  },
  {
    code: 'STAFF_OVER_QUOTA',
    severity: 'warning',
    message: {
      'zh-CN': '实有人数 {actual} 超过编制数 {quota}（人员控制率 {rate}）',
      en: 'Staff {actual} exceed the quota {quota} (staff control rate {rate})',
    },
  },
  {
    code: 'THREE_PUBLIC_EXPENSES_ROSE',
    severity: 'warning',
    message: {
      'zh-CN': '三公经费由上年 {previous} 增至 {current} {unit}（{change}）',
      en: '三公 spending rose from {previous} last year to {current} {unit} ({change})',
    },
  },
  {
    code: 'GROUP_WEIGHT_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '“{group}”标注 {reported} 分，其下 {members} 项分值之和为 {sum}',
      en: '"{group}" is headed {reported} points; the weights of its {members} members add up to {sum}',
    },
  },
  {
    code: 'GROUP_SCORE_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '“{group}”得分填报为 {reported}，其下各项得分之和为 {sum}',
      en: '"{group}" scores {reported} as printed; the scores of its members add up to {sum}',
    },
  },
  {
    code: 'GROUP_SPLIT_DIFFERS',
    severity: 'info',
    message: {
      'zh-CN': '“{group}”标注 {printed} 分，评分方案“{scheme}”为 {expected} 分；按表内分值计',
      en: '"{group}" is headed {printed} points where the scheme "{scheme}" gives {expected}; the printed points are used',
    },
  },
  {
    code: 'SUBROW_SUM_MISMATCH',
    severity: 'warning',
    message: {
      'zh-CN': '“{indicator}”的{side} {reported} 不等于其 {rows} 个子项之和 {sum}',
      en: 'The {side} of "{indicator}", {reported}, is not the sum of its {rows} sub-rows, {sum}',
    },
  },
  {
    code: 'SUBROW_UNITS_MIXED',
    severity: 'warning',
    message: {
      'zh-CN': '“{indicator}”的子项单位不同（{units}），不能相加为一个数',
      en: 'The sub-rows of "{indicator}" are in different units ({units}) and cannot add up to one figure',
    },
  },
  {
    code: 'CONVERTED_SCORE_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '“{item}”折算得分填报为 {reported}，得分 {score} × 权重 {weight}% 为 {computed}',
      en: '"{item}": the converted score is printed as {reported}; score {score} × weight {weight}% is {computed}',
    },
  },
  {
    code: 'COEFFICIENT_SCORE_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN':
        '“{item}”得分填报为 {reported}，分值 {weight} × 得分系数 {coefficient} 为 {computed}',
      en: '"{item}": the score is printed as {reported}; weight {weight} × coefficient {coefficient} is {computed}',
    },
  },
  {
    code: 'REVIEW_SCORE_DIFFERS',
    severity: 'info',
    message: {
      'zh-CN': '“{item}”自评得分 {self}，{reviewer}为 {review}',
      en: '"{item}": self-evaluated {self}, {reviewer} {review}',
    },
  },
  {
    code: 'TARGET_PARTS_CONFLICT',
    severity: 'warning',
    message: {
      'zh-CN': '“{indicator}”的目标值“{target}”与分栏填写的“{parts}”不一致',
      en: '"{indicator}": the target "{target}" differs from the split columns "{parts}"',
    },
  },
]

/** Descriptions and thresholds of the rules about the structures real forms print. @internal */
export const STRUCTURE_DOCS: readonly RuleDoc[] = [
  {
    code: 'TEXT_GARBLED',
    area: 'form',
    description: {
      'zh-CN':
        '叙述性文字含有中文表格不会出现的文字（假名、韩文、部首、孤立的「」）或同一片段反复出现，疑似识别错误。',
      en: 'Narrative text holds scripts a Chinese form never uses (kana, Hangul, radicals, stray corner brackets) or one fragment repeated over and over: OCR debris.',
    },
    thresholds: [],
    params: { reason: 'string' },
  },
  {
    code: 'STATUS_PRINTED_DIFFERS',
    area: 'assessment',
    description: {
      'zh-CN':
        '表内单项指标完成情况栏（完成 / 部分完成 / 未完成）与按目标值、实际值判断的结果不同。',
      en: 'The verdict a row prints (单项指标完成情况: 完成 / 部分完成 / 未完成) differs from what its target and actual say.',
    },
    params: { read: 'string' },
    thresholds: [],
  },
  {
    code: 'CONVERTED_SCORES_DOUBLE_WEIGHTED',
    area: 'score',
    description: {
      'zh-CN':
        '单项得分已是按分值计的分数，折算得分再乘以权重占比，使权重重复计算（成安 2020：满分各项折算后合计 22.50）。',
      en: 'Row scores already in points of their weight are multiplied by the weight share again, so the weight counts twice (成安 2020: fully met rows convert to 22.50 in all).',
    },
    thresholds: ['scoreTolerance'],
    params: { rows: 'number' },
  },
  {
    code: 'FUNDING_TOTAL_EMPTY',
    area: 'form',
    description: {
      'zh-CN': '合计（小计）行为空而其组成行有金额：表的合计栏漏填，完成率等只能按组成行判断。',
      en: 'A total (subtotal) row prints nothing while its component rows print amounts: the total was left blank, so rates can only be read from the components.',
    },
    thresholds: [],
    params: { sources: 'number' },
  },
  {
    code: 'BALANCE_MISMATCH',
    area: 'form',
    description: {
      'zh-CN': '填报的结余（本年度结余金额）不等于全年预算数减全年执行数。',
      en: 'The printed balance is not the full-year budget minus actual spending.',
    },
    thresholds: ['sumTolerance'],
  },
  {
    code: 'FUNDS_NOT_ARRIVED',
    area: 'form',
    description: {
      'zh-CN': '到位数低于全年预算数：资金未足额到位，执行率应结合到位情况说明。',
      en: 'Less arrived than was budgeted: the funds did not arrive in full, which the execution rate should be read against.',
    },
    thresholds: [],
  },
  {
    code: 'BREAKDOWN_TOTAL_MISMATCH',
    area: 'form',
    description: {
      'zh-CN': '按收入性质分或按支出性质分的各项之和不等于其合计。',
      en: 'The parts of the by-income-type or by-expenditure-type breakdown do not add up to its total.',
    },
    thresholds: ['sumTolerance'],
  },
  {
    code: 'BREAKDOWN_TOTALS_DIFFER',
    area: 'form',
    description: {
      'zh-CN': '按收入性质分与按支出性质分是同一笔资金的两种划分，两者合计应一致。',
      en: 'By income type and by expenditure type split the same funds; their totals must agree.',
    },
    thresholds: ['sumTolerance'],
  },
  {
    code: 'STAFF_OVER_QUOTA',
    area: 'form',
    description: {
      'zh-CN': '实有人数超过编制数，人员控制率高于 100%。',
      en: 'More staff than the quota: the staff control rate is above 100%.',
    },
    thresholds: [],
    params: { rate: 'string | null' },
  },
  {
    code: 'THREE_PUBLIC_EXPENSES_ROSE',
    area: 'form',
    description: {
      'zh-CN': '三公经费较上年增加；按“过紧日子”要求应逐年压减，需说明原因。',
      en: '三公 spending (official travel abroad, vehicles, receptions) rose year on year; it is to fall under the austerity rules, so the rise needs explaining.',
    },
    thresholds: [],
    params: { change: 'string | null' },
  },
  {
    code: 'GROUP_WEIGHT_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '指标组标题所注分值（如“产出指标(50分)”）与组内各指标（或各二级组）分值之和不符。',
      en: 'The points printed on a group heading (产出指标(50分)) differ from the sum of the weights of its members or sub-groups.',
    },
    thresholds: [],
    params: { members: 'number' },
  },
  {
    code: 'GROUP_SCORE_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '指标组的得分与组内各指标得分之和不符。',
      en: 'The printed score of a group differs from the sum of the scores of its members.',
    },
    thresholds: ['scoreTolerance'],
  },
  {
    code: 'GROUP_SPLIT_DIFFERS',
    area: 'score',
    description: {
      'zh-CN':
        '表内一级指标分值与评分方案的分配（如产出 50 / 效益 30 / 满意度 10）不同；各地可另行规定，按表内分值计分。',
      en: 'The points a form prints on a level-1 heading differ from the split of the scheme (产出 50 / 效益 30 / 满意度 10); regions may split otherwise, so the printed points are used.',
    },
    thresholds: [],
  },
  {
    code: 'SUBROW_SUM_MISMATCH',
    area: 'assessment',
    description: {
      'zh-CN': '父项指标的目标值或实际值与其子项（其中…）之和不符。',
      en: 'The target or actual of a parent row differs from the sum of its sub-rows (其中…).',
    },
    thresholds: ['sumTolerance'],
    params: { rows: 'number' },
  },
  {
    code: 'SUBROW_UNITS_MIXED',
    area: 'assessment',
    description: {
      'zh-CN': '父项指标以一个数概括单位不同的子项（如 180只 与 12头 合计为 192只）。',
      en: 'A parent row sums sub-rows in different units into one figure (180只 and 12头 as 192只).',
    },
    thresholds: [],
    params: { units: 'readonly string[]' },
  },
  {
    code: 'CONVERTED_SCORE_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '折算得分应为单项得分乘以权重占比（分值按百分比读）。',
      en: 'The converted score (折算得分) is the score of the row times its weight share (the weight read as a percentage).',
    },
    thresholds: ['scoreTolerance'],
  },
  {
    code: 'COEFFICIENT_SCORE_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '得分应为分值乘以得分系数。',
      en: 'The score is the weight times the score coefficient (得分系数).',
    },
    thresholds: ['scoreTolerance'],
  },
  {
    code: 'REVIEW_SCORE_DIFFERS',
    area: 'score',
    description: {
      'zh-CN': '复核（或上级评分）与自评得分不同。',
      en: 'A score given by a reviewer (复核分, 市级评分) differs from the self-evaluated score.',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_PARTS_CONFLICT',
    area: 'targets',
    description: {
      'zh-CN': '目标值与分栏填写的指标性质、指标值、度量单位不一致。',
      en: 'The whole target disagrees with the target printed in split columns (指标性质 / 指标值 / 度量单位).',
    },
    thresholds: [],
  },
]
