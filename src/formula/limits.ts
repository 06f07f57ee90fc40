/**
 * Default bounds of the formula parser. Real KPI formulas are under 100 characters with at most
 * two levels of brackets; the bounds leave ample room while keeping hostile input cheap to refuse.
 *
 * - `maxLength`: 10,000 characters (UTF-16 code units). Longer text gives `FORMULA_TOO_LONG`
 *   before any parsing.
 * - `maxDepth`: 50 levels of brackets and unary signs. Deeper gives `FORMULA_TOO_DEEP`.
 *
 * Both can be changed per call (`ParseFormulaOptions`); the parser and every tree walk are
 * iterative, so even `Infinity` cannot overflow the stack — the limits bound time and memory.
 *
 * @example
 * ```ts
 * import { FORMULA_LIMITS } from '@lw/perf-eval'
 * FORMULA_LIMITS.maxLength // 10000
 * FORMULA_LIMITS.maxDepth // 50
 * ```
 */
export const FORMULA_LIMITS: { readonly maxLength: number; readonly maxDepth: number } =
  Object.freeze({ maxLength: 10_000, maxDepth: 50 })

const SHOWN = 60

/** The formula text as shown inside a message: long texts are cut. @internal */
export function shownText(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text
}
