import type { Assessment, AssessmentStatus } from '../assess/types'
import { type Dec, dec, sum, toDecimalString, toFixedString } from '../money/decimal'
import { safeDec } from '../rates/fraction'
import { requireScheme, type SchemeName, type ScoringScheme } from './scheme'

/**
 * Which rule produced a score:
 * - `execution` — budget execution: weight × completion rate, capped at the weight when the scheme says so;
 * - `full-when-met` — a quantitative or deadline indicator that met its target gets its weight;
 * - `proportional` — higher-is-better short of target: weight × actual/target;
 * - `reverse` — lower-is-better above target: weight × the scheme's reverse-rule ratio;
 * - `zero-target` — a target of 0 ("0起"): the weight only when the actual is 0;
 * - `qualitative-band` — the band point of the status (达成 / 部分达成 / 未达成);
 * - `excluded` — not carried out, left out and the total rescaled;
 * - `unscorable` — status unknown or no weight: no score is invented;
 * - `as-printed` — a scoring-rubric row, which has no target or actual: its printed score, capped.
 *
 * @example
 * ```ts
 * import type { ScoreRule } from '@lw/perf-eval'
 * const rule: ScoreRule = 'proportional'
 * ```
 */
export type ScoreRule =
  | 'execution'
  | 'full-when-met'
  | 'proportional'
  | 'reverse'
  | 'zero-target'
  | 'qualitative-band'
  | 'excluded'
  | 'unscorable'
  | 'as-printed'

/**
 * The score of a scoring-rubric row, which has no target or actual to judge: the printed score,
 * capped at the weight; unscorable when none is printed or readable.
 * @internal
 */
export function printedScoreTrace(weight: string | null, printed: string | null): ScoreTrace {
  const raw = printed === null ? null : dec(printed)
  return trace(raw === null ? 'unscorable' : 'as-printed', weight, null, null, raw, {
    cap: weight !== null,
  })
}

/**
 * How one score came about: the rule, the numbers it used, whether it was capped, and the score
 * (exact, and rounded to 2 decimals half-up for display).
 *
 * @example
 * ```ts
 * import { scoreIndicator, assessIndicator, schemes } from '@lw/perf-eval'
 * const a = assessIndicator({ name: '保障人数', target: '2370人', actual: '2000人' })
 * const s = scoreIndicator(a, '10', schemes['mof-2020-project'])
 * s.rule    // 'proportional'
 * s.display // '8.44'
 * ```
 */
export interface ScoreTrace {
  /** The scoring rule applied (`proportional`, `qualitative-band`, `as-printed` …). */
  readonly rule: ScoreRule
  /** The weight (分值) scored against, or null. */
  readonly weight: string | null
  /** The assessment status scored, or null for a printed score. */
  readonly status: AssessmentStatus | null
  /** The completion ratio the score used, or null. */
  readonly ratio: string | null
  /** The band used by `qualitative-band`, with its bounds as fractions of the weight. */
  readonly band: {
    /** Lower bound, as a fraction of the weight. */
    readonly low: string
    /** Upper bound, as a fraction of the weight. */
    readonly high: string
    /** The point of the band the score was given at, as a fraction of the weight. */
    readonly point: string
  } | null
  /** True when the raw score was above the weight and was cut to it. */
  readonly capped: boolean
  /** The exact score, or null when none can be given. */
  readonly score: string | null
  /** `score` rounded once, to 2 decimals half-up. */
  readonly display: string | null
}

function trace(
  rule: ScoreRule,
  weight: string | null,
  status: AssessmentStatus | null,
  ratio: string | null,
  raw: Dec | null,
  options: { cap?: boolean; band?: ScoreTrace['band'] } = {},
): ScoreTrace {
  let score = raw
  let capped = false
  if (score !== null && weight !== null && options.cap !== false && score.greaterThan(weight)) {
    score = dec(weight)
    capped = true
  }
  if (score?.isNegative()) score = dec(0)
  return {
    rule,
    weight,
    status,
    ratio,
    band: options.band ?? null,
    capped,
    score: score === null ? null : toDecimalString(score),
    display: score === null ? null : toFixedString(score, 2),
  }
}

/**
 * Scores one assessed indicator under a scheme (财预〔2020〕10号 by default): met → the full weight;
 * higher-is-better short of target → weight × actual/target; lower-is-better above target → weight
 * × the scheme's reverse-rule ratio; zero target → all or nothing; qualitative, deadline and
 * narrative-only judgements → the point of the status's band. Not carried out → excluded (or zero,
 * as the scheme says). With no weight, a weight that is not a plain decimal ("10分", "") or an
 * unknown status, no score is invented (`rule: 'unscorable'`); nothing throws.
 *
 * @example
 * ```ts
 * import { assessIndicator, schemes, scoreIndicator } from '@lw/perf-eval'
 * const a = assessIndicator({ name: '委托业务报告合格率', target: '≥100百分比', actual: '100' })
 * scoreIndicator(a, '8', schemes['mof-2020-project']).score // '8'
 * ```
 */
export function scoreIndicator(
  assessment: Assessment,
  weight: string | null | undefined,
  scheme: SchemeName | ScoringScheme,
): ScoreTrace {
  return scoreIndicatorIn(assessment, weight, requireScheme('scoreIndicator', scheme))
}

/** {@link scoreIndicator} under a scheme already checked. @internal */
export function scoreIndicatorIn(
  assessment: Assessment,
  weight: string | null | undefined,
  scheme: ScoringScheme,
): ScoreTrace {
  const { status, ratio, direction } = assessment
  // A weight or ratio that is not a plain decimal ("10分", "", JSON edited by hand) scores nothing:
  // no score is invented, and nothing throws.
  const wd = safeDec(weight)
  if (wd === null) return trace('unscorable', null, status, ratio, null)
  const w = typeof weight === 'string' ? weight : toDecimalString(wd)
  if (status === 'not-carried-out') {
    return scheme.notCarriedOut === 'zero'
      ? trace('excluded', w, status, ratio, dec(0))
      : trace('excluded', w, status, ratio, null)
  }
  if (status === 'unknown') return trace('unscorable', w, status, ratio, null)
  const target = assessment.target
  const r = safeDec(ratio)
  if (target.kind === 'quantitative' && r !== null) {
    if (status === 'met') return trace('full-when-met', w, status, ratio, wd)
    if (direction === 'equal' && safeDec(target.value)?.isZero() === true) {
      return trace('zero-target', w, status, ratio, wd.times(r))
    }
    const rule: ScoreRule = direction === 'lower' ? 'reverse' : 'proportional'
    return trace(rule, w, status, ratio, wd.times(r))
  }
  if (status === 'met' && (target.kind === 'quantitative' || target.kind === 'deadline')) {
    return trace('full-when-met', w, status, ratio, wd)
  }
  const band = scheme.qualitativeBands[status] as ScoreTrace['band'] | undefined
  if (band === undefined || band === null) return trace('unscorable', w, status, ratio, null)
  return trace('qualitative-band', w, status, ratio, wd.times(band.point), { band })
}

/**
 * The budget-execution score: weight × completion rate, capped at the weight when the scheme says
 * so (an overspend earns no extra points). Unscorable (score null) when the rate is undefined or
 * either figure is not a plain decimal ("n/a").
 *
 * @example
 * ```ts
 * import { executionScore, schemes } from '@lw/perf-eval'
 * executionScore('0.978086419753086', '10', schemes['mof-2020-project']).display // '9.78'
 * ```
 */
export function executionScore(
  completionRatio: string | null,
  weight: string,
  scheme: SchemeName | ScoringScheme,
): ScoreTrace {
  return executionScoreIn(completionRatio, weight, requireScheme('executionScore', scheme))
}

/** {@link executionScore} under a scheme already checked. @internal */
export function executionScoreIn(
  completionRatio: string | null,
  weight: string,
  scheme: ScoringScheme,
): ScoreTrace {
  const w = safeDec(weight)
  const r = safeDec(completionRatio)
  if (w === null) return trace('unscorable', null, null, completionRatio, null)
  if (r === null) return trace('unscorable', weight, null, null, null)
  return trace('execution', weight, null, completionRatio, w.times(r), {
    cap: scheme.capExecutionScore,
  })
}

/**
 * The grade of a total under the scheme's cut-offs (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 by default).
 * The total is compared exactly, unrounded: 89.995 is 良. Null for a total that is not a plain
 * decimal ("90分").
 *
 * @example
 * ```ts
 * import { gradeFor, schemes } from '@lw/perf-eval'
 * gradeFor('90', schemes['mof-2020-project'])     // '优'
 * gradeFor('89.995', schemes['mof-2020-project']) // '良'
 * ```
 */
export function gradeFor(total: string, scheme: SchemeName | ScoringScheme): string | null {
  return gradeForIn(total, requireScheme('gradeFor', scheme))
}

/** {@link gradeFor} under a scheme already checked. @internal */
export function gradeForIn(total: string, scheme: ScoringScheme): string | null {
  const t = safeDec(total)
  if (t === null) return null
  const sorted = [...scheme.grades].sort((a, b) => dec(b.min).comparedTo(a.min))
  for (const g of sorted) if (t.greaterThanOrEqualTo(g.min)) return g.grade
  return null
}

/**
 * Adds item scores into a total out of 100. Excluded items (not carried out) take their weight
 * out, and the total is rescaled to 100 over the weight that remains; the factor is reported.
 * @internal
 */
export function totalOf(items: readonly ScoreTrace[]): {
  total: string
  rescale: string | null
  complete: boolean
} {
  const scored = items.filter((i) => i.score !== null)
  const excludedWeight = sum(
    items.filter((i) => i.rule === 'excluded' && i.score === null).map((i) => i.weight ?? '0'),
  )
  const raw = sum(scored.map((i) => i.score ?? '0'))
  const allWeight = sum(items.map((i) => i.weight ?? '0'))
  const remaining = allWeight.minus(excludedWeight)
  const complete = items.every((i) => i.score !== null || i.rule === 'excluded')
  if (excludedWeight.isZero() || remaining.lessThanOrEqualTo(0)) {
    return { total: toDecimalString(raw), rescale: null, complete }
  }
  const factor = allWeight.dividedBy(remaining)
  return { total: toDecimalString(raw.times(factor)), rescale: toDecimalString(factor), complete }
}
