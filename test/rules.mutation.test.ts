/**
 * Assertions that pin src/rules check by check (issue 18, mutation testing): each rule is run on
 * its own, on a form changed one figure at a time around the rule's threshold, and each finding is
 * asserted by code, severity, path and params. rules.test.ts shows every rule firing once on a real
 * form; this file pins the edges (equal is not above, zero is not a divisor, blank is not zero).
 */
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../src/assess/types'
import type { Finding } from '../src/findings/index'
import type { Locale } from '../src/i18n/index'
import {
  type Indicator,
  type IndicatorGroup,
  parseSelfEvaluation,
  type ScoringScheme,
  schemes,
} from '../src/index'
import { checkBasicData } from '../src/rules/basic-data'
import { indicatorsOf, isPartial, type RuleContext } from '../src/rules/context'
import { BASIS, checkEvidenceDates, checkEvidenceMissing } from '../src/rules/evidence'
import {
  adjustedBudgetOf,
  checkAdjustedBudgets,
  checkBalances,
  checkBreakdowns,
  checkFundingTotals,
  executionRowIndex,
  fundingSections,
  headlineRowIndex,
  isEmptyRow,
} from '../src/rules/funding'
import { checkGroups, membersOf } from '../src/rules/groups'
import { checkProblemsAnswered } from '../src/rules/problems'
import { checkPrintedGrade, checkPrintedScores, scoredWithoutWeight } from '../src/rules/scores'
import { checkSubRows, childrenOf } from '../src/rules/subrows'
import { checkTaskFunds } from '../src/rules/tasks'
import { checkGarbledText, garbled } from '../src/rules/text'
import { checkAmountUnits } from '../src/rules/units'

// Test forms are edited freely, cell by cell, the way real forms go wrong.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Form = any

const mof = schemes['mof-2020-project']

interface CtxOptions {
  readonly locale?: Locale
  readonly asOf?: string
  readonly scheme?: ScoringScheme
  readonly unreadable?: readonly (readonly (string | number)[])[]
}

/** The context evaluate builds: the form parsed strictly, its unit (万元 by default) and scheme. */
function ctxOf(input: Form, o: CtxOptions = {}): RuleContext {
  const parsed = parseSelfEvaluation(input)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.findings))
  const form = parsed.data
  return {
    form,
    unit: form.unit ?? '万元',
    scheme: o.scheme ?? mof,
    locale: o.locale ?? 'zh-CN',
    asOf: o.asOf ?? form.evaluationDate,
    unreadable: o.unreadable ?? parsed.unreadable,
    indicators: indicatorsOf(form),
  }
}

/** A finding's params, read by name. */
const params = (f: Finding | undefined) => f?.params as Record<string, unknown> | undefined

/** A finding as the tests compare it: code, severity, path and params (the message is the catalogue's). */
const shape = (fs: readonly Finding[]) =>
  fs.map((f) => ({ code: f.code, severity: f.severity, path: f.path, params: f.params }))

/** A project form (万元) with one total row, 100 budgeted and spent. */
const project = (extra: Form = {}): Form => ({
  kind: 'project',
  department: '某县农业农村局',
  fiscalYear: 2023,
  unit: '万元',
  funding: [{ source: 'total', adjustedBudget: '100', actual: '100' }],
  indicators: [],
  ...extra,
})

// ---------------------------------------------------------------------------------------------
describe('context', () => {
  it('isPartial only for source.partial === true', () => {
    expect(isPartial(ctxOf(project({ source: { partial: true } })))).toBe(true)
    expect(isPartial(ctxOf(project({ source: { partial: false } })))).toBe(false)
    expect(isPartial(ctxOf(project()))).toBe(false)
  })

  it('indicatorsOf lists task indicators first, then the top-level ones, with their paths', () => {
    const form = ctxOf(
      project({
        tasks: [
          { name: '任务一', indicators: [{ name: 'A', target: '1个' }] },
          {
            name: '任务二',
            indicators: [
              { name: 'B', target: '1个' },
              { name: 'C', target: '1个' },
            ],
          },
        ],
        indicators: [{ name: 'D', target: '1个' }],
      }),
    )
    expect(form.indicators.map((l) => [l.indicator.name, l.path, l.task])).toEqual([
      ['A', ['tasks', 0, 'indicators', 0], 0],
      ['B', ['tasks', 1, 'indicators', 0], 1],
      ['C', ['tasks', 1, 'indicators', 1], 1],
      ['D', ['indicators', 0], null],
    ])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkBasicData', () => {
  const dept = (basicData: Form): Form => ({
    kind: 'department-overall',
    department: '某区财政局',
    fiscalYear: 2021,
    unit: '万元',
    funding: [{ source: 'total', adjustedBudget: '100', actual: '100' }],
    basicData,
  })

  it('is silent without a basic-data table', () => {
    expect(checkBasicData(ctxOf(project()))).toEqual([])
  })

  it('staff at the quota is not over it; one above is STAFF_OVER_QUOTA with the control rate', () => {
    expect(checkBasicData(ctxOf(dept({ staffQuota: '40', staffActual: '40' })))).toEqual([])
    expect(shape(checkBasicData(ctxOf(dept({ staffQuota: '40', staffActual: '41' }))))).toEqual([
      {
        code: 'STAFF_OVER_QUOTA',
        severity: 'warning',
        path: ['basicData', 'staffActual'],
        params: { actual: '41', quota: '40', rate: '102.50%' },
      },
    ])
  })

  it('checks a printed staff control rate against 实有 ÷ 编制', () => {
    // 38 ÷ 40 = 95%: the printed 95% is right, 90% is not.
    const right = dept({ staffQuota: '40', staffActual: '38', printedStaffControlRate: '95%' })
    expect(checkBasicData(ctxOf(right))).toEqual([])
    const wrong = dept({ staffQuota: '40', staffActual: '38', printedStaffControlRate: '90%' })
    const [f, ...rest] = checkBasicData(ctxOf(wrong))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      code: 'REPORTED_RATE_MISMATCH',
      path: ['basicData', 'printedStaffControlRate'],
      params: { rate: '人员控制率', reported: '90%', exact: '0.95' },
    })
    const en = checkBasicData(ctxOf(wrong, { locale: 'en' }))
    expect(en[0]?.params).toMatchObject({ rate: 'staff control rate' })
  })

  it('skips the staff checks when the quota is zero or a figure is missing', () => {
    const zero = dept({ staffQuota: '0', staffActual: '3', printedStaffControlRate: '90%' })
    expect(checkBasicData(ctxOf(zero))).toEqual([])
    expect(
      checkBasicData(ctxOf(dept({ staffActual: '41', printedStaffControlRate: '90%' }))),
    ).toEqual([])
    expect(
      checkBasicData(ctxOf(dept({ staffQuota: '40', printedStaffControlRate: '90%' }))),
    ).toEqual([])
  })

  it('三公经费 that rose is THREE_PUBLIC_EXPENSES_ROSE, with the change; unchanged is not', () => {
    const rose = dept({ threePublicExpenses: { current: '11', previous: '10' } })
    expect(shape(checkBasicData(ctxOf(rose)))).toEqual([
      {
        code: 'THREE_PUBLIC_EXPENSES_ROSE',
        severity: 'warning',
        path: ['basicData', 'threePublicExpenses', 'current'],
        params: { current: '11', previous: '10', change: '10.00%', unit: '万元' },
      },
    ])
    expect(
      checkBasicData(ctxOf(dept({ threePublicExpenses: { current: '10', previous: '10' } }))),
    ).toEqual([])
    expect(
      checkBasicData(ctxOf(dept({ threePublicExpenses: { current: '9', previous: '10' } }))),
    ).toEqual([])
  })

  it('a rise from zero has no change rate', () => {
    const fromZero = dept({ threePublicExpenses: { current: '2', previous: '0' } })
    expect(checkBasicData(ctxOf(fromZero))[0]?.params).toEqual({
      current: '2',
      previous: '0',
      change: null,
      unit: '万元',
    })
  })

  it('公用经费 may rise (only 三公 is to fall), but its printed change rate is checked', () => {
    expect(
      checkBasicData(ctxOf(dept({ publicExpenses: { current: '12', previous: '10' } }))),
    ).toEqual([])
    const printed = dept({
      publicExpenses: { current: '12', previous: '10', printedChangeRate: '30%' },
    })
    const [f, ...rest] = checkBasicData(ctxOf(printed))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      code: 'REPORTED_RATE_MISMATCH',
      path: ['basicData', 'publicExpenses', 'printedChangeRate'],
      params: { rate: '公用经费变动率', reported: '30%', exact: '0.2' },
    })
    const right = dept({
      threePublicExpenses: { current: '9', previous: '10', printedChangeRate: '-10%' },
    })
    expect(checkBasicData(ctxOf(right))).toEqual([])
  })

  it('a pair with one year missing is not compared', () => {
    expect(
      checkBasicData(
        ctxOf(dept({ threePublicExpenses: { current: '11', printedChangeRate: '5%' } })),
      ),
    ).toEqual([])
    expect(
      checkBasicData(
        ctxOf(dept({ threePublicExpenses: { previous: '11', printedChangeRate: '5%' } })),
      ),
    ).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkEvidenceDates', () => {
  const withEvidence = (dates: (string | undefined)[], extra: Form = {}): Form =>
    project({
      fiscalYear: 2021,
      indicators: [
        {
          name: '垃圾分类率',
          target: '100%',
          actual: '100%',
          evidence: dates.map((date, i) => ({
            title: `佐证${i + 1}`,
            kind: 'report',
            ...(date === undefined ? {} : { date }),
          })),
        },
      ],
      ...extra,
    })

  it('accepts the first and last day of the fiscal year, and up to the evaluation date', () => {
    const ctx = ctxOf(withEvidence(['2021-01-01', '2021-12-31', '2022-03-31', undefined]), {
      asOf: '2022-03-31',
    })
    expect(checkEvidenceDates(ctx)).toEqual([])
  })

  it('reports the day before the year and the day after the evaluation date', () => {
    const ctx = ctxOf(withEvidence(['2020-12-31', '2022-04-01']), { asOf: '2022-03-31' })
    expect(shape(checkEvidenceDates(ctx))).toEqual([
      {
        code: 'EVIDENCE_DATE_OUTSIDE_PERIOD',
        severity: 'warning',
        path: ['indicators', 0, 'evidence', 0, 'date'],
        params: {
          indicator: '垃圾分类率',
          title: '佐证1',
          date: '2020-12-31',
          fiscalYear: 2021,
          evaluationDate: '2022-03-31',
          reason: 'before-fiscal-year',
        },
      },
      {
        code: 'EVIDENCE_DATE_OUTSIDE_PERIOD',
        severity: 'warning',
        path: ['indicators', 0, 'evidence', 1, 'date'],
        params: {
          indicator: '垃圾分类率',
          title: '佐证2',
          date: '2022-04-01',
          fiscalYear: 2021,
          evaluationDate: '2022-03-31',
          reason: 'after-evaluation-date',
        },
      },
    ])
  })

  it('without an evaluation date, the year end bounds the evidence', () => {
    const ctx = ctxOf(withEvidence(['2021-12-31', '2022-01-01']))
    expect(shape(checkEvidenceDates(ctx))).toEqual([
      {
        code: 'EVIDENCE_DATE_OUTSIDE_PERIOD',
        severity: 'warning',
        path: ['indicators', 0, 'evidence', 1, 'date'],
        params: {
          indicator: '垃圾分类率',
          title: '佐证2',
          date: '2022-01-01',
          fiscalYear: 2021,
          evaluationDate: null,
          reason: 'after-fiscal-year',
        },
      },
    ])
  })

  it('the day after the evaluation date, in the same month, is outside', () => {
    const ctx = ctxOf(withEvidence(['2022-03-30', '2022-03-31']), { asOf: '2022-03-30' })
    expect(checkEvidenceDates(ctx).map((f) => [params(f)?.date, params(f)?.reason])).toEqual([
      ['2022-03-31', 'after-evaluation-date'],
    ])
  })

  it('orders dates by month and day, not only by year', () => {
    // A month off inside the year is inside; a day into the next month after asOf is outside.
    const ctx = ctxOf(withEvidence(['2021-06-15', '2022-02-01', '2022-01-31']), {
      asOf: '2022-01-31',
    })
    expect(checkEvidenceDates(ctx).map((f) => f.params)).toMatchObject([{ date: '2022-02-01' }])
  })

  it('is silent on a form with no fiscal year', () => {
    const form = withEvidence(['1999-01-01'])
    delete form.fiscalYear
    expect(checkEvidenceDates(ctxOf(form))).toEqual([])
  })
})

describe('checkEvidenceMissing', () => {
  const form = (evidence: Form[] = []): Form =>
    project({
      indicators: [
        { name: '群众满意度', target: '≥90%', actual: '群众普遍满意', evidence },
        { name: '项目验收合格率', target: '100%', actual: '100%' },
      ],
    })
  const judged = (status: string, actualSource: string, scoreRule: string | null) => ({
    status,
    actualSource,
    scoreRule,
  })

  it('met on narrative alone, with no evidence, is EVIDENCE_MISSING (info)', () => {
    const ctx = ctxOf(form())
    const out = checkEvidenceMissing(ctx, [
      judged('met', 'text', null),
      judged('met', 'value', 'full-when-met'),
    ])
    expect(shape(out)).toEqual([
      {
        code: 'EVIDENCE_MISSING',
        severity: 'info',
        path: ['indicators', 0],
        params: { indicator: '群众满意度', basis: BASIS.narrative['zh-CN'] },
      },
    ])
  })

  it('the top qualitative band needs evidence too, in the context locale', () => {
    const ctx = ctxOf(form(), { locale: 'en' })
    const out = checkEvidenceMissing(ctx, [judged('met', 'value', 'qualitative-band')])
    expect(out.map((f) => f.params)).toEqual([
      { indicator: '群众满意度', basis: 'is scored in the top qualitative band' },
    ])
  })

  it('not when the indicator has evidence, or is not met', () => {
    const ctx = ctxOf(form([{ title: '满意度调查报告', kind: 'survey' }]))
    expect(checkEvidenceMissing(ctx, [judged('met', 'text', null)])).toEqual([])
    const bare = ctxOf(form())
    expect(checkEvidenceMissing(bare, [judged('partially-met', 'text', null)])).toEqual([])
    expect(checkEvidenceMissing(bare, [])).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkProblemsAnswered', () => {
  it('an improvement answers its own id, or the ids it lists', () => {
    const ctx = ctxOf(
      project({
        problems: [
          { id: '1', text: '资金拨付进度偏慢' },
          { id: '2', text: '绩效目标设置不够细化' },
          { id: '3', text: '佐证材料不全' },
        ],
        improvements: [
          { id: '1', text: '加快资金拨付' },
          { id: '9', text: '细化目标并补齐材料', answers: ['3'] },
        ],
      }),
    )
    // Improvement 9 lists its answers, so it does not answer a problem 9; problem 2 is unanswered.
    expect(shape(checkProblemsAnswered(ctx))).toEqual([
      {
        code: 'PROBLEM_WITHOUT_IMPROVEMENT',
        severity: 'warning',
        path: ['problems', 1],
        params: { problem: '2', text: '绩效目标设置不够细化' },
      },
    ])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkTaskFunds', () => {
  const tasks = (funds: (string | undefined)[], funding: Form[]): Form =>
    project({
      funding,
      tasks: funds.map((f, i) => ({
        name: `任务${i + 1}`,
        ...(f === undefined ? {} : { funds: f }),
        indicators: [],
      })),
    })
  const total = (adjustedBudget: string): Form => ({ source: 'total', adjustedBudget })

  it('task funds up to the budget plus the tolerance are fine; beyond it is an error', () => {
    expect(checkTaskFunds(ctxOf(tasks(['60', '40.01'], [total('100')])))).toEqual([])
    expect(shape(checkTaskFunds(ctxOf(tasks(['60', '40.02', undefined], [total('100')]))))).toEqual(
      [
        {
          code: 'TASK_FUNDS_EXCEED_BUDGET',
          severity: 'error',
          path: ['tasks'],
          params: { tasks: '100.02', budget: '100', unit: '万元' },
        },
      ],
    )
  })

  it('reads the budget as B₀ + ΔB when the total row prints no 全年预算数', () => {
    const rows = [{ source: 'total', initialBudget: '80', adjustment: '10' }]
    expect(checkTaskFunds(ctxOf(tasks(['95'], rows)))[0]?.params).toMatchObject({ budget: '90' })
  })

  it('is silent with no task funds, no headline row or no budget', () => {
    expect(checkTaskFunds(ctxOf(tasks([undefined], [total('1')])))).toEqual([])
    const twoRows = [
      { source: 'general-public-budget', adjustedBudget: '1' },
      { source: 'other', adjustedBudget: '1' },
    ]
    expect(checkTaskFunds(ctxOf(tasks(['500'], twoRows)))).toEqual([])
    expect(checkTaskFunds(ctxOf(tasks(['500'], [{ source: 'total', actual: '1' }])))).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('fundingSections', () => {
  const rows = (sources: string[]): Form[] => sources.map((source) => ({ source }))

  it('a total covers the source rows after it, up to the next total', () => {
    expect(fundingSections(rows(['total', 'other', 'other', 'total', 'other']))).toEqual([
      { total: 0, parts: [1, 2] },
      { total: 3, parts: [4] },
    ])
  })

  it('source rows before the first total belong to the last total when it has none below it', () => {
    // 宁德: the 合计 row printed at the bottom.
    expect(fundingSections(rows(['other', 'special-account', 'total']))).toEqual([
      { total: 2, parts: [0, 1] },
    ])
    // A last total with rows of its own keeps them; the leading rows are then nobody's.
    expect(fundingSections(rows(['other', 'total', 'other']))).toEqual([{ total: 1, parts: [2] }])
    expect(fundingSections(rows(['other', 'other']))).toEqual([])
    expect(fundingSections(rows(['total', 'total']))).toEqual([])
  })
})

describe('isEmptyRow', () => {
  it('is empty only when no amount column and no carry-over is printed', () => {
    expect(isEmptyRow({ source: 'other' })).toBe(true)
    expect(isEmptyRow({ source: 'other', label: '其他资金', weight: '10' })).toBe(true)
    for (const column of ['initialBudget', 'adjustment', 'adjustedBudget', 'actual', 'carryOver']) {
      expect(isEmptyRow({ source: 'other', [column]: '0' })).toBe(false)
    }
  })
})

describe('checkFundingTotals', () => {
  const form = (funding: Form[]): Form => project({ funding })

  it('a total within the tolerance of its sources is right; 0.02 off is FUNDING_TOTAL_MISMATCH', () => {
    const rows = (total: string) => [
      { source: 'total', adjustedBudget: total, actual: '90' },
      { source: 'general-public-budget', adjustedBudget: '60', actual: '50' },
      { source: 'other', adjustedBudget: '40', actual: '40' },
    ]
    expect(checkFundingTotals(ctxOf(form(rows('100.01'))))).toEqual([])
    expect(shape(checkFundingTotals(ctxOf(form(rows('99.98')))))).toEqual([
      {
        code: 'FUNDING_TOTAL_MISMATCH',
        severity: 'error',
        path: ['funding', 0, 'adjustedBudget'],
        params: {
          column: 'adjustedBudget',
          columnName: '全年预算数',
          reported: '99.98',
          sum: '100',
          difference: '-0.02',
          tolerance: '0.01',
        },
      },
    ])
    const en = checkFundingTotals(ctxOf(form(rows('100.02')), { locale: 'en' }))
    expect(en[0]?.params).toMatchObject({ difference: '0.02', columnName: 'adjusted budget' })
  })

  it('checks every amount column, and only those the total and all its sources print', () => {
    const rows = [
      { source: 'total', initialBudget: '10', adjustment: '1', adjustedBudget: '11', actual: '5' },
      { source: 'general-public-budget', initialBudget: '9', adjustment: '2', actual: '3' },
      { source: 'other', initialBudget: '3', adjustment: '2', adjustedBudget: '20', actual: '4' },
    ]
    expect(checkFundingTotals(ctxOf(form(rows))).map((f) => f.path)).toEqual([
      ['funding', 0, 'initialBudget'],
      ['funding', 0, 'adjustment'],
      ['funding', 0, 'actual'],
    ])
  })

  it('a blank source row is not part of the sum', () => {
    const rows = [
      { source: 'total', adjustedBudget: '60' },
      { source: 'general-public-budget', adjustedBudget: '60' },
      { source: 'other', label: '其他资金' },
    ]
    expect(checkFundingTotals(ctxOf(form(rows)))).toEqual([])
  })

  it('a total that prints nothing beside sources that do is FUNDING_TOTAL_EMPTY', () => {
    const rows = [
      { source: 'total' },
      { source: 'general-public-budget', adjustedBudget: '60' },
      { source: 'other', adjustedBudget: '40' },
      { source: 'special-account' },
    ]
    expect(shape(checkFundingTotals(ctxOf(form(rows))))).toEqual([
      {
        code: 'FUNDING_TOTAL_EMPTY',
        severity: 'warning',
        path: ['funding', 0],
        params: { sources: 2 },
      },
    ])
    // Unless its cells were printed but could not be read, or the sources print nothing either.
    const unreadable = ctxOf(form(rows), { unreadable: [['funding', 0, 'adjustedBudget']] })
    expect(checkFundingTotals(unreadable)).toEqual([])
    const otherRow = ctxOf(form(rows), { unreadable: [['funding', 1, 'adjustedBudget']] })
    expect(checkFundingTotals(otherRow).map((f) => f.code)).toEqual(['FUNDING_TOTAL_EMPTY'])
    const otherTable = ctxOf(form(rows), { unreadable: [['tasks', 0, 'funds']] })
    expect(checkFundingTotals(otherTable).map((f) => f.code)).toEqual(['FUNDING_TOTAL_EMPTY'])
    expect(checkFundingTotals(ctxOf(form([{ source: 'total' }, { source: 'other' }])))).toEqual([])
  })
})

describe('executionRowIndex and headlineRowIndex', () => {
  it('the headline is the total row, else the only row', () => {
    expect(headlineRowIndex([{ source: 'other' }, { source: 'total' }])).toBe(1)
    expect(headlineRowIndex([{ source: 'other' }])).toBe(0)
    expect(headlineRowIndex([{ source: 'other' }, { source: 'other' }])).toBeNull()
    expect(headlineRowIndex([])).toBeNull()
  })

  it('the execution row is the headline, unless only a component row prints 分值 or 得分', () => {
    expect(
      executionRowIndex([
        { source: 'total', weight: '10' },
        { source: 'other', weight: '10' },
      ]),
    ).toBe(0)
    expect(
      executionRowIndex([
        { source: 'total', printed: { score: '9' } },
        { source: 'other', weight: '10' },
      ]),
    ).toBe(0)
    expect(executionRowIndex([{ source: 'total' }, { source: 'other', weight: '10' }])).toBe(1)
    expect(
      executionRowIndex([
        { source: 'total' },
        { source: 'other' },
        { source: 'other', printed: { score: '8' } },
      ]),
    ).toBe(2)
    expect(executionRowIndex([{ source: 'total' }, { source: 'other' }])).toBe(0)
    expect(executionRowIndex([{ source: 'other' }, { source: 'other', weight: '10' }])).toBe(1)
    expect(executionRowIndex([{ source: 'other' }, { source: 'other' }])).toBeNull()
    // A scored total row printed below a scored component is still the one.
    expect(
      executionRowIndex([
        { source: 'other', weight: '10' },
        { source: 'total', weight: '10' },
      ]),
    ).toBe(1)
    // The first row may be the scored component.
    expect(executionRowIndex([{ source: 'other', weight: '10' }, { source: 'other' }])).toBe(0)
  })
})

describe('adjustedBudgetOf', () => {
  it('the printed 全年预算数, else B₀ + ΔB (+ 结转), else nothing', () => {
    expect(
      adjustedBudgetOf({
        source: 'total',
        adjustedBudget: '7',
        initialBudget: '1',
        adjustment: '1',
      }),
    ).toBe('7')
    expect(adjustedBudgetOf({ source: 'total', initialBudget: '80', adjustment: '-5.5' })).toBe(
      '74.5',
    )
    expect(
      adjustedBudgetOf({ source: 'total', initialBudget: '80', adjustment: '5', carryOver: '2' }),
    ).toBe('87')
    expect(adjustedBudgetOf({ source: 'total', initialBudget: '80' })).toBeUndefined()
    expect(adjustedBudgetOf({ source: 'total', adjustment: '5' })).toBeUndefined()
  })
})

describe('checkAdjustedBudgets', () => {
  const row = (adjustedBudget: string, carryOver?: string): Form => ({
    source: 'total',
    initialBudget: '100.54',
    adjustment: '58.07',
    adjustedBudget,
    ...(carryOver === undefined ? {} : { carryOver }),
  })

  it('B₀ + ΔB within the tolerance of 全年预算数 is right (宁德 ② 158.61)', () => {
    expect(checkAdjustedBudgets(ctxOf(project({ funding: [row('158.61')] })))).toEqual([])
    expect(checkAdjustedBudgets(ctxOf(project({ funding: [row('158.62')] })))).toEqual([])
    expect(checkAdjustedBudgets(ctxOf(project({ funding: [row('160.61', '2')] })))).toEqual([])
  })

  it('0.02 off is ADJUSTED_BUDGET_MISMATCH, with the carry-over it added', () => {
    expect(shape(checkAdjustedBudgets(ctxOf(project({ funding: [row('158.63')] }))))).toEqual([
      {
        code: 'ADJUSTED_BUDGET_MISMATCH',
        severity: 'error',
        path: ['funding', 0, 'adjustedBudget'],
        params: {
          initialBudget: '100.54',
          adjustment: '58.07',
          carryOver: null,
          sum: '158.61',
          reported: '158.63',
        },
      },
    ])
    const withCarry = checkAdjustedBudgets(ctxOf(project({ funding: [row('158.61', '2')] })))
    expect(withCarry[0]?.params).toMatchObject({ carryOver: '2', sum: '160.61' })
  })

  it('needs all three figures', () => {
    const rows = [
      { source: 'total', initialBudget: '1', adjustment: '1' },
      { source: 'other', initialBudget: '1', adjustedBudget: '9' },
      { source: 'other', adjustment: '1', adjustedBudget: '9' },
    ]
    expect(checkAdjustedBudgets(ctxOf(project({ funding: rows })))).toEqual([])
  })
})

describe('checkBalances', () => {
  /** 宁德 2020 row ② 基本支出: 158.61 budgeted, 158.45 spent, 0.16 left. */
  const ningde = (extra: Form): Form => ({
    source: 'total',
    adjustedBudget: '158.61',
    actual: '158.45',
    ...extra,
  })

  it('a 结余 within the tolerance of 全年预算数 − 执行数 is right; 0.02 off is BALANCE_MISMATCH', () => {
    expect(checkBalances(ctxOf(project({ funding: [ningde({ balance: '0.17' })] })))).toEqual([])
    expect(
      shape(checkBalances(ctxOf(project({ funding: [ningde({ balance: '0.14' })] })))),
    ).toEqual([
      {
        code: 'BALANCE_MISMATCH',
        severity: 'error',
        path: ['funding', 0, 'balance'],
        params: { reported: '0.14', computed: '0.16', budget: '158.61', actual: '158.45' },
      },
    ])
  })

  it('reads the budget as B₀ + ΔB when no 全年预算数 is printed', () => {
    const row = {
      source: 'total',
      initialBudget: '100.54',
      adjustment: '58.07',
      actual: '158.45',
      balance: '1',
    }
    expect(checkBalances(ctxOf(project({ funding: [row] })))[0]?.params).toMatchObject({
      computed: '0.16',
      budget: '158.61',
    })
  })

  it('needs the balance, a budget and the actual', () => {
    const rows = [
      { source: 'total', adjustedBudget: '10', balance: '5' },
      { source: 'other', actual: '10', balance: '5' },
    ]
    expect(checkBalances(ctxOf(project({ funding: rows })))).toEqual([])
  })

  it('less arrived than budgeted is FUNDS_NOT_ARRIVED; all of it arrived is not', () => {
    expect(checkBalances(ctxOf(project({ funding: [ningde({ arrived: '158.61' })] })))).toEqual([])
    expect(shape(checkBalances(ctxOf(project({ funding: [ningde({ arrived: '150' })] }))))).toEqual(
      [
        {
          code: 'FUNDS_NOT_ARRIVED',
          severity: 'warning',
          path: ['funding', 0, 'arrived'],
          params: { arrived: '150', budget: '158.61', shortfall: '8.61', unit: '万元' },
        },
      ],
    )
    const noBudget = { source: 'total', actual: '1', arrived: '0' }
    expect(checkBalances(ctxOf(project({ funding: [noBudget] })))).toEqual([])
  })
})

describe('checkBreakdowns', () => {
  /** 永州零陵 疾控 2021: 2456.18 by income type and by expenditure type (2299.98 + 156.2). */
  const form = (byIncome: Form, byExpenditure: Form): Form =>
    project({
      fundingBreakdown: {
        ...(byIncome === undefined ? {} : { byIncome }),
        ...(byExpenditure === undefined ? {} : { byExpenditure }),
      },
    })
  const expenditure = (total: string | undefined, parts: (string | undefined)[]): Form => ({
    ...(total === undefined ? {} : { total }),
    items: parts.map((amount, i) => ({
      label: ['基本支出', '项目支出', '其他'][i],
      ...(amount === undefined ? {} : { amount }),
    })),
  })
  const income = (total: string): Form => ({
    total,
    items: [{ label: '一般公共预算', amount: total }],
  })

  it('parts within the tolerance of the total are right; blank parts are left out', () => {
    const ctx = ctxOf(
      form(income('2456.18'), expenditure('2456.18', ['2299.98', '156.21', undefined])),
    )
    expect(checkBreakdowns(ctx)).toEqual([])
  })

  it('parts 0.02 off their total are BREAKDOWN_TOTAL_MISMATCH', () => {
    const ctx = ctxOf(form(income('2456.18'), expenditure('2456.18', ['2299.98', '156.22'])))
    expect(shape(checkBreakdowns(ctx))).toEqual([
      {
        code: 'BREAKDOWN_TOTAL_MISMATCH',
        severity: 'error',
        path: ['fundingBreakdown', 'byExpenditure', 'total'],
        params: { reported: '2456.18', sum: '2456.2' },
      },
    ])
  })

  it('the two totals more than the tolerance apart are BREAKDOWN_TOTALS_DIFFER', () => {
    expect(checkBreakdowns(ctxOf(form(income('2456.19'), expenditure('2456.18', []))))).toEqual([])
    const ctx = ctxOf(form(income('2456.20'), expenditure('2456.18', [])))
    expect(shape(checkBreakdowns(ctx))).toEqual([
      {
        code: 'BREAKDOWN_TOTALS_DIFFER',
        severity: 'error',
        path: ['fundingBreakdown'],
        params: { byIncome: '2456.2', byExpenditure: '2456.18' },
      },
    ])
  })

  it('a split with no printed total is compared by the sum of its parts', () => {
    const ctx = ctxOf(form(income('2456.18'), expenditure(undefined, ['2299.98', '156.1'])))
    expect(checkBreakdowns(ctx).map((f) => [f.code, f.params])).toEqual([
      ['BREAKDOWN_TOTALS_DIFFER', { byIncome: '2456.18', byExpenditure: '2456.08' }],
    ])
    // With no total and no amounts there is nothing to compare.
    expect(checkBreakdowns(ctxOf(form(income('1'), expenditure(undefined, [undefined]))))).toEqual(
      [],
    )
    expect(checkBreakdowns(ctxOf(form(undefined, expenditure('5', ['1']))))).toMatchObject([
      { code: 'BREAKDOWN_TOTAL_MISMATCH' },
    ])
    expect(checkBreakdowns(ctxOf(project()))).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
/** 固原 2022 (form 29) style rows: 产出 → 数量 / 质量, with weights and printed scores. */
const row = (
  level2: string,
  name: string,
  weight?: string,
  score?: string,
  level1 = '产出指标',
) => ({
  level1,
  level2,
  name,
  target: '550万粒',
  actual: '550万粒',
  ...(weight === undefined ? {} : { weight }),
  ...(score === undefined ? {} : { printed: { score } }),
})

describe('membersOf', () => {
  const ctx = ctxOf(
    project({
      indicators: [
        row('数量指标', '种子发放量'),
        row(' 数量 ', '覆盖农户数'),
        row('质量指标', '种子合格率'),
        row('社会效益指标', '带动增收', undefined, undefined, '效益指标'),
        { name: '无层级', target: '1个' },
      ],
    }),
  )
  const names = (group: IndicatorGroup) =>
    membersOf(group, ctx.indicators).map((m) => m.indicator.name)

  it('matches labels without spaces, printed points and a trailing 指标', () => {
    expect(names({ level1: '产出指标（50分）' })).toEqual([
      '种子发放量',
      '覆盖农户数',
      '种子合格率',
    ])
    expect(names({ level1: '产出 (50分)', level2: '数量指标 15 分' })).toEqual([
      '种子发放量',
      '覆盖农户数',
    ])
    expect(names({ level1: '产出', level2: '质量(7.5分)' })).toEqual(['种子合格率'])
    expect(names({ level1: '效益' })).toEqual(['带动增收'])
    // The label as compared drops only a trailing 指标 and a whole 分 figure.
    expect(names({ level1: '产出指标指标' })).toEqual([])
    expect(names({ level1: '指标产出' })).toEqual([])
  })

  it('drops printed points with decimals (质量指标(7.55分))', () => {
    expect(names({ level1: '产出', level2: '质量(7.55分)' })).toEqual(['种子合格率'])
  })

  it('a 二级 heading that is only points covers the rows printed without a 二级', () => {
    const bare = ctxOf(
      project({
        indicators: [
          { level1: '产出指标', name: '种子发放量', target: '550万粒' },
          row('质量指标', '种子合格率'),
        ],
      }),
    )
    expect(
      membersOf({ level1: '产出指标', level2: '（15分）' }, bare.indicators).map(
        (m) => m.indicator.name,
      ),
    ).toEqual(['种子发放量'])
  })

  it('a heading that is only points has no members, not the unlabelled rows', () => {
    expect(names({ level1: '（50分）' })).toEqual([])
  })
})

describe('checkGroups: weights', () => {
  const form = (rows: Form[], groups: Form[], extra: Form = {}): Form =>
    project({ indicators: rows, groups, ...extra })
  const quantity = (w1?: string, w2?: string) => [
    row('数量指标', '种子发放量', w1),
    row('数量指标', '覆盖农户数', w2),
  ]

  it('members adding up to the group points are right', () => {
    const ctx = ctxOf(
      form(quantity('8', '7'), [{ level1: '产出指标', level2: '数量指标', weight: '15' }]),
    )
    expect(checkGroups(ctx)).toEqual([])
  })

  it('a complete set short of the points, or any set above them, is GROUP_WEIGHT_MISMATCH', () => {
    const short = ctxOf(
      form(quantity('8', '6'), [{ level1: '产出指标', level2: '数量指标', weight: '15' }]),
    )
    expect(shape(checkGroups(short))).toEqual([
      {
        code: 'GROUP_WEIGHT_MISMATCH',
        severity: 'error',
        path: ['groups', 0, 'weight'],
        params: { group: '数量指标', reported: '15', sum: '14', members: 2 },
      },
    ])
    const over = ctxOf(
      form(quantity('16', undefined), [{ level1: '产出指标', level2: '数量指标', weight: '15' }]),
    )
    expect(checkGroups(over).map((f) => f.params)).toEqual([
      { group: '数量指标', reported: '15', sum: '16', members: 1 },
    ])
  })

  it('an incomplete or partial set may fall short', () => {
    const groups = [{ level1: '产出指标', level2: '数量指标', weight: '15' }]
    expect(checkGroups(ctxOf(form(quantity('8', undefined), groups)))).toEqual([])
    expect(
      checkGroups(ctxOf(form(quantity('8', '6'), groups, { source: { partial: true } }))),
    ).toEqual([])
    expect(checkGroups(ctxOf(form(quantity(undefined, undefined), groups)))).toEqual([])
  })

  it('a 一级 group named without level2 uses its own label', () => {
    const ctx = ctxOf(form(quantity('8', '6'), [{ level1: '产出指标', weight: '15' }]), {
      scheme: schemes['liwan-2021-department'],
    })
    expect(checkGroups(ctx).map((f) => f.params)).toEqual([
      { group: '产出指标', reported: '15', sum: '14', members: 2 },
    ])
  })

  it('二级 points against their 一级 group: any difference, or only an excess when partial', () => {
    const liwanScheme = { scheme: schemes['liwan-2021-department'] }
    const groups = (sub: (string | undefined)[]) => [
      { level1: '产出指标', weight: '50' },
      ...sub.map((weight, i) => ({
        level1: '产出指标 (50分)',
        level2: ['数量指标', '质量指标', '时效指标'][i],
        ...(weight === undefined ? {} : { weight }),
      })),
    ]
    expect(checkGroups(ctxOf(form([], groups(['20', '20', '10'])), liwanScheme))).toEqual([])
    expect(shape(checkGroups(ctxOf(form([], groups(['20', '20'])), liwanScheme)))).toEqual([
      {
        code: 'GROUP_WEIGHT_MISMATCH',
        severity: 'error',
        path: ['groups', 0, 'weight'],
        params: { group: '产出指标', reported: '50', sum: '40', members: 2 },
      },
    ])
    const partial = { source: { partial: true } }
    expect(checkGroups(ctxOf(form([], groups(['20', '20']), partial), liwanScheme))).toEqual([])
    expect(checkGroups(ctxOf(form([], groups(['30', '30']), partial), liwanScheme))).toMatchObject([
      { code: 'GROUP_WEIGHT_MISMATCH', params: { sum: '60', members: 2 } },
    ])
    // A sub-group without points leaves nothing to add up; another 一级 is not a sub-group.
    expect(checkGroups(ctxOf(form([], groups(['20', undefined])), liwanScheme))).toEqual([])
    const other = [
      { level1: '产出指标', weight: '50' },
      { level1: '效益指标', level2: '社会效益指标', weight: '10' },
    ]
    expect(checkGroups(ctxOf(form([], other), liwanScheme))).toEqual([])
  })
})

describe('checkGroups: printed group scores', () => {
  const form = (scores: (string | undefined)[], groupScore: string, extra: Form = {}): Form =>
    project({
      indicators: scores.map((s, i) => row('数量指标', `指标${i + 1}`, '8', s)),
      groups: [{ level1: '产出指标', level2: '数量指标', printed: { score: groupScore } }],
      ...extra,
    })

  it('members within the score tolerance of the group score are right; 0.2 off is GROUP_SCORE_MISMATCH', () => {
    expect(checkGroups(ctxOf(form(['8', '7'], '15.1')))).toEqual([])
    expect(shape(checkGroups(ctxOf(form(['8', '7'], '15.2'))))).toEqual([
      {
        code: 'GROUP_SCORE_MISMATCH',
        severity: 'error',
        path: ['groups', 0, 'printed', 'score'],
        params: { group: '数量指标', reported: '15.2', sum: '15' },
      },
    ])
  })

  it('only when every member prints a readable score, and the group score is readable', () => {
    expect(checkGroups(ctxOf(form(['8', undefined], '3')))).toEqual([])
    expect(checkGroups(ctxOf(form(['8', 'IO'], '3')))).toEqual([])
    expect(checkGroups(ctxOf(form(['8', '7'], 'IO')))).toEqual([])
    expect(checkGroups(ctxOf(form([], '3')))).toEqual([])
  })

  it('a partial transcription may fall short of the group score, not exceed it', () => {
    const partial = { source: { partial: true } }
    expect(checkGroups(ctxOf(form(['8', '7'], '20', partial)))).toEqual([])
    expect(checkGroups(ctxOf(form(['8', '7'], '12', partial))).map((f) => f.code)).toEqual([
      'GROUP_SCORE_MISMATCH',
    ])
  })
})

describe('checkGroups: the scheme split', () => {
  const groups = (list: Form[]) => ctxOf(project({ groups: list }))

  it('一级 points other than the scheme split are GROUP_SPLIT_DIFFERS (info)', () => {
    const ctx = groups([
      { level1: '产出指标', weight: '40' },
      { level1: '效益指标', weight: '40' },
      { level1: '满意度指标', weight: '10' },
      { level1: '成本指标', weight: '20' },
    ])
    // 成本指标 is none of the three: not compared, whatever its points.
    expect(shape(checkGroups(ctx))).toEqual([
      {
        code: 'GROUP_SPLIT_DIFFERS',
        severity: 'info',
        path: ['groups', 0, 'weight'],
        params: { group: '产出指标', printed: '40', scheme: mof.name['zh-CN'], expected: '50' },
      },
      {
        code: 'GROUP_SPLIT_DIFFERS',
        severity: 'info',
        path: ['groups', 1, 'weight'],
        params: { group: '效益指标', printed: '40', scheme: mof.name['zh-CN'], expected: '30' },
      },
    ])
  })

  it('reads 效果 as 效益 and 满意 as 满意度, and skips 二级 groups and groups without points', () => {
    const ctx = groups([
      { level1: '效果指标', weight: '20' },
      { level1: '服务对象满意指标', weight: '5' },
      { level1: '产出指标', level2: '数量指标', weight: '5' },
      { level1: '产出指标' },
    ])
    expect(checkGroups(ctx).map((f) => [f.path, params(f)?.expected])).toEqual([
      [['groups', 0, 'weight'], '30'],
      [['groups', 1, 'weight'], '10'],
    ])
  })

  it('names the scheme in the context locale; a scheme without a split says nothing', () => {
    const list = [{ level1: '产出指标', weight: '40' }]
    expect(
      checkGroups(ctxOf(project({ groups: list }), { locale: 'en' }))[0]?.params,
    ).toMatchObject({
      scheme: mof.name.en,
    })
    const none = ctxOf(project({ groups: list }), { scheme: schemes['liwan-2021-department'] })
    expect(checkGroups(none)).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkPrintedScores', () => {
  /** 临沧 2023's 提供务工岗位 row, with a weight and a printed score. */
  const jobs = (weight: string | undefined, score: string | undefined, extra: Form = {}): Form => ({
    name: '提供务工岗位',
    target: '≥5个',
    actual: '5个',
    ...(weight === undefined ? {} : { weight }),
    ...(score === undefined ? {} : { printed: { score } }),
    ...extra,
  })
  const form = (execution: Form, indicators: Form[], extra: Form = {}): Form =>
    project({
      funding: [{ source: 'total', adjustedBudget: '100', actual: '100', ...execution }],
      indicators,
      ...extra,
    })

  it('a score at its weight is fine; above it is SCORE_EXCEEDS_WEIGHT', () => {
    const ctx = ctxOf(form({ weight: '10', printed: { score: '10' } }, [jobs('90', '90.5')]))
    expect(shape(checkPrintedScores(ctx))).toEqual([
      {
        code: 'SCORE_EXCEEDS_WEIGHT',
        severity: 'error',
        path: ['indicators', 0, 'printed', 'score'],
        params: { item: '提供务工岗位', score: '90.5', weight: '90' },
      },
    ])
  })

  it('the budget-execution item is named by its row label, else by its locale name', () => {
    const over = { weight: '10', printed: { score: '11' } }
    const params = (execution: Form, locale: Locale) =>
      checkPrintedScores(ctxOf(form(execution, [jobs('90', '90')]), { locale }))[0]
    expect(shape([params(over, 'zh-CN')!])).toEqual([
      {
        code: 'SCORE_EXCEEDS_WEIGHT',
        severity: 'error',
        path: ['funding', 0, 'printed', 'score'],
        params: { item: '预算执行', score: '11', weight: '10' },
      },
    ])
    expect(params(over, 'en')?.params).toMatchObject({ item: 'budget execution' })
    expect(params({ ...over, label: '资金执行率' }, 'en')?.params).toMatchObject({
      item: '资金执行率',
    })
  })

  it('an unreadable printed score is PRINTED_SCORE_UNREADABLE; a blank one is not', () => {
    const ctx = ctxOf(form({ weight: '10', printed: { score: ' ' } }, [jobs('90', 'IO')]))
    expect(shape(checkPrintedScores(ctx))).toEqual([
      {
        code: 'PRINTED_SCORE_UNREADABLE',
        severity: 'warning',
        path: ['indicators', 0, 'printed', 'score'],
        params: { item: '提供务工岗位', text: 'IO' },
      },
    ])
  })

  it('items within the score tolerance of the printed total are right; 0.2 off is SCORE_TOTAL_MISMATCH', () => {
    const items = (total: string): Form =>
      form({ weight: '10', printed: { score: '9' } }, [jobs('90', '80.9')], {
        printed: { totalScore: total },
      })
    expect(checkPrintedScores(ctxOf(items('90')))).toEqual([])
    expect(shape(checkPrintedScores(ctxOf(items('90.1'))))).toEqual([
      {
        code: 'SCORE_TOTAL_MISMATCH',
        severity: 'error',
        path: ['printed', 'totalScore'],
        params: { sum: '89.9', reported: '90.1', items: 2 },
      },
    ])
  })

  it('an unreadable total is PRINTED_SCORE_UNREADABLE; a partial form or no item scores skip the total', () => {
    const items = (total: string, extra: Form = {}, score: string | null = '90'): Form =>
      form({ weight: '10' }, [jobs('90', score ?? undefined)], {
        printed: { totalScore: total },
        ...extra,
      })
    expect(shape(checkPrintedScores(ctxOf(items('约90'))))).toEqual([
      {
        code: 'PRINTED_SCORE_UNREADABLE',
        severity: 'warning',
        path: ['printed', 'totalScore'],
        params: { item: 'total', text: '约90' },
      },
    ])
    expect(checkPrintedScores(ctxOf(items('50', { source: { partial: true } })))).toEqual([])
    expect(checkPrintedScores(ctxOf(items('50', {}, null)))).toEqual([])
  })

  it('weights (the execution item included) not adding up to 100 are WEIGHTS_NOT_100', () => {
    expect(checkPrintedScores(ctxOf(form({ weight: '10' }, [jobs('90', undefined)])))).toEqual([])
    expect(
      shape(checkPrintedScores(ctxOf(form({ weight: '10' }, [jobs('80', undefined)])))),
    ).toEqual([{ code: 'WEIGHTS_NOT_100', severity: 'warning', path: [], params: { sum: '90' } }])
    expect(checkPrintedScores(ctxOf(form({}, [jobs('90', undefined)])))).toMatchObject([
      { code: 'WEIGHTS_NOT_100', params: { sum: '90' } },
    ])
    // Not on a partial transcription, nor when no weight is printed at all.
    const partial = form({ weight: '10' }, [jobs('80', undefined)], { source: { partial: true } })
    expect(checkPrintedScores(ctxOf(partial))).toEqual([])
    expect(checkPrintedScores(ctxOf(form({}, [jobs(undefined, undefined)])))).toEqual([])
  })

  it('without indicator weights, the 一级 group points are the weights (all of them, or none)', () => {
    const groups = (list: Form[]) =>
      ctxOf(form({ weight: '10' }, [jobs(undefined, undefined)], { groups: list }))
    expect(
      checkPrintedScores(
        groups([
          { level1: '产出指标', weight: '50' },
          { level1: '效益指标', weight: '40' },
        ]),
      ),
    ).toEqual([])
    expect(
      checkPrintedScores(
        groups([
          { level1: '产出指标', weight: '50' },
          { level1: '产出指标', level2: '数量指标', weight: '10' },
          { level1: '效益指标', weight: '30' },
        ]),
      ),
    ).toMatchObject([{ code: 'WEIGHTS_NOT_100', params: { sum: '90' } }])
    // One 一级 group without points: the group weights are not used, and the execution weight alone
    // (10) is not 100.
    expect(
      checkPrintedScores(groups([{ level1: '产出指标', weight: '50' }, { level1: '效益指标' }])),
    ).toMatchObject([{ code: 'WEIGHTS_NOT_100', params: { sum: '10' } }])
  })

  it('a row scored without a weight (黄石) leaves the weights unsummed', () => {
    const ctx = ctxOf(form({ weight: '10' }, [jobs('20', undefined), jobs(undefined, '30')]))
    expect(checkPrintedScores(ctx)).toEqual([])
    // Also when no row prints a weight and no group prints points: the execution weight alone is no sum.
    expect(checkPrintedScores(ctxOf(form({ weight: '10' }, [jobs(undefined, '30')])))).toEqual([])
  })

  it('indicator weights, when printed, are the weights, not the group points', () => {
    const ctx = ctxOf(
      form({ weight: '10' }, [jobs('90', undefined)], {
        groups: [
          { level1: '产出指标', weight: '50' },
          { level1: '效益指标', weight: '30' },
        ],
      }),
      { scheme: schemes['liwan-2021-department'] },
    )
    expect(checkPrintedScores(ctx)).toEqual([])
  })

  it('a form with no budget-execution row reads the indicators alone', () => {
    const funding = [
      { source: 'general-public-budget', adjustedBudget: '60' },
      { source: 'other', adjustedBudget: '40' },
    ]
    const ctx = ctxOf(project({ funding, indicators: [jobs('100', '100')] }))
    expect(checkPrintedScores(ctx)).toEqual([])
    const over = ctxOf(project({ funding, indicators: [jobs('90', '95')] }))
    expect(checkPrintedScores(over).map((f) => f.code)).toEqual([
      'SCORE_EXCEEDS_WEIGHT',
      'WEIGHTS_NOT_100',
    ])
  })
})

describe('scoredWithoutWeight', () => {
  const ind = (extra: Partial<Indicator>): Indicator => ({
    name: '提供务工岗位',
    target: '≥5个',
    evidence: [],
    ...extra,
  })
  it('a printed, readable score, no weight, no parent', () => {
    expect(scoredWithoutWeight(ind({ printed: { score: '8' } }), undefined)).toBe(true)
    expect(scoredWithoutWeight(ind({ printed: { score: '8' } }), null)).toBe(true)
    expect(scoredWithoutWeight(ind({ printed: { score: '8' } }), '10')).toBe(false)
    expect(scoredWithoutWeight(ind({ printed: { score: '8' }, parent: '1' }), undefined)).toBe(
      false,
    )
    expect(scoredWithoutWeight(ind({ printed: { score: 'IO' } }), undefined)).toBe(false)
    expect(scoredWithoutWeight(ind({}), undefined)).toBe(false)
  })
})

describe('checkPrintedScores: score columns', () => {
  const form = (indicators: Form[]): Form => project({ indicators })
  /** 成安: 得分 25, weight share 25%, 折算得分 6.25. */
  const chengan = (converted: string, extra: Form = {}): Form => ({
    name: '建设任务完成率',
    target: '100%',
    weightShare: '25',
    printed: { score: '25', convertedScore: converted },
    ...extra,
  })

  it('折算得分 within the score tolerance of 得分 × share is right; 0.15 off is CONVERTED_SCORE_MISMATCH', () => {
    expect(checkPrintedScores(ctxOf(form([chengan('6.35')])))).toEqual([])
    expect(shape(checkPrintedScores(ctxOf(form([chengan('6.4')]))))).toEqual([
      {
        code: 'CONVERTED_SCORE_MISMATCH',
        severity: 'error',
        path: ['indicators', 0, 'printed', 'convertedScore'],
        params: {
          item: '建设任务完成率',
          reported: '6.4',
          computed: '6.25',
          score: '25',
          weight: '25',
        },
      },
    ])
  })

  it('a 折算得分 with neither weight nor share is not checked', () => {
    const row = {
      name: '建设任务完成率',
      target: '100%',
      printed: { score: '8', convertedScore: '2' },
    }
    expect(checkPrintedScores(ctxOf(form([row])))).toEqual([])
  })

  it('the weight stands in for a missing share', () => {
    const row = {
      name: '建设任务完成率',
      target: '100%',
      weight: '20',
      printed: { score: '10', convertedScore: '3' },
    }
    expect(checkPrintedScores(ctxOf(form([row]))).map((f) => [f.code, f.params])).toEqual([
      [
        'CONVERTED_SCORE_MISMATCH',
        { item: '建设任务完成率', reported: '3', computed: '2', score: '10', weight: '20' },
      ],
      ['WEIGHTS_NOT_100', { sum: '20' }],
    ])
  })

  it('several rows scored in points and weighted again are CONVERTED_SCORES_DOUBLE_WEIGHTED', () => {
    // Scores 18 of 20 and 9 of 10 points, "converted" again by the same 20% and 10%.
    const rows = [
      {
        name: '种子发放量',
        target: '550万粒',
        weight: '20',
        printed: { score: '18', convertedScore: '3.6' },
      },
      {
        name: '种子合格率',
        target: '100%',
        weight: '10',
        printed: { score: '9', convertedScore: '0.9' },
      },
    ]
    expect(shape(checkPrintedScores(ctxOf(form(rows))))).toEqual([
      {
        code: 'CONVERTED_SCORES_DOUBLE_WEIGHTED',
        severity: 'warning',
        path: [],
        params: { rows: 2, scores: '27', converted: '4.5' },
      },
      { code: 'WEIGHTS_NOT_100', severity: 'warning', path: [], params: { sum: '30' } },
    ])
    // One row alone cannot tell a share from points.
    expect(checkPrintedScores(ctxOf(form(rows.slice(0, 1)))).map((f) => f.code)).toEqual([
      'WEIGHTS_NOT_100',
    ])
  })

  it('a row whose score is a share (≤ 1) or above its points is not counted as weighted twice', () => {
    const rows = [
      {
        name: 'A',
        target: '100%',
        weightShare: '20',
        printed: { score: '1', convertedScore: '0.2' },
      },
      {
        name: 'B',
        target: '100%',
        weightShare: '20',
        printed: { score: '1', convertedScore: '0.2' },
      },
      {
        name: 'C',
        target: '100%',
        weightShare: '20',
        weight: '20',
        printed: { score: '30', convertedScore: '6' },
      },
      {
        name: 'D',
        target: '100%',
        weightShare: '50',
        weight: '20',
        printed: { score: '30', convertedScore: '15' },
      },
      {
        name: 'E',
        target: '100%',
        weightShare: '50',
        weight: '40',
        printed: { score: '30', convertedScore: '15' },
      },
    ]
    const codes = checkPrintedScores(ctxOf(form(rows))).map((f) => f.code)
    expect(codes).not.toContain('CONVERTED_SCORES_DOUBLE_WEIGHTED')
    expect(codes).toContain('SCORE_EXCEEDS_WEIGHT')
    // E alone is scored in points and weighted again; with a second such row it is reported.
    const two = [
      ...rows,
      {
        name: 'F',
        target: '100%',
        weightShare: '50',
        weight: '40',
        printed: { score: '30', convertedScore: '15' },
      },
    ]
    expect(checkPrintedScores(ctxOf(form(two))).map((f) => f.code)).toContain(
      'CONVERTED_SCORES_DOUBLE_WEIGHTED',
    )
  })

  it('得分 = 分值 × 得分系数 within the score tolerance; 0.2 off is COEFFICIENT_SCORE_MISMATCH', () => {
    const row = (score: string) => ({
      name: '种子合格率',
      target: '100%',
      weight: '10',
      coefficient: '0.9',
      printed: { score },
    })
    expect(
      checkPrintedScores(ctxOf(form([row('8.9')]))).filter((f) => f.code !== 'WEIGHTS_NOT_100'),
    ).toEqual([])
    expect(
      shape(
        checkPrintedScores(ctxOf(form([row('8.8')]))).filter((f) => f.code !== 'WEIGHTS_NOT_100'),
      ),
    ).toEqual([
      {
        code: 'COEFFICIENT_SCORE_MISMATCH',
        severity: 'error',
        path: ['indicators', 0, 'printed', 'score'],
        params: {
          item: '种子合格率',
          reported: '8.8',
          computed: '9',
          coefficient: '0.9',
          weight: '10',
        },
      },
    ])
    const noWeight = {
      name: '种子合格率',
      target: '100%',
      coefficient: '0.9',
      printed: { score: '1' },
    }
    expect(checkPrintedScores(ctxOf(form([noWeight])))).toEqual([])
  })

  it("a reviewer's score other than the self score is REVIEW_SCORE_DIFFERS (info)", () => {
    const row = (reviews: Form[], score = '9') => ({
      name: '种子合格率',
      target: '100%',
      printed: { score },
      reviews,
    })
    expect(
      shape(
        checkPrintedScores(ctxOf(form([row([{ by: '专家组', score: '9.0' }, { score: '8' }])]))),
      ),
    ).toEqual([
      {
        code: 'REVIEW_SCORE_DIFFERS',
        severity: 'info',
        path: ['indicators', 0, 'reviews', 1, 'score'],
        params: { item: '种子合格率', reviewer: '', review: '8', self: '9' },
      },
    ])
    expect(
      checkPrintedScores(ctxOf(form([row([{ by: '专家组', score: '7' }])])))[0]?.params,
    ).toMatchObject({
      reviewer: '专家组',
    })
    expect(checkPrintedScores(ctxOf(form([row([{ by: '专家组', score: '未评' }])])))).toEqual([])
    expect(
      checkPrintedScores(ctxOf(form([row([{ by: '专家组', score: '7' }], 'IO')]))).map(
        (f) => f.code,
      ),
    ).toEqual(['PRINTED_SCORE_UNREADABLE'])
  })
})

describe('checkPrintedGrade', () => {
  const graded = (totalScore: string | undefined, grade: string | undefined) =>
    ctxOf(
      project({
        printed: {
          ...(totalScore === undefined ? {} : { totalScore }),
          ...(grade === undefined ? {} : { grade }),
        },
      }),
    )

  it('a total at a cut-off earns that grade; 优秀 reads as 优', () => {
    expect(checkPrintedGrade(graded('90', '优秀'))).toEqual([])
    expect(checkPrintedGrade(graded('89.99', ' 良 '))).toEqual([])
  })

  it('another grade is GRADE_MISMATCH, naming the scheme', () => {
    expect(shape(checkPrintedGrade(graded('89.99', '优')))).toEqual([
      {
        code: 'GRADE_MISMATCH',
        severity: 'warning',
        path: ['printed', 'grade'],
        params: { total: '89.99', expected: '良', reported: '优', scheme: mof.name['zh-CN'] },
      },
    ])
  })

  it('says nothing without a grade, a total, or a readable total', () => {
    expect(checkPrintedGrade(graded('50', undefined))).toEqual([])
    expect(checkPrintedGrade(graded('50', '  '))).toEqual([])
    expect(checkPrintedGrade(graded(undefined, '优'))).toEqual([])
    expect(checkPrintedGrade(graded('IO', '优'))).toEqual([])
    // A total below every band earns no grade to compare with.
    expect(checkPrintedGrade(graded('-5', '差'))).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('childrenOf', () => {
  const ctx = ctxOf(
    project({
      tasks: [
        {
          name: '任务一',
          indicators: [
            { id: '1', name: '新增造林面积', target: '29.5亩' },
            { name: '其中：人工造林', target: '1.5亩', parent: '1' },
            { name: '补植补造', target: '5亩', parent: ' 补植补造 ' },
          ],
        },
      ],
      indicators: [
        { name: '补植补造', target: '20亩' },
        { name: '封山育林', target: '3亩', parent: '补植补造' },
        { id: 'x', name: '退化林修复', target: '3亩' },
        { name: '其中：修复', target: '1亩', parent: '退化林修复' },
        { name: '空引用', target: '1亩', parent: ' ' },
      ],
    }),
  )

  it('by id, else by the printed name of a row without an id, within the same list, never itself', () => {
    // Row 2 names 补植补造, which is itself in task 0 and a top-level row: neither is its parent.
    // 退化林修复 has an id, so it is not found by its name.
    expect([...childrenOf(ctx.indicators)]).toEqual([
      [0, [1]],
      [3, [4]],
    ])
  })
})

describe('childrenOf: names and ids as printed', () => {
  it('trims the reference and the parent name, and looks only within the same task', () => {
    const ctx = ctxOf(
      project({
        tasks: [
          {
            name: '任务一',
            indicators: [
              { id: '1', name: '新增造林面积', target: '29.5亩' },
              { name: '人工造林', target: '1.5亩', parent: ' 1 ' },
              { name: ' 封山育林 ', target: '28亩' },
              { name: '其中：封育', target: '28亩', parent: '封山育林' },
            ],
          },
          {
            name: '任务二',
            indicators: [{ name: '退化林修复', target: '3亩', parent: '封山育林' }],
          },
        ],
      }),
    )
    expect([...childrenOf(ctx.indicators)]).toEqual([
      [0, [1]],
      [2, [3]],
    ])
  })
})

describe('checkSubRows', () => {
  /** The parts of an assessment the sub-row check reads. */
  const a = (
    target: [string, string | null] | null,
    actual: [string, string | null] | null,
  ): Assessment =>
    ({
      target:
        target === null
          ? { kind: 'qualitative' }
          : { kind: 'quantitative', value: target[0], unit: target[1] },
      actual: actual === null ? { value: null, unit: null } : { value: actual[0], unit: actual[1] },
    }) as unknown as Assessment
  const ctx = ctxOf(
    project({
      indicators: [
        { name: '新增造林面积', target: '29.5亩' },
        { name: '人工造林', target: '1.5亩' },
        { name: '封山育林', target: '28亩' },
      ],
    }),
  )
  const kids = new Map([[0, [1, 2]]])

  it('parts adding up within the tolerance are right (29.5亩 = 1.5 + 28)', () => {
    const parts = [
      a(['29.5', '亩'], ['29.5', '亩']),
      a(['1.5', '亩'], ['1.5', '亩']),
      a(['28.01', '亩'], ['28', null]),
    ]
    expect(checkSubRows(ctx, parts, kids)).toEqual([])
  })

  it('parts 0.02 off the parent are SUBROW_SUM_MISMATCH, target and actual each', () => {
    const parts = [
      a(['29.5', '亩'], ['30', '亩']),
      a(['1.5', '亩'], ['1.5', '亩']),
      a(['28.02', '亩'], ['28', '亩']),
    ]
    expect(shape(checkSubRows(ctx, parts, kids))).toEqual([
      {
        code: 'SUBROW_SUM_MISMATCH',
        severity: 'warning',
        path: ['indicators', 0, 'target'],
        params: {
          indicator: '新增造林面积',
          side: 'target',
          reported: '29.5',
          sum: '29.52',
          rows: 2,
        },
      },
      {
        code: 'SUBROW_SUM_MISMATCH',
        severity: 'warning',
        path: ['indicators', 0, 'actual'],
        params: { indicator: '新增造林面积', side: 'actual', reported: '30', sum: '29.5', rows: 2 },
      },
    ])
  })

  it('parts in different units are SUBROW_UNITS_MIXED (192只 = 180只 + 12头)', () => {
    const parts = [a(['192', '只'], null), a(['180', '只'], null), a(['12', '头'], null)]
    expect(shape(checkSubRows(ctx, parts, kids))).toEqual([
      {
        code: 'SUBROW_UNITS_MIXED',
        severity: 'warning',
        path: ['indicators', 0, 'target'],
        params: { indicator: '新增造林面积', units: ['只', '头'] },
      },
    ])
  })

  it('a part without a unit takes the parent unit; parts in one other unit are not summed', () => {
    expect(
      checkSubRows(
        ctx,
        [a(['30', '亩'], null), a(['1.5', null], null), a(['28', '亩'], null)],
        kids,
      ),
    ).toMatchObject([{ code: 'SUBROW_SUM_MISMATCH', params: { sum: '29.5' } }])
    expect(
      checkSubRows(
        ctx,
        [a(['30', '亩'], null), a(['1.5', '公顷'], null), a(['28', '公顷'], null)],
        kids,
      ),
    ).toEqual([])
    expect(
      checkSubRows(
        ctx,
        [a(['30', null], null), a(['1.5', '亩'], null), a(['28', '亩'], null)],
        kids,
      ),
    ).toMatchObject([{ code: 'SUBROW_SUM_MISMATCH', params: { reported: '30', sum: '29.5' } }])
    expect(
      checkSubRows(
        ctx,
        [a(['30', null], null), a(['1.5', null], null), a(['28', null], null)],
        kids,
      ),
    ).toMatchObject([{ code: 'SUBROW_SUM_MISMATCH' }])
  })

  it('a part without a unit under a parent without one is neither mixed nor summed (no empty unit named)', () => {
    expect(
      checkSubRows(
        ctx,
        [a(['30', null], null), a(['1.5', null], null), a(['28', '亩'], null)],
        kids,
      ),
    ).toEqual([])
  })

  it('a parent with no part to add is not compared with nothing', () => {
    expect(checkSubRows(ctx, [a(['30', null], ['30', null])], new Map([[0, [7]]]))).toEqual([])
  })

  it('skips a parent whose assessment or indicator is missing', () => {
    // Assessment 2 is missing; indicator 5 is missing.
    expect(
      checkSubRows(ctx, [a(['30', '亩'], null), a(['1', '亩'], null)], new Map([[2, [1]]])),
    ).toEqual([])
    const six = Array.from({ length: 6 }, () => a(['30', '亩'], null))
    expect(checkSubRows(ctx, six, new Map([[5, [1]]]))).toEqual([])
  })

  it('nothing when the parent or a part has no figure on that side, or a row is missing', () => {
    expect(
      checkSubRows(
        ctx,
        [a(null, null), a(['1', '亩'], ['1', '亩']), a(['2', '亩'], ['2', '亩'])],
        kids,
      ),
    ).toEqual([])
    expect(
      checkSubRows(
        ctx,
        [a(['30', '亩'], ['30', '亩']), a(null, null), a(['2', '亩'], ['2', '亩'])],
        kids,
      ),
    ).toEqual([])
    expect(checkSubRows(ctx, [a(['30', '亩'], null)], kids)).toEqual([])
    expect(checkSubRows(ctx, [a(['30', '亩'], null)], new Map([[5, [1]]]))).toEqual([])
    expect(
      checkSubRows(ctx, [a(['30', '亩'], null), a(['1', '亩'], null)], new Map([[0, [1, 9]]])),
    ).toMatchObject([{ code: 'SUBROW_SUM_MISMATCH', params: { rows: 1 } }])
  })
})

// ---------------------------------------------------------------------------------------------
describe('garbled', () => {
  it('needs three debris characters, and points at the first', () => {
    expect(garbled('完成 「 に 验收')).toBeNull()
    expect(garbled('完成 「 に が 验收')).toEqual({ reason: 'foreign-script', at: 3 })
    expect(garbled('ア完成 「 「')).toEqual({ reason: 'foreign-script', at: 0 })
    // A corner bracket inside a word is a quotation mark, not debris.
    expect(garbled('印发「通知」和「办法」')).toBeNull()
    expect(garbled('「 』 『')).toEqual({ reason: 'foreign-script', at: 0 })
  })

  it('needs a pair repeated four times, each within four characters of the last', () => {
    expect(garbled('资金资金资金到位')).toBeNull()
    expect(garbled('资金资金资金资金')).toEqual({ reason: 'repetition', at: 0 })
    expect(garbled('到位 资金 资金 资金 资金')).toEqual({ reason: 'repetition', at: 3 })
    // Three characters between each: still a chain (gap 4); four between: prose.
    expect(garbled('资金甲乙资金甲乙资金甲乙资金')).toMatchObject({ reason: 'repetition' })
    expect(garbled('资金甲乙丙资金甲乙丙资金甲乙丙资金')).toBeNull()
    // A pair broken by a non-ideograph is not a pair; digits and Latin letters are no pairs either.
    expect(garbled('资1金资1金资1金资1金')).toBeNull()
    expect(garbled('abababababab')).toBeNull()
  })

  it('counts the distance without white space', () => {
    // 资金甲乙 four times over: a gap of 4 without the spaces, 6 with them.
    expect(garbled('资金 甲 乙 资金 甲 乙 资金 甲 乙 资金')).toEqual({
      reason: 'repetition',
      at: 0,
    })
    expect(garbled('资金,甲,乙,资金,甲,乙,资金,甲,乙,资金')).toBeNull()
  })

  it('a pair is the two characters, not the first with anything after it', () => {
    expect(garbled('资金资银资铜资铁')).toBeNull()
  })

  it('counts a character outside the basic plane as one character (𐀀 U+10000, U+10FFFF)', () => {
    // 资金 + two such characters, four times: a gap of 4 counted in characters, 6 in code units.
    const chain = (x: string) => `${`资金${x}${x}`.repeat(3)}资金`
    expect(garbled(chain('\ud800\udc00'))).toEqual({ reason: 'repetition', at: 0 })
    expect(garbled(chain('\udbff\udfff'))).toEqual({ reason: 'repetition', at: 0 })
  })

  it('a lone high surrogate does not swallow the character after it', () => {
    expect(garbled('\ud840资金资金资金资金')).toEqual({ reason: 'repetition', at: 1 })
  })

  it('a lone surrogate is not an ideograph', () => {
    expect(garbled('\ud840\ud840\ud840\ud840\ud840\ud840\ud840\ud840')).toBeNull()
    expect(garbled('资\ud840资\ud840资\ud840资\ud840')).toBeNull()
    expect(garbled('资金资金资金资\ud840')).toBeNull()
  })

  it('reads characters outside the basic plane as one ideograph each', () => {
    expect(garbled('𠀀𠀁𠀀𠀁𠀀𠀁𠀀𠀁')).toEqual({ reason: 'repetition', at: 0 })
    expect(garbled('㐀㐁㐀㐁㐀㐁㐀㐁')).toEqual({ reason: 'repetition', at: 0 })
    // Kana are not ideographs: a repeated kana pair is not a repetition (nor three debris here).
    expect(garbled('ああああああああ')).toEqual({ reason: 'foreign-script', at: 0 })
    expect(garbled('♪♫♪♫♪♫♪♫')).toBeNull()
  })
})

describe('checkGarbledText', () => {
  it('checks every narrative cell and quotes up to 16 characters from 4 before the debris', () => {
    const debris = '保大机 「 「 「 に 大 大 が 大 が に'
    const ctx = ctxOf(
      project({
        goal: { planned: debris, achieved: '  ' },
        tasks: [{ name: '任务一', plannedTarget: debris, achievement: debris, indicators: [] }],
        indicators: [
          {
            name: '指标',
            target: '1个',
            formula: debris,
            criterion: debris,
            actual: debris,
            deviationReason: debris,
          },
        ],
        problems: [{ id: '1', text: debris }],
        improvements: [{ id: '1', text: debris }],
      }),
    )
    const found = checkGarbledText(ctx)
    expect(found.map((f) => f.path)).toEqual([
      ['goal', 'planned'],
      ['tasks', 0, 'plannedTarget'],
      ['tasks', 0, 'achievement'],
      ['indicators', 0, 'formula'],
      ['indicators', 0, 'criterion'],
      ['indicators', 0, 'actual'],
      ['indicators', 0, 'deviationReason'],
      ['problems', 0, 'text'],
      ['improvements', 0, 'text'],
    ])
    expect(shape(found.slice(0, 1))).toEqual([
      {
        code: 'TEXT_GARBLED',
        severity: 'info',
        path: ['goal', 'planned'],
        params: { excerpt: '保大机 「 「 「 に 大 大 ', reason: 'foreign-script' },
      },
    ])
  })

  it('the excerpt starts four characters before the debris', () => {
    const text = '完成区委常委会议室改造 甲基甲基甲基甲基甲基甲基甲基甲基甲基甲基'
    const ctx = ctxOf(project({ goal: { achieved: text } }))
    expect(shape(checkGarbledText(ctx))).toEqual([
      {
        code: 'TEXT_GARBLED',
        severity: 'info',
        path: ['goal', 'achieved'],
        params: { excerpt: '室改造 甲基甲基甲基甲基甲基甲基', reason: 'repetition' },
      },
    ])
  })
})

// ---------------------------------------------------------------------------------------------
describe('checkAmountUnits', () => {
  const form = (unit: string, funding: Form[], funds: string[] = []): Form =>
    project({
      unit,
      funding,
      tasks: funds.map((f, i) => ({ name: `任务${i + 1}`, funds: f, indicators: [] })),
    })

  it('an amount above the ceiling of the unit (万元: 5,000,000) is AMOUNT_UNIT_SUSPECT', () => {
    expect(checkAmountUnits(ctxOf(form('万元', [{ source: 'other', actual: '5000000' }])))).toEqual(
      [],
    )
    expect(
      shape(checkAmountUnits(ctxOf(form('万元', [{ source: 'other', actual: '-5000001' }])))),
    ).toEqual([
      {
        code: 'AMOUNT_UNIT_SUSPECT',
        severity: 'warning',
        path: ['funding', 0, 'actual'],
        params: {
          amount: '-5000001',
          unit: '万元',
          likelyUnit: '元',
          ceiling: '5000000',
          reason: 'above-ceiling',
        },
      },
    ])
    expect(
      checkAmountUnits(ctxOf(form('亿元', [{ source: 'other', adjustment: '501' }])))[0]?.params,
    ).toEqual({
      amount: '501',
      unit: '亿元',
      likelyUnit: '万元',
      ceiling: '500',
      reason: 'above-ceiling',
    })
  })

  it('a form in 元 has no smaller unit to suspect', () => {
    expect(
      checkAmountUnits(ctxOf(form('元', [{ source: 'other', actual: '99999999999999' }]))),
    ).toEqual([])
  })

  it('a task or row a thousand times the smallest total budget is out of scale', () => {
    const funding = [
      { source: 'total', initialBudget: '120', adjustedBudget: '100', actual: '90' },
      { source: 'other', actual: '99999' },
    ]
    expect(checkAmountUnits(ctxOf(form('万元', funding, ['99999'])))).toEqual([])
    const found = checkAmountUnits(ctxOf(form('万元', funding, ['100000', '50'])))
    expect(shape(found)).toEqual([
      {
        code: 'AMOUNT_UNIT_SUSPECT',
        severity: 'warning',
        path: ['tasks', 0, 'funds'],
        params: {
          amount: '100000',
          unit: '万元',
          likelyUnit: '元',
          ceiling: '5000000',
          reason: 'out-of-scale',
        },
      },
    ])
    // A zero or missing budget gives no scale; the positive one is used.
    const zero = [{ source: 'total', initialBudget: '0', adjustedBudget: '100' }]
    expect(
      checkAmountUnits(ctxOf(form('万元', zero, ['100000']))).map((f) => params(f)?.reason),
    ).toEqual(['out-of-scale'])
    const none = [{ source: 'total', initialBudget: '0', actual: '1' }, { source: 'other' }]
    expect(checkAmountUnits(ctxOf(form('万元', none, ['100000'])))).toEqual([])
  })

  it('a task amount is not compared with the columns of a funding row', () => {
    // Task 0 (100,000) is 10⁴ times funding row 0's 10 spent, but it is not in that row.
    const funding = [{ source: 'total', adjustedBudget: '5000', actual: '10' }]
    expect(checkAmountUnits(ctxOf(form('万元', funding, ['100000'])))).toEqual([])
  })

  it('an amount about 10⁴ times another of its own row (5,000× to 20,000×) disagrees with the row', () => {
    // 宁德-like row: 158.61 budgeted, 1,584,500 spent (typed in 元 under a 万元 header).
    // The total (5,000) puts the out-of-scale line at 5,000,000: only the row's own columns speak.
    const at = (actual: string, budget = '158.61') =>
      checkAmountUnits(
        ctxOf(
          form('万元', [
            { source: 'total', adjustedBudget: '5000' },
            { source: 'other', adjustedBudget: budget, actual },
          ]),
        ),
      )
    expect(at('793050').map((f) => [f.path, params(f)?.reason])).toEqual([
      [['funding', 1, 'actual'], 'row-disagrees'],
    ])
    expect(at('3172200').map((f) => params(f)?.reason)).toEqual(['row-disagrees'])
    expect(at('793049')).toEqual([])
    expect(at('3172201')).toEqual([])
    expect(at('0', '0')).toEqual([])
    expect(at('5000', '0')).toEqual([])
    expect(at('-793050')).toMatchObject([{ params: { reason: 'row-disagrees' } }])
  })
})
