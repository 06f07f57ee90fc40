import type { Locale } from '../i18n/index'
import { RULE_MESSAGES, SHEET_MESSAGES } from './catalogue/index'
import type { FindingCode, FindingParamsMap } from './codes.generated'
import { findingFromRule } from './make'
import type { Finding, FindingPath, RuleMessage, Severity } from './types'

export { rules } from './catalogue/index'
export type { FindingCode, FindingParamsMap } from './codes.generated'
export { type CellMap, cellOf, type LocateOptions, locate, placeOf } from './locate'
export { RULES_DOCS, ruleDocsUrl, toPointer } from './make'
export type { Failure, Result, Success } from './result'
export {
  applyRuleSettings,
  checkRuleSettings,
  type RuleSetting,
  type RuleSettings,
} from './settings'
export type {
  CodeWithParam,
  Finding,
  FindingParam,
  FindingPath,
  LocatedFinding,
  ParamsWithout,
  ParamType,
  RuleArea,
  RuleDefinition,
  Severity,
} from './types'

// Built on first use, not at module load: a module-level `new Map(...)` is a side effect that keeps
// the whole catalogue in every bundle of a chunk that merely contains this module.
let byCode: ReadonlyMap<string, RuleMessage> | undefined

/**
 * Whether a string is a code of the catalogue: narrows a code read from elsewhere (a stored
 * finding typed `{ code: string }`, a config file) to {@link FindingCode}.
 *
 * @example
 * ```ts
 * import { isFindingCode } from '@lw/perf-eval'
 * isFindingCode('EVIDENCE_MISSING') // true
 * isFindingCode('EVIDENCE_MISING')  // false
 * ```
 */
export function isFindingCode(code: string): code is FindingCode {
  return anyRuleFor(code) !== undefined
}

let allByCode: Map<string, RuleMessage> | undefined

/** Looks any rule's message up by code, the sheet reader's included. @internal */
export function anyRuleFor(code: string): RuleMessage | undefined {
  allByCode ??= new Map([...RULE_MESSAGES, ...SHEET_MESSAGES].map((r) => [r.code, r]))
  return allByCode.get(code)
}

/** Looks a rule's message up by code. @internal */
export function ruleFor(code: FindingCode): RuleMessage | undefined {
  byCode ??= new Map(RULE_MESSAGES.map((r) => [r.code, r]))
  return byCode.get(code)
}

/** Options for {@link makeFinding}. @internal */
export interface MakeFindingOptions {
  readonly locale?: Locale | undefined
  readonly severity?: Severity | undefined
}

/**
 * Builds a finding for a catalogued code, rendering its message in the locale. An unknown code is
 * a programming error inside this library, so it is reported as such rather than thrown.
 * @internal
 */
export function makeFinding<C extends FindingCode>(
  code: C,
  path: FindingPath,
  params: FindingParamsMap[C],
  options: MakeFindingOptions = {},
): Finding<C> {
  return findingFromRule(code, ruleFor(code), path, params, options)
}

/**
 * Builds a finding of the sheet reader (GRID_*, WORKBOOK_*), whose messages are kept out of the
 * set `makeFinding` looks in. @internal
 */
export function makeSheetFinding<C extends FindingCode>(
  code: C,
  path: FindingPath,
  params: FindingParamsMap[C],
  options: MakeFindingOptions = {},
): Finding<C> {
  return findingFromRule(code, anyRuleFor(code), path, params, options)
}

/**
 * A finding's path as a reader types it: object keys joined by dots, array indexes in brackets.
 *
 * @example
 * ```ts
 * import { formatPath } from '@lw/perf-eval'
 * formatPath(['tasks', 0, 'indicators', 2, 'formula']) // 'tasks[0].indicators[2].formula'
 * formatPath([])                                       // ''
 * ```
 */
export function formatPath(path: FindingPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/**
 * Sorts findings by severity (errors first), then by path, then by code: the order reports use.
 * Returns a new array.
 *
 * @example
 * ```ts
 * import { parseSelfEvaluation, sortFindings } from '@lw/perf-eval'
 * const r = parseSelfEvaluation({ kind: 'project' })
 * if (!r.success) sortFindings(r.findings)[0]?.severity // 'error'
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    if (bySeverity !== 0) return bySeverity
    const byPath = comparePaths(a.path, b.path)
    return byPath !== 0 ? byPath : a.code < b.code ? -1 : a.code > b.code ? 1 : 0
  })
}

function comparePaths(a: FindingPath, b: FindingPath): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}
