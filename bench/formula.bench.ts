/**
 * Parse time of the formula language against input length: 1 kB, 10 kB, 100 kB and 1 MB of a
 * realistic formula repeated (names, full-width operators, brackets, percent literals). Linear time
 * shows as a mean that grows ten-fold per row. Run with
 * `npx vitest bench --run --project node bench/formula.bench.ts`.
 */
import { bench, describe } from 'vitest'
import { evaluateFormula, parseFormula } from '../src/index'

const UNIT = '(实际完成数 + [x1]) ÷ 预定目标数 × 100% － 档位总数／（总件数＊２） + '

/** The unit repeated to about `length` characters, closed by a last operand. */
function formulaOfLength(length: number): string {
  return `${UNIT.repeat(Math.max(1, Math.round(length / UNIT.length)))}a`
}

const lifted = { maxLength: Number.POSITIVE_INFINITY, maxDepth: Number.POSITIVE_INFINITY }
const SIZES = [
  ['1 kB', 1_000],
  ['10 kB', 10_000],
  ['100 kB', 100_000],
  ['1 MB', 1_000_000],
] as const

const inputs = SIZES.map(([label, n]) => [label, formulaOfLength(n)] as const)
for (const [label, text] of inputs) {
  const r = parseFormula(text, lifted)
  if (r.kind !== 'formula') throw new Error(`bench input ${label} does not parse: ${r.kind}`)
}

describe('parseFormula by input length', () => {
  for (const [label, text] of inputs) {
    bench(`parse ${label} (${text.length} chars)`, () => {
      parseFormula(text, lifted)
    })
  }
})

describe('refusing oversized input with the default limit', () => {
  const big = inputs.at(-1)?.[1] ?? ''
  bench('1 MB → FORMULA_TOO_LONG', () => {
    parseFormula(big)
  })
})

describe('evaluateFormula of long expressions (10 kB, the default limit)', () => {
  // Exact rationals grow with the digits written; without a gcd per step this stays fast.
  const product = `${'1.23456789*'.repeat(900)}1`
  const fractions = `${'(a/7+b/11)*'.repeat(900)}c`
  bench(`product of 900 decimals (${product.length} chars)`, () => {
    evaluateFormula(product, {})
  })
  bench(`900 sums of fractions (${fractions.length} chars)`, () => {
    evaluateFormula(fractions, { a: '1.1', b: '2.3', c: '5' })
  })
})

describe('evaluateFormula of a seed formula', () => {
  const vars = { 实际完成数: '1', 预定目标数: '2' }
  bench('数量完成率=实际完成数/预定目标数×100%', () => {
    evaluateFormula('数量完成率=实际完成数/预定目标数×100%', vars)
  })
})
