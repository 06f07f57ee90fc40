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
  AMOUNT_LIMITS,
  assessIndicator,
  batchRow,
  budgetAdjustmentRateResult,
  budgetCompletionRateResult,
  checkReportedRate,
  classifyIndicator,
  compositionVariance,
  convertAmount,
  departmentRate,
  describeFormula,
  type Evaluation,
  evaluate,
  evaluateFormula,
  executionScore,
  FORMULA_LIMITS,
  fundingRowRates,
  gradeFor,
  indicatorDirection,
  lintFormula,
  liwan2021Form,
  normalizeTargetText,
  OptionError,
  outturnRateResult,
  parseAmount,
  parseFormula,
  parsePrintedRate,
  parseSelfEvaluation,
  parseTarget,
  pefaPI1,
  pefaPI21,
  pefaPI23,
  readTargetInName,
  renderReport,
  schemes,
  scoreIndicator,
  spendingProgress,
  summarizeBatch,
  TARGET_LIMITS,
  targetFindings,
  timeProgress,
  unitInfo,
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
    // 4,998 chained operations are refused by maxDepth first; lifted, the digit bound stops them.
    expect(evaluateFormula(factors, { a: '2' })).toMatchObject({
      success: false,
      findings: [{ code: 'FORMULA_TOO_DEEP' }],
    })
    const r = evaluateFormula(
      factors,
      { a: '1.7777777777777777777777777' },
      { locale: 'en', maxDepth: Number.POSITIVE_INFINITY },
    )
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

  it('the strict reading refuses a sparse list of length 10^9 before zod walks its holes', () => {
    const tasks: unknown[] = []
    tasks.length = 1e9
    const r = parseSelfEvaluation({ ...liwan2021Form, tasks }, { locale: 'en' })
    expect(r.success).toBe(false)
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'SCHEMA_INVALID',
        path: ['tasks'],
        params: expect.objectContaining({ detail: 'must be at most 1000000' }),
      }),
    ])
    expect(evaluate({ ...liwan2021Form, tasks }, { read: 'strict' }).outcome).toBe('not-a-form')
  })

  it('shared objects nested 30 deep (3^24 paths) are not a form, not a hang', () => {
    let shared: Record<string, unknown> = { x: 1 }
    for (let i = 0; i < 30; i++) shared = { a: shared, b: shared, c: shared }
    const form = { ...liwan2021Form, extensions: { shared } }
    const e = evaluate(form, { locale: 'en' })
    expect(e.outcome).toBe('not-a-form')
    expect(e.findings.map((f) => [f.code, f.params])).toEqual([
      [
        'INPUT_NOT_A_FORM',
        { problem: 'too-large', reason: 'it holds over 2,000,000 values, more than any form' },
      ],
    ])
    // The strict reading leaves extensions to the caller, so zod does not walk them.
    expect(parseSelfEvaluation(form).success).toBe(true)
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

describe('found by mutation testing (issue 18, test strength)', () => {
  it('thresholds given as numbers in exponent notation are read (1e-7 was "1e-7", read as nothing)', () => {
    const row = { initialBudget: '100', adjustment: '0.00001', actual: '50' }
    const rates = (completionFloor: number | string, adjustmentCeiling: number | string) =>
      fundingRowRates(row, { thresholds: { completionFloor, adjustmentCeiling } as never })
    // The adjustment is 0.00001 of 100: a ratio of exactly 1e-7.
    expect(rates(0.9, 1e-8).adjustmentHigh).toBe(true)
    expect(rates(0.9, 1e-7).adjustmentHigh).toBe(false)
    expect(rates('0.9', '0.00000001').adjustmentHigh).toBe(true)
    expect(rates(1e21, 0.1).completionLow).toBe(true)
    expect(rates(1e-7, 0.1).completionLow).toBe(false)
  })

  it('a hole in the list of printed-rate conventions is an option error, like any other entry', () => {
    for (const conventions of [[undefined], ['fraction', undefined], [null]]) {
      expect(() => checkReportedRate('1', '1', { conventions: conventions as never })).toThrow(
        OptionError,
      )
    }
    expect(checkReportedRate('97.81', '0.9780864197', { conventions: ['fraction'] }).verdict).toBe(
      'mismatch',
    )
  })
})

describe('found by the 10⁶-input fuzz run (npm run fuzz)', () => {
  it('a chain of 2,500 operations is refused as too deep: its tree would overflow JSON.stringify', () => {
    const text = '-0'.repeat(2500)
    const r = parseFormula(text)
    expect(r).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { maxDepth: 50 } },
    })
    for (const out of [r, lintFormula(text), describeFormula(text), evaluateFormula(text, {})]) {
      expect(() => JSON.stringify(out)).not.toThrow()
    }
    // 50 chained operations are still a formula, and serialise.
    const fifty = parseFormula(`a${'+a'.repeat(50)}`)
    expect(fifty.kind).toBe('formula')
    expect(JSON.stringify(fifty).length).toBeGreaterThan(1000)
  })

  it('renderReport shows a score rule or a rate convention it does not know as written', () => {
    type Check = Record<string, unknown> | null
    const e = JSON.parse(JSON.stringify(evaluate(liwan2021Form))) as {
      score: unknown
      funding: { completionRate: { check: Check } }[]
    }
    // Liwan prints no weights, so its evaluation has no score: one is written in, as a script might.
    const item = {
      item: '产出指标',
      path: [],
      weight: '10',
      status: 'met',
      ratio: null,
      band: null,
    }
    e.score = {
      total: '10',
      display: '10',
      grade: null,
      rescale: null,
      complete: true,
      weightsSpread: false,
      items: [
        { ...item, rule: 'constructor', capped: false, score: '10', display: '10' },
        { ...item, rule: { not: 'a rule' }, capped: false, score: '0', display: '0' },
      ],
    }
    const rate = e.funding.find((f) => f.completionRate.check !== null)
    if (rate === undefined) throw new Error('Liwan prints completion rates')
    rate.completionRate.check = {
      ...rate.completionRate.check,
      verdict: 'convention',
      convention: 'toString',
    }
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = renderReport(e as unknown as Evaluation, { format })
      expect(out).toContain('constructor')
      expect(out).toContain('toString')
    }
  })

  it('convertAmount reads a unit printed with the amount in that unit, before converting', () => {
    // The printed 万元 wins over `from`: 12万元 is 120000 元 whatever unit a bare number would be in.
    expect(convertAmount('12万元', '元', '元')).toEqual({ success: true, data: '120000' })
    expect(convertAmount('12万元', '亿元', '元')).toEqual({ success: true, data: '120000' })
    expect(convertAmount('12', '亿元', '元')).toEqual({ success: true, data: '1200000000' })
    expect(convertAmount('12元', '万元', '万元')).toEqual({ success: true, data: '0.0012' })
  })
})

/**
 * Time bombs (bench/timebomb.mjs): the target grammar and the money readers grew about linearly
 * but at microseconds per character, so a megabyte cell cost seconds (evaluate 44 s). Text over
 * TARGET_LIMITS / AMOUNT_LIMITS is now refused before it is read. Spaces pad the texts below: the
 * readers drop them, so text just within the bound reads as the short text does.
 */
describe('text over the length bounds is refused unread, with its reason', () => {
  const max = TARGET_LIMITS.maxLength
  const pad = (text: string, length: number) => text.padEnd(length, ' ')

  it('parseTarget: a target over the bound is unreadable (too-long); at the bound it is read', () => {
    expect(parseTarget(pad('≥95%', max))).toMatchObject({
      kind: 'quantitative',
      comparator: '>=',
      value: '95',
      unit: '%',
    })
    const over = parseTarget(pad('≥95%', max + 1))
    expect(over).toMatchObject({ kind: 'unreadable', problem: 'too-long' })
    expect(over.kind === 'unreadable' && over.fragment).toBe(`≥95%${' '.repeat(56)}…`)
    expect(over.raw).toHaveLength(max + 1)
  })

  it('parseTarget: a name over the bound gives no hints', () => {
    const cost = '办公所需成本'
    expect(parseTarget('15万元', { indicatorName: pad(cost, max) })).toMatchObject({
      comparator: '<=',
      inferredFrom: 'lower-is-better-name',
    })
    expect(parseTarget('15万元', { indicatorName: pad(cost, max + 1) })).toMatchObject({
      comparator: '>=',
      inferredFrom: 'default',
    })
  })

  it('the other readers of names and units read nothing over the bound', () => {
    const inName = '年度资金支付完成率100%'
    expect(readTargetInName(pad(inName, max))).toMatchObject({ value: '100', unit: '%' })
    expect(readTargetInName(pad(inName, max + 1))).toBeNull()
    expect(unitInfo(pad('個', max))).toEqual({ canonical: '个', dimension: 'count' })
    expect(unitInfo(pad('個', max + 1))).toBeNull()
    expect(indicatorDirection(pad('事故发生率', max)).direction).toBe('lower-better')
    expect(indicatorDirection(pad('事故发生率', max + 1))).toMatchObject({
      direction: 'unclear',
      source: 'none',
    })
    expect(classifyIndicator(pad('购置新能源车数量', max))?.level2).toBe('quantity')
    expect(classifyIndicator(pad('购置新能源车数量', max + 1))).toBeNull()
    const long = pad('＞＝９５％', max + 1)
    expect(normalizeTargetText(long)).toBe(long)
    expect(normalizeTargetText(pad('＞＝９５％', max))).toBe('≥95%')
  })

  it('targetFindings: TARGET_UNPARSEABLE with the text cut for the message', () => {
    const [f, ...rest] = targetFindings(pad('≥95%', max + 1), {
      indicatorName: pad('验收通过率', max + 1),
      locale: 'en',
    })
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      code: 'TARGET_UNPARSEABLE',
      params: { problem: 'too-long', reason: 'it is too long to be read' },
    })
    expect(f?.params).toMatchObject({
      text: `≥95%${' '.repeat(56)}…`,
      indicator: `验收通过率${' '.repeat(55)}…`,
    })
  })

  it('assessIndicator: an over-long actual leaves the indicator unknown, with its finding', () => {
    const name = '野生动物收容所'
    const within = assessIndicator({ name, target: '≥200平方米', actual: pad('204.46平方米', max) })
    expect(within.status).toBe('met')
    const a = assessIndicator(
      { name, target: '≥200平方米', actual: pad('204.46平方米', max + 1) },
      { path: ['indicators', 3], locale: 'en' },
    )
    expect(a).toMatchObject({ status: 'unknown', ratio: null, actualSource: 'none' })
    expect(a.reasons.map((r) => r.code)).toEqual(['text-too-long'])
    expect(a.reasons[0]?.message).toBe(
      'Too long to read (over 5000 characters): actual; not judged',
    )
    expect(a.findings).toEqual([
      expect.objectContaining({
        code: 'INDICATOR_TEXT_TOO_LONG',
        path: ['indicators', 3, 'actual'],
        params: {
          indicator: name,
          field: 'actual',
          fieldName: 'actual',
          length: max + 1,
          maxLength: max,
        },
      }),
    ])
  })

  it('assessIndicator: a status the form states still decides; each long cell has one finding', () => {
    const long = 'x'.repeat(max + 1)
    const a = assessIndicator({ name: long, target: long, actual: '完成', status: 'met' })
    expect(a.status).toBe('met')
    expect(a.actualSource).toBe('status')
    expect(a.reasons.map((r) => r.code)).toEqual(['explicit-status', 'text-too-long'])
    expect(a.reasons[1]?.params).toEqual({ fields: '名称、预期实现值', maxLength: max })
    expect(a.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['INDICATOR_TEXT_TOO_LONG', 'name'],
      ['TARGET_UNPARSEABLE', 'target'],
    ])
    expect(a.findings[0]?.params).toMatchObject({ indicator: `${'x'.repeat(60)}…` })
  })

  it('evaluate: a megabyte in an indicator judges that indicator unknown and the rest as before', () => {
    const mb = '全部完成达到预期目标群众满意度提升'.repeat(62_500)
    const form = structuredClone(liwan2021Form)
    const row = form.tasks?.[1]?.indicators?.[1]
    if (row === undefined) throw new Error('the seed has this indicator')
    row.actual = mb
    const before = evaluate(liwan2021Form)
    const e = evaluate(form)
    const at = (x: typeof e) => x.indicators.map((i) => [i.path.join('.'), i.status])
    const was = at(before)
    expect(at(e).filter(([, status], k) => status !== was[k]?.[1])).toEqual([
      ['tasks.1.indicators.1', 'unknown'],
    ])
    const long = e.findings.filter((f) => f.code === 'INDICATOR_TEXT_TOO_LONG')
    expect(long.map((f) => f.path)).toEqual([['tasks', 1, 'indicators', 1, 'actual']])
  })

  it('the money readers refuse text over AMOUNT_LIMITS unread', () => {
    const max = AMOUNT_LIMITS.maxLength
    expect(parseAmount(pad('6211.89万元', max))).toEqual({
      success: true,
      data: '6211.89',
      unit: '万元',
    })
    const over = parseAmount(pad('6211.89万元', max + 1), { locale: 'en' })
    expect(over).toMatchObject({ success: false, problem: 'too-long' })
    expect(over.success ? null : over.findings[0]?.params).toMatchObject({
      reason: 'it is too long to be an amount',
      text: `6211.89万元${' '.repeat(51)}…`,
    })
    expect(convertAmount(pad('1', max + 1), '万元', '元')).toMatchObject({ success: false })
    expect(parsePrintedRate(pad('97.80%', max))).toMatchObject({ success: true, data: '97.8' })
    expect(parsePrintedRate(pad('97.80%', max + 1))).toMatchObject({
      success: false,
      reason: 'too-long',
    })
    expect(checkReportedRate(pad('97.80%', max + 1), '0.978').verdict).toBe('unreadable')
  })
})
