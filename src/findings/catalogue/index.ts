import type { FindingCode } from '../codes.generated'
import type { ParamType, RuleDefinition, RuleDoc, RuleMessage } from '../types'
import { ASSESSMENT_DOCS, ASSESSMENT_MESSAGES } from './assessment'
import { EVIDENCE_DOCS, EVIDENCE_MESSAGES } from './evidence'
import { FORM_DOCS, FORM_MESSAGES } from './form'
import { FORMULA_DOCS, FORMULA_MESSAGES } from './formula'
import { GRID_DOCS, GRID_MESSAGES } from './grid'
import { INPUT_DOCS, INPUT_MESSAGES } from './input'
import { MONEY_DOCS, MONEY_MESSAGES } from './money'
import { RATE_DOCS, RATE_MESSAGES } from './rates'
import { SCORE_DOCS, SCORE_MESSAGES } from './score'
import { STRUCTURE_DOCS, STRUCTURE_MESSAGES } from './structure'
import { TARGET_DOCS, TARGET_MESSAGES } from './targets'

// The catalogue is kept in two halves: the messages every finding needs, and the descriptions and
// thresholds that only documentation and tools read. An app that evaluates forms in the browser
// then ships the messages alone. Both are built in pure-annotated functions: a bare array spread
// at module level counts as a side effect and would keep every template in every bundle.

/**
 * The messages of the sheet reader's rules (GRID_*, WORKBOOK_*), kept apart from the ones
 * `evaluate` can emit so that an app that only evaluates forms does not ship them. @internal
 */
export const SHEET_MESSAGES: readonly RuleMessage[] = GRID_MESSAGES

/** Every rule's code, severity and message templates that `evaluate` can emit. @internal */
export const RULE_MESSAGES: readonly RuleMessage[] = /* @__PURE__ */ (() => [
  ...INPUT_MESSAGES,
  ...MONEY_MESSAGES,
  ...RATE_MESSAGES,
  ...TARGET_MESSAGES,
  ...FORMULA_MESSAGES,
  ...ASSESSMENT_MESSAGES,
  ...SCORE_MESSAGES,
  ...FORM_MESSAGES,
  ...EVIDENCE_MESSAGES,
  ...STRUCTURE_MESSAGES,
])()

const RULE_DOCS: readonly RuleDoc[] = /* @__PURE__ */ (() => [
  ...INPUT_DOCS,
  ...MONEY_DOCS,
  ...RATE_DOCS,
  ...TARGET_DOCS,
  ...FORMULA_DOCS,
  ...ASSESSMENT_DOCS,
  ...SCORE_DOCS,
  ...FORM_DOCS,
  ...EVIDENCE_DOCS,
  ...STRUCTURE_DOCS,
  ...GRID_DOCS,
])()

/**
 * The rule catalogue as data: every finding code the library can emit, its default severity, a
 * one-line description and message templates in zh-CN and en, and the scheme thresholds it reads.
 * Codes never change meaning; new ones are added.
 *
 * @example
 * ```ts
 * import { rules } from '@lw/perf-eval'
 * rules.map((r) => r.code).includes('FUNDING_TOTAL_MISMATCH') // true
 * rules.find((r) => r.code === 'BUDGET_COMPLETION_LOW')?.thresholds // ['completionFloor']
 * ```
 */
export const rules: readonly RuleDefinition[] = /* @__PURE__ */ (() => {
  const docs = new Map(RULE_DOCS.map((d) => [d.code, d]))
  return [...RULE_MESSAGES, ...SHEET_MESSAGES].map((m) => {
    const doc = docs.get(m.code)
    return {
      code: m.code as FindingCode,
      severity: m.severity,
      area: doc?.area ?? 'input',
      description: doc?.description ?? { 'zh-CN': '', en: '' },
      message: m.message,
      thresholds: doc?.thresholds ?? [],
      params: paramsOf(m, doc),
    }
  })
})()

/** A rule's params: its placeholders (strings unless the doc says otherwise), then the extras. */
function paramsOf(m: RuleMessage, doc: RuleDoc | undefined): Readonly<Record<string, ParamType>> {
  const out: Record<string, ParamType> = {}
  for (const text of [m.message['zh-CN'], m.message.en]) {
    for (const match of text.matchAll(/\{([A-Za-z0-9_]+)\}/g)) out[match[1] ?? ''] = 'string'
  }
  return { ...out, ...doc?.params }
}
