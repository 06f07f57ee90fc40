/**
 * The tolerant reader's copy of the input assigns keys instead of defining each property (issue
 * 17), but for "__proto__". It must copy exactly as defineProperty on every key did: the same own
 * properties, in the same order, on plain objects.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toPlain } from '../src/schema/read'

function reference(value: unknown, depth: number): unknown {
  if (value === null) return null
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return Number.isFinite(value) ? value : String(value)
    case 'object': {
      if (depth >= 24) return undefined
      if (Array.isArray(value)) return value.map((item) => reference(item, depth + 1) ?? null)
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        const v = reference((value as Record<string, unknown>)[key], depth + 1)
        if (v !== undefined)
          Object.defineProperty(out, key, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          })
      }
      return out
    }
    default:
      return undefined
  }
}

/** Every own property with its descriptor, and the prototype, all the way down. */
function shape(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  return {
    proto:
      Object.getPrototypeOf(value) === Object.prototype ? 'Object' : String(Array.isArray(value)),
    props: Reflect.ownKeys(value).map((k) => {
      const d = Object.getOwnPropertyDescriptor(value, k)
      return [String(k), d?.enumerable, d?.writable, d?.configurable, shape(d?.value)]
    }),
  }
}

const KEY = fc.constantFrom('__proto__', 'constructor', 'toString', 'a', '0', '10', 'kind', '')

describe('toPlain: assignment copies as defineProperty did', () => {
  it('agrees on any nested value, "__proto__" keys included', () => {
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.boolean(), fc.double(), fc.constant(null), fc.constant(undefined)),
        fc.array(tie('tree'), { maxLength: 3 }),
        fc.dictionary(KEY, tie('tree'), { maxKeys: 4, noNullPrototype: true }),
      ),
    }))
    fc.assert(
      fc.property(tree, (value) => {
        expect(shape(toPlain(value, 0))).toEqual(shape(reference(value, 0)))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps "__proto__" as data, not as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown
    const copy = toPlain(input, 0) as Record<string, unknown>
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
