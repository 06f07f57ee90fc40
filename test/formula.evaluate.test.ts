import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateFormula, parseFormula } from '../src/index'

describe('evaluateFormula on the seed formulas', () => {
  it.each([
    // 数量完成率 of 改造会议室数量: 2 rooms planned; say 1 done.
    ['数量完成率=实 际完成数/预定 目标数×100%', { 实际完成数: '1', 预定目标数: '2' }, '0.5', '50'],
    [
      '垃圾分类率= (实际分类数 量/需分类总 量)*100%',
      { 实际分类数量: '45', 需分类总量: '60' },
      '0.75',
      '75',
    ],
    ['服务达标件数/ 总件数 *100%', { 服务达标件数: '199', 总件数: '200' }, '0.995', '99.5'],
    // 购置新能源车数量: target 2辆, both bought.
    ['实际购置的车辆数量:实际数量/目标数量*100', { 实际数量: 2, 目标数量: 2 }, '1', '100'],
    ['脱贫人数/贫困 人口总数', { 脱贫人数: '37', 贫困人口总数: '37' }, '1', null],
    [
      '游览花市满意 人数/游览花市 总人数',
      { 游览花市满意人数: '950', 游览花市总人数: '1000' },
      '0.95',
      null,
    ],
  ] as const)('%s', (text, vars, value, percent) => {
    expect(evaluateFormula(text, vars)).toEqual({ success: true, data: value, percent })
  })

  it('computes the seed budget completion rate exactly: 5840.18 / (6211.89 + 327.17)', () => {
    const r = evaluateFormula('实际支出数/(年初预算数+预算调整数)×100%', {
      实际支出数: '5840.18',
      年初预算数: '6211. 89',
      预算调整数: '327. 17',
    })
    expect(r.success).toBe(true)
    if (!r.success) return
    expect(r.percent?.startsWith('89.3122')).toBe(true)
    expect(r.data).toBe('0.893122253045544772490235599612176673711512052190987695479167')
  })

  it('keeps decimal arithmetic exact: 0.1 + 0.2 = 0.3, 1/3 × 3 = 1', () => {
    expect(evaluateFormula('a+b', { a: '0.1', b: '0.2' })).toMatchObject({ data: '0.3' })
    expect(evaluateFormula('a+b', { a: 0.1, b: 0.2 })).toMatchObject({ data: '0.3' })
    expect(evaluateFormula('1/3*3', {})).toMatchObject({ data: '1' })
  })

  it('stays exact on long products: 1.5^40 and (1/3)^40 × 3^40', () => {
    const power = `${'1.5*'.repeat(39)}1.5`
    expect(evaluateFormula(power, {})).toMatchObject({
      data: '11057332.3209400121422731899656355381011962890625',
    })
    // 79 chained operations nest 79 levels: over the default maxDepth, so the limit is raised.
    const back = `${'(1/3)*'.repeat(40)}${'3*'.repeat(39)}3`
    expect(evaluateFormula(back, {})).toMatchObject({
      success: false,
      findings: [{ code: 'FORMULA_TOO_DEEP' }],
    })
    expect(evaluateFormula(back, {}, { maxDepth: 80 })).toMatchObject({ data: '1' })
  })

  it('reads full-width, grouped, OCR-spaced and percent values', () => {
    expect(evaluateFormula('a*b', { a: '６２１１．８９', b: '1' })).toMatchObject({
      data: '6211.89',
    })
    expect(evaluateFormula('a*b', { a: '6,211.89', b: '50%' })).toMatchObject({ data: '3105.945' })
    expect(evaluateFormula('a/b', { a: 1n, b: '5‰' })).toMatchObject({ data: '200' })
  })
})

describe('evaluateFormula: findings, never NaN', () => {
  it('reports every variable without a value', () => {
    const r = evaluateFormula('数量完成率=实际完成数/预定目标数×100%', {})
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.findings.map((f) => [f.code, 'name' in f.params ? f.params.name : null])).toEqual([
      ['FORMULA_UNKNOWN_VARIABLE', '实际完成数'],
      ['FORMULA_UNKNOWN_VARIABLE', '预定目标数'],
    ])
    expect(r.findings[0]?.message).toBe(
      '公式“数量完成率=实际完成数/预定目标数×100%”中的变量“实际完成数”没有提供数值',
    )
  })

  it('reports a division by zero with the divisor and its position', () => {
    const r = evaluateFormula(
      '档位总数/档位实际租出数量',
      { 档位总数: '120', 档位实际租出数量: '0' },
      { locale: 'en' },
    )
    expect(r).toEqual({
      success: false,
      findings: [
        expect.objectContaining({
          code: 'FORMULA_DIVISION_BY_ZERO',
          params: {
            formula: '档位总数/档位实际租出数量',
            denominator: '档位实际租出数量',
            offset: 5,
            position: 6,
          },
          message:
            'The formula "档位总数/档位实际租出数量" divides by "档位实际租出数量" (character 6), which is 0; the result is undefined',
        }),
      ],
    })
  })

  it('finds a divisor that is exactly zero only after exact arithmetic: a/(1/3*3-1)', () => {
    expect(evaluateFormula('a/(1/3*3-1)', { a: '1' })).toMatchObject({
      success: false,
      findings: [{ code: 'FORMULA_DIVISION_BY_ZERO', params: { denominator: '1 ÷ 3 × 3 − 1' } }],
    })
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', 'M.8', '', null, {}, true])(
    'refuses the value %s with FORMULA_VARIABLE_INVALID',
    (value) => {
      const r = evaluateFormula('a+1', { a: value as unknown as string })
      expect(r).toMatchObject({ success: false, findings: [{ code: 'FORMULA_VARIABLE_INVALID' }] })
    },
  )

  it('passes on the finding of a text that is not a formula', () => {
    expect(evaluateFormula('根据接待工作实际完成情况计算', {})).toMatchObject({
      success: false,
      findings: [{ code: 'FORMULA_UNPARSEABLE', params: { problem: 'criterion' } }],
    })
    expect(evaluateFormula('a/', { a: 1 })).toMatchObject({
      success: false,
      findings: [{ code: 'FORMULA_UNPARSEABLE', params: { problem: 'unexpected-end' } }],
    })
  })
})

describe('evaluateFormula: names are data', () => {
  it('looks __proto__, constructor and toString up as ordinary variables', () => {
    const vars = Object.fromEntries([
      ['__proto__', '6'],
      ['constructor', '3'],
      ['toString', '2'],
    ])
    expect(evaluateFormula('__proto__/constructor*toString', vars)).toMatchObject({ data: '4' })
    expect(evaluateFormula('__proto__+1', new Map([['__proto__', '1']]))).toMatchObject({
      data: '2',
    })
  })

  it('does not find inherited properties of a plain object', () => {
    const r = evaluateFormula('constructor + toString', {})
    expect(r).toMatchObject({
      success: false,
      findings: [
        { code: 'FORMULA_UNKNOWN_VARIABLE', params: { name: 'constructor' } },
        { code: 'FORMULA_UNKNOWN_VARIABLE', params: { name: 'toString' } },
      ],
    })
  })

  it('does not mutate its inputs', () => {
    const vars = Object.freeze({ a: '1', b: '2' })
    const parsed = parseFormula('a/b')
    const before = JSON.stringify(parsed)
    if (parsed.kind === 'formula') evaluateFormula(Object.freeze(parsed), vars)
    expect(JSON.stringify(parsed)).toBe(before)
  })

  it('evaluates a tree 100,000 levels deep without recursion', () => {
    const text = `${'-'.repeat(100_000)}a/${'('.repeat(100_000)}b${')'.repeat(100_000)}`
    const lifted = { maxLength: Number.POSITIVE_INFINITY, maxDepth: Number.POSITIVE_INFINITY }
    expect(evaluateFormula(text, { a: '3', b: '4' }, lifted)).toMatchObject({ data: '0.75' })
  })
})

// ---------------------------------------------------------------------------------------------
// Property: random expressions against an exact BigInt rational reference written independently.

interface Q {
  readonly n: bigint
  readonly d: bigint
}
type Expr =
  | { readonly t: 'num'; readonly digits: string; readonly frac: string; readonly pct: boolean }
  | { readonly t: 'var'; readonly name: string }
  | { readonly t: 'neg'; readonly e: Expr }
  | { readonly t: 'bin'; readonly op: '+' | '-' | '*' | '/'; readonly l: Expr; readonly r: Expr }

const VARIABLES = ['实际完成数', '预定目标数', '__proto__', 'constructor', 'toString', 'x1', 'a-b']

const abs = (x: bigint) => (x < 0n ? -x : x)
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b))
function q(n: bigint, d: bigint): Q {
  const s = d < 0n ? -1n : 1n
  const g = gcd(n, d) || 1n
  return { n: (s * n) / g, d: (s * d) / g }
}
function decimalQ(text: string): Q {
  const neg = text.startsWith('-')
  const [i = '0', f = ''] = (neg ? text.slice(1) : text).split('.')
  const n = BigInt(i + f) * (neg ? -1n : 1n)
  return q(n, 10n ** BigInt(f.length))
}

/** Exact value, or null on a division by zero. */
function reference(e: Expr, vars: ReadonlyMap<string, Q>): Q | null {
  switch (e.t) {
    case 'num': {
      const v = decimalQ(`${e.digits}.${e.frac || '0'}`)
      return e.pct ? q(v.n, v.d * 100n) : v
    }
    case 'var':
      return vars.get(e.name) ?? null
    case 'neg': {
      const v = reference(e.e, vars)
      return v && { n: -v.n, d: v.d }
    }
    case 'bin': {
      const a = reference(e.l, vars)
      const b = reference(e.r, vars)
      if (!a || !b) return null
      if (e.op === '+') return q(a.n * b.d + b.n * a.d, a.d * b.d)
      if (e.op === '-') return q(a.n * b.d - b.n * a.d, a.d * b.d)
      if (e.op === '*') return q(a.n * b.n, a.d * b.d)
      return b.n === 0n ? null : q(a.n * b.d, a.d * b.n)
    }
  }
}

/** Rounds n/d half away from zero to 60 significant digits; canonical decimal string. */
function roundTo60(v: Q): string {
  if (v.n === 0n) return '0'
  const neg = v.n < 0n
  const n = abs(v.n)
  if (v.d === 1n) return (neg ? '-' : '') + n.toString()
  // Find e with 10^e <= n/d < 10^(e+1).
  let e = n.toString().length - v.d.toString().length
  if (n * 10n ** BigInt(Math.max(0, -e)) < v.d * 10n ** BigInt(Math.max(0, e))) e--
  const shift = 59 - e
  const num = shift >= 0 ? n * 10n ** BigInt(shift) : n
  const den = shift >= 0 ? v.d : v.d * 10n ** BigInt(-shift)
  let m = num / den
  if ((num % den) * 2n >= den) m++
  let s = m.toString()
  if (shift <= 0) s += '0'.repeat(-shift)
  else {
    s = s.padStart(shift + 1, '0')
    s = `${s.slice(0, s.length - shift)}.${s.slice(s.length - shift)}`
    s = s.replace(/0+$/, '').replace(/\.$/, '')
  }
  return (neg ? '-' : '') + s
}

const GLYPHS = {
  '+': ['+', '＋'],
  '-': ['-', '−', '－'],
  '*': ['*', '×', '＊'],
  '/': ['/', '÷', '／'],
}
const PREC = { '+': 1, '-': 1, '*': 2, '/': 2 }

function print(e: Expr, style: readonly number[], at = { i: 0 }): string {
  const pickOf = <T>(xs: readonly T[]): T =>
    xs[(style[at.i++ % style.length] ?? 0) % xs.length] as T
  const space = () => pickOf(['', ' ', '  ', '\u3000'])
  switch (e.t) {
    case 'num': {
      const text = `${e.digits}${e.frac ? `.${e.frac}` : ''}${e.pct ? '%' : ''}`
      return pickOf([0, 1]) === 1
        ? text.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))
        : text
    }
    case 'var':
      return /^[\p{L}_][\p{L}\d_]*$/u.test(e.name) ? e.name : `[${e.name}]`
    case 'neg': {
      const inner = print(e.e, style, at)
      return e.e.t === 'bin' ? `-(${inner})` : `-${inner}`
    }
    case 'bin': {
      const wrap = (x: Expr, right: boolean) => {
        const s = print(x, style, at)
        const needs =
          x.t === 'bin' && (PREC[x.op] < PREC[e.op] || (right && PREC[x.op] === PREC[e.op]))
        return needs || pickOf([0, 0, 0, 1]) === 1 ? `(${s})` : s
      }
      const l = wrap(e.l, false)
      const r = wrap(e.r, true)
      return `${l}${space()}${pickOf(GLYPHS[e.op])}${space()}${r}`
    }
  }
}

const exprArb = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      t: fc.constant('num' as const),
      digits: fc.integer({ min: 0, max: 1000 }).map(String),
      frac: fc.constantFrom('', '5', '25', '125', '3'),
      pct: fc.boolean(),
    }),
    fc.record({ t: fc.constant('var' as const), name: fc.constantFrom(...VARIABLES) }),
    fc.record({ t: fc.constant('neg' as const), e: tie('expr') }),
    fc.record({
      t: fc.constant('bin' as const),
      op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      l: tie('expr'),
      r: tie('expr'),
    }),
  ),
})).expr

const valueArb = fc
  .tuple(fc.integer({ min: -500, max: 500 }), fc.constantFrom('', '1', '5', '75', '333'))
  .map(([i, f]) => (f === '' ? String(i) : `${i < 0 ? '-' : ''}${Math.abs(i)}.${f}`))

/** The percent suffix the parser strips: a top-level "× 100" or "× 100%". */
function splitPercent(e: Expr): { body: Expr; percent: boolean } {
  if (e.t === 'bin' && e.op === '*' && e.r.t === 'num') {
    const v = decimalQ(`${e.r.digits}.${e.r.frac || '0'}`)
    // "100" and "100%" both: the literal as written is 100.
    if (v.n === 100n && v.d === 1n) return { body: e.l, percent: true }
  }
  return { body: e, percent: false }
}

function hasOperator(e: Expr): boolean {
  return e.t === 'bin' || (e.t === 'neg' && hasOperator(e.e))
}

describe('evaluateFormula: property against an exact rational reference', () => {
  it('matches n/d rounded once to 60 significant digits, and fails exactly when a divisor is 0', () => {
    fc.assert(
      fc.property(
        exprArb,
        fc.array(valueArb, { minLength: VARIABLES.length, maxLength: VARIABLES.length }),
        fc.array(fc.nat(99), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (expr, values, style, asMap, withName) => {
          const text = (withName ? '结果 = ' : '') + print(expr, style)
          const entries = VARIABLES.map((name, i) => [name, values[i] ?? '0'] as const)
          const exact = new Map(entries.map(([k, v]) => [k, decimalQ(v)]))
          const vars = asMap ? new Map(entries) : Object.fromEntries(entries)
          const { body, percent } = splitPercent(expr)
          const expected = reference(body, exact)
          const r = evaluateFormula(text, vars)
          if (!withName && !hasOperator(expr)) {
            // A lone number or name computes nothing: it is a criterion text, not a formula.
            expect(r).toMatchObject({
              success: false,
              findings: [{ params: { problem: 'criterion' } }],
            })
            return
          }
          if (expected === null) {
            expect(r).toMatchObject({
              success: false,
              findings: [{ code: 'FORMULA_DIVISION_BY_ZERO' }],
            })
            return
          }
          expect(r).toEqual({
            success: true,
            data: roundTo60(expected),
            percent: percent ? roundTo60(q(expected.n * 100n, expected.d)) : null,
          })
        },
      ),
      { numRuns: 1500 },
    )
  })
})
