import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form } from '../src/index'

/** Replaces the value at a random path of a JSON tree by an arbitrary one. */
function mutate(tree: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value
  const [head = 0, ...rest] = path
  if (Array.isArray(tree)) {
    if (tree.length === 0) return value
    const i = head % tree.length
    return tree.map((v, j) => (j === i ? mutate(v, rest, value) : v))
  }
  const entries = Object.entries(tree)
  if (entries.length === 0) return value
  const i = head % entries.length
  return Object.fromEntries(entries.map(([k, v], j) => [k, j === i ? mutate(v, rest, value) : v]))
}

function wellFormed(e: ReturnType<typeof evaluate>): void {
  // Plain JSON: survives a round trip unchanged, with no NaN or Infinity anywhere.
  const json = JSON.stringify(e)
  expect(JSON.parse(json)).toEqual(e)
  expect(json).not.toMatch(/NaN|Infinity/)
  for (const f of e.findings) {
    expect(['error', 'warning', 'info']).toContain(f.severity)
    expect(f.message).not.toMatch(/\{\w+\}/)
  }
}

describe('evaluate on anything', () => {
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
