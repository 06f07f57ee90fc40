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

describe('titles and descriptions (src/schema/form-docs.ts)', () => {
  interface Node {
    title?: string
    description?: string
    'x-i18n'?: Record<string, { title: string; description: string }>
    properties?: Record<string, Node>
    items?: Node
  }
  const schema = selfEvaluationJsonSchema() as unknown as Node & { $id: string }

  /** Paths of the properties, at every depth, that lack a title, a description or a language. */
  function undescribed(node: Node, at: string): string[] {
    return Object.entries(node.properties ?? {}).flatMap(([key, p]) => {
      const i18n = p['x-i18n']
      const complete =
        p.title !== undefined &&
        p.description !== undefined &&
        i18n?.['zh-CN']?.title !== undefined &&
        i18n.en?.description !== undefined
      return [...(complete ? [] : [`${at}.${key}`]), ...undescribed(p.items ?? p, `${at}.${key}`)]
    })
  }

  it('gives every field, at every depth, a title and a description in zh-CN and en', () => {
    expect(undescribed(schema, '')).toEqual([])
    const row = schema.properties?.funding?.items?.properties?.initialBudget
    expect(row?.title).toBe('年初预算数 / initial budget')
    expect(row?.description).toBe('B₀, the budget approved at the start of the year.')
    expect(row?.['x-i18n']?.['zh-CN']?.description).toBe('年初批复的预算数 B₀。')
    // Nested three levels down: indicators → evidence → kind; and an array of inline objects.
    const evidence = schema.properties?.indicators?.items?.properties?.evidence?.items
    expect(evidence?.properties?.kind?.title).toBe('材料类型 / kind')
    const items = schema.properties?.fundingBreakdown?.properties?.byIncome?.properties?.items
    expect(items?.items?.properties?.amount?.title).toBe('金额 / amount')
  })

  it('has a stable identifier that claims no web address', () => {
    expect(schema.$id).toBe('urn:lw:perf-eval:self-evaluation')
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
