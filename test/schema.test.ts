import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { liwan2021Form, parseSelfEvaluation, SelfEvaluationSchema } from '../src/index'

/** Replaces the node that a path of indexes (taken modulo each level's size) leads to. */
function setAt(tree: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value
  const [head = 0, ...rest] = path
  const keys = Object.keys(tree)
  if (keys.length === 0) return value
  const key = keys[head % keys.length]!
  const node = tree as Record<string, unknown>
  node[key] = setAt(node[key], rest, value)
  return tree
}

const minimal = { kind: 'department-overall', department: '某局', fiscalYear: 2021, unit: '万元' }

describe('parseSelfEvaluation', () => {
  it('fills empty lists and keeps printed figures as printed', () => {
    const r = parseSelfEvaluation({
      ...minimal,
      funding: [
        {
          source: 'total',
          initialBudget: '6211. 89',
          adjustment: 327.17,
          actual: '５８４０．１８',
          printed: { completionRate: '89. 31%', adjustmentRate: '5. 27%' },
        },
      ],
    })
    expect(r.success).toBe(true)
    if (!r.success) return
    expect(r.data.tasks).toEqual([])
    expect(r.data.indicators).toEqual([])
    expect(r.data.funding[0]).toEqual({
      source: 'total',
      initialBudget: '6211.89',
      adjustment: '327.17',
      actual: '5840.18',
      printed: { completionRate: '89. 31%', adjustmentRate: '5. 27%' },
    })
  })

  it('treats placeholder cells as not printed', () => {
    const r = parseSelfEvaluation({
      ...minimal,
      funding: [{ source: 'carry-over', initialBudget: '', adjustment: '-', actual: '—' }],
    })
    expect(r.success && r.data.funding[0]).toEqual({ source: 'carry-over' })
  })

  it('reports an unreadable amount with its own code and path', () => {
    const r = parseSelfEvaluation({
      ...minimal,
      tasks: [{ name: '任务1', funds: 'M.8' }],
    })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0]).toMatchObject({
      code: 'AMOUNT_UNPARSEABLE',
      severity: 'error',
      path: ['tasks', 0, 'funds'],
      params: { text: 'M.8', problem: 'not-a-number' },
    })
    expect(r.findings[0]?.message).toBe('金额“M.8”无法识别：不是数字')
  })

  it('reports schema errors naming the cell by its printed label, zh-CN by default and English on request', () => {
    const bad = { ...minimal, fiscalYear: 20.21, unit: '美元', intialBudget: 1 }
    const zh = parseSelfEvaluation(bad)
    const en = parseSelfEvaluation(bad, { locale: 'en' })
    expect(zh.success || en.success).toBe(false)
    if (zh.success || en.success) return
    expect(zh.findings.map((f) => f.path)).toEqual([['fiscalYear'], ['unit'], []])
    expect(zh.findings.every((f) => f.code === 'SCHEMA_INVALID')).toBe(true)
    expect(zh.findings[0]?.message).toBe('年度：应为整数，实际为数字')
    expect(zh.findings[1]?.message).toBe('金额单位：应为以下之一：“元”、“万元”、“亿元”')
    expect(en.findings[1]?.message).toBe('amount unit: must be one of "元", "万元", "亿元"')
    expect(zh.findings[2]?.message).toBe('表单：有未知字段：intialBudget')
    const third = en.findings[2]
    expect(third?.code === 'SCHEMA_INVALID' && third.params.keys).toEqual(['intialBudget'])
  })

  it('never mutates its input', () => {
    const input = { ...minimal, funding: [{ source: 'total', initialBudget: '6211. 89' }] }
    const copy = structuredClone(input)
    parseSelfEvaluation(input)
    expect(input).toEqual(copy)
  })

  it('rejects what is not an object', () => {
    for (const value of [null, undefined, 42, 'form', [], true]) {
      const r = parseSelfEvaluation(value)
      expect(r.success).toBe(false)
      if (!r.success) expect(r.findings[0]?.code).toBe('SCHEMA_INVALID')
    }
  })

  it('turns a throwing getter into a finding, not an exception', () => {
    const evil = Object.defineProperty({ ...minimal }, 'department', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const r = parseSelfEvaluation(evil)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.findings[0]?.code).toBe('INPUT_UNREADABLE')
  })

  it('never throws on arbitrary JSON, and every finding is well formed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseSelfEvaluation(value)
        if (r.success) return
        for (const f of r.findings) {
          expect(typeof f.code).toBe('string')
          expect(['error', 'warning', 'info']).toContain(f.severity)
          expect(Array.isArray(f.path)).toBe(true)
          expect(f.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on form-shaped objects with arbitrary field values', () => {
    const field = fc.oneof(fc.jsonValue(), fc.string(), fc.double(), fc.constant(undefined))
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.oneof(fc.constant('project'), field),
          department: field,
          fiscalYear: fc.oneof(fc.integer(), field),
          unit: fc.oneof(fc.constantFrom('元', '万元', '亿元'), field),
          funding: fc.array(
            fc.record({ source: field, initialBudget: field, actual: field }, { requiredKeys: [] }),
          ),
        }),
        (value) => {
          expect(() => parseSelfEvaluation(value)).not.toThrow()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on mutated copies of the seed, and keeps them intact', () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('', '-', 'IO', 'M.8', '６２１１．８９', '6211. 89', '1.2.3', '89. 31%'),
    )
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), leaf, (path, value) => {
        const input = setAt(structuredClone(liwan2021Form), path, value)
        const before = JSON.stringify(input)
        const r = parseSelfEvaluation(input)
        expect(JSON.stringify(input)).toBe(before)
        if (!r.success) for (const f of r.findings) expect(f.path.length).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 300 },
    )
  })

  it('parses to the same result as the bare schema on valid input', () => {
    const bare = SelfEvaluationSchema.safeParse(minimal)
    const ours = parseSelfEvaluation(minimal)
    expect(ours.success && bare.success && ours.data).toEqual(bare.data)
  })
})
