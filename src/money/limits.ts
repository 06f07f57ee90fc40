/**
 * Bounds of the money readers ({@link parseAmount}, {@link convertAmount}, `parsePrintedRate`,
 * `checkReportedRate`, and the values given to `evaluateFormula`). A printed amount or rate is
 * under 30 characters; text far longer is no amount, and is refused before it is read at all, so
 * hostile text costs no more than a real cell.
 *
 * - `maxLength`: 2,000 characters (UTF-16 code units), room for a formula value of
 *   `FORMULA_LIMITS.maxDigits` digits, which that bound refuses with its own finding. Longer text
 *   gives the problem `too-long` (`AMOUNT_UNPARSEABLE` for an amount; a printed rate that is
 *   `unreadable`).
 *
 * @example
 * ```ts
 * import { AMOUNT_LIMITS, parseAmount } from '@lw/perf-eval'
 * AMOUNT_LIMITS.maxLength // 2000
 * const r = parseAmount('9'.repeat(2001))
 * r.success ? r.data : r.problem // 'too-long'
 * ```
 */
export const AMOUNT_LIMITS: { readonly maxLength: number } = Object.freeze({ maxLength: 2000 })
