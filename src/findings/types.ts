import type { Bilingual } from '../i18n/index'

/**
 * How serious a finding is: `error` means the form is wrong or unusable as given, `warning` that a
 * reviewer should look, `info` that something is worth knowing (a rounding convention, say).
 *
 * @example
 * ```ts
 * import type { Severity } from '@lw/perf-eval'
 * const s: Severity = 'warning'
 * ```
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A path into the input: object keys and array indexes, outermost first.
 *
 * @example
 * ```ts
 * import type { FindingPath } from '@lw/perf-eval'
 * const p: FindingPath = ['tasks', 0, 'indicators', 2, 'formula']
 * ```
 */
export type FindingPath = readonly (string | number)[]

/**
 * A parameter value carried by a finding: decimals travel as strings, never as binary floats.
 *
 * @example
 * ```ts
 * import type { FindingParam } from '@lw/perf-eval'
 * const reported: FindingParam = '89.31%'
 * ```
 */
export type FindingParam = string | number | boolean | null | readonly string[]

/**
 * One thing the library noticed about the input. `code` is stable and listed in {@link rules};
 * `message` is rendered in the requested locale; `params` carries the figures behind it.
 *
 * @example
 * ```ts
 * import { parseAmount } from '@lw/perf-eval'
 * const r = parseAmount('M.8')
 * typeof r === 'string' ? r : r.code // 'AMOUNT_UNPARSEABLE'
 * ```
 */
export interface Finding {
  /** Stable UPPER_SNAKE identifier from the rule catalogue (`rules`). */
  readonly code: string
  /** `error`, `warning` or `info`. */
  readonly severity: Severity
  /** Where in the input the finding points: keys and indexes (`['funding', 0, 'actual']`). */
  readonly path: FindingPath
  /** The message in the requested locale (zh-CN by default). */
  readonly message: string
  /** The figures and texts of the message (reported vs computed, threshold …), by name. */
  readonly params: Readonly<Record<string, FindingParam>>
}

/**
 * What a rule is about, used to group the catalogue.
 *
 * @example
 * ```ts
 * import type { RuleArea } from '@lw/perf-eval'
 * const a: RuleArea = 'rates'
 * ```
 */
export type RuleArea =
  | 'input'
  | 'money'
  | 'rates'
  | 'targets'
  | 'formula'
  | 'assessment'
  | 'score'
  | 'form'
  | 'evidence'

/** What a finding needs of its rule: the code, the default severity, the message templates. @internal */
export interface RuleMessage {
  readonly code: string
  readonly severity: Severity
  readonly message: Bilingual
}

/** What the documentation of a rule adds: its area, description and the thresholds it reads. @internal */
export interface RuleDoc {
  readonly code: string
  readonly area: RuleArea
  readonly description: Bilingual
  readonly thresholds: readonly string[]
}

/**
 * One entry of the rule catalogue: a stable code, its default severity, a one-line description and
 * a message template in both locales (`{name}` placeholders are filled from the finding's params),
 * and the scheme thresholds it reads.
 *
 * @example
 * ```ts
 * import { rules } from '@lw/perf-eval'
 * const rule = rules.find((r) => r.code === 'BUDGET_COMPLETION_LOW')
 * rule?.thresholds // ['completionFloor']
 * ```
 */
export interface RuleDefinition {
  /** The finding code the rule emits. */
  readonly code: string
  /** The severity of its findings. */
  readonly severity: Severity
  /** What part of the form the rule checks. */
  readonly area: RuleArea
  /** What the rule checks, in zh-CN and English. */
  readonly description: Bilingual
  /** The message template, in zh-CN and English (`{name}` placeholders filled from `params`). */
  readonly message: Bilingual
  /** The names of the scheme thresholds the rule uses (`completionFloor` …). */
  readonly thresholds: readonly string[]
}
