import type { RuleDefinition } from '../types'
import { ASSESSMENT_RULES } from './assessment'
import { EVIDENCE_RULES } from './evidence'
import { FORM_RULES } from './form'
import { FORMULA_RULES } from './formula'
import { INPUT_RULES } from './input'
import { MONEY_RULES } from './money'
import { RATE_RULES } from './rates'
import { SCORE_RULES } from './score'
import { TARGET_RULES } from './targets'

/**
 * The rule catalogue as data: every finding code the library can emit, its default severity, a
 * one-line description and message templates in zh-CN and en, and the scheme thresholds it reads.
 * Codes never change meaning; new ones are added.
 *
 * @example
 * ```ts
 * import { rules } from '@lw/perf-eval'
 * rules.map((r) => r.code).includes('FUNDING_TOTAL_MISMATCH') // true
 * ```
 */
// Built in a pure-annotated function: a bare array spread at module level counts as a side effect,
// so bundlers would keep every message template even where no finding is ever made (./rates entry).
export const rules: readonly RuleDefinition[] = /* @__PURE__ */ (() => [
  ...INPUT_RULES,
  ...MONEY_RULES,
  ...RATE_RULES,
  ...TARGET_RULES,
  ...FORMULA_RULES,
  ...ASSESSMENT_RULES,
  ...SCORE_RULES,
  ...FORM_RULES,
  ...EVIDENCE_RULES,
])()
