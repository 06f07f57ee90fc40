import {
  type CodeWithParam,
  type Finding,
  type FindingParamsMap,
  makeFinding,
  type ParamsWithout,
} from '../findings/index'
import { type Bilingual, type Locale, pick, shownText } from '../i18n/index'
import { checkText, OptionError } from '../options/index'
import { parseTarget } from '../targets/index'
import { renderNode } from './describe'
import { divisionFinding, evaluateTree, readValue } from './evaluate'
import { checkParseFormulaOptions, parseFormula } from './parse'
import {
  add,
  divide,
  fromDecimal,
  greaterThan,
  multiply,
  negate,
  type Rational,
  subtract,
  toDecimal,
} from './rational'
import { fold, nodesOf, variablesOf } from './tree'
import type { FormulaNode, FormulaValue, ParsedFormula, ParseFormulaOptions } from './types'

/**
 * The words {@link lintFormula} reads in names. Matching is by substring on the names as parsed.
 *
 * - `whole` / `wholePrefixes`: a variable naming the whole (总数, 计划, 目标, …; 应…, 需… at the
 *   start of the name) — the denominator of a rate.
 * - `part`: a variable naming the achieved part (实际, 已, 完成, 满意, 租出, 达标, …) — the numerator.
 *   When a name has words of both kinds the earliest decides ("计划完成数" is a whole, "实际完成总数"
 *   a part); a name with a negation (`negations`: 未, 不, 非, 无) is neither.
 * - `rateSuffixes`: endings of a name that make a formula a rate (率, 比例, 占比, …).
 * - `measures`: groups of words that say what a rate measures (满意; 使用/利用; 租出/出租; …).
 *   Generic words such as 完成 are deliberately absent: "脱贫工作完成率" says nothing to contradict.
 * - `qualitative`: words of a variable that cannot be a number (是否, 情况, 意见).
 * - `completionRates`: endings of a formula name that declare it the completion rate by which a
 *   count or amount target is judged (数量完成率, 完成率, 达成率): such a percent formula against a
 *   "2个" target is the usual way of scoring it, not a unit mismatch.
 *
 * @example
 * ```ts
 * import { DEFAULT_FORMULA_VOCABULARY } from '@lw/perf-eval'
 * DEFAULT_FORMULA_VOCABULARY.part.includes('实际') // true
 * ```
 */
export interface FormulaVocabulary {
  /** Words that name the whole a rate is taken of (总数, 计划数 …). */
  readonly whole: readonly string[]
  /** Prefixes that make a name a whole (应, 计划, 预定 …). */
  readonly wholePrefixes: readonly string[]
  /** Words that name the part (实际, 完成, 合格 …). */
  readonly part: readonly string[]
  /** Words that negate a part (未, 不 …). */
  readonly negations: readonly string[]
  /** Endings that make a name a rate (率, 比例, 占比 …). */
  readonly rateSuffixes: readonly string[]
  /** Groups of words that say what a rate measures. */
  readonly measures: readonly (readonly string[])[]
  /** Words of a variable that cannot be a number (是否, 情况, 意见). */
  readonly qualitative: readonly string[]
  /** Endings of a formula name that declare it the completion rate (数量完成率, 达成率). */
  readonly completionRates: readonly string[]
}

/**
 * The default {@link FormulaVocabulary}, drawn from the wording of published self-evaluation forms.
 *
 * @example
 * ```ts
 * import { DEFAULT_FORMULA_VOCABULARY } from '@lw/perf-eval'
 * DEFAULT_FORMULA_VOCABULARY.whole.includes('总') // true
 * ```
 */
export const DEFAULT_FORMULA_VOCABULARY: FormulaVocabulary = {
  whole: ['总', '全部', '所有', '计划', '目标', '预定', '预期', '预计', '预算', '核定'],
  wholePrefixes: ['应', '需'],
  part: ['实际', '已', '完成', '满意', '租出', '达标', '合格', '办结', '脱贫', '验收', '到位'],
  negations: ['未', '不', '非', '无'],
  rateSuffixes: ['率', '比例', '占比', '比重', '比率', '满意度'],
  completionRates: ['完成率', '达成率', '实现率', '完成比例'],
  measures: [
    ['满意'],
    ['使用', '利用'],
    ['租出', '出租'],
    ['合格', '达标'],
    ['分类'],
    ['支付', '拨付'],
    ['参与'],
    ['覆盖'],
    ['出勤'],
    ['投诉'],
    ['办结'],
    ['知晓'],
    ['入住'],
    ['回收'],
  ],
  qualitative: ['是否', '情况', '意见'],
}

/**
 * The target an indicator's formula is checked against, as produced by `parseTarget` (typed by
 * shape so this module does not depend on the target module). A quantitative target has
 * `kind: 'quantitative'` and `unit` '%', 'm²', '万元', '元', '亿元', a counter such as '辆', '个', '起',
 * or null; `raw` (or `text`) is the target as written, shown in messages.
 *
 * @example
 * ```ts
 * import type { FormulaTargetLike } from '@lw/perf-eval'
 * const t: FormulaTargetLike = { kind: 'quantitative', unit: '辆', raw: '2辆' }
 * ```
 */
export interface FormulaTargetLike {
  /** The target's kind (`quantitative`, `qualitative`, `deadline` …). */
  readonly kind: string
  /** The target's canonical unit, or null. */
  readonly unit?: string | null | undefined
  /** The target text as printed. */
  readonly raw?: string | undefined
  /** The normalised target text. */
  readonly text?: string | undefined
}

/**
 * Options of {@link lintFormula}.
 *
 * @example
 * ```ts
 * import type { LintFormulaOptions } from '@lw/perf-eval'
 * const o: LintFormulaOptions = {
 *   indicatorName: '购置新能源车数量',
 *   target: { kind: 'quantitative', unit: '辆', raw: '2辆' },
 * }
 * ```
 */
export interface LintFormulaOptions extends ParseFormulaOptions {
  /** The indicator (关键指标) the formula belongs to. */
  readonly indicatorName?: string | undefined
  /**
   * The indicator's target (预期实现值): its text ("2辆"), read with `parseTarget`, or a parsed
   * target.
   */
  readonly target?: FormulaTargetLike | string | undefined
  /**
   * The variables the caller can supply values for. When given, any other variable gets
   * `FORMULA_VARIABLE_UNSUPPLIABLE` (reason `unavailable`).
   */
  readonly suppliable?: readonly string[] | ReadonlySet<string> | undefined
  /** Words to read names with; fields given replace the defaults ({@link DEFAULT_FORMULA_VOCABULARY}). */
  readonly vocabulary?: Partial<FormulaVocabulary> | undefined
  /**
   * Values given to "whole" and "part" variables for the probe evaluation of a rate. Default
   * `{ whole: '100', part: '80' }`: a rate above 1 with the part below the whole is inverted.
   */
  readonly probe?:
    | {
        /** The value given to "whole" variables. */
        readonly whole: FormulaValue
        /** The value given to "part" variables. */
        readonly part: FormulaValue
      }
    | undefined
}

type Role = 'whole' | 'part'

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const UNSUPPLIABLE_REASON: Readonly<
  Record<'circular' | 'qualitative' | 'unavailable', Bilingual>
> = {
  circular: { 'zh-CN': '它就是公式自身的结果', en: "it is the formula's own result" },
  qualitative: {
    'zh-CN': '它不是数量（是/否判断或文字描述）',
    en: 'it is not a quantity (a yes/no or a description)',
  },
  unavailable: {
    'zh-CN': '它不在可提供数值的变量之列',
    en: 'it is not among the variables that can be supplied',
  },
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const FORMULA_UNIT: Readonly<Record<'percent' | 'quantity', Bilingual>> = {
  percent: { 'zh-CN': '百分比', en: 'a percent' },
  quantity: { 'zh-CN': '数量', en: 'a quantity' },
}

const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '％', '‰', '百分比'])

interface Context {
  readonly formula: ParsedFormula
  readonly options: LintFormulaOptions
  readonly words: FormulaVocabulary
  readonly path: readonly (string | number)[]
  readonly locale: Locale | undefined
  readonly shown: string
}

/**
 * Checks a formula for mistakes that a reviewer would catch, and returns findings (none for a
 * criterion text):
 *
 * - `FORMULA_UNPARSEABLE` / `FORMULA_TOO_LONG` / `FORMULA_TOO_DEEP` — from parsing a text;
 * - `FORMULA_VARIABLE_UNSUPPLIABLE` — a variable that can never get a number: the formula's own
 *   name or label (circular), a yes/no or descriptive word (是否, 情况, 意见), or a name outside
 *   `options.suppliable` when that list is given;
 * - `FORMULA_DIVISION_BY_ZERO` — a divisor without variables that is exactly 0;
 * - `FORMULA_INVERTED_RATIO` — a rate whose numerator names the whole and denominator the part.
 *   When every variable is named as a whole or a part, the rate is evaluated with whole = 100 and
 *   part = 80 (`options.probe`) and flagged when it exceeds 1; otherwise the words of the top
 *   division decide. A formula is a rate when it is a percent or its name, label or the indicator
 *   name ends in 率, 比例, 占比, … (so "人均成本=总成本/服务人数" is not flagged);
 * - `FORMULA_NAME_CONTRADICTS_INDICATOR` — the indicator measures one thing (使用率) and the
 *   formula's name or numerator another (满意人数);
 * - `TARGET_FORMULA_UNIT_MISMATCH` — a percent formula against a count, area or money target, or a
 *   formula without division against a percent target.
 *
 * @param formula - a parsed formula, or a text to parse
 * @param lintOptions - indicator name, target (text or parsed), suppliable variables, vocabulary,
 *   locale, path
 * @returns findings, in the order listed above
 *
 * @example
 * ```ts
 * import { lintFormula } from '@lw/perf-eval'
 * lintFormula('花市档位出租率=(档位总数/档位实际租出数量)*100%').map((f) => f.code)
 * // ['FORMULA_INVERTED_RATIO']
 * lintFormula('实际购置的车辆数量:实际数量/目标数量*100', {
 *   indicatorName: '购置新能源车数量',
 *   target: { kind: 'quantitative', unit: '辆', raw: '2辆' },
 * }).map((f) => f.code)
 * // ['TARGET_FORMULA_UNIT_MISMATCH']
 * lintFormula('实际数量/目标数量*100%', { target: '2辆' }).map((f) => f.code) // ['TARGET_FORMULA_UNIT_MISMATCH']
 * lintFormula('垃圾分类率=(实际分类数量/需分类总量)*100%') // []
 * ```
 */
export function lintFormula(
  formula: ParsedFormula | string,
  lintOptions?: LintFormulaOptions,
): Finding[] {
  const options = checkLintOptions(lintOptions)
  const parsed = typeof formula === 'string' ? parseFormula(formula, options) : formula
  if (parsed.kind === 'invalid') return [parsed.finding]
  if (parsed.kind === 'criterion') return []
  const ctx: Context = {
    formula: parsed,
    options,
    words: { ...DEFAULT_FORMULA_VOCABULARY, ...options.vocabulary },
    path: options.path ?? [],
    locale: options.locale,
    shown: shownText(parsed.text),
  }
  return [
    ...unsuppliable(ctx),
    ...constantDivisions(ctx),
    ...invertedRatio(ctx),
    ...nameContradiction(ctx),
    ...unitMismatch(ctx),
  ]
}

/** Checks the options of {@link lintFormula}; a target given as text is parsed. */
function checkLintOptions(options: LintFormulaOptions | undefined): LintFormulaOptions {
  const fn = 'lintFormula'
  const o = checkParseFormulaOptions(fn, options) as LintFormulaOptions
  checkText(fn, 'indicatorName', o.indicatorName)
  const target: unknown = o.target
  const suppliable: unknown = o.suppliable
  if (suppliable !== undefined && !Array.isArray(suppliable) && !(suppliable instanceof Set)) {
    throw new OptionError(fn, 'suppliable', suppliable, 'an array or a Set of variable names')
  }
  const objects: readonly (readonly [string, unknown])[] = [
    ['vocabulary', o.vocabulary],
    ['probe', o.probe],
  ]
  for (const [option, value] of objects) {
    if (value !== undefined && (typeof value !== 'object' || value === null)) {
      throw new OptionError(fn, option, value, 'an object')
    }
  }
  if (typeof target === 'string') return { ...o, target: parseTarget(target) }
  if (
    target !== undefined &&
    (typeof target !== 'object' || target === null || !('kind' in target))
  ) {
    throw new OptionError(fn, 'target', target, 'a target text ("2辆") or a parsed Target')
  }
  return o
}

function finding<C extends CodeWithParam<'formula'>>(
  ctx: Context,
  code: C,
  params: ParamsWithout<C, 'formula'>,
): Finding<C> {
  // Omit<…> plus the omitted key is the whole params type; TypeScript cannot see that for a generic C.
  const all = { formula: ctx.shown, ...params } as FindingParamsMap[C]
  return makeFinding(code, ctx.path, all, { locale: ctx.locale })
}

function unsuppliable(ctx: Context): Finding[] {
  const { formula, words, options } = ctx
  const own = new Set([formula.name, formula.label].filter((n): n is string => n !== null))
  const allowed = options.suppliable === undefined ? null : new Set<string>(options.suppliable)
  const out: Finding[] = []
  for (const name of variablesOf(formula.expression)) {
    const reason = own.has(name)
      ? 'circular'
      : words.qualitative.some((w) => name.includes(w))
        ? 'qualitative'
        : allowed !== null && !allowed.has(name)
          ? 'unavailable'
          : null
    if (reason !== null) {
      out.push(
        finding(ctx, 'FORMULA_VARIABLE_UNSUPPLIABLE', {
          name,
          problem: reason,
          reason: pick(UNSUPPLIABLE_REASON[reason], ctx.locale),
        }),
      )
    }
  }
  return out
}

/** One bottom-up pass: the exact value of every subtree without variables, and its zero divisors. */
function constantDivisions(ctx: Context): Finding[] {
  const zeroDivisors: FormulaNode[] = []
  fold<Rational | null>(ctx.formula.expression, (node, kids) => {
    switch (node.type) {
      case 'number':
        return fromDecimal(node.value)
      case 'variable':
        return null
      case 'negate': {
        const v = kids[0] ?? null
        return v === null ? null : negate(v)
      }
      case 'binary': {
        const a = kids[0] ?? null
        const b = kids[1] ?? null
        if (node.operator === '/' && b !== null && b.n === 0n) zeroDivisors.push(node.right)
        if (a === null || b === null) return null
        if (node.operator === '/') return divide(a, b)
        return (node.operator === '+' ? add : node.operator === '-' ? subtract : multiply)(a, b)
      }
    }
  })
  return zeroDivisors
    .sort((x, y) => x.start - y.start)
    .map((divisor) => divisionFinding(ctx.formula, divisor, ctx.options))
}

/** Whether a name reads as the whole, the part, or neither: the earliest marker decides. */
function roleOf(name: string, words: FormulaVocabulary): Role | null {
  if (words.negations.some((w) => name.includes(w))) return null
  const markers: { at: number; role: Role }[] = [
    ...words.wholePrefixes.map((w) => ({
      at: name.startsWith(w) ? 0 : -1,
      role: 'whole' as const,
    })),
    ...words.whole.map((w) => ({ at: name.indexOf(w), role: 'whole' as const })),
    ...words.part.map((w) => ({ at: name.indexOf(w), role: 'part' as const })),
  ]
  let best: { at: number; role: Role } | null = null
  for (const m of markers) if (m.at >= 0 && (best === null || m.at < best.at)) best = m
  return best === null ? null : best.role
}

function isRateName(name: string | null | undefined, words: FormulaVocabulary): boolean {
  return typeof name === 'string' && words.rateSuffixes.some((s) => name.endsWith(s))
}

function isRate(ctx: Context): boolean {
  const { formula, words } = ctx
  return (
    formula.percent ||
    isRateName(formula.name, words) ||
    isRateName(formula.label, words) ||
    isRateName(ctx.options.indicatorName, words)
  )
}

/** The top division of the expression, under any signs. */
function topDivision(expression: FormulaNode): Extract<FormulaNode, { type: 'binary' }> | null {
  let node = expression
  while (node.type === 'negate') node = node.operand
  return node.type === 'binary' && node.operator === '/' ? node : null
}

/** The one role of the named variables of a side (unnamed ones aside), or null. */
function sideRole(node: FormulaNode, words: FormulaVocabulary): Role | null {
  const roles = new Set(
    variablesOf(node)
      .map((v) => roleOf(v, words))
      .filter((r) => r !== null),
  )
  if (roles.size !== 1) return null
  const [only] = roles
  return only ?? null
}

function invertedRatio(ctx: Context): Finding[] {
  const { formula, words } = ctx
  if (!isRate(ctx)) return []
  const division = topDivision(formula.expression)
  const roles = new Map(formula.variables.map((v) => [v, roleOf(v, words)] as const))
  const allKnown = [...roles.values()].every((r) => r !== null)
  const hasBoth = [...roles.values()].includes('whole') && [...roles.values()].includes('part')

  let evidence: 'probe' | 'words' | null = null
  let probeValue: string | null = null
  if (allKnown && hasBoth) {
    const probe = probeValues(ctx)
    if (probe !== null) {
      const result = evaluateTree(formula.expression, (name) =>
        roles.get(name) === 'whole' ? probe.whole : probe.part,
      )
      if (!result.ok) return []
      if (!greaterThan(result.value, { n: 1n, d: 1n })) return []
      evidence = 'probe'
      probeValue = toDecimal(result.value)
    }
  }
  if (evidence === null) {
    if (division === null) return []
    if (sideRole(division.left, words) !== 'whole' || sideRole(division.right, words) !== 'part') {
      return []
    }
    evidence = 'words'
  }
  return [
    finding(ctx, 'FORMULA_INVERTED_RATIO', {
      numerator: division === null ? '' : renderNode(division.left).text,
      denominator: division === null ? '' : renderNode(division.right).text,
      evidence,
      ...(probeValue === null ? {} : { probeValue }),
    }),
  ]
}

function probeValues(ctx: Context): { whole: Rational; part: Rational } | null {
  const probe = ctx.options.probe ?? { whole: '100', part: '80' }
  const whole = readValue(probe.whole)
  const part = readValue(probe.part)
  return whole === null || part === null ? null : { whole, part }
}

/** Index of the measure group named last in `name`, and that word; null when none. */
function measureOf(
  name: string,
  words: FormulaVocabulary,
): { group: number; word: string; at: number } | null {
  let best: { group: number; word: string; at: number } | null = null
  for (const [index, group] of words.measures.entries()) {
    for (const word of group) {
      const at = name.lastIndexOf(word)
      if (at >= 0 && (best === null || at > best.at)) best = { group: index, word, at }
    }
  }
  return best
}

function nameContradiction(ctx: Context): Finding[] {
  const { formula, words } = ctx
  const indicator = ctx.options.indicatorName
  if (typeof indicator !== 'string' || !isRateName(indicator, words)) return []
  const said = measureOf(indicator, words)
  if (said === null) return []
  const division = topDivision(formula.expression)
  const numerator = division === null ? formula.expression : division.left
  const sides = [formula.name, formula.label, ...variablesOf(numerator)].filter(
    (n): n is string => n !== null,
  )
  const computed = sides
    .map((n) => measureOf(n, words))
    .filter((m): m is { group: number; word: string; at: number } => m !== null)
  if (computed.length === 0 || computed.some((m) => m.group === said.group)) return []
  const first = computed[0]
  if (first === undefined) return []
  return [
    finding(ctx, 'FORMULA_NAME_CONTRADICTS_INDICATOR', {
      indicator,
      indicatorMeasure: said.word,
      formulaMeasure: first.word,
    }),
  ]
}

function hasDivision(expression: FormulaNode): boolean {
  return nodesOf(expression).some((n) => n.type === 'binary' && n.operator === '/')
}

function unitMismatch(ctx: Context): Finding[] {
  const { formula, words } = ctx
  const target = ctx.options.target
  // A text target was parsed when the options were checked.
  if (typeof target !== 'object' || target.kind !== 'quantitative') return []
  const unit = target.unit
  if (typeof unit !== 'string' || unit === '') return []
  const percent = formula.percent || isRateName(formula.name, words)
  const quantity = !percent && !hasDivision(formula.expression) && !isRateName(formula.label, words)
  const targetIsPercent = PERCENT_UNITS.has(unit)
  const yields: 'percent' | 'quantity' | null =
    percent && !targetIsPercent ? 'percent' : quantity && targetIsPercent ? 'quantity' : null
  if (yields === null) return []
  // "数量完成率=实际完成数/预定目标数×100%" against "2个" says how the count is judged; a formula
  // that names a quantity (车辆数量) or nothing, yet yields a percent, measures the wrong thing.
  const name = formula.name
  if (
    yields === 'percent' &&
    name !== null &&
    words.completionRates.some((w) => name.endsWith(w))
  ) {
    return []
  }
  return [
    finding(ctx, 'TARGET_FORMULA_UNIT_MISMATCH', {
      formulaUnit: pick(FORMULA_UNIT[yields], ctx.locale),
      target: target.raw ?? target.text ?? unit,
      targetUnit: unit,
    }),
  ]
}
