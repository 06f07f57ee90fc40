import { fillTemplate, type Locale, pick } from '../i18n/index'
import type { FindingCode, FindingParamsMap } from './codes.generated'
import type { Finding, FindingPath, RuleMessage, Severity } from './types'

/**
 * Where the rule catalogue is documented. The package names no repository, so links are relative
 * to the package root (docs/rules.md ships beside src/); an app that hosts the docs prefixes its
 * own base URL. Each rule's section is the heading `### CODE`, whose anchor is the code in lower
 * case.
 *
 * @example
 * ```ts
 * import { RULES_DOCS } from '@lw/perf-eval'
 * RULES_DOCS // 'docs/rules.md'
 * ```
 */
export const RULES_DOCS = 'docs/rules.md'

/**
 * The link to a rule's section of docs/rules.md.
 *
 * @example
 * ```ts
 * import { ruleDocsUrl } from '@lw/perf-eval'
 * ruleDocsUrl('BUDGET_COMPLETION_LOW') // 'docs/rules.md#budget_completion_low'
 * ```
 */
export function ruleDocsUrl(code: FindingCode): string {
  return `${RULES_DOCS}#${code.toLowerCase()}`
}

/**
 * A path as an RFC 6901 JSON Pointer: each key or index after a `/`, with `~` written `~0` and `/`
 * written `~1`. The empty path (the whole input) is the empty pointer.
 *
 * @example
 * ```ts
 * import { toPointer } from '@lw/perf-eval'
 * toPointer(['tasks', 1, 'indicators', 1, 'target']) // '/tasks/1/indicators/1/target'
 * toPointer(['extensions', 'a/b~c'])                 // '/extensions/a~1b~0c'
 * toPointer([])                                      // ''
 * ```
 */
export function toPointer(path: FindingPath): string {
  let out = ''
  for (const part of path) out += `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`
  return out
}

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
export function findingFromRule<C extends FindingCode>(
  code: C,
  rule: RuleMessage | undefined,
  path: FindingPath,
  params: FindingParamsMap[C],
  options: FindingFromRuleOptions = {},
): Finding<C> {
  const message = rule ? fillTemplate(pick(rule.message, options.locale), params) : code
  return {
    code,
    severity: options.severity ?? rule?.severity ?? 'error',
    path: [...path],
    pointer: toPointer(path),
    docs: ruleDocsUrl(code),
    message,
    params: { ...params },
  }
}
