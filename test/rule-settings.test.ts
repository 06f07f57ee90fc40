/**
 * Rule settings, as in eslint: `rules: { CODE: 'off' | 'info' | 'warning' | 'error' }` for
 * `evaluate` and `validate`, applied after every finding is made, with `valid` and the summary
 * following. Figures from the Liwan 2021 form: 17 findings by default — 4 warnings (one
 * BUDGET_COMPLETION_LOW, three formula warnings) and 13 infos, 9 of them EVIDENCE_MISSING.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, OptionError, type RuleSettings, validate } from '../src/index'

const count = (rules: RuleSettings | undefined, code: string) =>
  evaluate(liwan2021Form, { rules }).findings.filter((f) => f.code === code)

describe('rule settings on the Liwan 2021 form', () => {
  it('fires with the defaults: 9 EVIDENCE_MISSING infos, valid', () => {
    const e = evaluate(liwan2021Form)
    expect(count(undefined, 'EVIDENCE_MISSING').map((f) => f.severity)).toEqual(
      Array(9).fill('info'),
    )
    expect([e.valid, e.summary.errors, e.summary.warnings, e.summary.infos]).toEqual([
      true,
      0,
      4,
      13,
    ])
  })

  it("is quiet with 'off': none of the rule's findings, the counts follow", () => {
    const e = evaluate(liwan2021Form, { rules: { EVIDENCE_MISSING: 'off' } })
    expect(e.findings.some((f) => f.code === 'EVIDENCE_MISSING')).toBe(false)
    expect([e.valid, e.summary.errors, e.summary.warnings, e.summary.infos]).toEqual([
      true,
      0,
      4,
      4,
    ])
    expect(e.findings).toHaveLength(8)
  })

  it("makes the form invalid with 'error', and sorts the new errors first", () => {
    const e = evaluate(liwan2021Form, { rules: { EVIDENCE_MISSING: 'error' } })
    expect([e.valid, e.summary.errors, e.summary.warnings, e.summary.infos]).toEqual([
      false,
      9,
      4,
      4,
    ])
    expect(e.findings.slice(0, 9).every((f) => f.code === 'EVIDENCE_MISSING')).toBe(true)
    expect(e.findings[0]?.severity).toBe('error')
  })

  it('raises and lowers severities of several rules at once', () => {
    const e = evaluate(liwan2021Form, {
      rules: { BUDGET_COMPLETION_LOW: 'error', TEXT_GARBLED: 'warning', EVIDENCE_MISSING: 'info' },
    })
    expect(e.findings[0]?.code).toBe('BUDGET_COMPLETION_LOW')
    expect([e.valid, e.summary.errors, e.summary.warnings, e.summary.infos]).toEqual([
      false,
      1,
      7,
      9,
    ])
    // A rule set to its own default changes nothing.
    expect(e.findings.filter((f) => f.code === 'EVIDENCE_MISSING')).toEqual(
      count(undefined, 'EVIDENCE_MISSING'),
    )
  })

  it('applies to validate alike', () => {
    expect(validate(liwan2021Form, { rules: { EVIDENCE_MISSING: 'off' } })).toHaveLength(8)
    expect(validate(liwan2021Form, { rules: { TEXT_GARBLED: 'error' } })[0]?.code).toBe(
      'TEXT_GARBLED',
    )
  })

  it('applies to an input that is not a form', () => {
    const e = evaluate({ kind: 'project' }, { rules: { INPUT_NOT_A_FORM: 'warning' } })
    expect([e.outcome, e.valid, e.summary.errors, e.summary.warnings]).toEqual([
      'not-a-form',
      false,
      0,
      1,
    ])
  })
})

describe('rule settings are options: a bad one throws OptionError', () => {
  function error(rules: unknown): OptionError {
    try {
      evaluate(liwan2021Form, { rules: rules as RuleSettings })
    } catch (e) {
      if (e instanceof OptionError) return e
      throw e
    }
    throw new Error('did not throw')
  }

  it('names an unknown code and suggests the nearest', () => {
    const e = error({ EVIDENCE_MISING: 'off' })
    expect(e.option).toBe('rules.EVIDENCE_MISING')
    expect(e.function).toBe('evaluate')
    expect(e.message).toContain('did you mean "EVIDENCE_MISSING"?')
    expect(error({ evidence_missing: 'off' }).message).toContain('"EVIDENCE_MISSING"')
    expect(error({ NOTHING_LIKE_IT: 'off' }).message).not.toContain('did you mean')
  })

  it('names an unknown setting, numbers included', () => {
    const e = error({ EVIDENCE_MISSING: 'warn' })
    expect([e.option, e.received, e.allowed]).toEqual([
      'rules.EVIDENCE_MISSING',
      'warn',
      ['off', 'info', 'warning', 'error'],
    ])
    expect(error({ EVIDENCE_MISSING: 0 }).received).toBe(0)
    expect(error({ EVIDENCE_MISSING: 2 }).option).toBe('rules.EVIDENCE_MISSING')
  })

  it('wants an object', () => {
    expect(error(['EVIDENCE_MISSING']).option).toBe('rules')
    expect(error('off').option).toBe('rules')
    expect(() => evaluate(liwan2021Form, { rules: {} })).not.toThrow()
  })

  it('rejects a misspelt code at compile time too', () => {
    // @ts-expect-error — not a code of the catalogue
    const rules: RuleSettings = { EVIDENCE_MISING: 'off' }
    expect(Object.keys(rules)).toEqual(['EVIDENCE_MISING'])
    // @ts-expect-error — not a setting
    const setting: RuleSettings = { EVIDENCE_MISSING: 'warn' }
    expect(setting.EVIDENCE_MISSING).toBe('warn')
  })
})
