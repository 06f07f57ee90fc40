/**
 * Dates on a form are calendar dates: the same form gives the same findings in every host time
 * zone (issue 18, repro 6). Node reads `process.env.TZ` afresh when it changes, so one process can
 * stand in for hosts around the world; the zones include two that skipped or doubled a day.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { SelfEvaluation } from '../src/index'
import { evaluate, liwan2021Form, timeProgress } from '../src/index'

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Pacific/Apia', // skipped 2011-12-30
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC-11
  'America/Los_Angeles',
  'America/Santiago', // midnight DST changes
]
const original = process.env.TZ
afterAll(() => {
  if (original === undefined) Reflect.deleteProperty(process.env, 'TZ')
  else process.env.TZ = original
})

function withEvidence(date: string, evaluationDate: string, fiscalYear: number): SelfEvaluation {
  const form = structuredClone(liwan2021Form) as SelfEvaluation & {
    tasks: { indicators: { evidence: unknown[] }[] }[]
  }
  form.fiscalYear = fiscalYear
  form.evaluationDate = evaluationDate
  const indicator = form.tasks[1]?.indicators[1]
  if (indicator) indicator.evidence = [{ title: '检查记录', kind: 'ledger', date }]
  return form
}

function dateFindings(form: SelfEvaluation) {
  return evaluate(form)
    .findings.filter((f) => f.code === 'EVIDENCE_DATE_OUTSIDE_PERIOD')
    .map((f) => f.params)
}

describe('calendar dates do not depend on the host time zone', () => {
  it('evidence dated the day after the evaluation date is after it, in every zone', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone
      expect(dateFindings(withEvidence('2011-12-31', '2011-12-30', 2011)), zone).toEqual([
        expect.objectContaining({ reason: 'after-evaluation-date', date: '2011-12-31' }),
      ])
      expect(dateFindings(withEvidence('2011-12-30', '2011-12-30', 2011)), zone).toEqual([])
      expect(dateFindings(withEvidence('2010-12-31', '2011-12-30', 2011)), zone).toEqual([
        expect.objectContaining({ reason: 'before-fiscal-year' }),
      ])
      expect(dateFindings(withEvidence('2011-01-01', '2011-12-30', 2011)), zone).toEqual([])
    }
  })

  it('time progress of a YYYY-MM-DD date is the same in every zone', () => {
    const seen = new Set<string>()
    for (const zone of ZONES) {
      process.env.TZ = zone
      const r = timeProgress('2011-12-30', { fiscalYear: 2011 })
      seen.add(JSON.stringify(r))
    }
    expect([...seen]).toHaveLength(1)
    expect(JSON.parse([...seen][0] ?? '{}')).toMatchObject({ numerator: '364', denominator: '365' })
  })

  it('the day of the year and the year length agree with UTC instants, years 1 to 9999', () => {
    const utcDay = (y: number, m: number, d: number) => {
      const t = new Date(0)
      t.setUTCFullYear(y, m - 1, d)
      return t.getTime() / 86_400_000
    }
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (instant) => {
          const [y, m, d] = [
            instant.getUTCFullYear(),
            instant.getUTCMonth() + 1,
            instant.getUTCDate(),
          ]
          const r = timeProgress(instant, { fiscalYear: y, dateFields: 'utc' })
          expect(r).toMatchObject({
            success: true,
            numerator: String(utcDay(y, m, d) - utcDay(y, 1, 1) + 1),
            denominator: String(utcDay(y + 1, 1, 1) - utcDay(y, 1, 1)),
          })
        },
      ),
    )
  })
})
