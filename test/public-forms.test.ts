import { describe, expect, it } from 'vitest'
import { parseSelfEvaluation } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'

describe('public forms mapped into the schema', () => {
  it.each(Object.entries(publicForms))('%s parses', (_name, form) => {
    const r = parseSelfEvaluation(toInput(form))
    if (!r.success) expect(r.findings).toEqual([])
    expect(r.success).toBe(true)
  })

  it('keeps printed figures as printed and normalises amounts', () => {
    const r = parseSelfEvaluation(toInput(publicForms.lincang!))
    expect(r.success).toBe(true)
    if (!r.success) return
    expect(r.data.funding[0]).toMatchObject({
      source: 'total',
      adjustedBudget: '32.4',
      actual: '31.69',
      weight: '10',
      printed: { completionRate: '97.80%', score: '9' },
    })
    expect(r.data.indicators).toHaveLength(7)
  })

  it('keeps an OCR-damaged score as printed (银川 "IO")', () => {
    const r = parseSelfEvaluation(toInput(publicForms.yinchuan!))
    expect(r.success && r.data.indicators.find((i) => i.name === '保障人数')?.printed?.score).toBe(
      'IO',
    )
  })
})
