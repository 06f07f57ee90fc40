import type { Finding } from '../findings/index'
import { type Dec, dec, sum, toDecimalString } from '../money/decimal'
import type { FundingRow } from '../schema/index'
import { emit, type RuleContext } from './context'

type AmountColumn = 'initialBudget' | 'adjustment' | 'adjustedBudget' | 'actual'

/** The amount columns of a funding row. @internal */
export const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  'initialBudget',
  'adjustment',
  'adjustedBudget',
  'actual',
]

/**
 * The 合计 row against the sum of its sources, column by column. A column is checked when the total
 * or any source prints it; a source row that leaves it blank counts as zero, and so does a blank
 * total (a total row that prints zeros or nothing above non-zero sources is the 池州 case).
 * @internal
 */
export function checkFundingTotals(ctx: RuleContext): Finding[] {
  const rows = ctx.form.funding
  const totalIndex = rows.findIndex((r) => r.source === 'total')
  if (totalIndex < 0) return []
  const total = rows[totalIndex]
  if (total === undefined) return []
  const sources = rows.filter((r) => r.source !== 'total')
  if (sources.length === 0) return []
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  for (const column of AMOUNT_COLUMNS) {
    const printed = sources.map((r) => r[column]).filter((v): v is string => v !== undefined)
    if (printed.length === 0 && total[column] === undefined) continue
    const sourcesSum = sum(printed)
    const reported: Dec = dec(total[column] ?? '0')
    if (reported.minus(sourcesSum).abs().greaterThan(tolerance)) {
      findings.push(
        emit(ctx, 'FUNDING_TOTAL_MISMATCH', ['funding', totalIndex, column], {
          column,
          reported: total[column] ?? null,
          sum: toDecimalString(sourcesSum),
          difference: toDecimalString(reported.minus(sourcesSum)),
          tolerance: ctx.scheme.thresholds.sumTolerance,
        }),
      )
    }
  }
  return findings
}

/** The row whose rates speak for the whole form: the total row, else the only row. @internal */
export function headlineRowIndex(rows: readonly FundingRow[]): number | null {
  const total = rows.findIndex((r) => r.source === 'total')
  if (total >= 0) return total
  return rows.length === 1 ? 0 : null
}

/**
 * The adjusted budget as the rates read it: the printed 全年预算数, else B₀ + ΔB when both are
 * printed (ADJUSTED_BUDGET_MISMATCH reports a row where the two disagree).
 * @internal
 */
export function adjustedBudgetOf(row: FundingRow): string | undefined {
  if (row.adjustedBudget !== undefined) return row.adjustedBudget
  if (row.initialBudget === undefined || row.adjustment === undefined) return undefined
  return toDecimalString(dec(row.initialBudget).plus(row.adjustment))
}

/**
 * A row that prints 年初预算数, 预算调整数 and 全年预算数 must add up: B₀ + ΔB = 全年预算数. The rates
 * use the printed 全年预算数, so a row that does not add up makes them disagree with the amounts.
 * @internal
 */
export function checkAdjustedBudgets(ctx: RuleContext): Finding[] {
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  ctx.form.funding.forEach((row, r) => {
    const { initialBudget, adjustment, adjustedBudget } = row
    if (initialBudget === undefined || adjustment === undefined || adjustedBudget === undefined)
      return
    const total = dec(initialBudget).plus(adjustment)
    if (total.minus(adjustedBudget).abs().lessThanOrEqualTo(tolerance)) return
    findings.push(
      emit(ctx, 'ADJUSTED_BUDGET_MISMATCH', ['funding', r, 'adjustedBudget'], {
        initialBudget,
        adjustment,
        sum: toDecimalString(total),
        reported: adjustedBudget,
      }),
    )
  })
  return findings
}
