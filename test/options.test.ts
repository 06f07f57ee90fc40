/**
 * Options are not data: every public function that takes options throws `OptionError` (a
 * `TypeError`) for an option it cannot honour, naming the function, the option and what is
 * allowed; the form or text it reads never makes it throw.
 */
import { describe, expect, it } from 'vitest'
import {
  assessIndicator,
  budgetAdjustmentRate,
  budgetAdjustmentRateResult,
  budgetCompletionRate,
  budgetCompletionRateResult,
  checkReportedRate,
  compositionVariance,
  convertAmount,
  departmentRate,
  describeFormula,
  evaluate,
  evaluateFormula,
  executionScore,
  formatPercent,
  formatTarget,
  fundingRowRates,
  gradeFor,
  indicatorDirection,
  lintFormula,
  liwan2021Form,
  OptionError,
  outturnRate,
  outturnRateResult,
  parseAmount,
  parseFormula,
  parseSelfEvaluation,
  parseTarget,
  pefaPI1,
  pefaPI23,
  rateCheckFinding,
  rateFailureFinding,
  readTargetInName,
  schemes,
  scoreForm,
  scoreIndicator,
  spendingProgress,
  spendingProgressFinding,
  targetFindings,
  timeProgress,
  validate,
} from '../src/index'

/** Calls `f`, expects an OptionError, and returns it. */
function refused(f: () => unknown): OptionError {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(OptionError)
    expect(e).toBeInstanceOf(TypeError)
    return e as OptionError
  }
  throw new Error('expected an OptionError')
}

const SCHEME_NAMES = Object.keys(schemes)

describe('the known cases of the review', () => {
  it('evaluate with an unknown scheme name', () => {
    const e = refused(() => evaluate(liwan2021Form, { scheme: 'hubei' as never }))
    expect(e.name).toBe('OptionError')
    expect(e.code).toBe('INVALID_OPTION')
    expect(e.function).toBe('evaluate')
    expect(e.option).toBe('scheme')
    expect(e.received).toBe('hubei')
    expect(e.allowed).toEqual(SCHEME_NAMES)
    expect(e.message).toBe(
      `evaluate: option "scheme" must be one of ${SCHEME_NAMES.map((n) => `"${n}"`).join(', ')}; received "hubei"`,
    )
  })

  it('evaluate with an unknown locale or a date that is not one', () => {
    const locale = refused(() => evaluate(liwan2021Form, { locale: 'fr' as never }))
    expect([locale.option, locale.allowed]).toEqual(['locale', ['zh-CN', 'en']])
    expect(locale.message).toContain('evaluate: option "locale" must be one of "zh-CN", "en"')
    for (const asOf of ['not-a-date', '2021-02-30', '2021-13-01', '20210301', ' 2021-03-01']) {
      const e = refused(() => evaluate(liwan2021Form, { asOf }))
      expect(e.option).toBe('asOf')
      expect(e.allowed).toEqual([])
      expect(e.message).toContain('must be a real date written YYYY-MM-DD')
    }
    expect(evaluate(liwan2021Form, { asOf: '2024-02-29' }).outcome).toBe('evaluated')
  })

  it('parseAmount with a locale, path or unit it cannot honour', () => {
    const locale = refused(() => parseAmount('M.8', { locale: 'EN' as never }))
    expect([locale.function, locale.option, locale.received]).toEqual([
      'parseAmount',
      'locale',
      'EN',
    ])
    const path = refused(() => parseAmount('M.8', { path: 7 as never }))
    expect(path.option).toBe('path')
    expect(path.message).toBe(
      'parseAmount: option "path" must be an array of keys and indexes; received 7',
    )
    const unit = refused(() => parseAmount('1元', { unit: '千元' as never }))
    expect([unit.option, unit.allowed]).toEqual(['unit', ['元', '万元', '亿元']])
  })

  it('parseFormula with an unknown locale', () => {
    const e = refused(() => parseFormula('a/', { locale: 'fr' as never }))
    expect([e.function, e.option]).toEqual(['parseFormula', 'locale'])
  })
})

describe('the rule, the same everywhere', () => {
  it('an options argument that is not an object throws; undefined is no options', () => {
    for (const options of [null, 'en', 7, ['en']]) {
      const e = refused(() => evaluate(liwan2021Form, options as never))
      expect(e.option).toBe('options')
      expect(e.message).toContain('must be an object')
    }
    expect(evaluate(liwan2021Form, undefined).outcome).toBe('evaluated')
    expect(refused(() => parseAmount('1', null as never)).function).toBe('parseAmount')
  })

  it('keys a function does not read are ignored, so one options object can serve several calls', () => {
    const shared = { locale: 'en', unit: '元', convention: 'months' } as const
    expect(parseAmount('25万元', shared)).toMatchObject({ success: true, data: '250000' })
    expect(timeProgress('2021-06-15', shared)).toMatchObject({ success: true, numerator: '6' })
  })

  it('a scheme object is checked with ScoringSchemeSchema; built-in objects pass as they are', () => {
    const bad = { ...schemes['mof-2020-project'], grades: 'A' }
    const e = refused(() => evaluate(liwan2021Form, { scheme: bad as never }))
    expect(e.option).toBe('scheme')
    expect(e.message).toContain('a scheme object valid under ScoringSchemeSchema (at grades:')
    expect(e.received).toBe(bad)
    const custom = { ...schemes['liwan-2021-department'], id: 'mine' }
    expect(evaluate(liwan2021Form, { scheme: custom }).scheme.id).toBe('mine')
  })

  it('forms and texts never throw: only options do', () => {
    expect(evaluate('not a form', { locale: 'en' }).outcome).toBe('not-a-form')
    expect(parseAmount({ not: 'an amount' }).success).toBe(false)
    expect(parseTarget({} as never).kind).toBe('none')
    expect(budgetCompletionRate({ adjustedBudget: 'IO', actual: '1' })).toBeNull()
  })
})

/** [function, call with a bad option, the option named] for every public function with options. */
const CASES: readonly (readonly [string, () => unknown, string])[] = [
  ['validate', () => validate(liwan2021Form, { read: 'lenient' as never }), 'read'],
  ['scoreForm', () => scoreForm(liwan2021Form, 'hubei' as never), 'scheme'],
  ['scoreForm', () => scoreForm(liwan2021Form, undefined, { locale: 'de' as never }), 'locale'],
  ['parseSelfEvaluation', () => parseSelfEvaluation({}, { mode: 'loose' as never }), 'mode'],
  ['convertAmount', () => convertAmount('1', '元', '千元' as never), 'to'],
  ['convertAmount', () => convertAmount('1', undefined as never, '元'), 'from'],
  ['budgetCompletionRate', () => budgetCompletionRate({}, { unit: 'yuan' as never }), 'unit'],
  [
    'budgetCompletionRateResult',
    () => budgetCompletionRateResult({}, { path: 'a' as never }),
    'path',
  ],
  ['budgetAdjustmentRate', () => budgetAdjustmentRate({}, { locale: 'EN' as never }), 'locale'],
  ['budgetAdjustmentRateResult', () => budgetAdjustmentRateResult({}, 3 as never), 'options'],
  ['outturnRate', () => outturnRate({}, { unit: '千元' as never }), 'unit'],
  ['outturnRateResult', () => outturnRateResult({}, { locale: 'fr' as never }), 'locale'],
  ['formatPercent', () => formatPercent('0.5', { decimals: 2.5 }), 'decimals'],
  ['formatPercent', () => formatPercent('0.5', { rounding: 'up' as never }), 'rounding'],
  [
    'checkReportedRate',
    () => checkReportedRate('50%', '0.5', { conventions: ['x' as never] }),
    'conventions[]',
  ],
  [
    'fundingRowRates',
    () => fundingRowRates({}, { thresholds: { completionFloor: '90%' } as never }),
    'thresholds.completionFloor',
  ],
  [
    'rateCheckFinding',
    () => rateCheckFinding(checkReportedRate('50%', '0.5'), { rate: 'x' as never }),
    'rate',
  ],
  [
    'rateFailureFinding',
    () =>
      rateFailureFinding(budgetCompletionRateResult({}), {
        rate: 'completion',
        locale: 'fr' as never,
      }),
    'locale',
  ],
  ['departmentRate', () => departmentRate('staff' as never, {}), 'id'],
  ['departmentRate', () => departmentRate('staff-control-rate', {}, { bound: 'high' }), 'bound'],
  [
    'timeProgress',
    () => timeProgress('2021-06-30', { convention: 'weeks' as never }),
    'convention',
  ],
  ['timeProgress', () => timeProgress('2021-06-30', { fiscalYear: 2021.5 }), 'fiscalYear'],
  ['timeProgress', () => timeProgress('2021-06-30', { dateFields: 'gmt' as never }), 'dateFields'],
  [
    'spendingProgress',
    () =>
      spendingProgress({ spentToDate: 1, budget: 2, date: '2021-06-30' }, { lagTolerance: '5%' }),
    'lagTolerance',
  ],
  [
    'spendingProgressFinding',
    () =>
      spendingProgressFinding(spendingProgress({ spentToDate: 1, budget: 2, date: '2021-06-30' }), {
        path: {} as never,
      }),
    'path',
  ],
  ['compositionVariance', () => compositionVariance([], { unit: 'x' as never }), 'unit'],
  ['pefaPI1', () => pefaPI1([], { missingData: 'lenient' as never }), 'missingData'],
  ['pefaPI1', () => pefaPI1([], { bands: [{ grade: 'A' }] as never }), 'bands'],
  ['pefaPI23', () => pefaPI23([], { contingencyVote: 'yes' as never }), 'contingencyVote'],
  ['evaluateFormula', () => evaluateFormula('a/b', {}, { maxLength: -1 }), 'maxLength'],
  ['describeFormula', () => describeFormula('a/b', { withName: 1 as never }), 'withName'],
  ['lintFormula', () => lintFormula('a/b', { target: 2 as never }), 'target'],
  ['lintFormula', () => lintFormula('a/b', { suppliable: 'a' as never }), 'suppliable'],
  ['parseTarget', () => parseTarget('≥95%', { indicatorName: 3 as never }), 'indicatorName'],
  ['readTargetInName', () => readTargetInName('完成率100%', { level2: [] as never }), 'level2'],
  [
    'formatTarget',
    () => formatTarget(parseTarget('100%'), { explicitComparator: 'yes' as never }),
    'explicitComparator',
  ],
  ['indicatorDirection', () => indicatorDirection('成本', { target: '≥95%' as never }), 'target'],
  [
    'targetFindings',
    () => targetFindings('≥95%', { placeholderIsMissing: 1 as never }),
    'placeholderIsMissing',
  ],
  [
    'assessIndicator',
    () => assessIndicator({ name: 'x' }, { reverseRule: 'inverse' as never }),
    'reverseRule',
  ],
  [
    'assessIndicator',
    () => assessIndicator({ name: 'x' }, { partialRatio: 'sixty' }),
    'partialRatio',
  ],
  [
    'scoreIndicator',
    () => scoreIndicator(assessIndicator({ name: 'x' }), '5', 'national' as never),
    'scheme',
  ],
  ['executionScore', () => executionScore('1', '10', {} as never), 'scheme'],
  ['gradeFor', () => gradeFor('90', 'hubei' as never), 'scheme'],
]

describe('every public function with options', () => {
  it.each(CASES)('%s refuses a bad option', (fn, call, option) => {
    const e = refused(call)
    expect(e.function).toBe(fn)
    expect(e.option).toBe(option)
    expect(e.message.startsWith(`${fn}: option "${option}" must be `)).toBe(true)
  })

  it('valid options of the same functions are accepted', () => {
    expect(formatPercent('0.5', { decimals: 0, rounding: 'truncate' })).toBe('50%')
    expect(
      scoreIndicator(
        assessIndicator({ name: '数量', target: '≥10个', actual: '10个' }),
        '5',
        'mof-2020-project',
      ).score,
    ).toBe('5')
    expect(gradeFor('85', schemes['hubei-department'])).toBe('良')
    expect(lintFormula('a/b', { target: parseTarget('2辆') }).map((f) => f.code)).toEqual(
      lintFormula('a/b', { target: '2辆' }).map((f) => f.code),
    )
  })
})
