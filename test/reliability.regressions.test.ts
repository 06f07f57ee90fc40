/**
 * The reproductions of issue 18 that are fixed at their root, each kept as a regression test:
 * loops over years bounded by a count (a year of 2**53 made `year++` stand still), and no array
 * spread into a call (a goal of 130,000 lines overflowed the stack in the text report); scoring
 * functions that read a weight, a ratio or a total as a plain decimal or not at all (decimal.js
 * threw on "10分").
 */
import { describe, expect, it } from 'vitest'
import { readWorkbook, writeFormTemplate } from '../src/entry-xlsx'
import {
  assessIndicator,
  batchRow,
  budgetAdjustmentRateResult,
  budgetCompletionRateResult,
  checkReportedRate,
  compositionVariance,
  departmentRate,
  evaluate,
  evaluateFormula,
  executionScore,
  FORMULA_LIMITS,
  fundingRowRates,
  gradeFor,
  liwan2021Form,
  OptionError,
  outturnRateResult,
  pefaPI1,
  pefaPI21,
  pefaPI23,
  renderReport,
  schemes,
  scoreIndicator,
  spendingProgress,
  summarizeBatch,
  timeProgress,
} from '../src/index'

describe('issue 18 reproductions', () => {
  it('a PEFA year beyond the calendar is no year: insufficient data, at once', () => {
    for (const year of [2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, 0, 10_000]) {
      const r = pefaPI1([{ year, budget: '100', actual: '96' }])
      expect(r).toMatchObject({ years: [], score: 'D*', basis: 'insufficient-data' })
    }
    // The calendar years beside it are still read.
    const r = pefaPI1([
      { year: 2 ** 53, budget: '100', actual: '96' },
      { year: 2021, budget: '100', actual: '96' },
      { year: 2022, budget: '100', actual: '97' },
      { year: 2023, budget: '100', actual: '98' },
    ])
    expect(r.years.map((y) => y.year)).toEqual([2021, 2022, 2023])
  })

  it('a lastYear beyond the calendar is an option error, not a hang', () => {
    expect(() => pefaPI1([], { lastYear: 2 ** 53 })).toThrow(OptionError)
    expect(() => pefaPI1([], { lastYear: -1e308 })).toThrow(OptionError)
  })

  it('a goal of 130,000 lines renders as text without overflowing the stack', () => {
    const e = evaluate({
      ...liwan2021Form,
      goal: { planned: 'a\n'.repeat(130_000), achieved: 'b' },
    })
    const text = renderReport(e, { format: 'text' })
    expect(text.split('\n').length).toBeGreaterThan(130_000)
  })

  it('scoring never throws on a figure that is not a plain decimal: unscorable, or no grade', () => {
    const scheme = schemes['mof-2020-project']
    const a = assessIndicator({ name: '合格率', target: '≥95%', actual: '96%' })
    for (const weight of ['10分', '', 'n/a', ' 10', '1e3']) {
      expect(scoreIndicator(a, weight, scheme)).toMatchObject({ rule: 'unscorable', score: null })
    }
    expect(scoreIndicator(a, '10', scheme)).toMatchObject({ rule: 'full-when-met', score: '10' })
    expect(executionScore('n/a', '10', scheme)).toMatchObject({ rule: 'unscorable', score: null })
    expect(executionScore('0.9', '十', scheme)).toMatchObject({ rule: 'unscorable', score: null })
    expect(executionScore('0.9', '10', scheme).display).toBe('9.00')
    expect([gradeFor('90分', scheme), gradeFor('', scheme), gradeFor('90', scheme)]).toEqual([
      null,
      null,
      '优',
    ])
  })

  it('a product of long values stops at the digit bound with a finding, not unbounded work', () => {
    const factors = Array.from({ length: 4999 }, () => 'a').join('*')
    const r = evaluateFormula(factors, { a: '1.7777777777777777777777777' }, { locale: 'en' })
    expect(r.success).toBe(false)
    expect(r.success ? [] : r.findings.map((f) => [f.code, f.params])).toEqual([
      ['FORMULA_TOO_PRECISE', { formula: `${factors.slice(0, 60)}…`, maxDigits: 1000 }],
    ])
    // The bound is on exact digits: just under it still computes, exactly.
    const a = `1.${'5'.repeat(330)}`
    const cube = evaluateFormula('a*a*a', { a })
    expect(cube.success).toBe(true)
    expect(cube.success && cube.data.slice(0, 12)).toBe('3.7640603566') // (14/9)³ = 2744/729
    expect(FORMULA_LIMITS.maxDigits).toBe(1000)
  })

  it('a supplied value or a written number over the digit bound is refused at once', () => {
    for (const [text, vars] of [
      ['a+1', { a: `1${'0'.repeat(1000)}` }],
      ['a+1', { a: `0.${'3'.repeat(1000)}` }],
      [`x*1${'0'.repeat(1000)}`, { x: '2' }],
    ] as const) {
      const r = evaluateFormula(text, vars)
      expect(r.success ? null : r.findings.map((f) => f.code)).toEqual(['FORMULA_TOO_PRECISE'])
    }
    // 1,000 digits exactly is within the bound.
    const r = evaluateFormula('a+1', { a: '9'.repeat(999) })
    expect(r.success && r.data).toBe(`1${'0'.repeat(999)}`)
  })

  it('time progress never gives NaN: a year beyond the calendar is an option error', () => {
    for (const fiscalYear of [300_000, 1e308, 2021.5, 0, -1, Number.NaN]) {
      expect(() => timeProgress('2021-06-30', { fiscalYear })).toThrow(OptionError)
    }
    // The earliest instant a Date can hold is before the fiscal year: 0 of 365 days, not NaN.
    expect(timeProgress(new Date(-8.64e15), { fiscalYear: 2021 })).toMatchObject({
      success: true,
      data: '0',
      numerator: '0',
      denominator: '365',
    })
    expect(timeProgress(new Date(8.64e15), { fiscalYear: 2021 })).toMatchObject({
      success: true,
      data: '1',
    })
    expect(timeProgress(new Date(Number.NaN), { fiscalYear: 2021 }).success).toBe(false)
  })

  // Found by the fuzz suite (test/fuzz).
  it('a row that is null or no object is a row of missing amounts, not a TypeError', () => {
    for (const row of [null, undefined, 7, 'x'] as never[]) {
      for (const rate of [
        budgetCompletionRateResult,
        budgetAdjustmentRateResult,
        outturnRateResult,
      ]) {
        expect(rate(row)).toMatchObject({ success: false, reason: 'missing-input' })
      }
      expect(fundingRowRates(row).completion).toMatchObject({
        success: false,
        reason: 'missing-input',
      })
      expect(departmentRate('carry-over-rate', row).result).toMatchObject({
        success: false,
        reason: 'missing-input',
      })
    }
    // A printed rate that is a number is read, not called .trim() on.
    const r = fundingRowRates({
      adjustedBudget: '100',
      actual: '90',
      printed: { completionRate: 0.9 as never },
    })
    expect(r.completionCheck).not.toBeNull()
  })

  it('PEFA: a year or a line that is null is no data, not a TypeError', () => {
    const years = [null, { year: 2021, budget: '100', actual: '96' }] as never[]
    expect(pefaPI1(years).years.map((y) => y.year)).toEqual([2019, 2020, 2021])
    expect(pefaPI23([null] as never[])).toMatchObject({ years: [], score: 'D*' })
    expect(compositionVariance([null] as never[])).toMatchObject({ success: false })
    expect(compositionVariance(null as never)).toMatchObject({
      success: false,
      reason: 'missing-input',
    })
    expect(pefaPI21([{ year: 2021, lines: null as never }]).years[2]?.measure).toMatchObject({
      success: false,
    })
  })

  it("readWorkbook leaves the caller's bytes as they were (SheetJS decorated them)", async () => {
    const bytes = writeFormTemplate('project')
    const copy = Uint8Array.from(bytes)
    const { forms } = await readWorkbook(bytes)
    expect(forms).toHaveLength(1)
    expect(Object.keys(bytes).filter((k) => !/^\d+$/.test(k))).toEqual([])
    expect(bytes).toEqual(copy)
  })

  it('a printed rate with more than 20 decimals is checked, with no expected text, not an OptionError', () => {
    const check = checkReportedRate(-0.0000010000000000000002, '0.9')
    expect(check).toMatchObject({ expected: null })
    expect(check.verdict).not.toBe('unreadable')
  })

  it('a sparse list of length 10^9 is cut by the tolerant reader, not walked until V8 aborts', () => {
    const tasks: unknown[] = []
    tasks.length = 1e9
    const e = evaluate({ ...liwan2021Form, tasks })
    expect(e.outcome).toBe('evaluated')
    expect(e.tasks).toEqual([])
  })

  it('batchRow and summarizeBatch read an evaluation that is no object as an empty one', () => {
    expect(batchRow('x.json', null as never)).toMatchObject({ file: 'x.json', valid: false })
    expect(summarizeBatch([{ file: 'x', evaluation: null as never }])).toMatchObject({ forms: 1 })
  })

  it('spendingProgress on an input that is no object reads every figure as missing', () => {
    for (const input of [null, undefined, 7, 'x'] as never[]) {
      expect(spendingProgress(input)).toMatchObject({
        success: false,
        spending: { success: false, reason: 'missing-input', field: 'spentToDate' },
        time: { success: false, reason: 'invalid-date', field: 'date' },
      })
    }
  })
})
