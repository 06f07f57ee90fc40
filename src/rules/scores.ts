import type { Finding } from '../findings/index'
import { readAmount } from '../money/amount'
import { type Dec, dec, sum, toDecimalString } from '../money/decimal'
import type { Indicator } from '../schema/index'
import { gradeFor } from '../score/index'
import { emit, isPartial, type RuleContext } from './context'
import { executionRowIndex } from './funding'

interface PrintedScore {
  readonly item: string
  readonly path: (string | number)[]
  readonly score: Dec
  readonly weight: string | undefined
}

/**
 * Audits the scores a form prints: each against its weight, the items against the printed total,
 * the weights against 100. Printed scores that are not numbers ("IO") are reported, not guessed.
 * @internal
 */
export function checkPrintedScores(ctx: RuleContext): Finding[] {
  const findings: Finding[] = []
  const scores: PrintedScore[] = []
  const read = (
    item: string,
    path: (string | number)[],
    text: string | undefined,
    weight?: string,
  ) => {
    if (text === undefined) return
    const parsed = readAmount(text)
    if (!parsed.success) {
      if (parsed.problem !== 'empty') {
        findings.push(emit(ctx, 'PRINTED_SCORE_UNREADABLE', path, { item, text }))
      }
      return
    }
    scores.push({ item, path, score: dec(parsed.value), weight })
  }

  const headline = executionRowIndex(ctx.form.funding)
  const executionRow = headline === null ? undefined : ctx.form.funding[headline]
  if (executionRow && headline !== null) {
    const item = executionRow.label ?? (ctx.locale === 'en' ? 'budget execution' : '预算执行')
    read(
      item,
      ['funding', headline, 'printed', 'score'],
      executionRow.printed?.score,
      executionRow.weight,
    )
  }
  for (const { indicator, path } of ctx.indicators) {
    read(indicator.name, [...path, 'printed', 'score'], indicator.printed?.score, indicator.weight)
  }

  for (const s of scores) {
    if (s.weight !== undefined && s.score.greaterThan(s.weight)) {
      findings.push(
        emit(ctx, 'SCORE_EXCEEDS_WEIGHT', s.path, {
          item: s.item,
          score: toDecimalString(s.score),
          weight: s.weight,
        }),
      )
    }
  }

  const partial = isPartial(ctx)
  const total = ctx.form.printed?.totalScore
  if (total !== undefined && scores.length > 0 && !partial) {
    const parsed = readAmount(total)
    if (!parsed.success) {
      findings.push(
        emit(ctx, 'PRINTED_SCORE_UNREADABLE', ['printed', 'totalScore'], {
          item: 'total',
          text: total,
        }),
      )
    } else {
      const itemSum = sum(scores.map((s) => s.score))
      if (itemSum.minus(parsed.value).abs().greaterThan(ctx.scheme.thresholds.scoreTolerance)) {
        findings.push(
          emit(ctx, 'SCORE_TOTAL_MISMATCH', ['printed', 'totalScore'], {
            sum: toDecimalString(itemSum),
            reported: total,
            items: scores.length,
          }),
        )
      }
    }
  }

  for (const item of checkScoreColumns(ctx)) findings.push(item)
  const weights = partial ? null : printedWeights(ctx, executionRow?.weight)
  if (weights !== null && weights.length > 0) {
    const weightSum = sum(weights)
    if (!weightSum.equals(100)) {
      findings.push(emit(ctx, 'WEIGHTS_NOT_100', [], { sum: toDecimalString(weightSum) }))
    }
  }
  return findings
}

/**
 * The weights a form prints, for WEIGHTS_NOT_100: the execution item's and every indicator's; the
 * 一级 group points when no indicator prints a weight. Null when the set is incomplete — a row that
 * prints a score but no weight (黄石's one score per group) — since then no sum says anything.
 */
function printedWeights(ctx: RuleContext, execution: string | undefined): string[] | null {
  const own = execution === undefined ? [] : [execution]
  const rows = ctx.indicators.map((l) => l.indicator)
  const weights = rows.map((i) => i.weight).filter((w): w is string => w !== undefined)
  if (weights.length === 0) {
    const groups = (ctx.form.groups ?? []).filter((g) => g.level2 === undefined)
    if (groups.length > 0 && groups.every((g) => g.weight !== undefined)) {
      return [...own, ...groups.flatMap((g) => (g.weight === undefined ? [] : [g.weight]))]
    }
  }
  if (rows.some((i) => scoredWithoutWeight(i, i.weight))) return null
  return [...own, ...weights]
}

/**
 * A row that prints a score but carries no weight (黄石's one score per group): outside any weight
 * sum and any total we compute. A sub-row is not: its parent carries the weight.
 * @internal
 */
export function scoredWithoutWeight(
  indicator: Indicator,
  weight: string | null | undefined,
): boolean {
  if (weight !== null && weight !== undefined) return false
  const score = indicator.printed?.score
  return indicator.parent === undefined && score !== undefined && readAmount(score).success
}

/**
 * The score columns beside 得分: 折算得分 = 得分 × 权重占比 (the weight read as a percentage share,
 * 成安's 25 × 25% = 6.25), 得分 = 分值 × 得分系数, and reviewers' scores against the self score.
 */
function checkScoreColumns(ctx: RuleContext): Finding[] {
  const findings: Finding[] = []
  const tolerance = ctx.scheme.thresholds.scoreTolerance
  // Rows whose 得分 is already in points of their 分值 and whose 折算得分 applies the weight again.
  const twice: { score: string; converted: string }[] = []
  for (const { indicator, path } of ctx.indicators) {
    const self = readAmount(indicator.printed?.score ?? '')
    const converted = readAmount(indicator.printed?.convertedScore ?? '')
    const share = indicator.weightShare ?? indicator.weight
    if (self.success && converted.success && share !== undefined) {
      const expected = dec(self.value).times(share).dividedBy(100)
      const agrees = expected.minus(converted.value).abs().lessThanOrEqualTo(tolerance)
      const points = indicator.weight ?? share
      if (agrees && dec(self.value).lessThanOrEqualTo(points) && dec(self.value).greaterThan(1)) {
        twice.push({ score: self.value, converted: converted.value })
      }
      if (!agrees) {
        findings.push(
          emit(ctx, 'CONVERTED_SCORE_MISMATCH', [...path, 'printed', 'convertedScore'], {
            item: indicator.name,
            reported: converted.value,
            computed: toDecimalString(expected),
            score: self.value,
            weight: share,
          }),
        )
      }
    }
    if (self.success && indicator.coefficient !== undefined && indicator.weight !== undefined) {
      const expected = dec(indicator.weight).times(indicator.coefficient)
      if (expected.minus(self.value).abs().greaterThan(tolerance)) {
        findings.push(
          emit(ctx, 'COEFFICIENT_SCORE_MISMATCH', [...path, 'printed', 'score'], {
            item: indicator.name,
            reported: self.value,
            computed: toDecimalString(expected),
            coefficient: indicator.coefficient,
            weight: indicator.weight,
          }),
        )
      }
    }
    for (const [r, review] of (indicator.reviews ?? []).entries()) {
      const score = readAmount(review.score)
      if (!score.success || !self.success || dec(score.value).equals(self.value)) continue
      findings.push(
        emit(ctx, 'REVIEW_SCORE_DIFFERS', [...path, 'reviews', r, 'score'], {
          item: indicator.name,
          reviewer: review.by ?? '',
          review: score.value,
          self: self.value,
        }),
      )
    }
  }
  // One row cannot tell a share from points; several rows scored in points and weighted again can.
  if (twice.length >= 2) {
    findings.push(
      emit(ctx, 'CONVERTED_SCORES_DOUBLE_WEIGHTED', [], {
        rows: twice.length,
        scores: toDecimalString(sum(twice.map((t) => t.score))),
        converted: toDecimalString(sum(twice.map((t) => t.converted))),
      }),
    )
  }
  return findings
}

/**
 * The printed grade against the grade the printed total earns under the scheme's bands (优 ≥ 90 …).
 * Grades are compared by their first character, so 优秀 reads as 优. A form graded under another
 * province's bands shows here: the scheme is named in the message.
 * @internal
 */
export function checkPrintedGrade(ctx: RuleContext): Finding[] {
  const grade = ctx.form.printed?.grade?.trim()
  const total = ctx.form.printed?.totalScore
  if (grade === undefined || grade === '' || total === undefined) return []
  const parsed = readAmount(total)
  if (!parsed.success) return []
  const expected = gradeFor(parsed.value, ctx.scheme)
  if (expected === null || grade.startsWith(expected)) return []
  return [
    emit(ctx, 'GRADE_MISMATCH', ['printed', 'grade'], {
      total,
      expected,
      reported: grade,
      scheme: ctx.scheme.name[ctx.locale],
    }),
  ]
}
