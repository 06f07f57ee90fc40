import { en, zhCN } from 'zod/locales'
import type { $ZodIssue } from 'zod/v4/core'
import { type Finding, type FindingParam, formatPath, makeFinding } from '../findings/index'
import type { Locale } from '../i18n/index'
import { amountProblemText, isAmountProblem } from '../money/amount'
import { type SelfEvaluation, SelfEvaluationSchema } from './form'

/**
 * The result of {@link parseSelfEvaluation}: the normalised form, or the findings that say why the
 * input is not one.
 *
 * @example
 * ```ts
 * import { parseSelfEvaluation, type ParseResult } from '@lw/perf-eval'
 * const r: ParseResult = parseSelfEvaluation(null)
 * r.success // false
 * ```
 */
export type ParseResult =
  | { readonly success: true; readonly data: SelfEvaluation }
  | { readonly success: false; readonly findings: readonly Finding[] }

/**
 * Options for {@link parseSelfEvaluation}.
 *
 * @example
 * ```ts
 * import type { ParseOptions } from '@lw/perf-eval'
 * const o: ParseOptions = { locale: 'en' }
 * ```
 */
export interface ParseOptions {
  /** Locale of the findings' messages. Default zh-CN. */
  readonly locale?: Locale | undefined
}

// Zod's own messages, chosen per call: we never touch zod's global configuration.
const zodErrorMaps = { 'zh-CN': zhCN().localeError, en: en().localeError } as const

/**
 * Reads any value as a self-evaluation form. Returns `{ success: true, data }` with amounts
 * normalised to canonical decimal strings, or `{ success: false, findings }` with one finding per
 * problem (`SCHEMA_INVALID`, `AMOUNT_UNPARSEABLE`, `NUMBER_UNPARSEABLE`), each with a path into the
 * input and a message in the requested locale. Never throws, whatever it is given. The input is not
 * mutated.
 *
 * @example
 * ```ts
 * import { parseSelfEvaluation } from '@lw/perf-eval'
 * const r = parseSelfEvaluation({
 *   kind: 'department-overall', department: '广州市荔湾区机关事务管理局', fiscalYear: 2021, unit: '万元',
 *   funding: [{ source: 'total', initialBudget: '6211. 89', adjustment: '327. 17', actual: '5840. 18' }],
 * })
 * r.success && r.data.funding[0]?.initialBudget // '6211.89'
 * ```
 */
export function parseSelfEvaluation(input: unknown, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? 'zh-CN'
  try {
    const result = SelfEvaluationSchema.safeParse(input, { error: zodErrorMaps[locale] })
    if (result.success) return { success: true, data: result.data }
    return { success: false, findings: result.error.issues.map((i) => issueToFinding(i, locale)) }
  } catch (error) {
    // Only exotic non-JSON values get here (a getter that throws, a revoked Proxy).
    const detail = error instanceof Error ? error.message : String(error)
    return {
      success: false,
      findings: [makeFinding('INPUT_UNREADABLE', [], { detail }, { locale })],
    }
  }
}

/** Converts one zod issue to a finding. @internal */
export function issueToFinding(issue: $ZodIssue, locale: Locale): Finding {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const field = path.length === 0 ? (locale === 'en' ? '(form)' : '（表单）') : formatPath(path)
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as Record<string, unknown>
    const code = typeof params.findingCode === 'string' ? params.findingCode : 'SCHEMA_INVALID'
    const problem = stringParam(params.problem)
    const reason = isAmountProblem(problem) ? amountProblemText(problem, locale) : issue.message
    return makeFinding(
      code,
      path,
      { field, text: stringParam(params.text), problem, reason },
      { locale },
    )
  }
  const params: Record<string, FindingParam> = { field, detail: issue.message, zodCode: issue.code }
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys
  return makeFinding('SCHEMA_INVALID', path, params, { locale })
}

function stringParam(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
