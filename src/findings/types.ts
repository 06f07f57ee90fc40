import type { Bilingual } from '../i18n/index'
import type { FindingCode, FindingParamsMap } from './codes.generated'

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
 * `message` is rendered in the requested locale; `params` carries the figures behind it, typed by
 * the code: `Finding` is a union discriminated by `code`, so checking the code narrows `params`.
 * `Finding<'BUDGET_COMPLETION_LOW'>` is the finding of one code.
 *
 * `pointer` is `path` as an RFC 6901 JSON Pointer, and `docs` links the rule's section of
 * docs/rules.md. A finding read back from JSON (`JSON.parse` gives `any`) is assignable to
 * `Finding`; a value typed `{ code: string }` is narrowed first with {@link isFindingCode}.
 *
 * @example
 * ```ts
 * import { evaluate, type Finding, liwan2021Form } from '@lw/perf-eval'
 * const low = evaluate(liwan2021Form).findings.find(
 *   (f): f is Finding<'BUDGET_COMPLETION_LOW'> & { location: string } => f.code === 'BUDGET_COMPLETION_LOW',
 * )
 * low?.params.rate // '89.31%'
 * low?.params.threshold // '90.00%'
 * low?.docs // 'docs/rules.md#budget_completion_low'
 * ```
 */
export type Finding<C extends FindingCode = FindingCode> = {
  readonly [K in C]: {
    /** The rule's stable code, listed in the catalogue ({@link rules}). */
    readonly code: K
    /** How serious it is: the rule's default severity, or the one a rule setting gave it. */
    readonly severity: Severity
    /** Where in the input: object keys and array indexes, outermost first. */
    readonly path: FindingPath
    /** `path` as an RFC 6901 JSON Pointer ("/tasks/1/indicators/1/target"; "" for the whole input). */
    readonly pointer: string
    /** Where the rule is documented: its section of docs/rules.md ({@link RULES_DOCS}). */
    readonly docs: string
    /** The message, in the locale it was made in (`formatFinding` writes it in another). */
    readonly message: string
    /** The figures and words behind the message, typed by the code. */
    readonly params: Readonly<FindingParamsMap[K]>
  }
}[C]

/**
 * The codes whose findings carry the param `N`: what a helper that fills `N` for several codes
 * accepts.
 * @internal
 */
export type CodeWithParam<N extends string> = {
  [K in FindingCode]: N extends keyof FindingParamsMap[K] ? K : never
}[FindingCode]

/**
 * The params of code `C` less the ones a helper fills in (`K`).
 * @internal
 */
export type ParamsWithout<C extends FindingCode, K extends string> = Omit<FindingParamsMap[C], K>

/**
 * A finding as {@link evaluate} and {@link validate} return it: with `location`, where it points
 * in words of the locale ("任务2 › 垃圾分类率 › 预期实现值"), made by {@link locate}.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const f = evaluate(liwan2021Form, { locale: 'en' }).findings.find((x) => x.code === 'EVIDENCE_MISSING')
 * f?.location // 'Task 2 › 垃圾分类率'
 * f?.pointer // '/tasks/1/indicators/1'
 * f?.cell // undefined: this form was not read from a sheet
 * ```
 */
export type LocatedFinding<C extends FindingCode = FindingCode> = Finding<C> & {
  /** Where the finding points, for a reader, in the evaluation's locale. */
  readonly location: string
  /**
   * The spreadsheet cell to fix ("Sheet1!F12"), when the form was read from a sheet and its cell
   * map given to {@link evaluate} as `cells`: the cell of the value, of the row's name for a whole
   * row, or of the nearest enclosing value.
   */
  readonly cell?: string
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
  /**
   * The type of each param that is not a plain string, and the params an emitter passes that the
   * message does not print. Every other `{placeholder}` of the message is a string.
   */
  readonly params?: Readonly<Record<string, ParamType>>
}

/**
 * The type of a finding param, as the catalogue writes it (a TypeScript type, spelled out).
 *
 * @example
 * ```ts
 * import { rules } from '@lw/perf-eval'
 * rules.find((r) => r.code === 'FUNDING_TOTAL_EMPTY')?.params // { sources: 'number' }
 * ```
 */
export type ParamType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'string | null'
  | 'number | null'
  | 'readonly string[]'
  | 'FindingParam'

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
  /** The rule's stable code. */
  readonly code: FindingCode
  /** The severity its findings have unless a rule setting changes it. */
  readonly severity: Severity
  /** What part of the form the rule checks. */
  readonly area: RuleArea
  /** What the rule checks, in zh-CN and English. */
  readonly description: Bilingual
  /** The message template, in zh-CN and English (`{name}` placeholders filled from `params`). */
  readonly message: Bilingual
  /** The names of the scheme thresholds the rule uses (`completionFloor` …). */
  readonly thresholds: readonly string[]
  /** Every param a finding of this rule carries, with its type: the message's placeholders and the extras. */
  readonly params: Readonly<Record<string, ParamType>>
}
