/**
 * Zod issues as findings, shared by the strict and the tolerant reading. The messages are ours,
 * not zod's locales: zod's zh-CN table mixes English type names into Chinese ("期望 string，实际接收
 * undefined") and names a field by its JSON key. Ours name the cell by its printed label and say
 * "未填写" for a missing value. The parts of a message (issue code, expected and received kinds,
 * allowed values) travel in the finding's params, so a report can write it again in another locale.
 * @internal
 */
import type { $ZodIssue } from 'zod/v4/core'
import {
  type Finding,
  type FindingParam,
  type FindingParamsMap,
  makeFinding,
} from '../findings/index'
import { fillTemplate, type Locale } from '../i18n/index'
import { amountProblemText, isAmountProblem } from '../money/amount'
import { fieldName } from './fields'

type Pair = readonly [zh: string, en: string]

/** Kinds of value, as zod names them, in words. */
const KINDS: Readonly<Record<string, Pair>> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['是/否', 'yes or no'],
  array: ['列表', 'a list'],
  object: ['对象', 'an object'],
  date: ['日期', 'a date'],
  null: ['空值', 'null'],
  undefined: ['空', 'nothing'],
  nan: ['非数字', 'not a number'],
  bigint: ['整数', 'a whole number'],
}

/** Message templates by zod issue code, `[zh-CN, en]`. */
const DETAILS: Readonly<Record<string, Pair>> = {
  missing: ['未填写', 'missing'],
  invalid_type: ['应为{expected}，实际为{received}', 'expected {expected}, got {received}'],
  invalid_value: ['应为以下之一：{values}', 'must be one of {values}'],
  invalid_value_codes: ['不是允许的取值', 'must be one of {values}'],
  too_small_empty: ['不能为空', 'must not be empty'],
  too_small: ['不能小于 {minimum}', 'must be at least {minimum}'],
  too_big: ['不能大于 {maximum}', 'must be at most {maximum}'],
  invalid_format_date: [
    '应为“年-月-日”格式的日期（如 2021-12-31）',
    'must be a date written year-month-day (2021-12-31)',
  ],
  invalid_format: ['格式不正确', 'is not in the expected format'],
  unrecognized_keys: ['有未知字段：{keys}', 'has unknown fields: {keys}'],
  invalid_union: ['无法识别', 'cannot be read'],
  invalid_union_kinds: ['应为{expected}，实际为{received}', 'expected {expected}, got {received}'],
  not_multiple_of: ['应为 {divisor} 的倍数', 'must be a multiple of {divisor}'],
  other: ['无效', 'is invalid'],
}

/** The zod type name of a value, as zod's messages name it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number'
  return typeof value
}

function kindText(kind: FindingParam | undefined, zh: boolean): string {
  if (Array.isArray(kind)) return kind.map((k: string) => kindText(k, zh)).join(zh ? '或' : ' or ')
  const k = typeof kind === 'string' ? kind : ''
  const pair = Object.hasOwn(KINDS, k) ? KINDS[k] : undefined
  return pair === undefined ? k : pair[zh ? 0 : 1]
}

/**
 * The locale-free parts of an issue's message: the zod code and what it needs (kinds, values,
 * bounds). Kept in the finding's params under these names.
 */
function issueParts(issue: $ZodIssue, input: unknown): Record<string, FindingParam> {
  const parts: Record<string, FindingParam> = { zodCode: issue.code }
  const given = 'input' in issue ? issue.input : input
  switch (issue.code) {
    case 'invalid_type':
      parts.expected = issue.expected
      parts.received = kindOf(given)
      break
    case 'invalid_value':
      parts.values = issue.values.map((v) => String(v))
      parts.received = kindOf(given)
      break
    case 'too_small':
      parts.minimum = String(issue.minimum)
      parts.origin = issue.origin
      break
    case 'too_big':
      parts.maximum = String(issue.maximum)
      parts.origin = issue.origin
      break
    case 'invalid_format':
      parts.format = issue.format
      break
    case 'not_multiple_of':
      parts.divisor = String(issue.divisor)
      break
    case 'unrecognized_keys':
      parts.keys = issue.keys
      break
    case 'invalid_union': {
      // A union of plain kinds (an amount is text or a number): say which kinds it takes.
      const kinds = issue.errors.flatMap((branch) =>
        branch.flatMap((i) =>
          i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : [],
        ),
      )
      if (kinds.length === issue.errors.length && kinds.length > 0) {
        parts.expected = [...new Set(kinds)]
        parts.received = kindOf(given)
      }
      break
    }
    default:
      break
  }
  return parts
}

/**
 * A schema issue's message, without the field, in a locale: "未填写", "应为数字，实际为文本". Reads
 * only the params {@link issueToFinding} stores, so a finding read back from JSON can be written
 * again in the other locale. Null when the params do not describe a zod issue.
 * @internal
 */
export function schemaIssueDetail(
  params: Readonly<Record<string, FindingParam>>,
  locale: Locale,
): string | null {
  const zh = locale !== 'en'
  const code = params.zodCode
  if (typeof code !== 'string') return null
  const values: readonly string[] = Array.isArray(params.values) ? (params.values as string[]) : []
  let key = Object.hasOwn(DETAILS, code) ? code : 'other'
  if ((code === 'invalid_type' || code === 'invalid_value') && params.received === 'undefined') {
    key = 'missing'
  } else if (code === 'invalid_value' && zh && values.some((v) => /[A-Za-z]/u.test(v))) {
    // The allowed values are the schema's codes ("general-budget"): the Chinese message does not
    // spell out English codes; the finding's params and the JSON Schema list them.
    key = 'invalid_value_codes'
  } else if (code === 'too_small' && params.minimum === '1' && params.origin !== 'number') {
    key = 'too_small_empty'
  } else if (code === 'invalid_union' && Array.isArray(params.expected)) {
    key = 'invalid_union_kinds'
  } else if (code === 'invalid_format' && params.format === 'date') {
    key = 'invalid_format_date'
  }
  const template = (DETAILS[key] ?? DETAILS.other ?? ['', ''])[zh ? 0 : 1]
  return fillTemplate(template, {
    ...params,
    expected: kindText(params.expected, zh),
    received: kindText(params.received, zh),
    values: values.map((v) => (zh ? `“${v}”` : `"${v}"`)).join(zh ? '、' : ', '),
  })
}

/**
 * Converts one zod issue to a finding. `input` is the value at the issue's path, when the caller
 * knows it (zod's final issues carry it only with `reportInput`).
 * @internal
 */
export function issueToFinding(issue: $ZodIssue, locale: Locale, input?: unknown): Finding {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const field = fieldName(path, locale)
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
  const parts = issueParts(issue, input)
  const detail = schemaIssueDetail(parts, locale) ?? issue.message
  // issueParts gives only the params SCHEMA_INVALID declares; its return type cannot say which.
  const params = { ...parts, field, detail } as FindingParamsMap['SCHEMA_INVALID']
  return makeFinding('SCHEMA_INVALID', path, params, { locale })
}

function stringParam(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
