/**
 * fillTemplate splits each template at its placeholders once and keeps the parts (issue 17). It
 * must fill exactly as the one-regex replace it replaced, for any template and parameters.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillTemplate } from '../src/i18n/index'

function reference(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole
    const value = params[name]
    if (value === null || value === undefined) return '—'
    if (Array.isArray(value)) return value.map(String).join(', ')
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return JSON.stringify(value)
  })
}

// Braces, names that are and are not parameters, characters a name cannot hold, `$` patterns
// that String.replace would interpret in a replacement string.
const ALPHABET = ['{', '}', 'rate', 'x', 'a_1', '-', ' ', '率', '$&', '$1', '{}', 'toString']
const NAMES = ['rate', 'x', 'a_1', 'toString', 'constructor']
const VALUE = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('$&', '$1', '{rate}'),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 })), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('k', 'v'), fc.integer(), { maxKeys: 2 }),
)

describe('fillTemplate: the compiled template fills as the replace did', () => {
  it('agrees on any template and parameters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 16 }),
        fc.dictionary(fc.constantFrom(...NAMES), VALUE, { maxKeys: 4 }),
        (parts, params) => {
          const template = parts.join('')
          // Twice: the second call reads the kept parts.
          expect(fillTemplate(template, params)).toBe(reference(template, params))
          expect(fillTemplate(template, params)).toBe(reference(template, params))
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('fills a catalogue-style message', () => {
    expect(
      fillTemplate('执行率{rate}低于{threshold}', { rate: '89.31%', threshold: '90.00%' }),
    ).toBe('执行率89.31%低于90.00%')
    expect(fillTemplate('{unknown} {rate}', { rate: null })).toBe('{unknown} —')
  })
})
