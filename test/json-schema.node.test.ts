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
    // A form is read as far as it goes: only the kind is required (and it is inferred by
    // evaluate when missing); a missing department, year or unit is a finding, not a rejection.
    expect(schema.required).toEqual(['kind'])
    const row = schema.properties.funding?.items?.properties ?? {}
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining([
        'source',
        'initialBudget',
        'adjustment',
        'adjustedBudget',
        'actual',
        'carryOver',
        'arrived',
        'balance',
      ]),
    )
    const indicator = schema.properties.indicators?.items?.properties ?? {}
    expect(Object.keys(indicator)).toEqual(
      expect.arrayContaining([
        'kind',
        'criterion',
        'targetParts',
        'parent',
        'coefficient',
        'reviews',
      ]),
    )
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['groups', 'basicData', 'fundingBreakdown', 'fundManagement']),
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
