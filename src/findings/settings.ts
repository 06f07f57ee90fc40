import { OptionError } from '../options/index'
import { RULE_MESSAGES } from './catalogue/index'
import type { FindingCode } from './codes.generated'
import { nearest } from './nearest'
import type { Finding, Severity } from './types'

/**
 * What to do with a rule's findings, as in eslint: `'off'` drops them, a severity replaces the
 * rule's default. Strings only: eslint's 0/1/2 have no place for `info`, so a number is an error.
 *
 * @example
 * ```ts
 * import type { RuleSetting } from '@lw/perf-eval'
 * const s: RuleSetting = 'off'
 * ```
 */
export type RuleSetting = 'off' | Severity

/**
 * Settings by rule code: `{ EVIDENCE_MISSING: 'off', BUDGET_COMPLETION_LOW: 'error' }`. A rule
 * left out keeps its default severity.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, type RuleSettings } from '@lw/perf-eval'
 * const rules: RuleSettings = { EVIDENCE_MISSING: 'off' }
 * evaluate(liwan2021Form, { rules }).findings.some((f) => f.code === 'EVIDENCE_MISSING') // false
 * ```
 */
export type RuleSettings = Readonly<Partial<Record<FindingCode, RuleSetting>>>

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error']

/**
 * Checks a `rules` option: an object whose keys are catalogue codes and whose values are rule
 * settings. Throws {@link OptionError} naming `rules.CODE`, with the nearest code when a key is
 * misspelt. Returns the settings that change something.
 * @internal
 */
export function checkRuleSettings(fn: string, value: unknown): ReadonlyMap<string, RuleSetting> {
  const out = new Map<string, RuleSetting>()
  if (value === undefined) return out
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OptionError(fn, 'rules', value, 'an object of rule codes and settings')
  }
  const codes = RULE_MESSAGES.map((r) => r.code)
  for (const [code, setting] of Object.entries(value)) {
    if (!codes.includes(code)) {
      const near = nearest(code, codes)
      const hint = near === null ? '' : ` (did you mean "${near}"?)`
      throw new OptionError(fn, `rules.${code}`, code, `a rule code of the catalogue${hint}`)
    }
    if (!(SETTINGS as readonly unknown[]).includes(setting)) {
      throw new OptionError(fn, `rules.${code}`, setting, SETTINGS)
    }
    out.set(code, setting as RuleSetting)
  }
  return out
}

/**
 * Applies rule settings to findings made with the defaults: drops the rules turned off and gives
 * the others their set severity. Returns a new array in the same order; callers sort again.
 * @internal
 */
export function applyRuleSettings<F extends Finding>(
  findings: readonly F[],
  settings: ReadonlyMap<string, RuleSetting>,
): F[] {
  if (settings.size === 0) return [...findings]
  const out: F[] = []
  for (const f of findings) {
    const setting = settings.get(f.code)
    if (setting === 'off') continue
    out.push(setting === undefined || setting === f.severity ? f : { ...f, severity: setting })
  }
  return out
}
