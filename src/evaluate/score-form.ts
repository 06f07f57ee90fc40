import { STATUS_TEXT } from '../assess/reasons'
import type { Assessment } from '../assess/types'
import type { Finding } from '../findings/index'
import type { Bilingual, Locale } from '../i18n/index'
import { readAmount } from '../money/amount'
import { Dec, dec, sum, toDecimalString } from '../money/decimal'
import { emit, isPartial, type RuleContext } from '../rules/context'
import { executionRowIndex } from '../rules/funding'
import { scoredWithoutWeight } from '../rules/scores'
import type { ScoreTrace } from '../score/index'
import {
  executionScoreIn,
  gradeForIn,
  printedScoreTrace,
  scoreIndicatorIn,
  totalOf,
} from '../score/score'
import { categoryOf } from './category'
import type { EvaluatedScore } from './types'

/**
 * Scores a form under its scheme when it carries weights (or the scheme spreads them), and audits
 * each printed score against ours: `SCORE_OUT_OF_BAND` for a qualitative score outside its band,
 * `SCORE_PRINTED_DIFFERS` naming the known rule that would give the printed figure, if any.
 * @internal
 */
export function scoreAssessed(
  ctx: RuleContext,
  assessments: readonly Assessment[],
  completionRatio: string | null,
): { score: EvaluatedScore | null; indicatorScores: (ScoreTrace | null)[]; findings: Finding[] } {
  const located = ctx.indicators
  const none = { score: null, indicatorScores: located.map(() => null), findings: [] }
  if (!ctx.scheme.scoring) return none

  const { weights, spread } = weightsOf(ctx)
  const headline = executionRowIndex(ctx.form.funding)
  const row = headline === null ? undefined : ctx.form.funding[headline]
  if (weights.every((w) => w === null) && row?.weight === undefined) return none

  const items: EvaluatedScore['items'][number][] = []
  const findings: Finding[] = []
  if (row?.weight !== undefined && headline !== null) {
    const t = executionScoreIn(completionRatio, row.weight, ctx.scheme)
    const path = ['funding', headline]
    const item = row.label ?? (ctx.locale === 'en' ? 'budget execution' : '预算执行')
    items.push({ ...t, item, path })
    findings.push(
      ...auditPrinted(ctx, t, item, row.printed?.score, [...path, 'printed', 'score'], null),
    )
  }
  const indicatorScores = located.map(({ indicator, path }, i) => {
    const assessment = assessments[i]
    const weight = weights[i] ?? null
    if (assessment === undefined || weight === null) return null
    if (indicator.kind === 'rubric') {
      const printed = readAmount(indicator.printed?.score ?? '')
      const t = printedScoreTrace(weight, printed.success ? printed.value : null)
      items.push({ ...t, item: indicator.name, path })
      return t
    }
    const t = scoreIndicatorIn(assessment, weight, ctx.scheme)
    items.push({ ...t, item: indicator.name, path })
    findings.push(
      ...auditPrinted(
        ctx,
        t,
        indicator.name,
        indicator.printed?.score,
        [...path, 'printed', 'score'],
        assessment,
      ),
    )
    return t
  })
  const totals = totalOf(items)
  const { total, rescale } = totals
  // A row that prints a score but no weight is outside our total: the total is then partial.
  const unweighted = located.some(({ indicator }, i) => scoredWithoutWeight(indicator, weights[i]))
  const complete = totals.complete && !unweighted && !isPartial(ctx)
  // Grades are bands of a total out of 100; a total out of other weights is not graded.
  const outOf100 = sum(items.map((i) => i.weight ?? '0')).equals(100)
  return {
    score: {
      total,
      display: dec(total).toFixed(2),
      // No grade for a partial total: it would grade what the form did not finish saying.
      grade: complete && outOf100 ? gradeForIn(total, ctx.scheme) : null,
      rescale,
      complete,
      weightsSpread: spread,
      items,
    },
    indicatorScores,
    findings,
  }
}

function weightsOf(ctx: RuleContext): { weights: (string | null)[]; spread: boolean } {
  const located = ctx.indicators
  const given = located.map((l) => l.indicator.weight ?? null)
  const groupWeights = ctx.scheme.groupWeights
  if (
    ctx.scheme.spreadWeights === 'none' ||
    groupWeights === null ||
    given.some((w) => w !== null)
  ) {
    return { weights: given, spread: false }
  }
  const groups = located.map((l) => categoryOf(l.indicator).code)
  const counts = new Map<string, number>()
  for (const g of groups) if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1)
  const weights = groups.map((g) => {
    if (g !== 'output' && g !== 'effect' && g !== 'satisfaction') return null
    return toDecimalString(dec(groupWeights[g]).dividedBy(counts.get(g) ?? 1))
  })
  return { weights, spread: weights.some((w) => w !== null) }
}

/** Compares a printed score with ours and says which known rule, if any, gives the printed one. */
function auditPrinted(
  ctx: RuleContext,
  ours: ScoreTrace,
  item: string,
  printedText: string | undefined,
  path: (string | number)[],
  assessment: Assessment | null,
): Finding[] {
  if (printedText === undefined || ours.score === null || ours.weight === null) return []
  const parsed = readAmount(printedText)
  if (!parsed.success) return []
  const printed = dec(parsed.value)
  const tolerance = dec(ctx.scheme.thresholds.scoreTolerance)
  const w = dec(ours.weight)
  if (ours.rule === 'qualitative-band' && ours.band !== null) {
    const low = w.times(ours.band.low)
    const high = w.times(ours.band.high)
    if (printed.lessThan(low.minus(tolerance)) || printed.greaterThan(high.plus(tolerance))) {
      return [
        emit(ctx, 'SCORE_OUT_OF_BAND', path, {
          item,
          band: ours.status ?? '',
          bandText: ours.status === null ? '' : STATUS_TEXT[ours.status][ctx.locale],
          low: toDecimalString(low),
          high: toDecimalString(high),
          score: parsed.value,
        }),
      ]
    }
  }
  const score = dec(ours.score)
  // Right when it is our score written at the printed number of decimals (2.857… as 2.86 or 2.9);
  // whole points for a fractional score are a convention of their own (whole-points-rounded).
  const places = printed.decimalPlaces()
  const atPrinted = score.toDecimalPlaces(places, Dec.ROUND_HALF_UP)
  if (atPrinted.equals(printed) && (places > 0 || score.isInteger())) return []
  const explanation = explain(printed, score, w, ours, assessment)
  return [
    emit(ctx, 'SCORE_PRINTED_DIFFERS', path, {
      item,
      printed: parsed.value,
      computed: ours.display,
      rule: ours.rule,
      explanation: explanation ?? 'none',
      explanationText: explanationText(explanation, ctx.locale),
    }),
  ].map((f) => (explanation === null ? f : { ...f, severity: 'info' as const }))
}

function explain(
  printed: Dec,
  ours: Dec,
  weight: Dec,
  trace: ScoreTrace,
  assessment: Assessment | null,
): Explanation | null {
  // A convention explains a printed score only when it gives exactly the printed figure: the
  // rule's exact score written at the printed number of decimals, rounded half-up or cut.
  const places = printed.decimalPlaces()
  const exact = (x: Dec) =>
    x.toDecimalPlaces(places, Dec.ROUND_HALF_UP).equals(printed) ||
    x.toDecimalPlaces(places, Dec.ROUND_DOWN).equals(printed)
  if (trace.rule === 'qualitative-band' && trace.band !== null) {
    if (
      printed.greaterThanOrEqualTo(weight.times(trace.band.low)) &&
      printed.lessThanOrEqualTo(weight.times(trace.band.high))
    ) {
      return 'within-qualitative-band'
    }
  }
  if (printed.equals(ours.floor())) return 'whole-points-truncated'
  if (printed.equals(ours.toDecimalPlaces(0))) return 'whole-points-rounded'
  if (places === 1 && printed.equals(ours.toDecimalPlaces(1, Dec.ROUND_DOWN)))
    return 'one-decimal-truncated'
  if (trace.rule === 'reverse' && assessment !== null) {
    const target = assessment.target
    const actual = assessment.actual.value
    if (target.kind === 'quantitative' && actual !== null && !dec(actual).isZero()) {
      if (exact(weight.times(target.value).dividedBy(actual))) return 'reverse-target-over-actual'
    }
  }
  if (trace.rule === 'execution' && trace.capped && trace.ratio !== null) {
    if (exact(weight.times(trace.ratio))) return 'execution-uncapped'
  }
  return null
}

/** The known rules that can give a printed score other than ours. */
type Explanation =
  | 'within-qualitative-band'
  | 'whole-points-truncated'
  | 'whole-points-rounded'
  | 'one-decimal-truncated'
  | 'reverse-target-over-actual'
  | 'execution-uncapped'

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const EXPLANATIONS: Readonly<Record<Explanation | 'none', Bilingual>> = {
  'within-qualitative-band': {
    'zh-CN': '在定性评价档次区间内自行确定',
    en: 'chosen within the qualitative band',
  },
  'whole-points-truncated': { 'zh-CN': '按整数分截尾', en: 'truncated to whole points' },
  'whole-points-rounded': { 'zh-CN': '按整数分四舍五入', en: 'rounded to whole points' },
  'one-decimal-truncated': { 'zh-CN': '保留一位小数截尾', en: 'truncated to one decimal' },
  'reverse-target-over-actual': {
    'zh-CN': '反向指标按“目标值/实际值”计分',
    en: 'reverse indicator scored as target/actual',
  },
  'execution-uncapped': {
    'zh-CN': '预算执行得分未封顶',
    en: 'budget execution score not capped at its weight',
  },
  none: { 'zh-CN': '没有已知规则能得出该得分', en: 'no known rule gives this score' },
}

function explanationText(id: Explanation | null, locale: Locale): string {
  return EXPLANATIONS[id ?? 'none'][locale]
}
