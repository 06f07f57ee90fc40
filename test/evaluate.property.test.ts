import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, rules } from '../src/index'

/** Replaces the value at a random path of a JSON tree by an arbitrary one. */
function mutate(tree: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value
  const [head = 0, ...rest] = path
  if (Array.isArray(tree)) {
    if (tree.length === 0) return value
    const i = head % tree.length
    return tree.map((v: unknown, j) => (j === i ? mutate(v, rest, value) : v))
  }
  const entries = Object.entries(tree)
  if (entries.length === 0) return value
  const i = head % entries.length
  return Object.fromEntries(entries.map(([k, v], j) => [k, j === i ? mutate(v, rest, value) : v]))
}

const templates = new Map(rules.map((r) => [r.code, r.message.en]))

/** Every number in a tree, so none can hide a NaN or an Infinity. */
function numbersIn(tree: unknown, out: number[] = []): number[] {
  if (typeof tree === 'number') out.push(tree)
  else if (tree !== null && typeof tree === 'object')
    for (const v of Object.values(tree)) numbersIn(v, out)
  return out
}

function wellFormed(e: ReturnType<typeof evaluate>): void {
  // Plain JSON: survives a round trip unchanged, with no NaN or Infinity anywhere.
  expect(JSON.parse(JSON.stringify(e))).toEqual(e)
  for (const n of numbersIn(e)) expect(Number.isFinite(n)).toBe(true)
  for (const f of e.findings) {
    expect(['error', 'warning', 'info']).toContain(f.severity)
    // Every placeholder of the rule's template has a param, so no message shows a raw {name}.
    const template = templates.get(f.code)
    expect(template, f.code).toBeDefined()
    for (const m of (template ?? '').matchAll(/\{(\w+)\}/g))
      expect(Object.keys(f.params)).toContain(m[1])
  }
}

// Hundreds of evaluations per property: the time they take is the benchmarks' business (bench/),
// not a test's, so a slow or loaded machine gets room instead of a timeout.
describe('evaluate on anything', { timeout: 60_000 }, () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const e = evaluate(value)
        wellFormed(e)
        if (!e.valid) expect(e.findings.some((f) => f.severity === 'error')).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on randomly mutated copies of the seed, and never mutates them', () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom(
        '',
        '-',
        '一',
        '0',
        '0.00%',
        'IO',
        'M.8',
        '≥',
        '（',
        '6211. 89',
        '1e309',
        '__proto__',
      ),
      fc.double(),
    )
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), leaf, (path, value) => {
        const input = mutate(liwan2021Form, path, value)
        const before = JSON.stringify(input)
        const e = evaluate(input)
        wellFormed(e)
        expect(JSON.stringify(input)).toBe(before)
      }),
      { numRuns: 300 },
    )
  })

  it('evaluates forms whose texts and amounts are arbitrary, never throwing', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '≥95%',
        '0起',
        '≦10次',
        '90%-100%',
        '9月前',
        '提升',
        '未开展',
        '延期',
        '100',
        '-',
      ),
    )
    const amount = fc.oneof(
      fc
        .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
        .map((n) => `${n / 100n}.${(n < 0n ? -n : n) % 100n}`),
      fc.constantFrom('0', '0.00', '-0.01'),
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ target: text, actual: text, formula: text, weight: fc.option(fc.nat(100)) }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        amount,
        amount,
        amount,
        (indicators, initialBudget, adjustment, actual) => {
          const form = structuredClone(liwan2021Form) as Record<string, unknown>
          form.funding = [{ source: 'total', initialBudget, adjustment, actual, weight: '10' }]
          form.tasks = [
            {
              name: '任务1',
              indicators: indicators.map((i, n) => ({
                name: `指标${n}`,
                target: i.target,
                actual: i.actual,
                formula: i.formula,
                ...(i.weight === null ? {} : { weight: String(i.weight) }),
              })),
            },
          ]
          const e = evaluate(form)
          expect(e.valid).toBe(true)
          wellFormed(e)
          expect(e.indicators).toHaveLength(indicators.length)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('never throws in English or under every scheme', () => {
    for (const scheme of [
      'mof-2020-project',
      'hubei-department',
      'liwan-2021-department',
    ] as const) {
      const e = evaluate(liwan2021Form, { scheme, locale: 'en' })
      wellFormed(e)
      expect(e.summary.completionRate).toBe('89.31%')
    }
  })
})
