import type { Finding } from '../findings/index'
import { dec, sum, toDecimalString } from '../money/decimal'
import { emit, type RuleContext } from './context'
import { adjustedBudgetOf, headlineRowIndex } from './funding'

/**
 * Task funds (任务涉及资金) must not add up to more than the adjusted budget. They need not add up to
 * all of it: basic expenditure (人员/公用经费) usually sits outside the tasks (Liwan: 3412.96 of 6539.06).
 * @internal
 */
export function checkTaskFunds(ctx: RuleContext): Finding[] {
  const funds = ctx.form.tasks.map((t) => t.funds).filter((f): f is string => f !== undefined)
  if (funds.length === 0) return []
  const row = headlineRowIndex(ctx.form.funding)
  if (row === null) return []
  const budget = adjustedBudgetOf(ctx.form.funding[row] ?? { source: 'total' })
  if (budget === undefined) return []
  const tasks = sum(funds)
  if (!tasks.greaterThan(dec(budget).plus(ctx.scheme.thresholds.sumTolerance))) return []
  return [
    emit(ctx, 'TASK_FUNDS_EXCEED_BUDGET', ['tasks'], {
      tasks: toDecimalString(tasks),
      budget,
      unit: ctx.unit,
    }),
  ]
}
