/**
 * Field-level schemas shared by the form schema: amounts, decimals, printed figures, dates.
 * @internal
 */
import * as z from 'zod/mini'
import type { Locale } from '../i18n/index'
import { readAmount } from '../money/amount'

/** Cell texts that mean "nothing printed here" in an amount column. */
const BLANK = new Set(['', '-', '－', '—', '–', '/', '／', '无', '一'])

/** A cell that prints only the unit of the column (遂宁's empty '万元' cells) holds no figure. */
const UNIT_ONLY = /^(元|万元|萬元|亿元)$/u

/** True when a printed cell holds a placeholder rather than a figure. @internal */
export function isBlankCell(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const bare = value.normalize('NFKC').replace(/\s+/gu, '')
  return BLANK.has(bare) || UNIT_ONLY.test(bare)
}

function decimalField(code: 'AMOUNT_UNPARSEABLE' | 'NUMBER_UNPARSEABLE') {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value, ctx) => {
      if (isBlankCell(value)) return undefined
      const parsed = readAmount(value)
      if (parsed.success) return parsed.value
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: parsed.finding.message,
        params: { findingCode: code, text: String(value), problem: parsed.problem },
      })
      return z.NEVER
    }),
  )
}

/**
 * An amount of money in the form's unit: a decimal string or a number, normalised to a canonical
 * decimal string. A blank cell ("", "-", "—", "/", "无") means not printed.
 */
export const AmountField = decimalField('AMOUNT_UNPARSEABLE')

/** A plain decimal (weights, points), normalised like an amount. */
export const DecimalField = decimalField('NUMBER_UNPARSEABLE')

/** A figure kept exactly as the form prints it ("89. 31%", "IO", "1"); numbers become strings. */
export const PrintedField = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => (typeof value === 'number' ? String(value) : value)),
)

/** Free text as written. */
export const TextField = z.string()

/** An identifier: a string or an integer, kept as a string. */
export const IdField = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.int()]),
  z.transform((value) => String(value)),
)

/** A calendar date written YYYY-MM-DD. */
export const DateField = z.iso.date()

/**
 * The printed names of the form's fields, `[zh-CN, en]`, so that a message about a cell names it
 * as the form does (年初预算数) rather than by its JSON key. Keys whose meaning depends on where they
 * sit (`actual` is 全年执行数 in the funding block and 实际完成值 under an indicator) are resolved by
 * {@link fieldName}.
 */
const FIELD_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  kind: ['表单类型', 'form kind'],
  title: ['标题', 'title'],
  department: ['部门（单位）', 'department'],
  projectName: ['项目名称', 'project name'],
  locality: ['地区', 'locality'],
  fiscalYear: ['年度', 'fiscal year'],
  unit: ['金额单位', 'amount unit'],
  evaluationDate: ['评价日期', 'evaluation date'],
  funding: ['资金情况', 'funding'],
  source: ['资金来源', 'funding source'],
  label: ['名称', 'label'],
  initialBudget: ['年初预算数', 'initial budget'],
  adjustment: ['预算调整数', 'budget adjustment'],
  adjustedBudget: ['全年预算数', 'adjusted budget'],
  carryOver: ['上年结转', 'carry-over'],
  arrived: ['到位数', 'funds received'],
  balance: ['结余', 'balance'],
  weight: ['分值', 'weight'],
  score: ['得分', 'score'],
  printed: ['填报值', 'printed figures'],
  completionRate: ['预算完成率', 'completion rate'],
  adjustmentRate: ['预算调整率', 'adjustment rate'],
  balanceRate: ['结余率', 'balance rate'],
  arrivalRate: ['到位率', 'arrival rate'],
  totalScore: ['总分', 'total score'],
  grade: ['等级', 'grade'],
  goal: ['年度目标', 'annual goal'],
  planned: ['预期目标', 'planned goal'],
  achieved: ['目标完成情况', 'goal achieved'],
  tasks: ['主要任务', 'tasks'],
  name: ['名称', 'name'],
  plannedTarget: ['年初预期目标', 'planned target'],
  achievement: ['目标完成情况', 'achievement'],
  funds: ['任务涉及资金', 'task funds'],
  indicators: ['绩效指标', 'indicators'],
  level1: ['一级指标', 'level-1 indicator'],
  level2: ['二级指标', 'level-2 indicator'],
  formula: ['计算公式或指标内容', 'formula'],
  target: ['预期实现值', 'target'],
  targetParts: ['预期实现值（分栏）', 'target columns'],
  actualValue: ['实际完成值', 'actual value'],
  actualUnit: ['实际值单位', 'actual unit'],
  deviationReason: ['偏差原因分析及改进措施', 'deviation reason'],
  evidence: ['佐证材料', 'evidence'],
  status: ['完成状态', 'status'],
  parent: ['上级指标', 'parent indicator'],
  groups: ['指标分组', 'indicator groups'],
  problems: ['存在问题', 'problems'],
  improvements: ['改进措施', 'improvements'],
  answers: ['回应问题', 'answers'],
  id: ['编号', 'number'],
  text: ['内容', 'text'],
  date: ['日期', 'date'],
  notes: ['备注', 'notes'],
  basicData: ['基础数据', 'basic data'],
  fundingBreakdown: ['资金构成', 'funding breakdown'],
  fundManagement: ['资金管理情况', 'fund management'],
  reviews: ['复核', 'reviews'],
  coefficient: ['得分系数', 'score coefficient'],
  convertedScore: ['折算得分', 'converted score'],
  extensions: ['扩展数据', 'extensions'],
}

/** Names of the list items a path can index, for "第 2 项任务". */
const ITEM_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  funding: ['资金来源', 'funding row'],
  tasks: ['任务', 'task'],
  indicators: ['指标', 'indicator'],
  problems: ['问题', 'problem'],
  improvements: ['改进措施', 'improvement'],
  groups: ['分组', 'group'],
  evidence: ['佐证材料', 'evidence item'],
}

/**
 * A path as the form's reader names it: "资金来源 1 › 全年执行数", "task 2 › indicator 3 › target".
 * Only the form's own words and numbers appear, never a JSON key (an unknown key is
 * quoted as written). The whole form is named when the path is empty.
 * @internal
 */
export function fieldName(path: readonly (string | number)[], locale: Locale): string {
  const zh = locale !== 'en'
  const parts: string[] = []
  let inFunding = false
  for (const [i, key] of path.entries()) {
    if (typeof key === 'number') {
      const list = path[i - 1]
      const item = typeof list === 'string' ? ITEM_NAMES[list] : undefined
      if (item !== undefined) {
        parts.pop()
        parts.push(zh ? `${item[0]} ${key + 1}` : `${item[1]} ${key + 1}`)
      } else parts.push(zh ? `第 ${key + 1} 项` : `item ${key + 1}`)
      continue
    }
    if (key === 'funding') inFunding = true
    const pair =
      key === 'actual'
        ? inFunding
          ? (['全年执行数', 'actual spending'] as const)
          : (['实际完成值', 'actual'] as const)
        : Object.hasOwn(FIELD_NAMES, key)
          ? FIELD_NAMES[key]
          : undefined
    parts.push(pair === undefined ? (zh ? `“${key}”` : `"${key}"`) : pair[zh ? 0 : 1])
  }
  if (parts.length === 0) return zh ? '表单' : 'the form'
  return parts.join(' › ')
}

/**
 * A funding column's printed name ("全年执行数", "adjusted budget"), for a message about a whole
 * column of the funding block. @internal
 */
export function fundingColumnName(key: string, locale: Locale): string {
  return fieldName(['funding', 0, key], locale).split(' › ').pop() ?? key
}
