import type { Finding } from './types'

/**
 * What a function that reads data returns when it could: `success: true` and the value in `data`,
 * with the findings noticed on the way when the function reports any (a tolerant reading's
 * repairs). Some results carry more beside `data` (the unit an amount was in, a rate's numerator
 * and denominator); `data` is always the value the function is named for.
 *
 * @typeParam T - the value read or computed
 * @example
 * ```ts
 * import { parseAmount, type Success } from '@lw/perf-eval'
 * const r = parseAmount('6211. 89')
 * if (r.success) {
 *   const ok: Success<string> = r
 *   ok.data // '6211.89'
 * }
 * ```
 */
export interface Success<T> {
  /** The function read its input. */
  readonly success: true
  /** The value. */
  readonly data: T
  /** What was noticed while reading, for functions that report it. */
  readonly findings?: readonly Finding[]
}

/**
 * What a function that reads data returns when it could not: `success: false` and the findings
 * that say why, each with its code, path and message. A failure may carry more beside `findings`
 * (the `reason` of an undefined rate, the `problem` of an unreadable amount). A failure whose
 * reason is a fact rather than a fault in the input (a rate with a zero denominator) has no
 * finding of its own; its `reason` says why.
 *
 * @example
 * ```ts
 * import { parseAmount, type Failure } from '@lw/perf-eval'
 * const r = parseAmount('M.8')
 * if (!r.success) {
 *   const no: Failure = r
 *   no.findings[0]?.code // 'AMOUNT_UNPARSEABLE'
 * }
 * ```
 */
export interface Failure {
  /** The function could not read its input. */
  readonly success: false
  /** Why, as findings (code, severity, path, message, params). */
  readonly findings: readonly Finding[]
}

/**
 * The one result shape of every function that can fail on data, as zod's `safeParse` and valibot's
 * `safeParse` return it: discriminated on `success`, so `if (r.success)` narrows to the value and
 * `else` to the findings. Data never makes these functions throw; invalid options do
 * (`OptionError`).
 *
 * @typeParam T - the value on success
 * @typeParam F - the failure, when it carries more than findings
 * @example
 * ```ts
 * import { parseAmount, type Result } from '@lw/perf-eval'
 * const r: Result<string> = parseAmount('6,211.89')
 * r.success ? r.data : r.findings[0]?.message // '6211.89'
 * ```
 */
export type Result<T, F extends Failure = Failure> = Success<T> | F
