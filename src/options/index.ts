/**
 * Options are not data. A form, a cell or a text never makes a function throw; an option a
 * programmer passed that the function cannot honour (an unknown scheme name, a locale the library
 * does not ship, a malformed date) does, at once, with an {@link OptionError} that names the
 * function, the option, what was received and what is allowed — the way `new URL('x')` or
 * `structuredClone(fn)` fail, and unlike a form, which is reported with findings.
 *
 * The rule, the same for every public function:
 * - the options argument is an object or absent (`undefined`); anything else throws;
 * - every option the function reads is checked when given (`undefined` means "not given" and takes
 *   the default); a value of the wrong kind throws;
 * - keys the function does not read are ignored, not rejected: options types are structural, so a
 *   wider object (a `SpendingProgressOptions` passed on to `timeProgress`, one options object
 *   shared by several calls) is legal TypeScript, and the compiler already rejects a misspelt key
 *   in an object literal.
 *
 * The checks live here, one per kind of option, so that every function words the same mistake the
 * same way; each is a few comparisons, cheap enough for `evaluate`'s per-indicator calls.
 */
import { LOCALES, type Locale } from '../i18n/index'

/**
 * Thrown when a function is called with an option it cannot honour. It is a `TypeError`, so code
 * that already guards against misuse with `instanceof TypeError` keeps working; `code` is always
 * `'INVALID_OPTION'`.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, OptionError } from '@lw/perf-eval'
 * let error: unknown
 * try {
 *   evaluate(liwan2021Form, { locale: 'fr' as never })
 * } catch (e) {
 *   error = e
 * }
 * error instanceof OptionError // true
 * error instanceof TypeError // true
 * const { option, allowed, message } = error as OptionError
 * option // 'locale'
 * allowed // ['zh-CN', 'en']
 * message // 'evaluate: option "locale" must be one of "zh-CN", "en"; received "fr"'
 * ```
 */
export class OptionError extends TypeError {
  /** Always `'INVALID_OPTION'`, for code that tells errors apart by a code. */
  readonly code = 'INVALID_OPTION' as const
  /** The function that was called ("evaluate", "renderReport" …). */
  readonly function: string
  /** The option, as a path when nested ("scheme", "rules.EVIDENCE_MISSING"). */
  readonly option: string
  /** What was passed. */
  readonly received: unknown
  /** The values allowed, when they are a list; empty when a description says it instead. */
  readonly allowed: readonly string[]

  /**
   * @param fn - the function called
   * @param option - the option's name or path
   * @param received - the value passed
   * @param expected - the allowed values, or a description of what is allowed
   */
  constructor(fn: string, option: string, received: unknown, expected: readonly string[] | string) {
    const wanted =
      typeof expected === 'string'
        ? expected
        : `one of ${expected.map((v) => JSON.stringify(v)).join(', ')}`
    super(`${fn}: option "${option}" must be ${wanted}; received ${describe(received)}`)
    this.name = 'OptionError'
    this.function = fn
    this.option = option
    this.received = received
    this.allowed = typeof expected === 'string' ? [] : [...expected]
  }
}

/** A short, safe description of a received value for the error message. */
function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    // Control characters never reach a terminal through an error message.
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * Checks that an option, when given, is one of the allowed strings; returns it (or the default).
 * @internal
 */
export function oneOf<const T extends string>(
  fn: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new OptionError(fn, option, value, allowed)
}

/**
 * Checks that an options argument is an object or absent, and returns it (`{}` when absent).
 * Keys the function does not read are ignored (see the module's rule).
 * @internal
 */
export function checkOptions<T extends object>(
  fn: string,
  options: T | undefined,
): T | Record<string, never> {
  // Typed as an object, yet plain JavaScript callers may pass anything.
  const given: unknown = options
  if (given === undefined) return {}
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new OptionError(fn, 'options', given, 'an object')
  }
  return given as T
}

/**
 * Checks a `locale` option: one of {@link LOCALES}, or absent (the default, zh-CN). Locale tags are
 * matched exactly ('EN' and 'zh' are not shipped locales).
 * @internal
 */
export function checkLocale(fn: string, value: unknown): Locale {
  if (value === undefined || value === 'zh-CN') return 'zh-CN'
  if (value === 'en') return 'en'
  throw new OptionError(fn, 'locale', value, LOCALES)
}

/**
 * Checks a locale given as a positional argument or an options field, keeping `undefined` (so a
 * caller that passes the option on can tell "not given" from the default).
 * @internal
 */
export function checkOptionalLocale(fn: string, value: unknown): Locale | undefined {
  return value === undefined ? undefined : checkLocale(fn, value)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Checks a date option written `YYYY-MM-DD` that must be a real calendar date ("2021-02-30" is
 * not); returns it, or `undefined` when absent.
 * @internal
 */
export function checkDate(fn: string, option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value)
    if (m !== null) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= days) return value
    }
  }
  throw new OptionError(fn, option, value, 'a real date written YYYY-MM-DD')
}

/**
 * Checks a `path` option: an array of keys (strings) and indexes (non-negative integers), or absent.
 * @internal
 */
export function checkPath(
  fn: string,
  value: unknown,
  option = 'path',
): readonly (string | number)[] | undefined {
  if (value === undefined) return undefined
  if (Array.isArray(value) && value.every(isPathKey)) return value as (string | number)[]
  throw new OptionError(fn, option, value, 'an array of keys and indexes')
}

function isPathKey(k: unknown): boolean {
  return typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k) && k >= 0)
}

/**
 * Checks a boolean option; returns it, or the fallback when absent.
 * @internal
 */
export function checkBoolean(
  fn: string,
  option: string,
  value: unknown,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback
  if (typeof value === 'boolean') return value
  throw new OptionError(fn, option, value, 'true or false')
}

/**
 * Checks an integer option within bounds; returns it, or `undefined` when absent.
 * @internal
 */
export function checkInteger(
  fn: string,
  option: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value
  }
  throw new OptionError(fn, option, value, `an integer from ${min} to ${max}`)
}

/**
 * Checks a text option (a name, a label); returns it, or `undefined` when absent.
 * @internal
 */
export function checkText(fn: string, option: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value
  throw new OptionError(fn, option, value, 'a string')
}
