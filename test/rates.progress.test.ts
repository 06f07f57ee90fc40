import { describe, expect, it } from 'vitest'
import {
  formatPercent,
  spendingProgress,
  spendingProgressFinding,
  timeProgress,
} from '../src/index'

describe('timeProgress (序时进度), days convention', () => {
  it.each([
    ['2021-12-31', '365', '365', '100.00%'],
    ['2021-01-01', '1', '365', '0.27%'],
    ['2021-06-30', '181', '365', '49.59%'],
    ['2021-03-01', '60', '365', '16.44%'],
    ['2024-02-29', '60', '366', '16.39%'],
    ['2024-03-01', '61', '366', '16.67%'],
    ['2024-12-31', '366', '366', '100.00%'],
    ['2000-12-31', '366', '366', '100.00%'],
    ['1900-12-31', '365', '365', '100.00%'],
  ] as const)('%s → %s/%s = %s', (date, numerator, denominator, percent) => {
    const t = timeProgress(date)
    expect(t).toMatchObject({ success: true, numerator, denominator, date, convention: 'days' })
    expect(formatPercent(t)).toBe(percent)
  })

  it.each([
    '2021-02-29',
    '2100-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '2021-4-1',
    '21-04-01',
    '2021/04/01',
    '',
    'yesterday',
  ])('rejects %j as an invalid date', (date) => {
    expect(timeProgress(date)).toMatchObject({ success: false, reason: 'invalid-date' })
  })

  it('rejects what is not a date at all, without throwing', () => {
    for (const d of [undefined, null, 20211231, {}, new Date(Number.NaN)]) {
      expect(timeProgress(d)).toMatchObject({ success: false, reason: 'invalid-date' })
    }
  })

  it('clamps to the fiscal year: before it 0, after it the whole year', () => {
    expect(timeProgress('2022-03-01', { fiscalYear: 2021 })).toMatchObject({
      success: true,
      data: '1',
      numerator: '365',
    })
    expect(timeProgress('2020-12-31', { fiscalYear: 2021 })).toMatchObject({
      success: true,
      data: '0',
      denominator: '365',
    })
    expect(timeProgress('2023-01-15', { fiscalYear: 2024 })).toMatchObject({ denominator: '366' })
  })

  it('reads a Date by its calendar fields, local by default or UTC on request', () => {
    expect(timeProgress(new Date(2021, 11, 31, 23, 59, 59))).toMatchObject({
      date: '2021-12-31',
      data: '1',
    })
    expect(timeProgress(new Date(2021, 11, 31, 0, 0, 0))).toMatchObject({
      date: '2021-12-31',
      data: '1',
    })
    expect(timeProgress(new Date(Date.UTC(2021, 11, 31)), { dateFields: 'utc' })).toMatchObject({
      date: '2021-12-31',
      data: '1',
    })
    expect(
      timeProgress(new Date(Date.UTC(2024, 1, 29, 23, 30)), { dateFields: 'utc' }),
    ).toMatchObject({ numerator: '60', denominator: '366' })
  })
})

describe('timeProgress, months convention', () => {
  it.each([
    ['2021-01-31', '1', '8.33%'],
    ['2021-06-15', '6', '50.00%'],
    ['2021-09-30', '9', '75.00%'],
    ['2021-12-01', '12', '100.00%'],
    ['2024-02-29', '2', '16.67%'],
  ] as const)('%s → %s/12 = %s', (date, numerator, percent) => {
    const t = timeProgress(date, { convention: 'months' })
    expect(t).toMatchObject({ success: true, numerator, denominator: '12', convention: 'months' })
    expect(formatPercent(t)).toBe(percent)
  })

  it('rejects an unknown convention', () => {
    expect(() => timeProgress('2021-06-30', { convention: 'weeks' as never })).toThrow(
      expect.objectContaining({ name: 'OptionError', option: 'convention' }),
    )
  })
})

describe('spendingProgress (支出进度 vs 序时进度)', () => {
  it('half the seed budget spent by 30 June is 0.41 points ahead of time', () => {
    const r = spendingProgress({ spentToDate: '3269.53', budget: '6539.06', date: '2021-06-30' })
    expect(r.success).toBe(true)
    if (!r.success) return
    expect(r.data.spending).toMatchObject({ data: '0.5' })
    expect(formatPercent(r.data.time)).toBe('49.59%')
    // 1/2 − 181/365 = 3/730, exactly.
    expect(formatPercent(r.data.gap, { decimals: 6 })).toBe('0.410959%')
    expect(r.data.behind).toBe(false)
  })

  it('is behind when spending trails time, and states it as a finding', () => {
    const r = spendingProgress({ spentToDate: '4000', budget: '6539.06', date: '2021-09-30' })
    expect(r.success && r.data.behind).toBe(true)
    expect(r.success && formatPercent(r.data.gap)).toBe('-13.62%')
    const f = spendingProgressFinding(r, { path: ['funding', 0] })
    expect(f).toMatchObject({
      code: 'SPENDING_BEHIND_SCHEDULE',
      severity: 'warning',
      path: ['funding', 0],
    })
    expect(f?.message).toBe(
      '截至 2021-09-30，支出进度 61.17% 低于序时进度 74.79%（相差 13.62 个百分点）',
    )
  })

  it('allows a lag within the tolerance', () => {
    const input = { spentToDate: '45', budget: '100', date: '2021-06-30' }
    const options = { convention: 'months' as const }
    expect(spendingProgress(input, options)).toMatchObject({
      success: true,
      data: { behind: true },
    })
    expect(spendingProgress(input, { ...options, lagTolerance: '0.05' })).toMatchObject({
      success: true,
      data: { behind: false },
    })
    expect(spendingProgress(input, { ...options, lagTolerance: '0.049' })).toMatchObject({
      success: true,
      data: { behind: true },
    })
    expect(
      spendingProgressFinding(spendingProgress(input, { ...options, lagTolerance: '0.05' })),
    ).toBeNull()
  })

  it('fails with both parts when it cannot compute', () => {
    const r = spendingProgress({ spentToDate: '10', budget: '0', date: '2021-02-30' })
    expect(r).toMatchObject({
      success: false,
      spending: { success: false, reason: 'zero-denominator' },
      time: { success: false, reason: 'invalid-date' },
    })
    expect(spendingProgressFinding(r)).toBeNull()
  })
})
