/**
 * Zod issues as findings, shared by the strict and the tolerant reading.
 * @internal
 */
import { en, zhCN } from 'zod/locales'
import type { $ZodIssue } from 'zod/v4/core'
import { type Finding, type FindingParam, formatPath, makeFinding } from '../findings/index'
import type { Locale } from '../i18n/index'
import { amountProblemText, isAmountProblem } from '../money/amount'

/** Zod's own messages, chosen per call: we never touch zod's global configuration. @internal */
export const zodErrorMaps = { 'zh-CN': zhCN().localeError, en: en().localeError } as const

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
