/**
 * Default bounds of the formula parser. Real KPI formulas are under 100 characters with at most
 * two levels of brackets; the bounds leave ample room while keeping hostile input cheap to refuse.
 *
 * - `maxLength`: 10,000 characters (UTF-16 code units). Longer text gives `FORMULA_TOO_LONG`
 *   before any parsing.
 * - `maxDepth`: 50 levels of brackets and unary signs, and 50 levels in the tree `parseFormula`
 *   returns, where each operation on the result of another nests one level ("a+b+c" is two).
 *   Deeper gives `FORMULA_TOO_DEEP`. The tree is bounded because whoever walks it recursively —
 *   `JSON.stringify` first — overflows the call stack at a few thousand levels.
 * - `maxDigits`: 1,000 decimal digits in the numerator or the denominator of any exact value met
 *   while computing — a supplied value, a number in the text or an intermediate result. More gives
 *   `FORMULA_TOO_PRECISE` and no result. Real values have under 20 digits; without the bound a
 *   product of long values grows without limit (`a*a*…*a` doubles the digits at each step).
 *
 * `maxLength` and `maxDepth` can be changed per call (`ParseFormulaOptions`); the parser and every
 * tree walk are iterative, so even `Infinity` cannot overflow the stack — the limits bound time
 * and memory.
 *
 * @example
 * ```ts
 * import { FORMULA_LIMITS } from '@lw/perf-eval'
 * FORMULA_LIMITS.maxLength // 10000
 * FORMULA_LIMITS.maxDepth // 50
 * FORMULA_LIMITS.maxDigits // 1000
 * ```
 */
export const FORMULA_LIMITS: {
  readonly maxLength: number
  readonly maxDepth: number
  readonly maxDigits: number
} = Object.freeze({ maxLength: 10_000, maxDepth: 50, maxDigits: 1000 })
