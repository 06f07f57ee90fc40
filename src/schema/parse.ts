import { type Finding, type FindingPath, makeFinding } from '../findings/index'
import type { Failure, Success } from '../findings/result'
import type { Locale } from '../i18n/index'
import { checkLocale, checkOptions, oneOf } from '../options/index'
import { type SelfEvaluation, SelfEvaluationSchema } from './form'
import { issueToFinding } from './issues'
import { MAX_LIST_ITEMS, overlongList, readTolerant } from './read'

/**
 * The result of {@link parseSelfEvaluation}: the normalised form with what was noticed while
 * reading it, or the findings that say why the input could not be taken as a form.
 *
 * - `success: true` — `data` is the form; `findings` lists what the tolerant reading repaired or
 *   left out (always empty in strict mode); `unreadable` the paths of the cells it left out.
 * - `success: false` — strict mode: the input is not exactly a valid form; tolerant mode: the
 *   input is not a form at all (`INPUT_NOT_A_FORM`).
 *
 * @example
 * ```ts
 * import { parseSelfEvaluation, type ParseResult } from '@lw/perf-eval'
 * const r: ParseResult = parseSelfEvaluation(null)
 * r.success // false
 * ```
 */
export type ParseResult =
  | (Success<SelfEvaluation> & {
      /** What the tolerant reading repaired or left out; always empty in strict mode. */
      readonly findings: readonly Finding[]
      /** Paths of the cells left out as unreadable. */
      readonly unreadable: readonly FindingPath[]
    })
  | Failure

/**
 * Options for {@link parseSelfEvaluation}.
 *
 * @example
 * ```ts
 * import type { ParseOptions } from '@lw/perf-eval'
 * const o: ParseOptions = { locale: 'en', mode: 'tolerant' }
 * ```
 */
export interface ParseOptions {
  /** Locale of the findings' messages. Default zh-CN. */
  readonly locale?: Locale | undefined
  /**
   * `strict` (default): all or nothing — any unknown key, unreadable cell or wrong type rejects
   * the input. `tolerant`: read as far as the form can be read (what `evaluate` does): an
   * unreadable cell is a finding at its path and left out, an unknown key a warning with a
   * did-you-mean, a value of an unambiguous wrong type (`"2021"` for a year) is read with an info
   * finding; only input that is not a form at all is rejected.
   */
  readonly mode?: 'strict' | 'tolerant' | undefined
}

const PARSE_MODES = ['strict', 'tolerant'] as const

/**
 * Reads any value as a self-evaluation form, strictly (the default) or tolerantly. Returns
 * `{ success: true, data, findings, unreadable }` with amounts normalised to canonical decimal
 * strings, or `{ success: false, findings }` with one finding per problem (`SCHEMA_INVALID`,
 * `AMOUNT_UNPARSEABLE`, `NUMBER_UNPARSEABLE`, `INPUT_NOT_A_FORM`), each with a path into the input
 * and a message in the requested locale. Never throws on the input, whatever it is (an unknown `locale` or `mode` throws
 * `OptionError`). The input is not
 * mutated.
 *
 * @example
 * ```ts
 * import { parseSelfEvaluation } from '@lw/perf-eval'
 * const input = {
 *   kind: 'department-overall', department: '广州市荔湾区机关事务管理局', fiscalYear: '2021', unit: '万元',
 *   funding: [{ source: 'total', initialBudget: '6211. 89', adjustment: 'M.8', actual: '5840. 18' }],
 * }
 * parseSelfEvaluation(input).success // false: strict reading rejects the form for one bad cell
 * const r = parseSelfEvaluation(input, { mode: 'tolerant' })
 * r.success && r.data.funding[0]?.initialBudget // '6211.89'
 * r.success && r.data.fiscalYear                // 2021
 * r.findings.map((f) => f.code)                 // ['VALUE_COERCED', 'AMOUNT_UNPARSEABLE']
 * ```
 */
export function parseSelfEvaluation(input: unknown, options?: ParseOptions): ParseResult {
  const fn = 'parseSelfEvaluation'
  const o = checkOptions(fn, options)
  const locale = checkLocale(fn, o.locale)
  const mode = oneOf(fn, 'mode', o.mode, PARSE_MODES, 'strict')
  try {
    if (mode === 'tolerant') return readTolerant(input, locale)
    const overlong = overlongList(input)
    if (overlong !== null) return { success: false, findings: [tooManyItems(overlong, locale)] }
    const result = SelfEvaluationSchema.safeParse(input, { reportInput: true })
    if (result.success) return { success: true, data: result.data, findings: [], unreadable: [] }
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

/** SCHEMA_INVALID for a list longer than any form's, as zod would word it had it looked first. */
function tooManyItems(path: (string | number)[], locale: Locale): Finding {
  const issue = {
    code: 'too_big',
    origin: 'array',
    maximum: MAX_LIST_ITEMS,
    inclusive: true,
    path,
    // Unused: SCHEMA_INVALID words a too_big issue itself.
    message: '',
  } as const
  return issueToFinding(issue, locale)
}
