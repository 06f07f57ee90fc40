import { checkBoolean, checkOptions } from '../options/index'
import type { Comparator, DeadlineTarget, QuantitativeTarget, Target } from './types'

/**
 * Options for {@link formatTarget}.
 *
 * @example
 * ```ts
 * import type { FormatTargetOptions } from '@lw/perf-eval'
 * const o: FormatTargetOptions = { explicitComparator: true }
 * ```
 */
export interface FormatTargetOptions {
  /**
   * Print an inferred comparator too ("≥100%" rather than "100%"). Default false, so that the
   * printed text parses back to the same target, inferred comparator included.
   */
  readonly explicitComparator?: boolean | undefined
}

const GLYPHS: Readonly<Record<Exclude<Comparator, 'between'>, string>> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<=': '≤',
  '<': '<',
}

/**
 * Prints a parsed target in canonical form: comparator glyph, value and canonical unit
 * ("≥95%", "≤90万元", "800m²", "90%~100%"), a deadline as "2023年12月" or "1-12月", a criterion as
 * its normalised text, a placeholder as "-", an unreadable target as written. `parseTarget` of the
 * result gives the same target (same kind, comparator, value, upper, unit and inference — pass the
 * same `indicatorName` when the comparator or the unit was inferred from it). Words around the figure
 * in a sentence ("全年开展不少于3次培训") are not printed: "全年开展≥3次".
 *
 * @example
 * ```ts
 * import { formatTarget, parseTarget } from '@lw/perf-eval'
 * formatTarget(parseTarget('不低于 95 ％'))        // '≥95%'
 * formatTarget(parseTarget('800 ㎡'))              // '800m²'
 * formatTarget(parseTarget('100%'), { explicitComparator: true }) // '≥100%'
 * formatTarget(parseTarget('12月底之前'))          // '12月'
 * ```
 */
export function formatTarget(target: Target, options: FormatTargetOptions = {}): string {
  const fn = 'formatTarget'
  checkBoolean(fn, 'explicitComparator', checkOptions(fn, options).explicitComparator, false)
  switch (target.kind) {
    case 'quantitative':
      return formatQuantity(target, options.explicitComparator === true)
    case 'deadline':
      return formatDeadline(target)
    case 'qualitative':
      return target.normalized
    case 'none':
      return '-'
    case 'unreadable':
      return target.raw
  }
}

function formatQuantity(t: QuantitativeTarget, explicit: boolean): string {
  // A unit the name supplied is not printed, as an inferred comparator is not: the same name
  // supplies it again.
  const unit = t.unitFrom === 'name' ? '' : (t.unit ?? '')
  const label = t.label ?? ''
  if (t.comparator === 'between') return `${label}${t.value}${unit}~${t.upper ?? t.value}${unit}`
  const glyph = t.comparatorInferred && !explicit ? '' : GLYPHS[t.comparator]
  return `${label}${glyph}${t.value}${unit}`
}

function formatDeadline(t: DeadlineTarget): string {
  const year = t.year !== undefined ? `${t.year}年` : ''
  const from = t.fromMonth !== undefined ? `${t.fromMonth}-` : ''
  const day = t.day !== undefined ? `${t.day}日` : ''
  return `${year}${from}${t.month}月${day}`
}
