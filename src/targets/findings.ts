import {
  type CodeWithParam,
  type Finding,
  type FindingParamsMap,
  type FindingPath,
  makeFinding,
  type ParamsWithout,
} from '../findings/index'
import { type Locale, pick, shownText } from '../i18n/index'
import { checkBoolean, checkOptionalLocale, checkPath } from '../options/index'
import { withinTargetLimits } from './limits'
import { normalizeTargetText } from './normalize'
import { checkTargetOptions, lowerIsBetter, parseTarget } from './parse'
import type { Target, TargetProblem } from './types'

/**
 * Options for {@link targetFindings}.
 *
 * @example
 * ```ts
 * import type { TargetFindingsOptions } from '@lw/perf-eval'
 * const o: TargetFindingsOptions = { indicatorName: '市民满意度调查', path: ['indicators', 15, 'target'] }
 * ```
 */
export interface TargetFindingsOptions {
  /** Name of the indicator, for the messages and to infer direction. */
  readonly indicatorName?: string | undefined
  /** 二级指标 as printed ("数量指标" …), to tell output quantities. */
  readonly level2?: string | undefined
  /** Path of the target field in the input; findings carry it. */
  readonly path?: FindingPath | undefined
  /** Language of the messages (`zh-CN` default). */
  readonly locale?: Locale | undefined
  /**
   * Report a placeholder target ("-", "一", "无") as `TARGET_MISSING` too. Default false: forms
   * print a dash where no target applies (the 项目决策/项目管理 rows of 4-part templates).
   */
  readonly placeholderIsMissing?: boolean | undefined
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const PROBLEM_TEXT: Readonly<Record<TargetProblem, { 'zh-CN': string; en: string }>> = {
  'ocr-damage': {
    'zh-CN': '数字中混有字母，疑似 OCR 损坏',
    en: 'letters are mixed into the figure; it looks OCR-damaged',
  },
  'conflicting-comparators': {
    'zh-CN': '比较符相互矛盾',
    en: 'its comparators contradict each other',
  },
  'bad-date': { 'zh-CN': '日期不存在', en: 'the date does not exist' },
  'too-long': { 'zh-CN': '文字过长，未读取', en: 'it is too long to be read' },
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const EXPECTED_TEXT = {
  higher: { 'zh-CN': '越高越好', en: 'higher is better' },
  lower: { 'zh-CN': '越低越好', en: 'lower is better' },
} as const

/**
 * The findings a target text raises on its own, with the path you give:
 * - `TARGET_MISSING` — no target (absent or blank; placeholders only with `placeholderIsMissing`);
 * - `TARGET_UNPARSEABLE` — an `unreadable` target ("M.8万元"), with the reason;
 * - `TARGET_OCR_SUSPECT` — a target that parses but was probably misread ("290%" → "≥90%"?);
 * - `TARGET_COMPARATOR_UNUSUAL` — a written upper bound on an output quantity ("≤4" for a
 *   数量指标), or a written lower bound on a lower-is-better indicator.
 * `assessIndicator` includes these in its findings; the rules layer can call this directly. Accepts
 * the text, or a target already parsed from it.
 *
 * @example
 * ```ts
 * import { targetFindings } from '@lw/perf-eval'
 * const path = ['indicators', 13, 'target']
 * targetFindings('M.8万元', { indicatorName: '绿化、水电费等成本', path }).map((f) => f.code) // ['TARGET_UNPARSEABLE']
 * targetFindings('290%', { indicatorName: '市民满意度调查' }).map((f) => f.code) // ['TARGET_OCR_SUSPECT']
 * targetFindings('≥95%', { indicatorName: '验收通过率' }) // []
 * ```
 */
export function targetFindings(
  target: string | Target | undefined | null,
  options: TargetFindingsOptions = {},
): Finding[] {
  const fn = 'targetFindings'
  checkTargetOptions(fn, options)
  checkPath(fn, options.path)
  checkOptionalLocale(fn, options.locale)
  checkBoolean(fn, 'placeholderIsMissing', options.placeholderIsMissing, false)
  const path = options.path ?? []
  // A name over the limits is not read, only shown (cut) in the messages.
  const name = withinTargetLimits(options.indicatorName ?? '') ? options.indicatorName : undefined
  const indicator = name ?? shownText(options.indicatorName ?? '')
  const locale = options.locale
  const make = <C extends CodeWithParam<'indicator'>>(
    code: C,
    params: ParamsWithout<C, 'indicator'>,
  ): Finding<C>[] => [
    // Omit<…> plus the omitted key is the whole params type; TypeScript cannot see that for a generic C.
    makeFinding(code, path, { indicator, ...params } as FindingParamsMap[C], { locale }),
  ]
  if (target === undefined || target === null) return make('TARGET_MISSING', {})
  const t = typeof target === 'string' ? parseTarget(target, { indicatorName: name }) : target
  if (t.kind === 'none') {
    const blank = normalizeTargetText(t.raw) === ''
    return blank || options.placeholderIsMissing === true ? make('TARGET_MISSING', {}) : []
  }
  if (t.kind === 'unreadable') {
    return make('TARGET_UNPARSEABLE', {
      text: t.problem === 'too-long' ? shownText(t.raw) : t.raw,
      reason: pick(PROBLEM_TEXT[t.problem], locale),
      problem: t.problem,
      fragment: t.fragment,
    })
  }
  if (t.kind !== 'quantitative') return []
  if (t.suspect !== undefined) {
    return make('TARGET_OCR_SUSPECT', { text: t.raw, reading: t.suspect.reading })
  }
  if (t.comparatorInferred || t.comparator === 'between' || t.comparator === '=') return []
  const upperBound = t.comparator === '<=' || t.comparator === '<'
  const lower = name !== undefined && lowerIsBetter(name)
  const quantity = isOutputQuantity(name, options.level2)
  const unusual = upperBound ? quantity && !lower : lower && !t.value.startsWith('-')
  if (!unusual) return []
  const glyph = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' }[t.comparator]
  return make('TARGET_COMPARATOR_UNUSUAL', {
    text: t.raw,
    comparator: glyph,
    expected: pick(EXPECTED_TEXT[upperBound ? 'higher' : 'lower'], locale),
  })
}

function isOutputQuantity(name: string | undefined, level2: string | undefined): boolean {
  if (level2?.includes('数量') === true) return true
  return name !== undefined && (name.includes('数量') || name.includes('个数'))
}
