/**
 * 序时进度 must not drift with the machine's time zone: the same calendar date gives the same
 * progress in UTC+14, UTC−11 and zones with DST changes at midnight. Node re-reads process.env.TZ
 * when it is assigned, so one process can visit several zones.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { timeProgress } from '../src/index'

const original = process.env.TZ
afterAll(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Sao_Paulo',
  'America/Santiago',
  'Europe/London',
]

describe('the zone switch itself', () => {
  it('takes effect, so the cases below really run in different zones', () => {
    process.env.TZ = 'Pacific/Kiritimati'
    expect(new Date(2021, 0, 1).getTimezoneOffset()).toBe(-840)
    process.env.TZ = 'Pacific/Pago_Pago'
    expect(new Date(2021, 0, 1).getTimezoneOffset()).toBe(660)
  })
})

describe.each(ZONES)('in %s', (zone) => {
  it('reads calendar dates as written', () => {
    process.env.TZ = zone
    expect(timeProgress('2021-12-31')).toMatchObject({
      success: true,
      data: '1',
      date: '2021-12-31',
    })
    expect(timeProgress('2021-01-01')).toMatchObject({ numerator: '1', denominator: '365' })
    expect(timeProgress('2024-02-29')).toMatchObject({ numerator: '60', denominator: '366' })
    // Days on which some of these zones switched DST at midnight.
    expect(timeProgress('2018-11-04')).toMatchObject({ numerator: '308' })
    expect(timeProgress('2019-02-17')).toMatchObject({ numerator: '48' })
    expect(timeProgress('2021-03-28')).toMatchObject({ numerator: '87' })
  })

  it('reads a Date by its local or UTC fields as asked', () => {
    process.env.TZ = zone
    expect(timeProgress(new Date(2021, 11, 31))).toMatchObject({ date: '2021-12-31', data: '1' })
    expect(timeProgress(new Date('2021-12-31T00:00:00Z'), { dateFields: 'utc' })).toMatchObject({
      date: '2021-12-31',
    })
  })
})
