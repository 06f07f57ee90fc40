/**
 * Assertions that pin src/rates operator by operator (issue 18, mutation testing): the field a
 * failure names, the function and option an OptionError names, each guard of the exact fast path,
 * and the printed-rate conventions one by one. Grouped by function; each case says why it is there.
 */
import { describe, expect, it } from 'vitest'
import {
  budgetAdjustmentRate,
  budgetAdjustmentRateResult,
  budgetCompletionRate,
  budgetCompletionRateResult,
  checkReportedRate,
  departmentRate,
  formatPercent,
  fundingRowRates,
  outturnRate,
  outturnRateResult,
  parsePrintedRate,
  type RateCheck,
  type RateResult,
  rateCheckFinding,
  rateFailureFinding,
  spendingProgress,
  spendingProgressFinding,
  timeProgress,
} from '../src/index'
import { toFraction } from '../src/rates/format'
import {
  addFractions,
  compareFractions,
  exactPercentText,
  exactRatioPercentText,
  fraction,
  safeDec,
  scaleFraction,
} from '../src/rates/fraction'
import { fieldsOf, readInput } from '../src/rates/result'
import { optionError } from './helpers/option-error'

const failed = (r: RateResult) => (r.success ? 'computed' : `${r.reason} ${r.field}`)

describe('fraction helpers', () => {
  it('add, scale and compare exactly (addFractions sums the PEFA composition total)', () => {
    const sum = addFractions(fraction('1', '2'), fraction('1', '3'))
    expect(sum.n.div(sum.d).toFixed(6)).toBe('0.833333')
    expect([sum.n.toString(), sum.d.toString()]).toEqual(['5', '6'])
    const scaled = scaleFraction(fraction('1', '3'), '3')
    expect([scaled.n.toString(), scaled.d.toString()]).toEqual(['3', '3'])
    expect(compareFractions(fraction('1', '3'), fraction('1', '2'))).toBe(-1)
    expect(compareFractions(fraction('2', '4'), fraction('1', '2'))).toBe(0)
    expect(compareFractions(fraction('2', '3'), fraction('1', '2'))).toBe(1)
  })

  it('keeps the denominator positive', () => {
    const f = fraction('1', '-2')
    expect([f.n.toString(), f.d.toString()]).toEqual(['-1', '2'])
  })

  it('safeDec reads plain decimals and finite numbers only, without throwing', () => {
    expect(safeDec('-12.5')?.toString()).toBe('-12.5')
    expect(safeDec(0.25)?.toString()).toBe('0.25')
    // ['1'] and 1n print as "1", yet are neither a string nor a number.
    for (const bad of ['abc', '1e5', ' 1', '', undefined, null, {}, Number.NaN, ['1'], 1n]) {
      expect(safeDec(bad)).toBeNull()
    }
  })
})

describe('exactPercentText: when the integer path steps aside', () => {
  // The general path gives the same text, so only the direct answer (a string, or undefined for
  // "not mine") tells whether a guard is right.
  const digits = (k: number) => '123456789'.repeat(7).slice(0, k)

  it('takes only strings, with a readable denominator', () => {
    expect(exactPercentText('1', '2', 2, 'half-up')).toBe('50.00')
    expect(exactPercentText('1', 2, 2, 'half-up')).toBeUndefined()
    expect(exactPercentText(1, '2', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('1', 'x', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('x', '2', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('1', '0', 2, 'half-up')).toBeUndefined()
  })

  it('over 1: up to 60 significant digits, 59 for half-even, leading zeros and signs not counted', () => {
    const sixty = `0.${digits(60)}`
    expect(exactPercentText(sixty, '1', 2, 'half-up')).toBe('12.35')
    expect(exactPercentText(sixty, '1', 2, 'truncate')).toBe('12.34')
    expect(exactPercentText(sixty, '1', 2, 'half-even')).toBeUndefined()
    expect(exactPercentText(`0.${digits(59)}`, '1', 2, 'half-even')).toBe('12.35')
    expect(exactPercentText(`0.${digits(61)}`, '1', 2, 'half-up')).toBeUndefined()
    // 57 characters with 55 digits: over 1 the length budget does not apply.
    expect(exactPercentText(`0.${digits(55)}`, '1', 2, 'half-up')).toBe('12.35')
    // Leading zeros are not significant: 56 digits after four zeros are within half-even's 59.
    expect(exactPercentText(`-0.000${digits(56)}`, '1', 4, 'half-even')).toBe('-0.0123')
  })

  it('otherwise: up to 56 characters of numerator, denominator and places together', () => {
    const n = `0.${digits(50)}` // 52 characters
    expect(exactPercentText(n, '3', 3, 'half-up')).toBe('4.115') // 52 + 1 + 3 = 56
    expect(exactPercentText(n, '3', 4, 'half-up')).toBeUndefined() // 57
  })
})

describe('exactRatioPercentText', () => {
  it('formats a canonical ratio, up to 200 characters and 60 significant digits', () => {
    expect(exactRatioPercentText('0.5', 2, 'half-up')).toBe('50.00')
    expect(exactRatioPercentText('-0.125', 1, 'half-even')).toBe('-12.5')
    const tiny = (length: number) => `0.${'0'.repeat(length - 3)}1`
    expect(exactRatioPercentText(tiny(200), 2, 'half-up')).toBe('0.00')
    expect(exactRatioPercentText(tiny(201), 2, 'half-up')).toBeUndefined()
    expect(exactRatioPercentText(`0.${'7'.repeat(61)}`, 2, 'half-up')).toBeUndefined()
  })
})

describe('formatPercent', () => {
  it('names itself and the option in an OptionError', () => {
    expect(optionError(() => formatPercent('0.5', { decimals: 21 }))).toEqual({
      function: 'formatPercent',
      option: 'decimals',
    })
    expect(optionError(() => formatPercent('0.5', { rounding: 'up' as never }))).toEqual({
      function: 'formatPercent',
      option: 'rounding',
    })
    expect(optionError(() => formatPercent('0.5', 5 as never))).toEqual({
      function: 'formatPercent',
      option: 'options',
    })
  })

  it('is null for a failed result even if it carries figures, and for an amount with a unit', () => {
    const forged = {
      success: false,
      reason: 'missing-input',
      field: 'actual',
      numerator: '1',
      denominator: '2',
      findings: [],
    } as const
    expect(formatPercent(forged)).toBeNull()
    expect(formatPercent('5万元')).toBeNull()
  })
})

describe('toFraction', () => {
  it('is null for anything that is not a computed rate or a bare decimal', () => {
    expect(toFraction(null)).toBeNull()
    expect(
      toFraction({ success: false, reason: 'x', numerator: '1', denominator: '2', findings: [] }),
    ).toBeNull()
    expect(toFraction({ success: true, data: '?', numerator: 'x', denominator: '2' })).toBeNull()
    expect(toFraction({ success: true, data: '?', numerator: '1', denominator: 'x' })).toBeNull()
    expect(toFraction({ success: true, data: '?', numerator: '1', denominator: '0' })).toBeNull()
    expect(toFraction('5万元')).toBeNull()
    const f = toFraction('0.25')
    expect([f?.n.toString(), f?.d.toString()]).toEqual(['0.25', '1'])
  })
})

describe('readInput and fieldsOf', () => {
  it('reads null, "" and blank text as missing, without a finding', () => {
    for (const value of [undefined, null, '', '   ']) {
      expect(readInput(value, 'actual', {})).toEqual({
        success: false,
        reason: 'missing-input',
        field: 'actual',
        numerator: null,
        denominator: null,
        findings: [],
      })
    }
  })

  it('puts the field at the end of the finding path, with or without a path', () => {
    const bare = readInput('IO', 'actual', {})
    expect(bare.success ? null : bare.findings[0]?.path).toEqual(['actual'])
    const nested = readInput('IO', 'actual', { path: ['funding', 2] })
    expect(nested.success ? null : nested.findings[0]?.path).toEqual(['funding', 2, 'actual'])
  })

  it('reads a null row as one with no fields', () => {
    expect(fieldsOf(null)).toEqual({})
    expect(failed(budgetCompletionRateResult(null as never))).toBe('missing-input initialBudget')
  })
})

describe('budget rates', () => {
  it('name the function in an OptionError, each through its own entry point', () => {
    const badUnit = { unit: 'pounds' as never }
    const calls: [string, () => unknown][] = [
      ['budgetCompletionRateResult', () => budgetCompletionRateResult({}, badUnit)],
      ['budgetAdjustmentRateResult', () => budgetAdjustmentRateResult({}, badUnit)],
      ['outturnRateResult', () => outturnRateResult({}, badUnit)],
      ['budgetCompletionRate', () => budgetCompletionRate({}, badUnit)],
      ['budgetAdjustmentRate', () => budgetAdjustmentRate({}, badUnit)],
      ['outturnRate', () => outturnRate({}, badUnit)],
    ]
    for (const [fn, call] of calls)
      expect(optionError(call)).toEqual({ function: fn, option: 'unit' })
  })

  it('name the field at fault', () => {
    expect(failed(budgetCompletionRateResult({ adjustedBudget: '1', actual: 'IO' }))).toBe(
      'unreadable-input actual',
    )
    expect(failed(budgetAdjustmentRateResult({ adjustment: '1' }))).toBe(
      'missing-input initialBudget',
    )
    expect(failed(budgetAdjustmentRateResult({ initialBudget: '100' }))).toBe(
      'missing-input adjustment',
    )
    expect(failed(budgetAdjustmentRateResult({ initialBudget: '100', adjustedBudget: 'IO' }))).toBe(
      'unreadable-input adjustedBudget',
    )
    expect(failed(budgetAdjustmentRateResult({ initialBudget: '100', adjustment: 'IO' }))).toBe(
      'unreadable-input adjustment',
    )
    expect(
      failed(
        budgetAdjustmentRateResult({
          initialBudget: '100',
          adjustment: '5',
          excludedAdjustment: 'IO',
        }),
      ),
    ).toBe('unreadable-input excludedAdjustment')
    expect(failed(outturnRateResult({ actual: '1' }))).toBe('missing-input initialBudget')
    expect(failed(outturnRateResult({ initialBudget: '1' }))).toBe('missing-input actual')
  })

  it('completion: a null 全年预算数 (a parsed row leaves it null) is not printed', () => {
    expect(
      budgetCompletionRate({
        initialBudget: '100',
        adjustment: '10',
        adjustedBudget: null,
        actual: '55',
      }),
    ).toBe('0.5')
  })

  it('adjustment: a printed ΔB wins over B₀ + ΔB, and an empty ΔB cell is not printed', () => {
    expect(
      budgetAdjustmentRate({ initialBudget: '100', adjustment: '10', adjustedBudget: '200' }),
    ).toBe('0.1')
    expect(
      budgetAdjustmentRate({ initialBudget: '100', adjustment: '', adjustedBudget: '110' }),
    ).toBe('0.1')
  })
})

describe('departmentRate', () => {
  it('names itself, the option and the known ids in an OptionError', () => {
    expect(
      optionError(() => departmentRate('staff-control-rate', {}, { unit: 'x' as never })),
    ).toEqual({
      function: 'departmentRate',
      option: 'unit',
    })
    try {
      departmentRate('nope' as never, {})
    } catch (e) {
      expect((e as { allowed: string[] }).allowed).toContain('staff-control-rate')
    }
    expect(optionError(() => departmentRate('staff-control-rate', {}, { bound: 'abc' }))).toEqual({
      function: 'departmentRate',
      option: 'bound',
    })
  })

  it('takes bound: null as "no bound"', () => {
    const r = departmentRate(
      'staff-control-rate',
      { numerator: 52, denominator: 50 },
      { bound: null },
    )
    expect(r).toMatchObject({ bound: null, favourable: null })
  })

  it('names the missing input of share and change rates', () => {
    const share = (input: object) => failed(departmentRate('staff-control-rate', input).result)
    expect(share({ denominator: 50 })).toBe('missing-input numerator')
    expect(share({ numerator: 50 })).toBe('missing-input denominator')
    const change = (input: object) => failed(departmentRate('carry-over-change-rate', input).result)
    expect(change({ previous: '1' })).toBe('missing-input current')
    expect(change({ current: '1' })).toBe('missing-input previous')
  })
})

describe('fundingRowRates', () => {
  it('names itself and the option in an OptionError', () => {
    const call = (options: object) => optionError(() => fundingRowRates({}, options))
    expect(call({ unit: 'x' })).toEqual({ function: 'fundingRowRates', option: 'unit' })
    expect(call({ thresholds: '0.9' })).toEqual({
      function: 'fundingRowRates',
      option: 'thresholds',
    })
    expect(call({ thresholds: null })).toEqual({
      function: 'fundingRowRates',
      option: 'thresholds',
    })
    expect(() => fundingRowRates({}, { thresholds: 0.9 as never })).toThrow(
      'must be an object { completionFloor, adjustmentCeiling }',
    )
    expect(call({ thresholds: { completionFloor: 'x' } })).toEqual({
      function: 'fundingRowRates',
      option: 'thresholds.completionFloor',
    })
    expect(call({ thresholds: { adjustmentCeiling: 'x' } })).toEqual({
      function: 'fundingRowRates',
      option: 'thresholds.adjustmentCeiling',
    })
  })

  it('uses a given threshold, and the default for the one not given', () => {
    const row = { initialBudget: '100', adjustment: '40', actual: '119' } // 85%, +40%
    const lenient = fundingRowRates(row, { thresholds: { completionFloor: '0.8' } as never })
    expect([lenient.completionLow, lenient.adjustmentHigh]).toEqual([false, true])
    const strict = fundingRowRates(row, { thresholds: { adjustmentCeiling: '0.5' } as never })
    expect([strict.completionLow, strict.adjustmentHigh]).toEqual([true, false])
  })

  it('names the completion basis for a zero denominator, not for a missing amount', () => {
    expect(fundingRowRates({ adjustedBudget: '0', actual: '1' }).completionBasis).toBe(
      'adjusted-budget',
    )
    expect(fundingRowRates({ adjustedBudget: '1' }).completionBasis).toBeNull()
  })

  it('checks a printed rate given as a number', () => {
    const r = fundingRowRates({
      adjustedBudget: '2',
      actual: '1',
      printed: { completionRate: 0.5 as never },
    })
    expect(r.completionCheck).toMatchObject({ verdict: 'convention', convention: 'fraction' })
  })

  it('cannot say whether B₀ + ΔB is the printed total when any of the three is unreadable', () => {
    const consistent = (row: object) => fundingRowRates(row).adjustedBudgetConsistent
    expect(consistent({ initialBudget: '1', adjustment: '1', adjustedBudget: '2' })).toBe(true)
    expect(consistent({ initialBudget: 'IO', adjustment: '1', adjustedBudget: '2' })).toBeNull()
    expect(consistent({ initialBudget: '1', adjustment: 'IO', adjustedBudget: '2' })).toBeNull()
    expect(consistent({ initialBudget: '1', adjustment: '1', adjustedBudget: 'IO' })).toBeNull()
  })
})

describe('rateCheckFinding', () => {
  const half = budgetCompletionRateResult({ adjustedBudget: '310.2', actual: '154.74' }) // 49.8839…%

  it('shows the computed figure with as many decimals as were printed, at least 2', () => {
    const f = rateCheckFinding(checkReportedRate('49.800%', half), { rate: 'completion' })
    expect(f?.params).toMatchObject({ reported: '49.800%', computed: '49.884%', decimals: 3 })
    expect(f?.path).toEqual([])
  })

  it('says nothing for a convention verdict that names no convention', () => {
    const check: RateCheck = {
      verdict: 'convention',
      convention: null,
      rounding: null,
      decimals: 2,
      printed: '50%',
      computed: '0.5',
      expected: '50.00%',
    }
    expect(rateCheckFinding(check, { rate: 'completion' })).toBeNull()
  })

  it('takes a rate name in both locales, and refuses anything else', () => {
    const named = { 'zh-CN': '某率', en: 'some rate' }
    const f = rateCheckFinding(checkReportedRate('IO', half), { rate: named, locale: 'en' })
    expect(f?.params).toMatchObject({ rate: 'some rate' })
    const refused = (rate: unknown) =>
      optionError(() => rateCheckFinding(checkReportedRate('IO', half), { rate: rate as never }))
    for (const bad of ['total', null, { 'zh-CN': '某率' }, { en: 'some rate' }, 5]) {
      expect(refused(bad)).toEqual({ function: 'rateCheckFinding', option: 'rate' })
    }
    expect(() =>
      rateCheckFinding(checkReportedRate('IO', half), { rate: 'total' as never }),
    ).toThrow('must be "completion", "adjustment" or a name { "zh-CN", en }')
  })
})

describe('rateFailureFinding', () => {
  it('is null for a computed rate', () => {
    expect(
      rateFailureFinding(budgetCompletionRateResult({ adjustedBudget: '2', actual: '1' }), {
        rate: 'completion',
      }),
    ).toBeNull()
  })

  it('says why: a zero denominator, or the missing amount by name', () => {
    const zero = rateFailureFinding(
      budgetCompletionRateResult({ adjustedBudget: '0', actual: '3' }),
      {
        rate: 'completion',
        locale: 'en',
      },
    )
    expect(zero?.params).toMatchObject({ reason: 'the denominator is 0', numerator: '3' })
    expect(zero?.path).toEqual([])
    const missing = rateFailureFinding(budgetCompletionRateResult({ actual: '3' }), {
      rate: 'adjustment',
    })
    expect(missing?.params).toMatchObject({
      rate: '预算调整率',
      reason: '缺少所需金额 (initialBudget)',
      problem: 'missing-input',
    })
  })

  it('names itself in an OptionError', () => {
    expect(
      optionError(() => rateFailureFinding(budgetCompletionRateResult({}), { rate: 'x' as never })),
    ).toEqual({ function: 'rateFailureFinding', option: 'rate' })
  })
})

describe('parsePrintedRate', () => {
  it('reads a number as its shortest decimal text, never as a percentage', () => {
    expect(parsePrintedRate(97.8)).toEqual({
      success: true,
      text: '97.8',
      data: '97.8',
      ratio: null,
      percent: false,
      decimals: 1,
    })
  })

  it('tells empty from not-a-number for what is not text, and keeps the text', () => {
    const no = (text: string, reason: string) => ({ success: false, findings: [], text, reason })
    expect(parsePrintedRate(undefined)).toEqual(no('', 'empty'))
    expect(parsePrintedRate(null)).toEqual(no('', 'empty'))
    expect(parsePrintedRate({})).toEqual(no('', 'not-a-number'))
    expect(parsePrintedRate(true)).toEqual(no('', 'not-a-number'))
    expect(parsePrintedRate(Number.NaN)).toEqual(no('NaN', 'not-a-number'))
    expect(parsePrintedRate(Number.POSITIVE_INFINITY)).toEqual(no('Infinity', 'not-a-number'))
    expect(parsePrintedRate(' ')).toEqual(no(' ', 'empty'))
    expect(parsePrintedRate('—')).toEqual(no('—', 'placeholder'))
    expect(parsePrintedRate('8g.31%')).toEqual(no('8g.31%', 'not-a-number'))
  })
})

describe('checkReportedRate', () => {
  it('names itself and the option in an OptionError', () => {
    const call = (conventions: unknown) =>
      optionError(() => checkReportedRate('1', '1', { conventions: conventions as never }))
    expect(call('half-even')).toEqual({ function: 'checkReportedRate', option: 'conventions' })
    expect(call(['nope'])).toEqual({ function: 'checkReportedRate', option: 'conventions[]' })
    expect(() => checkReportedRate('1', '1', { conventions: 'fraction' as never })).toThrow(
      'must be an array of half-even, truncated, fraction, percent-sign-omitted, zero-for-undefined, full-for-empty',
    )
  })

  it('takes undefined as an undefined rate, and an unreadable ratio as uncheckable', () => {
    expect(checkReportedRate('0', undefined as never)).toMatchObject({
      verdict: 'convention',
      convention: 'zero-for-undefined',
    })
    expect(checkReportedRate('—', 'abc').verdict).toBe('uncheckable')
  })

  it('uses a bare-figure reading only when its convention is accepted', () => {
    const rate = '0.9780864197'
    expect(checkReportedRate('97.81', rate, { conventions: ['fraction'] }).verdict).toBe('mismatch')
    expect(
      checkReportedRate('0.9781', rate, { conventions: ['percent-sign-omitted'] }).verdict,
    ).toBe('mismatch')
  })

  it('combines a bare reading with half-up always, with half-even only when accepted', () => {
    expect(
      checkReportedRate('0.9781', '0.9780864197', { conventions: ['fraction'] }),
    ).toMatchObject({ verdict: 'convention', convention: 'fraction', rounding: 'half-up' })
    // 12.345% printed as the ratio 0.1234 is half-even at 2 decimals of the percentage.
    expect(checkReportedRate('0.1234', '0.12345', { conventions: ['fraction'] }).verdict).toBe(
      'mismatch',
    )
    expect(
      checkReportedRate('0.1234', '0.12345', { conventions: ['fraction', 'half-even'] }),
    ).toMatchObject({ verdict: 'convention', convention: 'fraction', rounding: 'half-even' })
  })

  it('gives the expected text up to 20 decimals, none beyond', () => {
    expect(checkReportedRate(`50.${'0'.repeat(20)}%`, '0.5').expected).toBe(`50.${'0'.repeat(20)}%`)
    expect(checkReportedRate(`50.${'0'.repeat(21)}%`, '0.5')).toMatchObject({
      verdict: 'match',
      decimals: 21,
      expected: null,
    })
  })
})

describe('timeProgress', () => {
  it('names itself and the option in an OptionError', () => {
    const call = (options: object) => optionError(() => timeProgress('2021-06-30', options))
    expect(call({ fiscalYear: 0 })).toEqual({ function: 'timeProgress', option: 'fiscalYear' })
    expect(call({ dateFields: 'zone' })).toEqual({ function: 'timeProgress', option: 'dateFields' })
  })

  it('rejects a bad date even with a fiscal year given, naming the date', () => {
    expect(failed(timeProgress('2021-13-01', { fiscalYear: 2021 }))).toBe('invalid-date date')
    expect(failed(timeProgress('2021-06-00'))).toBe('invalid-date date')
  })

  it('reads a date with spaces around it', () => {
    expect(timeProgress(' 2021-12-31 ')).toMatchObject({ success: true, date: '2021-12-31' })
  })

  it('reads the UTC fields of a Date only when asked', () => {
    // 2021-12-31 20:00 UTC is already 2022-01-01 in UTC+8; a Date there reports local fields so.
    // The sandbox runs in UTC, so the local fields are set as a UTC+8 machine would give them.
    const d = new Date('2021-12-31T20:00:00Z')
    d.getFullYear = () => 2022
    d.getMonth = () => 0
    d.getDate = () => 1
    expect(timeProgress(d, { dateFields: 'utc' })).toMatchObject({ date: '2021-12-31' })
    expect(timeProgress(d)).toMatchObject({ date: '2022-01-01' })
  })
})

describe('spendingProgress', () => {
  it('names itself and the option in an OptionError', () => {
    const input = { spentToDate: '1', budget: '2', date: '2021-06-30' }
    expect(optionError(() => spendingProgress(input, { lagTolerance: 'x' }))).toEqual({
      function: 'spendingProgress',
      option: 'lagTolerance',
    })
    expect(optionError(() => spendingProgress(input, { unit: 'x' as never }))).toEqual({
      function: 'spendingProgress',
      option: 'unit',
    })
  })

  it('fails when either part fails, with that part’s findings only', () => {
    const noDate = spendingProgress({ spentToDate: '1', budget: '2', date: 'June' })
    expect(noDate).toMatchObject({ success: false, findings: [] })
    expect(noDate.success ? null : noDate.spending.success).toBe(true)
    const unreadable = spendingProgress({ spentToDate: 'IO', budget: '2', date: '2021-06-30' })
    expect(unreadable.success).toBe(false)
    expect(unreadable.success ? [] : unreadable.findings.map((f) => f.code)).toEqual([
      'AMOUNT_UNPARSEABLE',
    ])
    expect(unreadable.success ? null : failed(unreadable.spending)).toBe(
      'unreadable-input spentToDate',
    )
    const noBudget = spendingProgress({ spentToDate: '1', budget: null, date: '2021-06-30' })
    expect(noBudget.success ? null : failed(noBudget.spending)).toBe('missing-input budget')
  })
})

describe('spendingProgressFinding', () => {
  // 29.995 of 100 spent at mid-year (months): 20.005 points behind, rounded half-up to 20.01.
  const behind = spendingProgress(
    { spentToDate: '29.995', budget: '100', date: '2021-06-30' },
    { convention: 'months' },
  )

  it('states the gap in points, half-up, in the locale asked, at the path given or none', () => {
    const en = spendingProgressFinding(behind, { locale: 'en' })
    expect(en?.params).toMatchObject({ gap: '20.01 percentage points' })
    expect(en?.path).toEqual([])
    expect(spendingProgressFinding(behind)?.params).toMatchObject({ gap: '20.01 个百分点' })
  })

  it('names itself in an OptionError', () => {
    expect(optionError(() => spendingProgressFinding(behind, { locale: 'fr' as never }))).toEqual({
      function: 'spendingProgressFinding',
      option: 'locale',
    })
  })
})
