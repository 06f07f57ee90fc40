import type { Finding } from '../findings/index'
import { type Dec, dec } from '../money/decimal'
import type { MoneyUnit } from '../money/index'
import { emit, type RuleContext } from './context'
import { AMOUNT_COLUMNS, headlineRowIndex } from './funding'

const SMALLER: Readonly<Record<MoneyUnit, MoneyUnit | null>> = {
  亿元: '万元',
  万元: '元',
  元: null,
}

/** At this ratio to the total budget, an amount was surely entered in a smaller unit (10⁴ apart). */
const RELATIVE_RATIO = dec(1000)

/**
 * Amounts whose magnitude contradicts the form's unit: above the scheme's ceiling for the unit, or a
 * thousand times the form's own total budget (a row or task typed in 元 on a form headed 万元).
 * @internal
 */
export function checkAmountUnits(ctx: RuleContext): Finding[] {
  const unit = ctx.unit
  const likelyUnit = SMALLER[unit]
  if (likelyUnit === null) return []
  const ceiling = dec(ctx.scheme.thresholds.unitSuspect[unit])
  const amounts: { path: (string | number)[]; value: string }[] = []
  ctx.form.funding.forEach((row, r) => {
    for (const column of AMOUNT_COLUMNS) {
      const value = row[column]
      if (value !== undefined) amounts.push({ path: ['funding', r, column], value })
    }
  })
  ctx.form.tasks.forEach((task, t) => {
    if (task.funds !== undefined) amounts.push({ path: ['tasks', t, 'funds'], value: task.funds })
  })
  const reference = smallestPositiveBudget(ctx)
  const findings: Finding[] = []
  for (const { path, value } of amounts) {
    const magnitude = dec(value).abs()
    const tooLarge = magnitude.greaterThan(ceiling)
    const outOfScale =
      reference !== null && magnitude.greaterThanOrEqualTo(reference.times(RELATIVE_RATIO))
    if (tooLarge || outOfScale) {
      findings.push(
        emit(ctx, 'AMOUNT_UNIT_SUSPECT', path, {
          amount: value,
          unit,
          likelyUnit,
          ceiling: ctx.scheme.thresholds.unitSuspect[unit],
          reason: tooLarge ? 'above-ceiling' : 'out-of-scale',
        }),
      )
    }
  }
  return findings
}

/** The smallest positive budget printed on the total (or only) row, the scale the form is in. */
function smallestPositiveBudget(ctx: RuleContext): Dec | null {
  const headline = headlineRowIndex(ctx.form.funding)
  const row = headline === null ? undefined : ctx.form.funding[headline]
  if (row === undefined) return null
  const budgets = [row.initialBudget, row.adjustedBudget]
    .filter((v): v is string => v !== undefined)
    .map((v) => dec(v))
    .filter((d) => d.greaterThan(0))
  if (budgets.length === 0) return null
  return budgets.reduce((a, b) => (a.lessThan(b) ? a : b))
}
