/**
 * Comparing an actual with a target: figures (with units reconciled), bounds and dates.
 * @internal
 */
import { type Locale, pick } from '../i18n/index'
import { type Dec, dec, toDecimalString, toFixedString } from '../money/decimal'
import { isMoneyUnit, scale } from '../money/units'
import type { DateParts } from '../targets/deadline'
import { formatTarget } from '../targets/format'
import type { DeadlineTarget, QuantitativeTarget, Target } from '../targets/types'
import type { Bound } from './read'
import { reason } from './reasons'
import type { AssessmentReason, AssessmentStatus, Direction, ReverseRule } from './types'

/** Resolved thresholds of an assessment. @internal */
export interface Settings {
  readonly reverseRule: ReverseRule
  readonly partialRatio: Dec
  readonly overTargetRatio: Dec
  readonly fiscalYear: number | undefined
  readonly locale: Locale | undefined
}

/** What a comparison concluded. @internal */
export interface Outcome {
  readonly status: AssessmentStatus
  readonly ratio: Dec | null
  readonly reasons: AssessmentReason[]
}

/** The direction a target points. @internal */
export function directionOf(t: Target): Direction {
  switch (t.kind) {
    case 'quantitative':
      if (t.comparator === 'between') return 'range'
      if (t.comparator === '=') return 'equal'
      return t.comparator === '<=' || t.comparator === '<' ? 'lower' : 'higher'
    case 'deadline':
      return 'deadline'
    case 'qualitative':
      return 'qualitative'
    default:
      return 'none'
  }
}

/** A figure reconciled to the target's unit, or why it cannot be. @internal */
export type Reconciled =
  | {
      readonly ok: true
      readonly value: string
      readonly unit: string | null
      readonly converted?: { readonly fromValue: string; readonly fromUnit: string }
    }
  | { readonly ok: false; readonly actualUnit: string; readonly targetUnit: string }

/**
 * Brings an actual figure into the target's unit: the same unit, a missing unit on either side
 * (taken to be the other's), or money converted exactly between 元, 万元 and 亿元. Anything else
 * (percent against a count, 个 against 人) cannot be reconciled.
 * @internal
 */
export function reconcile(
  value: string,
  unit: string | null,
  target: QuantitativeTarget,
): Reconciled {
  const tu = target.unit
  if (unit === null || tu === null || unit === tu) return { ok: true, value, unit: tu ?? unit }
  if (isMoneyUnit(unit) && isMoneyUnit(tu)) {
    const converted = toDecimalString(scale(dec(value), unit, tu))
    return { ok: true, value: converted, unit: tu, converted: { fromValue: value, fromUnit: unit } }
  }
  return { ok: false, actualUnit: unit, targetUnit: tu }
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const RULE_TEXT = {
  'actual-over-target': { 'zh-CN': '完成值 ÷ 目标值', en: 'actual ÷ target' },
  'linear-to-double': {
    'zh-CN': '反向指标：1 − (完成值 − 目标值) ÷ 目标值，至两倍目标值时为 0',
    en: 'reverse: 1 − (actual − target) ÷ target, reaching 0 at twice the target',
  },
  'target-over-actual': { 'zh-CN': '反向指标：目标值 ÷ 完成值', en: 'reverse: target ÷ actual' },
  'within-bound': { 'zh-CN': '在目标范围内', en: 'within the target' },
} as const

/** A ratio as a percent with two decimals, for messages. @internal */
export function percentText(ratio: Dec): string {
  return `${toFixedString(ratio.times(100), 2)}%`
}

function ratioReason(ratio: Dec, rule: keyof typeof RULE_TEXT, s: Settings): AssessmentReason {
  return reason(
    'ratio',
    {
      ratio: toDecimalString(ratio),
      ratioPercent: percentText(ratio),
      rule: pick(RULE_TEXT[rule], s.locale),
    },
    s.locale,
  )
}

function byRatio(ratio: Dec, s: Settings): AssessmentStatus {
  if (ratio.greaterThanOrEqualTo(1)) return 'met'
  return ratio.greaterThanOrEqualTo(s.partialRatio) ? 'partially-met' : 'not-met'
}

function shown(value: Dec, unit: string | null): string {
  return `${toDecimalString(value)}${unit ?? ''}`
}

/**
 * Compares a figure with a quantitative target. Higher-is-better (≥, >, and = with a positive
 * target, as FASP2 scores them): met when actual ≥ target, else the ratio actual/target decides
 * partially-met against not-met. Lower-is-better (≤, <): met when actual ≤ target, else the reverse
 * rule gives the ratio. Zero targets are met only by zero (or less). Ranges are met inside, and
 * rated against the nearer bound outside. Targets ≤ 0 have no ratio: only the comparison counts.
 * @internal
 */
export function compareQuantity(
  t: QuantitativeTarget,
  actual: { readonly value: string; readonly bound: Bound | null },
  s: Settings,
): Outcome {
  const a = dec(actual.value)
  const target = dec(t.value)
  const targetText = formatTarget(t, { explicitComparator: true })
  if (actual.bound !== null) return compareBound(t, a, actual.bound, targetText, s)
  if (t.comparator === 'between') return compareRange(t, a, s)
  const lower = t.comparator === '<=' || t.comparator === '<'
  if (target.isZero() && (lower || t.comparator === '=')) {
    const met = a.lessThanOrEqualTo(0)
    const verdict = met
      ? pick({ 'zh-CN': '，达成', en: 'meets it' }, s.locale)
      : pick({ 'zh-CN': '，不为 0，未达成', en: 'is not zero: not met' }, s.locale)
    return {
      status: met ? 'met' : 'not-met',
      ratio: dec(met ? 1 : 0),
      reasons: [reason('zero-target', { actual: shown(a, t.unit), verdict }, s.locale)],
    }
  }
  if (target.lessThanOrEqualTo(0)) {
    const met = lower ? a.lessThanOrEqualTo(target) : a.greaterThanOrEqualTo(target)
    return {
      status: met ? 'met' : 'not-met',
      ratio: null,
      reasons: [reason('ratio-undefined', { target: targetText }, s.locale)],
    }
  }
  return lower ? compareLower(a, target, s) : compareHigher(a, target, s)
}

function compareHigher(a: Dec, target: Dec, s: Settings): Outcome {
  // FASP2 clamps a negative actual to zero before rating it.
  const ratio = (a.isNegative() ? dec(0) : a).dividedBy(target)
  return {
    status: byRatio(ratio, s),
    ratio,
    reasons: [ratioReason(ratio, 'actual-over-target', s)],
  }
}

function compareLower(a: Dec, target: Dec, s: Settings): Outcome {
  if (a.lessThanOrEqualTo(target)) {
    return { status: 'met', ratio: dec(1), reasons: [ratioReason(dec(1), 'within-bound', s)] }
  }
  const ratio = reverseRatio(a, target, s.reverseRule)
  const status = ratio.greaterThanOrEqualTo(s.partialRatio) ? 'partially-met' : 'not-met'
  return { status, ratio, reasons: [ratioReason(ratio, s.reverseRule, s)] }
}

/** The reverse rule for a ≤ target overshot (a > target > 0). @internal */
export function reverseRatio(a: Dec, target: Dec, rule: ReverseRule): Dec {
  if (rule === 'target-over-actual') return target.dividedBy(a)
  const r = dec(1).minus(a.minus(target).dividedBy(target))
  return r.isNegative() ? dec(0) : r
}

function compareRange(t: QuantitativeTarget, a: Dec, s: Settings): Outcome {
  const lo = dec(t.value)
  const hi = dec(t.upper ?? t.value)
  if (a.greaterThanOrEqualTo(lo) && a.lessThanOrEqualTo(hi)) {
    return { status: 'met', ratio: dec(1), reasons: [ratioReason(dec(1), 'within-bound', s)] }
  }
  const bound = a.lessThan(lo) ? lo : hi
  if (!bound.greaterThan(0)) {
    return {
      status: 'not-met',
      ratio: null,
      reasons: [reason('ratio-undefined', { target: formatTarget(t) }, s.locale)],
    }
  }
  return a.lessThan(lo) ? compareHigher(a, lo, s) : compareLower(a, hi, s)
}

/**
 * An actual written as an inequality. "≥95%" against "≥95%" meets it (the bound is used as the
 * value); a bound on the far side of the target settles a shortfall; anything else is unknown.
 */
function compareBound(
  t: QuantitativeTarget,
  x: Dec,
  bound: Bound,
  targetText: string,
  s: Settings,
): Outcome {
  const glyph = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' }[bound]
  const boundReason = reason('actual-bound', { bound: glyph, actual: shown(x, t.unit) }, s.locale)
  const atLeast = bound === '>=' || bound === '>'
  const lower = t.comparator === '<=' || t.comparator === '<'
  const target = dec(t.value)
  const inconclusive: Outcome = {
    status: 'unknown',
    ratio: null,
    reasons: [
      reason(
        'bound-inconclusive',
        { bound: glyph, actual: shown(x, t.unit), target: targetText },
        s.locale,
      ),
    ],
  }
  if (t.comparator === 'between') return inconclusive
  if (atLeast && !lower) {
    if (!x.greaterThanOrEqualTo(target)) return inconclusive
    const out = target.greaterThan(0) ? compareHigher(x, target, s) : null
    return {
      status: 'met',
      ratio: out?.ratio ?? null,
      reasons: [boundReason, ...(out?.reasons ?? [])],
    }
  }
  if (!atLeast && lower) {
    if (!x.lessThanOrEqualTo(target)) return inconclusive
    return {
      status: 'met',
      ratio: dec(1),
      reasons: [boundReason, ratioReason(dec(1), 'within-bound', s)],
    }
  }
  // "≥X" against "≤T" with X > T, or "≤X" against "≥T" with X < T: the shortfall is certain.
  const certainMiss = atLeast ? x.greaterThan(target) : x.lessThan(target)
  return certainMiss ? { status: 'not-met', ratio: null, reasons: [boundReason] } : inconclusive
}

/** A date as text in the locale's way ("2023年10月"). @internal */
export function dateText(d: DateParts): string {
  const y = d.year !== undefined ? `${d.year}年` : ''
  const from = d.fromMonth !== undefined ? `${d.fromMonth}-` : ''
  const day = d.day !== undefined ? `${d.day}日` : ''
  return `${y}${from}${d.month}月${day}`
}

/**
 * Compares a date with a deadline, inclusive: done in or before the due month (day, when both
 * give one) is met, later is not. A missing year is the fiscal year when one is given, else the
 * other side's year, else only months are compared.
 * @internal
 */
export function compareDeadline(t: DeadlineTarget, a: DateParts, s: Settings): Outcome {
  const ty = t.year ?? s.fiscalYear ?? a.year
  const ay = a.year ?? s.fiscalYear ?? t.year
  let cmp = 0
  if (ty !== undefined && ay !== undefined) cmp = Math.sign(ay - ty)
  if (cmp === 0) cmp = Math.sign(a.month - t.month)
  if (cmp === 0 && a.day !== undefined && t.day !== undefined) cmp = Math.sign(a.day - t.day)
  return {
    status: cmp <= 0 ? 'met' : 'not-met',
    ratio: null,
    reasons: [reason('deadline', { actual: dateText(a), target: dateText(t) }, s.locale)],
  }
}
