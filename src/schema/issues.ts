/**
 * Zod issues as findings, shared by the strict and the tolerant reading.
 * @internal
 */
import { en, zhCN } from 'zod/locales'
import type { $ZodIssue } from 'zod/v4/core'
import { type Finding, formatPath, makeFinding } from '../findings/index'
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
    const code = params.findingCode
    // Only the decimal fields raise custom issues with a finding code (schema/fields.ts); any
    // other custom issue is a plain schema finding, so its message has its `detail`.
    if (code === 'AMOUNT_UNPARSEABLE' || code === 'NUMBER_UNPARSEABLE') {
      const problem = stringParam(params.problem)
      const reason = isAmountProblem(problem) ? amountProblemText(problem, locale) : issue.message
      return makeFinding(
        code,
        path,
        { field, text: stringParam(params.text), problem, reason },
        { locale },
      )
    }
  }
  const keys = issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}
  return makeFinding(
    'SCHEMA_INVALID',
    path,
    { field, detail: issue.message, zodCode: issue.code, ...keys },
    { locale },
  )
}

function stringParam(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
