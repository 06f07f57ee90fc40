/**
 * Messages written at render time. A finding keeps its `code` and `params`; its `message` is in
 * the locale of the evaluation that made it. To show it in another locale the message is written
 * again from the catalogue's template, and the params that are words rather than figures (a rate's
 * name, a status, why an amount cannot be read) are put into that locale too: each is looked up in
 * the tables those words come from, by the code the finding carries beside them or by the words
 * themselves. Everything that is not such a word (figures, the form's own text) is left as it is.
 */
import { PROBLEM_TEXT as ACTUAL_PROBLEMS, GRADE_NAMES } from '../assess/assess'
import { RULE_TEXT } from '../assess/compare'
import { reasonMessage, STATUS_TEXT, trendText } from '../assess/reasons'
import { ARRIVAL_RATE, BALANCE_RATE } from '../evaluate/evaluate'
import { EXPLANATIONS } from '../evaluate/score-form'
import type { Finding, FindingParam } from '../findings/index'
import { anyRuleFor } from '../findings/index'
import { FORMULA_UNIT, UNSUPPLIABLE_REASON } from '../formula/lint'
import { PROBLEM_TEXT as FORMULA_PROBLEMS } from '../formula/parse'
import { type Bilingual, fillTemplate, LOCALES, type Locale } from '../i18n/index'
import { PROBLEM_TEXT as AMOUNT_PROBLEMS } from '../money/amount'
import { OptionError, oneOf } from '../options/index'
import { REASONS as RATE_REASONS } from '../rates/funding'
import { RATE_CONVENTIONS, RATE_NAMES } from '../rates/index'
import { BASIS } from '../rules/evidence'
import { fieldName, fundingColumnName } from '../schema/fields'
import { schemaIssueDetail } from '../schema/issues'
import { didYouMean, NOT_A_FORM_REASONS } from '../schema/read'
import { schemes } from '../score/index'
import { EXPECTED_TEXT, PROBLEM_TEXT as TARGET_PROBLEMS } from '../targets/findings'
import type { FindingCode } from './finding-codes'
import { kindLabel } from './labels'

/**
 * A message template for every finding code, for a locale the library does not ship (or to word
 * the shipped ones differently). `{name}` placeholders are filled from the finding's params, as
 * in the catalogue's own templates. Typed over every code, so a table that misses one does not
 * compile.
 *
 * @example
 * ```ts
 * import { type FindingMessages, rules } from '@lw/perf-eval'
 * // Start from the English templates and replace the ones you translate.
 * const fr = Object.fromEntries(rules.map((r) => [r.code, r.message.en])) as FindingMessages
 * const messages: FindingMessages = { ...fr, BUDGET_COMPLETION_LOW: 'Taux d’exécution {rate} < {threshold}' }
 * messages.BUDGET_COMPLETION_LOW.startsWith('Taux') // true
 * ```
 */
export type FindingMessages = Readonly<Record<FindingCode, string>>

/** Words that stand in params, by either locale's wording. Built on first use. */
let vocabulary: ReadonlyMap<string, Bilingual> | undefined

function wordsOf(): ReadonlyMap<string, Bilingual> {
  if (vocabulary !== undefined) return vocabulary
  const tables: readonly Readonly<Record<string, Bilingual>>[] = [
    STATUS_TEXT,
    GRADE_NAMES,
    RULE_TEXT,
    ACTUAL_PROBLEMS,
    EXPLANATIONS,
    FORMULA_UNIT,
    UNSUPPLIABLE_REASON,
    AMOUNT_PROBLEMS,
    RATE_NAMES,
    RATE_REASONS,
    BASIS,
    EXPECTED_TEXT,
    TARGET_PROBLEMS,
    NOT_A_FORM_REASONS,
  ]
  const all: Bilingual[] = tables.flatMap((t) => Object.values(t))
  for (const item of RATE_CONVENTIONS.map((c) => c.name)) all.push(item)
  for (const item of Object.values(schemes).map((s) => s.name)) all.push(item)
  all.push({ 'zh-CN': trendText('increase', 'zh-CN'), en: trendText('increase', 'en') })
  all.push({ 'zh-CN': trendText('decrease', 'zh-CN'), en: trendText('decrease', 'en') })
  // The zero-target verdicts and the grade scale are written inline where they are decided.
  all.push({ 'zh-CN': '，达成', en: 'meets it' })
  all.push({ 'zh-CN': '，不为 0，未达成', en: 'is not zero: not met' })
  all.push({
    'zh-CN': '良及以上为达成、中为部分达成、差为未达成',
    en: 'good or better meets it, fair partly, poor not',
  })
  all.push({ 'zh-CN': '无法推断', en: 'no probable reading' })
  all.push({
    'zh-CN': '该指标不可能取此值，原值无法推断',
    en: 'a value this indicator cannot take, with no probable reading',
  })
  all.push({ 'zh-CN': '预算执行', en: 'budget execution' }, BALANCE_RATE, ARRIVAL_RATE)
  const map = new Map<string, Bilingual>()
  for (const pair of all) {
    // Templates with placeholders are filled per finding; they are handled by code below.
    if (pair['zh-CN'].includes('{')) continue
    map.set(pair['zh-CN'], pair)
    map.set(pair.en, pair)
  }
  vocabulary = map
  return map
}

/** Words built around the form's own text: the words are kept, the frame is translated. */
const FRAMES: readonly {
  readonly zh: RegExp
  readonly en: RegExp
  readonly write: (inner: string, locale: Locale) => string
}[] = [
  {
    zh: /^可能是“(.*)”$/su,
    en: /^probably "(.*)"$/su,
    write: (x, l) => (l === 'en' ? `probably "${x}"` : `可能是“${x}”`),
  },
  {
    zh: /^，并写明“(.*)”$/su,
    en: /^, and says "(.*)"$/su,
    write: (x, l) => (l === 'en' ? `, and says "${x}"` : `，并写明“${x}”`),
  },
]

/** The target-grade frame: 预期为“良好”（良） / the target asks for "良好" (good). */
const TARGET_GRADE = {
  zh: /^预期为“(.*)”（(.+)）$/su,
  en: /^the target asks for "(.*)" \((.+)\)$/su,
}

/** A word of a param in the locale, or the value unchanged when it is not one of ours. */
function translateWord(value: string, locale: Locale): string {
  const pair = wordsOf().get(value)
  if (pair !== undefined) return pair[locale]
  for (const frame of FRAMES) {
    const m = frame.zh.exec(value) ?? frame.en.exec(value)
    if (m !== null) return frame.write(m[1] ?? '', locale)
  }
  const g = TARGET_GRADE.zh.exec(value) ?? TARGET_GRADE.en.exec(value)
  if (g !== null) {
    const words = (g[1] ?? '').split(/、|, /u)
    const grade = translateWord(g[2] ?? '', locale)
    return locale === 'en'
      ? `the target asks for "${words.join(', ')}" (${grade})`
      : `预期为“${words.join('、')}”（${grade}）`
  }
  // A reason followed by the field it is about: "分母为 0 (actual)".
  const suffixed = /^(.+) \(([A-Za-z]+)\)$/su.exec(value)
  if (suffixed !== null) {
    const head = suffixed[1] ?? ''
    const translated = translateWord(head, locale)
    if (translated !== head) {
      return `${translated} (${fundingColumnName(suffixed[2] ?? '', locale)})`
    }
  }
  return value
}

/**
 * The params that carry our words rather than the form's: only these are translated, so a quoted
 * word of the form that happens to be one of ours ("达成" in an actual) stays as the form wrote it.
 */
const WORD_PARAMS: ReadonlySet<string> = new Set([
  'status',
  'level',
  'rule',
  'verdict',
  'against',
  'hint',
  'claims',
  'trend',
  'why',
  'reason',
  'expected',
  'basis',
  'rate',
  'convention',
  'explanationText',
  'formulaUnit',
  'scheme',
  'item',
])

function translateParam(key: string, value: FindingParam, locale: Locale): FindingParam {
  if (!WORD_PARAMS.has(key)) return value
  if (typeof value === 'string') return translateWord(value, locale)
  if (Array.isArray(value)) return value.map((v: string) => translateWord(v, locale))
  return value
}

function isStatus(value: FindingParam | undefined): value is keyof typeof STATUS_TEXT {
  return typeof value === 'string' && Object.hasOwn(STATUS_TEXT, value)
}

/**
 * A finding's params with their words in the locale. Params that name the finding's own cell are
 * named again from its path; a status code becomes the status's name.
 * @internal
 */
export function localizeParams(finding: Finding, locale: Locale): Record<string, FindingParam> {
  // A finding read back from JSON may lack what the type promises.
  const raw: unknown = finding.params
  const params: Readonly<Record<string, FindingParam>> =
    typeof raw === 'object' && raw !== null ? (raw as Readonly<Record<string, FindingParam>>) : {}
  const out: Record<string, FindingParam> = {}
  for (const [key, value] of Object.entries(params)) out[key] = translateParam(key, value, locale)
  const path = Array.isArray(finding.path) ? finding.path : []
  if (typeof params.field === 'string' && finding.code !== 'UNKNOWN_FIELD') {
    out.field = fieldName(path, locale)
  }
  if (finding.code === 'UNKNOWN_FIELD' && typeof params.suggestion === 'string') {
    out.hint = didYouMean(params.suggestion, locale)
  }
  if (finding.code === 'SCHEMA_INVALID') {
    const detail = schemaIssueDetail(params, locale)
    if (detail !== null) out.detail = detail
  }
  if (typeof params.column === 'string') out.columnName = fundingColumnName(params.column, locale)
  if (finding.code === 'FORM_KIND_INFERRED' && typeof params.kind === 'string') {
    out.kind = kindName(params.kind, locale)
  }
  if (finding.code === 'FORMULA_UNPARSEABLE' && typeof params.problem === 'string') {
    const template = Object.hasOwn(FORMULA_PROBLEMS, params.problem)
      ? FORMULA_PROBLEMS[params.problem as keyof typeof FORMULA_PROBLEMS]
      : undefined
    if (template !== undefined) out.reason = fillTemplate(template[locale], params)
  }
  for (const key of ['band', 'read', 'status'] as const) {
    const v = params[key]
    // A status code is shown by its name, whether a template asks for it as {read} or {readText}.
    if (isStatus(v)) {
      out[key] = STATUS_TEXT[v][locale]
      out[`${key}Text`] = STATUS_TEXT[v][locale]
    }
  }
  return out
}

function kindName(kind: string, locale: Locale): string {
  return kind === 'project' || kind === 'department-overall' ? kindLabel(locale, kind) : kind
}

/**
 * A finding's message in a locale, written from the rule catalogue's template and the finding's
 * params, whatever locale the finding was made in: a finding saved from a zh-CN evaluation reads
 * in English, and the other way round. The words among the params (a rate's name, a status, why
 * a cell cannot be read) are put into the locale too; figures and the form's own text are kept.
 *
 * Pass `messages` to write it in a locale the library does not ship: a template for every code
 * (`locale` is then only a name, and params stay as the finding has them). A code this version
 * of the library does not know keeps the finding's own message.
 *
 * @param finding - a finding, as returned (or parsed back from JSON)
 * @param locale - `zh-CN` or `en`; any name when `messages` is given
 * @param messages - templates for every finding code, for another locale
 * @returns the message
 * @throws {@link OptionError} when `locale` is not one the library ships and no `messages` are given
 * @example
 * ```ts
 * import { evaluate, formatFinding, liwan2021Form } from '@lw/perf-eval'
 * const f = evaluate(liwan2021Form).findings.find((x) => x.code === 'BUDGET_COMPLETION_LOW')!
 * f.message              // '预算完成率 89.31% 低于 90.00%，应说明原因'
 * formatFinding(f, 'en') // 'Budget completion rate 89.31% is below 90.00%; the reason should be explained'
 * ```
 */
export function formatFinding(
  finding: Finding,
  locale: Locale | (string & {}),
  messages?: FindingMessages,
): string {
  if (messages === undefined) {
    const shipped = oneOf('formatFinding', 'locale', locale, LOCALES, 'zh-CN')
    const rule = anyRuleFor(finding.code)
    if (rule === undefined) return finding.message
    return fillTemplate(rule.message[shipped], localizeParams(finding, shipped))
  }
  const table: unknown = messages
  if (typeof table !== 'object' || table === null) {
    throw new OptionError('formatFinding', 'messages', messages, 'a table of templates by code')
  }
  const template = Object.hasOwn(messages, finding.code)
    ? (messages as Readonly<Record<string, unknown>>)[finding.code]
    : undefined
  if (typeof template !== 'string') return finding.message
  const shipped = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : null
  return fillTemplate(
    template,
    shipped === null ? finding.params : localizeParams(finding, shipped),
  )
}

/** A date as the assessment writes it (2021年12月, 3-5月, 2021年12月31日). */
const ZH_DATE = /^(?:(\d{4})年)?(?:(\d{1,2})-)?(\d{1,2})月(?:(\d{1,2})日)?$/u

/** A date of a deadline reason in the locale: "2021年12月" reads "2021-12" in English. */
function dateWords(value: FindingParam, locale: Locale): FindingParam {
  if (locale !== 'en' || typeof value !== 'string') return value
  const m = ZH_DATE.exec(value)
  if (m === null) return value
  const [, year, from, month, day] = m
  const two = (n: string | undefined) => (n ?? '').padStart(2, '0')
  const months = from === undefined ? two(month) : `${two(from)}–${two(month)}`
  const date = year === undefined ? `month ${months}` : `${year}-${months}`
  return day === undefined ? date : `${date}-${two(day)}`
}

/**
 * A grade of the scheme in the locale: the standard grades 优 良 中 差 are words of ours; a
 * scheme's own grade names are its data and stay as they are.
 * @internal
 */
export function gradeName(grade: string, locale: Locale): string {
  for (const pair of Object.values(GRADE_NAMES)) {
    if (pair['zh-CN'] === grade || pair.en === grade) return pair[locale]
  }
  return grade
}

/**
 * A reason of an indicator's status, written again in the locale from its code and params; null
 * when the code is not one this version knows.
 * @internal
 */
export function formatReason(
  detail: { readonly code: string; readonly params: Readonly<Record<string, FindingParam>> },
  locale: Locale,
): string | null {
  const params: Record<string, FindingParam> = {}
  const raw: unknown = detail.params
  const given = typeof raw === 'object' && raw !== null ? (raw as Finding['params']) : {}
  for (const [key, value] of Object.entries(given)) {
    params[key] = translateParam(key, value, locale)
  }
  if (detail.code === 'deadline') {
    params.actual = dateWords(params.actual ?? null, locale)
    params.target = dateWords(params.target ?? null, locale)
  }
  return reasonMessage(detail.code, params, locale)
}
