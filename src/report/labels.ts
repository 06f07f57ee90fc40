import { ASSESSMENT_STATUSES } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import { fieldName, sourceName } from '../findings/labels'
import { fillTemplate, type Locale } from '../i18n/index'
import type { RateConvention } from '../rates/index'
import type { FormKind, FundingSource } from '../schema/index'
import type { ScoreRule } from '../score/index'

/** Every fixed word a report prints, in both locales: `[zh-CN, en]`. */
const LABELS = {
  reportTitle: ['绩效自评报告', 'Performance self-evaluation report'],
  invalidNotice: [
    '输入不是绩效自评表，无法评价；以下列出发现的问题。',
    'The input is not a self-evaluation form and could not be evaluated; the findings follow.',
  ],
  overview: ['概况', 'Overview'],
  department: ['部门（单位）', 'Department'],
  projectName: ['项目名称', 'Project'],
  locality: ['地区', 'Locality'],
  fiscalYear: ['年度', 'Fiscal year'],
  unit: ['金额单位', 'Amounts in'],
  kind: ['表单类型', 'Form'],
  evaluationDate: ['评价日期', 'Evaluated on'],
  scheme: ['评分方案', 'Scoring scheme'],
  completionRate: ['预算完成率', 'Budget completion rate'],
  adjustmentRate: ['预算调整率', 'Budget adjustment rate'],
  indicators: ['绩效指标', 'Indicators'],
  scoreGrade: ['得分 / 等级', 'Score / grade'],
  findingCounts: ['审核发现', 'Findings'],
  notes: ['注', 'Notes'],
  yearSuffix: ['{year}年度', 'FY {year}'],
  paren: ['{text}（{inner}）', '{text} ({inner})'],

  funding: ['资金情况', 'Funding'],
  fundingUnit: ['资金情况（单位：{unit}）', 'Funding (amounts in {unit})'],
  source: ['资金来源', 'Source'],
  initialBudget: ['年初预算数', 'Initial budget'],
  adjustment: ['预算调整数', 'Adjustment'],
  adjustedBudget: ['全年预算数', 'Adjusted budget'],
  actual: ['实际支出数', 'Actual spending'],
  printedCompletion: ['填报完成率', 'Printed completion'],
  printedAdjustment: ['填报调整率', 'Printed adjustment'],
  weight: ['分值', 'Weight'],
  score: ['得分', 'Score'],
  printedScore: ['填报得分', 'Printed score'],
  computed: ['计算值', 'computed'],
  printedValue: ['填报 {value}', 'printed {value}'],
  mismatch: ['不符', 'mismatch'],
  unreadable: ['无法识别', 'unreadable'],
  notChecked: ['未核对', 'not checked'],
  noFunding: ['表中没有资金数据。', 'The form gives no funding figures.'],

  goal: ['年度目标', 'Annual goal'],
  goalPlanned: ['预期目标', 'Planned'],
  goalAchieved: ['目标完成情况', 'Achieved'],

  statusOverview: ['指标完成情况', 'Indicator status'],
  group: ['任务 / 分组', 'Task / group'],
  total: ['合计', 'Total'],

  tasks: ['主要任务及关键指标', 'Main tasks and their indicators'],
  plannedTarget: ['年初预期目标', 'Planned target'],
  achievement: ['目标完成情况', 'Achievement'],
  taskFunds: ['任务涉及资金', 'Task funds'],
  fundsShare: ['{funds}（占全年预算 {share}）', '{funds} ({share} of the adjusted budget)'],
  indicatorStatus: ['指标完成情况', 'Indicator status'],
  noIndicators: ['未列指标。', 'No indicators.'],

  topIndicators: ['绩效指标', 'Performance indicators'],
  level1: ['一级指标', 'Level 1'],
  level2: ['二级指标', 'Level 2'],
  unclassified: ['未分类', 'Unclassified'],
  inferred: ['（推断）', ' (inferred)'],
  indicator: ['指标', 'Indicator'],
  target: ['预期实现值', 'Target'],
  indicatorActual: ['完成情况', 'Actual'],
  status: ['状态', 'Status'],
  ratio: ['完成比例', 'Ratio'],
  formula: ['计算公式或指标内容', 'Formula or criterion'],
  scoreOfWeight: ['得分/分值', 'Score/weight'],
  formulaInvalid: ['无法解析', 'unparseable'],
  fieldDeviation: ['偏差原因：', 'Deviation: '],

  problems: ['存在问题及改进措施', 'Problems and improvements'],
  problemList: ['存在问题', 'Problems'],
  improvementList: ['改进措施', 'Improvements'],
  problemRef: ['问题 {id}', 'problem {id}'],
  answers: ['回应', 'answers'],
  none: ['无', 'none'],

  scoreSection: ['得分及等级', 'Score and grade'],
  totalScore: ['总分', 'Total score'],
  grade: ['等级', 'Grade'],
  printedTotal: ['填报总分', 'Printed total'],
  printedGrade: ['填报等级', 'Printed grade'],
  rescale: ['折算系数', 'Rescaled by'],
  rescaleNote: [
    '未开展的指标不计分，其余得分按 {factor} 折算',
    'Indicators not carried out are excluded; the rest is scaled by {factor}',
  ],
  incomplete: [
    '部分项目无法评分，总分不完整',
    'Some items could not be scored; the total is incomplete',
  ],
  weightsSpread: [
    '表中未列分值，按评分方案均分',
    'The form gives no weights; the scheme spread them evenly',
  ],
  item: ['评分项目', 'Item'],
  rule: ['计分规则', 'Rule'],
  detail: ['计算', 'Working'],
  capped: ['封顶', 'capped'],

  findings: ['审核发现', 'Findings'],
  noFindings: ['未发现问题。', 'Nothing to report.'],
  findingNo: ['编号', 'No.'],
  code: ['代码', 'Code'],
  message: ['说明', 'Message'],
  where: ['位置', 'Where'],
  form: ['表单', 'form'],
  refLegend: [
    '“注”栏中的编号指向下面的审核发现：E 错误，W 警告，I 提示。',
    'Numbers in the Notes columns point at the findings below: E error, W warning, I info.',
  ],

  chartFunding: ['预算与实际支出', 'Budget and actual spending'],
  chartFundingDesc: [
    '各资金来源的年初预算数、全年预算数（含调整）与实际支出数',
    'Initial budget, adjusted budget (with the adjustment) and actual spending per funding source',
  ],
  chartStatus: ['各任务指标完成情况', 'Indicator status per task'],
  chartStatusGroups: ['各类指标完成情况', 'Indicator status per group'],
  chartStatusDesc: [
    '每个任务（或指标分组）中各状态的指标个数',
    'How many indicators of each task (or group) have each status',
  ],
  barInitial: ['年初', 'Initial'],
  barAdjusted: ['全年', 'Adjusted'],
  barActual: ['实际', 'Actual'],
  adjustmentBy: ['调整 {value}', 'change {value}'],

  summaryTitle: ['汇总', 'Summary'],
  file: ['表单', 'Form'],
  errors: ['错误', 'Errors'],
  warnings: ['警告', 'Warnings'],
  infos: ['提示', 'Infos'],
  invalidForm: ['无效', 'invalid'],

  batchSubtitle: ['共 {forms} 份表单', '{forms} forms'],
  batchTotals: ['合计', 'Totals'],
  batchForms: ['表单', 'Forms'],
  batchFormsValue: [
    '{forms} 份：有效 {valid}，无效 {invalid}（其中无法读取 {unreadable}）',
    '{forms}: {valid} valid, {invalid} invalid ({unreadable} unreadable)',
  ],
  batchMoney: ['预算与支出', 'Budget and spending'],
  batchMoneyValue: [
    '全年预算 {budget} 万元，实际支出 {actual} 万元，总完成率 {rate}（{forms} 份表单计入）',
    'budget {budget}, actual {actual} (10,000 yuan), total completion rate {rate} (over {forms} forms)',
  ],
  batchFindingsValue: [
    '错误 {error}，警告 {warning}，提示 {info}',
    '{error} errors, {warning} warnings, {info} infos',
  ],
  batchMedians: ['中位数', 'Medians'],
  batchMediansValue: [
    '预算完成率 {rate}，得分 {score}',
    'budget completion rate {rate}, score {score}',
  ],
  batchRows: ['各表单', 'Forms'],
  batchTotalRow: ['合计（{forms} 份）', 'Total ({forms} forms)'],
  batchByRule: ['各规则发现次数', 'Findings by rule'],
  ruleCount: ['次数', 'Count'],
  kindShort: ['类型', 'Kind'],
  kindDepartment: ['部门整体', 'department'],
  kindProject: ['项目', 'project'],
  colBudget: ['全年预算', 'Budget'],
  colActual: ['实际支出', 'Actual'],
  colCompletion: ['完成率', 'Completion'],
  colAdjustment: ['调整率', 'Adjustment'],
  colIndicators: [
    '指标 达成/部分/未达成/未开展/未知',
    'Indicators met/partly/not met/not done/unknown',
  ],
  colFindings: ['发现 错误/警告/提示', 'Findings errors/warnings/infos'],
  statusMetShort: ['达成', 'Met'],
  statusPartialShort: ['部分达成', 'Partly met'],
  statusNotMetShort: ['未达成', 'Not met'],
  statusSkippedShort: ['未开展', 'Not done'],
  statusUnknownShort: ['未知', 'Unknown'],
  unreadableFile: ['无法读取', 'unreadable'],
  chartCompletion: ['各表单预算完成率', 'Budget completion rate per form'],
  chartCompletionDesc: [
    '各表单的预算完成率，从低到高排列；虚线为 {threshold} 参考线',
    'Each form’s budget completion rate, lowest first; the dashed line marks {threshold}',
  ],
  belowThreshold: ['低于 {threshold}', 'below {threshold}'],
  atThreshold: ['不低于 {threshold}', '{threshold} or more'],
  chartHidden: [
    '另有 {count} 份表单完成率较高，未在图中列出。',
    '{count} more forms, with higher rates, are not drawn.',
  ],
  chartNoRate: ['{count} 份表单没有预算完成率。', '{count} forms have no completion rate.'],
  chartRules: ['各规则发现次数', 'Findings by rule'],
  chartRulesTop: ['各规则发现次数（前 {count} 条）', 'Findings by rule (top {count})'],
  chartRulesDesc: [
    '整批表单中各审核规则给出的发现条数，从多到少排列',
    'How many findings each rule gave across the batch, most first',
  ],
  chartRulesHidden: [
    '另有 {count} 条规则共 {findings} 条发现未在图中列出。',
    '{count} more rules with {findings} findings are not drawn.',
  ],
  filterLabel: ['筛选', 'Filter'],
  onlyErrors: ['只看有错误的表单', 'Only forms with errors'],
  shownCount: ['显示 {shown} / {total} 份', 'showing {shown} of {total}'],
  sortHint: ['点击列标题排序。', 'Click a column header to sort.'],
  backToSummary: ['↑ 返回汇总', '↑ Back to the summary'],
} as const satisfies Readonly<Record<string, readonly [string, string]>>

/** A key of the label table. @internal */
export type LabelKey = keyof typeof LABELS

/** The label in the locale, `{name}` placeholders filled. @internal */
export function label(
  locale: Locale,
  key: LabelKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(LABELS[key][locale === 'en' ? 1 : 0], params)
}

/** Every label key, for tests that check both locales are filled. @internal */
export function labelKeys(): LabelKey[] {
  return Object.keys(LABELS) as LabelKey[]
}

/** The raw pair of a label, for tests. @internal */
export function labelPair(key: LabelKey): readonly [string, string] {
  return LABELS[key]
}

const STATUS: Readonly<Record<AssessmentStatus, readonly [string, string]>> = {
  met: ['达成', 'met'],
  'partially-met': ['部分达成', 'partially met'],
  'not-met': ['未达成', 'not met'],
  'not-carried-out': ['未开展', 'not carried out'],
  unknown: ['无法判断', 'unknown'],
}

/** Status names, so a status reads without colour. @internal */
export const STATUS_ICON: Readonly<Record<AssessmentStatus, string>> = {
  met: '✓',
  'partially-met': '~',
  'not-met': '✗',
  'not-carried-out': '-',
  unknown: '?',
}

/** The statuses in report order. @internal */
export const STATUS_ORDER: readonly AssessmentStatus[] = ASSESSMENT_STATUSES

/** A status name in the locale. @internal */
export function statusLabel(locale: Locale, status: AssessmentStatus): string {
  return named(STATUS, status, locale)
}

/** A funding source's name in the locale. @internal */
export function sourceLabel(locale: Locale, source: FundingSource): string {
  return sourceName(locale, source) ?? source
}

const KINDS: Readonly<Record<FormKind, readonly [string, string]>> = {
  'department-overall': ['部门整体支出绩效自评表', 'Department-overall self-evaluation'],
  project: ['项目支出绩效自评表', 'Project self-evaluation'],
}

/** A form kind's name in the locale. @internal */
export function kindLabel(locale: Locale, kind: FormKind): string {
  return named(KINDS, kind, locale)
}

const CATEGORIES: Readonly<Record<string, readonly [string, string]>> = {
  output: ['产出指标', 'Output'],
  effect: ['效益指标', 'Effect'],
  satisfaction: ['满意度指标', 'Satisfaction'],
  decision: ['决策指标', 'Decision'],
  process: ['过程指标', 'Process'],
}

/** A 一级 category's name in the locale; null for an unknown code. @internal */
export function categoryLabel(locale: Locale, code: string): string | null {
  const pair = Object.hasOwn(CATEGORIES, code) ? CATEGORIES[code] : undefined
  return pair === undefined ? null : pair[locale === 'en' ? 1 : 0]
}

const RULES: Readonly<Record<ScoreRule, readonly [string, string]>> = {
  execution: ['预算执行率 × 分值', 'completion rate × weight'],
  'as-printed': ['按评分标准，取表内得分', 'scored by its criterion, as printed'],
  'full-when-met': ['达成得满分', 'full weight when met'],
  proportional: ['按完成比例', 'in proportion to the ratio'],
  reverse: ['反向指标', 'lower-is-better rule'],
  'zero-target': ['零目标', 'zero target'],
  'qualitative-band': ['定性区间', 'qualitative band'],
  excluded: ['未开展，不计分', 'not carried out, excluded'],
  unscorable: ['无法评分', 'cannot be scored'],
}

/** A score rule's name in the locale. @internal */
export function ruleLabel(locale: Locale, rule: ScoreRule): string {
  return named(RULES, rule, locale)
}

const CONVENTIONS: Readonly<Record<RateConvention, readonly [string, string]>> = {
  truncated: ['截尾', 'truncated'],
  'half-even': ['四舍六入五成双', 'half to even'],
  fraction: ['以小数表示', 'as a ratio'],
  'percent-sign-omitted': ['省略百分号', 'no % sign'],
  'zero-for-undefined': ['分母为零填 0', '0 for undefined'],
  'full-for-empty': ['零预算填 100%', '100% for empty'],
}

/** A printing convention's short name in the locale. @internal */
export function conventionLabel(locale: Locale, convention: RateConvention): string {
  return named(CONVENTIONS, convention, locale)
}

const UNDEFINED_REASONS: Readonly<Record<string, readonly [string, string]>> = {
  'zero-denominator': ['分母为 0', 'zero denominator'],
  'missing-input': ['缺少数据', 'missing input'],
  'unreadable-input': ['数据无法读取', 'unreadable input'],
}

/** Why a rate is undefined, in the locale. @internal */
export function undefinedReasonLabel(locale: Locale, reason: string): string {
  return named(UNDEFINED_REASONS, reason, locale)
}

/**
 * The name of `key` in a table of names, or `key` itself when the table has none. Reports draw
 * evaluations read back from JSON, where a code may be one this version does not know (another
 * version's, or edited by hand, or `constructor`): it is shown as written, never looked up blindly.
 */
function named(
  table: Readonly<Record<string, readonly [string, string]>>,
  key: string,
  locale: Locale,
): string {
  const pair = Object.hasOwn(table, key) ? table[key] : undefined
  return pair === undefined ? key : pair[locale === 'en' ? 1 : 0]
}

/** A form field's name in the locale, or null when it has none. @internal */
export function fieldLabel(locale: Locale, key: string): string | null {
  return fieldName(locale, key)
}
