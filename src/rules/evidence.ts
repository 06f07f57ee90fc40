import type { Finding } from '../findings/index'
import { emit, type RuleContext } from './context'

/**
 * Evidence must date from the fiscal year it supports, or from after it up to the evaluation date
 * (a 决算报表 for 2021 is signed in 2022). Without an evaluation date, evidence dated after the fiscal
 * year is reported too, since nothing bounds it.
 * @internal
 */
export function checkEvidenceDates(ctx: RuleContext): Finding[] {
  const year = ctx.form.fiscalYear
  if (year === undefined) return []
  const start = calendarDay(`${year}-01-01`)
  const end = calendarDay(`${year}-12-31`)
  const until = ctx.asOf === undefined ? end : calendarDay(ctx.asOf)
  const findings: Finding[] = []
  for (const { indicator, path } of ctx.indicators) {
    indicator.evidence.forEach((evidence, e) => {
      if (evidence.date === undefined) return
      const date = calendarDay(evidence.date)
      let reason: string | null = null
      if (date < start) reason = 'before-fiscal-year'
      else if (date > until) {
        reason = ctx.asOf === undefined ? 'after-fiscal-year' : 'after-evaluation-date'
      }
      if (reason === null) return
      findings.push(
        emit(ctx, 'EVIDENCE_DATE_OUTSIDE_PERIOD', [...path, 'evidence', e, 'date'], {
          indicator: indicator.name,
          title: evidence.title,
          date: evidence.date,
          fiscalYear: year,
          evaluationDate: ctx.asOf ?? null,
          reason,
        }),
      )
    })
  }
  return findings
}

/** How an indicator was judged and scored, as {@link checkEvidenceMissing} needs it. @internal */
export interface Judged {
  readonly status: string
  readonly actualSource: string
  readonly scoreRule: string | null
}

/**
 * An indicator judged met on the narrative alone, or a qualitative one given the top band (达成),
 * needs evidence: `EVIDENCE_MISSING` (info) when it has none. `judged` runs parallel to
 * `ctx.indicators`.
 * @internal
 */
export function checkEvidenceMissing(ctx: RuleContext, judged: readonly Judged[]): Finding[] {
  const findings: Finding[] = []
  ctx.indicators.forEach(({ indicator, path }, i) => {
    const j = judged[i]
    if (j?.status !== 'met' || indicator.evidence.length > 0) return
    const basis =
      j.actualSource === 'text'
        ? BASIS.narrative
        : j.scoreRule === 'qualitative-band'
          ? BASIS.topBand
          : null
    if (basis === null) return
    findings.push(
      emit(ctx, 'EVIDENCE_MISSING', path, { indicator: indicator.name, basis: basis[ctx.locale] }),
    )
  })
  return findings
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const BASIS = {
  narrative: { 'zh-CN': '仅凭文字叙述判定为完成', en: 'is judged met on narrative alone' },
  topBand: { 'zh-CN': '评为定性指标最高档次', en: 'is scored in the top qualitative band' },
} as const

/**
 * A YYYY-MM-DD date as a number that orders like the calendar (20211231). Dates on a form are
 * calendar dates, not instants: read through `Date` they would take the host's time zone, and a
 * zone that skipped a day (Pacific/Apia, 2011-12-30) would reorder them.
 */
function calendarDay(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map((p) => Number.parseInt(p, 10))
  return (y * 100 + m) * 100 + d
}
