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
 * Two amounts that should be of one size (the columns of one row, a source and its total) but are
 * this close to 10⁴ apart were typed in units 10⁴ apart (元 under a 万元 header): the larger one is
 * suspect. The window is 10⁴ ÷ 2 to 10⁴ × 2.
 */
const TEN_THOUSAND_LOW = dec(5000)
const TEN_THOUSAND_HIGH = dec(20000)

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
    const apart = tenThousandApart(ctx, path, magnitude)
    if (tooLarge || outOfScale || apart) {
      findings.push(
        emit(ctx, 'AMOUNT_UNIT_SUSPECT', path, {
          amount: value,
          unit,
          likelyUnit,
          ceiling: ctx.scheme.thresholds.unitSuspect[unit],
          reason: tooLarge ? 'above-ceiling' : outOfScale ? 'out-of-scale' : 'row-disagrees',
        }),
      )
    }
  }
  return findings
}

/**
 * Whether a funding amount is about 10⁴ times another amount of its own row (budget vs actual) —
 * the form judged against itself, not against a fixed ceiling.
 */
function tenThousandApart(
  ctx: RuleContext,
  path: readonly (string | number)[],
  value: Dec,
): boolean {
  if (path[0] !== 'funding' || typeof path[1] !== 'number' || value.isZero()) return false
  const row = ctx.form.funding[path[1]]
  if (row === undefined) return false
  return AMOUNT_COLUMNS.some((column) => {
    const other = row[column]
    if (other === undefined || column === path[2]) return false
    const o = dec(other).abs()
    if (o.isZero() || o.greaterThanOrEqualTo(value)) return false
    const ratio = value.dividedBy(o)
    return (
      ratio.greaterThanOrEqualTo(TEN_THOUSAND_LOW) && ratio.lessThanOrEqualTo(TEN_THOUSAND_HIGH)
    )
  })
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
