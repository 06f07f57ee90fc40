import { fillTemplate, type Locale, pick } from '../i18n/index'
import type { Finding, FindingParam, FindingPath, RuleMessage, Severity } from './types'

/** Options for {@link findingFromRule}. @internal */
export interface FindingFromRuleOptions {
  readonly locale?: Locale | undefined
  readonly severity?: Severity | undefined
}

/**
 * Builds a finding from one rule definition. Kept apart from the catalogue so that a module which
 * emits a single code (money parsing, under the zod-free `./rates` entry) does not pull every
 * rule's message templates into a browser bundle.
 * @internal
 */
export function findingFromRule(
  code: string,
  rule: RuleMessage | undefined,
  path: FindingPath,
  params: Readonly<Record<string, FindingParam>>,
  options: FindingFromRuleOptions = {},
): Finding {
  const message = rule ? fillTemplate(pick(rule.message, options.locale), params) : code
  return {
    code,
    severity: options.severity ?? rule?.severity ?? 'error',
    path: [...path],
    message,
    params: { ...params },
  }
}
