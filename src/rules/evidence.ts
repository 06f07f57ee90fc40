import { addDays, differenceInCalendarDays } from 'date-fns'
import type { Finding } from '../findings/index'
import { emit, indicatorsOf, type RuleContext } from './context'

/**
 * Evidence must date from the fiscal year it supports, or from after it up to the evaluation date
 * (a 决算报表 for 2021 is signed in 2022). Without an evaluation date, evidence dated after the fiscal
 * year is reported too, since nothing bounds it.
 * @internal
 */
export function checkEvidenceDates(ctx: RuleContext): Finding[] {
  const year = ctx.form.fiscalYear
  const start = calendarDate(`${year}-01-01`)
  const end = calendarDate(`${year}-12-31`)
  const until = ctx.asOf === undefined ? end : calendarDate(ctx.asOf)
  const findings: Finding[] = []
  for (const { indicator, path } of indicatorsOf(ctx.form)) {
    indicator.evidence.forEach((evidence, e) => {
      if (evidence.date === undefined) return
      const date = calendarDate(evidence.date)
      let reason: string | null = null
      if (differenceInCalendarDays(date, start) < 0) reason = 'before-fiscal-year'
      else if (differenceInCalendarDays(date, until) > 0) {
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

/** A calendar date at local midnight: comparisons by calendar day never drift across time zones. */
function calendarDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10))
  return addDays(new Date(y ?? 1970, (m ?? 1) - 1, 1), (d ?? 1) - 1)
}
