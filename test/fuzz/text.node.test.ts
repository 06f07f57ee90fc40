/**
 * Fuzz: the exports that read one piece of text (a target, an amount, a printed rate, an indicator
 * name, a formula, a score) get hostile strings, values of any type where `unknown` is accepted,
 * and one-megabyte strings. See arbitraries.ts for the checks.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessIndicator,
  checkReportedRate,
  classifyIndicator,
  convertAmount,
  describeFormula,
  evaluateFormula,
  executionScore,
  formatPercent,
  formatTarget,
  gradeFor,
  indicatorDirection,
  isFindingCode,
  lintFormula,
  MONEY_UNITS,
  normalizeChineseText,
  normalizeTargetText,
  parseAmount,
  parseFormula,
  parsePrintedRate,
  parseTarget,
  readTargetInName,
  schemes,
  scoreIndicator,
  targetFindings,
  unitInfo,
} from '../../src/index'
import {
  amountString,
  anything,
  check,
  hostileNumber,
  hostileString,
  hugeString,
  property,
  RUNS,
  TIMEOUT,
} from './arbitraries'

const SCHEMES = Object.keys(schemes) as (keyof typeof schemes)[]

/** Every text export, by name, as a function of one string (options from the string's neighbours). */
const TEXT_EXPORTS: Record<string, (s: string, other: string) => unknown> = {
  parseTarget: (s, o) => parseTarget(s, { indicatorName: o, level2: o }),
  readTargetInName: (s) => readTargetInName(s),
  normalizeTargetText: (s) => normalizeTargetText(s),
  normalizeChineseText: (s) => normalizeChineseText(s),
  unitInfo: (s) => unitInfo(s),
  indicatorDirection: (s, o) => indicatorDirection(s, { level2: o, target: parseTarget(o) }),
  classifyIndicator: (s, o) => classifyIndicator(s, { level1: o, level2: o }),
  targetFindings: (s, o) => targetFindings(s, { indicatorName: o, level2: o }),
  formatTarget: (s) => formatTarget(parseTarget(s)),
  isFindingCode: (s) => isFindingCode(s),
  parseAmount: (s) => parseAmount(s),
  parsePrintedRate: (s) => parsePrintedRate(s),
  checkReportedRate: (s, o) => checkReportedRate(s, o),
  gradeFor: (s, o) => gradeFor(s, SCHEMES[o.length % SCHEMES.length] ?? 'mof-2020-project'),
  executionScore: (s, o) => executionScore(s, o, 'mof-2020-project'),
  assessIndicator: (s, o) => assessIndicator({ name: o, target: s, actual: o }),
  parseFormula: (s) => parseFormula(s),
  lintFormula: (s, o) => lintFormula(s, { indicatorName: o, target: o }),
  describeFormula: (s) => describeFormula(s),
  evaluateFormula: (s, o) => evaluateFormula(s, { [o]: o, x: o, 实际完成数: o, 计划数: s }),
}

describe('fuzz: text exports', { timeout: TIMEOUT }, () => {
  for (const [name, call] of Object.entries(TEXT_EXPORTS)) {
    it(`${name} on hostile strings`, () => {
      property(fc.tuple(hostileString, fc.oneof(hostileString, amountString)), ([s, o]) => {
        check(name, [s, o], () => call(s, o))
      })
    })
  }

  for (const [name, call] of Object.entries(TEXT_EXPORTS)) {
    it(`${name} on one-megabyte strings`, () => {
      fc.assert(
        fc.property(hugeString, fc.constantFrom('≥95%', '合格率', '1'), (s, o) => {
          check(name, [s, o], () => call(s, o))
        }),
        // Each costs up to seconds (see docs/reliability.md, time bombs): one in CI, three in npm run fuzz.
        { numRuns: RUNS > 25 ? 3 : 1 },
      )
    })
  }

  // A JavaScript caller can pass anything where the type says unknown; the rest take strings only.
  const UNKNOWN_TAKERS: Record<string, (v: unknown) => unknown> = {
    parseAmount: (v) => parseAmount(v),
    convertAmount: (v) => convertAmount(v, '万元', '元'),
    parsePrintedRate: (v) => parsePrintedRate(v),
    checkReportedRate: (v) => checkReportedRate(v, '0.9'),
  }
  for (const [name, call] of Object.entries(UNKNOWN_TAKERS)) {
    it(`${name} on values of any type`, () => {
      property(anything, (v) => {
        check(name, v, () => call(v))
      })
    })
  }

  it('convertAmount between every pair of units', () => {
    property(
      fc.tuple(amountString, fc.constantFrom(...MONEY_UNITS), fc.constantFrom(...MONEY_UNITS)),
      ([s, from, to]) => {
        const r = check('convertAmount', s, () => convertAmount(s, from, to))
        // Converting there and back gives the amount again, exactly (decimal, not float), for
        // amounts within the 60 significant digits of the decimal context (src/money/decimal.ts).
        // A unit printed with the amount ("12万元") wins over `from`: compare in `from`.
        const read = parseAmount(s)
        const digits = read.success ? read.data.replace(/[^0-9]/g, '').replace(/^0+/, '').length : 0
        if (r.success && digits <= 60) {
          const back = convertAmount(r.data, to, from)
          const first = parseAmount(s, { unit: from })
          expect(back.success && first.success && back.data, s).toBe(first.success && first.data)
        }
      },
    )
  })

  it('formatPercent on any number or decimal string', () => {
    property(
      fc.tuple(fc.oneof(hostileNumber, amountString), fc.integer({ min: 0, max: 6 })),
      ([v, decimals]) => {
        const out = check('formatPercent', v, () => formatPercent(v, { decimals }))
        if (out !== null) expect(out).toMatch(/^-?\d+(\.\d+)?%$/)
      },
    )
  })

  it('checkReportedRate against any computed figure', () => {
    property(
      fc.tuple(hostileString, fc.oneof(hostileNumber, amountString)),
      ([printed, computed]) => {
        check('checkReportedRate', [printed, computed], () => checkReportedRate(printed, computed))
      },
    )
  })

  it('scoreIndicator with any weight, for every scheme and every assessment', () => {
    property(
      fc.tuple(hostileString, hostileString, amountString, fc.constantFrom(...SCHEMES)),
      ([target, actual, weight, scheme]) => {
        const a = assessIndicator({ name: '合格率', target, actual })
        const t = check('scoreIndicator', [a, weight], () => scoreIndicator(a, weight, scheme))
        if (t.score !== null) expect(t.score).toMatch(/^-?\d+(\.\d+)?$/)
      },
    )
  })

  it('assessIndicator on indicators with hostile fields', () => {
    const field = fc.option(hostileString, { nil: undefined })
    property(
      fc.record({
        name: hostileString,
        level1: field,
        level2: field,
        formula: field,
        target: field,
        actual: field,
        actualValue: fc.option(amountString, { nil: undefined }),
        actualUnit: field,
        deviationReason: field,
        status: fc.constantFrom(undefined, 'met', 'partially-met', 'not-met', 'not-carried-out'),
      }),
      (indicator) => {
        check('assessIndicator', indicator, () =>
          assessIndicator(indicator as Parameters<typeof assessIndicator>[0]),
        )
      },
    )
  })

  it('assessIndicator with fiscal years and ratios at the edges', () => {
    property(
      fc.tuple(hostileString, hostileString, hostileNumber, fc.oneof(amountString, hostileNumber)),
      ([target, actual, fiscalYear, ratio]) => {
        const ind = { name: '完成率', target, actual }
        try {
          check('assessIndicator', ind, () =>
            assessIndicator(ind, { fiscalYear, partialRatio: ratio, overTargetRatio: ratio }),
          )
        } catch (e) {
          // Options out of range are the one documented throw.
          expect((e as Error).name).toBe('OptionError')
        }
      },
    )
  })

  it('evaluateFormula with variables of any value, as a record and as a Map', () => {
    property(
      fc.tuple(
        fc.constantFrom('实际完成数/计划数*100%', 'a+b', 'a/b', '(a-b)/b', 'a*b*100%', 'a÷b×100%'),
        fc.oneof(hostileNumber, amountString, fc.bigInt()),
        fc.oneof(hostileNumber, amountString, fc.bigInt()),
      ),
      ([formula, a, b]) => {
        const vars = { a, b, 实际完成数: a, 计划数: b }
        check('evaluateFormula', vars, () => evaluateFormula(formula, vars))
        check('evaluateFormula', vars, () =>
          evaluateFormula(formula, new Map(Object.entries(vars))),
        )
      },
    )
  })
})
