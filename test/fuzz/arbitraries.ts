/**
 * The standing fuzz suite's shared pieces (issue 18): hostile inputs, real forms to mutate, and the
 * checks every public export must pass on anything a user hands it: no throw, no NaN or Infinity
 * anywhere in the output, output that is plain JSON, the same output on a second call, input left
 * untouched (inputs are deep-frozen, so a write throws, and compared with a snapshot), and
 * Object.prototype left alone.
 *
 * FUZZ_RUNS sets the runs of a cheap property (default 25, so CI stays well under a minute);
 * costlier properties divide it by their cost. `npm run fuzz` (scripts/fuzz.mjs) raises it and
 * collects how many inputs each export saw from FUZZ_COUNT_FILE.
 */
import { appendFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, expect } from 'vitest'
import liwan from '../../examples/liwan-2021.json' with { type: 'json' }
import { type Evaluation, evaluate } from '../../src/index'
import { publicForms, toInput } from '../helpers/public-forms'
import { batch2, kpiRows, toInput2 } from '../helpers/public-forms-batch2'

export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 25) || 25)

/** A long run (npm run fuzz) gets no per-test timeout; CI's short run gets a generous one. */
export const TIMEOUT = RUNS > 25 ? 24 * 3600_000 : 60_000

/** Runs of a property whose one input costs `cost` cheap ones. */
export function runs(cost = 1): number {
  return Math.max(1, Math.round(RUNS / cost))
}

const counts = new Map<string, number>()
afterAll(() => {
  const file = process.env.FUZZ_COUNT_FILE
  if (!file) return
  for (const [name, n] of counts) appendFileSync(file, `${JSON.stringify({ name, n })}\n`)
})

/** Counts one input fed to an export, for `npm run fuzz`'s per-export tally. */
export function count(name: string, n = 1): void {
  counts.set(name, (counts.get(name) ?? 0) + n)
}

// ---------------------------------------------------------------------------------------------
// Strings

const FULL_WIDTH = '０１２３４５６７８９．％＋－＜＞＝，：（）'
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e']
const BIDI = ['\u202e', '\u202d', '\u200f', '\u200e', '\u202b', '\u2066', '\u2069']
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '😀'.slice(1)]
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\t', '\v', '\f', '\u0085', '\u3000']
const COMPARATORS = [
  '≥',
  '≤',
  '>=',
  '<=',
  '>',
  '<',
  '=',
  '≧',
  '≦',
  '＞',
  '＜',
  '≠',
  '不低于',
  '不高于',
  '大于',
  '小于',
  '以上',
  '以下',
  '不超过',
  '至少',
  '达到',
  '约',
  '～',
  '~',
  '-',
  '—',
  '至',
]
const NUMBERS = [
  '0',
  '-0',
  '1',
  '100',
  '95',
  '99.9',
  '1e308',
  '1e309',
  '-1e308',
  '9007199254740993',
  '0.1',
  '.5',
  '5.',
  '1,000',
  '1，000',
  '6211. 89',
  '1e-7',
  '０',
  '一',
  '十',
  '百',
  '千',
  '万',
  '亿',
  '二十五',
  '零点五',
  '百分之九十',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  '²',
  '½',
  'Ⅻ',
  '٣',
  '१',
]
const UNITS = [
  '%',
  '％',
  '‰',
  '元',
  '万元',
  '亿元',
  '人',
  '人次',
  '个',
  '天',
  '日',
  '月',
  '年',
  '次',
  '户',
  '公里',
  'km',
  '㎡',
  '平方米',
  '分',
  '项',
  '家',
  '台',
  '套',
  '件',
]
const WORDS = [
  '全部完成',
  '基本完成',
  '按时完成',
  '达到预期',
  '达标',
  '合格',
  '满意',
  '显著',
  '提升',
  '降低',
  '减少',
  '增加',
  '有效',
  '无',
  '是',
  '否',
  '好',
  '良好',
  '优',
  '差',
  '未完成',
  '部分完成',
  '及时',
  '年底前',
  '12月底',
  '2021年12月31日',
  '2021-13-45',
  '第四季度',
  '长期',
  '持续',
  '逐步',
  '不适用',
  '/',
  '—',
  '≥95%',
  '100%',
  '≤5%',
  '=100%',
]
const FORMULA_BITS = [
  '+',
  '-',
  '*',
  '/',
  '×',
  '÷',
  '^',
  '(',
  ')',
  '（',
  '）',
  '=',
  '≥',
  '实际完成数',
  '计划数',
  '预算数',
  '完成率',
  '支出',
  'x',
  'y',
  '%',
  '100',
]
const TRICKS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '"',
  "'",
  '\\',
  '`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is one of the hostile pieces
  '${x}',
  '%s',
  '{name}',
  '\u0000',
  '\u001b[31m',
  '=cmd|',
  '@SUM(1)',
  '+1',
  ',',
  ';',
]

/** Every piece the hostile strings are made of. */
export const PIECES: readonly string[] = [
  ...Array.from(FULL_WIDTH),
  ...INVISIBLE,
  ...BIDI,
  ...SURROGATES,
  ...BREAKS,
  ...COMPARATORS,
  ...NUMBERS,
  ...UNITS,
  ...WORDS,
  ...FORMULA_BITS,
  ...TRICKS,
  ' ',
  '（',
  '）',
]

/** Names, targets, actuals and formulas from the real forms. */
export const REAL_STRINGS: readonly string[] = [
  ...new Set(
    kpiRows
      .flatMap((r) => [r.name, r.target, r.actual])
      .filter((s): s is string => typeof s === 'string' && s.length > 0),
  ),
]

const realString = fc.constantFrom(...REAL_STRINGS)

/** A real string with a few hostile pieces spliced in. */
const editedReal = fc
  .tuple(realString, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { maxLength: 4 }))
  .map(([s, edits]) => {
    let out = s
    for (const [at, piece] of edits) {
      const i = at % (out.length + 1)
      out = out.slice(0, i) + piece + out.slice(i)
    }
    return out
  })

/** Strings a form's cell could hold, and many no form should. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
    weight: 4,
  },
  { arbitrary: editedReal, weight: 3 },
  { arbitrary: realString, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  {
    // A long run of one piece: digits, comparators, breaks (thousands of characters).
    arbitrary: fc
      .tuple(fc.constantFrom(...PIECES, '9', '(', '≥1'), fc.integer({ min: 100, max: 5_000 }))
      .map(([p, n]) => p.repeat(n)),
    weight: 1,
  },
)

/** One-megabyte strings, built to be worst cases; few runs, as each is costly. */
export const hugeString: fc.Arbitrary<string> = fc
  .constantFrom(
    '9',
    '1.',
    '≥',
    '(',
    ')',
    '\n',
    '全部完成',
    '\u200b',
    '\ud800',
    '≥95%',
    '1+',
    '（1',
    'a b ',
  )
  .map((p) => p.repeat(Math.ceil(1_000_000 / p.length)))

// ---------------------------------------------------------------------------------------------
// Numbers and other values

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.1,
    0.5,
    1.5,
    99.99,
    100,
    1e308,
    -1e308,
    2 ** 53 - 1,
    2 ** 53 + 1,
    2 ** 53 + 2,
    -(2 ** 53) - 1,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    Number.MAX_VALUE,
    1e21,
    1e-7,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2021,
    2021.5,
    1e16,
  ),
  fc.double(),
  fc.integer(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
)

/** A decimal-looking string: what an amount cell should hold, at its edges. */
export const amountString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  hostileNumber.map((n) => String(n)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.nat({ max: 60 }))
    .map(([d, e]) => {
      const s = String(d < 0n ? -d : d).padStart(e + 1, '0')
      return `${d < 0n ? '-' : ''}${s.slice(0, s.length - e)}${e ? '.' : ''}${s.slice(s.length - e)}`
    }),
  hostileString,
)

/** What a RateAmount field may hold when a JavaScript caller is careless. */
export const amountValue: fc.Arbitrary<unknown> = fc.oneof(
  amountString,
  hostileNumber,
  fc.constantFrom(null, undefined, true, {}, [], ['1']),
)

let unique = 0

const KINDS = [
  'getter',
  'proxy',
  'proxy-lies',
  'cycle',
  'shared',
  'deep-object',
  'deep-array',
  'wide-array',
  'wide-object',
  'null-proto',
  'proto-keys',
  'holes',
  'date',
  'map',
  'boxed',
  'symbol-key',
] as const
/** The kinds that throw when read or lie about their length: only `unknown`-typed entries get them. */
const FIGHTING = new Set<string>(['getter', 'proxy', 'proxy-lies'])
// Every kind is drawn: a list claiming 10^9 items was left out while strict reading walked it
// (fixed: the strict reading reads every list's length first).
const DRAWN = KINDS

/**
 * Built fresh per run (each run freezes its input): objects that fight back.
 * getters that throw, proxies whose every trap throws, cycles, one child shared by every key 30
 * levels deep, 5,000-deep nesting, 10,000-wide arrays, null prototypes, hostile keys.
 */
export const hostileObject: fc.Arbitrary<unknown> = fc.constantFrom(...DRAWN).map(makeHostile)

/** The hostile objects that are still data (no throwing getter, no proxy): for typed entries. */
export const hostileData: fc.Arbitrary<unknown> = fc
  .constantFrom(...DRAWN.filter((k) => !FIGHTING.has(k)))
  .map(makeHostile)

function makeHostile(kind: (typeof KINDS)[number]): unknown {
  unique++
  switch (kind) {
    case 'getter':
      return Object.defineProperty({ a: 1 }, 'name', {
        enumerable: true,
        get: () => {
          throw new Error('getter')
        },
      })
    case 'proxy':
      // Symbol lookups and `in` answer (the test harness asks them); every read of a field throws.
      return new Proxy(
        {},
        {
          get: (_, k) => {
            if (typeof k === 'symbol') return undefined
            throw new Error('proxy get')
          },
          ownKeys: () => {
            throw new Error('proxy keys')
          },
          getOwnPropertyDescriptor: () => {
            throw new Error('proxy descriptor')
          },
        },
      )
    case 'proxy-lies':
      return new Proxy([] as unknown[], {
        get: (t, k): unknown => (k === 'length' ? 1e9 : Reflect.get(t, k)),
      })
    case 'cycle': {
      const o: Record<string, unknown> = { name: 'x', value: '1' }
      o.self = o
      o.list = [o]
      return o
    }
    case 'shared': {
      // Few objects, many paths: each level's three keys hold the same child, 30 levels deep
      // (3^24 paths within the tolerant reader's depth). evaluate copied every path and hung.
      let o: Record<string, unknown> = { name: 'x', value: '1' }
      for (let i = 0; i < 30; i++) o = { name: o, target: o, actual: o }
      return o
    }
    case 'deep-object': {
      let o: unknown = '1'
      for (let i = 0; i < 5_000; i++) o = { name: o }
      return o
    }
    case 'deep-array': {
      let o: unknown = '1'
      for (let i = 0; i < 5_000; i++) o = [o]
      return o
    }
    case 'wide-array':
      return Array.from({ length: 10_000 }, (_, i) => (i % 3 ? String(i) : { name: String(i) }))
    case 'wide-object':
      return Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))
    case 'null-proto':
      return Object.assign(Object.create(null), { name: '合格率', target: '≥95%', actual: '96%' })
    case 'proto-keys':
      return JSON.parse(
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":1,"valueOf":"x","hasOwnProperty":2}',
      ) as unknown
    case 'holes': {
      const holes: unknown[] = []
      holes[2] = '1'
      holes[4] = { name: 'x' }
      return holes
    }
    case 'date':
      return new Date(Number.NaN)
    case 'map':
      return new Map([['name', 'x']])
    case 'boxed':
      return Object('95%')
    default:
      return { [Symbol('s')]: 1, [`k${unique}`]: 1 }
  }
}

/** Anything at all a JavaScript caller could pass where form data is expected. */
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, 0n, 10n ** 30n), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: hostileObject, weight: 2 },
)

/** Anything a careless JavaScript caller could pass where a typed entry expects data. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, 0n), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: hostileData, weight: 2 },
)

/** A JSON-shaped value: what a form read from a file can hold. */
export const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: amountString, weight: 2 },
  { arbitrary: hostileNumber.filter(Number.isFinite), weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, '', [], {}), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
)

// ---------------------------------------------------------------------------------------------
// Real forms and their mutations

/** The seed and every public transcription, in the library's input format. */
export const REAL_FORMS: readonly unknown[] = [
  liwan,
  ...Object.values(publicForms).map(toInput),
  ...Object.values(batch2).map(toInput2),
]

/** Replaces, deletes or wraps the value at a path of a JSON tree; returns a new tree. */
export function edit(
  tree: unknown,
  path: readonly number[],
  op: 'set' | 'delete' | 'wrap',
  value: unknown,
): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') {
    return op === 'wrap' ? [tree] : value
  }
  const [head = 0, ...rest] = path
  if (Array.isArray(tree)) {
    if (tree.length === 0) return op === 'delete' ? tree : [value]
    const i = head % tree.length
    if (op === 'delete' && rest.length === 0) return tree.filter((_, j) => j !== i)
    return tree.map((v: unknown, j) => (j === i ? edit(v, rest, op, value) : v))
  }
  const entries = Object.entries(tree)
  if (entries.length === 0) return op === 'delete' ? tree : value
  const i = head % entries.length
  if (op === 'delete' && rest.length === 0)
    return Object.fromEntries(entries.filter((_, j) => j !== i))
  return Object.fromEntries(entries.map(([k, v], j) => [k, j === i ? edit(v, rest, op, value) : v]))
}

const oneEdit = fc.tuple(
  fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  fc.constantFrom<'set' | 'delete' | 'wrap'>('set', 'set', 'set', 'delete', 'wrap'),
  jsonLeaf,
)

/** A real form with 1–6 random cell edits (JSON only: what a file or a grid can give). */
export const mutatedForm: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat({ max: REAL_FORMS.length - 1 }), fc.array(oneEdit, { minLength: 1, maxLength: 6 }))
  .map(([i, edits]) =>
    edits.reduce((form, [path, op, v]) => edit(form, path, op, v), REAL_FORMS[i]),
  )

/** A real form with one field replaced by a hostile object (getter, proxy, cycle, deep nesting …). */
export const hostileForm: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.nat({ max: REAL_FORMS.length - 1 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    hostileObject,
  )
  .map(([i, path, value]) => edit(REAL_FORMS[i], path, 'set', value))

/** Any input an `unknown`-typed form function may meet. */
export const anyForm: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: mutatedForm, weight: 6 },
  { arbitrary: hostileForm, weight: 2 },
  { arbitrary: anything, weight: 1 },
  { arbitrary: fc.constantFrom(...REAL_FORMS), weight: 1 },
)

const evaluations = new Map<unknown, Evaluation>()
/** The evaluation of a real form, computed once. */
export function realEvaluation(i: number): Evaluation {
  const form = REAL_FORMS[i % REAL_FORMS.length]
  let e = evaluations.get(form)
  if (!e) {
    e = deepFreeze(evaluate(form))
    evaluations.set(form, e)
  }
  return e
}

/** Evaluations the downstream exports (report, review, batch, compare) get: of real and mutated forms. */
export const anEvaluation: fc.Arbitrary<Evaluation> = fc.oneof(
  fc.nat().map(realEvaluation),
  mutatedForm.map((f) => deepFreeze(evaluate(f))),
  anything.map((f) => deepFreeze(evaluate(f))),
)

// ---------------------------------------------------------------------------------------------
// The checks

/** Freezes a tree in place (what can be frozen: a proxy or a throwing getter is left as it is). */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) continue
    seen.add(v)
    try {
      for (const k of Reflect.ownKeys(v)) {
        const d = Reflect.getOwnPropertyDescriptor(v, k)
        if (d && 'value' in d) stack.push(d.value)
      }
      Object.freeze(v)
    } catch {
      // A proxy that throws from its traps stays unfrozen.
    }
  }
  return value
}

/** A snapshot of an input to compare after the call, or undefined when it cannot be cloned. */
export function snapshot(value: unknown): unknown {
  try {
    return { ok: structuredClone(value) }
  } catch {
    return undefined
  }
}

/** Same tree: Object.is on leaves, same own string keys, cycles allowed. */
export function sameTree(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (seen.get(a) === b) return true
  seen.set(a, b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime())
  }
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v]) => sameTree(v, b.get(k), seen))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false
    if (!sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen))
      return false
  }
  return true
}

/**
 * Where an output breaks the rules, or null: a NaN or an infinite number, a bigint, symbol or
 * function, an object that is not plain, or a cycle (JSON.stringify would throw).
 */
export function outputProblem(value: unknown): string | null {
  // An explicit stack, not recursion: a deep output must be reported, not overflow the checker.
  const onPath = new Set<object>()
  const stack: { v: unknown; path: string; leave?: object }[] = [{ v: value, path: '' }]
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { v, path, leave } = top
    if (leave !== undefined) {
      onPath.delete(leave)
      continue
    }
    switch (typeof v) {
      case 'number':
        if (!Number.isFinite(v)) return `${path}: ${v}`
        break
      case 'string':
      case 'boolean':
      case 'undefined':
        break
      case 'object': {
        if (v === null) break
        if (onPath.has(v)) return `${path}: cycle`
        const proto = Object.getPrototypeOf(v)
        if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
          return `${path}: not a plain object (${proto?.constructor?.name})`
        }
        onPath.add(v)
        stack.push({ v: undefined, path, leave: v })
        const entries = Object.entries(v)
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, child] = entries[i] as [string, unknown]
          stack.push({ v: child, path: `${path}/${k}` })
        }
        break
      }
      default:
        return `${path}: ${typeof v}`
    }
  }
  return null
}

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype]
const protoKeys = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).length).join(',')
const pristine = protoKeys()

/**
 * The checks of one call: `call` runs twice; both results must be well-formed JSON and equal,
 * the input unchanged, the prototypes untouched. Returns the first result.
 */
export function check<T>(
  name: string,
  input: unknown,
  call: () => T,
  options: { json?: boolean } = {},
): T {
  count(name)
  const before = snapshot(input)
  deepFreeze(input)
  const first = call()
  const second = call()
  if (options.json !== false) {
    const problem = outputProblem(first)
    expect(problem, `${name}: output`).toBeNull()
    expect(JSON.stringify(second), `${name}: second call`).toBe(JSON.stringify(first))
  } else {
    expect(second, `${name}: second call`).toEqual(first)
  }
  if (before !== undefined) {
    expect(sameTree(input, (before as { ok: unknown }).ok), `${name}: input changed`).toBe(true)
  }
  expect(protoKeys(), `${name}: prototypes`).toBe(pristine)
  expect(
    ({} as Record<string, unknown>).polluted,
    `${name}: Object.prototype polluted`,
  ).toBeUndefined()
  return first
}

/** Asserts a property with the suite's run count and seed. */
export function property<A>(arb: fc.Arbitrary<A>, predicate: (a: A) => void, cost = 1): void {
  fc.assert(fc.property(arb, predicate), { numRuns: runs(cost) })
}

/** Same, for an async predicate. */
export async function asyncProperty<A>(
  arb: fc.Arbitrary<A>,
  predicate: (a: A) => Promise<void>,
  cost = 1,
): Promise<void> {
  await fc.assert(fc.asyncProperty(arb, predicate), { numRuns: runs(cost) })
}
