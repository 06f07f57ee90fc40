/**
 * Fuzz: the exports that take a whole form or an evaluation — evaluate, validate, scoreForm,
 * parseSelfEvaluation, locate, and downstream of evaluate: renderReport, reviewCsv, formatFinding,
 * sortFindings, batchRow, summarizeBatch, compareEvaluations, pairEvaluations. Inputs are the real
 * forms (examples/liwan-2021.json and the public transcriptions) with random cell edits, forms with
 * a field replaced by a hostile object (throwing getter, proxy, cycle, 5,000-deep nesting, 10,000
 * wide), and values of any type.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  batchRow,
  compareEvaluations,
  type Evaluation,
  evaluate,
  formatFinding,
  LOCALES,
  liwan2021Form,
  locate,
  pairEvaluations,
  parseSelfEvaluation,
  renderReport,
  reviewCsv,
  schemes,
  scoreForm,
  sortFindings,
  summarizeBatch,
  validate,
} from '../../src/index'
import {
  anEvaluation,
  anyForm,
  anyValue,
  check,
  deepFreeze,
  edit,
  hostileString,
  jsonLeaf,
  property,
  TIMEOUT,
} from './arbitraries'

const SCHEMES = Object.keys(schemes) as (keyof typeof schemes)[]
const FORMATS = ['markdown', 'html', 'text'] as const

describe('fuzz: forms', { timeout: TIMEOUT }, () => {
  it('evaluate on mutated, hostile and arbitrary forms, for every scheme and locale', () => {
    property(
      fc.tuple(anyForm, fc.constantFrom(...SCHEMES), fc.constantFrom(...LOCALES)),
      ([form, scheme, locale]) => {
        const e = check('evaluate', form, () => evaluate(form, { scheme, locale }))
        if (!e.valid) expect(e.findings.some((f) => f.severity === 'error')).toBe(true)
      },
      10,
    )
  })

  it('validate, scoreForm and parseSelfEvaluation on the same inputs', () => {
    property(
      fc.tuple(anyForm, fc.constantFrom(...SCHEMES)),
      ([form, scheme]) => {
        check('validate', form, () => validate(form))
        check('scoreForm', form, () => scoreForm(form, scheme))
        check('parseSelfEvaluation', form, () => parseSelfEvaluation(form))
      },
      10,
    )
  })

  it('evaluate with a strict read and an as-of date of any text', () => {
    property(
      fc.tuple(anyForm, hostileString),
      ([form, asOf]) => {
        try {
          check('evaluate', form, () => evaluate(form, { read: 'strict', asOf }))
        } catch (e) {
          // An as-of that is no date is an option error, the one documented throw.
          expect((e as Error).name).toBe('OptionError')
        }
      },
      10,
    )
  })

  it('locate on any form and any path', () => {
    property(
      fc.tuple(
        anyForm,
        fc.array(
          fc.oneof(hostileString, fc.integer(), fc.constantFrom(-0, 1e308, 2 ** 53 + 1, 0.5)),
          { maxLength: 6 },
        ),
        fc.constantFrom(...LOCALES),
      ),
      ([form, path, locale]) => {
        check('locate', [form, path], () => locate(form, path, { locale }))
      },
      2,
    )
  })

  it('renderReport in every format and locale on evaluations of real and mutated forms', () => {
    property(
      fc.tuple(
        anEvaluation,
        fc.constantFrom(...FORMATS),
        fc.constantFrom(...LOCALES),
        fc.option(fc.integer({ min: 20, max: 400 }), { nil: undefined }),
      ),
      ([e, format, locale, width]) => {
        check('renderReport', e, () => renderReport(e, { format, locale, width }))
      },
      10,
    )
  })

  // renderReport reads its input through a lenient schema of the evaluation (src/report).
  it('renderReport on edited evaluation JSON', () => {
    property(
      fc.tuple(
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        jsonLeaf,
        fc.constantFrom(...FORMATS),
      ),
      ([i, path, value, format]) => {
        const base = anEvaluationOf(i)
        const e = edit(base, path, 'set', value) as Evaluation
        check('renderReport', e, () => renderReport(e, { format }))
      },
      10,
    )
  })

  it('reviewCsv on any evaluations, in every table', () => {
    property(
      fc.tuple(
        fc.array(anEvaluation, { maxLength: 3 }),
        fc.constantFrom('summary', 'findings', 'indicators', undefined),
        fc.constantFrom(...LOCALES),
      ),
      ([es, table, locale]) => {
        const entries = es.map((evaluation) => ({ evaluation }))
        check('reviewCsv', entries, () => reviewCsv(entries, { table: table as never, locale }))
      },
      10,
    )
  })

  it('formatFinding and sortFindings on the findings of any evaluation', () => {
    property(
      fc.tuple(anEvaluation, fc.oneof(fc.constantFrom(...LOCALES), hostileString)),
      ([e, locale]) => {
        check('sortFindings', e.findings, () => sortFindings(e.findings))
        for (const f of e.findings.slice(0, 20)) {
          try {
            const s = check('formatFinding', f, () => formatFinding(f, locale))
            expect(typeof s).toBe('string')
          } catch (error) {
            // A locale that is none of LOCALES is an option error, the one documented throw.
            expect((error as Error).name).toBe('OptionError')
          }
        }
      },
      10,
    )
  })

  it('batchRow and summarizeBatch on any evaluations and file names', () => {
    property(
      fc.array(fc.tuple(hostileString, anEvaluation), { maxLength: 4 }),
      (pairs) => {
        for (const [file, e] of pairs) check('batchRow', [file, e], () => batchRow(file, e))
        const entries = pairs.map(([file, evaluation]) => ({ file, evaluation }))
        check('summarizeBatch', entries, () => summarizeBatch(entries))
      },
      10,
    )
  })

  it('compareEvaluations and pairEvaluations on any two evaluations', () => {
    property(
      fc.tuple(anEvaluation, anEvaluation, hostileString, fc.constantFrom(...LOCALES)),
      ([a, b, name, locale]) => {
        check('compareEvaluations', [a, b], () => compareEvaluations(a, b, { locale }))
        const entries = [
          { name, evaluation: a },
          { name: `${name}x`, evaluation: b },
          { evaluation: b },
        ]
        check('pairEvaluations', entries, () => pairEvaluations(entries, { locale }))
      },
      10,
    )
  })

  it('the downstream exports on values that are no evaluation at all', () => {
    property(anyValue, (v) => {
      const e = v as Evaluation
      check('batchRow', v, () => batchRow('x.json', e))
      check('summarizeBatch', v, () => summarizeBatch([{ file: 'x', evaluation: e }]))
      check('compareEvaluations', v, () => compareEvaluations(e, e))
    })
  })
})

describe('fuzz: forms, lists of 10^9', () => {
  it('evaluate (tolerant, the default), validate, scoreForm and locate read a sparse list of length 10^9 at once', () => {
    const sparse: unknown[] = []
    sparse.length = 1e9
    const lies = new Proxy([], {
      get: (t, k): unknown => (k === 'length' ? 1e9 : Reflect.get(t, k)),
    })
    for (const tasks of [sparse, lies]) {
      const form = { ...liwan2021Form, tasks }
      check('evaluate', form, () => evaluate(form))
      check('validate', form, () => validate(form))
      check('scoreForm', form, () => scoreForm(form))
      check('locate', form, () => locate(form, ['tasks', 5, 'name']))
    }
  })

  // zod walked every hole until V8 aborted ("invalid size error"); the strict reading now reads
  // every list's length before zod does (overlongList in src/schema/read.ts).
  it('parseSelfEvaluation and a strict evaluate read a sparse list of length 10^9 at once', () => {
    const sparse: unknown[] = []
    sparse.length = 1e9
    const form = { ...liwan2021Form, tasks: sparse }
    check('parseSelfEvaluation', form, () => parseSelfEvaluation(form))
    check('evaluate', form, () => evaluate(form, { read: 'strict' }))
  })
})

function anEvaluationOf(i: number): Evaluation {
  return deepFreeze(evaluate(fc.sample(anyForm, { numRuns: 1, seed: i })[0]))
}
