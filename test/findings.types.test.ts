/**
 * Findings are typed by the catalogue: `Finding` is discriminated by `code`, each code's `params`
 * are those its messages print plus the extras the catalogue lists. The type tests check the
 * narrowing; the runtime tests check that what the emitters really pass is what the catalogue
 * (and so the generated types) says, over the seed and every public form.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { makeFinding } from '../src/findings/index'
import {
  evaluate,
  type Finding,
  type FindingCode,
  type FindingParam,
  type FindingParamsMap,
  isFindingCode,
  type LocatedFinding,
  liwan2021Form,
  parseAmount,
  RULES_DOCS,
  ruleDocsUrl,
  rules,
  toPointer,
  validate,
} from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

describe('Finding types', () => {
  it('narrows params by code', () => {
    const findings = evaluate(liwan2021Form).findings
    expectTypeOf(findings).toEqualTypeOf<readonly LocatedFinding[]>()
    const f = findings[0]
    if (f?.code === 'BUDGET_COMPLETION_LOW') {
      expectTypeOf(f.params.rate).toEqualTypeOf<string | null>()
      expectTypeOf(f.params.threshold).toEqualTypeOf<string | null>()
      // @ts-expect-error — not a param of BUDGET_COMPLETION_LOW
      expect(f.params.reported).toBeUndefined()
    }
    if (f?.code === 'FUNDING_TOTAL_EMPTY') expectTypeOf(f.params.sources).toEqualTypeOf<number>()
    if (f?.code === 'SUBROW_UNITS_MIXED') {
      expectTypeOf(f.params.units).toEqualTypeOf<readonly string[]>()
    }
    if (f?.code === 'SCHEMA_INVALID') {
      expectTypeOf(f.params.keys).toEqualTypeOf<readonly string[] | undefined>()
    }
    expectTypeOf<Finding<'EVIDENCE_MISSING'>['params']>().toEqualTypeOf<
      Readonly<{ readonly indicator: string; readonly basis: string }>
    >()
  })

  it('rejects a misspelt code', () => {
    expectTypeOf<'EVIDENCE_MISSING'>().toExtend<FindingCode>()
    expectTypeOf<'EVIDENCE_MISING'>().not.toExtend<FindingCode>()
    const findings: readonly Finding[] = validate(liwan2021Form)
    // @ts-expect-error — no such code: the comparison has no overlap
    expect(findings.filter((f) => f.code === 'EVIDENCE_MISING')).toEqual([])
    // @ts-expect-error — no such code in the params map
    type Misspelt = FindingParamsMap['EVIDENCE_MISING']
    expectTypeOf<Misspelt>().toBeAny()
  })

  it('types the internal makeFinding by the map: a forgotten or misspelt param does not compile', () => {
    const ok = makeFinding('BUDGET_COMPLETION_LOW', ['funding', 0], {
      rate: '89.31%',
      threshold: '90.00%',
    })
    expectTypeOf(ok).toEqualTypeOf<Finding<'BUDGET_COMPLETION_LOW'>>()
    expect([ok.pointer, ok.message]).toEqual([
      '/funding/0',
      '预算完成率 89.31% 低于 90.00%，应说明原因',
    ])
    // @ts-expect-error — 'rat' is not a param of the code
    makeFinding('BUDGET_COMPLETION_LOW', [], { rat: '1%', threshold: '90%' })
    // @ts-expect-error — threshold forgotten
    makeFinding('BUDGET_COMPLETION_LOW', [], { rate: '1%' })
    // @ts-expect-error — a number where the catalogue says string
    makeFinding('EVIDENCE_MISSING', [], { indicator: 1, basis: '' })
    // @ts-expect-error — no such code
    makeFinding('BUDGET_COMPLETION_LOOW', [], {})
  })

  it('keeps a finding parsed from JSON assignable, and narrows a stored code with isFindingCode', () => {
    const back = JSON.parse(JSON.stringify(validate(liwan2021Form)))
    const findings: readonly Finding[] = back
    expect(findings.length).toBe(validate(liwan2021Form).length)
    const stored: { code: string } = { code: 'EVIDENCE_MISSING' }
    if (isFindingCode(stored.code)) expectTypeOf(stored.code).toEqualTypeOf<FindingCode>()
    expect(isFindingCode(stored.code)).toBe(true)
    expect(isFindingCode('EVIDENCE_MISING')).toBe(false)
  })

  it('types the params of the catalogue and the generated map alike', () => {
    expectTypeOf<FindingParamsMap['FORMULA_TOO_LONG']>().toEqualTypeOf<{
      readonly length: number
      readonly maxLength: number
      readonly text: string
    }>()
    expect(rules.find((r) => r.code === 'FORMULA_TOO_LONG')?.params).toEqual({
      length: 'number',
      maxLength: 'number',
      text: 'string',
    })
    expect(rules.find((r) => r.code === 'EVIDENCE_MISSING')?.params).toEqual({
      indicator: 'string',
      basis: 'string',
    })
  })
})

/** Every input the tests have: the seed and the public forms of both batches. */
function corpus(): { name: string; input: unknown }[] {
  return [
    { name: 'liwan-2021', input: liwan2021Form },
    ...Object.entries(publicForms).map(([name, f]) => ({ name, input: toInput(f) })),
    ...Object.entries(batch2).map(([name, f]) => ({ name, input: toInput2(f) })),
    // Input that is not a form, and a form with unknown and unreadable cells.
    { name: 'not-a-form', input: { kind: 'project' } },
    {
      name: 'damaged',
      input: {
        kind: 'project',
        department: '某局',
        fiscalYear: '2021年',
        unit: '（万元）',
        fundng: [],
        funding: [{ source: 'total', initialBudget: 'M.8', adjustedBudget: '100', actual: '80' }],
        indicators: [{ name: '完成数量', target: '≥10个', actual: '8个', weight: '20%' }],
      },
    },
  ]
}

function typeOf(value: FindingParam | undefined): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'readonly string[]'
  return typeof value
}

describe('params as emitted', () => {
  const byCode = new Map(rules.map((r) => [r.code, r.params]))
  const seen = new Map<string, Finding>()
  for (const { input } of corpus()) {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const f of evaluate(input, { locale }).findings) seen.set(`${f.code}|${f.pointer}`, f)
    }
  }

  it('covers a good part of the catalogue', () => {
    const codes = new Set([...seen.values()].map((f) => f.code))
    expect(codes.size).toBeGreaterThan(30)
  })

  it('carries exactly the params the catalogue lists, of the types it gives', () => {
    const wrong: string[] = []
    for (const f of seen.values()) {
      const declared = byCode.get(f.code) ?? {}
      const params = f.params as Readonly<Record<string, FindingParam>>
      for (const [name, value] of Object.entries(params)) {
        const type = declared[name] ?? declared[`${name}?`]
        if (type === undefined) wrong.push(`${f.code}.${name}: not in the catalogue`)
        else if (type !== 'FindingParam' && !type.split(' | ').includes(typeOf(value))) {
          wrong.push(`${f.code}.${name}: ${typeOf(value)} is not ${type}`)
        }
      }
      for (const name of Object.keys(declared)) {
        if (!name.endsWith('?') && !Object.hasOwn(params, name)) {
          wrong.push(`${f.code}.${name}: missing`)
        }
      }
    }
    expect([...new Set(wrong)].sort()).toEqual([])
  })

  it('leaves no placeholder unfilled in a message', () => {
    const unfilled = [...seen.values()].filter((f) => /\{[A-Za-z0-9_]+\}/.test(f.message))
    expect(unfilled.map((f) => `${f.code}: ${f.message}`)).toEqual([])
  })
})

describe('pointer and docs', () => {
  it('gives every finding its JSON Pointer and its rule link', () => {
    const findings = evaluate(liwan2021Form).findings
    for (const f of findings) {
      expect(f.pointer).toBe(toPointer(f.path))
      expect(f.docs).toBe(`docs/rules.md#${f.code.toLowerCase()}`)
    }
    const evidence = findings.find(
      (f) => f.code === 'EVIDENCE_MISSING' && f.pointer === '/tasks/1/indicators/1',
    )
    expect(evidence?.path).toEqual(['tasks', 1, 'indicators', 1])
  })

  it('escapes ~ and / as RFC 6901 says', () => {
    expect(toPointer(['extensions', 'a/b', 'c~d', 0])).toBe('/extensions/a~1b/c~0d/0')
    expect(toPointer(['~1'])).toBe('/~01')
    expect(toPointer([''])).toBe('/')
    expect(toPointer([])).toBe('')
  })

  it('links to the heading docs/rules.md has for the code', () => {
    expect(RULES_DOCS).toBe('docs/rules.md')
    expect(ruleDocsUrl('BUDGET_COMPLETION_LOW')).toBe('docs/rules.md#budget_completion_low')
    const r = parseAmount('M.8')
    const f = r.success ? null : r.findings[0]
    expect(f ? [f.code, f.pointer, f.docs] : null).toEqual([
      'AMOUNT_UNPARSEABLE',
      '',
      'docs/rules.md#amount_unparseable',
    ])
  })
})
