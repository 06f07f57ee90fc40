// The words a location is made of: form fields and funding sources in both locales, `[zh-CN, en]`.
// Findings locate themselves with these, and the report labels its rows with the same words.
import type { Locale } from '../i18n/index'

const SOURCES: Readonly<Record<string, readonly [string, string]>> = {
  total: ['合计', 'Total'],
  'general-public-budget': ['一般公共预算', 'General public budget'],
  'government-fund-budget': ['政府性基金预算', 'Government fund budget'],
  'state-capital-budget': ['国有资本经营预算', 'State capital budget'],
  'special-account': ['财政专户管理资金', 'Special-account funds'],
  'unit-funds': ['单位资金', 'Unit funds'],
  'current-appropriation': ['当年财政拨款', 'Current-year appropriation'],
  'carry-over': ['上年结转', 'Carried over'],
  transfer: ['上级补助资金', 'Transfer from above'],
  other: ['其他资金', 'Other funds'],
}

/** A funding source's name in the locale, or null for a source the schema does not know. @internal */
export function sourceName(locale: Locale, source: string): string | null {
  const pair = Object.hasOwn(SOURCES, source) ? SOURCES[source] : undefined
  return pair === undefined ? null : pair[locale === 'en' ? 1 : 0]
}

const FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  source: ['资金来源', 'source'],
  label: ['名称', 'label'],
  name: ['名称', 'name'],
  initialBudget: ['年初预算数', 'initial budget'],
  adjustment: ['预算调整数', 'adjustment'],
  adjustedBudget: ['全年预算数', 'adjusted budget'],
  actual: ['完成情况', 'actual'],
  actualValue: ['实际完成值', 'actual value'],
  actualUnit: ['实际值单位', 'actual unit'],
  weight: ['分值', 'weight'],
  printed: ['填报', 'printed'],
  completionRate: ['预算完成率', 'completion rate'],
  adjustmentRate: ['预算调整率', 'adjustment rate'],
  score: ['得分', 'score'],
  totalScore: ['总分', 'total score'],
  grade: ['等级', 'grade'],
  formula: ['计算公式', 'formula'],
  target: ['预期实现值', 'target'],
  deviationReason: ['偏差原因', 'deviation reason'],
  evidence: ['佐证材料', 'evidence'],
  status: ['状态', 'status'],
  level1: ['一级指标', 'level 1'],
  level2: ['二级指标', 'level 2'],
  funds: ['任务涉及资金', 'task funds'],
  plannedTarget: ['年初预期目标', 'planned target'],
  achievement: ['目标完成情况', 'achievement'],
  planned: ['预期目标', 'planned'],
  achieved: ['目标完成情况', 'achieved'],
  goal: ['年度目标', 'annual goal'],
  scheme: ['评分方案', 'scoring scheme'],
  unit: ['金额单位', 'unit'],
  fiscalYear: ['年度', 'fiscal year'],
  department: ['部门', 'department'],
  evaluationDate: ['评价日期', 'evaluation date'],
  date: ['日期', 'date'],
  answers: ['回应问题', 'answers'],
  text: ['内容', 'text'],
}

/** A form field's name in the locale, or null when it has none. @internal */
export function fieldName(locale: Locale, key: string): string | null {
  const pair = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined
  return pair === undefined ? null : pair[locale === 'en' ? 1 : 0]
}

// A funding row's `actual` is money spent, not an indicator's achievement.
const FUNDING_FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  actual: ['实际支出数', 'actual spending'],
}

/** A field of a funding row by name in the locale, or null when it has none. @internal */
export function fundingFieldName(locale: Locale, key: string): string | null {
  const pair = Object.hasOwn(FUNDING_FIELDS, key) ? FUNDING_FIELDS[key] : undefined
  return pair === undefined ? fieldName(locale, key) : pair[locale === 'en' ? 1 : 0]
}
