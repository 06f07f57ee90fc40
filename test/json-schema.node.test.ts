import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { liwan2021Form, selfEvaluationJsonSchema } from '../src/index'

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
