import type { Finding } from '../findings/index'
import { dec, toDecimalString } from '../money/decimal'
import { checkReportedRate, formatPercent, rateCheckFinding } from '../rates/index'
import type { YearPair } from '../schema/index'
import { emit, type RuleContext } from './context'

/**
 * The basic-data table of a department-overall form: 人员控制率 = 实有人数 ÷ 编制数, recomputed and
 * its printed figure checked like any printed rate; staff above the quota (STAFF_OVER_QUOTA); and
 * 三公经费 / 公用经费 this year against last (their printed change rate checked, a rise reported as
 * THREE_PUBLIC_EXPENSES_ROSE, since they are to fall year on year under the 过紧日子 rules).
 * @internal
 */
export function checkBasicData(ctx: RuleContext): Finding[] {
  const data = ctx.form.basicData
  if (data === undefined) return []
  const findings: Finding[] = []
  const { staffQuota, staffActual } = data
  if (staffQuota !== undefined && staffActual !== undefined && !dec(staffQuota).isZero()) {
    const ratio = toDecimalString(dec(staffActual).dividedBy(staffQuota))
    if (data.printedStaffControlRate !== undefined) {
      const f = rateCheckFinding(checkReportedRate(data.printedStaffControlRate, ratio), {
        rate: { 'zh-CN': '人员控制率', en: 'staff control rate' },
        locale: ctx.locale,
        path: ['basicData', 'printedStaffControlRate'],
      })
      if (f !== null) findings.push(f)
    }
    if (dec(staffActual).greaterThan(staffQuota)) {
      findings.push(
        emit(ctx, 'STAFF_OVER_QUOTA', ['basicData', 'staffActual'], {
          actual: staffActual,
          quota: staffQuota,
          rate: formatPercent(ratio),
        }),
      )
    }
  }
  const pairs = [
    ['threePublicExpenses', { 'zh-CN': '三公经费变动率', en: 'change in 三公 spending' }],
    ['publicExpenses', { 'zh-CN': '公用经费变动率', en: 'change in public expenses' }],
  ] as const
  for (const [key, name] of pairs) {
    const pair: YearPair | undefined = data[key]
    if (pair?.current === undefined || pair.previous === undefined) continue
    const previous = dec(pair.previous)
    const change = previous.isZero()
      ? null
      : toDecimalString(dec(pair.current).minus(previous).dividedBy(previous))
    if (pair.printedChangeRate !== undefined) {
      const f = rateCheckFinding(checkReportedRate(pair.printedChangeRate, change), {
        rate: name,
        locale: ctx.locale,
        path: ['basicData', key, 'printedChangeRate'],
      })
      if (f !== null) findings.push(f)
    }
    if (key === 'threePublicExpenses' && dec(pair.current).greaterThan(previous)) {
      findings.push(
        emit(ctx, 'THREE_PUBLIC_EXPENSES_ROSE', ['basicData', key, 'current'], {
          current: pair.current,
          previous: pair.previous,
          change: change === null ? null : formatPercent(change),
          unit: ctx.unit,
        }),
      )
    }
  }
  return findings
}
