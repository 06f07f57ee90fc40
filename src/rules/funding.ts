import type { Finding } from '../findings/index'
import { dec, sum, toDecimalString } from '../money/decimal'
import { fundingColumnName } from '../schema/fields'
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
 * Which rows each 合计 / 小计 row adds up: a total row covers the source rows after it, up to the next
 * total row; the source rows before the first total belong to the last total printed below them
 * (宁德's 合计 row printed at the bottom). Forms with several sub-totals (彭水's 奖励扶助 and
 * 特别扶助 blocks) are read block by block.
 * @internal
 */
export function fundingSections(rows: readonly FundingRow[]): { total: number; parts: number[] }[] {
  const sections: { total: number; parts: number[] }[] = []
  const leading: number[] = []
  rows.forEach((row, r) => {
    if (row.source === 'total') sections.push({ total: r, parts: [] })
    else if (sections.length === 0) leading.push(r)
    else sections[sections.length - 1]?.parts.push(r)
  })
  const last = sections[sections.length - 1]
  if (leading.length > 0 && last?.parts.length === 0) for (const p of leading) last.parts.push(p)
  return sections.filter((s) => s.parts.length > 0)
}

/** True when a funding row prints no amount at all (其他资金 left empty). @internal */
export function isEmptyRow(row: FundingRow): boolean {
  return AMOUNT_COLUMNS.every((c) => row[c] === undefined) && row.carryOver === undefined
}

/**
 * Each 合计 row against the sum of its sources, column by column. Blank is not zero: a source row
 * that prints nothing at all is not part of the sum, and a column is checked only when the total
 * and every source row that prints figures print it; a total row that prints nothing beside
 * sources that do is FUNDING_TOTAL_EMPTY. A total that prints zeros above non-zero sources (the
 * 池州 case) is a mismatch.
 * @internal
 */
export function checkFundingTotals(ctx: RuleContext): Finding[] {
  const rows = ctx.form.funding
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  for (const { total: totalIndex, parts } of fundingSections(rows)) {
    const total = rows[totalIndex]
    if (total === undefined) continue
    const sources = parts
      .map((r) => rows[r])
      .filter((r): r is FundingRow => r !== undefined && !isEmptyRow(r))
    if (sources.length === 0) continue
    // A total whose cells were printed but could not be read is not an empty total.
    const unreadable = ctx.unreadable.some((p) => p[0] === 'funding' && p[1] === totalIndex)
    if (isEmptyRow(total) && !unreadable) {
      findings.push(
        emit(ctx, 'FUNDING_TOTAL_EMPTY', ['funding', totalIndex], { sources: sources.length }),
      )
      continue
    }
    for (const column of AMOUNT_COLUMNS) {
      const reported = total[column]
      if (reported === undefined) continue
      const printed = sources.map((r) => r[column])
      if (printed.some((v) => v === undefined)) continue
      const sourcesSum = sum(printed as string[])
      if (dec(reported).minus(sourcesSum).abs().greaterThan(tolerance)) {
        findings.push(
          emit(ctx, 'FUNDING_TOTAL_MISMATCH', ['funding', totalIndex, column], {
            column,
            columnName: fundingColumnName(column, ctx.locale),
            reported,
            sum: toDecimalString(sourcesSum),
            difference: toDecimalString(dec(reported).minus(sourcesSum)),
            tolerance: ctx.scheme.thresholds.sumTolerance,
          }),
        )
      }
    }
  }
  return findings
}

/**
 * The row that carries the budget-execution item (分值 / 得分): the headline row, unless it prints
 * neither while a component row (其中…) does — forms that print the 10 points on the 其中 row.
 * @internal
 */
export function executionRowIndex(rows: readonly FundingRow[]): number | null {
  const headline = headlineRowIndex(rows)
  const scored = (r: FundingRow | undefined) =>
    r?.weight !== undefined || r?.printed?.score !== undefined
  if (headline !== null && scored(rows[headline])) return headline
  const component = rows.findIndex((r) => scored(r))
  return component >= 0 ? component : headline
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
  return toDecimalString(
    dec(row.initialBudget)
      .plus(row.adjustment)
      .plus(row.carryOver ?? '0'),
  )
}

/**
 * A row that prints 年初预算数, 预算调整数 and 全年预算数 must add up: B₀ + ΔB (+ 结转, when the row
 * prints a carry-over column) = 全年预算数. The rates use the printed 全年预算数, so a row that does
 * not add up makes them disagree with the amounts.
 * @internal
 */
export function checkAdjustedBudgets(ctx: RuleContext): Finding[] {
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  ctx.form.funding.forEach((row, r) => {
    const { initialBudget, adjustment, adjustedBudget } = row
    if (initialBudget === undefined || adjustment === undefined || adjustedBudget === undefined)
      return
    const total = dec(initialBudget)
      .plus(adjustment)
      .plus(row.carryOver ?? '0')
    if (total.minus(adjustedBudget).abs().lessThanOrEqualTo(tolerance)) return
    findings.push(
      emit(ctx, 'ADJUSTED_BUDGET_MISMATCH', ['funding', r, 'adjustedBudget'], {
        initialBudget,
        adjustment,
        carryOver: row.carryOver ?? null,
        sum: toDecimalString(total),
        reported: adjustedBudget,
      }),
    )
  })
  return findings
}

/**
 * The 结余 a row prints against 全年预算数 − 全年执行数 (BALANCE_MISMATCH), and the 到位数 against
 * the budget (FUNDS_NOT_ARRIVED when less arrived than was budgeted). The printed 结余率 and 到位率
 * are checked with the other printed rates, in evaluate.
 * @internal
 */
export function checkBalances(ctx: RuleContext): Finding[] {
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  ctx.form.funding.forEach((row, r) => {
    const budget = adjustedBudgetOf(row)
    if (row.balance !== undefined && budget !== undefined && row.actual !== undefined) {
      const expected = dec(budget).minus(row.actual)
      if (expected.minus(row.balance).abs().greaterThan(tolerance)) {
        findings.push(
          emit(ctx, 'BALANCE_MISMATCH', ['funding', r, 'balance'], {
            reported: row.balance,
            computed: toDecimalString(expected),
            budget,
            actual: row.actual,
          }),
        )
      }
    }
    if (row.arrived !== undefined && budget !== undefined && dec(row.arrived).lessThan(budget)) {
      findings.push(
        emit(ctx, 'FUNDS_NOT_ARRIVED', ['funding', r, 'arrived'], {
          arrived: row.arrived,
          budget,
          shortfall: toDecimalString(dec(budget).minus(row.arrived)),
          unit: ctx.unit,
        }),
      )
    }
  })
  return findings
}

/**
 * 按收入性质分 and 按支出性质分 are two splits of the same funds: each split's parts add up to its
 * printed total (BREAKDOWN_TOTAL_MISMATCH), and the two totals agree (BREAKDOWN_TOTALS_DIFFER).
 * Blank parts are left out, never summed as zero.
 * @internal
 */
export function checkBreakdowns(ctx: RuleContext): Finding[] {
  const b = ctx.form.fundingBreakdown
  if (b === undefined) return []
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  const findings: Finding[] = []
  const totals: Partial<Record<'byIncome' | 'byExpenditure', string>> = {}
  for (const side of ['byIncome', 'byExpenditure'] as const) {
    const split = b[side]
    if (split === undefined) continue
    const amounts = split.items.map((i) => i.amount).filter((a): a is string => a !== undefined)
    const total = split.total ?? (amounts.length > 0 ? toDecimalString(sum(amounts)) : undefined)
    if (total !== undefined) totals[side] = total
    if (split.total === undefined || amounts.length === 0) continue
    const partsSum = sum(amounts)
    if (partsSum.minus(split.total).abs().greaterThan(tolerance)) {
      findings.push(
        emit(ctx, 'BREAKDOWN_TOTAL_MISMATCH', ['fundingBreakdown', side, 'total'], {
          reported: split.total,
          sum: toDecimalString(partsSum),
        }),
      )
    }
  }
  const { byIncome, byExpenditure } = totals
  if (byIncome !== undefined && byExpenditure !== undefined) {
    if (dec(byIncome).minus(byExpenditure).abs().greaterThan(tolerance)) {
      findings.push(
        emit(ctx, 'BREAKDOWN_TOTALS_DIFFER', ['fundingBreakdown'], { byIncome, byExpenditure }),
      )
    }
  }
  return findings
}
