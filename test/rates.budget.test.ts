import { describe, expect, it } from 'vitest'
import liwanExample from '../examples/liwan-2021.json'
import {
  budgetAdjustmentRate as budgetAdjustmentRateContract,
  budgetAdjustmentRateResult,
  budgetCompletionRate as budgetCompletionRateContract,
  budgetCompletionRateResult,
  checkReportedRate,
  DEPARTMENT_RATES,
  departmentRate,
  type FundingRow,
  formatPercent,
  fundingRowRates,
  outturnRate as outturnRateContract,
  outturnRateResult,
  parsePrintedRate,
  parseSelfEvaluation,
  type RateCheck,
  type RateResult,
  rateCheckFinding,
  rateFailureFinding,
  rules,
} from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'

/** The seed form's funding rows, read through the real schema from examples/liwan-2021.json. */
function liwanRows(): FundingRow[] {
  const r = parseSelfEvaluation(liwanExample)
  if (!r.success) throw new Error('examples/liwan-2021.json must parse')
  return r.data.funding
}

function rowsOf(name: string): FundingRow[] {
  const form = publicForms[name]
  if (form === undefined) throw new Error(`no public form ${name}`)
  const r = parseSelfEvaluation(toInput(form))
  if (!r.success) throw new Error(`${name} must parse`)
  return r.data.funding
}

/** One row of a public form, through the schema. */
function rowOf(name: string, index: number): FundingRow {
  const row = rowsOf(name)[index]
  if (row === undefined) throw new Error(`${name} has no row ${index}`)
  return row
}

/** The check of a printed rate that the test knows is printed. */
function printedCheck(check: RateCheck | null): RateCheck {
  if (check === null) throw new Error('expected a printed rate')
  return check
}

const pct = (r: RateResult, decimals = 2) => formatPercent(r, { decimals })

describe('the seed (荔湾区机关事务管理局 2021): rates from the raw amounts', () => {
  it('completion 5840.18 / (6211.89 + 327.17) = 89.31%', () => {
    const r = budgetCompletionRateResult({
      initialBudget: '6211. 89',
      adjustment: '327. 17',
      actual: '5840. 18',
    })
    expect(r).toMatchObject({ success: true, numerator: '5840.18', denominator: '6539.06' })
    expect(r.success && r.data.startsWith('0.89312225')).toBe(true)
    expect(pct(r)).toBe('89.31%')
  })

  it('adjustment 327.17 / 6211.89 = 5.27% (a different denominator)', () => {
    const r = budgetAdjustmentRateResult({ initialBudget: '6211. 89', adjustment: '327. 17' })
    expect(r).toMatchObject({ success: true, numerator: '327.17', denominator: '6211.89' })
    expect(pct(r)).toBe('5.27%')
    expect(pct(r, 4)).toBe('5.2668%')
  })

  it('rejects the alternatives that do not reproduce the form', () => {
    expect(pct(outturnRateResult({ initialBudget: '6211.89', actual: '5840.18' }))).toBe('94.02%')
    // ΔB / (B₀ + ΔB) would be 5.00%, which the form does not print.
    expect(formatPercent('0.05003318')).toBe('5.00%')
  })

  it('every printed rate of both rows is a match, and completion is below the 90% floor', () => {
    const rows = liwanRows()
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      const r = fundingRowRates(row)
      expect(r.completionCheck).toMatchObject({
        verdict: 'match',
        decimals: 2,
        printed: '89. 31%',
        expected: '89.31%',
      })
      expect(r.adjustmentCheck).toMatchObject({ verdict: 'match', expected: '5.27%' })
      expect(r.completionBasis).toBe('initial-plus-adjustment')
      expect(r.completionLow).toBe(true)
      expect(r.overspent).toBe(false)
      expect(r.adjustmentHigh).toBe(false)
      expect(rateCheckFinding(printedCheck(r.completionCheck), { rate: 'completion' })).toBeNull()
    }
  })
})

interface RowExpectation {
  readonly form: string
  readonly row: number
  readonly printed: string
  readonly verdict: string
  readonly convention: string | null
  readonly decimals: number | null
  readonly expected: string | null
  readonly overspent: boolean | null
}

// What a careful auditor says about every funding row of the public forms that prints a rate.
const PUBLIC_ROWS: readonly RowExpectation[] = [
  // 池州: the 年度资金总额 row prints 0/0/0 and 执行率 "0". The rate is undefined (0/0); printing 0
  // for it is a known habit, so the figure itself is a convention, not a mismatch. (That the row
  // does not sum its 89.974 component is FUNDING_TOTAL_MISMATCH, another rule's business.)
  {
    form: 'chizhou',
    row: 0,
    printed: '0',
    verdict: 'convention',
    convention: 'zero-for-undefined',
    decimals: 0,
    expected: null,
    overspent: false,
  },
  // 衡山: 194.9 / 194.9 printed as a whole percent.
  {
    form: 'hengshan',
    row: 0,
    printed: '100%',
    verdict: 'match',
    convention: null,
    decimals: 0,
    expected: '100%',
    overspent: false,
  },
  {
    form: 'hengshan',
    row: 1,
    printed: '100%',
    verdict: 'match',
    convention: null,
    decimals: 0,
    expected: '100%',
    overspent: false,
  },
  // 六安金寨: 338.31 / 329.77 = 102.5897…% — right, and overspent.
  {
    form: 'luan',
    row: 0,
    printed: '102.59%',
    verdict: 'match',
    convention: null,
    decimals: 2,
    expected: '102.59%',
    overspent: true,
  },
  {
    form: 'luan',
    row: 1,
    printed: '102.59%',
    verdict: 'match',
    convention: null,
    decimals: 2,
    expected: '102.59%',
    overspent: true,
  },
  // 银川: 64.8 / 64.8.
  {
    form: 'yinchuan',
    row: 0,
    printed: '100%',
    verdict: 'match',
    convention: null,
    decimals: 0,
    expected: '100%',
    overspent: false,
  },
  // 临沧: 31.69 / 32.4 = 97.8086…% printed "97.80%": truncated, not rounded.
  {
    form: 'lincang',
    row: 0,
    printed: '97.80%',
    verdict: 'convention',
    convention: 'truncated',
    decimals: 2,
    expected: '97.81%',
    overspent: false,
  },
  {
    form: 'lincang',
    row: 1,
    printed: '97.80%',
    verdict: 'convention',
    convention: 'truncated',
    decimals: 2,
    expected: '97.81%',
    overspent: false,
  },
  // 北京海淀: 154.74 / 310.2 = 49.88% printed "50%": right at whole percents.
  {
    form: 'beijing',
    row: 0,
    printed: '50%',
    verdict: 'match',
    convention: null,
    decimals: 0,
    expected: '50%',
    overspent: false,
  },
]

describe('every printed rate of the public forms gets the auditor’s verdict', () => {
  it('the table covers every row that prints a rate, and nothing else', () => {
    const printedRows = Object.keys(publicForms).flatMap((name) =>
      rowsOf(name).flatMap((row, i) =>
        row.printed?.completionRate === undefined ? [] : [`${name}#${i}`],
      ),
    )
    expect(printedRows.sort()).toEqual(PUBLIC_ROWS.map((e) => `${e.form}#${e.row}`).sort())
  })

  it.each(PUBLIC_ROWS.map((e) => [`${e.form} row ${e.row} "${e.printed}"`, e] as const))(
    '%s',
    (_name, e) => {
      const row = rowOf(e.form, e.row)
      const r = fundingRowRates(row)
      expect(r.completionCheck).toMatchObject({
        verdict: e.verdict,
        convention: e.convention,
        decimals: e.decimals,
        printed: e.printed,
        expected: e.expected,
      })
      expect(r.overspent).toBe(e.overspent)
    },
  )

  it('recomputes the figures behind the verdicts', () => {
    const lincang = fundingRowRates(rowOf('lincang', 0))
    expect(lincang.completion).toMatchObject({
      success: true,
      numerator: '31.69',
      denominator: '32.4',
    })
    expect(pct(lincang.completion, 4)).toBe('97.8086%')
    expect(lincang.completionCheck?.rounding).toBe('truncate')

    const beijing = fundingRowRates(rowOf('beijing', 0))
    expect(beijing.completionBasis).toBe('initial-budget')
    expect(pct(beijing.completion)).toBe('49.88%')
    expect(beijing.completionLow).toBe(true)

    const luan = fundingRowRates(rowOf('luan', 0))
    expect(luan.completionBasis).toBe('adjusted-budget')
    expect(luan.adjustment).toMatchObject({ success: true, data: '0' })
    expect(luan.completionLow).toBe(false)

    const chizhouTotal = fundingRowRates(rowOf('chizhou', 0))
    expect(chizhouTotal.completion).toMatchObject({
      success: false,
      reason: 'zero-denominator',
      numerator: '0',
      denominator: '0',
    })
    expect(chizhouTotal.completionLow).toBeNull()
  })

  it('reads the 池州 component row the total row should have summed: 100%, adjusted −0.03%', () => {
    const row = fundingRowRates(rowOf('chizhou', 1))
    expect(pct(row.completion)).toBe('100.00%')
    expect(row.adjustment).toMatchObject({ success: true, numerator: '-0.026', denominator: '90' })
    expect(pct(row.adjustment)).toBe('-0.03%')
    expect(pct(row.outturn)).toBe('99.97%')
  })

  it('turns the checks into the findings a reviewer reads', () => {
    const lincang = fundingRowRates(rowOf('lincang', 0))
    const f = rateCheckFinding(printedCheck(lincang.completionCheck), {
      rate: 'completion',
      path: ['funding', 0, 'printed', 'completionRate'],
    })
    expect(f).toMatchObject({
      code: 'REPORTED_RATE_CONVENTION',
      severity: 'info',
      path: ['funding', 0, 'printed', 'completionRate'],
      params: { reported: '97.80%', computed: '97.81%', conventionId: 'truncated' },
    })
    expect(f?.message).toBe(
      '预算完成率填报为 97.80%，按金额计算并四舍五入为 97.81%；按“截尾（舍去多余位数）”惯例成立',
    )

    const chizhou = fundingRowRates(rowOf('chizhou', 0))
    expect(
      rateFailureFinding(chizhou.completion, { rate: 'completion', locale: 'en' })?.message,
    ).toBe('budget completion rate cannot be computed: the denominator is 0')
    expect(
      rateCheckFinding(printedCheck(chizhou.completionCheck), { rate: 'completion' })?.params,
    ).toMatchObject({
      conventionId: 'zero-for-undefined',
    })
  })
})

describe('budget rate functions', () => {
  it.each([
    ['zero adjusted budget', { adjustedBudget: '0', actual: '5' }, 'zero-denominator', null],
    [
      'B₀ + ΔB = 0',
      { initialBudget: '10', adjustment: '-10', actual: '0' },
      'zero-denominator',
      null,
    ],
    ['no actual', { adjustedBudget: '10' }, 'missing-input', 'actual'],
    ['no budget at all', { actual: '1' }, 'missing-input', 'initialBudget'],
    ['B₀ without ΔB', { initialBudget: '10', actual: '1' }, 'missing-input', 'adjustment'],
    ['an empty cell', { adjustedBudget: '', actual: '1' }, 'missing-input', 'initialBudget'],
    ['OCR damage', { adjustedBudget: 'M.8', actual: '1' }, 'unreadable-input', 'adjustedBudget'],
    [
      'a non-finite number',
      { adjustedBudget: Number.NaN, actual: '1' },
      'unreadable-input',
      'adjustedBudget',
    ],
  ] as const)('completion with %s fails with a reason', (_name, input, reason, field) => {
    const r = budgetCompletionRateResult(input)
    expect(r).toMatchObject({ success: false, reason, field })
    expect(formatPercent(r)).toBeNull()
  })

  it('prefers the printed adjusted budget, and never caps above 100%', () => {
    const r = budgetCompletionRateResult({
      initialBudget: '100',
      adjustment: '0',
      adjustedBudget: '80',
      actual: '100',
    })
    expect(r).toMatchObject({ success: true, data: '1.25', denominator: '80' })
  })

  it('carries the AMOUNT_UNPARSEABLE finding of an unreadable amount, at its path', () => {
    const r = budgetCompletionRateResult(
      { adjustedBudget: 'IO', actual: '1' },
      { path: ['funding', 2], locale: 'en' },
    )
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.findings).toMatchObject([
        { code: 'AMOUNT_UNPARSEABLE', path: ['funding', 2, 'adjustedBudget'] },
      ])
      expect(rateFailureFinding(r, { rate: 'completion' })).toBe(r.findings[0])
    }
  })

  it('reads mixed units into one before dividing', () => {
    expect(
      budgetCompletionRateResult({ adjustedBudget: '25万元', actual: '200000元' }),
    ).toMatchObject({
      success: true,
      data: '0.8',
      numerator: '20',
      denominator: '25',
    })
    expect(
      budgetCompletionRateResult({ adjustedBudget: '25万元', actual: '200000元' }, { unit: '元' }),
    ).toMatchObject({
      numerator: '200000',
      denominator: '250000',
    })
  })

  it('keeps the adjustment signed and lets 53号 exclusions out', () => {
    expect(pct(budgetAdjustmentRateResult({ initialBudget: '200', adjustment: '-50' }))).toBe(
      '-25.00%',
    )
    expect(
      budgetAdjustmentRateResult({
        initialBudget: '200',
        adjustment: '80',
        excludedAdjustment: '30',
      }),
    ).toMatchObject({
      success: true,
      data: '0.25',
      numerator: '50',
    })
    expect(budgetAdjustmentRateResult({ initialBudget: '0', adjustment: '5' })).toMatchObject({
      success: false,
      reason: 'zero-denominator',
      numerator: '5',
      denominator: '0',
    })
  })

  it('does not mutate its input', () => {
    const input = Object.freeze({
      initialBudget: '6211.89',
      adjustment: '327.17',
      actual: '5840.18',
    })
    budgetCompletionRateResult(input)
    budgetAdjustmentRateResult(input)
    expect(input).toEqual({ initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' })
  })
})

describe('fundingRowRates flags', () => {
  it('compares with thresholds exactly: 89.995% is below 90% though it prints "90.00%"', () => {
    const r = fundingRowRates({ adjustedBudget: '100', actual: '89.995' })
    expect(pct(r.completion)).toBe('90.00%')
    expect(r.completionLow).toBe(true)
    expect(fundingRowRates({ adjustedBudget: '100', actual: '90' }).completionLow).toBe(false)
  })

  it('flags an adjustment over 30% in either direction, and takes thresholds as data', () => {
    expect(fundingRowRates({ initialBudget: '100', adjustment: '30' }).adjustmentHigh).toBe(false)
    expect(fundingRowRates({ initialBudget: '100', adjustment: '30.01' }).adjustmentHigh).toBe(true)
    expect(fundingRowRates({ initialBudget: '100', adjustment: '-40' }).adjustmentHigh).toBe(true)
    const strict = { thresholds: { completionFloor: '0.95', adjustmentCeiling: '0.05' } }
    const liwan = fundingRowRates(liwanRows()[0] ?? {}, strict)
    expect(liwan.adjustmentHigh).toBe(true)
  })

  it('calls spending without any budget overspent', () => {
    const r = fundingRowRates({ adjustedBudget: '0', actual: '3' })
    expect(r.completion).toMatchObject({ success: false, reason: 'zero-denominator' })
    expect(r.overspent).toBe(true)
  })

  it('takes an empty printed cell as nothing printed', () => {
    expect(
      fundingRowRates({ adjustedBudget: '10', actual: '9', printed: { completionRate: ' ' } })
        .completionCheck,
    ).toBeNull()
  })

  it('checks 年初 + 调整 against the printed 全年预算数', () => {
    expect(
      fundingRowRates({ initialBudget: '90', adjustment: '-0.026', adjustedBudget: '89.974' })
        .adjustedBudgetConsistent,
    ).toBe(true)
    expect(
      fundingRowRates({ initialBudget: '90', adjustment: '-0.02', adjustedBudget: '89.974' })
        .adjustedBudgetConsistent,
    ).toBe(false)
    expect(
      fundingRowRates({ initialBudget: '90', adjustedBudget: '89.974' }).adjustedBudgetConsistent,
    ).toBeNull()
  })
})

describe('formatPercent', () => {
  it.each([
    ['0.893122253', {}, '89.31%'],
    ['0.0526683', {}, '5.27%'],
    ['1', {}, '100.00%'],
    ['0', {}, '0.00%'],
    ['-0.00001', {}, '0.00%'],
    ['-0.000289', {}, '-0.03%'],
    ['-0.000289', { rounding: 'truncate' }, '-0.02%'],
    ['0.978086', { rounding: 'truncate' }, '97.80%'],
    ['0.978086', { rounding: 'half-up' }, '97.81%'],
    ['0.12345', { rounding: 'half-up' }, '12.35%'],
    ['0.12345', { rounding: 'half-even' }, '12.34%'],
    ['0.12355', { rounding: 'half-even' }, '12.36%'],
    ['-0.12345', { rounding: 'half-up' }, '-12.35%'],
    ['0.498839', { decimals: 0 }, '50%'],
    ['0.925', { decimals: 0, rounding: 'half-even' }, '92%'],
    ['1.0259', { decimals: 1 }, '102.6%'],
    ['0.00005', { decimals: 3 }, '0.005%'],
  ] as const)('%s %j → %s', (ratio, options, expected) => {
    expect(formatPercent(ratio, options)).toBe(expected)
  })

  it('rounds a rate result from its exact fraction', () => {
    // 1/3 printed to 20 decimals: every digit comes from the fraction, not from a rounded quotient.
    const third = budgetCompletionRateResult({ adjustedBudget: '3', actual: '1' })
    expect(formatPercent(third, { decimals: 20 })).toBe('33.33333333333333333333%')
    expect(
      formatPercent(budgetCompletionRateResult({ adjustedBudget: '3', actual: '2' }), {
        decimals: 0,
      }),
    ).toBe('67%')
  })

  it.each([
    ['a percentage', '89.31%'],
    ['garbage', 'IO'],
    ['Infinity', Number.POSITIVE_INFINITY],
  ] as const)('gives null for %s', (_name, ratio) => {
    expect(formatPercent(ratio)).toBeNull()
  })

  it.each([
    ['negative decimals', { decimals: -1 }, 'decimals'],
    ['fractional decimals', { decimals: 1.5 }, 'decimals'],
    ['too many decimals', { decimals: 21 }, 'decimals'],
    ['an unknown rounding', { rounding: 'ceiling' }, 'rounding'],
  ] as const)('refuses %s with an OptionError', (_name, options, option) => {
    expect(() => formatPercent('0.5', options as never)).toThrow(
      expect.objectContaining({ name: 'OptionError', option }),
    )
  })

  it('gives null for a forged result instead of throwing', () => {
    expect(
      formatPercent({ success: true, data: 'x', numerator: 'abc', denominator: '1' }),
    ).toBeNull()
    expect(formatPercent({ success: true, data: '0', numerator: '1', denominator: '0' })).toBeNull()
  })
})

describe('parsePrintedRate', () => {
  it.each([
    ['89.31%', '89.31', '0.8931', true, 2],
    ['89. 31%', '89.31', '0.8931', true, 2],
    ['100.00%', '100', '1', true, 2],
    ['97.80%', '97.8', '0.978', true, 2],
    ['93%', '93', '0.93', true, 0],
    ['102.59%', '102.59', '1.0259', true, 2],
    ['0.00%', '0', '0', true, 2],
    ['-0.03%', '-0.03', '-0.0003', true, 2],
    ['−5%', '-5', '-0.05', true, 0],
    ['８９．３１％', '89.31', '0.8931', true, 2],
    ['1', '1', null, false, 0],
    ['0', '0', null, false, 0],
    ['0.9781', '0.9781', null, false, 4],
  ] as const)('reads %s', (text, value, ratio, percent, decimals) => {
    expect(parsePrintedRate(text)).toEqual({
      success: true,
      text,
      data: value,
      ratio,
      percent,
      decimals,
    })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['—', 'placeholder'],
    ['/', 'placeholder'],
    ['无', 'placeholder'],
    ['IO', 'not-a-number'],
    ['8g.31%', 'not-a-number'],
    ['89.31%%', 'not-a-number'],
    ['1.2.3%', 'not-a-number'],
    ['89,31%', 'not-a-number'],
    ['≥90%', 'not-a-number'],
  ] as const)('refuses %j (%s)', (text, reason) => {
    expect(parsePrintedRate(text)).toMatchObject({ success: false, reason })
  })
})

describe('checkReportedRate', () => {
  const liwan = budgetCompletionRateResult({
    initialBudget: '6211.89',
    adjustment: '327.17',
    actual: '5840.18',
  })

  it.each([
    ['whole percent rounded half-up is a match', '93%', '0.9256', 'match', null, 0],
    ['2 dp half-up', '89.31%', liwan, 'match', null, 2],
    ['OCR spaces', '89. 31%', liwan, 'match', null, 2],
    ['1 dp', '89.3%', liwan, 'match', null, 1],
    ['3 dp must be right at 3 dp', '89.310%', liwan, 'mismatch', null, 3],
    ['close is not right', '89.30%', liwan, 'mismatch', null, 2],
    ['transposed digits', '89.13%', liwan, 'mismatch', null, 2],
    ['truncated', '97.80%', '0.9780864197', 'convention', 'truncated', 2],
    ['a tie rounded to even (GB/T 8170)', '12.34%', '0.12345', 'convention', 'half-even', 2],
    ['a tie rounded up', '12.35%', '0.12345', 'match', null, 2],
    ['a tie truncated', '12.35%', '0.12355', 'convention', 'truncated', 2],
    ['a fraction for 100%', '1', '1', 'convention', 'fraction', 0],
    ['a fraction with digits', '0.9781', '0.9780864197', 'convention', 'fraction', 2],
    ['a fraction held to whole percents', '1', '0.96', 'mismatch', null, 0],
    ['the % sign left out', '89.31', liwan, 'convention', 'percent-sign-omitted', 2],
    ['100% for 99.6% at 0 dp', '100%', '0.996', 'match', null, 0],
    ['100% for an overspend of 102.59%', '100%', '1.0259', 'mismatch', null, 0],
    ['negative adjustment', '-0.03%', '-0.000288888', 'match', null, 2],
    ['the sign lost', '0.03%', '-0.000288888', 'mismatch', null, 2],
    ['garbage', 'IO', liwan, 'unreadable', null, null],
  ] as const)('%s: %s', (_name, printed, computed, verdict, convention, decimals) => {
    expect(checkReportedRate(printed, computed)).toMatchObject({ verdict, convention, decimals })
  })

  it('reports the computed ratio and the figure the form should print', () => {
    expect(checkReportedRate('89.30%', liwan)).toMatchObject({
      printed: '89.30%',
      computed: liwan.success ? liwan.data : '',
      expected: '89.31%',
      rounding: null,
    })
  })

  it.each([
    ['0', 'convention', 'zero-for-undefined'],
    ['0.00%', 'convention', 'zero-for-undefined'],
    ['100%', 'convention', 'full-for-empty'],
    ['1', 'convention', 'full-for-empty'],
    ['—', 'match', null],
    ['50%', 'mismatch', null],
  ] as const)('a 0/0 rate printed %j: %s %s', (printed, verdict, convention) => {
    const empty = budgetCompletionRateResult({ adjustedBudget: '0', actual: '0' })
    expect(checkReportedRate(printed, empty)).toMatchObject({
      verdict,
      convention,
      computed: null,
      expected: null,
    })
  })

  it('does not call 100% right for spending without a budget (5/0)', () => {
    const r = budgetCompletionRateResult({ adjustedBudget: '0', actual: '5' })
    expect(checkReportedRate('100%', r).verdict).toBe('mismatch')
    expect(checkReportedRate('0.00%', r).convention).toBe('zero-for-undefined')
    expect(checkReportedRate('0.00%', null).convention).toBe('zero-for-undefined')
  })

  it('says uncheckable when the amounts are missing, and absent for a blank or a dash over a real rate', () => {
    expect(checkReportedRate('89.31%', budgetCompletionRateResult({ actual: '1' })).verdict).toBe(
      'uncheckable',
    )
    // Blank is not a figure: nothing printed is neither right nor wrong (was 'mismatch').
    expect(checkReportedRate('—', liwan)).toMatchObject({ verdict: 'absent', expected: null })
    expect(checkReportedRate('', '0.5').verdict).toBe('absent')
    expect(checkReportedRate('—', budgetCompletionRateResult({}))).toMatchObject({
      verdict: 'match',
      decimals: null,
    })
    expect(
      checkReportedRate('—', budgetCompletionRateResult({ adjustedBudget: 'IO', actual: '1' }))
        .verdict,
    ).toBe('uncheckable')
  })

  it('accepts only the conventions it is given', () => {
    const none = { conventions: [] }
    expect(checkReportedRate('97.80%', '0.9780864197', none).verdict).toBe('mismatch')
    expect(checkReportedRate('0', null, none).verdict).toBe('mismatch')
    expect(
      checkReportedRate('97.80', '0.9780864197', { conventions: ['percent-sign-omitted'] }).verdict,
    ).toBe('mismatch')
    expect(
      checkReportedRate('97.80', '0.9780864197', {
        conventions: ['percent-sign-omitted', 'truncated'],
      }),
    ).toMatchObject({
      verdict: 'convention',
      convention: 'percent-sign-omitted',
      rounding: 'truncate',
    })
  })

  it('never throws on odd input', () => {
    for (const printed of [undefined, null, {}, [], Number.NaN, 1e21, '%', '-', '+%']) {
      expect(() => checkReportedRate(printed, '0.5')).not.toThrow()
    }
    expect(
      checkReportedRate('50%', { success: true, data: '?', numerator: 'x', denominator: '1' })
        .verdict,
    ).toBe('uncheckable')
  })
})

describe('rate findings', () => {
  it('uses catalogued codes with both messages', () => {
    for (const code of [
      'REPORTED_RATE_MISMATCH',
      'REPORTED_RATE_CONVENTION',
      'REPORTED_RATE_UNREADABLE',
      'RATE_UNDEFINED',
      'SPENDING_BEHIND_SCHEDULE',
    ]) {
      const rule = rules.find((r) => r.code === code)
      expect(rule?.area).toBe('rates')
      expect(rule?.message['zh-CN']).not.toBe('')
      expect(rule?.message.en).not.toBe('')
    }
  })

  it('states a mismatch with the computed figure at least to 2 decimals', () => {
    const check = checkReportedRate(
      '60%',
      budgetCompletionRateResult({ adjustedBudget: '310.2', actual: '154.74' }),
    )
    const f = rateCheckFinding(check, { rate: 'completion', path: ['funding', 0], locale: 'en' })
    expect(f).toMatchObject({
      code: 'REPORTED_RATE_MISMATCH',
      severity: 'error',
      params: { reported: '60%', computed: '49.88%' },
    })
    expect(f?.message).toBe('budget completion rate is printed as 60%; the amounts give 49.88%')
  })

  it('warns about an unreadable printed rate, in Chinese by default', () => {
    const f = rateCheckFinding(checkReportedRate('IO', '1'), { rate: 'adjustment' })
    expect(f).toMatchObject({ code: 'REPORTED_RATE_UNREADABLE', severity: 'warning' })
    expect(f?.message).toBe('预算调整率填报为“IO”，无法识别，未能核对')
  })
})

describe('department rates (财预〔2013〕53号)', () => {
  it.each([
    ['public-expense-control-rate', { numerator: '95', denominator: '100' }, '95.00%', true],
    ['public-expense-control-rate', { numerator: '105', denominator: '100' }, '105.00%', false],
    ['three-public-expense-control-rate', { numerator: '10.8', denominator: '12' }, '90.00%', true],
    ['procurement-execution-rate', { numerator: '98', denominator: '100' }, '98.00%', false],
    ['procurement-execution-rate', { numerator: '100', denominator: '100' }, '100.00%', true],
    ['staff-control-rate', { numerator: 50, denominator: 50 }, '100.00%', true],
    ['staff-control-rate', { numerator: 52, denominator: 50 }, '104.00%', false],
    ['carry-over-rate', { numerator: '698.88', denominator: '6539.06' }, '10.69%', null],
    ['carry-over-change-rate', { current: '120', previous: '100' }, '20.00%', false],
    ['three-public-expense-change-rate', { current: '12.5', previous: '15' }, '-16.67%', true],
    ['key-expenditure-rate', { numerator: '40', denominator: '160' }, '25.00%', null],
  ] as const)('%s %j = %s, favourable %s', (id, input, expected, favourable) => {
    const r = departmentRate(id, input)
    expect(formatPercent(r.result)).toBe(expected)
    expect(r.favourable).toBe(favourable)
  })

  it('has a direction and a source for every rate, and overridable bounds', () => {
    for (const def of DEPARTMENT_RATES) {
      expect(['higher-is-better', 'lower-is-better']).toContain(def.direction)
      expect(def.source).toContain('53号')
    }
    const local = departmentRate(
      'carry-over-rate',
      { numerator: '698.88', denominator: '6539.06' },
      { bound: '0.05' },
    )
    expect(local.favourable).toBe(false)
  })

  it('fails cleanly on an unknown id or a zero base', () => {
    expect(() => departmentRate('nope' as never, {})).toThrow(
      expect.objectContaining({ name: 'OptionError', option: 'id' }),
    )
    expect(
      departmentRate('three-public-expense-change-rate', { current: '3', previous: '0' }).result,
    ).toMatchObject({
      success: false,
      reason: 'zero-denominator',
    })
  })
})

describe('the contract shape: exact ratio string or null', () => {
  it('gives the seed rates from the raw amounts', () => {
    const completion = budgetCompletionRateContract({
      initialBudget: '6211. 89',
      adjustment: '327. 17',
      actual: '5840. 18',
    })
    expect(completion?.startsWith('0.893122253045')).toBe(true)
    expect(formatPercent(completion)).toBe('89.31%')
    const adjustment = budgetAdjustmentRateContract({
      initialBudget: '6211.89',
      adjustment: '327.17',
    })
    expect(formatPercent(adjustment)).toBe('5.27%')
    expect(
      formatPercent(outturnRateContract({ initialBudget: '6211.89', actual: '5840.18' })),
    ).toBe('94.02%')
  })

  it('is null, never NaN, Infinity or 0, when the rate is undefined', () => {
    expect(
      budgetCompletionRateContract({ initialBudget: '0', adjustment: '0', actual: '0' }),
    ).toBeNull()
    expect(
      budgetCompletionRateContract({ initialBudget: '100', adjustment: '-100', actual: '5' }),
    ).toBeNull()
    expect(budgetAdjustmentRateContract({ initialBudget: '0', adjustment: '12' })).toBeNull()
    expect(
      budgetCompletionRateContract({ initialBudget: 'IO', adjustment: '0', actual: '5' }),
    ).toBeNull()
    expect(formatPercent(null)).toBeNull()
  })
})
