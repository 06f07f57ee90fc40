import type { Assessment } from '../assess/types'
import type { Finding } from '../findings/index'
import { dec, sum, toDecimalString } from '../money/decimal'
import { emit, type LocatedIndicator, type RuleContext } from './context'

/**
 * The sub-rows of each parent row (其中…, numbered children of a starred parent), as indexes into
 * `ctx.indicators`. A child names its parent by id, else by the parent's printed name, within the
 * same list (the same task, or the form's indicators).
 * @internal
 */
export function childrenOf(indicators: readonly LocatedIndicator[]): Map<number, number[]> {
  const children = new Map<number, number[]>()
  const listOf = (l: LocatedIndicator) => l.path.slice(0, -1).join('/')
  indicators.forEach((child, c) => {
    const ref = child.indicator.parent?.trim()
    if (ref === undefined || ref === '') return
    const list = listOf(child)
    const parent = indicators.findIndex(
      (p, i) =>
        i !== c &&
        listOf(p) === list &&
        (p.indicator.id === ref ||
          (p.indicator.id === undefined && p.indicator.name.trim() === ref)),
    )
    if (parent < 0) return
    children.set(parent, [...(children.get(parent) ?? []), c])
  })
  return children
}

/**
 * A parent row whose figure is the sum of its sub-rows' (29.5亩 = 1.5 + 5 + 20 + 3): the sum is
 * checked for targets and for actuals (SUBROW_SUM_MISMATCH) when all are in one unit; children in
 * different units under one figure (192只 = 180只 + 12头) are SUBROW_UNITS_MIXED.
 * @internal
 */
export function checkSubRows(
  ctx: RuleContext,
  assessments: readonly Assessment[],
  children: ReadonlyMap<number, readonly number[]>,
): Finding[] {
  const findings: Finding[] = []
  const tolerance = dec(ctx.scheme.thresholds.sumTolerance)
  for (const [p, kids] of children) {
    const parent = assessments[p]
    const located = ctx.indicators[p]
    if (parent === undefined || located === undefined) continue
    const parts = kids.map((k) => assessments[k]).filter((a): a is Assessment => a !== undefined)
    for (const side of ['target', 'actual'] as const) {
      const own = figureOf(parent, side)
      if (own === null) continue
      const values = parts.map((a) => figureOf(a, side))
      if (values.length === 0 || values.some((v) => v === null)) continue
      const units = new Set(values.map((v) => v?.unit ?? own.unit ?? ''))
      // A part printed without a unit under a parent without one: the unit was left out, not
      // changed, and which one it is cannot be told; no sum to check, and nothing "mixed" to name.
      if (units.size > 1 && units.has('')) continue
      const path = [...located.path, side]
      if (units.size > 1) {
        findings.push(
          emit(ctx, 'SUBROW_UNITS_MIXED', path, {
            indicator: located.indicator.name,
            units: [...units],
          }),
        )
        continue
      }
      const [unit] = units
      if (own.unit !== null && unit !== '' && unit !== own.unit) continue
      const partsSum = sum(values.map((v) => v?.value ?? '0'))
      if (partsSum.minus(own.value).abs().greaterThan(tolerance)) {
        findings.push(
          emit(ctx, 'SUBROW_SUM_MISMATCH', path, {
            indicator: located.indicator.name,
            side,
            reported: own.value,
            sum: toDecimalString(partsSum),
            rows: values.length,
          }),
        )
      }
    }
  }
  return findings
}

interface Figure {
  readonly value: string
  readonly unit: string | null
}

function figureOf(a: Assessment, side: 'target' | 'actual'): Figure | null {
  if (side === 'target') {
    return a.target.kind === 'quantitative' ? { value: a.target.value, unit: a.target.unit } : null
  }
  return a.actual.value === null ? null : { value: a.actual.value, unit: a.actual.unit }
}
