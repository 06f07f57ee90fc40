import { type Finding, makeFinding } from '../findings/index'
import { shownText } from '../i18n/index'
import { readAmount } from '../money/amount'
import { renderNode } from './describe'
import { FORMULA_LIMITS } from './limits'
import { checkParseFormulaOptions, parseFormula, syntaxFinding } from './parse'
import {
  add,
  divide,
  fromBigInt,
  fromDecimal,
  multiply,
  negate,
  type Rational,
  subtract,
  toDecimal,
  tooPrecise,
} from './rational'
import { fold, variablesOf } from './tree'
import type {
  EvaluateFormulaOptions,
  FormulaEvaluation,
  FormulaNode,
  FormulaValue,
  FormulaVariables,
  ParsedFormula,
} from './types'

/** Outcome of evaluating a tree. @internal */
export type TreeValue =
  | { readonly ok: true; readonly value: Rational }
  | { readonly ok: false; readonly reason: 'zero'; readonly divisor: FormulaNode }
  | { readonly ok: false; readonly reason: 'unknown'; readonly name: string }
  | { readonly ok: false; readonly reason: 'precise' }

const TOO_PRECISE: TreeValue = { ok: false, reason: 'precise' }

/**
 * Evaluates a tree exactly; `lookup` gives variable values. The first failure (left to right)
 * wins. A value with more than `FORMULA_LIMITS.maxDigits` digits, met anywhere, stops the
 * computation: exact products would otherwise grow without bound. Iterative, like every walk of
 * a tree.
 * @internal
 */
export function evaluateTree(
  root: FormulaNode,
  lookup: (name: string) => Rational | undefined,
): TreeValue {
  return fold<TreeValue>(root, (node, kids) => {
    for (const kid of kids) if (!kid.ok) return kid
    const result = evaluateNode(node, kids, lookup)
    return result.ok && tooPrecise(result.value, FORMULA_LIMITS.maxDigits) ? TOO_PRECISE : result
  })
}

function evaluateNode(
  node: FormulaNode,
  kids: readonly TreeValue[],
  lookup: (name: string) => Rational | undefined,
): TreeValue {
  const values = kids.map((k) => (k.ok ? k.value : fromBigInt(0n)))
  switch (node.type) {
    case 'number':
      return { ok: true, value: fromDecimal(node.value) }
    case 'variable': {
      const value = lookup(node.name)
      return value === undefined
        ? { ok: false, reason: 'unknown', name: node.name }
        : { ok: true, value }
    }
    case 'negate':
      return { ok: true, value: negate(values[0] ?? fromBigInt(0n)) }
    case 'binary': {
      const a = values[0] ?? fromBigInt(0n)
      const b = values[1] ?? fromBigInt(0n)
      if (node.operator === '/') {
        const q = divide(a, b)
        return q === null
          ? { ok: false, reason: 'zero', divisor: node.right }
          : { ok: true, value: q }
      }
      const op = node.operator === '+' ? add : node.operator === '-' ? subtract : multiply
      return { ok: true, value: op(a, b) }
    }
  }
}

const HUNDRED = fromBigInt(100n)
const SHIFTS: ReadonlyMap<string, Rational> = new Map([
  ['%', fromBigInt(100n)],
  ['‰', fromBigInt(1000n)],
])

/** A supplied value as an exact rational, or null when it is not a finite decimal. @internal */
export function readValue(value: unknown): Rational | null {
  if (typeof value === 'bigint') return fromBigInt(value)
  if (typeof value === 'number') {
    const r = readAmount(value)
    return r.success ? fromDecimal(r.value) : null
  }
  if (typeof value !== 'string') return null
  let text = value.normalize('NFKC').trim()
  const shift = SHIFTS.get(text.slice(-1))
  if (shift !== undefined) text = text.slice(0, -1)
  const r = readAmount(text)
  if (!r.success) return null
  const exact = fromDecimal(r.value)
  return shift === undefined ? exact : divide(exact, shift)
}

function toMap(variables: FormulaVariables | null | undefined): ReadonlyMap<string, unknown> {
  if (variables === null || variables === undefined) return new Map()
  if (variables instanceof Map) return variables as ReadonlyMap<string, unknown>
  return new Map(Object.entries(variables as Readonly<Record<string, FormulaValue>>))
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return shownText(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value)
  }
  return value === null ? 'null' : typeof value
}

/**
 * Computes a formula from variable values, exactly: values are read as decimals (never binary
 * floats), every operation is carried out on exact rationals, and the result is rounded once, to
 * 60 significant digits, into a canonical decimal string.
 *
 * `data` is the expression without its percent suffix (the ratio, "0.8"); `percent` is
 * `data × 100` ("80") for a percent formula and `null` otherwise. A variable without a value
 * (`FORMULA_UNKNOWN_VARIABLE`), a value that is not a number (`FORMULA_VARIABLE_INVALID`) or a
 * division by zero (`FORMULA_DIVISION_BY_ZERO`) gives findings — never NaN, never Infinity, never
 * a guessed 0. Variables are looked up in a `Map` (a plain object is read through its own
 * properties only), so `__proto__` or `constructor` are ordinary names. Never throws on
 * the formula or the values; an option it cannot honour throws `OptionError`.
 *
 * @param formula - a parsed formula, or a text to parse
 * @param variables - values by variable name: decimal strings ("5840.18", "95%"), numbers or bigints
 * @param evaluateOptions - locale and path of findings; parse limits when a text is given
 * @returns `{ success: true, data, percent }` or `{ success: false, findings }`
 *
 * @example
 * ```ts
 * import { evaluateFormula } from '@lw/perf-eval'
 * evaluateFormula('垃圾分类率=(实际分类数量/需分类总量)*100%', { 实际分类数量: '45', 需分类总量: '60' })
 * // { success: true, data: '0.75', percent: '75' }
 * evaluateFormula('a/b', new Map([['a', '1'], ['b', '3']]))
 * // { success: true, data: '0.333333333333333333333333333333333333333333333333333333333333', percent: null }
 * const r = evaluateFormula('a/(b-b)', { a: 1, b: 2 })
 * r.success // false (FORMULA_DIVISION_BY_ZERO)
 * ```
 */
export function evaluateFormula(
  formula: ParsedFormula | string,
  variables: FormulaVariables,
  evaluateOptions?: EvaluateFormulaOptions,
): FormulaEvaluation {
  const options = checkParseFormulaOptions('evaluateFormula', evaluateOptions)
  const parsed = typeof formula === 'string' ? parseFormula(formula, options) : formula
  if (parsed.kind === 'invalid') return { success: false, findings: [parsed.finding] }
  if (parsed.kind === 'criterion') {
    const finding = syntaxFinding(
      parsed.text,
      { problem: 'criterion', offset: 0, char: '' },
      options,
    )
    return { success: false, findings: [finding] }
  }
  const path = options.path ?? []
  const locale = { locale: options.locale }
  const shown = shownText(parsed.text)
  const supplied = toMap(variables)
  const values = new Map<string, Rational>()
  const findings: Finding[] = []
  for (const name of variablesOf(parsed.expression)) {
    if (!supplied.has(name)) {
      findings.push(makeFinding('FORMULA_UNKNOWN_VARIABLE', path, { formula: shown, name }, locale))
      continue
    }
    const raw = supplied.get(name)
    const value = readValue(raw)
    if (value === null) {
      findings.push(
        makeFinding('FORMULA_VARIABLE_INVALID', path, { name, value: describeValue(raw) }, locale),
      )
    } else if (tooPrecise(value, FORMULA_LIMITS.maxDigits)) {
      findings.push(tooPreciseFinding(shown, path, locale))
    } else {
      values.set(name, value)
    }
  }
  if (findings.length > 0) return { success: false, findings }

  const result = evaluateTree(parsed.expression, (name) => values.get(name))
  if (!result.ok) {
    if (result.reason === 'precise') {
      return { success: false, findings: [tooPreciseFinding(shown, path, locale)] }
    }
    if (result.reason === 'unknown') {
      const finding = makeFinding(
        'FORMULA_UNKNOWN_VARIABLE',
        path,
        { formula: shown, name: result.name },
        locale,
      )
      return { success: false, findings: [finding] }
    }
    return { success: false, findings: [divisionFinding(parsed, result.divisor, options)] }
  }
  return {
    success: true,
    data: toDecimal(result.value),
    percent: parsed.percent ? toDecimal(multiply(result.value, HUNDRED)) : null,
  }
}

function tooPreciseFinding(
  formula: string,
  path: readonly (string | number)[],
  locale: { readonly locale: EvaluateFormulaOptions['locale'] },
): Finding {
  return makeFinding(
    'FORMULA_TOO_PRECISE',
    path,
    { formula, maxDigits: FORMULA_LIMITS.maxDigits },
    locale,
  )
}

/** The `FORMULA_DIVISION_BY_ZERO` finding for a divisor. @internal */
export function divisionFinding(
  formula: ParsedFormula,
  divisor: FormulaNode,
  options: EvaluateFormulaOptions,
): Finding {
  return makeFinding(
    'FORMULA_DIVISION_BY_ZERO',
    options.path ?? [],
    {
      formula: shownText(formula.text),
      denominator: shownText(renderNode(divisor).text),
      offset: divisor.start,
      position: divisor.start + 1,
    },
    { locale: options.locale },
  )
}
