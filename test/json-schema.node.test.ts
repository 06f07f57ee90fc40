import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, selfEvaluationJsonSchema } from '../src/index'

describe('docs/self-evaluation.schema.json', () => {
  it('is the current schema (npm run build regenerates it)', () => {
    const file = readFileSync(
      new URL('../docs/self-evaluation.schema.json', import.meta.url),
      'utf8',
    )
    expect(JSON.parse(file)).toEqual(selfEvaluationJsonSchema())
  })

  it('describes the form a non-TypeScript app would send: required fields and the funding shape', () => {
    const schema = selfEvaluationJsonSchema() as {
      required: string[]
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>
    }
    expect(schema.required).toEqual(['kind', 'department', 'fiscalYear', 'unit'])
    const row = schema.properties.funding?.items?.properties ?? {}
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining(['source', 'initialBudget', 'adjustment', 'adjustedBudget', 'actual']),
    )
    // The seed's OCR-spaced amounts are strings the schema accepts as written.
    const first = liwan2021Form.funding?.[0]
    expect(first?.initialBudget).toBe('6211. 89')
  })
})

describe('docs/form.md', () => {
  it('shows a minimal form that parses and evaluates as it says', () => {
    const text = readFileSync(new URL('../docs/form.md', import.meta.url), 'utf8')
    const json = /```json\n([\s\S]*?)\n```/.exec(text)?.[1] ?? ''
    const e = evaluate(JSON.parse(json))
    expect(e.valid).toBe(true)
    expect(e.summary.completionRate).toBe('97.81%')
    expect(e.findings.map((f) => f.code)).toEqual([
      'REPORTED_RATE_CONVENTION',
      'SCORE_PRINTED_DIFFERS',
    ])
  })
})
