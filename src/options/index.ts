/**
 * Options are not data. A form, a cell or a text never makes a function throw; an option a
 * programmer passed that the function cannot honour (an unknown scheme name, a locale the library
 * does not ship, a malformed date) does, at once, with an {@link OptionError} that names the
 * function, the option, what was received and what is allowed — the way `new URL('x')` or
 * `structuredClone(fn)` fail, and unlike a form, which is reported with findings.
 */

/**
 * Thrown when a function is called with an option it cannot honour. It is a `TypeError`, so code
 * that already guards against misuse with `instanceof TypeError` keeps working; `code` is always
 * `'INVALID_OPTION'`.
 *
 * @example
 * ```ts
 * import { OptionError } from '@lw/perf-eval'
 * const error = new OptionError('evaluate', 'locale', 'fr', ['zh-CN', 'en'])
 * error instanceof TypeError // true
 * error.option // 'locale'
 * error.message // 'evaluate: option "locale" must be one of "zh-CN", "en"; received "fr"'
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
  return `a ${typeof value}`
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
 * Checks that an options argument is an object (or absent) and carries no key the function does
 * not know, so that a misspelt option (`{ localle: 'en' }`) is not silently ignored.
 * @internal
 */
export function knownKeys(
  fn: string,
  options: unknown,
  keys: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionError(fn, 'options', options, 'an object')
  }
  for (const k of Object.keys(options)) {
    if (!keys.includes(k))
      throw new OptionError(
        fn,
        k,
        (options as Record<string, unknown>)[k],
        `one of the options ${keys.join(', ')}`,
      )
  }
  return options as Readonly<Record<string, unknown>>
}
