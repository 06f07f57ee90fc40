/**
 * renderReport documents that it takes an evaluation parsed back from JSON. JSON edited by hand or
 * by another program can hold anything anywhere: each edit below replaces one node of a real
 * evaluation with a hostile value, and every format must still render, in both locales.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../src/index'
import { evaluate, liwan2021Form, renderReport } from '../src/index'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const base = JSON.parse(JSON.stringify(evaluate(liwan2021Form))) as Json

/** Every path to a node of the tree, root excluded. */
function pathsOf(node: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      out.push([...prefix, i])
      pathsOf(child, [...prefix, i], out)
    })
  } else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      out.push([...prefix, key])
      pathsOf(child, [...prefix, key], out)
    }
  }
  return out
}
const PATHS = pathsOf(base)

function edited(path: readonly (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(base)
  let node = copy as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  const last = path[path.length - 1]!
  if (value === undefined) Reflect.deleteProperty(node, last)
  else node[last] = value
  return copy
}

const hostile = fc.constantFrom<Json | undefined>(
  undefined,
  null,
  {},
  [],
  [null],
  [{}],
  '',
  'done',
  '<script>alert(1)</script>',
  -1,
  1e308,
  0.5,
  true,
  { met: 'x' },
  { __proto__: 1 } as unknown as Json,
)

describe('renderReport on an evaluation edited after JSON', () => {
  it('renders the three reproductions of issue 18 in every format', () => {
    const e = structuredClone(base) as Record<string, Json[]>
    ;(e.indicators?.[0] as Record<string, Json>).status = 'done'
    e.findings![0] = {}
    ;(e.tasks?.[0] as Record<string, Json>).statusCounts = null
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = renderReport(e as unknown as Evaluation, { format })
      expect(out).toContain('89.31%')
    }
  })

  it('every node replaced by a hostile value still renders, in both locales', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        hostile,
        fc.constantFrom('text', 'markdown', 'html' as const),
        fc.constantFrom('zh-CN', 'en' as const),
        (path, value, format, locale) => {
          const input = edited(path, value) as unknown as Evaluation
          const out = renderReport(input, { format, locale })
          expect(typeof out).toBe('string')
          if (format === 'html') expect(out).not.toContain('<script>alert')
          expect(out).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/)
        },
      ),
      { numRuns: 150 },
    )
  })
})
