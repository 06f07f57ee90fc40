import type { Finding } from '../findings/index'
import { type Dec, dec, sum, toDecimalString } from '../money/decimal'
import { readAmount } from '../money/index'
import { gradeFor } from '../score/index'
import { emit, type RuleContext } from './context'
import { headlineRowIndex } from './funding'

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

  const headline = headlineRowIndex(ctx.form.funding)
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

  const total = ctx.form.printed?.totalScore
  if (total !== undefined && scores.length > 0) {
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

  const weights = [
    ...(executionRow?.weight === undefined ? [] : [executionRow.weight]),
    ...ctx.indicators.map((l) => l.indicator.weight).filter((w): w is string => w !== undefined),
  ]
  if (weights.length > 0) {
    const weightSum = sum(weights)
    if (!weightSum.equals(100)) {
      findings.push(emit(ctx, 'WEIGHTS_NOT_100', [], { sum: toDecimalString(weightSum) }))
    }
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
