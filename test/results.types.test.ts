/**
 * Type tests: every result narrows on `success`, and an Evaluation narrows its `form` on `outcome`
 * and on `valid`. `npm run typecheck` compiles this file; vitest runs the few runtime checks.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  type ActualSource,
  budgetCompletionRateResult,
  type CompletionBasis,
  convertAmount,
  type DecimalString,
  type Direction,
  type EvaluatedCategory,
  type Evaluation,
  evaluate,
  evaluateFormula,
  type Failure,
  type Finding,
  liwan2021Form,
  parseAmount,
  parsePrintedRate,
  parseSelfEvaluation,
  type RateProblem,
  type Result,
  type SelfEvaluation,
  type Success,
  spendingProgress,
  timeProgress,
} from '../src/index'

describe('results narrow on success', () => {
  it('parseAmount: data on success, findings and problem on failure', () => {
    const r = parseAmount('6211. 89')
    expectTypeOf(r).toExtend<Result<DecimalString>>()
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<DecimalString>()
      expectTypeOf(r).not.toHaveProperty('problem')
    } else {
      expectTypeOf(r.findings).toEqualTypeOf<readonly Finding[]>()
      expectTypeOf(r).not.toHaveProperty('data')
    }
    expect(r.success && r.data).toBe('6211.89')
  })

  it('convertAmount is a Result of a decimal string', () => {
    expectTypeOf(convertAmount('1', '元', '万元')).toEqualTypeOf<Result<DecimalString>>()
  })

  it('rate results carry the ratio in data and the reason on failure', () => {
    const r = budgetCompletionRateResult({ adjustedBudget: '0', actual: '1' })
    expectTypeOf(r).toExtend<Success<DecimalString> | Failure>()
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<DecimalString>()
    else expectTypeOf(r.reason).toEqualTypeOf<RateProblem>()
    expect(r.success ? r.data : r.reason).toBe('zero-denominator')
    const t = timeProgress('2021-06-30')
    if (t.success) expectTypeOf(t.date).toEqualTypeOf<string>()
  })

  it('spending progress, printed rates, formulas and forms share the shape', () => {
    const s = spendingProgress({ spentToDate: '1', budget: '2', date: '2021-06-30' })
    if (s.success) expectTypeOf(s.data.behind).toEqualTypeOf<boolean>()
    else expectTypeOf(s.findings).toEqualTypeOf<readonly Finding[]>()
    const p = parsePrintedRate('89.31%')
    if (p.success) expectTypeOf(p.data).toEqualTypeOf<DecimalString>()
    const f = evaluateFormula('a/b', { a: 1, b: 2 })
    if (f.success) expectTypeOf(f.data).toEqualTypeOf<DecimalString>()
    else expectTypeOf(f).toEqualTypeOf<Failure>()
    const form = parseSelfEvaluation(liwan2021Form)
    if (form.success) expectTypeOf(form.data).toEqualTypeOf<SelfEvaluation>()
    expect([p.success, f.success, form.success]).toEqual([true, true, true])
  })
})

describe('Evaluation narrows its form', () => {
  const e: Evaluation = evaluate(liwan2021Form)

  it('on outcome', () => {
    if (e.outcome === 'evaluated') expectTypeOf(e.form).toEqualTypeOf<SelfEvaluation>()
    else {
      expectTypeOf(e.form).toEqualTypeOf<null>()
      expectTypeOf(e.valid).toEqualTypeOf<false>()
      expectTypeOf(e.score).toEqualTypeOf<null>()
    }
    expect(e.outcome).toBe('evaluated')
  })

  it('on valid', () => {
    if (e.valid) {
      expectTypeOf(e.form).toEqualTypeOf<SelfEvaluation>()
      expectTypeOf(e.outcome).toEqualTypeOf<'evaluated'>()
    }
    expectTypeOf(e.form).toEqualTypeOf<SelfEvaluation | null>()
    expect(e.valid && e.form.department).toBe('广州市荔湾区机关事务管理局(部门)')
  })

  it('types the fields that used to be plain strings', () => {
    const i = e.indicators[0]
    expectTypeOf(i?.direction).toEqualTypeOf<Direction | undefined>()
    expectTypeOf(i?.actualSource).toEqualTypeOf<ActualSource | undefined>()
    expectTypeOf(i?.category).toEqualTypeOf<EvaluatedCategory | null | undefined>()
    const row = e.funding[0]
    expectTypeOf(row?.completionBasis).toEqualTypeOf<CompletionBasis | null | undefined>()
    expectTypeOf(row?.completionRate.undefinedReason).toEqualTypeOf<
      RateProblem | null | undefined
    >()
    expect(row?.completionBasis).toBe('initial-plus-adjustment')
  })
})
